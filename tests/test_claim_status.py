"""How certain a relation is as the text gives it, and who states it (issue 13, item 2).

Sentences of our own in the corpus's languages.  The mechanism is
kzgraph/extract/claim_status.py (shared with figures), its words in
ontology/claims_lexicon.ttl and ontology/figures_lexicon.ttl.
"""

from __future__ import annotations

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.extract import extract
from kzgraph.extract.claim_status import ClaimStatus, decide
from kzgraph.extract.lexicon import Lexicon, make_words


def relations(text: str, lang: str) -> list[tuple]:
    return [(r.predicate, r.status, r.according_to.text if r.according_to else None)
            for r in extract(document_from_text(text, lang=lang)).relations]


@pytest.mark.parametrize("lang, text", [
    ("uk", "За даними агентства Reuters, поліція затримала Карима Масімова."),
    ("ru", "Как сообщило агентство Reuters, полиция задержала Карима Масимова."),
    ("pl", "Jak podaje agencja Reuters, policja zatrzymała Karima Masimowa."),
    ("en", "Police detained Karim Masimov, Reuters reported."),
    ("fr", "Selon l'agence Reuters, la police a arrêté Karim Massimov."),
    ("de", "Laut Reuters hat die Polizei Karim Massimow festgenommen."),
])
def test_claim_status_reported_names_its_source(lang, text):
    assert ("DETAINED", "reported", "Reuters") in relations(text, lang)


def test_claim_status_a_source_in_a_later_clause_is_not_the_claims():
    # "gdy rząd ogłosił" announces the price rise, not the protests
    assert relations("Mieszkańcy Kazachstanu wyszli na ulice, gdy rząd ogłosił podwyżki cen paliw.", "pl") == \
        [("PROTESTED_AGAINST", "asserted", None)]


def test_claim_status_the_claims_own_verb_is_no_verb_of_saying():
    # "оголосив" (announced) declares the state of emergency: its subject is no source of the claim
    # (a Myanmar sentence was used first; "влада" is now no argument in a story of a country the
    # ontology has no authorities group for, so the sentence names its subject)
    assert relations("Уряд Казахстану оголосив надзвичайний стан в Алмати.", "uk") == \
        [("DECLARED", "asserted", None)]


def test_claim_status_the_speaker_of_their_own_claim_is_no_source():
    rels = relations("Міністр Багдат Мусін заявив, що влада обмежила інтернет.", "uk")
    assert ("RESTRICTED", "reported", "Багдат Мусін") in rels
    assert ("HOLDS_ROLE", "asserted", None) in rels  # a description is no one's report


@pytest.mark.parametrize("lang, text, predicates", [
    # the charge after a suspicion word is suspected; the detention happened
    ("uk", "Учора затримали колишнього міністра Карима Масімова, якого підозрюють у державній зраді.",
     {"DETAINED": "asserted", "SUSPECTED_OF": "suspected", "ARRESTED_ON_CHARGE": "suspected"}),
    ("ru", "Полиция задержала Карима Масимова по подозрению в государственной измене.",
     {"DETAINED": "asserted", "SUSPECTED_OF": "suspected", "ARRESTED_ON_CHARGE": "suspected"}),
    ("pl", "Policja zatrzymała Karima Masimowa, podejrzanego o zdradę stanu.",
     {"DETAINED": "asserted", "SUSPECTED_OF": "suspected", "ARRESTED_ON_CHARGE": "suspected"}),
    ("en", "Police arrested Karim Masimov on suspicion of treason.",
     {"DETAINED": "asserted", "SUSPECTED_OF": "suspected", "ARRESTED_ON_CHARGE": "suspected"}),
    # a charge, stated: the arrest on it is asserted, the one charged is suspected of it (stance10)
    ("en", "Police arrested Karim Masimov on charges of treason.",
     {"DETAINED": "asserted", "SUSPECTED_OF": "suspected", "ARRESTED_ON_CHARGE": "asserted"}),
    ("fr", "Karim Massimov, soupçonné de haute trahison, a été arrêté.",
     {"DETAINED": "asserted", "SUSPECTED_OF": "suspected", "ARRESTED_ON_CHARGE": "suspected"}),
    ("de", "Karim Massimow wird verdächtigt, Hochverrat begangen zu haben.", {"SUSPECTED_OF": "suspected"}),
    # the charge before a verb-final participle: the suspicion word before it still makes it suspected
    ("de", "Karim Massimow wurde wegen Verdachts auf Hochverrat festgenommen.",
     {"DETAINED": "asserted", "ARRESTED_ON_CHARGE": "suspected"}),
    ("de", "Karim Massimow wurde wegen Hochverrats festgenommen.",
     {"DETAINED": "asserted", "ARRESTED_ON_CHARGE": "asserted"}),
])
def test_claim_status_suspected_versus_arrested_on_charge(lang, text, predicates):
    assert {p: s for p, s, _ in relations(text, lang) if p != "HOLDS_ROLE"} == predicates


@pytest.mark.parametrize("lang, text, status", [
    ("uk", "Росія вирішила направити війська до Казахстану.", "planned"),
    ("ru", "Россия решила направить войска в Казахстан.", "planned"),
    ("pl", "Rosja postanowiła wysłać wojska do Kazachstanu.", "planned"),
    ("en", "Russia plans to send troops to Kazakhstan.", "planned"),
    ("fr", "La Russie a décidé d'envoyer des troupes au Kazakhstan.", "planned"),
    ("en", "Tokayev urged Russia to send troops to Kazakhstan.", "requested"),
    ("ru", "Токаев попросил ОДКБ направить войска в Казахстан.", "requested"),
    ("en", "Russia sent troops to Kazakhstan.", "asserted"),
])
def test_claim_status_planned_and_requested(lang, text, status):
    assert [s for p, s, _ in relations(text, lang) if p == "SENT_TROOPS_TO"] == [status]


def test_claim_status_a_request_that_is_the_claim_itself_is_asserted():
    assert relations("Tokayev appealed to the CSTO for assistance.", "en") == \
        [("REQUESTED_AID_FROM", "asserted", None)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Police did not detain Karim Masimov."),
    ("de", "Die Polizei hat Karim Massimow nicht festgenommen."),
    ("ru", "Полиция не задерживала Карима Масимова."),
    ("en", "The Kremlin denied that Russia had sent troops to Kazakhstan."),
])
def test_claim_status_negated_and_denied_relations_are_not_asserted_as_facts(lang, text):
    assert not [r for r in relations(text, lang) if r[0] in ("DETAINED", "SENT_TROOPS_TO")]


@pytest.mark.parametrize("lang, text, trigger, status", [
    ("en", "Police did not detain Masimov", 3, "negated"),
    ("uk", "Поліція не затримувала Масімова", 2, "negated"),
    ("ru", "Полиция не задерживала Масимова", 2, "negated"),
    ("pl", "Policja nie zatrzymała Masimowa", 2, "negated"),
    ("fr", "La police n'a pas arrêté Massimov", 5, "negated"),
    ("de", "Die Polizei hat Massimow nicht festgenommen", 5, "negated"),
    ("en", "The Kremlin denied that Russia sent troops", 5, "denied"),
    ("uk", "Кремль заперечив, що Росія направила війська", 4, "denied"),
    ("ru", "Кремль опроверг, что Россия направила войска", 4, "denied"),
    ("pl", "Kreml zaprzeczył, że Rosja wysłała wojska", 4, "denied"),
    ("fr", "Le Kremlin a démenti que la Russie a envoyé des troupes", 8, "denied"),
    ("de", "Der Kreml dementierte, dass Russland Truppen schickte", 6, "denied"),
    ("de", "Russland will Truppen nach Kasachstan schicken", 5, "planned"),
    ("pl", "Rosja zamierza wysłać wojska", 2, "planned"),
    ("fr", "Le président a demandé à la Russie d'envoyer des troupes", 7, "requested"),
    ("en", "Russia sent troops", 1, "asserted"),
])
def test_claim_status_reader_in_each_language(lang, text, trigger, status):
    """The reader the extractor calls for every relation: negation and denial words keep a
    claim from being a fact; the extractor leaves such events out."""
    words = make_words(text, lang)
    reader = ClaimStatus(lang, Lexicon.load())
    assert reader.status(words, (trigger, trigger + 1), (0, len(words)), sentence_start=0) == status


def test_claim_status_decide_strongest_caveat_first():
    assert decide(negated=True, reported=True) == "negated"
    assert decide(denied=True, prospect="planned") == "denied"
    assert decide(prospect="requested", reported=True) == "requested"
    assert decide(reported=True) == "reported"


@pytest.mark.parametrize("lang, text, status", [
    ("en", "Russia plans to send 3,000 troops to Kazakhstan.", "planned"),
    ("ru", "Россия решила направить 3 тысячи военных в Казахстан.", "planned"),
    ("en", "Police did not detain 500 people.", "negated"),
    # a past form of "to be" shares its lemma with "будет": no plan
    ("uk", "До країни було перекинуто 2 030 військовослужбовців.", "asserted"),
    ("pl", "W Kazachstanie jest ponad 2 600 żołnierzy.", "asserted"),
])
def test_claim_status_figures_read_the_same_words(lang, text, status):
    assert [q.status for q in extract(document_from_text(text, lang=lang)).quantities] == [status]


def test_claim_status_reaches_the_record_and_the_store(any_store, ontology):
    from kzgraph.pipeline import extract_graph
    from kzgraph.query import KZGraph

    doc = document_from_text("Police detained Karim Masimov, Reuters reported. "
                             "Investigators suspect Masimov of treason.", lang="en", date="2022-01-08")
    graph = extract_graph([doc], ontology=ontology)
    records = [r for r in graph.records() if r["kind"] == "relation"]
    detained = [r for r in records if r["predicate"] == "DETAINED"]
    assert detained and detained[0]["status"] == "reported" and detained[0]["according_to"] == "reuters"
    for _ in range(2):  # new documents, then claims the store already holds
        any_store.write(graph)
        g = KZGraph(any_store, ontology)
        rows = {r.predicate: r for r in g.relations()}
        assert rows["DETAINED"].statuses == ("reported",) and rows["DETAINED"].sources == ("Reuters",)
        assert rows["SUSPECTED_OF"].statuses == ("suspected",)
        assert "according to Reuters" in str(rows["DETAINED"])
        exported = {c.predicate: c for c in g.snapshot().claims}
        assert (exported["DETAINED"].status, exported["DETAINED"].according_to) == ("reported", "reuters")
        actor = str(g.actor("Karim Masimov"))
        assert "reported" in actor and "Reuters" in actor


@pytest.mark.parametrize("lang, text, source", [
    # a source phrase ends at its comma: the organisation after it is what is counted
    ("fr", "Selon les données préliminaires, le contingent de l'OTSC au Kazakhstan s'élèvera à 3600 militaires.",
     None),
    ("fr", "Selon les données de l'OTSC, le contingent au Kazakhstan s'élèvera à 3600 militaires.", "csto"),
])
def test_claim_status_a_source_phrase_ends_at_its_comma(lang, text, source):
    figures = extract(document_from_text(text, lang=lang)).quantities
    assert [q.according_to.hint if q.according_to else None for q in figures] == [source]


@pytest.mark.parametrize("lang, text, denier", [
    ("en", "Local media reported that police detained Karim Masimov. However, the Interior Ministry later denied "
           "these reports.", "Interior Ministry"),
    ("ru", "СМИ сообщили, что полиция задержала Карима Масимова. Однако МВД опровергло эти сообщения.", "МВД"),
    ("uk", "ЗМІ повідомили, що поліція затримала Карима Масімова. Проте МВС спростувало ці повідомлення.", "МВС"),
    ("pl", "Media podały, że policja zatrzymała Karima Masimowa. MSW zaprzeczyło jednak te doniesienia.", "MSW"),
    ("fr", "Les médias ont rapporté que la police a arrêté Karim Massimov. Le ministère de l'Intérieur a démenti "
           "ces informations.", "ministère de l'Intérieur"),
    ("de", "Medien berichteten, die Polizei habe Karim Massimow festgenommen. Das Innenministerium dementierte "
           "diese Berichte.", "Innenministerium"),
])
def test_claim_status_a_later_denial_denies_the_claims_before_it(lang, text, denier):
    rels = [(r.predicate, r.status, r.denied_by.text if r.denied_by else None)
            for r in extract(document_from_text(text, lang=lang)).relations]
    assert ("DETAINED", "denied", denier) in rels


@pytest.mark.parametrize("text", [
    "Police detained Karim Masimov. The Ministry would not withdraw the legislation.",  # about something else
    "Police detained Karim Masimov.\n\nThe Interior Ministry denied these reports.",  # another paragraph
])
def test_claim_status_a_denial_elsewhere_leaves_the_claim(text):
    assert [r.status for r in extract(document_from_text(text, lang="en")).relations] == ["asserted"]


def test_claim_status_a_denied_relation_reaches_the_store(any_store, ontology):
    from kzgraph.pipeline import extract_graph
    from kzgraph.query import KZGraph

    doc = document_from_text("Local media reported that police detained Karim Masimov. However, the Interior "
                             "Ministry of Kazakhstan later denied these reports.", lang="en", date="2022-01-08")
    graph = extract_graph([doc], ontology=ontology)
    any_store.write(graph)
    g = KZGraph(any_store, ontology)
    claims = [c for c in g.snapshot().claims if c.predicate == "DETAINED"]
    assert [(c.status, c.denied_by) for c in claims] == [("denied", "ministry-of-internal-affairs-of-kazakhstan")]
    assert [r.statuses for r in g.relations() if r.predicate == "DETAINED"] == [("denied",)]
