// Who did what to whom: relation claims grouped per (subject, predicate,
// object or literal), with first and last date, the number of claims, their
// languages and documents, one evidence sentence (the most confident), the
// statuses the texts give it ('asserted', 'reported', 'suspected' …) and its sources' names.
// Every subject and object; kzgraph uses q_relations_from / q_relations_to
// when one is given (they start from that entity's index).
// Parameters:
//   $predicate: a predicate of the inventory (e.g. 'DETAINED') or null for any
//   $since, $until: ISO dates ('2022-01-05') or null; when set, undated claims drop out
//   $limit: the most rows to return
// Example (Neo4j Browser), who detained whom:
//   :param {predicate: 'DETAINED', since: null, until: null, limit: 50}
MATCH (c:Claim)-[:SUBJECT]->(s:Entity)
WHERE ($predicate IS NULL OR c.predicate = $predicate)
  AND ($since IS NULL OR toString(c.date) >= $since)
  AND ($until IS NULL OR toString(c.date) <= $until)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
WITH c, s, o
MATCH (c)-[:STATED_IN]->(d:Document)
OPTIONAL MATCH (c)-[:ACCORDING_TO]->(src:Entity)
WITH c, s, o, d, src
ORDER BY c.confidence DESC, c.id
WITH s, c.predicate AS predicate, o, c.literal AS literal,
     min(toString(c.date)) AS first_date, max(toString(c.date)) AS last_date, count(DISTINCT c) AS n_claims,
     collect(DISTINCT c.lang) AS langs, collect(DISTINCT d.id) AS doc_ids,
     collect(c.sentence)[0] AS evidence, collect(DISTINCT coalesce(c.status, 'asserted')) AS statuses,
     collect(DISTINCT src.name) AS sources
RETURN s.id AS subject_id, s.name AS subject, s.type AS subject_type, predicate,
       o.id AS object_id, o.name AS object, o.type AS object_type, literal,
       first_date, last_date, n_claims, langs, doc_ids, evidence, statuses, sources
ORDER BY n_claims DESC, subject, predicate, coalesce(object, literal)
LIMIT $limit
