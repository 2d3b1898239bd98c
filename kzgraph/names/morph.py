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
    """The pymorphy3 ``MorphAnalyzer`` of ``lang`` (one per language; loading takes a third of a second),
    its ``parse`` kept per word (:class:`_KeptParses`)."""
    import pymorphy3  # imported lazily: most runs need one or two languages at most

    return _KeptParses(pymorphy3.MorphAnalyzer(lang=lang))


class _KeptParses:
    """A ``MorphAnalyzer`` whose ``parse`` answers each word once: relation extraction asks
    about the same words again and again (passive forms, cases, titles), at about 0.1 ms a
    parse.  Each call gets its own list; everything else is the analyser's."""

    def __init__(self, morph):
        self._morph = morph
        self._parses = lru_cache(maxsize=20_000)(lambda word: tuple(morph.parse(word)))

    def parse(self, word: str) -> list:
        return list(self._parses(word))

    def __getattr__(self, name: str):
        return getattr(self._morph, name)


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


_PERSON_NAME = frozenset({"Name", "Surn", "Patr"})


_FUNCTION_POS = frozenset({"NPRO", "VERB", "INFN", "CONJ", "PREP", "PRCL", "ADVB", "COMP", "NUMR", "PRED", "INTJ",
                           "GRND", "PRTS"})


@lru_cache(maxsize=100_000)
def function_word(word: str, lang: str) -> bool:
    """Whether pymorphy3 can read the lower-cased Cyrillic ``word`` as a word that is never a name:
    a pronoun (also a pronominal adjective), verb, conjunction, preposition, particle, adverb,
    numeral (any of its readings: Ukrainian "того" is also the country).  "Того" (of that)
    keys like Togo, "Мали" (had) like Mali.

    >>> function_word("Того", "ru"), function_word("Мали", "uk"), function_word("Казахстан", "ru")
    (True, True, False)
    >>> function_word("Голубев", "ru")  # a gerund, but a surname too
    False
    """
    if lang not in MORPHOLOGY_LANGS or not has_cyrillic(word):
        return False
    parses = [p for p in analyser(lang).parse(word.casefold()) if p.is_known]
    if any(p.tag.grammemes & _NAME_GRAMMEMES for p in parses):
        return False  # "Голубев" is also a gerund, and a surname
    return any(p.tag.POS in _FUNCTION_POS or "Apro" in p.tag.grammemes for p in parses)


def nominative_tokens(tokens: tuple[str, ...], lang: str) -> tuple[str, ...] | None:
    """A person's name (uk/ru) put in the nominative by pymorphy3, token by token.

    The tokens must agree on one case and gender (the given name's, where a
    token has several readings): "Виктора Ющенко" -> "Виктор Ющенко",
    "Юлії Тимошенко" -> "Юлія Тимошенко".  ``None`` when the language has no
    analyser, a token is no name to pymorphy3, or no reading is shared; the
    caller checks that each new token keeps its matching key.
    """
    if lang not in MORPHOLOGY_LANGS or not tokens or not all(has_cyrillic(t) for t in tokens):
        return None
    readings = []
    for i, tok in enumerate(tokens):
        every = analyser(lang).parse(tok.casefold())
        parses = [p for p in every if p.tag.grammemes & _PERSON_NAME and "plur" not in p.tag.grammemes]
        if not parses and i > 0:
            # a surname pymorphy3 knows only as a common noun ("Ковальчика": a small smith's) declines
            # as that noun; the given name before it still decides the case and gender
            parses = [p for p in every if p.tag.POS == "NOUN" and "sing" in p.tag.grammemes]
        if not parses:
            return None
        readings.append(parses)

    def gender_of(p) -> str | None:  # "ms-f" (either) is no gender of its own
        return next((g for g in ("masc", "femn", "neut") if g in p.tag.grammemes), None)

    def fits(p, case: str, gender: str | None) -> bool:
        return p.tag.case == case and (gender is None or gender_of(p) in (gender, None))

    # the nominative first (a name as written), the vocative last (news never calls anyone):
    # "Петро" is a man's nominative before a woman's vocative (of "Петра")
    order = sorted(readings[0], key=lambda p: (p.tag.case != "nomn", p.tag.case == "voct"))
    for first in order:
        case, gender = first.tag.case, gender_of(first)
        chosen = [first] + [next((p for p in ps if fits(p, case, gender)), None) for ps in readings[1:]]
        if any(p is None for p in chosen):
            continue
        if case == "nomn":
            return tokens
        out = []
        for tok, p in zip(tokens, chosen, strict=True):
            form = p.inflect({"nomn"}) if "Fixd" not in p.tag else None
            word = form.word if form is not None else tok.casefold()
            if not p.is_known and "Name" in p.tag and len(word) < len(tok):
                word = tok.casefold()  # a guessed given name cut short ("Саломе" read as "Салом")
            if "ё" not in tok.casefold():  # the writer's spelling: Петра -> Петр, not Пётр
                word = word.replace("ё", "е")
            out.append(word[:1].upper() + word[1:] if tok[:1].isupper() else word)
        return tuple(out)
    return None


@lru_cache(maxsize=200_000)
def known_word(word: str, lang: str) -> bool:
    """Whether ``word`` (as written, or lower-cased) is in simplemma's dictionary of ``lang``,
    or is a compound whose last part of five letters or more is ("Oppositionsbündnisses").

    German capitalises every noun: a capitalised word the dictionary does not know is
    most likely a foreign name ("Rajapaksa", "Gwaramia").  The dictionary holds some
    names too (Colombo, Moskau); ``False`` for languages simplemma lacks.

    >>> known_word("Generalstaatsanwaltschaft", "de"), known_word("Wickremesinghe", "de")
    (True, False)
    """
    if not _simplemma_knows(lang):
        return False
    words = _dictionary(lang)
    if word in words or word.casefold() in words:
        return True
    for cut in range(2, len(word) - 4):  # compounds: a known last part of five letters or more
        tail = word[cut:]  # that opens on a consonant ("Öl|stadt"; not "Got|abaya")
        if tail[0] not in _VOWELS and tail.capitalize() in words and word[cut - 1:cut].islower():
            return True
    return False


@lru_cache(maxsize=100_000)
def inflected_word(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary of ``lang`` holds ``word`` with its inflections: a
    form of another lemma ("Jahre"), or the lemma of forms with endings or an umlaut
    ("Gesetzes", "Städte").  Foreign names the dictionary holds from running text ("Aung",
    "Suu", "Kyi") have no forms of their own.

    >>> inflected_word("Gesetz", "de"), inflected_word("Stadt", "de"), inflected_word("Kyi", "de")
    (True, True, False)
    """
    if not _simplemma_knows(lang):
        return False
    words = _dictionary(lang)
    lemma = words.get(word) or words.get(word.casefold())
    if lemma is None:
        return False
    if lemma.casefold() != word.casefold():
        return True
    from .data import name_data

    data = name_data()
    umlaut = dict(data.umlaut.get(lang, ()))  # the last such vowel of the stem takes it ("Städte")
    stems = {word}
    k = max((word.rfind(v) for v in umlaut), default=-1)
    if k > 0:
        stems.add(word[:k] + umlaut[word[k]] + word[k + 1:])
    endings = ("",) + data.noun_endings.get(lang, ())
    return any(words.get(stem + e) == lemma for stem in stems for e in endings if stem + e != word)


def formless_word(word: str, lang: str) -> bool:
    """A word simplemma's dictionary holds as written but without inflections: most often a
    foreign name it read in running text ("Aung", "Kyi"), not a noun of the language."""
    return _simplemma_knows(lang) and word in _dictionary(lang) and not inflected_word(word, lang)


def common_word(word: str, lang: str) -> bool:
    """Whether a capitalised ``word`` is a common word, not a name: pymorphy3 knows it as
    no person's name (uk/ru: "Генштаба", "Начальник"); elsewhere simplemma's dictionary
    holds its lower-case form and not the capitalised one ("Defensa", not "Mark").

    >>> common_word("Генштаба", "ru"), common_word("Валерий", "ru"), common_word("Defensa", "es")
    (True, False, True)
    """
    low = word.casefold()
    if lang in MORPHOLOGY_LANGS and has_cyrillic(word):
        parses = analyser(lang).parse(low)
        return bool(parses) and parses[0].is_known and \
            not any(p.tag.grammemes & _PERSON_NAME for p in parses[:3])
    if not _simplemma_knows(lang):
        return False
    from .data import name_data
    if lang in name_data().capitalised_nouns:  # every noun capitalised: the capital says nothing
        return False
    words = _dictionary(lang)
    return low in words and word not in words


_VOWELS = frozenset("aeiouyäöüéèáàíóú")


@lru_cache(maxsize=16)
def _dictionary(lang: str):
    from ..cache import _factory

    return _factory().get_dictionary(lang)


@lru_cache(maxsize=64)
def _simplemma_knows(lang: str) -> bool:
    try:
        from ..cache import simplemma_lemmatizer

        simplemma_lemmatizer().lemmatize("a", lang)
    except (ImportError, ValueError):
        return False
    return True


__all__ = ["MORPHOLOGY_LANGS", "analyser", "lemma_of", "has_lemmas", "common_word_lemma", "nominative_tokens", "known_word", "common_word", "inflected_word", "formless_word"]


@lru_cache(maxsize=100_000)
def phrase_word(word: str, lang: str, genitive: bool = False) -> bool | None:
    """Whether pymorphy3 reads the lower-case ``word`` as an adjective or a noun (in the
    genitive, with ``genitive``): a word of an organisation's name around its head ("*Центральна*
    *виборча* комісія", "служба *безпеки*"); ``None`` where ``lang`` has no morphology here.

    >>> phrase_word("виборчої", "uk"), phrase_word("заявила", "uk"), phrase_word("safety", "en")
    (True, False, None)
    """
    if lang not in MORPHOLOGY_LANGS or not has_cyrillic(word):
        return None
    parses = [p for p in analyser(lang).parse(word.casefold())[:4] if p.is_known]
    if not parses or parses[0].tag.POS not in ("NOUN", "ADJF", "PRTF"):
        return False  # "из", "заявила": a preposition or verb ends the name
    if genitive:
        return genitive_word(word, lang)
    return any(p.tag.POS in ("NOUN", "ADJF") for p in analyser(lang).parse(word.casefold())[:4] if p.is_known)


@lru_cache(maxsize=100_000)
def genitive_word(word: str, lang: str) -> bool | None:
    """Whether pymorphy3 reads the lower-case ``word`` as a noun or adjective in the genitive
    (the complement of an organisation's head: "служба *безпеки*", "комитет *национальной*
    *безопасности*"); ``None`` where ``lang`` has no morphology here.

    >>> genitive_word("безпеки", "uk"), genitive_word("заявила", "uk"), genitive_word("safety", "en")
    (True, False, None)
    """
    if lang not in MORPHOLOGY_LANGS or not has_cyrillic(word):
        return None
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF")
               for p in analyser(lang).parse(word.casefold())[:4] if p.is_known)


def nominative_phrase(text: str, lang: str) -> str:
    """An organisation's or place's name (uk/ru) with its head noun, and the adjectives before it,
    put in the nominative; the genitive complement after the head stays ("Служби безпеки
    України" -> "Служба безпеки України").  ``text`` unchanged elsewhere or when no reading fits.

    >>> nominative_phrase("Верховной рады", "ru"), nominative_phrase("Служби безпеки України", "uk")
    ('Верховная рада', 'Служба безпеки України')
    """
    if lang not in MORPHOLOGY_LANGS or not has_cyrillic(text):
        return text
    words = text.split(" ")
    parsed = []
    for word in words:
        parses = [p for p in analyser(lang).parse(word.casefold())[:4] if p.is_known]
        parsed.append(parses)
    head = next((k for k, ps in enumerate(parsed) if ps and ps[0].tag.POS == "NOUN"), None)
    if head is None:
        return text
    nouns = [p for p in parsed[head] if p.tag.POS == "NOUN"]
    if head > 0:  # the reading the adjective before agrees with ("Верховній Раді": the council)
        adjectives = [a for a in parsed[head - 1] if a.tag.POS in ("ADJF", "PRTF")]
        nouns = [p for p in nouns if any(a.tag.case == p.tag.case and a.tag.gender == p.tag.gender
                                         and a.tag.number == p.tag.number for a in adjectives)] or nouns
    noun = next((p for p in nouns if "plur" not in p.tag), nouns[0])  # "служби": of the service, not services
    plural = "plur" in noun.tag
    out = list(words)
    for k in range(head + 1):
        ps = parsed[k]
        if k < head:
            ps = [p for p in ps if p.tag.POS in ("ADJF", "PRTF")]
        else:
            ps = [noun]
        if not ps:
            return text
        wanted = {"nomn", "plur"} if plural else {"nomn"}
        if k < head and not plural and noun.tag.gender:
            wanted.add(noun.tag.gender)
        form = ps[0].inflect(wanted)
        if form is None:
            return text
        word = form.word
        out[k] = word[:1].upper() + word[1:] if words[k][:1].isupper() else word
    return " ".join(out)


def written_in_dictionary(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary of ``lang`` holds ``word`` exactly as written (German
    writes its nouns capitalised there, its adjectives not: "Zentrale" the noun, not "Starkes")."""
    return _simplemma_knows(lang) and word in _dictionary(lang)
