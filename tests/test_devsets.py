"""The six development stories of ``tests/data/dev/`` scored in the suite.

Each story (seven articles of our own writing, not Kazakhstan, most of its
people unknown to the ontology) is extracted as ``kzgraph extract`` does and
scored with ``kzgraph.evaluate`` (the reference scorer's figures).  The bars
are the figures measured when the sets were written, rounded down: they
catch a change that makes the next story worse, and are raised as the
extraction issues (14, 15) move them.  Run with ``-s`` to see the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kzgraph.evaluate import load_gold, score

DEV = Path(__file__).resolve().parent / "data" / "dev"

# story -> metric -> bar: the figures measured on main, rounded down to 0.01, raised as
# the extraction issues (14: names and alignment; 15: role statements and frames) move
# them, never lowered without a reason written here.  Measured on main after the second
# round of extraction branches (roles2, west2, names2, slavic2) met, 2026-12-06.
# wagner rel_p: 0.87 on branch roles2 alone, 0.865 once west2 and slavic2 added 4 right and
# 1 wrong claims (rel_f1 0.51 -> 0.566): the bar is the merged level.
# RESET, NOT A REGRESSION (branch kk, 2026-12-06): the SETS changed.  A Kazakh article
# (008_kk) was added to kyrgyzstan-2020, myanmar-2021, wagner-2023 and ukraine, and a
# Spanish one (009_es) to kyrgyzstan-2020 and myanmar-2021, because the hidden evaluation has
# Kazakh and none of our stories did.  Those four stories' bars (and their figure-context
# bars) were re-measured with the new files on the same code and set to floor(measured):
# several are lower than before (kyrgyzstan rel_f1 0.5 -> 0.46, rel_p 0.84 -> 0.77, qty_f1
# 0.66 -> 0.52, align_f1 0.93 -> 0.90; myanmar rel_f1 0.34 -> 0.32; ukraine align_f1 0.89 ->
# 0.87, qty_f1 1.0 -> 0.75; wagner rel_f1 0.56 -> 0.51) because the new articles are harder,
# not because the extraction got worse.  Then raised by the Kazakh frames and names of the same
# branch (ontology/frames_kk.ttl): kyrgyzstan rel_f1 0.46 -> 0.53, myanmar 0.32 -> 0.37, ukraine
# 0.53 -> 0.55, wagner 0.51 -> 0.61 (rel_p up in all four).
# legal (issue 15, law-enforcement predicates): kyrgyzstan rel_f1 0.564 rel_p 0.863, myanmar 0.444 / 0.824, georgia (check set) 0.427 / 0.848,
# ukraine 0.539 / 0.865.
# Raised on branch roles (issue 15, role statements: feminine and further titles, copulas,
# replacements, ordinals, membership, accredited representatives), 2026-12-06.
# Statements and offices (branch statements: demands, meetings, labels as phrases, lists of
# dismissals, condemned acts) raised kyrgyzstan, myanmar, srilanka, ukraine and wagner.
BARS = {
    "georgia-2024": {"mention_f1": 0.94, "align_f1": 0.76, "rel_f1": 0.43, "rel_p": 0.84, "qty_f1": 1.0},
    "kyrgyzstan-2020": {"mention_f1": 0.85, "align_f1": 0.91, "rel_f1": 0.66, "rel_p": 0.89, "qty_f1": 0.52},
    "myanmar-2021": {"mention_f1": 0.93, "align_f1": 0.76, "rel_f1": 0.37, "rel_p": 0.86, "qty_f1": 0.62},
    "srilanka-2022": {"mention_f1": 0.91, "align_f1": 0.7, "rel_f1": 0.41, "rel_p": 0.7, "qty_f1": 0.87},
    "ukraine": {"mention_f1": 0.95, "align_f1": 0.87, "rel_f1": 0.55, "rel_p": 0.88, "qty_f1": 0.75},
    "wagner-2023": {"mention_f1": 0.89, "align_f1": 0.91, "rel_f1": 0.61, "rel_p": 0.89, "qty_f1": 0.0},
}


def test_devsets_cover_every_story_on_disk():
    stories = {p.name for p in DEV.iterdir() if (p / "gold.json").is_file()}
    assert stories == set(BARS)
    files = [f for story in stories for f in (DEV / story).glob("*.txt")]
    langs = {f.stem.split("_", 1)[1] for f in files}
    assert len(files) >= 40 and len(langs) >= 8, (len(files), sorted(langs))


@pytest.fixture(scope="module")
def extract_records():
    from kzgraph.corpus import read_documents
    from kzgraph.ontology import Ontology
    from kzgraph.pipeline import extract_graph

    ontology = Ontology.load()

    def run(folder: Path) -> list[dict]:
        # the pipeline's own path: extraction, corpus-wide dates, alignment
        return list(extract_graph(read_documents([folder]), ontology=ontology).records())

    return run


@pytest.mark.parametrize("story", sorted(BARS))
def test_devsets_score_at_least_their_bars(story, extract_records):
    folder = DEV / story
    result = score(load_gold(folder / "gold.json"), folder, extract_records(folder), context=True)
    print(f"\n{story}: " + ", ".join(f"{k} {v}" for k, v in result.items()))
    assert result["files_scored"] == result["gold_files"] >= 7
    low = {metric: (result[metric], bar) for metric, bar in BARS[story].items() if result[metric] < bar}
    assert not low, f"{story} below its bars (figure, bar): {low}"


# story -> figure-context metric -> bar (issue 13; measured 2026-12-05 on branch sources, rounded down)
CONTEXT_BARS = {
    "georgia-2024": {"qty_source_acc": 0.66, "qty_as_of_acc": 1.0},
    "kyrgyzstan-2020": {"qty_source_acc": 0.4, "qty_as_of_acc": 1.0},
    "myanmar-2021": {"qty_source_acc": 0.8, "qty_as_of_acc": 1.0},
    "srilanka-2022": {"qty_source_acc": 0.33},
    "ukraine": {"qty_source_acc": 1.0, "qty_as_of_acc": 1.0},
}


@pytest.mark.parametrize("story", sorted(CONTEXT_BARS))
def test_devsets_figure_context_at_least_its_bars(story, extract_records):
    folder = DEV / story
    result = score(load_gold(folder / "gold.json"), folder, extract_records(folder), context=True)
    low = {metric: (result[metric], bar) for metric, bar in CONTEXT_BARS[story].items()
           if result[metric] is None or result[metric] < bar}
    assert not low, f"{story} below its figure-context bars (figure, bar): {low}"
