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

# story -> metric -> bar (measured 2026-12-05 on main, rounded down to 0.01; mention and alignment
# bars raised after issue 14's unknown-name work on branch nextnames).  kyrgyzstan rel_p went
# 0.435 -> 0.423 (rel_f1 0.156 -> 0.168) when German names were first found: its two new
# 'wrong' claims (Jeenbekov RESIGNED / HOLDS_ROLE President in 005_de) have the right subject
# and a missing or literal object, a relation-object gap the names now expose.
# rel_f1/rel_p raised on branch frames (issue 15: defaults from the document's own country,
# Slavic frames); srilanka's lowered 0.17/0.38 -> 0.16/0.37 by one check-set claim: a person's
# resignation now carries the role the same sentence names him with (the dev stories' and
# heldout's gold write persons' resignations with their role), where that gold differs.
# georgia's rel_f1/rel_p raised then set back to 0.22/0.72 (still above main's 0.22/0.64): a
# generic body the ontology ties to Kazakhstan ("the government") is no argument in an article
# about another country, which costs georgia one claim whose surface form was right.
BARS = {
    "georgia-2024": {"mention_f1": 0.92, "align_f1": 0.74, "rel_f1": 0.22, "rel_p": 0.72, "qty_f1": 1.0},
    "kyrgyzstan-2020": {"mention_f1": 0.83, "align_f1": 0.89, "rel_f1": 0.21, "rel_p": 0.58, "qty_f1": 0.66},
    "myanmar-2021": {"mention_f1": 0.93, "align_f1": 0.51, "rel_f1": 0.06, "rel_p": 0.37, "qty_f1": 0.61},
    "srilanka-2022": {"mention_f1": 0.89, "align_f1": 0.63, "rel_f1": 0.16, "rel_p": 0.39, "qty_f1": 0.87},
    "ukraine": {"mention_f1": 0.95, "align_f1": 0.86, "rel_f1": 0.36, "rel_p": 0.81, "qty_f1": 1.0},
    "wagner-2023": {"mention_f1": 0.89, "align_f1": 0.86, "rel_f1": 0.31, "rel_p": 0.78, "qty_f1": 0.0},
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
    assert result["files_scored"] == result["gold_files"] == 7
    low = {metric: (result[metric], bar) for metric, bar in BARS[story].items() if result[metric] < bar}
    assert not low, f"{story} below its bars (figure, bar): {low}"


# story -> figure-context metric -> bar (issue 13; measured 2026-12-05 on branch sources, rounded down)
CONTEXT_BARS = {
    "georgia-2024": {"qty_source_acc": 0.66, "qty_as_of_acc": 1.0},
    "kyrgyzstan-2020": {"qty_source_acc": 0.5, "qty_as_of_acc": 1.0},
    "myanmar-2021": {"qty_source_acc": 0.75, "qty_as_of_acc": 1.0},
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
