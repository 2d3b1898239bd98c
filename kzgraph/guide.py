"""A Neo4j Browser guide to the graph, served on localhost for ``:guide URL``.

The guide is data: HTML slides in ``cypher/guide/`` (Neo4j Browser's guide
format: ``<slide>`` elements, each query a ``<pre class="… runnable">`` that a
click puts in the editor).  Neo4j Browser fetches a remote guide from its own
page, so only from hosts on its allow-list (the server setting
``browser.remote_content_hostname_whitelist``, by default
``guides.neo4j.com,localhost``) and across origins: the server answers with
CORS headers, including to the preflight that the Browser's ``pragma`` and
``cache-control`` request headers trigger.

Examples
--------
>>> with serve_guide(port=0) as server:
...     server.command.startswith(":guide http://localhost:")
True
"""

from __future__ import annotations

import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import UsageError
from .resources import data_dir

GUIDE_FILE = "kzgraph.html"
DEFAULT_PORT = 7478
# The allow-list holds host names, not addresses: the URL must say localhost.
_URL_HOST = "localhost"
_BIND_ADDRESS = "127.0.0.1"


def guide_dir() -> Path:
    """The folder of guide files (``cypher/guide/``)."""
    return data_dir("cypher") / "guide"


class GuideServer:
    """A guide server running in a background thread; close it (or use ``with``)."""

    def __init__(self, httpd: ThreadingHTTPServer, thread: threading.Thread):
        self._httpd = httpd
        self._thread = thread

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        """The guide's URL, on a host Neo4j Browser allows by default."""
        return f"http://{_URL_HOST}:{self.port}/{GUIDE_FILE}"

    @property
    def command(self) -> str:
        """The line to paste into Neo4j Browser's editor."""
        return f":guide {self.url}"

    def wait(self) -> None:
        """Block until the server is closed (from another thread or by Ctrl-C)."""
        while self._thread.is_alive():
            self._thread.join(0.5)

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def __enter__(self) -> GuideServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def serve_guide(port: int = DEFAULT_PORT) -> GuideServer:
    """Serve ``cypher/guide/`` on 127.0.0.1:``port`` (0: any free port) until closed.

    Raises ``UsageError`` when the port is out of range or taken.
    """
    if not 0 <= port <= 65535:
        raise UsageError(f"port {port} is not between 0 and 65535")
    folder = guide_dir()
    if not (folder / GUIDE_FILE).is_file():
        raise UsageError(f"the guide {folder / GUIDE_FILE} is missing; reinstall kzgraph")
    return _start(folder, port)


def _start(folder: Path, port: int) -> GuideServer:
    handler = partial(_GuideHandler, directory=str(folder))
    try:
        httpd = ThreadingHTTPServer((_BIND_ADDRESS, port), handler)
    except OSError as error:
        raise UsageError(f"cannot serve the guide on {_BIND_ADDRESS}:{port} ({error.strerror}); "
                         "pick another port with --port") from error
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name="kzgraph-guide", daemon=True)
    thread.start()
    return GuideServer(httpd, thread)


class _GuideHandler(SimpleHTTPRequestHandler):
    """Static files of one folder with CORS headers; no directory listings, no log lines."""

    def do_OPTIONS(self) -> None:  # the CORS preflight
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        requested = self.headers.get("Access-Control-Request-Headers")
        if requested:
            self.send_header("Access-Control-Allow-Headers", requested)
        self.send_header("Access-Control-Max-Age", "600")
        self.end_headers()

    def do_GET(self) -> None:
        if self.path in ("/", ""):
            self.path = "/" + GUIDE_FILE
        super().do_GET()

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        # Chromium asks a loopback server whether a page on a public origin
        # (a hosted Neo4j Browser) may reach it.
        self.send_header("Access-Control-Allow-Private-Network", "true")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def list_directory(self, path):
        self.send_error(HTTPStatus.NOT_FOUND, "no listing here")
        return None

    def log_message(self, format, *args) -> None:
        pass
