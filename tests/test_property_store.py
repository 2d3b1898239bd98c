"""Property-based test of how values reach the stores: as parameters, exactly.

FalkorDB takes parameters as a ``CYPHER name=value …`` header in front of
the statement, so kzgraph's quoting of that header is all that stands
between a value and the query text.  Any string (quotes, backslashes,
escapes, newlines, control characters, any script) and any nesting of lists
and maps comes back from ``RETURN $value`` exactly — NUL as U+FFFD, which the
header cannot carry, and floats to 15 significant digits — or is refused with a ``KzGraphError``; never an error
of the server, never a different value.

The same values go to Neo4j (``any_store``) through the driver's Bolt
encoding, which carries NUL and every float exactly.
"""

from __future__ import annotations

import math

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kzgraph.errors import KzGraphError

SETTINGS = settings(max_examples=200, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

PIECES = list('"\'`\\$/{}()[]:;,.\n\r\t\x00\x01\x7f\u2028\u202e\u200d') + ["\\u0041", "\\n", "*/", "/*", "//"]
strings = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**63, 2**63 - 1), strings,
                    st.floats(-1e300, 1e300))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=8), inner, max_size=4)),
    max_leaves=12)


def _same(got, want) -> bool:
    """Equal, floats to the 15 significant digits FalkorDB replies with."""
    if isinstance(want, float) and isinstance(got, (int, float)):
        return math.isclose(got, want, rel_tol=1e-14, abs_tol=1e-300)
    if isinstance(want, dict) and isinstance(got, dict):
        return got.keys() == want.keys() and all(_same(got[k], want[k]) for k in want)
    if isinstance(want, list) and isinstance(got, list):
        return len(got) == len(want) and all(_same(g, w) for g, w in zip(got, want))
    return type(got) is type(want) and got == want


def _stored(value, nul: str = "\ufffd"):
    """What the store gives back for ``value``: NUL becomes ``nul``, tuples lists."""
    if isinstance(value, str):
        return value.replace("\x00", nul)
    if isinstance(value, dict):
        return {_stored(k, nul): _stored(v, nul) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_stored(v, nul) for v in value]
    return value


@SETTINGS
@given(value=values)
@example(value='a"b\\"c\\\\')
@example(value="\\")
@example(value={"`": 1})
@example(value={"rows": [{"id": "x\") RETURN 1 //", "n": -0.0}]})
def test_property_store_parameters_come_back_exactly(any_store, value):
    try:
        [row] = any_store.query("RETURN $value AS value", value=value)
    except KzGraphError:
        return
    # FalkorDB's parameter header cannot carry NUL (U+FFFD instead); Bolt carries it
    nul = "\x00" if any_store.backend == "neo4j" else "\ufffd"
    assert _same(row["value"], _stored(value, nul)), (row["value"], value)
