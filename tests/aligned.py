"""A small corpus written to a folder, extracted and aligned as `kzgraph extract` does: the JSONL
records the alignment tests read (tests/test_align_unknown_names.py, tests/test_align_parties.py)."""

from __future__ import annotations

from pathlib import Path


def write_and_align(folder: Path, articles: dict[str, tuple[str, str]]) -> list[dict]:
    """Write ``articles`` (file stem -> (language, text)) into ``folder`` and return the JSONL
    records of their extraction and corpus-wide alignment with the default ontology."""
    from kzgraph.corpus import read_documents
    from kzgraph.extract import extract_documents
    from kzgraph.ontology import Ontology
    from kzgraph.pipeline import align_extractions

    for name, (_lang, text) in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ontology = Ontology.load()
    extractions = extract_documents(read_documents([folder]), ontology=ontology)
    return list(align_extractions(extractions, ontology).records())


def entity_of(records: list[dict], form: str) -> dict:
    """The one entity record with a mention written ``form``."""
    hits = [r for r in records if r["kind"] == "entity" and any(m["text"] == form for m in r["mentions"])]
    assert len(hits) == 1, (form, hits)
    return hits[0]
