// Every entity with its canonical name, aliases and all its properties
// (names_<lang> hold the forms the corpus used in each language): what
// kzgraph resolves names of discovered entities against, and suggests the
// closest of when a name matches nothing.
// Parameters: none
// Example (Neo4j Browser): run as is.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       properties(e) AS properties
ORDER BY id
