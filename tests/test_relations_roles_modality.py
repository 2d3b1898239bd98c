"""Offices changing hands, only when the text says it happened (issue 15): a demand, an appeal, a
wish, a refusal or an expectation that governs a verb of resigning, dismissing, appointing or
replacing keeps it from being read (ontology/frames_offices.ttl, rel-irrealis); the same verbs
stated as done are read.  Sentences written for this test (never taken from a corpus); the names
are invented."""

from __future__ import annotations

import pytest

OFFICE = {"APPOINTED", "RESIGNED", "DISMISSED", "REPLACED"}

# asked for, wished, refused, awaited: no office changes hands
NOT_DONE = [
    ("en", "Opposition parties urged President Tomas Verhoeven to step down."),
    ("en", "Thousands of marchers want Prime Minister Arvid Kessler to resign."),
    ("en", "President Tomas Verhoeven has refused to resign."),
    ("en", "Prime Minister Arvid Kessler is expected to resign next week."),
    ("en", "The students demanded that President Tomas Verhoeven resign at once."),
    ("en", "Union leaders called on the president to dismiss Arvid Kessler."),
    ("ru", "Лидеры оппозиции призвали президента Томаса Верховена уйти в отставку."),
    ("ru", "Протестующие потребовали, чтобы президент Томас Верховен ушёл в отставку."),
    ("ru", "Президент Томас Верховен отказался уйти в отставку."),
    ("uk", "Опозиція закликала президента Томаса Верховена піти у відставку."),
    ("uk", "Студенти вимагають, щоб прем'єр-міністр Арвід Кесслер подав у відставку."),
    ("uk", "Президент Томас Верховен відмовився піти у відставку."),
    ("pl", "Demonstranci domagają się, aby premier Arvid Kessler podał się do dymisji."),
    ("pl", "Opozycja wezwała prezydenta, aby odwołał premiera Arvida Kesslera."),
    ("fr", "Les manifestants exigent que le président Tomas Verhoeven démissionne."),
    ("fr", "L'opposition a appelé le président Tomas Verhoeven à démissionner."),
    ("fr", "Le Premier ministre Arvid Kessler refuse de démissionner."),
    ("de", "Die Demonstranten fordern, dass Präsident Tomas Verhoeven zurücktritt."),
    ("de", "Die Opposition hat den Präsidenten gedrängt, Arvid Kessler zu entlassen."),
    ("it", "I manifestanti chiedono che il presidente Tomas Verhoeven si dimetta."),
    ("it", "L'opposizione vuole che il premier Arvid Kessler si dimetta."),
    ("es", "Los manifestantes exigen que el presidente Tomas Verhoeven dimita."),
    ("es", "La oposición pidió al presidente que destituyera a Arvid Kessler."),
]


@pytest.mark.parametrize("lang, text", NOT_DONE, ids=[f"{c[0]}-{n}" for n, c in enumerate(NOT_DONE)])
def test_relations_roles_modality_not_done(lang, text, relation_triples):
    found = {t for t in relation_triples(text, lang, with_text=True) if t[1] in OFFICE}
    assert not found


# stated as done: read
DONE = [
    ("en", "President Tomas Verhoeven resigned on Friday.", ("Tomas Verhoeven", "RESIGNED")),
    ("en", "President Tomas Verhoeven dismissed Arvid Kessler on Friday.", ("Tomas Verhoeven", "DISMISSED")),
    ("en", "Marchers demanded his resignation. On Friday President Tomas Verhoeven resigned.",
     ("Tomas Verhoeven", "RESIGNED")),
    ("ru", "Президент Томас Верховен ушёл в отставку в пятницу.", ("Томас Верховен", "RESIGNED")),
    ("uk", "Президент Томас Верховен у п'ятницю пішов у відставку.", ("Томас Верховен", "RESIGNED")),
    ("pl", "Premier Arvid Kessler podał się do dymisji w piątek.", ("Arvid Kessler", "RESIGNED")),
    ("fr", "Le président Tomas Verhoeven a limogé Arvid Kessler vendredi.", ("Tomas Verhoeven", "DISMISSED")),
    ("de", "Präsident Tomas Verhoeven hat Arvid Kessler entlassen.", ("Tomas Verhoeven", "DISMISSED")),
    ("it", "Il presidente Tomas Verhoeven ha licenziato Arvid Kessler.", ("Tomas Verhoeven", "DISMISSED")),
    ("es", "El presidente Tomas Verhoeven destituyó a Arvid Kessler el viernes.", ("Tomas Verhoeven", "DISMISSED")),
]


@pytest.mark.parametrize("lang, text, claim", DONE, ids=[f"{c[0]}-{n}" for n, c in enumerate(DONE)])
def test_relations_roles_modality_done(lang, text, claim, relation_triples):
    found = {(t[0], t[1]) for t in relation_triples(text, lang, with_text=True)}
    assert claim in found


# nouns and names that are no act of appointing: "the appointment of X" with no one who appoints
# in the sentence, Spanish "nombre" (a name)
NO_APPOINTMENT = [
    ("en", "President Tomas Verhoeven spoke on Monday. The appointment of Arvid Kessler angered the unions."),
    ("es", "El presidente Tomas Verhoeven habló el lunes. El nombre de Arvid Kessler fue propuesto por el partido."),
]


@pytest.mark.parametrize("lang, text", NO_APPOINTMENT, ids=[f"{c[0]}-{n}" for n, c in enumerate(NO_APPOINTMENT)])
def test_relations_roles_modality_no_appointment(lang, text, relation_triples):
    assert not {t for t in relation_triples(text, lang, with_text=True) if t[1] == "APPOINTED"}


def test_relations_roles_modality_appointed_by_verb(relation_triples):
    found = relation_triples("President Tomas Verhoeven appointed Arvid Kessler as prime minister.", "en",
                             with_text=True)
    assert ("Tomas Verhoeven", "APPOINTED", "Arvid Kessler") in found


# a title in the instrumental after a verb of becoming or choosing: its complement is the
# document's country when the text says "the country" ("президентом страны"), and a preposition
# after the title opens no complement ("премьер-министром в мае")
BECAME = [
    ("ru", "Парламент Эстонии избрал Арвида Кесслера президентом страны.",
     ("Арвида Кесслера", "HOLDS_ROLE", "President of Estonia")),
    ("ru", "В мае Арвид Кесслер стал премьер-министром Эстонии, а в июне стал президентом в Таллине.",
     ("Арвид Кесслер", "HOLDS_ROLE", "Prime Minister of Estonia")),
    ("uk", "Арвід Кесслер став прем'єр-міністром Естонії.", ("Арвід Кесслер", "HOLDS_ROLE", "Prime Minister of Estonia")),
    ("uk", "Парламент Естонії обрав Арвіда Кесслера президентом країни.",
     ("Арвіда Кесслера", "HOLDS_ROLE", "President of Estonia")),
]


@pytest.mark.parametrize("lang, text, claim", BECAME, ids=[f"{c[0]}-{n}" for n, c in enumerate(BECAME)])
def test_relations_roles_modality_became(lang, text, claim, relation_triples):
    found = relation_triples(text, lang, with_text=True)
    assert claim in found
    # no title of a preposition or of "the country" read as a name ("Prime Minister of V", "of Strana")
    assert not {t for t in found if t[1] == "HOLDS_ROLE" and t[2].rsplit(" ", 1)[-1] in ("V", "U", "Strana", "Kraina")}
