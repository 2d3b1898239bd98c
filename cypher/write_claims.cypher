// Merge relation claims (reified, for provenance) on their stable id, with
// their SUBJECT entity and the document they are STATED_IN.  triple is
// "subject|predicate|object" for a claim with an entity object (null
// otherwise): write_relationships finds a relationship's claims by it.
// Parameters:
//   $rows: list of {id, subject, predicate, literal, date, date_source, status, according_to, denied_by,
//          sentence, lang, confidence, doc, start, end, triple}; status is how certain the text
//          makes the claim ('asserted', 'reported', 'suspected', 'planned', 'requested'),
//          according_to the id of the source it attributes it to (write_quantity_sources links it)
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (d:Document {id: row.doc})
MERGE (c:Claim {id: row.id})
SET c.predicate = row.predicate, c.literal = row.literal, c.date = row.date,
    c.date_source = row.date_source, c.status = row.status, c.according_to = row.according_to,
    c.denied_by = row.denied_by,
    c.sentence = row.sentence, c.lang = row.lang, c.confidence = row.confidence,
    c.triple = row.triple
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[st:STATED_IN]->(d)
SET st.start = row.start, st.end = row.end
