"""Step 0 of relation extraction: a read-only view of a document's words and sentences.

:class:`DocView` turns the spaCy ``Doc`` of :mod:`kzgraph.extract.pipeline` and
its entity mentions into what frames are matched against:

- a word stream (spaCy tokens split into the key words of
  :func:`kzgraph.extract.lexicon.make_words`, punctuation kept as words), with
  clause-boundary and relative-pronoun flags from ``relations_lexicon.ttl``,
  which word-set phrases start at a word (:meth:`DocView.starts`), passive and
  plural verb forms (pymorphy3 for uk and ru), clauses and dates;
- :class:`Sentence`: a sentence's word range, with the argument candidates
  (:class:`Arg`) and role phrases (:class:`RolePhrase`) that
  :mod:`.candidates` finds once per sentence;
- the document's mentions and its focus (the country it is about).

The view changes nothing after it is built: what the document has said so far
(roles named, claims made) is the :class:`~.discourse.DiscourseState`.
Nothing here knows a word of any language: every word comes from the ontology.
"""

from __future__ import annotations

import re

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache

from spacy.attrs import IDX, IS_SPACE, LENGTH

from ...model import Document, Mention
from ...names import MORPHOLOGY_LANGS, analyser, has_cyrillic, is_cyrillic, loose_token, token_key
from ...names.orgwords import org_words
from ..lexicon import make_words
from .frames import Form, RelationLexicon

# punctuation that may sit inside a phrase without breaking it ("екс-голова",
# '"Цифровий" міністр', "и. о.")
SOFT_PUNCT = frozenset("-–—\"'«»“”„‟’`.")
LIST_PUNCT = frozenset({",", "-", "–", "—", "(", ")", ":", "/", "\"", "«", "»", "“", "”", "„"})
QUOTE_CLOSERS = frozenset({"\"", "»", "”", "“"})


@dataclass(frozen=True)
class W:
    """One word (or punctuation mark) of the document."""

    text: str
    lower: str
    lemma: str
    start: int  # document char offsets
    end: int
    punct: bool
    sent: int


@dataclass(frozen=True)
class Arg:
    """A candidate argument over words ``[start, end)``.

    ``kind`` is a contract type (PERSON, ORG, …) or TROOPS / ROLE / LITERAL.
    ``mention`` is what a relation is written with; ``alts`` are further
    antecedents of a pronoun, tried when the first one is the other argument.
    """

    kind: str
    start: int
    end: int
    mention: Mention | None = None
    entity: str | None = None
    category: str | None = None
    country: bool = False
    literal: str | None = None
    penalty: float = 1.0
    owner: "Arg | None" = None  # TROOPS: whose troops
    group: "Arg | None" = None  # TROOPS: the national group, if the ontology has it
    alts: tuple["Arg", ...] = ()
    former: bool = False  # ROLE: the phrase names a former role
    lead: int = -1  # where the role phrases before a name start (for preposition checks)

    @property
    def first(self) -> int:
        return self.lead if self.lead >= 0 else self.start

    @property
    def key(self) -> str:
        """What two arguments share when they are the same thing."""
        if self.entity:
            return self.entity
        if self.mention is not None:
            return "text:" + self.mention.text.casefold()
        return "lit:" + (self.literal or "").casefold()


@dataclass
class RolePhrase:
    """A role title with its modifier and the organisation or country it is of."""

    start: int
    end: int
    title: str  # English title
    title_id: str
    modifier: str = ""  # the modifier's English value: "former", "acting", "" (current holder)
    has_modifier: bool = False
    entity: str | None = None  # ontology id of the organisation / country
    entity_name: str | None = None
    person: Arg | None = None  # the person it is attached to
    former_word: str = ""  # the lexicon's English word for a former holder (RelationLexicon.former)

    @property
    def is_former(self) -> bool:
        return bool(self.former_word) and self.modifier == self.former_word

    @property
    def specific(self) -> bool:
        """Whether the phrase says of what ("President of Kazakhstan") or is a full title itself."""
        return self.entity_name is not None or len(self.title.split()) > 1

    def literal(self, former: bool = False) -> str:
        mod = self.former_word if former else self.modifier
        text = self.title
        if self.entity_name and self.entity_name.casefold() not in text.casefold():
            text = f"{text} of {self.entity_name}"
        return f"{mod} {text}".strip()


@dataclass
class Sentence:
    index: int
    lo: int  # word range
    hi: int
    start: int  # char range
    end: int
    text: str
    english: bool = False  # written in English inside a document of another script
    cands: list[Arg] = field(default_factory=list)
    roles: list[RolePhrase] = field(default_factory=list)
    # (word index, ISO or partial "--01-05" date, how its year is known)
    dates: list[tuple[int, str, str | None]] = field(default_factory=list)


# pymorphy3's second genitive, locative and accusative forms count as the main case
_CASE_VARIANTS = {"gen2": "gent", "gen1": "gent", "loc2": "loct", "loc1": "loct", "acc2": "accs"}

@lru_cache(maxsize=50_000)
def _cases_of(lang: str, word: str) -> frozenset[str] | None:
    """The grammatical cases pymorphy3 reads ``word`` in (``None``: it does not decline)."""
    parses = analyser(lang).parse(word)
    if any("Fixd" in p.tag or p.tag.case is None for p in parses):
        return None
    return frozenset(_CASE_VARIANTS.get(p.tag.case, p.tag.case) for p in parses)


@lru_cache(maxsize=20000)
def _known_oblique(lang: str, word: str) -> bool:
    """Whether pymorphy3's dictionary knows ``word`` as a personal name and reads it in no
    nominative ("Сергея": genitive or accusative only).  Guessed readings (foreign surnames:
    "Токаева") and other dictionary words ("Токаев" read as a genitive plural of "ток") say nothing."""
    parses = analyser(lang).parse(word)
    known = [p for p in parses if p.is_known and ({"Name", "Patr"} & p.tag.grammemes)]
    return bool(known) and all(p.tag.case is not None and p.tag.case != "nomn" for p in known) and \
        not any(p.tag.case == "nomn" for p in parses if p.is_known)


def _word(text: str, lower: str, lemma: str, start: int, end: int, punct: bool, sent: int) -> W:
    """``W(text, lower, lemma, start, end, punct, sent)``, made without the frozen dataclass's
    ``__init__`` (a checked ``object.__setattr__`` per field): the same object, in half the time, for
    every word of every document."""
    w = _new(W)
    _set(w, "__dict__", {"text": text, "lower": lower, "lemma": lemma, "start": start, "end": end,
                         "punct": punct, "sent": sent})
    return w


_new, _set = object.__new__, object.__setattr__


@lru_cache(maxsize=50_000)
def _token_words(token: str, lang: str) -> tuple[tuple[str, str, str, int, int], ...] | None:
    """The words of one spaCy token, as (text, lower, lemma, start, end) from the token's start, or
    ``None`` for punctuation.  Tokens recur within and across documents: making their words
    afresh every time was 6% of extraction."""
    if not any(c.isalnum() for c in token):
        return None
    return tuple((w.text, w.lower, w.lemma, w.start, w.end) for w in make_words(token, lang))


SEPARATOR_COST = 10  # words a clause separator between a date and a trigger counts as (clause_dates)
CONTEXT_DAYS = 10  # a day named this long before the document's date still dates the events after it
DATELINE_WORDS = 4  # words a dateline's place may take before its date ("NEW YORK, Feb 25 -")
_FULL_DAY = re.compile(r"(\d{4}|-)-\d{2}-\d{2}")
_YEAR = re.compile(r"(19[5-9]\d|20\d\d)")
_YEAR_START = re.compile(r"\d{4}")
_DATELINE_DASH = re.compile(r"\s*(\([^()\n]{1,30}\)\s*)?[-–—]\s")


class DocView:
    """Words, sentences, mentions and argument candidates of one document."""

    def __init__(self, doc, document: Document, mentions: list[Mention], lex: RelationLexicon):
        self.document = document
        self.lang = document.lang
        self.lex = lex
        self._names: frozenset[str] | None = None
        self.onto = lex.ontology
        self.words: list[W] = []
        self.sentences: list[Sentence] = []
        self._cyrillic_doc: bool | None = None
        self._starts_memo: dict[int, dict[str, int]] = {}
        # the relation steps' answers per word (a word's role title, …), kept for the document: the
        # view does not change once built
        self.memo: dict[str, dict] = {}
        self._read_words(doc)
        self.mentions = sorted((m for m in mentions if m.doc == document.id), key=lambda m: (m.start, -m.end))
        self.mention_span: dict[Mention, tuple[int, int]] = {}
        self.in_mention: list[Mention | None] = [None] * len(self.words)
        self._map_mentions()
        self.adjective = {m for m in self.mentions if self._is_adjective(m)}
        self.focus = self._focus_country()
        self.named_country = self._named_countries()
        self._read_generic_elsewhere()
        sent_of = [self.sentences[w.sent] for w in self.words]
        self.boundary = [self.starts(i, "rel-boundary", sent_of[i]) is not None or self.words[i].text == ";"
                         for i in range(len(self.words))]
        self.relative = [self._starts_memo[i].get("rel-relative") is not None or self._article_relative(i, sent_of[i])
                         for i in range(len(self.words))]  # (every word's sets were matched just above)
        # the word sets with a phrase in each sentence (every word was matched above): a pass that
        # looks for one set's phrases skips a sentence with none
        self.sentence_sets: list[dict[str, list[int]]] = []  # per sentence: word set -> the words it starts at
        for s in self.sentences:
            at: dict[str, list[int]] = {}
            for i in range(s.lo, s.hi):
                for category in self._starts_memo[i]:
                    at.setdefault(category, []).append(i)
            self.sentence_sets.append(at)
        self._read_dates(doc)

    def _article_relative(self, i: int, s: Sentence) -> bool:
        """A word that is an article elsewhere is a relative pronoun right after a comma and before a
        lower-case word ("Putin, der den Aufstand …"; not "…, die Polizei"): the set "rel-article-relative"."""
        if i == 0 or i + 1 >= s.hi or self.words[i - 1].text != ",":
            return False
        nxt = self.words[i + 1].text
        return nxt[:1].islower() and self.starts(i, "rel-article-relative", s) == i + 1

    # -- words ------------------------------------------------------------------------------
    def _read_words(self, doc) -> None:
        lang = self.lang
        text = self.document.text
        # every token's offset, length and space flag at once: iterating a sentence makes a spaCy
        # Token per token, whose every attribute read is a call (a third of building the view)
        tokens = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()
        for sent in doc.sents:
            n = len(self.sentences)
            lo = len(self.words)
            for at, length, space in tokens[sent.start:sent.end]:
                if space:
                    continue
                token = text[at:at + length]
                words = _token_words(token, lang)
                if words is None:
                    self.words.append(_word(token, token, token, at, at + length, True, n))
                    continue
                for word, lower, lemma, start, end in words:
                    self.words.append(_word(word, lower, lemma, at + start, at + end, False, n))
            hi = len(self.words)
            if hi == lo:
                continue  # blank lines between paragraphs
            s = Sentence(index=len(self.sentences), lo=lo, hi=hi, start=sent.start_char, end=sent.end_char,
                         text=text[sent.start_char:sent.end_char])
            s.english = self.lang != "en" and self._looks_english(s)
            self.sentences.append(s)

    def _looks_english(self, s: Sentence) -> bool:
        """A sentence quoted in English inside a document in another script (a tweet)."""
        if self._cyrillic_doc is None:  # decided once per document, first: most are not
            doc_letters = list(filter(str.isalpha, self.document.text[:2000]))
            cyr = sum(map(is_cyrillic, doc_letters))
            self._cyrillic_doc = bool(doc_letters) and cyr > len(doc_letters) / 2
        if not self._cyrillic_doc:
            return False
        if has_cyrillic(s.text):  # asked first: it answers most sentences of such a document at once
            return False
        letters = [c for c in s.text if c.isalpha()]
        if len(letters) < 12:
            return False
        return all(c.isascii() for c in letters)

    def sentence_langs(self, s: Sentence) -> tuple[str, ...]:
        return (self.lang, "en") if s.english else (self.lang,)

    def word_matches(self, i: int, form: Form, lang: str | None = None, loose: bool = False) -> bool:
        w = self.words[i]
        return not w.punct and form.matches(w.lower, w.lemma, lang or self.lang, loose)

    def phrase_words(self, i: int, phrase: tuple[Form, ...], hi: int, lang: str | None = None,
                     max_gap: int = 0) -> list[int] | None:
        """The words that match ``phrase`` from word ``i`` (soft punctuation skipped; up to
        ``max_gap`` other words between two of them), or ``None``."""
        j, out = i, []
        for n, form in enumerate(phrase):
            gap = 0
            while j < hi and self.words[j].punct and self.words[j].text in SOFT_PUNCT and n > 0:
                j += 1
            # an elided article the forms do not write ("ministro dell'Interno", "chef de l'État": the
            # text's "dell", "l" before an apostrophe)
            if n > 0 and j + 1 < hi and self._elided(j) and not self.word_matches(j, form, lang):
                j += 1
            while j < hi and not self.word_matches(j, form, lang):
                if n == 0 or gap >= max_gap or self.words[j].punct and self.words[j].text not in SOFT_PUNCT:
                    return None
                gap += 1
                j += 1
            if j >= hi:
                return None
            out.append(j)
            j += 1
        return out

    def _elided(self, j: int) -> bool:
        """Whether word ``j`` is elided: an apostrophe follows it in the text with no space."""
        end = self.words[j].end
        return self.document.text[end:end + 1] in ("'", "\u2019") and not self.words[j].punct

    def phrase_end(self, i: int, phrase: tuple[Form, ...], hi: int, lang: str | None = None,
                   max_gap: int = 0) -> int | None:
        """The word index after ``phrase`` matched from word ``i``, or ``None``."""
        words = self.phrase_words(i, phrase, hi, lang, max_gap)
        return words[-1] + 1 if words else None

    def starts(self, i: int, category: str, s: Sentence) -> int | None:
        """End of the longest phrase of word set ``category`` at word ``i``.

        All word sets are matched at once, the first time a word is asked about.
        """
        found = self._starts_memo.get(i)
        if found is None:
            found = {}
            w = self.words[i]
            if not w.punct:
                for lang in self.sentence_langs(s):
                    for phrase, cat in self.lex.all_sets(lang).candidates(w.lower, w.lemma):
                        if len(phrase) == 1:  # most are one word: matched here, without a phrase walk
                            end = i + 1 if i < s.hi and phrase[0].matches(w.lower, w.lemma, lang) else None
                        else:
                            end = self.phrase_end(i, phrase, s.hi, lang)
                        if end is not None and end > found.get(cat, -1):
                            found[cat] = end
            self._starts_memo[i] = found
        return found.get(category)

    def has_set(self, s: Sentence, category: str) -> bool:
        """Whether a phrase of word set ``category`` starts at some word of sentence ``s`` (:meth:`starts`)."""
        return category in self.sentence_sets[s.index]

    def any_set_words(self, s: Sentence) -> list[int]:
        """The words of sentence ``s`` where a phrase of some word set starts (:meth:`starts_any`), in order."""
        return sorted({i for at in self.sentence_sets[s.index].values() for i in at})

    def set_words(self, s: Sentence, category: str) -> list[int]:
        """The words of sentence ``s`` where a phrase of word set ``category`` starts, in order."""
        return self.sentence_sets[s.index].get(category, [])

    def starts_any(self, i: int, s: Sentence) -> bool:
        """Whether a phrase of any word set starts at word ``i`` (:meth:`starts` of some category)."""
        self.starts(i, "", s)
        return bool(self._starts_memo[i])

    def passive(self, i: int, s: Sentence) -> bool:
        """Whether word ``i`` is a passive form: a passive participle (uk, ru: pymorphy3), a
        word right after a passive auxiliary ("was dismissed", "a été limogé"), or an impersonal
        form (its ending in the word set "rel-impersonal-ending": "zatrzymano")."""
        word = self.words[i].lower
        # impersonal forms with no subject ("zatrzymano", "призначено"): the agent is left unsaid
        if any(len(word) > len(f[0].word) + 3 and word.endswith(f[0].word)
               for lang in self.sentence_langs(s) for f in self.lex.phrases("rel-impersonal-ending", lang)):
            return True
        if self.lang in MORPHOLOGY_LANGS and not s.english:
            return analyser(self.lang).parse(word)[0].tag.voice == "pssv"
        if any(j >= s.lo and self.starts(j, "rel-passive-aux", s) == j + 1 for j in (i - 1, i - 2)):
            return True
        if self.lang in self.lex.verb_second:  # "wurde am Freitag zum Regierungschef ernannt"
            lo, _ = self.clause(s, i, i + 1)
            return any(self.starts(j, "rel-passive-aux", s) == j + 1 for j in range(lo, i))
        return False

    def infinitive(self, i: int, s: Sentence) -> bool:
        """Whether word ``i`` is an infinitive by the language's morphology (uk, ru: "направить",
        "направити"), the form a verb of asking governs ("попросил ОДКБ направить войска")."""
        if self.lang not in MORPHOLOGY_LANGS or s.english:
            return False
        tag = analyser(self.lang).parse(self.words[i].lower)[0].tag
        return tag.POS == "INFN" or "infn" in tag.grammemes  # ru: INFN; uk's dictionary: VERB,infn

    def known_oblique(self, a: int, b: int, s: Sentence) -> bool:
        """Whether a word of ``[a, b)`` is a dictionary word in no nominative ("В ведомстве Сергея
        Шойгу": "Сергея" is a genitive, so the name is no verb's subject), in uk and ru."""
        if self.lang not in MORPHOLOGY_LANGS or s.english:
            return False
        for i in range(a, b):
            w = self.words[i]
            if w.punct or not is_cyrillic(w.text[:1]) or (w.text.isupper() and len(w.text) > 1):
                continue
            if _known_oblique(self.lang, w.lower):
                return True
        return False

    def may_stand_in(self, a: int, b: int, cases: tuple[str, ...], s: Sentence) -> bool:
        """Whether the words ``[a, b)`` may stand in one of grammatical ``cases`` (pymorphy3's
        tags: "datv", "accs", …): one of its declinable words has a reading in one of them
        (foreign names get odd readings: "Токаев" only a genitive plural, so one word
        suffices).  A phrase of indeclinable words ("ОДКБ") and a language pymorphy3 does
        not know say nothing against it."""
        if cases and not s.english and self.lex.suffix_cases(self.lang):
            return self._suffix_case(a, b) in cases
        if not cases or self.lang not in MORPHOLOGY_LANGS or s.english:
            return True
        declinable = False
        last = next((i for i in range(b - 1, a - 1, -1) if not self.words[i].punct), None)
        for i in range(a, b):
            w = self.words[i]
            if w.punct or not is_cyrillic(w.text[:1]) or (w.text.isupper() and len(w.text) > 1):
                continue  # "ОДКБ", "НАТО": abbreviations do not decline
            readings = _cases_of(self.lang, w.lower)
            if readings is None:
                if i == last and b - a > 1 and w.text[:1].isupper():
                    # "Саломе Зурабишвили": a name whose last word does not decline does not either (its
                    # first word's dictionary readings, a locative of "Салом", say nothing)
                    return True
                continue
            declinable = True
            if readings & set(cases):
                return True
        return not declinable

    def _suffix_case(self, a: int, b: int) -> str:
        """The case the words ``[a, b)`` stand in in a language marking it by an ending
        ("Қазақстанға", "ҰҚШҰ-ға": dative): that of the ending of the last word or of a
        hyphenated ending after it; "nomn" with none, or when the word is one of the
        ontology's names as written ("Қазақстан" ends like an ablative but is none)."""
        suffixes = self.lex.suffix_cases(self.lang)
        last = self.words[b - 1]
        w = last.text.casefold()
        nxt = self.words[b] if b < len(self.words) else None
        if nxt is not None and nxt.start > last.end and self.document.text[last.end:nxt.start] == "-":
            w = nxt.text.casefold()  # "ҰҚШҰ-ға": the ending a word of its own
        elif w in self._name_words():
            return "nomn"
        for ending, case in suffixes:
            if w.endswith(ending) and (len(w) == len(ending) or len(w) - len(ending) >= 2):
                return case
        return "nomn"

    def _name_words(self) -> frozenset[str]:
        """The last words of the ontology's names (every label), folded; not of concepts, whose
        labels may be written in a case form ("әуежайды": the airport, accusative)."""
        if self._names is None:
            self._names = frozenset(label.split()[-1].casefold() for e in self.onto.entities.values()
                                    if e.type != "CONCEPT"
                                    for label in e.labels(hidden=True) if label.split())
        return self._names

    def plural_verb(self, i: int) -> bool:
        """Whether word ``i`` is a plural verb form (only where pymorphy3 knows the language)."""
        if self.lang not in MORPHOLOGY_LANGS:
            return False
        parse = analyser(self.lang).parse(self.words[i].lower)[0]
        return parse.tag.POS == "VERB" and parse.tag.number == "plur"

    def text_of(self, a: int, b: int) -> str:
        return self.document.text[self.words[a].start:self.words[b - 1].end]

    # -- mentions ---------------------------------------------------------------------------
    def _map_mentions(self) -> None:
        starts = [w.start for w in self.words]
        import bisect

        for m in self.mentions:
            a = bisect.bisect_left(starts, m.start)
            while a > 0 and self.words[a - 1].end > m.start:
                a -= 1
            b = a
            while b < len(self.words) and self.words[b].start < m.end:
                b += 1
            if b <= a:
                continue
            if any(self.in_mention[i] is not None for i in range(a, b)):
                continue  # overlapping mentions: keep the first (longest at this start)
            self.mention_span[m] = (a, b)
            for i in range(a, b):
                self.in_mention[i] = m

    def _is_adjective(self, m: Mention) -> bool:
        """A nationality adjective ("Російські", "rosyjskie"), not the country's name.

        Keys cut endings, so an inflected name may share its key with an
        adjective ("Kirgizję" ~ "kirgiski"): a key that also matches one of the
        country's labels counts as the name unless the word is lower-case.
        """
        if m.label != "GPE" or not m.hint or m.hint not in self.onto.entities or len(m.text.split()) != 1:
            return False
        adjective_keys, name_keys, names = _adjective_keys(self.onto, m.hint, self.lang)
        if m.text.casefold() in adjective_keys:
            # a capitalised word spelt exactly as one of the names is the name, even when another
            # language uses the same word as the adjective ("Беларусь"@ru name, @kk adjective)
            return m.text[:1].islower() or m.text.casefold() not in names
        key = token_key(m.text, self.lang)
        if key not in adjective_keys:
            return False
        return m.text[:1].islower() if key in name_keys else True

    def _focus_country(self) -> str | None:
        counts = Counter(m.hint for m in self.mentions if self.lex.is_country(m.hint) and m not in self.adjective)
        if not counts:
            return None
        # a country's cities and regions speak for it too ("Kyiv", "Almaty"): a story about one
        # country often names its neighbour as often as itself (issue 15: national roles)
        countries = _countries(self.onto)
        for m in self.mentions:
            known = self.onto.entities.get(m.hint) if m.hint and not self.lex.is_country(m.hint) else None
            if known is not None and known.type == "GPE" and m not in self.adjective:
                country = self._country_of(m.hint, countries)
                if country is not None and country in counts:
                    counts[country] += 1
        first = {}
        for m in self.mentions:
            first.setdefault(m.hint, m.start)
        return max(counts, key=lambda e: (counts[e], -first.get(e, 0)))

    @cached_property
    def home_country(self) -> str | None:
        """The country the document is about: its focus, else the country its known people and
        places belong to (a city's kz:partOf chain, a person's roles "… of <country>"), the
        most often mentioned one ("Masimov was arrested" is news of Kazakhstan even where no
        sentence names it).  Groups and bodies do not count: their generic labels ("the
        authorities", "уряд") name one country's in the ontology and any country's in a
        text.  ``None`` when nothing says."""
        if self.focus is not None:
            return self.focus
        countries = {e.name.casefold(): e.id for e in self.onto.entities.values() if e.label == "Country"}
        counts: Counter = Counter()
        first: dict[str, int] = {}
        for m in self.mentions:
            known = self.onto.entities.get(m.hint) if m.hint else None
            country = self._country_of(m.hint, countries) if known is not None and known.type in (
                "PERSON", "GPE") and m not in self.adjective else None
            if country is not None:
                counts[country] += 1
                first.setdefault(country, m.start)
        if not counts:
            return None
        return max(counts, key=lambda c: (counts[c], -first[c]))

    # -- generic labels of another country's entities (issue 14/15) ---------------------------
    def _read_generic_elsewhere(self) -> None:
        """Give the mentions of :meth:`_generic_elsewhere` the entity they stand for here (or
        none): every relation step then reads "the government" of a Kyrgyz article as no
        entity of Kazakhstan's; :attr:`generic_elsewhere` maps them to it, :attr:`elsewhere_of`
        to the entity the gazetteer had."""
        found = self._generic_elsewhere()
        self.generic_elsewhere: dict[Mention, str | None] = {}
        self.elsewhere_of: dict[Mention, str] = {}
        if not found:
            return
        swap = {m: replace(m, hint=g or "") for m, g in found.items()}
        for old, new in swap.items():
            self.generic_elsewhere[new] = found[old]
            self.elsewhere_of[new] = old.hint
        self.mentions = [swap.get(m, m) for m in self.mentions]
        self.mention_span = {swap.get(m, m): span for m, span in self.mention_span.items()}
        self.in_mention = [swap.get(m, m) if m is not None else None for m in self.in_mention]
        self.adjective = {swap.get(m, m) for m in self.adjective}

    def _generic_elsewhere(self) -> dict[Mention, str | None]:
        """The mentions that name an entity tied to a country by one of its common-noun
        labels (a label written in lower case, or a skos:hiddenLabel: "government",
        "lotnisko", "владу", "үкімет") in a document that is not about that country,
        each with what it stands for here: the group of the same kz:category tied to the
        document's own country, else the one tied to none, else ``None`` (nothing known).
        "the government" of an article on Kyrgyzstan is not Kazakhstan's government; the
        entity's proper names ("Kazakh police", "Правительство РК", a label naming the
        country) keep their reading everywhere."""
        out: dict[Mention, str | None] = {}
        for m in self.mentions:
            if not self.is_generic_elsewhere(m):
                continue
            home = self.named_country.get((m.start, m.end), self.home_country)
            category = self.lex.category(m.hint)
            generic = None
            if category:
                generic = (self.lex.group_for(category, home, strict=True) if home else None) or \
                    self.lex.untied_group(category)
            out[m] = generic if generic != m.hint else None
        return out

    def _named_countries(self) -> dict[tuple[int, int], str]:
        """(start, end) of each mention of a country's body or group that the words right after it
        give to another country ("МВД Грузии", "MSW Mołdawii", "Ministerio del Interior de
        Moldavia": a story layer's interior ministry, of the country named after it) -> that country."""
        out: dict[tuple[int, int], str] = {}
        for m in self.mentions:
            ent = self.onto.entities.get(m.hint) if m.hint else None
            if ent is None or ent.type in ("PERSON", "GPE", "LOC") or ent.label == "Country" or m not in self.mention_span:
                continue
            j = self.mention_span[m][1]
            if j < len(self.words) and self.in_mention[j] is None:  # "of", "de la": the word set "rel-role-of"
                j = self.starts(j, "rel-role-of", self.sentences[self.words[j].sent]) or j
            n = self.in_mention[j] if j < len(self.words) else None
            inside = next((c for c in self.mentions if c is not m and m.start <= c.start and c.end <= m.end and
                           self.lex.is_country(c.hint)), None)
            if inside is not None:  # "Правительство Грузии", "the Georgian government": one mention, the
                n = inside  # country inside it (mentions._country_bodies)
            elif n is None or n is m or not self.lex.is_country(n.hint) or n in self.adjective or \
                    self.mention_span[n][0] != j:
                continue
            tied = _tied_country(self, ent)
            if tied is not None and tied != n.hint:
                out[(m.start, m.end)] = n.hint
        return out

    def is_generic_elsewhere(self, m: Mention) -> bool:
        """Whether ``m`` (any mention of the document, nested ones too) names an entity of
        another country than the document's by a common-noun label (:attr:`generic_elsewhere`),
        or any entity of a country whose body the words after it give to another country."""
        ent = self.onto.entities.get(m.hint) if m.hint else None
        if ent is None or ent.type == "PERSON" or ent.label == "Country":
            return False
        if (m.start, m.end) in self.named_country:
            return True
        country = _tied_country(self, ent)
        # a document that says of no country keeps the ontology's reading (its story's)
        return country is not None and self.home_country is not None and country != self.home_country and \
            not _names_properly(self.onto, m, ent.id, country)

    def home_name_of(self, m: Mention) -> str | None:
        """:meth:`home_name` of ``m``'s entity in the country the words after ``m`` name, if they
        name one (:meth:`_named_countries`), else in the document's own."""
        return self.home_name(m.hint, self.named_country.get((m.start, m.end))) if m.hint else None

    def home_name(self, entity: str, country: str | None = None) -> str | None:
        """The English name ``entity``'s kind has in the document's own country (or ``country``):
        "Government of Kazakhstan" -> "Government of Sri Lanka", "Kazakh police" -> "Burmese
        police" (a body the ontology may not know): what completes a title ("the head of the
        presidential office" in an article on Ukraine); ``None`` when the country is unknown."""
        ent = self.onto.entities.get(entity)
        country = country or self.home_country
        home = self.onto.entities.get(country) if country else None
        if ent is None or home is None:
            return None
        if self.lex.group_country(entity) is not None:
            adjective = next((a[:1].upper() + a[1:] for lang, adjs in home.adjectives if lang == "en"
                              for a in adjs), None)  # as the ontology writes it: "Sri Lankan"
            return f"{adjective} {ent.name.split(maxsplit=1)[1]}" if adjective and " " in ent.name else None
        if " of " in ent.name:
            return f"{ent.name.rsplit(' of ', 1)[0]} of {home.name}"
        return None

    def full_name_of(self, m: Mention) -> Mention | None:
        """The one person the document names in full whose surname the bare word ``m`` is, in
        any case ("Ющенка" beside "Віктор Ющенко"), whatever ``m``'s label; else ``None``."""
        toks = m.text.split()
        if len(toks) != 1 or m.text.isupper() or m.hint:
            return None
        key = loose_token(token_key(m.text, self.lang))
        if len(key) < 4:
            return None
        fulls = {f.text: f for f in self.mentions if f.label == "PERSON" and len(f.text.split()) >= 2
                 and loose_token(token_key(f.text.split()[-1], self.lang)) == key}
        people = {loose_token(token_key(t, self.lang)) for f in fulls.values() for t in f.text.split()[:1]}
        return min(fulls.values(), key=lambda f: (f.start, f.text)) if len(people) == 1 else None

    def english_name_of(self, m: Mention) -> str | None:
        """The English name of ``m``'s entity; for a common-noun label of another country's body,
        that body's name in the document's own country (:meth:`home_name`)."""
        if m in self.elsewhere_of:
            return self.lex.english_name(m.hint) or \
                self.home_name(self.elsewhere_of[m], self.named_country.get((m.start, m.end)))
        return self.lex.english_name(m.hint) or (
            self._org_in_english(m) if m.label == "ORG" and not m.hint and has_cyrillic(m.text) else None)

    def _org_in_english(self, m: Mention) -> str | None:
        """An organisation the ontology lacks, written in Cyrillic, every word of which the organisation
        words translate ("Ұлттық қауіпсіздік комитетінің": National Security Committee), in English
        words (rather than romanised); else ``None``.  Latin-script names stay as written."""
        if m not in self.mention_span:
            return None
        table = org_words(self.onto)
        a, b = self.mention_span[m]
        out: list[str] = []
        for j in range(a, b):
            w = self.words[j]
            if w.punct or table.glue(w.lower, self.lang):
                continue
            value = table.value(w.lower, w.lemma, self.lang)
            if value is None:
                return None
            out.append(value)
        return " ".join(out) if len(out) >= 2 else None

    def own_hint(self, m: Mention | None) -> str | None:
        """``m``'s entity as the document reads it (see :attr:`generic_elsewhere`)."""
        if m is None:
            return None
        return self.generic_elsewhere[m] if m in self.generic_elsewhere else (m.hint or None)

    def _country_of(self, entity: str, countries: dict[str, str]) -> str | None:
        seen = set()
        while entity and entity not in seen:
            seen.add(entity)
            ent = self.onto.entities.get(entity)
            if ent is None:
                return None
            if ent.label == "Country":
                return ent.id
            if ent.type == "PERSON":
                named = {countries[r.rsplit(" of ", 1)[1].casefold()] for r in ent.roles
                         if " of " in r and r.rsplit(" of ", 1)[1].casefold() in countries}
                return named.pop() if len(named) == 1 else None
            entity = ent.part_of
        return None

    def mention_arg(self, m: Mention, penalty: float = 1.0) -> Arg:
        a, b = self.mention_span.get(m, (0, 0))
        return Arg(kind=m.label, start=a, end=b, mention=m, entity=m.hint or None,
                   category=self.lex.category(m.hint), country=self.lex.is_country(m.hint), penalty=penalty)

    def last_mention_of(self, entity: str, before: int | None = None) -> Mention | None:
        """The latest mention of ``entity`` before char offset ``before`` (else the first one)."""
        if not entity:  # no entity: not every mention the gazetteer left without one
            return None
        found = [m for m in self.mentions if m.hint == entity and m not in self.adjective
                 and m not in self.generic_elsewhere]  # its text names another country's entity
        if not found:
            return None
        earlier = [m for m in found if before is None or m.start < before]
        return earlier[-1] if earlier else found[0]

    def entity_arg(self, entity: str, at: int, penalty: float) -> Arg | None:
        """An argument for ``entity`` that the text names only indirectly, at word ``at``.

        It reuses a mention of the entity where the document has one, so no new
        surface form is attributed to it; otherwise it is a zero-width mention at
        word ``at`` whose text is the entity's label (:meth:`label_of`).
        """
        ent = self.onto.entities.get(entity)
        if ent is None:
            return None
        m = self.last_mention_of(entity, self.words[at].start)
        if m is None:  # implied, not written: a zero-width mention at word ``at``
            w = self.words[at]
            m = Mention(doc=self.document.id, text=self.label_of(entity), start=w.start, end=w.start,
                        label=ent.type, lang=self._label_lang(entity), hint=entity)
        return Arg(kind=ent.type, start=at, end=at + 1, mention=m, entity=entity,
                   category=self.lex.category(entity), country=self.lex.is_country(entity), penalty=penalty)

    def _label_lang(self, entity: str) -> str:
        """The language of :meth:`label_of`'s label: the document's, or English for the English name
        (read in the document's language, "police" is another group's Russian label)."""
        return self.lang if self.lang in dict(self.onto.entities[entity].pref) else "en"

    def label_of(self, entity: str) -> str:
        """The entity's label in the document's language, else its English name."""
        ent = self.onto.entities[entity]
        return dict(ent.pref).get(self.lang, (ent.name,))[0]

    def synthetic_arg(self, entity: str, a: int, b: int, penalty: float = 1.0) -> Arg | None:
        """An argument for ``entity``, which the words ``[a, b)`` name without a label of it.

        The mention spans those words but its text is the entity's label (see
        :meth:`label_of`), so that alignment, which reads texts, finds the
        entity: "Російські військові" is a mention of "Russian troops".
        """
        ent = self.onto.entities.get(entity)
        if ent is None:
            return None
        m = Mention(doc=self.document.id, text=self.label_of(entity), start=self.words[a].start,
                    end=self.words[b - 1].end, label=ent.type, lang=self._label_lang(entity), hint=entity)
        return Arg(kind=ent.type, start=a, end=b, mention=m, entity=entity,
                   category=self.lex.category(entity), country=self.lex.is_country(entity), penalty=penalty)

    # -- dates ------------------------------------------------------------------------------
    def _read_dates(self, doc) -> None:
        spans = doc.spans["kz_dates"] if "kz_dates" in doc.spans else []
        starts = [w.start for w in self.words]
        import bisect

        for span in spans:
            d = getattr(span._, "kz_date_mention", None)
            if d is None or not self.words:
                continue
            i = min(bisect.bisect_left(starts, d.start), len(self.words) - 1)
            if self._dateline(d.start, d.end):
                continue
            self.sentences[self.words[i].sent].dates.append((i, d.value, d.source))
        day = self.document.date or ""
        self._doc_day = (day, "document") if _FULL_DAY.fullmatch(day) else None
        self._context: tuple[str, str | None] | None = None

    def _dateline(self, start: int, end: int) -> bool:
        """Whether the date at characters ``[start, end)`` is a dateline: the place and date that open
        a paragraph before a dash ("KYIV, Feb 25 (Reuters) - …"): it dates the report, not its events."""
        text = self.document.text
        line = text.rfind("\n", 0, start) + 1
        return len(text[line:start].split()) <= DATELINE_WORDS and _DATELINE_DASH.match(text, end) is not None

    # -- the date the text is at (relation dates) -----------------------------------------------
    def context_date(self, s: Sentence) -> tuple[str, str | None] | None:
        """The date an event of sentence ``s`` that names no date of its own happened on: the
        day the text named last before it (within :data:`CONTEXT_DAYS` before the document's date,
        which a day much earlier or later is background), else the document's date (a full day
        only), else ``None``."""
        return self._context or self._doc_day

    def coarse_date(self, s: Sentence, t: int) -> tuple[str, str | None] | None:
        """A year or a month sentence ``s`` names for the trigger at word ``t``, where it gives no full
        date: "В 2019 году суд приговорил …", "in 2019", "w 2019 roku" (a year after a year marker or
        before a year word: "2000 protesters" is no year); "Im November hatte X …", "в ноябре" (a month
        after a year marker, its year the latest one up to the document's date).  A relative clause
        that does not hold the trigger keeps its own."""
        from ..lexicon import Lexicon

        lexicon = Lexicon.load(self.onto)
        months, year_words = lexicon.table("month", self.lang), lexicon.table("year-word", self.lang)
        doc = self.document.date or ""
        for i in range(s.lo, s.hi):
            w = self.words[i]
            marked = i > s.lo and self.starts(i - 1, "rel-year-marker", s) == i
            value = None
            if _YEAR.fullmatch(w.text) and (marked or year_words.match(self.words, i + 1)):
                value = w.text
            elif marked and months and (hit := months.match(self.words, i)) and _YEAR_START.match(doc) \
                    and not (i + hit[0] < s.hi and self.words[i + hit[0]].text.isdigit()):
                from ..dates import year_near

                month = int(hit[1])
                doc_month = int(doc[5:7]) if len(doc) >= 7 else None
                year = year_near(month, int(doc[:4]), doc_month, both_ways=False)
                if doc_month is not None and year == int(doc[:4]) and month > doc_month:
                    year -= 1  # a month named without "next" is past: "im November" in February
                value = f"{year:04d}-{month:02d}"
            if value is None:
                continue
            span = self.relative_span(s, i)
            if span is not None and not span[0] <= t < span[1]:
                continue
            return value, "stated" if len(value) == 4 else "document"
        return None

    def advance_context(self, s: Sentence) -> None:
        """After sentence ``s``: the last full day it names outside a relative clause (a date in
        "the riots that broke out after the elections of 4 October" dates the elections, not
        the story) and not after a word of "since" ("od 2 stycznia trwają protesty") becomes
        the context date of the sentences after it."""
        from ..lexicon import Lexicon

        since = Lexicon.load(self.onto).table("since-cue", self.lang)
        before = Lexicon.load(self.onto).table("day-before", self.lang)
        for i, value, source in sorted(s.dates, reverse=True):
            if not _FULL_DAY.fullmatch(value) or self.relative_span(s, i) is not None:
                continue
            # "the day before, he had hinted …" looks back: the story's day stays the one named before
            if (hit := before.match(self.words, i)) is not None and int(hit[1]) < 0:
                continue
            # "since 2 January" (since-cue) starts a period: it is no day the events after it happened on
            # (the cue before the date, or opening the date's own span)
            if since.match(self.words, i) is not None or any(
                    (hit := since.match(self.words, j)) is not None and j + hit[0] == i
                    for j in range(max(s.lo, i - 3), i)):
                continue
            if self._doc_day is not None:
                try:
                    gap = (date.fromisoformat(self._doc_day[0]) - date.fromisoformat(value)).days
                except ValueError:
                    continue
                if not -1 <= gap <= CONTEXT_DAYS:
                    continue
            self._context = (value, source)
            return

    def relative_span(self, s: Sentence, i: int) -> tuple[int, int] | None:
        """The relative clause word ``i`` stands in, as a word range: from a relative pronoun (or a
        word of "rel-date-clause": "that", "що", "que"; or, in uk and ru, a comma opening a passive
        participle's clause) before it with no comma, ";" or clause word between, to the next of
        these or the sentence's end."""
        j = i - 1
        while j >= s.lo:
            if self.relative[j] or self.starts(j, "rel-date-clause", s) is not None:
                break
            if self.words[j].text == "," and j + 1 < i and self.lang in MORPHOLOGY_LANGS and not s.english \
                    and self.passive(j + 1, s):
                break  # a participle clause: "X, освобожденный … в ночь на 6 октября, выступил" (uk, ru)
            if self.boundary[j] or self.words[j].text in ",;:()":
                return None
            j -= 1
        else:
            return None
        k = i + 1
        while k < s.hi and not (self.boundary[k] or self.relative[k] or self.words[k].text in ",;:()"):
            k += 1
        return j, k

    def date_near(self, s: Sentence, i: int) -> str | None:
        """The date the sentence gives, the one nearest to word ``i`` when it gives several."""
        if not s.dates:
            return None
        return min(s.dates, key=lambda d: abs(d[0] - i))[1]

    def clause_dates(self, s: Sentence, triggers: list[int], states: list[int] = (),
                     nominal: set[int] = frozenset()) -> dict[int, tuple[str, str | None]]:
        """The date of each event of sentence ``s``, by the word its trigger starts at.

        ``states`` are the starts of claims that are no events (a role phrase:
        "President Tokayev"): they own no date, and are dated like a trigger
        that owns none.

        A date belongs to the trigger nearest to it, a clause separator (a
        comma, ";", a clause word or relative pronoun) between them counting
        as :data:`SEPARATOR_COST` words (on a tie, the trigger after it: "On
        5 January X asked …, on 6 January Y sent …"), so two events with two
        dates each get their own.  A trigger no date belongs to takes
        the date of the nearest dated trigger before it in the sentence (a
        coordinated verb: "on 5 January they seized A and burned B"), else
        the nearest date after it when no clause boundary or comma stands
        between ("seized A and burned B on 5 January"); else it has no date.
        A ``nominal`` trigger (an event named by a noun, "after Tokayev's
        request for help") has only a date it owns: the clause around it
        dates another event.  Values are ``(date, date_source)``.
        """
        out: dict[int, tuple[str, str | None]] = {}
        if not s.dates:
            return out
        points = sorted(set(triggers))
        owned: dict[int, list[tuple[int, str, str | None]]] = {}
        for d in s.dates if points else ():
            # a date inside a relative clause dates only the triggers in that clause ("X is
            # suspected of organising the riots that broke out after the elections of 4 October")
            span = self.relative_span(s, d[0])
            eligible = [t for t in points if span is None or span[0] <= t < span[1]]
            if not eligible:
                continue
            best = min(eligible, key=lambda t: (self._separators(t, d[0]) * SEPARATOR_COST + abs(t - d[0]),
                                                t < d[0]))
            owned.setdefault(best, []).append(d)
        for t in points:
            if t in owned:
                d = min(owned[t], key=lambda d: abs(d[0] - t))
                out[t] = (d[1], d[2])
        points = sorted(set(points) | set(states))
        for t in points:
            if t in out or t in nominal:
                continue
            before = [u for u in points if u < t and u in owned]
            if before:
                out[t] = out[before[-1]]
                continue
            after = [d for d in s.dates if d[0] > t]
            if after:
                d = min(after, key=lambda d: d[0])
                if not self._separators(t, d[0]):
                    out[t] = (d[1], d[2])
        return out

    def _separators(self, a: int, b: int) -> int:
        """Clause separators between words ``a`` and ``b``: commas, ";", ":", clause words, relatives."""
        lo, hi = min(a, b), max(a, b)
        return sum(1 for j in range(lo + 1, hi)
                   if self.boundary[j] or self.relative[j] or self.words[j].text in ",;:")

    # -- clauses ----------------------------------------------------------------------------
    def clause(self, s: Sentence, a: int, b: int) -> tuple[int, int]:
        """The clause around words ``[a, b)``: between clause words (or ";") and the sentence edges."""
        lo = a
        while lo > s.lo and not self.boundary[lo - 1]:
            lo -= 1
        hi = b
        while hi < s.hi and not self.boundary[hi]:
            hi += 1
        return lo, hi


def adjust(arg: Arg, **changes) -> Arg:
    """``dataclasses.replace(arg, **changes)``, without its walk over the fields and the frozen
    ``__init__`` when ``changes`` names fields of Arg only (the same object, five times faster)."""
    if type(arg) is not Arg or not _ARG_FIELDS.issuperset(changes):
        return replace(arg, **changes)  # (raises as replace does)
    new = _new(Arg)
    _set(new, "__dict__", {**arg.__dict__, **changes})
    return new


_ARG_FIELDS = frozenset(Arg.__dataclass_fields__)


def _tied_country(view: "DocView", ent) -> str | None:
    """The country an entity belongs to: a group's adjective ("Kazakh police"), an
    organisation's name "… of <country>", a place's kz:partOf chain."""
    country = view.lex.group_country(ent.id)
    if country is None and " of " in ent.name:
        country = view.lex.country_named(ent.name.rsplit(" of ", 1)[1])
    if country is None and ent.part_of:
        country = view._country_of(ent.part_of, _countries(view.onto))
    return country


@lru_cache(maxsize=4096)
def _adjective_keys(onto, entity: str, lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A country's adjectives (as written, folded, and as keys), its one-word names' keys and its
    names folded (:meth:`DocView._is_adjective`), read once per process, not per document."""
    ent = onto.entities[entity]
    adjectives = [a for _, adjs in ent.adjectives for a in adjs]
    return (frozenset({a.casefold() for a in adjectives} | {token_key(a, lang) for a in adjectives}),
            frozenset(token_key(n, lang) for n in ent.labels(hidden=True) if len(n.split()) == 1),
            frozenset(n.casefold() for n in ent.labels(hidden=True)))


@lru_cache(maxsize=4)
def _countries(onto) -> dict[str, str]:
    """The ontology's countries by English name, case-folded."""
    return {e.name.casefold(): e.id for e in onto.entities.values() if e.label == "Country"}


def _names_properly(onto, m: Mention, entity: str, country: str) -> bool:
    """Whether mention ``m`` names ``entity`` by a proper name: a capitalised pref/alt label
    of it, or words that name its ``country`` ("kazachski rząd", "Минздрав РК")."""
    proper, country_stems = _proper_keys(onto, entity, country)
    from ...names import tokens_for_key
    tokens = tokens_for_key(m.text)
    if tokens and all(t.isupper() for t in tokens) and len(m.text.strip()) > 1:
        return True  # an acronym ("ДС", "KNB") is a name
    key = tuple(token_key(t, m.lang or None) for t in tokens)
    return key in proper or any(k in country_stems or (len(k) >= 5 and k[:5] in country_stems)
                                    for k in key if len(k) >= 3)


@lru_cache(maxsize=4096)
def _proper_keys(onto, entity: str, country: str) -> tuple[frozenset, frozenset]:
    from ...names import tokens_for_key
    ent = onto.entities[entity]
    # a language that writes every noun with a capital ("Polizei", "Regierung") says nothing of a
    # body's proper name by it; its labels naming the country count through the country's stems below
    nouns_capitalised = {lang for ls in onto.lexical_sets_of("capitalises-nouns") for lang, _ in ls.forms}
    proper = set()
    place = ent.type in ("GPE", "LOC", "FAC")  # a place's labels are names in every language ("Moskau")
    for group in (ent.pref, ent.alt):
        for lang, labels in group:
            if lang in nouns_capitalised and not place:
                continue  # a body's or a group's "Polizei", "Regierung": common nouns
            for label in labels:
                tokens = tokens_for_key(label)
                if any(t[:1].isupper() for t in tokens):  # "Kazakh police", "aérodrome de Chkalovsky"
                    proper.add(tuple(token_key(t, lang or None) for t in tokens))
    return frozenset(proper), _country_stems(onto).get(country, frozenset())


@lru_cache(maxsize=4)
def _country_stems(onto) -> dict[str, frozenset[str]]:
    """Per country, the five-letter openings of its names' and adjectives' words that no
    other country's share ("kazak", "kazac"; not "respu" of "Republic")."""
    from ...names import tokens_for_key
    by_country: dict[str, set[str]] = {}
    for c in onto.entities.values():
        if c.label != "Country":
            continue
        stems = by_country.setdefault(c.id, set())
        for group in (c.pref, c.alt, c.adjectives):
            for lang, labels in group:
                for label in labels:
                    for t in tokens_for_key(label):
                        k = token_key(t, lang or None)
                        if len(k) >= 3:
                            stems.add(k)  # "rus" (fr "russes") whole,
                        if len(k) >= 5:
                            stems.add(k[:5])  # "kazak…" by its opening
    seen = Counter(k for stems in by_country.values() for k in stems)
    return {c: frozenset(k for k in stems if seen[k] == 1) for c, stems in by_country.items()}
