// Which of the given documents the store holds (the writer creates the
// others, and everything they state, without MERGE).
// Parameters:
//   $ids: list of document ids
// :param ids => ['a1b2c3d4e5f60718']
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id
