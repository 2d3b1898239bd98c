// Merge relation claims (reified, for provenance) on their stable id, with
// their SUBJECT entity and the document they are STATED_IN.
// Parameters:
//   $rows: list of {id, subject, predicate, literal, date, sentence, lang,
//          confidence, doc, start, end}
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (d:Document {id: row.doc})
MERGE (c:Claim {id: row.id})
SET c.predicate = row.predicate, c.literal = row.literal, c.date = row.date,
    c.sentence = row.sentence, c.lang = row.lang, c.confidence = row.confidence
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[st:STATED_IN]->(d)
SET st.start = row.start, st.end = row.end
