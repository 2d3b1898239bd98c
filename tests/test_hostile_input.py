"""Hostile and broken input: clean messages, the exit codes of the README, nothing half-written.

Commands run in process through click's ``CliRunner`` against the real
embedded store of this module (``kz_home``); a command "fails cleanly" when it
ends by ``SystemExit`` with the expected code and no traceback in its output.
Exit codes: 0 ok, 1 bad input (the message names the file), 2 usage, 3 store.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.corpus import read_documents
from kzgraph.errors import CorpusError, StoreError
from kzgraph.graph import KnowledgeGraph
from kzgraph.model import Document, Entity, EntityMention, Quantity, Relation
from kzgraph.ontology import LABELS, NEO4J_LABELS
from kzgraph.store.cypher import relationship_types, statement, statement_names, typed_statement
from readback import readback

STRUCTURAL = {"SUBJECT", "OBJECT", "STATED_IN", "MENTIONED_IN", "ACCORDING_TO"}

# One of each kind of trouble a name or a text may carry.
HOSTILE = {
    "double_quote": 'Ivan "the Quote" Petrov',
    "single_quote": "O'Brien d'Almaty",
    "backtick": "Bob`) DETACH DELETE n //",
    "braces": "{name: $name} }}{{",
    "line_comment": "// MATCH (n) RETURN n",
    "block_comment": "/* end */ RETURN 1 //",
    "cypher": "MATCH (n) DETACH DELETE n; CREATE (:Pwned)",
    "dollar": "$rows $0 ${x}",
    "backslash": "C:\\temp\\ \\u0041 \\\\",
    "nul": "before\x00after",
    "rtl": "\u200f\u202eevil\u202c \u05e9\u05dc\u05d5\u05dd",
    "zwj": "Ка\u200dзах \u200c\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "emoji": "\U0001f680 \U0001f1f0\U0001f1ff \u2764\ufe0f",
    "combining": "Toka\u0301yev Й Й Z\u0335\u0321a\u0337l\u0334g\u0336o",
    "newline_tab": "line\nnext\tcol\r\n",
}
NUL_STORED = {k: v.replace("\x00", "\ufffd") for k, v in HOSTILE.items()}  # FalkorDB's dialect


def invoke(*args: str, home: Path | None = None, input: str | None = None):
    env = {"KZGRAPH_HOME": str(home)} if home is not None else {}
    return CliRunner().invoke(main, list(args), env=env, input=input)


def fails_cleanly(result, code: int, *fragments: str) -> None:
    """The command ended with ``code``, printed each fragment, and no traceback."""
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.output, (fragment, result.output)


def node_count(store) -> int:
    return sum(store.stats()["nodes"].values())


def only_known_names(store) -> None:
    """No label or relationship type outside kzgraph's labels and the predicate inventory."""
    stats = store.stats()
    assert set(stats["nodes"]) <= {"Entity", "Claim", "Document"} | NEO4J_LABELS | set(LABELS.values())
    assert set(stats["relationships"]) <= STRUCTURAL | set(store.ontology.predicates)


# -- hostile text and names ---------------------------------------------------------

def entity_id(key: str) -> str:
    """Ids are data too: the hostile string itself where an id may hold it (no
    control characters, no whitespace at either end)."""
    text = HOSTILE[key]
    return key + ":" + re.sub(r"[\x00-\x1f]", "_", text.strip())


def hostile_graph() -> KnowledgeGraph:
    """Every hostile string in every field a graph carries: ids, names, aliases,
    names per language, titles, paths, sentences, literals, qualifiers."""
    graph = KnowledgeGraph()
    graph.documents["doc-" + "x"] = Document("doc-x", "", HOSTILE["line_comment"], "uk",
                                             "2022-01-05", title=HOSTILE["cypher"], url=HOSTILE["dollar"])
    for n, (key, text) in enumerate(HOSTILE.items()):
        eid = entity_id(key)
        graph.entities[eid] = Entity(eid, text, "PERSON", aliases=(text + " alias", HOSTILE["backtick"]),
                                     names=(("uk", (text,)), ("pl", (text + "ą",))))
        graph.mentions.append(EntityMention(eid, "doc-x", text, n, n + 1))
    ids = sorted(graph.entities)
    for n, eid in enumerate(ids):
        other = ids[(n + 1) % len(ids)]
        text = graph.entities[eid].name
        rid = f"r{n}"
        graph.relations[rid] = Relation(rid, eid, "SPOKE_WITH", "doc-x", f"{text} spoke with {other}.",
                                        n, n + 5, "uk", object=other, date="2022-01-06")
        lid = f"l{n}"
        graph.relations[lid] = Relation(lid, eid, "ARRESTED_ON_CHARGE", "doc-x", text, n, n + 5, "uk",
                                        literal=text)
        qid = f"q{n}"
        graph.quantities[qid] = Quantity(qid, "detained", n, "doc-x", text, n, n + 3, "uk",
                                         qualifier=text, according_to=eid, as_of="2022-01-09")
    return graph


def test_hostile_names_and_texts_round_trip_exactly(store):
    graph = hostile_graph()
    store.write(graph)
    only_known_names(store)
    stats = store.stats()
    assert stats["nodes"]["Entity"] == stats["nodes"]["Person"] == len(HOSTILE)
    assert stats["nodes"]["Claim"] == 3 * len(HOSTILE) and stats["nodes"]["Document"] == 1
    for key, text in HOSTILE.items():
        [row] = readback(store, "entity_by_id", id=entity_id(key))
        e = row["e"]
        stored = NUL_STORED[key]
        assert (e["id"], e["name"]) == (entity_id(key), stored)
        assert e["names_uk"] == [stored] and e["names_pl"] == [stored + "ą"]
        assert set(e["aliases"]) == {stored + " alias", NUL_STORED["backtick"]}
    literals = {r["literal"] for r in store.query("MATCH (c:Claim {predicate: 'ARRESTED_ON_CHARGE'}) "
                                                  "RETURN c.literal AS literal")}
    assert literals == set(NUL_STORED.values())
    qualifiers = {r["q"] for r in store.query("MATCH (c:Claim {kind: 'detained'}) RETURN c.qualifier AS q")}
    assert qualifiers == set(NUL_STORED.values())
    [doc] = store.query("MATCH (d:Document) RETURN d.title AS title, d.path AS path")
    assert doc == {"title": HOSTILE["cypher"], "path": HOSTILE["line_comment"]}
    store.write(graph)  # and a reload changes nothing
    assert store.stats() == stats


def library_texts(ontology) -> set[str]:
    """Every statement text kzgraph may send: the files of ``cypher/``, with their
    slots filled from the inventory."""
    texts = set()
    labels = sorted(NEO4J_LABELS | set(LABELS.values()))
    types = relationship_types(ontology)
    for name in statement_names():
        st = statement(name)
        if not st.slots:
            texts.add(st.text)
        elif st.slots == ("__LABEL__",):
            texts.update(typed_statement(name, ontology, label=label) for label in labels)
        elif st.slots == ("__TYPE__",):
            texts.update(typed_statement(name, ontology, rel_type=t) for t in types)
        elif st.slots == ("__TYPES__",):
            texts.add(typed_statement(name, ontology, rel_types=types))
    return texts


def test_hostile_values_never_reach_cypher_text(store, monkeypatch):
    """Everything sent to the server while the hostile graph is written and read is
    a library statement, preceded only by FalkorDB's parameter header
    (``CYPHER name=value …``, which the round-trip tests prove quoted right)."""
    sent: list[str] = []
    for method in ("query", "ro_query"):
        real = getattr(store._graph, method)
        monkeypatch.setattr(store._graph, method,
                            lambda q, *args, real=real, **kw: (sent.append(q), real(q, *args, **kw))[1])
    graph = hostile_graph()
    store.write(graph)
    store.stats()
    store.read("q_entity_by_id", id=next(iter(graph.entities)))
    assert len(sent) > 10
    known = sorted(library_texts(store.ontology), key=len, reverse=True)
    for query in sent:
        text = next((k for k in known if query.endswith(k)), None)
        assert text is not None, f"not a library statement: {query[-300:]!r}"
        header = query[:-len(text)]
        assert header == "" or header.startswith("CYPHER "), header[:200]


@pytest.mark.parametrize("record, match", [
    ({"kind": "relation", "subject": "a", "predicate": "SPOKE_WITH]->() DETACH DELETE n //", "object": "b",
      "doc": "d", "sentence": "s"}, r"refusing relationship type 'SPOKE_WITH\]->\(\) DETACH DELETE n //'"),
    ({"kind": "relation", "subject": "a", "predicate": "spoke_with", "object": "b", "doc": "d", "sentence": "s"},
     "refusing relationship type 'spoke_with'"),
    ({"kind": "entity", "id": "c", "name": "C", "type": "PERSON`:Admin {x: 1}) //", "mentions": []},
     r"has type 'PERSON`:Admin \{x: 1\}\) //'"),
    ({"kind": "quantity", "what": "detained}) DETACH DELETE n //", "value": 1, "doc": "d", "sentence": "s"},
     "which the ontology does not define"),
])
def test_hostile_names_read_from_input_are_refused_before_any_write(store, gold_graph, record, match):
    """A predicate, type or quantity kind read from an extraction file is checked
    against the ontology's inventory; a bad one writes nothing."""
    store.write(gold_graph)
    before = store.stats()
    lines = [json.dumps(r) for r in (
        {"kind": "document", "doc": "d", "path": "x.txt", "lang": "en"},
        {"kind": "entity", "id": "a", "name": "A", "type": "PERSON", "mentions": []},
        {"kind": "entity", "id": "b", "name": "B", "type": "ORG", "mentions": []},
        record)]
    graph = KnowledgeGraph.from_jsonl(lines, source="hostile.jsonl")
    with pytest.raises(StoreError, match=match):
        store.write(graph)
    assert store.stats() == before


@pytest.mark.parametrize("bad_id", ["x\x00y", "x\x01y", " x", "x ", "x\n", "\tx", "", "x\x7f"])
@pytest.mark.parametrize("kind", ["document", "entity", "claim"])
def test_hostile_ids_the_index_cannot_find_are_refused(store, kind, bad_id):
    """FalkorDB's index finds no value with whitespace at an end or a control
    character, so such an id would silently drop claims: it is refused."""
    ids = {"document": "d", "entity": "a", "claim": "r", kind: bad_id}
    graph = KnowledgeGraph(documents={ids["document"]: Document(ids["document"], "", "x.txt", "en")},
                           entities={ids["entity"]: Entity(ids["entity"], "A", "PERSON"), "b": Entity("b", "B", "ORG")},
                           relations={ids["claim"]: Relation(ids["claim"], ids["entity"], "SPOKE_WITH", ids["document"],
                                                             "s", 0, 1, "en", object="b")})
    with pytest.raises(StoreError, match=f"refusing {kind} id {re.escape(repr(bad_id))}"):
        store.write(graph)
    assert node_count(store) == 0


def test_hostile_mention_language_cannot_become_a_property_name(store):
    graph = KnowledgeGraph(documents={"d": Document("d", "", "x.txt", "en")},
                           entities={"a": Entity("a", "A", "PERSON", names=(("en}) SET n.x = 1 //", ("A",)),))})
    with pytest.raises(StoreError, match="refusing language code"):
        store.write(graph)
    assert node_count(store) == 0


def test_hostile_corpus_loads_and_keeps_every_character(store, kz_home, tmp_path):
    """Texts and titles with every hostile string, as JSONL (NUL only survives JSON
    escapes) and as files: the load succeeds and stores them verbatim."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [{"text": f"Police detained 5,969 people in Almaty on January 7. {value} "
                        f"Kassym-Jomart Tokayev asked the CSTO for help. {value}",
                "title": f"{key}: {value}", "lang": "en"} for key, value in HOSTILE.items()]
    (corpus / "news.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                                       encoding="utf-8")
    for key, value in HOSTILE.items():
        if "\x00" not in value:
            (corpus / f"{key}.txt").write_text(f"title: file {key}\n\nThe police detained {value} in Almaty. "
                                               f"{value} met Kassym-Jomart Tokayev.\n", encoding="utf-8")
    result = invoke("load", str(corpus), "--home", str(kz_home), "-q")
    fails_cleanly(result, 0, "loaded")
    only_known_names(store)
    titles = {r["title"] for r in store.query("MATCH (d:Document) RETURN d.title AS title")}
    assert {f"{k}: {NUL_STORED[k]}" for k in HOSTILE} <= titles
    sentences = " ".join(r["s"] for r in store.query("MATCH (c:Claim) RETURN c.sentence AS s"))
    assert NUL_STORED["rtl"] in sentences or NUL_STORED["combining"] in sentences
    assert store.stats()["nodes"]["Document"] == len(HOSTILE) + sum("\x00" not in v for v in HOSTILE.values())


@pytest.mark.parametrize("evil", ["en}) MATCH (n) DETACH DELETE n //", "uk`", "../../etc", "u k", "en\nx"])
def test_hostile_language_field_is_refused_naming_the_record(store, kz_home, tmp_path, evil):
    """A language code becomes a property name (names_<lang>): anything else is
    refused as bad input, naming the JSONL line or the file with the header."""
    jsonl = tmp_path / "lang.jsonl"
    jsonl.write_text(json.dumps({"text": "Kassym-Jomart Tokayev asked the CSTO for help.", "lang": evil}) + "\n",
                     encoding="utf-8")
    fails_cleanly(invoke("load", str(jsonl), "--home", str(kz_home), "-q"), 1, f"{jsonl}:1: language {evil!r}")
    if "\n" not in evil:
        text = tmp_path / "lang.txt"
        text.write_text(f"lang: {evil}\n\nKassym-Jomart Tokayev asked the CSTO for help.\n", encoding="utf-8")
        fails_cleanly(invoke("load", str(text), "--home", str(kz_home), "-q"), 1, f"{text}: language")
    assert node_count(store) == 0


# -- big and many -------------------------------------------------------------------

def test_hostile_20_mb_single_line_is_refused_naming_the_file(store, kz_home, tmp_path):
    sentence = "Police detained 5,969 people in Almaty on January 7 and the CSTO sent troops. "
    big = tmp_path / "one_line.txt"
    big.write_text(sentence * (20_000_000 // len(sentence) + 1), encoding="utf-8")
    assert big.stat().st_size >= 20_000_000 and big.read_bytes().count(b"\n") == 0
    began = time.monotonic()
    result = invoke("load", str(big), "--home", str(kz_home), "-q")
    elapsed = time.monotonic() - began
    if result.exit_code == 0:  # handled (e.g. split): then it must have been written whole
        assert store.stats()["nodes"]["Document"] == 1
    else:
        fails_cleanly(result, 1, str(big))
        assert node_count(store) == 0
    assert elapsed < 120


def test_hostile_10000_tiny_files_load(store, kz_home, tmp_path):
    corpus = tmp_path / "tiny"
    for i in range(10_000):
        folder = corpus / f"{i // 500:02d}"
        if i % 500 == 0:
            folder.mkdir(parents=True)
        (folder / f"n{i:05d}.txt").write_text(f"Item {i}.\n", encoding="utf-8")
    fds = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").is_dir() else None
    result = invoke("load", str(corpus), "--home", str(kz_home), "-q")
    fails_cleanly(result, 0, "loaded 10000 documents")
    assert store.stats()["nodes"]["Document"] == 10_000
    if fds is not None:
        assert len(os.listdir("/proc/self/fd")) <= fds + 5  # no file left open


# -- awkward file systems -----------------------------------------------------------

def test_hostile_symlink_loop_is_walked_once(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("Police detained 5 people in Almaty.\n", encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text("Police detained 7 people in Aktobe.\n", encoding="utf-8")
    (corpus / "sub" / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "self").symlink_to(".", target_is_directory=True)
    result = invoke("extract", str(corpus))
    fails_cleanly(result, 0)
    docs = [json.loads(line) for line in result.stdout.splitlines() if '"kind": "document"' in line]
    assert len(docs) == 2


def test_hostile_dangling_symlink_is_named(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Police detained 5 people in Almaty.\n", encoding="utf-8")
    (corpus / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    fails_cleanly(invoke("extract", str(corpus)), 1, "gone.txt")
    result = invoke("extract", str(corpus), "--skip-bad")
    fails_cleanly(result, 0, "warning: skipped", "gone.txt")
    assert result.stdout.count('"kind": "document"') == 1


def test_hostile_named_pipe_does_not_hang(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Police detained 5 people in Almaty.\n", encoding="utf-8")
    fifo = corpus / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list = []

    def read():
        try:
            outcome.append([d.path for d in read_documents([corpus], skip_bad=True, on_skip=lambda p, r: None)])
            list(read_documents([corpus]))
        except CorpusError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=20)
    if reader.is_alive():  # unblock the reader, then fail
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("reading a folder with a named pipe blocked")
    assert outcome[0] == [str(corpus / "a.txt")]
    assert isinstance(outcome[1], CorpusError) and "pipe.txt: not a regular file" in str(outcome[1])


def test_hostile_unreadable_file_is_named(tmp_path):
    """``chmod 000`` stops everyone but root; as root the reading is done in a
    forked child that has become user ``nobody``."""
    folder = Path(tempfile.mkdtemp(prefix="kz-unreadable-"))
    locked = folder / "locked.txt"
    try:
        os.chmod(folder, 0o755)
        locked.write_text("Police detained 5 people in Almaty.\n", encoding="utf-8")
        os.chmod(locked, 0o000)
        if os.geteuid() != 0:
            fails_cleanly(invoke("extract", str(locked)), 1, f"{locked}: permission denied")
            return
        message = _read_as_nobody(locked)
        if message.startswith("setuid:"):
            pytest.skip(f"running as root (chmod 000 does not stop root) and cannot become nobody: {message}")
        assert message == f"CorpusError: {locked}: permission denied; make it readable (chmod +r)"
    finally:
        os.chmod(locked, 0o600)
        locked.unlink()
        folder.rmdir()


def _read_as_nobody(path: Path) -> str:
    """What ``read_documents([path])`` raises in a child process running as nobody."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root, read, report, leave without cleanup
        os.close(read_end)
        try:
            try:
                os.setgid(65534)
                os.setuid(65534)
            except OSError as exc:
                report = f"setuid: {exc}"
            else:
                try:
                    list(read_documents([path]))
                    report = "read it"
                except Exception as exc:  # noqa: BLE001 - report whatever it was
                    report = f"{type(exc).__name__}: {exc}"
            os.write(write_end, report.encode("utf-8", "replace"))
        finally:
            os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 4096):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8")


# -- encodings and formats ----------------------------------------------------------

@pytest.mark.parametrize("name, data, reason", [
    ("cp1251.txt", "Поліція затримала 5 осіб в Алмати.".encode("cp1251"), "not UTF-8 text"),
    ("latin1.txt", "La police a arrêté 5 personnes à Almaty.".encode("latin-1"), "not UTF-8 text"),
    ("mixed.txt", "Поліція затримала ".encode() + "5 осіб в Алмати.".encode("cp1251"), "not UTF-8 text"),
    ("koi8.md", "Полиция задержала 5 человек.".encode("koi8-r"), "not UTF-8 text"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    ("empty.txt", b"   \n\n", "empty file"),
], ids=["cp1251", "latin-1", "mixed", "koi8-r", "binary", "empty"])
def test_hostile_undecodable_files_are_refused_naming_them(store, kz_home, tmp_path, name, data, reason):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Police detained 5 people in Almaty.\n", encoding="utf-8")
    (corpus / name).write_bytes(data)
    fails_cleanly(invoke("load", str(corpus), "--home", str(kz_home), "-q"), 1, f"{corpus / name}: {reason}")
    assert node_count(store) == 0  # nothing half-written: the good file waits for the bad one
    result = invoke("load", str(corpus), "--home", str(kz_home), "-q", "--skip-bad")
    fails_cleanly(result, 0, f"warning: skipped {corpus / name}: {reason}")
    assert store.stats()["nodes"]["Document"] == 1


def test_hostile_malformed_jsonl_line_is_named_with_its_number(store, kz_home, tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "Police detained 5 people in Almaty."}\n\n{"text": "unterminated\n'
                    '{"text": "Police detained 7 people in Aktobe."}\n', encoding="utf-8")
    fails_cleanly(invoke("load", str(path), "--home", str(kz_home), "-q"), 1, f"{path}:3: not a JSON object")
    assert node_count(store) == 0
    result = invoke("load", str(path), "--home", str(kz_home), "-q", "--skip-bad")
    fails_cleanly(result, 0, f"warning: skipped {path}:3:")
    assert store.stats()["nodes"]["Document"] == 2


@pytest.mark.parametrize("args, code, message", [
    (["load"], 2, "Missing argument"),
    (["load", "x", "--batch-size", "0"], 2, "--batch-size"),
    (["load", "x", "--wait", "-1"], 2, "--wait"),
    (["load", "x", "--password", "pw"], 2, "No such option '--password'"),
    (["load", "x", "--uri", "http://example.com"], 2, "unsupported store URI"),
    (["load", "x", "--uri", "bolt://"], 2, "has no host"),
    (["frobnicate"], 2, "No such command"),
    (["load", "/no/such/folder"], 1, "/no/such/folder: no such file or folder"),
    (["extract", "/no/such/file.txt"], 1, "/no/such/file.txt: no such file or folder"),
])
def test_hostile_command_lines_get_the_design_exit_codes(kz_home, args, code, message):
    fails_cleanly(invoke(*args, home=kz_home), code, message)


def test_hostile_stdin_garbage_is_refused(kz_home):
    result = CliRunner().invoke(main, ["extract", "-"], input=b"\x00\x01\x02\xff\xfe garbage")
    fails_cleanly(result, 1, "<stdin>")


def test_hostile_a_bug_is_one_line_not_a_traceback(monkeypatch, tmp_path):
    """A non-kzgraph exception (a bug) still reaches the user as one line, exit 1;
    KZGRAPH_DEBUG=1 lets the traceback through for whoever fixes it."""
    import kzgraph.pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(kzgraph.pipeline, "extract_graph", broken)
    doc = tmp_path / "a.txt"
    doc.write_text("Police detained 5 people in Almaty.\n", encoding="utf-8")
    fails_cleanly(invoke("extract", str(doc)), 1, "internal error (RuntimeError: boom)", "KZGRAPH_DEBUG=1")
    result = CliRunner().invoke(main, ["extract", str(doc)], env={"KZGRAPH_DEBUG": "1"})
    assert isinstance(result.exception, RuntimeError)
