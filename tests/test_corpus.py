"""kzgraph.corpus: files, folders, JSONL and stdin into Documents, with clear errors."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from kzgraph.corpus import content_id, decode, document_from_text, identify_language, read_documents, \
    split_header
from kzgraph.errors import CorpusError

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_corpus_reads_the_seeds_with_languages_and_seed_dates():
    docs = list(read_documents([SEEDS]))
    assert [Path(d.path).name[:3] for d in docs] == ["000", "001", "002", "003", "004"]
    assert [d.lang for d in docs] == ["uk", "ru", "en", "fr", "pl"]
    ru = docs[1]
    assert ru.date == "2022-01"
    assert not ru.text.startswith(" date") and ru.text.startswith("В Казахстане")
    assert all(d.id == content_id(d.text) for d in docs)


@pytest.mark.parametrize("text, meta, body", [
    (" date 2022-01 В Казахстане протесты.", {"date": "2022-01"}, "В Казахстане протесты."),
    ("date: 2022-01-05\nTitle: Hello\nBody text.", {"date": "2022-01-05", "title": "Hello"}, "Body text."),
    ("---\ntitle: T\nlang: pl\n---\nTreść.", {"title": "T", "lang": "pl"}, "Treść."),
    ("Dated documents are not headers.", {}, "Dated documents are not headers."),
    ("date of the protest was unclear", {}, "date of the protest was unclear"),
])
def test_corpus_split_header(text, meta, body):
    assert split_header(text) == (meta, body)


def test_corpus_offsets_index_the_document_text_not_the_file(tmp_path):
    path = write(tmp_path / "a.txt", " date 2022-01 Токаєв звернувся до ОДКБ.")
    doc = next(read_documents([path]))
    start = doc.text.index("ОДКБ")
    assert doc.text[start:start + 4] == "ОДКБ" and doc.date == "2022-01"


def test_corpus_folder_is_recursive_sorted_and_skips_other_files(tmp_path):
    write(tmp_path / "b" / "2.md", "Second text about Almaty and the protests.")
    write(tmp_path / "a.txt", "First text about Almaty and the protests.")
    write(tmp_path / "b" / "1.jsonl", json.dumps({"text": "Third text, from JSONL.", "lang": "en"}) + "\n")
    write(tmp_path / "c.pdf", b"%PDF-1.4")
    write(tmp_path / ".hidden" / "x.txt", "Never read.")
    paths = [Path(d.path).relative_to(tmp_path).as_posix().split(":")[0]
             for d in read_documents([tmp_path])]
    assert paths == ["a.txt", "b/1.jsonl", "b/2.md"]


def test_corpus_folder_leaves_out_its_readme_and_says_so(tmp_path):
    write(tmp_path / "README.md", "Provenance: articles written for a test, about Tokayev and Masimov.")
    write(tmp_path / "sub" / "readme.txt", "Notes on the folder.")
    write(tmp_path / "001_en.txt", "Tokayev asked the CSTO for help.")
    with pytest.warns(UserWarning, match=r"left out 2 other files \(2 README\)"):
        paths = [Path(d.path).name for d in read_documents([tmp_path])]
    assert paths == ["001_en.txt"]
    # named on its own, a README is read like any text file
    assert [Path(d.path).name for d in read_documents([tmp_path / "README.md"])] == ["README.md"]


def test_corpus_symlink_loop_is_visited_once(tmp_path):
    write(tmp_path / "d" / "a.txt", "Some text about the protests in Almaty.")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    assert len(list(read_documents([tmp_path]))) == 1


def test_corpus_jsonl_fields_and_lang_override(tmp_path):
    rec = {"text": "Police detained people.", "title": "T", "date": "2022-01-06",
           "url": "https://example.org/a", "lang": "de"}
    path = write(tmp_path / "a.jsonl", "\n" + json.dumps(rec) + "\n")
    doc = next(read_documents([path]))
    assert (doc.lang, doc.title, doc.date, doc.url) == ("de", "T", "2022-01-06", "https://example.org/a")
    assert doc.path == f"{path}:2"


@pytest.mark.parametrize("line, match", [
    ('{"text": "ok"', r"a\.jsonl:2: not a JSON object"),
    ('["text"]', r"a\.jsonl:2: expected a JSON object"),
    ('{"body": "x"}', r'a\.jsonl:2: the record has no "text" string field \(fields: body\)'),
    ('{"text": "x", "date": 2022}', r'a\.jsonl:2: "date" must be a string'),
    ('{"text": "   "}', r"a\.jsonl:2: empty document"),
])
def test_corpus_bad_jsonl_line_names_file_and_line(tmp_path, line, match):
    path = write(tmp_path / "a.jsonl", json.dumps({"text": "A good record."}) + "\n" + line + "\n")
    with pytest.raises(CorpusError, match=match):
        list(read_documents([path]))


@pytest.mark.parametrize("data, match", [
    ("Алмати, протести".encode("cp1251"), r"not UTF-8 text \(byte 0xc0 at offset 0\).*cp1251"),
    ("Café à Almaty".encode("latin-1"), r"not UTF-8 text \(byte 0xe9 at offset 3\)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"binary file \(NUL bytes"),
    (b"", r"empty file"),
    (b"  \n\t\n", r"empty file"),
    (" date 2022-01 \n".encode(), r"empty document"),
])
def test_corpus_bad_files_raise_corpus_error_naming_the_file(tmp_path, data, match):
    path = write(tmp_path / "bad.txt", data)
    with pytest.raises(CorpusError, match=match) as info:
        list(read_documents([path]))
    assert str(path) in str(info.value)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_corpus_decodes_utf8_and_utf16_with_or_without_bom(encoding):
    text = "Токаєв звернувся до ОДКБ за допомогою."
    assert decode(text.encode(encoding), "x.txt").lstrip("\ufeff") == text


def test_corpus_missing_and_unreadable_files(tmp_path):
    with pytest.raises(CorpusError, match=r"nope\.txt: no such file or folder"):
        list(read_documents([tmp_path / "nope.txt"]))
    path = write(tmp_path / "secret.txt", "Some text.")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        with pytest.raises(CorpusError, match=r"secret\.txt: permission denied"):
            list(read_documents([path]))
    finally:
        path.chmod(0o644)


def test_corpus_skip_bad_reports_and_goes_on(tmp_path):
    write(tmp_path / "a.txt", b"\x00\x01binary")
    write(tmp_path / "b.txt", "Good text about the protests in Almaty.")
    write(tmp_path / "c.jsonl", '{"text": "Good record about Almaty."}\nnot json\n')
    skipped: list[tuple[str, str]] = []
    docs = list(read_documents([tmp_path], skip_bad=True, on_skip=lambda p, why: skipped.append((p, why))))
    assert [Path(d.path).name for d in docs] == ["b.txt", "c.jsonl:1"]
    assert [(Path(p).name, why.split(" (")[0]) for p, why in skipped] == \
        [("a.txt", "binary file"), ("c.jsonl:2", "not a JSON object")]


def test_corpus_skip_bad_without_callback_warns(tmp_path):
    write(tmp_path / "a.txt", b"")
    with pytest.warns(UserWarning, match=r"skipped .*a\.txt: empty file"):
        assert list(read_documents([tmp_path], skip_bad=True)) == []


@pytest.mark.parametrize("data, expected", [
    ("Протестувальники захопили аеропорт.", ["<stdin>"]),
    ('{"text": "First."}\n{"text": "Second.", "lang": "en"}\n', ["<stdin>:1", "<stdin>:2"]),
])
def test_corpus_reads_stdin(monkeypatch, data, expected):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    assert [d.path for d in read_documents(["-"])] == expected


@pytest.mark.parametrize("text, lang", [
    ("На протестах у Казахстані затримали понад 4 тисячі людей.", "uk"),
    ("В Казахстане уже несколько дней идут массовые протесты.", "ru"),
    ("Policja zatrzymała w ciągu ostatnich siedmiu dni ponad 5 tysięcy osób.", "pl"),
    ("Les autorités du Kazakhstan n'étaient pas prêtes à rétablir l'ordre.", "fr"),
    ("Die Polizei hat in Almaty mehr als tausend Menschen festgenommen.", "de"),
    ("Almaty aeroportunda polis çok sayıda kişiyi gözaltına aldı.", "tr"),
])
def test_corpus_identify_language(text, lang):
    assert identify_language(text) == lang


def test_corpus_same_text_same_id_and_explicit_metadata_wins():
    a = document_from_text(" date 2022-01 Текст.", path="a.txt", lang="ru")
    b = document_from_text("Текст.", path="b.txt", lang="ru", date="2021-12")
    assert a.id == b.id and (a.date, b.date) == ("2022-01", "2021-12")
