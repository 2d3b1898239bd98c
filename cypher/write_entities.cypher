// Merge entities of ONE label on their id and set their properties.
// __LABEL__ is a slot that kzgraph fills only with a label from the
// ontology's inventory (kzgraph.store.cypher.typed_statement); to run it by
// hand, replace it with e.g. Person.
// Parameters:
//   $rows: list of {id, name, type, wikidata, aliases, names}; names is a map
//          {names_<lang>: [name, ...]} already merged with the stored names
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:__LABEL__
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases,
    e.wikidata = coalesce(row.wikidata, e.wikidata)
SET e += row.names
