// One MENTIONED_IN relationship per (entity, document) with the number of
// mentions and the surface forms used; set, not added, so reloads are no-ops.
// Parameters:
//   $rows: list of {entity, doc, count, forms}
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (d:Document {id: row.doc})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.count = row.count, m.forms = row.forms
