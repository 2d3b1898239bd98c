// Lint Cypher statements with Neo4j's own language support, offline.
//
// stdin:  JSON [{"name": "...", "query": "..."}, ...]
// stdout: JSON [{"name": "...", "diagnostics": [{"severity", "message",
//          "line", "column", "text"}]}, ...]
// Severity 1 is an error, 2 a warning (deprecations among them).  Undeclared
// $parameters are dropped: kzgraph passes every parameter at run time.
// One node process lints every statement (start-up costs about a second).
import { lintCypherQuery, isNotParamError, testData } from '@neo4j-cypher/language-support';

const { functions, procedures } = testData.mockSchema;
const schema = { functions, procedures, defaultLanguage: 'CYPHER 5' };

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const statements = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const results = statements.map(({ name, query }) => {
  const { diagnostics } = lintCypherQuery(query, schema, { consoleCommandsEnabled: false });
  return {
    name,
    diagnostics: diagnostics.filter(isNotParamError).map((d) => ({
      severity: d.severity,
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      text: query.slice(d.offsets.start, d.offsets.end),
    })),
  };
});
process.stdout.write(JSON.stringify(results));
