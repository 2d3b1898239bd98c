"""``kzgraph guide``: the Neo4j Browser guide, served on localhost with CORS.

The guide in a real Neo4j Browser is tested in ``test_neo4j_browser.py``; here
the command runs as a user runs it (a subprocess, stopped by a signal) and a
plain HTTP client checks what the Browser relies on.
"""

from __future__ import annotations

import html
import re
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request

import pytest

from kzgraph.errors import UsageError
from kzgraph.guide import GUIDE_FILE, guide_dir, serve_guide

STARTUP_TIMEOUT = 60  # seconds: imports on a loaded 2-core machine


@pytest.fixture
def guide_command():
    """``kzgraph guide --port 0`` running; yields the ``:guide URL`` line it printed."""
    process = subprocess.Popen([sys.executable, "-m", "kzgraph.cli", "guide", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []

    def read():
        for line in process.stdout:
            lines.append(line)
            if line.startswith(":guide "):
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(STARTUP_TIMEOUT)
    try:
        command = next((line.strip() for line in lines if line.startswith(":guide ")), None)
        assert command, f"no :guide line within {STARTUP_TIMEOUT} s: {lines} {process.poll()}"
        yield command
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C: the command's way to stop
        try:
            assert process.wait(timeout=20) == 0, process.stderr.read()
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def test_guide_command_prints_the_line_to_paste_and_serves_the_guide(guide_command):
    assert re.fullmatch(r":guide http://localhost:\d+/kzgraph\.html", guide_command)
    url = guide_command.split(" ", 1)[1]
    with urllib.request.urlopen(url, timeout=10) as response:
        body = response.read().decode("utf-8")
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        assert response.headers["Content-Type"].startswith("text/html")
    assert body == (guide_dir() / GUIDE_FILE).read_text(encoding="utf-8")


def test_guide_answers_the_browsers_cors_preflight(guide_command):
    # Neo4j Browser fetches a guide with pragma and cache-control headers,
    # which make the browser ask first.
    url = guide_command.split(" ", 1)[1]
    request = urllib.request.Request(url, method="OPTIONS", headers={
        "Origin": "http://127.0.0.1:7474", "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "pragma,cache-control"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 204
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        assert "GET" in response.headers["Access-Control-Allow-Methods"]
        assert response.headers["Access-Control-Allow-Headers"] == "pragma,cache-control"


def test_guide_lists_no_folder_and_has_no_other_files():
    with serve_guide(port=0) as server:
        base = f"http://127.0.0.1:{server.port}"
        with urllib.request.urlopen(base + "/", timeout=10) as response:  # / is the guide
            assert b"<slide" in response.read()
        for path in ("/nothing.html", "/../README.md", "/%2e%2e/README.md"):
            with pytest.raises(urllib.error.HTTPError, match="404"):
                urllib.request.urlopen(base + path, timeout=10)


def test_guide_refuses_a_taken_port():
    with serve_guide(port=0) as server:
        with pytest.raises(UsageError, match=f"cannot serve the guide on 127.0.0.1:{server.port}"):
            serve_guide(port=server.port)


def test_guide_has_slides_with_runnable_queries_for_the_four_questions():
    text = (guide_dir() / GUIDE_FILE).read_text(encoding="utf-8")
    slides = re.findall(r"<slide\b.*?</slide>", text, re.S)
    titles = [html.unescape(re.search(r"<h3>(.*?)</h3>", s).group(1)) for s in slides]
    assert {"Who asked whom for help?", "Who sent troops?", "The conflicting figures",
            "How do two actors connect?"} <= set(titles)
    for slide, title in zip(slides, titles):
        if title != "Next":
            assert re.search(r'<pre class="[^"]*\brunnable\b[^"]*">', slide), f"{title}: no runnable query"
