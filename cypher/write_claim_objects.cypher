// Link claims whose object is an entity to that entity.
// Parameters:
//   $rows: list of {id, object, doc}; doc (the claim's document) is for the writer
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
MATCH (o:Entity {id: row.object})
MERGE (c)-[:OBJECT]->(o)
