"""A figure's status, denier, scope and as-of source reach the store (embedded, and Neo4j
through ``any_store``) on both write paths: new documents and documents the store holds."""

from __future__ import annotations

import dataclasses

from readback import readback


def test_store_figures_keep_status_scope_and_denier(any_store, gold_graph):
    detained = sorted(q.id for q in gold_graph.quantities.values() if q.what == "detained")
    first, rest = detained[0], detained[1:]
    gold_graph.quantities[first] = dataclasses.replace(
        gold_graph.quantities[first], status="denied", denied_by="ministry-of-internal-affairs-of-kazakhstan",
        scope="in:almaty", as_of="2022-01-09", as_of_source="stated")
    for _ in range(2):  # the second write merges the claims the first created
        any_store.write(gold_graph)
        rows = {r["id"]: r for r in readback(any_store, "claims_by_kind", kind="detained")}
        assert {k: rows[first][k] for k in ("status", "denied_by", "scope", "as_of", "as_of_source")} == {
            "status": "denied", "denied_by": "ministry-of-internal-affairs-of-kazakhstan", "scope": "in:almaty",
            "as_of": "2022-01-09", "as_of_source": "stated"}
        assert all(rows[q]["status"] == "asserted" and rows[q]["scope"] is None for q in rest if q in rows)


def test_store_conflicts_compare_only_figures_of_one_kind_and_scope(any_store, gold_graph, ontology):
    """A one-village count is not set against national totals, one country's troops not against
    the whole contingent, and a denied figure counts only when asked (issue 13, item 3)."""
    from kzgraph.query import KZGraph

    detained = sorted((q for q in gold_graph.quantities.values() if q.what == "detained"), key=lambda q: q.value)
    village, denied = detained[0], detained[-1]
    gold_graph.quantities[village.id] = dataclasses.replace(village, scope="part-of:almaty-region")
    gold_graph.quantities[denied.id] = dataclasses.replace(denied, status="denied")
    any_store.write(gold_graph)
    g = KZGraph(any_store, ontology)
    national = [c for c in g.conflicts() if c.kind == "detained" and c.scope is None]
    assert national and village.value not in national[0].values and denied.value not in national[0].values
    assert not any(c.scope == "part-of:almaty-region" for c in g.conflicts())  # one figure: nothing to compare
    with_denied = [c for c in g.conflicts(include_denied=True) if c.kind == "detained" and c.scope is None]
    assert denied.value in with_denied[0].values
    assert denied.value not in [f.value for f in g.claims("detained")]
    assert [f.status for f in g.claims("detained", include_denied=True) if f.value == denied.value] == ["denied"]
    assert "scope" in g.conflicts().to_dict()[0] and "status" in g.claims("detained").to_dict()[0]


def test_store_conflicts_leave_out_negated_and_planned_figures(any_store, gold_graph, ontology):
    """'Russia will send 3,000 troops' or 'were not detained' count nothing that happened: they
    are in claims() with their status, never set against counts (issue 13, item 2)."""
    from kzgraph.query import KZGraph

    detained = sorted((q for q in gold_graph.quantities.values() if q.what == "detained"), key=lambda q: q.value)
    planned, negated = detained[0], detained[1]
    gold_graph.quantities[planned.id] = dataclasses.replace(planned, status="planned")
    gold_graph.quantities[negated.id] = dataclasses.replace(negated, status="negated")
    any_store.write(gold_graph)
    g = KZGraph(any_store, ontology)
    values = [v for c in g.conflicts(include_denied=True) if c.kind == "detained" for v in c.values]
    assert planned.value not in values and negated.value not in values
    statuses = {f.value: f.status for f in g.claims("detained")}
    assert statuses[planned.value] == "planned" and statuses[negated.value] == "negated"
