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
A date that gives its year keeps it (``source`` ``"stated"``).  A year-less
date ("5 січня", "January 7", "le 2 janvier") is resolved, in this order
(:func:`resolve_years`, then :func:`resolve_corpus_dates`), against:

1. the document's date (``"document"``): its metadata (a ``date`` header, a
   JSONL field, ``kzgraph load --date``), else its dateline (a full date in
   its first :data:`DATELINE_CHARS` characters, :func:`dateline`);
2. a full date the document states (``"document"``): the nearest one before
   it, else the first after it; else the latest plausible year the text names
   (a news text about January that says "2022" once means January 2022);
3. the documents loaded with it (``"corpus"``): the most common year-month of
   the other documents' dates (:func:`corpus_month`).

The year chosen is the one that puts the day nearest to the anchor: more
than six months after the anchor's month is the year before (an article of
2022-01 that says "28 December"), more than six months before it the year
after.  A date none of these resolves stays partial: ``iso`` is ``None`` and
:attr:`DateMention.value` is the ISO 8601 partial form ``--01-05``, which
relations carry as their ``date`` (with ``date_source`` ``None``); it is
never dropped.  ``find_dates`` itself fills only ``ref_year`` when given one.

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
    source: str | None = None  # how the year is known: "stated", "document", "corpus" (None: unknown)

    @property
    def partial(self) -> str:
        """The ISO 8601 form without a year: ``--01-05`` (``--01`` without a day)."""
        return f"--{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")

    @property
    def value(self) -> str:
        """:attr:`iso` when the year is known, else :attr:`partial` (a date is never dropped)."""
        return self.iso or self.partial

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
               doc_date: str | None = None, previous: "DateMention | str | None" = None
               ) -> list[DateMention]:
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
    # (a sentence with no word opening a month's name, most of them, is not walked)
    for i in range(len(words)) if months.may_match(words) or abbrevs and abbrevs.may_match(words) else ():
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
        found.append(DateMention(words[first].start, words[last].end, "", month, day, year, given,
                                 "stated" if given else ("document" if year is not None else None)))
    found.extend(_named_days(words, lang, lexicon, used, doc_date, previous))
    for rx, order in ((_ISO, "ymd"), (_DMY, "dmy")):
        for m in rx.finditer(text):
            parts = dict(zip(order, (int(g) for g in m.groups())))
            if 1 <= parts["m"] <= 12 and 1 <= parts["d"] <= 31:
                found.append(DateMention(m.start() + offset, m.end() + offset, "", parts["m"],
                                         parts["d"], parts["y"], True, "stated"))
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
                doc_date: str | None, previous: "DateMention | str | None") -> list[DateMention]:
    """Weekdays, relative days and "the day before/after", resolved against the document's date.

    "The day before" ("la veille") and "the next day" ("le lendemain", lexicon
    category ``day-before`` with a signed value) count from ``previous``, the
    latest date named before them, even one whose year is unknown (the result
    is then partial too); without one, from the document's date.
    """
    today = _full_date(doc_date)
    anchor, anchor_year, anchor_source = _anchor(previous)
    if today is None and anchor is None:
        return []
    weekdays = lexicon.table("weekday", lang) if today is not None else None
    # weekdays match as written, not by lemma: "в среду" is a day, "среда" an environment;
    # a form of several words ("quinta-feira") is checked on its first word
    weekday_forms = {words_of[0].lower for f in lexicon.forms("weekday").get(lang, ())
                     if (words_of := make_words(f, lang))} if weekdays else set()
    relative = lexicon.table("relative-day", lang) if today is not None else None
    # a day of the month named alone ("el día 5", "il giorno 5", "5-го числа"): of the document's month,
    # else of the month before when that day is still to come
    day_word = lexicon.table("day-of-month-word", lang) if today is not None else None
    day_word_after = lexicon.table("day-of-month-word-after", lang) if today is not None else None
    before = lexicon.table("day-before", lang)
    nexts, nexts_after = lexicon.table("weekday-next", lang), lexicon.table("weekday-next-after", lang)
    out: list[DateMention] = []
    if not any(table.may_match(words) for table in (weekdays, relative, day_word, day_word_after, before) if table):
        return out  # no word of the sentence opens a phrase of any of the tables below
    i = 0
    while i < len(words):
        if i in used:
            i += 1
            continue
        day: date | None = None
        year_known, source = True, "document"
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
        elif day_word and (hit := day_word.match(words, i)) and i + hit[0] not in used \
                and (number := _month_day(words, i + hit[0])):
            n = hit[0] + 1
            day = _day_of_month(today, number)
        elif day_word_after and (number := _month_day(words, i)) and \
                (hit := day_word_after.match(words, (k := _after_suffix(words, i)))):
            n = k - i + hit[0]
            day = _day_of_month(today, number)
        elif before and (hit := before.match(words, i)):
            n, value = hit
            if anchor is not None:
                day = anchor + timedelta(days=int(value))
                year_known, source = anchor_year, anchor_source
            else:
                day = today + timedelta(days=int(value))
        if day is None:
            i += 1
            continue
        out.append(DateMention(words[i].start, words[i + n - 1].end, "", day.month, day.day,
                               day.year if year_known else None, False, source if year_known else None))
        used.update(range(i, i + n))
        i += n
    return out


def _month_day(words: Sequence[Word], i: int) -> int | None:
    """The day number at word ``i`` ("5", "5-го"), or ``None``."""
    if not 0 <= i < len(words):
        return None
    m = re.match(r"^(\d{1,2})(?:-?\w{1,3})?$", words[i].text)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def _after_suffix(words: Sequence[Word], i: int) -> int:
    """The word after the number at ``i`` and its ordinal ending written on it ("5-го" -> "5", "го")."""
    k = i + 1
    if k < len(words) and len(words[k].text) <= 3 and words[k].text.isalpha() and words[k].start - words[i].end <= 1:
        k += 1
    return k


def _day_of_month(today: date, number: int) -> date | None:
    """Day ``number`` of the month of ``today``, or of the month before when it is after ``today``."""
    year, month = today.year, today.month
    if number > today.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return date(year, month, number)
    except ValueError:
        return None


# The year standing in for an unknown one in day arithmetic: not a leap year, so
# "the day after 28 February" is 1 March; 29 February without a year is dropped.
_NO_YEAR = 2001


def _anchor(previous: "DateMention | str | None") -> tuple[date | None, bool, str | None]:
    """``previous`` as a day, whether its year is known, and how."""
    if isinstance(previous, DateMention):
        if previous.day is None:
            return None, False, None
        try:
            return (date(previous.year or _NO_YEAR, previous.month, previous.day),
                    previous.year is not None, previous.source)
        except ValueError:
            return None, False, None
    full = _full_date(previous)
    return full, full is not None, "document" if full else None


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


# -- years: the document, a full date it states, the corpus --------------------------------

DATELINE_CHARS = 200  # a full date this close to the text's start dates the document (a dateline)


def dateline(mentions: Sequence[DateMention]) -> str | None:
    """The document date a text gives itself: a full date (day, month and written year) in its
    first :data:`DATELINE_CHARS` characters ("ALMATY, 5 January 2022 —", "Paris, le 6 janvier 2022")."""
    for d in mentions:
        if d.start >= DATELINE_CHARS:
            break
        if d.year_given and d.day:
            return d.iso
    return None


def year_near(month: int, anchor_year: int, anchor_month: int | None, both_ways: bool = True) -> int:
    """The year of a day-and-month date named near a date of ``anchor_year``-``anchor_month``.

    More than six months after the anchor's month it is the year before (an
    article of January that says "28 December"); with ``both_ways``, more than
    six months before it, the year after (a text dated 28 December 2021 that
    then says "5 January").

    >>> year_near(12, 2022, 1), year_near(1, 2021, 12), year_near(1, 2021, 12, both_ways=False)
    (2021, 2022, 2021)
    """
    if anchor_month is None:
        return anchor_year
    if month - anchor_month > 6:
        return anchor_year - 1
    if both_ways and anchor_month - month > 6:
        return anchor_year + 1
    return anchor_year


def resolve_years(mentions: Sequence[DateMention], doc_date: str | None, text: str = "") -> list[DateMention]:
    """Give each year-less date of one document its year, and say how (``source``).

    In order: the document's date (``"document"``: metadata or dateline); else
    the nearest full date the document states (the one before it, else the
    first after it; ``"document"``); else the latest plausible year the text
    names (``"document"``).  A date none of these resolves keeps no year
    (``iso`` is ``None``, :attr:`DateMention.partial` shows it): the corpus may
    resolve it later (:func:`resolve_corpus_dates`).

    >>> from kzgraph.extract.lexicon import Lexicon, make_words
    >>> lex = Lexicon.load()
    >>> found = find_dates(make_words("On 28 December 2021 X. On January 5 Y.", "en"), "en", lex, None)
    >>> [(d.iso, d.source) for d in resolve_years(found, None)]
    [('2021-12-28', 'stated'), ('2022-01-05', 'document')]
    >>> [d.value for d in resolve_years(find_dates(make_words("le 5 janvier", "fr"), "fr", lex, None), None)]
    ['--01-05']
    """
    out = list(mentions)
    doc_year = int(doc_date[:4]) if doc_date and re.match(r"\d{4}", doc_date) else None
    doc_month = int(doc_date[5:7]) if doc_date and re.match(r"\d{4}-\d{2}", doc_date) else None
    full = [d for d in out if d.year_given and d.day]
    text_year = reference_year(None, text)
    for k, d in enumerate(out):
        if d.year is not None:
            continue
        if doc_year is not None:
            year = year_near(d.month, doc_year, doc_month)
        elif full:
            before = [f for f in full if f.start <= d.start]
            anchor = before[-1] if before else full[0]
            year = year_near(d.month, anchor.year, anchor.month)
        elif text_year is not None:
            year = text_year
        else:
            continue
        out[k] = replace(d, year=year, source="document")
    return out


def resolve_value(value: str | None, year: int, month: int | None) -> str | None:
    """A partial ``--MM-DD`` given its year near ``year``-``month``; other values unchanged.

    >>> resolve_value("--01-05", 2022, 1), resolve_value("--12-30", 2022, 1), resolve_value("2021-05-01", 2022, 1)
    ('2022-01-05', '2021-12-30', '2021-05-01')
    """
    m = re.fullmatch(r"--(\d{2})(-\d{2})?", value or "")
    if not m:
        return value
    return f"{year_near(int(m.group(1)), year, month):04d}-{m.group(1)}{m.group(2) or ''}"


def corpus_month(dates: Sequence[str | None]) -> tuple[int, int | None] | None:
    """The most common year-month of ``dates`` (the latest on a tie), as ``(year, month)``.

    >>> corpus_month(["2022-01", "2022-01-07", "2021-12-30", None])
    (2022, 1)
    """
    counts: dict[tuple[int, int | None], int] = {}
    for value in dates:
        m = re.match(r"(\d{4})(?:-(\d{2}))?", value or "")
        if m:
            key = (int(m.group(1)), int(m.group(2)) if m.group(2) else None)
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], k[0], k[1] or 0))


def resolve_corpus_dates(extractions: Sequence) -> list:
    """Resolve the partial dates of each extraction against the documents loaded with it.

    The corpus date of a document is the most common year-month of the
    *other* documents' dates; when none has a date, of the full dates their
    relations carry.  A relation or figure date resolved so gets
    ``date_source`` ``"corpus"``; one with no corpus date stays partial.
    """
    doc_dates = [ex.document.date for ex in extractions]
    rel_dates = [[r.date for r in ex.relations if r.date and not r.date.startswith("--")]
                 for ex in extractions]
    out = []
    for k, ex in enumerate(extractions):
        partial = any((r.date or "").startswith("--") for r in ex.relations) or \
            any((q.as_of or "").startswith("--") for q in ex.quantities)
        if not partial:
            out.append(ex)
            continue
        others = [d for j, d in enumerate(doc_dates) if j != k]
        anchor = corpus_month(others) or corpus_month([d for j, ds in enumerate(rel_dates) if j != k for d in ds])
        if anchor is None:
            out.append(ex)
            continue
        year, month = anchor
        rels = tuple(replace(r, date=resolve_value(r.date, year, month), date_source="corpus")
                     if (r.date or "").startswith("--") else r for r in ex.relations)
        qs = tuple(replace(q, as_of=resolve_value(q.as_of, year, month))
                   if (q.as_of or "").startswith("--") else q for q in ex.quantities)
        out.append(replace(ex, relations=rels, quantities=qs))
    return out


__all__ = ["DateMention", "find_dates", "reference_year", "dateline", "year_near", "resolve_years",
           "resolve_value", "corpus_month", "resolve_corpus_dates"]
