"""``KZGraph``: the question API over a store — load a corpus, ask questions.

Names may be given in any language, script or inflection the corpus uses:
they resolve through :func:`kzgraph.resolve.explain_name` (the call
``kzgraph align`` makes), then through the names and aliases stored in the
graph (so entities discovered in the corpus, which the ontology does not
list, are found too).  Every statement the API runs is a named file in
``cypher/`` (``q_*.cypher``), usable by hand in Neo4j Browser.  Answers are
the types of :mod:`kzgraph.results`; a load is :func:`kzgraph.pipeline.load`.

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
from pathlib import Path
from typing import Any, Callable, Iterable

from . import pipeline
from .cache import ontology as cached_ontology
from .errors import NoPath, NotFound, UsageError
from .model import CLAIM_STATUSES
from .graph_model import TypedRelationship, names_from_properties, quantity_kind_of, to_networkx
from .ontology import LABELS, NEO4J_LABELS, Ontology
from .roles import background_roles, stated_roles
from .resolve import entity_table, explain_name
from .results import (Actor, ActorRank, Conflict, DocumentRef, EntityRef, Figure, GraphPath, Hop,
                      RelationRow, Results, Stats, Table, TimelineEvent)
from .store import open_store

Progress = pipeline.Progress
LoadReport = pipeline.LoadReport

ALL_ROWS = 1_000_000  # the LIMIT sent when the caller asks for every row
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_RANK_BY = ("degree", "evidence")


# -- the API ------------------------------------------------------------------------

class KZGraph:
    """A knowledge graph in a store: the embedded default or a Neo4j server.

    ``__init__`` only keeps its arguments; :meth:`open` connects.
    """

    def __init__(self, store, ontology: Ontology):
        self._store = store
        self.ontology = ontology
        self._aligner = None
        self._graph_aligner_cache = None
        self._closed = False

    @property
    def store(self):
        """The store this graph reads and writes; a closed graph refuses every use of it."""
        if self._closed:
            raise UsageError("this KZGraph is closed; open it again with KZGraph.open(...)")
        return self._store

    @classmethod
    def open(cls, uri: str | None = None, *, user: str | None = None, password: str | None = None,
             database: str | None = None, home: str | Path | None = None,
             timeout: float = 10.0) -> "KZGraph":
        """Connect: no ``uri`` → the embedded store under ``home`` (default ``./.kzgraph``)."""
        ontology = cached_ontology()
        store = open_store(uri, user=user, password=password, database=database, home=home,
                           timeout=timeout, ontology=ontology)
        return cls(store, ontology)

    def close(self) -> None:
        """Disconnect; every later question raises ``UsageError``.  Closing twice is harmless."""
        if not self._closed:
            self._closed = True
            self._store.close()

    def __enter__(self) -> "KZGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- loading --------------------------------------------------------------
    def load(self, paths: str | Path | Iterable[str | Path], *, batch_size: int = 1000,
             workers: int = 1, reset: bool = False, skip_bad: bool = False,
             progress: bool | Progress | None = None, lock_wait: float = 0.0,
             on_lock_wait: Callable[[str], None] | None = None, date: str | None = None) -> LoadReport:
        """Read, extract, align and write ``paths``: :func:`kzgraph.pipeline.load` into this store.

        ``date`` (``2022-01-05``, ``2022-01``) dates the documents that give
        none in a header or JSONL field; dates written without a year in them
        are resolved against it.

        A reload of the same input changes nothing; documents the store holds
        from the same kzgraph code and ontology are not extracted again
        (``LoadReport.unchanged``).  On the embedded store, if another process
        is writing, wait up to ``lock_wait`` seconds for it (``on_lock_wait``
        is told once), then raise ``StoreLocked``.

        ``progress``: ``True`` shows tqdm bars with counts, rate and ETA (a
        widget in a notebook), ``False`` nothing, a callable is called as
        ``progress(stage, done, total)``; the default shows bars where someone
        is watching (a notebook, or stderr on a terminal).
        """
        from .progress import choose

        store = self.store
        callback, bars = choose(progress)
        try:
            return pipeline.load(store, paths, ontology=self.ontology, batch_size=batch_size,
                                 workers=workers, reset=reset, skip_bad=skip_bad, progress=callback,
                                 lock_wait=lock_wait, on_lock_wait=on_lock_wait, date=date)
        finally:
            if bars is not None:
                bars.close()

    def _where(self) -> str:
        """The store, as a person finds it: the embedded store's folder or the server's URI."""
        home = getattr(self.store, "home", None)
        return f"the embedded store {home}" if home is not None else str(self.store.uri)

    def stats(self) -> dict:
        """Node counts per label (overlapping), relationship counts per type, and the
        totals (``stats()["total"]["nodes"]`` counts each node once), as a dict that prints
        as ``kzgraph stats`` does."""
        return Stats(self.store.stats())

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
        alignment = explain_name(self.aligner, name, lang).decision
        if alignment is not None:
            rows = self.store.read("q_entity_by_id", id=alignment.entity.id)
            if rows:
                return _ref(rows[0], "")
        rows = self.store.read("q_entity_by_name", name=name)
        if rows:
            return _ref(rows[0], "")
        graph_aligner = self._graph_aligner()
        if graph_aligner is None:
            raise NotFound(f"no entity matches {name!r}: the graph is empty; load documents first "
                           f"(kzgraph load PATH, or KZGraph.load); this looked in {self._where()} "
                           "(another store: --home/KZGRAPH_HOME or --uri/KZGRAPH_URI)")
        found = explain_name(graph_aligner, name, lang).decision
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
            self._aligner = pipeline.aligner_for(self.ontology)
        return self._aligner

    def _graph_aligner(self):
        """An aligner over the entities stored in the graph (None when there are none).

        Rebuilt only when the stored names change.
        """
        from .align import Aligner

        rows = self.store.read("q_entity_names")
        if not rows:
            return None
        fingerprint = hash(tuple((r["id"], r["name"], tuple(r["aliases"] or ())) for r in rows))
        if self._graph_aligner_cache is not None and self._graph_aligner_cache[0] == fingerprint:
            return self._graph_aligner_cache[1]
        aligner = Aligner(entity_table(rows))
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
        aliases = names_from_properties(props)
        outgoing = self._relations(subject=ref.id)
        incoming = self._relations(obj=ref.id)
        known = self.ontology.entities.get(ref.id)
        stated = stated_roles((r for r in outgoing if r.predicate == "HOLDS_ROLE" and r.literal), self.ontology,
                              known.roles if known else ())
        documents = tuple(sorted(
            (DocumentRef(d["id"], d.get("title"), d.get("lang"), d.get("date"), d.get("path"),
                         int(d.get("mentions") or 0)) for d in row["documents"] or []),
            key=lambda d: (-d.mentions, d.id)))
        return Actor(id=ref.id, name=props.get("name", ref.name), type=props.get("type", ref.type),
                     labels=tuple(sorted(row["labels"] or [])), wikidata=props.get("wikidata"),
                     aliases=aliases, roles=tuple(r.name for r in stated), outgoing=outgoing,
                     incoming=incoming, documents=documents, stated_roles=stated,
                     background_roles=background_roles(known.roles if known else (), stated, self.ontology))

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

    def paths(self, a: str, b: str, max_hops: int = 4, limit: int = 10, *,
              through_concepts: bool = False) -> Results[GraphPath]:
        """How ``a`` and ``b`` connect: the shortest paths over typed relations.

        Direction is ignored while searching; every hop says which way its
        relation points and carries one evidence sentence.  Paths run through
        actors (people, organisations, countries, places, facilities, groups);
        ``through_concepts=True`` lets them pass through concepts too (charges,
        labels such as "terrorists": two actors who both called someone
        terrorists are not thereby connected).  The most attested paths come
        first.  Raises ``NoPath`` when no path of at most ``max_hops`` hops exists.
        """
        _positive("limit", limit)
        start, end = self.resolve(a), self.resolve(b)
        if start.id == end.id:
            raise UsageError(f"{a!r} and {b!r} are the same entity ({start.name}); a path needs two")
        avoid = () if through_concepts else (LABELS["CONCEPT"],)
        raw = self.store.shortest_paths(start.id, end.id, max_hops=max_hops, limit=limit, avoid=avoid)
        if not raw:
            through = "" if through_concepts else ", through actors (through_concepts=True / --through-concepts " \
                                                  "also passes through concepts)"
            raise NoPath(f"no path between {start.name} and {end.name} within {max_hops} hops{through} "
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

    def claims(self, what: str | None = None, *, limit: int | None = None,
               include_denied: bool = False) -> Results[Figure]:
        """Every figure given for quantity kind ``what`` (all kinds if None), lowest first.

        Conflicting counts sit side by side with their source, as-of date,
        document and language.  ``limit`` keeps the first ``limit`` figures of
        that order (by kind, value, as-of date, document); the store sorts and
        cuts, so a kind with thousands of figures costs only what is returned.
        Figures the text says were denied are left out unless ``include_denied``.

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
                          id=r["id"], status=r.get("status"), denied_by=r.get("denied_by"),
                          scope=r.get("scope"), as_of_source=r.get("as_of_source"))
                   for r in rows if include_denied or r.get("status") != "denied"]
        figures.sort(key=lambda f: (f.kind, f.value, f.as_of or "", f.doc, f.id))
        return Results(tuple(figures), title=f"figures for {kind}" if kind else "figures")

    def conflicts(self, *, include_denied: bool = False) -> Results[Conflict]:
        """Figures that disagree: more than one distinct value for the same kind and the same
        scope (a count in one village is not set against a national total, one country's
        troops not against the whole contingent).  Denied figures are left out unless
        ``include_denied``."""
        rows = self.store.read("q_conflicts", include_denied=include_denied)
        return Results(tuple(Conflict(kind=r["kind"], values=tuple(sorted(int(v) for v in r["values"])),
                                      n_figures=int(r["n_figures"]),
                                      sources=tuple(sorted(s for s in r["sources"] or [] if s)),
                                      scope=r.get("scope"))
                             for r in rows), title="figures that disagree, by kind and scope")

    def cypher(self, query: str, **params: Any) -> Table:
        """Run a read-only Cypher ``query`` with ``$params``; a statement that writes is refused.

        >>> g.cypher("MATCH (e:Person) RETURN e.name AS name ORDER BY name LIMIT $n", n=3)  # doctest: +SKIP
        """
        rows = self.store.query(query, **params)
        columns = tuple(rows[0]) if rows else ()
        return Table(columns, tuple(tuple(r[c] for c in columns) for r in rows))

    def to_networkx(self):
        """A ``networkx.MultiDiGraph``: entities as nodes, typed relations as edges keyed by predicate.

        The one conversion of :func:`kzgraph.graph_model.to_networkx`: nodes carry
        ``name``, ``type``, ``label``, ``aliases``; edges ``predicate``, ``n_claims``,
        ``first_date``, ``last_date``, ``langs``, ``doc_ids``, ``cameo``, ``plover``.
        """
        from .export import Snapshot, entity_label

        entities = Snapshot.from_rows(entities=self.store.read("q_export_entities")).entities
        return to_networkx(entities, self._typed_relationships(),
                           label_of=lambda e: entity_label(e, self.ontology),
                           predicates=self.ontology.predicates)

    def _typed_relationships(self) -> list[TypedRelationship]:
        """The store's typed relationships, as the store aggregated them."""
        return [TypedRelationship(r["subject"], r["predicate"], r["object"], r.get("first_date"),
                                  r.get("last_date"), tuple(sorted(r["doc_ids"] or ())),
                                  tuple(sorted(r["langs"] or ())), int(r["n_claims"] or 0))
                for r in self.store.read("q_network_edges")]

    def snapshot(self):
        """Everything in the store as a :class:`kzgraph.export.Snapshot`, for export."""
        from .export import Snapshot

        return Snapshot.from_rows(
            entities=self.store.read("q_export_entities"), documents=self.store.read("q_export_documents"),
            claims=self.store.read("q_export_claims"), quantities=self.store.read("q_export_quantities"),
            mentions=self.store.read("q_export_mentions"), relationships=self.store.read("q_network_edges"))

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
            evidence=r.get("evidence"), statuses=_statuses(r.get("statuses")),
            sources=tuple(sorted(x for x in r.get("sources") or [] if x))) for r in rows)

    def _predicate(self, name: str) -> str:
        """A predicate of the inventory from its name or label, any case."""
        key = str(name).strip().upper().replace(" ", "_").replace("-", "_")
        return _by_id_or_label(name, key, self.ontology.predicates,
                               "in the inventory", "the inventory is in ontology/predicates.ttl", "predicate")

    def _quantity_kind(self, what: str) -> str:
        key = str(what).strip().lower().replace(" ", "_").replace("-", "_")
        key = quantity_kind_of(key) or key
        return _by_id_or_label(what, key, self.ontology.quantity_kinds,
                               "", "the kinds are in ontology/quantities.ttl", "quantity kind")

    def _type_filter(self, type_: str | None) -> str | None:
        if type_ is None:
            return None
        labels = sorted(set(LABELS.values()) | NEO4J_LABELS)  # every label `stats` prints
        by_name = {t.lower(): t for t in (*LABELS, *labels)}
        found = by_name.get(str(type_).strip().lower())
        if found is None:
            raise UsageError(f"unknown entity type {type_!r}; use one of "
                             f"{', '.join(LABELS)} or {', '.join(labels)}")
        # Contract types are stored as e.type, labels as node labels: the query
        # takes one value and tests both.
        return found

    def __repr__(self) -> str:
        return f"<KZGraph {self._store!r}{' (closed)' if self._closed else ''}>"


# -- helpers ------------------------------------------------------------------------

def _statuses(values) -> tuple[str, ...]:
    """A relation's statuses, the strongest caveat last (asserted, reported, … as in STATUSES)."""
    found = {v or "asserted" for v in values or ()}
    order = CLAIM_STATUSES
    return tuple(sorted(found, key=lambda v: (order.index(v) if v in order else len(order), v)))


def _ref(row: dict, prefix: str) -> EntityRef:
    """An ``EntityRef`` from ``<prefix>id``, ``<prefix>name`` (or ``<prefix[:-1]>``), ``<prefix>type``."""
    name = row.get(f"{prefix}name", row.get(prefix[:-1]) if prefix else None)
    return EntityRef(row[f"{prefix}id"], name or row[f"{prefix}id"], row.get(f"{prefix}type") or "")


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


def _by_id_or_label(given: str, key: str, table: dict, where: str, hint: str, what: str) -> str:
    """The id of ``table`` that ``key`` is, or whose label ``given`` is (any case); else ``NotFound``."""
    if key in table:
        return key
    by_label = {d.label.lower(): d.id for d in table.values()}
    if str(given).strip().lower() in by_label:
        return by_label[str(given).strip().lower()]
    closest = _closest(key, list(table))
    raise NotFound(f"no {what} {given!r}{f' {where}' if where else ''} (closest: {', '.join(closest)}); {hint}")


def _closest(name: str, choices: list[str], n: int = 5) -> list[str]:
    from rapidfuzz import fuzz, process

    return [c for c, _, _ in process.extract(name, choices, scorer=fuzz.WRatio, limit=n)]
