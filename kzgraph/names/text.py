"""Text before keys: Unicode and quote normalisation, key tokens, the script test.

Examples
--------
>>> normalize("  «Хабар  24» ")
'хабар 24'
>>> tokens_for_key("Kassym-Jomart Tokayev's")
['Kassym', 'Jomart', "Tokayev's"]
>>> is_cyrillic("Ж"), is_cyrillic("Z"), has_cyrillic("Twitter-аккаунт")
(True, False, True)
"""

from __future__ import annotations

import re
import unicodedata

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'", "ʹ": "'", "′": "'"})
_QUOTES = re.compile(r"[\"«»“”„‟‹›]")
SPACE = re.compile(r"\s+")
# a word: letters/digits, with apostrophes allowed between letters (з'явився, d'Almaty)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def is_cyrillic(ch: str) -> bool:
    """Whether one character is a Cyrillic letter (the Cyrillic and Cyrillic Supplement blocks)."""
    return "\u0400" <= ch <= "\u04ff" or "\u0500" <= ch <= "\u052f"


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` has a Cyrillic letter: the one script test of kzgraph."""
    return any(is_cyrillic(c) for c in text)


def normalize(text: str) -> str:
    """NFKC, one apostrophe, no double quotes, case-folded, single spaces.

    Examples
    --------
    >>> normalize("Nazarbayev’s") == normalize("Nazarbayev`s") == "nazarbayev's"
    True
    """
    text = unicodedata.normalize("NFKC", text).translate(APOSTROPHES)
    text = _QUOTES.sub("", text)
    return SPACE.sub(" ", text).strip().casefold()


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` for every key token of ``text``, offsets into ``text``.

    The tokens are those of :func:`tokens_for_key`; extraction finds mentions
    with them (:func:`kzgraph.names.gazetteer`).

    Examples
    --------
    >>> token_spans("у Нур-Султані.")
    [(0, 1, 'у'), (2, 5, 'Нур'), (6, 13, 'Султані')]
    """
    out = []
    for m in _WORD.finditer(text.translate(APOSTROPHES)):
        out.append((m.start(), m.end(), unicodedata.normalize("NFKC", m.group())))
    return out


def tokens_for_key(text: str) -> list[str]:
    """The tokens a key is built from: case kept, apostrophes unified, punctuation dropped.

    Words are runs of letters and digits; an apostrophe between letters stays
    inside the word; hyphens, dots, slashes, quotes and other punctuation
    separate words.  ``Kassym-Jomart`` is two tokens, ``Nursultan`` one, so the
    person never collides with the city ``Nur-Sultan``.

    Examples
    --------
    >>> tokens_for_key('РИА "Новости" / Хабар-24')
    ['РИА', 'Новости', 'Хабар', '24']
    """
    return [tok for _, _, tok in token_spans(unicodedata.normalize("NFKC", text))]


__all__ = ["normalize", "token_spans", "tokens_for_key", "is_cyrillic", "has_cyrillic"]
