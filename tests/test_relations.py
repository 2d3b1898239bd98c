"""Relation extraction, sentence by sentence, in the five seed languages and de/it/es.

Every case runs the real pipeline (``kzgraph.extract.pipeline.parse``) and the
real ontology, and compares the claims found as (subject id, predicate, object
id or literal).  Negative cases are triggers without proper arguments, negated
or merely announced events: they must yield nothing.
"""

from __future__ import annotations

import shutil

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.errors import OntologyError, UsageError
from kzgraph.extract.pipeline import parse
from kzgraph.extract.relations import extract_relations, parse_inference
from kzgraph.ontology import ArgSpec, Ontology
from kzgraph.resources import data_dir


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def _relations(text: str, lang: str, ontology: Ontology, date: str | None = "2022-01"):
    document = document_from_text(text, lang=lang, date=date)
    doc = parse(document, ontology)
    mentions = [span._.kz_mention for span in doc.spans["kz_mentions"]]
    return document, extract_relations(doc, document, mentions, ontology)


def _triples(relations) -> set[tuple]:
    return {(r.subject.hint, r.predicate, r.object.hint if r.object is not None else r.literal)
            for r in relations}


POSITIVE = [
    # uk: preposition cue, role statement before the name
    ("uk", "5 січня президент Казахстану Касим-Жомарт Токаєв звернувся до ОДКБ за допомогою.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto"),
      ("kassym-jomart-tokayev", "HOLDS_ROLE", "President of Kazakhstan")}),
    # uk: impersonal plural (the authorities detain), relative pronoun, charge as a concept, inference
    ("uk", "Напередодні у Казахстані затримали колишнього прем'єр-міністра Каріма Масімова, якого "
           "підозрюють у державній зраді.",
     {("kazakh-authorities", "DETAINED", "karim-masimov"),
      ("karim-masimov", "SUSPECTED_OF", "treason"),
      ("karim-masimov", "ARRESTED_ON_CHARGE", "treason"),
      ("karim-masimov", "HOLDS_ROLE", "former Prime Minister of Kazakhstan")}),
    # uk: nationality adjective + troop noun, "the country" = the country the text is about
    ("uk", "У Казахстані тривають протести. Російські військові прибули до країни.",
     {("russian-troops", "ARRIVED_IN", "kazakhstan"), ("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    # uk: an event embedded under "approved" becomes an English literal, not a claim of its own
    ("uk", "Парламент Таджикистану схвалив відправлення своїх військ до Казахстану.",
     {("parliament-of-tajikistan", "APPROVED", "sending troops to Kazakhstan")}),
    # uk: coordinated subjects, no destination: the document's country
    ("uk", "Протести охопили Казахстан. Вірменія та Киргизстан направили своїх миротворців.",
     {("armenia", "SENT_TROOPS_TO", "kazakhstan"), ("kyrgyzstan", "SENT_TROOPS_TO", "kazakhstan")}),
    # ru: role before each name, object after its preposition with a role phrase in between
    ("ru", "Госсекретарь США Энтони Блинкен обсудил с министром иностранных дел Казахстана "
           "Мухтаром Тлеуберди ситуацию в республике.",
     {("antony-blinken", "SPOKE_WITH", "mukhtar-tleuberdi"),
      ("antony-blinken", "HOLDS_ROLE", "Secretary of State of United States"),
      ("mukhtar-tleuberdi", "HOLDS_ROLE", "Minister of Foreign Affairs of Kazakhstan")}),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев отправил в отставку правительство и объявил "
           "чрезвычайное положение.",
     {("kassym-jomart-tokayev", "HOLDS_ROLE", "President of Kazakhstan"),
      ("kassym-jomart-tokayev", "DISMISSED", "government-of-kazakhstan"),
      ("kassym-jomart-tokayev", "DECLARED", "state-of-emergency")}),
    ("ru", "Вчера протестующие захватили аэропорт.", {("protesters", "SEIZED", "airports")}),
    # en: relative pronoun as subject, "him" as object, inference of the role taken over
    ("en", "Nazarbayev left the post of head of the Security Council, and Tokayev, who replaced him, "
           "said that he intends to act tough.",
     {("nursultan-nazarbayev", "HOLDS_ROLE", "former Head of Security Council of Kazakhstan"),
      ("kassym-jomart-tokayev", "REPLACED", "nursultan-nazarbayev"),
      ("kassym-jomart-tokayev", "HOLDS_ROLE", "Head of Security Council of Kazakhstan")}),
    ("en", "On January 5, protesters took over the international airport in Almaty.",
     {("protesters", "SEIZED", "almaty-international-airport")}),
    # en: an order with no concept for it keeps its English words
    ("en", "On January 7, Tokayev ordered the security forces to shoot at protesters to kill without warning.",
     {("kassym-jomart-tokayev", "ORDERED", "shoot at protesters to kill without warning")}),
    ("en", "Tokayev appealed to the countries of the Collective Security Treaty Organization for assistance.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    # fr: role completed from the ontology ("le président" -> President of Kazakhstan)
    ("fr", "Le président Kassym-Jomart Tokaïev a demandé une aide d'urgence à l'OTSC.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto"),
      ("kassym-jomart-tokayev", "HOLDS_ROLE", "President of Kazakhstan")}),
    # fr: a list of objects, then "y" takes them up for the second verb
    ("fr", "Des manifestants ont saisi la mairie et l'aéroport international, puis y ont mis le feu.",
     {("protesters", "SEIZED", "almaty-city-hall"), ("protesters", "SEIZED", "almaty-international-airport"),
      ("protesters", "SET_FIRE_TO", "almaty-city-hall"),
      ("protesters", "SET_FIRE_TO", "almaty-international-airport")}),
    # pl: a list of countries, a cue at the end of the clause
    ("pl", "Prezydent Kasym-Żomart Tokajew wezwał Rosję i Białoruś do udzielenia pomocy wojskowej.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "russia"),
      ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "belarus"),
      ("kassym-jomart-tokayev", "HOLDS_ROLE", "President of Kazakhstan")}),
    # pl: object before the verb, subject after it
    ("pl", "Strategiczne obiekty kontrolują rosyjscy żołnierze.",
     {("russian-troops", "GUARDS", "strategic-facilities")}),
    ("pl", "Władze zablokowały internet.", {("kazakh-authorities", "RESTRICTED", "internet")}),
    # de / it / es: the same machinery, other words
    ("de", "Demonstranten stürmten das Rathaus in Almaty und setzten es in Brand.",
     {("protesters", "SEIZED", "almaty-city-hall"), ("protesters", "SET_FIRE_TO", "almaty-city-hall")}),
    ("it", "La Russia ha inviato truppe in Kazakistan.", {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("es", "Tokáyev declaró el estado de emergencia.",
     {("kassym-jomart-tokayev", "DECLARED", "state-of-emergency")}),
]


@pytest.mark.parametrize("lang, text, expected", POSITIVE, ids=[f"{c[0]}-{n}" for n, c in enumerate(POSITIVE)])
def test_relations_found(lang, text, expected, ontology):
    _, relations = _relations(text, lang, ontology)
    assert _triples(relations) == expected


NEGATIVE = [
    ("en", "Armenia and Belarus announced their readiness to send peacekeeping forces to Kazakhstan."),
    ("en", "Nazarbayev did not leave Kazakhstan, his spokesman said."),
    ("en", "He called for calm."),  # CALLED needs an epithet
    ("en", "The protests continued for a week."),  # a protest trigger, nothing protested against
    ("uk", "Назарбаєв не покидав Казахстан."),
    ("uk", "За час протестів органи поліції затримали 4266 осіб."),  # a figure, no person detained
    ("pl", "Policja zatrzymała ponad 5 tysięcy osób."),
    ("ru", "ЕС готов оказать помощь в урегулировании кризиса."),
    ("fr", "L'état d'urgence a été instauré dans le pays."),  # no one declares it
    ("de", "Die Behörden sprachen von Terroristen."),  # "sprach" is a phone call only with "mit"
]


@pytest.mark.parametrize("lang, text", NEGATIVE, ids=[f"{c[0]}-{n}" for n, c in enumerate(NEGATIVE)])
def test_relations_none_without_arguments(lang, text, ontology):
    _, relations = _relations(text, lang, ontology)
    assert _triples(relations) == set()


def test_relations_carry_evidence(ontology):
    text = "Protests spread across Kazakhstan. On January 5, Tokayev appealed to the CSTO for help."
    document, relations = _relations(text, "en", ontology)
    (rel,) = relations
    assert document.text[rel.start:rel.end] == rel.sentence
    assert rel.sentence.startswith("On January 5") and rel.date == "2022-01-05"
    assert rel.lang == "en" and rel.doc == document.id and 0 < rel.confidence <= 1
    assert document.text[rel.subject.start:rel.subject.end] == rel.subject.text == "Tokayev"


def test_relations_implied_subject_is_zero_width(ontology):
    document, relations = _relations("У Казахстані затримали Каріма Масімова.", "uk", ontology)
    (rel,) = relations
    assert rel.subject.hint == "kazakh-authorities" and rel.subject.start == rel.subject.end


def test_relations_one_claim_per_triple_and_document(ontology):
    text = "Tokayev declared a state of emergency. Later Tokayev declared a state of emergency again."
    _, relations = _relations(text, "en", ontology)
    assert [r.predicate for r in relations] == ["DECLARED"]


def test_relations_subject_carried_from_previous_sentence(ontology):
    text = ("Szef kazachstańskiego MSW Jerłan Turgumbajew oświadczył, że siły porządkowe zatrzymały "
            "5 135 osób. Część z nich nazwał terrorystami.")
    _, relations = _relations(text, "pl", ontology)
    assert ("yerlan-turgumbayev", "CALLED", "terrorists") in _triples(relations)


def test_relations_reject_wrong_input(ontology):
    document = document_from_text("Tokayev declared a state of emergency.", lang="en")
    doc = parse(document, ontology)
    with pytest.raises(UsageError, match="kzgraph.model.Document"):
        extract_relations(doc, document.text, [], ontology)
    with pytest.raises(UsageError, match="Ontology"):
        extract_relations(doc, document, [], "ontology")


@pytest.mark.parametrize("spec, message", [
    ("up PERSON", "side must be one of"),
    ("left PEOPLE", "unknown type 'PEOPLE'"),
    ("left PERSON:leader", "only GROUP and CONCEPT take"),
    ("left PERSON via", "unknown option 'via'"),
    ("left", "give a side and types"),
])
def test_relations_argspec_rejects_bad_specs(spec, message):
    with pytest.raises(ValueError, match=message):
        ArgSpec.parse(spec)


def test_relations_argspec_reads_options():
    spec = ArgSpec.parse("right GPE via=до,в default=@focus all parent scope=sentence")
    assert (spec.side, spec.types, spec.via, spec.default, spec.all, spec.parent, spec.sentence_scope) == \
        ("right", ("GPE",), ("до", "в"), "@focus", True, True, True)
    assert spec.accepts("GPE") and not spec.accepts("PERSON")


@pytest.mark.parametrize("text", ["A(?x) :- B(?x, ?y)", "A(?x, ?y) :- ", "A(?x, ?y) <- B(?x, ?y)"])
def test_relations_inference_syntax_errors(text):
    with pytest.raises(OntologyError, match="kz:inference"):
        parse_inference(text)


@pytest.mark.parametrize("bad_rule, message", [
    ('kz:trigger "send*" ; kz:subject "left ORG" ; kz:object "right GPE"', "language tag"),
    ('kz:trigger "send*"@en ; kz:subject "left ORG"', "missing kz:object"),
    ('kz:trigger "send*"@en ; kz:subject "north ORG" ; kz:object "right GPE"', "side must be one of"),
    ('kz:trigger "send*"@en ; kz:cue "troops"@fr ; kz:subject "left ORG" ; kz:object "right GPE"',
     "cue words in every language"),
    ('kz:trigger "send*"@en ; kz:subject "left ORG" ; kz:object "right GPE" ; kz:confidence 2',
     "kz:confidence"),
])
def test_relations_malformed_rules_name_the_problem(tmp_path, bad_rule, message):
    for path in data_dir("ontology").glob("*.ttl"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "zz_bad.ttl").write_text(
        "@prefix kz: <https://kzgraph.dev/ontology#> .\n@prefix kzp: <https://kzgraph.dev/predicate/> .\n"
        f"kzp:SENT_TROOPS_TO kz:rule [ {bad_rule} ] .\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=message):
        Ontology.load(tmp_path)
