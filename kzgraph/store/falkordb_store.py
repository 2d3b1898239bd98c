"""The embedded store: a FalkorDB server kzgraph runs (see ``embedded.py``).

Spoken to with the native ``falkordb`` client over the server's unix socket.
Each statement is one ``GRAPH.QUERY``, which FalkorDB runs atomically: that
is this backend's transaction.  Its dialect, in this module only: schema as
unnamed ``CREATE INDEX`` (an "already indexed" error means done), shortest
paths through ``algo.SPpaths``, and no NUL characters in string parameters
(its parameter header cannot carry them; they become U+FFFD).
"""

from __future__ import annotations

from typing import Any, Callable, ContextManager

from ..errors import StoreError, StoreUnavailable, UsageError
from ..ontology import Ontology
from .base import Counters, CypherStore, hop
from .cypher import relationship_types, statement, typed_statement
from .embedded import MAX_ANSWER, EmbeddedServer, disk_full, is_disk_full, no_retry, writer_lock

SCHEMA = ("falkordb_index_entity_id", "falkordb_index_document_id", "falkordb_index_claim_id",
          "falkordb_index_entity_name", "falkordb_index_claim_triple",
          "falkordb_index_entity_lookup", "falkordb_index_claim_kind")
DEFAULT_GRAPH = "kzgraph"
PATH_DEGREE_SAMPLE = 64  # entities whose relationships are counted to choose a path search's side


class FalkorDBStore(CypherStore):
    """A graph in the embedded FalkorDB server; open it with ``open_store()``."""

    backend = "falkordb"
    exclusive_writer = True  # the embedded store's writer lock (embedded.writer_lock)

    def __init__(self, server: EmbeddedServer, client, graph_name: str = DEFAULT_GRAPH,
                 ontology: Ontology | None = None):
        super().__init__(f"embedded:{server.home}", ontology)
        self.server = server
        self.home = server.home
        self.graph_name = graph_name
        self._client = client
        self._graph = client.select_graph(graph_name)

    @classmethod
    def connect(cls, server: EmbeddedServer, graph_name: str = DEFAULT_GRAPH,
                ontology: Ontology | None = None, timeout: float = 10.0,
                answer_timeout: float = MAX_ANSWER) -> "FalkorDBStore":
        """Connect to a running embedded server (``start_embedded`` gives one).

        ``timeout`` bounds connecting; ``answer_timeout`` bounds the wait for
        each statement's answer (a stopped or wedged server then raises
        ``StoreUnavailable`` instead of holding the command forever).
        """
        import redis
        from falkordb import FalkorDB

        try:
            # No client-side retries: a dead server should fail fast (the next
            # command restarts it), and kzgraph's batches are safe to rerun.
            # A server that accepts but never answers (stopped, or killed mid-reply)
            # fails after answer_timeout seconds instead of holding the command forever.
            client = FalkorDB(unix_socket_path=str(server.socket), socket_connect_timeout=timeout,
                              socket_timeout=answer_timeout, retry=no_retry())
            graphs = client.list_graphs()
        except (redis.RedisError, OSError) as exc:
            raise StoreUnavailable(f"cannot connect to the embedded store on {server.socket}: {exc}") from exc
        store = cls(server, client, graph_name, ontology)
        if graph_name not in graphs:
            store.ensure_schema(new_graph=True)  # creates the graph: FalkorDB refuses reads of a missing one
        return store

    # -- hooks ------------------------------------------------------------------
    def _writer_lock(self, wait: float = 0.0,
                     on_wait: Callable[[str], None] | None = None) -> ContextManager[None]:
        return writer_lock(self.home, wait=wait, on_wait=on_wait)

    def _disk_full(self, error, pending: int):
        return disk_full(self.home, error.pending + pending)

    def _run_write(self, text: str, params: dict) -> tuple[list[dict], Counters]:
        return self._run_prepared(self._prepare_write(text, params))

    def _run_read(self, text: str, params: dict) -> list[dict]:
        return _rows(self._call(self._graph.ro_query, text, params))

    def _prepare_write(self, text: str, params: dict) -> str:
        return _params_header(params) + text if params else text

    def _run_prepared(self, prepared: str) -> tuple[list[dict], Counters]:
        result = self._send(self._graph.query, prepared)
        return (_rows(result),
                Counters(int(result.nodes_created or 0), int(result.relationships_created or 0)))

    def _call(self, method, text: str, params: dict):
        # the parameters go in a header we write ourselves (see _params_header)
        return self._send(method, _params_header(params) + text if params else text)

    def _send(self, method, query: str):
        import redis
        from falkordb.exceptions import SchemaVersionMismatchException

        for attempt in (1, 2):
            try:
                return method(query)
            except SchemaVersionMismatchException:
                if attempt == 2:
                    raise StoreError("the embedded store's schema kept changing under the query; "
                                     "retry") from None
            except redis.ResponseError as exc:
                message = str(exc)
                if "only on read-only queries" in message:
                    raise UsageError("this statement writes; kzgraph runs read-only Cypher here "
                                     "(load data with `kzgraph load`)") from None
                if is_disk_full(message):
                    raise disk_full(self.home, len(query)) from None
                raise StoreError(f"the embedded store refused the statement: {message}") from None
            except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
                raise StoreUnavailable(f"the embedded store at {self.home} stopped answering "
                                       f"({exc}); run the command again to restart it") from None
        raise AssertionError("unreachable")

    def ensure_schema(self, *, new_graph: bool = False) -> None:
        """Create the indexes on Entity.id, Document.id, Claim.id and Entity.name.

        On a full disk, an existing graph's schema is left as it is (its writes
        fail as well, naming the room they need); a ``new_graph`` fails.
        """
        import redis

        for name in SCHEMA:
            try:
                self._graph.query(statement(name).text)
            except redis.ResponseError as exc:
                if is_disk_full(str(exc)):
                    if not new_graph:
                        return
                    raise disk_full(self.home) from None
                if "already indexed" not in str(exc):
                    raise StoreError(f"the embedded store refused {name}: {exc}") from None
            except (redis.ConnectionError, OSError) as exc:
                raise StoreUnavailable(f"the embedded store at {self.home} stopped answering "
                                       f"({exc})") from None

    def _shortest_paths(self, a_id: str, b_id: str, max_hops: int, limit: int,
                        avoid: tuple[str, ...] = ()) -> list[list[dict]]:
        # A breadth-first search from both ends, one query per level, always widening the
        # side whose frontier has fewer typed relationships (falkordb_path_degrees): a hub
        # ("Kazakhstan", linked to thousands) is crossed from the other side's last level,
        # or not at all, instead of being listed whole.  algo.SPpaths (cypher/
        # falkordb_shortest_paths.cypher, kept for use by hand) and allShortestPaths explore
        # paths, not entities, and slow down sharply around hubs (on the 100k-document graph:
        # SPpaths 671 ms median and one 200 s search; allShortestPaths 152 ms median, p95 1.4 s).
        types = relationship_types(self.ontology)
        neighbours = typed_statement("falkordb_path_neighbours", self.ontology, rel_types=types)
        degrees = typed_statement("falkordb_path_degrees", self.ontology, rel_types=types)
        sides = [{a_id: (0, ())}, {b_id: (0, ())}]  # entity -> (depth, its parents on that side)
        frontiers: list[set[str]] = [{a_id}, {b_id}]
        depths = [0, 0]
        degree: dict[str, int] = {}
        meeting: list[str] = []
        keep = {"avoid": list(avoid), "ends": [a_id, b_id]}
        for _ in range(max_hops):
            cost = [self._frontier_cost(degrees, frontier, degree, keep) for frontier in frontiers]
            i = 0 if cost[0] <= cost[1] else 1
            if cost[i] == 0:
                return []  # one side has nowhere to go: the two are not connected
            seen, found = sides[i], {}
            depth = depths[i] + 1
            for row in self._run_read(neighbours, {"ids": sorted(frontiers[i]), **keep}):
                for to in row["to"]:
                    if to not in seen:
                        found.setdefault(to, set()).add(row["from"])
            if not found:
                return []
            seen.update({eid: (depth, tuple(sorted(parents))) for eid, parents in found.items()})
            frontiers[i], depths[i] = set(found), depth
            other = sides[1 - i]
            both = [eid for eid in found if eid in other]
            if both:
                best = min(depth + other[eid][0] for eid in both)
                if best <= max_hops:
                    meeting = sorted(eid for eid in both if depth + other[eid][0] == best)
                break
        if not meeting:
            return []
        node_paths: list[list[str]] = []
        for eid in meeting:
            for left in _walks(sides[0], eid, limit):
                for right in _walks(sides[1], eid, limit):
                    node_paths.append(left[::-1] + right[1:])
        node_paths = sorted(node_paths)[:limit]
        pairs = sorted({(p[k], p[k + 1]) for p in node_paths for k in range(len(p) - 1)})
        edges: dict[tuple[str, str], list[dict]] = {}
        hops_text = typed_statement("falkordb_path_hops", self.ontology, rel_types=types)
        for row in self._run_read(hops_text, {"pairs": [list(p) for p in pairs]}):
            edges.setdefault((row["from"], row["to"]), []).append(row)
        paths: list[list[dict]] = []
        for nodes in node_paths:
            partial: list[list[dict]] = [[]]
            for k in range(len(nodes) - 1):
                options = sorted(edges.get((nodes[k], nodes[k + 1]), ()), key=lambda r: r["type"])
                partial = [done + [_hop_of(r)] for done in partial for r in options][:limit]
            paths.extend(partial)
            if len(paths) >= limit:
                break
        return paths[:limit]

    def _frontier_cost(self, text: str, frontier: set[str], degree: dict[str, int], keep: dict) -> float:
        """The typed relationships of a frontier's entities: counted, or estimated from a sample.

        ``degree`` caches the counts.  Counting thousands of entities costs more
        than the choice it informs (2,775 entities: 160 ms), so beyond
        ``PATH_DEGREE_SAMPLE`` unknown ones, an even sample stands for them.
        """
        unknown = sorted(frontier - degree.keys())
        sample = unknown[::-(-len(unknown) // PATH_DEGREE_SAMPLE)] if unknown else []
        if sample:
            counted = {r["id"]: int(r["degree"]) for r in self._run_read(text, {"ids": sample, **keep})}
            degree.update({eid: counted.get(eid, 0) for eid in sample})
        known = sum(degree[eid] for eid in frontier if eid in degree)
        guessed = len(frontier) - sum(eid in degree for eid in frontier)
        return known + guessed * (sum(degree[eid] for eid in sample) / len(sample) if sample else 0)

    def close(self) -> None:
        """Close the connection; the server keeps running for the next command."""
        self._client.close()


def _walks(side: dict[str, tuple[int, tuple[str, ...]]], end: str, limit: int) -> list[list[str]]:
    """The shortest walks from ``end`` back to the search's start on one side (at most ``limit``)."""
    depth, parents = side[end]
    if depth == 0:
        return [[end]]
    out: list[list[str]] = []
    for parent in parents:
        for walk in _walks(side, parent, limit):
            out.append([end] + walk)
            if len(out) >= limit:
                return out
    return out


def _hop_of(row: dict) -> dict:
    start, end = {"id": row["from"], "name": row["from_name"]}, {"id": row["to"], "name": row["to_name"]}
    return hop(start, end, row["type"], row["props"] or {}, forward=row["source"] == row["from"])


def _rows(result) -> list[dict]:
    names = [h[1] for h in result.header]
    return [dict(zip(names, (_plain(v) for v in row))) for row in result.result_set]


def _plain(value: Any) -> Any:
    """A FalkorDB result value as plain Python (dicts, lists, str, numbers)."""
    from falkordb.edge import Edge
    from falkordb.node import Node
    from falkordb.path import Path

    if isinstance(value, Node):
        return {**_plain(value.properties), "_labels": sorted(value.labels or [])}
    if isinstance(value, Edge):
        return {**_plain(value.properties), "_type": value.relation}
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes()],
                "relationships": [_plain(e) for e in value.edges()]}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _params_header(params: dict) -> str:
    r"""``CYPHER name=value …`` for ``params``: what the client's ``query(text, params)`` sends.

    The client builds it with a recursive, type-testing Python function
    (``falkordb.helpers.stringify_param_value``) that took more time than the
    server on a batched load; :func:`_literal` writes the same literals,
    dispatching on exact types (1.5-2.5× faster; the C JSON encoder plus the
    key rewriting Cypher needs measured no faster).  NUL in strings becomes
    U+FFFD (see :func:`_sanitize`).

    >>> print(_params_header({"rows": [{"s": 'say "hi"', "n": 1, "f": None, "ok": True}]}).strip())
    CYPHER rows=[{`s`:"say \"hi\"",`n`:1,`f`:null,`ok`:true}]
    """
    return "CYPHER " + " ".join(f"{name}={_literal(value)}" for name, value in params.items()) + " "


def _quote(text: str) -> str:
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if '"' in text:
        text = text.replace('"', '\\"')
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    return f'"{text}"'


_KEYS: dict[str, str] = {}


def _key(key: object) -> str:
    quoted = _KEYS.get(key) if isinstance(key, str) else None
    if quoted is None:
        name = key.decode() if isinstance(key, bytes) else str(key)
        if not name or "`" in name:
            raise UsageError(f"parameter map key {name!r} cannot be sent to FalkorDB "
                             "(empty, or holding a backtick)")
        quoted = f"`{name}`"
        if isinstance(key, str) and len(_KEYS) < 10_000:
            _KEYS[key] = quoted
    return quoted


def _literal(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return _quote(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int or kind is float:
        return repr(value)
    if kind is list or kind is tuple:
        return "[" + ",".join(map(_literal, value)) + "]"
    if kind is dict:
        return "{" + ",".join(f"{_key(k)}:{_literal(v)}" for k, v in value.items()) + "}"
    from falkordb.helpers import stringify_param_value

    return stringify_param_value(_sanitize(value))  # other types, as the client writes them


def _sanitize(value: Any) -> Any:
    """Parameters FalkorDB's header can carry: NUL in strings becomes U+FFFD.

    >>> _sanitize({"rows": [{"s": "a\\x00b", "n": 1}]})
    {'rows': [{'s': 'a�b', 'n': 1}]}
    """
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd") if "\x00" in value else value
    if isinstance(value, dict):
        return {k: _sanitize(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_sanitize(v) for v in value]
    return value


def graph_name_from(database: str | None) -> str:
    """The FalkorDB graph key for ``--database`` (default ``kzgraph``).

    >>> graph_name_from(None), graph_name_from("news_2022")
    ('kzgraph', 'news_2022')
    """
    if database is None:
        return DEFAULT_GRAPH
    if not database.replace("_", "").replace("-", "").isalnum():
        raise UsageError(f"database name {database!r} must be letters, digits, '_' or '-'")
    return database
