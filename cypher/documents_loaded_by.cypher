// Which of the given documents the store holds completely written by the
// given extractor (kzgraph's code and ontology, as a fingerprint): a load
// skips extracting them again.
// Parameters:
//   $ids: list of document ids
//   $extractor: the fingerprint (kzgraph.cache.extractor_fingerprint)
// :param ids => ['a1b2c3d4e5f60718']
// :param extractor => '0123456789abcdef'
UNWIND $ids AS id
MATCH (d:Document {id: id})
WHERE d.extractor = $extractor
RETURN d.id AS id
