"""The Neo4j password, and Neo4j faults: where it comes from, where it never goes.

The password is read from ``NEO4J_PASSWORD`` or, on a terminal, a hidden
prompt; no command takes it as an option; no message, log line or file shows
it, even when the server echoes it.  Faults on the Neo4j side (unreachable,
silent, refused credentials, a transient error) end in exit code 3 within the
timeout, with the URI, or are retried by the driver's managed transactions.

No Neo4j server can run on these machines, so the Neo4j side of these tests
is :class:`BoltPeer`: a scripted peer speaking Bolt 4.4 over TCP that records
what the driver sends and answers every statement with an empty result,
refuses logins, or fails a statement with a transient error on request.  It
is a fault injector for the official ``neo4j`` driver, not a store; the
behaviour of a real Neo4j is covered by ``tests/test_neo4j.py`` when
``KZGRAPH_TEST_NEO4J_URI`` is set.
"""

from __future__ import annotations

import logging
import os
import pty
import select
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.errors import StoreUnavailable
from kzgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SECRET = "s3cr3t-Pa55-{kz}-7731"  # unique enough to grep for
TYPED = "typed-Pa55-0091"


# -- a scripted Bolt 4.4 peer ------------------------------------------------------

def _pack(value) -> bytes:
    if value is None:
        return b"\xc0"
    if value is True or value is False:
        return b"\xc3" if value else b"\xc2"
    if isinstance(value, int):
        return struct.pack(">bq", -53, value)  # 0xCB INT_64
    if isinstance(value, str):
        data = value.encode("utf-8")
        if len(data) < 16:
            return bytes([0x80 | len(data)]) + data
        return b"\xd1" + struct.pack(">H", len(data)) + data
    if isinstance(value, dict):
        return (bytes([0xA0 | len(value)]) + b"".join(_pack(k) + _pack(v) for k, v in value.items())
                if len(value) < 16 else b"\xd9" + struct.pack(">H", len(value))
                + b"".join(_pack(k) + _pack(v) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return bytes([0x90 | len(value)]) + b"".join(_pack(v) for v in value)
    raise TypeError(value)


class _Unpacker:
    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def size(self, marker: int, tiny_base: int, fmt8: int) -> int:
        if tiny_base <= marker < tiny_base + 16:
            return marker - tiny_base
        width = {0: 1, 1: 2, 2: 4}[marker - fmt8]
        return int.from_bytes(self.take(width), "big")

    def value(self):
        m = self.take(1)[0]
        if m < 0x80:
            return m
        if m >= 0xF0:
            return m - 0x100
        if 0x80 <= m < 0x90 or 0xD0 <= m <= 0xD2:
            return self.take(self.size(m, 0x80, 0xD0)).decode("utf-8")
        if 0x90 <= m < 0xA0 or 0xD4 <= m <= 0xD6:
            return [self.value() for _ in range(self.size(m, 0x90, 0xD4))]
        if 0xA0 <= m < 0xB0 or 0xD8 <= m <= 0xDA:
            return {self.value(): self.value() for _ in range(self.size(m, 0xA0, 0xD8))}
        if 0xB0 <= m < 0xC0:
            n, tag = m - 0xB0, self.take(1)[0]
            return ("struct", tag, [self.value() for _ in range(n)])
        simple = {0xC0: None, 0xC2: False, 0xC3: True}
        if m in simple:
            return simple[m]
        if m == 0xC1:
            return struct.unpack(">d", self.take(8))[0]
        widths = {0xC8: "b", 0xC9: "h", 0xCA: "i", 0xCB: "q"}
        if m in widths:
            fmt = ">" + widths[m]
            return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]
        if 0xCC <= m <= 0xCE:
            return self.take(int.from_bytes(self.take(1 << (m - 0xCC)), "big"))
        raise ValueError(f"PackStream marker 0x{m:02x}")


class BoltPeer:
    """A TCP listener on 127.0.0.1 that speaks just enough Bolt 4.4 for the driver.

    ``refuse_login``: every HELLO gets Neo.ClientError.Security.Unauthorized;
    ``echo``: with the credentials in its message (Neo4j does not do that; if
    a server did, kzgraph's message must still not show them).  ``transient``: how many RUNs of a statement
    starting with ``UNWIND`` fail with a transient error before they succeed.
    ``hellos`` and ``queries`` record what arrived.
    """

    def __init__(self, refuse_login: bool = False, echo: bool = False, transient: int = 0):
        self.refuse_login, self.echo, self.transient = refuse_login, echo, transient
        self.hellos: list[dict] = []
        self.queries: list[str] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self.uri = f"bolt://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> "BoltPeer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._server.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except OSError:
                continue
            threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    @staticmethod
    def _recv(conn: socket.socket, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = conn.recv(n - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        return data

    def _message(self, conn: socket.socket):
        payload = b""
        while True:
            size = int.from_bytes(self._recv(conn, 2), "big")
            if size == 0:
                if payload:
                    return _Unpacker(payload).value()
                continue  # a NOOP keep-alive chunk
            payload += self._recv(conn, size)

    @staticmethod
    def _send(conn: socket.socket, tag: int, *fields) -> None:
        body = bytes([0xB0 | len(fields), tag]) + b"".join(_pack(f) for f in fields)
        conn.sendall(struct.pack(">H", len(body)) + body + b"\x00\x00")

    def _session(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        try:
            self._recv(conn, 20)  # magic and four version proposals
            conn.sendall(b"\x00\x00\x04\x04")  # Bolt 4.4
            failed = False
            while True:
                _, tag, fields = self._message(conn)
                if tag == 0x02:  # GOODBYE
                    return
                if tag == 0x0F:  # RESET
                    failed = False
                    self._send(conn, 0x70, {})
                elif failed:
                    self._send(conn, 0x7E)  # IGNORED
                elif tag == 0x01:  # HELLO
                    self.hellos.append(fields[0])
                    if self.refuse_login:
                        extra = fields[0]
                        echoed = f" ({extra.get('principal')}:{extra.get('credentials')})" if self.echo else ""
                        self._send(conn, 0x7F, {
                            "code": "Neo.ClientError.Security.Unauthorized",
                            "message": f"The client is unauthorized due to authentication failure.{echoed}"})
                        return
                    self._send(conn, 0x70, {"server": "Neo4j/5.26.0", "connection_id": "bolt-1", "hints": {}})
                elif tag == 0x10:  # RUN
                    query = fields[0]
                    self.queries.append(query)
                    if self.transient and query.lstrip().startswith("UNWIND"):
                        self.transient -= 1
                        failed = True
                        self._send(conn, 0x7F, {"code": "Neo.TransientError.Transaction.DeadlockDetected",
                                                "message": "scripted deadlock"})
                    else:
                        self._send(conn, 0x70, {"fields": [], "t_first": 0})
                elif tag == 0x3F:  # PULL
                    self._send(conn, 0x70, {"has_more": False, "type": "rw", "t_last": 0, "db": "neo4j"})
                elif tag == 0x12:  # COMMIT
                    self._send(conn, 0x70, {"bookmark": "kz:1"})
                else:  # BEGIN, ROLLBACK, DISCARD, ROUTE…
                    self._send(conn, 0x70, {})
        except (ConnectionError, OSError, ValueError):
            return
        finally:
            conn.close()


# -- helpers ------------------------------------------------------------------------

def kzgraph(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("NEO4J_PASSWORD", "KZGRAPH_URI", "NEO4J_USER")}
    return subprocess.run([sys.executable, "-m", "kzgraph.cli", *args], cwd=ROOT, env={**clean, **(env or {})},
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        assert SECRET not in text and TYPED not in text, text[-2000:]


def all_options(group: click.Group, path: str = "kzgraph"):
    for name, command in group.commands.items():
        for param in command.params:
            yield f"{path} {name}", param
        if isinstance(command, click.Group):
            yield from all_options(command, f"{path} {name}")


# -- where the password comes from ----------------------------------------------------

def test_secrets_no_command_takes_a_password_option():
    options = [(cmd, opt) for cmd, p in all_options(main) for opt in getattr(p, "opts", [])
               if any(w in opt.lower() for w in ("pass", "secret", "credential", "token"))]
    assert options == []
    help_text = " ".join(CliRunner().invoke(main, ["load", "--help"]).output.split())
    assert "NEO4J_PASSWORD" in help_text and "never an option" in help_text


def test_secrets_password_comes_from_the_environment():
    with BoltPeer() as peer:
        done = kzgraph("stats", "--uri", peer.uri, "--user", "kz", env={"NEO4J_PASSWORD": SECRET})
    assert done.returncode == 0, done.stderr
    assert peer.hellos and all(h.get("principal") == "kz" and h.get("credentials") == SECRET for h in peer.hellos)
    assert_no_secret(done.stdout, done.stderr)


def test_secrets_password_is_prompted_for_on_a_terminal_without_echo():
    """No NEO4J_PASSWORD and a terminal: a hidden prompt; the typed password reaches
    the server and is not shown."""
    with BoltPeer() as peer:
        env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_PASSWORD", "KZGRAPH_URI")}
        pid, fd = pty.fork()
        if pid == 0:  # the child, on the terminal
            os.chdir(ROOT)
            os.execve(sys.executable, [sys.executable, "-m", "kzgraph.cli", "stats", "--uri", peer.uri], env)
        transcript = b""
        deadline = time.monotonic() + 60
        sent = False
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                transcript += chunk
            if not sent and b"Password for" in transcript:
                os.write(fd, TYPED.encode() + b"\n")
                sent = True
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    text = transcript.decode("utf-8", "replace")
    assert sent, text
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert f"Password for {peer.uri}" in text
    assert [h.get("credentials") for h in peer.hellos][:1] == [TYPED]
    assert TYPED not in text  # hidden input: not echoed, not printed


def test_secrets_no_terminal_and_no_password_is_refused_clearly():
    with BoltPeer(refuse_login=True) as peer:
        done = kzgraph("stats", "--uri", peer.uri)
    assert done.returncode == 3, done.stderr
    assert f"Neo4j at {peer.uri} refused the credentials" in done.stderr and "NEO4J_PASSWORD" in done.stderr


# -- where it never goes -------------------------------------------------------------

def test_secrets_wrong_password_exits_3_with_the_uri_and_never_the_password(tmp_path):
    """The peer echoes the credentials in its refusal; kzgraph's message must not."""
    with BoltPeer(refuse_login=True, echo=True) as peer:
        began = time.monotonic()
        done = kzgraph("load", str(ROOT / "seeds"), "--uri", peer.uri, "--timeout", "5",
                       env={"NEO4J_PASSWORD": SECRET, "KZGRAPH_HOME": str(tmp_path / "kz")})
        elapsed = time.monotonic() - began
    assert done.returncode == 3, done.stderr
    assert f"Error: Neo4j at {peer.uri} refused the credentials of user 'neo4j'" in done.stderr
    assert "***" in done.stderr  # the echoed password, scrubbed
    assert "Traceback" not in done.stderr
    assert_no_secret(done.stdout, done.stderr)
    assert elapsed < 60
    assert peer.hellos and peer.hellos[0]["credentials"] == SECRET  # it was sent, to the server only


@pytest.mark.parametrize("where", ["closed port", "silent server"])
def test_secrets_unreachable_neo4j_exits_3_within_the_timeout(where, tmp_path):
    silent = socket.create_server(("127.0.0.1", 0)) if where == "silent server" else None
    port = silent.getsockname()[1] if silent else closed_port()
    uri = f"neo4j://127.0.0.1:{port}"
    try:
        began = time.monotonic()
        done = kzgraph("stats", "--uri", uri, "--timeout", "2", env={"NEO4J_PASSWORD": SECRET})
        elapsed = time.monotonic() - began
    finally:
        if silent:
            silent.close()
    assert done.returncode == 3, done.stderr
    assert f"cannot reach Neo4j at {uri}" in done.stderr and "Traceback" not in done.stderr
    assert_no_secret(done.stdout, done.stderr)
    assert elapsed < 2 + 15  # the timeout, plus starting Python


def test_secrets_default_timeout_is_at_most_10_seconds():
    stats = main.commands["stats"]
    [timeout] = [p for p in stats.params if p.name == "timeout"]
    assert 0 < timeout.default <= 10
    assert open_store.__kwdefaults__["timeout"] <= 10


def test_secrets_driver_debug_log_never_shows_the_password(caplog):
    """Even with the neo4j driver logging at DEBUG (HELLO, RUN, a refused login)."""
    with caplog.at_level(logging.DEBUG, logger="neo4j"):
        with BoltPeer() as peer, open_store(peer.uri, password=SECRET, timeout=5) as store:
            store.stats()
        with BoltPeer(refuse_login=True) as peer, pytest.raises(StoreUnavailable) as info:
            open_store(peer.uri, password=SECRET, timeout=5)
    assert "HELLO" in caplog.text or "hello" in caplog.text.lower()
    assert_no_secret(caplog.text, str(info.value))


def test_secrets_password_is_not_in_any_file_kzgraph_writes(tmp_path):
    home = tmp_path / "kz"
    with BoltPeer(refuse_login=True) as peer:
        kzgraph("load", str(ROOT / "seeds" / "002_e8188badf08cf0e6.txt"), "--uri", peer.uri,
                env={"NEO4J_PASSWORD": SECRET, "KZGRAPH_HOME": str(home)}, timeout=120)
    done = kzgraph("stats", env={"NEO4J_PASSWORD": SECRET, "KZGRAPH_HOME": str(home)})  # embedded store too
    assert done.returncode == 0, done.stderr
    try:
        for path in [*tmp_path.rglob("*"), *ROOT.glob("*.log")]:
            if path.is_file():
                assert SECRET.encode() not in path.read_bytes(), path
    finally:
        kzgraph("stop", env={"KZGRAPH_HOME": str(home)})


# -- retries ---------------------------------------------------------------------------

def test_secrets_transient_errors_are_retried_by_managed_transactions(gold_graph):
    """Two transient failures (of the first statements the peer receives: the
    first write, or the read of stored names the writer makes for the next
    batch meanwhile): the driver's managed transactions retry them and the
    write completes."""
    received = {}
    for transient in (0, 2):
        with BoltPeer(transient=transient) as peer, \
                open_store(peer.uri, password=SECRET, timeout=5) as store:
            report = store.write(gold_graph, batch_size=10_000)
            received[transient] = sorted(peer.queries)
        assert report.documents == len(gold_graph.documents)
        assert peer.transient == 0  # every failure was served ...
    assert len(received[2]) == len(received[0]) + 2  # ... and the two failed statements ran again
    assert set(received[2]) == set(received[0])
