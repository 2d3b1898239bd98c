// Delete the claims (relation and quantity claims) STATED_IN a reloaded
// document that its new extraction no longer produces, with their
// relationships.  Run after prune_relationships.
// Parameters:
//   $rows: list of {doc, keep}; keep is the list of claim ids of doc to keep
// :param rows => [{doc: 'a1b2c3d4e5f60718', keep: []}]
UNWIND $rows AS row
MATCH (doc:Document {id: row.doc})
WITH row, doc
MATCH (c:Claim)-[:STATED_IN]->(doc)
WHERE NOT c.id IN row.keep
DETACH DELETE c
