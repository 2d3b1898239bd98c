"""Query latency alone on a generated corpus: load it into a fresh store, time the API.

usage: python bench/latency.py N [--seed S] [--workers 2] [--calls 100] [--latency-budget 120]
                                  [--keep]

The same inputs and figures as the latency rows of ``bench/run.py`` (median
and p95 of ``actor``, ``who``, ``paths(max_hops=4)``, ``claims``), without
the other measurements: for checking a query change at 100k documents.
With ``--keep`` the built graph (a pickle) and the loaded store stay under
``bench/out/`` and the next run with ``--keep`` reuses both, so a query
change is timed in minutes instead of the extraction's quarter hour; delete
them (or run without ``--keep``) after changing extraction or the writer.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import OUT, ROOT, _latency  # noqa: E402  (run.py puts the checkout on sys.path)


def main(argv: list[str] | None = None) -> int:
    from corpus import corpus_path, write_corpus

    from kzgraph.corpus import read_documents
    from kzgraph.ontology import Ontology
    from kzgraph.pipeline import extract_graph
    from kzgraph.query import KZGraph
    from kzgraph.store import open_store, stop_embedded

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("docs", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--latency-budget", type=float, default=120.0)
    parser.add_argument("--keep", action="store_true",
                        help="keep (and reuse) the built graph and the loaded store under bench/out/")
    args = parser.parse_args(argv)
    path = corpus_path(args.docs, args.seed)
    if not path.exists():
        write_corpus(path, args.docs, args.seed)
    ontology = Ontology.load()
    kept_graph = OUT / f"graph-{args.docs}-s{args.seed}.pickle"
    kept_home = OUT / f"store-{args.docs}-s{args.seed}"
    t = time.perf_counter()
    if args.keep and kept_graph.exists():
        graph = pickle.loads(kept_graph.read_bytes())
    else:
        graph = extract_graph(read_documents([path]), ontology=ontology, workers=args.workers)
        if args.keep:
            kept_graph.write_bytes(pickle.dumps(graph, protocol=pickle.HIGHEST_PROTOCOL))
    print(f"graph of {args.docs} documents in {time.perf_counter() - t:.0f} s: {graph.stats()}",
          file=sys.stderr, flush=True)
    home = kept_home if args.keep else Path(tempfile.mkdtemp(prefix=f"kzlatency-{args.docs}-", dir=OUT))
    reuse = args.keep and (home / "done").exists()
    try:
        with open_store(home=home, ontology=ontology) as store:
            if not reuse:
                store.write(graph)
                if args.keep:
                    (home / "done").touch()
            result = _latency(KZGraph(store, ontology), graph, args.calls, random.Random(args.seed),
                              args.latency_budget)
    finally:
        stop_embedded(home)
        if not args.keep:
            shutil.rmtree(home, ignore_errors=True)
    print(json.dumps({"docs": args.docs, "latency": result, "root": str(ROOT)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
