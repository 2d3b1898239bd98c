// Entities joined to one entity by a typed relationship, either direction.
// Parameters:
//   $id: entity id; $limit: most rows
MATCH (e:Entity {id: $id})-[r]-(n:Entity)
RETURN n.id AS id, n.name AS name, n.type AS type, type(r) AS predicate,
       startNode(r) = e AS outgoing, r.n_claims AS n_claims
ORDER BY n_claims DESC, name, predicate
LIMIT $limit
