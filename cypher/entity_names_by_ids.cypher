// The stored names of the given entities, so the writer can take the union
// of what is stored and what a new load brings (names_<lang> keys vary).
// Parameters:
//   $ids: list of entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.wikidata AS wikidata, properties(e) AS properties
