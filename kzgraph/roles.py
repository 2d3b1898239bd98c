"""One role, one row: the roles an actor holds, as stated in the corpus and as the ontology knows them.

A role is a title and what it is held in: "President of Kazakhstan", "Chairman
of the Security Council of Kazakhstan".  The corpus states the same role in
several spellings: with or without an article, or by two titles the ontology
relates (``skos:related`` between role titles in ``ontology/relations_roles.ttl``:
a "Head" of a body is its "Chairman"; a country's "Leader" its "President").
Such spellings are one role; the most attested spelling names it.

Examples
--------
>>> titles = {"head": {"chairman"}, "chairman": {"head"}}
>>> role_key("Chairman of the Security Council of Kazakhstan", titles)
('chairman', 'security council of kazakhstan')
>>> role_key("Head of Security Council of Kazakhstan", titles) == role_key(
...     "Chairman of Security Council of Kazakhstan", titles)
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .ontology import Ontology

# Articles dropped when comparing the body of a role ("of the Security Council").
_ARTICLES = re.compile(r"\b(?:the|a|an)\b\s*", re.IGNORECASE)


@dataclass(frozen=True)
class StatedRole:
    """A role the corpus states, with the claims behind its spellings."""

    name: str
    n_claims: int
    langs: tuple[str, ...]
    spellings: tuple[str, ...]


def role_key(role: str, related: dict[str, set[str]]) -> tuple[str, str]:
    """``(title group, body)`` of a role: related titles share one group, articles do not count."""
    text = " ".join(_ARTICLES.sub("", role).split()).lower()
    title, _, body = text.partition(" of ")
    group = min({title} | related.get(title, set()))
    return group, body


@lru_cache(maxsize=8)
def related_titles(ontology: Ontology) -> dict[str, set[str]]:
    """Lower-cased English role titles → the titles the ontology relates to each (both ways)."""
    sets = ontology.lexical_sets_of("rel-role")
    title_of = {s.id: str(s.value).lower() for s in sets if s.value}
    related: dict[str, set[str]] = {}
    for s in sets:
        for other in s.related:
            a, b = title_of.get(s.id), title_of.get(other)
            if a and b:
                related.setdefault(a, set()).add(b)
                related.setdefault(b, set()).add(a)
    return related


def stated_roles(rows: Iterable, ontology: Ontology, known: Iterable[str] = ()) -> tuple[StatedRole, ...]:
    """The HOLDS_ROLE ``rows`` (relation rows with a literal role) merged into one row per role.

    A role the ontology records for the entity (``known``) is named as the ontology spells
    it; otherwise by its most attested spelling.
    """
    related = related_titles(ontology)
    spelled = {role_key(r, related): r for r in known}
    groups: dict[tuple[str, str], list] = {}
    for row in rows:
        groups.setdefault(role_key(row.target, related), []).append(row)
    roles = []
    for key, members in groups.items():
        best = max(members, key=lambda r: (r.n_claims, -len(r.target), r.target)).target
        roles.append(StatedRole(spelled.get(key, best), sum(r.n_claims for r in members),
                                tuple(sorted({lang for r in members for lang in r.langs})),
                                tuple(sorted({r.target for r in members}))))
    return tuple(sorted(roles, key=lambda r: (-r.n_claims, r.name)))


def background_roles(known: Iterable[str], stated: Iterable[StatedRole], ontology: Ontology) -> tuple[str, ...]:
    """The ontology's roles of an entity that the corpus does not state (in any spelling)."""
    related = related_titles(ontology)
    said = {role_key(s, related) for role in stated for s in role.spellings}
    return tuple(dict.fromkeys(r for r in known if role_key(r, related) not in said))


__all__ = ["StatedRole", "role_key", "related_titles", "stated_roles", "background_roles"]
