// Delete the claims (relation and quantity claims) STATED_IN a reloaded
// document that its new extraction no longer produces, with their
// relationships.  Run after prune_relationships.
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
DETACH DELETE c
