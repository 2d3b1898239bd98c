// Derive the typed relationship (s)-[:__TYPE__]->(o) from ALL the claims in
// the store for (s, predicate, o): dates, documents, languages and the claim
// count are recomputed, never added to, so a reload does not double them.
// __TYPE__ is a slot that kzgraph fills only with a predicate of the
// ontology's inventory (kzgraph.store.cypher.typed_statement); to run it by
// hand, replace it with e.g. REQUESTED_AID_FROM.  doc_ids come sorted; langs
// in the order of their first document.
// Parameters:
//   $rows: list of {subject, object, predicate, cameo, plover}; predicate is
//          the same name as __TYPE__
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MATCH (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o)
WHERE c.predicate = row.predicate
MATCH (c)-[:STATED_IN]->(d:Document)
WITH s, o, row, c, d
ORDER BY d.id, c.lang
WITH s, o, row.cameo AS cameo, row.plover AS plover,
     min(c.date) AS first_date, max(c.date) AS last_date,
     collect(DISTINCT d.id) AS doc_ids, collect(DISTINCT c.lang) AS langs,
     count(DISTINCT c) AS n_claims
MERGE (s)-[r:__TYPE__]->(o)
SET r.first_date = first_date, r.last_date = last_date, r.doc_ids = doc_ids,
    r.langs = langs, r.n_claims = n_claims, r.cameo = cameo, r.plover = plover
