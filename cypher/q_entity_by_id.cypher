// Is there an entity with this id?  The first step of name resolution.
// Parameters:
//   $id: an entity id (a slug such as 'kassym-jomart-tokayev', or a Wikidata id)
// Example (Neo4j Browser):
//   :param id => 'kassym-jomart-tokayev'
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, e.type AS type
