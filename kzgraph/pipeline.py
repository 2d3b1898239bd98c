"""One load, one extraction: read, fingerprint, skip what the store holds, extract, align, write, report.

``KZGraph.load``, ``kzgraph load`` and ``kzgraph extract`` each make one call
here; nothing else composes these steps.

- :func:`extract` reads ``paths`` and returns the aligned
  :class:`~kzgraph.graph.KnowledgeGraph` (what ``kzgraph extract`` prints).
- :func:`load` does the same into a store and returns a :class:`LoadReport`.
  Documents the store holds, written by the same code and ontology
  (:func:`extractor_fingerprint`), are not extracted again.
- :func:`extract_graph` is the middle of both: documents in, one graph out,
  aligned corpus-wide.

Start-up is paid once per process and language: the ontology (read from a
cache, :func:`kzgraph.cache.ontology`), each language's spaCy pipeline (built
for the languages present, on first use) and the aligner's index are built
once and shared by every document.

Examples
--------
>>> from kzgraph.corpus import document_from_text
>>> graph = extract_graph([document_from_text("Police detained 5,969 people in Almaty.", lang="en")])
>>> [e.name for e in graph.entities.values()], [q.value for q in graph.quantities.values()]
(['Almaty'], [5969])
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from .cache import ontology as cached_ontology
from .corpus import read_documents
from .graph import KnowledgeGraph
from .model import Document, Extraction
from .ontology import Ontology
from .results import Report

if TYPE_CHECKING:  # the store package imports drivers; a pipeline that only extracts never needs it
    from .store import Store

Progress = Callable[[str, int, "int | None"], None]  # (stage, done, total)
OnSkip = Callable[[str, str], None]  # (path, reason)


@dataclass(frozen=True)
class LoadReport(Report):
    """What one :func:`load` did; ``str()`` is what ``kzgraph load`` prints."""

    documents: int
    entities: int
    relations: int
    quantities: int
    mentions: int
    skipped: tuple[str, ...]
    seconds: float
    nodes_before: int
    nodes_after: int
    relationships_before: int
    relationships_after: int
    unchanged: int = 0  # documents the store held from the same kzgraph and ontology: not extracted again

    def to_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        return (f"loaded {self.documents} documents: {self.entities} entities, {self.relations} relation "
                f"claims, {self.quantities} figures in {self.seconds:.1f}s"
                + (f" ({self.unchanged} unchanged documents skipped)" if self.unchanged else "")
                + f"\nstore: {self.nodes_before} -> {self.nodes_after} nodes, "
                  f"{self.relationships_before} -> {self.relationships_after} relationships")


# -- the two entry points -------------------------------------------------------------

def extract(paths: str | Path | Iterable[str | Path], *, ontology: Ontology | None = None,
            workers: int = 1, skip_bad: bool = False, on_skip: OnSkip | None = None,
            progress: Progress | None = None, date: str | None = None) -> KnowledgeGraph:
    """Read ``paths`` and return their aligned graph, without a store (``kzgraph extract``).

    ``date`` dates the documents that give no date of their own (``--date``)."""
    documents = read(paths, skip_bad=skip_bad, on_skip=on_skip, date=date)
    return extract_graph(documents, ontology=ontology, workers=workers, progress=progress)


def load(store: "Store", paths: str | Path | Iterable[str | Path], *, ontology: Ontology | None = None,
         batch_size: int = 1000, workers: int = 1, reset: bool = False, skip_bad: bool = False,
         progress: Progress | None = None, lock_wait: float = 0.0,
         on_lock_wait: Callable[[str], None] | None = None, date: str | None = None) -> LoadReport:
    """Read, extract, align and write ``paths`` into ``store``; a reload of the same input changes nothing.

    ``date`` dates the documents that give no date of their own (``--date``).

    Documents ``store`` already holds, written by the same kzgraph code and
    ontology (:func:`extractor_fingerprint`), are not extracted again
    (``LoadReport.unchanged``); new documents are aligned among themselves,
    as in any load in parts.  A reloaded document whose extractor changed has
    its claims replaced by the new extraction's.  If another process is
    writing, wait up to ``lock_wait`` seconds for it (``on_lock_wait`` is told
    once), then raise ``StoreLocked``.
    """
    started = time.perf_counter()
    skipped: list[str] = []
    documents = read(paths, skip_bad=skip_bad, on_skip=lambda path, reason: skipped.append(f"{path}: {reason}"),
                     date=date)
    fingerprint = extractor_fingerprint()
    unchanged = set() if reset else store.loaded_documents(sorted({d.id for d in documents}), fingerprint)
    graph = extract_graph([d for d in documents if d.id not in unchanged], ontology=ontology,
                          workers=workers, progress=progress)
    if reset:
        store.reset(lock_wait=lock_wait, on_lock_wait=on_lock_wait)
    store.ensure_schema()
    before = store.stats()
    store.write(graph, batch_size=batch_size, extractor=fingerprint, lock_wait=lock_wait,
                on_lock_wait=on_lock_wait, progress=_stage(progress, "write"))
    after = store.stats()
    s = graph.stats()
    return LoadReport(documents=s["documents"], entities=s["entities"], relations=s["relations"],
                      quantities=s["quantities"], mentions=s["mentions"], skipped=tuple(skipped),
                      seconds=round(time.perf_counter() - started, 3),
                      nodes_before=_total(before, "nodes"), nodes_after=_total(after, "nodes"),
                      relationships_before=_total(before, "relationships"),
                      relationships_after=_total(after, "relationships"), unchanged=len(unchanged))


# -- the steps -----------------------------------------------------------------------------

def read(paths: str | Path | Iterable[str | Path], *, skip_bad: bool = False,
         on_skip: OnSkip | None = None, date: str | None = None) -> list[Document]:
    """The documents of ``paths`` (files, folders, JSONL, ``-``), in input order;
    ``date`` for those that give none."""
    from .store.base import paused_gc

    if isinstance(paths, (str, Path)):
        paths = [paths]
    with paused_gc():  # Documents hold no cycles; the language identifier's tables are large
        return list(read_documents(list(paths), skip_bad=skip_bad, on_skip=on_skip, date=date))


def extract_graph(documents: Iterable[Document], *, ontology: Ontology | None = None, workers: int = 1,
                  progress: Progress | None = None) -> KnowledgeGraph:
    """Extract, then align corpus-wide: documents in, one ``KnowledgeGraph`` out.

    ``progress``, if given, is called as ``progress("extract", done, total)`` per document.
    """
    documents = list(documents)
    ontology = start(ontology, {d.lang for d in documents})
    from .extract import extract_documents

    extractions = list(extract_documents(documents, ontology=ontology, workers=workers,
                                         progress=_stage(progress, "extract")))
    # a date written without its year that its own document cannot place takes the corpus's year
    from .extract.dates import resolve_corpus_dates

    extractions = resolve_corpus_dates(extractions)
    return align_extractions(extractions, ontology)


def start(ontology: Ontology | None, languages: Iterable[str]) -> Ontology:
    """Start-up, once per process: the ontology, spaCy and the pipelines of ``languages``.

    It builds millions of long-lived objects (modules, the lexicon, the
    gazetteer, morphology dictionaries) and no garbage cycles, so the cyclic
    collector, which would rescan them again and again, is paused meanwhile:
    0.35 s of 1.8 s CPU for one document.
    """
    from .store.base import paused_gc

    with paused_gc():
        from .extract.pipeline import get_pipeline

        ontology = ontology or cached_ontology()
        for lang in sorted(set(languages)):
            get_pipeline(lang, ontology)
    return ontology


def corpus_mentions(paths: str | Path | Iterable[str | Path], *, ontology: Ontology | None = None,
                    skip_bad: bool = False) -> list:
    """Every mention extraction finds in ``paths``, before alignment (``kzgraph align --corpus``)."""
    from .extract import extract_documents
    from .graph import _all_mentions

    documents = read(paths, skip_bad=skip_bad)
    ontology = start(ontology, {d.lang for d in documents})
    return [m for ex in extract_documents(documents, ontology=ontology) for m in _all_mentions(ex)]


def align_extractions(extractions: Iterable[Extraction], ontology: Ontology | None = None) -> KnowledgeGraph:
    """Align the mentions of ``extractions`` corpus-wide and build their graph.

    Extraction lists a document's mentions itself (:func:`kzgraph.extract.is_listed`
    with the ontology).  A relation or figure argument it did not list is
    listed when :func:`~kzgraph.extract.is_listed` without the ontology says
    so: a capitalised one-word common noun ("Regierung", "Gobierno") that is
    an argument stays a mention.  Judging arguments with the ontology too
    would drop those two from the development set's output; that is a
    change of behaviour to decide on its own, not part of a refactoring.
    """
    from .extract import is_listed

    ontology = ontology or cached_ontology()
    return KnowledgeGraph.from_extractions(extractions, aligner_for(ontology), is_listed=is_listed)


@lru_cache(maxsize=4)
def aligner_for(ontology: Ontology):
    """The :class:`~kzgraph.align.Aligner` of ``ontology``, built once per process
    (its index read from the start-up cache when it holds one: :func:`kzgraph.cache.aligner`)."""
    from .cache import aligner

    return aligner(ontology)


# -- what made a graph ------------------------------------------------------------------

def extractor_fingerprint(ontology_folder: str | os.PathLike | None = None) -> str:
    """A hash of everything that decides what a load writes for a document.

    kzgraph's version, its Python code, its Cypher and the ontology's Turtle
    files: documents a store holds under the same fingerprint need no new
    extraction (:func:`load` skips them); any change, including an edit
    of an editable install, makes a load extract them again.  Computed once
    per process and folder: the code a process runs is the code it imported,
    whatever happens to the files afterwards.

    >>> extractor_fingerprint() == extractor_fingerprint() and len(extractor_fingerprint())
    16
    """
    from .ontology import folder_key

    return _fingerprint(folder_key(ontology_folder))  # the core and the story layers by default


@lru_cache(maxsize=8)
def _fingerprint(ontology_folders: tuple[str, ...]) -> str:
    from . import __version__
    from .resources import data_dir

    package = Path(__file__).resolve().parent
    files = [*sorted(package.rglob("*.py")), *sorted(data_dir("cypher").glob("*.cypher")),
             *(path for folder in ontology_folders for path in sorted(Path(folder).glob("*.ttl")))]
    digest = hashlib.sha1(__version__.encode())
    for path in files:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# -- helpers --------------------------------------------------------------------------------

def _stage(progress: Progress | None, stage: str) -> Callable[[int, "int | None"], None] | None:
    """``progress`` for one stage, as the ``(done, total)`` callback extraction and the writer call."""
    if progress is None:
        return None
    return lambda done, total: progress(stage, done, total)


def _total(stats: dict, key: str) -> int:
    return int(stats["total"][key])


__all__ = ["LoadReport", "Progress", "extract", "load", "read", "start", "extract_graph", "align_extractions",
           "aligner_for", "extractor_fingerprint"]
