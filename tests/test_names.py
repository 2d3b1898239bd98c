"""kzgraph.names: the names layer's language data, its place below extraction and alignment,
and the typed ontology records it and extraction read."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from kzgraph import names
from kzgraph.errors import OntologyError
from kzgraph.names import data as names_data
from kzgraph.names import keys as names_keys
from kzgraph.ontology import InferenceRule, Ontology
from kzgraph.resources import data_dir
from kzgraph.vocab import KZ

PACKAGE = Path(names.__file__).resolve().parent.parent
PREFIXES = "@prefix kz: <https://kzgraph.dev/ontology#> .\n@prefix kzl: <https://kzgraph.dev/lexicon/> .\n" \
           "@prefix kzp: <https://kzgraph.dev/predicate/> .\n"


def _copy_ontology(folder: Path, extra: str = "", drop: str | None = None) -> Path:
    for path in data_dir("ontology").glob("*.ttl"):
        if path.name != drop:
            shutil.copy(path, folder / path.name)
    if extra:
        (folder / "zz_extra.ttl").write_text(PREFIXES + extra, encoding="utf-8")
    return folder


def _clear_key_caches() -> None:
    names_data.name_data.cache_clear()
    names_keys._elision.cache_clear()
    names_keys.token_key.cache_clear()
    names_keys.key_tuple.cache_clear()


@pytest.fixture
def ontology_env(monkeypatch):
    """Point kzgraph at another ontology folder for the names layer; restore the caches after."""
    def use(folder: Path) -> None:
        monkeypatch.setenv("KZGRAPH_ONTOLOGY", str(folder))
        _clear_key_caches()

    yield use
    monkeypatch.delenv("KZGRAPH_ONTOLOGY", raising=False)
    _clear_key_caches()


# ---------------------------------------------------------------- language data is data

CROATIAN = """
kzl:names-endings-hr a kz:LexicalSet ; kz:category "names-case-ending" ;
    kz:form "om"@hr, "em"@hr, "u"@hr, "a"@hr, "e"@hr .
kzl:names-stem-vowels-hr a kz:LexicalSet ; kz:category "names-stem-vowels" ; kz:form "aeiou"@hr .
kzl:names-latin-spellings-hr a kz:LexicalSet ; kz:category "names-latin-spelling" ;
    kz:form "č=ch ć=ch š=sh ž=zh j=y"@hr .
"""


def test_names_a_new_language_is_a_data_change(tmp_path, ontology_env):
    # with the shipped data, Croatian has no endings or spellings of its own
    assert names.token_key("Tokajevu", "hr") != names.token_key("Tokayev", "en")
    ontology_env(_copy_ontology(tmp_path, CROATIAN))
    assert names.name_data().latin_spelling["hr"][-1] == ("j", "y")
    assert names.token_key("Tokajevu", "hr") == names.token_key("Tokajevom", "hr") == \
        names.token_key("Tokayev", "en") == names.token_key("Токаеву", "ru") == "tokaev"


def test_names_data_without_the_names_file_fails_with_its_name(tmp_path):
    with pytest.raises(OntologyError, match="names.ttl"):
        names_data.read_name_data(Ontology.load(_copy_ontology(tmp_path, drop="names.ttl")))


def test_names_a_rank_must_be_a_number(tmp_path):
    bad = 'kzl:bad a kz:LexicalSet ; kz:category "names-distinctive-letters" ; kz:value "first" ; kz:form "ő"@hu .'
    with pytest.raises(OntologyError, match="whole-number kz:value, not 'first'"):
        names_data.read_name_data(Ontology.load(_copy_ontology(tmp_path, bad)))


def test_names_a_rewrite_without_its_pair_is_refused(tmp_path):
    bad = 'kzl:bad a kz:LexicalSet ; kz:category "names-latin-spelling" ; kz:form "sz=sh cz"@hu .'
    with pytest.raises(OntologyError, match="'from=to' pairs, not 'cz'"):
        names_data.read_name_data(Ontology.load(_copy_ontology(tmp_path, bad)))


@pytest.mark.parametrize("lang, shared", [("uk", True), ("ru", True), ("pl", False), ("cs", False)])
def test_names_slavic_languages_without_their_own_endings_share_the_cyrillic_ones(lang, shared):
    data = names.name_data()
    assert (data.case_endings(lang) == data.endings[names_data.SHARED]) is shared
    assert ("ами", "") in data.endings[names_data.SHARED]


def test_names_the_two_language_sets_have_two_names():
    data = names.name_data()
    # written in Cyrillic is not the same as inflected like a Slavic language
    assert "kk" in data.cyrillic_script and "kk" not in data.slavic
    assert "pl" in data.slavic and "pl" not in data.cyrillic_script


@pytest.mark.parametrize("text, expected", [("Ж", True), ("ӄ", True), ("Ԁ", True), ("Z", False), ("ł", False)])
def test_names_one_script_test(text, expected):
    assert names.is_cyrillic(text) is expected
    assert names.has_cyrillic(f"ab{text}") is expected


def test_names_one_analyser_per_language():
    assert names.analyser("uk") is names.analyser("uk")
    assert names.analyser("uk") is not names.analyser("ru")


# ---------------------------------------------------------------- the layer's place

def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            out.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


@pytest.mark.parametrize("path", sorted((PACKAGE / "names").glob("*.py")), ids=lambda p: p.name)
def test_names_imports_neither_extraction_nor_alignment(path):
    bad = {m for m in _imports(path) if "extract" in m or m.endswith("align") or ".align." in m}
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "extract").glob("*.py")), ids=lambda p: p.name)
def test_names_extraction_does_not_import_alignment(path):
    bad = {m for m in _imports(path) if m.endswith("align") or ".align." in m}
    assert not bad, f"extract/{path.name} imports {bad}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "extract").glob("*.py")) + [PACKAGE / "align.py"],
                         ids=lambda p: p.name)
def test_names_nobody_outside_the_ontology_reads_its_rdflib_graph(path):
    text = path.read_text(encoding="utf-8")
    assert "rdflib" not in _imports(path) and ".graph." not in text.replace("kzgraph.graph.", "")


# ---------------------------------------------------------------- the ontology's typed records

def test_names_ontology_gives_lexical_sets_categories_and_classes():
    onto = Ontology.load()
    assert [s.category for s in onto.lexical_sets_of("names-skeleton")] == ["names-skeleton"]
    assert onto.entity("almaty").rdf_class == "City" and KZ[onto.entity("almaty").rdf_class] == KZ.City
    assert onto.entity("protesters").category == "protesters"
    troops = onto.quantity_kinds["troops"]
    assert "soldier" in dict(troops.count_nouns)["en"]
    assert onto.quantity_kinds["killed_officers"].specialises == "killed"


def test_names_inference_rules_are_parsed_when_the_ontology_loads():
    rules = [r for p in Ontology.load().predicates.values() for r in p.inferences]
    assert rules and all(isinstance(r, InferenceRule) and r.body for r in rules)


def test_names_a_bad_inference_rule_fails_at_load(tmp_path):
    folder = _copy_ontology(tmp_path, 'kzp:SENT_TROOPS_TO kz:inference "SENT_TROOPS_TO(?a) <- DEPLOYED_TO(?a, ?b)" .')
    with pytest.raises(OntologyError, match="kz:inference"):
        Ontology.load(folder)


@pytest.mark.parametrize("bad, message", [
    ('kzl:x a kz:LexicalSet ; kz:form "a"@en .', "without kz:category"),
    ('kzl:x a kz:LexicalSet ; kz:category "qualifier" ; kz:form "a" .', "every form needs a language tag"),
    ('kzl:x a kz:LexicalSet ; kz:category "qualifier" ; kz:value 1, 2 ; kz:form "a"@en .', "kz:value"),
])
def test_names_a_bad_lexical_set_fails_at_load(tmp_path, bad, message):
    with pytest.raises(OntologyError, match=message):
        Ontology.load(_copy_ontology(tmp_path, bad))
