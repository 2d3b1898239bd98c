"""A ``KnowledgeGraph`` as the ordered, validated steps that write it.

Everything is checked before the first statement runs (predicates against
the ontology's inventory, labels against kzgraph's labels, quantity kinds,
references between records), so bad input writes nothing.  The order makes a
partial load safe to rerun: documents and entities first, then mentions and
claims, then the typed relationships, which are derived from the claims in
the store (not from this load alone), then quantity claims, and last the
removal of claims that a reloaded document no longer states.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from ..errors import StoreError
from ..graph import KnowledgeGraph
from ..graph_model import lookup_keys, names_key, quantity_predicate, triple_key
from ..ontology import LABELS, Ontology
from .cypher import relationship_types, statement, typed_statement

@dataclass(frozen=True)
class WriteStep:
    """One statement and the rows it is run with, in batches.

    ``what`` is the report's name for the rows (``documents``, ``entities``,
    …); ``merge_names`` asks the writer to take the union of each entity's
    stored and new names before writing.

    ``fresh`` is the statement for rows that are new to the store, which may
    CREATE instead of MERGE (much cheaper): rows of entities the store does
    not hold (with ``merge_names``), or rows whose ``fresh_key`` names a
    document the store did not hold when the write began (the writer checks,
    under its lock).  An empty ``fresh`` skips such rows (nothing to prune in
    a new document).  A rerun after a crash finds those documents stored and
    takes the MERGE statements, so a partial write still completes.

    ``whole`` runs all the rows in one batch (one transaction), whatever the
    batch size: for a step that must happen to all rows or none.
    """

    what: str
    statement: str
    text: str
    rows: tuple[dict, ...]
    merge_names: bool = False
    fresh: str | None = None
    fresh_key: str | None = None
    whole: bool = False


def plan_write(graph: KnowledgeGraph, ontology: Ontology,
               extractor: str | None = None) -> list[WriteStep]:
    """The steps that write ``graph``; ``StoreError`` naming the first bad record.

    With ``extractor`` (a fingerprint of the code and ontology that made
    ``graph``), the last step marks every document with it, so a later load
    by the same extractor can skip them (``CypherStore.loaded_documents``).
    """
    _check_references(graph)
    steps = [
        _step("documents", "write_documents", [
            {"id": d.id, "title": d.title, "lang": d.lang, "date": d.date, "path": d.path}
            for d in sorted(graph.documents.values(), key=lambda d: d.id)], fresh_key="id"),
    ]
    by_label: dict[str, list[dict]] = defaultdict(list)
    for ent in sorted(graph.entities.values(), key=lambda e: e.id):
        by_label[_label(ent.id, ent.type, ontology)].append(_entity_row(ent))
    for label in sorted(by_label):
        steps.append(WriteStep("entities", "write_entities",
                               typed_statement("write_entities", ontology, label=label),
                               tuple(by_label[label]), merge_names=True,
                               fresh=typed_statement("write_new_entities", ontology, label=label)))
    steps.append(_step("mentions", "write_mentions", _mention_rows(graph), fresh_key="doc"))

    claims = sorted(graph.relations.values(), key=lambda r: r.id)
    known = set(relationship_types(ontology))
    for rel in claims:
        if rel.predicate not in known:
            typed_statement("write_relationships", ontology, rel_type=rel.predicate)  # raises
    steps.append(_step("claims", "write_claims", [
        {"id": r.id, "subject": r.subject, "predicate": r.predicate, "object": r.object, "literal": r.literal,
         "date": r.date, "date_source": r.date_source, "status": r.status, "according_to": r.according_to,
         "denied_by": r.denied_by,
         "sentence": r.sentence, "lang": r.lang, "confidence": r.confidence,
         "doc": r.doc, "start": r.start, "end": r.end,
         "triple": triple_key(r.subject, r.predicate, r.object) if r.object else None}
        for r in claims], fresh_key="doc"))
    # a new document's claims get their OBJECT in write_new_claims: fresh="" skips its rows here
    steps.append(_step("claims", "write_claim_objects",
                       [{"id": r.id, "object": r.object, "doc": r.doc} for r in claims if r.object],
                       count=False, fresh_key="doc", fresh=""))

    # a relation claim's source, on both write paths (MERGE: a rewrite adds nothing)
    steps.append(_step("claims", "write_quantity_sources",
                       [{"id": r.id, "according_to": r.according_to, "doc": r.doc} for r in claims if r.according_to],
                       count=False))
    triples: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in claims:
        if r.object:
            triples[r.predicate].add((r.subject, r.object))
    for predicate in sorted(triples):
        pdef = ontology.predicate(predicate)
        rows = tuple({"subject": s, "object": o, "triple": triple_key(s, predicate, o),
                      "predicate": predicate, "cameo": pdef.cameo, "plover": pdef.plover}
                     for s, o in sorted(triples[predicate]))
        steps.append(WriteStep("relationships", "write_relationships",
                               typed_statement("write_relationships", ontology, rel_type=predicate), rows))

    quantities = sorted(graph.quantities.values(), key=lambda q: q.id)
    for q in quantities:
        if q.what not in ontology.quantity_kinds:
            raise StoreError(f"quantity {q.id} has kind {q.what!r}, which the ontology does not "
                             f"define ({', '.join(sorted(ontology.quantity_kinds))})")
    steps.append(_step("quantities", "write_quantities", [
        {"id": q.id, "predicate": quantity_predicate(q.what), "kind": q.what, "value": q.value,
         "qualifier": q.qualifier, "as_of": q.as_of, "as_of_source": q.as_of_source, "status": q.status,
         "denied_by": q.denied_by, "scope": q.scope, "sentence": q.sentence, "lang": q.lang,
         "doc": q.doc, "start": q.start, "end": q.end, "according_to": q.according_to}
        for q in quantities], fresh_key="doc"))
    steps.append(_step("quantities", "write_quantity_sources",
                       [{"id": q.id, "according_to": q.according_to, "doc": q.doc}
                        for q in quantities if q.according_to], count=False, fresh_key="doc", fresh=""))
    steps.extend(_prune_steps(graph))
    if extractor is not None:
        # all marks in one transaction: marked documents are skipped by the next load and the
        # rest aligned among themselves, so a crash between two marks would split the corpus
        marks = _step("documents", "write_document_extractors",
                      [{"id": doc, "extractor": extractor} for doc in sorted(graph.documents)], count=False)
        steps.append(replace(marks, whole=True))
    return [s for s in steps if s.rows]


def _prune_steps(graph: KnowledgeGraph) -> list[WriteStep]:
    """Steps that make each document of ``graph`` state exactly ``graph``'s claims.

    A reloaded document (same content, same id) may have been extracted by an
    older kzgraph: its claims that this extraction no longer produces are
    removed, after the new ones are written (so the store never holds fewer
    claims than either extraction) and one batch of documents at a time (each
    statement is one transaction).  The typed relationships they supported are
    recomputed first, so a crash between the two statements is repaired by
    rerunning the load.  MENTIONED_IN links the document no longer has go too.
    """
    claims: dict[str, list[str]] = {doc: [] for doc in graph.documents}
    for rec in (*graph.relations.values(), *graph.quantities.values()):
        claims[rec.doc].append(rec.id)
    mentioned: dict[str, set[str]] = {doc: set() for doc in graph.documents}
    for m in graph.mentions:
        mentioned[m.doc].add(m.entity)
    rows = [{"doc": doc, "keep": sorted(ids)} for doc, ids in sorted(claims.items())]
    # a document new to the store has nothing to prune: fresh="" skips its rows
    return [_step("pruned", "prune_relationships", rows, count=False, fresh_key="doc", fresh=""),
            _step("pruned", "prune_claims", rows, count=False, fresh_key="doc", fresh=""),
            _step("pruned", "prune_mentions",
                  [{"doc": doc, "keep": sorted(ids)} for doc, ids in sorted(mentioned.items())],
                  count=False, fresh_key="doc", fresh="")]


def _step(what: str, name: str, rows: list[dict], count: bool = True, fresh_key: str | None = None,
          fresh: str | None = None) -> WriteStep:
    # Steps that only add edges to rows counted elsewhere report as "<what>_links".
    # With a fresh_key and no fresh text, rows of new documents take write_new_<...>.
    if fresh_key is not None and fresh is None:
        fresh = statement(name.replace("write_", "write_new_", 1)).text
    return WriteStep(what if count else f"{what}_links", name, statement(name).text, tuple(rows),
                     fresh=fresh, fresh_key=fresh_key)


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
    aliases = sorted(set(ent.aliases))
    return {"id": ent.id, "name": ent.name, "type": ent.type, "wikidata": ent.wikidata,
            "aliases": aliases, "lookup": lookup_keys(ent.name, aliases), "names": names}


def _mention_rows(graph: KnowledgeGraph) -> list[dict]:
    # one dict lookup per mention (1.5 million at 100k documents)
    pairs: dict[tuple[str, str], tuple[set[tuple[int, int]], set[str]]] = {}
    for m in graph.mentions:
        entry = pairs.get((m.entity, m.doc))
        if entry is None:
            entry = pairs[(m.entity, m.doc)] = (set(), set())
        entry[0].add((m.start, m.end))
        entry[1].add(m.text)
    return [{"entity": e, "doc": d, "count": len(spans), "forms": sorted(forms)}
            for (e, d), (spans, forms) in sorted(pairs.items())]


# An id is looked up exactly, through an index: FalkorDB's index does not find
# values with leading or trailing whitespace, or with control characters.
_BAD_ID = re.compile(r"^\s|\s$|[\x00-\x1f\x7f]")


def _check_ids(graph: KnowledgeGraph) -> None:
    for kind, records in (("document", graph.documents), ("entity", graph.entities),
                          ("claim", graph.relations), ("quantity claim", graph.quantities)):
        for key in records:
            if not isinstance(key, str) or not key or _BAD_ID.search(key):
                raise StoreError(f"refusing {kind} id {key!r}: an id must be non-empty text without "
                                 "control characters or leading/trailing whitespace")


def _check_references(graph: KnowledgeGraph) -> None:
    _check_ids(graph)
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
