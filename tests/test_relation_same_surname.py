"""Two people of one surname in one document (brothers, a father and a son): each one's claims are
his own.  A claim is written once per document and person, and a person the ontology does not know
is compared by surname so that "X Y resigned" and "Y resigned" are one claim; when two people are
named in full with that surname, the full names tell them apart.  Our own sentences."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def claims(relation_mentions):
    return lambda text, lang: [(r.subject.text, r.predicate) for r in relation_mentions(text, lang)]


@pytest.mark.parametrize("lang, text, first, second", [
    ("en", "Basil Rajapaksa resigned on Friday. Mahinda Rajapaksa resigned too.", "Basil Rajapaksa", "Mahinda Rajapaksa"),
    ("pl", "Basil Rajapaksa podał się do dymisji. Mahinda Rajapaksa też podał się do dymisji.",
     "Basil Rajapaksa", "Mahinda Rajapaksa"),
    ("ru", "Министр финансов Басил Раджапакса подал в отставку. Махинда Раджапакса тоже подал в отставку.",
     "Басил Раджапакса", "Махинда Раджапакса"),
])
def test_same_surname_two_people_named_in_full_each_keep_their_claim(claims, lang, text, first, second):
    got = claims(text, lang)
    assert (first, "RESIGNED") in got and (second, "RESIGNED") in got, got


def test_same_surname_one_person_named_again_by_surname_is_one_claim(claims):
    got = claims("Basil Rajapaksa resigned on Friday. Rajapaksa resigned after the protests.", "en")
    assert [p for _, p in got].count("RESIGNED") == 1, got


def test_same_surname_a_name_and_its_tail_are_one_person(claims):
    # "Suu Kyi" is the tail of "Aung San Suu Kyi": one person, one claim
    got = claims("Aung San Suu Kyi resigned on Friday. Suu Kyi resigned after the protests.", "en")
    assert [p for _, p in got].count("RESIGNED") == 1, got
