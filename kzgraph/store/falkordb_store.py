"""The embedded store: a FalkorDB server kzgraph runs (see ``embedded.py``).

Spoken to with the native ``falkordb`` client over the server's unix socket.
Each statement is one ``GRAPH.QUERY``, which FalkorDB runs atomically: that
is this backend's transaction.  Its dialect, in this module only: schema as
unnamed ``CREATE INDEX`` (an "already indexed" error means done), shortest
paths through ``algo.SPpaths``, and no NUL characters in string parameters
(its parameter header cannot carry them; they become U+FFFD).
"""

from __future__ import annotations

from typing import Any, ContextManager

from ..errors import StoreError, StoreUnavailable, UsageError
from ..ontology import Ontology
from .base import Counters, CypherStore, hop
from .cypher import relationship_types, statement
from .embedded import EmbeddedServer, no_retry, writer_lock

SCHEMA = ("falkordb_index_entity_id", "falkordb_index_document_id", "falkordb_index_claim_id",
          "falkordb_index_entity_name")
DEFAULT_GRAPH = "kzgraph"


class FalkorDBStore(CypherStore):
    """A graph in the embedded FalkorDB server; open it with ``open_store()``."""

    backend = "falkordb"

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
                ontology: Ontology | None = None, timeout: float = 10.0) -> "FalkorDBStore":
        """Connect to a running embedded server (``start_embedded`` gives one)."""
        import redis
        from falkordb import FalkorDB

        try:
            # No client-side retries: a dead server should fail fast (the next
            # command restarts it), and kzgraph's batches are safe to rerun.
            client = FalkorDB(unix_socket_path=str(server.socket), socket_connect_timeout=timeout,
                              retry=no_retry())
            graphs = client.list_graphs()
        except (redis.RedisError, OSError) as exc:
            raise StoreUnavailable(f"cannot connect to the embedded store on {server.socket}: {exc}") from exc
        store = cls(server, client, graph_name, ontology)
        if graph_name not in graphs:
            store.ensure_schema()  # creates the graph: FalkorDB refuses reads of a missing one
        return store

    # -- hooks ------------------------------------------------------------------
    def _writer_lock(self) -> ContextManager[None]:
        return writer_lock(self.home)

    def _run_write(self, text: str, params: dict) -> tuple[list[dict], Counters]:
        result = self._call(self._graph.query, text, params)
        return (_rows(result),
                Counters(int(result.nodes_created or 0), int(result.relationships_created or 0)))

    def _run_read(self, text: str, params: dict) -> list[dict]:
        return _rows(self._call(self._graph.ro_query, text, params))

    def _call(self, method, text: str, params: dict):
        import redis
        from falkordb.exceptions import SchemaVersionMismatchException

        clean = _sanitize(params) if params else None
        for attempt in (1, 2):
            try:
                return method(text, clean)
            except SchemaVersionMismatchException:
                if attempt == 2:
                    raise StoreError("the embedded store's schema kept changing under the query; "
                                     "retry") from None
            except redis.ResponseError as exc:
                message = str(exc)
                if "only on read-only queries" in message:
                    raise UsageError("this statement writes; kzgraph runs read-only Cypher here "
                                     "(load data with `kzgraph load`)") from None
                raise StoreError(f"the embedded store refused the statement: {message}") from None
            except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
                raise StoreUnavailable(f"the embedded store at {self.home} stopped answering "
                                       f"({exc}); run the command again to restart it") from None
        raise AssertionError("unreachable")

    def ensure_schema(self) -> None:
        """Create the indexes on Entity.id, Document.id, Claim.id and Entity.name."""
        import redis

        for name in SCHEMA:
            try:
                self._graph.query(statement(name).text)
            except redis.ResponseError as exc:
                if "already indexed" not in str(exc):
                    raise StoreError(f"the embedded store refused {name}: {exc}") from None
            except (redis.ConnectionError, OSError) as exc:
                raise StoreUnavailable(f"the embedded store at {self.home} stopped answering "
                                       f"({exc})") from None

    def _shortest_paths(self, a_id: str, b_id: str, max_hops: int, limit: int) -> list[list[dict]]:
        result = self._call(self._graph.ro_query, statement("falkordb_shortest_paths").text,
                            {"a": a_id, "b": b_id, "rel_types": list(relationship_types(self.ontology)),
                             "max_hops": max_hops, "limit": limit})
        paths = []
        for (path,) in result.result_set:
            nodes = {n.id: _plain(n.properties) for n in path.nodes()}
            order = [n.id for n in path.nodes()]
            hops = [hop(nodes[order[i]], nodes[order[i + 1]], e.relation, _plain(e.properties),
                        forward=e.src_node == order[i])
                    for i, e in enumerate(path.edges())]
            paths.append(hops)
        paths.sort(key=len)
        return [p for p in paths if len(p) == len(paths[0])][:limit] if paths else []

    def close(self) -> None:
        """Close the connection; the server keeps running for the next command."""
        self._client.close()


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
