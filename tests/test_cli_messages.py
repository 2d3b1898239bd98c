"""Messages a person can act on (issue 16): what the CLI says and which exit code it gives
when every input is skipped, when Ctrl-C stops a load, when the graph is empty, for a label
as ``--type``, and that every option and environment variable is documented."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzgraph.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run(*args: str, home: Path | None = None):
    env = {"KZGRAPH_HOME": str(home)} if home else {}
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_cli_every_input_skipped_exits_1(fresh_home, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    for command in (["load", str(tmp_path), "--skip-bad", "-q"], ["extract", str(tmp_path), "--skip-bad"]):
        result = run(*command, home=fresh_home)
        assert result.exit_code == 1, (command, result.output)
        assert "every input was skipped (2)" in result.output, result.output


def test_cli_some_inputs_skipped_still_loads(fresh_home, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Tokayev asked the CSTO for help on January 5, 2022.", encoding="utf-8")
    result = run("load", str(tmp_path), "--skip-bad", "-q", home=fresh_home)
    assert result.exit_code == 0 and "loaded 1 documents" in result.output, result.output


def test_cli_empty_graph_names_the_folder_it_looked_in(fresh_home):
    result = run("query", "actor", "Tokajew", home=fresh_home)
    assert result.exit_code == 1 and str(fresh_home) in result.output, result.output


def test_cli_actors_type_takes_the_labels_stats_prints(fresh_home, gold_graph):
    from kzgraph.store import open_store

    store = open_store(home=fresh_home)
    try:
        store.write(gold_graph)
        labels = set(store.stats()["nodes"]) - {"Entity", "Claim", "Document"}
    finally:
        store.close()
    assert "Country" in labels
    for label in sorted(labels):
        result = run("query", "actors", "--type", label, "--json", home=fresh_home)
        assert result.exit_code == 0, (label, result.output)
    assert "Kazakhstan" in run("query", "actors", "--type", "Country", home=fresh_home).output


def _stderr_until(proc: subprocess.Popen, pattern: str, limit: float = 300) -> str:
    seen = ""
    while True:
        ch = proc.stderr.read(1)
        if not ch:
            return seen
        seen += ch
        if re.search(pattern, seen):
            return seen


@pytest.mark.parametrize("stage, says", [
    ("extract", "nothing was written to the store"),
    ("write", "run the same command again to complete the load"),
])
def test_cli_ctrl_c_exits_130_and_says_what_was_written(fresh_home, stage, says):
    env = dict(os.environ, KZGRAPH_HOME=str(fresh_home))
    proc = subprocess.Popen([sys.executable, "-u", "-m", "kzgraph.cli", "load", str(SEEDS), "--batch-size", "1"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    before = _stderr_until(proc, rf"\b{stage}\b")
    assert stage in before, before
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 130, (before, err)
    assert f"interrupted: " in err and says in err, err
    assert "Traceback" not in err and "Aborted!" not in err
    # The same load again completes: counts equal one clean load.
    again = subprocess.run([sys.executable, "-m", "kzgraph.cli", "load", str(SEEDS), "-q", "--json"], cwd=ROOT,
                           env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    stats = subprocess.run([sys.executable, "-m", "kzgraph.cli", "stats", "--json"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120)
    clean_env = dict(env, KZGRAPH_HOME=str(fresh_home) + "-clean")
    try:
        subprocess.run([sys.executable, "-m", "kzgraph.cli", "load", str(SEEDS), "-q"], cwd=ROOT, env=clean_env,
                       check=True, capture_output=True, timeout=600)
        clean = subprocess.run([sys.executable, "-m", "kzgraph.cli", "stats", "--json"], cwd=ROOT, env=clean_env,
                               capture_output=True, text=True, timeout=120)
    finally:
        subprocess.run([sys.executable, "-m", "kzgraph.cli", "stop"], cwd=ROOT, env=clean_env,
                       capture_output=True, timeout=120)
    assert stats.stdout == clean.stdout


def test_cli_help_names_every_environment_variable():
    text = run("--help").output + run("load", "--help").output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for variable in ("KZGRAPH_HOME", "KZGRAPH_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE",
                     "KZGRAPH_ONTOLOGY", "KZGRAPH_CACHE"):
        assert variable in text, variable
        assert f"`{variable}`" in readme, variable


def _commands(group, prefix=()):
    import click

    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name), command


@pytest.mark.parametrize("path, command", list(_commands(main)), ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_cli_every_option_has_help(path, command):
    missing = [p.name for p in command.params if p.param_type_name == "option" and not p.help]
    assert not missing, f"kzgraph {' '.join(path)}: options without help: {missing}"


def test_cli_help_and_readme_cite_only_files_that_exist():
    texts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    texts += [run(*path, "--help").output for path, _ in _commands(main)]
    # File names as cited: a path or a bare name with a file ending, not a call such as g.cypher(…).
    cited = {m for t in texts
             for m in re.findall(r"(?<![\w.])([\w/-]+(?:/[\w.-]+)*\.(?:md|py|cypher|grass|ttl|sh|xml))\b(?!\()", t)}
    outputs = {"graph.ttl", "seeds.jsonl"}  # files the examples write

    def exists(name: str) -> bool:
        return (ROOT / name).exists() or (ROOT.parent / name).exists() or any(ROOT.glob(f"**/{name}"))

    # "DIR/entities.ttl": a file a command writes in a folder the user names (a placeholder)
    missing = sorted(c for c in cited - outputs if not exists(c) and not re.match(r"[A-Z]+/", c))
    assert not missing, missing


def test_cli_oversized_document_names_the_file_size_and_limit(fresh_home, tmp_path):
    from kzgraph.corpus import MAX_DOCUMENT_CHARS

    big = tmp_path / "big.txt"
    big.write_text("Tokayev spoke. " * (MAX_DOCUMENT_CHARS // 15 + 10), encoding="utf-8")
    (tmp_path / "small.txt").write_text("Tokayev asked the CSTO for help.", encoding="utf-8")
    result = run("extract", str(big), home=fresh_home)
    assert result.exit_code == 1
    assert str(big) in result.output and f"{MAX_DOCUMENT_CHARS:,}" in result.output
    assert "Traceback" not in result.output and "E088" not in result.output
    skipped = run("load", str(tmp_path), "--skip-bad", "-q", home=fresh_home)
    assert skipped.exit_code == 0 and "loaded 1 documents" in skipped.output, skipped.output
    assert "skipped" in skipped.output and str(big) in skipped.output


@pytest.mark.parametrize("text, lang", [
    ("抗議者たちは空港を占拠した。大統領は非常事態を宣言した。", "ja"),
    ("抗议者占领了机场。总统宣布全国进入紧急状态。", "zh"),
])
def test_cli_unsupported_language_is_named_and_read_for_names_only(fresh_home, tmp_path, text, lang):
    doc = tmp_path / f"{lang}.txt"
    doc.write_text(text, encoding="utf-8")
    result = run("extract", str(doc), home=fresh_home)
    assert result.exit_code == 0, result.output
    assert f'"lang": "{lang}"' in result.output
    # The warning states the rule: spaCy has no pipeline for ja here; zh has one, but no word lists.
    assert f"no language '{lang}'" in result.output or f"no word lists for language '{lang}'" in result.output


def test_cli_folder_load_says_which_files_it_left_out(fresh_home, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Tokayev asked the CSTO for help.", encoding="utf-8")
    (folder / "b.html").write_text("<p>Tokayev</p>", encoding="utf-8")
    (folder / "c.text").write_text("Tokayev", encoding="utf-8")
    result = run("load", str(folder), "-q", home=fresh_home)
    assert result.exit_code == 0 and "loaded 1 documents" in result.output
    assert ".jsonl, .md, .txt" in result.output and "left out 2 other files (1 .html, 1 .text)" in result.output


@pytest.mark.parametrize("scheme", ["neo4j", "neo4j+s", "bolt"])
def test_cli_unreachable_neo4j_error_prints_once(scheme, tmp_path):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, NEO4J_PASSWORD="not-used-here")
    result = subprocess.run([sys.executable, "-m", "kzgraph.cli", "stats", "--uri", f"{scheme}://127.0.0.1:{port}",
                             "--timeout", "3"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 3
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: cannot reach Neo4j"), result.stderr
