"""Words of organisations' names, read in English through the ontology's lexical sets.

``rel-role-org-word`` (ontology/roles_organisations.ttl) and ``org-word``
(ontology/lexicon.ttl) sets give a word's English value ("служба" -> Service,
"najwyższy" -> Supreme, "stem*" a prefix for Polish cases); ``name-connector`` and
``org-glue`` sets the words that translate to nothing ("of", "за", "na rzecz").
Extraction uses them to see where an organisation's name ends, alignment to read
two languages' names of one organisation alike.

>>> from kzgraph.ontology import Ontology
>>> words = org_words(Ontology.load())
>>> words.value("служби", "служба", "uk"), words.value("najwyższej", "najwyższej", "pl")
('Service', 'Supreme')
"""

from __future__ import annotations

from collections import defaultdict

from .morph import MORPHOLOGY_LANGS, analyser

__all__ = ["OrgWords", "org_words"]

_CATEGORIES = ("rel-role-org-word", "org-word")
_MEMO_WORDS = 50_000  # words whose value() is kept (then the memo starts afresh)
_GLUE = ("name-connector", "org-glue")


class OrgWords:
    """lang -> organisation words (exact forms and "stem*" prefixes -> English value) and glue."""

    def __init__(self, ontology):
        self.exact: dict[str, dict[str, str]] = defaultdict(dict)
        self.stems: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.skip: dict[str, set[str]] = defaultdict(set)
        for category in _CATEGORIES:
            for ls in ontology.lexical_sets_of(category):
                if not ls.value_text:
                    continue
                for lang, form in ls.forms:
                    form = form.casefold().lstrip("=")
                    if " " in form:
                        continue
                    if form.endswith("*"):
                        self.stems[lang].append((form[:-1], ls.value_text))
                    else:
                        self.exact[lang].setdefault(form, ls.value_text)
        # languages that write a body's name as one compound ("Verteidigungsministerium")
        self.compounding = frozenset(lang for ls in ontology.lexical_sets_of("role-compound-language")
                                     for lang, _ in ls.forms)
        for category in _GLUE:
            for ls in ontology.lexical_sets_of(category):
                for lang, form in ls.forms:
                    self.skip[lang].add(form.casefold().strip("'’"))
        self._values: dict[tuple[str, str, str], str | None] = {}  # value() per word: words recur

    def glue(self, low: str, lang: str) -> bool:
        """A word inside an organisation's name that says nothing of its own ("of", "за")."""
        return low in self.skip.get(lang, ())

    def value(self, low: str, lemma: str, lang: str) -> str | None:
        """The English value of the lower-cased word ``low`` (lemma ``lemma``), or ``None``."""
        key = (low, lemma, lang)
        if key in self._values:
            return self._values[key]
        if len(self._values) >= _MEMO_WORDS:
            self._values.clear()
        found = self._values[key] = self._value(low, lemma, lang)
        return found

    def _value(self, low: str, lemma: str, lang: str) -> str | None:
        exact = self.exact.get(lang, {})
        for form in (low, lemma.casefold()):
            if form in exact:
                return exact[form]
        if lang in MORPHOLOGY_LANGS:  # "рады": the council's, though "рад" (glad) is likelier
            for parse in analyser(lang).parse(low)[:6]:
                for form in (parse.normal_form, parse.normal_form.replace("ё", "е")):
                    if form in exact:
                        return exact[form]
        if lang in self.compounding:  # before the stems: "Verfassungs*" opens "verfassungsgericht" too
            both = self._compound(low, lang)
            if both is not None:
                return both
            if lemma.casefold() != low:  # and in a case form: "Staatskomitees" (lemma "staatskomitee")
                both = self._compound(lemma.casefold(), lang)
                if both is not None:
                    return both
        for stem, value in self.stems.get(lang, ()):
            if low.startswith(stem):
                return value
        return None

    _PART = 4  # letters of the shortest first part of a compound
    _HEAD = 3  # and of its head ("Sicherheitsrat")

    def _plain(self, low: str, lang: str) -> str | None:
        exact = self.exact.get(lang, {})
        if low in exact:
            return exact[low]
        return next((value for stem, value in self.stems.get(lang, ()) if low.startswith(stem)), None)

    def _compound(self, low: str, lang: str) -> str | None:
        """A compound of two organisation words, the longest head first ("verteidigungsministerium":
        Defence Ministry; "verfassungsgericht": Constitutional Court), a linking "s" allowed."""
        for i in range(self._PART, len(low) - self._HEAD + 1):
            head = self._plain(low[i:], lang)
            if head is None:
                continue
            mod = low[:i]
            first = self._plain(mod, lang) or (self._plain(mod[:-1], lang) if mod.endswith("s") else None)
            if first is not None:
                return f"{first} {head}"
        return None


_CACHE: dict[int, tuple[object, OrgWords]] = {}


def org_words(ontology) -> OrgWords:
    """The :class:`OrgWords` of ``ontology`` (built once per ontology)."""
    held = _CACHE.get(id(ontology))
    if held is None or held[0] is not ontology:
        held = _CACHE[id(ontology)] = (ontology, OrgWords(ontology))
    return held[1]
