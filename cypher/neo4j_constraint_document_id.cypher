// Neo4j schema: Document.id is unique (also gives MERGE on it an index).
// Neo4j dialect: named constraint with IF NOT EXISTS, which FalkorDB refuses.
// Parameters: none
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE
