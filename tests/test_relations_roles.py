"""Roles, resignations, dismissals and troop arrivals in uk/ru/en/fr/pl/de/it/es.

Every case runs the real pipeline and ontology on a sentence written for this
test (not taken from any corpus) and checks that the expected claims are among
those found (subject id or text, predicate, object id or literal) and that the
forbidden ones are not.
"""

from __future__ import annotations

import pytest


ROLES = [
    # nationality adjective before or after the title
    ("en", "Armenian Prime Minister Nikol Pashinyan spoke on Monday.",
     ("nikol-pashinyan", "HOLDS_ROLE", "Prime Minister of Armenia")),
    ("fr", "Le président kirghize Sadyr Japarov a pris la parole lundi.",
     ("sadyr-japarov", "HOLDS_ROLE", "President of Kyrgyzstan")),
    ("de", "Der armenische Regierungschef Nikol Paschinjan sprach am Montag.",
     ("nikol-pashinyan", "HOLDS_ROLE", "Prime Minister of Armenia")),
    ("it", "Il presidente kirghiso Sadyr Japarov ha parlato lunedì.",
     ("sadyr-japarov", "HOLDS_ROLE", "President of Kyrgyzstan")),
    ("es", "El primer ministro armenio, Nikol Pashinián, habló el lunes.",
     ("nikol-pashinyan", "HOLDS_ROLE", "Prime Minister of Armenia")),
    ("pl", "Prezydent Kirgistanu Sadyr Dżaparow przemawiał w poniedziałek.",
     ("sadyr-japarov", "HOLDS_ROLE", "President of Kyrgyzstan")),
    ("ru", "Премьер-министр Армении Никол Пашинян выступил в понедельник.",
     ("nikol-pashinyan", "HOLDS_ROLE", "Prime Minister of Armenia")),
    ("uk", "Президент Киргизстану Садир Жапаров виступив у понеділок.",
     ("sadyr-japarov", "HOLDS_ROLE", "President of Kyrgyzstan")),
    # a bracketed short name between the title's organisation and the apposed name
    ("fr", "Le chef du Comité de sécurité nationale (KNB), Karim Massimov, a été entendu.",
     ("karim-masimov", "HOLDS_ROLE", "Head of National Security Committee of Kazakhstan")),
    ("en", "The former head of the National Security Committee (KNB), Karim Masimov, was questioned.",
     ("karim-masimov", "HOLDS_ROLE", "former Head of National Security Committee of Kazakhstan")),
    ("es", "El secretario general de la Organización del Tratado de Seguridad Colectiva (OTSC), "
           "Stanislav Zas, habló.",
     ("stanislav-zas", "HOLDS_ROLE", "Secretary General of Collective Security Treaty Organization")),
    # an apposition after the name that goes on with a second title
    ("it", "Karim Masimov, già presidente del Comitato per la sicurezza nazionale (Knb) ed ex primo "
           "ministro, è stato interrogato.",
     ("karim-masimov", "HOLDS_ROLE", "former Prime Minister of Kazakhstan")),
    ("en", "Karim Masimov, a former head of the National Security Committee and former prime minister, "
           "was questioned.",
     ("karim-masimov", "HOLDS_ROLE", "former Prime Minister of Kazakhstan")),
    # a person's possessive before a one-word title: the title is held for that person
    ("en", "Nursultan Nazarbayev is in the capital, his spokesman Aidos Ukibay told reporters.",
     ("Aidos Ukibay", "HOLDS_ROLE", "Spokesperson of Nursultan Nazarbayev")),
    ("fr", "Noursoultan Nazarbaïev est dans la capitale, a affirmé son porte-parole Aïdos Oukibaï.",
     ("Aïdos Oukibaï", "HOLDS_ROLE", "Spokesperson of Nursultan Nazarbayev")),
    ("ru", "Назарбаев находится в столице, сообщил его пресс-секретарь Айдос Укибай.",
     ("Айдос Укибай", "HOLDS_ROLE", "Spokesperson of Nursultan Nazarbayev")),
    ("uk", "Назарбаєв перебуває у столиці, повідомив його речник Айдос Укібай.",
     ("Айдос Укібай", "HOLDS_ROLE", "Spokesperson of Nursultan Nazarbayev")),
    ("pl", "Nazarbajew przebywa w stolicy, poinformował jego rzecznik Ajdos Ukibaj.",
     ("Ajdos Ukibaj", "HOLDS_ROLE", "Spokesperson of Nursultan Nazarbayev")),
    ("it", "Nazarbayev si trova nella capitale, ha riferito il suo portavoce Aidos Ukibay.",
     ("Aidos Ukibay", "HOLDS_ROLE", "Spokesperson of Nursultan Nazarbayev")),
    # an appointment as a noun in a decree (uk, ru, pl); "had named X" (en)
    ("uk", "Президент Іван Петренко підписав указ про призначення Олега Мартинюка міністром оборони.",
     ("Іван Петренко", "APPOINTED", "Олега Мартинюка")),
    ("ru", "Президент Иван Петров подписал указ о назначении Олега Смирнова министром обороны.",
     ("Иван Петров", "APPOINTED", "Олега Смирнова")),
    ("pl", "Prezydent Jan Kowalski podpisał postanowienie o powołaniu Piotra Nowaka na szefa sztabu.",
     ("Jan Kowalski", "APPOINTED", "Piotra Nowaka")),
    ("en", "Sadyr Japarov had named John Smith to replace him.", ("sadyr-japarov", "APPOINTED", "John Smith")),
    # a member of an organisation the text names: MEMBER_OF, not a role
    ("ru", "Член партии «Восход» Иван Петров задержан.", ("Иван Петров", "MEMBER_OF", "Восход")),
    ("en", "John Smith, a member of the Liberal Democratic Party, was detained.",
     ("John Smith", "MEMBER_OF", "Liberal Democratic Party")),
    ("de", "Peter Braun, Mitglied der SPD, sprach am Montag.", ("Peter Braun", "MEMBER_OF", "SPD")),
    pytest.param("fr", "Jean Dupont, membre du Rassemblement national, a parlé.",
                 ("Jean Dupont", "MEMBER_OF", "Rassemblement"),
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "known: 'Rassemblement' is read as the concept 'gatherings' (rassemblements, a "
                     "RESTRICTED object in ontology/concepts_legal.ttl), so the party is no mention; "
                     "a capitalised-word rule fixed it but cost the seeds 'Internet'"))),
    ("en", "John Smith, a member of parliament, was detained.", ("John Smith", "HOLDS_ROLE", "Member of Parliament")),
]


@pytest.mark.parametrize("lang, text, expected", ROLES,
                         ids=[f"{getattr(c, 'values', c)[0]}-{n}" for n, c in enumerate(ROLES)])
def test_relations_roles_role_phrases(lang, text, expected, relation_triples):
    assert expected in relation_triples(text, lang, with_text=True)


TENURE = [
    # the resignation as a noun, accepted or announced: the one who resigns follows it
    ("en", "On Wednesday Tokayev accepted the resignation of the government.",
     {("government-of-kazakhstan", "RESIGNED", None)}, {("kassym-jomart-tokayev", "RESIGNED", None)}),
    ("ru", "В среду Токаев принял отставку правительства.",
     {("government-of-kazakhstan", "RESIGNED", None)}, {("kassym-jomart-tokayev", "RESIGNED", None)}),
    ("uk", "У середу Токаєв прийняв відставку уряду.",
     {("government-of-kazakhstan", "RESIGNED", None)}, {("kassym-jomart-tokayev", "RESIGNED", None)}),
    ("pl", "W środę Tokajew przyjął dymisję rządu.",
     {("government-of-kazakhstan", "RESIGNED", None)}, {("kassym-jomart-tokayev", "RESIGNED", None)}),
    ("fr", "Mercredi, Tokaïev a accepté la démission du gouvernement.",
     {("government-of-kazakhstan", "RESIGNED", None)}, {("kassym-jomart-tokayev", "RESIGNED", None)}),
    ("de", "Am Mittwoch nahm Tokajew den Rücktritt der Regierung an.",
     {("government-of-kazakhstan", "RESIGNED", None)}, {("kassym-jomart-tokayev", "RESIGNED", None)}),
    ("it", "Mercoledì Tokayev ha accettato le dimissioni del governo e ha proclamato lo stato di emergenza.",
     {("government-of-kazakhstan", "RESIGNED", None), ("kassym-jomart-tokayev", "DECLARED", "state-of-emergency")},
     {("government-of-kazakhstan", "DECLARED", "state-of-emergency")}),
    ("es", "El miércoles Tokáyev aceptó la dimisión del Gobierno.",
     {("government-of-kazakhstan", "RESIGNED", None)}, {("kassym-jomart-tokayev", "RESIGNED", None)}),
    # the verb itself
    ("en", "The government resigned after two days of protests.",
     {("government-of-kazakhstan", "RESIGNED", None)}, set()),
    ("ru", "Правительство Казахстана подало в отставку.", {("government-of-kazakhstan", "RESIGNED", None)}, set()),
    ("pl", "Rząd Kazachstanu podał się do dymisji.", {("government-of-kazakhstan", "RESIGNED", None)}, set()),
    ("de", "Die Regierung Kasachstans trat zurück.", {("government-of-kazakhstan", "RESIGNED", None)}, set()),
    # dismissals
    ("en", "Tokayev relieved Karim Masimov of his post.",
     {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}, set()),
    ("en", "Tokayev dismissed the government.",
     {("kassym-jomart-tokayev", "DISMISSED", "government-of-kazakhstan")}, set()),
    ("ru", "Токаев уволил Карима Масимова.", {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}, set()),
    ("uk", "Токаєв звільнив Каріма Масімова з посади.",
     {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}, set()),
    ("pl", "Tokajew odwołał Karima Masimowa.", {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}, set()),
    ("fr", "Tokaïev a limogé Karim Massimov.", {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}, set()),
    ("de", "Tokajew entließ Karim Massimow.", {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}, set()),
    ("it", "Tokayev ha destituito Karim Masimov.", {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}, set()),
    ("es", "Tokáyev destituyó a Karim Masimov.", {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}, set()),
    # troops arriving: their country sent them
    ("it", "Le proteste hanno scosso il Kazakistan. Truppe russe sono arrivate in Kazakistan.",
     {("russia", "SENT_TROOPS_TO", "kazakhstan")}, set()),
    ("es", "Las protestas sacudieron Kazajistán. Los soldados rusos llegaron a Almaty.",
     {("russia", "SENT_TROOPS_TO", "kazakhstan")}, set()),
]


@pytest.mark.parametrize("lang, text, expected, forbidden", TENURE,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(TENURE)])
def test_relations_roles_tenure_and_troops(lang, text, expected, forbidden, relation_triples):
    found = relation_triples(text, lang, with_text=True)
    assert expected <= found
    assert not forbidden & found


NEGATIVE = [
    # a resignation demanded, not accepted
    ("en", "Protesters demanded the resignation of the government."),
    ("ru", "Протестующие потребовали отставки правительства."),
    ("pl", "Demonstranci żądali dymisji rządu."),
    ("fr", "Les manifestants ont exigé la démission du gouvernement."),
    ("de", "Die Demonstranten forderten den Rücktritt der Regierung."),
    ("es", "Los manifestantes exigieron la dimisión del Gobierno."),
    # accepted, but nobody named as the one who resigns
    ("en", "Tokayev accepted the resignation."),
    # a resignation refused
    ("en", "Tokayev did not accept the resignation of the government."),
]


@pytest.mark.parametrize("lang, text", NEGATIVE, ids=[f"{c[0]}-{n}" for n, c in enumerate(NEGATIVE)])
def test_relations_roles_no_resignation_without_acceptance(lang, text, relation_triples):
    assert not {t for t in relation_triples(text, lang, with_text=True) if t[1] == "RESIGNED"}


@pytest.mark.parametrize("lang, text", [
    # no person named before the possessive: no holder to write
    ("en", "His spokesman Aidos Ukibay told reporters nothing."),
])
def test_relations_roles_possessive_needs_a_person(lang, text, relation_triples):
    assert not {t for t in relation_triples(text, lang, with_text=True) if t[1] == "HOLDS_ROLE" and "Spokesperson of" in str(t[2])}


def test_relations_roles_thing_possessive_is_an_organisations(relation_triples):
    """"its spokesman" is the organisation's spokesman, never a person's."""
    found = {str(t[2]) for t in relation_triples("Tokayev met the CSTO on Monday; its spokesman Vladimir "
                                                 "Zainetdinov said little.", "en", with_text=True)
             if t[1] == "HOLDS_ROLE"}
    assert found == {"Spokesperson of Collective Security Treaty Organization"}


def test_relations_roles_argspec_reads_nominal():
    from kzgraph.ontology import ArgSpec

    assert ArgSpec.parse("right PERSON|ORG direct nominal").nominal
    assert not ArgSpec.parse("right PERSON|ORG direct").nominal
