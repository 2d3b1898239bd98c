// Which entities carry this exact name or alias, ignoring case?  Resolves
// names the ontology does not know (entities discovered in the corpus).
// e.lookup holds each entity's name and aliases in lower case and is indexed
// (falkordb_index_entity_lookup), so this is a lookup, not a scan.
// Parameters:
//   $name: a name as a user typed it, e.g. 'Jerłan Turgumbajew'
// Example (Neo4j Browser):
//   :param name => 'Токаєв'
MATCH (e:Entity)
WHERE toLower($name) IN e.lookup
RETURN e.id AS id, e.name AS name, e.type AS type,
       size([(e)-[:MENTIONED_IN]->(d:Document) | d]) AS documents
ORDER BY documents DESC, id
