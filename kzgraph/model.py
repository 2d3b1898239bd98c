"""Typed records that cross module boundaries.

Nothing from spaCy or rdflib travels past the module that made it: the
extraction layer hands out these frozen dataclasses, alignment turns mention
texts into entity ids, and the graph, stores and query API only see these.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


# The entity types of the extraction contract (README, "Extraction output") and the Neo4j label
# each one is written with.  Cities and regions are GPE but labelled Location.
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "GROUP", "CONCEPT")
# How certain a claim is as the text gives it, weakest caveat first (kzgraph.extract.claim_status).
CLAIM_STATUSES = ("asserted", "reported", "suspected", "planned", "requested", "denied", "negated")


@dataclass(frozen=True)
class Document:
    """One input text.  ``id`` is the content hash, so a reload is a no-op."""

    id: str
    text: str
    path: str
    lang: str
    date: str | None = None  # "2022-01" or "2022-01-05" as the source gives it
    title: str | None = None
    url: str | None = None

    def to_record(self) -> dict:
        return {"kind": "document", "doc": self.id, "path": self.path, "lang": self.lang,
                "date": self.date, "title": self.title}


@dataclass(frozen=True)
class Mention:
    """A span of a document that names an entity, before alignment.

    ``hint`` is the ontology id when the gazetteer matched the span; alignment
    still decides.  ``label`` is one of ``ENTITY_TYPES``.
    """

    doc: str
    text: str
    start: int
    end: int
    label: str
    lang: str
    hint: str | None = None


@dataclass(frozen=True)
class RelationMention:
    """A relation as the text states it: arguments are mentions, not ids."""

    subject: Mention
    predicate: str
    doc: str
    sentence: str
    start: int  # sentence offsets in the document
    end: int
    lang: str
    object: Mention | None = None
    literal: str | None = None
    date: str | None = None  # ISO "2022-01-05", or partial "--01-05" when no year could be found
    confidence: float = 0.5
    date_source: str | None = None  # how the date's year is known: "stated", "document", "corpus"; "context": a day the text named before the claim's sentence, or the document's date
    status: str = "asserted"  # as the text gives it (kzgraph.extract.claim_status.STATUSES)
    according_to: Mention | None = None  # the source the text attributes it to
    denied_by: Mention | None = None  # who denies it, when a later sentence does


@dataclass(frozen=True)
class QuantityMention:
    """A figure the text gives for a quantity kind (detained, killed, …)."""

    what: str
    value: int
    doc: str
    sentence: str
    start: int
    end: int
    lang: str
    qualifier: str | None = None
    according_to: Mention | None = None
    as_of: str | None = None
    as_of_source: str | None = None  # "stated" in the sentence, or "document" (its date)
    status: str = "asserted"  # asserted, reported, denied, negated (see Quantity)
    denied_by: Mention | None = None
    scope: str | None = None  # "in:<place text>", "part-of:…", "from:…" (see Quantity); an id without scope_mention
    scope_mention: Mention | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one document."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    relations: tuple[RelationMention, ...] = ()
    quantities: tuple[QuantityMention, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A canonical entity after alignment.  ``names`` maps lang -> labels."""

    id: str
    name: str
    type: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()
    roles: tuple[str, ...] = ()

    @property
    def names_by_lang(self) -> dict[str, tuple[str, ...]]:
        return dict(self.names)


@dataclass(frozen=True)
class EntityMention:
    """Where an aligned entity is mentioned."""

    entity: str
    doc: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Relation:
    """A claim: subject -predicate-> object (an entity id) or a literal.

    ``status`` is how certain the text makes it and ``according_to`` who it
    attributes it to (see :mod:`kzgraph.extract.claim_status`): ``reported``
    by a source, ``suspected`` or alleged, ``planned`` or ``requested``,
    ``denied`` by a later sentence (by ``denied_by`` where it names who), else
    ``asserted``.  An event the sentence itself negates or denies is no claim.
    """

    id: str
    subject: str
    predicate: str
    doc: str
    sentence: str
    start: int
    end: int
    lang: str
    object: str | None = None
    literal: str | None = None
    date: str | None = None  # ISO "2022-01-05", or partial "--01-05" when no year could be found
    confidence: float = 0.5
    date_source: str | None = None  # "stated", "document" (its date or a full date it gives), "corpus", "context" (the text around the sentence)
    status: str = "asserted"  # asserted, reported, suspected, planned, requested, denied, negated
    according_to: str | None = None  # the source entity the text attributes the claim to
    denied_by: str | None = None  # the entity that denies it (status "denied"), where the text names one

    def to_record(self) -> dict:
        return {"kind": "relation", "subject": self.subject, "predicate": self.predicate,
                "object": self.object, "literal": self.literal, "date": self.date,
                "date_source": self.date_source,
                "doc": self.doc, "sentence": self.sentence, "start": self.start,
                "end": self.end, "confidence": self.confidence, "status": self.status,
                "according_to": self.according_to, "denied_by": self.denied_by}


@dataclass(frozen=True)
class Quantity:
    """A figure as a claim, with its source (an entity id) and as-of date.

    ``status`` is how the text gives the figure: ``asserted`` (stated with no
    source), ``reported`` (attributed to ``according_to``, or to a source the
    text does not name: "are reported as injured"), ``denied`` (a later
    denial or retraction, by ``denied_by`` where the text names who) or
    ``negated`` ("were not detained").  ``as_of_source`` says where ``as_of``
    came from: ``stated`` in the sentence, or ``document`` (the article's own
    date, when the sentence gives none).  ``scope`` says where or whose the
    counted people are, as ``<relation>:<entity id>``: ``in:almaty`` (the
    figure counts one place), ``part-of:almaty-region`` (a part of a place:
    "in one village of Almaty Region"), ``from:russia`` (troops of one
    sender); ``None`` is the figure's whole, unnamed extent.  Two figures are
    comparable only when their kind and scope agree.
    """

    id: str
    what: str
    value: int
    doc: str
    sentence: str
    start: int
    end: int
    lang: str
    qualifier: str | None = None
    according_to: str | None = None
    as_of: str | None = None
    as_of_source: str | None = None
    status: str = "asserted"
    denied_by: str | None = None
    scope: str | None = None

    def entity_ids(self) -> tuple[str, ...]:
        """The entities the figure refers to: its source, its denier, its scope's place."""
        scope = self.scope.partition(":")[2] if self.scope else None
        return tuple(e for e in (self.according_to, self.denied_by, scope) if e)

    def to_record(self) -> dict:
        return {"kind": "quantity", "what": self.what, "value": self.value,
                "qualifier": self.qualifier, "according_to": self.according_to,
                "as_of": self.as_of, "doc": self.doc, "sentence": self.sentence,
                "as_of_source": self.as_of_source, "status": self.status,
                "denied_by": self.denied_by, "scope": self.scope}


def as_dict(obj) -> dict:
    """A dataclass as a plain dict (tuples of pairs stay as lists)."""
    return asdict(obj)


__all__ = ["ENTITY_TYPES", "CLAIM_STATUSES", "Document", "Mention", "RelationMention", "QuantityMention",
           "Extraction", "Entity", "EntityMention", "Relation", "Quantity", "as_dict"]
