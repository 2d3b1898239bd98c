"""Calendar dates in text ("5 січня", "6 января", "January 9", "le 5 janvier", "5 stycznia 2022").

Month names come from ``ontology/lexicon.ttl`` (category ``month``), so a new
language is a data change.  Recognised shapes: day + month (+ year), month +
day (+ year), month + year, ISO ``2022-01-05`` and numeric ``05.01.2022``; a
connector may stand between day and month ("6 de enero"); abbreviated months
("13 Ene.", "Jan. 9", "6 janv.") count only next to a day.

Days named without a calendar date are resolved against the document's own
date, and only when that date is complete (``2022-01-13``; a month alone
resolves nothing): weekdays ("w środę", "el jueves", "on Thursday") are the
latest such day up to the document's date (the next one after it with a word
like "next"/"prochain"), relative days ("вчера", "ieri", "yesterday") are
offsets from it, and "the day before" ("la veille", "накануне") is the day
before the latest date named earlier in the document.

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
>>> [d.iso for d in find_dates(make_words("El 6 de enero y este jueves", "es"), "es", lex, 2022,
...                            doc_date="2022-01-13")]
['2022-01-06', '2022-01-13']
>>> [d.iso for d in find_dates(make_words("Ieri e mercoledì", "it"), "it", lex, 2022, doc_date="2022-01")]
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Sequence

from .lexicon import Lexicon, Word, make_words

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
               text: str = "", offset: int = 0, ref_month: int | None = None,
               doc_date: str | None = None, previous: str | None = None) -> list[DateMention]:
    """Every date in ``words`` (and numeric dates in ``text``, whose offsets start at ``offset``).

    ``doc_date`` (``YYYY-MM-DD``) resolves weekdays and relative days;
    ``previous`` (the latest full date named before these words) anchors "the
    day before".
    """
    months = lexicon.table("month", lang)
    if not months:
        months = lexicon.table("month", "en")
    abbrevs = lexicon.table("month-abbrev", lang)
    connectors = lexicon.table("date-connector", lang)
    years = lexicon.table("year-word", lang)
    ordinal = _ordinal(lexicon)
    homonyms = {form.casefold() for form in lexicon.forms("month-homonym").get(lang, ())}
    found: list[DateMention] = []
    used: set[int] = set()
    for i in range(len(words)):
        if i in used:
            continue
        hit = months.match(words, i)
        abbreviated = False
        if not hit:
            hit = abbrevs.match(words, i) if abbrevs else None
            if not hit:
                continue
            abbreviated = True
        n, month = hit
        month = int(month)
        if words[i].is_capitalised and words[i].lower in homonyms \
                and not _day_at(words, i - 1, ordinal) and not _day_at(words, i + n, ordinal):
            continue  # "May" the verb, "Mar" … only count next to a day
        first, last = i, i + n - 1
        day = None
        link = connectors.match(words, i - 1) if connectors and i >= 2 else None
        if _day_at(words, i - 1, ordinal) and i - 1 not in used and _adjacent(words, i - 1, i):
            day, first = _day_at(words, i - 1, ordinal), i - 1
        elif link and link[0] == 1 and _day_at(words, i - 2, ordinal) and i - 2 not in used and \
                _adjacent(words, i - 2, i - 1) and _adjacent(words, i - 1, i):
            day, first = _day_at(words, i - 2, ordinal), i - 2  # "6 de enero"
        elif _day_at(words, i + n, ordinal) and _adjacent(words, i + n - 1, i + n, max_gap=3 if abbreviated else 2):
            day, last = _day_at(words, i + n, ordinal), i + n
        if abbreviated and day is None:
            continue  # "mar", "gen", "set" alone are words, not months
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
    found.extend(_named_days(words, lang, lexicon, used, doc_date, previous))
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


def _full_date(iso: str | None) -> date | None:
    if not iso or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def _named_days(words: Sequence[Word], lang: str, lexicon: Lexicon, used: set[int],
                doc_date: str | None, previous: str | None) -> list[DateMention]:
    """Weekdays, relative days and "the day before", resolved against the document's date."""
    today = _full_date(doc_date)
    if today is None:
        return []
    weekdays = lexicon.table("weekday", lang)
    # weekdays match as written, not by lemma: "в среду" is a day, "среда" an environment;
    # a form of several words ("quinta-feira") is checked on its first word
    weekday_forms = {words_of[0].lower for f in lexicon.forms("weekday").get(lang, ())
                     if (words_of := make_words(f, lang))}
    relative = lexicon.table("relative-day", lang)
    before = lexicon.table("day-before", lang)
    nexts, nexts_after = lexicon.table("weekday-next", lang), lexicon.table("weekday-next-after", lang)
    out: list[DateMention] = []
    i = 0
    while i < len(words):
        if i in used:
            i += 1
            continue
        day: date | None = None
        n = 0
        hit = weekdays.match(words, i) if weekdays else None
        if hit and words[i].lower in weekday_forms:
            n, value = hit
            forward = bool(nexts and nexts.match_ending(words, i)) or \
                bool(nexts_after and nexts_after.match(words, i + n))
            delta = (today.isoweekday() - int(value)) % 7
            day = today + timedelta(days=(7 - delta) or 7) if forward else today - timedelta(days=delta)
        elif relative and (hit := relative.match(words, i)):
            n, value = hit
            day = today + timedelta(days=int(value))
        elif before and (hit := before.match(words, i)):
            n, value = hit
            day = (_full_date(previous) or today) + timedelta(days=int(value))
        if day is None:
            i += 1
            continue
        out.append(DateMention(words[i].start, words[i + n - 1].end, "", day.month, day.day, day.year, True))
        used.update(range(i, i + n))
        i += n
    return out


@lru_cache(maxsize=8)
def _ordinal(lexicon: Lexicon) -> re.Pattern:
    """A day number with any language's ordinal ending (lexicon category ``ordinal-suffix``)."""
    endings = sorted({form for forms in lexicon.forms("ordinal-suffix").values() for form in forms},
                     key=lambda e: (-len(e), e))
    return re.compile(f"^(\\d{{1,2}})(?:-?(?:{'|'.join(re.escape(e) for e in endings)}))?$", re.IGNORECASE)


def _day_at(words: Sequence[Word], i: int, ordinal: re.Pattern) -> int | None:
    if 0 <= i < len(words):
        m = ordinal.match(words[i].text)
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
