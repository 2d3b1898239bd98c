"""Figures: how many were detained, killed, injured … with qualifier, source and as-of date.

For every number in a sentence (digits with any language's thousands
separators — ``5 135``, ``5,969``, ``4 266`` with no-break or thin spaces,
``5.000`` — and spelled-out multipliers and small numbers from the lexicon:
``4 тисячі``, ``ponad 5 tysięcy``, ``более тысячи``, ``two soldiers``):

1. *Not a figure*: part of a date ("5 січня", "January 9"), a year ("2022",
   "2022 року"), a time, a percentage, money, a code ("Il-76", "Хабар-24"),
   or a part of an earlier figure ("80 of them", "з них").
2. *What it counts*: the word after the number (skipping machine-translation
   placeholders like "XNUMX" and words of a mention such as "Russian").  A
   quantity kind's count noun ("żołnierzy", "troops") gives the kind; a person
   noun ("осіб", "people") or nothing (ellipsis: "a ponad 1300 zostało
   rannych") asks for a trigger; any other noun ("days", "transports") means
   the number is not a figure of any kind.
3. *Trigger*: the kind's trigger words (``ontology/quantities.ttl``) in the
   number's clause (commas, colons, dashes and brackets bound clauses;
   bracketed asides are skipped), else in the next clause when the figure
   counts people.  The nearest trigger wins.  Casualty kinds narrow to their
   officers' kind (``kz:specialises``) when the count noun names officers,
   when the sentence says the victims are "among" officers, or when an
   elliptical figure follows an officers' figure.  A bare number with no noun
   and no trigger ("… then the number decreased to 17") continues the kind of
   the figure before it in the sentence.
4. *Qualifier* from the words right before the number ("понад" -> "more
   than"); *source* from a cue ("according to X", "по данным X", "według X")
   or a verb of saying (X "повідомляє", "oświadczył"), as the PERSON or ORG
   mention it points at (see :meth:`QuantityFinder._source`); *as-of* date
   from an "as of" cue, else the nearest date before the number in its
   clause that does not start the period counted ("since January 2"); a date
   without a year is kept partial (``--01-09``).  *Status* ``reported`` when a
   source is named or the sentence reports without naming one, ``negated``
   right after a negation ("were not detained"), else ``asserted``.  *Scope*:
   the place below the country, or for troops the sender, in the figure's
   clause (see :meth:`QuantityFinder._scope`).  The document-level context
   (sources and denials across sentences) is :mod:`kzgraph.extract.figure_context`'s.

Examples
--------
>>> from kzgraph.corpus import document_from_text
>>> from kzgraph.extract import extract
>>> ex = extract(document_from_text("Policja zatrzymała ponad 5 tysięcy osób, a 16 funkcjonariuszy zginęło.",
...                                 lang="pl"))
>>> [(q.what, q.value, q.qualifier) for q in ex.quantities]
[('detained', 5000, 'more than'), ('killed_officers', 16, None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..model import Document, Mention, QuantityMention
from .claim_status import decide, reader as claim_reader
from .dates import DateMention
from .lexicon import Lexicon, Word

_SEP_SPACE = "[ \u00a0\u202f\u2009]"
_NUMBER = re.compile(
    rf"(?<![\w.,/:\-#№$€£₽¥])"
    rf"(\d{{1,3}}(?:{_SEP_SPACE}\d{{3}}(?!\d))+"  # 5 135 (spaces, no-break, narrow no-break, thin)
    rf"|\d{{1,3}}(?:,\d{{3}}(?!\d))+"  # 5,969
    rf"|\d{{1,3}}(?:\.\d{{3}}(?!\d))+"  # 5.000
    rf"|\d+(?:[.,]\d+)?)"  # 4266, 3,5
    rf"(?![\w%‰°$€£₽¥]|[.,:]\d|-\w)")
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s")
_YEAR_MIN, _YEAR_MAX = 1900, 2100
_CASUALTY_WINDOW = 4  # words after "among" in which an officer noun must stand
_SPEAKER_REACH = 14  # words before a verb of saying in which its subject may stand
_SPEAKER_AFTER = 7  # words after it ("сообщил руководитель службы … прокуратуры")
_ANAPHOR_REACH = 400  # characters back in which "the alliance" finds the organisation it names
_SOURCE_PHRASE = 6  # words after a source cue that name the source, not the figure's place
_SINCE_REACH = 5  # words between "since" and its date ("seit Beginn der Proteste am 28. November")
_SPEAKERS = ("PERSON", "ORG")
_HOLDER_GAP = 3  # characters between an organisation and the name of its head ("MSW Jerłan …")
_PLACES = ("GPE", "LOC")


@dataclass(frozen=True)
class _Figure:
    value: int
    start: int  # char offsets of the figure in the document
    end: int
    first: int  # word index range of the figure
    last: int  # inclusive


class QuantityFinder:
    """Figures of one language; the word sets come from the lexicon."""

    def __init__(self, lang: str, lexicon: Lexicon, countries: frozenset[str] = frozenset(),
                 national_groups: dict[str, str] | None = None):
        self.lang = lang
        t = lambda category: lexicon.table(category, lang)  # noqa: E731
        self.qualifiers = t("qualifier")
        self.multipliers = t("multiplier")
        self.numbers = t("number")
        self.placeholders = t("number-placeholder")
        self.person_nouns = t("person-noun")
        self.link_words = t("link-word")
        self.partitives = t("partitive")
        self.among = t("among")
        self.source_cues = t("source-cue")
        self.speech_verbs = t("speech-verb")
        self.as_of_cues = t("as-of-cue")
        self.relay_cues = t("relay-cue")
        self.anaphors = t("source-anaphor")
        self.unnamed_reports = t("unnamed-report")
        self.claims = claim_reader(lang, lexicon)  # negation, plans: the words relations read too
        self.since_cues = t("since-cue")
        self.scope_in = t("scope-in")
        self.scope_from = t("scope-from")
        self.scope_part = t("scope-part")
        self.scope_to = t("scope-to")
        self.countries = countries
        self.national_groups = national_groups or {}  # "russian-troops" -> "russia"
        self.back_references = t("back-reference")
        self.roles = t("role")
        self.denials = t("figure-denial")
        self.retractions = t("figure-retraction")
        self.deixis = t("figure-deixis")
        self.troop_kinds = frozenset(str(v) for v in self.scope_from.phrases.values())  # scoped by sender
        self.year_words = t("year-word")
        self.triggers = t("trigger")
        self.count_nouns = t("countNoun")
        self.member_nouns = t("member-noun")
        self.subset_cues = t("subset-cue")
        self.specialised = lexicon.specialised  # killed -> killed_officers
        self.officer_kinds = frozenset(self.specialised.values())

    def find(self, document: Document, sentence: tuple[int, int], words: Sequence[Word],
             mentions: Sequence[Mention], dates: Sequence[DateMention],
             earlier: Sequence[Mention] = ()) -> list[QuantityMention]:
        """The figures of one sentence (``sentence`` = its document offsets).

        ``earlier`` are the document's mentions before the sentence: a source
        named by a generic noun or pronoun ("nach Angaben des Bündnisses") is
        the latest of them of its kind.
        """
        if not self.triggers and not self.count_nouns:
            return []
        s_start, s_end = sentence
        text = document.text
        figures = self._figures(text, s_start, s_end, words, dates)
        if not figures:
            return []
        clause_of = self._clauses(text, words)
        gaps = [text[words[i - 1].end:w.start] if i else "" for i, w in enumerate(words)]
        mention_words = {i for i, w in enumerate(words)
                         if any(m.start <= w.start and w.end <= m.end for m in mentions)}
        officers_here = self._officers_among(words)
        source = self._source(words, mentions, earlier, text)
        unnamed = source is None and any(True for _ in self.unnamed_reports.find(words))
        as_of_cue = self._as_of_cue(words, dates)
        out: list[QuantityMention] = []
        seen: set[tuple[str, int]] = set()
        previous: tuple[str, bool] | None = None  # (kind, counted officers)
        for fig in figures:
            kind, officers = self._kind(fig, words, gaps, clause_of, mention_words, officers_here, previous)
            if kind is None:
                continue
            previous = (kind, officers)
            if (kind, fig.value) in seen:
                continue
            seen.add((kind, fig.value))
            qualifier = self.qualifiers.match_ending(words, fig.first)
            as_of = as_of_cue or self._date_before(fig, dates, words, clause_of)
            status = decide(negated=self._negated(fig, words, clause_of, kind),
                            prospect=self.claims.prospect(words, fig.first, _clause_span(clause_of, fig.first)),
                            reported=source is not None or unnamed)
            scope, place = self._scope(fig, kind, words, gaps, clause_of, mentions)
            out.append(QuantityMention(
                what=kind, value=fig.value, doc=document.id, sentence=text[s_start:s_end].strip(),
                start=s_start, end=s_end, lang=document.lang,
                qualifier=str(qualifier[1]) if qualifier else None,
                according_to=source, as_of=as_of, as_of_source="stated" if as_of else None,
                status=status, scope=scope, scope_mention=place))
        return out

    # -- numbers ---------------------------------------------------------------------
    def _figures(self, text: str, s_start: int, s_end: int, words: Sequence[Word],
                 dates: Sequence[DateMention]) -> list[_Figure]:
        index = {w.start: i for i, w in enumerate(words)}
        ends = {w.end: i for i, w in enumerate(words)}
        figures: list[_Figure] = []
        used: set[int] = set()
        for m in _NUMBER.finditer(text, s_start, s_end):
            start, end = m.start(), m.end()
            if start not in index or end not in ends:
                continue
            first, last = index[start], ends[end]
            if any(d.start <= start < d.end for d in dates):
                continue
            raw = m.group(1)
            value = _parse_number(raw, self.multipliers.match(words, last + 1) is not None)
            if value is None:
                continue
            hit = self.multipliers.match(words, last + 1)
            if hit:
                value = value * float(hit[1])
                last += hit[0]
                end = words[last].end
            if float(value) != int(value) or value <= 0:
                continue
            value = int(value)
            if self._is_year(raw, words, last):
                continue
            figures.append(_Figure(value, start, end, first, last))
            used.update(range(first, last + 1))
        spelled = self.multipliers.may_match(words) or self.numbers.may_match(words)
        for i, w in enumerate(words) if spelled else ():  # spelled-out: "более тысячи", "two soldiers"
            if i in used:
                continue
            mult = self.multipliers.match(words, i)
            if mult and self.qualifiers.match_ending(words, i):
                last = i + mult[0] - 1
                figures.append(_Figure(int(mult[1]), w.start, words[last].end, i, last))
                continue
            small = self.numbers.match(words, i)
            if small and self._counts_something(words, i + small[0]):
                last = i + small[0] - 1
                figures.append(_Figure(int(small[1]), w.start, words[last].end, i, last))
        figures.sort(key=lambda f: f.start)
        return figures

    def _is_year(self, raw: str, words: Sequence[Word], last: int) -> bool:
        if not raw.isdigit() or not _YEAR_MIN <= int(raw) <= _YEAR_MAX:
            return False
        return not self._counts_something(words, last + 1) or bool(self.year_words.match(words, last + 1))

    def _counts_something(self, words: Sequence[Word], k: int) -> bool:
        return bool(self.person_nouns.match(words, k) or self.count_nouns.match(words, k))

    # -- kinds ---------------------------------------------------------------------------
    def _kind(self, fig: _Figure, words: Sequence[Word], gaps: Sequence[str], clause_of: list[int],
              mention_words: set[int],
              officers_here: bool, previous: tuple[str, bool] | None) -> tuple[str | None, bool]:
        k = fig.last + 1
        while k < len(words) and k - fig.last <= 3 and not self._counts_something(words, k) and \
                (self.placeholders.match(words, k) or k in mention_words):
            k += 1  # "3600 XNUMX militaires", "5,000 Russian troops"
        if self.partitives.match(words, k) or self.partitives.match(words, fig.last + 1):
            return None, False
        adjacent = self._adjacent(gaps, fig.last, k)
        if adjacent and self.member_nouns.match(words, k):  # "18 membri delle forze dell'ordine"
            m = k + self.member_nouns.match(words, k)[0]
            for j in range(m, min(m + 3, len(words))):
                if clause_of[j] != clause_of[k]:
                    break
                if self.count_nouns.match(words, j) or self.person_nouns.match(words, j):
                    k = j
                    break
        counted = self.count_nouns.match(words, k) if adjacent else None
        person = self.person_nouns.match(words, k) if adjacent else None
        elliptical = False
        if counted:
            kind = str(counted[1])
            if kind not in self.officer_kinds:
                return kind, False  # troops: the noun says it all
            trigger = self._trigger(fig, words, clause_of, allow_next=True, after=k + counted[0])
            base = trigger if trigger in self.specialised else None
            if base is None and previous is not None and previous[0] in self.specialised and \
                    self._after_subset_cue(words, fig.first):
                base = previous[0]  # "225 morts, dont 19 policiers"
            return (self.specialised[base], True) if base else (None, False)
        if not person:
            before = self._trigger_before(words, fig.first, clause_of)
            if before is not None and k < len(words) and adjacent and \
                    not self.count_nouns.match(words, k):
                return before, False  # "sono stati uccisi 26 «criminali»": the verb says what
            if k < len(words) and adjacent and \
                    not (self.link_words.match(words, k) or self.triggers.match(words, k)):
                return None, False  # "2 autres transports", "7 days": counts something else
            elliptical = True
        trigger = self._trigger(fig, words, clause_of, allow_next=bool(person),
                                after=k + person[0] if person else k)
        if trigger is None:
            if elliptical and previous is not None and not self._has_words_after(words, k, clause_of):
                return previous  # "… then the number decreased to 17"
            return None, False
        officers = officers_here or (elliptical and previous is not None and previous[1])
        if officers and trigger in self.specialised:
            return self.specialised[trigger], True
        return trigger, False

    def _trigger(self, fig: _Figure, words: Sequence[Word], clause_of: list[int],
                 allow_next: bool, after: int | None = None) -> str | None:
        """The kind of the trigger that tells what happened to the figure's people.

        A trigger right after the counted noun (link words between) wins: "N
        officers were killed"; else the nearest trigger in the clause.
        """
        clause = clause_of[fig.first]
        k = after if after is not None else fig.last + 1
        while k < len(words) and clause_of[k] == clause and self.link_words.match(words, k):
            k += self.link_words.match(words, k)[0]
        hit = self.triggers.match(words, k) if k < len(words) and clause_of[k] == clause else None
        if hit:
            return str(hit[1])
        best: tuple[int, str] | None = None
        for i, n, kind in self.triggers.find(words):
            if clause_of[i] != clause or fig.first <= i <= fig.last:
                continue
            distance = fig.first - (i + n) if i < fig.first else i - fig.last
            if best is None or distance < best[0]:
                best = (distance, str(kind))
        if best is None and allow_next:
            nxt = [i for i in range(len(words)) if clause_of[i] == clause + 1]
            if nxt and not any(words[i].is_number for i in nxt):
                for i, n, kind in self.triggers.find(words, nxt[0], nxt[-1] + 1):
                    return str(kind)
        return best[1] if best else None

    def _trigger_before(self, words: Sequence[Word], first: int, clause_of: list[int]) -> str | None:
        """The kind of a trigger that ends right before the figure (a qualifier may stand
        between): "were killed 26", "погибли 12", "zginęło ponad 30"."""
        qualifier = self.qualifiers.match_ending(words, first)
        end = first - (qualifier[0] if qualifier else 0)
        hit = self.triggers.match_ending(words, end)
        if hit is None or clause_of[end - hit[0]] != clause_of[first]:
            return None
        return str(hit[1])

    def _after_subset_cue(self, words: Sequence[Word], first: int) -> bool:
        qualifier = self.qualifiers.match_ending(words, first)
        end = first - (qualifier[0] if qualifier else 0)
        return self.subset_cues.match_ending(words, end) is not None

    def _officers_among(self, words: Sequence[Word]) -> bool:
        """The sentence says its victims are officers ("victims among the security forces")."""
        for i, n, _ in self.among.find(words):
            for k in range(i + n, min(i + n + _CASUALTY_WINDOW, len(words))):
                hit = self.count_nouns.match(words, k)
                if hit and hit[1] in self.officer_kinds:
                    return True
        return False

    def _has_words_after(self, words: Sequence[Word], k: int, clause_of: list[int]) -> bool:
        return k < len(words) and clause_of[k] == clause_of[k - 1] and words[k].text[:1].isalpha()

    @staticmethod
    def _adjacent(gaps: Sequence[str], a: int, b: int) -> bool:
        """Words ``a`` < ``b`` follow each other with only spaces or quotes between."""
        return b < len(gaps) and all(not re.search(r"[^\s\"'«»“”„]", gaps[k]) for k in range(a + 1, b + 1))

    def _clauses(self, text: str, words: Sequence[Word]) -> list[int]:
        """A clause number per word; words in brackets share the clause around them."""
        clause, depth = 0, 0
        out: list[int] = []
        for i, w in enumerate(words):
            gap = text[words[i - 1].end:w.start] if i else ""
            opened = gap.count("(") + gap.count("[")
            closed = gap.count(")") + gap.count("]")
            in_number = i and words[i - 1].is_number and w.is_number and len(gap) == 1
            if depth == 0 and opened == 0 and closed == 0 and _CLAUSE_BREAK.search(gap) and not in_number:
                clause += 1
            depth = max(0, depth + opened - closed)
            out.append(clause)
        return out

    # -- source and date ---------------------------------------------------------------
    def source(self, words: Sequence[Word], mentions: Sequence[Mention],
               earlier: Sequence[Mention] = (), text: str | None = None) -> Mention | None:
        """The person or organisation the sentence reports as its source, if any (``text``,
        the document's, lets a cue's source phrase end at a comma)."""
        return self._source(words, mentions, earlier, text)

    def _source(self, words: Sequence[Word], mentions: Sequence[Mention],
                earlier: Sequence[Mention] = (), text: str | None = None) -> Mention | None:
        """A relayed source first ("citing the Ministry"), then an "according to" cue's,
        then the subject of a verb of saying (before it: "X reported that"; after it:
        "…, said X"); a cue followed by a generic noun or a pronoun ("nach Angaben des
        Bündnisses", "по его словам") points back to the latest such mention."""
        speakers = [m for m in mentions if m.label in _SPEAKERS]
        groups = [m for m in mentions if m.label == "GROUP"]
        for table in (self.relay_cues, self.source_cues):
            for i, n, _ in table.find(words):
                found = self._after_cue(words, i, n, speakers, groups, mentions, earlier, text)
                if found is not None:
                    return found
        for i, n, _ in self.speech_verbs.find(words):
            found = self.speaker_of(words, i, n, speakers) or self.speaker_of(words, i, n, groups)
            if found is not None:
                return found
        return None

    def _after_cue(self, words: Sequence[Word], i: int, n: int, speakers: Sequence[Mention],
                   groups: Sequence[Mention], mentions: Sequence[Mention],
                   earlier: Sequence[Mention], text: str | None = None) -> Mention | None:
        cue_end = words[i + n - 1].end
        limit = words[min(i + n + 7, len(words) - 1)].end
        comma = text.find(",", cue_end, limit) if text is not None else -1
        if comma != -1:  # "Selon les données préliminaires, le nombre du contingent de l'OTSC"
            limit = comma
        first_other = min((m.start for m in mentions if cue_end <= m.start <= limit
                           and m.label not in _SPEAKERS and m.label != "GROUP"), default=None)
        for pool in (speakers, groups):
            after = [m for m in pool if cue_end <= m.start <= limit]
            if after and (first_other is None or after[0].start < first_other or pool is speakers):
                return self._holder(words, i + n, after[0], earlier) or after[0]
        # a pronoun inside the cue ("по его словам") or a generic noun right after it
        for k in range(i, min(i + n + 3, len(words))):
            hit = self.anaphors.match(words, k)
            if hit:
                label = str(hit[1])
                reach = words[i].start - _ANAPHOR_REACH
                before = [m for m in earlier if m.label == label and m.start >= reach] + \
                    [m for m in mentions if m.label == label and m.end <= words[i].start]
                return before[-1] if before else None
        return None

    def _holder(self, words: Sequence[Word], k: int, org: Mention,
                earlier: Sequence[Mention]) -> Mention | None:
        """"Według szefa MSW" after "Szef MSW Jerłan Turgumbajew oświadczył": a role word
        before an organisation stands for the person named earlier with that organisation
        just before them."""
        if org.label != "ORG":
            return None
        role = False
        while k < len(words) and words[k].end <= org.start:
            role = role or self.roles.match(words, k) is not None
            k += 1
        if not role:
            return None
        orgs = [m for m in earlier if m.label == "ORG" and same_mention(m, org)]
        for person in reversed([m for m in earlier if m.label == "PERSON"]):
            if any(0 <= person.start - o.end <= _HOLDER_GAP for o in orgs):
                return person
        return None

    @staticmethod
    def speaker_of(words: Sequence[Word], i: int, n: int, pool: Sequence[Mention]) -> Mention | None:
        """The subject of the verb of saying at ``words[i:i+n]``: the nearest mention
        before it (within a dozen words), else one right after it."""
        verb = words[i]
        lo = words[max(0, i - _SPEAKER_REACH)].start
        before = [m for m in pool if lo <= m.start and m.end <= verb.start]
        if before:
            return before[-1]
        hi = words[min(i + n + _SPEAKER_AFTER, len(words) - 1)].end
        after = [m for m in pool if words[i + n - 1].end <= m.start <= hi]
        return after[0] if after else None

    def _as_of_cue(self, words: Sequence[Word], dates: Sequence[DateMention]) -> str | None:
        for i, n, _ in self.as_of_cues.find(words):
            end = words[i + n - 1].end
            for d in dates:
                if 0 <= d.start - end <= 2:
                    return _date_value(d)
        return None

    def _date_before(self, fig: _Figure, dates: Sequence[DateMention], words: Sequence[Word],
                     clause_of: list[int]) -> str | None:
        """The nearest date before the figure in its clause ("On January 9, police detained …",
        "the ministry said on Saturday that 4,404 …"); a date in another clause dates
        something else ("unrest that began on 2 January, has killed 225") unless it opens
        the sentence ("La veille, 50 personnes …"); a date after "since" starts the period
        counted ("seit dem 28. November seien 293 … festgenommen worden")."""
        clause = clause_of[fig.first]
        starts = {w.start: i for i, w in enumerate(words)}
        before = [d for d in dates if d.end <= fig.start and
                  (clause_of[starts.get(d.start, fig.first)] == clause or starts.get(d.start, 99) <= 2)
                  and not self._after_since(words, starts.get(d.start))]
        return _date_value(before[-1]) if before else None

    def _after_since(self, words: Sequence[Word], k: int | None) -> bool:
        """Whether a "since" word stands a few words before ``words[k]`` (a date)."""
        if k is None:
            return False
        return any(self.since_cues.match_ending(words, j) is not None
                   for j in range(k, max(0, k - _SINCE_REACH), -1))

    # -- status and scope --------------------------------------------------------------
    def _negated(self, fig: _Figure, words: Sequence[Word], clause_of: list[int], kind: str) -> bool:
        """A negation right before the figure's trigger ("were not detained")."""
        clause = clause_of[fig.first]
        base = {kind} | {b for b, s in self.specialised.items() if s == kind}
        for i, _, found in self.triggers.find(words):
            if clause_of[i] != clause or str(found) not in base:
                continue
            if self.claims.negated(words, i, _clause_span(clause_of, i)):
                return True
        return False

    def _scope(self, fig: _Figure, kind: str, words: Sequence[Word], gaps: Sequence[str],
               clause_of: list[int], mentions: Sequence[Mention]) -> tuple[str | None, Mention | None]:
        """Where or whose the counted people are: a place below the country named with a
        locative preposition in the figure's clause ("in:"; "part-of:" when a part word
        stands between: "в одному з сіл Алматинської області"), and for troops the
        country they come from ("from:": "3,000 troops from Russia", "5,000 Russian
        troops").  Bracketed asides ("(half in Almaty)") do not count."""
        clause = clause_of[fig.first]
        depth = _bracket_depth(gaps)
        index = {w.start: i for i, w in enumerate(words)}
        cues = [i + n for table in (self.source_cues, self.relay_cues) for i, n, _ in table.find(words)]

        def in_source(k: int) -> bool:  # "Według Szpitala w X"; a comma ends the phrase ("за даними
            return any(0 <= k - c <= _SOURCE_PHRASE and not any("," in gaps[j] for j in range(c + 1, k + 1))
                       for c in cues)  # організації, з Росії, …")
        places = [(index[m.start], m) for m in mentions
                  if m.label in _PLACES and m.start in index and clause_of[index[m.start]] == clause
                  and not depth[index[m.start]] and not in_source(index[m.start])]
        if kind in self.troop_kinds:
            for m in mentions:  # "3,000 Russian troops": a national contingent (its country's id)
                k = index.get(m.start)
                if k is not None and fig.last < k <= fig.last + 3 and m.hint in self.national_groups:
                    return f"from:{self.national_groups[m.hint]}", None
            for k, m in places:  # "5,000 Russian troops": a country word right after the figure
                if k == fig.last + 1:
                    return f"from:{m.text}", m
            for k, m in places:
                j = k - 1
                while j > fig.last and self.scope_from.match_ending(words, j + 1) is None and k - j < 3:
                    j -= 1
                if j > fig.last and self.scope_from.match_ending(words, j + 1) is not None:
                    return f"from:{m.text}", m
            if self._from_common_noun(fig, words, index, mentions):
                return None, None  # "żołnierzy z państw należących do …": several senders, a whole
            # "Russia, which decided to send 3,000 military personnel": the one country of the
            # sentence that is no destination sends them; with several, the figure is a whole.
            # A country word inside a source phrase ("według rosyjskich mediów") or next to a
            # person's name ("el coronel general ruso Andréi Serdiukov") describes them, it sends nothing.
            senders = [m for m in mentions if m.hint in self.countries and m.start in index
                       and self.scope_to.match_ending(words, index[m.start]) is None
                       and not in_source(index[m.start]) and not self._next_to_person(m, words, index, mentions)]
            if len({m.hint for m in senders}) == 1:
                return f"from:{senders[0].text}", senders[0]
            return None, None
        for k, m in places:
            if m.hint in self.countries:
                continue
            for j in range(k - 1, max(-1, k - 6), -1):
                if clause_of[j] != clause:
                    break
                if self.scope_in.match(words, j) and j + 1 <= k:
                    part = any(self.scope_part.match(words, p) for p in range(j + 1, k))
                    return (f"part-of:{m.text}" if part else f"in:{m.text}"), m
        return None, None

    def _from_common_noun(self, fig: _Figure, words: Sequence[Word], index: dict[int, int],
                          mentions: Sequence[Mention]) -> bool:
        """A "from" word right after the counted troops, followed by no place name: the
        sender is a common noun ("z państw należących do …", "from the member states"),
        so the figure counts several senders' troops."""
        starts = {index[m.start] for m in mentions if m.label in _PLACES and m.start in index}
        for j in range(fig.last + 1, min(fig.last + 4, len(words))):
            hit = self.scope_from.match(words, j)
            if hit is None:
                continue
            after = j + hit[0]
            return after < len(words) and not any(k in starts for k in range(after, min(after + 2, len(words))))
        return False

    @staticmethod
    def _next_to_person(m: Mention, words: Sequence[Word], index: dict[int, int],
                        mentions: Sequence[Mention]) -> bool:
        """Whether a person's name starts right after the mention (an attribute of them)."""
        ends = [i for i, w in enumerate(words) if w.end <= m.end]
        last = ends[-1] if ends else index[m.start]
        return any(p.label == "PERSON" and index.get(p.start) == last + 1 for p in mentions)

    def reports(self, words: Sequence[Word], mentions: Sequence[Mention] = ()) -> bool:
        """Whether the sentence reports without naming its source ("по его словам",
        "he said"): a figure there takes the source of the sentence before.  A cue
        followed by a mention of any kind ("selon les autorités") names its own."""
        cues = list(self.source_cues.find(words))
        for i, n, _ in cues:
            cue_end = words[i + n - 1].end
            limit = words[min(i + n + 3, len(words) - 1)].end
            if any(cue_end <= m.start <= limit for m in mentions):
                return False
        return bool(cues) or any(True for _ in self.speech_verbs.find(words))

    def refers_back(self, words: Sequence[Word]) -> bool:
        """Whether the sentence names the source of the one before ("Об этом сообщил X")."""
        return any(True for _ in self.back_references.find(words))

    def denial(self, words: Sequence[Word]) -> str | None:
        """``"denial"`` or ``"retraction"`` when the sentence denies or withdraws a figure."""
        if any(True for _ in self.retractions.find(words)):
            return "retraction"
        if any(True for _ in self.denials.find(words)):
            return "denial"
        return None

    def denial_at(self, words: Sequence[Word]) -> int | None:
        """The word index of the first denial or retraction word, if any."""
        hits = [i for table in (self.denials, self.retractions) for i, _, _ in table.find(words)]
        return min(hits) if hits else None

    def points_back(self, words: Sequence[Word]) -> bool:
        """Whether the sentence speaks of figures given before ("these data")."""
        return any(True for _ in self.deixis.find(words))


def _clause_span(clause_of: Sequence[int], i: int) -> tuple[int, int]:
    """The word range of the clause ``words[i]`` is in."""
    lo = hi = i
    while lo > 0 and clause_of[lo - 1] == clause_of[i]:
        lo -= 1
    while hi < len(clause_of) and clause_of[hi] == clause_of[i]:
        hi += 1
    return lo, hi


def same_mention(a: Mention, b: Mention) -> bool:
    """Two mentions of one entity, as far as extraction can tell (alignment decides later)."""
    if a.hint and b.hint:
        return a.hint == b.hint
    return a.text.casefold() == b.text.casefold()


def _date_value(d: DateMention) -> str:
    """A date's ISO form, or without a year its partial ISO 8601 form ``--MM-DD`` (``--MM``),
    which the corpus may resolve later (:mod:`kzgraph.extract.dates`)."""
    return d.iso or f"--{d.month:02d}" + (f"-{d.day:02d}" if d.day else "")


def _bracket_depth(gaps: Sequence[str]) -> list[int]:
    """Per word, how many brackets are open before it."""
    depth, out = 0, []
    for gap in gaps:
        depth = max(0, depth + gap.count("(") + gap.count("[") - gap.count(")") - gap.count("]"))
        out.append(depth)
    return out


def _parse_number(raw: str, before_multiplier: bool) -> float | None:
    """The value of a digit string with thousands separators or a decimal part.

    >>> _parse_number("5 135", False), _parse_number("5,969", False), _parse_number("3,5", True)
    (5135.0, 5969.0, 3.5)
    >>> _parse_number("1.5", False) is None
    True
    """
    compact = re.sub(_SEP_SPACE, "", raw)
    if re.fullmatch(r"\d+", compact):
        return float(compact)
    m = re.fullmatch(r"(\d{1,3})([.,])(\d+)", compact)
    if m and (len(m.group(3)) != 3 or before_multiplier):
        if before_multiplier:
            return float(f"{m.group(1)}.{m.group(3)}")
        return None  # a decimal figure is no head count
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", compact):
        return float(re.sub(r"[.,]", "", compact))
    return None


__all__ = ["QuantityFinder"]
