// Node counts per label (an entity counts under Entity and under its type).
// Parameters: none
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
