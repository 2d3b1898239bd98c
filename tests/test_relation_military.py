"""The armed forces named by a common plural noun as an actor (issue 15, session 8): "военные",
"військові", "wojsko", "les militaires", "i militari", "los militares", "die Militärs"
(ontology/frames_events.ttl "rel-military-body"; kzgraph/extract/relations/candidates.py
_military_body) are the military, so the frames of detentions, seizures, dismissals and orders find
it as their subject.  With a nationality beside it, an owner after it or a number before it, the noun
stays troops.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest

ACTS = [
    ("ru", "Военные задержали Аун Сан Су Чжи рано утром.", "DETAINED"),
    ("ru", "Аун Сан Су Чжи была задержана военными в понедельник.", "DETAINED"),
    ("uk", "Військові затримали Аун Сан Су Чжі вранці.", "DETAINED"),
    ("uk", "Аун Сан Су Чжі затримали військові.", "DETAINED"),
    ("ru", "Аун Сан Су Чжи задержали военные.", "DETAINED"),
    ("pl", "Wojskowi zatrzymali Aung San Suu Kyi w poniedziałek.", "DETAINED"),
    ("pl", "Wojsko zatrzymało Aung San Suu Kyi w poniedziałek.", "DETAINED"),
    ("fr", "Les militaires ont arrêté Aung San Suu Kyi lundi.", "DETAINED"),
    ("it", "I militari hanno arrestato Aung San Suu Kyi lunedì.", "DETAINED"),
    ("es", "Aung San Suu Kyi sigue detenida por los militares desde el lunes.", "DETAINED"),
    ("es", "Los militares detuvieron a Aung San Suu Kyi el lunes.", "DETAINED"),
    ("de", "Die Militärs nahmen Aung San Suu Kyi am Montag fest.", "DETAINED"),
    ("en", "The military detained Aung San Suu Kyi on Monday.", "DETAINED"),
    ("en", "The army detained Aung San Suu Kyi on Monday.", "DETAINED"),
]


@pytest.mark.parametrize("lang,text,predicate", ACTS)
def test_military_noun_is_the_actor(relation_triples, lang, text, predicate):
    found = relation_triples(text, lang, with_text=True)
    assert any(s == "military" and p == predicate for s, p, o in found), found


DISMISSALS = [
    ("ru", "Военные уволили посла Кьяу Мо Туна."),
    ("uk", "Військові звільнили посла Чжо Мо Туна."),
    ("es", "El embajador Kyaw Moe Tun fue destituido por los militares."),
    ("it", "I militari hanno destituito l'ambasciatore Kyaw Moe Tun."),
    ("fr", "Les militaires ont limogé l'ambassadeur Kyaw Moe Tun."),
]


@pytest.mark.parametrize("lang,text", DISMISSALS)
def test_military_noun_dismisses(relation_triples, lang, text):
    found = relation_triples(text, lang, with_text=True)
    assert any(s == "military" and p == "DISMISSED" for s, p, o in found), found


NOT_THE_MILITARY = [
    # another country's soldiers, or soldiers counted, are troops, not the document's armed forces
    ("ru", "Российские военные задержали Аун Сан Су Чжи."),
    ("uk", "Російські військові затримали Аун Сан Су Чжі."),
    ("es", "Miles de militares detuvieron a Aung San Suu Kyi."),
    ("it", "200 militari hanno arrestato Aung San Suu Kyi."),
]


@pytest.mark.parametrize("lang,text", NOT_THE_MILITARY)
def test_counted_or_owned_soldiers_are_not_the_military(relation_triples, lang, text):
    found = relation_triples(text, lang, with_text=True)
    assert not any(s == "military" for s, p, o in found), found


REMAINS_DETAINED = [
    # a verb of staying before the participle, after an apposition: the person before the apposition
    ("es", "El economista Sean Turnell, asesor de Suu Kyi, sigue detenido por los militares."),
    ("en", "Sean Turnell, an adviser to Suu Kyi, remains detained by the military."),
    ("fr", "Sean Turnell, conseiller de Suu Kyi, reste détenu par les militaires."),
    ("it", "Sean Turnell, consigliere di Suu Kyi, rimane detenuto dai militari."),
]


@pytest.mark.parametrize("lang,text", REMAINS_DETAINED)
def test_military_remains_detaining(relation_triples, lang, text):
    found = relation_triples(text, lang, with_text=True)
    assert ("military", "DETAINED", "Sean Turnell") in found, found
