// One level of the FalkorDB backend's shortest-path search: the entities one
// typed relationship (either direction) away from each of $ids, one row per
// entity of $ids (a list per row is much cheaper to return than a row per
// neighbour).  The store runs a breadth-first search from both ends with it
// (algo.SPpaths and allShortestPaths slow down sharply around hub entities).
// __TYPES__ is a slot that kzgraph fills only with the predicate inventory
// (kzgraph.store.cypher.typed_statement).
// Parameters:
//   $avoid: labels a path may not pass through (e.g. ['Concept']), except at $ends
//   $ends: the ids of the path's two ends
//   $ids: entity ids
// :param ids => ['kassym-jomart-tokayev']
// :param avoid => ['Concept']
// :param ends => ['kassym-jomart-tokayev', 'csto']
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[:__TYPES__]-(m:Entity)
// WITH first: a WHERE on m straight after the MATCH makes FalkorDB plan the
// traversal from a scan of every entity (100 ms per id at 1k documents)
// instead of from the id index (4 ms)
WITH n, m
WHERE m.id IN $ends OR NOT any(label IN labels(m) WHERE label IN $avoid)
RETURN n.id AS from, collect(DISTINCT m.id) AS to
