"""The Cypher library in ``cypher/`` and the one function that fills its slots."""

from __future__ import annotations

import re

import pytest

from kzgraph.errors import StoreError, UsageError
from kzgraph.ontology import LABELS, Ontology
from kzgraph.resources import data_dir
from kzgraph.store.cypher import relationship_types, statement, statement_names, typed_statement

NAMES = statement_names()


def test_store_cypher_library_is_not_empty():
    assert {"write_documents", "write_entities", "write_claims", "write_relationships",
            "write_quantities", "q_entity_by_id", "q_relations", "stats_labels", "ping"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_store_cypher_every_file_has_a_header_and_one_statement(name):
    st = statement(name)
    raw = (data_dir("cypher") / f"{name}.cypher").read_text(encoding="utf-8")
    assert raw.startswith("//"), "a header comment says what the statement does"
    assert "Parameters:" in st.doc
    for param in st.params:
        assert f"${param}" in st.doc, f"the header documents ${param}"
    assert ";" not in st.text, "one statement per file"


@pytest.mark.parametrize("name", [n for n in NAMES if n.startswith("write_")])
def test_store_cypher_writes_are_batched(name):
    assert statement(name).text.startswith("UNWIND $rows AS row")


@pytest.mark.parametrize("name", [n for n in NAMES if n.startswith("write_")])
def test_store_cypher_writes_take_values_from_parameters(name):
    text = statement(name).text
    literals = re.findall(r"'[^']*'|\"[^\"]*\"|\b\d+\b", text)
    assert literals == [], f"literal values in {name}: {literals}"


def test_store_cypher_typed_statement_fills_slots_from_the_inventory():
    onto = Ontology.load()
    text = typed_statement("write_relationships", onto, rel_type="SENT_TROOPS_TO")
    assert "MERGE (s)-[r:SENT_TROOPS_TO]->(o)" in text and "__TYPE__" not in text
    assert "SET unlabelled:Person" in typed_statement("write_entities", onto, label="Person")
    paths = typed_statement("neo4j_shortest_paths", onto, rel_types=relationship_types(onto))
    assert "|".join(sorted(onto.predicates)) in paths


@pytest.mark.parametrize("kwargs, match", [
    ({"rel_type": "X]->() DETACH DELETE n //"}, "refusing relationship type 'X]->"),
    ({"rel_type": "sent_troops_to"}, "refusing relationship type"),
    ({"rel_type": "SENT_TROOPS_TO`"}, "refusing relationship type"),
    ({"rel_type": 42}, "refusing relationship type 42"),
])
def test_store_cypher_typed_statement_refuses_unknown_types(kwargs, match):
    with pytest.raises(StoreError, match=match):
        typed_statement("write_relationships", Ontology.load(), **kwargs)


@pytest.mark.parametrize("label", ["Person:Admin", "Person) DETACH DELETE (e", "PERSON", "Robot", ""])
def test_store_cypher_typed_statement_refuses_unknown_labels(label):
    with pytest.raises(StoreError, match="refusing label"):
        typed_statement("write_entities", Ontology.load(), label=label)


def test_store_cypher_typed_statement_needs_every_slot():
    with pytest.raises(UsageError, match=r"has slots \['__TYPE__'\]"):
        typed_statement("write_relationships", Ontology.load())
    with pytest.raises(UsageError, match=r"has slots \[\]"):
        typed_statement("q_entity_by_id", Ontology.load(), label="Person")


@pytest.mark.parametrize("name", ["../secrets", "Entity_By_Id", "entity by id", ""])
def test_store_cypher_refuses_bad_statement_names(name):
    with pytest.raises(UsageError, match="is not a statement name"):
        statement(name)


def test_store_cypher_labels_are_identifiers():
    assert all(re.fullmatch(r"[A-Z][A-Za-z]+", label) for label in LABELS.values())
