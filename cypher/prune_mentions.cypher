// Delete the MENTIONED_IN relationships of a reloaded document to entities
// its new extraction no longer mentions.
// (Only entities are MENTIONED_IN a document: the pattern names no label,
// so Neo4j's planner cannot start from every entity's index and join them
// to the rows.)
// Parameters:
//   $rows: list of {doc, keep}; keep is the list of entity ids the document mentions
// :param rows => [{doc: 'a1b2c3d4e5f60718', keep: []}]
UNWIND $rows AS row
MATCH (doc:Document {id: row.doc})
WITH row, doc
MATCH (e)-[m:MENTIONED_IN]->(doc)
WHERE NOT e.id IN row.keep
DELETE m
