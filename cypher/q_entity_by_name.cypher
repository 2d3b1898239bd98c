// Which entities carry this exact name or alias, ignoring case?  Resolves
// names the ontology does not know (entities discovered in the corpus).
// Parameters:
//   $name: a name as a user typed it, e.g. 'Jerłan Turgumbajew'
// Example (Neo4j Browser):
//   :param name => 'Токаєв'
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($name))
RETURN e.id AS id, e.name AS name, e.type AS type,
       size([(e)-[:MENTIONED_IN]->(d:Document) | d]) AS documents
ORDER BY documents DESC, id
