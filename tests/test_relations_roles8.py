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


# -- a parliament named by a common noun or by its members chooses someone -----------------------
PARLIAMENT_ELECTS = [
    ("Sri Lanka's crisis deepened. Parliament elected Ranil Wickremesinghe as president.", "en"),
    ("Sri Lanka's crisis deepened. Lawmakers elected Ranil Wickremesinghe as president.", "en"),
    ("Sri Lanka's crisis deepened. Ranil Wickremesinghe was elected president by parliament on Wednesday.", "en"),
    ("Кризис на Шри-Ланке продолжается. Парламент избрал Ранила Викрамасингхе президентом.", "ru"),
    ("Кризис на Шри-Ланке продолжается. Депутаты избрали Ранила Викрамасингхе президентом.", "ru"),
    ("Kryzys na Sri Lance trwa. Posłowie wybrali Ranila Wickremesinghe na prezydenta.", "pl"),
    ("Kryzys na Sri Lance trwa. Parlament wybrał Ranila Wickremesinghe na prezydenta.", "pl"),
    ("La crise au Sri Lanka s'aggrave. Les députés ont élu Ranil Wickremesinghe président.", "fr"),
    ("Die Krise in Sri Lanka verschärft sich. Das Parlament wählte Ranil Wickremesinghe zum Präsidenten.", "de"),
    ("La crisis en Sri Lanka se agrava. El Parlamento eligió a Ranil Wickremesinghe presidente.", "es"),
    ("La crisi in Sri Lanka si aggrava. Il Parlamento ha eletto Ranil Wickremesinghe presidente.", "it"),
]


@pytest.mark.parametrize("text,lang", PARLIAMENT_ELECTS)
def test_roles8_parliament_elects(text, lang, graph_triples):
    """"Parliament", "lawmakers", "депутаты", "posłowie", "les députés" with no name: the parliament
    of the document's country, which appoints the one it elects."""
    triples = graph_triples(text, lang)
    appointed = {(s, o) for s, p, o in triples if p == "APPOINTED"}
    assert len(appointed) == 1 and next(iter(appointed))[0] == "Parliament of Sri Lanka", triples
    assert any(p == "HOLDS_ROLE" and o == "President of Sri Lanka" for _, p, o in triples), triples


def test_roles8_parliament_of_the_country_named(graph_triples):
    """The country named right before the parliament's word is its own, not the document's."""
    triples = graph_triples("Sri Lanka's crisis deepened. In Tbilisi, Georgian lawmakers elected "
                            "Mikheil Kavelashvili as president.", "en")
    assert {s for s, p, _ in triples if p == "APPOINTED"} == {"Parliament of Georgia"}, triples


@pytest.mark.parametrize("text,lang", [
    ("Sri Lanka's crisis deepened. Voters elected Ranil Wickremesinghe as president in 2019.", "en"),
    ("Sri Lanka's crisis deepened. Ranil Wickremesinghe was elected president in 2019.", "en"),
    ("Sri Lanka's crisis deepened. Ranil Wickremesinghe, a lawmaker, spoke in parliament.", "en"),
])
def test_roles8_no_body_no_appointment(text, lang, graph_triples):
    """Voters elect too, and a passive without its agent names no body: no appointment."""
    assert not any(p == "APPOINTED" for _, p, _ in graph_triples(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Le Parlement du Sri Lanka a élu Ranil Wickremesinghe président pour remplacer Gotabaya Rajapaksa.", "fr"),
    ("Sri Lanka's crisis deepened. Lawmakers elected Ranil Wickremesinghe as president to replace "
     "Gotabaya Rajapaksa.", "en"),
])
def test_roles8_the_one_elected_replaces(text, lang, graph_triples):
    """"elected X president to replace Y": X, the one elected, replaces Y."""
    triples = graph_triples(text, lang)
    assert ("Ranil Wickremesinghe", "REPLACED", "Gotabaya Rajapaksa") in triples, triples


def test_roles8_relative_chosen_by_deputies(graph_triples):
    """"X, которого депутаты избрали премьером": the parliament appointed X."""
    triples = graph_triples("Кризис в Киргизии продолжается. Сторонники Садыра Жапарова, которого часть "
                            "депутатов во вторник избрала премьером, вышли на площадь.", "ru")
    assert ("Parliament of Kyrgyzstan", "APPOINTED", "Sadyr Japarov") in triples, triples
