// Neo4j schema: Claim.id is unique (also gives MERGE on it an index).
// Neo4j dialect: named constraint with IF NOT EXISTS, which FalkorDB refuses.
// Parameters: none
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE
