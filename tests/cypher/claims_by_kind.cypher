// Every figure given for one quantity kind, with its source, date, status,
// scope and document, so conflicting figures sit side by side.
// Parameters:
//   $kind: a quantity kind of the ontology (e.g. detained)
MATCH (c:Claim {kind: $kind})-[st:STATED_IN]->(d:Document)
OPTIONAL MATCH (c)-[:ACCORDING_TO]->(src:Entity)
RETURN c.id AS id, c.kind AS kind, c.value AS value, c.qualifier AS qualifier,
       toString(c.as_of) AS as_of, c.as_of_source AS as_of_source, c.status AS status,
       c.denied_by AS denied_by, c.scope AS scope, c.sentence AS sentence, c.lang AS lang,
       src.id AS according_to, src.name AS according_to_name, d.id AS doc,
       d.date AS doc_date, st.start AS start, st.end AS end
ORDER BY as_of, value, doc
