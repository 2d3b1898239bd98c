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
    ("en", "on the 10th of January", []),  # "of" between: not a date shape we read
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
