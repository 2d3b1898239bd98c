"""Progress of long work (extracting documents, writing rows) as tqdm bars: counts, rate, ETA.

:func:`kzgraph.pipeline.load` and :func:`kzgraph.pipeline.extract` report
progress through a ``progress(stage, done, total)`` callback; :class:`Bars`
is that callback, one tqdm bar per stage.  On a terminal it draws a bar; in
a notebook ``tqdm.auto`` draws its widget (the text bar where ipywidgets is
missing); where stderr is a file or a pipe it writes a plain line per stage
and every tenth of it, so logs stay readable::

    extract: 5/5 [00:06<00:00, 0.81doc/s]

:func:`choose` turns ``KZGraph.load``'s ``progress=`` argument (True, False,
None for "where someone is watching", or a callable) into a callback.

Examples
--------
>>> import io
>>> log = io.StringIO()
>>> bars = Bars(file=log, interactive=False)
>>> for done in range(0, 3):
...     bars("extract", done, 2)
>>> bars.close()
>>> [line.split(" [")[0] for line in log.getvalue().splitlines()]
['extract: 0/2', 'extract: 1/2', 'extract: 2/2']
"""

from __future__ import annotations

import sys
import time
from typing import IO, Callable

Progress = Callable[[str, int, "int | None"], None]  # (stage, done, total), as kzgraph.pipeline.Progress

UNITS = {"extract": "doc", "write": "row"}  # what one step of a stage counts
_LOG_FORMAT = "{desc}: {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_fmt}]"


class Bars:
    """A ``progress(stage, done, total)`` callback drawing one tqdm bar per stage.

    ``interactive`` (default: ``file`` is a terminal) draws bars; otherwise
    one line per stage and per tenth of it.  ``notebook`` uses ``tqdm.auto``,
    which draws a Jupyter widget.  Call :meth:`close` (or use ``with``) when the
    work ends, so an unfinished bar is closed too.
    """

    def __init__(self, file: IO[str] | None = None, *, interactive: bool | None = None,
                 notebook: bool = False):
        self.file = file
        self.interactive = interactive
        self.notebook = notebook
        self._bar = None
        self._stage: str | None = None
        self._shown = -1  # the last tenth written as a line (non-interactive)
        self._since = time.time()  # when the current stage began: the previous one's end

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if stage != self._stage:
            self.close()
            self._bar, self._stage, self._shown = self._open(stage, total), stage, -1
            # a stage reports its first step once it is done: its rate and ETA count from
            # when the work began, not from that report
            self._bar.start_t = self._bar.last_print_t = self._since
        bar = self._bar
        if total and bar.total != total:
            bar.total = total
        bar.update(done - bar.n)
        finished = bool(total) and done >= total
        if not self._drawing():
            tenth = 10 * done // total if total else done
            if tenth > self._shown:
                self._shown = tenth
                print(str(bar), file=self._file(), flush=True)
        if finished:
            self.close()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar, self._stage = None, None
        self._since = time.time()

    def __enter__(self) -> "Bars":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _file(self) -> IO[str]:
        return self.file if self.file is not None else sys.stderr

    def _drawing(self) -> bool:
        if self.notebook:
            return True
        if self.interactive is not None:
            return self.interactive
        return _isatty(self._file())

    def _open(self, stage: str, total: int | None):
        options = {"total": total or None, "desc": stage, "unit": UNITS.get(stage, "it"),
                   "dynamic_ncols": True}
        if not self._drawing():  # counted by tqdm, written as lines by __call__
            from tqdm import tqdm

            return tqdm(**options, file=_Nowhere(), bar_format=_LOG_FORMAT, mininterval=0, smoothing=0)
        if self.notebook:
            try:
                from tqdm.auto import tqdm as auto

                return auto(**options)
            except ImportError:  # a notebook without ipywidgets: the text bar
                pass
        from tqdm import tqdm

        return tqdm(**options, file=self._file())


class _Nowhere:
    """A file that keeps nothing: where a counting-only bar draws."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def in_notebook() -> bool:
    """Whether this runs in a Jupyter kernel (where tqdm.auto draws a widget)."""
    shell = sys.modules.get("IPython") and getattr(sys.modules["IPython"], "get_ipython", lambda: None)()
    return type(shell).__name__ == "ZMQInteractiveShell"


def choose(progress: "bool | Progress | None") -> "tuple[Progress | None, Bars | None]":
    """The callback for ``progress=``: a callable as given, True for bars, False for none,
    None for bars where someone is watching (a notebook, or stderr on a terminal).

    Returns the callback and the :class:`Bars` to close afterwards (None when the
    caller's own callable or no progress is used).

    >>> choose(False), choose(None)[0] is None or isinstance(choose(None)[1], Bars)
    ((None, None), True)
    """
    if callable(progress):
        return progress, None
    if progress is None:
        progress = in_notebook() or _isatty(sys.stderr)
    if not progress:
        return None, None
    bars = Bars(notebook=in_notebook())
    return bars, bars


def _isatty(file) -> bool:
    try:
        return bool(file.isatty())
    except (AttributeError, ValueError):
        return False


__all__ = ["Bars", "Progress", "UNITS", "choose", "in_notebook"]
