// Link claims (figures and relations) to the entity they are given ACCORDING_TO.
// Parameters:
//   $rows: list of {id, according_to, doc}; doc (the claim's document) is for the writer
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
MATCH (e:Entity {id: row.according_to})
MERGE (c)-[:ACCORDING_TO]->(e)
