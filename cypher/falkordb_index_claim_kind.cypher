// FalkorDB schema: a range index on Claim.kind (the quantity kind of a
// figure: 'detained', 'killed' …), so q_claims and claims_by_kind find the
// figures of one kind by lookup instead of scanning every claim.
// FalkorDB dialect: unnamed, without IF NOT EXISTS; the store ignores the
// "already indexed" error on reruns.
// Parameters: none
CREATE INDEX FOR (c:Claim) ON (c.kind)
