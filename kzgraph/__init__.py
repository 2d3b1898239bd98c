"""kzgraph: multilingual news to a knowledge graph of actors, events and claims."""

__version__ = "0.1.0"

from .errors import KzGraphError, NoPath, NotFound  # noqa: E402

__all__ = ["__version__", "KzGraphError", "NotFound", "NoPath"]
