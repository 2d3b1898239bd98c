// Every relation claim with its subject, object (an entity) or literal, and
// the document span that states it, for export.
// Parameters: none
// Example (Neo4j Browser): run as is.
MATCH (c:Claim)-[:SUBJECT]->(s:Entity)
MATCH (c)-[st:STATED_IN]->(d:Document)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
RETURN c.id AS id, s.id AS subject, c.predicate AS predicate, o.id AS object, c.literal AS literal,
       c.date AS date, c.sentence AS sentence, c.lang AS lang, c.confidence AS confidence,
       d.id AS doc, st.start AS start, st.end AS end, c.date_source AS date_source,
       coalesce(c.status, 'asserted') AS status, c.according_to AS according_to, c.denied_by AS denied_by
ORDER BY id
