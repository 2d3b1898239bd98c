// Neo4j schema: a full-text index on Entity.lookup (the name and aliases in
// lower case, a list) with the keyword analyzer, so each element is one term
// and neo4j_entity_by_name finds a name without scanning every entity (Neo4j's
// range indexes do not index the elements of a list; FalkorDB's do, see
// falkordb_index_entity_lookup).
// Parameters: none
CREATE FULLTEXT INDEX entity_lookup IF NOT EXISTS FOR (e:Entity) ON EACH [e.lookup]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}
