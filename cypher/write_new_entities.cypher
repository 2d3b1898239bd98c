// Create entities of ONE label that the store does not hold yet (the writer
// has checked, under its lock): created with their label, which is much
// cheaper in FalkorDB than adding a label to an existing node.
// write_entities merges the others.  __LABEL__ is a slot that kzgraph fills
// only with a label from kzgraph.ontology (kzgraph.store.cypher.typed_statement);
// to run it by hand, replace it with e.g. Person.
// Parameters:
//   $rows: list of {id, name, type, wikidata, aliases, lookup, names}; names is
//          a map {names_<lang>: [name, ...]}; lookup is the name and aliases
//          in lower case (indexed: q_entity_by_name)
// :param rows => [{id: 'x-bolat-kenzhebayev', name: 'Bolat Kenzhebayev', type: 'PERSON', wikidata: null, aliases: [], lookup: ['bolat kenzhebayev'], names: {names_en: ['Bolat Kenzhebayev']}}]
UNWIND $rows AS row
CREATE (e:Entity:__LABEL__ {id: row.id, name: row.name, type: row.type, aliases: row.aliases,
                            lookup: row.lookup, wikidata: row.wikidata})
SET e += row.names
