// Every shortest path between two entities over the typed relationships,
// ignoring direction.  Neo4j dialect: allShortestPaths, whose upper bound
// must be a literal, so the bound is kzgraph's maximum (10) and $max_hops
// filters.  __TYPES__ is a slot that kzgraph fills only with predicates of
// the ontology's inventory joined by | (kzgraph.store.cypher.typed_statement);
// to run it by hand, replace it with e.g. REQUESTED_AID_FROM|SENT_TROOPS_TO.
// Parameters:
//   $a, $b: entity ids (different); $max_hops: longest path; $limit: most paths
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
MATCH p = allShortestPaths((a)-[:__TYPES__*..10]-(b))
WHERE length(p) <= $max_hops
RETURN p AS path
LIMIT $limit
