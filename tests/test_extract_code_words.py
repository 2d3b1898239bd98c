"""Query code quoted in a text (Cypher, SQL) is no name: keywords in capitals
(ontology/lexicon.ttl, ``query-keyword``) never start or join an unknown name, in
any language; the same words in title case, and real acronyms, are untouched.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.extract import extract


def names(text: str, lang: str) -> set[str]:
    return {m.text for m in extract(document_from_text(text, lang=lang, date="2022-01-10")).mentions}


@pytest.mark.parametrize("lang, text", [
    ("en", "The intruder typed MATCH (n) DETACH DELETE n into the form, then CREATE and MERGE "
           "statements, a SELECT * FROM users and a DROP TABLE query, while NATO watched."),
    ("ru", "Хакеры ввели в форму MATCH (n) DETACH DELETE n, а затем CREATE INDEX и DROP TABLE; "
           "в НАТО это назвали атакой."),
    ("de", "Der Angreifer schrieb MATCH (n) RETURN n und DELETE FROM accounts WHERE id = 1 in das "
           "Formular; die NATO reagierte nicht."),
])
def test_query_keywords_in_capitals_are_no_names(lang, text):
    found = names(text, lang)
    keywords = {"MATCH", "DETACH", "DELETE", "CREATE", "MERGE", "SELECT", "FROM", "DROP", "TABLE",
                "INDEX", "RETURN", "WHERE"}
    assert not {w for name in found for w in name.split()} & keywords, found
    assert found & {"NATO", "НАТО"}, found  # a real acronym is still a name


def test_query_keywords_in_title_case_and_real_acronyms_stay_names():
    found = names("Officials of the European Union met Match Group executives in Almaty, and "
                  "the OSCE sent observers.", "en")
    assert {"European Union", "Match Group", "Almaty", "OSCE"} <= found, found
