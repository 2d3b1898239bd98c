// Entities whose name or one of whose aliases (every form seen in the
// corpus) equals $name, ignoring case (e.lookup: those names in lower case,
// indexed).
// Parameters:
//   $name: a name in any language; $limit: most rows
MATCH (e:Entity)
WHERE toLower($name) IN e.lookup
RETURN e
ORDER BY e.name
LIMIT $limit
