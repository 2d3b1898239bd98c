"""The ontology's labels by matching key: what extraction's gazetteer and the aligner look up.

Every label (``skos:prefLabel``, ``altLabel``, ``hiddenLabel``, ``kz:adjective``)
of every ontology entity is indexed under its key (:func:`key_tuple`), under
its loose key, and, for people, under the surname alone.  The index finds
*candidates*; which entity a mention is stays :mod:`kzgraph.align`'s decision.

Examples
--------
>>> from kzgraph.ontology import Ontology
>>> gaz = gazetteer(Ontology.load())
>>> gaz[tuple(token_key(t, "pl") for t in ["Kasyma", "Żomarta", "Tokajewa"])]
'kassym-jomart-tokayev'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..ontology import EntityDef, Ontology
from .data import name_data
from .keys import is_slavic, key_tuple, loose_token, token_key
from .text import normalize, tokens_for_key

# how strongly a form names its entity, strongest first
KIND_RANK = {"pref": 0, "alt": 1, "adjective": 2, "hidden": 3, "variant": 4, "surname": 5}


@dataclass(frozen=True)
class LabelEntry:
    """One matchable form of an ontology entity."""

    entity: str
    kind: str  # pref, alt, adjective, hidden, variant, surname
    lang: str  # "" when the label has no language tag
    key: tuple[str, ...]
    text: str


@dataclass
class LabelIndex:
    """The ontology's forms by key; build it with :func:`label_index` (cached per ontology)."""

    exact: dict[tuple[str, ...], list[LabelEntry]] = field(default_factory=lambda: defaultdict(list))
    loose: dict[tuple[str, ...], list[LabelEntry]] = field(default_factory=lambda: defaultdict(list))
    # key prefix -> (key, joined key), sorted: the candidates of fuzzy matching
    blocks: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    given: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # given names as written (normalised), and each person's surnames as written
    given_text: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    surname_text: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # person id -> token keys of its labels in languages that keep a final "a" (en, fr, de, kk…)
    gendered: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _gazetteer: dict[tuple[str, ...], str] | None = None

    def gazetteer(self) -> dict[tuple[str, ...], str]:
        """Token-key sequence -> entity id, for every label and adjective (see :func:`gazetteer`)."""
        if self._gazetteer is None:
            out: dict[tuple[str, ...], str] = {}
            for key, entries in self.exact.items():
                ids = {e.entity for e in entries}
                if len(ids) > 1 and all(e.kind == "surname" for e in entries):
                    continue  # a surname two people share finds neither
                best = min(entries, key=lambda e: (KIND_RANK[e.kind], e.entity))
                out[key] = best.entity
            self._gazetteer = out
        return dict(self._gazetteer)


def block_of(key: tuple[str, ...]) -> str:
    """The fuzzy-matching block of a key: its first two letters."""
    return "".join(key)[:2]


def _is_long_latin_acronym(label: str) -> bool:
    return len(label) >= 4 and label.isalpha() and label.isupper() and label.isascii()


def _entries(d: EntityDef) -> Iterable[LabelEntry]:
    for kind, groups in (("pref", d.pref), ("alt", d.alt), ("hidden", d.hidden),
                         ("adjective", d.adjectives)):
        for lang, labels in groups:
            for label in labels:
                key = key_tuple(label, lang or None)
                if key:
                    yield LabelEntry(d.id, kind, lang, key, label)
                if kind != "hidden" and _is_long_latin_acronym(label):
                    # Italian, Spanish… press writes "Otsc", "Nato": index the mixed-case forms
                    for variant in sorted({(label.title(), lg) for lg in name_data().title_case_acronyms}):
                        vkey = key_tuple(*variant)
                        if vkey != key:
                            yield LabelEntry(d.id, "variant", variant[1], vkey, variant[0])


@lru_cache(maxsize=8)
def label_index(ontology: Ontology) -> LabelIndex:
    """The :class:`LabelIndex` of ``ontology`` (built once per ontology)."""
    index = LabelIndex()
    surname_entries: list[LabelEntry] = []
    variants: list[LabelEntry] = []
    blocks: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for d in ontology.entities.values():
        for entry in _entries(d):
            if entry.kind == "variant":
                variants.append(entry)
                continue
            index.exact[entry.key].append(entry)
            index.loose[tuple(loose_token(k) for k in entry.key)].append(entry)
            if entry.kind != "hidden":
                blocks[block_of(entry.key)].add(entry.key)
            if d.type == "PERSON" and entry.lang and not is_slavic(entry.lang):
                index.gendered[d.id].update(entry.key)
            if d.type == "PERSON" and entry.kind in ("pref", "alt") and len(entry.key) >= 2:
                surname = entry.key[-1:]
                surname_entries.append(LabelEntry(d.id, "surname", entry.lang, surname, entry.text))
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
        index.loose[tuple(loose_token(k) for k in entry.key)].append(entry)
    return index


def gazetteer(ontology: Ontology) -> dict[tuple[str, ...], str]:
    """Token-key sequence -> ontology entity id, for every label and adjective.

    Keys are tuples of :func:`token_key` over :func:`tokens_for_key` (hyphens
    split tokens).  Person surnames are included where one person owns them.
    A key shared by several entities maps to the best-ranked form (prefLabel
    before altLabel before adjective before hiddenLabel, then by id); the
    aligner decides again with the full text.
    """
    return label_index(ontology).gazetteer()


__all__ = ["KIND_RANK", "LabelEntry", "LabelIndex", "label_index", "gazetteer", "block_of", "token_key"]
