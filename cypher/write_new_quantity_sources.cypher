// ACCORDING_TO relationships of quantity claims created by
// write_new_quantities in this load.
// Parameters:
//   $rows: list of {id, according_to, doc}; doc is the claim's document
// :param rows => [{id: 'q1', according_to: 'ministry-of-internal-affairs-of-kazakhstan', doc: 'a1b2c3d4e5f60718'}]
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
MATCH (e:Entity {id: row.according_to})
CREATE (c)-[:ACCORDING_TO]->(e)
