// Neo4j dialect of q_entity_by_name (the store sends this one instead): the
// entities that carry this exact name or alias, ignoring case, found through
// the full-text index entity_lookup (keyword analyzer: one term per element
// of e.lookup) as a quoted term, then checked exactly as q_entity_by_name does.
// The index turns a scan of every entity (5.7 ms at 10,000 documents) into a
// lookup.
// Parameters:
//   $name: a name as a user typed it, e.g. 'Jerłan Turgumbajew'
// Example (Neo4j Browser):
//   :param name => 'Токаєв'
CALL db.index.fulltext.queryNodes('entity_lookup',
     '"' + replace(replace(toLower($name), '\\', '\\\\'), '"', '\\"') + '"')
YIELD node AS e
WHERE e:Entity AND toLower($name) IN e.lookup
RETURN e.id AS id, e.name AS name, e.type AS type,
       size([(e)-[:MENTIONED_IN]->(d:Document) | d]) AS documents
ORDER BY documents DESC, id
