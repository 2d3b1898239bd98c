"""The pipeline room: one load and one extraction, and the start-up caches it reads."""

from __future__ import annotations

import pickle

import pytest
from click.testing import CliRunner

from kzgraph import cache, pipeline
from kzgraph.cli import main
from kzgraph.corpus import LANGUAGES, document_from_text
from kzgraph.ontology import Ontology
from kzgraph.query import KZGraph

TEXT = "5 січня Касим-Жомарт Токаєв звернувся до ОДКБ. Поліція затримала 4266 людей."


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KZGRAPH_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_pipeline_extract_and_load_write_the_same_graph(fresh_home, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    graph = pipeline.extract(doc)
    with KZGraph.open(home=fresh_home) as g:
        report = g.load(doc)
        stored = g.snapshot()
        [count] = g.cypher("MATCH (n) RETURN count(n) AS nodes").to_dict()
        labels = g.stats()["nodes"]
    assert (report.documents, report.entities, report.relations, report.quantities) == \
        (len(graph.documents), len(graph.entities), len(graph.relations), len(graph.quantities))
    assert {e.id for e in stored.entities} == set(graph.entities)
    # The report counts each node once, whatever its labels (the per-label counts overlap).
    assert (report.nodes_before, report.nodes_after) == (0, count["nodes"])
    assert count["nodes"] < sum(labels.values())


def test_cache_ontology_is_the_parsed_ontology_and_keeps_a_warm_aligner(own_cache):
    first = cache.ontology()
    again = cache.ontology()
    fresh = Ontology.load()
    assert again is not first and again.entities == fresh.entities and again.predicates == fresh.predicates
    warm = cache.aligner(again)
    assert cache.aligner(cache.ontology()).resolve("Токаєва", "uk").entity.id == "kassym-jomart-tokayev"
    assert warm.resolve("Kasyma-Żomarta Tokajewa", "pl").entity.id == "kassym-jomart-tokayev"
    stored = pickle.loads(next(own_cache.glob("ontology-*.pickle")).read_bytes())
    assert stored["aligner"] is not None and stored["aligner"].ontology is stored["ontology"]


def test_cache_ontology_reads_an_edited_folder_again(own_cache, tmp_path):
    """An edited Turtle file names another pickle, so the next process parses the folder again."""
    import shutil

    from kzgraph.resources import data_dir

    folder = tmp_path / "onto"
    shutil.copytree(data_dir("ontology"), folder)
    assert "kazakhstan" in cache.ontology(folder).entities
    before = cache._ontology_path(folder.resolve())
    assert before.exists()
    ttl = folder / "entities.ttl"
    ttl.write_text(ttl.read_text(encoding="utf-8").replace('"Kazakhstan"@en', '"Qazaqstan"@en', 1),
                   encoding="utf-8")
    after = cache._ontology_path(folder.resolve())
    assert after != before and not after.exists()


@pytest.mark.parametrize("text", ["Протестувальники захопили аеропорт у місті.", "Les manifestants ont saisi l'aéroport.",
                                  "Demonstranten besetzten den Flughafen.", "Протестующие захватили аэропорт.", "abc"])
def test_cache_language_identifier_classifies_as_py3langid(own_cache, text):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    reference.set_languages([lang for lang in LANGUAGES if lang in set(reference.labels)])
    cold = cache.language_identifier(tuple(LANGUAGES))
    warm = cache.language_identifier(tuple(LANGUAGES))
    assert reference.classify(text) == cold.classify(text) == warm.classify(text)


def test_pipeline_align_and_query_resolve_a_name_through_the_same_call(fresh_home, tmp_path):
    """`kzgraph align` without --lang tries the languages of the name's script, as the queries do."""
    result = CliRunner().invoke(main, ["align", "Nasarbajew"])
    assert result.exit_code == 0 and result.output.startswith("Nursultan Nazarbayev\t")
    vetoed = CliRunner().invoke(main, ["align", "Tokajewa"])
    assert vetoed.exit_code == 1 and "no entity matches 'Tokajewa'" in vetoed.output


def test_pipeline_extract_graph_of_a_document():
    graph = pipeline.extract_graph([document_from_text("Police detained 5,969 people in Almaty.", lang="en")])
    assert [q.value for q in graph.quantities.values()] == [5969]
