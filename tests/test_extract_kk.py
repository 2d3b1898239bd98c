"""Kazakh without a lemmatiser: case suffixes (ontology/names.ttl, ``names-case-suffix``)
bring a name's case forms to the name's key, so «Қазақстанға» is Kazakhstan, not a new
organisation; an unknown word in a case form is left out; an unknown person's name
is given in the nominative.

The sentences are written for these tests; none comes from the seeds or a dev story.
"""

from __future__ import annotations

import warnings

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.extract import extract
from kzgraph.extract.pipeline import _pipeline
from kzgraph.names import has_case_suffix, name_key, nominative


@pytest.fixture(scope="module")
def kk():
    def run(text: str):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # spaCy has no 'kk': a warning says so
            return extract(document_from_text(text, lang="kk", date="2022-01-10")).mentions
    try:
        yield run
    finally:
        _pipeline.cache_clear()  # test_extract_pipeline expects the warning of a fresh pipeline


@pytest.mark.parametrize("text, expected", [
    ("Ресей әскерлері кеше Қазақстанға келді.", {"russia", "kazakhstan"}),
    ("Бейбітшілік күштері Ресейден ұшып келіп, Алматыдағы әуежайды күзетті.", {"russia", "almaty"}),
    ("Делегация Бішкекке барды, ал келіссөздер Ташкентте жалғасады.", {"bishkek", "tashkent"}),
    ("Сарапшылар Қазақстанның экономикасы туралы айтты.", {"kazakhstan"}),
])
def test_kk_case_forms_of_known_names_resolve_to_the_known_entity(kk, text, expected):
    mentions = kk(text)
    assert expected <= {m.hint for m in mentions}
    assert all(m.hint for m in mentions), [(m.text, m.label) for m in mentions if not m.hint]


def test_kk_unknown_word_in_a_case_form_is_no_new_organisation(kk):
    mentions = kk("Полиция кеше түнде Сарыағашқа жетті.")
    assert "Сарыағашқа" not in {m.text for m in mentions}
    assert not [m for m in mentions if m.label == "ORG" and not m.hint]


def test_kk_unknown_person_in_the_genitive_keeps_the_nominative_and_no_pronoun(kk):
    mentions = kk("Ол Нұрлан Есенбаевтың сөзін келтірді.")
    people = [m for m in mentions if m.label == "PERSON"]
    assert [m.text for m in people] == ["Нұрлан Есенбаевтың"]
    assert nominative("Нұрлан Есенбаевтың", "kk") == "Нұрлан Есенбаев"


@pytest.mark.parametrize("forms", [
    ("Қазақстан", "Қазақстанға", "Қазақстанда", "Қазақстанның", "Қазақстаннан", "Қазақстанды"),
    ("Ресей", "Ресейге", "Ресейде", "Ресейден", "Ресейдің", "Ресеймен"),
    ("Қарағанды", "Қарағандыда", "Қарағандыға", "Қарағандыдағы"),
    ("Тоқаев", "Тоқаевқа", "Тоқаевтың", "Тоқаевпен"),
])
def test_kk_every_case_form_shares_the_names_key(forms):
    assert len({name_key(f, "kk") for f in forms}) == 1
    assert all(has_case_suffix(f, "kk") for f in forms[1:])


def test_kk_suffixes_are_cut_in_kazakh_only():
    assert name_key("Ресейге", "ru") != name_key("Ресей", "ru")  # a Russian word is not read as Kazakh
    assert not has_case_suffix("Ресейге", "ru")
