"""Mention text + language -> canonical entity, in any script or inflection.

Names are compared through *matching keys*, never through raw spellings.  A key
is built token by token (:func:`token_key`):

1. Unicode/quote/apostrophe normalisation and case folding (:func:`normalize`);
2. inflection: Slavic case endings are cut back to a consonant stem
   (``Токаєва``/``Токаеву``/``Tokajewa``/``Tokajewem`` -> ``токаев``/``tokajew``),
   pymorphy3 lemmatises known common words of uk/ru first; Romance and
   Germanic plural, possessive and adjective endings are cut too;
3. transliteration of Cyrillic and of the Polish/German/French spellings of
   the same sounds into one Latin alphabet (``Tokajew`` ~ ``Tokaïev``);
4. a phonetic skeleton that forgets what transliteration systems disagree on
   (j/y/i before e, sh/zh/sch/ż, kh/h/g, ts/z, doubled letters…).

Non-Slavic languages keep a final ``a`` (``Nazarbayeva``@en is a woman, not the
ex-president); in uk/ru/pl it is a case ending and is cut.  Keys are compared
exactly first, then as *loose* keys (trailing vowels cut in every language,
with a gender veto), then fuzzily (RapidFuzz) inside blocks of keys that share
their first letters.  Every decision is recorded in an :class:`Explanation`.

Tokenisation (:func:`tokens_for_key`): words are runs of letters and digits;
an apostrophe between letters stays inside the word; hyphens, dots, slashes,
quotes and other punctuation separate words.  ``Kassym-Jomart`` is two tokens,
``Nursultan`` one, so the person never collides with the city ``Nur-Sultan``.

Examples
--------
>>> name_key("Kasyma-Żomarta Tokajewa", "pl") == name_key("Касым-Жомарт Токаев", "ru")
True
>>> name_key("Tokaïev", "fr") == name_key("Tokayev", "en") == name_key("Tokajew", "de")
True
>>> tokens_for_key("Kassym-Jomart Tokayev's")
['Kassym', 'Jomart', "Tokayev's"]
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz, process

from .errors import UsageError
from .model import Entity, Mention
from .ontology import EntityDef, Ontology

__all__ = ["NEW_ENTITY_PREFIX", "normalize", "tokens_for_key", "token_spans", "token_key", "name_key",
           "loose_key", "readable_latin", "Alignment", "Explanation", "Aligner"]

NEW_ENTITY_PREFIX = "x-"  # ids of entities found in the corpus, not in the ontology

# ---------------------------------------------------------------- normalisation

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'", "ʹ": "'", "′": "'"})
_QUOTES = re.compile(r"[\"«»“”„‟‹›]")
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFKC, one apostrophe, no double quotes, case-folded, single spaces.

    Examples
    --------
    >>> normalize("  «Хабар  24» ")
    'хабар 24'
    >>> normalize("Nazarbayev’s") == normalize("Nazarbayev`s") == "nazarbayev's"
    True
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = _QUOTES.sub("", text)
    return _SPACE.sub(" ", text).strip().casefold()


# a word: letters/digits, with apostrophes allowed between letters (з'явився, d'Almaty)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` for every key token of ``text``, offsets into ``text``.

    The tokens are those of :func:`tokens_for_key`; use this to find mentions in a
    document with :meth:`Aligner.gazetteer`.

    Examples
    --------
    >>> token_spans("у Нур-Султані.")
    [(0, 1, 'у'), (2, 5, 'Нур'), (6, 13, 'Султані')]
    """
    out = []
    for m in _WORD.finditer(text.translate(_APOSTROPHES)):
        out.append((m.start(), m.end(), unicodedata.normalize("NFKC", m.group())))
    return out


def tokens_for_key(text: str) -> list[str]:
    """The tokens a key is built from: case kept, apostrophes unified, punctuation dropped.

    Examples
    --------
    >>> tokens_for_key('РИА "Новости" / Хабар-24')
    ['РИА', 'Новости', 'Хабар', '24']
    """
    return [tok for _, _, tok in token_spans(unicodedata.normalize("NFKC", text))]


# ---------------------------------------------------------------- languages and scripts

_SLAVIC = frozenset({"uk", "ru", "be", "pl", "cs", "sk", "bg", "sr", "hr", "sl"})
_CYRILLIC_LANGS = frozenset({"uk", "ru", "be", "bg", "sr", "kk", "ky", "tg", "mn"})
_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъё")
_KK_LETTERS = frozenset("әғқңөұүһ")
_PL_LETTERS = frozenset("ąćęłńśźż")
_DE_LETTERS = frozenset("äöüß")


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" or "\u0500" <= ch <= "\u052f"


def _token_lang(tok: str, lang: str | None) -> str:
    """The language whose rules apply to one (case-folded) token.

    The document language, unless the token's script says otherwise (a Latin
    ``Twitter`` in a Russian text, a Cyrillic quote in a French one).
    """
    cyr = any(_is_cyrillic(c) for c in tok)
    if cyr:
        if lang in _CYRILLIC_LANGS:
            return lang
        letters = set(tok)
        if letters & _UK_LETTERS:
            return "uk"
        if letters & _KK_LETTERS:
            return "kk"
        return "ru"
    if lang is not None and lang not in _CYRILLIC_LANGS:
        return lang
    letters = set(tok)
    if letters & _PL_LETTERS:
        return "pl"
    if letters & _DE_LETTERS:
        return "de"
    return "xx"  # Latin, language unknown: no inflection rules


# ---------------------------------------------------------------- inflection

# Endings cut from uk/ru/be words, longest first; then trailing vowels, й and ь
# go too, so every case form of a name ends on the same consonant stem.
_CYR_ENDINGS = tuple(sorted({
    "ами", "ями", "ими", "ыми", "ому", "ему", "ього", "ьому", "ого", "его", "ові", "еві", "єві",
    "ою", "ею", "єю", "ой", "ей", "ої", "ій", "ий", "ый", "ая", "яя", "ое", "ее", "ие", "ые", "іє",
    "ім", "им", "ым", "их", "іх", "ых", "ом", "ем", "єм", "ём", "ам", "ям", "ах", "ях", "ую", "юю",
}, key=len, reverse=True))
# -им/-ым is a case ending only after a surname or adjective suffix (Токаевым,
# Путиным, российским), never in Касим, Карим, Ибрагим
_CYR_IM = frozenset({"им", "ым", "ім"})
_CYR_IM_STEM = re.compile(r"(?:ов|ев|єв|ёв|ин|ін|ын|ск|цк|н|ськ|цьк)$")
# -ом/-ем is instrumental after a stem of four letters or more (Мухтаром), not in Артем
_CYR_SHORT_STEM_ENDINGS = frozenset({"ом", "ем", "єм", "ём", "ам", "ям"})
_CYR_VOWELS = frozenset("аеєиіїоуюяыэёйьъ")
# Polish: (ending, replacement) longest first; the replacements undo the consonant
# alternations of the locative (Twitterze -> Twitter, Radzie -> Rad-a) and of the
# masculine personal plural (rosyjscy -> rosyjsk-i).
_PL_ENDINGS = tuple(sorted({
    ("owie", ""), ("owi", ""), ("ami", ""), ("ach", ""), ("ego", ""), ("emu", ""), ("iej", ""),
    ("ich", ""), ("imi", ""), ("ymi", ""), ("ych", ""), ("ów", ""),
    ("ej", ""), ("em", ""), ("om", ""), ("ie", ""), ("ii", ""), ("ym", ""), ("im", ""),
    ("rze", "r"), ("dzie", "d"), ("cie", "t"), ("ście", "st"), ("ce", "k"), ("dze", "g"),
    ("scy", "sk"), ("ccy", "ck"),
}, key=lambda p: len(p[0]), reverse=True))
_PL_VOWELS = frozenset("aąeęioóuyj")
# Czech: the case endings that end on a consonant or two vowels (Tokajevovi,
# Tokajevem, kazašského, Moskvou, Nazarbajevová); single final vowels (Tokajeva,
# Rusku, Moskvě, Arménii) go with the vowel loop like in the other languages.
_CS_ENDINGS = tuple(sorted({
    ("ovou", ""), ("ovi", ""), ("ové", ""), ("ová", ""), ("ého", ""), ("ému", ""), ("ými", ""),
    ("ími", ""), ("ách", ""), ("ech", ""), ("ích", ""), ("ých", ""), ("ami", ""), ("emi", ""),
    ("ům", ""), ("em", ""), ("ém", ""), ("ím", ""), ("ým", ""), ("ám", ""), ("ou", ""),
    ("ští", "sk"), ("čtí", "ck"),  # the masculine personal plural: ruští -> rusk-ý
}, key=lambda p: len(p[0]), reverse=True))
_CS_VOWELS = frozenset("aáeéěiíoóuúůyý")
_LATIN_SLAVIC_ENDINGS = {"pl": (_PL_ENDINGS, _PL_VOWELS), "cs": (_CS_ENDINGS, _CS_VOWELS)}
_MIN_STEM = 3


def _cut_slavic(tok: str, lang: str) -> str:
    if lang in _LATIN_SLAVIC_ENDINGS:
        endings, vowels = _LATIN_SLAVIC_ENDINGS[lang]
        for ending, repl in endings:
            if tok.endswith(ending) and len(tok) - len(ending) + len(repl) >= _MIN_STEM:
                tok = tok[: len(tok) - len(ending)] + repl
                break
    else:
        for ending in _CYR_ENDINGS:
            if not tok.endswith(ending):
                continue
            stem = tok[: len(tok) - len(ending)]
            if len(stem) < _MIN_STEM or (ending in _CYR_IM and not _CYR_IM_STEM.search(stem)) or \
                    (ending in _CYR_SHORT_STEM_ENDINGS and len(stem) < 4):
                continue
            tok = stem
            break
        vowels = _CYR_VOWELS
    while len(tok) > 2 and tok[-1] in vowels:  # Алма-Ата/Алма-Ате -> алм-ат
        tok = tok[:-1]
    return tok


_ELISION = re.compile(r"^(?:jusqu|lorsqu|puisqu|qu|dell|dall|nell|sull|coll|all|quell|un|[cldjmnst])'(?=\w)")
# German declension: adjectives (russische, Vereinten) and the genitive -s (Tokajews)
_DE_ENDING = re.compile(r"(?<=....)(?:en|em|er|es|e|(?<=[^sxzßu])s)$")


def _cut_other(tok: str, lang: str, lower: bool) -> str:
    """Possessive, plural and adjective endings of the Latin-script, non-Slavic languages."""
    tok = _ELISION.sub("", tok)
    if tok.endswith("'s") or tok.endswith("s'"):
        tok = tok[:-2]
    tok = tok.replace("'", "")
    if lang in ("en", "xx", "nl") and len(tok) >= 5 and tok[-1] == "s" and tok[-2] not in "sxzuiß":
        tok = tok[:-1]  # Kazakhs, Russians
    if lang in ("fr", "es", "it", "pt", "ca") and len(tok) >= 5 and tok[-1] in "sx" and tok[-2] != "s":
        tok = tok[:-1]  # russes, rusos
    if lang == "de":
        tok = _DE_ENDING.sub("", tok)
    if lang in ("fr", "es", "it", "pt", "ca") and lower and len(tok) >= 5 and tok[-1] in "aeio":
        tok = tok[:-1]  # lowercase adjectives: russe/russo/russa/rusa -> russ/rus
    return tok


_POS_LEMMATISED = frozenset({"NOUN", "ADJF", "PRTF"})
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Abbr", "Init"})


@lru_cache(maxsize=4)
def _morph(lang: str):
    import pymorphy3  # imported lazily: loading a dictionary takes a third of a second

    return pymorphy3.MorphAnalyzer(lang=lang)


def _lemma(tok: str, lang: str) -> str:
    """pymorphy3's lemma of a *known common word* (names are left to the rules).

    Only lower-case words get here: pymorphy3 reads a capitalised Токаев as the
    genitive plural of "токай" (a wine) and Токаеву as a woman's first name.
    """
    if lang not in ("uk", "ru") or "-" in tok:
        return tok
    parse = _morph(lang).parse(tok)[0]
    tag = parse.tag
    if not parse.is_known or tag.POS not in _POS_LEMMATISED or tag.grammemes & _NAME_GRAMMEMES:
        return tok
    return parse.normal_form


# ---------------------------------------------------------------- transliteration

_CYR_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "ў": "u", "'": "",
}
_CYR_LATIN_UK = {**_CYR_LATIN, "и": "y"}

# spelling of the same sounds per Latin-script language, applied before anyascii
_LATIN_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "pl": (("szcz", "shch"), ("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("dż", "dzh"), ("ż", "zh"),
           ("ź", "zh"), ("ś", "sh"), ("ć", "ch"), ("ch", "kh"), ("c", "ts"), ("j", "y"), ("w", "v"),
           ("ł", "l"), ("ó", "o"), ("ą", "on"), ("ę", "en"), ("ń", "n")),
    "cs": (("ch", "kh"), ("č", "ch"), ("š", "sh"), ("ž", "zh"), ("c", "ts"), ("j", "y"), ("ř", "rzh")),
    "de": (("tsch", "ch"), ("dsch", "dzh"), ("sch", "sh"), ("ch", "kh"), ("z", "ts"), ("j", "y"),
           ("w", "v"), ("ß", "ss"), ("ä", "a"), ("ö", "o"), ("ü", "u")),
    "nl": (("tsj", "ch"), ("zj", "zh"), ("sj", "sh"), ("ch", "kh"), ("j", "y"), ("w", "v"), ("oe", "u")),
    "fr": (("tch", "ch"), ("ch", "sh"), ("dj", "dzh"), ("ou", "u"), ("qu", "k")),
    "it": (("sci", "shi"), ("sce", "she"), ("ch", "k"), ("gh", "g")),
    "es": (("ñ", "ny"),),
}


def _romanize(tok: str, lang: str) -> str:
    if any(_is_cyrillic(c) for c in tok):
        table = _CYR_LATIN_UK if lang == "uk" else _CYR_LATIN
        tok = "".join(table.get(c, c) for c in tok)
    else:
        for src, dst in _LATIN_RULES.get(lang, ()):
            tok = tok.replace(src, dst)
    return anyascii(tok).lower()


# phonetic skeleton: ordered rewrites on the romanised token; upper-case letters
# are placeholders so a rewrite's output is not rewritten again
_SKELETON = (
    ("x", "ks"), ("q", "k"), ("ck", "k"), ("shch", "X"), ("dsh", "X"), ("sch", "X"), ("sh", "X"),
    ("dzh", "X"), ("dj", "X"), ("zh", "X"), ("j", "X"), ("tch", "Q"), ("ch", "Q"), ("kh", "G"),
    ("gh", "G"), ("ph", "F"), ("th", "T"), ("tz", "C"), ("ts", "C"), ("h", "G"), ("w", "v"),
    ("y", "i"), ("ou", "u"), ("z", "s"),
)
_VOWEL_I_E = re.compile(r"(?<=[aeiou])i(?=e)|^i(?=e)")
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_E = re.compile(r"(?<=[^aeiou])e$")


def _skeleton(tok: str) -> str:
    for src, dst in _SKELETON:
        tok = tok.replace(src, dst)
    tok = _VOWEL_I_E.sub("", tok.lower())
    tok = _DOUBLE.sub(r"\1", tok)
    if len(tok) >= 5:
        tok = _FINAL_E.sub("", tok)
    return tok


def _is_acronym(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(tok) <= 8


@lru_cache(maxsize=200_000)
def token_key(token: str, lang: str | None = None) -> str:
    """The matching key of one token (see the module docstring for the steps).

    Examples
    --------
    >>> {token_key(t, lg) for t, lg in [("Tokajew", "pl"), ("Tokaïev", "fr"), ("Tokayev", "en"),
    ...  ("Tokaiev", None), ("Tokaev", "en"), ("Токаєв", "uk"), ("Токаева", "ru"), ("Tokáyev", "es"),
    ...  ("Tokajewa", "pl"), ("Токаеву", "ru"), ("Tokajews", "de")]}
    {'tokaev'}
    >>> token_key("ОДКБ", "uk") == token_key("ODKB", "pl")
    True
    >>> token_key("Nazarbayeva", "en") == token_key("Nazarbayev", "en")
    False
    """
    text = unicodedata.normalize("NFKC", token).translate(_APOSTROPHES).strip()
    acronym = _is_acronym(text)
    lower = text == text.lower()
    tok = text.casefold()
    tl = _token_lang(tok, lang)
    if acronym:
        return _romanize(tok.replace("'", ""), tl)
    if tl in _SLAVIC:
        tok = tok.replace("'", "")
        tok = _cut_slavic(_lemma(tok, tl) if lower else tok, tl)
    elif tl not in _CYRILLIC_LANGS:
        tok = _cut_other(tok, tl, lower)
    return _skeleton(_romanize(tok, tl))


def name_key(text: str, lang: str | None = None) -> str:
    """One Latin key for a whole (inflected, multi-token) name: token keys joined by spaces.

    Examples
    --------
    >>> name_key("Jerłan Turgumbajew", "pl") == name_key("Ерлан Тургумбаев", "ru")
    True
    >>> name_key("Нур-Султані", "uk") == name_key("Nur-Sułtanie", "pl")
    True
    """
    return " ".join(_key_tuple(text, lang))


@lru_cache(maxsize=200_000)
def _key_tuple(text: str, lang: str | None) -> tuple[str, ...]:
    return tuple(k for k in (token_key(t, lang) for t in tokens_for_key(text)) if k)


def _guess_lang(text: str) -> str | None:
    """The language a name without one is read in, from its letters (None: plain Latin)."""
    folded = text.casefold()
    guesses = {_token_lang(tok, None) for tok in folded.split()}
    for lang in ("uk", "kk", "ru", "pl", "de"):
        if lang in guesses:
            return lang
    return None


# trailing vowels, and a final -s after them (fr/es/it/pt cut a plural -s from some
# spellings of a name and not others: Aïdos ~ Айдос)
_TRAILING_VOWELS = re.compile(r"(?<=...)(?:[aeiou]+|[aeiou]*s)$")


@lru_cache(maxsize=200_000)
def _loose_token(key: str) -> str:
    return _TRAILING_VOWELS.sub("", key)


def loose_key(text: str, lang: str | None = None) -> str:
    """:func:`name_key` with trailing vowels cut in every language (gender and case blind).

    Examples
    --------
    >>> loose_key("Дарига Назарбаева", "ru") == loose_key("Dariga Nazarbayeva", "en")
    True
    """
    return " ".join(_loose_token(k) for k in _key_tuple(text, lang))


# ---------------------------------------------------------------- readable names

_CYR_READABLE = {**_CYR_LATIN, "е": "e", "х": "kh", "ё": "yo", "й": "y", "ы": "y", "г": "g"}
_CYR_VOWEL_LETTERS = frozenset("аеёиоуыэюяіїєьъ")


def readable_latin(text: str) -> str:
    """An English-style Latin spelling of a name in any script (for new entities).

    Examples
    --------
    >>> readable_latin("Ерлан Тургумбаев")
    'Yerlan Turgumbayev'
    >>> readable_latin("Jerłan Turgumbajew")
    'Jerlan Turgumbajew'
    """
    out = []
    prev = ""
    for ch in unicodedata.normalize("NFKC", text):
        low = ch.lower()
        if _is_cyrillic(ch):
            if low == "е" and (not prev or not prev.isalpha() or prev.lower() in _CYR_VOWEL_LETTERS):
                piece = "ye"
            else:
                piece = _CYR_READABLE.get(low, anyascii(ch).lower())
            if ch != low and piece:
                piece = piece[0].upper() + piece[1:]
            out.append(piece)
        else:
            out.append(anyascii(ch) if ord(ch) > 127 else ch)
        prev = ch
    return _SPACE.sub(" ", "".join(out)).strip()


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Alignment:
    """Why a mention belongs to an entity: the entity, the deciding rule, a score in [0, 1]."""

    entity: Entity
    rule: str
    score: float
    key: str


@dataclass(frozen=True)
class Explanation:
    """Everything :meth:`Aligner.explain` looked at, printable with ``str()``.

    ``candidates`` are ``(entity_id, name, matched key, score)``, best first.
    """

    text: str
    lang: str | None
    key: str
    candidates: tuple[tuple[str, str, str, float], ...]
    decision: Alignment | None
    rule: str
    notes: tuple[str, ...] = ()

    def __str__(self) -> str:
        lines = [f"{self.text!r} (lang {self.lang or '?'}) -> key {self.key!r}"]
        if self.candidates:
            lines.append("candidates:")
            for eid, name, key, score in self.candidates:
                lines.append(f"  {score:5.2f}  {eid:<40} {name}  [key {key!r}]")
        else:
            lines.append("candidates: none")
        lines.extend(f"note: {note}" for note in self.notes)
        if self.decision is None:
            lines.append(f"decision: no entity (rule {self.rule})")
        else:
            d = self.decision
            lines.append(f"decision: {d.entity.id} ({d.entity.name}) by rule {d.rule}, score {d.score:.2f}")
        return "\n".join(lines)


# ---------------------------------------------------------------- the aligner

# types that may stand for one another (extraction's label is only a hint)
_TYPE_FAMILY = {"PERSON": "P", "ORG": "O", "GPE": "L", "LOC": "L", "FAC": "L", "EVENT": "E",
                "GROUP": "G", "CONCEPT": "C"}
_KIND_RANK = {"pref": 0, "alt": 1, "adjective": 2, "hidden": 3, "variant": 4, "surname": 5}
_FUZZY_MIN = 90.0  # RapidFuzz ratio on keys
_FUZZY_MIN_LEN = 6  # shorter keys are never matched fuzzily
_FUZZY_MARGIN = 3.0


@dataclass(frozen=True)
class _Entry:
    """One matchable form of an ontology entity."""

    entity: str
    kind: str  # pref, alt, adjective, hidden, surname
    lang: str  # "" when the label has no language tag
    key: tuple[str, ...]
    text: str


@dataclass
class _Index:
    exact: dict[tuple[str, ...], list[_Entry]] = field(default_factory=lambda: defaultdict(list))
    loose: dict[tuple[str, ...], list[_Entry]] = field(default_factory=lambda: defaultdict(list))
    # key prefix -> (key, joined key), sorted: the candidates of fuzzy matching
    blocks: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    given: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # given names as written (normalised), and each person's surnames as written
    given_text: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    surname_text: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # person id -> token keys of its labels in languages that keep a final "a" (en, fr, de, kk…)
    gendered: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _entity_from_def(d: EntityDef) -> Entity:
    names: dict[str, list[str]] = defaultdict(list)
    for group in (d.pref, d.alt):
        for lang, labels in group:
            names[lang].extend(labels)
    aliases = sorted({label for labels in names.values() for label in labels})
    return Entity(id=d.id, name=d.name, type=d.type, wikidata=d.wikidata, aliases=tuple(aliases),
                  names=tuple((lang, tuple(v)) for lang, v in sorted(names.items())), roles=d.roles)


def _fuzzy_score(a: tuple[str, ...], b: tuple[str, ...], person: bool) -> float:
    """RapidFuzz ratio of two keys of as many tokens; 0 where fuzziness is not allowed.

    A person's given names must agree (loosely): only the surname may differ by
    a spelling, so "Marat Bektanov" never becomes "Murat Bektanov".
    """
    if len(a) != len(b):
        return 0.0
    if person and len(a) >= 2:
        if any(_loose_token(x) != _loose_token(y) for x, y in zip(a[:-1], b[:-1], strict=True)):
            return 0.0
        last_a, last_b = a[-1], b[-1]
        if min(len(last_a), len(last_b)) < _FUZZY_MIN_LEN - 1:
            return 100.0 if last_a == last_b else 0.0
        return fuzz.ratio(last_a, last_b)
    joined_a, joined_b = " ".join(a), " ".join(b)
    if min(len(joined_a), len(joined_b)) < _FUZZY_MIN_LEN:
        return 0.0
    return fuzz.ratio(joined_a, joined_b)


_ACRONYM_VARIANT_LANGS = ("en", "fr", "de", "it", "es")  # Slavic stemming would eat them


def _is_long_latin_acronym(label: str) -> bool:
    return len(label) >= 4 and label.isalpha() and label.isupper() and label.isascii()


def _block(key: tuple[str, ...]) -> str:
    return "".join(key)[:2]


class Aligner:
    """Resolve names against an :class:`~kzgraph.ontology.Ontology`; cluster the rest.

    ``__init__`` only stores the ontology; the indexes are built on first use.

    Examples
    --------
    >>> aligner = Aligner(Ontology.load())
    >>> aligner.resolve("Kasyma-Żomarta Tokajewa", "pl").entity.name
    'Kassym-Jomart Tokayev'
    """

    def __init__(self, ontology: Ontology):
        self.ontology = ontology
        self._index_cache: _Index | None = None
        self._gazetteer_cache: dict[tuple[str, ...], str] | None = None
        self._entities: dict[str, Entity] = {}

    # ------------------------------------------------------------ indexes

    @property
    def _index(self) -> _Index:
        if self._index_cache is None:
            self._index_cache = self._build_index()
        return self._index_cache

    def _entries(self, d: EntityDef) -> Iterable[_Entry]:
        for kind, groups in (("pref", d.pref), ("alt", d.alt), ("hidden", d.hidden),
                             ("adjective", d.adjectives)):
            for lang, labels in groups:
                for label in labels:
                    key = _key_tuple(label, lang or None)
                    if key:
                        yield _Entry(d.id, kind, lang, key, label)
                    if kind != "hidden" and _is_long_latin_acronym(label):
                        # Italian, Spanish… press writes "Otsc", "Nato": index the mixed-case forms
                        for variant in sorted({(label.title(), lg) for lg in _ACRONYM_VARIANT_LANGS}):
                            vkey = _key_tuple(*variant)
                            if vkey != key:
                                yield _Entry(d.id, "variant", variant[1], vkey, variant[0])

    def _build_index(self) -> _Index:
        index = _Index()
        surname_entries: list[_Entry] = []
        variants: list[_Entry] = []
        blocks: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for d in self.ontology.entities.values():
            for entry in self._entries(d):
                if entry.kind == "variant":
                    variants.append(entry)
                    continue
                index.exact[entry.key].append(entry)
                index.loose[tuple(_loose_token(k) for k in entry.key)].append(entry)
                if entry.kind != "hidden":
                    blocks[_block(entry.key)].add(entry.key)
                if d.type == "PERSON" and entry.lang and entry.lang not in _SLAVIC:
                    index.gendered[d.id].update(entry.key)
                if d.type == "PERSON" and entry.kind in ("pref", "alt") and len(entry.key) >= 2:
                    surname = entry.key[-1:]
                    surname_entries.append(_Entry(d.id, "surname", entry.lang, surname, entry.text))
                    for given in entry.key[:-1]:
                        index.given[given].add(d.id)
                    tokens = [normalize(t) for t in tokens_for_key(entry.text)]
                    if len(tokens) == len(entry.key):
                        for tok in tokens[:-1]:
                            index.given_text[tok].add(d.id)
                        index.surname_text[d.id].add(tokens[-1])
        index.blocks = {prefix: [(k, " ".join(k)) for k in sorted(keys)] for prefix, keys in blocks.items()}
        for entry in variants:  # "Eeuu" would fold to "eu": a variant never takes a key in use
            if entry.key not in index.exact or all(e.entity == entry.entity for e in index.exact[entry.key]):
                index.exact[entry.key].append(entry)
        for entry in surname_entries:
            index.exact[entry.key].append(entry)
            index.loose[tuple(_loose_token(k) for k in entry.key)].append(entry)
        return index

    def entity(self, entity_id: str) -> Entity:
        """The :class:`~kzgraph.model.Entity` record of an ontology entity id."""
        if entity_id not in self._entities:
            self._entities[entity_id] = _entity_from_def(self.ontology.entity(entity_id))
        return self._entities[entity_id]

    def gazetteer(self) -> dict[tuple[str, ...], str]:
        """Token-key sequence -> ontology entity id, for every label and adjective.

        Keys are tuples of :func:`token_key` over :func:`tokens_for_key` (hyphens
        split tokens).  Person surnames are included where one person owns them.
        A key shared by several entities maps to the best-ranked form (prefLabel
        before altLabel before adjective before hiddenLabel, then by id);
        :meth:`align` decides again with the full text.

        Examples
        --------
        >>> gaz = Aligner(Ontology.load()).gazetteer()
        >>> gaz[tuple(token_key(t, "pl") for t in ["Kasyma", "Żomarta", "Tokajewa"])]
        'kassym-jomart-tokayev'
        """
        if self._gazetteer_cache is None:
            out: dict[tuple[str, ...], str] = {}
            for key, entries in self._index.exact.items():
                ids = {e.entity for e in entries}
                if len(ids) > 1 and all(e.kind == "surname" for e in entries):
                    continue  # a surname two people share finds neither
                best = min(entries, key=lambda e: (_KIND_RANK[e.kind], e.entity))
                out[key] = best.entity
            self._gazetteer_cache = out
        return dict(self._gazetteer_cache)

    # ------------------------------------------------------------ one name

    def resolve(self, text: str, lang: str | None = None, label: str | None = None) -> Alignment | None:
        """The ontology entity ``text`` names, or ``None``.

        ``label`` (PERSON, ORG, GPE, …) only breaks ties between candidates.
        """
        return self.explain(text, lang, label).decision

    def explain(self, text: str, lang: str | None = None, label: str | None = None) -> Explanation:
        """Resolve ``text`` and say how: candidates, keys, scores and the deciding rule.

        Examples
        --------
        >>> print(Aligner(Ontology.load()).explain("Tokajewa", "pl"))
        'Tokajewa' (lang pl) -> key 'tokaev'
        candidates:
           0.95  kassym-jomart-tokayev                    Kassym-Jomart Tokayev  [key 'tokaev']
        decision: kassym-jomart-tokayev (Kassym-Jomart Tokayev) by rule exact-alt, score 0.95
        """
        if not isinstance(text, str) or not text.strip():
            raise UsageError(f"cannot align an empty name ({text!r}); give the text of a mention")
        lang = lang or _guess_lang(text)
        key = _key_tuple(text, lang)
        if not key:
            return Explanation(text, lang, "", (), None, "no-tokens")
        result = self._explain_key(text, lang, label, key)
        letters = [c for c in text if c.isalpha()]
        if result.decision is None and len(letters) >= 4 and all(c.isupper() for c in letters):
            title = _key_tuple(text.title(), lang)  # a dateline in capitals: "ALMATY —"
            if title != key:
                retry = self._explain_key(text, lang, label, title)
                if retry.decision is not None and retry.decision.entity.type != "ORG":
                    return retry
        if result.decision is None and len(text) <= 6 and text != text.upper():
            upper = _key_tuple(text.upper(), lang)  # "odkb" typed for "ОДКБ"
            if upper != key:
                retry = self._explain_key(text, lang, label, upper)
                if retry.decision is not None:
                    return retry
        return result

    def _explain_key(self, text: str, lang: str | None, label: str | None,
                     key: tuple[str, ...]) -> Explanation:
        index = self._index
        notes: list[str] = []
        joined = " ".join(key)
        # 1. exact key
        entries = index.exact.get(key, [])
        if entries:
            decision, rule, cands = self._decide(entries, lang, label, key, notes, "exact")
            return Explanation(text, lang, joined, cands, decision, rule, tuple(notes))
        # 2. loose key (trailing vowels cut), with the gender veto
        loose = tuple(_loose_token(k) for k in key)
        entries = [e for e in index.loose.get(loose, []) if not self._gender_clash(key, lang, e, notes)]
        if entries:
            decision, rule, cands = self._decide(entries, lang, label, key, notes, "loose")
            if decision is not None:
                decision = Alignment(decision.entity, decision.rule, min(decision.score, 0.9), joined)
            return Explanation(text, lang, joined, cands, decision, rule, tuple(notes))
        # 3. fuzzy inside the key's block
        return self._fuzzy(text, lang, label, key, notes)

    def _gender_clash(self, key: tuple[str, ...], lang: str | None, entry: _Entry,
                      notes: list[str]) -> bool:
        """A name form of the other gender than the person's own non-Slavic labels.

        Outside uk/ru/pl a final ``a`` is not a case ending: ``Nazarbayeva``@en
        names a woman, so it must not reach a person whose English, French,
        German… labels say ``Nazarbayev`` (and back).
        """
        gendered = self._index.gendered.get(entry.entity)
        if not gendered or lang in _SLAVIC:
            return False
        for tok in key:
            if tok in gendered:
                continue
            if (tok.endswith("a") and tok[:-1] in gendered) or tok + "a" in gendered:
                notes.append(f"gender veto: {' '.join(key)!r} is the other gender's form of "
                             f"{self.entity(entry.entity).name!r}")
                return True
        return False

    def _decide(self, entries: list[_Entry], lang: str | None, label: str | None,
                key: tuple[str, ...], notes: list[str], how: str):
        by_entity: dict[str, list[_Entry]] = defaultdict(list)
        for e in entries:
            by_entity[e.entity].append(e)
        ranked = []
        for eid, es in by_entity.items():
            best = min(es, key=lambda e: (_KIND_RANK[e.kind], e.lang != lang))
            ranked.append((eid, best))
        ranked.sort(key=lambda p: (_KIND_RANK[p[1].kind], p[1].lang != (lang or ""), p[0]))
        base = 1.0 if how == "exact" else 0.9
        cands = tuple((eid, self.entity(eid).name, " ".join(e.key),
                       round(base - 0.05 * _KIND_RANK[e.kind], 2)) for eid, e in ranked)
        if len(ranked) == 1:
            eid, e = ranked[0]
            if e.kind == "surname" and key[0] in self._index.given and \
                    self._index.given[key[0]] - {eid}:
                others = sorted(self._index.given[key[0]] - {eid})
                notes.append(f"{key[0]!r} is also the given name of {', '.join(others)}")
                return None, "ambiguous-surname", cands
            return self._alignment(eid, f"{how}-{e.kind}", cands[0][3], key), f"{how}-{e.kind}", cands
        # several entities share the key: the explicit label beats derived surnames,
        # the type hint and the language break remaining ties
        explicit = [(eid, e) for eid, e in ranked if e.kind != "surname"]
        if not explicit:
            notes.append("several people share this surname")
            return None, "ambiguous-surname", cands
        pool = explicit
        if label in _TYPE_FAMILY:
            typed = [(eid, e) for eid, e in pool
                     if _TYPE_FAMILY.get(self.entity(eid).type) == _TYPE_FAMILY[label]]
            pool = typed or pool
        if len(pool) > 1:
            same_lang = [(eid, e) for eid, e in pool if e.lang == (lang or "")]
            pool = same_lang or pool
        if len(pool) > 1:
            top = _KIND_RANK[pool[0][1].kind]
            pool = [(eid, e) for eid, e in pool if _KIND_RANK[e.kind] == top]
        if len(pool) == 1:
            eid, e = pool[0]
            rule = f"{how}-{e.kind}-preferred"
            notes.append(f"{len(ranked)} entities share this key; chose by label kind/type/language")
            return self._alignment(eid, rule, 0.8, key), rule, cands
        notes.append(f"ambiguous between {', '.join(eid for eid, _ in pool)}")
        return None, "ambiguous", cands

    def _fuzzy(self, text, lang, label, key, notes) -> Explanation:
        index = self._index
        joined = " ".join(key)
        scored: dict[str, tuple[float, tuple[str, ...]]] = {}
        if len(joined) >= _FUZZY_MIN_LEN:
            block = [(cand, text) for cand, text in index.blocks.get(_block(key), ())
                     if len(cand) == len(key)]
            # a cheap prefilter in C on whole keys; _fuzzy_score then applies the real rules
            near = process.extract(joined, [text for _, text in block], scorer=fuzz.ratio,
                                   limit=None, score_cutoff=_FUZZY_MIN - 20)
            for _, _, pos in sorted(near, key=lambda hit: hit[2]):
                cand = block[pos][0]
                for e in index.exact[cand]:
                    score = _fuzzy_score(key, cand, self.entity(e.entity).type == "PERSON")
                    if score < _FUZZY_MIN - 10:
                        continue
                    if e.kind == "hidden" or self._gender_clash(key, lang, e, notes):
                        continue
                    if label in _TYPE_FAMILY and \
                            _TYPE_FAMILY.get(self.entity(e.entity).type) != _TYPE_FAMILY[label]:
                        continue
                    if score > scored.get(e.entity, (0.0, ()))[0]:
                        scored[e.entity] = (score, cand)
        ranked = sorted(scored.items(), key=lambda p: (-p[1][0], p[0]))
        cands = tuple((eid, self.entity(eid).name, " ".join(k), round(s / 100, 2))
                      for eid, (s, k) in ranked[:5])
        if not ranked or ranked[0][1][0] < _FUZZY_MIN:
            return Explanation(text, lang, joined, cands, None, "no-match", tuple(notes))
        if len(ranked) > 1 and ranked[0][1][0] - ranked[1][1][0] < _FUZZY_MARGIN:
            notes.append("two candidates within the fuzzy margin")
            return Explanation(text, lang, joined, cands, None, "ambiguous-fuzzy", tuple(notes))
        eid, (score, _) = ranked[0]
        decision = self._alignment(eid, "fuzzy", round(score / 100 * 0.9, 2), key)
        return Explanation(text, lang, joined, cands, decision, "fuzzy", tuple(notes))

    def given_name_only(self, text: str, person: str) -> bool:
        """Whether ``text`` is written as another person's given name and not as
        ``person``'s surname ("Michelle" is not Charles Michel, though the keys meet).

        >>> a = Aligner(Ontology.load())
        >>> a.given_name_only("Michelle", "charles-michel"), a.given_name_only("Michel", "charles-michel")
        (True, False)
        """
        form = normalize(text)
        owners = self._index.given_text.get(form, set())
        return bool(owners - {person}) and form not in self._index.surname_text.get(person, set())

    def _alignment(self, eid: str, rule: str, score: float, key: tuple[str, ...]) -> Alignment:
        return Alignment(self.entity(eid), rule, score, " ".join(key))

    def closest(self, text: str, n: int = 3) -> list[str]:
        """The ``n`` canonical names whose keys are nearest to ``text``'s (for NotFound messages)."""
        key = name_key(text)
        best: dict[str, float] = {}
        for cand, entries in self._index.exact.items():
            score = fuzz.ratio(key, " ".join(cand))
            for e in entries:
                best[e.entity] = max(best.get(e.entity, 0.0), score)
        ranked = sorted(best.items(), key=lambda p: (-p[1], p[0]))[:n]
        return [self.entity(eid).name for eid, _ in ranked]

    # ------------------------------------------------------------ a corpus

    def align(self, mentions: Iterable[Mention]) -> dict[Mention, Alignment]:
        """Align every mention: ontology entities first, then clusters of unknown names.

        Unknown names are clustered across documents and languages (same key,
        then loose key, then fuzzy within blocks) into new entities with ids
        ``"x-" + slug`` that depend only on the cluster's forms.  Mentions that
        do not look like names (no capital letter) are left out.
        """
        out: dict[Mention, Alignment] = {}
        unknown: list[Mention] = []
        seen: dict[tuple[str, str | None, str], Explanation] = {}
        for mention in mentions:
            if not mention.text.strip():
                continue
            memo = (mention.text, mention.lang, mention.label)
            if memo not in seen:
                seen[memo] = self.explain(mention.text, mention.lang, mention.label)
            explanation = seen[memo]
            decision = explanation.decision
            if decision is None and mention.hint and mention.hint in self.ontology.entities and \
                    any(c[0] == mention.hint for c in explanation.candidates) and \
                    explanation.rule.startswith("ambiguous") and \
                    not self.given_name_only(mention.text, mention.hint):
                decision = self._alignment(mention.hint, "gazetteer-hint", 0.7,
                                           tuple(explanation.key.split()))
            if decision is not None:
                out[mention] = decision
            elif _plausible_name(mention.text):
                unknown.append(mention)
        out.update(_cluster(unknown))
        return out


# ---------------------------------------------------------------- clustering of unknown names


def _plausible_name(text: str) -> bool:
    tokens = tokens_for_key(text)
    return any(t[0].isupper() for t in tokens if t[0].isalpha()) and \
        any(len(t) >= 2 and not t.isdigit() for t in tokens)


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _cluster(mentions: list[Mention]) -> dict[Mention, Alignment]:
    """Group unknown names into new entities (deterministic for a given input)."""
    if not mentions:
        return {}
    # one node per distinct (type family, key); mentions hang off their node
    nodes: dict[tuple[str, tuple[str, ...]], list[Mention]] = defaultdict(list)
    for m in mentions:
        key = _key_tuple(m.text, m.lang)
        if key:
            nodes[(_TYPE_FAMILY.get(m.label, "?"), key)].append(m)
    keys = sorted(nodes)
    uf = _UnionFind(len(keys))
    slavic = [any(m.lang in _SLAVIC for m in nodes[k]) for k in keys]
    # loose keys: same family, same loose key; a gender clash only between non-Slavic forms
    by_loose: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for i, (fam, key) in enumerate(keys):
        by_loose[(fam, tuple(_loose_token(k) for k in key))].append(i)
    for group in by_loose.values():
        for a in group:
            for b in group:
                if a < b and (slavic[a] or slavic[b] or keys[a][1] == keys[b][1]):
                    uf.union(a, b)
    # fuzzy within blocks: same family and token count; people also share their given
    # names (which fuzziness may not bridge anyway) and the surname's first letters
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, (fam, key) in enumerate(keys):
        if fam == "P" and len(key) >= 2:
            blocks[(fam, len(key), tuple(_loose_token(k) for k in key[:-1]), key[-1][:2])].append(i)
        else:
            blocks[(fam, len(key), " ".join(key)[:3])].append(i)
    for block, group in blocks.items():
        if len(group) < 2:
            continue
        person = len(block) == 4  # compare surnames only: the given names are the block's
        texts = [keys[i][1][-1] if person else " ".join(keys[i][1]) for i in group]
        shortest = _FUZZY_MIN_LEN - 1 if person else _FUZZY_MIN_LEN
        for ai, a in enumerate(group):
            if len(texts[ai]) < shortest:
                continue
            rest = texts[ai + 1:]
            for _, _, bi in process.extract(texts[ai], rest, scorer=fuzz.ratio, limit=None,
                                            score_cutoff=_FUZZY_MIN):
                b = group[ai + 1 + bi]
                if len(rest[bi]) < shortest:
                    continue
                la = [_loose_token(k) for k in keys[a][1]]
                lb = [_loose_token(k) for k in keys[b][1]]
                if la == lb and not (slavic[a] or slavic[b]):
                    continue  # Nazarbayeva vs Nazarbayev, both non-Slavic: a gender difference
                uf.union(a, b)
    # a single surname joins the one multi-token person cluster that ends with it
    # (the same form first: "Syzdykova" joins "Aigerim Syzdykova", not "Marat Syzdykov")
    by_surname: dict[str, set[int]] = defaultdict(set)
    by_loose_surname: dict[str, set[int]] = defaultdict(set)
    for j, (fam, key) in enumerate(keys):
        if fam == "P" and len(key) >= 2:
            by_surname[key[-1]].add(j)
            by_loose_surname[_loose_token(key[-1])].add(j)
    for i, (fam, key) in enumerate(keys):
        if fam != "P" or len(key) != 1:
            continue
        owners = {uf.find(j) for j in by_surname.get(key[0], ())}
        if not owners and slavic[i]:
            owners = {uf.find(j) for j in by_loose_surname.get(_loose_token(key[0]), ())}
        if len(owners) == 1:
            uf.union(i, owners.pop())
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(keys)):
        members[uf.find(i)].append(i)
    out: dict[Mention, Alignment] = {}
    for idxs in members.values():
        cluster = [m for i in idxs for m in nodes[keys[i]]]
        entity = _new_entity(cluster, [keys[i] for i in idxs])
        for i in idxs:
            for m in nodes[keys[i]]:
                rule = "new-entity" if len(idxs) == 1 else "new-entity-cluster"
                out[m] = Alignment(entity, rule, 0.5, " ".join(keys[i][1]))
    return out




def _new_entity(cluster: list[Mention], keys: list[tuple[str, tuple[str, ...]]]) -> Entity:
    """An entity for a cluster of unknown names; its id depends only on the keys."""
    # the representative key: most tokens, then most mentions, then alphabetical
    counts = defaultdict(int)
    for m in cluster:
        counts[_key_tuple(m.text, m.lang)] += 1
    rep = min((k for _, k in keys), key=lambda k: (-len(k), -counts[k], k))
    slug = re.sub(r"[^a-z0-9]+", "-", " ".join(rep)).strip("-")
    if not slug:
        slug = hashlib.sha1(" ".join(rep).encode()).hexdigest()[:12]
    forms: dict[str, set[str]] = defaultdict(set)
    for m in cluster:
        forms[m.lang].add(m.text.strip())
    return Entity(id=f"{NEW_ENTITY_PREFIX}{slug}", name=_display_name(cluster, rep),
                  type=_majority_type(cluster),
                  aliases=tuple(sorted({f for fs in forms.values() for f in fs})),
                  names=tuple((lang, tuple(sorted(v))) for lang, v in sorted(forms.items())))


def _majority_type(cluster: list[Mention]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for m in cluster:
        counts[m.label] += 1
    return min(counts, key=lambda t: (-counts[t], t))


_NON_SLAVIC_LATIN_PREFERENCE = ("en", "fr", "de", "it", "es", "nl", "pt")


def _display_name(cluster: list[Mention], rep: tuple[str, ...]) -> str:
    """An English-ish Latin name: an English form, else another Latin one, else a transliteration."""
    def full(m: Mention) -> bool:
        return len(_key_tuple(m.text, m.lang)) == len(rep)

    def pick(ms: list[Mention]) -> str:
        counts: dict[str, int] = defaultdict(int)
        for m in ms:
            counts[_SPACE.sub(" ", m.text.strip())] += 1
        return min(counts, key=lambda t: (-counts[t], len(t), t))

    for lang in _NON_SLAVIC_LATIN_PREFERENCE:
        ms = [m for m in cluster if m.lang == lang and full(m) and not any(_is_cyrillic(c) for c in m.text)]
        if ms:
            return pick(ms)
    cyr = [m for m in cluster if full(m) and any(_is_cyrillic(c) for c in m.text)]
    if cyr:  # the shortest form is most often the nominative
        return readable_latin(min((m.text.strip() for m in cyr), key=lambda t: (len(t), t)))
    ms = [m for m in cluster if full(m)] or cluster
    return readable_latin(pick(ms))
