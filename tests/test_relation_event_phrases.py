"""Event phrases as objects outside English (issue 15, ontology/event_nouns.ttl): a nominalised
event after a statement verb ("осудил арест …", "a condamné les violences contre …") is written
in English from data: the head noun's English words, then the canonical name or complement noun
it governs.  Sentences written for these tests, none taken from the seeds, the held-out set or
the development stories.

* a predicate with kz:phraseObject "first" takes the phrase before the name it governs
  ("condemned the detention of X" is not "condemned X");
* "fallback" takes it only when the rule finds no object (a demand for X's resignation stays a
  protest against X);
* a head noun not in the table, or one that needs a complement ("resignation of") with none,
  gives no phrase: nothing is translated freely;
* a concept after the noun is what the event is called or charged with, not its patient;
* a person right after a verb of approval (kz:personEvent) stands for their appointment, with the
  role title that follows;
* in Kazakh (verb-final) the noun stands before the verb and its genitive right before the noun.
"""

from __future__ import annotations

import pytest

BORRELL, EU = "josep-borrell", "european-union"

POSITIVE = [
    ("ru", "Евросоюз осудил арест оппозиционных политиков.", (EU, "CONDEMNED", "arrest of politicians")),
    ("uk", "Жозеп Боррель засудив затримання Юлії Тимошенко.", (BORRELL, "CONDEMNED", "detention of Yuliya Timoshenko")),
    ("pl", "Unia Europejska wyraziła zaniepokojenie aresztowaniem polityków.",
     (EU, "EXPRESSED_CONCERN", "arrest of politicians")),
    ("fr", "L'Union européenne a condamné les violences contre les manifestants.",
     (EU, "CONDEMNED", "violence against protesters")),
    ("it", "Josep Borrell ha condannato l'arresto di Julia Tymoshenko.",
     (BORRELL, "CONDEMNED", "arrest of Julia Tymoshenko")),
    ("es", "Josep Borrell condenó la detención de Yulia Timoshenko.",
     (BORRELL, "CONDEMNED", "detention of Yulia Timoshenko")),
    ("uk", "Тисячі людей протестували проти результатів виборів.",
     ("protesters", "PROTESTED_AGAINST", "results of elections")),
    ("es", "Miles de personas protestaron contra el golpe de Estado.", ("protesters", "PROTESTED_AGAINST", "coup")),
    ("pl", "Unia Europejska potępiła brutalne tłumienie protestów.", (EU, "CONDEMNED", "crackdown on protests")),
    ("ru", "Совет безопасности ООН выразил глубокую озабоченность эскалацией насилия.",
     ("un-security-council", "EXPRESSED_CONCERN", "escalation of violence")),
    # regret voiced about an event is concern about it
    ("it", "Josep Borrell ha espresso profondo rammarico per l'arresto di Julia Tymoshenko.",
     (BORRELL, "EXPRESSED_CONCERN", "arrest of Julia Tymoshenko")),
    # Kazakh, verb-final: the genitive, then the event noun, then the verb
    ("kk", "Жозеп Боррель саясаткерлердің ұсталуын айыптады.", (BORRELL, "CONDEMNED", "detention of politicians")),
]


@pytest.mark.parametrize("lang, text, expected", POSITIVE, ids=[f"{c[0]}-{n}" for n, c in enumerate(POSITIVE)])
def test_event_phrase_objects_are_written_in_english(relation_triples, lang, text, expected):
    found = relation_triples(text, lang)
    assert expected in found, found


def test_approving_a_person_as_a_role_is_approving_the_appointment(relation_triples):
    found = relation_triples("El Parlamento Europeo aprobó a Josep Borrell como primer ministro.", "es")
    assert any(p == "APPROVED" and o == "appointment of Josep Borrell as Prime Minister" for _, p, o in found), found


def test_german_person_complement_is_the_persons_name(relation_triples):
    found = relation_triples("Josep Borrell verurteilte die Festnahme von Julija Timoschenko.", "de")
    literals = {o for s, p, o in found if s == BORRELL and p == "CONDEMNED"}
    assert len(literals) == 1 and next(iter(literals)).startswith("detention of "), found


NEGATIVE = [
    # a head noun the table lacks: no free translation
    ("ru", "Евросоюз осудил решение суда.", "CONDEMNED"),
    # "resignation of" with nothing it is of
    ("fr", "Josep Borrell a condamné la démission.", "CONDEMNED"),
]


@pytest.mark.parametrize("lang, text, predicate", NEGATIVE, ids=[f"{c[0]}-{n}" for n, c in enumerate(NEGATIVE)])
def test_no_phrase_without_a_known_head_and_complement(relation_triples, lang, text, predicate):
    found = relation_triples(text, lang)
    assert not any(p == predicate for _, p, _ in found), found


def test_a_demanded_resignation_stays_against_the_person(relation_triples):
    found = relation_triples("Протестующие потребовали отставки Жозепа Борреля.", "ru")
    assert ("protesters", "PROTESTED_AGAINST", BORRELL) in found, found


def test_what_an_event_is_called_is_not_its_patient(relation_triples):
    found = relation_triples("Жозеп Боррель назвав затримання провокацією.", "uk")
    assert not any(p == "CALLED" and str(o).startswith("detention") for _, p, o in found), found
