// FalkorDB schema: a range index on Entity.name for lookups by name.
// Parameters: none
CREATE INDEX FOR (e:Entity) ON (e.name)
