// Derive the typed relationship (s)-[:__TYPE__]->(o) from ALL the claims in
// the store for (s, predicate, o): dates, documents, languages and the claim
// count are recomputed, never added to, so a reload does not double them.
// The claims are found through the index on Claim.triple ("s|predicate|o",
// set by write_claims), so the work is proportional to the claims of the
// relationship, not to all the claims of its subject.
// __TYPE__ is a slot that kzgraph fills only with a predicate of the
// ontology's inventory (kzgraph.store.cypher.typed_statement); to run it by
// hand, replace it with e.g. REQUESTED_AID_FROM.  doc_ids come sorted; langs
// in the order of their first document.  first_date/last_date are the claim dates
// that sort first and last as text, kept as stored (on Neo4j a day is a Cypher
// date, a partial date '2022-01' text; min() would order a date before any text).
// Parameters:
//   $rows: list of {subject, object, triple, cameo, plover}; triple is
//          "subject|predicate|object" with the predicate of __TYPE__
// :param rows => [{subject: 'russia', object: 'kazakhstan', triple: 'russia|SENT_TROOPS_TO|kazakhstan', cameo: '074', plover: 'AID'}]
UNWIND $rows AS row
MATCH (c:Claim {triple: row.triple})
MATCH (c)-[:STATED_IN]->(d:Document)
WITH row, c, d
ORDER BY d.id, c.lang
WITH row, collect(c.date) AS dates,
     collect(DISTINCT d.id) AS doc_ids, collect(DISTINCT c.lang) AS langs,
     count(DISTINCT c) AS n_claims
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:__TYPE__]->(o)
SET r.first_date = reduce(m = null, x IN dates | CASE WHEN m IS NULL OR toString(x) < toString(m) THEN x ELSE m END),
    r.last_date = reduce(m = null, x IN dates | CASE WHEN m IS NULL OR toString(x) > toString(m) THEN x ELSE m END),
    r.doc_ids = doc_ids,
    r.langs = langs, r.n_claims = n_claims, r.cameo = row.cameo, r.plover = row.plover
