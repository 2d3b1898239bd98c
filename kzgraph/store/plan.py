"""A ``KnowledgeGraph`` as the ordered, validated steps that write it.

Everything is checked before the first statement runs (predicates against
the ontology's inventory, labels against kzgraph's labels, quantity kinds,
references between records), so bad input writes nothing.  The order makes a
partial load safe to rerun: documents and entities first, then mentions and
claims, then the typed relationships, which are derived from the claims in
the store (not from this load alone), then quantity claims.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..errors import StoreError
from ..graph import KnowledgeGraph
from ..ontology import LABELS, Ontology
from .cypher import relationship_types, statement, typed_statement

_LANG = re.compile(r"^[a-z]{2,3}(_[a-z0-9]{2,8})*$")


@dataclass(frozen=True)
class WriteStep:
    """One statement and the rows it is run with, in batches.

    ``what`` is the report's name for the rows (``documents``, ``entities``,
    …); ``merge_names`` asks the writer to take the union of each entity's
    stored and new names before writing.
    """

    what: str
    statement: str
    text: str
    rows: tuple[dict, ...]
    merge_names: bool = False


def quantity_predicate(kind: str) -> str:
    """The claim predicate of a quantity kind.

    >>> quantity_predicate("detained")
    'DETAINED_COUNT'
    """
    return f"{kind.upper()}_COUNT"


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
    return f"names_{key}"


def plan_write(graph: KnowledgeGraph, ontology: Ontology) -> list[WriteStep]:
    """The steps that write ``graph``; ``StoreError`` naming the first bad record."""
    _check_references(graph)
    steps = [
        _step("documents", "write_documents", [
            {"id": d.id, "title": d.title, "lang": d.lang, "date": d.date, "path": d.path}
            for d in sorted(graph.documents.values(), key=lambda d: d.id)]),
    ]
    by_label: dict[str, list[dict]] = defaultdict(list)
    for ent in sorted(graph.entities.values(), key=lambda e: e.id):
        by_label[_label(ent.id, ent.type, ontology)].append(_entity_row(ent))
    for label in sorted(by_label):
        steps.append(WriteStep("entities", "write_entities",
                               typed_statement("write_entities", ontology, label=label),
                               tuple(by_label[label]), merge_names=True))
    steps.append(_step("mentions", "write_mentions", _mention_rows(graph)))

    claims = sorted(graph.relations.values(), key=lambda r: r.id)
    known = set(relationship_types(ontology))
    for rel in claims:
        if rel.predicate not in known:
            typed_statement("write_relationships", ontology, rel_type=rel.predicate)  # raises
    steps.append(_step("claims", "write_claims", [
        {"id": r.id, "subject": r.subject, "predicate": r.predicate, "literal": r.literal,
         "date": r.date, "sentence": r.sentence, "lang": r.lang, "confidence": r.confidence,
         "doc": r.doc, "start": r.start, "end": r.end} for r in claims]))
    steps.append(_step("claims", "write_claim_objects",
                       [{"id": r.id, "object": r.object} for r in claims if r.object], count=False))

    triples: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in claims:
        if r.object:
            triples[r.predicate].add((r.subject, r.object))
    for predicate in sorted(triples):
        pdef = ontology.predicate(predicate)
        rows = tuple({"subject": s, "object": o, "predicate": predicate, "cameo": pdef.cameo,
                      "plover": pdef.plover} for s, o in sorted(triples[predicate]))
        steps.append(WriteStep("relationships", "write_relationships",
                               typed_statement("write_relationships", ontology, rel_type=predicate), rows))

    quantities = sorted(graph.quantities.values(), key=lambda q: q.id)
    for q in quantities:
        if q.what not in ontology.quantity_kinds:
            raise StoreError(f"quantity {q.id} has kind {q.what!r}, which the ontology does not "
                             f"define ({', '.join(sorted(ontology.quantity_kinds))})")
    steps.append(_step("quantities", "write_quantities", [
        {"id": q.id, "predicate": quantity_predicate(q.what), "kind": q.what, "value": q.value,
         "qualifier": q.qualifier, "as_of": q.as_of, "sentence": q.sentence, "lang": q.lang,
         "doc": q.doc, "start": q.start, "end": q.end} for q in quantities]))
    steps.append(_step("quantities", "write_quantity_sources",
                       [{"id": q.id, "according_to": q.according_to}
                        for q in quantities if q.according_to], count=False))
    return [s for s in steps if s.rows]


def _step(what: str, name: str, rows: list[dict], count: bool = True) -> WriteStep:
    # Steps that only add edges to rows counted elsewhere report as "<what>_links".
    return WriteStep(what if count else f"{what}_links", name, statement(name).text, tuple(rows))


def _label(entity_id: str, entity_type: str, ontology: Ontology) -> str:
    known = ontology.entities.get(entity_id)
    if known is not None:
        return known.label
    try:
        return LABELS[entity_type]
    except KeyError:
        raise StoreError(f"entity {entity_id!r} has type {entity_type!r}; kzgraph knows "
                         f"{', '.join(LABELS)}") from None


def _entity_row(ent) -> dict:
    names: dict[str, list[str]] = {}
    for lang, forms in ent.names:
        key = names_key(lang)
        if key is not None:
            names[key] = sorted(set(names.get(key, ())) | set(forms))
    return {"id": ent.id, "name": ent.name, "type": ent.type, "wikidata": ent.wikidata,
            "aliases": sorted(set(ent.aliases)), "names": names}


def _mention_rows(graph: KnowledgeGraph) -> list[dict]:
    spans: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in graph.mentions:
        spans[(m.entity, m.doc)].add((m.start, m.end))
        forms[(m.entity, m.doc)].add(m.text)
    return [{"entity": e, "doc": d, "count": len(spans[(e, d)]), "forms": sorted(forms[(e, d)])}
            for e, d in sorted(spans)]


def _check_references(graph: KnowledgeGraph) -> None:
    entities, documents = graph.entities, graph.documents

    def need(kind: str, ref: str | None, pool: dict, owner: str) -> None:
        if ref is not None and ref not in pool:
            raise StoreError(f"{owner} refers to {kind} {ref!r}, which the graph does not contain; "
                             "build the graph with KnowledgeGraph.from_extractions or merge()")

    for m in graph.mentions:
        need("entity", m.entity, entities, f"a mention {m.text!r}")
        need("document", m.doc, documents, f"a mention {m.text!r}")
    for r in graph.relations.values():
        need("entity", r.subject, entities, f"claim {r.id}")
        need("entity", r.object, entities, f"claim {r.id}")
        need("document", r.doc, documents, f"claim {r.id}")
    for q in graph.quantities.values():
        need("entity", q.according_to, entities, f"quantity {q.id}")
        need("document", q.doc, documents, f"quantity {q.id}")
