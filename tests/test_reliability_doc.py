"""RELIABILITY.md names real tests, and every reliability test is named there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "RELIABILITY.md").read_text(encoding="utf-8")
OWN = ["test_reliability_load.py", "test_reliability_store.py", "test_hostile_input.py", "test_secrets.py"]


def _tests(path: Path) -> set[str]:
    return set(re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.M))


def test_reliability_doc_names_only_tests_that_exist():
    cited = re.findall(r"`(test_\w+\.py)::(test_\w+)`", DOC)
    assert len(cited) > 30
    for module, name in cited:
        assert name in _tests(ROOT / "tests" / module), f"RELIABILITY.md cites {module}::{name}, which does not exist"


def test_reliability_doc_cites_every_reliability_test():
    cited = set(re.findall(r"test_\w+", DOC))
    cited |= {m for m in re.findall(r"…(_\w+)", DOC)}
    for module in OWN:
        for name in _tests(ROOT / "tests" / module):
            short = [s for s in cited if s.startswith("_") and name.endswith(s)]
            assert name in cited or short, f"{module}::{name} is not in RELIABILITY.md"
    for module in ("test_property_align.py", "test_property_corpus.py", "test_property_extract.py",
                   "test_property_store.py"):
        assert module in DOC
