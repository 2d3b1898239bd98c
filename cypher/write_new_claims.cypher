// Relation claims of documents that were new to the store when this load
// began: created with their SUBJECT, STATED_IN and (when the object is an
// entity) OBJECT relationships, since none can exist yet (a claim's id
// includes its document).  write_claims and write_claim_objects merge the
// claims of documents the store already held.
// Parameters:
//   $rows: list of {id, subject, predicate, object, literal, date, date_source, status,
//          according_to, denied_by, sentence, lang, confidence, doc, start, end, triple}; object is an
//          entity id or null
// :param rows => [{id: 'c1', subject: 'russia', predicate: 'SENT_TROOPS_TO', object: 'kazakhstan', literal: null, date: '2022-01-06', date_source: 'stated', status: 'asserted', according_to: null, denied_by: null, sentence: 'Russia sent troops to Kazakhstan.', lang: 'en', confidence: 0.9, doc: 'a1b2c3d4e5f60718', start: 0, end: 33, triple: 'russia|SENT_TROOPS_TO|kazakhstan'}]
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (d:Document {id: row.doc})
OPTIONAL MATCH (o:Entity {id: row.object})
CREATE (c:Claim {id: row.id, predicate: row.predicate, literal: row.literal, date: row.date,
                 date_source: row.date_source, status: row.status, according_to: row.according_to,
                 denied_by: row.denied_by,
                 sentence: row.sentence, lang: row.lang, confidence: row.confidence,
                 triple: row.triple})
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:STATED_IN {start: row.start, end: row.end}]->(d)
// FOREACH, not WITH … WHERE row.object IS NOT NULL: FalkorDB moves that filter
// before the CREATEs, and claims without an object were not created at all
FOREACH (object IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (c)-[:OBJECT]->(object))
