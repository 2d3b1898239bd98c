"""Stores: one ``Store`` protocol, two backends, one Cypher library (``cypher/``).

``open_store()`` with no URI gives the embedded default, a FalkorDB server
kzgraph starts and keeps under ``$KZGRAPH_HOME`` or ``./.kzgraph/``;
``bolt://``, ``neo4j://`` (and their ``+s``/``+ssc`` forms) give Neo4j 5.

Examples
--------
>>> parse_uri(None)
('embedded', None)
>>> parse_uri("bolt://localhost:7687")
('neo4j', 'bolt://localhost:7687')
>>> parse_uri("http://localhost:7474")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kzgraph.errors.UsageError: unsupported store URI 'http://localhost:7474': ...
"""

from __future__ import annotations

import os
from typing import Any, Callable, Protocol, Sequence, runtime_checkable
from urllib.parse import urlsplit

from ..errors import UsageError
from ..graph import KnowledgeGraph
from ..ontology import Ontology
from .base import MAX_PATH_HOPS, CypherStore, WriteReport
from .embedded import EmbeddedServer, home_dir, start_embedded, stop_embedded, writer_lock

NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@runtime_checkable
class Store(Protocol):
    """What kzgraph needs of a graph store; both backends implement it.

    Rows are dicts of plain Python values: a node is the dict of its
    properties plus ``_labels``, a relationship its properties plus
    ``_type``, a path ``{"nodes": [...], "relationships": [...]}``.
    """

    backend: str  # "falkordb" or "neo4j"
    uri: str  # where it is, for messages (never a password)

    def ensure_schema(self) -> None: ...
    def write(self, graph: KnowledgeGraph, batch_size: int = 1000,
              progress: Callable[[int, int], None] | None = None, *,
              extractor: str | None = None, lock_wait: float = 0.0,
              on_lock_wait: Callable[[str], None] | None = None) -> WriteReport:
        """Write ``graph``; wait up to ``lock_wait`` s for another writer (``on_lock_wait`` is told)."""
    def loaded_documents(self, ids: Sequence[str], extractor: str) -> set[str]: ...
    def read(self, name: str, /, **params: Any) -> list[dict]: ...
    def query(self, text: str, /, **params: Any) -> list[dict]: ...
    def stats(self) -> dict: ...
    def shortest_paths(self, a_id: str, b_id: str, max_hops: int = 4,
                       limit: int = 10, avoid: tuple[str, ...] = ()) -> list[list[dict]]: ...
    def reset(self, *, lock_wait: float = 0.0,
              on_lock_wait: Callable[[str], None] | None = None) -> int: ...
    def close(self) -> None: ...
    def __enter__(self) -> "Store": ...
    def __exit__(self, *exc: object) -> None: ...


def parse_uri(uri: str | None) -> tuple[str, str | None]:
    """``("embedded", None)`` or ``("neo4j", uri)``; ``UsageError`` for anything else.

    The error names the URI without any password it may hold.
    """
    if uri is None or not str(uri).strip():
        return "embedded", None
    text = str(uri).strip()
    shown = _redacted(text)
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise UsageError(f"invalid store URI {shown!r}: {exc}") from None
    if parts.scheme.lower() not in NEO4J_SCHEMES:
        raise UsageError(f"unsupported store URI {shown!r}: use bolt://HOST:7687, neo4j://…, "
                         "neo4j+s://… (Neo4j) or no --uri for the embedded store")
    if not parts.hostname:
        raise UsageError(f"store URI {shown!r} has no host; e.g. bolt://localhost:7687")
    if parts.username or parts.password:
        raise UsageError(f"store URI {shown!r} holds credentials; give the user with --user and the "
                         "password in NEO4J_PASSWORD")
    if port == 0:
        raise UsageError(f"store URI {shown!r} has port 0")
    return "neo4j", text


def open_store(uri: str | None = None, *, user: str | None = None, password: str | None = None,
               database: str | None = None, home: str | os.PathLike | None = None,
               timeout: float = 10.0, ontology: Ontology | None = None) -> CypherStore:
    """Connect to a store and return it (use it as a context manager).

    ``uri`` None → the embedded FalkorDB store in ``home`` (else
    ``$KZGRAPH_HOME``, else ``./.kzgraph``), started if needed; ``database``
    names its graph (default ``kzgraph``); ``user``/``password`` are ignored.
    A Neo4j URI → Neo4j 5 as ``user`` (default ``neo4j``) with ``password``
    (default ``$NEO4J_PASSWORD``) on ``database`` (default: the server's).
    ``timeout`` bounds connecting or starting, in seconds.

    Raises ``UsageError`` for a bad URI, ``StoreUnavailable`` when the store
    cannot be reached, refuses the credentials or cannot start.
    """
    kind, target = parse_uri(uri)
    if not isinstance(timeout, (int, float)) or timeout <= 0:
        raise UsageError(f"timeout must be a positive number of seconds, not {timeout!r}")
    if kind == "embedded":
        from .falkordb_store import FalkorDBStore, graph_name_from

        name = graph_name_from(database)
        server = start_embedded(home, timeout=timeout)
        return FalkorDBStore.connect(server, name, ontology=ontology, timeout=timeout)
    from .neo4j_store import Neo4jStore

    if password is None:
        password = os.environ.get("NEO4J_PASSWORD")
    return Neo4jStore.connect(target, user or "neo4j", password, database=database,
                              ontology=ontology, timeout=timeout)


def _redacted(uri: str) -> str:
    """``uri`` with any user:password@ replaced by ``***@``.

    >>> _redacted("bolt://neo4j:secret@db:7687")
    'bolt://***@db:7687'
    """
    scheme, sep, rest = uri.partition("://")
    if sep and "@" in rest.split("/", 1)[0]:
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return uri


__all__ = ["Store", "CypherStore", "WriteReport", "EmbeddedServer", "MAX_PATH_HOPS",
           "open_store", "parse_uri", "start_embedded", "stop_embedded", "home_dir", "writer_lock",
           "NEO4J_SCHEMES"]
