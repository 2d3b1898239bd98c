"""Neo4j Browser, in a real browser, on the seeds graph in the test Neo4j.

Debian's Chromium (``apt-get install chromium``; ``$KZGRAPH_CHROMIUM`` names
another binary), driven headless by Playwright's Python package (its own
browser download is not used), opens the Browser that the test server serves
at ``$KZGRAPH_TEST_NEO4J_HTTP/browser/``, connects as ``neo4j`` with
``$NEO4J_PASSWORD``, and:

- runs every canned query of ``cypher/README.md`` as a user would: its
  ``:param`` lines, then the query, checking the rows of the result frame
  against the output the README prints under it;
- applies ``cypher/kzgraph.grass`` with ``:style``, checks the colours of a
  drawn graph and saves a screenshot of it under
  ``tests/neo4j/target/screenshots/`` (git-ignored);
- opens the guide that ``kzgraph guide`` serves with ``:guide URL`` and runs
  every query of every slide.

The module loads the seeds into the test Neo4j (replacing kzgraph's nodes
there).  Without Chromium, Playwright or a Neo4j server it skips and says
why; under ``CI`` it fails instead.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from kzgraph.guide import serve_guide
from kzgraph.query import KZGraph

ROOT = Path(__file__).resolve().parents[1]
CYPHER_README = ROOT / "cypher" / "README.md"
GRASS = ROOT / "cypher" / "kzgraph.grass"
SCREENSHOTS = ROOT / "tests" / "neo4j" / "target" / "screenshots"
CHROMIUM = os.environ.get("KZGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
USER = os.environ.get("KZGRAPH_TEST_NEO4J_USER", "neo4j")
DATABASE = os.environ.get("KZGRAPH_TEST_NEO4J_DATABASE") or None
# A query over a few hundred nodes answers in well under a second; the margin
# is for a loaded 2-core CI machine.
TIMEOUT_MS = 30_000


def _missing(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"CI runs the Neo4j Browser test for real: {reason}")
    pytest.skip(reason)


def _playwright():
    try:
        from playwright import sync_api
    except ImportError:
        _missing("the playwright package is missing: pip install -e '.[test]'")
    if not os.access(CHROMIUM, os.X_OK):
        _missing(f"no Chromium at {CHROMIUM}: apt-get install chromium (or set KZGRAPH_CHROMIUM)")
    return sync_api


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        _missing(f"${name} is not set: `eval \"$(tests/neo4j/neo4j.sh start)\"` sets it")
    return value


# -- cypher/README.md's canned queries --------------------------------------

def readme_queries() -> list[dict]:
    """Each ```cypher block of cypher/README.md that returns rows: its ``:param``
    lines, the statement, and the table printed under it (if one is)."""
    text = CYPHER_README.read_text(encoding="utf-8")
    blocks = [(m.group(1).strip(), m.group(2), text.count("\n", 0, m.start()) + 1)
              for m in re.finditer(r"^```(\w*)\n(.*?)^```", text, re.S | re.M)]
    queries = []
    for i, (lang, body, line) in enumerate(blocks):
        if lang != "cypher" or not re.search(r"\bRETURN\b", body):
            continue
        params = [m.group(1).strip() for m in re.finditer(r"^//\s*(:params?\s.*)$", body, re.M)]
        statement = "\n".join(row for row in body.splitlines() if not row.lstrip().startswith("//")).strip()
        heading = [h for h in re.findall(r"^#+ (.*)$", text[:text.find(body)], re.M)][-1]
        expected = None
        if i + 1 < len(blocks) and blocks[i + 1][0] == "":
            expected = _parse_table(blocks[i + 1][1])
        queries.append({"id": f"line{line}-{heading}", "params": params, "statement": statement,
                        "expected": expected})
    return queries


def _parse_table(block: str):
    """The rows of a table as ``kzgraph query cypher`` prints it (header, dashes,
    fixed-width rows), or None for any other output."""
    lines = block.rstrip("\n").splitlines()
    if len(lines) < 2 or not re.fullmatch(r"-+( +-+)*", lines[1].strip()):
        return None
    starts = [m.start() for m in re.finditer(r"-+", lines[1])]
    bounds = list(zip(starts, starts[1:] + [None]))
    columns = [lines[0][s:e].strip() for s, e in bounds]
    return {"columns": columns, "rows": [[row[s:e].strip() for s, e in bounds] for row in lines[2:]]}


QUERIES = readme_queries()


def test_browser_readme_has_canned_queries_with_their_params():
    """The README's queries run as printed: each one's $parameters are set by its :param lines."""
    assert len(QUERIES) >= 5
    for query in QUERIES:
        used = set(re.findall(r"\$(\w+)", query["statement"]))
        declared = set()
        for line in query["params"]:
            m = re.match(r":params?\s+\{(.*)\}\s*$", line)
            declared |= set(re.findall(r"(\w+)\s*:", m.group(1))) if m else {line.split()[1]}
        assert used <= declared, f"{query['id']}: ${', $'.join(sorted(used - declared))} has no :param line"


# -- the browser -------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds_in_neo4j(neo4j_uri):
    with KZGraph.open(neo4j_uri, user=USER, database=DATABASE) as graph:
        graph.load(ROOT / "seeds", reset=True)
        names = graph.cypher("MATCH (e:Entity) RETURN e.name AS name, labels(e) AS labels")
    return {row["name"]: set(row["labels"]) - {"Entity"} for row in names}


@pytest.fixture(scope="module")
def browser_setup(neo4j_uri):
    """Playwright, Chromium and the Browser's address, checked before the seeds load."""
    return _playwright(), _env("KZGRAPH_TEST_NEO4J_HTTP"), _env("NEO4J_PASSWORD")


@pytest.fixture(scope="module")
def browser(browser_setup, seeds_in_neo4j, neo4j_uri):
    sync_api, http, password = browser_setup
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = chromium.new_page(viewport={"width": 1400, "height": 900})
            page.set_default_timeout(TIMEOUT_MS)
            _connect(page, f"{http}/browser/?dbms={neo4j_uri}&preselectAuthMethod=NATIVE", password)
            yield page
        finally:
            chromium.close()


def _connect(page, url: str, password: str) -> None:
    page.goto(url)
    page.fill("[data-testid=username]", USER)
    page.fill("[data-testid=password]", password)
    page.click("[data-testid=connect]")
    page.wait_for_selector("[data-testid=frame] >> text=You are connected as user")
    # After connecting the Browser opens a ":play start" frame of its own;
    # let it arrive before clearing the stream.
    try:
        page.wait_for_selector("[data-testid=frameCommand] >> text=:play start", timeout=10_000)
    except Exception:  # a Browser without that frame: nothing to wait for
        pass
    _type(page, ":clear")
    page.click("[data-testid=editor-Run]")
    page.wait_for_function("() => !document.querySelector('[data-testid=frame]')")


def _type(page, text: str) -> None:
    """Put ``text`` in the main editor as a paste (typing it would let the
    editor close brackets and quotes on its own)."""
    page.click("#monaco-main-editor")
    page.evaluate("""text => {
        const area = document.querySelector('#monaco-main-editor textarea');
        area.focus();
        const data = new DataTransfer();
        data.setData('text/plain', text);
        area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""", text)


def _run(page, text: str, done: str = "[data-testid=frame-loaded-contents]"):
    """Run ``text`` from the main editor; the new frame, once ``done`` shows in it."""
    _type(page, text)
    page.click("[data-testid=editor-Run]")
    return _newest_frame(page, text, done)


def _newest_frame(page, text: str, done: str):
    command = " ".join(text.split())
    page.wait_for_function("""command => {
        const frame = document.querySelector('[data-testid=frame]');
        const label = frame && frame.querySelector('[data-testid=frameCommand]');
        return !!label && label.innerText.replace(/\\s+/g, ' ').trim() === command;
    }""", arg=command)
    frame = page.locator("[data-testid=frame]").first
    outcome = frame.locator(f"{done}, [data-testid=cypherFrameErrorMessage]").first
    outcome.wait_for()
    if outcome.get_attribute("data-testid") == "cypherFrameErrorMessage":
        pytest.fail(f"Neo4j Browser refused {command!r}: {outcome.inner_text()}")
    return frame


def _table(frame) -> dict:
    """The result frame's table view: column names and the cells' texts."""
    if frame.locator("table.relatable__table").count() == 0:
        frame.locator("[data-testid=cypherFrameSidebarTable]").click()
    frame.locator("table.relatable__table").wait_for()
    return frame.evaluate("""frame => {
        const table = frame.querySelector('table.relatable__table');
        const columns = [...table.querySelectorAll('thead th[role=columnheader]')].map(th => th.innerText.trim());
        const rows = [...table.querySelectorAll('tbody tr')]
            .map(tr => [...tr.querySelectorAll('td[role=cell]')].map(td => td.innerText.trim()));
        return {columns, rows};
    }""")


def _cell(text: str) -> str:
    """A Browser cell (JSON: "text", ["a", "b"], null, 4) as the README prints it."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(json.dumps(v)) for v in value)
    return str(value)


def _matches(expected: str, actual: str) -> bool:
    if expected.endswith("…"):  # the README shortens long sentences
        return actual.startswith(expected[:-1].rstrip())
    return actual == expected


@pytest.mark.parametrize("query", QUERIES, ids=[q["id"] for q in QUERIES])
def test_browser_runs_the_readme_query(browser, query):
    _type(browser, ":clear")
    browser.click("[data-testid=editor-Run]")
    _run(browser, ":params {}", done="[data-testid=rawParamData]")  # no parameter left from before
    for line in query["params"]:
        _run(browser, line, done="[data-testid=rawParamData]")
    table = _table(_run(browser, query["statement"]))
    assert table["rows"], f"{query['id']}: no rows in Neo4j Browser"
    expected = query["expected"]
    if expected is None:
        return
    assert table["columns"] == expected["columns"]
    got = [[_cell(c) for c in row] for row in table["rows"]]
    assert len(got) == len(expected["rows"]), f"{query['id']}: {got}"
    for want, row in zip(expected["rows"], got):
        assert all(_matches(w, g) for w, g in zip(want, row)), f"{query['id']}: README {want}, Browser {row}"


def _grass_colours() -> dict[str, str]:
    text = GRASS.read_text(encoding="utf-8")
    return {label: body_colour.group(1).upper()
            for label, body in re.findall(r"node\.(\w+)\s*\{([^}]*)\}", text)
            if (body_colour := re.search(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})", body))}


def test_browser_styles_the_graph_with_kzgraph_grass(browser, seeds_in_neo4j):
    colours = _grass_colours()
    assert {"Person", "Organization", "Country"} <= set(colours)
    _run(browser, ":style " + GRASS.read_text(encoding="utf-8").strip(), done="pre, code")
    frame = _run(browser, "MATCH p = allShortestPaths((:Entity {id: 'karim-masimov'})-[*..4]-(:Entity {id: 'csto'}))\n"
                          "WHERE all(n IN nodes(p) WHERE n:Entity)\n"
                          "RETURN p\n"
                          "UNION\n"
                          "MATCH p = (:Entity)-[:SENT_TROOPS_TO]->(:Entity {id: 'kazakhstan'})\n"
                          "RETURN p",
                 done="svg g.node")
    browser.wait_for_timeout(2000)  # let the force layout settle for the picture
    nodes = frame.evaluate("""frame => [...frame.querySelectorAll('svg g.node')].map(g => ({
        caption: [...g.querySelectorAll('text.caption')].map(t => t.textContent.trim()).join(' '),
        fill: g.querySelector('circle.b-outline').getAttribute('fill').toUpperCase()}))""")
    assert len(nodes) >= 8
    checked = set()
    for node in nodes:
        key = node["caption"].replace(" ", "").rstrip("…")
        # a long name is drawn over several lines and cut short
        names = [n for n in seeds_in_neo4j if n == node["caption"]] or \
                [n for n in seeds_in_neo4j if key and n.replace(" ", "").startswith(key)]
        labels = {label for n in names for label in seeds_in_neo4j[n] if label in colours}
        assert len(labels) == 1, f"node {node['caption']!r}: labels {labels} of {names}"
        label = labels.pop()
        assert node["fill"] == colours[label], f"{node['caption']} ({label}) drawn in {node['fill']}"
        checked.add(label)
    assert {"Person", "Organization", "Country"} <= checked
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    frame.screenshot(path=str(SCREENSHOTS / "styled-graph.png"))


def test_browser_opens_the_kzgraph_guide_and_runs_its_queries(browser):
    with serve_guide(port=0) as server:
        _type(browser, ":clear")
        browser.click("[data-testid=editor-Run]")
        _type(browser, server.command)
        browser.click("[data-testid=editor-Run]")
        drawer = browser.locator("[data-testid=guidesDrawer]")
        drawer.locator("text=kzgraph: Kazakhstan, January 2022").wait_for()
        pages = drawer.locator("[data-testid^=pagination-]").count()
        assert pages >= 5
        ran = {}
        for number in range(1, pages + 1):
            drawer.locator(f"[data-testid=pagination-{number}]").click()
            title = drawer.locator("h3").first.inner_text()
            for block in drawer.locator("pre.runnable").all():
                query = block.text_content().strip()
                block.click()  # a click puts the query in the editor
                browser.click("[data-testid=editor-Run]")
                table = _table(_newest_frame(browser, query, "[data-testid=frame-loaded-contents]"))
                assert table["rows"], f"slide {number} ({title}): no rows for {query!r}"
                ran[query] = table
                if title.startswith("How do two actors connect") and "path" not in ran:
                    ran["path"] = (number, query)
        # The play icon before a query runs it at once: the path, drawn beside its slide.
        number, query = ran.pop("path")
        drawer.locator(f"[data-testid=pagination-{number}]").click()
        drawer.locator("pre.runnable").first.locator("i").first.click()
        frame = _newest_frame(browser, query, "[data-testid=frame-loaded-contents]")
        frame.locator("[data-testid=cypherFrameSidebarVisualization]").click()  # it opens in the last view used
        frame.locator("svg g.node").first.wait_for()
        browser.wait_for_timeout(2000)  # let the force layout settle for the picture
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        browser.screenshot(path=str(SCREENSHOTS / "guide.png"))
    assert len(ran) >= 8
    troops = next(t for q, t in ran.items() if "SENT_TROOPS_TO" in q and "who" in t["columns"])
    rows = {_cell(r[0]): _cell(r[1]) for r in troops["rows"]}
    assert rows["Russia"] == "4" and "Collective Security Treaty Organization" in rows
