"""``KnowledgeGraph``: the aligned result of extraction, before any store.

It holds documents, canonical entities with every form they were mentioned
in, relation claims with their evidence and quantity claims with their
sources.  Graphs merge (a corpus is loaded in parts), round-trip through the
JSONL contract of the README ("Extraction output"), and convert to networkx.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import IO, Callable, Iterable, Iterator

from .errors import CorpusError
from .graph_model import aggregate_relationships, quantity_id, relation_id, stable_id, to_networkx
from .model import Document, Entity, EntityMention, Extraction, Mention, Quantity, Relation


@dataclass
class KnowledgeGraph:
    """Documents, entities, mentions, relations and quantities, keyed by id."""

    documents: dict[str, Document] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[EntityMention] = field(default_factory=list)
    relations: dict[str, Relation] = field(default_factory=dict)
    quantities: dict[str, Quantity] = field(default_factory=dict)

    # -- building -------------------------------------------------------------
    @classmethod
    def from_extractions(cls, extractions: Iterable[Extraction], aligner,
                         is_listed: Callable[[Mention], bool]) -> "KnowledgeGraph":
        """Align every mention of ``extractions`` (corpus-wide) and build the graph.

        ``aligner`` is a :class:`kzgraph.align.Aligner`; its ``align`` maps each
        mention to an ``Alignment`` (entity record, rule, score) or leaves it out.
        ``is_listed`` says whether a relation or figure argument that the
        extraction did not list is a mention of its document
        (:func:`kzgraph.extract.is_listed`; the pipeline hands it over).
        """
        extractions = list(extractions)
        mentions = [m for ex in extractions for m in _all_mentions(ex)]
        aligned = aligner.align(mentions)
        graph = cls()
        forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        seen_mentions: set[tuple] = set()
        for ex in extractions:
            doc = ex.document
            graph.documents[doc.id] = doc
            listed = set(ex.mentions)
            for m in _all_mentions(ex):
                a = aligned.get(m)
                if a is None:
                    continue
                graph.entities.setdefault(a.entity.id, a.entity)
                forms[a.entity.id][m.lang].add(m.text)
                key = (a.entity.id, m.doc, m.start, m.end)
                # relation/figure arguments that are descriptions ("protesters") make
                # entities but are not listed as mentions
                if key not in seen_mentions and (m in listed or is_listed(m)):
                    seen_mentions.add(key)
                    graph.mentions.append(EntityMention(a.entity.id, m.doc, m.text, m.start, m.end))
            for r in ex.relations:
                subj = aligned.get(r.subject)
                obj = aligned.get(r.object) if r.object is not None else None
                if subj is None or (r.object is not None and obj is None and r.literal is None):
                    continue
                obj_id = obj.entity.id if obj else None
                rid = relation_id(subj.entity.id, r.predicate, obj_id, r.literal, r.doc, r.start)
                src = aligned.get(r.according_to) if r.according_to is not None else None
                graph.relations[rid] = Relation(
                    id=rid, subject=subj.entity.id, predicate=r.predicate, object=obj_id,
                    literal=None if obj_id else r.literal, doc=r.doc, sentence=r.sentence,
                    start=r.start, end=r.end, lang=r.lang, date=r.date, confidence=r.confidence,
                    date_source=r.date_source, status=r.status,
                    according_to=src.entity.id if src is not None else None,
                    denied_by=_aligned_id(aligned, r.denied_by))
            for q in ex.quantities:
                src = aligned.get(q.according_to) if q.according_to is not None else None
                qid = quantity_id(q.what, q.value, q.doc, q.start)
                denier = aligned.get(q.denied_by) if q.denied_by is not None else None
                where = aligned.get(q.scope_mention) if q.scope_mention is not None else None
                graph.quantities[qid] = Quantity(
                    id=qid, what=q.what, value=q.value, doc=q.doc, sentence=q.sentence,
                    start=q.start, end=q.end, lang=q.lang, qualifier=q.qualifier,
                    according_to=src.entity.id if src else None, as_of=q.as_of,
                    as_of_source=q.as_of_source, status=q.status,
                    denied_by=denier.entity.id if denier else None,
                    scope=_scope_id(q.scope, q.scope_mention, where))
        for eid, by_lang in forms.items():
            graph.entities[eid] = _with_forms(graph.entities[eid], by_lang)
        return graph

    def merge(self, other: "KnowledgeGraph") -> "KnowledgeGraph":
        """Add ``other`` into this graph (in place) and return it."""
        self.documents.update(other.documents)
        for eid, ent in other.entities.items():
            mine = self.entities.get(eid)
            if mine is None:
                self.entities[eid] = ent
            else:
                by_lang = defaultdict(set)
                for lang, names in mine.names + ent.names:
                    by_lang[lang].update(names)
                self.entities[eid] = _with_forms(mine, by_lang)
        seen = {(m.entity, m.doc, m.start, m.end) for m in self.mentions}
        self.mentions.extend(m for m in other.mentions if (m.entity, m.doc, m.start, m.end) not in seen)
        self.relations.update(other.relations)
        self.quantities.update(other.quantities)
        return self

    # -- views ----------------------------------------------------------------
    def mentions_of(self, entity_id: str) -> list[EntityMention]:
        return [m for m in self.mentions if m.entity == entity_id]

    def of_documents(self, doc_ids: Iterable[str]) -> "KnowledgeGraph":
        """The part of this graph that documents ``doc_ids`` state, with the entities it uses."""
        docs = {d: self.documents[d] for d in doc_ids if d in self.documents}
        part = KnowledgeGraph(documents=docs)
        part.mentions = [m for m in self.mentions if m.doc in docs]
        part.relations = {k: r for k, r in self.relations.items() if r.doc in docs}
        part.quantities = {k: q for k, q in self.quantities.items() if q.doc in docs}
        used = {m.entity for m in part.mentions} | {r.subject for r in part.relations.values()} | \
            {r.object for r in part.relations.values() if r.object} | \
            {e for q in part.quantities.values() for e in q.entity_ids()}
        part.entities = {e: self.entities[e] for e in sorted(used)}
        return part

    def stats(self) -> dict[str, int]:
        return {"documents": len(self.documents), "entities": len(self.entities),
                "mentions": len(self.mentions), "relations": len(self.relations),
                "quantities": len(self.quantities)}

    # -- JSONL contract ---------------------------------------------------------
    def records(self) -> Iterator[dict]:
        """The records of the README's extraction contract, documents first."""
        by_entity: dict[str, list[EntityMention]] = defaultdict(list)
        for m in self.mentions:
            by_entity[m.entity].append(m)
        for doc in self.documents.values():
            yield doc.to_record()
        for eid, ent in self.entities.items():
            yield {"kind": "entity", "id": eid, "name": ent.name, "type": ent.type,
                   "wikidata": ent.wikidata, "aliases": list(ent.aliases),
                   "mentions": [{"doc": m.doc, "text": m.text, "start": m.start, "end": m.end}
                                for m in by_entity.get(eid, [])]}
        for rel in self.relations.values():
            yield rel.to_record()
        for q in self.quantities.values():
            yield q.to_record()

    def to_jsonl(self, out: IO[str]) -> None:
        for record in self.records():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")

    @classmethod
    def from_jsonl(cls, lines: Iterable[str], source: str = "<jsonl>") -> "KnowledgeGraph":
        """Read the contract back (what ``kzgraph extract --format jsonl`` wrote)."""
        graph = cls()
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                graph._add_record(rec)
            except (ValueError, KeyError, TypeError) as exc:
                raise CorpusError(f"{source}:{n}: not a kzgraph record: {exc}") from exc
        return graph

    def _add_record(self, rec: dict) -> None:
        kind = rec["kind"]
        if kind == "document":
            self.documents[rec["doc"]] = Document(id=rec["doc"], text="", path=rec.get("path") or "",
                                                  lang=rec.get("lang") or "", date=rec.get("date"),
                                                  title=rec.get("title"))
        elif kind == "entity":
            self.entities[rec["id"]] = Entity(id=rec["id"], name=rec["name"], type=rec["type"],
                                              wikidata=rec.get("wikidata"),
                                              aliases=tuple(rec.get("aliases") or ()))
            for m in rec.get("mentions", []):
                self.mentions.append(EntityMention(rec["id"], m["doc"], m["text"], m["start"], m["end"]))
        elif kind == "relation":
            rid = relation_id(rec["subject"], rec["predicate"], rec.get("object"), rec.get("literal"),
                              rec["doc"], rec.get("start"))
            self.relations[rid] = Relation(
                id=rid, subject=rec["subject"], predicate=rec["predicate"], object=rec.get("object"),
                literal=rec.get("literal"), doc=rec["doc"], sentence=rec.get("sentence", ""),
                start=rec.get("start", 0), end=rec.get("end", 0), lang=rec.get("lang", ""),
                date=rec.get("date"), confidence=rec.get("confidence", 0.5),
                date_source=rec.get("date_source"), status=rec.get("status") or "asserted",
                according_to=rec.get("according_to"), denied_by=rec.get("denied_by"))
        elif kind == "quantity":
            qid = quantity_id(rec["what"], rec["value"], rec["doc"], rec.get("start"))
            self.quantities[qid] = Quantity(
                id=qid, what=rec["what"], value=int(rec["value"]), doc=rec["doc"],
                sentence=rec.get("sentence", ""), start=rec.get("start", 0), end=rec.get("end", 0),
                lang=rec.get("lang", ""), qualifier=rec.get("qualifier"),
                according_to=rec.get("according_to"), as_of=rec.get("as_of"),
                as_of_source=rec.get("as_of_source"), status=rec.get("status") or "asserted",
                denied_by=rec.get("denied_by"), scope=rec.get("scope"))
        else:
            raise ValueError(f"unknown kind {kind!r}")

    # -- analysis -------------------------------------------------------------
    def to_networkx(self):
        """A ``networkx.MultiDiGraph``: entities as nodes, typed relationships as edges keyed by
        predicate (see :func:`kzgraph.graph_model.to_networkx`)."""
        return to_networkx(self.entities.values(), aggregate_relationships(self.relations.values()))


def _all_mentions(ex: Extraction):
    yield from ex.mentions
    for r in ex.relations:
        yield r.subject
        if r.object is not None:
            yield r.object
    for q in ex.quantities:
        for m in (q.according_to, q.denied_by, q.scope_mention):
            if m is not None:
                yield m


def _scope_id(scope: str | None, mention, aligned) -> str | None:
    """A figure's scope with its place as an entity id ("in:Алматы" -> "in:almaty"); a scope
    extraction already gave by id (no mention) stays."""
    if scope is None:
        return None
    if mention is None:
        return scope
    return f"{scope.partition(':')[0]}:{aligned.entity.id}" if aligned is not None else None


def _with_forms(entity: Entity, by_lang: dict[str, set[str]]) -> Entity:
    names = dict(entity.names)
    merged = {lang: set(names.get(lang, ())) | set(forms) for lang, forms in by_lang.items()}
    for lang, forms in names.items():
        merged.setdefault(lang, set(forms))
    aliases = set(entity.aliases).union(*merged.values()) if merged else set(entity.aliases)
    aliases.discard(entity.name)
    return replace(entity, names=tuple((lang, tuple(sorted(v))) for lang, v in sorted(merged.items())),
                   aliases=tuple(sorted(aliases)))


__all__ = ["KnowledgeGraph", "stable_id"]


def _aligned_id(aligned: dict, mention) -> str | None:
    """The entity id a mention was aligned to (None for no mention or none aligned)."""
    found = aligned.get(mention) if mention is not None else None
    return found.entity.id if found is not None else None
