"""Property-based test of the whole pipeline before the store: any text, only kzgraph errors.

Arbitrary text (corpus words in several languages, markup, control and
combining characters, or anything at all) in a document of any supported or
unsupported language goes through extraction, corpus-wide alignment and the
store's write plan (which validates every record) and gives a graph, or a
:class:`~kzgraph.errors.KzGraphError` — so ``kzgraph load`` shows a message,
not a traceback.
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzgraph.corpus import document_from_text
from kzgraph.errors import KzGraphError
from kzgraph.ontology import Ontology
from kzgraph.pipeline import extract_graph
from kzgraph.store.plan import plan_write

WORDS = ["Токаєв", "Токаева", "затримали", "4266", "осіб", "ОДКБ", "Казахстан", "5 січня", "Police", "detained",
         "5,969", "people", "Almaty", "on", "January", "7", "CSTO", "sent", "troops", "to", "Kazakhstan", ".", ",",
         "«", "»", "\u0301", "\u200d", "\u200f", "\x00", "—", "(", ")", "понад", "тисячі", "Масимов",
         "заарештували", "за", "підозрою", "у", "державній", "зраді", "$", "{", "}", "`", "//", "\n", "\n\n",
         "13-го", "2022", "року", "Tokajew", "zatrzymano", "osób", "La", "police", "a", "arrêté", "personnes",
         "MATCH (n) DETACH DELETE n", "🚀", "x-", "'", '"']
texts = st.one_of(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join),
                  st.text(min_size=1, max_size=200))


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.tuples(texts, st.sampled_from(["uk", "ru", "en", "pl", "xx"])),
                      min_size=1, max_size=3))
def test_property_extract_any_text_gives_a_graph_or_a_kzgraph_error(ontology, parts):
    documents = []
    for text, lang in parts:
        try:
            documents.append(document_from_text(text, lang=lang))
        except KzGraphError:
            continue
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no spaCy language 'xx'": expected here
            graph = extract_graph(documents, ontology=ontology)
        plan_write(graph, ontology)
    except KzGraphError:
        return
    assert set(graph.documents) == {d.id for d in documents}
