"""Short references to people the ontology does not know (issue 14, points 1-3).

Our own sentences about invented people; they run through the real extraction and
alignment.  Covered: a surname in a headline before the full name (a spaced dash between
two names), a surname shared by two people of a document (a PERSON, never an ORG), the
tail of a long name with a case ending (German -s, Kazakh suffixes), a foreign name
German's dictionary holds without forms, and given names spelled across scripts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kzgraph.ontology import Ontology

ARTICLES = {
    "de_headline": ("de", "Regierung entlässt Stabschef Bohdanenko – Kostiantyn übernimmt\n\n"
                          "Der Premier hat den Stabschef Wadym Bohdanenko entlassen. Neuer Stabschef wird "
                          "Olexander Kostiantyn. Der 51-jährige Kostiantyn leitete bisher die Logistik."),
    "en_two": ("en", "Brothers Hendrik Vorstenbosch and Maarten Vorstenbosch founded the firm. "
                     "Analysts said Vorstenbosch had made the decision alone."),
    "de_tail": ("de", "Ein Gericht hat die Oppositionsführerin Aung Kyi San Htwe verurteilt. "
                      "San Htwes Anwalt sagte, er werde Berufung einlegen."),
    "kk_tail": ("kk", "Полиция Тандар Чжо Ну Мьяны ұстады. Ну Мья үйінде қамауда отыр."),
    "uk_glued": ("uk", "Вчора Степан Литвиненко залишив посаду. За словами речниці Литвиненка Галини "
                       "Дорошенко, рішення остаточне."),
    "pl_adverb": ("pl", "Premier Bogumił Wardęga przemawiał w Sejmie. Tymczasem Wardęga spotkał się z rolnikami."),
    "pl_glued": ("pl", "Spotkali się minister Włoch Chiara Bellandi i jej doradca."),
    "kk_place": ("kk", "Полиция Тандар Чжо Ну Мья мен Зав Лин Хтун Мандалайдағы үйлерінде ұстады."),
    "pl_two": ("pl", "Premier Ołeksandr Tkaczuk zdymisjonował we wtorek Igora Sieczkina. Według Tkaczuka Sieczkin "
                     "stracił jego zaufanie."),
    "es_opener": ("es", "El líder opositor Peter Hollings se reunió el lunes con el enviado. Según Hollings, "
                        "las conversaciones fracasaron."),
    "pl_initials": ("pl", "Opozycjonistka Julia Nawalna oświadczyła, że urzędnik Ołeksij Daniluk kłamał. Zdaniem "
                          "Nawalnej O. Daniluk powinien odejść. Prezydent George W. Bush milczał."),
    "en_title": ("en", "Opposition Leader Hollings Detained As Protests Spread\n\n"
                       "Police detained the opposition leader Peter Hollings on Monday."),
    "de_ousted": ("de", "Ein Gericht hat die entmachtete Regierungschefin Anselma Quirrenbach angeklagt."),
    "uk_script": ("uk", "Радник Шон Келлетт прибув до столиці в понеділок."),
    "de_script": ("de", "Der Berater Sean Kellett traf am Montag in der Hauptstadt ein."),
}


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list[dict]:
    from kzgraph.corpus import read_documents
    from kzgraph.extract import extract_documents
    from kzgraph.pipeline import align_extractions

    folder: Path = tmp_path_factory.mktemp("short-names")
    for name, (lang, text) in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ontology = Ontology.load()
    extractions = extract_documents(read_documents([folder]), ontology=ontology)
    return list(align_extractions(extractions, ontology).records())


def _entities(records: list[dict], form: str) -> list[dict]:
    return [r for r in records if r["kind"] == "entity" and any(m["text"] == form for m in r["mentions"])]


def _entity(records: list[dict], form: str) -> dict:
    hits = _entities(records, form)
    assert len(hits) == 1, (form, hits)
    return hits[0]


def test_headline_surname_before_full_name(records):
    full = _entity(records, "Olexander Kostiantyn")
    assert full["type"] == "PERSON"
    assert _entity(records, "Kostiantyn")["id"] == full["id"]
    assert not _entities(records, "Bohdanenko – Kostiantyn")  # a spaced dash parts two names
    assert _entity(records, "Bohdanenko")["id"] == _entity(records, "Wadym Bohdanenko")["id"]


def test_shared_surname_is_a_person(records):
    bare = _entity(records, "Vorstenbosch")
    assert bare["type"] == "PERSON"


def test_german_foreign_name_and_genitive_tail(records):
    full = _entity(records, "Aung Kyi San Htwe")  # words the dictionary holds without forms
    assert _entity(records, "San Htwes")["id"] == full["id"]


def test_kazakh_tail_with_case_suffix(records):
    tail = _entity(records, "Ну Мья")
    assert tail["id"] == _entity(records, "Тандар Чжо Ну Мьяны")["id"]
    assert tail["type"] == "PERSON"


def test_glued_spans_split(records):
    # a given name in a case form opens the next person ("Литвиненка | Галини Дорошенко")
    assert _entity(records, "Галини Дорошенко")["type"] == "PERSON"
    assert _entity(records, "Литвиненка")["id"] == _entity(records, "Степан Литвиненко")["id"]
    # a given name of another language's list opens the person after a country ("Włoch | Chiara …")
    assert _entity(records, "Chiara Bellandi")["type"] == "PERSON"
    assert not _entities(records, "Włoch Chiara Bellandi")
    # a sentence-linking adverb is no part of a name
    assert _entity(records, "Wardęga")["id"] == _entity(records, "Bogumił Wardęga")["id"]
    assert not _entities(records, "Tymczasem Wardęga")
    # Kazakh: a name, then a place in the locative (-дағы)
    assert _entity(records, "Мандалайдағы")["type"] == "GPE"
    assert _entity(records, "Зав Лин Хтун")["type"] == "PERSON"


def test_surnames_of_two_people_side_by_side(records):
    assert not _entities(records, "Tkaczuka Sieczkin")
    assert _entity(records, "Tkaczuka")["id"] == _entity(records, "Ołeksandr Tkaczuk")["id"]
    assert _entity(records, "Sieczkin")["id"] == _entity(records, "Igora Sieczkina")["id"]


def test_title_case_headline_names_a_person_named_in_full(records):
    hollings = [r for r in records if r["kind"] == "entity" and
                any(m["text"] == "Peter Hollings" and m["start"] > 50 for m in r["mentions"])]
    assert len(hollings) == 1 and any(m["text"] == "Hollings" and m["start"] < 30 for m in hollings[0]["mentions"])


def test_initials_open_the_next_name(records):
    assert not _entities(records, "Nawalnej O. Daniluk")
    assert _entity(records, "O. Daniluk")["id"] == _entity(records, "Ołeksij Daniluk")["id"]
    assert _entity(records, "Nawalnej")["id"] == _entity(records, "Julia Nawalna")["id"]
    assert _entity(records, "George W. Bush")["type"] == "PERSON"  # a middle initial stays


def test_sentence_opening_preposition_is_no_name(records):
    assert not _entities(records, "Según Hollings")
    assert _entity(records, "Hollings")["id"] == _entity(records, "Peter Hollings")["id"]


def test_role_of_a_bare_surname_names_the_person(records):
    holds = [r for r in records if r["kind"] == "relation" and r["predicate"] == "HOLDS_ROLE"
             and r["subject"] == _entity(records, "Галини Дорошенко")["id"]]
    assert holds and "Stepan Lytvynenko".split()[0][:4] in holds[0]["literal"], holds


def test_an_ousted_holder_is_a_former_one(records):
    for name in ("Anselma Quirrenbach",):
        holds = [r["literal"] for r in records if r["kind"] == "relation" and r["predicate"] == "HOLDS_ROLE"
                 and r["subject"] == _entity(records, name)["id"]]
        assert holds and all(h.startswith("former ") for h in holds), (name, holds)


def test_given_name_across_scripts(records):
    assert _entity(records, "Шон Келлетт")["id"] == _entity(records, "Sean Kellett")["id"]


def test_english_given_names_in_cyrillic_join_across_languages():
    from kzgraph.align import _cluster
    from kzgraph.model import Mention

    pairs = [(("uk", "Кетрін Ештон"), ("en", "Catherine Ashton")), (("ru", "Фолькер Тюрк"), ("de", "Volker Türk")),
             (("uk", "Крістін Лаґард"), ("fr", "Christine Lagarde"))]
    mentions = [Mention(doc=f"{n}{k}", lang=lang, text=text, start=0, end=len(text), label="PERSON")
                for n, pair in enumerate(pairs) for k, (lang, text) in enumerate(pair)]
    out = _cluster(mentions)
    for n in range(len(pairs)):
        assert out[mentions[2 * n]].entity.id == out[mentions[2 * n + 1]].entity.id, pairs[n]
    assert out[mentions[0]].entity.id != out[mentions[2]].entity.id


def test_given_name_classes():
    from kzgraph.names import token_key
    from kzgraph.names.keys import same_given

    def same(a, la, b, lb):
        return same_given((token_key(a, la),), (token_key(b, lb),))
    assert same("Шон", "uk", "Sean", "en") and same("Olexander", "de", "Олександр", "uk")
    assert same("Wadym", "pl", "Vadim", "en") and not same("Sean", "en", "John", "de")


def test_inflected_word():
    from kzgraph.names.morph import formless_word, inflected_word

    assert inflected_word("Gesetz", "de") and inflected_word("Stadt", "de")
    assert formless_word("Kyi", "de") and not formless_word("Regierung", "de")
