"""DEPLOYED_TO as reporting phrases it: "deployed to", "were deployed in", "развернуты в",
"розгорнуті в", "rozmieszczone w", "déployés au", "stationiert in", "schierati in",
"desplegados en", the participle after the troops ("… , deployed to X, …"), an organisation's
name before a troop noun ("CSTO troops"), and the passive whose agent ("by", "par", "przez",
"dalla", "por", "von") names the body whose troops they are.  The subject is the body or
country whose troops are deployed; the object the place they are deployed in.

Sentences of our own writing; each runs the real pipeline and ontology.
"""

from __future__ import annotations

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.extract.pipeline import parse
from kzgraph.extract.relations import extract_relations
from kzgraph.ontology import Ontology


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def _triples(text: str, lang: str, ontology: Ontology) -> set[tuple]:
    document = document_from_text(text, lang=lang, date="2022-01")
    doc = parse(document, ontology)
    mentions = [span._.kz_mention for span in doc.spans["kz_mentions"]]
    return {(r.subject.hint, r.predicate, r.object.hint if r.object is not None else r.literal)
            for r in extract_relations(doc, document, mentions, ontology)}


DEPLOYED = [
    ("en", "CSTO troops were deployed to Kazakhstan.", "csto", "kazakhstan"),
    ("en", "The deployment of CSTO forces to Kazakhstan began on Thursday.", "csto", "kazakhstan"),
    ("en", "Troops were deployed by the Collective Security Treaty Organization to Kazakhstan.", "csto", "kazakhstan"),
    ("en", "The CSTO peacekeepers, deployed to Kazakhstan at the request of the president, guarded the airport.",
     "csto", "kazakhstan"),
    ("en", "Soldiers of the CSTO are stationed in Kazakhstan.", "csto", "kazakhstan"),
    ("ru", "Войска ОДКБ были развернуты в Алматы.", "csto", "almaty"),
    ("ru", "Силы ОДКБ размещены в Казахстане.", "csto", "kazakhstan"),
    ("uk", "Миротворчі сили ОДКБ розгорнуті в Казахстані.", "csto", "kazakhstan"),
    ("uk", "Миротворці ОДКБ, розгорнуті в Казахстані, охороняли аеропорт.", "csto", "kazakhstan"),
    ("uk", "Сили ОДКБ розміщені в Казахстані.", "csto", "kazakhstan"),
    ("pl", "Siły pokojowe OUBZ zostały rozmieszczone w Kazachstanie.", "csto", "kazakhstan"),
    ("pl", "Wojska zostały rozmieszczone przez OUBZ w Kazachstanie.", "csto", "kazakhstan"),
    ("fr", "Les soldats de l'OTSC ont été déployés au Kazakhstan jeudi.", "csto", "kazakhstan"),
    ("fr", "Des troupes ont été déployées par l'OTSC au Kazakhstan.", "csto", "kazakhstan"),
    ("de", "Die in Kasachstan stationierten Truppen der OVKS bewachten den Flughafen.", "csto", "kazakhstan"),
    ("de", "Soldaten wurden von der OVKS in Kasachstan stationiert.", "csto", "kazakhstan"),
    ("it", "Le truppe della CSTO sono state schierate in Kazakistan.", "csto", "kazakhstan"),
    ("it", "Truppe sono state dispiegate dalla CSTO in Kazakistan.", "csto", "kazakhstan"),
    ("es", "Las tropas de la OTSC fueron desplegadas en Kazajistán el jueves.", "csto", "kazakhstan"),
    ("es", "Tropas fueron desplegadas por la OTSC en Kazajistán.", "csto", "kazakhstan"),
    # a possessive before the deployment noun: the troop phrase before it in the sentence; no place
    # named: the country the document is about
    ("en", "The CSTO contingent began to leave Kazakhstan a week after its deployment.", "csto", "kazakhstan"),
    ("es", "El contingente de la OTSC comenzó a abandonar Kazajistán tras su despliegue.", "csto", "kazakhstan"),
    # peacekeepers named with their purpose after the noun: the body after it owns them
    ("it", "Le forze di pace della CSTO sono state schierate in Kazakistan.", "csto", "kazakhstan"),
    ("es", "Las fuerzas de paz de la OTSC fueron desplegadas en Kazajistán.", "csto", "kazakhstan"),
]


@pytest.mark.parametrize(("lang", "text", "subject", "obj"), DEPLOYED)
def test_deployed_to(lang, text, subject, obj, ontology):
    assert (subject, "DEPLOYED_TO", obj) in _triples(text, lang, ontology)


NOT_DEPLOYED = [
    # an organisation before a troop noun owns them only where names premodify nouns (English):
    # in Polish the name before the noun is a source, not the owner
    ("pl", "Według NATO żołnierze stacjonują w Polsce.", ("nato", "DEPLOYED_TO", "poland")),
    # no troops: a passive with an agent but nobody deployed
    ("en", "The new software was deployed by Microsoft in Kazakhstan.", ("microsoft", "DEPLOYED_TO", "kazakhstan")),
]


def test_possessive_of_a_person_is_no_doer(ontology):
    """"the judge ordered his detention": a possessive before a deed whose patient is a person is
    not read as the doer (only troop phrases are taken before a possessive)."""
    triples = _triples("Tokayev met the judge, who ordered his detention on Monday.", "en", ontology)
    assert not any(p == "DETAINED" and s == "kassym-jomart-tokayev" for s, p, _ in triples)


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_DEPLOYED)
def test_not_deployed(lang, text, absent, ontology):
    assert absent not in _triples(text, lang, ontology)


TROOPS_FROM_BEFORE = [
    # troops a sentence names without an owner, deployed: whose troops the previous sentence named
    ("fr", "Les soldats de l'OTSC ont quitté Almaty. Près de 3 000 militaires y avaient été déployés.",
     ("csto", "DEPLOYED_TO", "kazakhstan")),
    ("en", "The CSTO troops began to leave on Thursday. Some 2,000 soldiers had been deployed in Kazakhstan.",
     ("csto", "DEPLOYED_TO", "kazakhstan")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), TROOPS_FROM_BEFORE)
def test_deployed_troops_owned_before(lang, text, triple, ontology):
    assert triple in _triples(text, lang, ontology)


def test_owner_from_before_only_the_previous_sentence(ontology):
    """Troops named two sentences back are not taken, nor for police: no troop noun, no owner."""
    text = ("Les soldats de l'OTSC ont quitté Almaty. Le président a parlé jeudi. "
            "Près de 3 000 militaires avaient été déployés au Kazakhstan.")
    assert ("csto", "DEPLOYED_TO", "kazakhstan") not in _triples(text, "fr", ontology)
    text = "The CSTO troops began to leave on Thursday. Police officers had been deployed in Kazakhstan."
    assert ("csto", "DEPLOYED_TO", "kazakhstan") not in _triples(text, "en", ontology)
