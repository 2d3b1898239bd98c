"""Per-language spaCy pipelines: what they are built from and what they leave on a ``Doc``.

:func:`get_pipeline` builds (once per language and ontology, then cached)::

    spacy.blank(lang)          # "xx" with a warning when spaCy has no such language
    + "sentencizer"            # spaCy's punctuation rule
    + "kz_sentence_fixes"      # a line break ends a sentence; "и. о. министра",
                               # "N. Pashinyan", "U.S. officials" do not
    + "kz_lemmatizer"          # token.lemma_: pymorphy3 (uk, ru), simplemma (pl, fr, en,
                               # de, it, es … 50 languages), else the lower-cased word
    + "kz_mentions"            # entity mentions (kzgraph.extract.mentions) and dates

What a ``Doc`` from :func:`parse` carries (relations code may rely on it):

- ``doc.sents``: sentences; every token has ``is_sent_start`` set.
- ``token.lemma_``: lower-cased lemma (see above); ``token.text`` unchanged.
- ``doc.spans["kz_mentions"]``: every entity mention, a ``Span`` per mention with
  ``span.label_`` the contract type (PERSON, ORG, GPE, LOC, FAC, EVENT, GROUP,
  CONCEPT), ``span.kb_id_`` the ontology entity id when the gazetteer matched
  ("" otherwise), and ``span._.kz_mention`` the :class:`kzgraph.model.Mention`
  record itself (document char offsets, exact text).  Spans are token-aligned
  (expanded to whole spaCy tokens), so ``span.text`` may be wider than
  ``span._.kz_mention.text`` ("d'Almaty" vs "Almaty"): use the Mention's
  offsets for evidence.  Mentions in this group do not overlap.
- ``doc.spans["kz_nested_mentions"]``: ontology names inside a longer match
  ("Таджикистану" in "Парламент Таджикистану"), same attributes; listed as
  mentions of the document, not meant as relation arguments.
- ``doc.ents``: the same mentions as entities (for displaCy).
- ``doc.spans["kz_dates"]``: calendar dates; ``span._.kz_date`` is the ISO date
  ("2022-01-05", or "2022-01" without a day) or ``None`` when no year is known
  (see :mod:`kzgraph.extract.dates` for the year policy), ``span._.kz_date_mention``
  the :class:`kzgraph.extract.dates.DateMention`.
- ``doc._.kz_document``: the :class:`kzgraph.model.Document` being parsed.
- ``doc._.kz_doc_date``: the document's date: its metadata's, else its dateline's
  (:func:`kzgraph.extract.dates.dateline`), else ``None``.
- ``doc._.kz_words``: per sentence, the list of :class:`kzgraph.extract.lexicon.Word`
  (the key tokens of :func:`kzgraph.names.token_spans`, document offsets, lemma).

Examples
--------
>>> from kzgraph.corpus import document_from_text
>>> doc = parse(document_from_text("5 січня Касим-Жомарт Токаєв звернувся до ОДКБ.", lang="uk",
...                                date="2022-01"))
>>> [(s._.kz_mention.text, s.label_, s.kb_id_) for s in doc.spans["kz_mentions"]][0]
('Касим-Жомарт Токаєв', 'PERSON', 'kassym-jomart-tokayev')
>>> [s._.kz_date for s in doc.spans["kz_dates"]], [t.lemma_ for t in doc if t.text == "звернувся"]
(['2022-01-05'], ['звернутися'])
"""

from __future__ import annotations

import warnings
import weakref
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..model import Document, Mention
from ..names import lemma_of
from ..ontology import Ontology
from .dates import dateline, find_dates, resolve_years
from .lexicon import Lexicon, make_words
from .mentions import MentionFinder

MENTIONS = "kz_mentions"
NESTED = "kz_nested_mentions"
FOLLOWERS = "kz_follower_mentions"  # "supporters of X": listed groups that relations do not read
DATES = "kz_dates"

for _obj, _name in ((Span, "kz_mention"), (Span, "kz_date"), (Span, "kz_date_mention"),
                    (Doc, "kz_document"), (Doc, "kz_words"), (Doc, "kz_doc_date")):
    if not _obj.has_extension(_name):
        _obj.set_extension(_name, default=None)

@Language.factory("kz_sentence_fixes")
def make_sentence_fixes(nlp: Language, name: str):
    """Sentence starts after line breaks; none before a lower-case word or after an initial."""
    return _fix_sentences


# Quotation marks: an opening one and the closing ones it takes ("„…“" in German and Polish,
# "“…”" in English, "«…»", '"…"').  A quotation holds no sentence start, so an evidence
# sentence is never cut inside one; one longer than QUOTE_REACH characters (an unbalanced
# mark) holds them again.
_QUOTE_PAIRS = {"«": "»", "„": "“”", "“": "”", "\"": "\"", "‹": "›"}
QUOTE_REACH = 600


def _fix_sentences(doc: Doc) -> Doc:
    quote: tuple[str, int] | None = None  # the open quotation's closers and where it opened
    tokens = list(doc)  # made once: ``doc[i]`` makes a new Token each time it is read
    for i, token in enumerate(tokens):
        inside = quote is not None and token.idx - quote[1] <= QUOTE_REACH  # a closing mark is inside
        if quote is not None and (token.text in quote[0] or not inside):
            quote = None
        elif quote is None and token.text in _QUOTE_PAIRS and i + 1 < len(tokens) and \
                (not token.whitespace_ or token.text in "«„"):  # « Nous … » ; an ASCII " opens a word
            quote = (_QUOTE_PAIRS[token.text], token.idx)
            # 'nazwał prezydent. "Nakazałem …' : the opening mark starts the quoted sentence
            if i > 0 and tokens[i - 1].text in ".!?…" and tokens[i + 1].is_sent_start:
                token.is_sent_start, tokens[i + 1].is_sent_start = True, False
                continue
        if i == 0:
            continue
        prev = tokens[i - 1]
        if "\n" in prev.text_with_ws or (prev.is_space and "\n" in prev.text):
            quote = None
            if not token.is_space:
                token.is_sent_start = True
            continue
        if token.is_sent_start and not token.is_space and inside:
            token.is_sent_start = False  # inside a quotation: «Мы не допустим. Террористы …», — заявил он
            continue
        if token.is_sent_start and not token.is_space:
            first = token.text[:1]
            lower_next = first.isalpha() and first.islower()
            initial = prev.text in (".",) and i >= 2 and len(tokens[i - 2].text) == 1 and tokens[i - 2].text.isupper()
            abbrev = prev.text.endswith(".") and len(prev.text) <= 3 and prev.text[:1].isupper() and \
                prev.text[:-1].isalpha() and "\n" not in prev.whitespace_
            if lower_next or initial or abbrev:
                token.is_sent_start = False
    return doc


@Language.factory("kz_lemmatizer", default_config={"lang": ""})
def make_lemmatizer(nlp: Language, name: str, lang: str):
    """``token.lemma_`` from :func:`kzgraph.names.lemma_of` (no tagger needed)."""
    lang = lang or nlp.lang  # the document's language, also where spaCy has none ("xx")

    memo: dict[int, int] = {}  # a token text's hash -> its lemma's (added to the vocabulary's strings)

    def lemmatize(doc: Doc) -> Doc:
        # read and written as arrays: iterating the doc made a Token per token, each read a call
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        lemmas = []
        for orth, space, lemma in doc.to_array([ORTH, IS_SPACE, LEMMA]).tolist():
            if not space:
                lemma = memo.get(orth)
                if lemma is None:
                    if len(memo) >= 50_000:
                        memo.clear()
                    lemma = memo[orth] = strings.add(lemma_of(strings[orth], lang))
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc

    return lemmatize


@Language.factory("kz_mentions", default_config={"ontology": "", "collective": True, "lang": ""})
def make_mentions(nlp: Language, name: str, ontology: str, collective: bool, lang: str):
    """Entity mentions and dates from the ontology's gazetteer and the lexicon (see module doc)."""
    onto = _resolve_ontology(ontology)
    lang = lang or nlp.lang  # the lexicon's words for "kk" serve a Kazakh text in an "xx" pipeline
    finder = MentionFinder.for_language(lang, onto, collective=collective)
    lexicon = Lexicon.load(onto)

    def annotate(doc: Doc) -> Doc:
        document: Document | None = doc._.kz_document
        text = doc_text(doc)
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        words = [make_words(text[a:b], lang, a) for a, b in sentences]
        doc._.kz_words = words
        doc_id = document.id if document else ""
        spans, nested, followers = [], [], []
        for found in finder.find(text, sentences, words):
            span = doc.char_span(found.start, found.end, label=found.label, kb_id=found.hint or "",
                                 alignment_mode="expand")
            if span is None:
                continue
            span._.kz_mention = Mention(doc=doc_id, text=text[found.start:found.end], start=found.start,
                                        end=found.end, label=found.label, lang=lang, hint=found.hint)
            (nested if found.source == "nested" else followers if found.source == "followers" else spans).append(span)
        doc.spans[MENTIONS] = spans
        doc.spans[NESTED] = nested
        doc.spans[FOLLOWERS] = followers
        doc.ents = filter_spans(spans)
        doc_date = document.date if document else None
        found = _find_all_dates(words, sentences, lang, lexicon, text, doc_date)
        if not doc_date and (doc_date := dateline(found)):
            found = _find_all_dates(words, sentences, lang, lexicon, text, doc_date)  # weekdays now resolve
        doc._.kz_doc_date = doc_date
        dates = []
        for d in resolve_years(found, doc_date, text):
            span = doc.char_span(d.start, d.end, label="DATE", alignment_mode="expand")
            if span is not None:
                span._.kz_date, span._.kz_date_mention = d.iso, d
                dates.append(span)
        doc.spans[DATES] = dates
        return doc

    return annotate


def doc_text(doc: Doc) -> str:
    """The text of ``doc``: that of the Document :func:`parse` made it from (the same string),
    else spaCy's ``Doc.text``, which joins a new ``Token`` per token each time it is read
    (twice per document, it was 5% of extraction)."""
    document = doc._.kz_document
    return document.text if document is not None else doc.text


def _find_all_dates(words, sentences, lang, lexicon, text, doc_date):
    """Every date of the text, sentence by sentence, years as written (see :func:`resolve_years`)."""
    found = []
    previous = None  # the latest day named so far ("la veille" is the day before it)
    for (a, b), ws in zip(sentences, words):
        for d in find_dates(ws, lang, lexicon, None, text[a:b], a, None, doc_date, previous):
            found.append(d)
            if d.day:
                previous = d
    return found


def pipeline_language(lang: str) -> str:
    """The spaCy language code used for ``lang`` ("xx" when spaCy has none)."""
    try:
        spacy.util.get_lang_class(lang)
    except (ImportError, KeyError, ValueError, Exception):  # spaCy raises ImportError for unknown codes
        return "xx"
    return lang


def get_pipeline(lang: str, ontology: Ontology | None = None, *, collective: bool = True) -> Language:
    """The cached pipeline for ``lang`` (a warning and a multilingual one when spaCy lacks it)."""
    return _pipeline(lang, _ontology_key(ontology), collective)


@lru_cache(maxsize=32)
def _pipeline(lang: str, ontology_key: str, collective: bool) -> Language:
    code = pipeline_language(lang)
    try:
        nlp = spacy.blank(code)
    except ImportError:  # spaCy's Japanese, Korean… need a segmenter this install lacks
        code = "xx"
    if code == "xx":
        warnings.warn(f"spaCy has no language {lang!r}: using a multilingual pipeline "
                      f"(sentences, gazetteer names, the lexicon's words for {lang!r} if any; no lemmas)", stacklevel=3)
        nlp = spacy.blank(code)
    elif lang.split("-")[0] not in _worded_languages(_resolve_ontology(ontology_key)):
        warnings.warn(f"the ontology has no word lists for language {lang!r}: its documents are read for "
                      "the ontology's names only (no relations or figures)", stacklevel=3)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kz_sentence_fixes")
    nlp.add_pipe("kz_lemmatizer", config={"lang": lang})
    nlp.add_pipe("kz_mentions", config={"ontology": ontology_key, "collective": collective, "lang": lang})
    return nlp


def parse(document: Document, ontology: Ontology | None = None, *, collective: bool = True) -> Doc:
    """Run the pipeline of ``document.lang`` on its text (see the module doc for the result)."""
    nlp = get_pipeline(document.lang, ontology, collective=collective)
    _teach_tokenizer(nlp, document.text)
    doc = nlp.make_doc(document.text)
    doc._.kz_document = document
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


# The whitespace-separated chunks each pipeline's tokenizer was handed alone (_teach_tokenizer).
_TAUGHT: "weakref.WeakKeyDictionary[Language, set[str]]" = weakref.WeakKeyDictionary()


def _teach_tokenizer(nlp: Language, text: str) -> None:
    """Have spaCy's tokenizer keep the tokens of every chunk of ``text`` it has not seen.

    The tokenizer keeps a chunk's tokens (up to ``max_cache_size`` chunks) only until the first
    special case of a document ("U.S.", "M.", "aujourd'hui"): after one, it splits every later
    chunk of that document afresh, in every document with one (spaCy's "#1250"), which was most
    of its time in English, French, Polish and Ukrainian.  A chunk tokenized alone is kept unless
    it is a special case itself, and gives the same tokens as inside a document; so the tokens
    are the same and a chunk seen before costs a lookup."""
    taught = _TAUGHT.get(nlp)
    if taught is None:
        taught = _TAUGHT[nlp] = set()
    limit = getattr(nlp.tokenizer, "max_cache_size", 10_000)
    if len(taught) >= limit:  # the tokenizer keeps no more chunks
        return
    tokenizer = nlp.tokenizer
    for chunk in text.split():
        if chunk not in taught:
            if len(taught) >= limit:
                return
            taught.add(chunk)
            tokenizer(chunk)


# Ontologies handed to get_pipeline, by the key that stands for them in the
# component config (a config must be serialisable; an Ontology is not).
_ONTOLOGIES: dict[str, Ontology] = {}


def _worded_languages(ontology: Ontology) -> set[str]:
    """The languages the ontology's lexical sets give words for (triggers, months, cues…)."""
    return {tag.split("-")[0] for s in ontology.lexical_sets for tag, _ in s.forms if tag}


def _ontology_key(ontology: Ontology | None) -> str:
    if ontology is None:
        return ""
    key = f"kzgraph-ontology-{id(ontology)}"
    _ONTOLOGIES[key] = ontology
    return key


def _resolve_ontology(key: str) -> Ontology:
    if key in _ONTOLOGIES:
        return _ONTOLOGIES[key]
    return Ontology.load(key or None)


__all__ = ["get_pipeline", "parse", "doc_text", "pipeline_language", "MENTIONS", "NESTED", "DATES"]
