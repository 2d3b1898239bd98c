// The evidence for each hop of a path: for (subject, predicate, object), the
// two entities, the number of claims and the most confident claim's
// sentence, date, language and document.
// Parameters:
//   $hops: list of {subject, predicate, object} (entity ids and a predicate)
// Example (Neo4j Browser):
//   :param hops => [{subject: 'kassym-jomart-tokayev', predicate: 'REQUESTED_AID_FROM', object: 'csto'}]
UNWIND $hops AS hop
MATCH (c:Claim)-[:SUBJECT]->(s:Entity {id: hop.subject})
WHERE c.predicate = hop.predicate
MATCH (c)-[:OBJECT]->(o:Entity {id: hop.object})
MATCH (c)-[:STATED_IN]->(d:Document)
WITH hop, s, o, c, d
ORDER BY c.confidence DESC, c.date
WITH hop, s, o, count(c) AS n_claims,
     collect({sentence: c.sentence, date: c.date, lang: c.lang, doc: d.id, title: d.title})[0] AS best
RETURN hop.subject AS subject, s.name AS subject_name, s.type AS subject_type,
       hop.predicate AS predicate,
       hop.object AS object, o.name AS object_name, o.type AS object_type, n_claims,
       best.sentence AS sentence, best.date AS date, best.lang AS lang, best.doc AS doc, best.title AS title
