// Every figure of every quantity kind, as q_claims gives those of one kind:
// with its qualifier, source, as-of date, status, scope, document, language and sentence,
// by kind, lowest first.
// Parameters:
//   $limit: the most figures to return (in the order below)
// Example (Neo4j Browser):
//   :param limit => 50
MATCH (c:Claim)-[:STATED_IN]->(d:Document)
WHERE c.kind IS NOT NULL
OPTIONAL MATCH (c)-[:ACCORDING_TO]->(src:Entity)
RETURN c.id AS id, c.kind AS kind, c.value AS value, c.qualifier AS qualifier, toString(c.as_of) AS as_of,
       src.id AS source_id, src.name AS source, src.type AS source_type,
       c.as_of_source AS as_of_source, c.status AS status, c.denied_by AS denied_by, c.scope AS scope,
       c.lang AS lang, c.sentence AS sentence,
       d.id AS doc, d.title AS title, d.date AS doc_date, d.path AS path
ORDER BY kind, value, coalesce(as_of, ''), doc, id
LIMIT $limit
