"""Dates: day-month and month-day forms in every language, the year policy, ISO output."""

from __future__ import annotations

import pytest

from kzgraph.extract.dates import find_dates, reference_year
from kzgraph.extract.lexicon import Lexicon, make_words


def dates(text: str, lang: str, year: int | None = 2022, ref_month: int | None = None) -> list[str | None]:
    found = find_dates(make_words(text, lang), lang, Lexicon.load(), year, text, 0, ref_month)
    return [d.iso for d in found]


@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "5 січня президент звернувся", ["2022-01-05"]),
    ("ru", "В ночь на 6 января", ["2022-01-06"]),
    ("en", "As of January 9, police said", ["2022-01-09"]),
    ("en", "on the 10th of January", ["2022-01-10"]),  # a connector between day and month
    ("es", "el 6 de enero", ["2022-01-06"]),
    ("pt", "no dia 7 de janeiro", ["2022-01-07"]),
    ("es", "MOSCÚ, 13 Ene. (EFE)", ["2022-01-13"]),
    ("fr", "le 4 janv. à Almaty", ["2022-01-04"]),
    ("en", "on Jan. 9 police", ["2022-01-09"]),
    ("pl", "od 3 stycz. do 8 stycz.", ["2022-01-03", "2022-01-08"]),
    ("it", "il mar è calmo", []),  # an abbreviation alone is a word, not a month
    ("es", "de 5 de cada 10", []),
    ("en", "on 10th January 2021", ["2021-01-10"]),
    ("fr", "Le 5 janvier, des manifestants", ["2022-01-05"]),
    ("fr", "Le 1er février 2020", ["2020-02-01"]),
    ("pl", "od 2 stycznia trwają protesty", ["2022-01-02"]),
    ("de", "am 7. Januar", ["2022-01-07"]),
    ("uk", "6 січня 2021 року і 7 січня", ["2021-01-06", "2022-01-07"]),
    ("en", "In January 2022 protests began", ["2022-01"]),
    ("en", "In January protests began", []),  # a bare month is no date
    ("en", "Protesters may gather on May 3", ["2022-05-03"]),
    ("en", "reported on 2022-01-05 and 06.01.2022", ["2022-01-05", "2022-01-06"]),
    ("en", "on 32 January", []),
])
def test_extract_dates_shapes(lang, text, expected):
    assert dates(text, lang) == expected


def test_extract_dates_without_a_year_have_no_iso_form():
    found = find_dates(make_words("5 січня", "uk"), "uk", Lexicon.load(), None)
    assert (found[0].month, found[0].day, found[0].iso) == (1, 5, None)


def test_extract_dates_december_in_a_january_document_is_last_year():
    assert dates("28 грудня та 3 січня", "uk", 2022, ref_month=1) == ["2021-12-28", "2022-01-03"]


@pytest.mark.parametrize("doc_date, text, default, year", [
    ("2022-01", "", None, 2022),
    ("2022-01-05", "in 2019", 2020, 2022),  # the document's own date wins
    (None, "in 2019", 2020, 2020),  # then the caller's default
    (None, "между 2021 и 2022 годами", None, 2022),  # then the latest year in the text
    (None, "no year here", None, None),
])
def test_extract_dates_reference_year_policy(doc_date, text, default, year):
    assert reference_year(doc_date, text, default) == year


def named(text: str, lang: str, doc_date: str | None) -> list[str | None]:
    found = find_dates(make_words(text, lang), lang, Lexicon.load(), 2022, text, 0, 1, doc_date)
    return [d.iso for d in found]


# 2022-03-16 is a Wednesday
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Police said on Monday that", ["2022-03-14"]),
    ("en", "Officials will meet next Friday", ["2022-03-18"]),
    ("en", "The talks ended yesterday", ["2022-03-15"]),
    ("de", "Gestern und am Dienstag", ["2022-03-15", "2022-03-15"]),
    ("fr", "Mardi soir, puis avant-hier", ["2022-03-15", "2022-03-14"]),
    ("fr", "le sommet de jeudi prochain", ["2022-03-17"]),
    ("it", "Oggi e lunedì", ["2022-03-16", "2022-03-14"]),
    ("es", "este miércoles y ayer", ["2022-03-16", "2022-03-15"]),
    ("pl", "W sobotę i wczoraj", ["2022-03-12", "2022-03-15"]),
    ("ru", "В пятницу, а вчера", ["2022-03-11", "2022-03-15"]),
    ("uk", "У понеділок і сьогодні", ["2022-03-14", "2022-03-16"]),
    ("ru", "окружающая среда", []),  # the nominative is the common noun
])
def test_extract_dates_weekdays_and_relative_days_follow_the_document_date(lang, text, expected):
    assert named(text, lang, "2022-03-16") == expected


@pytest.mark.parametrize("doc_date", [None, "2022-03", "2022"])
def test_extract_dates_weekdays_need_a_full_document_date(doc_date):
    assert named("yesterday and on Monday", "en", doc_date) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le 3 mars, la police est arrivée. La veille, des manifestants", ["2022-03-03", "2022-03-02"]),
    ("en", "On March 9 troops left. The day before, officials", ["2022-03-09", "2022-03-08"]),
])
def test_extract_dates_the_day_before_follows_the_previous_date(lang, text, expected):
    from kzgraph.corpus import document_from_text
    from kzgraph.extract.pipeline import DATES, parse
    doc = parse(document_from_text(text, lang=lang, date="2022-03-16"))
    assert [s._.kz_date for s in doc.spans[DATES]] == expected
