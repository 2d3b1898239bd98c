"""Meta-tests: every CLI command documents itself and appears in the README."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from kzgraph.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = ""):
    for name, command in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        yield full, command
        if isinstance(command, click.Group):
            yield from _commands(command, full + " ")


COMMANDS = list(_commands(main))


@pytest.mark.parametrize("name, command", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_docs_every_command_has_help_with_an_example(name, command):
    assert command.help and command.help.strip(), f"kzgraph {name} has no help text"
    if not isinstance(command, click.Group):
        assert "Example" in command.help, f"kzgraph {name} help shows no example"


@pytest.mark.parametrize("name", [n for n, _ in COMMANDS])
def test_docs_every_command_is_in_the_readme(name):
    assert f"kzgraph {name}" in README, f"README.md never shows 'kzgraph {name}'"


def test_docs_readme_starts_with_the_two_commands():
    head = README[:1500]
    assert "kzgraph load seeds/" in head
    assert "pytest" in head
