"""Nationality adjectives of the generic core's countries (ontology/countries.ttl).

The sentences are our own; they run through the real mention finder.  A demonym of a
country the Kazakhstan story never needed ("Sri Lankan", "manifestants togolais",
"birmańska junta") points to its country, also inflected; inside a party-like name it is no
country; and no adjective's key makes a common word of some language a country.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kzgraph.names.keys import token_key, tokens_for_key
from kzgraph.ontology import Ontology

COUNTRIES_TTL = Path(__file__).resolve().parents[1] / "ontology" / "countries.ttl"


def _found(lang: str, text: str) -> dict[str, object]:
    from kzgraph.extract.mentions import MentionFinder

    finder = MentionFinder.for_language(lang)
    return {text[m.start:m.end]: m for m in finder.find(text, [(0, len(text))])}


@pytest.mark.parametrize("lang,text,demonym,country", [
    ("en", "Sri Lankan protesters camped outside the secretariat for weeks.", "Sri Lankan", "sri-lanka"),
    ("en", "Burmese generals rejected the envoy's plan.", "Burmese", "myanmar"),
    ("en", "The talks were hosted by Kenyan mediators.", "Kenyan", "kenya"),
    ("fr", "Les manifestants togolais ont bloqué la route.", "togolais", "togo"),
    ("fr", "La junte myanmaraise a rejeté l'appel.", "myanmaraise", "myanmar"),
    ("fr", "Le ministre sri-lankais a démissionné hier.", "sri-lankais", "sri-lanka"),
    ("de", "Die sri-lankische Regierung verhängte eine Ausgangssperre.", "sri-lankische", "sri-lanka"),
    ("de", "Ein venezolanischer Diplomat wurde ausgewiesen.", "venezolanischer", "venezuela"),
    ("de", "Die birmanische Armee sperrte das Internet.", "birmanische", "myanmar"),
    ("es", "La embajada japonesa cerró sus puertas.", "japonesa", "japan"),
    ("fr", "Une délégation suédoise est arrivée.", "suédoise", "sweden"),
    ("pl", "Birmańska junta zamknęła lotnisko.", "Birmańska", "myanmar"),
    ("pl", "Rząd wezwał lankijskich urzędników na rozmowy.", "lankijskich", "sri-lanka"),
    ("ru", "Шри-ланкийские власти ввели комендантский час.", "Шри-ланкийские", "sri-lanka"),
    ("ru", "В переговорах участвовали египетские дипломаты.", "египетские", "egypt"),
    ("uk", "Бірманські військові захопили телецентр.", "Бірманські", "myanmar"),
    ("uk", "Угорський уряд відкликав посла.", "Угорський", "hungary"),
    ("it", "L'esercito venezuelano ha chiuso le strade.", "venezuelano", "venezuela"),
    ("it", "Il premier pakistano ha lasciato il paese.", "pakistano", "pakistan"),
    ("es", "Los militares esrilanqueses detuvieron al líder.", "esrilanqueses", "sri-lanka"),
    ("es", "El presidente nigeriano viajó a Ginebra.", "nigeriano", "nigeria"),
])
def test_country_adjective_points_to_its_country(lang, text, demonym, country):
    found = _found(lang, text)
    assert demonym in found, sorted(found)
    assert found[demonym].label == "GPE" and found[demonym].hint == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("ru", "Сторонники партии «Албанская весна» собрались у здания.", "Албанская весна", "albania"),
    ("uk", "Лідер партії Сербська весна заявив про перемогу.", "Сербська весна", "serbia"),
    ("pl", "Politycy Birmańskiej Wiosny odrzucili krytykę.", "Birmańskiej Wiosny", "myanmar"),
    ("it", "Il partito Primavera cilena ha vinto di nuovo.", "Primavera cilena", "chile"),
    ("fr", "Le parti Renouveau malien a gagné les élections.", "Renouveau malien", "mali"),
    ("en", "Leaders of the Nigerian Dawn party met on Sunday.", "Nigerian Dawn", "nigeria"),
])
def test_country_adjective_inside_a_party_name_is_no_country(lang, text, name, country):
    found = _found(lang, text)
    assert name in found, sorted(found)
    assert found[name].label == "ORG" and found[name].hint is None
    assert not any(m.hint == country for m in found.values())


@pytest.mark.parametrize("lang,text,country", [
    ("fr", "Je suis venu parce que je suis inquiet.", "switzerland"),   # suisse/suizo ~ "suis"
    ("pl", "Tłum czeka przed budynkiem sądu.", "czech-republic"),       # tchèque ~ "czeka"
    ("es", "Queremos que ganen los mejores.", "ghana"),                 # ghanéen/ghanés ~ "ganen"
    ("ru", "Кубанский университет закрыт на карантин.", "cuba"),        # kubański ~ "кубанский"
    ("ru", "Талибы провозгласили Исламский эмират.", "united-arab-emirates"),  # émirati ~ "эмират"
])
def test_common_word_is_no_country_adjective(lang, text, country):
    assert not any(m.hint == country for m in _found(lang, text).values())


def _countries_of_the_file() -> list[str]:
    return re.findall(r"^kze:([a-z-]+) a kz:Country ;", COUNTRIES_TTL.read_text(encoding="utf-8"), re.M)


def test_every_country_adjective_parses_and_is_the_lemma_form():
    ontology = Ontology.load()
    ids = _countries_of_the_file()
    with_adjectives = [cid for cid in ids if ontology.entities[cid].adjectives]
    assert len(with_adjectives) >= 140
    for cid in with_adjectives:
        for lang, labels in ontology.entities[cid].adjectives:
            assert lang in {"en", "uk", "ru", "pl", "fr", "de", "it", "es", "kk"}, (cid, lang)
            for label in labels:
                assert label == label.strip() and tokens_for_key(label), (cid, label)
                # English writes demonyms capitalised, the other languages in lower case
                assert label[:1].isupper() if lang == "en" else label == label.lower(), (cid, lang, label)


def test_no_country_adjective_shares_its_key_with_another_entity():
    ontology = Ontology.load()
    owners: dict[tuple[str, ...], set[str]] = {}
    for entity in ontology.entities.values():
        for group in (entity.pref, entity.alt, entity.adjectives):
            for lang, labels in group:
                for label in labels:
                    key = tuple(token_key(t, lang or None) for t in tokens_for_key(label))
                    owners.setdefault(key, set()).add(entity.id)
    for cid in _countries_of_the_file():
        for lang, labels in ontology.entities[cid].adjectives:
            for label in labels:
                key = tuple(token_key(t, lang or None) for t in tokens_for_key(label))
                assert owners[key] == {cid}, (cid, lang, label, owners[key])
