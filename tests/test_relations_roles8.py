"""Role statements of any country (issue 15, session 8).

Sentences written for these tests, in the ways news reports of other stories state roles,
memberships and appointments; no sentence of the development or check sets.
"""

from __future__ import annotations

import warnings

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.pipeline import extract_graph


@pytest.fixture(scope="module")
def graph_triples():
    """``run(text, lang)``: the (subject name, predicate, object name or literal) triples of the
    graph the real pipeline builds from one document."""
    def run(text: str, lang: str) -> set[tuple[str, str, str]]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            g = extract_graph([document_from_text(text, lang=lang, date="2022-07")])
        return {(g.entities[r.subject].name, r.predicate,
                 g.entities[r.object].name if r.object else r.literal) for r in g.relations.values()}
    return run


# -- a member of "the government" of the document's own country ----------------------------------
HOME_GOVERNMENT = [
    ("Sri Lanka's president fled to the Maldives. Dinesh Perera, a member of the government, said the "
     "curfew would stay.", "en"),
    ("Президент Шри-Ланки бежал на Мальдивы. Член правительства Динеш Перера заявил, что комендантский "
     "час сохранится.", "ru"),
    ("Президент Шрі-Ланки втік на Мальдіви. Член уряду Дінеш Перера заявив, що комендантська година "
     "залишиться.", "uk"),
    ("Prezydent Sri Lanki uciekł na Malediwy. Członek rządu Dinesh Perera powiedział, że godzina policyjna "
     "zostanie utrzymana.", "pl"),
    ("Le président du Sri Lanka a fui aux Maldives. Dinesh Perera, membre du gouvernement, a déclaré que "
     "le couvre-feu serait maintenu.", "fr"),
]


@pytest.mark.parametrize("text,lang", HOME_GOVERNMENT)
def test_roles8_member_of_the_home_government(text, lang, graph_triples):
    """"a member of the government" in an article on Sri Lanka is a member of Sri Lanka's
    government, never of the government the ontology's own story names by that common noun."""
    triples = graph_triples(text, lang)
    members = {o for s, p, o in triples if p == "MEMBER_OF" and s == "Dinesh Perera"}
    assert members == {"Government of Sri Lanka"}, triples
    assert not any("Kazakhstan" in str(o) for _, _, o in triples), triples
