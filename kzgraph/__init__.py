"""kzgraph: multilingual news to a knowledge graph of actors, events and claims."""

__version__ = "0.1.0"

from .errors import KzGraphError, NoPath, NotFound  # noqa: E402

__all__ = ["__version__", "KzGraphError", "NotFound", "NoPath", "KZGraph"]


def __getattr__(name):
    # ``from kzgraph import KZGraph`` without importing the stores at package import.
    if name == "KZGraph":
        from .query import KZGraph

        return KZGraph
    raise AttributeError(f"module 'kzgraph' has no attribute {name!r}")
