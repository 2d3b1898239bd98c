"""A reproducible synthetic news corpus: the seeds' sentences recombined with new names, dates and figures.

usage: python bench/corpus.py N [--seed S] [-o bench/out/corpus-N-sS.jsonl] [--langs uk,ru,en,fr,pl]

Each document is one language's seed sentences drawn at random (4 to 12 of
them).  In every sentence the names the ontology knows (any of its labels in
that language, with case endings in uk/ru/pl: "Kasyma-Żomarta Tokajewa") are
slots: a person becomes, most of the time, a new person whose given name and
surname are recombined from the ontology's people in that language (the
surname's case ending is kept: "Bołata Kulibajewa"); an organisation, country,
place or facility becomes another one the ontology names in that language.
Calendar days are redrawn (1-28), figures are redrawn at the same magnitude
in the same digit grouping ("4 266" -> "7 105"), and the document date's year
varies, so dates and figures differ too.  The number of distinct people,
relations and figures therefore grows with N, while every sentence keeps
the wording extraction is built for.

Output is JSONL (``text``, ``title``, ``date``; no ``lang``: kzgraph
identifies it), written line by line, so 100,000 documents never sit in
memory.  Same N and seed, same bytes.  Generated files go under
``bench/out/`` (git-ignored); never commit them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kzgraph.corpus import read_documents  # noqa: E402
from kzgraph.extract.lexicon import Lexicon  # noqa: E402
from kzgraph.ontology import Ontology  # noqa: E402

OUT = ROOT / "bench" / "out"
LANGS = ("uk", "ru", "en", "fr", "pl")
INFLECTED = frozenset({"uk", "ru", "pl"})  # names carry case endings here
SWAPPED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
NEW_PERSON_SHARE = 0.8  # of person slots; the rest take an ontology person
SWAP_SHARE = 0.6  # of other name slots
_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"»”]))\s+(?=[^\W\d_\"«„“])|\n+")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:([  ,.])\d{3})+|\d+)(?![\w])")
_ENDING = r"[^\W\d_]{0,3}"


@dataclass(frozen=True)
class Slot:
    start: int
    end: int
    type: str  # the ontology type of the name found here
    endings: tuple[str, ...]  # case endings after each word of the label ("а", "а")


@dataclass(frozen=True)
class Template:
    lang: str
    text: str
    slots: tuple[Slot, ...]


class Recombiner:
    """Templates from the seeds and name pools from the ontology, per language."""

    def __init__(self, seeds_dir: Path, ontology: Ontology, langs: tuple[str, ...] = LANGS):
        self.langs = langs
        self.names: dict[tuple[str, str], list[str]] = {}  # (lang, type) -> prefLabels
        self.given: dict[str, list[str]] = {}
        self.surname_heads: dict[str, list[str]] = {}
        self.surname_tails: dict[str, list[str]] = {}
        self.known_surnames: dict[str, set[str]] = {}
        self.months: dict[str, list[str]] = {}
        self._build_pools(ontology)
        self.templates: dict[str, list[Template]] = {lang: [] for lang in langs}
        matchers = {lang: self._matcher(ontology, lang) for lang in langs}
        for doc in read_documents([seeds_dir]):
            if doc.lang not in self.templates:
                continue
            for sentence in _sentences(doc.text):
                self.templates[doc.lang].append(_template(sentence, doc.lang, *matchers[doc.lang]))
        missing = [lang for lang in langs if not self.templates[lang]]
        if missing:
            raise SystemExit(f"no seed text in {', '.join(missing)} under {seeds_dir}")

    # -- pools --------------------------------------------------------------------
    def _build_pools(self, ontology: Ontology) -> None:
        lexicon = Lexicon.load(ontology)
        month_forms = lexicon.forms("month")
        for lang in self.langs:
            given, surnames = set(), set()
            for ent in sorted(ontology.entities.values(), key=lambda e: e.id):
                labels = dict(ent.pref).get(lang, ())
                if ent.type in SWAPPED_TYPES and labels:
                    self.names.setdefault((lang, ent.type), []).append(labels[0])
                if ent.type == "PERSON":
                    for label in labels:
                        parts = label.split()
                        if len(parts) >= 2:
                            given.add(" ".join(parts[:-1]))
                            surnames.add(parts[-1])
            self.given[lang] = sorted(given)
            self.known_surnames[lang] = surnames
            cut = [(s[:-3], s[-3:]) for s in sorted(surnames) if len(s) >= 6 and "-" not in s]
            self.surname_heads[lang] = sorted({h for h, _ in cut})
            self.surname_tails[lang] = sorted({t for _, t in cut})
            self.months[lang] = sorted(f for f in month_forms.get(lang, ()) if len(f) > 3)

    def _matcher(self, ontology: Ontology, lang: str):
        labels: dict[str, str] = {}
        for ent in ontology.entities.values():
            for group in (ent.pref, ent.alt):
                for label in dict(group).get(lang, ()):
                    if len(label) >= 3 and label[:1].isupper():
                        labels.setdefault(label, ent.type)
        ordered = sorted(labels, key=lambda s: (-len(s), s))
        alternatives = [_label_pattern(label, lang) for label in ordered]
        pattern = re.compile("|".join(f"(?P<n{i}>{p})" for i, p in enumerate(alternatives)))
        types = [labels[label] for label in ordered]
        months = "|".join(re.escape(m) for m in sorted(self.months[lang], key=len, reverse=True))
        day = re.compile(rf"(?<!\d)(?P<d1>[0-3]?\d)(?=\s+(?:{months})\b)|\b(?:{months})\s(?P<d2>[0-3]?\d)(?!\d)"
                         if months else r"(?P<d1>(?!x)x)(?P<d2>x)")
        return pattern, types, day

    # -- drawing ------------------------------------------------------------------
    def new_person(self, rng: random.Random, lang: str) -> str:
        heads, tails = self.surname_heads[lang], self.surname_tails[lang]
        for _ in range(10):
            surname = rng.choice(heads) + rng.choice(tails)
            if surname not in self.known_surnames[lang]:
                break
        return f"{rng.choice(self.given[lang])} {surname}"

    def fill(self, template: Template, rng: random.Random) -> str:
        text, out, pos = template.text, [], 0
        for slot in template.slots:
            out.append(text[pos:slot.start])
            out.append(self._name_for(slot, template.lang, rng, text[slot.start:slot.end]))
            pos = slot.end
        out.append(text[pos:])
        return "".join(out)

    def _name_for(self, slot: Slot, lang: str, rng: random.Random, original: str) -> str:
        if slot.type == "DAY":
            return str(rng.randint(1, 28))
        if slot.type == "NUMBER":
            return _redraw_number(original, rng)
        if slot.type == "PERSON" and rng.random() < NEW_PERSON_SHARE and self.given[lang]:
            name = self.new_person(rng, lang)
        elif rng.random() < SWAP_SHARE and self.names.get((lang, slot.type)):
            name = rng.choice(self.names[(lang, slot.type)])
        else:
            return original
        if slot.type != "PERSON" or not any(slot.endings):
            return name
        words = name.split()  # keep the case the sentence put the name in
        if len(words) == len(slot.endings):
            return " ".join(w + e for w, e in zip(words, slot.endings))
        return " ".join(words[:-1] + [words[-1] + slot.endings[-1]])

    def documents(self, n: int, seed: int) -> Iterator[dict]:
        """``n`` JSONL records (text, title, date), reproducibly from ``seed``."""
        rng = random.Random(seed)
        for i in range(n):
            lang = self.langs[i % len(self.langs)]
            k = rng.randint(4, 12)
            sentences = [self.fill(rng.choice(self.templates[lang]), rng) for _ in range(k)]
            year = rng.randint(2012, 2024)
            yield {"text": " ".join(sentences), "title": f"synthetic {lang} {seed}-{i}",
                   "date": f"{year}-01"}


def _label_pattern(label: str, lang: str) -> str:
    words = re.split(r"([\s\-‐]+)", label)
    out = []
    for w in words:
        if not w or re.fullmatch(r"[\s\-‐]+", w):
            out.append(r"[\s\-‐]+" if w else "")
        elif lang in INFLECTED and len(w) > 3 and w[-1:].isalpha():
            out.append(re.escape(w) + f"(?:{_ENDING})")
        else:
            out.append(re.escape(w))
    return r"(?<!\w)" + "".join(out) + r"(?!\w)"


def _template(sentence: str, lang: str, pattern: re.Pattern, types: list[str], day: re.Pattern) -> Template:
    slots: list[Slot] = []
    taken: list[tuple[int, int]] = []
    for m in pattern.finditer(sentence):
        group = m.lastgroup or "n0"
        etype = types[int(group[1:])]
        if etype not in SWAPPED_TYPES:
            continue
        slots.append(Slot(m.start(), m.end(), etype, _endings(m.group(0), lang)))
        taken.append((m.start(), m.end()))
    for m in day.finditer(sentence):
        a, b = m.span("d1") if m.group("d1") else m.span("d2")
        if not _overlaps(a, b, taken):
            slots.append(Slot(a, b, "DAY", ()))
            taken.append((a, b))
    for m in _NUMBER.finditer(sentence):
        value = m.group(1)
        plain = re.sub(r"\D", "", value)
        if _overlaps(m.start(), m.end(), taken) or (len(plain) == 4 and plain[:2] in ("19", "20")):
            continue  # years stay: the document date sets them
        slots.append(Slot(m.start(), m.end(), "NUMBER", ()))
    return Template(lang, sentence, tuple(sorted(slots, key=lambda s: s.start)))


def _endings(matched: str, lang: str) -> tuple[str, ...]:
    """The case ending of each word of a matched person name (Slavic languages only)."""
    if lang not in INFLECTED:
        return ()
    words = matched.split()
    vowels = "аеєиіїоуюяыэaeiouyąęó"
    return tuple(w[-1] if w[-1:].lower() in vowels and len(w) > 4 else "" for w in words)


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < y and x < b for x, y in spans)


def _redraw_number(original: str, rng: random.Random) -> str:
    digits = re.sub(r"\D", "", original)
    if len(digits) <= 1:
        return str(rng.randint(2, 9))
    value = rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1)
    sep = next((c for c in original if not c.isdigit()), None)
    if sep is None:
        return str(value)
    text = f"{value:,}"
    return text.replace(",", sep)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) >= 20]


def write_corpus(path: Path, n: int, seed: int = 1, *, seeds_dir: Path = ROOT / "seeds",
                 langs: tuple[str, ...] = LANGS) -> Path:
    """Write ``n`` documents to ``path`` (JSONL, streamed) unless the same file is there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    recombiner = Recombiner(seeds_dir, Ontology.load(), langs)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for record in recombiner.documents(n, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def corpus_path(n: int, seed: int = 1) -> Path:
    return OUT / f"corpus-{n}-s{seed}.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("docs", type=int, help="number of documents")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, help="default: bench/out/corpus-N-sSEED.jsonl")
    parser.add_argument("--langs", default=",".join(LANGS))
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("the number of documents must be positive")
    path = write_corpus(args.output or corpus_path(args.docs, args.seed), args.docs, args.seed,
                        langs=tuple(args.langs.split(",")))
    print(f"{args.docs} documents -> {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
