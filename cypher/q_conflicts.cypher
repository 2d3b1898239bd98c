// Quantity kinds whose figures disagree: kinds with more than one distinct
// value, with every value, the number of figures and who gives them.
// Parameters: none
// Example (Neo4j Browser): run as is.
MATCH (c:Claim)
WHERE c.kind IS NOT NULL
OPTIONAL MATCH (c)-[:ACCORDING_TO]->(src:Entity)
WITH c.kind AS kind, collect(DISTINCT c.value) AS values, count(DISTINCT c) AS n_figures,
     collect(DISTINCT src.name) AS sources, min(c.value) AS low, max(c.value) AS high
WHERE size(values) > 1
RETURN kind, values, n_figures, sources, low, high
ORDER BY kind
