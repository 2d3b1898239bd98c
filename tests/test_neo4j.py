"""The Neo4j backend against a real Neo4j 5, when one is given.

``eval "$(tests/neo4j/neo4j.sh start)"`` starts one from Maven Central and
sets ``KZGRAPH_TEST_NEO4J_URI`` and ``NEO4J_PASSWORD`` (any Neo4j 5 will do;
optionally ``KZGRAPH_TEST_NEO4J_USER``, default ``neo4j``, and
``KZGRAPH_TEST_NEO4J_DATABASE``).  These tests DELETE kzgraph's nodes
(Entity, Claim, Document) in that database.  Without the URI they skip, and
under CI they fail.
"""

from __future__ import annotations

import os

import pytest

from kzgraph.errors import StoreUnavailable, UsageError
from kzgraph.store import Store, open_store
from readback import readback

USER = os.environ.get("KZGRAPH_TEST_NEO4J_USER", "neo4j")
DATABASE = os.environ.get("KZGRAPH_TEST_NEO4J_DATABASE") or None


def test_neo4j_store_meets_the_protocol(neo4j_store):
    assert isinstance(neo4j_store, Store) and neo4j_store.backend == "neo4j"


def test_neo4j_schema_has_the_constraints(neo4j_store):
    neo4j_store.ensure_schema()
    neo4j_store.ensure_schema()  # IF NOT EXISTS: a rerun is a no-op
    rows = neo4j_store.query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
                             "RETURN labelsOrTypes, properties, type")
    unique = {(r["labelsOrTypes"][0], r["properties"][0]) for r in rows if "UNIQUE" in r["type"]}
    assert {("Entity", "id"), ("Document", "id"), ("Claim", "id")} <= unique


def test_neo4j_write_twice_changes_nothing(neo4j_store, gold_graph):
    neo4j_store.write(gold_graph, batch_size=17)
    stats = neo4j_store.stats()
    rels = readback(neo4j_store, "relations", subject=None, predicate=None, object=None, limit=100_000)
    again = neo4j_store.write(gold_graph)
    assert again.nodes_created == 0 and again.relationships_created == 0
    assert neo4j_store.stats() == stats
    assert readback(neo4j_store, "relations", subject=None, predicate=None, object=None, limit=100_000) == rels
    assert stats["nodes"]["Entity"] == len(gold_graph.entities)


def test_neo4j_matches_the_embedded_store(neo4j_store, store, gold_graph):
    neo4j_store.write(gold_graph)
    store.write(gold_graph)
    assert neo4j_store.stats() == store.stats()
    args = {"subject": "kassym-jomart-tokayev", "predicate": None, "object": None, "limit": 100}
    assert readback(neo4j_store, "relations", **args) == readback(store, "relations", **args)
    a, b = "kassym-jomart-tokayev", "kazakhstan"
    remote, local = neo4j_store.shortest_paths(a, b, 3), store.shortest_paths(a, b, 3)
    assert remote and sorted(map(len, remote)) == sorted(map(len, local))


def test_neo4j_query_refuses_writes(neo4j_store):
    with pytest.raises(UsageError, match="this statement writes"):
        neo4j_store.query("CREATE (n:Entity {id: 'evil'})")
    assert neo4j_store.stats()["nodes"].get("Entity", 0) == 0


def test_neo4j_wrong_password_is_refused_without_echo(monkeypatch, neo4j_uri):
    monkeypatch.setenv("NEO4J_PASSWORD", "definitely-wrong-password-42")
    with pytest.raises(StoreUnavailable, match="refused the credentials") as info:
        open_store(neo4j_uri, user=USER, database=DATABASE)
    assert "definitely-wrong-password-42" not in str(info.value)
    assert neo4j_uri in str(info.value)


def test_neo4j_unknown_database_is_a_usage_error(neo4j_uri):
    with pytest.raises(UsageError, match="has no database 'no_such_db_kz'"):
        open_store(neo4j_uri, user=USER, database="no_such_db_kz")


def test_neo4j_names_resolve_through_the_lookup_index_as_by_a_scan(neo4j_store, gold_graph):
    from kzgraph.store.cypher import statement

    neo4j_store.write(gold_graph)
    indexes = neo4j_store.query("SHOW FULLTEXT INDEXES YIELD name, properties, state "
                                "RETURN name, properties, state")
    assert {"name": "entity_lookup", "properties": ["lookup"], "state": "ONLINE"} in indexes
    by_index, by_scan = statement("neo4j_entity_by_name").text, statement("q_entity_by_name").text
    names = sorted({e.name for e in gold_graph.entities.values()} |
                   {a for e in gold_graph.entities.values() for a in e.aliases})
    found = 0
    for name in names + [n.upper() for n in names[:10]] + ['no "such\\ name*', "a:b (c)"]:
        expected = neo4j_store.query(by_scan, name=name)
        assert neo4j_store.query(by_index, name=name) == expected, name
        assert neo4j_store.read("q_entity_by_name", name=name) == expected, name
        found += bool(expected)
    assert found >= len(names)
