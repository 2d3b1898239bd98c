"""kzgraph: multilingual news to a knowledge graph of actors, events and claims.

Everything a notebook needs is here: ``KZGraph`` (the question API), the result
types it returns and the errors it raises.

>>> import kzgraph
>>> {"KZGraph", "Actor", "Results", "StoreUnavailable"} <= set(dir(kzgraph))
True
"""

__version__ = "0.1.0"

from .errors import (CorpusError, ExtractionError, KzGraphError, NoPath, NotFound,  # noqa: E402
                     OntologyError, StoreError, StoreFull, StoreLocked, StoreUnavailable, UsageError)
from .results import (Actor, ActorRank, Conflict, DocumentRef, EntityRef, Figure,  # noqa: E402
                      GraphPath, Hop, RelationRow, Results, Stats, Table, TimelineEvent)

# Imported on first use: they bring the stores' drivers, spaCy and rdflib.
_LAZY = {"KZGraph": "query", "LoadReport": "pipeline", "ExportReport": "export", "Snapshot": "export",
         "Explanation": "align", "WriteReport": "store.base"}

__all__ = ["__version__", "KZGraph", "LoadReport", "ExportReport", "Snapshot", "Explanation", "WriteReport",
           "Actor", "ActorRank", "Conflict", "DocumentRef", "EntityRef", "Figure", "GraphPath", "Hop",
           "RelationRow", "Results", "Stats", "Table", "TimelineEvent",
           "KzGraphError", "UsageError", "CorpusError", "OntologyError", "ExtractionError", "StoreError",
           "StoreUnavailable", "StoreLocked", "StoreFull", "NotFound", "NoPath"]


def __getattr__(name):
    # ``from kzgraph import KZGraph`` without importing the stores at package import.
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'kzgraph' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
