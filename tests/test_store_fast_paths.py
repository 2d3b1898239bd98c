"""The writer's fast paths: new documents and entities created, relationships found by triple,
documents marked with their extractor so a reload skips them; and the start-up caches."""

from __future__ import annotations

import pytest

from kzgraph.cache import simplemma_lemmatizer
from kzgraph.graph import KnowledgeGraph
from kzgraph.pipeline import extractor_fingerprint
from kzgraph.store import open_store, stop_embedded
from kzgraph.store.falkordb_store import _params_header
from readback import readback


def _relationship_props(store) -> list[dict]:
    return readback(store, "relations", subject=None, predicate=None, object=None, limit=100_000)


def _half(graph: KnowledgeGraph, keep) -> KnowledgeGraph:
    return graph.of_documents(d for d in graph.documents if keep(d))


def test_store_write_new_and_known_documents_give_one_write_s_graph(any_store, gold_graph, tmp_path):
    """Half the documents first (created), then all (half merged, half created)."""
    with open_store(home=tmp_path / "ref") as ref:
        ref.write(gold_graph)
        expected, expected_rels = ref.stats(), _relationship_props(ref)
    stop_embedded(tmp_path / "ref")
    first = sorted(gold_graph.documents)[:2]
    any_store.write(_half(gold_graph, lambda d: d in first), batch_size=3)
    any_store.write(gold_graph, batch_size=3)
    assert any_store.stats() == expected
    assert _relationship_props(any_store) == expected_rels


def test_store_write_claims_carry_the_triple_of_their_relationship(any_store, gold_graph):
    any_store.write(gold_graph)
    rows = any_store.query("MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity) "
                       "RETURN s.id AS s, c.predicate AS p, o.id AS o, c.triple AS triple")
    assert rows and all(r["triple"] == f"{r['s']}|{r['p']}|{r['o']}" for r in rows)


def test_store_write_adds_a_label_to_a_known_entity_once(any_store, gold_graph):
    any_store.write(gold_graph)
    [before] = readback(any_store, "entity_by_id", id="kazakhstan")
    any_store.write(gold_graph)
    [after] = readback(any_store, "entity_by_id", id="kazakhstan")
    assert before["e"]["_labels"] == after["e"]["_labels"] == ["Country", "Entity"]


def test_store_write_marks_documents_with_their_extractor(any_store, gold_graph):
    ids = sorted(gold_graph.documents)
    any_store.write(gold_graph)
    assert any_store.loaded_documents(ids, "abc") == set()  # unmarked: a load would extract them
    any_store.write(gold_graph, extractor="abc")
    assert any_store.loaded_documents(ids, "abc") == set(ids)
    assert any_store.loaded_documents(ids, "other") == set()
    assert any_store.loaded_documents(["not-a-document"], "abc") == set()


def test_query_load_skips_documents_of_the_same_extractor(kz_home):
    from kzgraph.query import KZGraph
    from kzgraph.resources import data_dir

    seeds = data_dir("ontology").parent / "seeds"
    with KZGraph.open(home=kz_home) as g:
        g.store.reset()
        first = g.load(seeds)
        stats = g.stats()
        again = g.load(seeds)
        assert (again.unchanged, again.documents) == (first.documents, 0)
        assert g.stats() == stats
        forced = g.load(seeds, reset=True)  # a reset extracts everything again
        assert (forced.unchanged, forced.documents) == (0, first.documents)
        assert g.stats() == stats


@pytest.mark.parametrize("params, expected", [
    ({"rows": [{"s": 'a "b" \\ c', "n": 3, "x": 1.5, "f": None, "t": False}]},
     'CYPHER rows=[{`s`:"a \\"b\\" \\\\ c",`n`:3,`x`:1.5,`f`:null,`t`:false}] '),
    ({"ids": ("a", "b"), "limit": 5}, 'CYPHER ids=["a","b"] limit=5 '),
    ({"m": {"names_uk": ["Ікс"]}}, 'CYPHER m={`names_uk`:["Ікс"]} '),
    ({"s": "nul\x00here"}, 'CYPHER s="nul\ufffdhere" '),
])
def test_store_params_header_writes_cypher_literals(params, expected):
    assert _params_header(params) == expected


@pytest.mark.parametrize("key", ["", "a`b"])
def test_store_params_header_refuses_keys_falkordb_cannot_read(key):
    from kzgraph.errors import UsageError

    with pytest.raises(UsageError, match="cannot be sent to FalkorDB"):
        _params_header({"m": {key: 1}})


@pytest.mark.parametrize("lang, words", [
    ("fr", ["soldats", "ont", "arrêté", "manifestants", "Kazakhstan"]),
    ("it", ["soldati", "arrestato", "manifestanti"]),
])
def test_cache_lemmatizer_gives_simplemma_s_lemmas(lang, words, tmp_path, monkeypatch):
    import simplemma

    monkeypatch.setenv("KZGRAPH_CACHE", str(tmp_path))
    simplemma_lemmatizer.cache_clear()
    try:
        cold = [simplemma_lemmatizer().lemmatize(w, lang) for w in words]
        assert list(tmp_path.glob(f"simplemma-*-{lang}-*.index")), "the block index is cached"
        simplemma_lemmatizer.cache_clear()
        warm = [simplemma_lemmatizer().lemmatize(w, lang) for w in words]
    finally:
        simplemma_lemmatizer.cache_clear()
    assert cold == warm == [simplemma.lemmatize(w, lang=lang) for w in words]


def test_cache_lemmatizer_rebuilds_a_corrupt_index(tmp_path, monkeypatch):
    monkeypatch.setenv("KZGRAPH_CACHE", str(tmp_path))
    simplemma_lemmatizer.cache_clear()
    try:
        simplemma_lemmatizer().lemmatize("a", "it")
        [index] = tmp_path.glob("simplemma-*-it-*.index")
        index.write_bytes(b"not marshal data")
        simplemma_lemmatizer.cache_clear()
        assert simplemma_lemmatizer().lemmatize("soldati", "it") == "soldato"
    finally:
        simplemma_lemmatizer.cache_clear()


def test_cache_off_still_lemmatizes(monkeypatch):
    monkeypatch.setenv("KZGRAPH_CACHE", "off")
    simplemma_lemmatizer.cache_clear()
    try:
        assert simplemma_lemmatizer().lemmatize("soldati", "it") == "soldato"
    finally:
        simplemma_lemmatizer.cache_clear()


def test_cache_extractor_fingerprint_follows_the_ontology(tmp_path):
    from kzgraph.resources import data_dir

    for path in data_dir("ontology").glob("*.ttl"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    same = extractor_fingerprint(tmp_path)
    assert same == extractor_fingerprint(data_dir("ontology"))
    edited = tmp_path / "edited"
    edited.mkdir()
    for path in tmp_path.glob("*.ttl"):
        (edited / path.name).write_bytes(path.read_bytes())
    with (edited / "entities.ttl").open("a", encoding="utf-8") as f:
        f.write("\n# an edit\n")
    assert extractor_fingerprint(edited) != same

