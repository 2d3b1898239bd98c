"""Pipelines and the extract API: what a Doc carries, languages, workers, errors."""

from __future__ import annotations

import warnings

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.errors import UsageError
from kzgraph.extract import extract, extract_documents
from kzgraph.extract.pipeline import DATES, MENTIONS, get_pipeline, parse


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "fr", "pl", "de", "it", "es"])
def test_extract_pipeline_per_language_is_blank_plus_our_components(lang):
    nlp = get_pipeline(lang)
    assert nlp.lang == lang
    assert nlp.pipe_names == ["sentencizer", "kz_sentence_fixes", "kz_lemmatizer", "kz_mentions"]
    assert get_pipeline(lang) is nlp  # cached


def test_extract_pipeline_doc_carries_sentences_lemmas_mentions_dates():
    text = "Заголовок без крапки\n5 січня поліція затримала Каріма Масімова. В. о. міністра заявив."
    doc = parse(document_from_text(text, lang="uk", date="2022-01"))
    assert [s.text.strip() for s in doc.sents] == ["Заголовок без крапки", "5 січня поліція затримала "
                                                   "Каріма Масімова.", "В. о. міністра заявив."]
    assert [t.lemma_ for t in doc if t.text == "затримала"] == ["затримати"]
    mentions = [s._.kz_mention for s in doc.spans[MENTIONS]]
    assert any(m.text == "Каріма Масімова" and m.label == "PERSON" for m in mentions)
    assert [s._.kz_date for s in doc.spans[DATES]] == ["2022-01-05"]
    assert doc._.kz_words and doc._.kz_document.lang == "uk"


@pytest.mark.parametrize("lang", ["zz", "kk"])  # spaCy 3.8 has no Kazakh either
def test_extract_pipeline_unknown_language_degrades_with_a_warning(lang):
    from kzgraph.extract.pipeline import _pipeline

    _pipeline.cache_clear()  # the warning comes once, when the pipeline is built: build it here
    doc = document_from_text("Kazakhstan: Tokayev and the CSTO.", lang=lang)
    with pytest.warns(UserWarning, match=f"spaCy has no language '{lang}'"):
        ex = extract(doc)
    assert get_pipeline(lang).lang == "xx"
    assert {"Tokayev", "CSTO"} <= {m.text for m in ex.mentions}


def test_extract_documents_in_order_with_workers_and_progress():
    texts = ["Police detained 120 people in Almaty.", "Поліція затримала 30 осіб.",
             "Policja zatrzymała 40 osób.", "La police a interpellé 50 personnes."]
    docs = [document_from_text(t) for t in texts]
    calls: list[tuple[int, int | None]] = []
    serial = list(extract_documents(docs))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # fork in a threaded test runner
        parallel = list(extract_documents(docs, workers=2, progress=lambda d, t: calls.append((d, t))))
    assert [e.document.id for e in parallel] == [d.id for d in docs]
    assert parallel == serial
    assert [q.value for e in parallel for q in e.quantities] == [120, 30, 40, 50]
    assert calls[-1] == (4, 4)


@pytest.mark.parametrize("bad, match", [(0, "workers must be a positive integer"),
                                        ("2", "workers must be a positive integer")])
def test_extract_documents_rejects_bad_workers(bad, match):
    with pytest.raises(UsageError, match=match):
        list(extract_documents([], workers=bad))


def test_extract_rejects_a_non_document():
    with pytest.raises(UsageError, match="takes a kzgraph.model.Document, not str"):
        extract("some text")


@pytest.mark.parametrize("lang, text, sentences", [
    ("pl", 'Terrorystami nazwał ich prezydent. "Nakazałem rozpocząć operację. Zagrożenie minęło" - czytamy. Potem wyjechał.',
     ['Terrorystami nazwał ich prezydent.', '"Nakazałem rozpocząć operację. Zagrożenie minęło" - czytamy.',
      'Potem wyjechał.']),
    ("ru", "«Мы не допустим. Террористы будут уничтожены», — заявил Токаев. Затем он уехал.",
     ["«Мы не допустим. Террористы будут уничтожены», — заявил Токаев.", "Затем он уехал."]),
    ("uk", "Він заявив: «Ми не відступимо. Порядок відновлено». Потім поїхав.",
     ["Він заявив: «Ми не відступимо. Порядок відновлено».", "Потім поїхав."]),
    ("en", "He said: “We will act. Order is restored.” Then he left.",
     ["He said: “We will act. Order is restored.”", "Then he left."]),
    ("de", "Er sagte: „Wir handeln. Die Ordnung ist wiederhergestellt.“ Dann ging er.",
     ["Er sagte: „Wir handeln. Die Ordnung ist wiederhergestellt.“", "Dann ging er."]),
    ("fr", "Il a déclaré : « Nous agirons. L'ordre est rétabli. » Puis il est parti.",
     ["Il a déclaré : « Nous agirons. L'ordre est rétabli. »", "Puis il est parti."]),
])
def test_extract_pipeline_sentences_are_never_cut_inside_a_quotation(lang, text, sentences):
    """Issue 13 item 5: an evidence sentence holds the whole quotation; an opening mark after
    a full stop starts the quoted sentence."""
    assert [s.text for s in parse(document_from_text(text, lang=lang)).sents] == sentences


def test_extract_pipeline_an_unclosed_quotation_holds_sentences_only_so_far():
    text = 'He said "no. ' + "Then nothing happened. " * 40
    assert len(list(parse(document_from_text(text, lang="en")).sents)) > 10
