"""What both backends share: the batched writer, named reads, stats, reset.

A backend subclasses :class:`CypherStore` and supplies how to run one write
statement (``_run_write``), one read (``_run_read``), its schema statements,
its writer lock and its shortest-path dialect.  Everything else (which
statements run, in which order, with which rows) is here, once.
"""

from __future__ import annotations

import contextlib
import gc
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any, Callable, ContextManager, Iterator, Sequence

from ..errors import StoreFull, UsageError
from ..graph import KnowledgeGraph
from ..ontology import Ontology
from ..results import Report
from .cypher import statement
from ..graph_model import lookup_keys, names_properties
from .plan import WriteStep, plan_write

Progress = Callable[[int, int], None]
MAX_PATH_HOPS = 10  # cypher/neo4j_shortest_paths.cypher bounds its search at 10
DELETE_BATCH = 10_000


@dataclass(frozen=True)
class WriteReport(Report):
    """What :meth:`CypherStore.write` sent: rows per kind, batches, what the store created."""

    documents: int = 0
    entities: int = 0
    mentions: int = 0
    claims: int = 0
    relationships: int = 0
    quantities: int = 0
    batches: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        return (f"wrote {self.documents} documents, {self.entities} entities, {self.claims} claims, "
                f"{self.quantities} figures in {self.batches} batches ({self.seconds:.1f}s): "
                f"{self.nodes_created} nodes and {self.relationships_created} relationships created")


@dataclass(frozen=True)
class Counters:
    nodes_created: int = 0
    relationships_created: int = 0


class CypherStore:
    """Shared behaviour of the Neo4j and embedded FalkorDB stores.

    ``__init__`` only keeps its arguments; :func:`kzgraph.store.open_store`
    connects.  Use as a context manager, or call :meth:`close`.
    """

    backend = "cypher"
    # Whether writes are serialised by a lock of ours, so rows read as new under it
    # may be CREATEd; a store without one (Neo4j: concurrent loads) MERGEs everything.
    exclusive_writer = False

    def __init__(self, uri: str, ontology: Ontology | None = None):
        self.uri = uri  # for messages: never holds a password
        self._ontology = ontology

    # -- backend hooks ------------------------------------------------------------
    def _run_write(self, text: str, params: dict) -> tuple[list[dict], Counters]:
        """Run one statement that writes, in one transaction; its rows and counters."""
        raise NotImplementedError

    def _run_read(self, text: str, params: dict) -> list[dict]:
        raise NotImplementedError

    def _prepare_write(self, text: str, params: dict) -> Any:
        """What :meth:`_run_prepared` sends for one write, made ahead (the writer does it in a
        thread while the store runs the previous batch)."""
        return text, params

    def _run_prepared(self, prepared: Any) -> tuple[list[dict], Counters]:
        return self._run_write(*prepared)

    def _disk_full(self, error: StoreFull, pending: int) -> StoreFull:
        """``error`` (a full disk) with ``pending`` more bytes to write counted in its message."""
        return error

    def _writer_lock(self, wait: float = 0.0,
                     on_wait: Callable[[str], None] | None = None) -> ContextManager[None]:
        """Held while writing; a store shared by concurrent writers (Neo4j) needs none."""
        return contextlib.nullcontext()

    def _shortest_paths(self, a_id: str, b_id: str, max_hops: int, limit: int) -> list[list[dict]]:
        raise NotImplementedError

    def ensure_schema(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # -- public API -------------------------------------------------------------
    @property
    def ontology(self) -> Ontology:
        if self._ontology is None:
            self._ontology = Ontology.load()
        return self._ontology

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.uri}>"

    def write(self, graph: KnowledgeGraph, batch_size: int = 1000,
              progress: Progress | None = None, *, extractor: str | None = None,
              lock_wait: float = 0.0, on_lock_wait: Callable[[str], None] | None = None) -> WriteReport:
        """Write ``graph`` idempotently in ``UNWIND`` batches of ``batch_size`` rows.

        Every record is validated first (nothing is written if one is bad).
        Each batch is one transaction: a failure leaves whole batches written
        or not, and rerunning the same write completes it.  ``graph`` states
        all the claims of its documents: claims of those documents already in
        the store that ``graph`` does not hold (an older extraction's) are
        removed once the new ones are written.  ``progress(done,
        total)`` is called after each batch with row counts.  ``extractor``
        (see :func:`kzgraph.pipeline.extractor_fingerprint`) marks the documents,
        last, as written by it (see :meth:`loaded_documents`).  If another
        process holds the store's writer lock, wait up to ``lock_wait`` seconds
        for it (``on_lock_wait`` is told once), then raise ``StoreLocked``.
        """
        if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
            raise UsageError(f"batch size must be a positive integer, not {batch_size!r}")
        with paused_gc():
            steps = plan_write(graph, self.ontology, extractor)
            with self._writer_lock(lock_wait, on_lock_wait):
                return self._write_steps(steps, batch_size, progress)

    def loaded_documents(self, ids: Sequence[str], extractor: str) -> set[str]:
        """The documents of ``ids`` the store holds completely written by ``extractor``."""
        text = statement("documents_loaded_by").text
        found: set[str] = set()
        for chunk in _chunks(list(ids), DELETE_BATCH):
            found.update(r["id"] for r in self._run_read(text, {"ids": list(chunk),
                                                                 "extractor": extractor}))
        return found

    def _write_steps(self, steps: Sequence[WriteStep], batch_size: int,
                     progress: Progress | None) -> WriteReport:
        """Run ``steps`` in batches; the caller holds the writer lock."""
        total = sum(len(s.rows) for s in steps)
        counts = dict.fromkeys(("documents", "entities", "mentions", "claims", "relationships",
                                "quantities"), 0)
        for step in steps:
            if step.what in counts:
                counts[step.what] += len(step.rows)
        done = batches = nodes = rels = 0
        began = time.perf_counter()
        self.ensure_schema()
        fresh_docs = self._new_documents(steps)
        if progress:
            progress(0, total)
        # Statements are prepared (rows read, parameters encoded) one ahead, in a thread,
        # while the store runs the previous one: the store works on the other core.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kzgraph-write") as pool:
            ahead = _ahead(self._prepared(steps, batch_size, fresh_docs), pool)
            for prepared, rows_done in ahead:
                if prepared is not None:
                    try:
                        _, c = self._run_prepared(prepared)
                    except StoreFull as full:
                        # the room the rest of the load needs: its statements, as they are logged
                        rest = sum(len(p) for p, _ in ahead if isinstance(p, str))
                        raise self._disk_full(full, rest) from None
                    nodes += c.nodes_created
                    rels += c.relationships_created
                    batches += 1
                if rows_done:
                    done += rows_done
                    if progress:
                        progress(done, total)
        return WriteReport(**counts, batches=batches, nodes_created=nodes,
                           relationships_created=rels, seconds=time.perf_counter() - began)

    def _prepared(self, steps: Sequence[WriteStep], batch_size: int,
                  fresh_docs: frozenset[str]) -> Iterator[tuple[Any, int]]:
        """``(prepared statement or None, rows it completes)``, in write order.

        A batch's last statement carries the batch's row count (a batch with
        no statement to run yields None): an item of its own would let the
        thread preparing ahead fall idle.
        """
        for step in steps:
            for batch in _chunks(step.rows, len(step.rows) if step.whole else batch_size):
                statements = self._statements_for(step, batch, fresh_docs)
                if not statements:
                    yield None, len(batch)
                for k, (text, rows) in enumerate(statements, start=1):
                    completes = len(batch) if k == len(statements) else 0
                    yield self._prepare_write(text, {"rows": rows}), completes

    def _new_documents(self, steps: Sequence[WriteStep]) -> frozenset[str]:
        """The documents of ``steps`` that the store does not hold (read under the writer lock).

        Without an exclusive writer, none: another load could create them meanwhile.
        """
        if not self.exclusive_writer:
            return frozenset()
        ids = [row["id"] for step in steps if step.statement == "write_documents" for row in step.rows]
        text = statement("documents_by_ids").text
        stored: set[str] = set()
        for chunk in _chunks(ids, DELETE_BATCH):
            stored.update(r["id"] for r in self._run_read(text, {"ids": list(chunk)}))
        return frozenset(ids) - stored

    def _statements_for(self, step: WriteStep, batch: Sequence[dict],
                        fresh_docs: frozenset[str]) -> list[tuple[str, list[dict]]]:
        """``(text, rows)`` to run for one batch: rows new to the store take ``step.fresh``."""
        if step.merge_names:
            new, known = self._with_stored_names(batch)
            if not self.exclusive_writer:  # another load could create them meanwhile: MERGE all
                return [(step.text, new + known)]
        elif step.fresh is not None and step.fresh_key is not None:
            new = [row for row in batch if row[step.fresh_key] in fresh_docs]
            known = [row for row in batch if row[step.fresh_key] not in fresh_docs] if new else list(batch)
        else:
            return [(step.text, list(batch))]
        fresh = step.fresh if step.fresh is not None else step.text
        return [(text, rows) for text, rows in ((fresh, new), (step.text, known)) if text and rows]

    def _with_stored_names(self, batch: Sequence[dict]) -> tuple[list[dict], list[dict]]:
        """Entity rows the store does not hold, and the others with their stored names added.

        The second list's aliases and names_<lang> are the union of the stored
        ones and the row's.
        """
        stored = {r["id"]: r for r in self._run_read(statement("entity_names_by_ids").text,
                                                     {"ids": [row["id"] for row in batch]})}
        new, out = [], []
        for row in batch:
            old = stored.get(row["id"])
            if old is None:
                new.append(row)
                continue
            props = old["properties"] or {}
            names = names_properties(props)
            for key, forms in row["names"].items():
                names[key] = sorted(set(names.get(key, ())) | set(forms))
            aliases = sorted(set(props.get("aliases") or ()) | set(row["aliases"]))
            out.append({**row, "names": names, "aliases": aliases,
                        "lookup": lookup_keys(row["name"], aliases)})
        return new, out

    def read(self, name: str, /, **params: Any) -> list[dict]:
        """Run the read statement ``cypher/<name>.cypher`` with exactly its parameters.

        Rows come back as dicts of plain Python values; a node is the dict of
        its properties plus ``_labels``, a relationship its properties plus
        ``_type``, a path ``{"nodes": [...], "relationships": [...]}``.
        """
        st = statement(name)
        if st.slots:
            raise UsageError(f"statement {name!r} is a template (slots {', '.join(st.slots)}); "
                             "kzgraph runs it itself")
        missing = [p for p in st.params if p not in params]
        extra = sorted(set(params) - set(st.params))
        if missing or extra:
            raise UsageError(f"statement {name!r} takes parameters {list(st.params)}; "
                             f"missing {missing}, unknown {extra}")
        return self._run_read(st.text, params)

    def query(self, text: str, /, **params: Any) -> list[dict]:
        """Run read-only Cypher ``text``; a statement that writes raises ``UsageError``."""
        if not isinstance(text, str) or not text.strip():
            raise UsageError("the Cypher query is empty")
        return self._run_read(text, params)

    def stats(self) -> dict:
        """``{"nodes": {label: count}, "relationships": {type: count}, "total": {"nodes": n,
        "relationships": m}}``.

        The per-label counts overlap (an entity counts under ``Entity`` and under
        its type); ``total`` counts each node once, as ``MATCH (n) RETURN count(n)``.
        """
        labels = {r["label"]: r["count"] for r in self.read("stats_labels")}
        types = {r["type"]: r["count"] for r in self.read("stats_relationships")}
        rows = self.read("stats_nodes")
        return {"nodes": labels, "relationships": types,
                "total": {"nodes": rows[0]["nodes"] if rows else 0, "relationships": sum(types.values())}}

    def reset(self, *, lock_wait: float = 0.0, on_lock_wait: Callable[[str], None] | None = None) -> int:
        """Delete kzgraph's nodes (entities, claims, documents); returns how many.

        Waits for another writer as :meth:`write` does.
        """
        text = statement("delete_batch").text
        deleted = 0
        with self._writer_lock(lock_wait, on_lock_wait):
            while True:
                rows, _ = self._run_write(text, {"limit": DELETE_BATCH})
                n = rows[0]["deleted"] if rows else 0
                deleted += n
                if n < DELETE_BATCH:
                    return deleted

    def shortest_paths(self, a_id: str, b_id: str, max_hops: int = 4,
                       limit: int = 10, avoid: tuple[str, ...] = ()) -> list[list[dict]]:
        """Every shortest path (ignoring direction) between two entities, as hops.

        Only typed relationships (the predicate inventory) are followed.  A hop
        is ``{"from", "from_name", "to", "to_name", "predicate", "subject",
        "object", "first_date", "last_date", "n_docs", "langs", "n_claims",
        "cameo", "plover"}``: ``from``/``to`` follow the path, ``subject``/
        ``object`` give the stored direction; ``n_docs`` counts the documents
        stating the relation (a hub's relation can have thousands: their ids
        are on the relationship, ``doc_ids``).  No path (or an unknown id) → ``[]``.
        ``avoid`` names labels (``"Concept"``) the path may not pass through between its ends.
        """
        for name, value in (("a_id", a_id), ("b_id", b_id)):
            if not isinstance(value, str) or not value:
                raise UsageError(f"{name} must be an entity id, not {value!r}")
        if a_id == b_id:
            raise UsageError(f"a path needs two different entities; both are {a_id!r}")
        if not isinstance(max_hops, int) or not 1 <= max_hops <= MAX_PATH_HOPS:
            raise UsageError(f"max_hops must be an integer from 1 to {MAX_PATH_HOPS}, not {max_hops!r}")
        if not isinstance(limit, int) or limit < 1:
            raise UsageError(f"limit must be a positive integer, not {limit!r}")
        if isinstance(avoid, str) or not all(isinstance(label, str) for label in avoid):
            raise UsageError(f"avoid must be a sequence of labels, not {avoid!r}")
        return self._shortest_paths(a_id, b_id, max_hops, limit, tuple(avoid))


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a block that makes millions of acyclic objects.

    The rows of a load (dicts, lists, tuples) hold no cycles, so reference
    counting frees them; the cyclic collector only rescans the heap each time
    enough of them are allocated: on the 10k-document graph it took 40 % of
    planning the write (3.5 s with it, 1.7 s without).

    >>> import gc
    >>> with paused_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def hop(start: dict, end: dict, rel_type: str, props: dict, forward: bool) -> dict:
    """One hop of a path from node ``start`` to node ``end`` over a relationship.

    ``forward`` says whether the relationship points from ``start`` to ``end``;
    ``props`` are its properties, with ``n_docs`` or the ``doc_ids`` to count.

    >>> h = hop({"id": "a", "name": "A"}, {"id": "b", "name": "B"}, "R",
    ...         {"n_claims": 2, "doc_ids": ["d1", "d2"]}, False)
    >>> (h["from"], h["to"], h["subject"], h["object"], h["n_claims"], h["n_docs"])
    ('a', 'b', 'b', 'a', 2, 2)
    """
    subject, obj = (start, end) if forward else (end, start)
    evidence = {k: props.get(k) for k in ("first_date", "last_date", "langs", "n_claims", "cameo", "plover")}
    evidence["n_docs"] = props["n_docs"] if "n_docs" in props else len(props.get("doc_ids") or ())
    return {"from": start.get("id"), "from_name": start.get("name"), "to": end.get("id"),
            "to_name": end.get("name"), "predicate": rel_type, "subject": subject.get("id"),
            "object": obj.get("id"), **evidence}


_END = object()


def _ahead(items: Iterator[Any], pool: ThreadPoolExecutor) -> Iterator[Any]:
    """The items of ``items``, each computed in ``pool`` while the caller uses the one before.

    ``items`` is advanced by one thread at a time; its exceptions reach the caller.

    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(1) as pool:
    ...     list(_ahead(iter(range(3)), pool))
    [0, 1, 2]
    """
    upcoming = pool.submit(next, items, _END)
    while True:
        item = upcoming.result()
        if item is _END:
            return
        upcoming = pool.submit(next, items, _END)
        yield item


def _chunks(rows: Sequence[dict], size: int) -> Iterator[Sequence[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]
