// FalkorDB schema: a range index on Document.id, so MERGE on it is a lookup.
// FalkorDB dialect: unnamed, without IF NOT EXISTS; the store ignores the
// "already indexed" error on reruns.
// Parameters: none
CREATE INDEX FOR (d:Document) ON (d.id)
