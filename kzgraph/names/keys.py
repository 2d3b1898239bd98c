"""Matching keys: one Latin key for a name in any script, inflection or spelling.

A key is built token by token (:func:`token_key`):

1. Unicode/quote/apostrophe normalisation and case folding;
2. inflection: Slavic case endings are cut back to a consonant stem
   (``Токаєва``/``Токаеву``/``Tokajewa``/``Tokajewem`` -> ``токаев``/``tokajew``),
   pymorphy3 lemmatises known common words of uk/ru first; Romance and
   Germanic plural, possessive and adjective endings are cut too;
3. transliteration of Cyrillic and of the Polish/German/French spellings of
   the same sounds into one Latin alphabet (``Tokajew`` ~ ``Tokaïev``);
4. a phonetic skeleton that forgets what transliteration systems disagree on
   (j/y/i before e, sh/zh/sch/ż, kh/h/g, ts/z, doubled letters…).

:func:`token_readings` adds the keys of a token under the other readings its
spelling allows (an English j in a German text, a Spanish j for х, Russian ё
written е, an ending that is part of the name): unknown names cluster when any
of their readings agree (:func:`key_alternatives`, ``kzgraph.align``).

Every table these steps use is language data in ``ontology/names.ttl``
(:mod:`kzgraph.names.data`).  Non-Slavic languages keep a final ``a``
(``Nazarbayeva``@en is a woman, not the ex-president); in uk/ru/pl it is a
case ending and is cut.  :func:`loose_key` also cuts trailing vowels in every
language.

Examples
--------
>>> name_key("Kasyma-Żomarta Tokajewa", "pl") == name_key("Касым-Жомарт Токаев", "ru")
True
>>> name_key("Tokaïev", "fr") == name_key("Tokayev", "en") == name_key("Tokajew", "de")
True
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from anyascii import anyascii

from .data import SHARED, name_data
from .morph import common_word_lemma
from .text import APOSTROPHES, SPACE, has_cyrillic, is_cyrillic, tokens_for_key

_MIN_STEM = 3  # an ending is cut only where it leaves a stem this long


def is_slavic(lang: str | None) -> bool:
    """Whether ``lang`` cuts case endings (and reads a final -a as one)."""
    return lang in name_data().slavic


def token_lang(tok: str, lang: str | None) -> str:
    """The language whose rules apply to one (case-folded) token.

    The document language, unless the token's script says otherwise (a Latin
    ``Twitter`` in a Russian text, a Cyrillic quote in a French one); ``"xx"``
    for a Latin token of unknown language (no inflection rules).
    """
    data = name_data()
    cyr = has_cyrillic(tok)
    if cyr and lang in data.cyrillic_script:
        return lang
    if not cyr and lang is not None and lang not in data.cyrillic_script:
        return lang
    letters = set(tok)
    for lg, chars in data.letters:
        if (lg in data.cyrillic_script) == cyr and letters & chars:
            return lg
    return data.cyrillic_default if cyr else "xx"


def _cut_slavic(tok: str, lang: str, alternating: bool = True) -> str:
    data = name_data()
    for ending, repl in data.case_endings(lang):
        if not tok.endswith(ending):
            continue
        if repl and not alternating:
            continue  # the word read as a nominative ("Kobachidze", not the locative of "-ga")
        stem = tok[: len(tok) - len(ending)] + repl
        after = data.ending_after.get(ending)
        if len(stem) < _MIN_STEM or (after is not None and not after.search(stem)) or \
                len(stem) < data.ending_min_stem.get(ending, 0):
            continue
        tok = stem
        break
    vowels = data.vowels(lang)
    while len(tok) > 2 and tok[-1] in vowels:  # Алма-Ата/Алма-Ате -> алм-ат
        tok = tok[:-1]
    return tok


def cut_suffixes(tok: str, lang: str | None, *, once: bool = False) -> str:
    """``tok`` without the case suffixes of a suffixing language (``names-case-suffix``).

    Longest first, again while one is left and the stem keeps its minimum length,
    so a name and its case forms share one stem; ``once``: the last suffix only
    (a readable nominative).

    The stem may be shorter than the name (Қазақстан -> Қазақс: -тан is a suffix
    too); what matters is that every form comes to the same one.

    >>> {cut_suffixes(w, "kk") for w in ("Қазақстан", "Қазақстанға", "Қазақстанның", "Қазақстанда")}
    {'Қазақс'}
    >>> cut_suffixes("Алматыдағы", "kk") == cut_suffixes("Алматы", "kk"), cut_suffixes("Ресейден", "kk")
    (True, 'Ресей')
    >>> cut_suffixes("Қарағандыда", "kk") == cut_suffixes("Қарағанды", "kk"), cut_suffixes("Қазақстанға", "ru")
    (True, 'Қазақстанға')
    """
    data = name_data()
    suffixes = data.suffixes.get(lang or "")
    if not suffixes:
        return tok
    least = data.suffix_min_stem.get(lang or "", _MIN_STEM)
    low = tok.casefold()
    cut = True
    while cut:
        cut = False
        for suffix in suffixes:
            if low.endswith(suffix) and len(low) - len(suffix) >= least:
                tok, low = tok[: len(tok) - len(suffix)], low[: len(low) - len(suffix)]
                cut = not once
                break
    return tok


def has_case_suffix(word: str, lang: str | None) -> bool:
    """Whether ``word`` ends in a case suffix of a suffixing language (``Бішкекке``@kk).

    >>> has_case_suffix("Бішкекке", "kk"), has_case_suffix("Бішкек", "kk"), has_case_suffix("Бішкекке", "ru")
    (True, False, False)
    """
    tl = token_lang(word.casefold(), lang)
    return tl in name_data().suffixes and cut_suffixes(word, tl) != word


@lru_cache(maxsize=1)
def _elision() -> re.Pattern:
    words = sorted(name_data().elided, key=lambda w: (-len(w), w))
    return re.compile(f"^(?:{'|'.join(re.escape(w) for w in words)})'(?=\\w)")


def _cut_other(tok: str, lang: str, lower: bool, endings: bool = True) -> str:
    """Possessive, plural and adjective endings of the Latin-script, non-Slavic languages
    (``endings=False``: elision and the possessive 's only, the word read as it is written)."""
    data = name_data()
    tok = _elision().sub("", tok)
    if tok.endswith("'s") or tok.endswith("s'"):
        tok = tok[:-2]
    tok = tok.replace("'", "")
    if not endings:
        return tok
    keep = data.plural_s.get(lang)
    if keep is not None and len(tok) >= 5 and tok[-1] == "s" and tok[-2] not in keep:
        tok = tok[:-1]  # Kazakhs, Russians
    plural = data.plural_letters.get(lang, "")
    if plural and len(tok) >= 5 and tok[-1] in plural and tok[-2] != "s":
        tok = tok[:-1]  # russes, rusos
    if lang in data.declension:
        tok = data.declension[lang].sub("", tok)
    vowels = data.adjective_vowels.get(lang, "")
    if vowels and lower and len(tok) >= 5 and tok[-1] in vowels:
        tok = tok[:-1]  # lowercase adjectives: russe/russo/russa/rusa -> russ/rus
    return tok


def romanize(tok: str, lang: str, reading: int | None = None) -> str:
    """``tok`` in Latin letters: Cyrillic by the language's table, Latin spellings respelled.

    ``reading``: the index of one of the language's other readings of its letters, applied first
    (``names-other-reading``: "Rajapaksa"@de with an English j, Пётр@ru read Петр).
    """
    data = name_data()
    other = data.other_reading.get(lang, ())
    reading = reading if reading is not None and reading < len(other) else None
    if has_cyrillic(tok):
        table = data.cyrillic_table(lang)
        if reading is not None:
            table = {**table, **dict(other[reading])}
        tok = "".join(table.get(c, c) for c in tok)
    else:
        rules = data.latin_spelling.get(lang, ()) + data.latin_spelling.get(SHARED, ())
        if reading is not None:
            rules = other[reading] + rules
        for src, dst in rules:
            # written in capitals, a rewrite's output is not rewritten again by a later rule
            # (German tsch -> ch must not then become kh); lower-cased below; "^": at the start only
            if src.startswith("^"):
                if tok.startswith(src[1:]):
                    tok = dst.upper() + tok[len(src) - 1:]
            else:
                tok = tok.replace(src, dst.upper())
    return anyascii(tok).lower()


_VOWEL_I_E = re.compile(r"(?<=[aeiou])i(?=e)|^i(?=e)")
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_E = re.compile(r"(?<=[^aeiou])e$")


def _skeleton(tok: str) -> str:
    for src, dst in name_data().skeleton:
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
    return _token_key(token, lang, None, True)


def _token_key(token: str, lang: str | None, reading: int | None, alternating: bool) -> str:
    data = name_data()
    text = unicodedata.normalize("NFKC", token).translate(APOSTROPHES).strip()
    acronym = _is_acronym(text)
    lower = text == text.lower()
    tok = text.casefold()
    tl = token_lang(tok, lang)
    if acronym:
        return romanize(tok.replace("'", ""), tl)
    if tl in data.slavic:
        tok = tok.replace("'", "")
        tok = _cut_slavic(common_word_lemma(tok, tl) if lower else tok, tl, alternating)
    elif tl not in data.cyrillic_script:
        tok = _cut_other(tok, tl, lower, alternating)
    elif tl in data.suffixes and not lower:
        tok = cut_suffixes(tok, tl)
    return _skeleton(romanize(tok, tl, reading))


@lru_cache(maxsize=200_000)
def token_readings(token: str, lang: str | None = None) -> tuple[str, ...]:
    """The keys of one token under every reading its spelling allows, :func:`token_key` first.

    Readings besides the usual one: the language's other readings of ambiguous
    letters (``names-other-reading``: a German "Rajapaksa" copies the English j, a
    Spanish "Jodorkovski" writes х as j), and a word read as a nominative where its
    ending could be a case ending that alternates the stem's consonant (Polish
    "Kobachidze" is a name, not the locative of a "Kobachiga") or, outside the Slavic
    languages, a genitive or plural -s ("Tiflis"@de, "Tiflis"@es are no genitive or
    plural of a "Tifli").

    >>> token_readings("Kobachidze", "pl")[1] == token_key("Kobakhidze", "en")
    True
    >>> token_key("Radschapaksa", "de") in token_readings("Rajapaksa", "de")
    True
    >>> token_key("Khodorkovsky", "en") in token_readings("Jodorkovski", "es")
    True
    >>> token_readings("Tiflis", "de")
    ('tifli', 'tiflis')
    """
    out = [token_key(token, lang)]
    tl = token_lang(unicodedata.normalize("NFKC", token).casefold(), lang)
    readings = [(r, True) for r in range(len(name_data().other_reading.get(tl, ())))] + [(None, False)]
    for reading, alternating in readings:
        key = _token_key(token, lang, reading, alternating)
        if key and key not in out:
            out.append(key)
    return tuple(out)


_READINGS_MAX = 4  # alternative keys of one name at most


def key_alternatives(text: str, lang: str | None) -> tuple[tuple[str, ...], ...]:
    """A name's keys under the other readings of its tokens (:func:`token_readings`),
    :func:`key_tuple` left out; a few at most, deterministic.

    >>> key_alternatives("Irakli Kobachidze", "pl")
    (('irakl', 'kobagids'),)
    """
    main = key_tuple(text, lang)
    tokens = [t for t in tokens_for_key(text) if token_key(t, lang)]
    if len(tokens) != len(main):
        return ()
    out: list[tuple[str, ...]] = []
    for i, tok in enumerate(tokens):
        for alt in token_readings(tok, lang)[1:]:
            for base in [main, *out]:
                cand = base[:i] + (alt,) + base[i + 1:]
                if cand != main and cand not in out and len(out) < _READINGS_MAX:
                    out.append(cand)
    return tuple(out)


@lru_cache(maxsize=200_000)
def key_tuple(text: str, lang: str | None) -> tuple[str, ...]:
    """The token keys of a whole name, empty ones left out."""
    return tuple(k for k in (token_key(t, lang) for t in tokens_for_key(text)) if k)


def name_key(text: str, lang: str | None = None) -> str:
    """One Latin key for a whole (inflected, multi-token) name: token keys joined by spaces.

    Examples
    --------
    >>> name_key("Jerłan Turgumbajew", "pl") == name_key("Ерлан Тургумбаев", "ru")
    True
    >>> name_key("Нур-Султані", "uk") == name_key("Nur-Sułtanie", "pl")
    True
    """
    return " ".join(key_tuple(text, lang))


def guess_lang(text: str) -> str | None:
    """The language a name without one is read in, from its letters (None: plain Latin)."""
    data = name_data()
    guesses = {token_lang(tok, None) for tok in text.casefold().split()}
    for lang, _ in data.letters:
        if lang in guesses:
            return lang
    return None


# trailing vowels, and a final -s after them (fr/es/it/pt cut a plural -s from some
# spellings of a name and not others: Aïdos ~ Айдос), with the vowels after that -s too
# (a Slavic key has lost them already: Премадаса "premadas" ~ Premadasa "premadasa")
_TRAILING_VOWELS = re.compile(r"(?<=...)(?:[aeiou]*s)?[aeiou]*$")


@lru_cache(maxsize=200_000)
def loose_token(key: str) -> str:
    """A token key with its trailing vowels cut (gender and case blind)."""
    return _TRAILING_VOWELS.sub("", key)


@lru_cache(maxsize=1)
def _given_classes() -> dict[str, frozenset[str]]:
    keys: dict[str, set[str]] = defaultdict(set)
    for set_id, forms in name_data().given_equivalent:
        for lang, form in forms:
            key = token_key(form, lang)
            if key:
                keys[key].add(set_id)
    return {key: frozenset(ids) for key, ids in keys.items()}


def given_classes(key: str) -> frozenset[str]:
    """The given names a token key may spell (``names-given-equivalent``: "Шон"/"Sean";
    "Шон" and "Джон" share a key, so it spells both), else the key's loose token.

    >>> bool(given_classes(token_key("Шон", "uk")) & given_classes(token_key("Sean", "de")))
    True
    """
    return _given_classes().get(key) or frozenset((loose_token(key),))


def same_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names' given-name keys agree token by token, as spellings of one name."""
    return len(a) == len(b) and all(given_classes(x) & given_classes(y) for x, y in zip(a, b))


def loose_key(text: str, lang: str | None = None) -> str:
    """:func:`name_key` with trailing vowels cut in every language (gender and case blind).

    Examples
    --------
    >>> loose_key("Дарига Назарбаева", "ru") == loose_key("Dariga Nazarbayeva", "en")
    True
    """
    return " ".join(loose_token(k) for k in key_tuple(text, lang))


def nominative(text: str, lang: str | None) -> str:
    """A name in the nominative: pymorphy3 for uk/ru, the ontology's ending rules elsewhere.

    Only for names of people and other proper names the ontology does not know;
    every token keeps its matching key (:func:`token_key`), so the rewrite never
    makes another name of it.

    Examples
    --------
    >>> nominative("Виктора Ющенко", "ru"), nominative("Юлії Тимошенко", "uk")
    ('Виктор Ющенко', 'Юлія Тимошенко')
    >>> nominative("Stepana Połtoraka", "pl"), nominative("Julii Tymoszenko", "pl")
    ('Stepan Połtorak', 'Julia Tymoszenko')
    >>> nominative("Kawelaszwilego", "pl"), nominative("Tbilisi", "en")
    ('Kawelaszwili', 'Tbilisi')
    >>> nominative("Ержан Сәрсенбаевтың", "kk"), nominative("Қарағандыда", "kk")
    ('Ержан Сәрсенбаев', 'Қарағанды')
    """
    parts = [p for p in re.split(r"(\s+)", text.strip())]
    words = [p for p in parts if p and not p.isspace()]
    if not words or lang is None:
        return text.strip()
    new = _nominative_words(tuple(words), lang)
    if new is None:
        return text.strip()
    keep = [n if token_key(n, lang) and _same_word(n, w, lang) else w for n, w in zip(new, words, strict=True)]
    it = iter(keep)
    return "".join(next(it) if p and not p.isspace() else p for p in parts)


def _same_word(new: str, old: str, lang: str) -> bool:
    a, b = token_key(new, lang), token_key(old, lang)
    common = len(os.path.commonprefix([a, b]))
    return loose_token(a) == loose_token(b) or (common >= 4 and max(len(a), len(b)) - common <= 2)


def _nominative_words(words: tuple[str, ...], lang: str) -> tuple[str, ...] | None:
    from .morph import MORPHOLOGY_LANGS, nominative_tokens

    if lang in MORPHOLOGY_LANGS:
        return nominative_tokens(words, lang)
    if lang in name_data().suffixes:  # a suffixing language: the case suffix ends the whole name
        return words[:-1] + (cut_suffixes(words[-1], lang, once=True),)
    rules = name_data().nominative.get(lang)
    if not rules:
        return None
    men = name_data().masculine_given.get(lang, frozenset())
    out = []
    man = False
    for i, word in enumerate(words):
        low = word.casefold()
        new = word
        for ending, repl in rules:
            if low.endswith(ending) and len(low) - len(ending) >= _MIN_STEM:
                new = word[: len(word) - len(ending)] + repl
                break
        if new == word and low.endswith(("a", "u")) and len(low) > 4:
            stem = word[:-1]
            if i == 0 and stem.casefold() in men:
                man = True  # "Stepana", "Wiktora": a man's name in the genitive
                new = stem
            elif man and low[-2] not in "aeiouy":
                new = stem  # his surname in the same case: "Połtoraka"
        elif i == 0 and new.casefold() in men:
            man = True
        out.append(new)
    return tuple(out)


def readable_latin(text: str) -> str:
    """An English-style Latin spelling of a name in any script (for new entities).

    Examples
    --------
    >>> readable_latin("Ерлан Тургумбаев")
    'Yerlan Turgumbayev'
    >>> readable_latin("Jerłan Turgumbajew")
    'Jerlan Turgumbajew'
    """
    data = name_data()
    table = data.cyrillic_table("")
    out = []
    prev = ""
    for ch in unicodedata.normalize("NFKC", text):
        low = ch.lower()
        if is_cyrillic(ch):
            if low == "е" and (not prev or not prev.isalpha() or prev.lower() in data.ye_after):
                piece = "ye"
            else:
                piece = table.get(low, anyascii(ch).lower())
            if ch != low and piece:
                piece = piece[0].upper() + piece[1:]
            out.append(piece)
        else:
            out.append(anyascii(ch) if ord(ch) > 127 else ch)
        prev = ch
    return SPACE.sub(" ", "".join(out)).strip()


__all__ = ["token_key", "token_readings", "key_alternatives", "key_tuple", "name_key", "loose_token", "loose_key", "guess_lang", "token_lang",
           "romanize", "readable_latin", "is_slavic", "nominative", "given_classes",
           "same_given"]
