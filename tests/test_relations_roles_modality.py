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


# a verb of choosing, the one chosen, the title after the name: the title is said of the one chosen
CHOSEN = [
    ("en", "Estonia's parliament elected Arvid Kessler president on Wednesday.", ("Arvid Kessler", "President of Estonia")),
    ("en", "In Estonia, the president named Arvid Kessler acting prime minister.",
     ("Arvid Kessler", "acting Prime Minister of Estonia")),
    ("fr", "Le Parlement de l'Estonie a élu Arvid Kessler président.", ("Arvid Kessler", "President of Estonia")),
    ("it", "Il Parlamento dell'Estonia ha eletto Arvid Kessler presidente.", ("Arvid Kessler", "President of Estonia")),
    ("es", "El Parlamento de Estonia eligió a Arvid Kessler presidente.", ("Arvid Kessler", "President of Estonia")),
    # Italian "dell'" before the organisation a title is of
    ("it", "Il segretario generale dell'Onu António Guterres ha invitato alla calma.",
     ("antonio-guterres", "Secretary General of United Nations")),
]


@pytest.mark.parametrize("lang, text, claim", CHOSEN, ids=[f"{c[0]}-{n}" for n, c in enumerate(CHOSEN)])
def test_relations_roles_modality_chosen(lang, text, claim, relation_triples):
    found = {(t[0], t[2]) for t in relation_triples(text, lang, with_text=True) if t[1] == "HOLDS_ROLE"}
    assert claim in found


# appointed in another's place: the one appointed replaces, not the one who appoints
IN_PLACE = [
    ("ru", "Президент Эстонии Томас Верховен назначил Арвида Кесслера премьер-министром вместо Ивара Лаане."),
    ("uk", "Президент Естонії Томас Верховен призначив Арвіда Кесслера прем'єр-міністром замість Івара Лаане."),
    ("fr", "Le président Tomas Verhoeven a nommé Arvid Kessler Premier ministre à la place d'Ivar Laane."),
    ("es", "El presidente Tomas Verhoeven nombró a Arvid Kessler primer ministro en sustitución de Ivar Laane."),
    ("it", "Il presidente Tomas Verhoeven ha nominato Arvid Kessler primo ministro al posto del collega Ivar Laane."),
    ("pl", "Prezydent Tomas Verhoeven mianował Arvida Kesslera premierem w miejsce Ivara Laane."),
    ("de", "Präsident Gotabaya Rajapaksa ernannte Ranil Wickremesinghe zum Regierungschef, als Nachfolger von Ivar Laane."),
]


@pytest.mark.parametrize("lang, text", IN_PLACE, ids=[f"{c[0]}-{n}" for n, c in enumerate(IN_PLACE)])
def test_relations_roles_modality_appointee_replaces(lang, text, relation_triples):
    found = relation_triples(text, lang, with_text=True)
    replaced = {(t[0], t[2]) for t in found if t[1] == "REPLACED"}
    assert replaced and all(any(n in a for n in ("Kessler", "Кесслер", "Wickremesinghe")) for a, _ in replaced), found
    assert all("Laane" in b or "Лаане" in b for _, b in replaced), found


# the one who chooses is not the one chosen: "X appointed him prime minister" says nothing of X's
# role but his own title; "X назначил премьером Y" makes Y the prime minister
CHOOSER = [
    ("en", "In Estonia, President Tomas Verhoeven appointed him as prime minister in May."),
    ("en", "In Estonia, President Tomas Verhoeven named him prime minister in May."),
    ("ru", "В Эстонии президент Томас Верховен назначил его премьер-министром."),
    ("uk", "В Естонії президент Томас Верховен призначив його прем'єр-міністром."),
    ("pl", "W Estonii prezydent Tomas Verhoeven mianował go premierem."),
    ("fr", "En Estonie, le président Tomas Verhoeven l'a nommé Premier ministre."),
    ("de", "In Estland hat Präsident Tomas Verhoeven ihn zum Regierungschef ernannt."),
    ("it", "In Estonia il presidente Tomas Verhoeven lo ha nominato primo ministro."),
    ("es", "En Estonia, el presidente Tomas Verhoeven lo nombró primer ministro."),
]


@pytest.mark.parametrize("lang, text", CHOOSER, ids=[f"{c[0]}-{n}" for n, c in enumerate(CHOOSER)])
def test_relations_roles_modality_chooser_keeps_his_title(lang, text, relation_triples):
    roles = {t[2] for t in relation_triples(text, lang, with_text=True) if t[1] == "HOLDS_ROLE"}
    assert "President of Estonia" in roles
    assert not any("Prime Minister" in r for r in roles)


def test_relations_roles_modality_chosen_after_the_title(relation_triples):
    found = relation_triples("В Эстонии президент Томас Верховен назначил премьер-министром Арвида Кесслера.", "ru",
                             with_text=True)
    assert ("Арвида Кесслера", "HOLDS_ROLE", "Prime Minister of Estonia") in found
    assert ("Томас Верховен", "HOLDS_ROLE", "Prime Minister of Estonia") not in found


def test_relations_roles_modality_appointed_participle_keeps_holder(relation_triples):
    found = relation_triples("In Estonia, Tomas Verhoeven, appointed prime minister in May, spoke.", "en",
                             with_text=True)
    assert ("Tomas Verhoeven", "HOLDS_ROLE", "Prime Minister of Estonia") in found


# a relative object pronoun between the person and the title: the person is the one chosen
RELATIVE_CHOSEN = [
    ("ru", "Сторонники Пауля Мяги, которого часть депутатов во вторник избрала премьером, возмутились.", "Пауля Мяги"),
    ("uk", "Прихильники Пауля Мяґі, якого депутати у вівторок обрали прем'єром, обурилися.", "Пауля Мяґі"),
    ("pl", "Paul Mägi, którego parlament wybrał na premiera, przemówił w poniedziałek.", "Paul Mägi"),
]


@pytest.mark.parametrize("lang, text, holder", RELATIVE_CHOSEN, ids=[f"{c[0]}-{n}" for n, c in enumerate(RELATIVE_CHOSEN)])
def test_relations_roles_modality_relative_chosen(lang, text, holder, relation_triples):
    holders = {t[0] for t in relation_triples(text, lang, with_text=True) if t[1] == "HOLDS_ROLE"}
    assert holder in holders


# "his Belarusian counterpart X": the title last named for another holder, of the country named
COUNTERPART = [
    ("en", "Russian President Vladimir Putin spoke with his Belarusian counterpart Alexander Lukashenko on Monday."),
    ("es", "El presidente ruso, Vladímir Putin, habló el lunes con su homólogo bielorruso, Alexandr Lukashenko."),
    ("fr", "Le président russe Vladimir Poutine s'est entretenu avec son homologue biélorusse Alexandre Loukachenko."),
    ("de", "Der russische Präsident Wladimir Putin telefonierte mit seinem belarussischen Amtskollegen Alexander Lukaschenko."),
    ("it", "Il presidente russo Vladimir Putin ha sentito il suo omologo bielorusso Aleksandr Lukashenko."),
    ("ru", "Президент России Владимир Путин провел переговоры с белорусским коллегой Александром Лукашенко."),
    ("uk", "Президент Росії Володимир Путін поговорив із білоруським колегою Олександром Лукашенком."),
    ("pl", "Prezydent Rosji Władimir Putin rozmawiał ze swoim białoruskim odpowiednikiem Aleksandrem Łukaszenką."),
]


@pytest.mark.parametrize("lang, text", COUNTERPART, ids=[f"{c[0]}-{n}" for n, c in enumerate(COUNTERPART)])
def test_relations_roles_modality_counterpart(lang, text, relation_triples):
    found = relation_triples(text, lang)
    assert ("alexander-lukashenko", "HOLDS_ROLE", "President of Belarus") in found
    assert ("vladimir-putin", "HOLDS_ROLE", "President of Russia") in found


NO_COUNTERPART = [
    ("ru", "Путин встретился с коллегой по партии Иваном Петровым."),  # a colleague, no country
    ("en", "The minister met his counterpart Ivan Petrov on Monday."),  # no earlier title of a country
]


@pytest.mark.parametrize("lang, text", NO_COUNTERPART, ids=[f"{c[0]}-{n}" for n, c in enumerate(NO_COUNTERPART)])
def test_relations_roles_modality_no_counterpart(lang, text, relation_triples):
    assert not {t for t in relation_triples(text, lang, with_text=True) if t[1] == "HOLDS_ROLE"}


# the body someone heads resigns or is dismissed, not the one who heads it
BODY = [
    ("en", "Kazakhstan is in crisis. The government of Prime Minister Askar Mamin resigned on Wednesday.",
     ("government-of-kazakhstan", "RESIGNED", None)),
    ("fr", "Le Kazakhstan est en crise. Le gouvernement du Premier ministre Askar Mamine a démissionné mercredi.",
     ("government-of-kazakhstan", "RESIGNED", None)),
    ("de", "Kasachstan ist in der Krise. Die Regierung von Ministerpräsident Askar Mamin ist am Mittwoch zurückgetreten.",
     ("government-of-kazakhstan", "RESIGNED", None)),
    ("uk", "Казахстан у кризі. Токаєв відправив у відставку уряд прем'єр-міністра Аскара Маміна.",
     ("kassym-jomart-tokayev", "DISMISSED", "government-of-kazakhstan")),
    ("en", "Kazakhstan is in crisis. Tokayev dismissed the government of Prime Minister Askar Mamin.",
     ("kassym-jomart-tokayev", "DISMISSED", "government-of-kazakhstan")),
]


@pytest.mark.parametrize("lang, text, claim", BODY, ids=[f"{c[0]}-{n}" for n, c in enumerate(BODY)])
def test_relations_roles_modality_body_not_its_head(lang, text, claim, relation_triples):
    found = relation_triples(text, lang)
    assert claim in found
    assert not {t for t in found if t[1] == claim[1] and "askar-mamin" in (t[0], t[2])}


# another country's government by a common noun: no claim rather than one about its head
FOREIGN_BODY = [
    ("en", "Estonia is in crisis. The government of Prime Minister Arvid Kessler resigned on Wednesday."),
    ("it", "L'Estonia è in crisi. Il governo del premier Arvid Kessler si è dimesso mercoledì."),
    ("es", "Estonia está en crisis. El gobierno del primer ministro Arvid Kessler dimitió el miércoles."),
    ("pl", "Estonia w kryzysie. Rząd premiera Arvida Kesslera podał się do dymisji w środę."),
]


@pytest.mark.parametrize("lang, text", FOREIGN_BODY, ids=[f"{c[0]}-{n}" for n, c in enumerate(FOREIGN_BODY)])
def test_relations_roles_modality_foreign_body(lang, text, relation_triples):
    assert not {t for t in relation_triples(text, lang, with_text=True) if t[1] == "RESIGNED"}


# leaving the country or a checkpoint is no resignation
NOT_A_POST = [
    ("en", "Sri Lanka is in crisis. Mahinda Rajapaksa left the country on Monday."),
    ("fr", "Le Sri Lanka est en crise. Mahinda Rajapaksa a quitté le pays."),
    ("ru", "Шри-Ланка в кризисе. Протестующие не покинули свои посты у резиденции."),
]


@pytest.mark.parametrize("lang, text", NOT_A_POST, ids=[f"{c[0]}-{n}" for n, c in enumerate(NOT_A_POST)])
def test_relations_roles_modality_not_a_post(lang, text, relation_triples):
    assert not {t for t in relation_triples(text, lang, with_text=True) if t[1] == "RESIGNED"}


# "the president of the country" is the document's country's president, in every language
THE_COUNTRY = [
    ("en", "Estonia is in turmoil. The country's president, Tomas Verhoeven, addressed the nation."),
    ("fr", "L'Estonie est en crise. Le président du pays, Tomas Verhoeven, s'est adressé à la nation."),
    ("es", "Estonia está en crisis. El presidente del país, Tomas Verhoeven, se dirigió a la nación."),
    ("it", "L'Estonia è in crisi. Il presidente del Paese, Tomas Verhoeven, ha parlato alla nazione."),
    ("de", "Estland ist in der Krise. Der Präsident des Landes, Tomas Verhoeven, wandte sich an die Nation."),
    ("pl", "Estonia jest w kryzysie. Prezydent kraju Tomas Verhoeven zwrócił się do narodu."),
    ("ru", "Эстония в кризисе. Президент страны Томас Верховен обратился к нации."),
    ("uk", "Естонія в кризі. Президент країни Томас Верховен звернувся до нації."),
]


@pytest.mark.parametrize("lang, text", THE_COUNTRY, ids=[f"{c[0]}-{n}" for n, c in enumerate(THE_COUNTRY)])
def test_relations_roles_modality_the_country(lang, text, relation_triples):
    roles = {t[2] for t in relation_triples(text, lang, with_text=True) if t[1] == "HOLDS_ROLE"}
    assert roles == {"President of Estonia"}


def test_relations_roles_modality_forced_is_no_force(relation_triples):
    """"was forced to resign": "forced" shares the lemma of the troop noun "force" but is none, so
    it stands between no one and the verb."""
    found = relation_triples("Estonia is in crisis. Ivar Laane was forced to resign on Monday.", "en", with_text=True)
    assert ("Ivar Laane", "RESIGNED") in {(t[0], t[1]) for t in found}
