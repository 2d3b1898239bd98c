// OBJECT relationships of claims created by write_new_claims in this load.
// Parameters:
//   $rows: list of {id, object, doc}; doc is the claim's document (it tells
//          the writer the claim is new)
// :param rows => [{id: 'c1', object: 'kazakhstan', doc: 'a1b2c3d4e5f60718'}]
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
MATCH (o:Entity {id: row.object})
CREATE (c)-[:OBJECT]->(o)
