// How many nodes the store holds, each once whatever its labels (the per-label
// counts of stats_labels overlap: an entity counts under Entity and its type).
// Parameters: none
MATCH (n)
RETURN count(n) AS nodes
