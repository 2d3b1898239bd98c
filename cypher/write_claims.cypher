// Merge relation claims (reified, for provenance) on their stable id, with
// their SUBJECT entity and the document they are STATED_IN.  triple is
// "subject|predicate|object" for a claim with an entity object (null
// otherwise): write_relationships finds a relationship's claims by it.
// Parameters:
//   $rows: list of {id, subject, predicate, literal, date, date_source, sentence, lang,
//          confidence, doc, start, end, triple}
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (d:Document {id: row.doc})
MERGE (c:Claim {id: row.id})
SET c.predicate = row.predicate, c.literal = row.literal, c.date = row.date,
    c.date_source = row.date_source,
    c.sentence = row.sentence, c.lang = row.lang, c.confidence = row.confidence,
    c.triple = row.triple
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[st:STATED_IN]->(d)
SET st.start = row.start, st.end = row.end
