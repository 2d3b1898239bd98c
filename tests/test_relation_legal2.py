"""Legal predicates, second pass (issue 15): charges worded as verbs, the crowd's offence (taking part),
a participle clause after the arrest, court rulings that hold a person, and what is not an arrest.

Every sentence is written for these tests, with made-up people and bodies; the phrasings follow how
reporting of protest crackdowns and coups words them (studied, never copied).
"""

from __future__ import annotations

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.extract import extract

LEGAL = {"DETAINED", "ARRESTED_ON_CHARGE", "SUSPECTED_OF"}


def claims(text: str, lang: str) -> set[tuple[str, str, str]]:
    ex = extract(document_from_text(text, lang=lang, date="2024-12-05"))
    return {(r.subject.text, r.predicate, r.object.text if r.object is not None else r.literal)
            for r in ex.relations if r.predicate in LEGAL}


def statuses(text: str, lang: str) -> dict[str, str]:
    ex = extract(document_from_text(text, lang=lang, date="2024-12-05"))
    return {r.predicate: r.status for r in ex.relations if r.predicate in LEGAL}


def charged(found: set[tuple[str, str, str]], predicate: str, person_word: str, charge_word: str) -> bool:
    return any(p == predicate and (person_word in s or "Олендер" in s) and charge_word.casefold() in o.casefold()
               for s, p, o in found)


# -- the charge worded as a verb between its marker and the offence ----------------------------------
VERB_CHARGES = [
    ("en", "Marek Olender is accused of organising and leading group violence.", "violence"),
    ("fr", "Marek Olender est accusé d'avoir organisé des violences de groupe.", "violences"),
    ("fr", "Marek Olender est soupçonné d'avoir participé à des émeutes de masse.", "émeutes"),
    ("it", "Marek Olender è accusato di aver organizzato violenze di gruppo.", "violenz"),
    ("it", "Marek Olender è sospettato di aver fomentato disordini di massa.", "disordini"),
    ("es", "Marek Olender está acusado de haber organizado disturbios masivos.", "disturbios"),
]


@pytest.mark.parametrize("lang,text,charge", VERB_CHARGES)
def test_a_charge_worded_as_a_verb_is_still_the_charge(lang, text, charge):
    assert charged(claims(text, lang), "SUSPECTED_OF", "Olender", charge), claims(text, lang)


# -- taking part: the crowd's offence, as an arrest's reason ---------------------------------------------
PARTICIPATION = [
    ("en", "Police arrested Marek Olender for taking part in mass riots.", "riots"),
    ("pl", "Policja zatrzymała Marka Olendera za udział w zamieszkach.", "zamieszk"),
    ("fr", "La police a interpellé Marek Olender pour participation à des violences de groupe.", "violences"),
    ("de", "Die Polizei nahm Marek Olender wegen Beteiligung an Massenunruhen fest.", "Massenunruhen"),
    ("it", "La polizia ha arrestato Marek Olender per partecipazione ai disordini.", "disordini"),
    ("es", "La policía detuvo a Marek Olender por participar en disturbios masivos.", "disturbios"),
    ("ru", "Полиция задержала Марека Олендера за участие в массовых беспорядках.", "беспорядк"),
    ("uk", "Поліція затримала Марека Олендера за участь у масових заворушеннях.", "заворушен"),
]


@pytest.mark.parametrize("lang,text,charge", PARTICIPATION)
def test_taking_part_in_riots_is_a_charge_an_arrest_is_made_on(lang, text, charge):
    found = claims(text, lang)
    assert charged(found, "ARRESTED_ON_CHARGE", "Olender", charge), found
    assert any(p == "DETAINED" and ("Olender" in o or "Олендер" in o) for _, p, o in found), found


# -- the accusation in a participle clause after the arrest -----------------------------------------------
PARTICIPLE = [
    ("fr", "Marek Olender a été arrêté, accusé de violences de groupe.", "violences"),
    ("fr", "Marek Olender a été interpellé mardi, soupçonné d'avoir organisé des émeutes de masse.", "émeutes"),
    ("it", "Marek Olender è stato arrestato, accusato di violenza di gruppo.", "violenz"),
    ("en", "Marek Olender was arrested on Tuesday, accused of organising group violence.", "violence"),
]


@pytest.mark.parametrize("lang,text,charge", PARTICIPLE)
def test_a_participle_after_the_arrest_is_about_the_arrested(lang, text, charge):
    found = claims(text, lang)
    assert charged(found, "SUSPECTED_OF", "Olender", charge), found
    assert charged(found, "ARRESTED_ON_CHARGE", "Olender", charge), found


def test_a_participle_after_a_named_person_is_not_about_an_earlier_one():
    found = claims("The police detained Marek Olender, accused of group violence.", "en")
    assert charged(found, "SUSPECTED_OF", "Olender", "violence"), found
    assert not any(p == "SUSPECTED_OF" and "police" in s.casefold() for s, p, _ in found), found


# -- court rulings that hold a person: the court (or another body) named as their subject -------------
COURTS = [
    ("en", "The Tbilisi City Court remanded Marek Olender in pretrial custody.", "Court"),
    ("en", "Judge Anna Kowalska ordered pretrial detention for Marek Olender.", "Kowalska"),
    ("de", "Das Stadtgericht Tiflis ordnete Untersuchungshaft für Marek Olender an.", "gericht"),
    ("es", "El Tribunal Municipal de Tiflis envió a prisión preventiva a Marek Olender.", "Tribunal"),
    ("pl", "Sąd Miejski w Tbilisi zastosował wobec Marka Olendera areszt tymczasowy.", "Sąd"),
    ("fr", "Le parquet de Paris a placé Marek Olender en détention provisoire.", "parquet"),
    ("it", "La Procura di Roma ha disposto la custodia cautelare per Marek Olender.", "Procura"),
    ("ru", "Прокуратура Грузии избрала Мареку Олендеру меру пресечения в виде заключения под стражу.", "Прокуратура"),
    ("ru", "ФСБ заключила Марека Олендера под стражу.", "ФСБ"),
    ("uk", "Прокуратура Грузії взяла Марека Олендера під варту.", "Прокуратура"),
]


@pytest.mark.parametrize("lang,text,body", COURTS)
def test_a_court_ruling_holds_the_person(lang, text, body):
    found = claims(text, lang)
    assert any(p == "DETAINED" and body.casefold() in s.casefold() and "Олендер" in o or
               p == "DETAINED" and body.casefold() in s.casefold() and "Olender" in o for s, p, o in found), found


# -- what is no detention ------------------------------------------------------------------------------
RELEASED = [
    ("en", "The Tbilisi City Court released Marek Olender on bail."),
    ("en", "Marek Olender was released from custody on Friday."),
    ("ru", "Суд отпустил Марека Олендера под залог."),
    ("uk", "Суд звільнив Марека Олендера з-під варти."),
    ("pl", "Sąd Miejski zwolnił Marka Olendera z aresztu."),
    ("fr", "Le tribunal a remis Marek Olender en liberté."),
    ("de", "Das Stadtgericht ließ Marek Olender frei."),
    ("it", "Il tribunale ha scarcerato Marek Olender."),
    ("es", "El juez dejó en libertad a Marek Olender."),
]


@pytest.mark.parametrize("lang,text", RELEASED)
def test_a_release_is_no_detention(lang, text):
    assert not any(p == "DETAINED" for _, p, _ in claims(text, lang))


# -- a denied accusation stays suspected ------------------------------------------------------------------
DENIED = [
    ("en", "Marek Olender is accused of organising group violence, a charge he denies."),
    ("ru", "Марека Олендера обвиняют в организации массовых беспорядков, сам он свою вину отрицает."),
    ("de", "Marek Olender wird Gruppengewalt vorgeworfen, was er bestreitet."),
    ("pl", "Prokuratura zarzuca Markowi Olenderowi udział w zamieszkach, czemu on zaprzecza."),
    ("it", "Marek Olender è accusato di aver organizzato violenze di gruppo, ma nega tutto."),
    ("fr", "Marek Olender est accusé d'avoir organisé des violences de groupe, ce qu'il conteste."),
]


@pytest.mark.parametrize("lang,text", DENIED)
def test_a_denied_accusation_stays_suspected(lang, text):
    assert statuses(text, lang).get("SUSPECTED_OF") == "suspected", claims(text, lang)


# -- "the suspect": the person last named ----------------------------------------------------------------
SUSPECT = [
    ("en", "Police detained Marek Olender on Tuesday. The suspect is accused of organising group violence.", "violence"),
    ("ru", "Полиция задержала Марека Олендера. Подозреваемого обвиняют в организации массовых беспорядков.",
     "беспорядк"),
    ("uk", "Поліція затримала Марека Олендера. Підозрюваного звинувачують в організації масових заворушень.",
     "заворушен"),
    ("pl", "Policja zatrzymała Marka Olendera. Podejrzanemu postawiono zarzut udziału w zamieszkach.", "zamieszk"),
    ("de", "Die Polizei nahm Marek Olender fest. Dem Verdächtigen wird Gruppengewalt vorgeworfen.", "Gruppengewalt"),
    ("fr", "La police a interpellé Marek Olender. Le suspect est accusé de violences de groupe.", "violences"),
    ("it", "La polizia ha fermato Marek Olender. Il sospettato è accusato di violenza di gruppo.", "violenz"),
    ("es", "La policía detuvo a Marek Olender. El sospechoso está acusado de organizar disturbios masivos.",
     "disturbios"),
]


@pytest.mark.parametrize("lang,text,charge", SUSPECT)
def test_the_suspect_is_the_person_last_named(lang, text, charge):
    found = claims(text, lang)
    assert charged(found, "SUSPECTED_OF", "Olender", charge), found
    # the arrest named before and the charge named now: arrested on that charge
    assert charged(found, "ARRESTED_ON_CHARGE", "Olender", charge), found


def test_a_suspect_with_a_name_after_it_is_that_name():
    found = claims("Полиция задержала Ивана Петренко. Подозреваемый Марек Олендер задержан по подозрению в госизмене.",
                   "ru")
    assert charged(found, "SUSPECTED_OF", "Олендер", "измен"), found
    assert not any(p == "SUSPECTED_OF" and "Петренко" in s for s, p, _ in found), found


# -- the breach of a law, a sentence passed ---------------------------------------------------------------
@pytest.mark.parametrize("lang,text,charge", [
    ("en", "Marek Olender was charged with violating the state secrets law.", "secrets"),
    ("de", "Marek Olender wurde wegen Verstoßes gegen das Geheimhaltungsgesetz angeklagt.", "Geheimhaltungsgesetz"),
])
def test_the_breach_of_a_law_is_the_charge(lang, text, charge):
    assert charged(claims(text, lang), "ARRESTED_ON_CHARGE", "Olender", charge)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Суд заочно приговорил Януковича к 13 годам лишения свободы по делу о государственной измене."),
    ("uk", "Суд засудив Януковича до 13 років ув'язнення за державну зраду."),
])
def test_a_sentenced_surname_read_as_an_organisation_is_still_the_one_sentenced(lang, text):
    found = claims(text, lang)
    assert any(p == "SUSPECTED_OF" and "Януковича" in s for s, p, _ in found), found
    assert not claims("Суд приговорил компанию к штрафу.", "ru")


# -- detained in the passive, the police named in an earlier sentence -------------------------------------
POLICE_BEFORE = [
    ("en", "Police used water cannon against protesters in Tbilisi. Opposition leader Nika Melia was detained at the rally."),
    ("ru", "Полиция разогнала акцию протеста. Лидер оппозиции Ника Мелия был задержан."),
    ("uk", "Поліція розігнала акцію. Лідера опозиції Ніку Мелію затримали."),
    ("pl", "Policja rozpędziła demonstrację. Lider opozycji Nika Melia został zatrzymany."),
    ("fr", "La police a dispersé la manifestation. Le chef de l'opposition Nika Melia a été interpellé."),
    ("de", "Die Polizei löste die Kundgebung auf. Oppositionsführer Nika Melia wurde festgenommen."),
    ("it", "La polizia ha disperso la manifestazione. Il leader dell'opposizione Nika Melia è stato arrestato."),
    ("es", "La policía dispersó la protesta. El líder opositor Nika Melia fue detenido."),
]


@pytest.mark.parametrize("lang,text", POLICE_BEFORE)
def test_a_detention_in_the_passive_is_the_police_named_before(lang, text):
    found = claims(text, lang)
    assert any(p == "DETAINED" and ("Melia" in o or "Мел" in o) for _, p, o in found), found


@pytest.mark.parametrize("lang,text", [
    ("en", "Opposition leader Nika Melia was detained at the rally."),
    # the police act in the detention's own sentence: its participle is no police detention
    ("ru", "Полиция разогнала акцию. Полиция возбудила дело против Ники Мелии, задержанной в ходе переворота."),
])
def test_no_detainer_named_before_or_another_actor_in_the_sentence_gives_none(lang, text):
    assert not any(p == "DETAINED" for _, p, _ in claims(text, lang))


# -- calls to overthrow, in the words prosecutors use ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Nikoloz Bakradze faces charges of calling for the overthrow of the government."),
    ("ru", "Николоза Бакрадзе обвиняют в призыве к насильственной смене конституционного строя."),
    ("uk", "Ніколоза Бакрадзе підозрюють у закликах до повалення влади."),
    ("pl", "Nikolozowi Bakradze zarzuca się nawoływanie do obalenia władzy."),
    ("it", "Nikoloz Bakradze è accusato di incitamento al rovesciamento del governo."),
    ("en", "Nikoloz Bakradze, who is accused of organizing and leading group violence, remains in custody."),
])
def test_accusations_of_protest_leaders_are_suspicions(lang, text):
    ex = extract(document_from_text(text, lang=lang, date="2024-12-05"))
    found = [r for r in ex.relations if r.predicate == "SUSPECTED_OF"]
    assert found and all(r.status == "suspected" for r in found), [(r.object, r.literal, r.status) for r in found]
