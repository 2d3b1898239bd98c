// FalkorDB schema: a range index on Entity.lookup (the name and aliases in
// lower case, a list: FalkorDB indexes each element), so q_entity_by_name
// finds a name with `toLower($name) IN e.lookup` without scanning entities.
// Parameters: none
CREATE INDEX FOR (e:Entity) ON (e.lookup)
