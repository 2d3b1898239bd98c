// Merge documents on their id (the content hash) and set their metadata.
// A reload of the same document changes nothing.
// Parameters:
//   $rows: list of {id, title, lang, date, path}
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title, d.lang = row.lang, d.date = row.date, d.path = row.path
