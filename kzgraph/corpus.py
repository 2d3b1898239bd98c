"""Read files, folders, JSONL and stdin into :class:`~kzgraph.model.Document` records.

What is read
------------
- a ``.txt`` or ``.md`` file: one document; a leading metadata header
  (``date 2022-01``, ``title: …``, ``url: …``, ``lang: uk``, or a ``---``
  front-matter block of such lines) is parsed into the document's fields and
  removed from its text;
- a ``.jsonl`` file: one document per non-blank line, a JSON object with
  ``text`` and optional ``title``, ``date``, ``url``, ``lang``;
- a folder: every ``.txt``/``.md``/``.jsonl`` file below it, in sorted order,
  hidden entries skipped, symbolic-link loops visited once; a ``README``
  file (``README.md``, ``readme.txt`` …) describes its folder rather than
  reporting news, so a folder load leaves it out and says so (named on its
  own, it is read like any file);
- ``"-"``: standard input (JSONL when its first line is a JSON object with a
  ``text`` field, plain text otherwise).

Character offsets found later index :attr:`Document.text` (the text after
the header), and :attr:`Document.id` is a hash of that text, so the same
content read twice gets the same id.  Every failure is a
:class:`~kzgraph.errors.CorpusError` naming the file (and line) and the
reason; with ``skip_bad=True`` the bad input is reported and skipped instead.

Examples
--------
>>> doc = document_from_text(" date 2022-01 В Казахстане идут протесты.", path="a.txt")
>>> doc.date, doc.lang, doc.text
('2022-01', 'ru', 'В Казахстане идут протесты.')
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
import sys
import warnings
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import CorpusError, UsageError
from .model import Document

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES

# The languages the identifier chooses among: the corpus languages, their
# neighbours, and the big European ones.  A closed set keeps short texts from
# being labelled as some unrelated language; a JSONL ``lang`` overrides it.
LANGUAGES = ("uk", "ru", "be", "kk", "ky", "uz", "en", "fr", "pl", "de", "it", "es", "pt",
             "nl", "cs", "sk", "ro", "hu", "bg", "sr", "hr", "sl", "lt", "lv", "et", "fi",
             "sv", "da", "no", "tr", "el", "ka", "hy", "az")

OnSkip = Callable[[str, str], None]  # on_skip(path, reason)

# The most characters one document may have: spaCy's own limit (``nlp.max_length``),
# far beyond a news article, refused here with the file's name instead of deep inside spaCy.
MAX_DOCUMENT_CHARS = 1_000_000

_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
# One header field at the very start of the text: "date 2022-01", "date: 2022-01-05 ",
# "title: …" (to the end of its line).  Dates are self-delimiting, so a date may share
# its line with the text that follows (as in the seeds).
_HEADER_DATE = re.compile(rf"[ \t]*date[ \t]*[:=]?[ \t]*({_DATE})(?![\d-])[ \t]*\n?", re.IGNORECASE)
_HEADER_FIELD = re.compile(r"[ \t]*(title|url|lang|date)[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*(?:\n|$)",
                           re.IGNORECASE)
_LANG_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
_FRONT_MATTER = re.compile(r"---[ \t]*\n((?:[^\n]*\n)*?)---[ \t]*(?:\n|$)")


def read_documents(paths: Iterable[str | Path], *, skip_bad: bool = False,
                   on_skip: OnSkip | None = None, date: str | None = None) -> Iterator[Document]:
    """Yield the documents of ``paths`` (files, folders, or ``"-"`` for stdin).

    Parameters
    ----------
    paths
        Files, folders (walked recursively) or ``"-"``.
    skip_bad
        Report an unreadable, undecodable, binary or empty input through
        ``on_skip`` (default: a :class:`UserWarning`) and go on, instead of
        raising :class:`CorpusError`.
    on_skip
        Called as ``on_skip(path, reason)`` for each skipped input (a JSONL
        record's path is ``file:line``).
    date
        The date (``2022``, ``2022-01`` or ``2022-01-05``) of every document
        whose header or record gives none (``kzgraph load --date``); a
        malformed one raises :class:`~kzgraph.errors.UsageError`.
    """
    if isinstance(paths, (str, Path)):  # one path given bare
        paths = [paths]
    if date is not None:
        date = check_date(date)
        for doc in _read_all(paths, skip_bad, on_skip):
            yield doc if doc.date else replace(doc, date=date)
        return
    yield from _read_all(paths, skip_bad, on_skip)


def check_date(value: str) -> str:
    """``value`` if it is a date as documents carry them (``2022``, ``2022-01``, ``2022-01-05``).

    >>> check_date("2022-01-05")
    '2022-01-05'
    >>> check_date("5.1.2022")
    Traceback (most recent call last):
    ...
    kzgraph.errors.UsageError: date '5.1.2022' is not YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-01-05)
    """
    from datetime import date as _day

    ok = isinstance(value, str) and re.fullmatch(_DATE, value.strip() or "-") is not None
    if ok:
        value = value.strip()
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            _day(parts[0], parts[1], parts[2])
        except ValueError:
            ok = False
    if not ok:
        raise UsageError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-01-05)")
    return value


def _read_all(paths, skip_bad: bool, on_skip: OnSkip | None) -> Iterator[Document]:
    for source in _expand(paths, skip_bad, on_skip):
        try:
            if source == "-":
                yield from _read_stdin(skip_bad, on_skip)
            elif Path(source).suffix.lower() in JSONL_SUFFIXES:
                yield from _read_jsonl(source, _read_bytes(source), skip_bad, on_skip)
            else:
                yield _read_text_file(source)
        except CorpusError as exc:
            if not skip_bad:
                raise
            _report(exc, on_skip)


def document_from_text(text: str, path: str = "<text>", *, lang: str | None = None,
                       date: str | None = None, title: str | None = None,
                       url: str | None = None, header: bool = True) -> Document:
    """A :class:`Document` for ``text``: header parsed off, language identified.

    Arguments given here override what the header says; ``header=False``
    keeps the text whole (JSONL records carry their metadata as fields).

    Examples
    --------
    >>> document_from_text("title: Hello\\nThe troops arrived in Almaty.").title
    'Hello'
    >>> document_from_text("   ", path="x.txt")
    Traceback (most recent call last):
    ...
    kzgraph.errors.CorpusError: x.txt: empty document (no text after the metadata header)
    """
    meta, body = split_header(text) if header else ({}, text)
    if not body.strip():
        raise _bad(path, f"empty document (no text after the metadata header)")
    if len(body) > MAX_DOCUMENT_CHARS:
        raise _bad(path, f"{len(body):,} characters: more than the {MAX_DOCUMENT_CHARS:,} one document "
                         "may have (one article each: split the file, or JSONL with one record per "
                         "article; --skip-bad skips it)")
    lang = lang or meta.get("lang") or identify_language(body)
    if not _LANG_CODE.fullmatch(lang):  # it becomes a property name (names_<lang>) downstream
        raise _bad(path, f"language {lang!r} is not a language code such as 'uk' or 'pt-BR'")
    return Document(id=content_id(body), text=body, path=str(path), lang=lang,
                    date=date or meta.get("date"), title=title or meta.get("title"),
                    url=url or meta.get("url"))


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading metadata header off ``text``: ``(fields, body)``.

    Examples
    --------
    >>> split_header(" date 2022-01 В Казахстане")
    ({'date': '2022-01'}, 'В Казахстане')
    >>> split_header("---\\ntitle: T\\ndate: 2022-01-05\\n---\\nBody")
    ({'title': 'T', 'date': '2022-01-05'}, 'Body')
    >>> split_header("Dates are not headers")
    ({}, 'Dates are not headers')
    """
    text = text.lstrip("\ufeff")
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group(1).splitlines():
            field = _HEADER_FIELD.fullmatch(line + "\n") or _HEADER_DATE.fullmatch(line + "\n")
            if field is None:  # not our front matter: leave the text alone
                return {}, text
            key, value = (field.group(1).lower(), field.group(2)) if field.re is _HEADER_FIELD \
                else ("date", field.group(1))
            meta[key] = value.strip()
        return meta, text[front.end():].lstrip()
    pos = 0
    while True:
        rest = text[pos:]
        date = _HEADER_DATE.match(rest)
        field = _HEADER_FIELD.match(rest)
        if date and "date" not in meta:
            meta["date"] = date.group(1)
            pos += date.end()
        elif field and field.group(1).lower() not in meta:
            key, value = field.group(1).lower(), field.group(2).strip()
            if key == "date" and not re.fullmatch(_DATE, value):
                break
            meta[key] = value
            pos += field.end()
        else:
            break
    if not meta:
        return {}, text
    return meta, text[pos:].lstrip()


def content_id(text: str) -> str:
    """The document id: a hash of the text (same text, same id).

    >>> content_id("abc") == content_id("abc") != content_id("abd")
    True
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def identify_language(text: str, languages: tuple[str, ...] = LANGUAGES) -> str:
    """The ISO 639-1 code of ``text``'s language, chosen among ``languages``.

    Examples
    --------
    >>> identify_language("Протестувальники захопили аеропорт у місті.")
    'uk'
    >>> identify_language("Les manifestants ont saisi l'aéroport.")
    'fr'
    >>> identify_language("抗議者たちは空港を占拠した。")  # not among them: named all the same
    'ja'
    """
    sample = text[:20000]
    if _foreign_script(sample):
        return _any_language(sample)
    lang, _ = _identifier(tuple(languages)).classify(sample)
    return lang


# The scripts the languages above are written in; text mostly in another script
# (Japanese, Chinese, Arabic, Hebrew, Devanagari, …) is named among every
# language py3langid knows instead of being forced onto the nearest listed one.
_LISTED_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "GEORGIAN", "ARMENIAN")


def _foreign_script(text: str, letters: int = 2000) -> bool:
    import unicodedata

    listed = other = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if unicodedata.name(ch, "").startswith(_LISTED_SCRIPTS):
            listed += 1
        else:
            other += 1
        if listed + other >= letters:
            break
    return other > listed


@lru_cache(maxsize=1)
def _full_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _any_language(text: str) -> str:
    lang, _ = _full_identifier().classify(text)
    return lang


@lru_cache(maxsize=4)
def _identifier(languages: tuple[str, ...]):
    from .cache import language_identifier  # py3langid's model, restricted and kept uncompressed

    return language_identifier(languages)


def decode(data: bytes, source: str) -> str:
    """Decode file bytes as UTF-8 (a BOM may announce UTF-8/16/32) or raise.

    Examples
    --------
    >>> decode("Алмати".encode("utf-16"), "a.txt")
    'Алмати'
    >>> decode("Алмати".encode("cp1251"), "a.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kzgraph.errors.CorpusError: a.txt: not UTF-8 text (byte 0xc0 at offset 0); ...
    """
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _bad(source, f"starts with a {encoding.upper()} byte-order mark but "
                                  f"does not decode as {encoding.upper()} ({exc.reason} at byte "
                                  f"{exc.start}); re-save it as UTF-8") from None
    utf16 = _bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise _bad(source, f"binary file (NUL bytes at offset {data.index(0)}); "
                          f"kzgraph reads UTF-8 text, Markdown or JSONL")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _bad(
            source, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            f"a legacy 8-bit encoding (cp1251, koi8-r, latin-1, …) cannot be told apart "
            f"reliably, so convert the file to UTF-8 first, e.g. iconv -f cp1251 -t utf-8") from None


def _bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when ``data`` looks like BOM-less UTF-16 text.

    NUL bytes all on one side of the 16-bit units (the high byte of spaces,
    digits, Latin and — as 0x04 — Cyrillic letters), and the decoded text
    printable.
    """
    sample = data[:4096]
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even_nul, odd_nul = sample[0::2].count(0), sample[1::2].count(0)
    if (even_nul == 0) == (odd_nul == 0) or max(even_nul, odd_nul) < len(sample) / 40:
        return None
    encoding = "utf-16-le" if odd_nul else "utf-16-be"
    text = sample.decode(encoding, errors="replace")
    printable = sum(c.isprintable() or c.isspace() for c in text)
    return encoding if printable >= 0.95 * len(text) else None


# -- sources ------------------------------------------------------------------------

def _expand(paths: Iterable[str | Path], skip_bad: bool, on_skip: OnSkip | None) -> Iterator[str]:
    """Each input file once, folders walked in sorted order."""
    seen_dirs: set[tuple[int, int]] = set()
    for raw in paths:
        path = str(raw)
        if path == "-":
            yield path
            continue
        p = Path(path)
        try:
            if p.is_dir():
                left_out: Counter = Counter()
                yield from _walk(p, seen_dirs, left_out)
                if left_out:
                    kinds = ", ".join(f"{n} {ext or 'without an ending'}" for ext, n in sorted(left_out.items()))
                    warnings.warn(f"{path}: a folder load reads {', '.join(sorted(SUFFIXES))} files; "
                                  f"left out {sum(left_out.values())} other files ({kinds})", stacklevel=2)
            elif p.exists():
                yield path
            else:
                raise _bad(path, f"no such file or folder")
        except CorpusError as exc:
            if not skip_bad:
                raise
            _report(exc, on_skip)


def _walk(folder: Path, seen_dirs: set[tuple[int, int]], left_out: Counter) -> Iterator[str]:
    try:
        st = folder.stat()
    except OSError as exc:
        raise _bad(folder, f"cannot read folder ({exc.strerror})") from None
    key = (st.st_dev, st.st_ino)
    if key in seen_dirs:  # a symbolic-link loop or a folder given twice
        return
    seen_dirs.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        raise _bad(folder, f"cannot list folder ({exc.strerror})") from None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(Path(entry.path), seen_dirs, left_out)
        elif Path(entry.name).stem.lower() == "readme":
            left_out["README"] += 1
        elif Path(entry.name).suffix.lower() in SUFFIXES:
            yield entry.path
        else:
            left_out[Path(entry.name).suffix.lower()] += 1


def _read_bytes(source: str) -> bytes:
    try:
        if not stat.S_ISREG(os.stat(source).st_mode):  # reading a FIFO would block for ever
            raise _bad(source, "not a regular file (a pipe, socket or device); kzgraph reads files")
        with open(source, "rb") as fh:
            return fh.read()
    except PermissionError:
        raise _bad(source, f"permission denied; make it readable (chmod +r)") from None
    except IsADirectoryError:
        raise _bad(source, f"is a folder, not a file") from None
    except OSError as exc:
        raise _bad(source, f"cannot read ({exc.strerror})") from None


def _read_text_file(source: str) -> Document:
    data = _read_bytes(source)
    if not data.strip():
        raise _bad(source, f"empty file")
    return document_from_text(decode(data, source), path=source)


def _read_stdin(skip_bad: bool, on_skip: OnSkip | None) -> Iterator[Document]:
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    if not data.strip():
        raise _bad("<stdin>", "empty input")
    text = decode(data, "<stdin>")
    first = text.lstrip().split("\n", 1)[0]
    if first.startswith("{"):
        try:
            is_jsonl = isinstance(json.loads(first), dict) and "text" in json.loads(first)
        except ValueError:
            is_jsonl = False
        if is_jsonl:
            yield from _read_jsonl("<stdin>", data, skip_bad, on_skip)
            return
    yield document_from_text(text, path="<stdin>")


def _read_jsonl(source: str, data: bytes, skip_bad: bool, on_skip: OnSkip | None) -> Iterator[Document]:
    if not data.strip():
        raise _bad(source, f"empty file")
    text = decode(data, source)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield _record_document(source, lineno, line)
        except CorpusError as exc:
            if not skip_bad:
                raise
            _report(exc, on_skip)


def _record_document(source: str, lineno: int, line: str) -> Document:
    where = f"{source}:{lineno}"
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise _bad(where, f"not a JSON object ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise _bad(where, f"expected a JSON object with a \"text\" field, "
                          f"got {type(record).__name__}")
    body = record.get("text")
    if not isinstance(body, str):
        raise _bad(where, f"the record has no \"text\" string field "
                          f"(fields: {', '.join(sorted(record)) or 'none'})")
    for key in ("title", "date", "url", "lang"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise _bad(where, f"\"{key}\" must be a string, got {record[key]!r}")
    return document_from_text(body, path=where, lang=record.get("lang") or None,
                              date=record.get("date") or None, title=record.get("title") or None,
                              url=record.get("url") or None, header=False)


def _bad(path: str, reason: str) -> CorpusError:
    """A CorpusError "PATH: REASON" that keeps both parts for ``on_skip``."""
    exc = CorpusError(f"{path}: {reason}")
    exc.path, exc.reason = path, reason
    return exc


def _report(exc: CorpusError, on_skip: OnSkip | None) -> None:
    path, reason = getattr(exc, "path", ""), getattr(exc, "reason", str(exc))
    if on_skip is not None:
        on_skip(path, reason)
    else:
        warnings.warn(f"skipped {exc}", stacklevel=3)


__all__ = ["LANGUAGES", "read_documents", "check_date", "document_from_text", "split_header", "content_id",
           "identify_language", "decode"]
