"""Start-up caches: work that every kzgraph process would otherwise redo.

Files live in ``$KZGRAPH_CACHE`` (else ``$XDG_CACHE_HOME/kzgraph``, else
``~/.cache/kzgraph``); each name carries what it was built from (package
version, source file size and modification time), so a stale file is never
read, and a missing, unreadable or unwritable cache only costs time.
``KZGRAPH_CACHE=off`` turns caching off.

Simplemma's dictionaries
------------------------
simplemma keeps each language's lemma dictionary as an LZMA-compressed,
front-coded stream and decodes all of it, in Python, into a ``dict`` the
first time the language is used: Polish (3.7 million forms) took 8 s and
~500 MB of memory, German 2 s, on a 2-core machine.  :func:`simplemma_lemmatizer`
reads the stream in place instead (simplemma's own ``StreamMap``, its
``low_memory`` backend: the same data and lookups) and caches the one thing
that backend computes by walking the whole stream, its block index.  With a
warm cache a language costs the LZMA decompression (a fraction of a second)
and a few MB; a lookup decodes one block of 16 records (tens of µs per new
word, against ~13 µs with the dict: a corpus pays that once per distinct word).

Examples
--------
>>> lemmatizer = simplemma_lemmatizer()
>>> lemmatizer.lemmatize("zatrzymały", "pl"), lemmatizer.lemmatize("soldats", "fr")
('zatrzymać', 'soldat')
"""

from __future__ import annotations

import marshal
import os
from functools import lru_cache
from pathlib import Path

_OFF = ("off", "0", "no", "false")


def cache_dir() -> Path | None:
    """The cache folder, created if needed; ``None`` when caching is off or impossible."""
    configured = os.environ.get("KZGRAPH_CACHE")
    if configured is not None and configured.strip().lower() in _OFF:
        return None
    if configured:
        folder = Path(configured).expanduser()
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        folder = (Path(xdg) if xdg else Path.home() / ".cache") / "kzgraph"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK | os.X_OK) else None


def source_tag(path: Path) -> str:
    """``<size>-<mtime_ns>`` of a file: part of the name of a cache built from it."""
    st = path.stat()
    return f"{st.st_size}-{st.st_mtime_ns}"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file; errors are ignored (a cache)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass


# -- simplemma ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def simplemma_lemmatizer():
    """A ``simplemma.Lemmatizer`` (default strategy) over cached, in-place dictionaries.

    It gives the lemmas of ``simplemma.lemmatize(word, lang=lang)``: same
    strategy, same dictionary data; only how the data is held differs.
    """
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_factory()))


def _factory():
    from simplemma.strategies.dictionaries.dictionary_factory import CachingDictionaryFactory

    class IndexedStreamFactory(CachingDictionaryFactory):
        """simplemma's stream dictionaries with their block index cached on disk."""

        __slots__ = ()

        def _get_dictionary_uncached(self, lang: str):
            return _stream_map(lang)

    return IndexedStreamFactory(cache_max_size=64)


_BLOCK = 16  # records per index block (simplemma's own index uses 32): lookups decode half as much


def _stream_map(lang: str):
    import simplemma
    from simplemma.strategies.dictionaries import frontcode
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DATA_FOLDER, SUPPORTED_LANGUAGES, _read_decompressed)
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"Unsupported language: {lang}")
    smap = StreamMap.__new__(StreamMap)  # its __init__ would walk the stream: the index is ours
    smap._data = _read_decompressed(lang)
    smap._rev, smap._count, smap._pos = frontcode._read_header(smap._data)
    header = (smap._rev, smap._count, smap._pos, _BLOCK)
    folder = cache_dir()
    path = None
    if folder is not None:
        version = getattr(simplemma, "__version__", "0")
        source = DATA_FOLDER / f"{lang}.plzma"
        path = folder / f"simplemma-{version}-{lang}-{source_tag(source)}-{_BLOCK}.index"
        try:
            cached_header, firsts, blocks = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            pass
        else:
            if tuple(cached_header) == header and len(firsts) == len(blocks):
                smap._firsts, smap._blocks = firsts, blocks
                return smap
    smap._firsts, smap._blocks = _block_index(smap._data, smap._pos, smap._count)
    if path is not None:
        write_atomically(path, marshal.dumps((header, smap._firsts, smap._blocks)))
    return smap


def _block_index(data: bytes, pos: int, count: int) -> tuple[list, list]:
    """Every ``_BLOCK``-th key and the seed to resume decoding there (as ``StreamMap`` builds it)."""
    from simplemma.strategies.dictionaries import frontcode

    firsts: list[bytes] = []
    blocks: list[tuple[int, bytes, bytes]] = []
    prev_key, prev_value = b"", b""
    index = -1
    for index, (record_start, stored_key, stored_value) in enumerate(frontcode._iter_records(data, pos)):
        if index % _BLOCK == 0:
            firsts.append(stored_key)
            blocks.append((record_start, prev_key, prev_value))
        prev_key, prev_value = stored_key, stored_value
    if index + 1 != count:
        raise ValueError(frontcode._CORRUPT_STREAM_MSG)
    return firsts, blocks


__all__ = ["cache_dir", "source_tag", "write_atomically", "simplemma_lemmatizer"]
