// Every figure given for a quantity kind, with its qualifier ('more than',
// 'about' …), its source, its as-of date (and whether the sentence states it or
// the document's date stands in), its status ('asserted', 'reported', 'denied'
// with who denied it, 'negated'), its scope ('in:almaty', 'from:russia'), and
// the document, language and sentence that state it: conflicting counts side by side,
// lowest first. The claims are found through the index on Claim.kind
// (falkordb_index_claim_kind, neo4j_index_claim_kind), not by a scan of all
// claims; q_claims_all gives every kind.
// Parameters:
//   $kind: a quantity kind of the ontology ('detained', 'killed', …)
//   $limit: the most figures to return (in the order below)
// Example (Neo4j Browser):
//   :param kind => 'detained'
//   :param limit => 20
MATCH (c:Claim {kind: $kind})-[:STATED_IN]->(d:Document)
OPTIONAL MATCH (c)-[:ACCORDING_TO]->(src:Entity)
RETURN c.id AS id, c.kind AS kind, c.value AS value, c.qualifier AS qualifier, toString(c.as_of) AS as_of,
       src.id AS source_id, src.name AS source, src.type AS source_type,
       c.as_of_source AS as_of_source, c.status AS status, c.denied_by AS denied_by, c.scope AS scope,
       c.lang AS lang, c.sentence AS sentence,
       d.id AS doc, d.title AS title, d.date AS doc_date, d.path AS path
ORDER BY kind, value, coalesce(as_of, ''), doc, id
LIMIT $limit
