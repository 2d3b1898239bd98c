"""Relation dates: each event its own clause's date; years from the document, a full date, the corpus.

The sentences are written for these tests (not taken from the seeds): two
events with two dates in one sentence, in each seed language, where the
nearest date to the second trigger is the first event's.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kzgraph import pipeline
from kzgraph.cli import main
from kzgraph.corpus import check_date, document_from_text, read_documents
from kzgraph.errors import UsageError
from kzgraph.extract import extract
from kzgraph.extract.dates import corpus_month, resolve_corpus_dates

TWO_EVENTS = {
    "en": "Tokayev asked the CSTO for help on 3 March, and Russia sent troops to Kazakhstan on 4 March.",
    "uk": "Токаєв звернувся до ОДКБ по допомогу 3 березня, а Росія направила війська до Казахстану лише 4 березня.",
    "ru": "Токаев обратился к ОДКБ за помощью 3 марта, а Россия направила войска в Казахстан только 4 марта.",
    "fr": "Tokaïev a demandé l'aide de l'OTSC le 3 mars, et la Russie a envoyé des troupes au Kazakhstan le 4 mars.",
    "pl": "Tokajew zwrócił się o pomoc do OUBZ 3 marca, a Rosja wysłała wojska do Kazachstanu dopiero 4 marca.",
}

TWO_EVENTS_FRONTED = {
    "en": "On 3 March Tokayev asked the CSTO for help, and on 4 March Russia sent troops to Kazakhstan.",
    "uk": "3 березня Токаєв звернувся до ОДКБ по допомогу, а 4 березня Росія направила війська до Казахстану.",
    "ru": "3 марта Токаев обратился к ОДКБ за помощью, а 4 марта Россия направила войска в Казахстан.",
    "fr": "Le 3 mars, Tokaïev a demandé l'aide de l'OTSC, et le 4 mars la Russie a envoyé des troupes au Kazakhstan.",
    "pl": "3 marca Tokajew zwrócił się o pomoc do OUBZ, a 4 marca Rosja wysłała wojska do Kazachstanu.",
}

NEXT_DAY = {
    "en": "On 3 March Tokayev asked the CSTO for help. The next day Russia sent troops to Kazakhstan.",
    "uk": "3 березня Токаєв звернувся до ОДКБ по допомогу. Наступного дня Росія направила війська до Казахстану.",
    "ru": "3 марта Токаев обратился к ОДКБ за помощью. На следующий день Россия направила войска в Казахстан.",
    "fr": "Le 3 mars, Tokaïev a demandé l'aide de l'OTSC. Le lendemain, la Russie a envoyé des troupes au Kazakhstan.",
    "pl": "3 marca Tokajew zwrócił się o pomoc do OUBZ. Następnego dnia Rosja wysłała wojska do Kazachstanu.",
}


def dated(text: str, lang: str, date: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    ex = extract(document_from_text(text, lang=lang, date=date))
    return {r.predicate: (r.date, r.date_source) for r in ex.relations if r.predicate != "HOLDS_ROLE"}


@pytest.mark.parametrize("lang", sorted(TWO_EVENTS))
@pytest.mark.parametrize("sentences", [TWO_EVENTS, TWO_EVENTS_FRONTED], ids=["after", "fronted"])
def test_relation_dates_two_events_in_one_sentence_each_take_their_own(sentences, lang):
    got = dated(sentences[lang], lang, date="2023-03")
    assert got["REQUESTED_AID_FROM"] == ("2023-03-03", "document")
    assert got["SENT_TROOPS_TO"] == ("2023-03-04", "document")


@pytest.mark.parametrize("lang", sorted(NEXT_DAY))
def test_relation_dates_the_next_day_counts_from_the_date_before(lang):
    got = dated(NEXT_DAY[lang], lang)
    assert got["REQUESTED_AID_FROM"] == ("--03-03", None)
    assert got["SENT_TROOPS_TO"] == ("--03-04", None)


def test_relation_dates_without_any_year_stay_partial_never_dropped():
    got = dated("Le 3 mars, Tokaïev a demandé l'aide de l'OTSC.", "fr")
    assert got["REQUESTED_AID_FROM"] == ("--03-03", None)


def test_relation_dates_a_stated_year_is_stated():
    got = dated("On 3 March 2021 Tokayev asked the CSTO for help.", "en", date="2023-03")
    assert got["REQUESTED_AID_FROM"] == ("2021-03-03", "stated")


def test_relation_dates_a_full_date_in_the_document_gives_the_year():
    text = ("Protests spread from the west of the country to Almaty within days, and the government "
            "resigned while crowds gathered in the main squares of several cities across the country.\n"
            "The crisis began on 28 December 2020 in the west.\n"
            "On 3 January Tokayev asked the CSTO for help.")
    got = dated(text, "en")
    assert got["REQUESTED_AID_FROM"] == ("2021-01-03", "document")  # the January after that December


def test_relation_dates_the_document_date_comes_before_a_full_date_in_the_text():
    text = "In a speech on 28 December 2020 he said so.\nOn 3 January Tokayev asked the CSTO for help."
    assert dated(text, "en", date="2024-01-10")["REQUESTED_AID_FROM"] == ("2024-01-03", "document")


def test_relation_dates_a_dateline_dates_the_document():
    text = "ALMATY, 4 March 2023 (Reuters) - On 3 March Tokayev asked the CSTO for help."
    ex = extract(document_from_text(text, lang="en"))
    assert ex.document.date == "2023-03-04"
    assert {r.predicate: r.date for r in ex.relations}["REQUESTED_AID_FROM"] == "2023-03-03"


def test_relation_dates_the_corpus_resolves_what_no_document_date_does(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2023-03\nRussia sent troops to Kazakhstan.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(" date 2023-03-09\nThe CSTO met in Moscow.", encoding="utf-8")
    (tmp_path / "c.txt").write_text(TWO_EVENTS["en"], encoding="utf-8")
    graph = pipeline.extract(tmp_path)
    c = next(d.id for d in graph.documents.values() if d.path.endswith("c.txt"))
    got = {r.predicate: (r.date, r.date_source) for r in graph.relations.values() if r.doc == c}
    assert got["REQUESTED_AID_FROM"] == ("2023-03-03", "corpus")
    assert got["SENT_TROOPS_TO"] == ("2023-03-04", "corpus")


def test_relation_dates_a_single_document_keeps_its_partial_dates(tmp_path):
    (tmp_path / "c.txt").write_text(TWO_EVENTS["en"], encoding="utf-8")
    graph = pipeline.extract(tmp_path)
    assert sorted((r.date, r.date_source) for r in graph.relations.values()) == [
        ("--03-03", None), ("--03-04", None)]


def test_relation_dates_corpus_month_is_the_most_common_year_month():
    assert corpus_month(["2022-01", "2022-01-07", "2021-12-30", None]) == (2022, 1)
    assert corpus_month([None, None]) is None
    assert resolve_corpus_dates([]) == []


def test_relation_dates_date_option_dates_documents_without_one(tmp_path):
    (tmp_path / "c.txt").write_text(TWO_EVENTS["en"], encoding="utf-8")
    (tmp_path / "d.txt").write_text(" date 2021-03\n" + TWO_EVENTS["en"].replace("Russia", "Belarus"),
                                    encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--date", "2024-03-10"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    docs = {r["doc"]: r["path"].rsplit("/", 1)[-1] for r in records if r["kind"] == "document"}
    assert sorted((docs[r["doc"]], r["date"], r["date_source"]) for r in records
                  if r["kind"] == "relation" and r["predicate"] == "REQUESTED_AID_FROM") == [
        ("c.txt", "2024-03-03", "document"), ("d.txt", "2021-03-03", "document")]


def test_relation_dates_a_malformed_date_option_is_a_usage_error(tmp_path):
    (tmp_path / "c.txt").write_text(TWO_EVENTS["en"], encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--date", "3.3.2023"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
    with pytest.raises(UsageError):
        check_date("2023-02-30")
    assert [d.date for d in read_documents([str(tmp_path)], date="2023")] == ["2023"]


def test_relation_dates_date_source_is_in_the_jsonl_record():
    text = " date 2023-03\n" + TWO_EVENTS["en"]
    graph = pipeline.extract_graph([document_from_text(text, path="x.txt")])
    records = [r.to_record() for r in graph.relations.values()]
    assert {(r["date"], r["date_source"]) for r in records} == {("2023-03-03", "document"),
                                                                 ("2023-03-04", "document")}


def test_relation_dates_an_event_named_by_a_noun_does_not_take_the_main_clause_date():
    text = ("4 марта ОДКБ приняла решение направить войска в Казахстан после обращения за помощью "
            "президента Касым-Жомарта Токаева.")
    got = dated(text, "ru", date="2023-03")
    assert got["SENT_TROOPS_TO"] == ("2023-03-04", "document")
    assert got["REQUESTED_AID_FROM"] == (None, None)  # the request came before the decision
