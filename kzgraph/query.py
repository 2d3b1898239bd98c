"""``KZGraph``: the Python API over a store — load a corpus, ask questions.

Names may be given in any language, script or inflection the corpus uses:
they resolve through :class:`kzgraph.align.Aligner` first, then through the
names and aliases stored in the graph (so entities discovered in the corpus,
which the ontology does not list, are found too).  Every statement the API
runs is a named file in ``cypher/`` (``q_*.cypher``), usable by hand in Neo4j
Browser.  Results are small frozen dataclasses with ``to_dict()``,
``to_df()`` (pandas, an optional extra) and a readable ``str()``.

Examples
--------
>>> from kzgraph import KZGraph
>>> g = KZGraph.open()                       # doctest: +SKIP
>>> g.load("seeds/")                         # doctest: +SKIP
>>> print(g.actor("Tokajew"))                # doctest: +SKIP
>>> g.who("SENT_TROOPS_TO", obj="Казахстан").to_df()    # doctest: +SKIP
>>> print(g.paths("Masimov", "ОДКБ"))        # doctest: +SKIP
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Callable, Generic, Iterable, Iterator, TypeVar

from .cache import extractor_fingerprint
from .corpus import read_documents
from .errors import KzGraphError, NoPath, NotFound, UsageError
from .graph import build_graph
from .ontology import LABELS, Ontology
from .store import open_store

Progress = Callable[[str, int, "int | None"], None]  # (stage, done, total)

ALL_ROWS = 1_000_000  # the LIMIT sent when the caller asks for every row
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_RANK_BY = ("degree", "evidence")


@dataclass(frozen=True)
class LoadReport:
    """What one ``load`` did."""

    documents: int
    entities: int
    relations: int
    quantities: int
    mentions: int
    skipped: tuple[str, ...]
    seconds: float
    nodes_before: int
    nodes_after: int
    relationships_before: int
    relationships_after: int
    unchanged: int = 0  # documents the store held from the same kzgraph and ontology: not extracted again

    def to_dict(self) -> dict:
        return asdict(self)


# -- results ----------------------------------------------------------------------

def _pandas():
    try:
        import pandas
    except ImportError:
        raise KzGraphError("to_df() needs pandas, an optional extra: "
                           "pip install 'kzgraph[pandas]' (or pip install pandas)") from None
    return pandas


class _Result:
    """``to_dict`` / ``to_df`` / table rows shared by the row types below."""

    _columns: tuple[str, ...] = ()  # the columns ``str()`` of a result list shows

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    def _records(self) -> list[dict]:
        """Flat rows for a DataFrame (one, or several for a path)."""
        return [self.to_dict()]

    def to_df(self):
        return _pandas().DataFrame(self._records())


def _plain(value: Any) -> Any:
    if isinstance(value, _Result):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class EntityRef(_Result):
    """An entity named in a result: its id, canonical name and type."""

    id: str
    name: str
    type: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class RelationRow(_Result):
    """One (subject, predicate, object-or-literal) with the evidence behind it."""

    subject: EntityRef
    predicate: str
    object: EntityRef | None
    literal: str | None
    first_date: str | None
    last_date: str | None
    n_claims: int
    langs: tuple[str, ...]
    doc_ids: tuple[str, ...]
    evidence: str | None

    _columns = ("subject", "predicate", "object", "first_date", "last_date", "n_claims", "langs")

    @property
    def target(self) -> str:
        """The object's name, or the literal when the object is not an entity."""
        return self.object.name if self.object else (self.literal or "")

    def to_dict(self) -> dict:
        return {"subject": self.subject.name, "subject_id": self.subject.id,
                "predicate": self.predicate, "object": self.target,
                "object_id": self.object.id if self.object else None,
                "literal": self.literal, "first_date": self.first_date, "last_date": self.last_date,
                "n_claims": self.n_claims, "langs": list(self.langs), "doc_ids": list(self.doc_ids),
                "evidence": self.evidence}

    def __str__(self) -> str:
        dates = _date_span(self.first_date, self.last_date)
        return (f"{self.subject.name} -[{self.predicate}]-> {self.target}"
                f"{f'  {dates}' if dates else ''}  ({_claims(self.n_claims)}; {', '.join(self.langs)})")


@dataclass(frozen=True)
class TimelineEvent(_Result):
    """A dated relation: what happened on ``date``, stated by ``n_claims`` claims."""

    date: str
    subject: EntityRef
    predicate: str
    object: EntityRef | None
    literal: str | None
    n_claims: int
    langs: tuple[str, ...]
    doc_ids: tuple[str, ...]
    evidence: str | None

    _columns = ("date", "subject", "predicate", "object", "n_claims", "langs")

    @property
    def target(self) -> str:
        return self.object.name if self.object else (self.literal or "")

    def to_dict(self) -> dict:
        return {"date": self.date, "subject": self.subject.name, "subject_id": self.subject.id,
                "predicate": self.predicate, "object": self.target,
                "object_id": self.object.id if self.object else None, "literal": self.literal,
                "n_claims": self.n_claims, "langs": list(self.langs), "doc_ids": list(self.doc_ids),
                "evidence": self.evidence}

    def __str__(self) -> str:
        return f"{self.date}  {self.subject.name} -[{self.predicate}]-> {self.target}"


@dataclass(frozen=True)
class DocumentRef(_Result):
    """A document that mentions an entity, and how often."""

    id: str
    title: str | None
    lang: str | None
    date: str | None
    path: str | None
    mentions: int


@dataclass(frozen=True)
class Actor(_Result):
    """The profile of one entity: names, roles, relations, documents.

    ``to_df()`` gives its relations, outgoing and incoming, one per row.
    """

    id: str
    name: str
    type: str
    labels: tuple[str, ...]
    wikidata: str | None
    aliases: tuple[tuple[str, tuple[str, ...]], ...]  # ((lang, (form, …)), …)
    roles: tuple[str, ...]
    outgoing: tuple[RelationRow, ...]
    incoming: tuple[RelationRow, ...]
    documents: tuple[DocumentRef, ...]

    @property
    def aliases_by_lang(self) -> dict[str, tuple[str, ...]]:
        return dict(self.aliases)

    @property
    def langs(self) -> tuple[str, ...]:
        """The languages of the documents that mention it."""
        return tuple(sorted({d.lang for d in self.documents if d.lang}))

    @property
    def mentions(self) -> int:
        return sum(d.mentions for d in self.documents)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "labels": list(self.labels),
                "wikidata": self.wikidata, "aliases": {lang: list(v) for lang, v in self.aliases},
                "roles": list(self.roles), "langs": list(self.langs), "mentions": self.mentions,
                "outgoing": [r.to_dict() for r in self.outgoing],
                "incoming": [r.to_dict() for r in self.incoming],
                "documents": [d.to_dict() for d in self.documents]}

    def _records(self) -> list[dict]:
        return ([{"direction": "out", **r.to_dict()} for r in self.outgoing]
                + [{"direction": "in", **r.to_dict()} for r in self.incoming])

    def __str__(self) -> str:
        head = f"{self.name}  ({self.type}, id {self.id}"
        head += f", wikidata {self.wikidata})" if self.wikidata else ")"
        lines = [head]
        if self.aliases:
            lines.append("aliases:")
            lines += [f"  {lang or '--'}  {', '.join(forms)}" for lang, forms in self.aliases]
        if self.roles:
            lines.append("roles: " + "; ".join(self.roles))
        lines.append(f"mentioned {_plural(self.mentions, 'time')} in {_plural(len(self.documents), 'document')}"
                     + (f" ({', '.join(self.langs)})" if self.langs else ""))
        for title, rows, who in (("outgoing", self.outgoing, "object"), ("incoming", self.incoming, "subject")):
            lines.append(f"{title}:" + ("" if rows else " none"))
            table = [{"predicate": r.predicate, who: r.target if who == "object" else r.subject.name,
                      "dates": _date_span(r.first_date, r.last_date), "claims": r.n_claims,
                      "langs": r.langs} for r in rows]
            if table:
                lines += ["  " + line for line in _table(table).splitlines()]
        return "\n".join(lines)


@dataclass(frozen=True)
class ActorRank(_Result):
    """An entity with the figures ``actors()`` ranks by."""

    id: str
    name: str
    type: str
    degree: int
    evidence: int
    mentions: int
    documents: int

    _columns = ("name", "type", "degree", "evidence", "mentions", "documents")

    def __str__(self) -> str:
        return f"{self.name} ({self.type}): degree {self.degree}, evidence {self.evidence}"


@dataclass(frozen=True)
class Hop(_Result):
    """One step of a path, walked from ``source`` to ``target``.

    ``direction`` is ``"->"`` when ``source`` is the subject of the relation
    and ``"<-"`` when it is the object.
    """

    source: EntityRef
    predicate: str
    target: EntityRef
    direction: str
    n_claims: int
    evidence: str | None
    date: str | None
    lang: str | None
    doc: str | None

    def to_dict(self) -> dict:
        return {"source": self.source.name, "source_id": self.source.id, "predicate": self.predicate,
                "direction": self.direction, "target": self.target.name, "target_id": self.target.id,
                "n_claims": self.n_claims, "evidence": self.evidence, "date": self.date,
                "lang": self.lang, "doc": self.doc}

    def __str__(self) -> str:
        arrow = f"-[{self.predicate}]->" if self.direction == "->" else f"<-[{self.predicate}]-"
        return f"{self.source.name} {arrow} {self.target.name}"


@dataclass(frozen=True)
class GraphPath(_Result):
    """How two entities connect: hops in order, each with its evidence."""

    hops: tuple[Hop, ...]

    @property
    def length(self) -> int:
        return len(self.hops)

    @property
    def nodes(self) -> tuple[EntityRef, ...]:
        return (self.hops[0].source,) + tuple(h.target for h in self.hops) if self.hops else ()

    def to_dict(self) -> dict:
        return {"length": self.length, "nodes": [n.name for n in self.nodes],
                "hops": [h.to_dict() for h in self.hops]}

    def _records(self) -> list[dict]:
        return [{"hop": i, **h.to_dict()} for i, h in enumerate(self.hops, 1)]

    def __str__(self) -> str:
        chain = self.hops[0].source.name if self.hops else ""
        for h in self.hops:
            arrow = f"-[{h.predicate}]->" if h.direction == "->" else f"<-[{h.predicate}]-"
            chain += f" {arrow} {h.target.name}"
        lines = [chain]
        for i, h in enumerate(self.hops, 1):
            where = ", ".join(x for x in (h.lang, h.date, _claims(h.n_claims)) if x)
            lines.append(f"  {i}. {h}  ({where})")
            if h.evidence:
                lines.append(f"     “{_shorten(h.evidence, 160)}”")
        return "\n".join(lines)


@dataclass(frozen=True)
class Figure(_Result):
    """A figure given for a quantity kind, with its source and provenance."""

    kind: str
    value: int
    qualifier: str | None
    source: EntityRef | None
    as_of: str | None
    lang: str | None
    doc: str
    title: str | None
    doc_date: str | None
    path: str | None
    sentence: str | None
    id: str

    _columns = ("kind", "qualifier", "value", "source", "as_of", "lang", "doc_date", "path")

    def to_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value, "qualifier": self.qualifier,
                "source": self.source.name if self.source else None,
                "source_id": self.source.id if self.source else None, "as_of": self.as_of,
                "lang": self.lang, "doc": self.doc, "title": self.title, "doc_date": self.doc_date,
                "path": self.path, "sentence": self.sentence, "id": self.id}

    def __str__(self) -> str:
        value = f"{self.qualifier} {self.value}" if self.qualifier else str(self.value)
        source = f" according to {self.source.name}" if self.source else ""
        return f"{self.kind}: {value}{source}" + (f" (as of {self.as_of})" if self.as_of else "")


@dataclass(frozen=True)
class Conflict(_Result):
    """A quantity kind whose figures disagree."""

    kind: str
    values: tuple[int, ...]
    n_figures: int
    sources: tuple[str, ...]

    _columns = ("kind", "values", "n_figures", "sources")

    @property
    def low(self) -> int:
        return min(self.values)

    @property
    def high(self) -> int:
        return max(self.values)

    def __str__(self) -> str:
        return f"{self.kind}: {', '.join(map(str, self.values))} ({self.n_figures} figures)"


T = TypeVar("T", bound=_Result)


@dataclass(frozen=True)
class Results(Generic[T]):
    """A sequence of result rows: iterate, index, ``len()``, ``to_df()``.

    ``to_dict()`` gives a list of dicts (what ``--json`` prints).
    """

    rows: tuple[T, ...]
    title: str = ""

    def __iter__(self) -> Iterator[T]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):
        return self.rows[index]

    def __bool__(self) -> bool:
        return bool(self.rows)

    def to_dict(self) -> list[dict]:
        return [r.to_dict() for r in self.rows]

    def to_df(self):
        return _pandas().DataFrame([rec for r in self.rows for rec in r._records()])

    def __str__(self) -> str:
        head = f"{self.title}\n" if self.title else ""
        if not self.rows:
            return head + "(no rows)"
        columns = type(self.rows[0])._columns
        if not columns:
            return head + "\n\n".join(str(r) for r in self.rows)
        return head + _table([{c: _cell_value(r, c) for c in columns} for r in self.rows])


@dataclass(frozen=True)
class Table:
    """Rows of a raw Cypher query (``KZGraph.cypher``)."""

    columns: tuple[str, ...]
    rows: tuple[tuple, ...] = field(default=())

    def __iter__(self) -> Iterator[dict]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.rows)

    def to_dict(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_df(self):
        return _pandas().DataFrame(list(self.rows), columns=list(self.columns))

    def __str__(self) -> str:
        return _table(self.to_dict(), list(self.columns)) if self.rows else "(no rows)"


# -- the API ------------------------------------------------------------------------

class KZGraph:
    """A knowledge graph in a store: the embedded default or a Neo4j server.

    ``__init__`` only keeps its arguments; :meth:`open` connects.
    """

    def __init__(self, store, ontology: Ontology):
        self.store = store
        self.ontology = ontology
        self._aligner = None
        self._graph_aligner_cache = None

    @classmethod
    def open(cls, uri: str | None = None, *, user: str | None = None, password: str | None = None,
             database: str | None = None, home: str | Path | None = None,
             timeout: float = 10.0) -> "KZGraph":
        """Connect: no ``uri`` → the embedded store under ``home`` (default ``./.kzgraph``)."""
        ontology = Ontology.load()
        store = open_store(uri, user=user, password=password, database=database, home=home,
                           timeout=timeout)
        return cls(store, ontology)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "KZGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- loading --------------------------------------------------------------
    def load(self, paths: str | Path | Iterable[str | Path], *, batch_size: int = 1000,
             workers: int = 1, reset: bool = False, skip_bad: bool = False,
             progress: Progress | None = None, lock_wait: float = 0.0,
             on_lock_wait: Callable[[str], None] | None = None) -> LoadReport:
        """Read, extract, align and write ``paths``; a reload of the same input changes nothing.

        Documents the store already holds, written by the same kzgraph code
        and ontology (:func:`kzgraph.cache.extractor_fingerprint`), are not
        extracted again (``LoadReport.unchanged``); new documents are aligned
        among themselves, as in any load in parts.  A reloaded document whose
        extractor changed has its claims replaced by the new extraction's.  On
        the embedded store, if another process is writing, wait up to
        ``lock_wait`` seconds for it (``on_lock_wait`` is told once), then
        raise ``StoreLocked``.
        """
        if isinstance(paths, (str, Path)):
            paths = [paths]
        if hasattr(self.store, "lock_wait"):
            self.store.lock_wait, self.store.on_lock_wait = lock_wait, on_lock_wait
        started = time.perf_counter()
        skipped: list[str] = []
        documents = list(read_documents(paths, skip_bad=skip_bad,
                                        on_skip=lambda path, reason: skipped.append(f"{path}: {reason}")))
        fingerprint = extractor_fingerprint()
        unchanged = set() if reset else \
            self.store.loaded_documents(sorted({d.id for d in documents}), fingerprint)
        graph = build_graph([d for d in documents if d.id not in unchanged], ontology=self.ontology,
                            workers=workers,
                            progress=(lambda d, t: progress("extract", d, t)) if progress else None)
        if reset:
            self.store.reset()
        self.store.ensure_schema()
        before = self.store.stats()
        self.store.write(graph, batch_size=batch_size, extractor=fingerprint,
                         progress=(lambda d, t: progress("write", d, t)) if progress else None)
        after = self.store.stats()
        s = graph.stats()
        return LoadReport(documents=s["documents"], entities=s["entities"], relations=s["relations"],
                          quantities=s["quantities"], mentions=s["mentions"], skipped=tuple(skipped),
                          seconds=round(time.perf_counter() - started, 3),
                          nodes_before=_total(before, "nodes"), nodes_after=_total(after, "nodes"),
                          relationships_before=_total(before, "relationships"),
                          relationships_after=_total(after, "relationships"), unchanged=len(unchanged))

    def stats(self) -> dict:
        """Node counts per label and relationship counts per type."""
        return self.store.stats()

    # -- names ----------------------------------------------------------------
    def resolve(self, name: str, lang: str | None = None) -> EntityRef:
        """The entity of the graph that ``name`` (any language, any inflection) denotes.

        Tried in order: an entity id; the ontology through the aligner
        (inflection, transliteration, acronyms); the names and aliases stored
        in the graph, exactly (ignoring case), then through an aligner built
        from the graph's own entities, so a discovered entity is found in any
        inflection too.  Raises ``NotFound`` listing the closest names.
        """
        if not isinstance(name, str) or not name.strip():
            raise UsageError(f"an entity name must be a non-empty string, not {name!r}")
        name = name.strip()
        rows = self.store.read("q_entity_by_id", id=name)
        if rows:
            return _ref(rows[0], "")
        alignment = _resolve_any_lang(self.aligner, name, lang)
        if alignment is not None:
            rows = self.store.read("q_entity_by_id", id=alignment.entity.id)
            if rows:
                return _ref(rows[0], "")
        rows = self.store.read("q_entity_by_name", name=name)
        if rows:
            return _ref(rows[0], "")
        graph_aligner = self._graph_aligner()
        if graph_aligner is None:
            raise NotFound(f"no entity matches {name!r}: the graph is empty; "
                           "load documents first (kzgraph load PATH, or KZGraph.load)")
        found = _resolve_any_lang(graph_aligner, name, lang)
        if found is not None:
            return EntityRef(found.entity.id, found.entity.name, found.entity.type)
        closest = ", ".join(graph_aligner.closest(name, 5)) or "none"
        if alignment is not None:
            raise NotFound(f"{name!r} is {alignment.entity.name} in the ontology, but the graph has "
                           f"no such entity (closest in the graph: {closest})")
        raise NotFound(f"no entity matches {name!r} (closest: {closest})")

    @property
    def aligner(self):
        """The :class:`kzgraph.align.Aligner` over the ontology (built on first use)."""
        if self._aligner is None:
            from .align import Aligner

            self._aligner = Aligner(self.ontology)
        return self._aligner

    def _graph_aligner(self):
        """An aligner over the entities stored in the graph (None when there are none).

        Rebuilt only when the stored names change.
        """
        from rdflib import Graph

        from .align import Aligner
        from .ontology import EntityDef

        rows = self.store.read("q_entity_names")
        if not rows:
            return None
        fingerprint = hash(tuple((r["id"], r["name"], tuple(r["aliases"] or ())) for r in rows))
        if self._graph_aligner_cache is not None and self._graph_aligner_cache[0] == fingerprint:
            return self._graph_aligner_cache[1]
        defs = {}
        for r in rows:
            props = r["properties"] or {}
            alt = tuple(sorted((key[len("names_"):].replace("_", "-"), tuple(sorted(value)))
                               for key, value in props.items()
                               if key.startswith("names_") and isinstance(value, list) and value))
            defs[r["id"]] = EntityDef(id=r["id"], name=r["name"], type=r["type"] or "CONCEPT",
                                      label=LABELS.get(r["type"], "Concept"), pref=(("en", (r["name"],)),),
                                      alt=alt)
        aligner = Aligner(Ontology(defs, {}, {}, Graph()))
        self._graph_aligner_cache = (fingerprint, aligner)
        return aligner

    # -- questions --------------------------------------------------------------
    def actor(self, name: str, lang: str | None = None) -> Actor:
        """The profile of one entity: names by language, roles, relations, documents.

        >>> g.actor("Токаєва").name        # doctest: +SKIP
        'Kassym-Jomart Tokayev'
        """
        ref = self.resolve(name, lang)
        row = self.store.read("q_actor", id=ref.id)[0]
        props = row["properties"] or {}
        aliases = tuple(sorted((key[len("names_"):], tuple(sorted(value)))
                               for key, value in props.items()
                               if key.startswith("names_") and isinstance(value, list) and value))
        outgoing = self._relations(subject=ref.id)
        incoming = self._relations(obj=ref.id)
        known = self.ontology.entities.get(ref.id)
        roles = list(known.roles) if known else []
        roles += [r.target for r in outgoing if r.predicate == "HOLDS_ROLE" and r.target]
        documents = tuple(sorted(
            (DocumentRef(d["id"], d.get("title"), d.get("lang"), d.get("date"), d.get("path"),
                         int(d.get("mentions") or 0)) for d in row["documents"] or []),
            key=lambda d: (-d.mentions, d.id)))
        return Actor(id=ref.id, name=props.get("name", ref.name), type=props.get("type", ref.type),
                     labels=tuple(sorted(row["labels"] or [])), wikidata=props.get("wikidata"),
                     aliases=aliases, roles=tuple(dict.fromkeys(roles)), outgoing=outgoing,
                     incoming=incoming, documents=documents)

    def actors(self, top: int = 10, type: str | None = None, by: str = "degree") -> Results[ActorRank]:
        """Who matters most: entities ranked ``by`` ``"degree"`` or ``"evidence"``.

        ``type`` filters by contract type (``PERSON``, ``ORG``, ``GPE`` …) or by
        label (``Person``, ``Country`` …).
        """
        _positive("top", top)
        if by not in _RANK_BY:
            raise UsageError(f"by must be one of {', '.join(_RANK_BY)}, not {by!r}")
        label = self._type_filter(type)
        rows = self.store.read("q_actors", type=label, by=by, top=top)
        return Results(tuple(ActorRank(r["id"], r["name"], r["type"], int(r["degree"]),
                                       int(r["evidence"]), int(r["mentions"] or 0), int(r["documents"]))
                             for r in rows), title=f"top {top} by {by}")

    def relations(self, subject: str | None = None, predicate: str | None = None,
                  obj: str | None = None, since: str | None = None, until: str | None = None,
                  *, limit: int | None = None) -> Results[RelationRow]:
        """Relations grouped per (subject, predicate, object), most claimed first.

        Every filter is optional; names resolve as in :meth:`resolve`, the
        predicate is one of the ontology's inventory (``SENT_TROOPS_TO``, or
        its label ``"sent troops to"``), dates are ISO (``2022-01-05``).
        """
        if limit is not None:
            _positive("limit", limit)
        rows = self._relations(
            subject=self.resolve(subject).id if subject is not None else None,
            predicate=self._predicate(predicate) if predicate is not None else None,
            obj=self.resolve(obj).id if obj is not None else None,
            since=_iso("since", since), until=_iso("until", until), limit=limit)
        return Results(rows)

    def who(self, predicate: str, obj: str | None = None, *, since: str | None = None,
            until: str | None = None) -> Results[RelationRow]:
        """Who did ``predicate`` (to ``obj``): the subjects, with their evidence.

        >>> [r.subject.name for r in g.who("SENT_TROOPS_TO", obj="Kazakhstan")]   # doctest: +SKIP
        ['Collective Security Treaty Organization', 'Russia', 'Belarus', ...]
        """
        if predicate is None:
            raise UsageError("who() needs a predicate, e.g. who('REQUESTED_AID_FROM', obj='CSTO')")
        return self.relations(predicate=predicate, obj=obj, since=since, until=until)

    def paths(self, a: str, b: str, max_hops: int = 4, limit: int = 10) -> Results[GraphPath]:
        """How ``a`` and ``b`` connect: the shortest paths over typed relations.

        Direction is ignored while searching; every hop says which way its
        relation points and carries one evidence sentence.  Raises ``NoPath``
        when no path of at most ``max_hops`` hops exists.
        """
        _positive("limit", limit)
        start, end = self.resolve(a), self.resolve(b)
        if start.id == end.id:
            raise UsageError(f"{a!r} and {b!r} are the same entity ({start.name}); a path needs two")
        raw = self.store.shortest_paths(start.id, end.id, max_hops=max_hops, limit=limit)
        if not raw:
            raise NoPath(f"no path between {start.name} and {end.name} within {max_hops} hops "
                         f"(try a larger max_hops, or check both are connected: kzgraph query actor)")
        wanted = {(h["subject"], h["predicate"], h["object"]) for path in raw for h in path}
        evidence = {(r["subject"], r["predicate"], r["object"]): r for r in self.store.read(
            "q_path_evidence", hops=[{"subject": s, "predicate": p, "object": o}
                                     for s, p, o in sorted(wanted)])}
        paths = []
        for path in raw:
            hops = []
            for h in path:
                ev = evidence.get((h["subject"], h["predicate"], h["object"]), {})
                forward = h["from"] == h["subject"]
                subject = EntityRef(h["subject"], ev.get("subject_name") or
                                    (h["from_name"] if forward else h["to_name"]), ev.get("subject_type") or "")
                obj = EntityRef(h["object"], ev.get("object_name") or
                                (h["to_name"] if forward else h["from_name"]), ev.get("object_type") or "")
                source, target = (subject, obj) if forward else (obj, subject)
                hops.append(Hop(source=source, predicate=h["predicate"], target=target,
                                direction="->" if forward else "<-",
                                n_claims=int(ev.get("n_claims") or h.get("n_claims") or 0),
                                evidence=ev.get("sentence"), date=ev.get("date") or h.get("first_date"),
                                lang=ev.get("lang"), doc=ev.get("doc")))
            paths.append(GraphPath(tuple(hops)))
        # Shortest first; among equals, paths through actors before paths through
        # concepts (two actors both "called" someone terrorists), then better attested.
        paths.sort(key=lambda p: (p.length, sum(n.type == "CONCEPT" for n in p.nodes[1:-1]),
                                  -sum(h.n_claims for h in p.hops)))
        return Results(tuple(paths[:limit]), title=f"{start.name} … {end.name}")

    def timeline(self, entity: str | None = None, *, limit: int | None = None) -> Results[TimelineEvent]:
        """Dated relations in date order, of one entity (subject or object) or of all."""
        if limit is not None:
            _positive("limit", limit)
        if entity is None:
            rows = self.store.read("q_timeline", limit=limit or ALL_ROWS)
        else:
            rows = self.store.read("q_timeline_of", entity=self.resolve(entity).id, limit=limit or ALL_ROWS)
        return Results(tuple(TimelineEvent(
            date=r["date"], subject=_ref(r, "subject_"), predicate=r["predicate"],
            object=_ref(r, "object_") if r.get("object_id") else None, literal=r.get("literal"),
            n_claims=int(r["n_claims"]), langs=tuple(sorted(r["langs"] or [])),
            doc_ids=tuple(sorted(r["doc_ids"] or [])), evidence=r.get("evidence")) for r in rows))

    def claims(self, what: str | None = None, *, limit: int | None = None) -> Results[Figure]:
        """Every figure given for quantity kind ``what`` (all kinds if None), lowest first.

        Conflicting counts sit side by side with their source, as-of date,
        document and language.  ``limit`` keeps the first ``limit`` figures of
        that order (by kind, value, as-of date, document); the store sorts and
        cuts, so a kind with thousands of figures costs only what is returned.

        >>> [f.value for f in g.claims("detained")]      # doctest: +SKIP
        [100, 4000, 4266, 5000, 5135, 5969]
        >>> [f.value for f in g.claims("detained", limit=2)]      # doctest: +SKIP
        [100, 4000]
        """
        if limit is not None:
            _positive("limit", limit)
        kind = self._quantity_kind(what) if what is not None else None
        if kind is None:
            rows = self.store.read("q_claims_all", limit=limit or ALL_ROWS)
        else:
            rows = self.store.read("q_claims", kind=kind, limit=limit or ALL_ROWS)
        figures = [Figure(kind=r["kind"], value=int(r["value"]), qualifier=r.get("qualifier"),
                          source=_ref(r, "source_") if r.get("source_id") else None,
                          as_of=r.get("as_of"), lang=r.get("lang"), doc=r["doc"], title=r.get("title"),
                          doc_date=r.get("doc_date"), path=r.get("path"), sentence=r.get("sentence"),
                          id=r["id"])
                   for r in rows]
        figures.sort(key=lambda f: (f.kind, f.value, f.as_of or "", f.doc, f.id))
        return Results(tuple(figures), title=f"figures for {kind}" if kind else "figures")

    def conflicts(self) -> Results[Conflict]:
        """Quantity kinds whose figures disagree (more than one distinct value)."""
        rows = self.store.read("q_conflicts")
        return Results(tuple(Conflict(kind=r["kind"], values=tuple(sorted(int(v) for v in r["values"])),
                                      n_figures=int(r["n_figures"]),
                                      sources=tuple(sorted(s for s in r["sources"] or [] if s)))
                             for r in rows))

    def cypher(self, query: str, **params: Any) -> Table:
        """Run a read-only Cypher ``query`` with ``$params``; a statement that writes is refused.

        >>> g.cypher("MATCH (e:Person) RETURN e.name AS name ORDER BY name LIMIT $n", n=3)  # doctest: +SKIP
        """
        rows = self.store.query(query, **params)
        columns = tuple(rows[0]) if rows else ()
        return Table(columns, tuple(tuple(r[c] for c in columns) for r in rows))

    def to_networkx(self):
        """A ``networkx.MultiDiGraph``: entities as nodes, typed relations as edges keyed by predicate.

        Nodes carry ``name``, ``type``, ``labels``; edges ``predicate``,
        ``n_claims``, ``first_date``, ``last_date``, ``langs``, ``doc_ids``.
        """
        import networkx as nx

        g = nx.MultiDiGraph()
        for r in self.store.read("q_network_nodes"):
            g.add_node(r["id"], name=r["name"], type=r["type"], labels=tuple(r["labels"] or ()),
                       **({"wikidata": r["wikidata"]} if r.get("wikidata") else {}))
        for r in self.store.read("q_network_edges"):
            attrs = {k: v for k, v in r.items() if k not in ("subject", "object") and v is not None}
            g.add_edge(r["subject"], r["object"], key=r["predicate"], **attrs)
        return g

    def snapshot(self):
        """Everything in the store as a :class:`kzgraph.export.Snapshot`, for export."""
        from .export import Snapshot

        return Snapshot.from_rows(
            entities=self.store.read("q_export_entities"), documents=self.store.read("q_export_documents"),
            claims=self.store.read("q_export_claims"), quantities=self.store.read("q_export_quantities"),
            mentions=self.store.read("q_export_mentions"))

    def export(self, fmt: str, out: str | Path):
        """Write the graph as ``turtle``, ``jsonld``, ``graphml`` or ``csv`` (a folder) to ``out``."""
        from .export import export

        return export(self.snapshot(), fmt, out, ontology=self.ontology)

    # -- helpers ----------------------------------------------------------------
    def _relations(self, subject=None, predicate=None, obj=None, since=None, until=None,
                   limit=None) -> tuple[RelationRow, ...]:
        # Start from the entity's index when there is one to start from.
        common = {"predicate": predicate, "since": since, "until": until, "limit": limit or ALL_ROWS}
        if subject is not None:
            rows = self.store.read("q_relations_from", subject=subject, object=obj, **common)
        elif obj is not None:
            rows = self.store.read("q_relations_to", object=obj, **common)
        else:
            rows = self.store.read("q_relations", **common)
        return tuple(RelationRow(
            subject=_ref(r, "subject_"), predicate=r["predicate"],
            object=_ref(r, "object_") if r.get("object_id") else None, literal=r.get("literal"),
            first_date=r.get("first_date"), last_date=r.get("last_date"), n_claims=int(r["n_claims"]),
            langs=tuple(sorted(r["langs"] or [])), doc_ids=tuple(sorted(r["doc_ids"] or [])),
            evidence=r.get("evidence")) for r in rows)

    def _predicate(self, name: str) -> str:
        """A predicate of the inventory from its name or label, any case."""
        predicates = self.ontology.predicates
        key = str(name).strip().upper().replace(" ", "_").replace("-", "_")
        if key in predicates:
            return key
        by_label = {p.label.lower(): p.id for p in predicates.values()}
        if str(name).strip().lower() in by_label:
            return by_label[str(name).strip().lower()]
        closest = _closest(key, list(predicates))
        raise NotFound(f"no predicate {name!r} in the inventory (closest: {', '.join(closest)}); "
                       f"the inventory is in ontology/predicates.ttl")

    def _quantity_kind(self, what: str) -> str:
        kinds = self.ontology.quantity_kinds
        key = str(what).strip().lower().replace(" ", "_").replace("-", "_")
        key = key[:-len("_count")] if key.endswith("_count") else key
        if key in kinds:
            return key
        by_label = {k.label.lower(): k.id for k in kinds.values()}
        if str(what).strip().lower() in by_label:
            return by_label[str(what).strip().lower()]
        closest = _closest(key, list(kinds))
        raise NotFound(f"no quantity kind {what!r} (closest: {', '.join(closest)}); "
                       f"the kinds are in ontology/quantities.ttl")

    def _type_filter(self, type_: str | None) -> str | None:
        if type_ is None:
            return None
        labels = sorted(set(LABELS.values()))
        by_name = {t.lower(): t for t in (*LABELS, *labels)}
        found = by_name.get(str(type_).strip().lower())
        if found is None:
            raise UsageError(f"unknown entity type {type_!r}; use one of "
                             f"{', '.join(LABELS)} or {', '.join(labels)}")
        # Contract types are stored as e.type, labels as node labels: the query
        # takes one value and tests both.
        return found

    def __repr__(self) -> str:
        return f"<KZGraph {self.store!r}>"


# -- helpers ------------------------------------------------------------------------

def _total(stats: dict, key: str) -> int:
    value = stats.get(key, {})
    return sum(value.values()) if isinstance(value, dict) else int(value or 0)


def _ref(row: dict, prefix: str) -> EntityRef:
    """An ``EntityRef`` from ``<prefix>id``, ``<prefix>name`` (or ``<prefix[:-1]>``), ``<prefix>type``."""
    name = row.get(f"{prefix}name", row.get(prefix[:-1]) if prefix else None)
    return EntityRef(row[f"{prefix}id"], name or row[f"{prefix}id"], row.get(f"{prefix}type") or "")


# Languages tried, in order, for a name given without one: the aligner's own
# guess first, then non-Slavic spellings (which keep a final -a: a woman's
# name stays hers), then the Slavic ones (where -a, -u, -ем… are case endings).
_LATIN_LANGS = ("en", "fr", "de", "it", "es", "pl")
_CYRILLIC_LANGS = ("ru", "uk")


def _resolve_any_lang(aligner, name: str, lang: str | None):
    """``aligner.resolve(name, lang)``; without ``lang``, also each language of its script.

    A gender veto on the first try stands: the other languages are not tried.
    """
    first = aligner.explain(name, lang)
    if first.decision is not None or lang is not None or any("veto" in n for n in first.notes):
        return first.decision
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in name)
    for guess in _CYRILLIC_LANGS if cyrillic else _LATIN_LANGS:
        found = aligner.explain(name, guess)
        if any("veto" in n for n in found.notes):
            return None
        if found.decision is not None:
            return found.decision
    return None


def _positive(name: str, value) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise UsageError(f"{name} must be a positive integer, not {value!r}")


def _iso(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not _DATE.match(text):
        raise UsageError(f"{name} must be an ISO date (2022-01-05, 2022-01 or 2022), not {value!r}")
    return text


def _closest(name: str, choices: list[str], n: int = 5) -> list[str]:
    from rapidfuzz import fuzz, process

    return [c for c, _, _ in process.extract(name, choices, scorer=fuzz.WRatio, limit=n)]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _claims(n: int) -> str:
    return _plural(n, "claim")


def _date_span(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return first if not last or last == first else f"{first}…{last}"


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _cell_value(row: _Result, column: str):
    value = getattr(row, column)
    if isinstance(value, EntityRef):
        return value.name
    if column == "object" and value is None:
        return getattr(row, "literal", None)
    return value


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return " ".join(str(value).split())


def _table(rows: list[dict], columns: list[str] | None = None, width: int = 50) -> str:
    """Rows as an aligned text table (cells cut at ``width`` characters)."""
    columns = columns or list(rows[0])
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [min(width, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(columns)]

    def fit(value: str, w: int) -> str:
        return (value if len(value) <= w else value[:w - 1] + "…").ljust(w)

    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(fit(v, w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)
