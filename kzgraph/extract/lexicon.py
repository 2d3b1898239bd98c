"""Extraction's word sets, read from the ontology's Turtle data, and how to match them.

``ontology/lexicon.ttl`` holds ``kz:LexicalSet`` nodes: a ``kz:category``
(the part the words play: ``qualifier``, ``month``, ``source-cue``, ``role``…),
language-tagged ``kz:form`` words or phrases, and a ``kz:value`` where the set
stands for something (a month number, a multiplier, a qualifier's name).
``ontology/quantities.ttl`` adds each quantity kind's ``kz:trigger`` and
``kz:countNoun`` phrases.  This module turns them into per-language
:class:`PhraseTable` objects; it holds no words itself.

A phrase matches a run of :class:`Word` objects when every phrase word equals
the word's lower-cased text or its lemma, so a table may list lemmas
("затримати"), surface forms ("rannych") or both.

Examples
--------
>>> lex = Lexicon.load()
>>> words = make_words("затримали понад 4 тисячі людей", "uk")
>>> lex.table("qualifier", "uk").match(words, 1)
(1, 'more than')
>>> lex.table("multiplier", "uk").match(words, 3)
(1, 1000)
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..names import lemma_of, name_data, token_key, token_spans
from ..ontology import Ontology

# In languages whose elided articles and prepositions are written joined to the
# next word (the languages of names-elided-word in ontology/names.ttl: fr l', d',
# qu'; it dell', all', nell'…), a short prefix (up to five letters, the shape of
# every such function word) before an apostrophe is split off before matching;
# offsets stay exact.
_ELISION = re.compile(r"^([^\W\d_]{1,5})['’](?=[^\W\d_])", re.IGNORECASE)


@dataclass(frozen=True)
class Word:
    """One word of a sentence: offsets into the text it came from, and its forms."""

    start: int
    end: int
    text: str
    lower: str
    lemma: str

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        """Two or more letters, all upper case ("OTSC", "ОДКБ"; not "Almaty", "中国").

        >>> [Word(0, 4, t, t.casefold(), t).is_acronym for t in ("OTSC", "ОДКБ", "Almaty", "A", "中国")]
        [True, True, False, False, False]
        """
        if not self.text.isupper():  # asked of every word: the common answer without a list
            return False
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def is_number(self) -> bool:
        return self.text.isdigit()


def make_words(text: str, lang: str, offset: int = 0) -> list[Word]:
    """The :class:`Word` list of ``text`` (offsets shifted by ``offset``).

    Words are those of :func:`kzgraph.names.token_spans` (so gazetteer keys
    line up), with elided articles split off in French and Italian.

    Examples
    --------
    >>> [w.text for w in make_words("l'OTSC d'Almaty", "fr")]
    ['OTSC', 'Almaty']
    >>> [(w.start, w.text) for w in make_words("dell'Onu all'Otsc", "it")]
    [(5, 'Onu'), (13, 'Otsc')]
    """
    words: list[Word] = []
    for chunk in _NO_SPACE.finditer(text):
        at = offset + chunk.start()
        for start, end, tok, lower, lemma in _chunk_words(chunk.group(), lang):
            # Word(start + at, end + at, tok, lower, lemma) without the frozen dataclass's checked
            # __init__: the same object in half the time, for every word of every sentence
            word = _new(Word)
            _set(word, "__dict__", {"start": start + at, "end": end + at, "text": tok, "lower": lower, "lemma": lemma})
            words.append(word)
    return words


_new, _set = object.__new__, object.__setattr__


# A word never holds a space, so the words of a text are those of its runs of non-space
# characters, each run read once (lru_cache): the same runs recur in every sentence, and
# reading them (a Unicode regex, NFKC, elision, lemma) was 8% of extraction.
_NO_SPACE = re.compile(r"\S+")


@lru_cache(maxsize=50_000)
def _chunk_words(chunk: str, lang: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, text, lower, lemma) of the words of ``chunk``, a text without spaces."""
    out = []
    eliding = lang in name_data().eliding
    for start, end, tok in token_spans(chunk):
        if eliding:
            m = _ELISION.match(tok)
            if m:
                start += m.end()
                tok = tok[m.end():]
        out.append((start, end, tok, tok.casefold(), lemma_of(tok, lang)))
    return tuple(out)


def word_key(word: Word, lang: str) -> str:
    """The alignment key of a word (see :func:`kzgraph.names.token_key`)."""
    return token_key(word.text, lang)


class PhraseTable:
    """Phrases (tuples of words) -> value, matched longest first.

    A phrase word matches a text word when it equals the word's lower-cased
    text or lemma, or when both have the same lemma.
    """

    def __init__(self, phrases: dict[tuple[str, ...], object], lang: str = ""):
        self.phrases = phrases
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], object]]] = defaultdict(list)
        for phrase, value in sorted(phrases.items(), key=lambda p: (-len(p[0]), p[0])):
            lemmas = tuple(lemma_of(w, lang) for w in phrase) if lang else phrase
            entry = (phrase, lemmas, value)
            self._by_first[phrase[0]].append(entry)
            if lemmas[0] != phrase[0]:
                self._by_first[lemmas[0]].append(entry)

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def __contains__(self, word: str) -> bool:
        return (word.casefold(),) in self.phrases

    def match(self, words: Sequence[Word], i: int) -> tuple[int, object] | None:
        """``(length, value)`` of the longest phrase starting at ``words[i]``, or ``None``."""
        if i >= len(words) or i < 0:
            return None
        first = words[i]
        if first.lower not in self._by_first and first.lemma not in self._by_first:
            return None  # most words start no phrase of a table
        best = None
        for key in (first.lower,) if first.lemma == first.lower else (first.lower, first.lemma):
            for phrase, lemmas, value in self._by_first.get(key, ()):
                n = len(phrase)
                if best is not None and n <= best[0]:
                    continue
                if i + n <= len(words) and all(
                        p == words[i + k].lower or p == words[i + k].lemma or q == words[i + k].lemma
                        for k, (p, q) in enumerate(zip(phrase, lemmas))):
                    best = (n, value)
        return best

    def may_match(self, words: Sequence[Word]) -> bool:
        """Whether some word of ``words`` may start a phrase of the table (its lower-cased text or
        lemma opens one): where none does, :meth:`match` finds nothing at any of them."""
        return not self._by_first.keys().isdisjoint(_word_forms(words))

    def match_ending(self, words: Sequence[Word], end: int) -> tuple[int, object] | None:
        """``(length, value)`` of the longest phrase that ends just before ``words[end]``."""
        best = None
        for n in range(1, min(end, self.max_len) + 1):
            hit = self.match(words, end - n)
            if hit and hit[0] == n and (best is None or n > best[0]):
                best = hit
        return best

    def find(self, words: Sequence[Word], start: int = 0, end: int | None = None):
        """Every ``(index, length, value)`` match in ``words[start:end]``, left to right."""
        end = len(words) if end is None else end
        i = start
        starts = self._by_first
        if end - start > _FEW_WORDS and starts.keys().isdisjoint(_word_forms(words)):
            return  # no word of the sentence starts a phrase of this table (most tables, most sentences)
        while i < end:
            # tables are walked over every word of a sentence: ask only where a phrase may start
            hit = self.match(words, i) if words[i].lower in starts or words[i].lemma in starts else None
            if hit and i + hit[0] <= end:
                yield i, hit[0], hit[1]
                i += hit[0]
            else:
                i += 1

    @property
    def max_len(self) -> int:
        return max((len(p) for p in self.phrases), default=0)


_FEW_WORDS = 6  # a shorter stretch of words is walked at once
_FORMS: dict[int, tuple[Sequence[Word], int, frozenset[str]]] = {}
_MAX_FORMS = 512  # word lists whose forms are kept


def _word_forms(words: Sequence[Word]) -> frozenset[str]:
    """The lower-cased texts and lemmas of ``words``, kept for the latest word lists: a sentence's
    words are walked by a dozen tables (sources, denials, speech verbs, titles …) one after the other."""
    got = _FORMS.get(id(words))
    if got is not None and got[0] is words and got[1] == len(words):
        return got[2]
    forms = frozenset(w.lower for w in words) | frozenset(w.lemma for w in words)
    if len(_FORMS) >= _MAX_FORMS:
        _FORMS.clear()
    _FORMS[id(words)] = (words, len(words), forms)
    return forms


def _phrase(form: str, lang: str) -> tuple[str, ...]:
    """The words of a form, lower-cased, split the way :func:`make_words` splits text."""
    return tuple(w.lower for w in make_words(form, lang)) or tuple(form.casefold().split())


class Lexicon:
    """Every word set of the ontology, by category and language.

    Build it with :meth:`load` (cached per ontology).
    """

    def __init__(self, sets: dict[tuple[str, str], dict[tuple[str, ...], object]],
                 kinds: dict[str, dict[str, dict[tuple[str, ...], str]]],
                 specialised: dict[str, str], raw: dict[tuple[str, str], set[str]]):
        self._sets = sets
        self._raw = raw
        self._kinds = kinds  # "trigger"/"countNoun" -> lang -> phrase -> kind id
        self.specialised = specialised  # base kind -> the officers' kind that narrows it
        self._tables: dict[tuple[str, str], PhraseTable] = {}

    @classmethod
    def load(cls, ontology: Ontology | None = None) -> "Lexicon":
        return _lexicon_for(ontology or Ontology.load())

    def table(self, category: str, lang: str) -> PhraseTable:
        """The phrases of ``category`` in ``lang`` with their values."""
        key = (category, lang)
        if key not in self._tables:
            if category in ("trigger", "countNoun"):
                self._tables[key] = PhraseTable(self._kinds[category].get(lang, {}), lang)
            else:
                self._tables[key] = PhraseTable(self._sets.get(key, {}), lang)
        return self._tables[key]

    def forms(self, category: str) -> dict[str, frozenset[str]]:
        """lang -> the single-word forms of ``category`` (case kept as written).

        Kept per category: dates ask for month homonyms once per sentence, and
        walking every lexical set each time cost 3% of extraction."""
        memo = self.__dict__.setdefault("_forms_memo", {})
        if category not in memo:
            out: dict[str, set[str]] = defaultdict(set)
            for (cat, lang), phrases in self._raw.items():
                if cat == category:
                    out[lang].update(phrases)
            memo[category] = {lang: frozenset(forms) for lang, forms in out.items()}
        return memo[category]

    def languages(self, category: str) -> set[str]:
        return {lang for (cat, lang) in self._sets if cat == category}


@lru_cache(maxsize=8)
def _lexicon_for(ontology: Ontology) -> Lexicon:
    sets: dict[tuple[str, str], dict[tuple[str, ...], object]] = defaultdict(dict)
    raw: dict[tuple[str, str], set[str]] = defaultdict(set)
    for lexical_set in ontology.lexical_sets:
        category, value = lexical_set.category, lexical_set.value
        for lang, form in lexical_set.forms:
            lang = lang.lower()
            text = unicodedata.normalize("NFC", form)
            sets[(category, lang)][_phrase(text, lang)] = value if value is not None else text
            raw[(category, lang)].add(text)
    kinds: dict[str, dict[str, dict[tuple[str, ...], str]]] = {"trigger": defaultdict(dict),
                                                               "countNoun": defaultdict(dict)}
    specialised: dict[str, str] = {}
    for kind in sorted(ontology.quantity_kinds.values(), key=lambda k: k.position):
        if kind.specialises is not None:
            specialised[kind.specialises] = kind.id
        for groups, name in ((kind.triggers, "trigger"), (kind.count_nouns, "countNoun")):
            for lang, forms in groups:
                if not lang:
                    continue
                for form in forms:
                    kinds[name][lang.lower()].setdefault(_phrase(form, lang.lower()), kind.id)
    return Lexicon(dict(sets), {k: dict(v) for k, v in kinds.items()}, specialised, dict(raw))


__all__ = ["Word", "make_words", "word_key", "PhraseTable", "Lexicon"]
