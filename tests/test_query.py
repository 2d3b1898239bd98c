"""KZGraph's questions against a real embedded store and a real Neo4j, each holding a small
hand-built graph.

The graph is built from ``kzgraph.model`` records (not from extraction), so
these tests do not depend on extraction quality: Tokayev asked the CSTO for
help (two claims, uk and en), the CSTO and Russia sent troops to Kazakhstan,
Tokayev dismissed Masimov, the authorities detained him on a charge of
treason, a minister the ontology does not list gives a conflicting figure,
and one organisation has no relation at all.
"""

from __future__ import annotations

import os
import sys

import networkx as nx
import pytest

from kzgraph.errors import KzGraphError, NoPath, NotFound, UsageError
from kzgraph.graph import KnowledgeGraph
from kzgraph.graph_model import quantity_id, relation_id
from kzgraph.model import Document, Entity, EntityMention, Quantity, Relation
from kzgraph.ontology import Ontology
from kzgraph.query import KZGraph
from kzgraph.results import (Actor, ActorRank, Conflict, EntityRef, Figure, GraphPath, RelationRow, Results,
                             Table, TimelineEvent)
from kzgraph.store import open_store

ENTITIES = [
    # id, name, type, {lang: forms}
    ("kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "PERSON",
     {"uk": ("Касим-Жомарт Токаєв", "Токаєва"), "pl": ("Kassym-Żomart Tokajew",)}),
    ("csto", "Collective Security Treaty Organization", "ORG",
     {"uk": ("ОДКБ",), "en": ("CSTO",), "pl": ("ODKB",)}),
    ("kazakhstan", "Kazakhstan", "GPE", {"uk": ("Казахстан",), "en": ("Kazakhstan",)}),
    ("russia", "Russia", "GPE", {"en": ("Russia",), "pl": ("Rosja",)}),
    ("karim-masimov", "Karim Masimov", "PERSON", {"uk": ("Карім Масімов", "Масімова")}),
    ("kazakh-authorities", "Kazakh authorities", "GROUP", {"uk": ("влада",)}),
    ("x-jerlan-turgumbajew", "Jerłan Turgumbajew", "PERSON", {"pl": ("Jerłan Turgumbajew",)}),
    ("delovaya-stolitsa", "Delovaya Stolitsa", "ORG", {"ru": ("Деловая столица",)}),
]
DOCS = [("d-uk", "uk", "2022-01-06"), ("d-en", "en", "2022-01-10"), ("d-pl", "pl", None),
        ("d-ru", "ru", None)]
RELATIONS = [
    # subject, predicate, object, literal, doc, date, sentence
    ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto", None, "d-uk", "2022-01-05",
     "Токаєв звернувся до ОДКБ по допомогу."),
    ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto", None, "d-en", "2022-01-05",
     "Tokayev asked the CSTO for help."),
    ("csto", "SENT_TROOPS_TO", "kazakhstan", None, "d-uk", "2022-01-06", "ОДКБ направила війська."),
    ("russia", "SENT_TROOPS_TO", "kazakhstan", None, "d-en", None, "Russia sent troops."),
    ("russia", "MEMBER_OF", "csto", None, "d-pl", None, "Rosja należy do ODKB."),
    ("kassym-jomart-tokayev", "DISMISSED", "karim-masimov", None, "d-pl", None,
     "Tokajew zdymisjonował Masimowa."),
    ("kazakh-authorities", "DETAINED", "karim-masimov", None, "d-uk", "2022-01-08",
     "Влада затримала Масімова."),
    ("karim-masimov", "ARRESTED_ON_CHARGE", None, "treason", "d-uk", "2022-01-08",
     "Масімова затримали за підозрою в державній зраді."),
    ("x-jerlan-turgumbajew", "HOLDS_ROLE", None, "Minister of Internal Affairs", "d-pl", None,
     "Minister spraw wewnętrznych Jerłan Turgumbajew."),
]
QUANTITIES = [
    # kind, value, qualifier, according_to, as_of, doc
    ("detained", 4266, None, "kazakh-authorities", None, "d-uk"),
    ("detained", 5135, None, "x-jerlan-turgumbajew", None, "d-pl"),
    ("detained", 5969, None, None, "2022-01-09", "d-en"),
    ("killed", 164, "about", None, None, "d-en"),
]


def build_query_graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for doc_id, lang, date in DOCS:
        graph.documents[doc_id] = Document(doc_id, "", f"{doc_id}.txt", lang, date, title=f"Report {lang}")
    for eid, name, etype, names in ENTITIES:
        aliases = tuple(sorted({f for forms in names.values() for f in forms} - {name}))
        graph.entities[eid] = Entity(eid, name, etype, aliases=aliases, names=tuple(sorted(names.items())))
        for lang, forms in names.items():
            doc = next(d for d, lg, _ in DOCS if lg == lang)
            for n, form in enumerate(forms):
                graph.mentions.append(EntityMention(eid, doc, form, 10 * n, 10 * n + len(form)))
    for n, (s, p, o, literal, doc, date, sentence) in enumerate(RELATIONS):
        rid = relation_id(s, p, o, literal, doc, n)
        lang = next(lg for d, lg, _ in DOCS if d == doc)
        graph.relations[rid] = Relation(rid, s, p, doc, sentence, 100 * n, 100 * n + len(sentence), lang,
                                        object=o, literal=literal, date=date, confidence=0.9)
    for n, (kind, value, qualifier, source, as_of, doc) in enumerate(QUANTITIES):
        qid = quantity_id(kind, value, doc, n)
        lang = next(lg for d, lg, _ in DOCS if d == doc)
        graph.quantities[qid] = Quantity(qid, kind, value, doc, f"{value} {kind}.", n, n + 5, lang,
                                         qualifier=qualifier, according_to=source, as_of=as_of)
    return graph


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def kz(request, kz_home):
    """A KZGraph over the embedded store, then over the test Neo4j, holding the graph above
    (written once per module and backend)."""
    if request.param == "embedded":
        store = open_store(home=kz_home)
    else:
        store = open_store(request.getfixturevalue("neo4j_uri"),
                           user=os.environ.get("KZGRAPH_TEST_NEO4J_USER", "neo4j"),
                           database=os.environ.get("KZGRAPH_TEST_NEO4J_DATABASE") or None)
    store.reset()
    store.write(build_query_graph())
    graph = KZGraph(store, Ontology.load())
    try:
        yield graph
    finally:
        if request.param == "neo4j":
            store.reset()  # the test Neo4j is shared by the modules: leave it empty
        graph.close()


@pytest.fixture
def pandas():
    """pandas, an optional extra (``pip install -e '.[pandas]'``): to_df() tests need it."""
    return pytest.importorskip("pandas")


@pytest.fixture
def empty(fresh_home):
    graph = KZGraph.open(home=fresh_home)
    try:
        yield graph
    finally:
        graph.close()


# -- names ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, lang, expected", [
    ("Tokajew", None, "kassym-jomart-tokayev"),
    ("Токаєва", None, "kassym-jomart-tokayev"),
    ("Kassym-Jomart Tokayev", None, "kassym-jomart-tokayev"),
    ("CSTO", None, "csto"),
    ("ОДКБ", None, "csto"),
    ("odkb", None, "csto"),
    ("csto", None, "csto"),  # an id
    ("Jerłan Turgumbajew", None, "x-jerlan-turgumbajew"),  # discovered: not in the ontology
    ("Turgumbajewa", "pl", "x-jerlan-turgumbajew"),  # inflected, through the graph's aligner
    ("Масімова", None, "karim-masimov"),
    ("  Russia ", None, "russia"),
])
def test_query_resolve_any_language_and_inflection(kz, name, lang, expected):
    assert kz.resolve(name, lang).id == expected


def test_query_resolve_unknown_name_lists_closest_names(kz):
    with pytest.raises(NotFound, match=r"no entity matches 'Tokajevski Turgumbajew' \(closest: .*Turgumbajew"):
        kz.resolve("Tokajevski Turgumbajew")


def test_query_resolve_ontology_entity_missing_from_the_graph(kz):
    # The ontology knows the Kazakh police; this graph has no such entity.
    with pytest.raises(NotFound, match="in the ontology, but the graph has no such entity"):
        kz.resolve("Kazakh police")


@pytest.mark.parametrize("bad", ["", "   ", None])
def test_query_resolve_rejects_empty_names(kz, bad):
    with pytest.raises(UsageError, match="non-empty string"):
        kz.resolve(bad)


def test_query_empty_graph_says_so(empty):
    with pytest.raises(NotFound, match="the graph is empty; load documents first"):
        empty.actor("Tokajew")


@pytest.mark.parametrize("call", [
    lambda g: g.actors(), lambda g: g.relations(), lambda g: g.timeline(), lambda g: g.claims(),
    lambda g: g.claims("detained"), lambda g: g.conflicts(),
])
def test_query_empty_graph_gives_empty_results(empty, call):
    result = call(empty)
    assert isinstance(result, Results) and len(result) == 0 and not result
    assert "(no rows)" in str(result)


def test_query_empty_graph_network_and_cypher(empty):
    assert empty.to_networkx().number_of_nodes() == 0
    table = empty.cypher("MATCH (e:Entity) RETURN e.name AS name")
    assert len(table) == 0 and str(table) == "(no rows)"


# -- actor ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Tokajew", "Токаєва", "Kassym-Żomart Tokajew"])
def test_query_actor_profile(kz, name):
    actor = kz.actor(name)
    assert isinstance(actor, Actor)
    assert (actor.id, actor.name, actor.type) == ("kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "PERSON")
    assert "Person" in actor.labels
    assert actor.aliases_by_lang["uk"] == ("Касим-Жомарт Токаєв", "Токаєва")
    assert actor.aliases_by_lang["pl"] == ("Kassym-Żomart Tokajew",)
    out = {(r.predicate, r.target): r for r in actor.outgoing}
    aid = out[("REQUESTED_AID_FROM", "Collective Security Treaty Organization")]
    assert (aid.n_claims, aid.langs, aid.first_date, aid.last_date) == (2, ("en", "uk"), "2022-01-05", "2022-01-05")
    assert ("DISMISSED", "Karim Masimov") in out
    assert actor.incoming == ()
    assert actor.langs == ("pl", "uk")
    assert actor.mentions == 3 and {d.id for d in actor.documents} == {"d-uk", "d-pl"}


def test_query_actor_incoming_relations_and_roles(kz):
    masimov = kz.actor("Карім Масімов")
    assert {(r.subject.name, r.predicate) for r in masimov.incoming} == {
        ("Kassym-Jomart Tokayev", "DISMISSED"), ("Kazakh authorities", "DETAINED")}
    assert [(r.predicate, r.literal, r.object) for r in masimov.outgoing] == [
        ("ARRESTED_ON_CHARGE", "treason", None)]
    minister = kz.actor("Jerłan Turgumbajew")
    assert minister.roles == ("Minister of Internal Affairs",)


def test_query_actor_reads_well_and_converts(kz, pandas):
    actor = kz.actor("ОДКБ")
    text = str(actor)
    assert text.startswith("Collective Security Treaty Organization  (ORG, id csto)")
    assert "uk  ОДКБ" in text and "incoming:" in text and "SENT_TROOPS_TO" in text
    data = actor.to_dict()
    assert data["aliases"]["pl"] == ["ODKB"] and data["outgoing"][0]["subject"] == actor.name
    df = actor.to_df()
    assert set(df["direction"]) == {"in", "out"}
    assert {"subject", "predicate", "object", "n_claims", "evidence"} <= set(df.columns)


def test_query_actor_unknown_name(kz):
    with pytest.raises(NotFound, match="closest"):
        kz.actor("Zzyzx Qwerty")


# -- actors ---------------------------------------------------------------------------

def test_query_actors_by_degree_and_evidence(kz):
    by_degree = kz.actors(top=3)
    assert [a.name for a in by_degree][:2] == ["Collective Security Treaty Organization",
                                               "Kassym-Jomart Tokayev"]
    assert all(isinstance(a, ActorRank) for a in by_degree)
    assert by_degree[0].degree == 3  # REQUESTED_AID_FROM in, SENT_TROOPS_TO out, MEMBER_OF in
    # claims naming it: the CSTO 4 (2 requests, troops, membership); Tokayev and
    # Masimov 3 each, Tokayev first on mentions
    by_evidence = kz.actors(top=3, by="evidence")
    assert [(a.name, a.evidence) for a in by_evidence] == [
        ("Collective Security Treaty Organization", 4), ("Kassym-Jomart Tokayev", 3), ("Karim Masimov", 3)]


@pytest.mark.parametrize("type_, expected", [
    ("PERSON", {"Kassym-Jomart Tokayev", "Karim Masimov", "Jerłan Turgumbajew"}),
    ("Person", {"Kassym-Jomart Tokayev", "Karim Masimov", "Jerłan Turgumbajew"}),
    ("gpe", {"Kazakhstan", "Russia"}),
    ("Group", {"Kazakh authorities"}),
])
def test_query_actors_by_type(kz, type_, expected):
    assert {a.name for a in kz.actors(top=50, type=type_)} == expected


@pytest.mark.parametrize("kwargs, message", [
    ({"by": "fame"}, "by must be one of degree, evidence"),
    ({"type": "Planet"}, "unknown entity type 'Planet'"),
    ({"top": 0}, "top must be a positive integer"),
])
def test_query_actors_rejects_bad_arguments(kz, kwargs, message):
    with pytest.raises(UsageError, match=message):
        kz.actors(**kwargs)


# -- relations and who ------------------------------------------------------------------

@pytest.mark.parametrize("predicate", ["SENT_TROOPS_TO", "sent_troops_to", "sent troops to"])
def test_query_who_sent_troops(kz, predicate):
    rows = kz.who(predicate, obj="Казахстан")
    assert {r.subject.name for r in rows} == {"Collective Security Treaty Organization", "Russia"}
    assert all(isinstance(r, RelationRow) and r.object.id == "kazakhstan" for r in rows)


def test_query_who_requested_aid_from_the_csto(kz):
    rows = kz.who("REQUESTED_AID_FROM", obj="ОДКБ")
    assert len(rows) == 1
    row = rows[0]
    assert (row.subject.name, row.n_claims, row.langs) == ("Kassym-Jomart Tokayev", 2, ("en", "uk"))
    assert row.evidence in {"Токаєв звернувся до ОДКБ по допомогу.", "Tokayev asked the CSTO for help."}
    assert set(row.doc_ids) == {"d-uk", "d-en"}


def test_query_relations_literal_objects_answer_on_what_charge(kz):
    rows = kz.relations(predicate="ARRESTED_ON_CHARGE")
    assert [(r.subject.name, r.target, r.object) for r in rows] == [("Karim Masimov", "treason", None)]
    detained = kz.relations(predicate="DETAINED")
    assert [(r.subject.name, r.target) for r in detained] == [("Kazakh authorities", "Karim Masimov")]


@pytest.mark.parametrize("kwargs, expected", [
    ({"subject": "Tokajew"}, {("REQUESTED_AID_FROM", "Collective Security Treaty Organization"),
                              ("DISMISSED", "Karim Masimov")}),
    ({"obj": "Kazakhstan", "since": "2022-01-06"}, {("SENT_TROOPS_TO", "Kazakhstan")}),
    ({"until": "2022-01-05"}, {("REQUESTED_AID_FROM", "Collective Security Treaty Organization")}),
    ({"since": "2022-01-07", "until": "2022-01"}, set()),
    ({"subject": "Russia", "predicate": "MEMBER_OF"}, {("MEMBER_OF", "Collective Security Treaty Organization")}),
])
def test_query_relations_filters(kz, kwargs, expected):
    assert {(r.predicate, r.target) for r in kz.relations(**kwargs)} == expected


def test_query_relations_most_claimed_first_and_limit(kz):
    rows = kz.relations()
    assert rows[0].n_claims == 2 and len(rows) == 8
    assert len(kz.relations(limit=3)) == 3


@pytest.mark.parametrize("kwargs, error, message", [
    ({"predicate": "SENT_TROOPS"}, NotFound, "no predicate 'SENT_TROOPS'.*closest: SENT_TROOPS_TO"),
    ({"since": "05.01.2022"}, UsageError, "since must be an ISO date"),
    ({"subject": "Nobody Known"}, NotFound, "no entity matches 'Nobody Known'"),
    ({"limit": -1}, UsageError, "limit must be a positive integer"),
])
def test_query_relations_rejects_bad_arguments(kz, kwargs, error, message):
    with pytest.raises(error, match=message):
        kz.relations(**kwargs)


def test_query_who_needs_a_predicate(kz):
    with pytest.raises(UsageError, match="needs a predicate"):
        kz.who(None)


# -- paths ---------------------------------------------------------------------------

def test_query_paths_masimov_to_the_csto(kz):
    paths = kz.paths("Masimov", "ОДКБ")
    assert len(paths) == 1 and isinstance(paths[0], GraphPath)
    path = paths[0]
    assert [n.name for n in path.nodes] == ["Karim Masimov", "Kassym-Jomart Tokayev",
                                            "Collective Security Treaty Organization"]
    assert [(h.predicate, h.direction) for h in path.hops] == [("DISMISSED", "<-"), ("REQUESTED_AID_FROM", "->")]
    assert path.hops[0].evidence == "Tokajew zdymisjonował Masimowa." and path.hops[0].lang == "pl"
    assert path.hops[1].n_claims == 2 and path.hops[1].date == "2022-01-05"
    assert path.hops[1].source.type == "PERSON"
    text = str(paths)
    assert "Karim Masimov <-[DISMISSED]- Kassym-Jomart Tokayev -[REQUESTED_AID_FROM]-> Collective" in text
    assert "“Tokajew zdymisjonował Masimowa.”" in text


def test_query_paths_all_shortest_first(kz):
    # Tokayev reaches Russia in two hops through the CSTO only (CSTO <- MEMBER_OF - Russia).
    paths = kz.paths("Tokajew", "Russia", max_hops=3)
    assert {p.length for p in paths} == {2}
    assert [h.predicate for h in paths[0].hops] == ["REQUESTED_AID_FROM", "MEMBER_OF"]


def test_query_paths_to_df_has_one_row_per_hop(kz, pandas):
    df = kz.paths("Masimov", "CSTO").to_df()
    assert list(df["hop"]) == [1, 2] and list(df["direction"]) == ["<-", "->"]
    data = kz.paths("Masimov", "CSTO").to_dict()
    assert data[0]["length"] == 2 and data[0]["hops"][0]["source"] == "Karim Masimov"


@pytest.mark.parametrize("a, b, hops", [
    ("Masimov", "CSTO", 1),  # two hops needed
    ("Delovaya Stolitsa", "Russia", 4),  # no relations at all
])
def test_query_paths_no_path_within_max_hops(kz, a, b, hops):
    with pytest.raises(NoPath, match=f"no path between .* within {hops} hops"):
        kz.paths(a, b, max_hops=hops)


@pytest.mark.parametrize("a, b, kwargs, message", [
    ("Tokajew", "Токаєва", {}, "are the same entity"),
    ("Tokajew", "CSTO", {"max_hops": 0}, "max_hops must be an integer from 1 to 10"),
    ("Tokajew", "CSTO", {"limit": 0}, "limit must be a positive integer"),
])
def test_query_paths_rejects_bad_arguments(kz, a, b, kwargs, message):
    with pytest.raises(UsageError, match=message):
        kz.paths(a, b, **kwargs)


def test_query_paths_unknown_name(kz):
    with pytest.raises(NotFound, match="no entity matches 'Atlantis'"):
        kz.paths("Atlantis", "CSTO")


# -- timeline -----------------------------------------------------------------------

def test_query_timeline_in_date_order(kz):
    events = kz.timeline()
    assert [e.date for e in events] == sorted(e.date for e in events)
    assert all(isinstance(e, TimelineEvent) for e in events)
    assert [(e.date, e.predicate, e.target) for e in events] == [
        ("2022-01-05", "REQUESTED_AID_FROM", "Collective Security Treaty Organization"),
        ("2022-01-06", "SENT_TROOPS_TO", "Kazakhstan"),
        ("2022-01-08", "ARRESTED_ON_CHARGE", "treason"),
        ("2022-01-08", "DETAINED", "Karim Masimov"),
    ]
    assert events[0].n_claims == 2


def test_query_timeline_of_one_entity(kz):
    events = kz.timeline("Масімова")
    assert [e.predicate for e in events] == ["ARRESTED_ON_CHARGE", "DETAINED"]
    assert len(kz.timeline(limit=1)) == 1


# -- claims and conflicts -------------------------------------------------------------

@pytest.mark.parametrize("what", ["detained", "DETAINED_COUNT", "people detained", " Detained "])
def test_query_claims_side_by_side(kz, what):
    figures = kz.claims(what)
    assert [f.value for f in figures] == [4266, 5135, 5969]
    assert all(isinstance(f, Figure) and f.kind == "detained" for f in figures)
    assert [f.source.name if f.source else None for f in figures] == [
        "Kazakh authorities", "Jerłan Turgumbajew", None]
    assert [(f.lang, f.as_of, f.doc) for f in figures][2] == ("en", "2022-01-09", "d-en")
    assert figures[0].sentence == "4266 detained." and figures[0].title == "Report uk"
    assert figures[0].path == "d-uk.txt"


def test_query_claims_of_every_kind(kz):
    assert {f.kind for f in kz.claims()} == {"detained", "killed"}
    assert str(kz.claims("killed")[0]) == "killed: about 164"


def test_query_claims_limit_keeps_the_lowest_figures(kz):
    assert [f.value for f in kz.claims("detained", limit=2)] == [4266, 5135]
    assert [f.value for f in kz.claims("detained", limit=50)] == [4266, 5135, 5969]
    every = kz.claims()
    assert [(f.kind, f.value) for f in kz.claims(limit=2)] == [(f.kind, f.value) for f in every][:2]
    for bad in (0, -1, True, "2"):
        with pytest.raises(UsageError, match="limit must be a positive integer"):
            kz.claims("detained", limit=bad)


def test_query_claims_of_a_kind_go_through_the_claim_kind_index(kz):
    from kzgraph.store.cypher import statement

    text, params = statement("q_claims").text, {"kind": "detained", "limit": 5}
    if kz.store.backend == "neo4j":
        with kz.store._session(False) as session:
            plan = session.run("EXPLAIN " + text, params).consume().plan
        assert "INDEX c:Claim(kind)" in str(plan), str(plan)  # a seek, or an ordered scan for the sort
        return
    plan = kz.store._graph.explain(text, params)
    assert "Node By Index Scan | (c:Claim)" in str(plan), str(plan)


def test_query_claims_unknown_kind_lists_closest(kz):
    with pytest.raises(NotFound, match="no quantity kind 'arested'.*closest: arrested"):
        kz.claims("arested")


def test_query_conflicts(kz):
    conflicts = kz.conflicts()
    assert [c.kind for c in conflicts] == ["detained"]  # one figure for killed: no conflict
    c = conflicts[0]
    assert isinstance(c, Conflict)
    assert (c.values, c.n_figures, c.low, c.high) == ((4266, 5135, 5969), 3, 4266, 5969)
    assert c.sources == ("Jerłan Turgumbajew", "Kazakh authorities")


# -- raw cypher and networkx --------------------------------------------------------------

def test_query_cypher_with_parameters(kz, pandas):
    table = kz.cypher("MATCH (e:Person) WHERE e.name STARTS WITH $prefix RETURN e.name AS name, "
                      "e.type AS type ORDER BY name", prefix="K")
    assert isinstance(table, Table) and table.columns == ("name", "type")
    assert table.to_dict() == [{"name": "Karim Masimov", "type": "PERSON"},
                               {"name": "Kassym-Jomart Tokayev", "type": "PERSON"}]
    assert list(table.to_df()["name"]) == ["Karim Masimov", "Kassym-Jomart Tokayev"]
    assert "Karim Masimov" in str(table)


@pytest.mark.parametrize("text, error, message", [
    ("CREATE (:Entity {id: 'x'})", UsageError, "writes"),
    ("", UsageError, "empty"),
    ("MATCH (e RETURN e", KzGraphError, "refused"),
])
def test_query_cypher_refuses_writes_and_bad_queries(kz, text, error, message):
    with pytest.raises(error, match=message):
        kz.cypher(text)
    assert kz.cypher("MATCH (e:Entity {id: 'x'}) RETURN e.id AS id").to_dict() == []


def test_query_to_networkx(kz):
    g = kz.to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == len(ENTITIES) and g.number_of_edges() == 6  # literal claims have no edge
    edge = g.get_edge_data("kassym-jomart-tokayev", "csto")["REQUESTED_AID_FROM"]
    assert edge["n_claims"] == 2 and edge["cameo"] == "0232"
    assert g.nodes["csto"]["name"] == "Collective Security Treaty Organization"
    centrality = nx.degree_centrality(g)
    assert max(centrality, key=centrality.get) in {"csto", "kassym-jomart-tokayev"}


# -- result types ---------------------------------------------------------------------

@pytest.mark.parametrize("call, columns", [
    (lambda g: g.actors(top=3), {"name", "type", "degree", "evidence", "mentions", "documents"}),
    (lambda g: g.who("SENT_TROOPS_TO"), {"subject", "predicate", "object", "n_claims", "langs", "evidence"}),
    (lambda g: g.timeline(), {"date", "subject", "predicate", "object", "n_claims"}),
    (lambda g: g.claims("detained"), {"kind", "value", "qualifier", "source", "as_of", "lang", "doc"}),
    (lambda g: g.conflicts(), {"kind", "values", "n_figures", "sources"}),
])
def test_query_results_to_dict_and_to_df(kz, pandas, call, columns):
    result = call(kz)
    df = result.to_df()
    assert columns <= set(df.columns) and len(df) == len(result)
    assert [set(d) for d in result.to_dict()] == [set(r.to_dict()) for r in result]
    text = str(result)
    assert all(c in text.splitlines()[1 if result.title else 0] for c in type(result[0])._columns)


def test_query_results_are_frozen(kz):
    row = kz.who("SENT_TROOPS_TO")[0]
    with pytest.raises(AttributeError):
        row.predicate = "X"  # type: ignore[misc]
    assert EntityRef("a", "A", "PERSON").to_dict() == {"id": "a", "name": "A", "type": "PERSON"}


def test_query_to_df_without_pandas_says_how_to_install(kz, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # what `import pandas` sees when it is absent
    with pytest.raises(KzGraphError, match=r"pip install -e '\.\[pandas\]' in a checkout.*pip install pandas"):
        kz.actors().to_df()

