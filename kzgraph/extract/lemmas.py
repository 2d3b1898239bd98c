"""Lemmas without a tagger: pymorphy3 for Ukrainian and Russian, simplemma elsewhere.

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

_PYMORPHY_LANGS = frozenset({"uk", "ru"})


def has_lemmas(lang: str) -> bool:
    """Whether ``lang`` gets real lemmas (otherwise words are only lower-cased)."""
    return lang in _PYMORPHY_LANGS or _simplemma_knows(lang)


@lru_cache(maxsize=500_000)
def lemma_of(word: str, lang: str) -> str:
    """The lemma of one word, lower-cased; the lower-cased word when none is known."""
    lower = word.casefold()
    if not any(c.isalpha() for c in word):
        return lower
    if lang in _PYMORPHY_LANGS and _is_cyrillic(word):
        return _morph(lang).parse(lower)[0].normal_form
    if _simplemma_knows(lang):
        from ..cache import simplemma_lemmatizer  # simplemma's lemmas, dictionaries cached

        return simplemma_lemmatizer().lemmatize(word, lang).casefold()
    return lower


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


@lru_cache(maxsize=4)
def _morph(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=64)
def _simplemma_knows(lang: str) -> bool:
    try:
        from ..cache import simplemma_lemmatizer

        simplemma_lemmatizer().lemmatize("a", lang)
    except (ImportError, ValueError):
        return False
    return True


__all__ = ["lemma_of", "has_lemmas"]
