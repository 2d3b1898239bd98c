"""Role statements of any country, third part (issue 15, session 10, roles10).

Sentences written for these tests; no sentence of the development or check sets.  The holders'
names are ones no ontology file knows, so the role comes from the sentences, not from kz:role.
"""

from __future__ import annotations

import pytest
from roles import roles_by_title as _roles


# -- a title opening a sentence renames the person the sentence before named ------------------------
# The first sentence names her with one title; the second opens with another title of hers, with no
# name: the discourse (the title she was named with) and the sentence before (she alone is named
# there) agree that the second title is hers too.
RENAMED = [
    ("Maria Kowal, the opposition leader, arrived at the court on Tuesday. "
     "The leader of the Freedom Party told reporters that the case was political.", "en", "Freedom Party"),
    ("Лидер оппозиции Мария Коваль во вторник прибыла в суд. "
     "Лидер партии «Свобода» заявила журналистам, что дело политическое.", "ru", "Svoboda"),
    ("Лідерка опозиції Марія Коваль у вівторок прибула до суду. "
     "Лідерка партії «Свобода» заявила журналістам, що справа політична.", "uk", "Svoboda"),
    ("Liderka opozycji Maria Kowal przybyła we wtorek do sądu. "
     "Liderka partii Wolność powiedziała dziennikarzom, że sprawa jest polityczna.", "pl", "Wolność"),
    ("La dirigeante de l'opposition, Maria Kowal, est arrivée mardi au tribunal. "
     "La dirigeante du parti Liberté a déclaré aux journalistes que l'affaire était politique.", "fr", "Liberté"),
    ("Die Oppositionsführerin Maria Kowal kam am Dienstag ins Gericht. "
     "Die Führerin der Partei Freiheit sagte Journalisten, der Fall sei politisch.", "de", "Freiheit"),
    ("La leader dell'opposizione Maria Koval è arrivata martedì in tribunale. "
     "La leader del partito Libertà ha detto ai giornalisti che il caso è politico.", "it", "Libertà"),
]


@pytest.mark.parametrize("text, lang, party", RENAMED, ids=[lang for _, lang, _ in RENAMED])
def test_opening_title_renames_the_person_before(graph_triples, text, lang, party):
    roles = _roles(graph_triples(text, lang))
    held = {role for role in roles if party in role}
    assert held, roles
    holders = {h for role in held for h in roles[role]}
    assert len(holders) == 1 and holders.pop().startswith("Mari"), roles  # Maria Kowal, Mariya Koval


# Someone else is named in between: the title may be hers, but the text does not say so there.
NOT_RENAMED = [
    ("Maria Kowal, the opposition leader, arrived at the court on Tuesday. John Miller spoke to "
     "reporters outside. The leader of the Freedom Party said that the case was political.", "en", "Freedom Party"),
    ("Лидер оппозиции Мария Коваль во вторник прибыла в суд. У здания суда журналистам ответил Иван "
     "Петренко. Лидер партии «Свобода» заявила, что дело политическое.", "ru", "Svoboda"),
    ("Liderka opozycji Maria Kowal przybyła we wtorek do sądu. Przed sądem z dziennikarzami rozmawiał "
     "Jan Nowak. Liderka partii Wolność powiedziała, że sprawa jest polityczna.", "pl", "Wolność"),
]


@pytest.mark.parametrize("text, lang, party", NOT_RENAMED, ids=[lang for _, lang, _ in NOT_RENAMED])
def test_title_after_another_person_renames_nobody(graph_triples, text, lang, party):
    roles = _roles(graph_triples(text, lang))
    assert not {role for role in roles if party in role}, roles


# A title that only restates the post the person was named with is no new statement.
def test_restated_post_is_no_new_role(graph_triples):
    roles = _roles(graph_triples(
        "Opposition leader Maria Kowal arrived at the court on Tuesday. "
        "The opposition leader told reporters that the case was political.", "en"))
    assert set(roles) == {"Leader of the Opposition"}


# -- "the former prime minister" for the person the document made prime minister ------------------
# No one was named as its former holder: the one named its holder is (a predicative title,
# "назначил X премьером", is remembered as a role of X), and the sentence before names her.
FORMER_RENAMED = [
    ("В марте президент назначил Анну Бреннер премьер-министром. "
     "Спустя год бывшего премьера арестовали в её кабинете.", "ru"),
    ("У березні президент призначив Анну Бреннер прем'єр-міністеркою. "
     "Через рік колишню прем'єрку заарештували в її кабінеті.", "uk"),
    ("W marcu prezydent mianował Annę Brenner premierem. "
     "Rok później byłą premier aresztowano w jej gabinecie.", "pl"),
    ("Im März ernannte der Präsident Anna Brenner zur Regierungschefin. "
     "Die frühere Regierungschefin wurde ein Jahr später in ihrem Büro festgenommen.", "de"),
]


@pytest.mark.parametrize("text, lang", FORMER_RENAMED, ids=[lang for _, lang in FORMER_RENAMED])
def test_former_title_renames_its_holder(graph_triples, text, lang):
    roles = _roles(graph_triples(text, lang))
    former = {role for role in roles if role.startswith("former ")}
    holders = {h for role in former for h in roles[role]}
    assert len(holders) == 1 and holders.pop().endswith("Brenner"), roles  # "Annu Brenner": her accusative


# -- Kazakh names the body first, then its head ----------------------------------------------------
KK_BODY_FIRST = [
    ("«Жаңа жол» партиясының басшысы Ахмет Саидов сенбі күні мәлімдеме жасады.", "Leader of Zhana Zhol"),
    ("«Жаңа жол» партиясының жетекшісі Ахмет Саидов сенбі күні мәлімдеме жасады.", "Leader of Zhana Zhol"),
    ("Қырғызстанда наразылық басталды. Парламент төрағасы Ахмет Саидов отставкаға кетті.", "Speaker of Kyrgyzstan"),
    ("Қырғызстанда наразылық басталды. Елдің парламентінің төрағасы Ахмет Саидов отставкаға кетті.",
     "Speaker of Kyrgyzstan"),
]


@pytest.mark.parametrize("text, role", KK_BODY_FIRST)
def test_kazakh_body_before_its_head(graph_triples, text, role):
    roles = _roles(graph_triples(text, "kk"))
    assert roles.get(role) == {"Akhmet Saidov"}, roles


# -- a role held "as" the title -----------------------------------------------------------------------
AS_TITLE = [
    ("Peter Kowal, who served as defence minister of Moldova until 2020, criticised the government.", "en"),
    ("Пётр Коваль, работавший в качестве министра обороны Молдавии до 2020 года, раскритиковал правительство.",
     "ru"),
    ("Петро Коваль, який у якості міністра оборони Молдови працював до 2020 року, розкритикував уряд.", "uk"),
    ("Pedro Koval, que trabajó como ministro de Defensa de Moldavia hasta 2020, criticó al gobierno.", "es"),
    ("Pietro Koval, che fino al 2020 ha lavorato in qualità di ministro della Difesa della Moldavia, "
     "ha criticato il governo.", "it"),
]


@pytest.mark.parametrize("text, lang", AS_TITLE, ids=[lang for _, lang in AS_TITLE])
def test_role_held_as_title(graph_triples, text, lang):
    roles = _roles(graph_triples(text, lang))
    assert len(roles.get("Minister of Defence of Moldova", ())) == 1, roles


# -- a preposition after a title is no organisation of it ----------------------------------------------
# (pymorphy3's Ukrainian dictionary reads "до" first as the note "do", a noun in the genitive)
@pytest.mark.parametrize("text, lang", [
    ("Петро Коваль був міністром оборони до 2020 року.", "uk"),
    ("Петро Коваль очолював міністерство, а потім був міністром оборони до минулого року.", "uk"),
])
def test_preposition_after_title_is_no_body(graph_triples, text, lang):
    roles = _roles(graph_triples(text, lang))
    assert "Minister of Defence" in roles and not any(" of Do" in role for role in roles), roles
