"""Every statement kzgraph can send to Neo4j, checked by Neo4j's own Cypher tooling.

``tests/cypherlint/lint.mjs`` runs ``@neo4j-cypher/language-support``
(``npm install --prefix tests/cypherlint``) in one node process over every
``cypher/*.cypher`` file as written and every statement the Neo4j backend
builds (each relationship type, each label, the schema, the paths).  Errors
(severity 1) fail; deprecations and other warnings are reported as warnings.
Without node or the package the tests skip locally and fail when ``CI=true``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

from kzgraph.ontology import Ontology
from kzgraph.resources import data_dir
from kzgraph.store.cypher import statement
from kzgraph.store.neo4j_store import neo4j_statements

LINT_DIR = Path(__file__).resolve().parent / "cypherlint"
PACKAGE = LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support"

# Statements that must NOT lint clean: proof that the linter is awake.
KNOWN_BAD = {
    "selftest:typo": ("MATC (n) RETURN n", 1),
    "selftest:undefined_variable": ("MATCH (n) RETURN m", 1),
    "selftest:old_index_syntax": ("CREATE INDEX ON :Entity(id)", 1),
    "selftest:unknown_function": ("RETURN foo.bar() AS x", 1),
    "selftest:deprecated_id": ("MATCH (n) RETURN id(n) AS i", 2),
}


class CypherDeprecation(UserWarning):
    """A statement Neo4j 5 still runs but warns about."""


def _statements() -> dict[str, str]:
    """Every file as written, then each built statement that is not a file's text verbatim."""
    files = sorted(data_dir("cypher").glob("*.cypher"))
    out = {f"cypher/{p.name}": p.read_text(encoding="utf-8") for p in files}
    out.update({f"tests/cypher/{p.name}": p.read_text(encoding="utf-8")  # the tests' read-backs
                for p in sorted((Path(__file__).parent / "cypher").glob("*.cypher"))})
    verbatim = {statement(p.stem).text for p in files}
    out.update({f"built:{name}": text for name, text in BUILT.items() if text not in verbatim})
    return out





BUILT = neo4j_statements(Ontology.load())
STATEMENTS = _statements()


def _allowed(name: str, diagnostic: dict) -> bool:
    """FalkorDB's own statements may call its procedures, which Neo4j lacks."""
    return (name.startswith("cypher/falkordb_") and diagnostic["text"].startswith("algo.")
            and "is not present in the database" in diagnostic["message"])


@pytest.fixture(scope="module")
def lint_results() -> dict[str, list[dict]]:
    reason = None
    if shutil.which("node") is None:
        reason = "node is not installed"
    elif not PACKAGE.is_dir():
        reason = f"{PACKAGE} is missing: run `npm install --prefix tests/cypherlint`"
    if reason:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"Cypher lint cannot run in CI: {reason}")
        pytest.skip(f"Cypher lint skipped: {reason}")
    payload = [{"name": n, "query": q} for n, q in STATEMENTS.items()]
    payload += [{"name": n, "query": q} for n, (q, _) in KNOWN_BAD.items()]
    done = subprocess.run(["node", str(LINT_DIR / "lint.mjs")], input=json.dumps(payload),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"lint.mjs failed:\n{done.stderr}"
    return {r["name"]: r["diagnostics"] for r in json.loads(done.stdout)}


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_cypher_lint_statement_has_no_neo4j_errors(lint_results, name):
    diagnostics = lint_results[name]
    errors = [d for d in diagnostics if d["severity"] == 1 and not _allowed(name, d)]
    for d in diagnostics:
        if d["severity"] != 1:
            warnings.warn(f"{name}:{d['line']}:{d['column']}: {d['message']}", CypherDeprecation)
    assert not errors, "\n".join(f"{name}:{d['line']}:{d['column']}: {d['message']} ({d['text']!r})"
                                 for d in errors)


@pytest.mark.parametrize("name", sorted(KNOWN_BAD))
def test_cypher_lint_catches_known_mistakes(lint_results, name):
    severity = KNOWN_BAD[name][1]
    assert any(d["severity"] == severity for d in lint_results[name]), lint_results[name]


def test_cypher_lint_covers_every_relationship_type_and_the_schema():
    predicates = Ontology.load().predicates
    built = {n for n in STATEMENTS if n.startswith("built:write_relationships:")}
    assert built == {f"built:write_relationships:{p}" for p in predicates}
    assert "built:neo4j_shortest_paths:inventory" in STATEMENTS
    schema = {"neo4j_constraint_entity_id", "neo4j_constraint_document_id",
              "neo4j_constraint_claim_id", "neo4j_index_entity_name", "neo4j_fulltext_entity_names"}
    assert schema <= set(BUILT)  # the backend sends them ...
    assert {f"cypher/{n}.cypher" for n in schema} <= set(STATEMENTS)  # ... and they are linted
