// Check that the store answers (and, on Neo4j, that the credentials and the
// database are right) before anything else runs.
// Parameters: none
RETURN 1 AS ok
