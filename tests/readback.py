"""Read back what the writer wrote, through statements only the tests send (``tests/cypher/``).

kzgraph's own reads are the ``q_*`` statements in ``cypher/``; these seven
look at the stored graph as the writer leaves it (raw nodes, every typed
relationship, every claim of a kind), which the tests assert on.

>>> sorted(p.stem for p in TEST_CYPHER.glob("*.cypher"))[:3]
['claims_by_kind', 'claims_for_relationship', 'entity_by_id']
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kzgraph.errors import UsageError
from kzgraph.store.cypher import statement

TEST_CYPHER = Path(__file__).resolve().parent / "cypher"


def readback(store, name: str, /, **params: Any) -> list[dict]:
    """Run ``tests/cypher/<name>.cypher`` read-only on ``store`` with exactly its parameters."""
    st = statement(name, TEST_CYPHER)
    missing = [p for p in st.params if p not in params]
    extra = sorted(set(params) - set(st.params))
    if missing or extra:
        raise UsageError(f"statement {name!r} takes parameters {list(st.params)}; "
                         f"missing {missing}, unknown {extra}")
    return store.query(st.text, **params)
