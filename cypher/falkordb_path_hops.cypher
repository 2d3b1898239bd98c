// The typed relationships (either direction) between consecutive entities of
// the shortest paths the FalkorDB backend found, with their evidence
// properties (the number of documents, not their ids: a hub's relationship
// lists thousands).  Each direction is matched on its own: FalkorDB checks a
// directed relationship between two known entities directly, but walks every
// relationship of a hub for an undirected one (at 100k documents 20 pairs
// next to "Kazakhstan": 3-4 ms directed, 54-246 ms undirected).
// __TYPES__ is filled with the predicate inventory.
// Parameters:
//   $pairs: list of [entity id, entity id]
// :param pairs => [['kassym-jomart-tokayev', 'csto']]
UNWIND $pairs AS pair
MATCH (x:Entity {id: pair[0]})
MATCH (y:Entity {id: pair[1]})
MATCH (x)-[r:__TYPES__]->(y)
RETURN x.id AS from, x.name AS from_name, y.id AS to, y.name AS to_name, type(r) AS type,
       {first_date: r.first_date, last_date: r.last_date, langs: r.langs, n_claims: r.n_claims,
        cameo: r.cameo, plover: r.plover, n_docs: size(r.doc_ids)} AS props,
       x.id AS source
UNION ALL
UNWIND $pairs AS pair
MATCH (x:Entity {id: pair[0]})
MATCH (y:Entity {id: pair[1]})
MATCH (y)-[r:__TYPES__]->(x)
RETURN x.id AS from, x.name AS from_name, y.id AS to, y.name AS to_name, type(r) AS type,
       {first_date: r.first_date, last_date: r.last_date, langs: r.langs, n_claims: r.n_claims,
        cameo: r.cameo, plover: r.plover, n_docs: size(r.doc_ids)} AS props,
       y.id AS source
