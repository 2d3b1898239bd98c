// Quantity claims of documents that were new to the store when this load
// began: created with their STATED_IN and (when a source is named)
// ACCORDING_TO relationships.  write_quantities and write_quantity_sources
// merge those of documents the store already held.
// Parameters:
//   $rows: list of {id, predicate, kind, value, qualifier, as_of, as_of_source, status,
//          denied_by, scope, sentence, lang, doc, start, end, according_to}; according_to
//          and denied_by are entity ids or null, scope "<in|part-of|from>:<entity id>" or null
// :param rows => [{id: 'q1', predicate: 'DETAINED_COUNT', kind: 'detained', value: 4266, qualifier: null, as_of: '2022-01-09', as_of_source: 'stated', status: 'reported', denied_by: null, scope: null, sentence: '4266 people were detained.', lang: 'en', doc: 'a1b2c3d4e5f60718', start: 0, end: 26, according_to: 'ministry-of-internal-affairs-of-kazakhstan'}]
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
OPTIONAL MATCH (e:Entity {id: row.according_to})
CREATE (c:Claim {id: row.id, predicate: row.predicate, kind: row.kind, value: row.value,
                 qualifier: row.qualifier, as_of: row.as_of, as_of_source: row.as_of_source,
                 status: row.status, denied_by: row.denied_by, scope: row.scope, sentence: row.sentence,
                 lang: row.lang})
CREATE (c)-[:STATED_IN {start: row.start, end: row.end}]->(d)
// FOREACH, not WITH … WHERE: FalkorDB moves such a filter before the CREATEs
FOREACH (source IN CASE WHEN e IS NULL THEN [] ELSE [e] END | CREATE (c)-[:ACCORDING_TO]->(source))
