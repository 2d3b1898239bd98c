// Neo4j schema: a range index on Claim.triple ("subject|predicate|object"),
// so write_relationships finds the claims of one relationship by lookup.
// Parameters: none
CREATE INDEX claim_triple IF NOT EXISTS FOR (c:Claim) ON (c.triple)
