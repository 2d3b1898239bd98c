"""Predicate frames, sentence by sentence: sentences of our own, per language.

Each case runs the real pipeline and ontology (the ``relation_triples`` fixture
of conftest.py) and lists the claims a sentence states as (subject id,
predicate, object id or literal); ``with_text`` cases name arguments the
ontology does not know by their text.  The frames are data
(``ontology/predicates.ttl``, ``ontology/frames_slavic.ttl``); these cases say
what the one generic matcher must read from them.
"""

from __future__ import annotations

import pytest

from kzgraph.ontology import Ontology


@pytest.fixture(scope="session")
def ontology() -> Ontology:
    return Ontology.load()


# -- defaults come from the document's own country -----------------------------------------------
DEFAULT_CASES = [
    # the document is about Kazakhstan: an impersonal "detained" is its authorities
    ("uk", "У Казахстані затримали Карима Масімова.", ("kazakh-authorities", "DETAINED", "karim-masimov")),
    ("pl", "W Kazachstanie zatrzymano Karima Masimowa.", ("kazakh-authorities", "DETAINED", "karim-masimov")),
]

NO_DEFAULT_CASES = [
    # about Russia (no group of Russia's authorities in the ontology): nobody is made up
    ("pl", "Rosja: generał Siergiej Szojgu mógł zostać zatrzymany w Moskwie.", "DETAINED"),
    ("ru", "В России задержали Сергея Шойгу.", "DETAINED"),
    # about no country at all
    ("uk", "Того ж дня затримали Сергія Шойгу.", "DETAINED"),
]


@pytest.mark.parametrize("lang,text,triple", DEFAULT_CASES)
def test_a_default_subject_is_the_group_of_the_documents_country(relation_triples, lang, text, triple):
    assert triple in relation_triples(text, lang)


@pytest.mark.parametrize("lang,text,predicate", NO_DEFAULT_CASES)
def test_no_default_subject_from_another_country(relation_triples, lang, text, predicate):
    found = relation_triples(text, lang, with_text=True)
    assert not any(p == predicate and s in ("kazakh-authorities", "kazakh-police") for s, p, _ in found), found


# -- frames: word order, case, nominalisations ----------------------------------------------------
FRAME_CASES = [
    # the subject after the verb, in the nominative; the addressee after its preposition
    ("ru", "К ОДКБ за помощью обратился президент Казахстана Касым-Жомарт Токаев.",
     ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")),
    ("uk", "До ОДКБ по допомогу звернувся Касим-Жомарт Токаєв.",
     ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")),
    # the addressee as a bare accusative
    ("ru", "Токаев попросил ОДКБ о помощи.", ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")),
    ("uk", "Токаєв попросив ОДКБ про допомогу.", ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")),
    # the patient first, the detaining body after the verb
    ("ru", "Масимова задержали сотрудники КНБ.", ("national-security-committee-of-kazakhstan", "DETAINED", "karim-masimov")),
    ("uk", "Карима Масімова затримали співробітники КНБ.",
     ("national-security-committee-of-kazakhstan", "DETAINED", "karim-masimov")),
    # the suspect in the dative of "charged"
    ("ru", "Масимову предъявили обвинение в госизмене.", ("karim-masimov", "SUSPECTED_OF", "treason")),
    ("uk", "Масімову пред'явили звинувачення у держзраді.", ("karim-masimov", "SUSPECTED_OF", "treason")),
    # a passive participle's agent in the instrumental, after it
    ("ru", "Масимов, отстранённый Токаевым, покинул Казахстан.",
     ("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")),
    # talks with the speaker after the verb
    ("ru", "С Токаевым переговорил Владимир Путин.", ("vladimir-putin", "SPOKE_WITH", "kassym-jomart-tokayev")),
    ("uk", "З Токаєвим поговорив Володимир Путін.", ("vladimir-putin", "SPOKE_WITH", "kassym-jomart-tokayev")),
    ("pl", "Z Tokajewem spotkał się Władimir Putin.", ("vladimir-putin", "SPOKE_WITH", "kassym-jomart-tokayev")),
    ("pl", "Do Tokajewa zadzwonił Władimir Putin.", ("vladimir-putin", "SPOKE_WITH", "kassym-jomart-tokayev")),
    # arriving, the place first
    ("pl", "Do Kazachstanu przyleciał Władimir Putin.", ("vladimir-putin", "ARRIVED_IN", "kazakhstan")),
    # leaving, the country first
    ("ru", "Из Казахстана бежал Карим Масимов.", ("karim-masimov", "LEFT_COUNTRY", "kazakhstan")),
    # troops entering a country
    ("ru", "Российские военные вошли в Казахстан.", ("russia", "SENT_TROOPS_TO", "kazakhstan")),
    ("uk", "Російські десантники увійшли до Казахстану.", ("russia", "SENT_TROOPS_TO", "kazakhstan")),
    # a dismissal named by a noun in a decree
    ("ru", "Токаев подписал указ об освобождении Карима Масимова.",
     ("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")),
    # a body confirming someone in a post
    ("ru", "Мажилис утвердил Алихана Смаилова премьер-министром.", ("mazhilis", "APPOINTED", "alikhan-smailov")),
    # congratulations
    ("ru", "Путин поздравил Токаева с победой.", ("vladimir-putin", "EXPRESSED_SUPPORT", "kassym-jomart-tokayev")),
    ("pl", "Władimir Putin pogratulował Tokajewowi.",
     ("vladimir-putin", "EXPRESSED_SUPPORT", "kassym-jomart-tokayev")),
    # resigning, Polish idiom
    ("pl", "Smaiłow złożył dymisję.", ("alikhan-smailov", "RESIGNED", None)),
    # the detention as a noun, reported as done, in a document about Kazakhstan
    ("pl", "Po zatrzymaniu Karima Masimowa władze Kazachstanu ogłosiły żałobę.",
     ("kazakh-authorities", "DETAINED", "karim-masimov")),
    # Kazakh: a passive detention, the document's country's authorities
    ("kk", "Қазақстанда Кәрім Мәсімов ұсталды.", ("kazakh-authorities", "DETAINED", "karim-masimov")),
    # "at X's request" next to a sending: X asked the sender (uk, ru, pl)
    ("ru", "ОДКБ направит миротворческие силы в Казахстан по просьбе Токаева.",
     ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")),
    ("uk", "Росія направила десантників до Казахстану на прохання Токаєва.",
     ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "russia")),
    ("pl", "Na prośbę prezydenta Tokajewa Rosja wysłała do Kazachstanu żołnierzy.",
     ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "russia")),
    # a charge or an epithet as a label, in the instrumental (uk, ru) or right after the verb (pl)
    ("ru", "Президент Путин назвал происходящее предательством и ударом в спину.",
     ("vladimir-putin", "CALLED", "treason")),
    ("ru", "Президент Путин назвал происходящее предательством и ударом в спину.",
     ("vladimir-putin", "CALLED", "stab-in-the-back")),
    ("uk", "Зеленський назвав ці дії зрадою.", ("volodymyr-zelenskyy", "CALLED", "treason")),
    ("pl", "Putin nazwał bunt zdradą.", ("vladimir-putin", "CALLED", "treason")),
    ("ru", "Песков назвал задержание политической расправой.", ("dmitry-peskov", "CALLED", "political-reprisal")),
    # a measure as the genitive of a decree's noun; a junta as the military
    ("ru", "Президент Токаев подписал указ о введении чрезвычайного положения.",
     ("kassym-jomart-tokayev", "DECLARED", "state-of-emergency")),
    ("pl", "Junta wojskowa wprowadziła w niedzielę stan wojenny.", ("military", "DECLARED", "martial-law")),
    ("kk", "Тоқаев төтенше жағдай жариялады.", ("kassym-jomart-tokayev", "DECLARED", "state-of-emergency")),
    # removal from a post, more verbs (ru, uk)
    ("ru", "Токаев сместил Назарбаева с поста председателя Совбеза.",
     ("kassym-jomart-tokayev", "DISMISSED", "nursultan-nazarbayev")),
    ("uk", "Токаєв зняв з посади Масімова.", ("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")),
    # Kazakh: relieved of a post (accusative patient); detained on suspicion of a charge
    ("kk", "Тоқаев Мәсімовті қызметінен босатты.", ("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")),
    ("kk", "Кәрім Мәсімов мемлекетке опасыздық жасады деген күдікпен ұсталды.",
     ("karim-masimov", "ARRESTED_ON_CHARGE", "treason")),
    # protests against a coup or electoral fraud
    ("uk", "На вулиці вийшли десятки тисяч людей, які протестують проти військового перевороту.",
     ("protesters", "PROTESTED_AGAINST", "coup")),
    ("uk", "Мітингувальники протестували проти фальсифікації виборів.",
     ("protesters", "PROTESTED_AGAINST", "election-fraud")),
    ("pl", "Opozycja protestowała przeciwko fałszerstwom wyborczym.", ("protesters", "PROTESTED_AGAINST", "election-fraud")),
    # a criminal case opened against someone
    ("ru", "Против Масимова возбудили уголовное дело о государственной измене.", ("karim-masimov", "SUSPECTED_OF", "treason")),
    ("uk", "Проти Масімова порушили кримінальну справу про державну зраду.", ("karim-masimov", "SUSPECTED_OF", "treason")),
    ("pl", "Wszczęto przeciwko Masimowowi postępowanie w sprawie zdrady stanu.", ("karim-masimov", "SUSPECTED_OF", "treason")),
    # taking a post in someone's place; concern about a place
    ("ru", "Токаев возглавил совет вместо Назарбаева.", ("kassym-jomart-tokayev", "REPLACED", "nursultan-nazarbayev")),
    ("uk", "Токаєв очолив раду замість Назарбаєва.", ("kassym-jomart-tokayev", "REPLACED", "nursultan-nazarbayev")),
    ("ru", "Вместо Назарбаева совет возглавил Токаев.", ("kassym-jomart-tokayev", "REPLACED", "nursultan-nazarbayev")),
    ("uk", "ООН висловила стурбованість ситуацією в Казахстані.", ("united-nations", "EXPRESSED_CONCERN", "situation in Kazakhstan")),
    # Kazakh: slots marked by endings (dative, ablative; a hyphenated ending after an abbreviation)
    ("kk", "Тоқаев ҰҚШҰ-ға көмек сұрап жүгінді.", ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")),
    ("kk", "Қазақстан Ресейден көмек сұрады.", ("kazakhstan", "REQUESTED_AID_FROM", "russia")),
    ("kk", "Ресей Қазақстанға әскер жіберді.", ("russia", "SENT_TROOPS_TO", "kazakhstan")),
    ("kk", "Ресей Тоқаевтың өтініші бойынша Қазақстанға әскер жіберді.", ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "russia")),
]

FRAME_NEGATIVES = [
    # an instrumental is no subject: Tokayev did not leave
    ("ru", "Масимов, отстранённый Токаевым, покинул Казахстан.",
     ("kassym-jomart-tokayev", "LEFT_COUNTRY", "kazakhstan")),
    # a genitive after the verb is no subject: the CSTO is the addressee, Russia did not ask
    ("ru", "Токаев обратился к ОДКБ за помощью 3 марта, а Россия направила войска в Казахстан.",
     ("russia", "REQUESTED_AID_FROM", "csto")),
    # Polish: a person in the genitive before the verb ("the envoy of Putin") is not who met
    ("pl", "Wysłannik Władimira Putina spotkał się z Tokajewem.",
     ("vladimir-putin", "SPOKE_WITH", "kassym-jomart-tokayev")),
    # a detention demanded, not reported
    ("uk", "Опозиція вимагає затримання Карима Масімова.", ("kazakh-authorities", "DETAINED", "karim-masimov")),
]


@pytest.mark.parametrize("lang,text,triple", FRAME_CASES, ids=[f"{c[0]}-{c[2][1]}-{n}" for n, c in enumerate(FRAME_CASES)])
def test_frames_read_word_order_case_and_nouns(relation_triples, lang, text, triple):
    found = relation_triples(text, lang)
    assert triple in found, found


@pytest.mark.parametrize("lang,text,triple", FRAME_NEGATIVES, ids=[f"{c[0]}-{n}" for n, c in enumerate(FRAME_NEGATIVES)])
def test_frames_do_not_take_an_oblique_case_for_a_subject(relation_triples, lang, text, triple):
    found = relation_triples(text, lang)
    assert triple not in found, found


def test_case_option_is_checked_when_the_ontology_is_read():
    from kzgraph.ontology import ArgSpec

    assert ArgSpec.parse("right ORG case=accs,gent").cases == ("accs", "gent")
    with pytest.raises(ValueError, match="unknown case"):
        ArgSpec.parse("right ORG case=dative")


def test_frames_of_every_file_are_read(ontology):
    """frames_slavic.ttl adds rules to predicates.ttl's predicates: both are read."""
    langs = {r.lang for r in ontology.predicate("SPOKE_WITH").rules}
    assert {"uk", "ru", "pl", "en"} <= langs
    triggers = {t for r in ontology.predicate("SUSPECTED_OF").rules if r.lang == "ru" for t in r.triggers}
    assert {"предъявить", "подозревать"} <= triggers


def test_a_generic_body_of_another_country_is_no_argument(relation_triples):
    """"the authorities" is Kazakhstan's in the ontology; in an article about Russia it is not."""
    found = relation_triples("Власти России задержали Сергея Суровикина в Москве. Власти не комментируют.",
                             "ru", with_text=True)
    assert not any("kazakh-authorities" in (s, o) for s, _, o in found), found
    assert ("kazakh-authorities", "DETAINED", "karim-masimov") in relation_triples(
        "В Казахстане власти задержали Карима Масимова.", "ru")
