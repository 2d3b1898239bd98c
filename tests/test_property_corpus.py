"""Property-based tests of the corpus reader: any bytes in, documents or ``CorpusError`` out.

Arbitrary bytes as a ``.txt``/``.md``/``.jsonl`` file or on standard input,
arbitrary JSON on a JSONL line, arbitrary text with or without a header: the
reader yields :class:`~kzgraph.model.Document` records whose id is the hash
of their (non-empty) text, or raises a :class:`~kzgraph.errors.KzGraphError`
that names the file (and the line, for JSONL).
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kzgraph.corpus import content_id, decode, document_from_text, read_documents, split_header
from kzgraph.errors import CorpusError, KzGraphError
from kzgraph.model import Document

SETTINGS = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

SEED_BYTES = [
    "Поліція затримала 4266 осіб.".encode("cp1251"),
    "Police detained 5,969 people.".encode("utf-16"),
    "Police detained 5,969 people.".encode("utf-16-le"),
    b"\xef\xbb\xbf---\ntitle: x\n---\n",
    b"\xff\xfe\x00",
    b"date 2022-01-05\n",
    b"\x00" * 10,
    "title: \u202e\ndate: 2022-13-45\nlang: ../../etc\n\nТекст".encode(),
]
file_bytes = st.one_of(st.binary(max_size=400), st.sampled_from(SEED_BYTES),
                       st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
json_values = st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                        max_size=3),
                           max_leaves=8)
records = st.one_of(
    json_values,
    st.fixed_dictionaries({"text": st.text(max_size=80)},
                          optional={"title": json_values, "date": json_values, "lang": json_values,
                                    "url": json_values}),
)


def _check(docs: list, source: str) -> None:
    for doc in docs:
        assert isinstance(doc, Document)
        assert doc.text.strip() and doc.id == content_id(doc.text)
        assert doc.path.startswith(source)
        assert isinstance(doc.lang, str) and doc.lang


def _read(path: Path) -> list:
    try:
        return list(read_documents([path]))
    except KzGraphError as exc:
        assert isinstance(exc, CorpusError) and str(path) in str(exc), str(exc)
        return []


@SETTINGS
@given(data=file_bytes, suffix=st.sampled_from([".txt", ".md", ".jsonl"]))
@example(data=b"\x80abc", suffix=".txt")
@example(data=b'{"text": "a"}\n{"text": ', suffix=".jsonl")
def test_property_corpus_any_file_gives_documents_or_a_corpus_error(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        _check(_read(path), str(path))


@SETTINGS
@given(lines=st.lists(records, min_size=1, max_size=5))
def test_property_corpus_jsonl_errors_name_the_line(lines):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "news.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False, allow_nan=True) for r in lines) + "\n",
                        encoding="utf-8")
        try:
            docs = list(read_documents([path]))
        except CorpusError as exc:
            line = int(str(exc).split(f"{path}:", 1)[1].split(":", 1)[0])
            assert 1 <= line <= len(lines)
            return
        _check(docs, str(path))
        assert len(docs) <= len(lines)


@SETTINGS
@given(data=file_bytes)
def test_property_corpus_stdin(data):
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict")
    real, sys.stdin = sys.stdin, stdin
    try:
        docs = list(read_documents(["-"]))
    except KzGraphError as exc:
        assert "<stdin>" in str(exc)
        return
    finally:
        sys.stdin = real
    _check(docs, "<stdin>")


@SETTINGS
@given(text=st.text(max_size=300), header=st.sampled_from(["", "date 2022-01 ", "title: T\n", "---\nlang: uk\n---\n"]))
def test_property_corpus_header_and_text(text, header):
    meta, body = split_header(header + text)
    assert isinstance(meta, dict) and isinstance(body, str)
    try:
        doc = document_from_text(header + text, path="x.txt")
    except KzGraphError as exc:
        assert str(exc).startswith("x.txt: ")
        return
    assert doc.id == content_id(doc.text) and doc.text.strip()


@SETTINGS
@given(data=file_bytes)
def test_property_corpus_decode_is_utf8_or_names_the_source(data):
    try:
        text = decode(data, "src.txt")
    except KzGraphError as exc:
        assert str(exc).startswith("src.txt: ")
        return
    assert isinstance(text, str)
