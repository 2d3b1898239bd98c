"""kzgraph.ontology, entity side: the shipped entities and the validation of bad ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzgraph.errors import OntologyError
from kzgraph.ontology import EntityDef, Ontology

GOLD = json.loads((Path(__file__).parent / "data" / "seeds.json").read_text(encoding="utf-8"))
PREFIXES = """@prefix kz:   <https://kzgraph.dev/ontology#> .
@prefix kze:  <https://kzgraph.dev/entity/> .
@prefix kzp:  <https://kzgraph.dev/predicate/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kzp:DETAINED a kz:Predicate ; kz:cameo "173" ; kz:plover "COERCE" .
"""
# the CSTO members and leaders the story needs, whatever the articles
CSTO = ("russia", "belarus", "armenia", "kazakhstan", "kyrgyzstan", "tajikistan")
LANGS = ("uk", "ru", "en", "fr", "pl")


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.load()


def _load(tmp_path: Path, body: str) -> Ontology:
    (tmp_path / "entities.ttl").write_text(PREFIXES + body, encoding="utf-8")
    return Ontology.load(tmp_path)


# ---------------------------------------------------------------- the shipped ontology


def test_ontology_every_gold_entity_is_known_in_the_seed_languages(onto):
    by_name = {e.name: e for e in onto.entities.values()}
    missing, untranslated = [], []
    for canonical in sorted({e["canonical"] for g in GOLD for e in g["entities"]}):
        entity = by_name.get(canonical)
        if entity is None:
            missing.append(canonical)
            continue
        langs = {lang for lang, _ in entity.pref}
        untranslated.extend((canonical, lang) for lang in LANGS if lang not in langs)
    assert not missing
    assert not untranslated


def test_ontology_english_names_are_unique(onto):
    names = [e.name for e in onto.entities.values()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("entity_id", CSTO + ("uzbekistan", "united-states", "china", "ukraine"))
def test_ontology_countries_have_labels_and_adjectives_in_nine_languages(onto, entity_id):
    country = onto.entity(entity_id)
    assert country.type == "GPE" and country.label == "Country"
    assert {lang for lang, _ in country.pref} >= set(LANGS + ("de", "it", "es", "kk"))
    assert {lang for lang, _ in country.adjectives} >= set(LANGS + ("de", "it", "es"))


@pytest.mark.parametrize("entity_id,role", [
    ("kassym-jomart-tokayev", "President of Kazakhstan"),
    ("nursultan-nazarbayev", "former President of Kazakhstan"),
    ("vladimir-putin", "President of Russia"),
    ("alexander-lukashenko", "President of Belarus"),
    ("nikol-pashinyan", "Prime Minister of Armenia"),
    ("nikol-pashinyan", "Chairman of the CSTO Collective Security Council"),
    ("sadyr-japarov", "President of Kyrgyzstan"),
    ("emomali-rahmon", "President of Tajikistan"),
    ("karim-masimov", "former Chairman of the National Security Committee of Kazakhstan"),
    ("antony-blinken", "US Secretary of State"),
    ("josep-borrell", "EU High Representative for Foreign Affairs and Security Policy"),
    ("charles-michel", "President of the European Council"),
    ("antonio-guterres", "Secretary-General of the United Nations"),
    ("yerlan-turgumbayev", "Minister of Internal Affairs of Kazakhstan"),
])
def test_ontology_people_hold_their_roles(onto, entity_id, role):
    assert role in onto.entity(entity_id).roles


@pytest.mark.parametrize("entity_id,lang,label", [
    ("csto", "ru", "ОДКБ"), ("csto", "pl", "ODKB"), ("csto", "pl", "OUBZ"), ("csto", "fr", "OTSC"),
    ("csto", "en", "CSTO"), ("csto", "de", "OVKS"),
    ("nur-sultan", "en", "Astana"), ("almaty", "ru", "Алма-Ата"),
])
def test_ontology_alternative_names(onto, entity_id, lang, label):
    assert label in onto.entity(entity_id).labels(lang)


def test_ontology_hidden_labels_are_matchable_but_not_names(onto):
    ministry = onto.entity("ministry-of-internal-affairs-of-kazakhstan")
    assert "МВС" in ministry.labels("uk", hidden=True)
    assert "МВС" not in ministry.labels("uk")


def test_ontology_part_of_points_to_known_entities(onto):
    assert onto.entity("almaty").part_of == "kazakhstan"
    assert all(e.part_of in onto.entities for e in onto.entities.values() if e.part_of)


def test_ontology_wikidata_ids_are_well_formed(onto):
    ids = [e.wikidata for e in onto.entities.values() if e.wikidata]
    assert ids and all(i[0] == "Q" and i[1:].isdigit() for i in ids)
    assert onto.entity("kazakhstan").wikidata == "Q232"


def test_ontology_unknown_entity_id(onto):
    with pytest.raises(OntologyError, match="no entity 'atlantis'"):
        onto.entity("atlantis")


# ---------------------------------------------------------------- loading a folder


def test_ontology_loads_a_minimal_folder(tmp_path):
    onto = _load(tmp_path, 'kze:aktau a kz:City ; skos:prefLabel "Aktau"@en, "Актау"@ru ;\n'
                           '    skos:hiddenLabel "порт"@ru ; rdfs:comment "a port on the Caspian" .\n')
    aktau = onto.entity("aktau")
    assert isinstance(aktau, EntityDef)
    assert (aktau.name, aktau.type, aktau.label) == ("Aktau", "GPE", "Location")
    assert aktau.labels("ru") == ("Актау",)
    assert aktau.hidden == (("ru", ("порт",)),)


@pytest.mark.parametrize("body,message", [
    ('kze:x a kz:Person .', "has no English skos:prefLabel"),
    ('kze:x skos:prefLabel "X"@en .', "rdf:type must be exactly one of"),
    ('kze:x a kz:Person, kz:Organization ; skos:prefLabel "X"@en .', "found 2"),
    ('kze:x a kz:Person ; skos:prefLabel "X"@en ; skos:altLabel "Y" .', "labels need a language tag"),
    ('kze:x a kz:Person ; skos:prefLabel "X"@en ; kz:rol "President"@en .', "kz:rol"),
    ('kze:x a kz:Person ; skos:prefLabel "X"@en ; kz:wikidata "7747" .', "a Wikidata id looks like"),
    ('kze:x a kz:Person ; skos:prefLabel "X"@en ; kz:partOf kze:atlantis .', "no entity kze:atlantis"),
    ('kze:x a kz:Person ; skos:prefLabel "X"@en, "Y"@en .', "2 skos:prefLabel@en"),
    ('kze:x a kz:Person ; skos:prefLabel "X"@en ; skos:altLabel " Y"@en .', "surrounding spaces"),
    ('kze:X_Y a kz:Person ; skos:prefLabel "X"@en .', "lower-case slug"),
    ('kze:x a kz:Person ; skos:prefLabel "X"@en ; skos:altLabel kze:y .', "labels need a language tag"),
    ('kze:x a kz:Person ; skos:prefLabel "X"@en ', "not valid Turtle"),
])
def test_ontology_rejects_bad_entities(tmp_path, body, message):
    with pytest.raises(OntologyError, match=message):
        _load(tmp_path, body + "\n")


def test_ontology_error_names_the_bad_triple(tmp_path):
    with pytest.raises(OntologyError, match=r'kze:x kz:rol "President"@en'):
        _load(tmp_path, 'kze:x a kz:Person ; skos:prefLabel "X"@en ; kz:rol "President"@en .\n')


def test_ontology_empty_folder(tmp_path):
    with pytest.raises(OntologyError, match="no \\*.ttl files"):
        Ontology.load(tmp_path)


# ---------------------------------------------------------------- the core and the story layers


def test_ontology_core_alone_carries_no_person_and_no_kazakhstan_place():
    """The generic core holds countries and international bodies; a story's people, regions,
    cities and state bodies live in its layer (ontology/stories/kazakhstan-2022/)."""
    from kzgraph.resources import ontology_layers

    core = Ontology.load(ontology_layers("none"))
    assert [e.id for e in core.entities.values() if e.type == "PERSON"] == []
    assert not [e.id for e in core.entities.values() if e.part_of == "kazakhstan"]
    assert {"kazakhstan", "russia", "csto", "united-nations", "reuters"} <= set(core.entities)
    assert core.predicates and core.lexical_sets_of("names-case-ending")  # the generic data stays
    story = Ontology.load(ontology_layers("kazakhstan-2022"))
    assert {"kassym-jomart-tokayev", "almaty", "national-security-committee-of-kazakhstan"} <= set(story.entities)


def test_ontology_default_layers_are_the_core_and_the_shipped_stories(monkeypatch):
    from kzgraph.resources import data_dir, ontology_layers

    monkeypatch.delenv("KZGRAPH_ONTOLOGY", raising=False)
    assert ontology_layers() == (data_dir("ontology"), data_dir("ontology") / "stories" / "kazakhstan-2022")
    assert "kassym-jomart-tokayev" in Ontology.load().entities


def test_ontology_a_story_layer_adds_to_the_core(tmp_path, monkeypatch):
    """KZGRAPH_ONTOLOGY=DIR reads the core and DIR (no copy of names.ttl or predicates.ttl needed),
    and not the shipped story unless it is named too."""
    from kzgraph.resources import ontology_layers

    layer = tmp_path / "mystory"
    layer.mkdir()
    (layer / "people.ttl").write_text(PREFIXES.replace('kzp:DETAINED a kz:Predicate ; kz:cameo "173" ; '
                                                       'kz:plover "COERCE" .\n', "") +
                                      'kze:ana-pop a kz:Person ; skos:prefLabel "Ana Pop"@en .\n', encoding="utf-8")
    monkeypatch.setenv("KZGRAPH_ONTOLOGY", str(layer))
    onto = Ontology.load()
    assert "ana-pop" in onto.entities and "kazakhstan" in onto.entities
    assert "kassym-jomart-tokayev" not in onto.entities
    assert onto.predicates and onto.lexical_sets_of("names-case-ending")
    both = Ontology.load(ontology_layers(f"kazakhstan-2022:{layer}"))
    assert {"ana-pop", "kassym-jomart-tokayev"} <= set(both.entities)


@pytest.mark.parametrize("spec, message", [("no-such-story", "no such folder, nor a story kzgraph ships"),
                                           ("EMPTY", "no \\*.ttl files")])
def test_ontology_a_bad_layer_is_named(tmp_path, spec, message):
    from kzgraph.resources import ontology_layers

    if spec == "EMPTY":
        spec = str(tmp_path)
    with pytest.raises(OntologyError, match=message):
        ontology_layers(spec)


@pytest.mark.parametrize("entity_id", ["myanmar", "sri-lanka", "belarus", "georgia", "kyrgyzstan", "nigeria",
                                       "brazil", "democratic-republic-of-the-congo"])
def test_ontology_core_knows_every_un_member_in_the_eight_languages(entity_id):
    from kzgraph.resources import ontology_layers

    core = Ontology.load(ontology_layers("none"))
    entity = core.entities[entity_id]
    assert entity.type == "GPE" and entity.rdf_class == "Country"
    assert {"en", "uk", "ru", "pl", "fr", "de", "it", "es"} <= {lang for lang, _ in entity.pref}
    assert sum(1 for e in core.entities.values() if e.rdf_class == "Country") >= 197


def test_ontology_country_names_are_no_common_words():
    """"Того" (of that), "Мали" (had) are no Togo, no Mali: a capitalised pronoun or verb is
    never a gazetteer name, whatever its key."""
    from kzgraph.align import Aligner
    from kzgraph.extract.mentions import MentionFinder

    text = "Того же мнения придерживаются власти Мьянмы."
    found = [text[f.start:f.end] for f in MentionFinder.for_language("ru").find(text, [(0, len(text))])]
    assert "Того" not in found and "Мьянмы" in found
    aligner = Aligner(Ontology.load())
    assert aligner.resolve("Мьянмы", "ru").entity.id == "myanmar"
    assert aligner.resolve("Birmie", "pl").entity.id == "myanmar"
    assert aligner.resolve("Шрі-Ланки", "uk").entity.id == "sri-lanka"


def test_ontology_media_and_platforms_are_sources_in_the_core():
    from kzgraph.resources import ontology_layers

    core = Ontology.load(ontology_layers("none"))
    media = {e.id for e in core.entities.values() if e.category == "media"}
    assert {"telegram", "interfax", "reuters", "facebook", "tass", "ria-novosti", "new-york-times",
            "wall-street-journal"} <= media
    assert all(core.entities[m].type == "ORG" for m in media)
