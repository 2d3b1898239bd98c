// Merge entities of ONE label on their id and set their properties (the
// label only when the node lacks it: adding a label is costly in FalkorDB
// even when the node has it; write_new_entities creates new entities).
// __LABEL__ is a slot that kzgraph fills only with a label from the
// ontology's inventory (kzgraph.store.cypher.typed_statement); to run it by
// hand, replace it with e.g. Person.
// Parameters:
//   $rows: list of {id, name, type, wikidata, aliases, lookup, names}; names is
//          a map {names_<lang>: [name, ...]} already merged with the stored
//          names; lookup is the name and aliases in lower case (indexed)
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
FOREACH (unlabelled IN CASE WHEN e:__LABEL__ THEN [] ELSE [e] END | SET unlabelled:__LABEL__)
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.lookup = row.lookup,
    e.wikidata = coalesce(row.wikidata, e.wikidata)
SET e += row.names
