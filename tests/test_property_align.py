"""Property-based tests of ``kzgraph.align``: any text, any language, only kzgraph errors.

Whatever a mention's text, language code or label, the key functions return
text and the aligner returns an explanation, an alignment or nothing; the only
exceptions allowed are :class:`~kzgraph.errors.KzGraphError` subclasses.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kzgraph.align import Aligner, Explanation
from kzgraph.names import loose_key, name_key, normalize, readable_latin, token_key, tokens_for_key
from kzgraph.errors import KzGraphError
from kzgraph.model import ENTITY_TYPES, Mention
from kzgraph.ontology import Ontology

SETTINGS = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Text that looks like names in the corpus scripts, mixed with anything at all.
NAME_ALPHABET = st.sampled_from(list("TokayevТокаєвКасимЖомартżółćęśąńÀéïçßøđ-'’`\". ()[]{}$/\\\u0301\u200d\u200f"))
texts = st.one_of(st.text(), st.text(NAME_ALPHABET, max_size=40),
                  st.text(st.characters(codec="utf-8"), max_size=60))
langs = st.one_of(st.none(), st.sampled_from(["uk", "ru", "pl", "en", "fr", "de", "kk", "xx", ""]), st.text(max_size=8))
labels = st.one_of(st.none(), st.sampled_from(sorted(ENTITY_TYPES)), st.text(max_size=8))


@pytest.fixture(scope="module")
def aligner() -> Aligner:
    return Aligner(Ontology.load())


def _only_kzgraph_errors(call):
    try:
        return call()
    except KzGraphError:
        return None


@SETTINGS
@given(text=texts, lang=langs)
@example(text="\x00", lang="uk")
@example(text="Кaсым-Жомарт\u0301 Токаев", lang="kk")
@example(text="''''", lang=None)
@example(text="-", lang="pl")
def test_property_align_keys_are_text(text, lang):
    for func in (lambda: name_key(text, lang), lambda: loose_key(text, lang)):
        result = _only_kzgraph_errors(func)
        assert result is None or isinstance(result, str)
    assert _only_kzgraph_errors(lambda: name_key(text, lang)) == _only_kzgraph_errors(lambda: name_key(text, lang))
    assert isinstance(normalize(text), str)
    assert all(isinstance(t, str) and t for t in tokens_for_key(text))
    assert isinstance(readable_latin(text), str)
    for tok in tokens_for_key(text)[:5]:
        assert isinstance(_only_kzgraph_errors(lambda: token_key(tok, lang)) or "", str)


@SETTINGS
@given(text=texts, lang=langs, label=labels)
@example(text="   ", lang="uk", label=None)
@example(text="ОДКБ", lang="xx", label="ORG")
def test_property_align_explain_decides_or_says_why(aligner, text, lang, label):
    explanation = _only_kzgraph_errors(lambda: aligner.explain(text, lang, label))
    if explanation is None:
        return
    assert isinstance(explanation, Explanation)
    assert isinstance(str(explanation), str)
    if explanation.decision is not None:
        assert explanation.decision.entity.id in aligner.ontology.entities
    assert isinstance(_only_kzgraph_errors(lambda: aligner.closest(text)) or [], list)


mentions = st.builds(Mention, doc=st.sampled_from(["d1", "d2"]), text=texts, start=st.integers(0, 10),
                     end=st.integers(0, 20), label=st.sampled_from(sorted(ENTITY_TYPES)),
                     lang=st.sampled_from(["uk", "ru", "pl", "en", "fr", "xx"]),
                     hint=st.one_of(st.none(), st.sampled_from(["kassym-jomart-tokayev", "no-such-id", ""])))


@SETTINGS
@given(batch=st.lists(mentions, max_size=12))
def test_property_align_corpus_alignment_is_total(aligner, batch):
    aligned = _only_kzgraph_errors(lambda: aligner.align(batch))
    if aligned is None:
        return
    assert set(aligned) <= set(batch)
    for alignment in aligned.values():
        assert alignment.entity.id and alignment.entity.name
