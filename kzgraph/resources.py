"""Where kzgraph's data folders (``ontology/``, ``cypher/``) are found.

In a checkout (``pip install -e .``) they sit beside the package; an installed
wheel carries them under ``<prefix>/share/kzgraph/``.

The ontology is layered: a generic core (``ontology/*.ttl``: predicates,
lexicons, quantity kinds, countries, international organisations, the
languages' name data) and story layers on top of it (``ontology/stories/<name>/``:
one story's people, local organisations, places and groups).
:func:`ontology_layers` says which folders are read:

- by default, the core and every story kzgraph ships (today
  ``kazakhstan-2022``);
- ``$KZGRAPH_ONTOLOGY`` (or ``kzgraph --ontology``) names the story layers
  instead: folders or names of shipped stories, separated by ``os.pathsep``
  (``:`` on Unix); the core is always read under them.  ``none`` reads the
  core alone.  A folder holding its own ``names.ttl`` is a whole ontology (the
  former meaning of the variable) and replaces the core.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import KzGraphError

_PACKAGE_PARENT = Path(__file__).resolve().parent.parent
ONTOLOGY_ENV = "KZGRAPH_ONTOLOGY"
CORE_ONLY = "none"  # the value of $KZGRAPH_ONTOLOGY that reads the core alone


def data_dir(name: str) -> Path:
    """The folder ``name`` (``"ontology"``: the ontology's core, or ``"cypher"``) that kzgraph ships."""
    for base in (_PACKAGE_PARENT, Path(sys.prefix) / "share" / "kzgraph"):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    raise KzGraphError(f"kzgraph's {name}/ folder is missing (looked beside {_PACKAGE_PARENT} "
                       f"and in {sys.prefix}/share/kzgraph); reinstall kzgraph")


def shipped_stories() -> dict[str, Path]:
    """The story layers kzgraph ships, by name (``ontology/stories/<name>/``)."""
    base = data_dir("ontology") / "stories"
    if not base.is_dir():
        return {}
    return {p.name: p for p in sorted(base.iterdir()) if p.is_dir() and any(p.glob("*.ttl"))}


def ontology_layers(spec: str | None = None) -> tuple[Path, ...]:
    """The folders the ontology is read from, core first, then the story layers.

    ``spec`` is what ``$KZGRAPH_ONTOLOGY`` holds (read from the environment
    when ``None``): story folders or shipped story names separated by
    ``os.pathsep``; unset, every shipped story; ``none``, the core alone.

    >>> [p.name for p in ontology_layers("none")]
    ['ontology']
    >>> [p.name for p in ontology_layers("kazakhstan-2022")]
    ['ontology', 'kazakhstan-2022']
    """
    from .errors import OntologyError

    core = data_dir("ontology")
    if spec is None:
        spec = os.environ.get(ONTOLOGY_ENV)
    if spec is None or not spec.strip():
        return (core, *shipped_stories().values())
    layers: list[Path] = []
    for item in (part.strip() for part in spec.split(os.pathsep)):
        if not item or item.lower() == CORE_ONLY:
            continue
        folder = Path(item).expanduser()
        if not folder.is_dir():
            stories = shipped_stories()
            if item in stories:
                folder = stories[item]
            else:
                raise OntologyError(f"ontology layer {item!r}: no such folder, nor a story kzgraph ships "
                                    f"({', '.join(stories) or 'none'}); give a folder of *.ttl files")
        if not any(folder.glob("*.ttl")):
            raise OntologyError(f"ontology layer {folder}: no *.ttl files in it")
        if (folder / "names.ttl").is_file():  # a whole ontology, not a layer: it replaces the core
            core = folder
        else:
            layers.append(folder)
    return tuple(dict.fromkeys((core, *layers)))
