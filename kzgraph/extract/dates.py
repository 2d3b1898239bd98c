"""Calendar dates in text ("5 січня", "6 января", "January 9", "le 5 janvier", "5 stycznia 2022").

Month names come from ``ontology/lexicon.ttl`` (category ``month``), so a new
language is a data change.  Recognised shapes: day + month (+ year), month +
day (+ year), month + year, ISO ``2022-01-05`` and numeric ``05.01.2022``.

Year policy
-----------
A date that gives its year keeps it.  Otherwise the year is the *reference
year*: the year of the document's own date (``Document.date``, e.g.
``2022-01``), else ``default_year`` passed by the caller, else the latest
plausible year the document's text names (a news text about January that
says "2022" once means January 2022).  With none of these, the date has no
ISO form (``iso`` is ``None``) rather than a guessed year.  A day-and-month
date more than six months after a document date month is taken to be from
the year before (an article of 2022-01 that says "28 December").

Examples
--------
>>> from kzgraph.extract.lexicon import Lexicon, make_words
>>> lex = Lexicon.load()
>>> [d.iso for d in find_dates(make_words("5 січня та 6 січня 2021 року", "uk"), "uk", lex, 2022)]
['2022-01-05', '2021-01-06']
>>> [d.iso for d in find_dates(make_words("As of January 9, 2022", "en"), "en", lex, None)]
['2022-01-09']
>>> find_dates(make_words("le 5 janvier", "fr"), "fr", lex, None)[0].iso is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from .lexicon import Lexicon, Word

_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|re|e|eme|ème|go|-?го|-?е|-?я|\.)?$", re.IGNORECASE)
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DMY = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])")


@dataclass(frozen=True)
class DateMention:
    """A date in the text: offsets, the parts it gives, and its ISO form if the year is known."""

    start: int
    end: int
    text: str
    month: int
    day: int | None = None
    year: int | None = None  # as written, or filled from the reference year
    year_given: bool = False

    @property
    def iso(self) -> str | None:
        """``YYYY-MM-DD`` (``YYYY-MM`` without a day), or ``None`` without a year."""
        if self.year is None:
            return None
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")


def reference_year(doc_date: str | None, text: str = "", default_year: int | None = None) -> int | None:
    """The year that fills dates written without one (see the module's year policy).

    >>> reference_year("2022-01"), reference_year(None, "в 2021 и 2022 годах"), reference_year(None)
    (2022, 2022, None)
    """
    if doc_date and re.match(r"\d{4}", doc_date):
        return int(doc_date[:4])
    if default_year is not None:
        return default_year
    years = [int(y) for y in _YEAR_IN_TEXT.findall(text)]
    return max(years) if years else None


def find_dates(words: Sequence[Word], lang: str, lexicon: Lexicon, ref_year: int | None,
               text: str = "", offset: int = 0, ref_month: int | None = None) -> list[DateMention]:
    """Every date in ``words`` (and numeric dates in ``text``, whose offsets start at ``offset``)."""
    months = lexicon.table("month", lang)
    if not months:
        months = lexicon.table("month", "en")
    years = lexicon.table("year-word", lang)
    found: list[DateMention] = []
    used: set[int] = set()
    for i in range(len(words)):
        if i in used:
            continue
        hit = months.match(words, i)
        if not hit:
            continue
        n, month = hit
        month = int(month)
        if words[i].is_capitalised and words[i].lower in ("may", "mar", "jan", "dec") and lang == "en" \
                and not _day_at(words, i - 1) and not _day_at(words, i + n):
            continue  # "May" the verb, "Mar" … only count next to a day
        first, last = i, i + n - 1
        day = None
        if _day_at(words, i - 1) and i - 1 not in used and _adjacent(words, i - 1, i):
            day, first = _day_at(words, i - 1), i - 1
        elif _day_at(words, i + n) and _adjacent(words, i + n - 1, i + n):
            day, last = _day_at(words, i + n), i + n
        year = None
        nxt = last + 1
        if nxt < len(words) and _is_year(words[nxt].text) and _adjacent(words, last, nxt, max_gap=3):
            year, last = int(words[nxt].text), nxt
            hit_year = years.match(words, last + 1)
            if hit_year:
                last += hit_year[0]
        elif day is None:
            continue  # a bare month name is no date ("in January")
        if day is not None and not 1 <= day <= 31:
            continue
        used.update(range(first, last + 1))
        given = year is not None
        if year is None and ref_year is not None:
            year = ref_year
            if ref_month is not None and month - ref_month > 6:
                year -= 1
        found.append(DateMention(words[first].start, words[last].end, "", month, day, year, given))
    for rx, order in ((_ISO, "ymd"), (_DMY, "dmy")):
        for m in rx.finditer(text):
            parts = dict(zip(order, (int(g) for g in m.groups())))
            if 1 <= parts["m"] <= 12 and 1 <= parts["d"] <= 31:
                found.append(DateMention(m.start() + offset, m.end() + offset, "", parts["m"],
                                         parts["d"], parts["y"], True))
    found.sort(key=lambda d: d.start)
    if text:
        found = [replace(d, text=text[d.start - offset:d.end - offset]) for d in found]
    return found


def _day_at(words: Sequence[Word], i: int) -> int | None:
    if 0 <= i < len(words):
        m = _ORDINAL.match(words[i].text)
        if m:
            day = int(m.group(1))
            return day if 1 <= day <= 31 else None
    return None


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def _adjacent(words: Sequence[Word], a: int, b: int, max_gap: int = 2) -> bool:
    """Whether words ``a`` and ``b`` are separated by at most a space or a comma."""
    return 0 <= b - a == 1 and words[b].start - words[a].end <= max_gap


__all__ = ["DateMention", "find_dates", "reference_year"]
