// Create documents the store does not hold yet (the writer has checked, under
// its lock); write_documents merges the others.
// Parameters:
//   $rows: list of {id, title, lang, date, path}
// :param rows => [{id: 'a1b2c3d4e5f60718', title: null, lang: 'en', date: '2022-01', path: 'a.txt'}]
UNWIND $rows AS row
CREATE (d:Document {id: row.id, title: row.title, lang: row.lang, date: row.date, path: row.path})
