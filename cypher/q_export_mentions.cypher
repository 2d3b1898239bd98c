// Where each entity is mentioned: one row per (entity, document) with the
// number of mentions and the surface forms, for export.
// Parameters: none
// Example (Neo4j Browser): run as is.
MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document)
RETURN e.id AS entity, d.id AS doc, m.count AS count, m.forms AS forms
ORDER BY entity, doc
