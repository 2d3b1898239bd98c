// One entity by id (no row when there is none).
// Parameters:
//   $id: entity id
MATCH (e:Entity {id: $id})
RETURN e
