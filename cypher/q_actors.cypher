// Who matters most: entities ranked by degree (typed relationships to other
// entities) or by evidence (claims naming them as subject, object or source),
// with their mention and document counts.
// Parameters:
//   $type: a contract type ('PERSON', 'ORG', 'GPE', …) or a label ('Person',
//          'Country', …), or null for all
//   $by: 'degree' or 'evidence'
//   $top: the most rows to return
// Example (Neo4j Browser):
//   :param {type: 'Person', by: 'evidence', top: 10}
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type OR $type IN labels(e)
WITH e,
     size([(e)-[r]-(:Entity) | r]) AS degree,
     size([(e)<-[:SUBJECT|OBJECT|ACCORDING_TO]-(c:Claim) | c]) AS evidence,
     reduce(total = 0, n IN [(e)-[m:MENTIONED_IN]->(:Document) | coalesce(m.count, 0)] | total + n) AS mentions,
     size([(e)-[:MENTIONED_IN]->(d:Document) | d]) AS documents
RETURN e.id AS id, e.name AS name, e.type AS type, degree, evidence, mentions, documents
ORDER BY (CASE WHEN $by = 'evidence' THEN evidence ELSE degree END) DESC,
         (CASE WHEN $by = 'evidence' THEN degree ELSE evidence END) DESC,
         mentions DESC, name
LIMIT $top
