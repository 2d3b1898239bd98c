// The evidence for each hop of a path: for (subject, predicate, object), the
// two entities, the number of claims and the most confident claim's
// sentence, date, language and document.  The claims of a hop are found
// through the index on Claim.triple ("subject|PREDICATE|object"), not by
// walking every claim of the subject (a hub is the subject of thousands).
// Parameters:
//   $hops: list of {subject, predicate, object} (entity ids and a predicate)
// Example (Neo4j Browser):
//   :param hops => [{subject: 'kassym-jomart-tokayev', predicate: 'REQUESTED_AID_FROM', object: 'csto'}]
UNWIND $hops AS hop
MATCH (c:Claim {triple: hop.subject + '|' + hop.predicate + '|' + hop.object})
MATCH (c)-[:STATED_IN]->(d:Document)
WITH hop, c, d
ORDER BY c.confidence DESC, toString(c.date), c.id
WITH hop, count(c) AS n_claims,
     collect({sentence: c.sentence, date: toString(c.date), lang: c.lang, doc: d.id, title: d.title})[0] AS best
MATCH (s:Entity {id: hop.subject})
MATCH (o:Entity {id: hop.object})
RETURN hop.subject AS subject, s.name AS subject_name, s.type AS subject_type,
       hop.predicate AS predicate,
       hop.object AS object, o.name AS object_name, o.type AS object_type, n_claims,
       best.sentence AS sentence, best.date AS date, best.lang AS lang, best.doc AS doc, best.title AS title
