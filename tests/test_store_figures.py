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
