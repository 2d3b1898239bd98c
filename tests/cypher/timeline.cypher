// Dated relation claims in date order.
// Parameters:
//   $limit: most rows
MATCH (c:Claim)-[:SUBJECT]->(s:Entity)
WHERE c.date IS NOT NULL
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
RETURN toString(c.date) AS date, s.id AS subject, s.name AS subject_name,
       c.predicate AS predicate, o.id AS object, o.name AS object_name,
       c.literal AS literal, c.sentence AS sentence, c.lang AS lang, c.id AS claim
ORDER BY date, predicate, subject, claim
LIMIT $limit
