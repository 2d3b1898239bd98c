// Neo4j schema: Entity.id is unique (also gives MERGE on it an index).
// Neo4j dialect: named constraint with IF NOT EXISTS, which FalkorDB refuses.
// Parameters: none
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE
