"""Figures: kinds, values in every separator style, qualifiers, sources, dates, and what is not a figure."""

from __future__ import annotations

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.extract import extract
from kzgraph.extract.quantities import _parse_number


def figures(text: str, lang: str, date: str | None = "2022-01") -> list[tuple]:
    ex = extract(document_from_text(text, lang=lang, date=date))
    return [(q.what, q.value, q.qualifier) for q in ex.quantities]


@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Поліція затримала понад 1 200 осіб, ще 15 людей загинули.",
     [("detained", 1200, "more than"), ("killed", 15, None)]),
    ("uk", "У лікарнях перебувають 4 тисячі поранених.", [("injured", 4000, None)]),  # the wounded
    ("ru", "Погибли 12 человек, около 300 госпитализированы.",
     [("killed", 12, None), ("hospitalized", 300, "about")]),
    ("ru", "В Алма-Ате задержаны 2,5 тысячи человек.", [("detained", 2500, None)]),
    ("ru", "Пострадали более тысячи человек.", [("injured", 1000, "more than")]),
    ("en", "Police said 1,024 people were arrested and two police officers were killed.",
     [("arrested", 1024, None), ("killed_officers", 2, None)]),
    ("en", "Nearly 7\u202f939 people were detained.", [("detained", 7939, "almost")]),
    ("en", "Russia sent 3,000 paratroopers; later some 5.000 troops were reported.",
     [("troops", 3000, None), ("troops", 5000, "about")]),
    ("fr", "Plus de 2 000 personnes ont été interpellées et 8 policiers ont été tués.",
     [("detained", 2000, "more than"), ("killed_officers", 8, None)]),
    ("fr", "Le contingent s'élèvera à 3600 XNUMX militaires.", [("troops", 3600, None)]),
    ("pl", "Zatrzymano 3 tys. osób, a 20 funkcjonariuszy zostało rannych.",
     [("detained", 3000, None), ("wounded_officers", 20, None)]),
    ("pl", "Zginęło 16 policjantów, a ponad 300 zostało rannych.",
     [("killed_officers", 16, None), ("wounded_officers", 300, "more than")]),
    ("de", "Die Polizei hat mehr als 500 Menschen festgenommen.", [("detained", 500, "more than")]),
])
def test_extract_quantities_kinds_values_and_qualifiers(lang, text, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The protests began on January 5, 2022 in 12 cities.", []),  # a date, a year, cities
    ("en", "About 45% of the shops in 3 districts were looted.", []),  # a percentage, districts
    ("en", "Two Il-76 transports landed; the president, 68, spoke on Channel 24.", []),
    ("en", "Police detained 80 people, 30 of them were released.", [("detained", 80, None)]),
    ("fr", "Le 5 août, 2 autres transports militaires ont atterri.", []),  # transports, not soldiers
    ("uk", "Протягом 7 днів у 2022 році тривали протести.", []),
    ("pl", "Przez 7 dni protestowało 10 proc. mieszkańców.", []),
])
def test_extract_quantities_ignores_what_is_not_a_head_count(lang, text, expected):
    assert figures(text, lang) == expected


def test_extract_quantities_source_as_of_and_evidence():
    text = ("Selon le ministère de l'Intérieur, 5 000 personnes ont été interpellées. "
            "Le 9 janvier, la police a interpellé 7 939 personnes, a déclaré Erlan Tourgoumbaïev.")
    ex = extract(document_from_text(text, lang="fr", date="2022-01"))
    first, second = ex.quantities
    assert (first.what, first.value, first.as_of) == ("detained", 5000, None)
    assert first.sentence.startswith("Selon") and text[first.start:first.end].strip() == first.sentence
    assert (second.value, second.as_of) == (7939, "2022-01-09")
    assert second.according_to is not None and second.according_to.text == "Erlan Tourgoumbaïev"


def test_extract_quantities_continues_the_kind_of_the_figure_before():
    text = "On January 6 officials counted 18 dead among the police officers, on January 10 the number fell to 17."
    ex = extract(document_from_text(text, lang="en", date="2022-01"))
    assert [(q.what, q.value, q.as_of) for q in ex.quantities] == \
        [("killed_officers", 18, "2022-01-06"), ("killed_officers", 17, "2022-01-10")]


@pytest.mark.parametrize("raw, before_multiplier, value", [
    ("5 135", False, 5135.0), ("5\u00a0135", False, 5135.0), ("4\u2009266", False, 4266.0),
    ("5,969", False, 5969.0), ("5.969", False, 5969.0), ("1,234,567", False, 1234567.0),
    ("2,5", True, 2.5), ("2,5", False, None), ("164", False, 164.0),
])
def test_extract_quantities_parse_number(raw, before_multiplier, value):
    assert _parse_number(raw, before_multiplier) == value


@pytest.mark.parametrize("lang, text, expected", [
    ("it", "Negli scontri sono stati uccisi 31 miliziani.", [("killed", 31, None)]),
    ("it", "Hanno perso la vita 7 membri delle forze di sicurezza.", [("killed_officers", 7, None)]),
    ("ru", "Ранения получили 812 человек.", [("injured", 812, None)]),
    ("fr", "Le bilan est de 60 morts, dont 9 membres des forces de l'ordre.",
     [("killed", 60, None), ("killed_officers", 9, None)]),
    ("en", "The clashes left 40 dead, including 6 police officers.",
     [("killed", 40, None), ("killed_officers", 6, None)]),
    ("es", "Llegaron unos 1.450 efectivos rusos.", [("troops", 1450, "about")]),
    ("de", "Insgesamt 3.120 Soldaten wurden entsandt.", [("troops", 3120, None)]),
    ("es", "Se desplegaron 2,5 tropas de elite.", []),  # a decimal is no head count
])
def test_extract_quantities_figures_before_or_after_the_noun_and_passives(lang, text, expected):
    assert figures(text, lang) == expected


def sources(text: str, lang: str, date: str | None = "2022-03-16") -> list[tuple]:
    ex = extract(document_from_text(text, lang=lang, date=date))
    # the as-of date the sentence states (a figure falls back to its document's date: see figure_context)
    return [(q.what, q.value, q.according_to.hint if q.according_to else None,
             q.as_of if q.as_of_source == "stated" else None) for q in ex.quantities]


@pytest.mark.parametrize("lang, text, expected", [
    ("it", "Secondo il ministero dell'Interno, sono state fermate 812 persone.",
     [("detained", 812, "ministry-of-internal-affairs-of-kazakhstan", None)]),
    ("de", "Nach jüngsten Angaben des Innenministeriums wurden 640 Menschen festgenommen.",
     [("detained", 640, "ministry-of-internal-affairs-of-kazakhstan", None)]),
    ("fr", "Selon le parquet général, 52 personnes ont été tuées.",
     [("killed", 52, "prosecutor-generals-office-of-kazakhstan", None)]),
    ("en", "The Interior Ministry said on Monday that 310 people had been detained.",
     [("detained", 310, "ministry-of-internal-affairs-of-kazakhstan", "2022-03-14")]),
    ("ru", "Об этом сообщило МВД. По его словам, задержаны 410 человек.",
     [("detained", 410, "ministry-of-internal-affairs-of-kazakhstan", None)]),
    ("fr", "Le parquet général a parlé. Selon les autorités, 90 personnes ont été blessées.",
     [("injured", 90, "kazakh-authorities", None)]),  # the sentence names its own source, a group
    ("fr", "Les troubles, nés le 2 mars dans l'ouest, ont fait 77 morts.", [("killed", 77, None, None)]),
])
def test_extract_quantities_sources_and_as_of_dates(lang, text, expected):
    assert sources(text, lang) == expected


def test_extract_quantities_source_does_not_cross_paragraphs():
    text = "Об этом сообщило МВД.\n\nПо его словам, задержаны 410 человек."
    assert sources(text, "ru") == [("detained", 410, None, None)]
