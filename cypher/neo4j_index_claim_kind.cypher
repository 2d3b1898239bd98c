// Neo4j schema: a range index on Claim.kind (the quantity kind of a figure:
// 'detained', 'killed' …), so q_claims and claims_by_kind find the figures
// of one kind by lookup instead of scanning every claim.
// Parameters: none
CREATE INDEX claim_kind IF NOT EXISTS FOR (c:Claim) ON (c.kind)
