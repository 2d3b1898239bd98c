"""The Cypher library: every statement kzgraph sends, read from ``cypher/``.

One named statement per ``cypher/<name>.cypher`` file: a header of ``//``
comments (what it does, its parameters), then the statement, which takes its
values from ``$parameters`` only.  Statements that need a relationship type or
a label in their text (Cypher cannot parameterise those in both engines) carry
a slot, ``__TYPE__``, ``__TYPES__`` or ``__LABEL__``, which :func:`typed_statement`
alone fills, and only with names from the ontology's inventory.

Examples
--------
>>> st = statement("write_documents")
>>> st.params
('rows',)
>>> st.text.splitlines()[0]
'UNWIND $rows AS row'
>>> from kzgraph.ontology import Ontology
>>> "REQUESTED_AID_FROM]" in typed_statement("write_relationships", Ontology.load(),
...                                           rel_type="REQUESTED_AID_FROM")
True
>>> typed_statement("write_relationships", Ontology.load(),
...                 rel_type="X]->() DETACH DELETE n //")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kzgraph.errors.StoreError: refusing relationship type 'X]->() DETACH DELETE n //': ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..errors import StoreError, UsageError
from ..ontology import LABELS, NEO4J_LABELS, Ontology
from ..resources import data_dir

SLOTS = ("__TYPE__", "__TYPES__", "__LABEL__")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_IDENTIFIER = re.compile(r"^[A-Z][A-Za-z0-9_]*$")  # what a validated type/label must also look like


@dataclass(frozen=True)
class Statement:
    """One named statement of ``cypher/``: its text (header stripped), header and parameters."""

    name: str
    text: str
    doc: str
    params: tuple[str, ...]

    @property
    def slots(self) -> tuple[str, ...]:
        return tuple(s for s in SLOTS if re.search(rf"\b{s}\b", self.text))


def statement(name: str, folder: str | Path | None = None) -> Statement:
    """The statement ``cypher/<name>.cypher``; ``UsageError`` if there is none."""
    if not _NAME.match(name or ""):
        raise UsageError(f"{name!r} is not a statement name (lower_snake_case, e.g. 'entity_by_id')")
    return _load(str(Path(folder) if folder else data_dir("cypher")), name)


def statement_names(folder: str | Path | None = None) -> tuple[str, ...]:
    """Every statement name in ``cypher/``, sorted.

    >>> "write_claims" in statement_names()
    True
    """
    base = Path(folder) if folder else data_dir("cypher")
    return tuple(sorted(p.stem for p in base.glob("*.cypher")))


@lru_cache(maxsize=256)
def _load(folder: str, name: str) -> Statement:
    path = Path(folder) / f"{name}.cypher"
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        known = ", ".join(statement_names(folder))
        raise UsageError(f"no Cypher statement {name!r} in {folder}; known: {known}") from None
    header, body = [], []
    for line in raw.splitlines():
        if not body and line.lstrip().startswith("//"):
            header.append(line.lstrip()[2:].strip())
        elif body or line.strip():
            body.append(line)
    text = "\n".join(body).strip()
    if not text:
        raise StoreError(f"{path} holds no statement")
    params = tuple(dict.fromkeys(_PARAM.findall(text)))
    return Statement(name=name, text=text, doc="\n".join(header), params=params)


def relationship_types(ontology: Ontology) -> tuple[str, ...]:
    """The relationship types kzgraph may write: the ontology's predicates, validated."""
    return tuple(_checked_type(p, ontology) for p in sorted(ontology.predicates))


def _checked_type(name: object, ontology: Ontology) -> str:
    if not isinstance(name, str) or name not in ontology.predicates or not _IDENTIFIER.match(name):
        raise StoreError(f"refusing relationship type {name!r}: not in the ontology's predicate "
                         f"inventory ({', '.join(sorted(ontology.predicates))}); add it to "
                         "ontology/predicates.ttl first")
    return name


def _checked_label(name: object) -> str:
    allowed = NEO4J_LABELS | set(LABELS.values())
    if not isinstance(name, str) or name not in allowed or not _IDENTIFIER.match(name):
        raise StoreError(f"refusing label {name!r}: kzgraph writes only the labels "
                         f"{', '.join(sorted(allowed))}")
    return name


def typed_statement(name: str, ontology: Ontology, *, rel_type: str | None = None,
                    rel_types: Iterable[str] = (), label: str | None = None) -> str:
    """The text of statement ``name`` with its slots filled from the inventory.

    This is the only place kzgraph puts a name into Cypher text: ``rel_type``
    (``__TYPE__``) and every one of ``rel_types`` (``__TYPES__``, joined by
    ``|``) must be predicates of ``ontology``; ``label`` (``__LABEL__``) must
    be one of the entity labels of :mod:`kzgraph.ontology`.  Anything else
    raises ``StoreError`` before any Cypher is built.
    """
    st = statement(name)
    values: dict[str, str] = {}
    if rel_type is not None:
        values["__TYPE__"] = _checked_type(rel_type, ontology)
    types = tuple(rel_types)
    if types:
        values["__TYPES__"] = "|".join(_checked_type(t, ontology) for t in types)
    if label is not None:
        values["__LABEL__"] = _checked_label(label)
    if set(values) != set(st.slots):
        raise UsageError(f"statement {name!r} has slots {list(st.slots)}; got values for {sorted(values)}")
    text = st.text
    for slot, value in values.items():
        text = re.sub(rf"\b{slot}\b", value, text)
    return text
