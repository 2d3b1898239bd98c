// The typed relationships (either direction) between consecutive entities of
// the shortest paths the FalkorDB backend found, with their evidence
// properties.  __TYPES__ is filled with the predicate inventory.
// Parameters:
//   $pairs: list of [entity id, entity id]
// :param pairs => [['kassym-jomart-tokayev', 'collective-security-treaty-organization']]
UNWIND $pairs AS pair
MATCH (x:Entity {id: pair[0]})
MATCH (y:Entity {id: pair[1]})
MATCH (x)-[r:__TYPES__]-(y)
RETURN x.id AS from, x.name AS from_name, y.id AS to, y.name AS to_name, type(r) AS type,
       properties(r) AS props, startNode(r).id AS source
