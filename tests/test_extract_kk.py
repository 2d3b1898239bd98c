"""Kazakh without a lemmatiser: case suffixes (ontology/names.ttl, ``names-case-suffix``)
bring a name's case forms to the name's key, so «Қазақстанға» is Kazakhstan, not a new
organisation; an unknown word in a case form is left out; an unknown person's name
is given in the nominative.

The sentences are written for these tests; none comes from the seeds or a dev story.
"""

from __future__ import annotations

import warnings

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.extract import extract
from kzgraph.extract.pipeline import _pipeline
from kzgraph.names import has_case_suffix, name_key, nominative


@pytest.fixture(scope="module")
def kk():
    def run(text: str):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # spaCy has no 'kk': a warning says so
            return extract(document_from_text(text, lang="kk", date="2022-01-10")).mentions
    try:
        yield run
    finally:
        _pipeline.cache_clear()  # test_extract_pipeline expects the warning of a fresh pipeline


@pytest.mark.parametrize("text, expected", [
    ("Ресей әскерлері кеше Қазақстанға келді.", {"russia", "kazakhstan"}),
    ("Бейбітшілік күштері Ресейден ұшып келіп, Алматыдағы әуежайды күзетті.", {"russia", "almaty"}),
    ("Делегация Бішкекке барды, ал келіссөздер Ташкентте жалғасады.", {"bishkek", "tashkent"}),
    ("Сарапшылар Қазақстанның экономикасы туралы айтты.", {"kazakhstan"}),
])
def test_kk_case_forms_of_known_names_resolve_to_the_known_entity(kk, text, expected):
    mentions = kk(text)
    assert expected <= {m.hint for m in mentions}
    assert all(m.hint for m in mentions), [(m.text, m.label) for m in mentions if not m.hint]


def test_kk_unknown_word_in_a_case_form_is_no_new_organisation(kk):
    mentions = kk("Полиция кеше түнде Сарыағашқа жетті.")
    assert "Сарыағашқа" not in {m.text for m in mentions}
    assert not [m for m in mentions if m.label == "ORG" and not m.hint]


def test_kk_unknown_person_in_the_genitive_keeps_the_nominative_and_no_pronoun(kk):
    mentions = kk("Ол Нұрлан Есенбаевтың сөзін келтірді.")
    people = [m for m in mentions if m.label == "PERSON"]
    assert [m.text for m in people] == ["Нұрлан Есенбаевтың"]
    assert nominative("Нұрлан Есенбаевтың", "kk") == "Нұрлан Есенбаев"


@pytest.mark.parametrize("forms", [
    ("Қазақстан", "Қазақстанға", "Қазақстанда", "Қазақстанның", "Қазақстаннан", "Қазақстанды"),
    ("Ресей", "Ресейге", "Ресейде", "Ресейден", "Ресейдің", "Ресеймен"),
    ("Қарағанды", "Қарағандыда", "Қарағандыға", "Қарағандыдағы"),
    ("Тоқаев", "Тоқаевқа", "Тоқаевтың", "Тоқаевпен"),
])
def test_kk_every_case_form_shares_the_names_key(forms):
    assert len({name_key(f, "kk") for f in forms}) == 1
    assert all(has_case_suffix(f, "kk") for f in forms[1:])


def test_kk_suffixes_are_cut_in_kazakh_only():
    assert name_key("Ресейге", "ru") != name_key("Ресей", "ru")  # a Russian word is not read as Kazakh
    assert not has_case_suffix("Ресейге", "ru")


# -- relations: Kazakh frames (ontology/frames_kk.ttl) ----------------------------------------
# Sentences written for these tests, with invented people (the ontology knows none of them), in
# phrasings the development articles do not use: passives, nominalisations, a subject far from
# its verb, charges reported with "деген", agents in the genitive of a decree.

@pytest.fixture(scope="module")
def kk_relations():
    def run(text: str):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rels = extract(document_from_text(text, lang="kk", date="2022-01-10")).relations

        def name(m):
            return None if m is None else (m.hint or nominative(m.text, "kk"))
        return {(r.predicate, name(r.subject), name(r.object) if r.object is not None else r.literal)
                for r in rels}
    try:
        yield run
    finally:
        _pipeline.cache_clear()


@pytest.mark.parametrize("text, expected", [
    # passive detention, the detainee a nominative before the verb; the detaining side unsaid
    ("Бұрынғы министр Ержан Сапаров кеше түнде Алматыда ұсталды.",
     ("DETAINED", "kazakh-authorities", "Ержан Сапаров")),
    # active, the detainee in the accusative, a place phrase between it and the verb
    ("Полиция Ержан Сапаровты әкімдік ғимаратының жанынан ұстады.",
     ("DETAINED", "kazakh-police", "Ержан Сапаров")),
    # on suspicion: "… деген күдікпен қамауға алынды"
    ("Ержан Сапаров жаппай тәртіпсіздіктерді ұйымдастырды деген күдікпен қамауға алынды.",
     ("ARRESTED_ON_CHARGE", "Ержан Сапаров", "mass-riots")),
    # the charge brought against a dative: "X-қа … деген айып тағылды"
    ("Ержан Сапаровқа билікті асыра пайдаланды деген айып тағылды.",
     ("ARRESTED_ON_CHARGE", "Ержан Сапаров", "abuse-of-power")),
    # a criminal case opened "қатысты" (concerning) someone
    ("Ұлттық қауіпсіздік комитеті Ержан Сапаровқа қатысты мемлекетке опасыздық жасады деген "
     "айыппен қылмыстық іс қозғады.",
     ("SUSPECTED_OF", "Ержан Сапаров", "treason")),
    # the request as a noun: "көмек сұрау туралы өтініш"
    ("Президент Марат Жұмабаев ҰҚШҰ-ға көмек сұрау туралы өтініш жолдады.",
     ("REQUESTED_AID_FROM", "Марат Жұмабаев", "csto")),
    # the subject far from its verb, a converb clause between them
    ("Марат Жұмабаев, елдегі жағдайдың ушығып кеткенін айтып, түн ортасында ҰҚШҰ-ға көмек сұрап жүгінді.",
     ("REQUESTED_AID_FROM", "Марат Жұмабаев", "csto")),
    # appointment by a body: "X-ті премьер-министр етіп сайлады"
    ("Мәжіліс Әлібек Досановты премьер-министр етіп сайлады.",
     ("APPOINTED", "mazhilis", "Әлібек Досанов")),
    # passive appointment, the appointer in the genitive of the decree
    ("Президент Марат Жұмабаевтың жарлығымен Әлібек Досанов премьер-министр болып тағайындалды.",
     ("APPOINTED", "Марат Жұмабаев", "Әлібек Досанов")),
    # passive dismissal, the same
    ("Президент Марат Жұмабаевтың жарлығымен Ішкі істер министрі Серік Нұрланов қызметінен босатылды.",
     ("DISMISSED", "Марат Жұмабаев", "Серік Нұрланов")),
    # resignation as "отставкаға өтініш берді", the post the title before the name
    ("Премьер-министр Әлібек Досанов отставкаға өтініш берді.",
     ("RESIGNED", "Әлібек Досанов", "Prime Minister")),
    # talks in the comitative, the other side named by its title only
    ("Марат Жұмабаев бүгін Ресей президентімен кездесті.",
     ("SPOKE_WITH", "Марат Жұмабаев", "vladimir-putin")),
    # a measure declared; an order whose content is a measure's noun
    ("Марат Жұмабаев бүкіл елде әскери жағдай жариялады.",
     ("DECLARED", "Марат Жұмабаев", "martial-law")),
    ("Марат Жұмабаев елде коменданттық сағат енгізу туралы бұйрық берді.",
     ("ORDERED", "Марат Жұмабаев", "curfew")),
    # a label: "… деп атады"
    ("Марат Жұмабаев бұл әрекетті мемлекеттік төңкеріс жасауға әрекет деп атады.",
     ("CALLED", "Марат Жұмабаев", "coup")),
])
def test_kk_frames_find_the_relation(kk_relations, text, expected):
    found = kk_relations(text)
    assert expected in found, sorted(found)


def test_kk_release_from_custody_is_no_dismissal(kk_relations):
    found = kk_relations("Сот Ержан Сапаровты кепілмен қамаудан босатты.")
    assert not [r for r in found if r[0] == "DISMISSED"], sorted(found)


def test_kk_resignation_is_not_read_as_someone_dismissing(kk_relations):
    found = kk_relations("Мәжіліс Әлібек Досановты премьер-министр етіп сайлады, ал Серік Нұрланов отставкаға кетті.")
    assert ("RESIGNED", "Серік Нұрланов", None) in {(p, s, None) for p, s, _ in found if p == "RESIGNED"}
    assert not [r for r in found if r[0] == "DISMISSED"], sorted(found)


def test_kk_a_surname_alone_is_a_person_and_he_is_that_person(kk_relations, kk):
    # a single unknown word with a surname's ending ("person-surname-ending"@kk) is a person, so the
    # pronoun "ол" two sentences on points back to him, not to the person named before him
    text = ("Депутаттар Бердібай Сейітовты премьер-министр етіп сайлады. Кеше Жақыпбеков елде "
            "төтенше жағдай жариялады. Сол жарлықпен ол Нұрлан Әбдірахмановты қызметінен босатты.")
    assert ("Жақыпбеков", "PERSON") in {(m.text, m.label) for m in kk(text)}
    found = kk_relations(text)
    assert ("DISMISSED", "Жақыпбеков", "Нұрлан Әбдірахманов") in found, sorted(found)
    assert not [r for r in found if r[0] == "DISMISSED" and r[1] != "Жақыпбеков"], sorted(found)


def test_kk_a_surname_in_a_case_form_after_the_full_name_is_that_person(kk, kk_relations):
    # an unknown surname with a case ending is left out on its own, but not once the document
    # has named the person in full: "Ержан Сапаров … Сапаровқа"
    text = ("Бұрынғы министр Ержан Сапаров кеше сөз сөйледі. Тергеу комитетінің хабарлауынша, "
            "Сапаровқа жаппай тәртіпсіздіктерді ұйымдастырды деген айып тағылды.")
    assert ("Сапаровқа", "PERSON") in {(m.text, m.label) for m in kk(text)}
    assert ("ARRESTED_ON_CHARGE", "Сапаров", "mass-riots") in kk_relations(text)
    # a word with a case ending alone, its stem no one's name: still no mention
    assert "Сарыағашқа" not in {m.text for m in kk("Ержан Сапаров кеше Сарыағашқа жетті.")}


def test_kk_a_case_ending_closes_the_name_and_a_place_noun_after_a_name_makes_it_a_place(kk):
    found = {(m.text, m.label) for m in kk("Полиция Ержан Сапаровты Жаңатас ауылындағы үйінен ұстады.")}
    assert ("Ержан Сапаровты", "PERSON") in found and ("Жаңатас", "GPE") in found, found
    # a given name that ends like a case form runs on into the surname
    found = {(m.text, m.label) for m in kk("Кеше Нұрсұлтан Әбішев пен Дариға Сейітова келді.")}
    assert ("Нұрсұлтан Әбішев", "PERSON") in found and ("Дариға Сейітова", "PERSON") in found, found


@pytest.mark.parametrize("text, expected", [
    # against a grievance in the dative, "қарсы" after it
    ("Наразылар газ бағасының өсуіне қарсы шықты.", ("PROTESTED_AGAINST", "protesters", "gas-price-increase")),
    # a demanded resignation, the person in the genitive of "отставкасын"
    ("Наразылар Ержан Сапаровтың отставкасын талап етті.", ("PROTESTED_AGAINST", "protesters", "Ержан Сапаров")),
    # arson with the site in the possessive accusative ("ғимаратын"), a seizure with a plain one
    ("Шерушілер әкімдік ғимаратын өртеп жіберді.", ("SET_FIRE_TO", "protesters", "government-buildings")),
    ("Шерушілер әуежайды басып алды.", ("SEIZED", "protesters", "airports")),
    # support, the one supported in the accusative inside a reported clause
    ("Марат Жұмабаев Ержан Сапаровты толық қолдайтынын жазды.",
     ("EXPRESSED_SUPPORT", "Марат Жұмабаев", "Ержан Сапаров")),
    # talks as a noun: "X мен Y-тың … сөйлесуі"
    ("Марат Жұмабаев пен Ержан Сапаровтың телефон арқылы сөйлесуінен кейін келісім жасалды.",
     ("SPOKE_WITH", "Марат Жұмабаев", "Ержан Сапаров")),
    # an arrival in the dative
    ("Ержан Сапаров кеше Мәскеуге келді.", ("ARRIVED_IN", "Ержан Сапаров", "moscow")),
    # members listed before the organisation in the dative
    ("Армения мен Тәжікстан ҰҚШҰ-ға мүше.", ("MEMBER_OF", "tajikistan", "csto")),
])
def test_kk_frames_of_protest_arson_support_talks_and_membership(kk_relations, text, expected):
    found = kk_relations(text)
    assert expected in found, sorted(found)


@pytest.mark.parametrize("text, expected", [
    # the title said of someone by the word after it ("етіп", "болып"), the holder before or after it
    ("Мәжіліс Әлібек Досановты премьер-министр етіп сайлады.", ("HOLDS_ROLE", "Әлібек Досанов", "Prime Minister")),
    ("Сыртқы істер министрі болып Серік Нұрланов тағайындалды.",
     ("HOLDS_ROLE", "Серік Нұрланов", "Minister of Foreign Affairs")),
    # a name ends with its surname: the capitalised adjective opening the title after it is not his
    ("Президент Марат Жұмабаевтың жарлығымен Әлібек Досанов Ішкі істер министрі болып тағайындалды.",
     ("APPOINTED", "Марат Жұмабаев", "Әлібек Досанов")),
])
def test_kk_predicative_titles_and_names_ending_with_the_surname(kk_relations, text, expected):
    found = kk_relations(text)
    assert expected in found, sorted(found)


def test_kk_a_list_of_titled_names_is_every_ones_and_an_accusative_is_no_carried_subject(kk_relations):
    text = ("Кеше Марат Жұмабаев сөз сөйледі. Жұмабаев Ішкі істер министрі Серік Нұрлановты және Бас прокурор "
            "Ержан Сапаровты қызметтен кетіруді талап етті.")
    found = {r for r in kk_relations(text) if r[0] == "PROTESTED_AGAINST"}
    assert found == {("PROTESTED_AGAINST", "Жұмабаев", "Серік Нұрланов"),
                     ("PROTESTED_AGAINST", "Жұмабаев", "Ержан Сапаров")}, found
