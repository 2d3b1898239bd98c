// Figures that disagree: for each quantity kind and scope (what the figure
// counts: 'in:almaty', 'from:russia', null for the whole), more than one
// distinct value, with every value, the number of figures and who gives them.
// A figure the text says was denied counts only with $include_denied; one it negates
// ("were not detained") or gives as planned or requested ("will send 3,000") never: it
// counts nothing that happened.
// Parameters:
//   $include_denied: true to count denied figures too
// Example (Neo4j Browser):
//   :param include_denied => false
MATCH (c:Claim)
WHERE c.kind IS NOT NULL AND ($include_denied OR coalesce(c.status, '') <> 'denied')
  AND NOT coalesce(c.status, '') IN ['negated', 'planned', 'requested']
OPTIONAL MATCH (c)-[:ACCORDING_TO]->(src:Entity)
WITH c.kind AS kind, c.scope AS scope, collect(DISTINCT c.value) AS values, count(DISTINCT c) AS n_figures,
     collect(DISTINCT src.name) AS sources, min(c.value) AS low, max(c.value) AS high
WHERE size(values) > 1
RETURN kind, scope, values, n_figures, sources, low, high
ORDER BY kind, coalesce(scope, '')
