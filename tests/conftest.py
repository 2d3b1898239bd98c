"""Shared fixtures: real embedded stores in throw-away folders, and test graphs.

- ``kz_home``: a fresh store folder per test module, set as ``$KZGRAPH_HOME``;
  its server is stopped at the end of the module (no redis-server is left).
- ``fresh_home``: a fresh store folder for one test, stopped after it.
- ``store``: an open, emptied store in the module's ``kz_home``.
- ``neo4j_store``: an open, emptied store in the real Neo4j server named by
  ``$KZGRAPH_TEST_NEO4J_URI`` (``eval "$(tests/neo4j/neo4j.sh start)"`` starts
  one); without it the test skips and says why, and under ``CI`` it fails.
- ``any_store``: ``store`` and ``neo4j_store`` in turn (parametrised by backend),
  for the tests that must hold on both stores.
- ``gold_graph``: a ``KnowledgeGraph`` built from model records of the hand
  annotation ``tests/data/seeds.json`` and the texts in ``seeds/``.
- ``make_graph``: builds synthetic graphs (``make_graph(n_relations, seed)``).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import unicodedata
from pathlib import Path

import pytest

from kzgraph.graph import KnowledgeGraph
from kzgraph.graph_model import quantity_id, relation_id, stable_id
from kzgraph.model import Document, Entity, EntityMention, Quantity, Relation
from kzgraph.ontology import Ontology
from kzgraph.store import open_store, stop_embedded

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def kz_home(tmp_path_factory):
    """A fresh ``$KZGRAPH_HOME`` for the test module; its server stops at teardown."""
    home = tmp_path_factory.mktemp("kzhome")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KZGRAPH_HOME", str(home))
        try:
            yield home
        finally:
            stop_embedded(home)


@pytest.fixture
def fresh_home(tmp_path):
    """A store folder of its own for one test; its server (if any) stops after it."""
    home = tmp_path / "kz"
    try:
        yield home
    finally:
        stop_embedded(home)


@pytest.fixture
def store(kz_home):
    """An open, empty embedded store (the module's server, graph reset per test)."""
    s = open_store(home=kz_home)
    try:
        s.reset()
        yield s
    finally:
        s.close()


NEO4J_URI = os.environ.get("KZGRAPH_TEST_NEO4J_URI")
NEO4J_USER = os.environ.get("KZGRAPH_TEST_NEO4J_USER", "neo4j")
NEO4J_DATABASE = os.environ.get("KZGRAPH_TEST_NEO4J_DATABASE") or None
NO_NEO4J = ("no Neo4j server: set KZGRAPH_TEST_NEO4J_URI and NEO4J_PASSWORD, or run "
            "`eval \"$(tests/neo4j/neo4j.sh start)\"` (needs Java 17 and Maven) to start a real one")


def need_neo4j() -> str:
    """The test Neo4j's URI; skips (on a developer's machine) or fails (under CI) without one."""
    if NEO4J_URI:
        return NEO4J_URI
    if os.environ.get("CI"):
        pytest.fail(f"CI runs the Neo4j tests for real: {NO_NEO4J}")
    pytest.skip(NO_NEO4J)


def open_neo4j(**kwargs):
    """A store on the test Neo4j (these tests DELETE kzgraph's nodes in its database)."""
    return open_store(need_neo4j(), user=NEO4J_USER, database=NEO4J_DATABASE, **kwargs)


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    """The test Neo4j's bolt URI (skips or, under CI, fails without one)."""
    return need_neo4j()


@pytest.fixture
def neo4j_store():
    """An open, empty store on the real test Neo4j."""
    s = open_neo4j()
    try:
        s.reset()
        yield s
    finally:
        s.reset()
        s.close()


@pytest.fixture(params=["embedded", "neo4j"])
def any_store(request):
    """The embedded store, then Neo4j: one test, both backends."""
    return request.getfixturevalue("store" if request.param == "embedded" else "neo4j_store")


def slug(text: str) -> str:
    """An entity id from a canonical name, as the ontology spells its ids."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def build_gold_graph() -> KnowledgeGraph:
    """The gold annotation of the five seeds as model records.

    Documents are keyed by the hash of their text, entities by the slug of
    their canonical name; mentions are the first occurrence of each surface
    form; relation objects that are not annotated entities become literals.
    """
    graph = KnowledgeGraph()
    for doc in json.loads((DATA / "seeds.json").read_text(encoding="utf-8")):
        text = (ROOT / "seeds" / doc["file"]).read_text(encoding="utf-8")
        doc_id = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
        graph.documents[doc_id] = Document(doc_id, text, f"seeds/{doc['file']}", doc["lang"],
                                           doc["doc_date"], title=text.splitlines()[0][:80])
        ids = {}
        for ent in doc["entities"]:
            eid = slug(ent["canonical"])
            ids[ent["canonical"]] = eid
            forms = tuple(sorted(set(ent["surface_forms"])))
            old = graph.entities.get(eid)
            names = dict(old.names) if old else {}
            names[doc["lang"]] = tuple(sorted(set(names.get(doc["lang"], ())) | set(forms)))
            aliases = sorted({f for fs in names.values() for f in fs} - {ent["canonical"]})
            graph.entities[eid] = Entity(eid, ent["canonical"], ent["type"], aliases=tuple(aliases),
                                         names=tuple(sorted(names.items())))
            for form in forms:
                start = text.find(form)
                if start >= 0:
                    graph.mentions.append(EntityMention(eid, doc_id, form, start, start + len(form)))
        for rel in doc["relations"]:
            if rel["subject"] not in ids:
                continue
            start = max(text.find(rel["evidence"]), 0)
            obj = ids.get(rel["object"]) if rel["object"] else None
            literal = None if obj or not rel["object"] else rel["object"]
            rid = relation_id(ids[rel["subject"]], rel["predicate"], obj, literal, doc_id, start)
            graph.relations[rid] = Relation(rid, ids[rel["subject"]], rel["predicate"], doc_id,
                                            rel["evidence"], start, start + len(rel["evidence"]),
                                            doc["lang"], object=obj, literal=literal, date=rel["date"],
                                            confidence=0.9)
        for q in doc["quantities"]:
            start = max(text.find(q["evidence"]), 0)
            qid = quantity_id(q["what"], q["value"], doc_id, start)
            graph.quantities[qid] = Quantity(qid, q["what"], q["value"], doc_id, q["evidence"], start,
                                             start + len(q["evidence"]), doc["lang"],
                                             qualifier=q["qualifier"],
                                             according_to=ids.get(q["according_to"]), as_of=q["as_of"])
    return graph


def build_synthetic_graph(n_relations: int = 200, seed: int = 7) -> KnowledgeGraph:
    """A random graph with ``n_relations`` distinct typed relationships, one claim each."""
    rng = random.Random(seed)
    predicates = sorted(Ontology.load().predicates)
    types = sorted({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "GROUP", "CONCEPT"})
    n_entities, n_docs = max(20, n_relations // 10), max(5, n_relations // 250)
    graph = KnowledgeGraph()
    for i in range(n_docs):
        graph.documents[f"doc{i}"] = Document(f"doc{i}", "", f"doc{i}.txt", rng.choice(["uk", "ru", "en"]),
                                              f"2022-01-{1 + i % 28:02d}", f"Document {i}")
    for i in range(n_entities):
        graph.entities[f"ent{i}"] = Entity(f"ent{i}", f"Entity {i}", rng.choice(types),
                                           aliases=(f"Alias {i}",), names=(("en", (f"Entity {i}",)),))
    triples: set[tuple[str, str, str]] = set()
    while len(triples) < n_relations:
        s, o = rng.sample(range(n_entities), 2)
        triples.add((f"ent{s}", rng.choice(predicates), f"ent{o}"))
    for s, p, o in sorted(triples):
        doc = f"doc{rng.randrange(n_docs)}"
        rid = stable_id(s, p, o, doc)
        graph.relations[rid] = Relation(rid, s, p, doc, f"{s} {p} {o}.", 0, 10,
                                        graph.documents[doc].lang, object=o,
                                        date=graph.documents[doc].date)
        graph.mentions.append(EntityMention(s, doc, f"Entity {s}", 0, 5))
    return graph


@pytest.fixture
def gold_graph() -> KnowledgeGraph:
    return build_gold_graph()


@pytest.fixture
def make_graph():
    return build_synthetic_graph


@pytest.fixture(scope="session")
def ontology():
    """The project's ontology, loaded once (tests must not change it)."""
    from kzgraph.ontology import Ontology

    return Ontology.load()


@pytest.fixture(scope="module")
def graph_triples():
    """``run(text, lang)``: the (subject name, predicate, object name or literal) triples of the
    graph the real pipeline builds from one document dated 2022-07 (entities by name)."""
    import warnings

    from kzgraph.corpus import document_from_text
    from kzgraph.pipeline import extract_graph

    def run(text: str, lang: str) -> set[tuple[str, str, str]]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            g = extract_graph([document_from_text(text, lang=lang, date="2022-07")])
        return {(g.entities[r.subject].name, r.predicate,
                 g.entities[r.object].name if r.object else r.literal) for r in g.relations.values()}
    return run


@pytest.fixture(scope="session")
def relation_triples(ontology):
    """``run(text, lang, with_text=False)``: the (subject, predicate, object) triples
    the real pipeline extracts from one sentence dated 2022-01, arguments by ontology
    id (or, with ``with_text``, by mention text when an argument has no id)."""
    from kzgraph.corpus import document_from_text
    from kzgraph.extract.pipeline import parse
    from kzgraph.extract.relations import extract_relations

    def arg(mention, with_text):
        return (mention.hint or mention.text) if with_text else mention.hint

    def run(text: str, lang: str, with_text: bool = False) -> set[tuple]:
        document = document_from_text(text, lang=lang, date="2022-01")
        doc = parse(document, ontology)
        mentions = [span._.kz_mention for span in doc.spans["kz_mentions"]]
        return {(arg(r.subject, with_text), r.predicate,
                 arg(r.object, with_text) if r.object is not None else r.literal)
                for r in extract_relations(doc, document, mentions, ontology)}

    return run


@pytest.fixture(scope="session")
def relation_mentions(ontology):
    """``run(text, lang, date="2022-07-10")``: the RelationMention records the real relation layer
    extracts from ``text`` (mentions found by the real extraction), in order."""
    from kzgraph.corpus import document_from_text
    from kzgraph.extract.pipeline import parse
    from kzgraph.extract.relations import extract_relations

    import warnings

    def run(text: str, lang: str, date: str = "2022-07-10") -> list:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = document_from_text(text, lang=lang, date=date)
            doc = parse(document, ontology)
            mentions = [span._.kz_mention for span in doc.spans["kz_mentions"]]
            return list(extract_relations(doc, document, mentions, ontology))

    return run


@pytest.fixture(scope="session")
def mention_entity_ids(ontology, tmp_path_factory):
    """``run({name: text})``: extract and align the texts (one file each, a title line first) with
    the real pipeline; returns each mention text -> the ids of the entities it is a mention of."""
    from kzgraph.corpus import read_documents
    from kzgraph.extract import extract_documents
    from kzgraph.pipeline import align_extractions

    def run(texts: dict[str, str]) -> dict[str, set[str]]:
        folder = tmp_path_factory.mktemp("aligned")
        for name, text in texts.items():
            (folder / f"{name}.txt").write_text(f"Vote\n\n{text}", encoding="utf-8")
        extractions = extract_documents(read_documents([folder]), ontology=ontology)
        ids: dict[str, set[str]] = {}
        for r in align_extractions(extractions, ontology).records():
            if r.get("kind") == "entity":
                for m in r.get("mentions", []):
                    ids.setdefault(m["text"], set()).add(r["id"])
        return ids

    return run
