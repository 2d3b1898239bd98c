"""Morphology without a tagger: the one pymorphy3 analyser per language, simplemma elsewhere.

Both run offline from data inside their wheels.  With no part-of-speech
context, pymorphy3's most probable analysis is taken; simplemma is a lookup
with rules.  Languages neither knows keep the lower-cased word.  Results are
cached per (word, language), so a corpus pays for each distinct word once.

Examples
--------
>>> lemma_of("затримали", "uk"), lemma_of("пострадали", "ru"), lemma_of("zatrzymały", "pl")
('затримати', 'пострадать', 'zatrzymać')
>>> lemma_of("Soldaten", "xx")
'soldaten'
"""

from __future__ import annotations

from functools import lru_cache

from .text import has_cyrillic

# the languages pymorphy3 has dictionaries for here (pymorphy3-dicts-uk, -ru)
MORPHOLOGY_LANGS = frozenset({"uk", "ru"})


@lru_cache(maxsize=4)
def analyser(lang: str):
    """The pymorphy3 ``MorphAnalyzer`` of ``lang`` (one per language; loading takes a third of a second)."""
    import pymorphy3  # imported lazily: most runs need one or two languages at most

    return pymorphy3.MorphAnalyzer(lang=lang)


def has_lemmas(lang: str) -> bool:
    """Whether ``lang`` gets real lemmas (otherwise words are only lower-cased)."""
    return lang in MORPHOLOGY_LANGS or _simplemma_knows(lang)


@lru_cache(maxsize=500_000)
def lemma_of(word: str, lang: str) -> str:
    """The lemma of one word, lower-cased; the lower-cased word when none is known."""
    lower = word.casefold()
    if not any(c.isalpha() for c in word):
        return lower
    if lang in MORPHOLOGY_LANGS and has_cyrillic(word):
        return analyser(lang).parse(lower)[0].normal_form
    if _simplemma_knows(lang):
        from ..cache import simplemma_lemmatizer  # simplemma's lemmas, dictionaries cached

        return simplemma_lemmatizer().lemmatize(word, lang).casefold()
    return lower


_POS_LEMMATISED = frozenset({"NOUN", "ADJF", "PRTF"})
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Abbr", "Init"})


def common_word_lemma(tok: str, lang: str) -> str:
    """pymorphy3's lemma of a *known common word* (names are left to the key rules).

    Only lower-case words should get here: pymorphy3 reads a capitalised Токаев
    as the genitive plural of "токай" (a wine) and Токаеву as a woman's first name.

    >>> common_word_lemma("казахстанських", "uk"), common_word_lemma("токаеву", "ru")
    ('казахстанський', 'токаеву')
    """
    if lang not in MORPHOLOGY_LANGS or "-" in tok:
        return tok
    parse = analyser(lang).parse(tok)[0]
    tag = parse.tag
    if not parse.is_known or tag.POS not in _POS_LEMMATISED or tag.grammemes & _NAME_GRAMMEMES:
        return tok
    return parse.normal_form


@lru_cache(maxsize=64)
def _simplemma_knows(lang: str) -> bool:
    try:
        from ..cache import simplemma_lemmatizer

        simplemma_lemmatizer().lemmatize("a", lang)
    except (ImportError, ValueError):
        return False
    return True


__all__ = ["MORPHOLOGY_LANGS", "analyser", "lemma_of", "has_lemmas", "common_word_lemma"]
