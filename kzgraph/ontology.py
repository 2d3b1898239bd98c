"""The domain knowledge, read from ``ontology/*.ttl`` with rdflib.

The Turtle files hold entities (SKOS labels per language, type, roles,
Wikidata ids), predicates (CAMEO/PLOVER codes, trigger lemmas) and quantity
kinds.  This module turns them into frozen records and validates them; it
holds no domain knowledge itself.

Examples
--------
>>> onto = Ontology.load()
>>> onto.predicate("REQUESTED_AID_FROM").cameo
'0232'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from .errors import OntologyError
from .resources import data_dir
from .vocab import KZ, KZE, KZP, KZQ

# ontology class -> (contract type, Neo4j label)
CLASSES: dict[URIRef, tuple[str, str]] = {
    KZ.Person: ("PERSON", "Person"),
    KZ.Organization: ("ORG", "Organization"),
    KZ.Country: ("GPE", "Country"),
    KZ.Region: ("GPE", "Location"),
    KZ.City: ("GPE", "Location"),
    KZ.Location: ("LOC", "Location"),
    KZ.Facility: ("FAC", "Facility"),
    KZ.Event: ("EVENT", "Event"),
    KZ.Group: ("GROUP", "Group"),
    KZ.Concept: ("CONCEPT", "Concept"),
}
# contract type -> Neo4j label, for entities the ontology does not know
LABELS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location",
          "FAC": "Facility", "EVENT": "Event", "GROUP": "Group", "CONCEPT": "Concept"}
NEO4J_LABELS = frozenset(label for _, label in CLASSES.values())

LangLabels = tuple[tuple[str, tuple[str, ...]], ...]  # ((lang, (label, …)), …)


@dataclass(frozen=True)
class EntityDef:
    """An entity the ontology knows."""

    id: str  # the slug after the entity namespace, e.g. "kassym-jomart-tokayev"
    name: str  # English prefLabel
    type: str  # contract type: PERSON, ORG, GPE, …
    label: str  # Neo4j label
    pref: LangLabels  # prefLabels per language
    alt: LangLabels  # altLabels per language
    adjectives: LangLabels = ()  # nationality adjectives (lemmas) per language
    roles: tuple[str, ...] = ()
    wikidata: str | None = None
    part_of: str | None = None

    def labels(self, lang: str | None = None) -> tuple[str, ...]:
        """Every pref and alt label, of one language or of all."""
        out: list[str] = []
        for group in (self.pref, self.alt):
            for lg, names in group:
                if lang is None or lg == lang:
                    out.extend(names)
        return tuple(out)


@dataclass(frozen=True)
class PredicateDef:
    """A relation type: its codes and its trigger lemmas per language."""

    id: str  # REQUESTED_AID_FROM
    label: str
    cameo: str | None  # None when the ontology says kz:none
    plover: str | None
    triggers: LangLabels = ()

    def trigger_lemmas(self, lang: str) -> tuple[str, ...]:
        return dict(self.triggers).get(lang, ())


@dataclass(frozen=True)
class QuantityKindDef:
    """A kind of figure (detained, killed, …) and its trigger lemmas."""

    id: str
    label: str
    triggers: LangLabels = ()

    def trigger_lemmas(self, lang: str) -> tuple[str, ...]:
        return dict(self.triggers).get(lang, ())


class Ontology:
    """Entities, predicates and quantity kinds, validated.

    Build it with :meth:`load`; ``__init__`` only stores what it is given.
    """

    def __init__(self, entities: dict[str, EntityDef], predicates: dict[str, PredicateDef],
                 quantity_kinds: dict[str, QuantityKindDef], graph: Graph):
        self.entities = entities
        self.predicates = predicates
        self.quantity_kinds = quantity_kinds
        self.graph = graph  # the rdflib graph, for export and for extraction's own data

    @classmethod
    def load(cls, folder: str | Path | None = None) -> "Ontology":
        """Read and validate every ``*.ttl`` file in ``folder`` (default: kzgraph's)."""
        folder = Path(folder) if folder is not None else data_dir("ontology")
        return _load_cached(str(folder.resolve()))

    def entity(self, entity_id: str) -> EntityDef:
        try:
            return self.entities[entity_id]
        except KeyError:
            raise OntologyError(f"no entity {entity_id!r} in the ontology") from None

    def predicate(self, name: str) -> PredicateDef:
        try:
            return self.predicates[name]
        except KeyError:
            known = ", ".join(sorted(self.predicates))
            raise OntologyError(f"unknown predicate {name!r}; the inventory is: {known}") from None

    def is_predicate(self, name: str) -> bool:
        return name in self.predicates


@lru_cache(maxsize=8)
def _load_cached(folder: str) -> Ontology:
    graph = _parse_folder(Path(folder))
    return Ontology(_read_entities(graph), _read_predicates(graph), _read_quantity_kinds(graph), graph)


def _parse_folder(folder: Path) -> Graph:
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise OntologyError(f"no *.ttl files in ontology folder {folder}")
    graph = Graph()
    for path in files:
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several unrelated types on bad Turtle
            raise OntologyError(f"{path}: not valid Turtle: {exc}") from exc
    return graph


def _by_lang(graph: Graph, node: URIRef, prop: URIRef) -> LangLabels:
    groups: dict[str, list[str]] = {}
    for value in graph.objects(node, prop):
        if not isinstance(value, Literal):
            raise OntologyError(f"<{node}> {prop.n3(graph.namespace_manager)} {value.n3()}: expected a literal")
        groups.setdefault(value.language or "", []).append(str(value))
    return tuple((lang, tuple(sorted(set(v)))) for lang, v in sorted(groups.items()))


def _local(node: URIRef, namespace) -> str:
    text = str(node)
    if not text.startswith(str(namespace)):
        raise OntologyError(f"<{node}> is outside the namespace {namespace}")
    return text[len(str(namespace)):]


def _single(graph: Graph, node: URIRef, prop: URIRef) -> str | None:
    values = list(graph.objects(node, prop))
    if len(values) > 1:
        raise OntologyError(f"<{node}> has {len(values)} values for {prop}; expected one")
    return str(values[0]) if values else None


def _code(graph: Graph, node: URIRef, prop: URIRef) -> str | None:
    value = _single(graph, node, prop)
    if value is None:
        raise OntologyError(f"<{node}> has no {prop}: give a code or kz:none")
    return None if value == str(KZ.none) else value


def _read_entities(graph: Graph) -> dict[str, EntityDef]:
    entities: dict[str, EntityDef] = {}
    subjects = {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KZE))}
    for node in sorted(subjects):
        classes = [c for c in graph.objects(node, RDF.type) if c in CLASSES]
        if len(classes) != 1:
            raise OntologyError(f"<{node}> rdf:type must be exactly one of "
                                f"{', '.join(c.fragment for c in CLASSES)}; found {len(classes)}")
        pref = _by_lang(graph, node, SKOS.prefLabel)
        english = dict(pref).get("en")
        if not english:
            raise OntologyError(f"<{node}> has no English skos:prefLabel")
        ctype, label = CLASSES[classes[0]]
        part_of = _single(graph, node, KZ.partOf)
        entities[_local(node, KZE)] = EntityDef(
            id=_local(node, KZE), name=english[0], type=ctype, label=label, pref=pref,
            alt=_by_lang(graph, node, SKOS.altLabel), adjectives=_by_lang(graph, node, KZ.adjective),
            roles=tuple(sorted(str(r) for r in graph.objects(node, KZ.role))),
            wikidata=_single(graph, node, KZ.wikidata),
            part_of=_local(URIRef(part_of), KZE) if part_of else None)
    return entities


def _read_predicates(graph: Graph) -> dict[str, PredicateDef]:
    out: dict[str, PredicateDef] = {}
    for node in sorted(graph.subjects(RDF.type, KZ.Predicate)):
        name = _local(node, KZP)
        if not name.isidentifier() or name.upper() != name:
            raise OntologyError(f"<{node}>: a predicate name must be UPPER_SNAKE_CASE")
        out[name] = PredicateDef(id=name, label=str(graph.value(node, SKOS.prefLabel) or name),
                                 cameo=_code(graph, node, KZ.cameo), plover=_code(graph, node, KZ.plover),
                                 triggers=_by_lang(graph, node, KZ.trigger))
    if not out:
        raise OntologyError("the ontology defines no kz:Predicate")
    return out


def _read_quantity_kinds(graph: Graph) -> dict[str, QuantityKindDef]:
    out: dict[str, QuantityKindDef] = {}
    for node in sorted(graph.subjects(RDF.type, KZ.QuantityKind)):
        name = _local(node, KZQ)
        out[name] = QuantityKindDef(id=name, label=str(graph.value(node, SKOS.prefLabel) or name),
                                    triggers=_by_lang(graph, node, KZ.trigger))
    return out
