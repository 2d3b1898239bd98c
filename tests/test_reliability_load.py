"""A ``kzgraph load`` that is killed, loses its server or races another loses nothing.

Every test here drives the real command (``python -m kzgraph.cli``) in child
processes against real embedded FalkorDB servers, on a corpus generated into
``tmp_path`` from the seeds (:func:`generate_corpus`: their sentences
recombined, with other numbers and names, so each document is new).  The
reference is one clean load of that corpus in a store of its own; after every
fault and a rerun the store must equal it: the same node count per label and
relationship count per type, the same claims (ids, predicates, subjects,
objects, documents), the same typed relationships with the same evidence
aggregates, the same entities and mentions, no duplicate and no orphan claim.

Loads run with ``--batch-size 1``, so the write phase is over a thousand
transactions (a second or two) long and a kill lands inside it.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.graph import KnowledgeGraph, stable_id
from kzgraph.pipeline import extract_graph
from kzgraph.model import EntityMention, Quantity, Relation
from kzgraph.store import open_store, stop_embedded, writer_lock
from kzgraph.store.embedded import PIDFILE, _alive
from kzgraph.store.plan import plan_write
from readback import readback

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
N_DOCS = 60
BATCH = "1"

# -- the corpus ---------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=\S)")
_NUMBER = re.compile(r"\d+")
_CAPITALISED = re.compile(r"(?<=[a-zа-яіїєґąćęłńóśźż,] )[A-ZА-ЯІЇЄҐŁŚŻ][a-zа-яіїєґąćęłńóśźż]{3,}")
_SYLLABLES = {
    "latin": ["ba", "ka", "ny", "se", "ri", "to", "mu", "zhan", "bek", "ay", "gul", "da", "ur", "sul", "tan"],
    "cyrillic": ["ба", "ка", "ни", "се", "ри", "то", "му", "жан", "бек", "ай", "гуль", "да", "ур", "сул", "тан"],
}
_SURNAME_END = {"latin": "ov", "cyrillic": "ов"}


def _name(rng: random.Random, script: str) -> str:
    syl = _SYLLABLES[script]
    given = "".join(rng.choice(syl) for _ in range(2)).capitalize()
    family = ("".join(rng.choice(syl) for _ in range(2)) + _SURNAME_END[script]).capitalize()
    return f"{given} {family}"


def generate_corpus(folder: Path, n_docs: int = N_DOCS, seed: int = 11) -> Path:
    """Write ``n_docs`` new articles into ``folder``: seed sentences recombined.

    Each document takes 6–12 sentences of the Ukrainian or the English seed, with every
    number replaced by another of the same length and about one capitalised
    word in six replaced by a made-up name, under a ``title:``/``date:``
    header.  The same ``seed`` gives the same files.
    """
    rng = random.Random(seed)
    pools = []
    for path in sorted(SEEDS.glob("*.txt"))[:3:2]:  # Ukrainian and English: two pipelines to start
        text = path.read_text(encoding="utf-8")
        sentences = [s.strip() for s in _SENTENCE_END.split(text.replace("\n", " ")) if len(s.strip()) > 20]
        script = "cyrillic" if sum("а" <= c.lower() <= "я" for c in text) > len(text) / 4 else "latin"
        pools.append((sentences, script))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        sentences, script = pools[i % len(pools)]
        chosen = rng.sample(sentences, min(len(sentences), rng.randint(6, 12)))
        body = " ".join(chosen)
        body = _NUMBER.sub(lambda m: str(rng.randrange(10 ** (len(m.group()) - 1) if len(m.group()) > 1 else 1,
                                                       10 ** len(m.group()))), body)
        body = _CAPITALISED.sub(lambda m: _name(rng, script) if rng.random() < 1 / 6 else m.group(), body)
        day = rng.randint(1, 31)
        (folder / f"doc_{i:03d}.txt").write_text(
            f"title: Generated article {i}\ndate: 2022-01-{day:02d}\n\n{body}\n", encoding="utf-8")
    return folder


# -- running kzgraph ------------------------------------------------------------------

def kzgraph_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kzgraph.cli", *args]


def _env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("KZGRAPH_URI", "NEO4J_PASSWORD")}
    env["KZGRAPH_HOME"] = str(home)
    env["PYTHONUNBUFFERED"] = "1"
    return env


class Running:
    """A kzgraph child process whose stderr lines are collected as they come."""

    def __init__(self, *args: str, home: Path):
        # niced, so that on a busy machine this process sees its progress and
        # kills it (or its server) promptly
        self.proc = subprocess.Popen(kzgraph_command(*args), env=_env(home), cwd=ROOT,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, encoding="utf-8",
                                     preexec_fn=lambda: os.nice(5))
        self.err: list[str] = []
        self.err_times: list[float] = []  # when each stderr line arrived (time.monotonic)
        self.out: list[str] = []
        self._threads = [threading.Thread(target=self._pump, args=(self.proc.stderr, self.err, self.err_times),
                                          daemon=True),
                         threading.Thread(target=self._pump, args=(self.proc.stdout, self.out, []), daemon=True)]
        for t in self._threads:
            t.start()

    @staticmethod
    def _pump(stream, sink: list[str], times: list[float]) -> None:
        for line in stream:
            times.append(time.monotonic())
            sink.append(line)

    def write_span(self) -> tuple[float, float]:
        """When this load's first and last ``write:`` progress lines came."""
        times = [t for t, line in zip(self.err_times, self.err) if line.startswith("write:")]
        return times[0], times[-1]

    def wait_for_progress(self, stage: str, fraction: float, timeout: float = 120) -> tuple[int, int]:
        """Block until a ``stage: done/total`` line with done >= fraction*total (and < total)."""
        pattern = re.compile(rf"^{stage}: (\d+)/(\d+)")
        deadline = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < deadline:
            for line in self.err[seen:]:
                seen += 1
                m = pattern.match(line)
                if m and int(m.group(2)) and fraction * int(m.group(2)) <= int(m.group(1)) < int(m.group(2)):
                    return int(m.group(1)), int(m.group(2))
            if self.proc.poll() is not None and seen == len(self.err):
                raise AssertionError(f"kzgraph ended (code {self.proc.returncode}) before {stage} "
                                     f"reached {fraction:.0%}: {''.join(self.err)[-2000:]}")
            time.sleep(0.01)
        raise AssertionError(f"{stage} did not reach {fraction:.0%} in {timeout} s: {''.join(self.err)[-2000:]}")

    def kill(self) -> int:
        self.proc.send_signal(signal.SIGKILL)
        return self.finish()[0]

    def finish(self, timeout: float = 180) -> tuple[int, str, str]:
        code = self.proc.wait(timeout=timeout)
        for t in self._threads:
            t.join(timeout=10)
        return code, "".join(self.out), "".join(self.err)


def run_kzgraph(*args: str, home: Path, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(kzgraph_command(*args), env=_env(home), cwd=ROOT, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


# -- what a store holds ---------------------------------------------------------------

def snapshot(home: Path) -> dict:
    """Everything a load wrote into the store of ``home`` (see :func:`snapshot_store`)."""
    with open_store(home=home) as s:
        return snapshot_store(s)


def snapshot_store(s) -> dict:
    """Everything a load writes, in a comparable form; asserts no duplicate or orphan claim."""
    claims = s.query(
        "MATCH (c:Claim) "
        "OPTIONAL MATCH (c)-[:STATED_IN]->(d:Document) "
        "OPTIONAL MATCH (c)-[:SUBJECT]->(su:Entity) "
        "OPTIONAL MATCH (c)-[:OBJECT]->(ob:Entity) "
        "OPTIONAL MATCH (c)-[:ACCORDING_TO]->(src:Entity) "
        "RETURN c.id AS id, c.predicate AS predicate, c.value AS value, "
        "collect(DISTINCT d.id) AS docs, collect(DISTINCT su.id) AS subjects, "
        "collect(DISTINCT ob.id) AS objects, collect(DISTINCT src.id) AS sources")
    typed = s.query("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS type, b.id AS b, "
                    "properties(r) AS props")
    entities = s.query("MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, properties(e) AS props")
    mentions = s.query("MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document) "
                       "RETURN e.id AS e, d.id AS d, m.count AS count, m.forms AS forms")
    documents = s.query("MATCH (d:Document) RETURN d.id AS id, properties(d) AS props")
    stats = s.stats()
    ids = [c["id"] for c in claims]
    assert len(ids) == len(set(ids)), "duplicate claim ids"
    for c in claims:
        assert len(c["docs"]) == 1, f"claim {c['id']} is STATED_IN {c['docs']}"
        if not c["predicate"].endswith("_COUNT"):
            assert len(c["subjects"]) == 1, f"relation claim {c['id']} has subjects {c['subjects']}"
    entity_ids = [e["id"] for e in entities]
    assert len(entity_ids) == len(set(entity_ids)), "duplicate entity ids"
    doc_ids = [d["id"] for d in documents]
    assert len(doc_ids) == len(set(doc_ids)), "duplicate documents"
    return {
        "stats": stats,
        "claims": sorted((c["id"], c["predicate"], c["value"], tuple(c["docs"]), tuple(c["subjects"]),
                          tuple(c["objects"]), tuple(c["sources"])) for c in claims),
        "typed": sorted((r["a"], r["type"], r["b"], repr(sorted(r["props"].items()))) for r in typed),
        "entities": sorted((e["id"], tuple(sorted(e["labels"])), repr(sorted(e["props"].items())))
                           for e in entities),
        "mentions": sorted((m["e"], m["d"], m["count"], tuple(m["forms"] or ())) for m in mentions),
        # (not the fingerprint of the kzgraph code that wrote a document: it is no content)
        "documents": sorted((d["id"], repr(sorted((k, v) for k, v in d["props"].items() if k != "extractor")))
                            for d in documents),
    }


def total_nodes(snap: dict) -> int:
    return sum(snap["stats"]["nodes"].values())


def no_traceback(text: str) -> None:
    assert "Traceback" not in text, text[-3000:]


# -- fixtures -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return generate_corpus(tmp_path_factory.mktemp("corpus") / "news")


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict:
    """The store after one clean load of the corpus."""
    home = tmp_path_factory.mktemp("ref") / "kz"
    try:
        done = run_kzgraph("load", str(corpus), "--batch-size", BATCH, home=home)
        assert done.returncode == 0, done.stderr[-3000:]
        snap = snapshot(home)
    finally:
        stop_embedded(home)
    assert snap["stats"]["nodes"].get("Claim", 0) > 300, snap["stats"]  # big enough to be worth killing
    return snap


# -- tests ----------------------------------------------------------------------------

def test_reliability_generate_corpus_is_deterministic_and_new(tmp_path):
    a = generate_corpus(tmp_path / "a", n_docs=6, seed=3)
    b = generate_corpus(tmp_path / "b", n_docs=6, seed=3)
    c = generate_corpus(tmp_path / "c", n_docs=6, seed=4)
    texts = [p.read_text(encoding="utf-8") for p in sorted(a.iterdir())]
    assert texts == [p.read_text(encoding="utf-8") for p in sorted(b.iterdir())]
    assert texts != [p.read_text(encoding="utf-8") for p in sorted(c.iterdir())]
    seeds = {p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert not seeds & set(texts) and len(set(texts)) == 6


def test_reliability_load_killed_anywhere_then_rerun_equals_one_clean_load(corpus, reference, fresh_home):
    """SIGKILL during extraction, SIGKILL during writing, the server SIGKILLed during
    writing (exit 3, a message), then one rerun: the store equals a clean load."""
    args = ("load", str(corpus), "--batch-size", BATCH)

    # 1. killed while extracting: nothing is written yet
    run = Running(*args, home=fresh_home)
    run.wait_for_progress("extract", 0.2)
    assert run.kill() == -signal.SIGKILL
    assert total_nodes(snapshot(fresh_home)) == 0, "a load killed while extracting wrote something"

    # 2. killed while writing: whole batches are in, the rest is not
    run = Running(*args, home=fresh_home)
    run.wait_for_progress("write", 0.2)
    assert run.kill() == -signal.SIGKILL
    partial = snapshot(fresh_home)
    assert 0 < total_nodes(partial) < total_nodes(reference), (
        f"the kill did not land inside the write: {total_nodes(partial)} of {total_nodes(reference)} nodes")

    # 3. the embedded server killed while writing: exit 3 with a message, no traceback
    server_pid = int((fresh_home / PIDFILE).read_text())
    run = Running(*args, home=fresh_home)
    run.wait_for_progress("write", 0.4)
    os.kill(server_pid, signal.SIGKILL)
    code, out, err = run.finish()
    assert code == 3, err[-3000:]
    no_traceback(err)
    assert re.search(r"(?m)^Error: the embedded store at .* stopped answering.*run the command again", err), err

    # 4. the next command restarts the server; the rerun completes, nothing lost or doubled
    done = run_kzgraph(*args, home=fresh_home)
    assert done.returncode == 0, done.stderr[-3000:]
    new_pid = int((fresh_home / PIDFILE).read_text())
    assert new_pid != server_pid and _alive(new_pid) and not _alive(server_pid)
    assert snapshot(fresh_home) == reference


def test_reliability_two_concurrent_loads_serialise_and_readers_never_crash(corpus, reference, fresh_home):
    """Two loads of the same corpus at once: their writes never overlap (the second
    waits for the first's writer lock, saying so) and the store equals one load.
    Meanwhile ``kzgraph stats`` and ``kzgraph query`` processes, and reads in
    this process, all succeed."""
    first = Running("load", str(corpus), "--batch-size", BATCH, home=fresh_home)
    second = Running("load", str(corpus), "--batch-size", BATCH, home=fresh_home)
    first.wait_for_progress("extract", 0.0)
    reads, failures = [], []

    def loading() -> bool:
        return first.proc.poll() is None or second.proc.poll() is None

    def read_in_process():
        while loading():
            try:
                with open_store(home=fresh_home) as s:
                    stats = s.stats()
                    readback(s, "claims_by_kind", kind="detained")
                reads.append(sum(stats["nodes"].values()))
            except Exception as exc:  # noqa: BLE001 - any failure of a reader is the finding
                failures.append(repr(exc))
            time.sleep(0.05)

    reader = threading.Thread(target=read_in_process)
    reader.start()
    readers = []
    while loading() and len(readers) < 2:
        args = (("stats", "--json") if len(readers) % 2 == 0 else
                ("query", "cypher", "MATCH (c:Claim)-[:STATED_IN]->(d:Document) RETURN count(c) AS n"))
        readers.append(run_kzgraph(*args, home=fresh_home, timeout=60))
    results = [first.finish(), second.finish()]
    reader.join(timeout=60)
    for code, _, err in results:
        assert code == 0, err[-3000:]
        no_traceback(err)
    (a_start, a_end), (b_start, b_end) = first.write_span(), second.write_span()
    assert a_end < b_start or b_end < a_start, "two writers wrote at the same time"
    waited = [err for _, _, err in results if "waiting up to 600 s for another kzgraph writer (pid" in err]
    assert len(waited) <= 1
    assert snapshot(fresh_home) == reference
    assert failures == []
    assert len(set(reads)) > 1, "no read saw the store change: the readers did not overlap the writes"
    assert len(readers) >= 2
    for done in readers:
        assert done.returncode == 0, done.stderr[-3000:]
        no_traceback(done.stderr)


def test_reliability_load_refuses_after_its_wait_with_the_holder_named(fresh_home, tmp_path):
    """A writer that keeps the lock past ``--wait``: exit 3 naming its pid, nothing written."""
    doc = tmp_path / "one.txt"
    doc.write_text("Police detained 5,969 people in Almaty on January 7.\n", encoding="utf-8")
    with writer_lock(fresh_home):
        began = time.monotonic()
        result = CliRunner().invoke(main, ["load", str(doc), "--wait", "1", "--home", str(fresh_home)])
        elapsed = time.monotonic() - began
    assert result.exit_code == 3, result.output
    assert isinstance(result.exception, SystemExit)
    assert f"being written by another kzgraph writer (pid {os.getpid()}) (waited 1 s)" in result.output
    assert "waiting up to 1 s for another kzgraph writer" in result.output
    assert elapsed < 60
    assert total_nodes(snapshot(fresh_home)) == 0


# -- the same guarantees at every batch boundary, in process ------------------------------
#
# A SIGKILL lands between two batches (each batch is one transaction).  Raising
# from the progress callback, which the writer calls after each batch, stops a
# write at an exact boundary: these tests stop it at every one of them.

WRITE_BATCH = 60


class Crash(Exception):
    """Stands for the process dying after a given batch."""


def crash_after(batches: int):
    calls = []

    def progress(done, total):
        calls.append(done)
        if len(calls) == batches + 1:  # progress(0, total) comes first
            raise Crash(f"after batch {batches}")
    return progress


def batch_count(graph: KnowledgeGraph, store) -> int:
    return sum(-(-len(step.rows) // WRITE_BATCH) for step in plan_write(graph, store.ontology))


def older_extraction(graph: KnowledgeGraph) -> KnowledgeGraph:
    """``graph`` as an older extractor might have seen its documents: extra claims
    (on a new triple and on triples that stay), figures and mentions."""
    old = KnowledgeGraph(documents=dict(graph.documents), entities=dict(graph.entities),
                         mentions=list(graph.mentions), relations=dict(graph.relations),
                         quantities=dict(graph.quantities))
    entity_ids = sorted(graph.entities)
    for n, (doc_id, doc) in enumerate(sorted(graph.documents.items())[:3]):
        kept = sorted((r for r in graph.relations.values() if r.doc == doc_id and r.object), key=lambda r: r.id)
        stale = [Relation(stable_id("stale", doc_id, 1), entity_ids[n], "CONDEMNED", doc_id, "An old reading.",
                          9000, 9015, doc.lang, object=entity_ids[n + 1], date="2022-01-02")]
        if kept:
            r = kept[0]
            stale.append(replace(r, id=stable_id("stale", doc_id, 2), start=r.start + 1, date="2021-12-31"))
        for r in stale:
            old.relations[r.id] = r
        q = Quantity(stable_id("stale-q", doc_id), "detained", 123 + n, doc_id, "An old figure.", 9100, 9114,
                     doc.lang, according_to=entity_ids[n])
        old.quantities[q.id] = q
        old.mentions.append(EntityMention(entity_ids[-1 - n], doc_id, "old form", 9200, 9208))
    return old


@pytest.fixture
def clean_gold(store, gold_graph) -> dict:
    store.reset()
    store.write(gold_graph, batch_size=WRITE_BATCH)
    snap = snapshot_store(store)
    store.reset()
    return snap


def test_reliability_write_stopped_after_any_batch_then_rerun_equals_one_write(store, gold_graph, clean_gold):
    n = batch_count(gold_graph, store)
    assert n > 10
    for k in range(1, n):
        store.reset()
        with pytest.raises(Crash):
            store.write(gold_graph, batch_size=WRITE_BATCH, progress=crash_after(k))
        store.write(gold_graph, batch_size=WRITE_BATCH)
        assert snapshot_store(store) == clean_gold, f"stopped after batch {k} of {n}"


def test_reliability_load_stopped_while_marking_cannot_split_the_corpus(tmp_path, fresh_home):
    """A document marked done is skipped by the next load, and the others are
    aligned among themselves: were the marks written batch by batch, a crash
    between two of them would make the rerun a load in parts, whose clusters of
    unknown names differ ("Орднабасы-Телеинфо" alone is its own entity; next to
    "Ордабасы-Телеинфо", a spelling of it, it joins it).  The marks are one
    transaction: all or none."""
    from kzgraph.corpus import content_id, document_from_text
    from kzgraph.query import KZGraph

    template = "Более тысячи человек пострадали, сообщил телеканал \"{}\" со ссылкой на данные Минздрава."
    first, second = template.format("Ордабасы-Телеинфо"), template.format("Орднабасы-Телеинфо")
    assert content_id(first) < content_id(second)  # marks go in id order: "Ордабасы-…" first
    a, b = (document_from_text(t, lang="ru") for t in (first, second))
    together = {m.entity for m in extract_graph([a, b]).mentions if m.doc == b.id}
    alone = {m.entity for m in extract_graph([b]).mentions}
    assert together != alone, "the aligner now clusters these alike: pick two names it does not"
    corpus = tmp_path / "two"
    corpus.mkdir()
    (corpus / "a.txt").write_text(first, encoding="utf-8")
    (corpus / "b.txt").write_text(second, encoding="utf-8")
    calls = []
    try:
        with KZGraph.open(home=tmp_path / "clean") as graph:
            graph.load(corpus, batch_size=1, progress=lambda stage, done, total: calls.append(stage))
        clean = snapshot(tmp_path / "clean")
    finally:
        stop_embedded(tmp_path / "clean")
    batches = calls.count("write") - 1  # the first call is progress(0, total)

    with KZGraph.open(home=fresh_home) as graph:
        for k in range(batches - 5, batches):  # stopped after each of the last batches, then rerun
            graph.store.reset()
            stop = crash_after(k)
            with pytest.raises(Crash):
                graph.load(corpus, batch_size=1, progress=lambda stage, done, total: stage == "write" and
                           stop(done, total))
            graph.load(corpus, batch_size=1)
            assert snapshot_store(graph.store) == clean, f"stopped after batch {k} of {batches}"


def test_reliability_reload_replaces_the_claims_of_its_documents(store, gold_graph, clean_gold):
    old = older_extraction(gold_graph)
    store.write(old, batch_size=WRITE_BATCH)
    before = snapshot_store(store)
    assert len(before["claims"]) == len(clean_gold["claims"]) + 9
    assert ("CONDEMNED" in before["stats"]["relationships"]) != ("CONDEMNED" in clean_gold["stats"]["relationships"])
    store.write(gold_graph, batch_size=WRITE_BATCH)
    assert snapshot_store(store) == clean_gold


def test_reliability_reload_stopped_after_any_batch_then_rerun_replaces_the_claims(store, gold_graph, clean_gold):
    old = older_extraction(gold_graph)
    n = batch_count(gold_graph, store)
    for k in range(n - 6, n):  # the last batches: typed relationships, figures, the pruning
        store.reset()
        store.write(old, batch_size=WRITE_BATCH)
        with pytest.raises(Crash):
            store.write(gold_graph, batch_size=WRITE_BATCH, progress=crash_after(k))
        partial = snapshot_store(store)  # (asserts no orphan claim at this point either)
        if k >= n - 3:  # every new claim is in; only the three pruning batches may be missing
            assert set(clean_gold["claims"]) <= set(partial["claims"])
        store.write(gold_graph, batch_size=WRITE_BATCH)
        assert snapshot_store(store) == clean_gold, f"stopped after batch {k} of {n}"


def test_reliability_reload_leaves_other_documents_alone(store, gold_graph, clean_gold):
    old = older_extraction(gold_graph)
    store.write(old, batch_size=WRITE_BATCH)
    first_doc = sorted(gold_graph.documents)[0]
    part = KnowledgeGraph(documents={first_doc: gold_graph.documents[first_doc]}, entities=dict(gold_graph.entities),
                          mentions=[m for m in gold_graph.mentions if m.doc == first_doc],
                          relations={k: r for k, r in gold_graph.relations.items() if r.doc == first_doc},
                          quantities={k: q for k, q in gold_graph.quantities.items() if q.doc == first_doc})
    store.write(part, batch_size=WRITE_BATCH)
    claims = {c[0]: c for c in snapshot_store(store)["claims"]}
    stale_here = {r.id for r in old.relations.values() if r.doc == first_doc} - set(gold_graph.relations)
    stale_elsewhere = ({r.id for r in old.relations.values()} - set(gold_graph.relations)) - stale_here
    assert stale_here and stale_elsewhere
    assert not stale_here & set(claims)
    assert stale_elsewhere <= set(claims)
