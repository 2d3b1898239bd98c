// Entities whose name or one of whose aliases (every form seen in the
// corpus) equals $name, ignoring case.
// Parameters:
//   $name: a name in any language; $limit: most rows
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($name))
RETURN e
ORDER BY e.name
LIMIT $limit
