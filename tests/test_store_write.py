"""The idempotent batched writer and the read API, against the real embedded store and
(through ``any_store``) a real Neo4j."""

from __future__ import annotations

import dataclasses

import pytest

from kzgraph.errors import StoreError, StoreUnavailable, UsageError
from kzgraph.graph import KnowledgeGraph
from kzgraph.model import Document, Entity, EntityMention, Quantity, Relation
from kzgraph.store import open_store, stop_embedded
from kzgraph.store.plan import plan_write
from readback import readback


def _relationship_props(store) -> list[dict]:
    return readback(store, "relations", subject=None, predicate=None, object=None, limit=100_000)


def test_store_write_model_of_the_design(any_store, gold_graph):
    report = any_store.write(gold_graph)
    assert report.documents == 5 and report.entities == len(gold_graph.entities)
    stats = any_store.stats()
    assert stats["nodes"]["Document"] == 5
    assert stats["nodes"]["Entity"] == len(gold_graph.entities)
    assert stats["nodes"]["Claim"] == len(gold_graph.relations) + len(gold_graph.quantities)
    assert stats["relationships"]["SUBJECT"] == len(gold_graph.relations)
    assert stats["relationships"]["STATED_IN"] == len(gold_graph.relations) + len(gold_graph.quantities)
    [tokayev] = readback(any_store, "entity_by_id", id="kassym-jomart-tokayev")
    assert tokayev["e"]["_labels"] == ["Entity", "Person"]
    assert tokayev["e"]["name"] == "Kassym-Jomart Tokayev"
    assert "Касим-Жомарт Токаєв" in tokayev["e"]["aliases"]
    assert any(k.startswith("names_") for k in tokayev["e"])
    [kz] = readback(any_store, "entity_by_id", id="kazakhstan")
    assert kz["e"]["_labels"] == ["Country", "Entity"]  # the ontology's label wins over GPE
    [aid] = readback(any_store, "relations", subject="kassym-jomart-tokayev", predicate="REQUESTED_AID_FROM",
                       object="collective-security-treaty-organization", limit=5)
    assert (aid["cameo"], aid["plover"]) == ("0232", "REQUEST")
    assert aid["n_claims"] >= 2 and len(aid["doc_ids"]) >= 2 and aid["doc_ids"] == sorted(aid["doc_ids"])
    evidence = readback(any_store, "claims_for_relationship", subject="kassym-jomart-tokayev",
                          predicate="REQUESTED_AID_FROM", object="collective-security-treaty-organization")
    assert len(evidence) == aid["n_claims"]
    assert all(e["sentence"] and e["doc"] in aid["doc_ids"] for e in evidence)


def test_store_write_twice_changes_no_count_and_no_aggregate(any_store, gold_graph):
    any_store.write(gold_graph)
    stats, rels = any_store.stats(), _relationship_props(any_store)
    again = any_store.write(gold_graph)
    assert again.nodes_created == 0 and again.relationships_created == 0
    assert any_store.stats() == stats
    assert _relationship_props(any_store) == rels  # n_claims, doc_ids, langs not doubled


def test_store_write_synthetic_graph_idempotent_in_small_batches(any_store, make_graph):
    graph = make_graph(300)
    first = any_store.write(graph, batch_size=7)
    assert first.relationships == 300 and first.batches > 300 // 7
    stats = any_store.stats()
    typed = sum(n for t, n in stats["relationships"].items() if t in any_store.ontology.predicates)
    assert typed == 300
    any_store.write(graph, batch_size=1000)
    assert any_store.stats() == stats


def test_store_write_in_parts_aggregates_across_loads(any_store, gold_graph):
    """Loading the corpus document by document gives the graph of one load."""
    parts = []
    for doc_id in gold_graph.documents:
        part = KnowledgeGraph(documents={doc_id: gold_graph.documents[doc_id]},
                              entities=dict(gold_graph.entities),
                              mentions=[m for m in gold_graph.mentions if m.doc == doc_id],
                              relations={k: r for k, r in gold_graph.relations.items() if r.doc == doc_id},
                              quantities={k: q for k, q in gold_graph.quantities.items() if q.doc == doc_id})
        parts.append(part)
    for part in parts:
        any_store.write(part)
    stats, rels = any_store.stats(), _relationship_props(any_store)
    any_store.reset()
    any_store.write(gold_graph)
    assert any_store.stats() == stats
    assert _relationship_props(any_store) == rels


def test_store_write_unions_names_of_successive_loads(any_store):
    doc1 = Document("d1", "", "a.txt", "uk")
    doc2 = Document("d2", "", "b.txt", "pl")
    first = KnowledgeGraph(documents={"d1": doc1}, entities={
        "x": Entity("x", "X Person", "PERSON", aliases=("Ікс",), names=(("uk", ("Ікс",)),))})
    second = KnowledgeGraph(documents={"d2": doc2}, entities={
        "x": Entity("x", "X Person", "PERSON", aliases=("Iks",), names=(("pl", ("Iks",)),),
                    wikidata="Q1")})
    any_store.write(first)
    any_store.write(second)
    any_store.write(first)
    [row] = readback(any_store, "entity_by_id", id="x")
    assert row["e"]["aliases"] == ["Iks", "Ікс"]
    assert (row["e"]["names_uk"], row["e"]["names_pl"], row["e"]["wikidata"]) == (["Ікс"], ["Iks"], "Q1")
    assert row["e"]["lookup"] == ["iks", "x person", "ікс"]
    for typed in ("IKS", "ікс", "x person"):  # found through the index, whichever load brought the name
        assert [r["id"] for r in any_store.read("q_entity_by_name", name=typed)] == ["x"]
    assert any_store.read("q_entity_by_name", name="Y Person") == []


def test_store_write_interrupted_then_rerun_completes(kz_home, gold_graph, tmp_path):
    """The server dies after a few batches; a rerun of the same write completes the graph."""
    with open_store(home=tmp_path / "ref") as ref:
        ref.write(gold_graph)
        expected, expected_rels = ref.stats(), _relationship_props(ref)
    stop_embedded(tmp_path / "ref")

    with open_store(home=kz_home) as s:
        s.reset()
        batches = []

        def die_after_three(done, total):
            batches.append(done)
            if len(batches) == 4:  # progress(0) plus three batches
                stop_embedded(kz_home)

        with pytest.raises(StoreUnavailable, match="stopped answering"):
            s.write(gold_graph, batch_size=20, progress=die_after_three)
    with open_store(home=kz_home) as s:
        partial = s.stats()
        assert 0 < sum(partial["nodes"].values()) < sum(expected["nodes"].values())
        s.write(gold_graph, batch_size=20)
        assert s.stats() == expected
        assert _relationship_props(s) == expected_rels


def test_store_write_progress_reports_every_row(any_store, gold_graph):
    seen = []
    any_store.write(gold_graph, batch_size=25, progress=lambda done, total: seen.append((done, total)))
    total = sum(len(step.rows) for step in plan_write(gold_graph, any_store.ontology))
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize("predicate", [
    "X]->() DETACH DELETE n //",
    "REQUESTED_AID_FROM]->(x) WITH x MATCH (n) DETACH DELETE n //",
    "requested_aid_from",
    "NOT_IN_THE_INVENTORY",
    "",
])
def test_store_write_refuses_predicates_outside_the_inventory(any_store, gold_graph, predicate):
    rel = next(iter(gold_graph.relations.values()))
    gold_graph.relations[rel.id] = dataclasses.replace(rel, predicate=predicate)
    with pytest.raises(StoreError, match="refusing relationship type .*predicate inventory"):
        any_store.write(gold_graph)
    assert any_store.stats()["nodes"] == {}  # validated before anything was written


@pytest.mark.parametrize("entity_type", ["Person) DETACH DELETE (n", "PERSON:Admin", "person", "ROBOT"])
def test_store_write_refuses_unknown_entity_types(any_store, entity_type):
    graph = KnowledgeGraph(entities={"x": Entity("x", "X", entity_type)})
    with pytest.raises(StoreError, match=r"entity 'x' has type .*kzgraph knows PERSON"):
        any_store.write(graph)
    assert any_store.stats()["nodes"] == {}


@pytest.mark.parametrize("broken, match", [
    (lambda g: g.mentions.append(EntityMention("nobody", "d1", "N", 0, 1)), "entity 'nobody'"),
    (lambda g: g.relations.update(r=Relation("r", "x", "DETAINED", "nodoc", "s", 0, 1, "en", object="x")),
     "document 'nodoc'"),
    (lambda g: g.quantities.update(q=Quantity("q", "detained", 5, "d1", "s", 0, 1, "en",
                                              according_to="ghost")),
     "entity 'ghost'"),
    (lambda g: g.quantities.update(q=Quantity("q", "abducted_by_aliens", 5, "d1", "s", 0, 1, "en")),
     "kind 'abducted_by_aliens'"),
    (lambda g: g.entities.update(x=Entity("x", "X", "PERSON", names=(("u k'", ("X",)),))),
     "language code \"u k'\""),
])
def test_store_write_refuses_inconsistent_graphs(any_store, broken, match):
    graph = KnowledgeGraph(documents={"d1": Document("d1", "", "a.txt", "en")},
                           entities={"x": Entity("x", "X", "PERSON")})
    broken(graph)
    with pytest.raises(StoreError, match=match):
        any_store.write(graph)
    assert any_store.stats()["nodes"] == {}


@pytest.mark.parametrize("size", [0, -1, 1.5, "10", True])
def test_store_write_refuses_bad_batch_sizes(any_store, gold_graph, size):
    with pytest.raises(UsageError, match="batch size must be a positive integer"):
        any_store.write(gold_graph, batch_size=size)


def test_store_write_carries_awkward_text(any_store):
    sentence = 'quotes " \' ` backslash \\ newline \n tab \t NUL \x00 emoji 🚀 кирилиця'
    graph = KnowledgeGraph(documents={"d": Document("d", "", "a.txt", "uk")},
                           entities={"x": Entity("x", "X", "PERSON"), "y": Entity("y", "Y", "ORG")},
                           relations={"r": Relation("r", "x", "SPOKE_WITH", "d", sentence, 0, 9, "uk",
                                                    object="y")})
    any_store.write(graph)
    [claim] = readback(any_store, "claims_for_relationship", subject="x", predicate="SPOKE_WITH", object="y")
    # A legitimate difference: FalkorDB's parameter header cannot carry NUL, so the embedded
    # store writes U+FFFD for it; Neo4j's Bolt strings carry it unchanged.
    expected = sentence if any_store.backend == "neo4j" else sentence.replace("\x00", "\ufffd")
    assert claim["sentence"] == expected


def test_store_read_refuses_wrong_parameters(any_store):
    with pytest.raises(UsageError, match=r"takes parameters \['id'\]; missing \['id'\], unknown \['name'\]"):
        any_store.read("q_entity_by_id", name="x")
    with pytest.raises(UsageError, match="no Cypher statement 'no_such_statement'"):
        any_store.read("no_such_statement")
    with pytest.raises(UsageError, match="is a template"):
        any_store.read("write_relationships", rows=[])


@pytest.mark.parametrize("text", [
    "CREATE (n:Entity {id: 'evil'})",
    "MATCH (n) DETACH DELETE n",
    "MERGE (n:Document {id: $id}) RETURN n",
])
def test_store_query_refuses_writes(any_store, gold_graph, text):
    any_store.write(gold_graph)
    before = any_store.stats()
    with pytest.raises(UsageError, match="this statement writes"):
        any_store.query(text, id="x")
    assert any_store.stats() == before


def test_store_query_returns_plain_rows(any_store, gold_graph):
    any_store.write(gold_graph)
    rows = any_store.query("MATCH (e:Person {id: $id})-[r:REQUESTED_AID_FROM]->(o) "
                       "RETURN e, r, o.name AS name ORDER BY name", id="kassym-jomart-tokayev")
    assert rows and all(set(row) == {"e", "r", "name"} for row in rows)
    assert rows[0]["e"]["_labels"] == ["Entity", "Person"] and rows[0]["r"]["_type"] == "REQUESTED_AID_FROM"
    with pytest.raises(StoreError, match="refused the statement"):
        any_store.query("MATCH (n RETURN n")


def test_store_reads_of_the_query_api(any_store, gold_graph):
    any_store.write(gold_graph)
    found = readback(any_store, "entity_search", name="КАСИМ-ЖОМАРТ токаєв", limit=5)
    assert [r["e"]["id"] for r in found] == ["kassym-jomart-tokayev"]
    figures = readback(any_store, "claims_by_kind", kind="detained")
    assert {4266, 5969} <= {f["value"] for f in figures}
    assert any(f["according_to"] == "ministry-of-internal-affairs-of-kazakhstan" for f in figures)
    neighbours = readback(any_store, "neighbours", id="collective-security-treaty-organization", limit=50)
    assert {"kassym-jomart-tokayev", "kazakhstan"} <= {n["id"] for n in neighbours}
    timeline = readback(any_store, "timeline", limit=100)
    assert [t["date"] for t in timeline] == sorted(t["date"] for t in timeline)


def test_store_shortest_paths_ignore_direction(any_store):
    docs = {"d": Document("d", "", "a.txt", "en", "2022-01-06")}
    ents = {k: Entity(k, k.upper(), "ORG") for k in "abcde"}
    # a->b<-c->d and a->e->d: the shortest a..d is a-e-d (2 hops); b..c needs a reversed hop.
    triples = [("a", "SENT_TROOPS_TO", "b"), ("c", "GUARDS", "b"), ("c", "DEPLOYED_TO", "d"),
               ("a", "SPOKE_WITH", "e"), ("e", "SPOKE_WITH", "d")]
    rels = {f"r{i}": Relation(f"r{i}", s, p, "d", "s", 0, 1, "en", object=o, date="2022-01-06")
            for i, (s, p, o) in enumerate(triples)}
    any_store.write(KnowledgeGraph(documents=docs, entities=ents, relations=rels))
    [path] = any_store.shortest_paths("a", "d", max_hops=4)
    assert [(h["from"], h["predicate"], h["to"]) for h in path] == [("a", "SPOKE_WITH", "e"),
                                                                    ("e", "SPOKE_WITH", "d")]
    assert path[0]["n_claims"] == 1 and path[0]["n_docs"] == 1
    [back] = any_store.shortest_paths("b", "d", max_hops=2)
    assert [(h["subject"], h["object"], h["from"]) for h in back] == [("c", "b", "b"), ("c", "d", "c")]
    assert any_store.shortest_paths("a", "d", max_hops=1) == []
    assert any_store.shortest_paths("a", "nobody") == []


def test_store_shortest_paths_around_a_hub_are_the_same_from_either_end(any_store):
    """The search widens the side with fewer relationships first; the answer must not depend on it."""
    docs = {"d": Document("d", "", "a.txt", "en", "2022-01-06")}
    spokes = [f"s{i:03d}" for i in range(150)]
    ents = {k: Entity(k, k.upper(), "ORG") for k in ["a", "b", "c", "hub", *spokes]}
    # a-hub-x-b (hub has 150 more neighbours) and a-c-b: the shortest a..b is a-c-b;
    # a..s000 can only go through the hub.
    triples = [("a", "SPOKE_WITH", "hub"), ("a", "SPOKE_WITH", "c"), ("c", "SPOKE_WITH", "b"),
               *[("hub", "SENT_TROOPS_TO", s) for s in spokes], ("s001", "GUARDS", "b")]
    rels = {f"r{i}": Relation(f"r{i}", s, p, "d", "s", 0, 1, "en", object=o)
            for i, (s, p, o) in enumerate(triples)}
    any_store.write(KnowledgeGraph(documents=docs, entities=ents, relations=rels))

    def nodes(paths):
        return sorted([h["from"] for h in p] + [p[-1]["to"]] for p in paths)

    assert nodes(any_store.shortest_paths("a", "b")) == [["a", "c", "b"]]
    assert nodes(any_store.shortest_paths("b", "a")) == [["b", "c", "a"]]
    assert nodes(any_store.shortest_paths("a", "s000")) == [["a", "hub", "s000"]]
    assert nodes(any_store.shortest_paths("s000", "c", max_hops=4)) == [["s000", "hub", "a", "c"]]
    assert nodes(any_store.shortest_paths("s000", "s002")) == [["s000", "hub", "s002"]]
    assert any_store.shortest_paths("s000", "s002")[0][0]["n_docs"] == 1


@pytest.mark.parametrize("args, match", [
    (("a", "a"), "two different entities"),
    (("a", "b", 0), "max_hops must be an integer from 1 to 10"),
    (("a", "b", 11), "max_hops must be an integer from 1 to 10"),
    (("a", "b", 2, 0), "limit must be a positive integer"),
    (("", "b"), "a_id must be an entity id"),
])
def test_store_shortest_paths_refuse_bad_arguments(any_store, args, match):
    with pytest.raises(UsageError, match=match):
        any_store.shortest_paths(*args)


def test_store_reset_empties_the_graph(any_store, gold_graph):
    any_store.write(gold_graph)
    deleted = any_store.reset()
    assert deleted == 5 + len(gold_graph.entities) + len(gold_graph.relations) + len(gold_graph.quantities)
    assert any_store.stats() == {"nodes": {}, "relationships": {}, "total": {"nodes": 0, "relationships": 0}}


def test_store_stats_total_counts_each_node_once(any_store, gold_graph):
    any_store.write(gold_graph)
    stats = any_store.stats()
    [row] = any_store.query("MATCH (n) RETURN count(n) AS n")
    assert stats["total"]["nodes"] == row["n"] < sum(stats["nodes"].values())
    assert stats["total"]["relationships"] == sum(stats["relationships"].values())


def test_store_shortest_paths_avoid_labels_between_the_ends(any_store):
    # a and b both CALLED c "terrorists" (a concept): two hops; through actors: a-d-e-b, three.
    doc = Document("d", "", "a.txt", "en")
    ents = {"a": Entity("a", "A", "PERSON"), "b": Entity("b", "B", "PERSON"), "c": Entity("c", "terrorists", "CONCEPT"),
            "d": Entity("d", "D", "ORG"), "e": Entity("e", "E", "GPE")}
    triples = [("a", "CALLED", "c"), ("b", "CALLED", "c"), ("a", "SPOKE_WITH", "d"), ("d", "SPOKE_WITH", "e"),
               ("e", "SPOKE_WITH", "b")]
    rels = {f"r{i}": Relation(f"r{i}", s, p, "d", f"{s} {p} {o}.", 10 * i, 10 * i + 5, "en", object=o)
            for i, (s, p, o) in enumerate(triples)}
    any_store.write(KnowledgeGraph(documents={"d": doc}, entities=ents, relations=rels))
    free = any_store.shortest_paths("a", "b", 4, 10)
    assert [[h["to"] for h in p] for p in free] == [["c", "b"]]
    actors = any_store.shortest_paths("a", "b", 4, 10, avoid=("Concept",))
    assert [[h["to"] for h in p] for p in actors] == [["d", "e", "b"]]
    assert any_store.shortest_paths("a", "c", 4, 10, avoid=("Concept",))  # an end may be a concept
    with pytest.raises(UsageError, match="avoid must be a sequence of labels"):
        any_store.shortest_paths("a", "b", 4, 10, avoid="Concept")
