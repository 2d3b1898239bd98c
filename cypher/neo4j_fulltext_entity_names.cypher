// Neo4j schema: a full-text index on entity names and aliases (every surface
// form in every language), for fuzzy and prefix search in Neo4j Browser:
//   CALL db.index.fulltext.queryNodes('entity_names', 'Tokajew~') YIELD node, score
// Neo4j dialect: FalkorDB's full-text indexes take other statements.
// Parameters: none
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]
