// Every figure given for a quantity kind, with its qualifier ('more than',
// 'about' …), its source, its as-of date (and whether the sentence states it or
// the document's date stands in), its status ('asserted', 'reported', 'denied'
// with who denied it, 'negated'), its scope ('in:almaty', 'from:russia'), and
// the document, language and sentence that state it: conflicting counts side by side.
// Parameters:
//   $kind: a quantity kind of the ontology ('detained', 'killed', …) or null for all
// Example (Neo4j Browser):
//   :param kind => 'detained'
MATCH (c:Claim)-[:STATED_IN]->(d:Document)
WHERE c.kind IS NOT NULL AND ($kind IS NULL OR c.kind = $kind)
OPTIONAL MATCH (c)-[:ACCORDING_TO]->(src:Entity)
RETURN c.id AS id, c.kind AS kind, c.value AS value, c.qualifier AS qualifier, toString(c.as_of) AS as_of,
       src.id AS source_id, src.name AS source, src.type AS source_type,
       c.as_of_source AS as_of_source, c.status AS status, c.denied_by AS denied_by, c.scope AS scope,
       c.lang AS lang, c.sentence AS sentence,
       d.id AS doc, d.title AS title, d.date AS doc_date, d.path AS path
ORDER BY kind, value, as_of, doc
