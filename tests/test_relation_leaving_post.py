"""Leaving one's post is a resignation ("ушёл с поста премьер-министра", "склав повноваження",
"odszedł ze stanowiska", "quit as president", "a quitté ses fonctions", "legte sein Amt nieder",
"ha lasciato l'incarico", "dejó el cargo"), and one due or set to resign has not resigned yet
(claim status ``planned``).  Our own sentences about an invented minister."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def claims(relation_mentions):
    return lambda text, lang: [(r.subject.text, r.predicate, r.status)
                               for r in relation_mentions(text, lang, date="2023-03-10")]


@pytest.mark.parametrize("lang, text, who", [
    ("ru", "Премьер-министр Тамаз Квирикашвили ушёл с поста в пятницу.", "Тамаз Квирикашвили"),
    ("ru", "Тамаз Квирикашвили сложил полномочия премьер-министра.", "Тамаз Квирикашвили"),
    ("ru", "Тамаз Квирикашвили покинул пост главы правительства.", "Тамаз Квирикашвили"),
    ("uk", "Тамаз Квірікашвілі пішов з посади прем'єр-міністра.", "Тамаз Квірікашвілі"),
    ("uk", "Тамаз Квірікашвілі склав повноваження прем'єр-міністра.", "Тамаз Квірікашвілі"),
    ("pl", "Tamaz Kwirikaszwili odszedł ze stanowiska premiera.", "Tamaz Kwirikaszwili"),
    ("en", "Tamaz Kvirikashvili quit as prime minister on Friday.", "Tamaz Kvirikashvili"),
    ("fr", "Tamaz Kvirikachvili a quitté ses fonctions de Premier ministre.", "Tamaz Kvirikachvili"),
    ("de", "Tamas Kwirikaschwili legte sein Amt als Regierungschef nieder.", "Tamas Kwirikaschwili"),
    ("it", "Tamaz Kvirikashvili ha lasciato l'incarico di primo ministro.", "Tamaz Kvirikashvili"),
    ("es", "Tamaz Kvirikashvili dejó el cargo de primer ministro.", "Tamaz Kvirikashvili"),
])
def test_leaving_the_post_is_a_resignation(claims, lang, text, who):
    got = claims(text, lang)
    assert (who, "RESIGNED", "asserted") in got, got


@pytest.mark.parametrize("text", [
    "Tamaz Kvirikashvili left for Brussels hours before he was due to resign.",
    "Prime Minister Tamaz Kvirikashvili is set to resign on Friday.",
])
def test_due_to_resign_is_planned(claims, text):
    got = [c for c in claims(text, "en") if c[1] == "RESIGNED"]
    assert got and all(status == "planned" for _, _, status in got), got


def test_leaving_the_country_is_no_resignation(claims):
    got = claims("Tamaz Kvirikashvili quit the country on Friday.", "en")
    assert not any(p == "RESIGNED" for _, p, _ in got), got
