// Every typed relationship between two entities (one per subject, predicate,
// object) with its aggregated evidence, for analysis (networkx, Gephi).
// Parameters: none
// Example (Neo4j Browser): run as is.
MATCH (s:Entity)-[r]->(o:Entity)
RETURN s.id AS subject, type(r) AS predicate, o.id AS object,
       r.first_date AS first_date, r.last_date AS last_date, r.n_claims AS n_claims,
       r.langs AS langs, r.doc_ids AS doc_ids, r.cameo AS cameo, r.plover AS plover
ORDER BY subject, predicate, object
