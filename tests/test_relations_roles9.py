"""Role statements of any country, second part (issue 15, session 8, roles9).

Sentences written for these tests; no sentence of the development or check sets.  The holders'
names are ones no ontology file knows, so the role comes from the sentence, not from kz:role.
"""

from __future__ import annotations

import pytest


def _roles(triples: set[tuple[str, str, str]]) -> set[str]:
    return {o for _, p, o in triples if p == "HOLDS_ROLE"}


# -- the head of a seat of power holds its office ------------------------------------------------
SEAT_HEADS = [
    ("Kremlin leader Ivan Sokolov spoke to reporters on Monday in Moscow.", "en", "President of Russia"),
    ("Глава Кремля Иван Соколов выступил в понедельник перед журналистами.", "ru", "President of Russia"),
    ("Очільник Кремля Іван Соколов виступив у понеділок перед журналістами.", "uk", "President of Russia"),
    ("Szef Kremla Iwan Sokołow przemawiał w poniedziałek do dziennikarzy.", "pl", "President of Russia"),
    ("Le chef du Kremlin, Ivan Sokolov, a parlé lundi aux journalistes.", "fr", "President of Russia"),
    ("Kremlchef Iwan Sokolow sprach am Montag vor Journalisten.", "de", "President of Russia"),
    ("Il capo del Cremlino Ivan Sokolov ha parlato lunedì ai giornalisti.", "it", "President of Russia"),
    ("El líder del Kremlin, Iván Sokolov, habló el lunes con los periodistas.", "es", "President of Russia"),
]


@pytest.mark.parametrize("text, lang, role", SEAT_HEADS, ids=[lang for _, lang, _ in SEAT_HEADS])
def test_seat_head(graph_triples, text, lang, role):
    roles = _roles(graph_triples(text, lang))
    assert role in roles
    assert not any("Kreml" in r or "Кремл" in r or "Cremlino" in r for r in roles)


SEAT_OTHERS = [
    # a seat's spokesperson is its own, no office's
    ("Kremlin spokesman Ivan Sokolov denied the report on Monday.", "en", "President of Russia"),
    ("Пресс-секретарь Кремля Иван Соколов опроверг сообщение.", "ru", "President of Russia"),
    ("Kremlsprecher Iwan Sokolow wies den Bericht am Montag zurück.", "de", "President of Russia"),
]


@pytest.mark.parametrize("text, lang, role", SEAT_OTHERS, ids=[lang for _, lang, _ in SEAT_OTHERS])
def test_seat_spokesperson_is_no_head(graph_triples, text, lang, role):
    assert role not in _roles(graph_triples(text, lang))


# -- an opposition's leader named with an adjective ------------------------------------------------
OPPOSITION_ADJECTIVE = [
    ("El líder opositor Marcos Vidal habló el lunes con la prensa en Lima.", "es"),
    ("La dirigente opositora Ana Ruiz pidió calma a sus seguidores.", "es"),
    ("Оппозиционный лидер Марат Ибраев выступил в понедельник на митинге.", "ru"),
    ("Опозиційний лідер Марат Ібраєв виступив у понеділок на мітингу.", "uk"),
    ("Opozycyjny lider Marat Ibrajew przemawiał w poniedziałek na wiecu.", "pl"),
    ("Il leader oppositore Marco Valli ha parlato lunedì in piazza.", "it"),
    # the noun phrases keep their reading
    ("Opposition leader Mark Vale spoke on Monday at a rally.", "en"),
    ("Oppositionsführer Mark Wahl sprach am Montag auf einer Kundgebung.", "de"),
]


@pytest.mark.parametrize("text, lang", OPPOSITION_ADJECTIVE, ids=[lang for _, lang in OPPOSITION_ADJECTIVE])
def test_opposition_leader_adjective(graph_triples, text, lang):
    assert "Leader of the Opposition" in _roles(graph_triples(text, lang))


# -- a title said of the one chosen, with "new" or a verb of designating before it --------------------
CHOSEN_NEW = [
    ("Armenia voted on Monday. Mark Vale was designated new prime minister of Armenia.", "en",
     "Prime Minister of Armenia"),
    ("L'Arménie a voté lundi. Jean Morel a été désigné comme nouveau Premier ministre de l'Arménie.", "fr",
     "Prime Minister of Armenia"),
    ("L'Arménie a voté lundi. Anne Morel a été désignée Première ministre de l'Arménie.", "fr",
     "Prime Minister of Armenia"),
    ("L'Armenia ha votato lunedì. Marco Valli è stato designato nuovo primo ministro dell'Armenia.", "it",
     "Prime Minister of Armenia"),
    ("Armenia votó el lunes. Marcos Vidal fue elegido nuevo presidente de Armenia.", "es",
     "President of Armenia"),
    ("Armenien wählte am Montag. Markus Wahl wurde zum neuen Präsidenten Armeniens gewählt.", "de",
     "President of Armenia"),
    ("Armenia głosowała w poniedziałek. Marek Wala został wybrany na nowego prezydenta Armenii.", "pl",
     "President of Armenia"),
    ("Армения проголосовала в понедельник. Марат Ибраев был избран новым президентом Армении.", "ru",
     "President of Armenia"),
    ("Вірменія проголосувала в понеділок. Марат Ібраєв став новим президентом Вірменії.", "uk",
     "President of Armenia"),
]


@pytest.mark.parametrize("text, lang, role", CHOSEN_NEW, ids=[lang for _, lang, _ in CHOSEN_NEW])
def test_chosen_new(graph_triples, text, lang, role):
    assert role in _roles(graph_triples(text, lang))


# "new" alone with no word of choosing before it makes no predicate of a name before it
def test_new_without_choosing(graph_triples):
    text = "Armenia voted on Monday. Mark Vale met the new prime minister of Armenia in Yerevan."
    assert not any(s == "Mark Vale" and p == "HOLDS_ROLE" for s, p, _ in graph_triples(text, "en"))


# a former head of the seat held its office; a body inside the seat is no head of it
def test_seat_former_and_administration(graph_triples):
    assert "former President of Russia" in _roles(graph_triples("Бывший глава Кремля Иван Соколов выступил.", "ru"))
    assert "former President of Russia" in _roles(graph_triples("Ex-Kremlchef Iwan Sokolow sprach am Montag.", "de"))
    assert "President of Russia" not in _roles(
        graph_triples("Глава администрации Кремля Иван Соколов выступил в понедельник.", "ru"))


# a title after a preposition and "new" is a companion's, not the subject's
@pytest.mark.parametrize("text, lang", [
    ("Армения проголосовала. Марат Ибраев встретился с новым президентом Армении.", "ru"),
    ("Вірменія проголосувала. Марат Ібраєв зустрівся з новим президентом Вірменії.", "uk"),
], ids=["ru", "uk"])
def test_new_title_after_preposition(graph_triples, text, lang):
    assert not any(p == "HOLDS_ROLE" for _, p, _ in graph_triples(text, lang))
