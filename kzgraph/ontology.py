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

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from .errors import OntologyError
from .resources import ontology_layers
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
    # skos:hiddenLabel: forms that name the entity only inside its story ("the
    # international airport", "МВС"); matched exactly, never fuzzily, never displayed
    hidden: LangLabels = ()
    category: str | None = None  # kz:category: the part a Group/Concept plays in relation rules
    rdf_class: str = ""  # its class in the kz: namespace ("City", "Country"…; KZ[rdf_class] is the IRI)

    def labels(self, lang: str | None = None, hidden: bool = False) -> tuple[str, ...]:
        """Every pref and alt label (and hidden ones if asked), of one language or of all."""
        out: list[str] = []
        for group in (self.pref, self.alt, self.hidden if hidden else ()):
            for lg, names in group:
                if lang is None or lg == lang:
                    out.extend(names)
        return tuple(out)


@dataclass(frozen=True)
class PredicateDef:
    """A relation type: its codes, trigger lemmas per language and cue rules."""

    id: str  # REQUESTED_AID_FROM
    label: str
    cameo: str | None  # None when the ontology says kz:none
    plover: str | None
    triggers: LangLabels = ()  # kz:trigger on the predicate and in its rules
    rules: tuple["CueRule", ...] = ()
    inferences: tuple["InferenceRule", ...] = ()  # kz:inference, parsed and checked at load
    gerund: str | None = None  # skos:altLabel@en: how an embedded event is written
    # kz:phraseObject: the object may be a nominalised event written in English from
    # ontology/event_nouns.ttl: "first" (before any name) or "fallback" (when no object is found)
    phrase_object: str | None = None
    person_event: str | None = None  # kz:personEvent: "approved X as prime minister" -> "appointment of X as …"
    # kz:lasting true: a state that holds, not an event (a role held, a membership): a sentence
    # that names no date of its own does not date it from the text around it or the document
    lasting: bool = False

    def trigger_lemmas(self, lang: str) -> tuple[str, ...]:
        return dict(self.triggers).get(lang, ())

    def rules_for(self, lang: str) -> tuple["CueRule", ...]:
        return tuple(r for r in self.rules if r.lang == lang)


# Grammatical cases an argument spec may ask for (option case=): pymorphy3's tags, as uk and ru
# mark them (nominative, genitive, dative, accusative, instrumental, locative)
GRAMMATICAL_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "ablv")  # ablv: the ablative of kk (not pymorphy3)

# Argument types of a cue rule (predicates.ttl explains each); GROUP and CONCEPT
# take a ":category" suffix naming the kz:category of the entity.
ARG_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "GROUP", "CONCEPT", "COUNTRY",
                       "TROOPS", "OWNER", "ROLE", "LITERAL", "EMBED",
                       # SITE: a building named by a common noun and its owner; CROWD: a crowd, a mob
                       # standing for the protesters (candidates._sites, candidates._crowds)
                       "SITE", "CROWD"})
_ARG_SIDES = ("left", "right", "any", "at", "claim")
_ARG_FLAGS = {"all": "all", "carry": "carry", "optional": "optional", "former": "former", "parent": "parent",
              "active": "active", "direct": "direct", "passive": "passive", "nominal": "nominal",
              "reciprocal": "reciprocal"}


@dataclass(frozen=True)
class ArgSpec:
    """Where a cue rule looks for one argument and what it accepts.

    Examples
    --------
    >>> spec = ArgSpec.parse("right ORG|GPE via=до,к all")
    >>> spec.side, spec.types, spec.via, spec.all
    ('right', ('ORG', 'GPE'), ('до', 'к'), True)
    >>> ArgSpec.parse("left GROUP:protesters default=@protesters").default
    '@protesters'
    >>> ArgSpec.parse("any PERSON case=accs,gent").cases
    ('accs', 'gent')
    >>> ArgSpec.parse("up PERSON")
    Traceback (most recent call last):
    ...
    ValueError: argument spec 'up PERSON': the side must be one of left, right, any, at, claim
    """

    side: str
    types: tuple[str, ...]
    via: tuple[str, ...] = ()
    all: bool = False
    default: str | None = None  # "@<group category>", "@focus" or "@troop-owner"
    carry: bool = False
    sentence_scope: bool = False
    optional: bool = False
    former: bool = False
    parent: bool = False  # an organisation's body stands for the organisation (kz:partOf)
    active: bool = False  # on a subject: the rule reads an active verb, not a passive form
    direct: bool = False  # a bare argument near the trigger, not inside a prepositional phrase
    passive: bool = False  # on a subject: the rule only reads a passive form ("was appointed")
    nominal: bool = False  # on a subject: the trigger is a noun it follows ("the resignation of X")
    reciprocal: bool = False  # on an object: with none named, the subjects named together ("X and Y spoke")
    role: str | None = None  # (object) an organisation written as this role of it: "Chairman of X"
    cases: tuple[str, ...] = ()  # grammatical cases the argument may stand in (uk, ru: pymorphy3 tags)

    def accepts(self, base: str) -> bool:
        """Whether any alternative has the base type ``base`` (with or without a category)."""
        return any(t.split(":", 1)[0] == base for t in self.types)

    @classmethod
    def parse(cls, text: str) -> "ArgSpec":
        words = text.split()
        if len(words) < 2:
            raise ValueError(f"argument spec {text!r}: give a side and types, e.g. 'left PERSON|ORG'")
        side, types = words[0], tuple(words[1].split("|"))
        if side not in _ARG_SIDES:
            raise ValueError(f"argument spec {text!r}: the side must be one of {', '.join(_ARG_SIDES)}")
        for t in types:
            base, _, category = t.partition(":")
            if base not in ARG_TYPES or (category and base not in ("GROUP", "CONCEPT")):
                raise ValueError(f"argument spec {text!r}: unknown type {t!r} (known: "
                                 f"{', '.join(sorted(ARG_TYPES))}; only GROUP and CONCEPT take ':category')")
        opts: dict = {}
        for word in words[2:]:
            key, eq, value = word.partition("=")
            if key == "via" and eq and value:
                opts["via"] = tuple(v.replace("_", " ") for v in value.split(","))
            elif key == "default" and eq and value.startswith("@") and len(value) > 1:
                opts["default"] = value
            elif key == "as" and eq and value:
                opts["role"] = value.replace("_", " ")
            elif key == "case" and eq and value:
                cases = tuple(value.split(","))
                unknown = [c for c in cases if c not in GRAMMATICAL_CASES]
                if unknown:
                    raise ValueError(f"argument spec {text!r}: unknown case {unknown[0]!r} (known: "
                                     f"{', '.join(GRAMMATICAL_CASES)})")
                opts["cases"] = cases
            elif key == "scope" and value == "sentence":
                opts["sentence_scope"] = True
            elif key in _ARG_FLAGS and not eq:
                opts[_ARG_FLAGS[key]] = True
            else:
                raise ValueError(f"argument spec {text!r}: unknown option {word!r} (known: via=a,b "
                                 f"default=@category as=Role case=c,c scope=sentence all carry optional former parent active passive direct nominal reciprocal)")
        return cls(side=side, types=types, **opts)


@dataclass(frozen=True)
class CueRule:
    """One way a language states a predicate: trigger words, cue words, argument specs."""

    predicate: str
    lang: str
    triggers: tuple[str, ...]
    subject: ArgSpec
    object: ArgSpec
    cues: tuple[str, ...] = ()
    confidence: float = 0.5


@dataclass(frozen=True)
class QuantityKindDef:
    """A kind of figure (detained, killed, …), its trigger lemmas and count nouns."""

    id: str
    label: str
    triggers: LangLabels = ()
    count_nouns: LangLabels = ()  # kz:countNoun: what the kind counts ("soldier")
    specialises: str | None = None  # the kind this one narrows (killed_officers -> killed)
    position: int = 0  # where the files define it: the first of two kinds sharing a word wins

    def trigger_lemmas(self, lang: str) -> tuple[str, ...]:
        return dict(self.triggers).get(lang, ())


_INFERENCE = re.compile(r"^\s*(\w+)\((\?\w+),\s*(\?\w+)\)\s*:-\s*(.+)$")
_ATOM = re.compile(r"(\w+)\((\?\w+),\s*(\?\w+)\)")


@dataclass(frozen=True)
class InferenceRule:
    """``HEAD(?a, ?b) :- P(?a, ?c), Q(?c, ?b)``: a sentence-local derivation (kz:inference).

    Examples
    --------
    >>> rule = InferenceRule.parse("A(?x, ?y) :- B(?x, ?z), C(?z, ?y)")
    >>> rule.head, rule.body
    (('A', '?x', '?y'), (('B', '?x', '?z'), ('C', '?z', '?y')))
    """

    head: tuple[str, str, str]  # (predicate, subject variable, object variable)
    body: tuple[tuple[str, str, str], ...]
    text: str

    @classmethod
    def parse(cls, text: str) -> "InferenceRule":
        m = _INFERENCE.match(text)
        body = _ATOM.findall(m.group(4)) if m else []
        if not m or not body:
            raise OntologyError(f"kz:inference {text!r}: write it as 'HEAD(?a, ?b) :- P(?a, ?c), Q(?c, ?b)'")
        return cls((m.group(1), m.group(2), m.group(3)), tuple(body), text)


def parse_inference(text: str) -> tuple[tuple[str, str, str], list[tuple[str, str, str]]]:
    """``"H(?a, ?b) :- P(?a, ?c), Q(?c, ?b)"`` as ``(head, [body atoms])``.

    >>> parse_inference("A(?x, ?y) :- B(?x, ?z), C(?z, ?y)")
    (('A', '?x', '?y'), [('B', '?x', '?z'), ('C', '?z', '?y')])
    """
    rule = InferenceRule.parse(text)
    return rule.head, list(rule.body)


@dataclass(frozen=True)
class LexicalSetDef:
    """A ``kz:LexicalSet``: words (or language data) playing one part, per language.

    ``forms`` are ``(language tag, text)`` in the order the files give them;
    ``value`` is what the set stands for (``kz:value`` as a Python value: a
    month number, a multiplier, an English word), ``value_text`` the same as
    written.
    """

    id: str  # the node's IRI
    category: str
    forms: tuple[tuple[str, str], ...]
    value: object = None
    value_text: str | None = None
    related: tuple[str, ...] = ()  # skos:related IRIs (role titles that name the same office)

    def forms_in(self, lang: str) -> tuple[str, ...]:
        return tuple(text for lg, text in self.forms if lg == lang)


class Ontology:
    """Entities, predicates and quantity kinds, validated.

    Build it with :meth:`load`; ``__init__`` only stores what it is given.
    """

    def __init__(self, entities: dict[str, EntityDef], predicates: dict[str, PredicateDef],
                 quantity_kinds: dict[str, QuantityKindDef], lexical_sets: tuple[LexicalSetDef, ...] = ()):
        # Typed records only: the rdflib graph they are read from stays inside this module.
        self.entities = entities
        self.predicates = predicates
        self.quantity_kinds = quantity_kinds
        self.lexical_sets = lexical_sets

    @classmethod
    def load(cls, folder: str | Path | Iterable[str | Path] | None = None) -> "Ontology":
        """Read and validate every ``*.ttl`` file of ``folder``, or of several folders read as one.

        By default, the folders :func:`kzgraph.resources.ontology_layers` names:
        the generic core and the story layers (``$KZGRAPH_ONTOLOGY``).
        """
        return _load_cached(folder_key(folder))

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

    def lexical_sets_of(self, category: str) -> tuple[LexicalSetDef, ...]:
        """The ``kz:LexicalSet`` nodes of one ``kz:category``, in file order."""
        return tuple(s for s in self.lexical_sets if s.category == category)


def folder_key(folder: str | Path | Iterable[str | Path] | None = None) -> tuple[str, ...]:
    """The resolved folders an ontology is read from (see :meth:`Ontology.load`)."""
    if folder is None:
        folders: Iterable = ontology_layers()
    elif isinstance(folder, (str, Path)):
        folders = (folder,)
    else:
        folders = folder
    return tuple(dict.fromkeys(str(Path(f).resolve()) for f in folders))


@lru_cache(maxsize=8)
def _load_cached(folders: tuple[str, ...]) -> Ontology:
    graph = Graph()
    for folder in folders:
        _parse_folder(Path(folder), graph)
    return Ontology(_read_entities(graph), _read_predicates(graph), _read_quantity_kinds(graph),
                    _read_lexical_sets(graph))


def _parse_folder(folder: Path, graph: Graph) -> Graph:
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise OntologyError(f"no *.ttl files in ontology folder {folder}")
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


# the properties an entity may carry in the kz: namespace (others, e.g. a typo, are errors)
# kz:category: the part a Group/Concept plays in relation rules ("charge", "troops", …)
_ENTITY_KZ_PROPERTIES = frozenset({KZ.role, KZ.adjective, KZ.wikidata, KZ.partOf, KZ.category})
_LANG_TAGGED = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, KZ.adjective, KZ.role)
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
_ENTITY_ID = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def _triple(graph: Graph, node: URIRef, prop: URIRef, value) -> str:
    nm = graph.namespace_manager
    shown = value.n3(nm) if hasattr(value, "n3") else repr(value)
    return f"{node.n3(nm)} {prop.n3(nm)} {shown}"


def _check_entity_node(graph: Graph, node: URIRef) -> None:
    """Errors naming the bad triple: untagged or blank labels, unknown kz: terms, bad ids."""
    local = _local(node, KZE)
    if not _ENTITY_ID.fullmatch(local):
        raise OntologyError(f"<{node}>: an entity id must be a lower-case slug like "
                            f"'kassym-jomart-tokayev', not {local!r}")
    for prop, value in graph.predicate_objects(node):
        if str(prop).startswith(str(KZ)) and prop not in _ENTITY_KZ_PROPERTIES:
            raise OntologyError(f"{_triple(graph, node, prop, value)}: {prop.n3(graph.namespace_manager)} "
                                f"is not an entity property (use kz:role, kz:adjective, kz:wikidata, "
                                f"kz:partOf, kz:category or a SKOS label)")
        if prop in _LANG_TAGGED:
            if not isinstance(value, Literal) or not value.language:
                raise OntologyError(f"{_triple(graph, node, prop, value)}: labels need a language tag, "
                                    f'e.g. "Tokayev"@en')
            if not str(value).strip() or str(value) != str(value).strip():
                raise OntologyError(f"{_triple(graph, node, prop, value)}: blank label or "
                                    f"label with surrounding spaces")
    for value in graph.objects(node, KZ.wikidata):
        if not _WIKIDATA_ID.fullmatch(str(value)):
            raise OntologyError(f'{_triple(graph, node, KZ.wikidata, value)}: '
                                f'a Wikidata id looks like "Q1234"')
    langs = [v.language for v in graph.objects(node, SKOS.prefLabel) if isinstance(v, Literal)]
    for lang in set(langs):
        if langs.count(lang) > 1:
            raise OntologyError(f"<{node}> has {langs.count(lang)} skos:prefLabel@{lang}; "
                                f"keep one and make the others skos:altLabel")


def _read_entities(graph: Graph) -> dict[str, EntityDef]:
    entities: dict[str, EntityDef] = {}
    subjects = {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KZE))}
    for node in sorted(subjects):
        classes = [c for c in graph.objects(node, RDF.type) if c in CLASSES]
        if len(classes) != 1:
            raise OntologyError(f"<{node}> rdf:type must be exactly one of "
                                f"{', '.join(c.fragment for c in CLASSES)}; found {len(classes)}")
        _check_entity_node(graph, node)
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
            part_of=_local(URIRef(part_of), KZE) if part_of else None,
            hidden=_by_lang(graph, node, SKOS.hiddenLabel),
            category=_single(graph, node, KZ.category), rdf_class=_local(classes[0], KZ))
    for entity in entities.values():
        if entity.part_of is not None and entity.part_of not in entities:
            raise OntologyError(f"kze:{entity.id} kz:partOf kze:{entity.part_of}: "
                                f"no entity kze:{entity.part_of} in the ontology")
    return entities


def _read_predicates(graph: Graph) -> dict[str, PredicateDef]:
    out: dict[str, PredicateDef] = {}
    for node in sorted(graph.subjects(RDF.type, KZ.Predicate)):
        name = _local(node, KZP)
        if not name.isidentifier() or name.upper() != name:
            raise OntologyError(f"<{node}>: a predicate name must be UPPER_SNAKE_CASE")
        rules = tuple(r for rule in _sorted_nodes(graph, node, KZ.rule) for r in _read_rule(graph, node, name, rule))
        triggers: dict[str, set[str]] = {lang: set(v) for lang, v in _by_lang(graph, node, KZ.trigger)}
        for rule in rules:
            triggers.setdefault(rule.lang, set()).update(rule.triggers)
        gerunds = [str(v) for v in graph.objects(node, SKOS.altLabel)
                   if isinstance(v, Literal) and v.language == "en"]
        out[name] = PredicateDef(id=name, label=str(graph.value(node, SKOS.prefLabel) or name),
                                 cameo=_code(graph, node, KZ.cameo), plover=_code(graph, node, KZ.plover),
                                 triggers=tuple((lang, tuple(sorted(v))) for lang, v in sorted(triggers.items())),
                                 rules=rules,
                                 inferences=tuple(InferenceRule.parse(text) for text in
                                                  sorted(str(v) for v in graph.objects(node, KZ.inference))),
                                 gerund=min(gerunds) if gerunds else None,
                                 phrase_object=_phrase_object(graph, node),
                                 person_event=str(graph.value(node, KZ.personEvent) or "") or None,
                                 lasting=str(graph.value(node, KZ.lasting) or "").lower() == "true")
    if not out:
        raise OntologyError("the ontology defines no kz:Predicate")
    return out


def _phrase_object(graph: Graph, node) -> str | None:
    value = graph.value(node, KZ.phraseObject)
    if value is None:
        return None
    if str(value) not in ("first", "fallback"):
        raise OntologyError(f'{_triple(graph, node, KZ.phraseObject, value)}: expected "first" or "fallback"')
    return str(value)


def _sorted_nodes(graph: Graph, node, prop) -> list:
    # blank nodes have no stable order; sort by their content so rule order is reproducible
    return sorted(graph.objects(node, prop),
                  key=lambda b: sorted((str(p), str(o), getattr(o, "language", None) or "")
                                       for p, o in graph.predicate_objects(b)))


def _read_rule(graph: Graph, node: URIRef, name: str, rule) -> list[CueRule]:
    """One CueRule per language of the rule's triggers (a rule may list several)."""
    where = f"kzp:{name} kz:rule [...]"
    triggers = _by_lang(graph, rule, KZ.trigger)
    if not triggers or any(not lang for lang, _ in triggers):
        raise OntologyError(f"{where}: every kz:trigger needs a language tag, e.g. \"arrest*\"@en")
    label = " ".join(w for _, ws in triggers for w in ws)
    cues = dict(_by_lang(graph, rule, KZ.cue))
    if cues and set(cues) != {lang for lang, _ in triggers}:
        raise OntologyError(f"{where} ({label}): give kz:cue words in every language of its triggers "
                            f"({', '.join(lang for lang, _ in triggers)}); found {', '.join(sorted(cues))}")
    specs = {}
    for prop in (KZ.subject, KZ.object):
        text = _single(graph, rule, prop)
        if text is None:
            raise OntologyError(f"{where} ({label}): missing {prop.n3(graph.namespace_manager)}")
        try:
            specs[prop] = ArgSpec.parse(text)
        except ValueError as exc:
            raise OntologyError(f"{where} ({label}): {exc}") from None
    confidence = _single(graph, rule, KZ.confidence)
    try:
        conf = float(confidence) if confidence is not None else 0.5
    except ValueError:
        conf = -1.0
    if not 0.0 < conf <= 1.0:
        raise OntologyError(f"{where} ({label}): kz:confidence {confidence!r} must be a number in (0, 1]")
    return [CueRule(predicate=name, lang=lang, triggers=words, subject=specs[KZ.subject],
                    object=specs[KZ.object], cues=cues.get(lang, ()), confidence=conf)
            for lang, words in triggers]


def _read_quantity_kinds(graph: Graph) -> dict[str, QuantityKindDef]:
    position = {node: i for i, node in enumerate(graph.subjects(RDF.type, KZ.QuantityKind))}
    out: dict[str, QuantityKindDef] = {}
    for node in sorted(position):
        name = _local(node, KZQ)
        base = _single(graph, node, KZ.specialises)
        out[name] = QuantityKindDef(id=name, label=str(graph.value(node, SKOS.prefLabel) or name),
                                    triggers=_by_lang(graph, node, KZ.trigger),
                                    count_nouns=_by_lang(graph, node, KZ.countNoun),
                                    specialises=_local(URIRef(base), KZQ) if base else None,
                                    position=position[node])
    return out


def _read_lexical_sets(graph: Graph) -> tuple[LexicalSetDef, ...]:
    """Every kz:LexicalSet, in file order (where two sets give one form, the later one wins)."""
    out = []
    for node in graph.subjects(RDF.type, KZ.LexicalSet):
        category = _single(graph, node, KZ.category)
        if not category:
            raise OntologyError(f"<{node}> is a kz:LexicalSet without kz:category: say what part its words play")
        forms = []
        for form in graph.objects(node, KZ.form):
            if not isinstance(form, Literal) or not form.language:
                raise OntologyError(f"{_triple(graph, node, KZ.form, form)}: every form needs a language tag, "
                                    f'e.g. "former"@en')
            forms.append((form.language, str(form)))
        values = list(graph.objects(node, KZ.value))
        if len(values) > 1:
            raise OntologyError(f"<{node}> has {len(values)} values for kz:value; expected one")
        value = values[0] if values else None
        out.append(LexicalSetDef(
            id=str(node), category=category, forms=tuple(forms),
            value=value.toPython() if isinstance(value, Literal) else None,
            value_text=str(value) if value is not None else None,
            related=tuple(str(r) for r in graph.objects(node, SKOS.related))))
    return tuple(out)
