// The claims (evidence sentences with their documents) behind one typed
// relationship (subject)-[predicate]->(object).
// Parameters:
//   $subject: entity id; $predicate: predicate name; $object: entity id
MATCH (s:Entity {id: $subject})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity {id: $object})
WHERE c.predicate = $predicate
MATCH (c)-[st:STATED_IN]->(d:Document)
RETURN c.id AS id, c.predicate AS predicate, toString(c.date) AS date,
       c.sentence AS sentence, c.lang AS lang, c.confidence AS confidence,
       d.id AS doc, d.title AS title, d.path AS path, st.start AS start,
       st.end AS end
ORDER BY date, doc, start
