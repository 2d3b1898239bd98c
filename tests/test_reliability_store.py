"""Faults of the embedded store's server, and what it exposes.

The server's folder and every file in it are the user's only (0700/0600),
even in a folder the user made with looser rights; it listens on its unix
socket and on no TCP port.  A server that dies (SIGKILL) mid-write or
freezes (SIGSTOP) gives ``StoreUnavailable`` (exit 3) with a message, never a
driver exception; the next command restarts it and a rerun completes; a
torn append-only file does not keep it from starting.
"""

from __future__ import annotations

import os
import signal
import stat
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.errors import StoreUnavailable
from kzgraph.store import open_store, start_embedded, stop_embedded
from kzgraph.store.embedded import SOCKET, _alive


def _loose(path: Path) -> list[str]:
    """Files and folders under ``path`` (itself included) that others may use."""
    found = []
    for p in [path, *path.rglob("*")]:
        mode = stat.S_IMODE(p.lstat().st_mode)
        if mode & 0o077:
            found.append(f"{p} {mode:o}")
    return found


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    return inodes


def _tcp_listeners(inodes: set[str]) -> list[str]:
    """Lines of /proc/net/tcp{,6} in state LISTEN (0A) whose socket is one of ``inodes``."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:
                found.append(f"{table}: {line.strip()}")
    return found


def test_reliability_store_folder_and_files_are_private_even_in_a_loose_folder(fresh_home, gold_graph):
    fresh_home.mkdir(mode=0o755)
    os.chmod(fresh_home, 0o755)  # whatever the umask: a folder others can read
    with open_store(home=fresh_home) as s:
        s.write(gold_graph)
        assert stat.S_IMODE(s.server.socket.stat().st_mode) & 0o077 == 0
    assert _loose(fresh_home) == []
    stop_embedded(fresh_home)  # the snapshot written on stop, too
    assert (fresh_home / "falkordb.rdb").exists()
    assert _loose(fresh_home) == []


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc")
def test_reliability_store_opens_no_tcp_port(fresh_home):
    with open_store(home=fresh_home) as s:
        pid = s.server.pid
        config = s._client.connection.config_get("port")
        assert config == {"port": "0"}
        inodes = _socket_inodes(pid)
    assert inodes, "the server has no socket at all?"
    assert _tcp_listeners(inodes) == []
    unix = Path("/proc/net/unix").read_text()
    assert str(fresh_home / SOCKET) in unix


def test_reliability_store_server_killed_mid_write_is_a_clean_store_error(fresh_home, gold_graph, tmp_path):
    try:
        with open_store(home=tmp_path / "ref") as ref:
            ref.write(gold_graph)
            expected = ref.stats()
    finally:
        stop_embedded(tmp_path / "ref")

    with open_store(home=fresh_home) as s:
        pid = s.server.pid
        calls = []

        def kill_server(done, total):
            calls.append(done)
            if len(calls) == 4:
                os.kill(pid, signal.SIGKILL)
                while _alive(pid):
                    time.sleep(0.01)

        with pytest.raises(StoreUnavailable, match=f"the embedded store at {fresh_home} stopped answering.*"
                                                   "run the command again") as info:
            s.write(gold_graph, batch_size=20, progress=kill_server)
        assert info.value.exit_code == 3
        with pytest.raises(StoreUnavailable, match="stopped answering"):
            s.stats()  # reads on the dead connection: the same clean error
    with open_store(home=fresh_home) as s:
        assert s.server.started and s.server.pid != pid  # the next command restarts it
        s.write(gold_graph, batch_size=20)
        assert s.stats() == expected


def test_reliability_store_frozen_server_times_out_with_exit_3(fresh_home):
    server = start_embedded(fresh_home)
    os.kill(server.pid, signal.SIGSTOP)
    try:
        began = time.monotonic()
        result = CliRunner().invoke(main, ["stats", "--home", str(fresh_home), "--timeout", "2"])
        elapsed = time.monotonic() - began
    finally:
        os.kill(server.pid, signal.SIGCONT)
    assert result.exit_code == 3, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    assert f"(pid {server.pid}) does not answer" in result.output and "kzgraph stop" in result.output
    assert elapsed < 15


def test_reliability_store_torn_append_only_file_still_starts(fresh_home, gold_graph):
    """The server killed while appending: the torn last command is dropped, the rest loads."""
    with open_store(home=fresh_home) as s:
        s.write(gold_graph)
        expected = s.stats()
        pid = s.server.pid
    time.sleep(1.2)  # appendfsync everysec
    os.kill(pid, signal.SIGKILL)
    while _alive(pid):
        time.sleep(0.01)
    [aof] = sorted((fresh_home / "appendonlydir").glob("*.incr.aof"))[-1:]
    with aof.open("ab") as fh:  # half of a command, as a crash mid-write leaves it
        fh.write(b"*4\r\n$11\r\nGRAPH.QUERY\r\n$7\r\nkzgraph\r\n$200\r\nMERGE (n:Entity {id: 'torn")
    with open_store(home=fresh_home) as s:
        assert s.server.started
        assert s.stats() == expected
