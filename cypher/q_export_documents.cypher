// Every document's metadata, for export.
// Parameters: none
// Example (Neo4j Browser): run as is.
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.lang AS lang, d.date AS date, d.path AS path
ORDER BY id
