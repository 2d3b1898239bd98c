// Mark documents as completely written by an extractor (a fingerprint of
// kzgraph's code and ontology): the last step of a load, so a document is
// marked only once everything it states is in the store.
// Parameters:
//   $rows: list of {id, extractor}
// :param rows => [{id: 'a1b2c3d4e5f60718', extractor: '0123456789abcdef'}]
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.extractor = row.extractor
