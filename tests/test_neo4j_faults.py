"""Faults against a real Neo4j, through the CLI a user runs.

A wrong password, an unknown database, a write through ``query cypher``, two
loads at once (on the shared test server, ``$KZGRAPH_TEST_NEO4J_URI``), and a
server killed in the middle of a load (on a private server this module starts
with ``tests/neo4j/neo4j.sh`` in a temporary folder, so that killing it harms
no other test).  Without a test Neo4j these skip (and fail under CI).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "neo4j" / "neo4j.sh"
SEEDS = str(ROOT / "seeds")


def kzgraph(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kzgraph.cli", *args], capture_output=True, text=True,
                          env=env or os.environ.copy(), timeout=timeout, cwd=ROOT)


def counts(uri: str, password: str | None = None) -> dict:
    """Nodes per label and relationships per type, and the number of distinct entity ids."""
    env = {"NEO4J_PASSWORD": password} if password else {}
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        store = open_store(uri)
        try:
            stats = store.stats()
            rows = store.query("MATCH (e:Entity) RETURN count(e) AS n, count(DISTINCT e.id) AS ids")
        finally:
            store.close()
    assert rows[0]["n"] == rows[0]["ids"], "two Entity nodes share an id"
    return stats


@pytest.fixture
def emptied(neo4j_store, neo4j_uri):
    """The shared test Neo4j, emptied; the CLI reaches it through ``--uri``."""
    return neo4j_uri


def test_neo4j_cli_wrong_password_exits_3_naming_the_user(emptied):
    env = dict(os.environ, NEO4J_PASSWORD="wrong-password-for-the-test")
    result = kzgraph("stats", "--uri", emptied, "--user", "neo4j", env=env)
    assert result.returncode == 3, result.stderr
    assert "refused the credentials of user 'neo4j'" in result.stderr
    assert "wrong-password-for-the-test" not in result.stderr + result.stdout


def test_neo4j_cli_unknown_database_is_a_clear_error(emptied):
    result = kzgraph("stats", "--uri", emptied, "--database", "nosuchdatabase")
    assert result.returncode == 2, result.stderr
    assert "has no database 'nosuchdatabase'" in result.stderr
    assert "Traceback" not in result.stderr


def test_neo4j_cli_query_cypher_refuses_writes(emptied):
    assert kzgraph("load", SEEDS, "--uri", emptied, "-q").returncode == 0
    before = counts(emptied)
    for text in ("CREATE (n:Entity {id: 'evil'})", "MATCH (n) DETACH DELETE n",
                 "MERGE (n:Entity {id: 'evil'}) RETURN n"):
        result = kzgraph("query", "cypher", text, "--uri", emptied)
        assert result.returncode == 2 and "this statement writes" in result.stderr, (text, result.stderr)
    assert counts(emptied) == before


def test_neo4j_two_loads_at_once_equal_one_load(emptied):
    args = [sys.executable, "-m", "kzgraph.cli", "load", SEEDS, "--uri", emptied, "-q", "--batch-size", "7"]
    first, second = (subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True) for _ in range(2))
    outs = [p.communicate(timeout=600) for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outs
    both = counts(emptied)
    assert both["nodes"]["Entity"] > 50
    # The same documents loaded once, alone, into an emptied database.
    assert kzgraph("load", SEEDS, "--uri", emptied, "-q", "--reset").returncode == 0
    assert counts(emptied) == both


# -- a private server, killed during a load ---------------------------------------------------

@pytest.fixture(scope="module")
def private_neo4j(tmp_path_factory, neo4j_uri):
    """A Neo4j of this module's own (fixed ports, so a restart keeps its URI)."""
    folder = tmp_path_factory.mktemp("neo4j")
    env = dict(os.environ, KZGRAPH_NEO4J_DIR=str(folder), NEO4J_PASSWORD="kz-private-pass",
               KZGRAPH_NEO4J_HEAP="512m")
    started = subprocess.run(["bash", str(SCRIPT), "start"], env=env, capture_output=True, text=True,
                             timeout=300)
    assert started.returncode == 0, started.stderr
    exports = dict(line.removeprefix("export ").split("=", 1) for line in started.stdout.splitlines()
                   if line.startswith("export "))
    uri = exports["KZGRAPH_TEST_NEO4J_URI"]
    env["KZGRAPH_NEO4J_BOLT_PORT"] = uri.rsplit(":", 1)[1]
    env["KZGRAPH_NEO4J_HTTP_PORT"] = exports["KZGRAPH_TEST_NEO4J_HTTP"].rsplit(":", 1)[1]
    try:
        yield uri, env, folder
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop"], env=env, capture_output=True, timeout=120)


def test_neo4j_killed_mid_load_exits_3_and_a_rerun_completes(private_neo4j):
    uri, env, folder = private_neo4j
    pid = int((folder / "neo4j.pid").read_text())
    load = [sys.executable, "-u", "-m", "kzgraph.cli", "load", SEEDS, "--uri", uri, "--batch-size", "2",
            "--timeout", "5"]
    proc = subprocess.Popen(load, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    # Kill the server once the load reports writing (its progress goes to stderr).
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if line.startswith("write:"):
            os.kill(pid, signal.SIGKILL)
            break
    _, rest = proc.communicate(timeout=300)
    message = "".join(seen) + rest
    assert proc.returncode == 3, message
    assert "cannot reach Neo4j" in message or "Neo4j at" in message, message
    assert "Traceback" not in message

    # The server comes back (recovering its transaction log); the same load completes.
    restarted = subprocess.run(["bash", str(SCRIPT), "start"], env=env, capture_output=True, text=True,
                               timeout=300)
    assert restarted.returncode == 0, restarted.stderr
    rerun = kzgraph("load", SEEDS, "--uri", uri, "-q", env=env)
    assert rerun.returncode == 0, rerun.stderr
    after_rerun = counts(uri, "kz-private-pass")
    assert kzgraph("load", SEEDS, "--uri", uri, "-q", "--reset", env=env).returncode == 0
    assert counts(uri, "kz-private-pass") == after_rerun
