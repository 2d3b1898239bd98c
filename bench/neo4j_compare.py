"""Neo4j next to the embedded store: the same generated corpus loaded into both, in one run.

usage: python bench/neo4j_compare.py [--sizes 1000,10000] [--neo4j-uri bolt://HOST:PORT] [--seed 1]
                             [--workers 2] [--batch-size 1000] [--naive-docs 1000] [--calls 100]
                             [--latency-budget 120] [--warmup-calls 300] [--keep] [--json FILE]

For each size it builds the graph of the generated corpus (bench/corpus.py;
with ``--keep`` the graph is kept as a pickle under bench/out/ and reused,
the same file as ``bench/latency.py --keep``), then:

- once per run, warms Neo4j up (a fresh JVM interprets, then compiles, and
  Neo4j plans each statement on first use): loads the first
  ``--naive-docs`` documents ``--warmup-loads`` times and calls each query
  3 × ``--warmup-calls`` times, untimed (the loads' rates are printed as such);
- loads it into a fresh embedded store and into an emptied Neo4j database
  with kzgraph's batched writer (``store.write``): relationships/s for each,
  and whether both stores end with the same counts per label and type;
- on the subgraph of the first ``--naive-docs`` documents, into an emptied
  Neo4j: a naive writer (this file's ``naive_write``: one ``MERGE`` statement
  per row, each its own transaction, through the ``neo4j`` driver) and the
  batched writer (``--batched-runs`` loads, the median compared), with the
  ratio, and whether all end with the same counts;
- latency, after an untimed warm-up on each store (``--warmup-calls`` calls
  of each query, other inputs), median and p95, of ``KZGraph.actor``, ``who``, ``paths(max_hops=4)``,
  ``claims`` (every figure of a kind) and ``claims(limit=20)`` on both stores,
  with the same inputs (drawn from the graph as in ``bench/run.py``), and the
  ratio Neo4j / embedded.

Neo4j: ``--neo4j-uri`` or ``$KZGRAPH_TEST_NEO4J_URI`` (user ``neo4j``,
password ``$NEO4J_PASSWORD``); without either, the benchmark starts its own
server with ``tests/neo4j/neo4j.sh`` (instance folder ``bench/out/neo4j``,
or ``$KZGRAPH_NEO4J_DIR``) and stops it at the end.  The Neo4j database is
emptied (``store.reset()``) before each load: do not point it at data you keep.

Nothing here is a test: the figures depend on the machine (note its load).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import pickle
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import OUT, ROOT, _latency, _say, _store_counts, common_arguments, rows_table  # noqa: E402  (run.py puts the checkout on sys.path)

NEO4J_SH = ROOT / "tests" / "neo4j" / "neo4j.sh"
QUERIES = ("actor", "who", "paths", "claims", "claims_limit")


# -- a Neo4j for the run ---------------------------------------------------------------


def start_neo4j(instance: Path) -> dict[str, str]:
    """Start tests/neo4j/neo4j.sh's server in ``instance``; its exported variables."""
    env = {**os.environ, "KZGRAPH_NEO4J_DIR": str(instance)}
    done = subprocess.run(["bash", str(NEO4J_SH), "start"], env=env, stdout=subprocess.PIPE, text=True,
                          check=True)
    out = {}
    for line in done.stdout.splitlines():
        if line.startswith("export ") and "=" in line:
            key, value = line[len("export "):].split("=", 1)
            out[key] = value
    return out


def stop_neo4j(instance: Path) -> None:
    env = {**os.environ, "KZGRAPH_NEO4J_DIR": str(instance)}
    subprocess.run(["bash", str(NEO4J_SH), "stop"], env=env, check=False)


# -- the naive writer -------------------------------------------------------------------


def naive_write(driver, graph, ontology, database: str | None = None) -> dict:
    """Write ``graph`` into Neo4j one row at a time: one ``MERGE`` statement, one transaction, per row.

    The same plan and the same statements as kzgraph's writer (every step of
    ``plan_write``, on its MERGE path, as the batched writer takes it on
    Neo4j), with ``WITH $row AS row`` in place of ``UNWIND $rows AS row``.
    (``$rows`` is also given, as ``[row]``, for the one statement that reads
    the other rows of its batch.)  The database is expected to be empty (entity rows are written as planned,
    without the union with stored names the batched writer reads first).
    """
    from kzgraph.store.plan import plan_write

    statements = created = 0
    with driver.session(database=database) as session:
        for step in plan_write(graph, ontology):
            first, rest = step.text.split("\n", 1)
            assert first.startswith("UNWIND $rows AS row"), first
            text = "WITH $row AS row\n" + rest
            for row in step.rows:
                # $rows too: prune_relationships reads the other rows of its batch (here: this one)
                summary = session.execute_write(lambda tx, r=row: tx.run(text, row=r, rows=[r]).consume())
                created += summary.counters.relationships_created
                statements += 1
    return {"statements": statements, "relationships": created}


# -- one size ---------------------------------------------------------------------------


def _graph(n: int, args, ontology):
    from corpus import corpus_path, write_corpus

    from kzgraph.corpus import read_documents
    from kzgraph.pipeline import extract_graph

    kept = OUT / f"graph-{n}-s{args.seed}.pickle"
    if args.keep and kept.exists():
        return pickle.loads(kept.read_bytes())
    path = corpus_path(n, args.seed)
    if not path.exists():
        write_corpus(path, n, args.seed)
    t = time.perf_counter()
    graph = extract_graph(read_documents([path]), ontology=ontology, workers=args.workers)
    _say(f"[{n}] graph built in {time.perf_counter() - t:.0f} s: {graph.stats()}")
    if args.keep:
        kept.write_bytes(pickle.dumps(graph, protocol=pickle.HIGHEST_PROTOCOL))
    return graph


def _timed_write(store, graph, batch_size: int) -> dict:
    t = time.perf_counter()
    report = store.write(graph, batch_size=batch_size)
    dt = time.perf_counter() - t
    return {"s": round(dt, 2), "relationships": report.relationships_created,
            "rels_per_s": round(report.relationships_created / dt), "batches": report.batches}


def _emptied(store) -> None:
    t = time.perf_counter()
    deleted = store.reset()
    if deleted:
        _say(f"    emptied Neo4j: {deleted:,} nodes deleted in {time.perf_counter() - t:.1f} s")


def run_size(n: int, args, neo4j_uri: str) -> dict:
    from kzgraph.ontology import Ontology
    from kzgraph.query import KZGraph
    from kzgraph.store import open_store, stop_embedded

    ontology = Ontology.load()
    graph = _graph(n, args, ontology)
    res: dict = {"docs": n, "graph": graph.stats(), "calls": args.calls}
    gc.collect()

    # embedded: batched load, latency
    home = Path(tempfile.mkdtemp(prefix=f"kzbench-neo-{n}-", dir=OUT))
    try:
        with open_store(home=home, ontology=ontology) as store:
            res["embedded_load"] = _timed_write(store, graph, args.batch_size)
            res["embedded_counts"] = store.stats()
            _say(f"[{n}] embedded load: {res['embedded_load']}")
            api = KZGraph(store, ontology)
            _warm(api, graph, args)
            res["embedded_latency"] = _latency_all(api, graph, args)
            _say(f"[{n}] embedded latency: {_short(res['embedded_latency'])}")
    finally:
        stop_embedded(home)
        shutil.rmtree(home, ignore_errors=True)

    # Neo4j: batched load, latency
    sub = graph.of_documents(sorted(graph.documents)[:min(args.naive_docs, n)])
    with open_store(neo4j_uri, ontology=ontology, timeout=30) as store:
        if not getattr(args, "warmed", False):
            # Untimed, once per run: a fresh JVM interprets, then compiles, and Neo4j plans each
            # statement on first use; the embedded store (C) has no such start.  Its figures are kept.
            loads = []
            for _ in range(args.warmup_loads):
                _emptied(store)
                loads.append(_timed_write(store, sub, args.batch_size))
            res["neo4j_warmup"] = {"docs": len(sub.documents), **loads[0],
                                   "loads_rels_per_s": [x["rels_per_s"] for x in loads]}
            warm = argparse.Namespace(**{**vars(args), "warmup_calls": 3 * args.warmup_calls})
            _warm(KZGraph(store, ontology), sub, warm)
            args.warmed = True
            _say(f"[{n}] Neo4j warm-up (fresh server): {res['neo4j_warmup']}")
        _emptied(store)
        res["neo4j_load"] = _timed_write(store, graph, args.batch_size)
        res["neo4j_counts"] = store.stats()
        res["same_counts"] = res["neo4j_counts"] == res["embedded_counts"]
        _say(f"[{n}] Neo4j load: {res['neo4j_load']}; same counts as embedded: {res['same_counts']}")
        api = KZGraph(store, ontology)
        _warm(api, graph, args)
        res["neo4j_latency"] = _latency_all(api, graph, args)
        _say(f"[{n}] Neo4j latency: {_short(res['neo4j_latency'])}")

        # Neo4j: naive against batched on the same subgraph
        naive: dict = {"docs": len(sub.documents)}
        _emptied(store)
        store.ensure_schema()
        t = time.perf_counter()
        done = naive_write(store._driver, sub, ontology, store.database)
        dt = time.perf_counter() - t
        naive.update(naive_s=round(dt, 2), naive_rels=done["relationships"],
                     naive_statements=done["statements"], naive_rels_per_s=round(done["relationships"] / dt))
        naive_counts = _store_counts(store)
        runs, same = [], True
        for _ in range(args.batched_runs):  # the machine's noise: the median of a few
            _emptied(store)
            runs.append(_timed_write(store, sub, args.batch_size))
            same = same and _store_counts(store) == naive_counts
        batched = sorted(runs, key=lambda b: b["rels_per_s"])[len(runs) // 2]
        naive.update(batched_s=batched["s"], batched_rels=batched["relationships"],
                     batched_rels_per_s=batched["rels_per_s"],
                     batched_runs=[b["rels_per_s"] for b in runs],
                     ratio=round(batched["rels_per_s"] / max(naive["naive_rels_per_s"], 1), 1),
                     same_result=same)
        res["neo4j_naive"] = naive
        _say(f"[{n}] Neo4j naive vs batched on {naive['docs']} docs: {naive['naive_rels_per_s']:,}/s vs "
             f"{naive['batched_rels_per_s']:,}/s = {naive['ratio']}x (same result: {naive['same_result']})")
        _emptied(store)
    return res


def _warm(api, graph, args) -> None:
    """Untimed calls of every query kind (``--warmup-calls``, at most ``--warmup-budget`` s each),
    other inputs than the timed ones: Neo4j's JVM compiles its hot paths only after hundreds of calls
    (actor at 10k documents: 32, 25, 17, 11 ms median over successive runs of 80 calls)."""
    warm = argparse.Namespace(**{**vars(args), "calls": args.warmup_calls, "seed": args.seed + 100,
                                 "latency_budget": args.warmup_budget})
    _latency_all(api, graph, warm)


def _latency_all(api, graph, args) -> dict:
    """run.py's latency rows, plus ``claims(kind, limit=20)`` on the same kinds."""
    out = _latency(api, graph, args.calls, random.Random(args.seed), args.latency_budget)
    kinds = sorted({q.what for q in graph.quantities.values()})
    if kinds:
        rng = random.Random(args.seed + 1)
        picked = [rng.choice(kinds) for _ in range(args.calls)]
        api.claims(picked[0], limit=20)
        samples = []
        for kind in picked:
            t = time.perf_counter()
            api.claims(kind, limit=20)
            samples.append(time.perf_counter() - t)
        from run import _percentiles

        out["claims_limit"] = {**_percentiles(samples), "no_result": 0}
    return out


def _short(latency: dict) -> str:
    return ", ".join(f"{k} {v['median_ms']}/{v['p95_ms']} ms" for k, v in latency.items())


# -- driver ---------------------------------------------------------------------------


def _table(results: list[dict]) -> str:
    def lat(r, store, q):
        v = r[f"{store}_latency"].get(q)
        if v is None:
            return "-"
        extra = f" ({v['no_result']} no path)" if v["no_result"] else ""
        extra += f" [{v['calls']} calls]" if v["calls"] < r["calls"] else ""
        return f"{v['median_ms']} / {v['p95_ms']}{extra}"

    def ratio(r, q):
        a, b = r["embedded_latency"].get(q), r["neo4j_latency"].get(q)
        if not a or not b:
            return "-"
        return f"{b['median_ms'] / a['median_ms']:.1f}x / {b['p95_ms'] / a['p95_ms']:.1f}x"

    names = {"actor": "actor", "who": "who", "paths": "paths(max_hops=4)", "claims": "claims(kind)",
             "claims_limit": "claims(kind, limit=20)"}
    rows = [
        ("documents", lambda r: f"{r['docs']:,}"),
        ("Neo4j warm-up: first load on the fresh server",
         lambda r: f"{r['neo4j_warmup']['rels_per_s']:,} relationships/s ({r['neo4j_warmup']['docs']:,} docs, "
                   f"{r['neo4j_warmup']['s']} s); the next warm-up loads "
                   f"{', '.join(f'{v:,}' for v in r['neo4j_warmup']['loads_rels_per_s'][1:])}/s"
         if "neo4j_warmup" in r else "-"),
        ("graph: entities / claims / figures",
         lambda r: f"{r['graph']['entities']:,} / {r['graph']['relations']:,} / {r['graph']['quantities']:,}"),
        ("embedded load, relationships/s",
         lambda r: f"{r['embedded_load']['rels_per_s']:,} ({r['embedded_load']['relationships']:,} rels, "
                   f"{r['embedded_load']['s']} s)"),
        ("Neo4j load, relationships/s",
         lambda r: f"{r['neo4j_load']['rels_per_s']:,} ({r['neo4j_load']['relationships']:,} rels, "
                   f"{r['neo4j_load']['s']} s); same counts as embedded: {r['same_counts']}"),
        ("Neo4j naive writer, relationships/s",
         lambda r: f"{r['neo4j_naive']['naive_rels_per_s']:,} vs batched {r['neo4j_naive']['batched_rels_per_s']:,} "
                   f"on {r['neo4j_naive']['docs']:,} docs = {r['neo4j_naive']['ratio']}x "
                   f"(batched runs: {', '.join(f'{v:,}' for v in r['neo4j_naive']['batched_runs'])}/s; "
                   f"{r['neo4j_naive']['naive_statements']:,} naive statements; same result: "
                   f"{r['neo4j_naive']['same_result']})"),
    ]
    for q in QUERIES:
        rows.append((f"{names[q]} median / p95 ms: embedded", lambda r, q=q: lat(r, "embedded", q)))
        rows.append((f"{names[q]} median / p95 ms: Neo4j", lambda r, q=q: lat(r, "neo4j", q)))
        rows.append((f"{names[q]} Neo4j / embedded", lambda r, q=q: ratio(r, q)))
    return rows_table(rows, results)


def main(argv: list[str] | None = None) -> int:
    parser = common_arguments(argparse.ArgumentParser(description=__doc__.split("\n")[0]))
    parser.add_argument("--neo4j-uri", default=os.environ.get("KZGRAPH_TEST_NEO4J_URI"),
                        help="a Neo4j to empty and load (default $KZGRAPH_TEST_NEO4J_URI; without "
                             "either, tests/neo4j/neo4j.sh starts one and stops it at the end)")
    parser.add_argument("--batched-runs", type=int, default=3,
                        help="batched loads of the naive writer's subgraph (the median is compared)")
    parser.add_argument("--warmup-loads", type=int, default=3,
                        help="untimed loads of the first --naive-docs documents into Neo4j, once per run")
    parser.add_argument("--warmup-calls", type=int, default=300,
                        help="untimed calls of each query on each store before timing")
    parser.add_argument("--warmup-budget", type=float, default=20.0,
                        help="seconds per query kind for the warm-up calls")
    parser.add_argument("--keep", action="store_true", help="keep (and reuse) the built graphs under bench/out/")
    parser.add_argument("--json", type=Path, help="write every figure here too")
    args = parser.parse_args(argv)
    # the server's notes (a relationship type of the inventory not in the graph yet) are not figures
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    started = time.strftime("%Y-%m-%d %H:%M")
    load = os.getloadavg()
    instance = Path(os.environ.get("KZGRAPH_NEO4J_DIR") or OUT / "neo4j")
    ours = not args.neo4j_uri
    if ours:
        exports = start_neo4j(instance)
        args.neo4j_uri = exports["KZGRAPH_TEST_NEO4J_URI"]
        os.environ["NEO4J_PASSWORD"] = exports["NEO4J_PASSWORD"]
        _say(f"started Neo4j at {args.neo4j_uri} (instance {instance})")
    results = []
    try:
        import importlib.metadata as md

        driver_info = f"neo4j driver {md.version('neo4j')}"
        try:
            driver_info += f", neo4j-rust-ext {md.version('neo4j-rust-ext')}"
        except md.PackageNotFoundError:
            driver_info += ", without neo4j-rust-ext"
        for n in sizes:
            t = time.perf_counter()
            res = run_size(n, args, args.neo4j_uri)
            res["wall_s"] = round(time.perf_counter() - t)
            results.append(res)
            if args.json:
                args.json.write_text(json.dumps(results, indent=2))
    finally:
        if ours:
            stop_neo4j(instance)
    print(f"kzgraph bench: Neo4j next to the embedded store, {started}, {os.cpu_count()} CPUs, load average "
          f"at start {load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}, seed {args.seed}, batch size "
          f"{args.batch_size}, {driver_info}")
    print(_table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
