"""A figure's context: who states it, as of when, with what status, over what scope.

Sentences of our own, in the corpus's languages; the mechanisms are in
kzgraph/extract/quantities.py (one sentence) and kzgraph/extract/figure_context.py
(across sentences), their words in ontology/figures_lexicon.ttl.
"""

from __future__ import annotations

import json

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.extract import extract, is_listed
from kzgraph.model import Quantity

MVD = "ministry-of-internal-affairs-of-kazakhstan"
HEALTH = "ministry-of-health-of-kazakhstan"


def figures(text: str, lang: str, date: str | None = None):
    return extract(document_from_text(text, lang=lang, date=date)).quantities


def by_source(text: str, lang: str) -> list[tuple]:
    return [(q.what, q.value, q.according_to.hint if q.according_to else None) for q in figures(text, lang)]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "According to the Ministry of Health, 120 people were injured.", [("injured", 120, HEALTH)]),
    ("ru", "Телеканал сообщил со ссылкой на данные Минздрава, что пострадали 310 человек.",
     [("injured", 310, HEALTH)]),
    ("uk", "Як повідомляє МВС Казахстану, затримано 812 осіб.", [("detained", 812, MVD)]),
    ("fr", "Selon le ministère kazakh de l'Intérieur, 640 personnes ont été interpellées.",
     [("detained", 640, MVD)]),
    ("de", "Das kasachische Innenministerium teilte mit, 915 Menschen seien festgenommen worden.",
     [("detained", 915, MVD)]),
    ("ru", "По последним данным МВД, задержаны 720 человек.", [("detained", 720, MVD)]),
])
def test_figure_context_source_from_a_cue_or_a_verb_of_saying(lang, text, expected):
    assert by_source(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "Local media, citing information from the Ministry of Health, reported that 77 people were killed."),
    ("ru", "Местные СМИ со ссылкой на Минздрав сообщили, что погибли 77 человек."),
])
def test_figure_context_a_relayed_source_wins_over_the_medium(lang, text):
    assert by_source(text, lang) == [("killed", 77, HEALTH)]


def test_figure_context_a_generic_noun_after_a_cue_is_the_latest_organisation_named():
    text = "Tokajew ersuchte die OVKS um Hilfe. Nach Angaben des Bündnisses wurden 2.500 Soldaten entsandt."
    assert by_source(text, "de") == [("troops", 2500, "csto")]


def test_figure_context_the_head_of_an_organisation_is_the_person_named_with_it():
    text = ("Szef MSW Kazachstanu Jerłan Turgumbajew przemawiał w parlamencie. "
            "Według szefa MSW, zginęło 12 funkcjonariuszy.")
    ex = figures(text, "pl")
    assert [(q.value, q.according_to.text if q.according_to else None) for q in ex] == [(12, "Jerłan Turgumbajew")]


def test_figure_context_a_sentence_that_refers_back_names_the_source_of_the_one_before():
    text = "Число погибших достигло 95. Об этом сообщил Минздрав Казахстана."
    assert by_source(text, "ru") == [("killed", 95, HEALTH)]


def test_figure_context_a_paragraph_keeps_its_source_but_a_new_paragraph_does_not():
    text = "Według MSW Kazachstanu zginęło 8 policjantów. Zatrzymano ponad 600 osób.\n\nRannych jest 40 osób."
    assert by_source(text, "pl") == [("killed_officers", 8, MVD), ("detained", 600, MVD), ("injured", 40, None)]


@pytest.mark.parametrize("lang, text, as_of", [
    ("en", "As of January 9, 2022, police had detained 5,100 people.", "2022-01-09"),
    ("uk", "Станом на 9 січня 2022 року затримано 5100 осіб.", "2022-01-09"),
    ("ru", "На 9 января 2022 года задержаны 5100 человек.", "2022-01-09"),
    ("fr", "Au 9 janvier 2022, 5100 personnes avaient été interpellées.", "2022-01-09"),
    ("pl", "Do 9 stycznia 2022 roku zatrzymano 5100 osób.", "2022-01-09"),
    ("de", "Stand 9. Januar 2022 wurden 5100 Menschen festgenommen.", "2022-01-09"),
])
def test_figure_context_as_of_date_from_the_sentence(lang, text, as_of):
    assert [(q.value, q.as_of, q.as_of_source) for q in figures(text, lang)] == [(5100, as_of, "stated")]


def test_figure_context_a_since_date_is_no_as_of_date_and_the_document_date_stands_in():
    qs = figures("Seit dem 28. November wurden 293 Menschen festgenommen.", "de", date="2024-12-05")
    assert [(q.value, q.as_of, q.as_of_source) for q in qs] == [(293, "2024-12-05", "document")]


def test_figure_context_an_as_of_date_without_a_year_stays_partial():
    qs = figures("As of January 9, police had detained 5,100 people.", "en")
    assert [(q.as_of, q.as_of_source) for q in qs] == [("--01-09", "stated")]


@pytest.mark.parametrize("lang, text, status", [
    ("en", "Police detained 300 people.", "asserted"),
    ("en", "About 300 people are reported to have been detained.", "reported"),
    ("ru", "По данным МВД, задержаны 300 человек.", "reported"),
    ("en", "Police said 300 people were not detained.", "negated"),
    ("es", "El Ministerio del Interior informó de 164 muertos antes de retirar la cifra.", "denied"),
])
def test_figure_context_status(lang, text, status):
    assert [q.status for q in figures(text, lang)] == [status]


@pytest.mark.parametrize("lang, text", [
    ("en", "Local media, citing the Ministry of Health, reported that 164 people were killed. "
           "However, the Ministry of Health later denied these data."),
    ("ru", "Минздрав Казахстана сообщил о 164 погибших. Позже Минздрав Казахстана опроверг эти данные."),
])
def test_figure_context_a_later_denial_marks_the_figure_and_says_who_denied(lang, text):
    assert [(q.value, q.status, q.denied_by.hint) for q in figures(text, lang)] == [(164, "denied", HEALTH)]


def test_figure_context_a_retraction_without_a_speaker_is_by_the_source():
    text = "Ранее Минздрав сообщал о 164 погибших, однако затем эта публикация была удалена."
    assert [(q.status, q.denied_by.hint) for q in figures(text, "ru")] == [("denied", HEALTH)]


@pytest.mark.parametrize("text", [
    "Police detained 300 people. The ministry denied that troops had been deployed.",
    "Police detained 300 people. The party said it would not withdraw the bill.",
    "Police detained 300 people.\n\nHowever, the ministry later denied these data.",  # another paragraph
])
def test_figure_context_a_denial_of_something_else_leaves_earlier_figures_alone(text):
    assert [q.status for q in figures(text, "en")] == ["asserted"]


@pytest.mark.parametrize("lang, text, scope", [
    ("uk", "В одному з сіл Алматинської області затримано понад 100 людей.", "part-of:Алматинської області"),
    ("en", "Police detained 500 people in Almaty.", "in:Almaty"),
    ("ru", "В Алматы задержаны 500 человек.", "in:Алматы"),
    ("en", "Police detained 500 people in Kazakhstan.", None),  # the country is the whole
    ("en", "Almost 2300 people (half in Almaty) were injured.", None),  # an aside
    ("en", "Russia sent 3,000 troops from Russia.", "from:Russia"),
    ("en", "About 3,000 Russian troops arrived.", "from:russia"),
    ("pl", "Według szpitala w Ałmaty do placówki trafiło 55 rannych.", None),  # the source's place
    ("en", "Russia sent 3,000 troops to Kazakhstan.", "from:Russia"),  # the destination sends none
    ("ru", "Россия направила в Казахстан 3 тысячи военных.", "from:Россия"),
    ("de", "Russland, Belarus und Armenien entsandten 2.030 Soldaten.", None),  # the whole contingent
    ("fr", "Le contingent transféré au Kazakhstan depuis la Russie, la Biélorussie et l'Arménie "
           "s'élèvera à 3600 militaires.", None),
    # a "from" before a common noun: several senders, the figure is a whole, not one country's
    ("pl", "Według rosyjskich mediów w Polsce stacjonuje 4 000 żołnierzy z państw należących do sojuszu.", None),
    ("en", "The alliance sent 2,500 troops from the member states to Kazakhstan.", None),
    ("ru", "В Казахстан прибыли 3 тысячи военных из России.", "from:России"),
    ("en", "More than 3,000 troops from the Russian Federation arrived.", "from:Russian Federation"),
    # a country word that describes a person or a source sends nothing
    ("es", "El general ruso Andréi Serdiukov anunció el repliegue de 2.030 efectivos.", None),
])
def test_figure_context_scope(lang, text, scope):
    assert [q.scope for q in figures(text, lang)] == [scope]


def test_figure_context_fields_reach_the_jsonl_record_with_entity_ids():
    from kzgraph.align import Aligner
    from kzgraph.graph import KnowledgeGraph
    from kzgraph.ontology import Ontology

    ex = extract(document_from_text("Local media, citing the Ministry of Health, reported that 164 people "
                                    "were killed in Almaty. However, the Ministry of Health later denied these data.",
                                    lang="en", date="2022-01-10"))
    graph = KnowledgeGraph.from_extractions([ex], Aligner(Ontology.load()), is_listed)
    (record,) = [r for r in graph.records() if r["kind"] == "quantity"]
    assert {k: record[k] for k in ("status", "denied_by", "scope", "as_of", "as_of_source")} == {
        "status": "denied", "denied_by": HEALTH, "scope": "in:almaty", "as_of": "2022-01-10",
        "as_of_source": "document"}
    back = KnowledgeGraph.from_jsonl([json.dumps(r) for r in graph.records()])
    (q,) = back.quantities.values()
    assert isinstance(q, Quantity) and (q.status, q.denied_by, q.scope) == ("denied", HEALTH, "in:almaty")


def test_figure_context_a_partial_as_of_date_exports_as_a_month_and_day():
    from rdflib import XSD

    from kzgraph.export import _date_literal

    assert _date_literal("--01-09").datatype == XSD.gMonthDay
    assert _date_literal("2022-01-09").datatype == XSD.date
