// Merge quantity claims (a figure with its qualifier and as-of date) on their
// stable id, with the document they are STATED_IN.  predicate is
// <KIND>_COUNT (e.g. DETAINED_COUNT), kind the ontology's quantity kind.
// Parameters:
//   $rows: list of {id, predicate, kind, value, qualifier, as_of, as_of_source,
//          status, denied_by, scope, sentence, lang, doc, start, end}
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (c:Claim {id: row.id})
SET c.predicate = row.predicate, c.kind = row.kind, c.value = row.value,
    c.qualifier = row.qualifier, c.as_of = row.as_of, c.as_of_source = row.as_of_source,
    c.status = row.status, c.denied_by = row.denied_by, c.scope = row.scope, c.sentence = row.sentence,
    c.lang = row.lang
MERGE (c)-[st:STATED_IN]->(d)
SET st.start = row.start, st.end = row.end
