"""The names layer's language data, read once from the ontology's ``kz:LexicalSet`` nodes.

``ontology/names.ttl`` holds every table the keys need (case endings,
transliteration, elided words, the languages each rule applies to); this
module turns the ``names-*`` categories into one frozen :class:`NameData`
record and holds no word of any language itself.  Adding a language is a data
change plus tests.

Examples
--------
>>> data = name_data()
>>> "pl" in data.slavic and "pl" not in data.cyrillic_script
True
>>> data.latin_spelling["pl"][:2]
(('szcz', 'shch'), ('sz', 'sh'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import OntologyError
from ..ontology import LexicalSetDef, Ontology

SHARED = "mul"  # the language tag of data every language of a script shares (BCP 47 "multiple")

Endings = tuple[tuple[str, str], ...]  # ((ending, replacement), …), longest first


@dataclass(frozen=True)
class NameData:
    """Every language table of the names layer (see ``ontology/names.ttl``)."""

    slavic: frozenset[str]  # case endings and a final -a are cut
    cyrillic_script: frozenset[str]  # languages written in Cyrillic
    letters: tuple[tuple[str, frozenset[str]], ...]  # (lang, distinctive letters), by rank
    cyrillic_default: str  # the language of a Cyrillic word without distinctive letters
    endings: dict[str, Endings]  # lang (or SHARED) -> case endings
    ending_after: dict[str, re.Pattern]  # ending -> the stem ending it needs
    ending_min_stem: dict[str, int]  # ending -> the shortest stem it may leave
    stem_vowels: dict[str, frozenset[str]]  # lang (or SHARED) -> letters cut after the ending
    plural_s: dict[str, str]  # lang -> letters before a final -s that keep it (no plural)
    plural_letters: dict[str, str]  # lang -> final letters of a plural (-s, -x) after five letters
    adjective_vowels: dict[str, str]  # lang -> final vowels a lower-case adjective loses
    declension: dict[str, re.Pattern]  # lang -> its declension endings, as one pattern
    elided: frozenset[str]  # every elided word of every language
    eliding: frozenset[str]  # the languages that write elided words
    cyrillic_latin: dict[str, dict[str, str]]  # lang (or SHARED) -> letter -> Latin
    latin_spelling: dict[str, tuple[tuple[str, str], ...]]  # lang -> ordered rewrites
    skeleton: tuple[tuple[str, str], ...]  # ordered rewrites of the phonetic skeleton
    ye_after: frozenset[str]  # Cyrillic letters after which е reads "ye"
    nominative: dict[str, Endings]  # lang -> (oblique ending, nominative ending) of name words, longest first
    masculine_given: dict[str, frozenset[str]]  # lang -> men's given names (nominative, case-folded)
    given: dict[str, frozenset[str]]  # lang -> common given names of both genders (case-folded)
    title_case_acronyms: frozenset[str]  # languages that write "Otsc" for OTSC
    suffixes: dict[str, tuple[str, ...]]  # lang -> case suffixes of a suffixing language, longest first
    suffix_min_stem: dict[str, int]  # lang -> the shortest stem those suffixes may leave
    # one given name's spellings across languages: ((set id, ((lang, spelling), …)), …)
    given_equivalent: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    noun_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang -> endings of a noun's forms
    umlaut: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # lang -> vowel -> umlaut
    capitalised_nouns: frozenset[str] = frozenset()  # languages that write every noun with a capital
    region_adjective: tuple[str, ...] = ()  # key endings of a place's adjective ("rostovsk" -> "rostov")
    # lang -> the other reading of a letter in names ("j=dzh"@de: "Rajapaksa" spelled as in English; "ё=e"@ru)
    other_reading: dict[str, tuple[tuple[tuple[str, str], ...], ...]] = field(default_factory=dict)

    def case_endings(self, lang: str) -> Endings:
        return self.endings.get(lang) or self.endings.get(SHARED, ())

    def vowels(self, lang: str) -> frozenset[str]:
        return self.stem_vowels.get(lang) or self.stem_vowels.get(SHARED, frozenset())

    def cyrillic_table(self, lang: str) -> dict[str, str]:
        return self.cyrillic_latin.get(lang) or self.cyrillic_latin.get(SHARED, {})


@lru_cache(maxsize=1)
def name_data() -> NameData:
    """The :class:`NameData` of kzgraph's ontology folder (``$KZGRAPH_ONTOLOGY`` or the shipped one),
    read on first use, then kept."""
    return read_name_data(Ontology.load())


def read_name_data(ontology: Ontology) -> NameData:
    """Build :class:`NameData` from the ``names-*`` lexical sets of ``ontology``."""
    def sets(category: str) -> tuple[LexicalSetDef, ...]:
        found = ontology.lexical_sets_of(category)
        if not found:
            raise OntologyError(f"the ontology has no kz:LexicalSet of kz:category {category!r} "
                                f"(the names layer's language data: ontology/names.ttl)")
        return found

    def langs(category: str) -> frozenset[str]:
        return frozenset(lang for s in sets(category) for lang, _ in s.forms)

    def number(s: LexicalSetDef) -> int:
        if not isinstance(s.value, int) or isinstance(s.value, bool):
            raise OntologyError(f"<{s.id}> (kz:category {s.category!r}) needs a whole-number kz:value, "
                                f"not {s.value_text!r}")
        return s.value

    def values(category: str) -> dict[str, str]:
        return {lang: s.value_text or "" for s in sets(category) for lang, _ in s.forms}

    def one_form(s: LexicalSetDef, lang: str) -> str:
        forms = s.forms_in(lang)
        if len(forms) != 1:
            raise OntologyError(f"<{s.id}> needs exactly one kz:form@{lang}; found {len(forms)}")
        return forms[0]

    def pairs(s: LexicalSetDef, text: str) -> tuple[tuple[str, str], ...]:
        out = []
        for pair in text.split():
            src, eq, dst = pair.partition("=")
            if not eq or not src:
                raise OntologyError(f"<{s.id}> kz:form {text!r}: write rewrites as 'from=to' pairs, "
                                    f"not {pair!r}")
            out.append((src, dst))
        return tuple(out)

    endings: dict[str, list[tuple[str, str]]] = {}
    for s in sets("names-case-ending"):
        for lang, form in s.forms:
            endings.setdefault(lang, []).append((form, s.value_text or ""))
    ending_after: dict[str, re.Pattern] = {}
    for s in sets("names-case-ending-after"):
        stems = "|".join((s.value_text or "").split())
        for _, form in s.forms:
            ending_after[form] = re.compile(f"(?:{stems})$")
    letters = sorted(((number(s), lang, frozenset(form)) for s in sets("names-distinctive-letters")
                      for lang, form in s.forms), key=lambda t: t[0])
    declension: dict[str, list[str]] = {}
    for s in sets("names-declension-ending"):
        for lang, form in s.forms:
            declension.setdefault(lang, []).append(re.escape(form))
    short_genitive: dict[str, list[str]] = {}
    for s in sets("names-genitive-s"):
        for lang, form in s.forms:
            declension.setdefault(lang, []).append(f"(?<=[^{re.escape(s.value_text or '')}]){re.escape(form)}")
            # a short name ending in a vowel takes it too ("Suu Kyis", "Abes"): three letters
            # before it, the last a vowel (not "Hans", "Jens")
            short_genitive.setdefault(lang, []).append(f"(?<=^..[aeioy]){re.escape(form)}")
    cyrillic_latin: dict[str, dict[str, str]] = {}
    for s in sets("names-cyrillic-latin"):
        for lang, form in s.forms:
            cyrillic_latin.setdefault(lang, {}).update(pairs(s, form))
    shared = cyrillic_latin.get(SHARED, {})
    cyrillic_latin = {lang: table if lang == SHARED else {**shared, **table}
                      for lang, table in cyrillic_latin.items()}
    # optional tables (a story ontology may leave them out): nominative endings, men's given names
    nominative_rules: dict[str, list[tuple[str, str]]] = {}
    for s in ontology.lexical_sets_of("names-nominative-ending"):
        for lang, form in s.forms:
            nominative_rules.setdefault(lang, []).extend(pairs(s, form))
    nominative = {lang: tuple(sorted(rs, key=lambda e: (-len(e[0]), e[0]))) for lang, rs in nominative_rules.items()}
    masculine: dict[str, frozenset[str]] = {}
    for s in ontology.lexical_sets_of("names-given-masculine"):
        for lang, form in s.forms:
            masculine[lang] = masculine.get(lang, frozenset()) | {w.casefold() for w in form.split()}
    suffixes: dict[str, set[str]] = {}  # optional too: case suffixes (Kazakh)
    suffix_min_stem: dict[str, int] = {}
    for s in ontology.lexical_sets_of("names-case-suffix"):
        for lang, form in s.forms:
            suffixes.setdefault(lang, set()).add(form.casefold())
            suffix_min_stem[lang] = number(s)
    other_reading: dict[str, list[tuple[tuple[str, str], ...]]] = {}  # optional: one entry per set
    for s in ontology.lexical_sets_of("names-other-reading"):
        for lang, form in s.forms:
            other_reading.setdefault(lang, []).append(pairs(s, form))
    (skeleton_set,) = sets("names-skeleton")
    (ye_set,) = sets("names-ye-after")
    given = _given_names(ontology)
    return NameData(
        slavic=langs("names-slavic"),
        cyrillic_script=langs("names-cyrillic-script"),
        letters=tuple((lang, chars) for _, lang, chars in letters),
        cyrillic_default=sets("names-cyrillic-default")[0].forms[0][1],
        endings={lang: tuple(sorted(es, key=lambda e: (-len(e[0]), e[0]))) for lang, es in endings.items()},
        ending_after=ending_after,
        ending_min_stem={form: number(s) for s in sets("names-case-ending-min-stem") for _, form in s.forms},
        stem_vowels={lang: frozenset(form) for s in sets("names-stem-vowels") for lang, form in s.forms},
        plural_s=values("names-plural-s"),
        plural_letters=values("names-romance-plural"),
        adjective_vowels=values("names-adjective-vowel"),
        declension={lang: re.compile(f"(?:(?<=....)(?:{'|'.join(alts)})"
                                     + "".join(f"|{a}" for a in short_genitive.get(lang, ())) + ")$")
                    for lang, alts in declension.items()},
        elided=frozenset(form for s in sets("names-elided-word") for _, form in s.forms),
        eliding=langs("names-elided-word"),
        cyrillic_latin=cyrillic_latin,
        latin_spelling={lang: pairs(s, form) for s in sets("names-latin-spelling") for lang, form in s.forms},
        skeleton=pairs(skeleton_set, one_form(skeleton_set, SHARED)),
        ye_after=frozenset(one_form(ye_set, SHARED)),
        title_case_acronyms=langs("names-title-case-acronyms"),
        nominative=nominative,
        masculine_given=masculine,
        suffixes={lang: tuple(sorted(fs, key=lambda f: (-len(f), f))) for lang, fs in suffixes.items()},
        suffix_min_stem=suffix_min_stem,
        given={lang: given.get(lang, frozenset()) | masculine.get(lang, frozenset())
               for lang in sorted(set(given) | set(masculine))},
        given_equivalent=tuple((s.id, tuple(s.forms)) for s in ontology.lexical_sets_of("names-given-equivalent")),
        noun_endings={lang: tuple(form.split()) for s in sets("names-noun-ending") for lang, form in s.forms},
        umlaut={lang: pairs(s, form) for s in sets("names-umlaut") for lang, form in s.forms},
        capitalised_nouns=langs("capitalises-nouns"),
        region_adjective=tuple(sorted({f for s in sets("names-region-adjective") for _, f in s.forms}, key=len,
                                      reverse=True)),
        other_reading={lang: tuple(rs) for lang, rs in other_reading.items()})


__all__ = ["NameData", "name_data", "read_name_data", "SHARED"]


def _given_names(ontology: Ontology) -> dict[str, frozenset[str]]:
    """``names-given`` forms per language, case-folded (optional data: empty without it)."""
    out: dict[str, set[str]] = {}
    for s in ontology.lexical_sets_of("names-given"):
        for lang, form in s.forms:
            out.setdefault(lang, set()).update(name.casefold() for name in form.split())
    return {lang: frozenset(names) for lang, names in out.items()}
