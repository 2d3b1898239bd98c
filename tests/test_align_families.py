"""People who share a surname (brothers, a father and his son, a husband and his wife) stay apart.

A bare surname attaches, within its document, to the person whose full name ends with it as
written (a wife's feminine form), else to the one the document names first (its subject); across documents a bare surname never glues two full names together, and no
clustering step (same key, translation, fuzzy spelling, short reference) unites two people
whose given names differ.  The sentences are our own, in several languages, about public
people of the stories the project studies (Sri Lanka 2022, Ukraine, Georgia 2024, Kyrgyzstan
2020) and invented people; they run through the real extraction and alignment.
"""

from __future__ import annotations

import pytest

from kzgraph.align import Aligner
from kzgraph.model import Mention
from kzgraph.ontology import Ontology

from aligned import write_and_align

ARTICLES = {
    # one brother per article, each with his bare surname
    "en_gota": ("en", "President Gotabaya Rajapaksa left the island on a military plane on Wednesday. "
                      "Rajapaksa landed in the Maldives a few hours later, officials said."),
    "en_mahinda": ("en", "Former prime minister Mahinda Rajapaksa was taken to a naval base after the riots. "
                         "Rajapaksa denied that he had ordered the attack on the protesters."),
    "ru_mahinda": ("ru", "Бывший премьер-министр Махинда Раджапакса ушёл в отставку в понедельник. "
                         "По словам адвоката, Раджапаксу допросили в полиции."),
    "uk_gota": ("uk", "Президент Ґотабая Раджапакса залишив країну в середу. "
                      "Раджапакса прибув до Сінгапуру, повідомили у відомстві."),
    # two brothers in one article: the bare surname is the article's subject, named first
    "pl_both": ("pl", "Prezydent Gotabaya Rajapaksa uciekł z kraju w środę. Jego brat Mahinda Rajapaksa "
                      "złożył dymisję jeszcze w maju. Rajapaksa ma ogłosić swoją rezygnację z Singapuru."),
    "es_basil": ("es", "El exministro de Finanzas Basil Rajapaksa intentó salir del país por el aeropuerto. "
                       "Los pasajeros reconocieron a Rajapaksa en la sala de espera."),
    # the Klitschko brothers
    "de_vitali": ("de", "Der Bürgermeister der Hauptstadt, Vitali Klitschko, rief die Bewohner zur Ruhe auf. "
                        "Klitschko sagte, die Stadt werde sich verteidigen."),
    "fr_wladimir": ("fr", "L'ancien champion de boxe Wladimir Klitschko s'est engagé dans la défense territoriale. "
                          "Klitschko a demandé aux Européens d'agir vite."),
    "it_both": ("it", "Il sindaco Vitali Klitschko ha visitato il fronte con suo fratello Wladimir Klitschko. "
                      "Secondo Klitschko, la capitale ha bisogno di nuove difese aeree."),
    "es_vitali": ("es", "El alcalde Vitali Klitschko pidió calma a los vecinos. Klitschko dijo que la ciudad resistirá."),
    # a father and his son (Georgia)
    "ru_bidzina": ("ru", "Основатель партии Бидзина Иванишвили дал редкое интервью. "
                         "Иванишвили заявил, что не собирается возвращаться в политику."),
    "pl_bera": ("pl", "Bera Iwaniszwili, syn miliardera, wystąpił na koncercie w stolicy. "
                      "Iwaniszwili rzadko rozmawia z dziennikarzami."),
    # a husband and his wife: the wife's surname is also the husband's genitive (invented people)
    "ru_couple": ("ru", "Депутат Тимур Жангалиев выступил в парламенте во вторник. Его жена Асель Жангалиева "
                        "возглавляет благотворительный фонд. Жангалиева заявила, что фонд не получал денег."),
    "ru_husband": ("ru", "Депутат Тимур Жангалиев покинул фракцию. Журналисты спросили Жангалиева о причинах."),
}


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list[dict]:
    return write_and_align(tmp_path_factory.mktemp("families"), ARTICLES)


def _entities(records: list[dict], doc_stem: str | None, form: str) -> set[str]:
    """The ids of the entities with a mention written ``form`` (in the article ``doc_stem``)."""
    docs = {r["doc"]: r["path"] for r in records if r["kind"] == "document"}
    return {r["id"] for r in records if r["kind"] == "entity" for m in r["mentions"]
            if m["text"] == form and (doc_stem is None or docs[m["doc"]].endswith(f"/{doc_stem}.txt"))}


def _one(records, form, doc_stem=None) -> str:
    ids = _entities(records, doc_stem, form)
    assert len(ids) == 1, (form, doc_stem, ids)
    return ids.pop()


def test_families_brothers_are_different_people_in_every_language(records):
    gota = _one(records, "Gotabaya Rajapaksa", "en_gota")
    mahinda = _one(records, "Mahinda Rajapaksa", "en_mahinda")
    basil = _one(records, "Basil Rajapaksa")
    assert len({gota, mahinda, basil}) == 3
    assert _one(records, "Ґотабая Раджапакса") == _one(records, "Gotabaya Rajapaksa", "pl_both") == gota
    assert _one(records, "Махинда Раджапакса") == _one(records, "Mahinda Rajapaksa", "pl_both") == mahinda
    vitali, wladimir = _one(records, "Vitali Klitschko", "de_vitali"), _one(records, "Wladimir Klitschko")
    assert vitali != wladimir
    assert _one(records, "Vitali Klitschko", "es_vitali") == _one(records, "Vitali Klitschko", "it_both") == vitali


@pytest.mark.parametrize("doc,form,full,full_doc", [
    ("en_gota", "Rajapaksa", "Gotabaya Rajapaksa", "en_gota"),
    ("en_mahinda", "Rajapaksa", "Mahinda Rajapaksa", "en_mahinda"),
    ("uk_gota", "Раджапакса", "Ґотабая Раджапакса", "uk_gota"),
    ("ru_mahinda", "Раджапаксу", "Махинда Раджапакса", "ru_mahinda"),
    ("pl_both", "Rajapaksa", "Gotabaya Rajapaksa", "pl_both"),  # the article's subject, named first
    ("es_basil", "Rajapaksa", "Basil Rajapaksa", "es_basil"),
    ("de_vitali", "Klitschko", "Vitali Klitschko", "de_vitali"),
    ("fr_wladimir", "Klitschko", "Wladimir Klitschko", "fr_wladimir"),
    ("it_both", "Klitschko", "Vitali Klitschko", "it_both"),
    ("ru_bidzina", "Иванишвили", "Бидзина Иванишвили", "ru_bidzina"),
    ("pl_bera", "Iwaniszwili", "Bera Iwaniszwili", "pl_bera"),
    ("ru_couple", "Жангалиева", "Асель Жангалиева", "ru_couple"),  # the wife's form as written
    ("ru_husband", "Жангалиева", "Тимур Жангалиев", "ru_husband"),  # the husband's genitive
])
def test_families_a_bare_surname_joins_its_own_documents_person(records, doc, form, full, full_doc):
    assert _entities(records, doc, form) == _entities(records, full_doc, full)


def test_families_no_entity_holds_two_given_names(records):
    pairs = [({"Gotabaya Rajapaksa", "Ґотабая Раджапакса"}, {"Mahinda Rajapaksa", "Махинда Раджапакса"}),
             ({"Basil Rajapaksa"}, {"Mahinda Rajapaksa", "Gotabaya Rajapaksa"}),
             ({"Vitali Klitschko"}, {"Wladimir Klitschko"}),
             ({"Бидзина Иванишвили"}, {"Bera Iwaniszwili"}),
             ({"Тимур Жангалиев"}, {"Асель Жангалиева"})]
    for a, b in pairs:
        ids_a = set().union(*(_entities(records, None, f) for f in a))
        ids_b = set().union(*(_entities(records, None, f) for f in b))
        assert ids_a and ids_b and not ids_a & ids_b, (a, b)


def _m(doc: str, text: str, start: int, label: str, lang: str) -> Mention:
    return Mention(doc=doc, text=text, start=start, end=start + len(text), label=label, lang=lang)


@pytest.mark.parametrize("lang,first,second,bare", [
    ("en", "Lech Kaczynski", "Jaroslaw Kaczynski", "Kaczynski"),
    ("pl", "Lech Kaczyński", "Jarosław Kaczyński", "Kaczyński"),
    ("ru", "Лех Качиньский", "Ярослав Качиньский", "Качиньский"),
    ("uk", "Лех Качинський", "Ярослав Качинський", "Качинського"),
    ("de", "Lech Kaczyński", "Jarosław Kaczyński", "Kaczyński"),
    ("fr", "Vitali Klitschko", "Wladimir Klitschko", "Klitschko"),
    ("it", "Gotabaya Rajapaksa", "Mahinda Rajapaksa", "Rajapaksa"),
    ("es", "Sooronbay Jeenbekov", "Asylbek Jeenbekov", "Jeenbekov"),
])
def test_families_a_bare_surname_of_two_documents_never_glues_two_people(lang, first, second, bare):
    aligner = Aligner(Ontology.load())
    mentions = [_m("d1", first, 0, "PERSON", lang), _m("d1", bare, 40, "PERSON", lang),
                _m("d2", second, 0, "PERSON", lang), _m("d2", bare, 40, "ORG", lang),
                _m("d3", bare, 0, "ORG", lang)]
    out = aligner.align(mentions)
    one, two = out[mentions[0]].entity.id, out[mentions[2]].entity.id
    assert one != two
    assert out[mentions[1]].entity.id == one
    assert out[mentions[3]].entity.id == two
    assert out[mentions[4]].entity.id not in {one, two}  # a third article: which brother, unsaid


def test_families_the_refused_union_is_explained():
    aligner = Aligner(Ontology.load())
    mentions = [_m("d1", "Vitali Klitschko", 0, "PERSON", "de"), _m("d1", "Klitschko", 40, "PERSON", "de"),
                _m("d2", "Wladimir Klitschko", 0, "PERSON", "de"), _m("d2", "Klitschko", 40, "PERSON", "de")]
    text = str(aligner.explain_cluster("Klitschko", "de", mentions))
    assert "different people" in text or "refused" in text, text
    assert aligner.align(mentions)[mentions[1]].entity.id != aligner.align(mentions)[mentions[3]].entity.id


@pytest.mark.parametrize("a,b", [
    (("Mahinda Rajapaksa", "en"), ("Махінда Раджапакса", "uk")),
    (("Yevgeny Prigozhin", "en"), ("Jewgienij Prigożin", "pl")),
    (("Sadyr Japarov", "en"), ("Садыр Жапаров", "ru")),
])
def test_families_one_person_in_two_languages_still_joins(a, b):
    aligner = Aligner(Ontology.load())
    mentions = [_m("d1", a[0], 0, "PERSON", a[1]), _m("d2", b[0], 0, "PERSON", b[1])]
    out = aligner.align(mentions)
    assert out[mentions[0]].entity.id == out[mentions[1]].entity.id


@pytest.mark.parametrize("lang,full,plural", [
    ("en", "Gotabaya Rajapaksa", "Rajapaksas"),
    ("pl", "Gotabaya Rajapaksa", "Rajapaksowie"),
    ("pl", "Mahinda Rajapaksa", "Rajapaksów"),
    ("en", "Vitali Klitschko", "Klitschkos"),
])
def test_families_the_plural_of_a_surname_is_the_family_not_a_person(lang, full, plural):
    aligner = Aligner(Ontology.load())
    mentions = [_m("d1", full, 0, "PERSON", lang), _m("d1", plural, 40, "ORG", lang)]
    out = aligner.align(mentions)
    assert out[mentions[1]].entity.id != out[mentions[0]].entity.id
    assert out[mentions[1]].entity.type == "GROUP"


@pytest.mark.parametrize("text,lang,city", [
    ("Colombo", "en", "Colombo"), ("Colombo", "it", "Colombo"), ("Colombo", "es", "Colombo"),
])
def test_families_a_city_is_not_the_country_whose_name_differs_by_a_vowel(text, lang, city):
    aligner = Aligner(Ontology.load())
    assert aligner.resolve(text, lang) is None or aligner.resolve(text, lang).entity.id != "colombia"
    assert aligner.resolve("Colombia", lang).entity.id == "colombia"
    assert aligner.resolve("Kolumbii", "pl").entity.id == "colombia"
    mentions = [_m("d1", text, 0, "GPE", lang), _m("d2", "Коломбо", 0, "GPE", "ru")]
    out = aligner.align(mentions)
    assert out[mentions[0]].entity.id == out[mentions[1]].entity.id
    assert out[mentions[0]].entity.name == city


FOLLOWERS = {
    "ru_f": ("ru", "Премьер Махинда Раджапакса подал в отставку. Сторонники Махинды Раджапаксы напали на лагерь."),
    "uk_f": ("uk", "Прем'єр Махінда Раджапакса подав у відставку. Прихильники Махінди Раджапакси напали на табір."),
    "pl_f": ("pl", "Premier Mahinda Rajapaksa podał się do dymisji. Zwolennicy Mahindy Rajapaksy zaatakowali obóz."),
    "en_f": ("en", "Prime minister Mahinda Rajapaksa resigned. Supporters of Mahinda Rajapaksa attacked the camp. "
                   "Rajapaksa loyalists were arrested later."),
    "fr_f": ("fr", "Le Premier ministre Mahinda Rajapaksa a démissionné. Des partisans de Mahinda Rajapaksa ont "
                   "attaqué le camp."),
    "de_f": ("de", "Regierungschef Sadyr Schaparow sprach im Parlament. Anhänger von Sadyr Schaparow blockierten "
                   "die Straße."),
    "it_f": ("it", "Il primo ministro Mahinda Rajapaksa si è dimesso. I sostenitori di Mahinda Rajapaksa hanno "
                   "attaccato il campo."),
    "es_f": ("es", "El primer ministro Mahinda Rajapaksa dimitió. Los partidarios de Mahinda Rajapaksa atacaron "
                   "el campamento."),
}


@pytest.fixture(scope="module")
def follower_records(tmp_path_factory) -> list[dict]:
    return write_and_align(tmp_path_factory.mktemp("followers"), FOLLOWERS)


@pytest.mark.parametrize("doc,group,person", [
    ("ru_f", "Сторонники Махинды Раджапаксы", "Махинды Раджапаксы"),
    ("uk_f", "Прихильники Махінди Раджапакси", "Махінди Раджапакси"),
    ("pl_f", "Zwolennicy Mahindy Rajapaksy", "Mahindy Rajapaksy"),
    ("en_f", "Supporters of Mahinda Rajapaksa", "Mahinda Rajapaksa"),
    ("en_f", "Rajapaksa loyalists", "Mahinda Rajapaksa"),
    ("fr_f", "partisans de Mahinda Rajapaksa", "Mahinda Rajapaksa"),
    ("it_f", "sostenitori di Mahinda Rajapaksa", "Mahinda Rajapaksa"),
    ("es_f", "partidarios de Mahinda Rajapaksa", "Mahinda Rajapaksa"),
])
def test_families_followers_are_one_group_of_their_own_in_every_language(follower_records, doc, group, person):
    group_ids = _entities(follower_records, doc, group)
    person_ids = _entities(follower_records, doc, person)
    assert len(group_ids) == 1 and len(person_ids) == 1 and group_ids != person_ids
    mahinda = _entities(follower_records, "en_f", "Supporters of Mahinda Rajapaksa")
    assert group_ids == mahinda  # one group per person followed, whatever the language
    record = next(r for r in follower_records if r["kind"] == "entity" and r["id"] in group_ids)
    assert record["type"] == "GROUP" and record["name"].startswith("supporters of ")


def test_families_followers_of_another_person_are_another_group(follower_records):
    mahinda = _entities(follower_records, "en_f", "Supporters of Mahinda Rajapaksa")
    japarov = _entities(follower_records, "de_f", "Anhänger von Sadyr Schaparow")
    assert mahinda and japarov and mahinda != japarov


@pytest.mark.parametrize("text,expected", [
    ("Georgian Dream, the ruling party, claimed victory.", [("Georgian Dream", "ORG")]),
    # the country's police, one group mention with the country inside (test_mentions_govbodies.py)
    ("Georgian police detained him.", [("Georgian police", "GROUP"), ("Georgian", "GPE")]),
    ("Russian President Vladimir Putin spoke.", [("Russian", "GPE"), ("Vladimir Putin", "PERSON")]),
])
def test_families_a_party_named_by_a_nationality_opening_a_sentence_is_no_country(text, expected):
    from test_extract_mentions import found
    assert found(text, "en") == expected


@pytest.mark.parametrize("lang,first,second,short", [
    ("en", "Ministry of Defence of Sri Lanka", "Ministry of Defence of Myanmar", "Ministry"),
    ("pl", "Ministerstwo Obrony Gruzji", "Ministerstwo Obrony Armenii", "Ministerstwo"),
    ("ru", "Министерство обороны Шри-Ланки", "Министерство обороны Мьянмы", "Министерство"),
    ("uk", "Міністерство оборони Грузії", "Міністерство оборони Вірменії", "Міністерство"),
    ("fr", "ministère de la Défense du Sri Lanka", "ministère de la Défense du Myanmar", "ministère"),
    ("de", "Verteidigungsministerium Georgiens", "Verteidigungsministerium Armeniens", "Verteidigungsministerium"),
    ("it", "ministero della Difesa dello Sri Lanka", "ministero della Difesa del Myanmar", "ministero"),
    ("es", "Ministerio de Defensa de Sri Lanka", "Ministerio de Defensa de Myanmar", "Ministerio"),
])
def test_families_bodies_of_two_countries_are_never_chained_by_their_short_name(lang, first, second, short):
    aligner = Aligner(Ontology.load())
    mentions = [_m("d1", first, 0, "ORG", lang), _m("d1", short, 60, "ORG", lang),
                _m("d2", second, 0, "ORG", lang), _m("d2", short, 60, "ORG", lang)]
    out = aligner.align(mentions)
    assert out[mentions[0]].entity.id != out[mentions[2]].entity.id
    if mentions[1] in out and out[mentions[1]].entity.id in {out[mentions[0]].entity.id, out[mentions[2]].entity.id}:
        assert out[mentions[1]].entity.id == out[mentions[0]].entity.id
        assert out[mentions[3]].entity.id == out[mentions[2]].entity.id


@pytest.mark.parametrize("text,lang", [
    ("Ministerstwo Obrony Gruzji", "pl"), ("Министерство обороны Грузии", "ru"),
    ("Міністерство оборони Грузії", "uk"), ("Ministry of Defence of Georgia", "en"),
])
def test_families_a_body_of_another_country_is_no_known_body_a_spelling_away(text, lang):
    got = Aligner(Ontology.load()).resolve(text, lang)
    assert got is None or got.entity.id != "russian-ministry-of-defence"
    assert Aligner(Ontology.load()).resolve("Ministerstwo Obrony Rosji", "pl").entity.id == "russian-ministry-of-defence"


def test_families_a_german_nationality_opening_a_sentence_stays_the_country():
    from test_extract_mentions import found
    assert ("Russische Soldaten", "ORG") not in found("Russische Soldaten wurden nach Kasachstan eingeflogen.", "de")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Dullas Alahapperuma of the ruling Sri Lanka Podujana Peramuna lost the vote.",
     ("Sri Lanka Podujana Peramuna", "ORG")),
    ("en", "The Sri Lanka Freedom Party left the coalition.", ("Sri Lanka Freedom Party", "ORG")),
    ("de", "Die Sri Lanka Podujana Peramuna verlor die Mehrheit.", ("Sri Lanka Podujana Peramuna", "ORG")),
    ("it", "Il partito Sri Lanka Podujana Peramuna ha perso.", ("Sri Lanka Podujana Peramuna", "ORG")),
    ("en", "President of the USA Donald Trump said so.", ("Donald Trump", "PERSON")),
    ("de", "Der Präsident der USA Donald Trump sagte das.", ("Donald Trump", "PERSON")),
    ("uk", "Президентка Грузії Саломе Зурабішвілі виступила.", ("Грузії", "GPE")),
    ("es", "La empresa rusa Gazprom lo negó.", ("Gazprom", "ORG")),
])
def test_families_an_organisation_a_country_name_opens_is_no_mention_of_the_country(lang, text, expected):
    from test_extract_mentions import found
    assert expected in found(text, lang)


MEMBERS = {
    "en_m": ("en", "The mutiny was led by the Wagner group. Later that day Wagner fighters left the city of Rostov."),
    "fr_m": ("fr", "La mutinerie du groupe Wagner a duré un jour. Les hommes de Wagner ont quitté Rostov."),
    "es_m": ("es", "El motín del grupo Wagner duró un día. Los combatientes de Wagner abandonaron Rostov."),
}


@pytest.fixture(scope="module")
def member_records(tmp_path_factory) -> list[dict]:
    return write_and_align(tmp_path_factory.mktemp("members"), MEMBERS)


@pytest.mark.parametrize("doc,group", [("en_m", "Wagner fighters"), ("fr_m", "hommes de Wagner"),
                                       ("es_m", "combatientes de Wagner")])
def test_families_an_organisations_fighters_are_a_group_of_their_own(member_records, doc, group):
    ids = _entities(member_records, doc, group)
    org = _entities(member_records, doc, "Wagner")
    assert len(ids) == 1 and org and not ids & org
    assert ids == _entities(member_records, "fr_m", "hommes de Wagner")  # one group in every language
