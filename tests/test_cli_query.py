"""``kzgraph query …`` and ``kzgraph export`` against a real embedded store.

The store of this module holds the hand annotation of the seeds
(``gold_graph``, model records), written once; the empty-graph cases use a
store of their own.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kzgraph.cli import main
from kzgraph.store import open_store

_WRITTEN: set[str] = set()


@pytest.fixture
def home(kz_home, gold_graph):
    """The module's store folder ($KZGRAPH_HOME), holding the gold graph."""
    if str(kz_home) not in _WRITTEN:
        with open_store(home=kz_home) as store:
            store.reset()
            store.write(gold_graph)
        _WRITTEN.add(str(kz_home))
    return kz_home


def run(*args: str, home=None):
    env = {"KZGRAPH_HOME": str(home)} if home is not None else {}
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


@pytest.mark.parametrize("name", ["Tokajew", "Токаєва", "CSTO", "ОДКБ"])
def test_cli_query_actor_any_language(home, name):
    result = run("query", "actor", name, home=home)
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first.split("  (")[0] in {"Kassym-Jomart Tokayev", "Collective Security Treaty Organization"}
    assert "outgoing:" in result.output and "incoming:" in result.output


def test_cli_query_actor_json(home):
    result = run("query", "actor", "Tokajew", "--json", home=home)
    data = json.loads(result.output)
    assert data["id"] == "kassym-jomart-tokayev"
    assert data["aliases"]["pl"] == ["Kasyma-Żomarta Tokajewa"]
    assert any(r["predicate"] == "REQUESTED_AID_FROM" and r["n_claims"] == 5 for r in data["outgoing"])


def test_cli_query_actor_unknown_name_exits_1_with_closest(home):
    result = run("query", "actor", "Tokajevski Nobody", home=home)
    assert result.exit_code == 1
    assert "Error: no entity matches 'Tokajevski Nobody' (closest:" in result.output


def test_cli_query_actors(home):
    result = run("query", "actors", "--top", "3", "--by", "evidence", home=home)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "top 3 by evidence" and lines[1].split() == [
        "name", "type", "degree", "evidence", "mentions", "documents"]
    assert lines[3].startswith("Kassym-Jomart Tokayev") and len(lines) == 6


def test_cli_query_actors_bad_type_exits_2(home):
    result = run("query", "actors", "--type", "Planet", home=home)
    assert result.exit_code == 2 and "unknown entity type 'Planet'" in result.output


def test_cli_query_who_sent_troops(home):
    result = run("query", "who", "SENT_TROOPS_TO", "Казахстан", "--json", home=home)
    assert result.exit_code == 0
    assert {r["subject"] for r in json.loads(result.output)} == {
        "Collective Security Treaty Organization", "Russia", "Belarus", "Armenia", "Kyrgyzstan", "Tajikistan"}


def test_cli_query_who_asked_the_csto(home):
    result = run("query", "who", "requested aid from", "ОДКБ", home=home)
    assert result.exit_code == 0
    rows = result.output.splitlines()[2:]
    assert len(rows) == 1 and rows[0].startswith("Kassym-Jomart Tokayev  REQUESTED_AID_FROM")


def test_cli_query_who_unknown_predicate(home):
    result = run("query", "who", "INVADED", "Kazakhstan", home=home)
    assert result.exit_code == 1 and "no predicate 'INVADED' in the inventory" in result.output


def test_cli_query_relations(home):
    result = run("query", "relations", "--predicate", "ARRESTED_ON_CHARGE", "--json", home=home)
    assert [(r["subject"], r["object"]) for r in json.loads(result.output)] == [("Karim Masimov", "treason")]
    result = run("query", "relations", "--subject", "Токаєв", "--since", "2022-01-06", home=home)
    assert result.exit_code == 0 and "shoot to kill without warning" in result.output
    bad = run("query", "relations", "--since", "yesterday", home=home)
    assert bad.exit_code == 2 and "since must be an ISO date" in bad.output


def test_cli_query_paths(home):
    result = run("query", "paths", "Nazarbayev", "Russia", "--max-hops", "2", home=home)
    assert result.exit_code == 0, result.output
    assert "Nursultan Nazarbayev -[LEFT_COUNTRY]-> Kazakhstan <-[SENT_TROOPS_TO]- Russia" in result.output
    assert "“" in result.output  # every hop shows its evidence sentence
    data = json.loads(run("query", "paths", "Nazarbayev", "Russia", "--json", home=home).output)
    assert {p["length"] for p in data} == {2}


def test_cli_query_paths_no_path_exits_1(home):
    result = run("query", "paths", "Masimov", "CSTO", home=home)  # Masimov has no typed relation
    assert result.exit_code == 1
    assert "no path between Karim Masimov and Collective Security Treaty Organization within 4 hops" in result.output


def test_cli_query_timeline(home):
    result = run("query", "timeline", home=home)
    assert result.exit_code == 0
    dates = [line.split()[0] for line in result.output.splitlines()[2:]]
    assert dates == sorted(dates) and dates[0] == "2022-01-05"
    one = run("query", "timeline", "Tokayev", "--json", home=home)
    assert {r["subject"] for r in json.loads(one.output)} == {"Kassym-Jomart Tokayev"}


def test_cli_query_claims(home):
    result = run("query", "claims", "detained", "--json", home=home)
    figures = json.loads(result.output)
    assert [f["value"] for f in figures] == [100, 4000, 4266, 5000, 5135, 5969]
    assert {f["lang"] for f in figures} == {"uk", "pl", "en"}
    table = run("query", "claims", "detained", home=home).output
    assert "Yerlan Turgumbayev" in table and "2022-01-09" in table


def test_cli_query_claims_limit(home):
    result = run("query", "claims", "detained", "--limit", "2", "--json", home=home)
    assert [f["value"] for f in json.loads(result.output)] == [100, 4000]
    assert run("query", "claims", "detained", "--limit", "0", home=home).exit_code == 2


def test_cli_query_claims_unknown_kind(home):
    result = run("query", "claims", "arested", home=home)
    assert result.exit_code == 1 and "closest: arrested" in result.output


def test_cli_query_conflicts(home):
    result = run("query", "conflicts", "--json", home=home)
    kinds = {c["kind"]: c for c in json.loads(result.output)}
    assert kinds["detained"]["values"] == [100, 4000, 4266, 5000, 5135, 5969]
    assert "troops" in kinds and "killed" not in kinds


def test_cli_query_cypher(home):
    result = run("query", "cypher", "MATCH (e:Entity {id: $id}) RETURN e.name AS name", "-p", "id=kazakhstan",
                 home=home)
    assert result.exit_code == 0 and result.output.splitlines()[2] == "Kazakhstan"
    as_json = run("query", "cypher", "MATCH (e:Person) RETURN count(e) AS n", "--json", home=home)
    assert json.loads(as_json.output) == [{"n": 10}]


@pytest.mark.parametrize("args, code, message", [
    (["CREATE (:Entity {id: 'x'})"], 2, "writes"),
    (["RETURN $x", "-p", "x"], 2, "is not NAME=VALUE"),
    (["MATCH (e RETURN e"], 1, "refused"),
])
def test_cli_query_cypher_errors(home, args, code, message):
    result = run("query", "cypher", *args, home=home)
    assert result.exit_code == code and message in result.output


@pytest.mark.parametrize("fmt, name", [("turtle", "kz.ttl"), ("jsonld", "kz.jsonld"), ("graphml", "kz.graphml"),
                                       ("csv", "import")])
def test_cli_export(home, tmp_path, fmt, name):
    out = tmp_path / name
    result = run("export", "--format", fmt, "-o", str(out), home=home)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {fmt} to ") and "56 entities" in result.output
    assert out.exists()
    if fmt == "turtle":
        assert len(Graph().parse(out, format="turtle")) > 1000
    if fmt == "csv":
        assert "neo4j-admin database import full neo4j" in result.output


def test_cli_export_turtle_to_stdout(home):
    result = run("export", "--format", "turtle", "-o", "-", home=home)
    assert result.exit_code == 0 and "skos:prefLabel" in result.output


def test_cli_export_bad_format_exits_2(home, tmp_path):
    result = run("export", "--format", "xml", "-o", str(tmp_path / "x"), home=home)
    assert result.exit_code == 2


@pytest.mark.parametrize("args", [["query", "actors"], ["query", "timeline"], ["query", "claims"],
                                  ["query", "conflicts"], ["query", "relations"]])
def test_cli_query_empty_graph(fresh_home, args):
    result = run(*args, home=fresh_home)
    assert result.exit_code == 0 and "(no rows)" in result.output


def test_cli_query_actor_on_an_empty_graph(fresh_home):
    result = run("query", "actor", "Tokajew", home=fresh_home)
    assert result.exit_code == 1 and "the graph is empty; load documents first" in result.output


def test_cli_export_empty_graph(fresh_home, tmp_path):
    result = run("export", "--format", "csv", "-o", str(tmp_path / "empty"), home=fresh_home)
    assert result.exit_code == 0 and "0 entities" in result.output
