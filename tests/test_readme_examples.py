"""The README's examples are the real output of their commands.

Every ```console block of README.md is a session: ``$ kzgraph …`` lines are run
in order, from the repository's root, on a fresh embedded store, and what each
prints is compared line by line with the lines under it.  What a run cannot
repeat is read loosely, and only that: a line ``…`` stands for any number of
lines (the README leaves some out), the seconds a load took are any seconds,
and a progress line (``extract: 5/5 [00:00<00:00, 27.25doc/s]``, on stderr)
must appear with the same counts, at any rate.  A README output that drifted
from the code fails here: run the command and paste its output.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kzgraph.store import stop_embedded

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
ELIDED = "…"
PROGRESS = re.compile(r"^(\w+): (\d+/\d+) \[")
SECONDS = re.compile(r"\bin \d+(?:\.\d+)?s\b")


def sessions(text: str) -> list[list[tuple[str, list[str]]]]:
    """Each console block as [(command, expected output lines)]."""
    out = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        steps: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
        out.append([(cmd, _trim(lines)) for cmd, lines in steps])
    return out


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def _argv(command: str) -> list[str]:
    words = shlex.split(command, comments=True)  # "kzgraph load seeds/ -q   # a reload …"
    assert words[0] == "kzgraph", f"a README console line runs {words[0]!r}, not kzgraph"
    exe = shutil.which("kzgraph", path=str(Path(sys.executable).parent))
    return ([exe] if exe else [sys.executable, "-m", "kzgraph.cli"]) + words[1:]


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` lines fit ``expected``, where a ``…`` line stands for any lines."""
    if not expected:
        return not actual
    head = expected[0]
    if head.strip() == ELIDED:
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and _same(head, actual[0]) and matches(expected[1:], actual[1:])


def _same(expected: str, actual: str) -> bool:
    return SECONDS.sub("in Ts", expected.rstrip()) == SECONDS.sub("in Ts", actual.rstrip())


SESSIONS = sessions(README)


def test_readme_has_console_examples():
    commands = [cmd for session in SESSIONS for cmd, _ in session]
    assert len(commands) >= 6 and any(c.startswith("kzgraph load seeds/") for c in commands), commands


@pytest.mark.parametrize("number", range(len(SESSIONS)))
def test_readme_console_example_is_the_commands_output(number, tmp_path):
    home = tmp_path / "kz"
    env = {k: v for k, v in os.environ.items() if k not in ("KZGRAPH_URI", "NEO4J_DATABASE")}
    env.update(KZGRAPH_HOME=str(home), COLUMNS="200")
    session = SESSIONS[number]
    if not session[0][0].startswith("kzgraph load"):
        # the query examples ask the seeds' graph: load it first, as the README's first session does
        session = [("kzgraph load seeds/ -q", None)] + session
    try:
        for command, expected in session:
            done = subprocess.run(_argv(command), cwd=ROOT, env=env, capture_output=True, text=True,
                                  timeout=600)
            assert done.returncode == 0, f"$ {command}\n{done.stdout}{done.stderr}"
            if expected is None:
                continue
            progress = [line for line in expected if PROGRESS.match(line)]
            shown = [line for line in expected if not PROGRESS.match(line)]
            stdout = _trim(done.stdout.splitlines())
            if progress:
                # the progress shown must be what stderr carried; "…" then stands for the rest of it
                shown = [line for line in shown if line.strip() != ELIDED]
                for line in progress:
                    stage, counts = PROGRESS.match(line).groups()
                    assert re.search(rf"^{stage}: {re.escape(counts)} \[", done.stderr, re.M), \
                        f"$ {command}: no progress line '{stage}: {counts}' on stderr:\n{done.stderr}"
            assert matches(shown, stdout), (f"$ {command}\nREADME shows:\n" + "\n".join(shown)
                                            + "\nthe command printed:\n" + "\n".join(stdout))
    finally:
        stop_embedded(home)
