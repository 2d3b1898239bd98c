"""The embedded FalkorDB server: start, reuse, stale restart, stop, persistence, locks."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time

import pytest

from kzgraph.errors import StoreLocked, StoreUnavailable, UsageError
from kzgraph.store import open_store, start_embedded, stop_embedded, writer_lock
from kzgraph.store.embedded import LOGFILE, PIDFILE, SOCKET, _alive, _loading


def _python(code: str, env_home, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "KZGRAPH_HOME": str(env_home)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True,
                          text=True, timeout=timeout)


def _server_pids(home) -> list[int]:
    """redis-server processes whose command line names ``home`` (Linux /proc)."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as fh:
                    cmd = fh.read()
            except OSError:
                continue
            if b"redis-server" in cmd and str(home).encode() in cmd:
                pids.append(int(entry))
    return pids


def test_store_embedded_starts_on_a_private_unix_socket(fresh_home):
    server = start_embedded(fresh_home)
    assert server.started and _alive(server.pid)
    assert server.socket == fresh_home / SOCKET and server.socket.is_socket()
    assert stat.S_IMODE(fresh_home.stat().st_mode) == 0o700
    assert stat.S_IMODE(server.socket.stat().st_mode) & 0o077 == 0
    assert int((fresh_home / PIDFILE).read_text()) == server.pid


def test_store_embedded_is_reused_by_a_second_process(fresh_home):
    first = start_embedded(fresh_home)
    with open_store(home=fresh_home) as s:
        s.query("RETURN 1 AS one")
    done = _python("""
        from kzgraph.store import start_embedded, open_store
        server = start_embedded()
        with open_store() as s:
            print(server.pid, server.started, s.query("RETURN 41 + 1 AS x")[0]["x"])
    """, fresh_home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(first.pid), "False", "42"]


def test_store_embedded_concurrent_starts_share_one_server(fresh_home):
    code = "from kzgraph.store import start_embedded; print(start_embedded().pid)"
    env = {**os.environ, "KZGRAPH_HOME": str(fresh_home)}
    procs = [subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
             for _ in range(3)]
    pids = {p.communicate(timeout=60)[0].strip() for p in procs}
    assert len(pids) == 1 and _server_pids(fresh_home) == [int(pids.pop())]


def test_store_embedded_restarts_after_a_killed_server(fresh_home):
    first = start_embedded(fresh_home)
    os.kill(first.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while _alive(first.pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert (fresh_home / SOCKET).exists() and (fresh_home / PIDFILE).exists()  # left behind
    second = start_embedded(fresh_home)
    assert second.started and second.pid != first.pid
    with open_store(home=fresh_home) as s:
        assert s.query("RETURN 1 AS one") == [{"one": 1}]


@pytest.mark.parametrize("leftover", ["socket", "pidfile", "both"])
def test_store_embedded_clears_stale_files(fresh_home, leftover):
    fresh_home.mkdir(mode=0o700)
    if leftover in ("socket", "both"):
        (fresh_home / SOCKET).write_text("")  # not even a socket
    if leftover in ("pidfile", "both"):
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        (fresh_home / PIDFILE).write_text(str(dead.pid))
    server = start_embedded(fresh_home)
    assert server.started and _alive(server.pid)


def test_store_embedded_stop_saves_and_ends_the_process(fresh_home):
    with open_store(home=fresh_home) as s:
        pid = s.server.pid
        s.query("RETURN 1 AS one")
    assert stop_embedded(fresh_home) is True
    assert not _alive(pid)
    assert not (fresh_home / SOCKET).exists() and not (fresh_home / PIDFILE).exists()
    assert (fresh_home / "falkordb.rdb").exists()
    assert stop_embedded(fresh_home) is False  # nothing left to stop
    assert _server_pids(fresh_home) == []


def test_store_embedded_keeps_the_graph_across_stop_and_start(fresh_home, gold_graph):
    with open_store(home=fresh_home) as s:
        s.write(gold_graph)
        before = s.stats()
    stop_embedded(fresh_home)
    with open_store(home=fresh_home) as s:
        assert s.server.started
        assert s.stats() == before


def test_store_embedded_keeps_the_graph_across_a_crash(fresh_home, gold_graph):
    with open_store(home=fresh_home) as s:
        s.write(gold_graph)
        before = s.stats()
        pid = s.server.pid
    time.sleep(1.2)  # appendfsync everysec
    os.kill(pid, signal.SIGKILL)
    with open_store(home=fresh_home) as s:  # at once: the killed server may still be going down
        assert s.server.pid != pid
        assert s.stats() == before


def test_store_embedded_statement_to_a_stopped_server_fails_instead_of_waiting(fresh_home):
    from kzgraph.store.falkordb_store import FalkorDBStore

    server = start_embedded(fresh_home)
    store = FalkorDBStore.connect(server, answer_timeout=1.0)
    assert store.query("RETURN 1 AS one") == [{"one": 1}]
    os.kill(server.pid, signal.SIGSTOP)  # alive, socket open, never answers
    try:
        started = time.monotonic()
        with pytest.raises(StoreUnavailable, match="stopped answering"):
            store.query("RETURN 2 AS two")
        assert time.monotonic() - started < 30
    finally:
        os.kill(server.pid, signal.SIGCONT)
        store.close()
    with open_store(home=fresh_home) as s:  # the server answers again once it runs
        assert s.query("RETURN 3 AS three") == [{"three": 3}]


def test_store_embedded_refuses_a_second_writer_in_process(fresh_home, gold_graph):
    with open_store(home=fresh_home) as s:
        with writer_lock(fresh_home):
            mine = rf"being written by another kzgraph writer \(pid {os.getpid()}\)"
            with pytest.raises(StoreLocked, match=mine):
                s.write(gold_graph)
            with pytest.raises(StoreLocked, match="KZGRAPH_HOME"):
                s.reset()
        assert s.stats()["nodes"] == {}  # nothing was written
        s.write(gold_graph)  # the lock is free again


def test_store_embedded_refuses_a_second_writer_process(fresh_home, gold_graph):
    start_embedded(fresh_home)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys, time
            from kzgraph.store import writer_lock
            with writer_lock():
                print("locked", flush=True)
                sys.stdin.readline()
        """)],
        env={**os.environ, "KZGRAPH_HOME": str(fresh_home)}, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with open_store(home=fresh_home) as s:
            with pytest.raises(StoreLocked, match=rf"pid {holder.pid}\)"):
                s.write(gold_graph)
    finally:
        holder.communicate("\n", timeout=30)
    with open_store(home=fresh_home) as s:
        assert s.write(gold_graph).entities == len(gold_graph.entities)


def test_store_embedded_start_failure_names_the_reason(fresh_home):
    fresh_home.mkdir(mode=0o700)
    (fresh_home / "appendonlydir").write_text("a file where the server wants its data folder")
    with pytest.raises(StoreUnavailable, match=r"(?s)exited while starting.*append-only dir"):
        start_embedded(fresh_home, timeout=5)
    assert _server_pids(fresh_home) == []


def test_store_embedded_refuses_a_socket_path_too_long(tmp_path):
    deep = tmp_path / ("d" * 120)
    with pytest.raises(UsageError, match="too deep for a unix socket path"):
        start_embedded(deep)


def test_store_embedded_home_comes_from_the_environment(kz_home):
    with open_store() as s:
        assert s.home == kz_home
        assert s.uri == f"embedded:{kz_home}"


@pytest.mark.parametrize("log, loading", [
    ("4242:M 22 Nov 2026 13:01:04.904 * Loading RDB produced by version 8.2.3\n"
     "4242:M 22 Nov 2026 13:01:05.001 * <module> Graph 'kzgraph' loading relation matrices\n", True),
    ("4242:M 22 Nov 2026 13:01:04.904 * Loading RDB produced by version 8.2.3\n"
     "4242:M 22 Nov 2026 13:01:07.430 * DB loaded from base file appendonly.aof.7.base.rdb: 7.665 seconds\n"
     "4242:M 22 Nov 2026 13:01:08.000 * Ready to accept connections unix\n", False),
    # an earlier server's lines say nothing of this one (no socket: nothing answers either)
    ("1111:M 22 Nov 2026 12:00:00.000 * Loading RDB produced by version 8.2.3\n", False),
])
def test_store_embedded_start_waits_for_a_server_loading_its_data(tmp_path, log, loading):
    """A large store takes longer to load than the start timeout (~25 s at 100k documents):
    a start keeps waiting while the server's log says it is loading and not yet ready."""
    (tmp_path / LOGFILE).write_text(log, encoding="utf-8")
    assert _loading(tmp_path, 4242) is loading
