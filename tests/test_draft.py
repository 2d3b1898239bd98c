"""kzgraph.draft: a story layer drafted from a corpus, read back as a layer."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzgraph import pipeline
from kzgraph.align import Aligner
from kzgraph.cli import main
from kzgraph.draft import draft_entities, write_draft
from kzgraph.errors import NotFound, UsageError
from kzgraph.graph import KnowledgeGraph
from kzgraph.ontology import Ontology
from kzgraph.resources import ontology_layers

WAGNER = Path(__file__).parent / "data" / "dev" / "wagner-2023"
CORPUS = [WAGNER / "001_ru.txt", WAGNER / "003_en.txt", WAGNER / "004_pl.txt"]


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return pipeline.extract(CORPUS, ontology=Ontology.load())


def test_draft_round_trip_makes_the_names_known(graph, tmp_path):
    """Every form of every drafted entity resolves, once the draft is a layer, to the drafted entity."""
    default = Ontology.load()
    report = write_draft(graph, default, tmp_path / "story", [str(p) for p in CORPUS])
    assert report.entities > 0 and (tmp_path / "story" / "entities.ttl").is_file()
    drafts = draft_entities(graph, default)
    assert "yevgeny-prigozhin" in [d.id for d in drafts]
    assert [d.documents for d in drafts] == sorted((d.documents for d in drafts), reverse=True)
    layered = Ontology.load(ontology_layers(f"kazakhstan-2022:{tmp_path / 'story'}"))
    aligner = Aligner(layered)
    for d in drafts:
        assert d.id in layered.entities and not d.id.startswith("x-")
        assert layered.entities[d.id].name == d.entity.name
        for lang, forms in d.entity.names:
            for form in forms:
                found = aligner.resolve(form, lang)
                assert found is not None, (form, lang, d.id)
        assert aligner.resolve(d.entity.name, "en").entity.id == d.id
    prigozhin = aligner.resolve("Евгения Пригожина", "ru")  # an inflected form the corpus need not hold
    assert prigozhin is not None and prigozhin.entity.id == "yevgeny-prigozhin"
    text = (tmp_path / "story" / "entities.ttl").read_text(encoding="utf-8")
    assert "# PERSON · " in text and "documents" in text  # the counts, for the reviewer


def test_draft_refuses_a_folder_that_holds_files(graph, tmp_path):
    (tmp_path / "reviewed.ttl").write_text("# mine\n", encoding="utf-8")
    with pytest.raises(UsageError, match="not an empty folder"):
        write_draft(graph, Ontology.load(), tmp_path, ["corpus"])
    assert [p.name for p in tmp_path.iterdir()] == ["reviewed.ttl"]


def test_draft_with_nothing_unknown_says_so(tmp_path):
    with pytest.raises(NotFound, match="nothing to draft"):
        write_draft(KnowledgeGraph(), Ontology.load(), tmp_path / "new", ["corpus"])
    assert not (tmp_path / "new").exists()


def test_draft_cli_refuses_a_non_empty_folder_before_extracting(tmp_path):
    from click.testing import CliRunner

    (tmp_path / "x.ttl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["ontology", "draft", "no-such-corpus", "-o", str(tmp_path)])
    assert result.exit_code == 2 and "not an empty folder" in result.output


def test_align_explain_with_a_corpus_shows_the_cluster_of_an_unknown_name():
    from click.testing import CliRunner

    args = ["align", "Пригожина", "--lang", "ru", "--explain"]
    for path in CORPUS:
        args += ["--corpus", str(path)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "cluster: x-" in first.output and "Yevgeny Prigozhin" in first.output
    assert "Jewgienija Prigożyna@pl" in first.output and "why these keys are one" in first.output
    assert CliRunner().invoke(main, args).output == first.output  # deterministic
    missing = CliRunner().invoke(main, ["align", "Бондаренко", "--lang", "uk", "--corpus", str(CORPUS[0])])
    assert missing.exit_code == 1 and "no mention of 'Бондаренко'" in missing.output
