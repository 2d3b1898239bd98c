// MENTIONED_IN relationships of documents that were new to the store when
// this load began: created, since none can exist yet.  write_mentions merges
// those of documents the store already held.
// Parameters:
//   $rows: list of {entity, doc, count, forms}
// :param rows => [{entity: 'kazakhstan', doc: 'a1b2c3d4e5f60718', count: 2, forms: ['Kazakhstan']}]
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (d:Document {id: row.doc})
CREATE (e)-[:MENTIONED_IN {count: row.count, forms: row.forms}]->(d)
