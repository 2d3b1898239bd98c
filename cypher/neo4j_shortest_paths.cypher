// Every shortest path between two entities over the typed relationships,
// ignoring direction.  Neo4j dialect: allShortestPaths, whose upper bound
// must be a literal, so the bound is kzgraph's maximum (10) and $max_hops
// filters, after a WITH: in the MATCH's own WHERE, a predicate on the path
// makes Neo4j add a fallback that enumerates every path of up to 10 hops when
// the shortest ones fail it (minutes on a 1,000-document graph).
// __TYPES__ is a slot that kzgraph fills only with predicates of the
// ontology's inventory joined by | (kzgraph.store.cypher.typed_statement); to
// run it by hand, replace it with e.g. REQUESTED_AID_FROM|SENT_TROOPS_TO.
// Parameters:
//   $a, $b: entity ids (different); $max_hops: longest path; $limit: most paths;
//   $avoid: labels a path may not pass through between its ends (e.g. ['Concept'])
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
MATCH p = allShortestPaths((a)-[:__TYPES__*..10]-(b))
WHERE all(n IN nodes(p) WHERE n = a OR n = b OR NOT any(label IN labels(n) WHERE label IN $avoid))
WITH p
WHERE length(p) <= $max_hops
RETURN p AS path
LIMIT $limit
