// Neo4j schema: a range index on Entity.name for lookups by name.
// Parameters: none
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)
