"""Predicate frames, sentence by sentence: sentences of our own, per language.

Each case runs the real pipeline and ontology (the ``relation_triples`` fixture
of conftest.py) and lists the claims a sentence states as (subject id,
predicate, object id or literal); ``with_text`` cases name arguments the
ontology does not know by their text.  The frames are data
(``ontology/predicates.ttl``, ``ontology/frames_slavic.ttl``); these cases say
what the one generic matcher must read from them.
"""

from __future__ import annotations

import pytest

from kzgraph.ontology import Ontology


@pytest.fixture(scope="session")
def ontology() -> Ontology:
    return Ontology.load()


# -- defaults come from the document's own country -----------------------------------------------
DEFAULT_CASES = [
    # the document is about Kazakhstan: an impersonal "detained" is its authorities
    ("uk", "У Казахстані затримали Карима Масімова.", ("kazakh-authorities", "DETAINED", "karim-masimov")),
    ("pl", "W Kazachstanie zatrzymano Karima Masimowa.", ("kazakh-authorities", "DETAINED", "karim-masimov")),
]

NO_DEFAULT_CASES = [
    # about Russia (no group of Russia's authorities in the ontology): nobody is made up
    ("pl", "Rosja: generał Siergiej Szojgu mógł zostać zatrzymany w Moskwie.", "DETAINED"),
    ("ru", "В России задержали Сергея Шойгу.", "DETAINED"),
    # about no country at all
    ("uk", "Того ж дня затримали Сергія Шойгу.", "DETAINED"),
]


@pytest.mark.parametrize("lang,text,triple", DEFAULT_CASES)
def test_a_default_subject_is_the_group_of_the_documents_country(relation_triples, lang, text, triple):
    assert triple in relation_triples(text, lang)


@pytest.mark.parametrize("lang,text,predicate", NO_DEFAULT_CASES)
def test_no_default_subject_from_another_country(relation_triples, lang, text, predicate):
    found = relation_triples(text, lang, with_text=True)
    assert not any(p == predicate and s in ("kazakh-authorities", "kazakh-police") for s, p, _ in found), found
