"""The notebook example runs headless on the seeds, and its answers hold.

``examples/explore.py`` (jupytext percent format) is executed as a script,
once per module, with the embedded store in a fresh ``$KZGRAPH_HOME``: it
loads ``seeds/`` (extraction, alignment, store) and asks the questions of
issue 5.  This is the end-to-end test: the same store is then questioned
through the API in several languages.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from kzgraph.query import KZGraph

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "explore.py"


@pytest.fixture(scope="module")
def explored(kz_home):
    """(the example's globals, what it printed); the store stays in kz_home."""
    import contextlib
    import io
    import os

    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            namespace = runpy.run_path(str(EXAMPLE), run_name="__main__")
    finally:
        os.chdir(cwd)
    return namespace, out.getvalue()


@pytest.fixture
def graph(explored, kz_home):
    with KZGraph.open(home=kz_home) as g:
        yield g


def test_examples_explore_runs_headless(explored):
    namespace, printed = explored
    assert printed.startswith("5 documents:")
    for answer in ("asked", "troops", "detained", "network"):
        assert answer in namespace
    assert "figures for detained" in printed and "countries:" in printed


def test_examples_explore_answers_who_asked_the_csto(explored):
    namespace, _ = explored
    assert {r.subject.name for r in namespace["asked"]} == {"Kassym-Jomart Tokayev"}


def test_examples_explore_answers_which_countries_sent_troops(explored):
    namespace, _ = explored
    assert {"Russia", "Belarus", "Armenia"} <= set(namespace["countries"])


def test_examples_explore_answers_figures_for_the_detained(explored):
    namespace, printed = explored
    figures = {f.value: f for f in namespace["detained"]}
    assert {4266, 5135, 5969} <= set(figures)
    assert figures[4266].source is not None and figures[4266].lang == "uk"
    assert "Karim Masimov" in printed  # his profile and the path question


def test_examples_explore_is_jupytext_percent_format():
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "format_name: percent" in text
    cells = [line for line in text.splitlines() if line.startswith("# %%")]
    assert len(cells) >= 10 and any(c.startswith("# %% [markdown]") for c in cells)


@pytest.mark.parametrize("names", [
    ("Tokajew", "Токаєва", "Kassym-Jomart Tokayev", "Tokaïev", "Токаев"),
    ("CSTO", "ОДКБ", "ODKB", "OTSC"),
    ("Masimov", "Масімова", "Каріма Масімова"),
])
def test_examples_seeds_names_resolve_in_every_language(graph, names):
    assert len({graph.actor(n).id for n in names}) == 1


def test_examples_seeds_questions_through_the_api(graph):
    assert "detained" in {c.kind for c in graph.conflicts()}
    assert graph.actors(top=1)[0].degree > 0
    assert graph.timeline()[0].date <= graph.timeline()[-1].date
    path = graph.paths("Nazarbayev", "ОДКБ", max_hops=4)[0]
    assert path.hops and all(h.evidence for h in path.hops)
