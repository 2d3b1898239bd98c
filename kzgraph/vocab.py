"""kzgraph's own RDF terms, as a closed namespace so a typo fails at import.

Add a term here before using it in ``ontology/*.ttl`` or in Python.
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class KZ(DefinedNamespace):
    """Classes and properties of the kzgraph ontology."""

    _NS = Namespace("https://kzgraph.dev/ontology#")
    _fail = True

    # entity classes (the Neo4j label of each is in ontology.LABELS)
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Region: URIRef
    City: URIRef
    Location: URIRef
    Facility: URIRef
    Event: URIRef
    Group: URIRef
    Concept: URIRef
    # vocabulary classes
    Predicate: URIRef
    QuantityKind: URIRef
    # entity properties
    wikidata: URIRef  # "Q…" only where verified
    role: URIRef  # a role the entity holds, lang-tagged text
    adjective: URIRef  # nationality / relational adjective lemma, lang-tagged
    partOf: URIRef  # a city in a country, a ministry of a government
    # predicate / quantity-kind properties
    cameo: URIRef  # CAMEO code as a string, or kz:none
    plover: URIRef  # PLOVER event type as a string, or kz:none
    trigger: URIRef  # trigger lemma, lang-tagged
    none: URIRef  # explicit "no code in this scheme"
    # claims and figures in exports (kzgraph.export); claims are rdf:Statements
    Figure: URIRef  # a figure given for a quantity kind (rdf:value, prov:wasAttributedTo)
    quantityKind: URIRef  # Figure -> kzq:<kind>
    qualifier: URIRef  # "more than", "about", …
    asOf: URIRef  # the date a figure holds for
    sentence: URIRef  # the evidence sentence, lang-tagged
    start: URIRef  # character offsets of the sentence in its document
    end: URIRef
    # relation cue rules (ontology/predicates.ttl; read by kzgraph/extract/rel_rules.py)
    rule: URIRef  # predicate -> a cue rule (blank node) for one language
    cue: URIRef  # a word that must occur in the trigger's clause, lang-tagged
    subject: URIRef  # argument spec of a rule's subject ("left PERSON|ORG")
    object: URIRef  # argument spec of a rule's object ("right GPE via=до")
    confidence: URIRef  # a rule's confidence, 0..1
    inference: URIRef  # "P(?a, ?b) :- Q(?a, ?c), R(?c, ?b)": a sentence-local derivation
    phraseObject: URIRef  # "first" or "fallback": the object may be a nominalised event (event_nouns.ttl)
    personEvent: URIRef  # the event a person stands for as the object ("appointment of"): "approved X as Y"
    lasting: URIRef  # true: the predicate is a state (a role held), not an event, for relation dates
    # extraction's language data (ontology/lexicon.ttl, quantities.ttl)
    LexicalSet: URIRef  # a set of words playing one part in extraction (kz:category)
    category: URIRef  # the part a kz:LexicalSet plays: "qualifier", "month", "source-cue", …
    form: URIRef  # a word or phrase (surface form or lemma), lang-tagged
    value: URIRef  # the number a form stands for (a month, a multiplier, a qualifier's name)
    countNoun: URIRef  # a noun that names what a quantity kind counts ("soldier"), lang-tagged
    specialises: URIRef  # kind -> the kind it narrows (killed_officers -> killed)


KZE = Namespace("https://kzgraph.dev/entity/")
KZP = Namespace("https://kzgraph.dev/predicate/")
KZQ = Namespace("https://kzgraph.dev/quantity/")
KZC = Namespace("https://kzgraph.dev/claim/")
KZD = Namespace("https://kzgraph.dev/document/")
KZL = Namespace("https://kzgraph.dev/lexicon/")  # extraction's word sets (ontology/lexicon.ttl)
