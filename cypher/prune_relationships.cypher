// Before a reloaded document's stale claims are deleted (prune_claims), fix
// the typed relationships they support: recompute each one from the claims
// that stay, and delete it when none stays.  A claim is stale when it is
// STATED_IN a document of $rows and its id is not in that document's keep
// list (the claims the new extraction produced).  Run before prune_claims, so
// a crash between the two is repaired by rerunning the load.
// (The WITH after the document keeps FalkorDB on the Document.id index.)
// (Only claims are STATED_IN a document: the pattern names no label, so
// Neo4j's planner cannot start from every claim's index and join them to
// the rows, which it did once the statistics changed: 15 s for 1,000
// documents with nothing to prune.)
// Parameters:
//   $rows: list of {doc, keep}; keep is the list of claim ids of doc to keep
// :param rows => [{doc: 'a1b2c3d4e5f60718', keep: []}]
UNWIND $rows AS row
MATCH (doc:Document {id: row.doc})
WITH row, doc
MATCH (c)-[:STATED_IN]->(doc)
WHERE NOT c.id IN row.keep
MATCH (s:Entity)<-[:SUBJECT]-(c)-[:OBJECT]->(o:Entity)
WITH DISTINCT s, o, c.predicate AS predicate
MATCH (s)-[r]->(o)
WHERE type(r) = predicate
OPTIONAL MATCH (s)<-[:SUBJECT]-(k:Claim)-[:OBJECT]->(o)
WHERE k.predicate = predicate
OPTIONAL MATCH (k)-[:STATED_IN]->(d:Document)
WITH r, k, d,
     any(x IN $rows WHERE x.doc = d.id AND NOT k.id IN x.keep) AS stale
WITH r, CASE WHEN stale THEN null ELSE k END AS kept, CASE WHEN stale THEN null ELSE d END AS source
ORDER BY source.id, kept.lang
WITH r, collect(kept.date) AS dates,
     collect(DISTINCT source.id) AS doc_ids, collect(DISTINCT kept.lang) AS langs,
     count(DISTINCT kept) AS n_claims
SET r.first_date = reduce(m = null, x IN dates | CASE WHEN m IS NULL OR toString(x) < toString(m) THEN x ELSE m END),
    r.last_date = reduce(m = null, x IN dates | CASE WHEN m IS NULL OR toString(x) > toString(m) THEN x ELSE m END),
    r.doc_ids = doc_ids,
    r.langs = langs, r.n_claims = n_claims
// (a conditional DELETE through FOREACH: FalkorDB drops the SET above when a
// WITH … WHERE … DELETE follows it)
FOREACH (unsupported IN CASE WHEN n_claims = 0 THEN [r] ELSE [] END | DELETE unsupported)
