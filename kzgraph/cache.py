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
that backend computes by walking the whole stream, its block index, and the
decompressed stream itself (LZMA took 0.3 s for Polish, 0.3 s for German).
With a warm cache a language costs reading a file of a few MB; a lookup
decodes one block of 16 records (tens of µs per new word, against ~13 µs with
the dict: a corpus pays that once per distinct word).

The ontology and the language identifier
----------------------------------------
:func:`ontology` is :meth:`kzgraph.ontology.Ontology.load` through a pickle of
the parsed, validated ontology, keyed by the Turtle files and kzgraph's code
(parsing the Turtle took 0.4-0.8 s).  :func:`language_identifier` is
py3langid's model restricted to the languages kzgraph identifies, kept
uncompressed (decompressing and restricting the whole model took 0.7-1 s).

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


# -- the ontology ------------------------------------------------------------------------


def ontology(folder=None):
    """``Ontology.load(folder)``, from a cached pickle when one matches the folder and the code.

    The pickle's name hashes kzgraph's version, the size and modification
    time of every Python file of the package (the classes it holds) and of
    every ``*.ttl`` file of ``folder``: an edit of either reads the Turtle
    again.  The pickle also keeps the ontology's aligner with its index built
    (:func:`aligner`).

    >>> ontology().entities["kazakhstan"].name
    'Kazakhstan'
    """
    import pickle

    from .ontology import Ontology, folder_key

    onto = tuple(Path(f) for f in folder_key(folder))  # the core and the story layers by default
    path = _ontology_path(onto)
    if path is None:
        return Ontology.load(onto)
    try:
        loaded = pickle.loads(path.read_bytes())
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        loaded = None
    if isinstance(loaded, dict) and isinstance(loaded.get("ontology"), Ontology):
        _PICKLED[id(loaded["ontology"])] = (path, loaded["ontology"], loaded.get("aligner"))
        return loaded["ontology"]
    fresh = Ontology.load(onto)  # parses and validates: a bad file raises here, and nothing is cached
    write_atomically(path, pickle.dumps({"ontology": fresh, "aligner": None}, protocol=pickle.HIGHEST_PROTOCOL))
    _PICKLED[id(fresh)] = (path, fresh, None)
    return fresh


# id(ontology) -> (its pickle, the ontology itself, its aligner if the pickle holds one)
_PICKLED: dict[int, tuple[Path, object, object]] = {}


def aligner(ontology):
    """The :class:`~kzgraph.align.Aligner` of ``ontology`` with its index built.

    For an ontology :func:`ontology` returned, the index comes from the same
    pickle (building it took 0.3 s); the first build is added to the pickle.
    """
    import pickle

    from .align import Aligner

    path, known, stored = _PICKLED.get(id(ontology), (None, None, None))
    if known is not ontology:  # not from the cache (or an id reused): build it here
        path, stored = None, None
    if stored is not None:
        return stored
    built = Aligner(ontology)
    built.gazetteer()  # builds the index
    if path is not None:
        write_atomically(path, pickle.dumps({"ontology": ontology, "aligner": built},
                                            protocol=pickle.HIGHEST_PROTOCOL))
        _PICKLED[id(ontology)] = (path, ontology, built)
    return built


def _ontology_path(onto: Path | tuple[Path, ...]) -> Path | None:
    import hashlib

    from . import __version__

    cache = cache_dir()
    if cache is None:
        return None
    package = Path(__file__).resolve().parent
    folders = (onto,) if isinstance(onto, Path) else onto
    digest = hashlib.sha1(f"{__version__}\0{chr(0).join(map(str, folders))}".encode())
    ttl = [path for folder in folders for path in sorted(folder.glob("*.ttl"))]
    for path in (*sorted(package.rglob("*.py")), *ttl):
        digest.update(f"{path.name}\0{source_tag(path)}\0".encode())
    return cache / f"ontology-{digest.hexdigest()[:20]}.pickle"


# -- the language identifier ------------------------------------------------------------


def language_identifier(languages: tuple[str, ...]):
    """py3langid's ``LanguageIdentifier`` (normalised probabilities) restricted to ``languages``.

    It classifies as ``LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)``
    followed by ``set_languages(languages)`` does: same tables, fewer columns.
    """
    from array import array

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier, _load_model_file

    source = Path(MODEL_FILE)
    source = source if source.is_absolute() else MODEL_DIR / source
    cache = cache_dir()
    path = None
    if cache is not None:
        import py3langid

        version = getattr(py3langid, "__version__", "0")
        path = cache / f"py3langid-{version}-{source_tag(source)}-{'-'.join(languages)}.model"
        try:
            head, moves = marshal.loads(path.read_bytes()), path.with_suffix(".nextmove").read_bytes()
            ptc_bytes, ptc_shape, ptc_dtype, pc_bytes, pc_dtype, classes, row_code, row_bytes, move_code, output = head
            ptc = np.frombuffer(ptc_bytes, dtype=ptc_dtype).reshape(ptc_shape)
            pc = np.frombuffer(pc_bytes, dtype=pc_dtype)
            row, nextmove = array(row_code), array(move_code)
            row.frombytes(row_bytes)
            nextmove.frombytes(moves)
            return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
        except (OSError, EOFError, ValueError, TypeError):
            pass
    ptc, pc, classes, nextmove, row, output = _load_model_file(source)
    ptc, pc = np.asarray(ptc), np.asarray(pc)
    keep = [i for i, c in enumerate(classes) if c in set(languages)]
    ptc, pc, classes = np.ascontiguousarray(ptc[:, keep]), np.ascontiguousarray(pc[keep]), [classes[i] for i in keep]
    if path is not None:
        write_atomically(path.with_suffix(".nextmove"), nextmove.tobytes())
        write_atomically(path, marshal.dumps((ptc.tobytes(), ptc.shape, ptc.dtype.str, pc.tobytes(), pc.dtype.str,
                                              classes, row.typecode, row.tobytes(), nextmove.typecode,
                                              list(output))))
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


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
        DATA_FOLDER, SUPPORTED_LANGUAGES)
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"Unsupported language: {lang}")
    smap = StreamMap.__new__(StreamMap)  # its __init__ would walk the stream: the index is ours
    smap._data = _decompressed(lang)
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


def _decompressed(lang: str) -> bytes:
    """simplemma's decompressed stream for ``lang``, kept uncompressed in the cache."""
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER, _read_decompressed

    folder = cache_dir()
    if folder is None:
        return _read_decompressed(lang)
    version = getattr(simplemma, "__version__", "0")
    source = DATA_FOLDER / f"{lang}.plzma"
    path = folder / f"simplemma-{version}-{lang}-{source_tag(source)}.stream"
    try:
        return path.read_bytes()
    except OSError:
        data = _read_decompressed(lang)
        write_atomically(path, data)
        return data


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


__all__ = ["cache_dir", "source_tag", "write_atomically", "ontology", "aligner", "language_identifier",
           "simplemma_lemmatizer"]
