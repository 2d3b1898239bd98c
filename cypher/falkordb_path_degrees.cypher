// How many typed relationships (either direction) each of $ids has: the
// FalkorDB backend's shortest-path search widens, at each level, the side
// whose frontier has fewer, so it walks around a hub ("Kazakhstan", linked
// to thousands) instead of through it when it can.
// __TYPES__ is filled with the predicate inventory.
// Parameters:
//   $ids: entity ids
// :param ids => ['kazakhstan']
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[:__TYPES__]-(m:Entity)
RETURN n.id AS id, count(m) AS degree
