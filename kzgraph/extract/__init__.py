"""Extraction: a :class:`~kzgraph.model.Document` in, an :class:`~kzgraph.model.Extraction` out.

Per document: the language's spaCy pipeline (:mod:`kzgraph.extract.pipeline`)
splits sentences, lemmatises and finds entity mentions and dates; figures are
read sentence by sentence (:mod:`kzgraph.extract.quantities`); relations come
from :func:`kzgraph.extract.relations.extract_relations` when that module is
present.  Everything is returned as frozen records with document offsets; no
spaCy object leaves this package.

Examples
--------
>>> from kzgraph.corpus import document_from_text
>>> ex = extract(document_from_text("Police detained 5,969 people in Almaty.", lang="en"))
>>> [(q.what, q.value) for q in ex.quantities]
[('detained', 5969)]
>>> [m.text for m in ex.mentions]
['Almaty']
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
from dataclasses import replace
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator

from ..errors import ExtractionError, UsageError
from ..model import Document, Extraction, Mention
from ..ontology import Ontology
from .lexicon import Lexicon
from .mentions import COLLECTIVE_LABELS
from .pipeline import DATES, FOLLOWERS, MENTIONS, NESTED, get_pipeline, parse
from .claim_status import document_denials, states as claim_states
from .figure_context import Sentence, document_figures
from .quantities import QuantityFinder

# Whether GROUP and CONCEPT gazetteer matches ("protesters", "treason") are
# listed as mentions of the document.  They are always found and handed to the
# relation extractor (relations need them as arguments).  Measured on the seeds
# (gold annotates names, not these nouns): listing them took mention precision
# from 0.956 to 0.734 (F1 0.977 -> 0.847) at no gain in recall, so they are not.
LIST_COLLECTIVE_MENTIONS = False

Progress = Callable[[int, "int | None"], None]


def extract(document: Document, ontology: Ontology | None = None) -> Extraction:
    """Mentions, relations and figures of one document.

    Raises :class:`~kzgraph.errors.ExtractionError` when the document cannot
    be processed (the message names the document and the cause).
    """
    if not isinstance(document, Document):
        raise UsageError(f"extract() takes a kzgraph.model.Document, not {type(document).__name__}; "
                         f"read files with kzgraph.corpus.read_documents")
    try:
        return _extract(document, ontology)
    except ExtractionError:
        raise
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ExtractionError(f"{document.path}: extraction failed ({type(exc).__name__}: {exc})") from exc


def _extract(document: Document, ontology: Ontology | None) -> Extraction:
    ontology = ontology or Ontology.load()
    doc = parse(document, ontology)
    if document.date is None and doc._.kz_doc_date:
        document = replace(document, date=doc._.kz_doc_date)  # the dateline dates the document
        doc._.kz_document = document
    mentions: list[Mention] = [span._.kz_mention for span in doc.spans[MENTIONS]]
    dates = [span._.kz_date_mention for span in doc.spans[DATES]]
    finder = _quantity_finder(document.lang, ontology)
    sentences = []
    for sent, words in zip(doc.sents, doc._.kz_words):
        a, b = sent.start_char, sent.end_char  # read once: each read makes a spaCy Token
        sentences.append(Sentence(a, b, words, [m for m in mentions if a <= m.start and m.end <= b],
                                  [d for d in dates if a <= d.start and d.end <= b]))
    quantities = document_figures(document, sentences, finder)
    relations = document_denials(document.text, sentences, _relations(doc, document, mentions, ontology), finder,
                                 claim_states(ontology))
    nested = [span._.kz_mention for span in doc.spans[NESTED]]
    followers = [span._.kz_mention for span in doc.spans[FOLLOWERS]] if FOLLOWERS in doc.spans else []
    listed = sorted([m for m in mentions + nested if is_listed(m, ontology)] + followers,
                    key=lambda m: (m.start, -m.end))
    elsewhere = doc.user_data.get("kz_generic_elsewhere")
    if elsewhere is not None:  # "по данным Минздрава" in a Kyrgyz article: not Kazakhstan's (hint "!<id>")
        home_name = doc.user_data.get("kz_home_name")
        # "lotnisku" in a Sri Lankan article: a common noun the ontology gives another country's place
        # is no name of that place here (a name of its own, as an unknown one's)
        listed = [_not_that(m, elsewhere, home_name, named_only=not _common_noun(m, ontology)) for m in listed]
        quantities = [replace(q, according_to=_not_that(q.according_to, elsewhere, home_name))
                      if q.according_to else q for q in quantities]
    return Extraction(document=document, mentions=tuple(listed), relations=tuple(relations),
                      quantities=tuple(quantities))


def _common_noun(m: Mention, ontology: Ontology) -> bool:
    """``m`` is written as a common noun: in lower case, or as a lower-case label of its entity
    capitalised at a sentence's start ("Lotnisko zamknięto")."""
    if m.text[:1].islower():
        return True
    ent = ontology.entities.get(m.hint) if m.hint else None
    low = m.text[:1].lower() + m.text[1:]
    return ent is not None and any(low in forms for labels in (ent.hidden, ent.alt) for _, forms in labels)


def _not_that(m: Mention, elsewhere, home_name=None, named_only: bool = False) -> Mention:
    """``m``, with hint ``"!<id>"`` if it names an entity of another country than the document's
    by a common noun (alignment then reads it as no ontology entity of that id), ``"!<id>|<name>"``
    when the same body of the document's own country has an English name ("Government of
    Kyrgyzstan"): alignment makes that an entity."""
    if not m.hint or not elsewhere(m):
        return m
    name = home_name(m) if home_name is not None else None
    if named_only and not name:  # a listed mention kept whole: no name to give it instead
        return m
    return replace(m, hint=f"!{m.hint}|{name}" if name else f"!{m.hint}")


def is_listed(mention: Mention, ontology: Ontology | None = None) -> bool:
    """Whether a mention is listed among the document's mentions (all go to relations).

    Names are; descriptions are not: group and concept nouns ("protesters",
    "treason") unless :data:`LIST_COLLECTIVE_MENTIONS`, and one-word
    references to a person or organisation by a common noun.  With the
    ``ontology``, a one-word mention of an entity that some language names by a
    lower-case common noun ("уряд", "gobierno") is a description however it is
    capitalised ("Regierung", "el Gobierno"), and a lower-case name the
    ontology lists ("dpa") is a name; without it, lower-case one-word
    mentions are descriptions.  Facilities named by common nouns ("the
    international airport") are listed.
    """
    if mention.label in COLLECTIVE_LABELS:
        return LIST_COLLECTIVE_MENTIONS
    if mention.label in ("PERSON", "ORG") and " " not in mention.text.strip():
        entity = ontology.entities.get(mention.hint) if ontology is not None and mention.hint else None
        if entity is not None:
            return not any(label.islower() and " " not in label for _, labels in entity.pref for label in labels)
        if mention.text.islower():
            return False
    return True


def _relations(doc, document: Document, mentions: list[Mention], ontology: Ontology) -> list:
    """Relations from the relation extractor, if it is installed (imported lazily)."""
    try:
        module = importlib.import_module(".relations", __name__)
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.relations":
            raise
        return []
    return list(module.extract_relations(doc, document, mentions, ontology))


_FINDERS: dict[tuple[str, int], QuantityFinder] = {}


def _quantity_finder(lang: str, ontology: Ontology) -> QuantityFinder:
    key = (lang, id(ontology))
    if key not in _FINDERS:
        _FINDERS[key] = QuantityFinder(lang, Lexicon.load(ontology), *_countries(ontology))
    return _FINDERS[key]


def _countries(ontology: Ontology) -> tuple[frozenset[str], dict[str, str]]:
    """The ontology's countries, and its national groups with their country ("Russian troops" ->
    russia: a group's English name opens with its country's English adjective, groups.ttl)."""
    countries = [e for e in ontology.entities.values() if e.rdf_class == "Country"]
    adjective = {a.casefold(): e.id for e in countries for lg, names in e.adjectives if lg == "en" for a in names}
    national = {e.id: adjective[e.name.split()[0].casefold()] for e in ontology.entities.values()
                if e.type == "GROUP" and e.name.split() and e.name.split()[0].casefold() in adjective}
    return frozenset(e.id for e in countries), national


def extract_documents(documents: Iterable[Document], *, ontology: Ontology | None = None,
                      workers: int = 1, progress: Progress | None = None) -> Iterator[Extraction]:
    """Extract every document, in input order; ``workers > 1`` uses a process pool.

    ``progress(done, total)`` is called after each document (``total`` is
    ``None`` when ``documents`` is an iterator of unknown length).
    """
    if not isinstance(workers, int) or workers < 1:
        raise UsageError(f"workers must be a positive integer, not {workers!r}")
    total = len(documents) if hasattr(documents, "__len__") else None
    done = 0
    if workers == 1:
        settled: set[str] = set()
        for document in documents:
            yield extract(document, ontology)
            if document.lang not in settled:
                settled.add(document.lang)
                _settle()
            done += 1
            if progress:
                progress(done, total)
        return
    documents = list(documents)
    total = len(documents)
    if not documents:
        return
    # the first document is extracted here: it loads the ontology, the lexicon and
    # the relation rules once, before forked workers inherit them
    yield extract(documents[0], ontology)
    done = 1
    if progress:
        progress(done, total)
    for lang in sorted({d.lang for d in documents}):
        get_pipeline(lang, ontology)
    global _WORKER_ONTOLOGY
    _WORKER_ONTOLOGY = ontology
    _settle()
    if "fork" in multiprocessing.get_all_start_methods():
        # forked workers inherit the loaded ontology, pipelines and caches
        pool_args: dict = {"mp_context": multiprocessing.get_context("fork")}
    else:
        pool_args = {"initializer": _init_worker, "initargs": (ontology,)}
    with ProcessPoolExecutor(max_workers=workers, **pool_args) as pool:
        for extraction in pool.map(_extract_in_worker, documents[1:], chunksize=4):
            yield extraction
            done += 1
            if progress:
                progress(done, total)


_WORKER_ONTOLOGY: Ontology | None = None


def _settle() -> None:
    """Move what is alive now (the ontology, the lexicon, the language pipelines and their
    caches, loaded once per process) out of the cyclic garbage collector's sight.

    Each full collection would otherwise walk these hundreds of thousands of long-lived
    objects again: 7% of the extraction's CPU time on the benchmark (``bench/extract_speed.py``).
    Forked workers also share these pages instead of copying them when a collection touches
    them.  Objects that die later are still freed by reference counting.
    """
    gc.freeze()


def _init_worker(ontology: Ontology | None) -> None:
    global _WORKER_ONTOLOGY
    _WORKER_ONTOLOGY = ontology


def _extract_in_worker(document: Document) -> Extraction:
    return extract(document, _WORKER_ONTOLOGY)


__all__ = ["extract", "extract_documents", "is_listed", "LIST_COLLECTIVE_MENTIONS"]
