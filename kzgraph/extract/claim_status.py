"""How certain a claim is as the text gives it: one reader for relations and figures.

A claim's ``status`` is one of :data:`STATUSES`:

- ``negated``: a negation right before the claim's verb, in its clause ("were
  not detained", "не задерживали");
- ``denied``: a denial word before the verb in its sentence, or a later
  sentence that denies what was said (figures:
  :mod:`kzgraph.extract.figure_context`), by whom where the text says so;
- ``suspected``: suspected or alleged, a suspicion or accusation word as the
  claim's own trigger ("підозрюють", "accused") or right before the claim's
  object ("якого підозрюють у державній зраді": the charge is a suspicion;
  "arrested on charges of treason" states it);
- ``planned`` / ``requested``: a word of deciding, planning or promising, or of
  asking for, shortly before the verb in its clause ("decided to send",
  "asked the CSTO to send"); a marker that is the claim's own trigger
  ("requested assistance") does not count;
- ``reported``: attributed to a source the sentence names ("according to X",
  "X reported that", "citing X": ``according_to``) other than the claim's own
  subject or object, or to one it does not name ("reportedly");
- ``asserted``: none of these.

The words are ontology data: ``claim-negation`` (figures_lexicon.ttl),
``claim-suspicion`` and ``claim-prospect`` (claims_lexicon.ttl); sources are
read by :meth:`kzgraph.extract.quantities.QuantityFinder.source` from the
``source-cue``, ``relay-cue`` and ``speech-verb`` sets.  Everything is
clause-scoped around the claim's trigger: the caller gives the clause's word
range.

Examples
--------
>>> from kzgraph.extract.lexicon import Lexicon, make_words
>>> reader = ClaimStatus("en", Lexicon.load())
>>> words = make_words("Russia decided to send troops", "en")
>>> reader.status(words, (3, 4), (0, len(words)))
'planned'
>>> words = make_words("Police did not detain him", "en")
>>> reader.status(words, (3, 4), (0, len(words)))
'negated'
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence
from weakref import WeakKeyDictionary

from ..model import CLAIM_STATUSES, Mention
from .lexicon import Lexicon, Word

if TYPE_CHECKING:  # pragma: no cover
    from ..ontology import Ontology

STATUSES = CLAIM_STATUSES
NEGATION_REACH = 2  # words right before a verb where its negation stands
PROSPECT_REACH = 5  # words before a verb where "decided to", "asked … to" stand
OBJECT_REACH = 3  # words before a claim's charge where "suspected of" stands


class ClaimStatus:
    """The status words of one language, and how they decide a claim's status."""

    def __init__(self, lang: str, lexicon: Lexicon):
        self.lang = lang
        self.negations = lexicon.table("claim-negation", lang)
        self.suspicions = lexicon.table("claim-suspicion", lang)
        self.own_suspicions = lexicon.table("claim-suspicion-own", lang)
        self.prospects = lexicon.table("claim-prospect", lang)
        self.denials = lexicon.table("figure-denial", lang)
        self.unnamed = lexicon.table("unnamed-report", lang)

    def negated(self, words: Sequence[Word], at: int, clause: tuple[int, int]) -> bool:
        """A negation in the ``NEGATION_REACH`` words before ``words[at]``, inside ``clause``."""
        lo = max(clause[0], at - NEGATION_REACH)
        return any(self.negations.match(words, j) is not None for j in range(lo, at))

    def prospect(self, words: Sequence[Word], at: int, clause: tuple[int, int],
                 trigger: Sequence[int] = ()) -> str | None:
        """``planned`` or ``requested`` when such a word stands shortly before ``words[at]``
        in its clause (not one of the trigger's own words)."""
        lo = max(clause[0], at - PROSPECT_REACH)
        for j in range(at - 1, lo - 1, -1):
            hit = self.prospects.match(words, j)
            if hit is not None and not any(j <= t < j + hit[0] for t in trigger):
                return str(hit[1])
        return None

    def suspected(self, words: Sequence[Word], trigger: Sequence[int], obj: int | None = None) -> bool:
        """A suspicion word among the trigger's own words ("підозрюють", "suspected of"), or
        right before the claim's object ("затримали X, якого підозрюють у державній зраді",
        "arrested on suspicion of treason").  One before the verb is not enough: "wegen
        Verdachts … festgenommen" is an arrest that happened.  A word of ``claim-suspicion-own``
        counts only as the trigger's own ("faces charges of X" is a suspicion; "arrested on charges
        of X" is a charge stated)."""
        if any(self.suspicions.match(words, j) is not None or self.own_suspicions.match(words, j) is not None
               for j in trigger):
            return True
        if obj is None:
            return False
        return any(self.suspicions.match(words, j) is not None for j in range(max(0, obj - OBJECT_REACH), obj))

    def denied(self, words: Sequence[Word], at: int, lo: int = 0) -> bool:
        """A denial word before ``words[at]`` (from ``lo``, the sentence's start)."""
        return any(self.denials.match(words, j) is not None for j in range(lo, at))

    def reports_unnamed(self, words: Sequence[Word]) -> bool:
        """The sentence reports without naming a source ("reportedly", "сообщается")."""
        return any(True for _ in self.unnamed.find(words))

    def status(self, words: Sequence[Word], trigger: tuple[int, int], clause: tuple[int, int], *,
               obj: int | None = None, sentence_start: int | None = None,
               reported: bool = False) -> str:
        """The status of the claim whose trigger is ``words[trigger[0]:trigger[1]]``.

        ``clause`` bounds the trigger's clause, ``obj`` is where the claim's object
        starts, ``sentence_start`` where a denial may begin (the clause's start when
        ``None``), ``reported`` whether a source stands for the claim.
        """
        at = trigger[0]
        own = range(trigger[0], trigger[1])
        return decide(negated=self.negated(words, at, clause),
                      denied=self.denied(words, at, clause[0] if sentence_start is None else sentence_start),
                      suspected=self.suspected(words, own, obj),
                      prospect=self.prospect(words, at, clause, own),
                      reported=reported or self.reports_unnamed(words))


def decide(*, negated: bool = False, denied: bool = False, suspected: bool = False,
           prospect: str | None = None, reported: bool = False) -> str:
    """One status from what the words say, the strongest caveat first.

    >>> decide(reported=True, suspected=True)
    'suspected'
    >>> decide()
    'asserted'
    """
    if negated:
        return "negated"
    if denied:
        return "denied"
    if suspected:
        return "suspected"
    if prospect:
        return prospect
    return "reported" if reported else "asserted"


@lru_cache(maxsize=32)
def reader(lang: str, lexicon: Lexicon) -> ClaimStatus:
    """The (cached) :class:`ClaimStatus` of ``lang``."""
    return ClaimStatus(lang, lexicon)


_SOURCE_FINDERS: dict[tuple[str, int], object] = {}


@lru_cache(maxsize=8)
def states(ontology: "Ontology") -> frozenset[str]:
    """The predicates that state what something is (``claim-state``: roles, memberships)."""
    return frozenset(text for s in ontology.lexical_sets_of("claim-state") for _, text in s.forms)


def relation_status(view, s, predicate: str, trigger: Sequence[int], subject: Mention | None,
                    obj: Mention | None) -> tuple[str, Mention | None]:
    """``(status, source)`` of a ``predicate`` relation found in sentence ``s`` of a
    relation ``view`` (:class:`kzgraph.extract.rel_doc.DocView`) at the trigger words
    ``trigger``.

    The source is the person or organisation the sentence attributes its content
    to (:meth:`~kzgraph.extract.quantities.QuantityFinder.source`), unless it is
    the claim's own subject or object ("Tokayev said he had asked …").  A state
    (``claim-state``: a role, a membership) is only ever negated or asserted.
    """
    from .quantities import QuantityFinder, same_mention

    if predicate in states(view.onto):
        return "asserted", None
    lexicon = Lexicon.load(view.onto)
    status_reader = reader(view.lang, lexicon)
    at = min(trigger)
    end = max(trigger) + 1
    clause = view.clause(s, at, end)
    # a charge (a concept) can be stated as a suspicion; a person or a place cannot
    obj_at = view.mention_span.get(obj, (None,))[0] if obj is not None and obj.label == "CONCEPT" else None
    keep, pos, words, sources = _sentence_words(view, s)

    def at_or_after(i: int) -> int:
        return next((pos[j] for j in range(i, s.hi) if j in pos), len(words))

    key = (view.lang, id(lexicon))
    finder = _SOURCE_FINDERS.get(key)
    if finder is None:
        finder = _SOURCE_FINDERS[key] = QuantityFinder(view.lang, lexicon)
    # a source stands before the claim or in its clause ("X said that Y …", "Y …, X said"),
    # not in a later clause ("… when the government announced …")
    upto = at_or_after(clause[1])
    limit = words[upto - 1].end if upto else s.start
    mentions = [m for m in view.mentions if s.start <= m.start and m.end <= limit]
    earlier = [m for m in view.mentions if m.end <= s.start]
    # the claim's own verb is no verb of saying for it ("X оголосила комендантську годину")
    own = set(trigger)
    key = (upto, frozenset(own))
    if key not in sources:  # the claims of one trigger share it ("detained X and Y")
        said = [replace(w, lower="", lemma="") if i in own else w for i, w in zip(keep[:upto], words[:upto])]
        sources[key] = finder.source(said, mentions, earlier, view.document.text)
    source = sources[key]
    if source is not None and any(a is not None and same_mention(source, a) for a in (subject, obj)):
        source = None
    status = status_reader.status(words, (at_or_after(at), at_or_after(end)),
                                  (at_or_after(clause[0]), at_or_after(clause[1])),
                                  obj=at_or_after(obj_at) if obj_at is not None else None,
                                  sentence_start=0, reported=source is not None)
    return status, source


# per relation view (a document), per sentence: what relation_status reads of it
_SENTENCES: WeakKeyDictionary = WeakKeyDictionary()


def _sentence_words(view, s) -> tuple[list[int], dict[int, int], list, dict]:
    """The words of sentence ``s`` without punctuation, as the figure code reads them: their
    view indexes, index -> position, the words, and the sources found for its claims so far.
    Made once per sentence: a sentence with several claims made them for each."""
    by_sentence = _SENTENCES.setdefault(view, {})
    if s.index not in by_sentence:
        keep = [i for i in range(s.lo, s.hi) if not view.words[i].punct]
        by_sentence[s.index] = (keep, {i: k for k, i in enumerate(keep)}, [view.words[i] for i in keep], {})
    return by_sentence[s.index]


def document_denials(text: str, sentences, relations: Sequence, finder, states: frozenset[str] = frozenset()
                     ) -> list:
    """The document's relations, those a later sentence denies marked ``denied``.

    A sentence that denies or retracts (the figure code's ``figure-denial`` and
    ``figure-retraction`` words) and points back at what was said (``figure-deixis``:
    "these reports", "эту информацию") denies the claims of the nearest sentence
    before it in its paragraph that has claims: "Local media reported that X had
    left the country. His office later denied these reports."  ``denied_by`` is the
    denial's speaker, or for a retraction with no speaker, the claim's own source.
    ``sentences`` are :class:`kzgraph.extract.figure_context.Sentence` records,
    ``finder`` the document's :class:`~kzgraph.extract.quantities.QuantityFinder`;
    ``states`` (roles, memberships) are never denied this way.
    """
    if not relations:
        return list(relations)
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[int]] = {}
    for k, r in enumerate(relations):
        if r.predicate in states or r.status in ("negated", "denied"):
            continue
        i = max((j for j, a in enumerate(starts) if a <= r.start), default=None)
        if i is not None:
            by_sentence.setdefault(i, []).append(k)
    out = list(relations)
    for i, s in enumerate(sentences):
        how = finder.denial(s.words)
        if how is None or i in by_sentence or not finder.points_back(s.words):
            continue
        k = i
        while k > 0 and "\n" not in text[_end(text, sentences[k - 1]):sentences[k].start]:
            k -= 1
            if k in by_sentence:
                break
        else:
            continue
        if k == i or k not in by_sentence:
            continue
        at = finder.denial_at(s.words)
        speakers = [m for m in s.mentions if m.label in ("PERSON", "ORG")]
        speaker = finder.speaker_of(s.words, at, 1, speakers) if at is not None else None
        for j in by_sentence[k]:
            r = out[j]
            by = speaker if speaker is not None else (r.according_to if how == "retraction" else None)
            out[j] = replace(r, status="denied", denied_by=by)
    return out


def _end(text: str, s) -> int:
    """Where a sentence's words end (its span may hold the line breaks after it)."""
    return s.start + len(text[s.start:s.end].rstrip())


__all__ = ["STATUSES", "ClaimStatus", "decide", "reader", "relation_status", "document_denials", "states"]
