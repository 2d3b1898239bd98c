"""Relation dates from the text around a sentence: an event its sentence does not date happened on the day
the text named last (else on the document's date); a date in a relative clause dates only that clause; a
dateline dates the report, not its events; a headline's fact takes the date the body gives it; a lasting
state (a role held) takes no date from context.

Every sentence is written for these tests (issue 15, relation dates), with made-up people.
"""

from __future__ import annotations

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.extract import extract


def dates(text: str, lang: str, date: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    ex = extract(document_from_text(text, lang=lang, date=date))
    return {r.predicate: (r.date, r.date_source) for r in ex.relations if r.predicate != "HOLDS_ROLE"}


# the first sentence names a weekday (3 March 2022 was a Thursday; the document is of Friday 4 March),
# the second an event without a date: it happened on the Thursday
CARRIED = {
    "en": "On Thursday the army took over the television centre. Police detained Marek Olender in the evening.",
    "ru": "В четверг военные заняли телецентр. Вечером полиция задержала Марека Олендера.",
    "uk": "У четвер військові захопили телецентр. Увечері поліція затримала Марека Олендера.",
    "pl": "W czwartek wojsko zajęło ośrodek telewizji. Wieczorem policja zatrzymała Marka Olendera.",
    "fr": "Jeudi, l'armée a pris le contrôle de la télévision. Dans la soirée, la police a arrêté Marek Olender.",
    "de": "Am Donnerstag besetzte die Armee das Fernsehzentrum. Am Abend nahm die Polizei Marek Olender fest.",
    "it": "Giovedì l'esercito ha occupato la televisione. In serata la polizia ha arrestato Marek Olender.",
    "es": "El jueves el ejército ocupó la televisión. Por la noche la policía detuvo a Marek Olender.",
}


@pytest.mark.parametrize("lang", sorted(CARRIED))
def test_an_undated_event_takes_the_day_the_text_named_last(lang):
    assert dates(CARRIED[lang], lang, "2022-03-04")["DETAINED"] == ("2022-03-03", "context")


# no day named anywhere: the document's date
UNDATED = {
    "en": "Police detained Marek Olender.",
    "ru": "Полиция задержала Марека Олендера.",
    "uk": "Поліція затримала Марека Олендера.",
    "pl": "Policja zatrzymała Marka Olendera.",
    "fr": "La police a arrêté Marek Olender.",
    "de": "Die Polizei nahm Marek Olender fest.",
    "it": "La polizia ha arrestato Marek Olender.",
    "es": "La policía detuvo a Marek Olender.",
}


@pytest.mark.parametrize("lang", sorted(UNDATED))
def test_an_undated_event_in_an_undated_text_takes_the_documents_date(lang):
    assert dates(UNDATED[lang], lang, "2022-03-04")["DETAINED"] == ("2022-03-04", "context")
    # a document dated by its month only gives no day; a document without a date gives none
    assert dates(UNDATED[lang], lang, "2022-03")["DETAINED"] == (None, None)
    assert dates(UNDATED[lang], lang)["DETAINED"] == (None, None)


# the date stands in a relative clause about the riots: it dates the riots, not the suspicion
RELATIVE = {
    "en": "Marek Olender is suspected of organising mass riots that broke out after the elections of 20 February.",
    "ru": "Марека Олендера подозревают в организации массовых беспорядков, которые вспыхнули 20 февраля.",
    "uk": "Марека Олендера підозрюють в організації масових заворушень, що спалахнули 20 лютого.",
    "pl": "Marek Olender jest podejrzany o organizację masowych zamieszek, które wybuchły 20 lutego.",
    "fr": "Marek Olender est soupçonné d'organisation d'émeutes, qui ont éclaté le 20 février.",
}


@pytest.mark.parametrize("lang", sorted(RELATIVE))
def test_a_date_in_a_relative_clause_does_not_date_the_main_clause(lang):
    got = dates(RELATIVE[lang], lang, "2022-03-04")
    assert got["SUSPECTED_OF"] == ("2022-03-04", "context"), got


def test_a_date_in_a_relative_clause_dates_the_trigger_inside_it():
    text = "Marek Olender, whom police detained on 1 March, is suspected of treason."
    got = dates(text, "en", "2022-03-04")
    assert got["DETAINED"][0] == "2022-03-01"


def test_a_dateline_dates_the_report_not_its_events():
    text = "WARSAW, March 4 (Reuters) - Police detained Marek Olender on Thursday, officials said."
    assert dates(text, "en", "2022-03-04")["DETAINED"] == ("2022-03-03", "document")


@pytest.mark.parametrize("lang,text", [
    ("en", "Marek Olender detained\n\nPolice detained Marek Olender on Thursday."),
    ("ru", "Марек Олендер задержан\n\nПолиция задержала Марека Олендера в четверг."),
    ("de", "Marek Olender festgenommen\n\nDie Polizei nahm Marek Olender am Donnerstag fest."),
])
def test_a_headline_fact_takes_the_date_the_body_gives_it(lang, text):
    assert dates(text, lang, "2022-03-04")["DETAINED"] == ("2022-03-03", "document")


def test_a_background_day_long_before_the_document_does_not_carry():
    text = "On 5 May 2019 the party was founded in Gdańsk. Police detained Marek Olender."
    assert dates(text, "en", "2022-03-04")["DETAINED"] == ("2022-03-04", "context")


def test_a_role_held_takes_no_date_from_context():
    ex = extract(document_from_text("On Thursday police detained Marek Olender. Kazakh President Kassym-Jomart "
                                    "Tokayev called the protest illegal.", lang="en", date="2022-03-04"))
    roles = [r for r in ex.relations if r.predicate == "HOLDS_ROLE"]
    assert roles and all(r.date is None for r in roles)


@pytest.mark.parametrize("lang,text,day", [
    ("kk", "Сенбі күні полиция Марек Олендерді ұстады.", "2022-02-26"),
    ("fr", "Le 2 mars, l'armée a pris la télévision. Ce jour-là, la police a arrêté Marek Olender.", "2022-03-02"),
    ("de", "Am 2. März besetzte die Armee das Fernsehen. An diesem Tag nahm die Polizei Marek Olender fest.",
     "2022-03-02"),
    ("es", "El 2 de marzo el ejército ocupó la televisión. Ese día la policía detuvo a Marek Olender.", "2022-03-02"),
])
def test_weekdays_in_kazakh_and_that_day(lang, text, day):
    assert dates(text, lang, "2022-03-04")["DETAINED"][0] == day


# a year or a month named without a day, after a year marker (or before a year word)
COARSE = [
    ("ru", "В 2019 году полиция задержала Марека Олендера.", "2019"),
    ("uk", "У 2019 році поліція затримала Марека Олендера.", "2019"),
    ("pl", "W 2019 roku policja zatrzymała Marka Olendera.", "2019"),
    ("en", "In 2019 police detained Marek Olender.", "2019"),
    ("fr", "En 2019, la police a arrêté Marek Olender.", "2019"),
    ("de", "Im November nahm die Polizei Marek Olender fest.", "2023-11"),
    ("ru", "В ноябре полиция задержала Марека Олендера.", "2023-11"),
    ("pl", "W listopadzie policja zatrzymała Marka Olendera.", "2023-11"),
    ("es", "En noviembre la policía detuvo a Marek Olender.", "2023-11"),
]


@pytest.mark.parametrize("lang,text,value", COARSE)
def test_a_year_or_month_the_sentence_names_dates_its_event(lang, text, value):
    # the document is of February 2024: "in November" is the November before it
    assert dates(text, lang, "2024-02-09")["DETAINED"][0] == value


def test_a_count_is_no_year():
    assert dates("Police detained 2000 protesters.", "en", "2024-02-09")["DETAINED"][0] == "2024-02-09"


@pytest.mark.parametrize("lang,text,day", [
    ("es", "La policía detuvo a Marek Olender el día 5.", "2022-01-05"),
    ("it", "Il giorno 5 la polizia ha arrestato Marek Olender.", "2022-01-05"),
    ("ru", "5-го числа полиция задержала Марека Олендера.", "2022-01-05"),
    ("uk", "5 числа поліція затримала Марека Олендера.", "2022-01-05"),
    # a day still to come this month is last month's
    ("es", "La policía detuvo a Marek Olender el día 20.", "2021-12-20"),
    # with its month, the month's date as before
    ("es", "La policía detuvo a Marek Olender el día 5 de enero.", "2022-01-05"),
])
def test_a_day_of_the_month_named_alone(lang, text, day):
    assert dates(text, lang, "2022-01-13")["DETAINED"][0] == day


@pytest.mark.parametrize("lang,text", [
    ("en", "Protests have continued since 2 March. Police detained Marek Olender."),
    ("pl", "Od 2 marca trwają protesty. Policja zatrzymała Marka Olendera."),
    ("ru", "С 2 марта продолжаются протесты. Полиция задержала Марека Олендера."),
    ("de", "Seit dem 2. März dauern die Proteste an. Die Polizei nahm Marek Olender fest."),
])
def test_a_day_after_since_starts_a_period_and_dates_nothing_after_it(lang, text):
    got = dates(text, lang, "2022-03-04")
    assert got["DETAINED"] == ("2022-03-04", "context"), got
