"""Role claims of a graph's triples, read the way the role tests compare them."""

from __future__ import annotations


def roles_by_title(triples: set[tuple[str, str, str]]) -> dict[str, set[str]]:
    """HOLDS_ROLE triples (subject, predicate, object) as title -> the names holding it."""
    out: dict[str, set[str]] = {}
    for s, p, o in triples:
        if p == "HOLDS_ROLE":
            out.setdefault(o, set()).add(s)
    return out
