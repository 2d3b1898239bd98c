// Dated relations in order: one row per (date, subject, predicate, object or
// literal), with how many claims and languages state it and one sentence.
// Parameters:
//   $limit: the most rows to return
// Example (Neo4j Browser):
//   :param limit => 100
MATCH (c:Claim)-[:SUBJECT]->(s:Entity)
WHERE c.date IS NOT NULL
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
WITH c, s, o
MATCH (c)-[:STATED_IN]->(d:Document)
WITH c, s, o, d
ORDER BY c.confidence DESC, c.id
WITH toString(c.date) AS date, s, c.predicate AS predicate, o, c.literal AS literal,
     count(DISTINCT c) AS n_claims, collect(DISTINCT c.lang) AS langs,
     collect(DISTINCT d.id) AS doc_ids, collect(c.sentence)[0] AS evidence
RETURN date, s.id AS subject_id, s.name AS subject, s.type AS subject_type, predicate,
       o.id AS object_id, o.name AS object, o.type AS object_type, literal,
       n_claims, langs, doc_ids, evidence
ORDER BY date, subject, predicate, coalesce(object, literal)
LIMIT $limit
