"""Where kzgraph's data folders (``ontology/``, ``cypher/``) are found.

In a checkout (``pip install -e .``) they sit beside the package; an installed
wheel carries them under ``<prefix>/share/kzgraph/``.  ``$KZGRAPH_ONTOLOGY``
points at another ontology folder, for the next story.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import KzGraphError

_PACKAGE_PARENT = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """The folder ``name`` (``"ontology"`` or ``"cypher"``) that kzgraph reads."""
    if name == "ontology" and os.environ.get("KZGRAPH_ONTOLOGY"):
        return Path(os.environ["KZGRAPH_ONTOLOGY"])
    for base in (_PACKAGE_PARENT, Path(sys.prefix) / "share" / "kzgraph"):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    raise KzGraphError(f"kzgraph's {name}/ folder is missing (looked beside {_PACKAGE_PARENT} "
                       f"and in {sys.prefix}/share/kzgraph); reinstall kzgraph")
