// Delete up to $limit of kzgraph's nodes (entities, claims, documents) with
// their relationships; run until it deletes 0.  Other nodes are left alone.
// Parameters:
//   $limit: the most nodes to delete in one transaction
MATCH (n)
WHERE n:Entity OR n:Claim OR n:Document
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(n) AS deleted
