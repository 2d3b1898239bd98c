"""Dates on both stores: Neo4j holds a known day as a Cypher ``date`` and a partial date
(``2022-01``, ``2022``) as text; the embedded store holds both as text.  Read back through
kzgraph, compared, ordered and aggregated, they give the same answers.

These tests reset the stores they use (``any_store``, ``neo4j_store``), so they live apart
from ``test_store_parity.py``, whose seeds graph stays loaded for the whole module.
"""

from __future__ import annotations

from kzgraph.graph import KnowledgeGraph
from kzgraph.model import Document, Entity, Quantity, Relation
from kzgraph.query import KZGraph

from readback import readback


def _dated_graph() -> KnowledgeGraph:
    """One relationship stated on a known day, in a month, and on a later day; figures as of a day
    and of a month; documents dated to the day, to the month and not at all."""
    docs = {"d1": Document("d1", "", "a.txt", "en", "2022-01-05"),
            "d2": Document("d2", "", "b.txt", "ru", "2022-01"),
            "d3": Document("d3", "", "c.txt", "uk")}
    ents = {"russia": Entity("russia", "Russia", "GPE"),
            "kazakhstan": Entity("kazakhstan", "Kazakhstan", "GPE"),
            "mvd": Entity("mvd", "Ministry", "ORG")}
    rels = {f"r{i}": Relation(f"r{i}", "russia", "SENT_TROOPS_TO", doc, f"sentence {i}", 0, 10,
                              docs[doc].lang, object="kazakhstan", date=date, confidence=0.9)
            for i, (doc, date) in enumerate([("d1", "2022-01-06"), ("d2", "2022-01"), ("d3", "2022-01-07"),
                                            ("d3", None)])}
    rels["r9"] = Relation("r9", "mvd", "DETAINED", "d2", "sentence 9", 0, 10, "ru", literal="protesters",
                          date="2022")
    figures = {"q1": Quantity("q1", "detained", 4266, "d1", "4266 detained", 0, 5, "en", as_of="2022-01-09",
                              according_to="mvd"),
               "q2": Quantity("q2", "detained", 5000, "d2", "5000 detained", 0, 5, "ru", as_of="2022-01")}
    return KnowledgeGraph(documents=docs, entities=ents, relations=rels, quantities=figures)


def test_store_dates_partial_and_full_dates_read_back_as_the_same_text(any_store, ontology):
    """Neo4j holds days as Cypher dates and partial dates as text; the embedded store holds text.
    Compared, ordered and aggregated as text, they give the same answers."""
    any_store.write(_dated_graph())
    g = KZGraph(any_store, ontology)
    [troops] = g.relations(predicate="SENT_TROOPS_TO")
    # as text, "2022-01" sorts before "2022-01-06" (a Neo4j min() would put the date first)
    assert (troops.first_date, troops.last_date, troops.n_claims) == ("2022-01", "2022-01-07", 4)
    [stored] = readback(any_store, "relations", subject="russia", predicate="SENT_TROOPS_TO", object="kazakhstan",
                              limit=1)
    assert (stored["first_date"], stored["last_date"]) == ("2022-01", "2022-01-07")
    assert [e.date for e in g.timeline()] == ["2022", "2022-01", "2022-01-06", "2022-01-07"]
    assert [r.n_claims for r in g.relations(predicate="SENT_TROOPS_TO", since="2022-01-06")] == [2]
    assert [r.n_claims for r in g.relations(predicate="SENT_TROOPS_TO", until="2022-01")] == [1]
    assert [(f.value, f.as_of) for f in g.claims("detained")] == [(4266, "2022-01-09"), (5000, "2022-01")]
    assert sorted((d["id"], d["date"]) for d in any_store.read("q_export_documents")) == [
        ("d1", "2022-01-05"), ("d2", "2022-01"), ("d3", None)]
    [hop] = g.paths("russia", "kazakhstan")[0].hops
    assert hop.date == "2022-01"  # the evidence: equal confidence, then the date first as text
    [[raw]] = any_store.shortest_paths("russia", "kazakhstan")
    assert (raw["first_date"], raw["last_date"]) == ("2022-01", "2022-01-07")

    # d3 loaded again without its 2022-01-07 claim: the relationship's dates are recomputed
    again = _dated_graph().of_documents(["d3"])
    del again.relations["r2"]
    any_store.write(again)
    [troops] = g.relations(predicate="SENT_TROOPS_TO")
    assert (troops.first_date, troops.last_date, troops.n_claims) == ("2022-01", "2022-01-06", 3)
    [stored] = readback(any_store, "relations", subject="russia", predicate="SENT_TROOPS_TO", object="kazakhstan",
                              limit=1)
    assert (stored["first_date"], stored["last_date"]) == ("2022-01", "2022-01-06")


def test_store_dates_are_cypher_dates_in_neo4j(neo4j_store):
    """In Neo4j Browser, ``WHERE r.first_date >= date('2022-01-05')`` finds relationships; partial
    dates stay text (a date compared with text is null, so they drop out of such a filter)."""
    neo4j_store.write(_dated_graph())
    types = {r["what"]: r["type"] for r in neo4j_store.query(
        "MATCH (d:Document) RETURN 'document ' + d.id AS what, valueType(d.date) AS type "
        "UNION ALL MATCH (c:Claim) RETURN 'claim ' + c.id AS what, "
        "valueType(coalesce(c.date, c.as_of)) AS type")}
    assert types["document d1"].startswith("DATE") and types["document d2"].startswith("STRING")
    assert types["claim r0"].startswith("DATE") and types["claim r1"].startswith("STRING")
    assert types["claim q1"].startswith("DATE") and types["claim q2"].startswith("STRING")
    # the relationship keeps its claims' dates as they are: the first is a month, the last a day
    [rel] = neo4j_store.query("MATCH (:Entity {id: 'russia'})-[r:SENT_TROOPS_TO]->() "
                              "RETURN valueType(r.first_date) AS first, valueType(r.last_date) AS last")
    assert rel["first"].startswith("STRING") and rel["last"].startswith("DATE"), rel
    rows = neo4j_store.query("MATCH (s:Entity)-[r]->(o:Entity) WHERE r.last_date >= date('2022-01-05') "
                             "RETURN s.id AS s, type(r) AS p, o.id AS o, r.last_date AS last")
    assert rows == [{"s": "russia", "p": "SENT_TROOPS_TO", "o": "kazakhstan", "last": "2022-01-07"}]
    assert neo4j_store.query("MATCH (c:Claim) WHERE c.date >= date('2022-01-05') "
                             "AND c.date < date('2022-01-07') RETURN c.id AS id") == [{"id": "r0"}]
    assert neo4j_store.query("MATCH (c:Claim) WHERE c.as_of = date('2022-01-09') RETURN c.value AS v") == [
        {"v": 4266}]
