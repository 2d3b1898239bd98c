// Typed relationships between entities with their aggregated evidence,
// filtered by subject id, predicate and object id (null = any).
// Parameters:
//   $subject: entity id or null; $predicate: relationship type or null;
//   $object: entity id or null; $limit: most rows
MATCH (s:Entity)-[r]->(o:Entity)
WHERE ($subject IS NULL OR s.id = $subject)
  AND ($predicate IS NULL OR type(r) = $predicate)
  AND ($object IS NULL OR o.id = $object)
RETURN s.id AS subject, s.name AS subject_name, type(r) AS predicate,
       o.id AS object, o.name AS object_name, r.first_date AS first_date,
       r.last_date AS last_date, r.n_claims AS n_claims, r.doc_ids AS doc_ids,
       r.langs AS langs, r.cameo AS cameo, r.plover AS plover
ORDER BY n_claims DESC, subject, predicate, object
LIMIT $limit
