// Every entity as a node for analysis (networkx, Gephi).
// Parameters: none
// Example (Neo4j Browser): run as is.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, labels(e) AS labels, e.wikidata AS wikidata
ORDER BY id
