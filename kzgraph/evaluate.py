"""Score an extraction (records of the JSONL contract) against a gold annotation.

The figures are those of the project's reference scorer (``shared/tools/score.py``),
computed the same way so the two always agree:

- **mentions**: recall of gold ``(file, surface form)`` pairs found among the
  predicted entity mentions; precision of the predicted mention strings (per
  file, normalised) that match a gold form.  A predicted form that contains a
  gold form or is contained in one (both at least three characters) counts.
- **alignment**: pairwise precision/recall over the gold forms found, across
  all files: two forms belong together iff they share a gold canonical entity.
- **relations**: ``(file, subject, predicate, object)`` with entity ids mapped
  to gold canonicals through their mentions (majority vote); literals and
  unmapped names match fuzzily (token prefixes).
- **quantities**: ``(file, what, value)`` multiset precision/recall.
- **context** (``context=True``): of the relations found, the share whose date
  equals the gold date where the gold gives one (``rel_date_acc``); of the
  figures found, the share whose source (``qty_source_acc``) and as-of date
  (``qty_as_of_acc``) equal the gold ones where the gold gives them.
- **per predicate** (``by_predicate=True``): gold, found and wrong relations,
  recall and precision of each predicate.

Gold format: a list of ``{"file", "entities": [{"canonical", "type",
"surface_forms"}], "relations": [{"subject", "predicate", "object"}],
"quantities": [{"what", "value"}]}``.  Documents are matched to gold files by
the file name of their ``path``.

Examples
--------
>>> gold = [{"file": "a.txt", "entities": [{"canonical": "Almaty", "surface_forms": ["Almaty"]}],
...          "relations": [], "quantities": [{"what": "killed", "value": 164}]}]
>>> records = [{"kind": "document", "doc": "d1", "path": "x/a.txt"},
...            {"kind": "entity", "id": "almaty", "name": "Almaty",
...             "mentions": [{"doc": "d1", "text": "Almaty"}, {"doc": "d1", "text": "Alma"}]},
...            {"kind": "quantity", "what": "killed", "value": 164, "doc": "d1"}]
>>> s = score(gold, None, records)
>>> s["mention_p"], s["mention_r"], s["qty_f1"]
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from .errors import CorpusError

METRICS = ("mention", "align", "rel", "qty")


def norm(s: object) -> str:
    """NFKC, case-folded, one apostrophe, no double quotes, single spaces.

    >>> norm(' «Хабар  24» '), norm("Nazarbayev’s")
    ('хабар 24', "nazarbayev's")
    """
    s = unicodedata.normalize("NFKC", str(s)).casefold()
    s = s.replace("’", "'").replace("ʼ", "'").replace("`", "'")
    s = re.sub(r"[\"«»“”„]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _tokens(s: object) -> set[str]:
    return set(re.findall(r"\w+", norm(s)))


def literal_match(a: object, b: object) -> bool:
    """Prefix-tolerant token overlap: at least half of ``b``'s tokens share a 5-letter prefix.

    >>> literal_match("high treason", "treason"), literal_match("treason", "corruption")
    (True, False)
    """
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    hits = sum(1 for x in tb if any(y.startswith(x[:5]) or x.startswith(y[:5]) for y in ta))
    return hits / len(tb) >= 0.5


def load_gold(path: str | Path) -> list[dict]:
    """Read a gold annotation file (JSON list), with a clear error if it is not one."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CorpusError(f"{path}: not a readable gold JSON file ({exc})") from exc
    if not isinstance(gold, list) or not all(isinstance(g, dict) and "file" in g for g in gold):
        raise CorpusError(f"{path}: a gold file is a JSON list of objects with a \"file\" field")
    return gold


def score(gold: list[dict], texts_dir: str | Path | None, records: Iterable[dict], *,
          only_gold_predicates: bool = False, details: bool = False, context: bool = False,
          by_predicate: bool = False) -> dict:
    """Precision, recall and F1 of mentions, alignment, relations and quantities.

    ``texts_dir`` is accepted for parity with the reference scorer's command
    line (which takes it and does not use it).  With ``details=True`` the
    result also holds ``missed`` gold forms, ``spurious`` predicted forms,
    ``rel_missed`` and ``rel_wrong`` relations; with ``context=True`` the
    date, source and as-of accuracies (``None`` where the gold gives none);
    with ``by_predicate=True`` a ``by_predicate`` table,
    ``{predicate: {"gold", "found", "wrong", "recall", "precision"}}``.
    """
    del texts_dir  # kept for the reference scorer's signature
    docs, ents, rels, qtys = _split(records)
    gold_files = {g["file"] for g in gold}
    doc_file = {d: f for d, f in docs.items() if f in gold_files}

    pred_forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for eid, e in ents.items():
        for m in e.get("mentions", []):
            f = doc_file.get(m.get("doc"))
            if f:
                pred_forms[f][norm(m.get("text", ""))].add(eid)

    # -- mentions
    found: list[tuple[str, str, str, frozenset]] = []
    missed: list[tuple[str, str, str]] = []
    gold_form_set: dict[str, set[str]] = defaultdict(set)
    n_gold_forms = 0
    for g in gold:
        f = g["file"]
        for e in g.get("entities", []):
            for s in set(e.get("surface_forms", [])):
                n_gold_forms += 1
                ns = norm(s)
                gold_form_set[f].add(ns)
                ids = set(pred_forms[f].get(ns, set()))
                if not ids:
                    for pf, pids in pred_forms[f].items():
                        if pf and (ns in pf or pf in ns) and min(len(pf), len(ns)) >= 3:
                            ids |= pids
                if ids:
                    found.append((f, ns, e["canonical"], frozenset(ids)))
                else:
                    missed.append((f, s, e["canonical"]))
    mention_r = len(found) / n_gold_forms if n_gold_forms else 0.0
    n_pred_forms = sum(len(v) for v in pred_forms.values())
    good, spurious = 0, []
    for f, forms in pred_forms.items():
        for pf in forms:
            if any(pf == gf or (min(len(pf), len(gf)) >= 3 and (pf in gf or gf in pf))
                   for gf in gold_form_set[f]):
                good += 1
            else:
                spurious.append((f, pf))
    mention_p = good / n_pred_forms if n_pred_forms else 0.0

    # -- alignment (pairs of found forms)
    tp = fp = fn = 0
    for i in range(len(found)):
        for j in range(i + 1, len(found)):
            same_gold = found[i][2] == found[j][2]
            same_pred = bool(found[i][3] & found[j][3])
            if same_gold and same_pred:
                tp += 1
            elif same_pred:
                fp += 1
            elif same_gold:
                fn += 1
    align_p = tp / (tp + fp) if tp + fp else 0.0
    align_r = tp / (tp + fn) if tp + fn else 0.0

    # -- relations
    votes: dict[str, Counter] = defaultdict(Counter)
    for _, _, canon, ids in found:
        for i in ids:
            votes[i][canon] += 1
    id2canon = {i: c.most_common(1)[0][0] for i, c in votes.items()}

    def canon_of(eid, literal):
        if eid and eid in id2canon:
            return id2canon[eid]
        if eid and eid in ents:
            return ents[eid].get("name")
        return literal

    gold_rel = [(g["file"], r["subject"], r["predicate"], r.get("object"))
                for g in gold for r in g.get("relations", [])]
    gold_rel_date = [r.get("date") for g in gold for r in g.get("relations", [])]
    gold_predicates = {r[2] for r in gold_rel}
    pred_rel, pred_rel_date = [], []
    for r in rels:
        f = doc_file.get(r.get("doc"))
        if not f or (only_gold_predicates and r.get("predicate") not in gold_predicates):
            continue
        pred_rel.append((f, canon_of(r.get("subject"), None), r.get("predicate"),
                         canon_of(r.get("object"), r.get("literal"))))
        pred_rel_date.append(r.get("date"))

    def same_arg(p, g):
        if p is None or g is None:
            return p is None and g is None
        return norm(p) == norm(g) or literal_match(p, g)

    used: set[int] = set()
    rel_wrong = []
    dated = dated_right = 0
    for p, p_date in zip(pred_rel, pred_rel_date):
        hit = next((k for k, g in enumerate(gold_rel) if k not in used and p[0] == g[0] and p[2] == g[2]
                    and same_arg(p[1], g[1]) and same_arg(p[3], g[3])), None)
        if hit is None:
            rel_wrong.append(p)
        else:
            used.add(hit)
            if gold_rel_date[hit]:
                dated += 1
                dated_right += str(p_date or "") == str(gold_rel_date[hit])
    rel_tp = len(used)
    rel_p = rel_tp / len(pred_rel) if pred_rel else 0.0
    rel_r = rel_tp / len(gold_rel) if gold_rel else 0.0

    # -- quantities
    gold_q = Counter((g["file"], q["what"], int(q["value"])) for g in gold for q in g.get("quantities", []))
    pred_q: Counter = Counter()
    for q in qtys:
        f = doc_file.get(q.get("doc"))
        if f and isinstance(q.get("value"), (int, float)):
            pred_q[(f, q.get("what"), int(q["value"]))] += 1
    q_tp = sum((gold_q & pred_q).values())
    q_p = q_tp / sum(pred_q.values()) if pred_q else 0.0
    q_r = q_tp / sum(gold_q.values()) if gold_q else 0.0

    result = {
        "files_scored": len(set(doc_file.values())), "gold_files": len(gold_files),
        "mention_p": round(mention_p, 3), "mention_r": round(mention_r, 3),
        "mention_f1": round(_f1(mention_p, mention_r), 3),
        "align_p": round(align_p, 3), "align_r": round(align_r, 3), "align_f1": round(_f1(align_p, align_r), 3),
        "rel_p": round(rel_p, 3), "rel_r": round(rel_r, 3), "rel_f1": round(_f1(rel_p, rel_r), 3),
        "rel_pred": len(pred_rel), "rel_gold": len(gold_rel),
        "qty_p": round(q_p, 3), "qty_r": round(q_r, 3), "qty_f1": round(_f1(q_p, q_r), 3),
    }
    if context:
        sourced, source_right, as_of, as_of_right = _figure_context(gold, qtys, doc_file, canon_of, same_arg)
        result.update(rel_date_acc=_share(dated_right, dated), rel_dated=dated,
                      qty_source_acc=_share(source_right, sourced), qty_sourced=sourced,
                      qty_as_of_acc=_share(as_of_right, as_of), qty_dated=as_of)
    if by_predicate:
        result["by_predicate"] = _by_predicate(gold_rel, used, rel_wrong)
    if details:
        result.update(missed=missed, spurious=spurious,
                      rel_missed=[g for k, g in enumerate(gold_rel) if k not in used], rel_wrong=rel_wrong)
    return result


def _figure_context(gold, qtys, doc_file, canon_of, same_arg) -> tuple[int, int, int, int]:
    """Of the gold figures found: how many name a source, how many of those the
    extraction gives; the same for as-of dates."""
    found: dict[tuple, list[dict]] = defaultdict(list)
    for q in qtys:
        f = doc_file.get(q.get("doc"))
        if f and isinstance(q.get("value"), (int, float)):
            found[(f, q.get("what"), int(q["value"]))].append(q)
    sourced = source_right = as_of = as_of_right = 0
    for g in gold:
        for q in g.get("quantities", []):
            candidates = found.get((g["file"], q["what"], int(q["value"])), [])
            if not candidates:
                continue
            if q.get("according_to"):
                sourced += 1
                source_right += any(same_arg(canon_of(c.get("according_to"), None), q["according_to"])
                                    for c in candidates if c.get("according_to"))
            if q.get("as_of"):
                as_of += 1
                as_of_right += any(str(c.get("as_of") or "") == str(q["as_of"]) for c in candidates)
    return sourced, source_right, as_of, as_of_right


def _by_predicate(gold_rel: list[tuple], used: set[int], wrong: list[tuple]) -> dict[str, dict]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # found, wrong, missed
    for k, g in enumerate(gold_rel):
        counts[g[2]][0 if k in used else 2] += 1
    for p in wrong:
        counts[p[2]][1] += 1
    table = {}
    for name, (found, bad, missed) in sorted(counts.items(), key=lambda kv: -(kv[1][0] + kv[1][2])):
        table[name] = {"gold": found + missed, "found": found, "wrong": bad,
                       "recall": round(found / (found + missed), 2) if found + missed else 0.0,
                       "precision": round(found / (found + bad), 2) if found + bad else 0.0}
    return table


def _share(right: int, total: int) -> float | None:
    return round(right / total, 3) if total else None


def format_scores(result: dict) -> str:
    """One line per metric: ``mention  P 0.985  R 1.000  F1 0.993``; with the context
    figures (``context=True``), one line each: ``rel_date_acc 0.647 (of 17)``."""
    lines = []
    for metric in METRICS:
        lines.append(f"{metric:<8} P {result[f'{metric}_p']:.3f}  R {result[f'{metric}_r']:.3f}  "
                     f"F1 {result[f'{metric}_f1']:.3f}")
    for share, total in (("rel_date_acc", "rel_dated"), ("qty_source_acc", "qty_sourced"),
                         ("qty_as_of_acc", "qty_dated")):
        if share in result:
            value = "n/a" if result[share] is None else f"{result[share]:.3f}"
            lines.append(f"{share} {value} (of {result[total]})")
    return "\n".join(lines)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _split(records: Iterable[dict]):
    docs: dict[str, str] = {}
    ents: dict[str, dict] = {}
    rels: list[dict] = []
    qtys: list[dict] = []
    for r in records:
        kind = r.get("kind")
        if kind == "document":
            docs[r["doc"]] = Path(r.get("path") or "").name
        elif kind == "entity":
            ents[r["id"]] = r
        elif kind == "relation":
            rels.append(r)
        elif kind == "quantity":
            qtys.append(r)
    return docs, ents, rels, qtys


__all__ = ["score", "format_scores", "load_gold", "norm", "literal_match", "METRICS"]
