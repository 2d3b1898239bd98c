// Every quantity claim (a figure) with its source and document span, for export.
// Parameters: none
// Example (Neo4j Browser): run as is.
MATCH (c:Claim)-[st:STATED_IN]->(d:Document)
WHERE c.kind IS NOT NULL
OPTIONAL MATCH (c)-[:ACCORDING_TO]->(src:Entity)
RETURN c.id AS id, c.kind AS kind, c.value AS value, c.qualifier AS qualifier, c.as_of AS as_of,
       src.id AS according_to, c.sentence AS sentence, c.lang AS lang,
       d.id AS doc, st.start AS start, st.end AS end
ORDER BY id
