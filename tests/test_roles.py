"""Roles (issue 13): stated roles apart from the ontology's background, one row per role."""

from __future__ import annotations

import pytest

from kzgraph.query import KZGraph
from kzgraph.results import EntityRef, RelationRow
from kzgraph.roles import background_roles, stated_roles


def holds(role: str, n: int, *langs: str) -> RelationRow:
    return RelationRow(subject=EntityRef("x", "X", "PERSON"), predicate="HOLDS_ROLE", object=None, literal=role,
                       n_claims=n, langs=langs, doc_ids=(), evidence=None, first_date=None, last_date=None)


def test_roles_spellings_of_one_role_are_one_row(ontology):
    rows = [holds("Chairman of Security Council of Kazakhstan", 1, "pl"),
            holds("Head of Security Council of Kazakhstan", 1, "en"),
            holds("Chairman of the Security Council of Kazakhstan", 2, "ru"),
            holds("President of Kazakhstan", 4, "fr", "uk"),
            holds("Minister of Defence of Armenia", 1, "fr")]
    roles = stated_roles(rows, ontology)
    assert [(r.name, r.n_claims, r.langs) for r in roles] == [  # most claims first, then by name
        ("Chairman of the Security Council of Kazakhstan", 4, ("en", "pl", "ru")),
        ("President of Kazakhstan", 4, ("fr", "uk")),
        ("Minister of Defence of Armenia", 1, ("fr",))]


def test_roles_take_the_ontology_spelling_and_keep_background_apart(ontology):
    known = ("President of Kazakhstan", "Chairman of the Security Council of Kazakhstan",
             "Supreme Commander-in-Chief of the Armed Forces of Kazakhstan")
    roles = stated_roles([holds("Head of Security Council of Kazakhstan", 1, "en")], ontology, known)
    assert [r.name for r in roles] == ["Chairman of the Security Council of Kazakhstan"]
    assert background_roles(known, roles, ontology) == (
        "President of Kazakhstan", "Supreme Commander-in-Chief of the Armed Forces of Kazakhstan")


@pytest.mark.parametrize("first, second", [("Minister of Defence", "Minister of Health"),
                                           ("President of Kazakhstan", "President of Russia")])
def test_roles_different_roles_stay_apart(ontology, first, second):
    assert len(stated_roles([holds(first, 1, "en"), holds(second, 1, "en")], ontology)) == 2


def test_roles_actor_profile_on_the_store(store, gold_graph, ontology):
    store.write(gold_graph)
    actor = KZGraph(store, ontology).actor("Tokayev")
    stated = {r.name for r in actor.stated_roles}
    assert "President of Kazakhstan" in stated
    assert not stated & set(actor.background_roles)
    assert len(actor.roles) == len(set(actor.roles))
    text = str(actor)
    assert "roles stated in the documents:" in text
    data = actor.to_dict()
    assert data["roles"] == [r["role"] for r in data["stated_roles"]]
