// Every shortest path between two entities over the typed relationships,
// ignoring direction.  FalkorDB dialect: it has no undirected shortestPath,
// so this uses its algo.SPpaths procedure (pathCount 0 = all shortest).
// For use by hand: the store itself searches breadth-first
// (falkordb_path_neighbours, falkordb_path_hops), because algo.SPpaths slows
// down sharply around hub entities on large graphs.
// Parameters:
//   $a, $b: entity ids; $rel_types: relationship types to follow (the
//   predicate inventory); $max_hops: longest path; $limit: most paths
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
CALL algo.SPpaths({sourceNode: a, targetNode: b, relTypes: $rel_types,
                   relDirection: 'both', maxLen: $max_hops, pathCount: 0})
YIELD path
RETURN path
LIMIT $limit
