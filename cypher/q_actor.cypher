// The profile of one entity: all its properties (name, type, wikidata,
// aliases, names_<lang> lists of the forms the corpus used), its labels and
// the documents that mention it.
// Parameters:
//   $id: the entity id
// Example (Neo4j Browser):
//   :param id => 'kassym-jomart-tokayev'
MATCH (e:Entity {id: $id})
RETURN properties(e) AS properties, labels(e) AS labels,
       [(e)-[m:MENTIONED_IN]->(d:Document) |
        {id: d.id, title: d.title, lang: d.lang, date: d.date, path: d.path, mentions: m.count}] AS documents
