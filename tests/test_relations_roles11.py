"""Role statements of any country, fourth part (issue 15, session 10, roles11).

Sentences written for these tests; no sentence of the development or check sets.  The holders'
names are ones no ontology file knows, so the role comes from the sentences, not from kz:role.
"""

from __future__ import annotations

import pytest
from roles import roles_by_title as _roles


def _held_by(roles: dict[str, set[str]], start: str) -> set[str]:
    return {role for role, holders in roles.items() if any(h.startswith(start) for h in holders)}


# -- present and future verbs of becoming right before a title -------------------------------------
BECOMES = [
    ("Tomas Varga becomes prime minister of Moldova after the vote.", "en", "Prime Minister"),
    ("Tomas Varga devient Premier ministre de la Moldavie après le vote.", "fr", "Prime Minister"),
    ("Tomas Varga deviendra président de la Moldavie en janvier.", "fr", "President"),
    ("Tomas Varga diventa primo ministro della Moldavia dopo il voto.", "it", "Prime Minister"),
    ("Tomas Varga se convirtió en primer ministro de Moldavia tras la votación.", "es", "Prime Minister"),
    ("Томас Варга стал новым премьер-министром Молдавии после голосования.", "ru", "Prime Minister"),
    ("Томас Варга став новим прем'єр-міністром Молдови після голосування.", "uk", "Prime Minister"),
    ("Tomas Varga został nowym premierem Mołdawii po głosowaniu.", "pl", "Prime Minister"),
    ("Neuer Ministerpräsident wird nach der Wahl Tomas Varga.", "de", "Prime Minister"),
]


@pytest.mark.parametrize("text, lang, title", BECOMES, ids=[f"{lang}{i}" for i, (_, lang, _) in enumerate(BECOMES)])
def test_becoming_a_title_holds_it(graph_triples, text, lang, title):
    roles = _roles(graph_triples(text, lang))
    assert any(title in role for role in _held_by(roles, "Tom")), roles


# -- an organisation's kind after its name closes an apposition's title -----------------------------
KIND_AFTER = [
    "The Northwind Group took the port on Friday. Oleg Marsh, the founder of the Northwind mercenary "
    "group, left the country on Saturday.",
    "The Northwind Group took the port on Friday. Oleg Marsh, the founder of the Northwind private "
    "military company, left the country on Saturday.",
]


@pytest.mark.parametrize("text", KIND_AFTER)
def test_org_kind_after_name_closes_apposition(graph_triples, text):
    roles = _roles(graph_triples(text, "en"))
    assert any("Northwind" in role and "founder" in role.casefold() for role in _held_by(roles, "Oleg")), roles


def test_org_kind_after_name_is_not_a_clause(graph_triples):
    """The kind's words must close the apposition: a verb after them leaves the title unattached."""
    roles = _roles(graph_triples("Oleg Marsh met the founder of the Northwind group company directors "
                                 "on Saturday.", "en"))
    assert not any("founder" in role.casefold() for role in _held_by(roles, "Oleg")), roles


# -- "as the (new) <title>": an article after "as" ---------------------------------------------------
AS_ARTICLE = [
    ("Moldova is in crisis. Arun Perera will act as the interim president until the vote.", "en", "acting President"),
    ("Moldova is in crisis. Viktor Lum was sworn in as the new prime minister on Monday.", "en", "Prime Minister"),
]


@pytest.mark.parametrize("text, lang, title", AS_ARTICLE, ids=[f"{lang}{i}" for i, (_, lang, _) in enumerate(AS_ARTICLE)])
def test_as_the_title_holds_it(graph_triples, text, lang, title):
    roles = _roles(graph_triples(text, lang))
    assert any(role.startswith(title) for role in roles if any(h.startswith(("Arun", "Viktor")) for h in roles[role])), roles


def test_elected_the_title_is_no_statement(graph_triples):
    """A verb of choosing with an article: the title is its object, no statement about the one before."""
    roles = _roles(graph_triples("Moldova is in crisis. Arun Perera said the deputies elected the speaker "
                                 "on Monday.", "en"))
    assert not _held_by(roles, "Arun"), roles


# -- "X, who is also <title>": a copula after a subject relative pronoun -----------------------------
RELATIVE_COPULA = [
    ("Moldova is in crisis. Arun Perera, who is also the prime minister, promised order.", "en"),
    ("La Moldavie est en crise. Arun Perera, qui reste aussi Premier ministre, a promis l'ordre.", "fr"),
    ("La Moldavia è in crisi. Arun Perera, che resta anche primo ministro, ha promesso ordine.", "it"),
    ("Moldavia está en crisis. Arun Perera, que es también primer ministro, prometió orden.", "es"),
    ("Молдавия в кризисе. Арун Перера, который также является премьер-министром, пообещал порядок.", "ru"),
    ("Молдова в кризі. Арун Перера, який також є прем'єр-міністром, пообіцяв порядок.", "uk"),
    ("Mołdawia jest w kryzysie. Arun Perera, który jest też premierem, obiecał porządek.", "pl"),
]


@pytest.mark.parametrize("text, lang", RELATIVE_COPULA, ids=[lang for _, lang in RELATIVE_COPULA])
def test_relative_copula_holds_title(graph_triples, text, lang):
    roles = _roles(graph_triples(text, lang))
    assert any(role.startswith("Prime Minister") for role in _held_by(roles, "Arun")), roles


def test_relative_copula_needs_title_to_close_clause(graph_triples):
    """"who is the son of the prime minister": the title is someone else's; "whose father was": no subject."""
    roles = _roles(graph_triples("Moldova is in crisis. Arun Perera, who is the son of the prime minister, "
                                 "promised order. Viktor Lum, whose father was president, spoke.", "en"))
    assert not _held_by(roles, "Arun") and not _held_by(roles, "Viktor"), roles


# -- two titles joined by a conjunction, said of one holder ------------------------------------------
COORDINATED = [
    ("Moldova is in crisis. Arun Perera assumed the posts of prime minister and interim president of Moldova.",
     "en", "acting President"),
    ("La Moldavie est en crise. Arun Perera cumule les fonctions de Premier ministre et de chef de l'État.",
     "fr", "Head of State"),
    ("Moldau ist in der Krise. Arun Perera ist nun zugleich Regierungschef und Präsident.", "de", "President"),
    ("La Moldavia è in crisi. Arun Perera è ora primo ministro e presidente ad interim.", "it", "acting President"),
    ("Молдавия в кризисе. Арун Перера стал премьер-министром и исполняющим обязанности президента.",
     "ru", "acting President"),
    ("Mołdawia jest w kryzysie. Arun Perera został premierem i pełniącym obowiązki prezydenta.",
     "pl", "acting President"),
]


@pytest.mark.parametrize("text, lang, title", COORDINATED, ids=[lang for _, lang, _ in COORDINATED])
def test_coordinated_titles_have_one_holder(graph_triples, text, lang, title):
    held = _held_by(_roles(graph_triples(text, lang)), "Arun")
    assert any(role.startswith("Prime Minister") for role in held), held
    assert any(role.startswith(title) for role in held), held


def test_coordinated_title_with_a_clause_after_is_not_joined(graph_triples):
    """The second title goes on into a clause of its own: not the first holder's."""
    held = _held_by(_roles(graph_triples("Moldova is in crisis. Arun Perera was named prime minister and "
                                         "president of the bank Lex said so.", "en")), "Arun")
    assert not any("President" in role for role in held), held


# -- an adverb of holding a post for a time makes the title an acting one ----------------------------
ACTING_ADVERB = [
    ("Moldavia está en crisis. Arun Perera lo sustituirá de forma interina como presidente.", "es", "acting President"),
    ("La Moldavie est en crise. Arun Perera a été nommé provisoirement Premier ministre.", "fr", "acting Prime Minister"),
    ("Moldova is in crisis. Arun Perera was temporarily named prime minister.", "en", "acting Prime Minister"),
    ("Moldau ist in der Krise. Arun Perera wurde vorübergehend zum Regierungschef ernannt.", "de", "acting Prime Minister"),
    ("La Moldavia è in crisi. Arun Perera è stato nominato temporaneamente primo ministro.", "it", "acting Prime Minister"),
    ("Mołdawia jest w kryzysie. Arun Perera został tymczasowo mianowany premierem.", "pl", "acting Prime Minister"),
    ("Молдавия в кризисе. Арун Перера временно назначен премьер-министром.", "ru", "acting Prime Minister"),
]


@pytest.mark.parametrize("text, lang, title", ACTING_ADVERB, ids=[lang for _, lang, _ in ACTING_ADVERB])
def test_acting_adverb_makes_acting_title(graph_triples, text, lang, title):
    held = _held_by(_roles(graph_triples(text, lang)), "Arun")
    assert any(role.startswith(title) for role in held), held
    assert not any(role.startswith(title.split(" ", 1)[1]) for role in held), held  # not also the plain title


def test_adverb_in_another_clause_leaves_title_plain(graph_triples):
    held = _held_by(_roles(graph_triples("Moldova is in crisis. Arun Perera, who was temporarily jailed, "
                                         "became prime minister.", "en")), "Arun")
    assert any(role.startswith("Prime Minister") for role in held), held


def test_polish_office_before_title(graph_triples):
    """"objął urząd prezydenta": "urząd" (an office) names the post the title is."""
    held = _held_by(_roles(graph_triples("Mołdawia jest w kryzysie. Arun Perera objął urząd prezydenta w piątek.",
                                         "pl")), "Arun")
    assert any(role.startswith("President") for role in held), held
