// Delete the MENTIONED_IN relationships of a reloaded document to entities
// its new extraction no longer mentions.
// Parameters:
//   $rows: list of {doc, keep}; keep is the list of entity ids the document mentions
// :param rows => [{doc: 'a1b2c3d4e5f60718', keep: []}]
UNWIND $rows AS row
MATCH (doc:Document {id: row.doc})
WITH row, doc
MATCH (e:Entity)-[m:MENTIONED_IN]->(doc)
WHERE NOT e.id IN row.keep
DELETE m
