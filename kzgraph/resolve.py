"""A name a user types -> the entity it denotes: one call for ``kzgraph align`` and the question API.

:func:`explain_name` asks an :class:`~kzgraph.align.Aligner` and, for a name
given without its language, also each language of the name's script, so the
German "Nasarbajew" finds Nursultan Nazarbayev.  ``kzgraph align NAME``
prints its answer; ``KZGraph.resolve`` (every ``kzgraph query`` command)
takes the same answer before it looks in the graph's own names, through an
aligner over the stored entities (:func:`entity_table`).

Examples
--------
>>> from kzgraph.ontology import Ontology
>>> from kzgraph.pipeline import aligner_for
>>> aligner = aligner_for(Ontology.load())
>>> explain_name(aligner, "Nasarbajew").decision.entity.name
'Nursultan Nazarbayev'
>>> explain_name(aligner, "Tokajewa").decision is None   # a woman's name outside uk/ru/pl: vetoed
True
>>> explain_name(aligner, "Tokajewa", "pl").decision.entity.name   # the Polish genitive
'Kassym-Jomart Tokayev'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from .errors import OntologyError
from .graph_model import names_from_properties
from .names import MORPHOLOGY_LANGS, has_cyrillic
from .ontology import LABELS, EntityDef

# Languages tried, in order, for a name given without one: the aligner's own
# guess first, then non-Slavic spellings (which keep a final -a: a woman's
# name stays hers), then the Slavic ones (where -a, -u, -ем… are case endings).
LATIN_RETRY = ("en", "fr", "de", "it", "es", "pl")
# Cyrillic names are retried in the languages whose inflection pymorphy3 reads.
CYRILLIC_RETRY = tuple(sorted(MORPHOLOGY_LANGS))


def explain_name(aligner, name: str, lang: str | None = None):
    """The :class:`~kzgraph.align.Explanation` that decides what ``name`` denotes.

    With ``lang``, the aligner's answer in that language.  Without it, the
    answer for the aligner's guess, else the first language of the name's
    script that finds an entity.  A gender veto stands: a name that one
    language reads as the other gender's form of a person is not read as a
    case form by the next.
    """
    first = aligner.explain(name, lang)
    if first.decision is not None or lang is not None or _vetoed(first):
        return first
    for guess in CYRILLIC_RETRY if has_cyrillic(name) else LATIN_RETRY:
        found = aligner.explain(name, guess)
        if found.decision is not None or _vetoed(found):
            return found
    return first


def _vetoed(explanation) -> bool:
    return bool(explanation.vetoed)


@dataclass(frozen=True, eq=False)
class EntityTable:
    """Entity definitions an :class:`~kzgraph.align.Aligner` matches names against.

    The aligner reads an ontology's ``entities`` and ``entity(id)`` only; this
    is that part alone, for entities that come from a store rather than from
    ``ontology/`` (a discovered entity is found in any inflection too).  Like
    an ``Ontology`` it is hashed by identity: the names layer keeps one label
    index per table.
    """

    entities: Mapping[str, EntityDef]

    def entity(self, entity_id: str) -> EntityDef:
        try:
            return self.entities[entity_id]
        except KeyError:
            raise OntologyError(f"no entity {entity_id!r} among the stored entities") from None


def entity_table(rows: Iterable[dict]) -> EntityTable:
    """The stored entities of ``q_entity_names`` rows (``id``, ``name``, ``type``, ``properties``)."""
    defs = {}
    for r in rows:
        defs[r["id"]] = EntityDef(id=r["id"], name=r["name"], type=r["type"] or "CONCEPT",
                                  label=LABELS.get(r["type"], "Concept"), pref=(("en", (r["name"],)),),
                                  alt=names_from_properties(r["properties"] or {}))
    return EntityTable(defs)


__all__ = ["explain_name", "EntityTable", "entity_table", "LATIN_RETRY", "CYRILLIC_RETRY"]
