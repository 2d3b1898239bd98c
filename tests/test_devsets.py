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
# them, never lowered without a reason written here.
# 2026-12-06 (session 5), measured on main after nine branches met (kk, legal, movement, roles,
# statements, speed, names, phrases, leak):
# - the SETS changed: a Kazakh article (008_kk) was added to kyrgyzstan-2020, myanmar-2021,
#   wagner-2023 and ukraine and a Spanish one (009_es) to kyrgyzstan-2020 and myanmar-2021 (the
#   hidden evaluation reads Kazakh; none of our stories did); myanmar and srilanka lost the 5 and
#   10 repeated gold relations no extraction can match (the seeds' convention: one per file and
#   triple).  Those stories' bars were first reset on unchanged code (branch kk), then raised.
# - georgia-2024 align_f1 0.80 -> 0.78: a folder load no longer reads the story's README.md as an
#   article; its quoted name forms had joined clusters (0.761 with it, 0.748 without, on the same
#   code); the names and leak branches then moved it to 0.785.
# - session 7 (branch events): srilanka-2022 align_f1 0.80 -> 0.81 (the IMF known in every
#   language), rel_f1 0.49 -> 0.50 and rel_p 0.74 -> 0.75 (buildings named by a common noun, a
#   break-in no seizure of one).
# - session 8 (branch groups): srilanka-2022 align_f1 0.84 -> 0.90 (a family named by a surname,
#   "семья Раджапакса", "the Rajapaksa family", is one group mention, no person's).
#   wagner-2023 align_f1 0.97 -> 0.99 (members named by a noun of the organisation's name,
#   "вагнеровцы", "wagnerowcy", and a person's fighters are a group of their own).
# - session 8 (branch roles8): kyrgyzstan-2020 rel_f1 0.74 -> 0.77, rel_p 0.93 -> 0.94; srilanka-2022
#   rel_f1 0.54 -> 0.56, rel_p 0.8 -> 0.81; wagner-2023 rel_f1 0.69 -> 0.70 (parliaments that elect,
#   titles named as posts, ministers, dashes).
# - session 9 (main): srilanka-2022 align_f1 0.90 -> 0.93, rel_f1 0.56 -> 0.57, but rel_p 0.81 -> 0.79
#   (lowered on purpose: a German given name the dictionary holds as a noun, "Finanzminister Basil X",
#   is part of the name, and two people of one surname named in full keep their own claims; one more
#   HOLDS_ROLE found and one more wrong, precision stays above the 0.75).
# - session 9 (main): ukraine rel_p 0.95 -> 0.94 and srilanka-2022 rel_p 0.79 -> 0.77 (lowered on
#   purpose: leaving one's post is a resignation, "покинул свой пост"; ukraine's new claim is true of its
#   text, Poroshenko leaving the NSDC post, which its gold does not list).
# - session 9 (branch stance10): myanmar-2021 rel_f1 0.70 -> 0.71 (a party's veteran is its member).
# - session 9 (branch mentions10): mention_f1 kyrgyzstan-2020 0.87 -> 0.89, myanmar-2021 0.96 -> 0.97,
#   srilanka-2022 0.91 -> 0.92, ukraine 0.95 -> 0.96, wagner-2023 0.91 -> 0.93; myanmar-2021 rel_f1
#   0.70 -> 0.72; kyrgyzstan-2020 qty_source_acc 0.6 -> 0.8 (ministries named in lower case, Cyrillic
#   common words no Latin labels, Kazakh titles' first words, places conjoined at a sentence's start).
# - session 9 (branch roles10): myanmar-2021 rel_f1 0.70 -> 0.71, ukraine 0.74 -> 0.75, wagner-2023
#   0.70 -> 0.71 (a title opening a sentence renames the person the sentence before named).
# - session 9 (branch govbodies): georgia-2024 align_f1 0.85 -> 0.87 (a country's body named by its
#   common noun with the country is one mention: "the Georgian government", "парламент Грузии").
# - session 9 (branch roles11): kyrgyzstan-2020 rel_f1 0.77 -> 0.78 (two titles joined by a
#   conjunction, said of one holder: "cumule les fonctions de Premier ministre et de chef de l'État").
# - session 9 (branch partyplace): georgia-2024 align_f1 0.87 -> 0.88 (party and body names built on a
#   country or of ordinary words read whole: "Strong Georgia", "Association des jeunes avocats géorgiens").
BARS = {
    "georgia-2024": {"mention_f1": 0.95, "align_f1": 0.88, "rel_f1": 0.48, "rel_p": 0.89, "qty_f1": 1.0},
    "kyrgyzstan-2020": {"mention_f1": 0.89, "align_f1": 0.98, "rel_f1": 0.78, "rel_p": 0.94, "qty_f1": 0.52},
    "myanmar-2021": {"mention_f1": 0.97, "align_f1": 0.99, "rel_f1": 0.72, "rel_p": 0.94, "qty_f1": 0.62},
    "srilanka-2022": {"mention_f1": 0.92, "align_f1": 0.93, "rel_f1": 0.56, "rel_p": 0.77, "qty_f1": 0.87},
    "ukraine": {"mention_f1": 0.96, "align_f1": 0.99, "rel_f1": 0.75, "rel_p": 0.94, "qty_f1": 0.75},
    "wagner-2023": {"mention_f1": 0.93, "align_f1": 0.99, "rel_f1": 0.71, "rel_p": 0.96, "qty_f1": 0.0},
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
    "georgia-2024": {"qty_source_acc": 1.0, "qty_as_of_acc": 1.0},
    "kyrgyzstan-2020": {"qty_source_acc": 0.8, "qty_as_of_acc": 1.0},
    "myanmar-2021": {"qty_source_acc": 1.0, "qty_as_of_acc": 1.0},
    "srilanka-2022": {"qty_source_acc": 0.66},
    "ukraine": {"qty_source_acc": 1.0, "qty_as_of_acc": 1.0},
}


@pytest.mark.parametrize("story", sorted(CONTEXT_BARS))
def test_devsets_figure_context_at_least_its_bars(story, extract_records):
    folder = DEV / story
    result = score(load_gold(folder / "gold.json"), folder, extract_records(folder), context=True)
    low = {metric: (result[metric], bar) for metric, bar in CONTEXT_BARS[story].items()
           if result[metric] is None or result[metric] < bar}
    assert not low, f"{story} below its figure-context bars (figure, bar): {low}"


# story -> bar for rel_date_acc, the share of the relations found whose date is the gold one (issue 15,
# relation dates: dates of the text before a sentence, the document's date, relative clauses,
# datelines, years and months; measured 2026-12-06 on branch legal, rounded down; georgia-2024 0.66 ->
# 0.5 after the branches met: the stance branch found one more dated relation there, so 1 of 2
# instead of 2 of 3, which on a set of 2 dated relations says little either way)
# myanmar-2021 0.93 -> 0.94 on branch military (the armed forces named by a common plural noun)
REL_DATE_BARS = {
    "georgia-2024": 0.5, "kyrgyzstan-2020": 0.73, "myanmar-2021": 0.94, "srilanka-2022": 0.85,
    "ukraine": 0.88, "wagner-2023": 0.84,
}


@pytest.mark.parametrize("story", sorted(REL_DATE_BARS))
def test_devsets_relation_dates_at_least_their_bars(story, extract_records):
    folder = DEV / story
    result = score(load_gold(folder / "gold.json"), folder, extract_records(folder), context=True)
    print(f"\n{story}: rel_date_acc {result['rel_date_acc']}")
    assert result["rel_date_acc"] is not None and result["rel_date_acc"] >= REL_DATE_BARS[story], result["rel_date_acc"]
