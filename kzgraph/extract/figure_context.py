"""A document's figures in their context: sources across sentences, denials, as-of dates.

:class:`~kzgraph.extract.quantities.QuantityFinder` reads one sentence.  News
spreads a figure's context over a paragraph, so this module reads the
sentences of a document in order and completes what one sentence leaves open:

- *Source named after the figure*: "Число погибших достигло 225. Об этом
  сообщил X" — a sentence that refers back (``back-reference`` words) and names
  a source gives it to the figures of the sentence before.
- *Source carried over*: a figure with no source of its own, in the same
  paragraph right after a sentence whose figures were attributed ("Według MSW
  zginęło 8 funkcjonariuszy … Zatrzymano ponad 2 tys. osób."), or in a
  sentence that reports without naming ("По его словам, …", "he said"),
  takes that source; its status is ``reported``.
- *Denials*: a sentence with a denial word (``figure-denial``), or a
  retraction word (``figure-retraction``) and words that point at figures
  (``figure-deixis``: "these data", "la cifra"), marks its own figures
  ``denied``; one without figures that denies or retracts and points back marks the
  figures of its paragraph before it: those its denier had given, else those
  of the nearest sentence with figures.  ``denied_by`` is the denial's
  speaker, or for a retraction with no speaker, the figure's own source.
- *As-of date*: a figure whose sentence gives no date is as of the
  document's date when that date is a full day (``as_of_source`` "document").

Examples
--------
>>> from kzgraph.corpus import document_from_text
>>> from kzgraph.extract import extract
>>> text = ("Local media, citing the Ministry of Health, reported that 164 people were killed. "
...         "However, the Ministry of Health later denied these data.")
>>> [(q.value, q.status, q.denied_by.text) for q in extract(document_from_text(text, lang="en")).quantities]
[(164, 'denied', 'Ministry of Health')]
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from ..model import Document, Mention, QuantityMention
from .dates import DateMention
from .lexicon import Word
from .quantities import QuantityFinder, same_mention as _same


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document as the figure code needs it."""

    start: int
    end: int
    words: Sequence[Word]
    mentions: Sequence[Mention]  # the relation-ready mentions inside it
    dates: Sequence[DateMention]


def document_figures(document: Document, sentences: Sequence[Sentence],
                     finder: QuantityFinder) -> list[QuantityMention]:
    """Every figure of the document, with source, status and as-of date completed."""
    text = document.text
    found, own = [], []
    all_mentions = [m for s in sentences for m in s.mentions]  # in document order
    seen = 0
    for s in sentences:
        earlier = all_mentions[:seen]  # the mentions of the sentences before this one
        found.append(finder.find(document, (s.start, s.end), s.words, s.mentions, s.dates, earlier))
        own.append(finder.source(s.words, s.mentions, earlier, text))
        seen += len(s.mentions)
    same_paragraph = [i > 0 and "\n" not in text[_text_end(text, sentences[i - 1]):s.start]
                      for i, s in enumerate(sentences)]
    for i, figures in enumerate(found):
        if not figures or any(q.according_to is not None for q in figures):
            continue
        source = None
        nxt = i + 1
        if nxt < len(sentences) and same_paragraph[nxt] and not found[nxt] and \
                finder.refers_back(sentences[nxt].words):
            source = own[nxt]  # "… достигло 225. Об этом сообщил X"
        if source is None and i > 0 and same_paragraph[i]:
            before = [q.according_to for q in found[i - 1] if q.according_to is not None]
            if before:
                source = before[-1]  # the paragraph goes on with the same source's figures
            elif own[i - 1] is not None and finder.reports(sentences[i].words, sentences[i].mentions):
                source = own[i - 1]  # "По его словам, …", "Selon les autorités, …"
        if source is not None:
            found[i] = [replace(q, according_to=source, status="reported" if q.status == "asserted" else q.status)
                        for q in figures]
    for i, s in enumerate(sentences):
        _deny(finder, s, i, found, same_paragraph)
    date = document.date if document.date and len(document.date) == 10 else None
    out = []
    for figures in found:
        for q in figures:
            if q.as_of is None and date is not None:
                q = replace(q, as_of=date, as_of_source="document")
            out.append(q)
    return out


def _text_end(text: str, s: Sentence) -> int:
    """Where a sentence's words end (a sentence span may hold the line breaks after it)."""
    return s.start + len(text[s.start:s.end].rstrip())


def _deny(finder: QuantityFinder, s: Sentence, i: int, found: list[list[QuantityMention]],
          same_paragraph: Sequence[bool]) -> None:
    how = finder.denial(s.words)
    if how is None:
        return
    at = finder.denial_at(s.words)
    speaker = _denier(finder, s, at)
    pointed = finder.points_back(s.words)
    if found[i]:
        if how == "denial" or pointed:  # "… 164 muertos antes de retirar la cifra"
            found[i] = [_denied(q, speaker, how) for q in found[i]]
        return
    if not pointed:  # "would not withdraw the legislation" is about something else
        return
    targets = []
    k = i
    while k > 0 and same_paragraph[k]:
        k -= 1
        targets.append(k)
    with_figures = [k for k in targets if found[k]]
    if not with_figures:
        return
    if speaker is not None:
        by_speaker = [k for k in with_figures
                      if any(q.according_to is not None and _same(q.according_to, speaker) for q in found[k])]
        if by_speaker:
            for k in by_speaker:
                found[k] = [_denied(q, speaker, how) if q.according_to is not None and
                            _same(q.according_to, speaker) else q for q in found[k]]
            return
    k = with_figures[0]
    found[k] = [_denied(q, speaker, how) for q in found[k]]


def _denier(finder: QuantityFinder, s: Sentence, at: int | None) -> Mention | None:
    if at is None:
        return None
    speakers = [m for m in s.mentions if m.label in ("PERSON", "ORG")]
    return finder.speaker_of(s.words, at, 1, speakers)


def _denied(q: QuantityMention, speaker: Mention | None, how: str) -> QuantityMention:
    by = speaker if speaker is not None else (q.according_to if how == "retraction" else None)
    return replace(q, status="denied", denied_by=by)


__all__ = ["Sentence", "document_figures"]
