"""The graph model, spelled once: ids, property names, labels and the typed relationships.

The README draws the model (and cypher/README.md shows it in Cypher); this module is where code reads it.  The store
writes it (:mod:`kzgraph.store.plan`), export and the question API read it
back (:mod:`kzgraph.export`, :mod:`kzgraph.query`), and every one of them
asks here how an id is made, how an entity's names in one language are
stored, what a figure's claim predicate is and how the claims of one
(subject, predicate, object) add up to a typed relationship.

Examples
--------
>>> relation_id("russia", "SENT_TROOPS_TO", "kazakhstan", None, "doc1", 120) == \\
...     relation_id("russia", "SENT_TROOPS_TO", "kazakhstan", None, "doc1", 120)
True
>>> names_key("pt-BR"), names_from_properties({"names_pt_br": ["Cazaquistão"], "name": "Kazakhstan"})
('names_pt_br', (('pt-br', ('Cazaquistão',)),))
>>> quantity_predicate("detained"), triple_key("russia", "SENT_TROOPS_TO", "kazakhstan")
('DETAINED_COUNT', 'russia|SENT_TROOPS_TO|kazakhstan')
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

from .errors import StoreError

# Node labels and the relationships kzgraph itself defines (typed relationships between
# entities take their types from the ontology's predicate inventory).
ENTITY = "Entity"
CLAIM = "Claim"
DOCUMENT = "Document"
SUBJECT = "SUBJECT"
OBJECT = "OBJECT"
ACCORDING_TO = "ACCORDING_TO"
STATED_IN = "STATED_IN"
MENTIONED_IN = "MENTIONED_IN"

NAMES_PREFIX = "names_"  # Entity.names_<lang>: the forms the corpus used in one language
_LANG = re.compile(r"^[a-z]{2,3}(_[a-z0-9]{2,8})*$")


# -- ids --------------------------------------------------------------------------------

def stable_id(*parts: object) -> str:
    """A short, stable hash id of ``parts`` (same input, same id).

    >>> stable_id("a", 1) == stable_id("a", 1)
    True
    """
    data = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(data.encode("utf-8")).hexdigest()[:16]


def relation_id(subject: str, predicate: str, obj: str | None, literal: str | None, doc: str,
                start: int | None) -> str:
    """The id of a relation claim: who, what, whom (or which literal), where it is stated."""
    return stable_id(subject, predicate, obj, literal, doc, start)


def quantity_id(what: str, value: int, doc: str, start: int | None) -> str:
    """The id of a figure: its kind, value and where it is stated."""
    return stable_id(what, value, doc, start)


def triple_key(subject: str, predicate: str, obj: str) -> str:
    """The ``Claim.triple`` of a claim with an entity object: its typed relationship's key.

    ``write_relationships`` finds the claims of a relationship through an
    index on it, instead of walking every claim of the subject (a hub such as
    "protesters" is the subject of thousands).

    >>> triple_key("russia", "SENT_TROOPS_TO", "kazakhstan")
    'russia|SENT_TROOPS_TO|kazakhstan'
    """
    return f"{subject}|{predicate}|{obj}"


def quantity_predicate(kind: str) -> str:
    """The claim predicate of a quantity kind.

    >>> quantity_predicate("detained")
    'DETAINED_COUNT'
    """
    return f"{kind.upper()}_COUNT"


def quantity_kind_of(predicate: str) -> str | None:
    """The quantity kind a figure's claim predicate names (None for another predicate).

    >>> quantity_kind_of("DETAINED_COUNT"), quantity_kind_of("detained_count"), quantity_kind_of("DETAINED")
    ('detained', 'detained', None)
    """
    suffix = "_COUNT"
    return predicate[:-len(suffix)].lower() if predicate.upper().endswith(suffix) else None


# -- entity properties ---------------------------------------------------------------------

def names_key(lang: str) -> str | None:
    """The property that holds an entity's names in ``lang`` (None for no language).

    >>> names_key("uk"), names_key("pt-BR"), names_key("")
    ('names_uk', 'names_pt_br', None)
    """
    if not lang:
        return None
    key = lang.lower().replace("-", "_")
    if not _LANG.match(key):
        raise StoreError(f"refusing language code {lang!r} for a names_<lang> property; "
                         "use an ISO 639 code such as 'uk' or 'pt-BR'")
    return f"{NAMES_PREFIX}{key}"


def names_properties(properties: Mapping[str, object]) -> dict[str, list[str]]:
    """The ``names_<lang>`` properties of a stored entity, as they are stored."""
    return {key: list(value) for key, value in properties.items()
            if key.startswith(NAMES_PREFIX) and isinstance(value, list)}


def names_from_properties(properties: Mapping[str, object]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``((lang, (form, …)), …)`` from a stored entity's ``names_<lang>`` properties, sorted."""
    return tuple(sorted((key[len(NAMES_PREFIX):].replace("_", "-"), tuple(sorted(value)))
                        for key, value in names_properties(properties).items() if value))


def lookup_keys(name: str, aliases: Iterable[str]) -> list[str]:
    """``Entity.lookup``: the name and aliases in lower case, for an indexed lookup by name.

    ``q_entity_by_name`` finds an entity by ``toLower($name) IN e.lookup``
    through an index (a scan of every entity's names took 75-85 ms at 50,000
    entities).

    >>> lookup_keys("Kassym-Jomart Tokayev", ["Токаєв", "TOKAJEW", "Tokajew"])
    ['kassym-jomart tokayev', 'tokajew', 'токаєв']
    """
    return sorted({form.lower() for form in (name, *aliases) if form})


# -- typed relationships ----------------------------------------------------------------------

@dataclass(frozen=True)
class TypedRelationship:
    """One (subject, predicate, object) between entities, aggregated over its claims.

    The store derives them from its claims (``cypher/write_relationships.cypher``);
    :func:`aggregate_relationships` derives them in the same way from claims held in
    memory (a :class:`~kzgraph.graph.KnowledgeGraph` that never met a store).
    """

    subject: str
    predicate: str
    object: str
    first_date: str | None
    last_date: str | None
    doc_ids: tuple[str, ...]
    langs: tuple[str, ...]
    n_claims: int
    evidence: str | None = None  # the sentence of its most confident claim


def aggregate_relationships(claims: Iterable) -> list[TypedRelationship]:
    """The typed relationships of ``claims`` (:class:`~kzgraph.model.Relation`), sorted.

    Claims with a literal object (a charge, a measure as text) make none.
    """
    groups: dict[tuple[str, str, str], list] = defaultdict(list)
    for c in claims:
        if c.object:
            groups[(c.subject, c.predicate, c.object)].append(c)
    out = []
    for (s, p, o), group in sorted(groups.items()):
        # full dates first: a partial "--01-05" (year unknown) only when the claims give no other
        dates = sorted(c.date for c in group if c.date and not c.date.startswith("--")) or \
            sorted(c.date for c in group if c.date)
        out.append(TypedRelationship(
            s, p, o, dates[0] if dates else None, dates[-1] if dates else None,
            tuple(sorted({c.doc for c in group})), tuple(sorted({c.lang for c in group if c.lang})),
            len(group), best_evidence(group)))
    return out


def best_evidence(claims: Iterable) -> str | None:
    """The sentence of the most confident claim (ties: the highest id)."""
    claims = list(claims)
    return max(claims, key=lambda c: (c.confidence, c.id)).sentence if claims else None


def to_networkx(entities: Iterable, relationships: Iterable[TypedRelationship], *,
                label_of=None, predicates: Mapping | None = None,
                mentions: Mapping[str, tuple[int, int]] | None = None):
    """A ``networkx.MultiDiGraph``: entities as nodes, typed relationships as edges keyed by predicate.

    Nodes carry ``name``, ``type``, ``label`` (the Neo4j label, from
    ``label_of(entity)``), ``aliases``, ``wikidata`` when known and, with
    ``mentions`` (entity id -> (mentions, documents)), ``mentions`` and
    ``documents``.  Edges carry ``predicate``, ``n_claims``, ``first_date``,
    ``last_date``, ``langs``, ``doc_ids``, ``evidence`` and, with the
    ontology's ``predicates``, ``cameo`` and ``plover``.  Every attribute is a
    string or a number, so ``nx.write_graphml`` and ``nx.write_gexf`` take the
    graph as it is: ``aliases`` are joined with ``" | "`` (a name may hold a
    comma), ``langs`` and ``doc_ids`` with ``", "``; attributes that are None
    or empty are left out.

    >>> from kzgraph.model import Entity
    >>> g = to_networkx([Entity("a", "A", "ORG"), Entity("b", "B", "GPE")],
    ...                 [TypedRelationship("a", "SENT_TROOPS_TO", "b", None, None, ("d",), ("en",), 1)])
    >>> g.get_edge_data("a", "b")["SENT_TROOPS_TO"]["n_claims"], g.get_edge_data("a", "b")["SENT_TROOPS_TO"]["langs"]
    (1, 'en')
    """
    import networkx as nx

    g = nx.MultiDiGraph()
    for ent in entities:
        attrs = {"name": ent.name, "type": ent.type, "aliases": ent.aliases,
                 "label": label_of(ent) if label_of else None, "wikidata": ent.wikidata}
        if mentions is not None:
            attrs["mentions"], attrs["documents"] = mentions.get(ent.id, (0, 0))
        g.add_node(ent.id, **_attributes(attrs))
    for rel in relationships:
        known = predicates.get(rel.predicate) if predicates else None
        attrs = {"predicate": rel.predicate, "n_claims": rel.n_claims, "first_date": rel.first_date,
                 "last_date": rel.last_date, "langs": rel.langs, "doc_ids": rel.doc_ids,
                 "evidence": rel.evidence, "cameo": known.cameo if known else None,
                 "plover": known.plover if known else None}
        g.add_edge(rel.subject, rel.object, key=rel.predicate, **_attributes(attrs))
    return g


def _attributes(attrs: Mapping[str, object]) -> dict[str, object]:
    """Attributes GraphML and GEXF can write: lists joined into one string, None and empties left out."""
    out = {}
    for key, value in attrs.items():
        if isinstance(value, (list, tuple, set, frozenset)):
            value = (" | " if key == "aliases" else ", ").join(sorted(str(v) for v in value if v is not None))
        if value is None or value == "":
            continue
        out[key] = value
    return out


__all__ = ["ENTITY", "CLAIM", "DOCUMENT", "SUBJECT", "OBJECT", "ACCORDING_TO", "STATED_IN",
           "MENTIONED_IN", "NAMES_PREFIX", "stable_id", "relation_id", "quantity_id", "triple_key",
           "quantity_predicate", "quantity_kind_of", "names_key", "names_properties", "names_from_properties",
           "lookup_keys", "TypedRelationship", "aggregate_relationships", "best_evidence",
           "to_networkx"]
