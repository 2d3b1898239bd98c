// Every entity with all its properties and labels, for export (RDF, CSV).
// names_<lang> properties hold the forms the corpus used in each language.
// Parameters: none
// Example (Neo4j Browser): run as is.
MATCH (e:Entity)
RETURN properties(e) AS properties, labels(e) AS labels
ORDER BY e.id
