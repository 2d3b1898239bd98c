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


KZE = Namespace("https://kzgraph.dev/entity/")
KZP = Namespace("https://kzgraph.dev/predicate/")
KZQ = Namespace("https://kzgraph.dev/quantity/")
