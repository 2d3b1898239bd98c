"""Store URIs: which backend, what is refused, how an unreachable Neo4j fails."""

from __future__ import annotations

import socket
import time

import pytest

from kzgraph.errors import StoreUnavailable, UsageError
from kzgraph.store import Store, open_store, parse_uri


@pytest.mark.parametrize("uri, expected", [
    (None, ("embedded", None)),
    ("", ("embedded", None)),
    ("bolt://localhost:7687", ("neo4j", "bolt://localhost:7687")),
    ("neo4j://db.example.org", ("neo4j", "neo4j://db.example.org")),
    ("neo4j+s://abc.databases.neo4j.io", ("neo4j", "neo4j+s://abc.databases.neo4j.io")),
    ("bolt+s://db:7687", ("neo4j", "bolt+s://db:7687")),
])
def test_store_uri_chooses_the_backend(uri, expected):
    assert parse_uri(uri) == expected


@pytest.mark.parametrize("uri, match", [
    ("http://localhost:7474", "unsupported store URI 'http://localhost:7474'"),
    ("redis://localhost:6379", "unsupported store URI 'redis://localhost:6379'"),
    ("localhost:7687", "unsupported store URI 'localhost:7687'"),
    ("bolt://", "has no host"),
    ("bolt://db:notaport", "invalid store URI 'bolt://db:notaport'"),
    ("bolt://db:99999", "invalid store URI 'bolt://db:99999'"),
])
def test_store_uri_refuses_invalid_uris(uri, match):
    with pytest.raises(UsageError, match=match):
        open_store(uri)


def test_store_uri_refuses_credentials_without_echoing_them():
    with pytest.raises(UsageError, match=r"'bolt://\*\*\*@db:7687' holds credentials") as info:
        open_store("bolt://neo4j:hunter22@db:7687")
    assert "hunter22" not in str(info.value)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_store_uri_unreachable_neo4j_fails_within_the_timeout(scheme, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password-123")
    for uri in ("{scheme}://127.0.0.1:1", f"{{scheme}}://127.0.0.1:{_closed_port()}"):
        uri = uri.format(scheme=scheme)
        began = time.monotonic()
        with pytest.raises(StoreUnavailable, match=rf"cannot reach Neo4j at {uri}") as info:
            open_store(uri, timeout=3)
        assert time.monotonic() - began < 6
        assert "not-the-password-123" not in str(info.value)
        assert info.value.exit_code == 3


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_store_uri_silent_server_fails_after_the_timeout(scheme):
    with socket.socket() as silent:  # accepts connections, never answers the handshake
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        uri = f"{scheme}://127.0.0.1:{silent.getsockname()[1]}"
        began = time.monotonic()
        with pytest.raises(StoreUnavailable, match=rf"cannot reach Neo4j at {uri}"):
            open_store(uri, password="pw-secret-1", timeout=1.5)
        assert 1.0 < time.monotonic() - began < 5


@pytest.mark.parametrize("timeout", [0, -1, "10"])
def test_store_uri_refuses_bad_timeouts(timeout):
    with pytest.raises(UsageError, match="timeout must be a positive number"):
        open_store("bolt://127.0.0.1:1", timeout=timeout)


def test_store_uri_embedded_store_meets_the_protocol(store):
    assert isinstance(store, Store)
    assert store.backend == "falkordb"
