// Neo4j dialect of write_relationships, for every predicate at once: the
// relationship type is the row's predicate, given as a dynamic type
// ($(row.predicate), Neo4j 5.26), so one statement is planned and batched
// instead of one per predicate (Neo4j plans each statement again whenever its
// statistics moved: 1.5-2.7 s of a 1,000-document load went to planning the
// per-predicate statements).  The rows' predicates are the ontology's
// inventory: kzgraph checks every one before writing (kzgraph.store.plan).
// Otherwise as write_relationships: the relationship is derived from ALL the
// claims in the store for (s, predicate, o), found through Claim.triple;
// first_date/last_date are the claim dates that sort first and last as text,
// kept as stored (a day is a Cypher date, a partial date '2022-01' text; min()
// would order a date before any text).
// Parameters:
//   $rows: list of {subject, object, triple, predicate, cameo, plover}
// :param rows => [{subject: 'russia', object: 'kazakhstan', triple: 'russia|SENT_TROOPS_TO|kazakhstan', predicate: 'SENT_TROOPS_TO', cameo: '074', plover: 'AID'}]
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
MERGE (s)-[r:$(row.predicate)]->(o)
SET r.first_date = reduce(m = null, x IN dates | CASE WHEN m IS NULL OR toString(x) < toString(m) THEN x ELSE m END),
    r.last_date = reduce(m = null, x IN dates | CASE WHEN m IS NULL OR toString(x) > toString(m) THEN x ELSE m END),
    r.doc_ids = doc_ids,
    r.langs = langs, r.n_claims = n_claims, r.cameo = row.cameo, r.plover = row.plover
