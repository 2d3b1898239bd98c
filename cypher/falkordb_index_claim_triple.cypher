// FalkorDB schema: a range index on Claim.triple ("subject|predicate|object"),
// so write_relationships finds the claims of one relationship by lookup.
// FalkorDB dialect: unnamed, without IF NOT EXISTS; the store ignores the
// "already indexed" error on reruns.
// Parameters: none
CREATE INDEX FOR (c:Claim) ON (c.triple)
