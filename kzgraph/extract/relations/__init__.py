"""Relations from text: predicate frames from the ontology, matched sentence by sentence.

:func:`extract_relations` is called once per document by
:func:`kzgraph.extract.extract`.  Its steps are the modules of this package:

0. :mod:`.view` -- the read-only view of the document: words (with lemmas),
   sentences, clauses, mentions, passive forms, dates, the document's country;
1. :mod:`.frames` -- the predicate frames, word sets and role titles of the
   ontology (``ontology/predicates.ttl``, ``ontology/frames_*.ttl``,
   ``relations_lexicon.ttl``, ``relations_roles.ttl``), indexed per language;
   a frame gives a predicate's trigger words (verbs and nominalisations), its
   cue words and its subject and object slots: their semantic types and how
   the language marks them (side of the trigger, prepositions or the case a
   preposition governs, passive agent, defaults);
2. :mod:`.candidates` -- the argument candidates of a sentence: mentions, role
   phrases, troop phrases, "the country", pronouns;
3. :mod:`.matching` -- one generic matcher that applies every frame of the
   sentence's language to it, and writes the claims;
4. :mod:`.discourse` -- the :class:`~.discourse.DiscourseState` of the
   document: which roles and claims were named so far, so who "he" or "the
   president" is, the subject a clause carries over, a frame's default.

Nothing in this package knows a word of any language: adding a language or a
predicate is a data change in ``ontology/``.

Examples
--------
>>> from kzgraph.corpus import document_from_text
>>> from kzgraph.extract.pipeline import parse
>>> text = "On January 5, Tokayev appealed to the CSTO for assistance."
>>> document = document_from_text(text, lang="en", date="2022-01")
>>> doc = parse(document)
>>> mentions = [s._.kz_mention for s in doc.spans["kz_mentions"]]
>>> [(r.subject.text, r.predicate, r.object.text, r.date)
...  for r in extract_relations(doc, document, mentions, Ontology.load())]
[('Tokayev', 'REQUESTED_AID_FROM', 'CSTO', '2022-01-05')]
"""

from __future__ import annotations

from ...errors import ExtractionError, UsageError
from ...model import Document, Mention, RelationMention
from ...ontology import Ontology, parse_inference
from ..pipeline import doc_text
from .discourse import DiscourseState
from .frames import relation_lexicon
from .matching import _Extractor
from .view import DocView


def extract_relations(doc, document: Document, mentions: list[Mention], ontology: Ontology
                      ) -> list[RelationMention]:
    """The relations stated in one document, with their evidence sentence and confidence.

    ``doc`` is the spaCy ``Doc`` of :func:`kzgraph.extract.pipeline.parse`
    (sentences, lemmas, ``kz_dates``); ``mentions`` are the document's entity
    mentions, GROUP and CONCEPT ones included.
    """
    if not isinstance(document, Document):
        raise UsageError(f"extract_relations() takes a kzgraph.model.Document, not {type(document).__name__}")
    if not isinstance(ontology, Ontology):
        raise UsageError(f"extract_relations() takes a kzgraph.ontology.Ontology, not {type(ontology).__name__}")
    if doc_text(doc) != document.text:
        raise ExtractionError(f"{document.path}: the spaCy Doc is not of this document's text; "
                              f"build it with kzgraph.extract.pipeline.parse(document)")
    view = DocView(doc, document, list(mentions), relation_lexicon(ontology))
    found = _Extractor(view, DiscourseState(view)).run()
    # which mentions name another country's entity by a common noun (DocView.is_generic_elsewhere):
    # kzgraph.extract marks them so that alignment does not read them as that entity
    doc.user_data["kz_generic_elsewhere"] = view.is_generic_elsewhere
    doc.user_data["kz_home_name"] = view.home_name_of
    return found


__all__ = ["DiscourseState", "extract_relations", "parse_inference"]
