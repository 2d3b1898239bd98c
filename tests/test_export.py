"""Exports: RDF (Turtle, JSON-LD) via rdflib, GraphML via networkx, CSV for neo4j-admin.

The source is the hand annotation of the seeds as model records
(``gold_graph``), exported directly and after a round trip through a real
embedded store, plus one person no ontology lists (``DISCOVERED``), standing
for an entity discovered in the corpus.
"""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kzgraph.align import Aligner
from kzgraph.errors import KzGraphError, UsageError
from kzgraph.export import FORMATS, NEO4J_ADMIN_COMMAND, Snapshot, export, to_rdf
from kzgraph.graph import KnowledgeGraph
from kzgraph.model import Document, Entity
from kzgraph.ontology import Ontology
from kzgraph.query import KZGraph
from kzgraph.resources import data_dir
from kzgraph.vocab import KZ, KZE, KZP, KZQ

TURGUMBAYEV = KZE["yerlan-turgumbayev"]
DISCOVERED = Entity("x-ajdos-ukibaj", "Ajdos Ukibaj", "PERSON", aliases=("Айдос Укибай", "Укибая"),
                    names=(("pl", ("Ajdos Ukibaj",)), ("ru", ("Айдос Укибай", "Укибая"))))


@pytest.fixture
def snapshot(gold_graph) -> Snapshot:
    snap = Snapshot.from_graph(gold_graph)
    return replace(snap, entities=snap.entities + (DISCOVERED,))


def test_export_snapshot_round_trips_through_the_store(store, gold_graph):
    store.write(gold_graph)
    stored = KZGraph(store, Ontology.load()).snapshot()
    direct = Snapshot.from_graph(gold_graph)
    # documents keep their metadata, not their text; everything else is equal
    assert [(d.id, d.lang, d.path, d.title) for d in stored.documents] == \
        [(d.id, d.lang, d.path, d.title) for d in direct.documents]
    assert set(stored.entities) == set(direct.entities)
    assert set(stored.claims) == set(direct.claims)
    assert set(stored.quantities) == set(direct.quantities)
    assert set(stored.mentions) == set(direct.mentions)
    assert stored.counts() == direct.counts() == {"entities": 56, "documents": 5, "claims": 72,
                                                  "figures": 21, "relationships": 24}


# -- RDF ----------------------------------------------------------------------------

def test_export_turtle_has_skos_labels_per_language(snapshot, tmp_path):
    report = export(snapshot, "turtle", tmp_path / "kz.ttl", ontology=Ontology.load())
    g = Graph().parse(tmp_path / "kz.ttl", format="turtle")
    node = KZE[DISCOVERED.id]
    assert (node, RDF.type, KZ.Person) in g
    assert (node, SKOS.prefLabel, Literal("Ajdos Ukibaj", lang="en")) in g
    assert {(str(o), o.language) for o in g.objects(node, SKOS.altLabel)} == {
        ("Ajdos Ukibaj", "pl"), ("Айдос Укибай", "ru"), ("Укибая", "ru")}
    # every form the corpus used is a label of its entity, in its language
    for ent in snapshot.entities:
        labels = {(str(o), o.language) for p in (SKOS.prefLabel, SKOS.altLabel)
                  for o in g.objects(KZE[ent.id], p)}
        assert {(form, lang) for lang, forms in ent.names for form in forms} <= labels, ent.id
    assert (KZE["kazakhstan"], RDF.type, KZ.Country) in g  # the ontology's class, not the type's
    assert report.entities == 57 and report.paths == (str(tmp_path / "kz.ttl"),)


def test_export_turtle_relations_and_claims_with_provenance(snapshot):
    g = to_rdf(snapshot, Ontology.load())
    tokayev, csto = KZE["kassym-jomart-tokayev"], KZE["collective-security-treaty-organization"]
    assert (tokayev, KZP["REQUESTED_AID_FROM"], csto) in g
    claims = list(g.subjects(RDF.predicate, KZP["REQUESTED_AID_FROM"]))
    about_csto = [c for c in claims if (c, RDF.object, csto) in g]
    assert len(about_csto) == 5  # one per language
    for claim in about_csto:
        assert (claim, RDF.type, RDF.Statement) in g and (claim, RDF.subject, tokayev) in g
        assert g.value(claim, PROV.wasDerivedFrom) is not None
        assert g.value(claim, KZ.sentence).language in {"uk", "ru", "en", "fr", "pl"}
    charge = next(c for c in g.subjects(RDF.predicate, KZP["ARRESTED_ON_CHARGE"]))
    assert g.value(charge, RDF.object) == Literal("treason", lang="uk")


def test_export_turtle_figures_with_their_sources(snapshot):
    g = to_rdf(snapshot, Ontology.load())
    figures = {int(g.value(f, RDF.value)): f for f in g.subjects(KZ.quantityKind, KZQ["detained"])}
    assert sorted(figures) == [100, 4000, 4266, 5000, 5135, 5969]
    assert g.value(figures[5135], PROV.wasAttributedTo) == TURGUMBAYEV
    assert str(g.value(figures[5969], KZ.asOf)) == "2022-01-09"
    assert g.value(figures[5000], KZ.qualifier) == Literal("more than", lang="en")
    assert (figures[4266], RDF.type, KZ.Figure) in g


def test_export_turtle_grows_the_ontology(snapshot, tmp_path):
    """The Turtle loads as ontology data: discovered entities become resolvable, in any form."""
    folder = tmp_path / "ontology"
    folder.mkdir()
    for name in ("predicates.ttl", "quantities.ttl"):
        shutil.copy(data_dir("ontology") / name, folder / name)
    export(snapshot, "turtle", folder / "corpus.ttl", ontology=Ontology.load())
    grown = Ontology.load(folder)
    assert grown.entities[DISCOVERED.id].labels("ru") == ("Айдос Укибай", "Укибая")
    aligner = Aligner(grown)
    assert aligner.resolve("Ajdos Ukibaj", "pl").entity.id == DISCOVERED.id
    assert aligner.resolve("Айдоса Укибая", "ru").entity.id == DISCOVERED.id  # inflected
    assert aligner.resolve("Jerłan Turgumbajew", "pl").entity.id == "yerlan-turgumbayev"


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_export_jsonld_holds_the_same_triples(snapshot, tmp_path):
    export(snapshot, "turtle", tmp_path / "kz.ttl")
    export(snapshot, "jsonld", tmp_path / "kz.jsonld")
    data = json.loads((tmp_path / "kz.jsonld").read_text(encoding="utf-8"))
    assert data["@context"]["skos"] == str(SKOS) and data["@graph"]
    turtle = Graph().parse(tmp_path / "kz.ttl", format="turtle")
    jsonld = Graph().parse(tmp_path / "kz.jsonld", format="json-ld")
    assert len(jsonld) == len(turtle) > 1000
    assert (KZE[DISCOVERED.id], SKOS.altLabel, Literal("Укибая", lang="ru")) in jsonld


# -- GraphML ------------------------------------------------------------------------

def test_export_graphml_opens_with_networkx(snapshot, tmp_path):
    export(snapshot, "graphml", tmp_path / "kz.graphml")
    g = nx.read_graphml(tmp_path / "kz.graphml")
    assert g.number_of_nodes() == 57 and g.number_of_edges() == 24
    node = g.nodes["collective-security-treaty-organization"]
    assert node["label"] == "Collective Security Treaty Organization" and node["type"] == "ORG"
    assert "ОДКБ" in node["aliases"]
    edges = g.get_edge_data("kassym-jomart-tokayev", "collective-security-treaty-organization")
    edge = next(iter(edges.values()))
    assert edge["predicate"] == "REQUESTED_AID_FROM" and edge["n_claims"] == 5
    assert edge["langs"] == "en, fr, pl, ru, uk" and edge["first_date"] == "2022-01-05"


# -- CSV for neo4j-admin -------------------------------------------------------------

def _read(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


@pytest.mark.parametrize("name, header", [
    ("entities.csv", ["id:ID(Entity)", ":LABEL", "name", "type", "wikidata", "aliases:string[]",
                      "lookup:string[]",
                      "names_en:string[]", "names_fr:string[]", "names_pl:string[]", "names_ru:string[]",
                      "names_uk:string[]"]),
    ("documents.csv", ["id:ID(Document)", ":LABEL", "title", "lang", "date", "path"]),
    ("claims.csv", ["id:ID(Claim)", ":LABEL", "predicate", "literal", "date", "sentence", "lang",
                    "confidence:float", "kind", "value:long", "qualifier", "as_of", "triple"]),
    ("relationships.csv", [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "first_date", "last_date",
                           "doc_ids:string[]", "langs:string[]", "n_claims:int", "cameo", "plover"]),
    ("claim_links.csv", [":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"]),
    ("stated_in.csv", [":START_ID(Claim)", ":END_ID(Document)", ":TYPE", "start:int", "end:int"]),
    ("mentioned_in.csv", [":START_ID(Entity)", ":END_ID(Document)", ":TYPE", "count:int", "forms:string[]"]),
])
def test_export_csv_headers_for_neo4j_admin(snapshot, tmp_path, name, header):
    export(snapshot, "csv", tmp_path / "import", ontology=Ontology.load())
    got, _ = _read(tmp_path / "import" / name)
    assert got == header


def test_export_csv_rows_mirror_the_graph_model(snapshot, tmp_path):
    report = export(snapshot, "csv", tmp_path / "import", ontology=Ontology.load())
    folder = tmp_path / "import"
    _, entities = _read(folder / "entities.csv")
    by_id = {r["id:ID(Entity)"]: r for r in entities}
    assert len(by_id) == 57
    assert by_id["kazakhstan"][":LABEL"] == "Entity;Country"
    assert by_id["almaty"][":LABEL"] == "Entity;Location"
    assert set(by_id["collective-security-treaty-organization"]["aliases:string[]"].split(";")) >= {"ОДКБ", "ODKB"}
    assert {"одкб", "odkb"} <= set(by_id["collective-security-treaty-organization"]["lookup:string[]"].split(";"))
    _, claims = _read(folder / "claims.csv")
    assert len(claims) == 72 + 21
    figure = next(r for r in claims if r["value:long"] == "5135")
    assert (figure["kind"], figure["predicate"]) == ("detained", "DETAINED_COUNT")
    assert {r["triple"] for r in claims if r["predicate"] == "SENT_TROOPS_TO"} >= {"russia|SENT_TROOPS_TO|kazakhstan"}
    _, links = _read(folder / "claim_links.csv")
    assert {r[":TYPE"] for r in links} == {"SUBJECT", "OBJECT", "ACCORDING_TO"}
    _, rels = _read(folder / "relationships.csv")
    aid = next(r for r in rels if r[":START_ID(Entity)"] == "kassym-jomart-tokayev"
               and r[":END_ID(Entity)"] == "collective-security-treaty-organization")
    assert (aid[":TYPE"], aid["n_claims:int"], aid["cameo"]) == ("REQUESTED_AID_FROM", "5", "0232")
    _, stated = _read(folder / "stated_in.csv")
    assert len(stated) == 93
    script = (folder / "neo4j-admin-import.sh").read_text(encoding="utf-8")
    assert NEO4J_ADMIN_COMMAND in script and "neo4j-admin database import full" in script
    assert "neo4j-admin database import full" in str(report)


def test_export_csv_ids_reference_existing_nodes(snapshot, tmp_path):
    export(snapshot, "csv", tmp_path)
    ids = {space: {r[f"id:ID({space})"] for r in _read(tmp_path / f"{name}.csv")[1]}
           for space, name in (("Entity", "entities"), ("Document", "documents"), ("Claim", "claims"))}
    for name in ("relationships", "claim_links", "stated_in", "mentioned_in"):
        header, rows = _read(tmp_path / f"{name}.csv")
        start = header[0][len(":START_ID("):-1]
        end = header[1][len(":END_ID("):-1]
        assert all(r[header[0]] in ids[start] and r[header[1]] in ids[end] for r in rows), name


# -- sources, formats, errors ---------------------------------------------------------

def test_export_accepts_a_knowledge_graph(gold_graph, tmp_path):
    report = export(gold_graph, "graphml", tmp_path / "g.graphml")
    assert report.entities == 56 and (tmp_path / "g.graphml").stat().st_size > 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_empty_graph(fmt, tmp_path):
    out = tmp_path / ("out" if fmt == "csv" else f"out.{fmt}")
    report = export(KnowledgeGraph(), fmt, out)
    assert report.entities == 0 and out.exists()


def test_export_to_stdout(snapshot, capfdbinary):
    export(Snapshot(entities=snapshot.entities[:1]), "turtle", "-")
    assert b"skos:prefLabel" in capfdbinary.readouterr().out


def test_export_untagged_aliases_keep_loading(tmp_path):
    # An alias with no language (not in any names_<lang>) is tagged "und".
    snap = Snapshot(entities=(Entity("x-a", "Alpha", "ORG", aliases=("ALF",)),),
                    documents=(Document("d", "", "d.txt", "en"),))
    g = to_rdf(snap)
    assert (KZE["x-a"], SKOS.altLabel, Literal("ALF", lang="und")) in g


@pytest.mark.parametrize("fmt, out, error, message", [
    ("rdfxml", "x.rdf", UsageError, "unknown export format 'rdfxml'"),
    ("csv", "-", UsageError, "writes a folder"),
    ("turtle", "missing/dir/x.ttl", KzGraphError, "does not exist"),
    ("turtle", ".", UsageError, "is a folder"),
])
def test_export_rejects_bad_targets(snapshot, tmp_path, monkeypatch, fmt, out, error, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(error, match=message):
        export(snapshot, fmt, out)


def test_export_csv_into_a_file_fails(snapshot, tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(KzGraphError, match="f"):
        export(snapshot, "csv", tmp_path / "f")


def test_export_entity_uris_are_safe(tmp_path):
    g = to_rdf(Snapshot(entities=(Entity("a b/c", "A", "PERSON"),)))
    assert URIRef(str(KZE) + "a%20b%2Fc") in set(g.subjects())
