"""Results in a notebook: HTML tables, the package's top level, a closed graph, networkx files.

Every question runs on the real embedded store holding the gold graph of the five seeds.
"""

from __future__ import annotations

import html.parser

import networkx as nx
import pytest

import kzgraph
from conftest import ROOT, build_gold_graph
from kzgraph import KZGraph, UsageError
from kzgraph.ontology import Ontology
from kzgraph.results import EntityRef, Figure, Results, Table
from kzgraph.store import open_store


@pytest.fixture(scope="module")
def g(kz_home):
    store = open_store(home=kz_home)
    store.reset()
    store.write(build_gold_graph())
    graph = KZGraph(store, Ontology.load())
    yield graph
    graph.close()


class _Cells(html.parser.HTMLParser):
    """The text of every <th>/<td> of an HTML fragment, and whether its tags balance."""

    def __init__(self):
        super().__init__()
        self.cells, self.stack, self._in = [], [], False

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        if tag in ("td", "th"):
            self._in, self.cells = True, self.cells + [""]

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"
        self._in = False

    def handle_data(self, data):
        if self._in:
            self.cells[-1] += data


def _parse(fragment: str) -> _Cells:
    parser = _Cells()
    parser.feed(fragment)
    parser.close()
    assert not parser.stack, f"unclosed tags {parser.stack}"
    return parser


QUESTIONS = {
    "actor": lambda g: g.actor("Tokayev"),
    "actors": lambda g: g.actors(top=3),
    "actor rank": lambda g: g.actors(top=3)[0],
    "who": lambda g: g.who("REQUESTED_AID_FROM"),
    "relation": lambda g: g.who("REQUESTED_AID_FROM")[0],
    "relations": lambda g: g.relations(subject="Tokayev"),
    "paths": lambda g: g.paths("Tokayev", "Russia"),
    "path": lambda g: g.paths("Tokayev", "Russia")[0],
    "hop": lambda g: g.paths("Tokayev", "Russia")[0].hops[0],
    "timeline": lambda g: g.timeline(limit=5),
    "event": lambda g: g.timeline(limit=5)[0],
    "claims": lambda g: g.claims("detained"),
    "figure": lambda g: g.claims("detained")[0],
    "conflicts": lambda g: g.conflicts(),
    "conflict": lambda g: g.conflicts()[0],
    "document": lambda g: g.actor("Tokayev").documents[0],
    "entity": lambda g: g.resolve("Tokayev"),
    "cypher": lambda g: g.cypher("MATCH (e:Person) RETURN e.name AS name ORDER BY name LIMIT 3"),
    "stats": lambda g: g.stats(),
    "explanation": lambda g: g.aligner.explain("Токаєва", "uk"),
    "snapshot": lambda g: g.snapshot(),
}


@pytest.mark.parametrize("question", QUESTIONS)
def test_notebook_every_result_renders_as_an_html_table_and_as_text(g, question):
    result = QUESTIONS[question](g)
    fragment = result._repr_html_()
    cells = _parse(fragment).cells
    assert "<table>" in fragment and cells, fragment[:300]
    text = str(result)
    assert text and "(" not in text.split("\n")[0][:1]  # a table or a sentence, not a dataclass dump

    class Printer:  # IPython's pretty printer shows what print() shows
        def text(self, value):
            self.value = value
    printer = Printer()
    result._repr_pretty_(printer, False)
    assert printer.value == text


def test_notebook_actor_html_names_the_actor_and_its_relations(g):
    actor = g.actor("Tokayev")
    cells = _parse(actor._repr_html_()).cells
    assert "Kassym-Jomart Tokayev" in actor._repr_html_()
    assert "REQUESTED_AID_FROM" in cells


def test_notebook_html_escapes_what_the_text_holds():
    hostile = "<script>alert('x')</script> & <b>"
    rows = Results((Figure(kind="detained", value=5, qualifier=None, source=EntityRef("x", hostile, "ORG"),
                           as_of=None, lang="en", doc="d", title=hostile, doc_date=None, path=None,
                           sentence=hostile, id="f"),), title=hostile)
    for fragment in (rows._repr_html_(), rows[0]._repr_html_(),
                     Table(("name",), ((hostile,),))._repr_html_()):
        assert "<script>" not in fragment and "&lt;script&gt;" in fragment
        assert hostile in _parse(fragment).cells


def test_notebook_every_exported_result_type_has_html_and_text():
    """Every class kzgraph exports, but the API and the errors, is a result: it renders in Jupyter."""
    classes = [getattr(kzgraph, n) for n in kzgraph.__all__ if isinstance(getattr(kzgraph, n), type)]
    results = [c for c in classes if not issubclass(c, Exception) and c is not KZGraph]
    assert {"LoadReport", "Stats", "ExportReport", "WriteReport", "Explanation", "Snapshot"} <= \
        {c.__name__ for c in results}
    for cls in results:
        assert callable(getattr(cls, "_repr_html_", None)), cls.__name__
        assert callable(getattr(cls, "_repr_pretty_", None)), cls.__name__


def test_notebook_load_write_and_export_reports_render_as_tables(fresh_home, tmp_path):
    """A real load, write and export: each report renders as an HTML table, and prints the CLI's text."""
    from click.testing import CliRunner

    from kzgraph.cli import main

    seed = sorted((ROOT / "seeds").glob("*.txt"))[2]
    with KZGraph.open(home=fresh_home) as graph:
        load = graph.load(seed, progress=False)
        export = graph.export("csv", tmp_path / "csv")
        write = graph.store.write(build_gold_graph())
    cli = CliRunner().invoke(main, ["load", str(seed), "--home", str(fresh_home), "-q"])
    assert cli.exit_code == 0, cli.output
    nodes = write.nodes_created + load.nodes_after  # the CLI prints its report through str() too
    assert cli.output.splitlines()[1] == f"store: {nodes} -> {nodes} nodes, " \
        f"{load.relationships_after + write.relationships_created} -> " \
        f"{load.relationships_after + write.relationships_created} relationships", cli.output
    assert "(1 unchanged documents skipped)" in cli.output.splitlines()[0]
    assert str(load).startswith(f"loaded 1 documents: {load.entities} entities")
    for report, first in ((load, "loaded 1 documents"), (export, "wrote csv to"), (write, "wrote ")):
        fragment = report._repr_html_()
        cells = _parse(fragment).cells
        assert first in fragment and "<table>" in fragment and cells, fragment[:300]
        assert set(report.to_dict()) <= set(cells)


def test_notebook_top_level_exports_the_api_results_and_errors():
    names = set(dir(kzgraph))
    assert {"KZGraph", "LoadReport", "Actor", "ActorRank", "GraphPath", "Figure", "Results", "Table",
            "KzGraphError", "NotFound", "NoPath", "StoreUnavailable", "StoreLocked", "UsageError"} <= names
    from kzgraph import StoreUnavailable
    from kzgraph.errors import StoreUnavailable as same
    assert StoreUnavailable is same and set(kzgraph.__all__) <= names
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        kzgraph.nothing


def test_notebook_closed_graph_refuses_questions(kz_home):
    graph = KZGraph(open_store(home=kz_home), Ontology.load())
    graph.close()
    graph.close()  # twice is harmless
    for ask in (lambda: graph.actors(), lambda: graph.actor("Tokayev"), lambda: graph.stats(),
                lambda: graph.cypher("RETURN 1 AS one"), lambda: graph.load([])):
        with pytest.raises(UsageError, match=r"this KZGraph is closed; open it again with KZGraph\.open"):
            ask()
    assert "closed" in repr(graph)


def _no_unwritable_attributes(graph) -> None:
    for _, attrs in graph.nodes(data=True):
        assert all(isinstance(v, (str, int, float)) for v in attrs.values()), attrs
    for *_, attrs in graph.edges(keys=True, data=True):
        assert all(isinstance(v, (str, int, float)) for v in attrs.values()), attrs


def test_notebook_to_networkx_writes_graphml_and_gexf_as_it_is(g, tmp_path):
    graph = g.to_networkx()
    _no_unwritable_attributes(graph)
    tokayev = graph.nodes["kassym-jomart-tokayev"]
    assert " | " in tokayev["aliases"] and "Касим-Жомарт Токаєв" in tokayev["aliases"].split(" | ")
    nx.write_graphml(graph, tmp_path / "g.graphml")
    nx.write_gexf(graph, tmp_path / "g.gexf")
    for back in (nx.read_graphml(tmp_path / "g.graphml"), nx.read_gexf(tmp_path / "g.gexf")):
        assert back.number_of_nodes() == graph.number_of_nodes() > 10
        assert back.number_of_edges() == graph.number_of_edges() > 5
        assert back.nodes["kassym-jomart-tokayev"]["name"] == "Kassym-Jomart Tokayev"
        edges = back.get_edge_data("kassym-jomart-tokayev", "collective-security-treaty-organization")
        edge = next(iter(edges.values()))
        assert edge["predicate"] == "REQUESTED_AID_FROM" and int(edge["n_claims"]) >= 2
        assert "ru" in edge["langs"].split(", ")


# -- progress ---------------------------------------------------------------------------

def test_notebook_progress_lines_have_counts_rate_and_eta():
    import io
    import re

    from kzgraph.progress import Bars

    log = io.StringIO()
    with Bars(file=log, interactive=False) as bars:
        for done in range(0, 101, 5):
            bars("write", done, 100)
        bars("extract", 1, 3)  # left unfinished: closed by the with block
    lines = log.getvalue().splitlines()
    pattern = re.compile(r"^(write|extract): (\d+)/(\d+) \[\d\d:\d\d<(\d\d:\d\d|\?), +[\d.?]+(row|doc)/s\]$")
    assert all(pattern.match(line) for line in lines), lines
    assert [line.split(" [")[0] for line in lines] == [f"write: {n}/100" for n in range(0, 101, 10)] + ["extract: 1/3"]


def test_notebook_progress_bar_draws_on_a_terminal_with_eta():
    import io

    from kzgraph.progress import Bars

    screen = io.StringIO()
    with Bars(file=screen, interactive=True) as bars:
        for done in range(1, 6):
            bars("extract", done, 5)
    drawn = screen.getvalue()
    assert "\r" in drawn and "5/5" in drawn and "100%" in drawn and "doc/s" in drawn


def test_notebook_load_progress_true_false_and_callable(kz_home, capsys):
    seed = "seeds/000_9cf46877a8439f11.txt"
    graph = KZGraph(open_store(home=kz_home), Ontology.load())
    try:
        graph.load(seed, reset=True, progress=True)
        shown = capsys.readouterr().err
        assert "write" in shown and "row/s" in shown and "extract" in shown
        graph.load(seed, reset=True, progress=False)
        assert capsys.readouterr().err == ""
        calls = []
        graph.load(seed, reset=True, progress=lambda stage, done, total: calls.append((stage, done, total)))
        assert ("extract", 1, 1) in calls and calls[-1][0] == "write" and calls[-1][1] == calls[-1][2]
    finally:
        graph.close()


def test_notebook_cli_extract_shows_progress_and_quiet_hides_it():
    from click.testing import CliRunner

    from kzgraph.cli import main

    seed = "seeds/000_9cf46877a8439f11.txt"
    shown = CliRunner().invoke(main, ["extract", seed])
    assert shown.exit_code == 0, shown.output
    assert "extract: 1/1 [" in shown.stderr and "doc/s]" in shown.stderr
    quiet = CliRunner().invoke(main, ["extract", seed, "-q"])
    assert quiet.exit_code == 0 and "extract:" not in quiet.stderr and quiet.stdout == shown.stdout


# -- pictures ------------------------------------------------------------------------------

import dataclasses  # noqa: E402
import struct  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402

pytest.importorskip("matplotlib", reason="pictures need the plot extra (in the test extra too)")


def _svg_texts(path) -> str:
    root = ET.parse(path).getroot()  # parses as XML
    assert root.tag.endswith("svg")
    return "\n".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))


def _png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_notebook_actor_draws_its_neighbourhood_in_the_browser_colours(g, tmp_path):
    from kzgraph.draw import grass_style, save

    picture = g.actor("Tokayev").draw()
    save(picture, tmp_path / "actor.svg")
    save(picture, tmp_path / "actor.png")
    texts = _svg_texts(tmp_path / "actor.svg")
    for name in ("Kassym-Jomart Tokayev", "Collective Security", "REQUESTED_AID_FROM", "Person"):
        assert name in texts
    svg = (tmp_path / "actor.svg").read_text().lower()
    for label in ("Person", "Organization"):  # the node colours of cypher/kzgraph.grass
        assert grass_style()[f"node.{label}"]["color"].lower() in svg
    width, height = _png_size(tmp_path / "actor.png")
    assert 400 < width < 4000 and 300 < height < 4000
    assert picture._repr_png_()[:8] == b"\x89PNG\r\n\x1a\n"  # what a notebook shows inline


def test_notebook_paths_draw_every_hop(g, tmp_path):
    from kzgraph.draw import save

    paths = g.paths("Tokayev", "Russia")
    save(paths.draw(), tmp_path / "paths.svg")
    save(paths[0].draw(), tmp_path / "path.png")
    texts = " ".join(_svg_texts(tmp_path / "paths.svg").split())  # long names wrap onto lines
    assert all(h.source.name in texts and h.target.name in texts and h.predicate in texts
               for p in paths for h in p.hops)
    assert _png_size(tmp_path / "path.png")[0] > 300


@dataclasses.dataclass(frozen=True)
class _StatusFigure(Figure):  # a figure record with the status field it may one day carry
    status: str | None = None


def _figure(value, source, as_of, doc_date, status=None):
    return _StatusFigure(kind="detained", value=value, qualifier=None,
                         source=EntityRef(source.lower(), source, "ORG") if source else None, as_of=as_of,
                         lang="en", doc=f"d{value}", title=None, doc_date=doc_date, path=None, sentence=None,
                         id=f"f{value}", status=status)


def test_notebook_claims_plot_each_figure_by_date_and_source(g, tmp_path):
    from kzgraph.draw import save

    figures = g.claims("detained")  # the seeds give no dates: by document
    save(figures.plot(), tmp_path / "seeds.svg")
    texts = _svg_texts(tmp_path / "seeds.svg")
    assert "Ministry of Internal Affairs of Kazakhstan" in texts and "by document" in texts
    dated = Results((_figure(4266, "Ministry", "2022-01-09", "2022-01-10"),
                     _figure(5969, "Ministry", "2022-01-11", "2022-01-11"),
                     _figure(9900, "Eyewitness", None, "2022-01-12", status="denied"),
                     _figure(7000, None, "2022-01", None)), title="detained")
    save(dated.plot(), tmp_path / "dated.svg")
    save(dated.plot(), tmp_path / "dated.png")
    texts = _svg_texts(tmp_path / "dated.svg")
    assert {"Ministry", "Eyewitness", "no source named", "denied", "as of (filled)"} <= set(texts.splitlines())
    assert _png_size(tmp_path / "dated.png")[1] > 200
    undenied = Results(tuple(dataclasses.replace(f, status=None) for f in dated))
    save(undenied.plot(), tmp_path / "undenied.svg")
    assert "denied" not in _svg_texts(tmp_path / "undenied.svg").splitlines()
    plain = Results((Figure(kind="killed", value=3, qualifier=None, source=None, as_of="2022-01-06", lang="en",
                            doc="d", title=None, doc_date=None, path=None, sentence=None, id="x"),))
    save(plain.plot(), tmp_path / "plain.svg")  # records without a status field plot too


def test_notebook_pictures_refuse_what_they_cannot_draw(g):
    with pytest.raises(UsageError, match=r"plot\(\) draws figures"):
        g.who("REQUESTED_AID_FROM").plot()
    with pytest.raises(UsageError, match=r"figures: plot\(\)"):
        g.claims("detained").draw()
    with pytest.raises(UsageError, match="nothing to plot"):
        Results(()).plot()


def test_notebook_pictures_name_the_extra_when_matplotlib_is_missing(g, monkeypatch):
    import sys

    from kzgraph import draw

    draw._figure_class.cache_clear()
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)  # as if matplotlib were not installed
    try:
        with pytest.raises(kzgraph.KzGraphError, match=r"optional extra \[plot\]: pip install -e '\.\[plot\]'"):
            g.actor("Tokayev").draw()
    finally:
        draw._figure_class.cache_clear()


def test_notebook_cli_query_writes_svg_and_png(g, kz_home, tmp_path):
    from click.testing import CliRunner

    from kzgraph.cli import main

    runner = CliRunner()
    for command, name in ((["actor", "Tokayev"], "Kassym-Jomart Tokayev"), (["paths", "Tokayev", "Russia"], "Russia"),
                          (["claims", "detained"], "Ministry of Internal Affairs of Kazakhstan")):
        svg, png = tmp_path / f"{command[0]}.svg", tmp_path / f"{command[0]}.png"
        result = runner.invoke(main, ["query", *command, "--home", str(kz_home), "--svg", str(svg),
                                      "--png", str(png)])
        assert result.exit_code == 0, result.output
        assert name in result.stdout and f"wrote {svg}" in result.stderr
        assert name in _svg_texts(svg) and _png_size(png)[0] > 300


def test_notebook_in_a_real_kernel_shows_tables_pictures_and_bars(g, kz_home):
    """Run in Jupyter's own kernel: HTML tables, one inline PNG per picture, a widget bar."""
    nbclient = pytest.importorskip("nbclient", reason="needs nbclient and ipykernel (the test extra)")
    nbformat = pytest.importorskip("nbformat")
    pytest.importorskip("ipykernel")
    cells = [f"from kzgraph import KZGraph\ng = KZGraph.open(home={str(kz_home)!r})",
             "g.actor('Tokayev')",
             "g.actor('Tokayev').draw()",
             "g.claims('detained').plot()",
             "from kzgraph.progress import choose\nbars, _ = choose(None)\nbars('write', 1, 2); bars('write', 2, 2)",
             "g.close()\ng.actors()"]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nbclient.NotebookClient(nb, timeout=120, allow_errors=True, kernel_name="python3").execute()
    outputs = [cell.outputs for cell in nb.cells]
    assert not [o for o in outputs[0] if o.output_type == "error"], outputs[0]
    assert "<table>" in outputs[1][0]["data"]["text/html"] and "Kassym-Jomart Tokayev" in outputs[1][0]["data"]["text/plain"]
    for picture in outputs[2:4]:
        images = [o for o in picture if "image/png" in o.get("data", {})]
        assert len(images) == 1, picture  # shown once, not twice
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs[4]), outputs[4]
    assert outputs[5][-1]["ename"] == "UsageError" and "closed" in outputs[5][-1]["evalue"]
