// Quantity claims of documents that were new to the store when this load
// began: created with their STATED_IN relationship.  write_quantities merges
// those of documents the store already held.
// Parameters:
//   $rows: list of {id, predicate, kind, value, qualifier, as_of, sentence,
//          lang, doc, start, end}
// :param rows => [{id: 'q1', predicate: 'DETAINED_COUNT', kind: 'detained', value: 4266, qualifier: null, as_of: '2022-01-09', sentence: '4266 people were detained.', lang: 'en', doc: 'a1b2c3d4e5f60718', start: 0, end: 26}]
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
CREATE (c:Claim {id: row.id, predicate: row.predicate, kind: row.kind, value: row.value,
                 qualifier: row.qualifier, as_of: row.as_of, sentence: row.sentence,
                 lang: row.lang})
CREATE (c)-[:STATED_IN {start: row.start, end: row.end}]->(d)
