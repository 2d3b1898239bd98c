"""Families, clans and brothers named by a surname are one GROUP mention each, one group per
surname in every language, and the bare surname inside such a phrase is no mention of a person.

"семья Раджапакса", "klan Rajapaksów", "la famille Rajapaksa", "der Rajapaksa-Clan", "the
Rajapaksa family", "the Rajapaksas" (``group-family``, ``group-family-after`` in
ontology/lexicon.ttl; extract/mentions.py ``_family_groups``, align.py ``_families``).  The
sentences are our own, about public people of the stories the project studies (Sri Lanka 2022,
Ukraine) and invented people; they run through the real extraction and alignment.
"""

from __future__ import annotations

import pytest

from aligned import write_and_align

ARTICLES = {
    "en": ("en", "President Gotabaya Rajapaksa flew out of the country on Wednesday. Crowds in the capital "
                 "blamed the Rajapaksa family for the shortages. The Rajapaksas have dominated politics for two "
                 "decades, and the Rajapaksa clan kept several ministries. Rajapaksa has not commented."),
    "ru": ("ru", "Президент Готабая Раджапакса покинул страну в среду. Демонстранты возлагают на семью "
                 "Раджапакса ответственность за нехватку топлива. Семья Раджапакса отвергает обвинения. "
                 "Клан Раджапакс удерживал ключевые министерства. Раджапакса пока не выступил."),
    "uk": ("uk", "Президент Ґотабая Раджапакса залишив країну в середу. Мітингувальники звинувачують родину "
                 "Раджапакси в нестачі пального. Клан Раджапакс контролював кілька міністерств."),
    "pl": ("pl", "Prezydent Gotabaya Rajapaksa opuścił kraj w środę. Protestujący obwiniają rodzinę Rajapaksów "
                 "o brak paliwa. Klan Rajapaksów kontrolował kilka ministerstw. Rajapaksa milczy."),
    "fr": ("fr", "Le président Gotabaya Rajapaksa a quitté le pays mercredi. Les manifestants reprochent à la "
                 "famille Rajapaksa la pénurie de carburant. Le clan Rajapaksa tenait plusieurs ministères."),
    "de": ("de", "Präsident Gotabaya Rajapaksa hat das Land am Mittwoch verlassen. Die Demonstranten geben der "
                 "Familie Rajapaksa die Schuld an der Knappheit. Der Rajapaksa-Clan kontrollierte mehrere "
                 "Ministerien. Rajapaksa äußerte sich nicht."),
    "it": ("it", "Il presidente Gotabaya Rajapaksa ha lasciato il paese mercoledì. I dimostranti accusano la "
                 "famiglia Rajapaksa della carenza di carburante. La dinastia Rajapaksa controllava vari ministeri."),
    "es": ("es", "El presidente Gotabaya Rajapaksa abandonó el país el miércoles. Los manifestantes culpan a la "
                 "familia Rajapaksa de la escasez. El clan Rajapaksa controlaba varios ministerios."),
    # brothers, and one brother alone (a person)
    "en_kl": ("en", "Kyiv mayor Vitali Klitschko inspected the shelters. The Klitschko brothers raised money for "
                    "the defenders, his brother Wladimir Klitschko said."),
    "ru_kl": ("ru", "Мэр Киева Виталий Кличко проверил укрытия. Братья Кличко собрали деньги для защитников."),
    "uk_kl": ("uk", "Мер Києва Віталій Кличко перевірив укриття. Брати Клички зібрали гроші для захисників. "
                    "Його брат Володимир Кличко теж приїхав."),
    "de_kl": ("de", "Kiews Bürgermeister Vitali Klitschko besuchte die Schutzräume. Die Klitschko-Brüder sammelten "
                    "Geld für die Verteidiger."),
    "fr_kl": ("fr", "Le maire de Kiev Vitali Klitschko a visité les abris. Les frères Klitschko ont collecté des fonds."),
    # a family of a person named in full: the group, and the person stays a mention
    "en_of": ("en", "The family of Mahinda Rajapaksa left the residence under guard on Monday."),
    # no family of a surname: a nationality before "family", a brother alone
    "en_no": ("en", "A Ukrainian family reached the border on Friday, the police of Poland said."),
}


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list[dict]:
    return write_and_align(tmp_path_factory.mktemp("groups"), ARTICLES)


def _by_form(records: list[dict], stem: str) -> dict[str, set[str]]:
    """form -> the ids of the entities it is a mention of, in the article ``stem``."""
    docs = {r["doc"]: r["path"] for r in records if r["kind"] == "document"}
    out: dict[str, set[str]] = {}
    for r in records:
        if r["kind"] == "entity":
            for m in r["mentions"]:
                if docs[m["doc"]].endswith(f"/{stem}.txt"):
                    out.setdefault(m["text"], set()).add(r["id"])
    return out


def _types(records: list[dict]) -> dict[str, tuple[str, str]]:
    return {r["id"]: (r["type"], r["name"]) for r in records if r["kind"] == "entity"}


FAMILY_FORMS = {
    "en": ["Rajapaksa family", "Rajapaksas", "Rajapaksa clan"],
    "ru": ["семью Раджапакса", "Семья Раджапакса", "Клан Раджапакс"],
    "uk": ["родину Раджапакси", "Клан Раджапакс"],
    "pl": ["rodzinę Rajapaksów", "Klan Rajapaksów"],
    "fr": ["famille Rajapaksa", "clan Rajapaksa"],
    "de": ["Familie Rajapaksa", "Rajapaksa-Clan"],
    "it": ["famiglia Rajapaksa", "dinastia Rajapaksa"],
    "es": ["familia Rajapaksa", "clan Rajapaksa"],
}


def test_groups_family_phrases_are_one_group_in_every_language(records):
    types = _types(records)
    family: set[str] = set()
    for stem, forms in FAMILY_FORMS.items():
        by_form = _by_form(records, stem)
        for form in forms:
            assert len(by_form.get(form, set())) == 1, (stem, form, by_form)
            family |= by_form[form]
    assert len(family) == 1, family
    kind, name = types[family.pop()]
    assert (kind, name) == ("GROUP", "Rajapaksa family")


def test_groups_bare_surname_inside_a_family_phrase_is_no_person(records):
    docs = {r["doc"]: r["path"] for r in records if r["kind"] == "document"}
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for r in records:
        if r["kind"] == "entity":
            for m in r["mentions"]:
                stem = docs[m["doc"]].rsplit("/", 1)[-1][:-4]
                spans.setdefault(stem, []).append((m["start"], m["end"], r["type"]))
    for stem in FAMILY_FORMS:
        groups = [(a, b) for a, b, t in spans[stem] if t == "GROUP"]
        people = [(a, b) for a, b, t in spans[stem] if t == "PERSON"]
        assert len(groups) >= 2, (stem, spans[stem])
        assert not any(a <= c and d <= b for a, b in groups for c, d in people), (stem, spans[stem])
    # the president stays himself wherever his surname stands alone
    for stem, full, bare in [("de", "Gotabaya Rajapaksa", "Rajapaksa"), ("ru", "Готабая Раджапакса", "Раджапакса"),
                             ("pl", "Gotabaya Rajapaksa", "Rajapaksa"), ("en", "Gotabaya Rajapaksa", "Rajapaksa")]:
        by_form = _by_form(records, stem)
        assert by_form[bare] == by_form[full], (stem, by_form)


def test_groups_brothers_are_a_group_and_a_brother_alone_a_person(records):
    types = _types(records)
    brothers = set()
    for stem, form in [("en_kl", "Klitschko brothers"), ("ru_kl", "Братья Кличко"), ("uk_kl", "Брати Клички"),
                       ("de_kl", "Klitschko-Brüder"), ("fr_kl", "frères Klitschko")]:
        ids = _by_form(records, stem).get(form, set())
        assert len(ids) == 1, (stem, form, _by_form(records, stem))
        brothers |= ids
    assert len(brothers) == 1
    assert types[brothers.pop()] == ("GROUP", "Klitschko brothers")
    uk = _by_form(records, "uk_kl")
    assert types[next(iter(uk["Володимир Кличко"]))][0] == "PERSON"
    assert uk["Віталій Кличко"] != uk["Володимир Кличко"]


def test_groups_family_of_a_person_named_in_full_keeps_the_person(records):
    by_form = _by_form(records, "en_of")
    types = _types(records)
    assert types[next(iter(by_form["family of Mahinda Rajapaksa"]))] == ("GROUP", "Rajapaksa family")
    assert types[next(iter(by_form["Mahinda Rajapaksa"]))][0] == "PERSON"


def test_groups_nationality_before_family_is_no_family(records):
    by_form = _by_form(records, "en_no")
    assert not any("family" in form for form in by_form), by_form


# -- long names: initials, a full name written again, the possessive ending ------------------------

def _spans(lang: str, text: str) -> list[tuple[str, str]]:
    from kzgraph.extract.mentions import MentionFinder

    return [(text[f.start:f.end], f.label) for f in MentionFinder.for_language(lang).find(text, [(0, len(text))])]


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Foreign Minister G. L. Peiris met the envoy on Monday morning.", "G. L. Peiris"),
    ("en", "Later that evening D. M. Nandasena spoke to the reporters outside.", "D. M. Nandasena"),
    ("en", "Police chief C.D. Wickramaratne said the curfew would remain in place.", "C.D. Wickramaratne"),
    ("ru", "Министр иностранных дел Г. Л. Пейрис встретился с послом в понедельник.", "Г. Л. Пейрис"),
    ("uk", "Міністр закордонних справ Г. Л. Пейріс зустрівся з послом у понеділок.", "Г. Л. Пейріс"),
    ("pl", "Minister spraw zagranicznych G. L. Peiris spotkał się z ambasadorem.", "G. L. Peiris"),
    ("fr", "Le ministre des Affaires étrangères G. L. Peiris a rencontré l'ambassadeur.", "G. L. Peiris"),
    ("de", "Außenminister G. L. Peiris traf den Botschafter am Montag in der Hauptstadt.", "G. L. Peiris"),
    ("es", "El canciller G. L. Peiris se reunió con el embajador el lunes.", "G. L. Peiris"),
    ("it", "Il ministro degli Esteri G. L. Peiris ha incontrato l'ambasciatore lunedì.", "G. L. Peiris"),
])
def test_groups_a_name_with_initials_is_one_mention(lang, text, name):
    spans = _spans(lang, text)
    assert (name, "PERSON") in spans, spans
    assert not any(form != name and form in name for form, _ in spans), spans


@pytest.mark.parametrize("text, name", [
    ("Le président Gotabaya Rajapaksa a fui. M. Rajapaksa s'est envolé pour les Maldives.", "Rajapaksa"),
    ("Selon M. Wickremesinghe, l'état d'urgence restera en vigueur.", "Wickremesinghe"),
])
def test_groups_a_french_monsieur_is_no_initial(text, name):
    # "M." is Monsieur in French (an honorific of the ontology's not-a-name words): the name after it
    # stands alone and meets the full name written before, not a "Mahinda"'s initial
    forms = [form for form, _ in _spans("fr", text)]  # the bare surname is typed later, by alignment
    assert name in forms and not any(form.startswith("M.") for form in forms), forms


@pytest.mark.parametrize("text, name", [
    ("Finanzminister Basil Rajapaksa trat am Freitag zurück.", "Basil Rajapaksa"),
    ("Die Präsidentin Tina Kotekowa besuchte die Stadt.", "Tina Kotekowa"),
    ("Präsident Roman Zhvania sprach von einem Putsch.", "Roman Zhvania"),
])
def test_groups_a_german_noun_between_a_title_and_a_foreign_surname_is_a_given_name(text, name):
    # "Basil", "Tina", "Roman" are nouns of the German dictionary; after a title and before a
    # surname the dictionary lacks they are the person's given name
    forms = [form for form, _ in _spans("de", text)]
    assert name in forms, forms


def test_groups_a_german_noun_after_a_title_before_a_known_word_stays_a_noun():
    forms = [form for form, _ in _spans("de", "Der Minister Rang Abzeichen trug.")]
    assert "Rang Abzeichen" not in forms, forms


def test_groups_a_full_name_written_again_stays_whole():
    # "Басил" opening a sentence reads as a verb; the document named him in full before
    text = ("Министр финансов Басил Раджапакса прилетел в Вашингтон во вторник. "
            "Басил Раджапакса ушёл в отставку через неделю.")
    from kzgraph.extract.mentions import MentionFinder

    finder = MentionFinder.for_language("ru")
    cut = text.index("Басил Раджапакса ушёл")
    found = [(text[f.start:f.end], f.label) for f in finder.find(text, [(0, cut - 1), (cut, len(text))])]
    assert found.count(("Басил Раджапакса", "PERSON")) == 2, found


@pytest.mark.parametrize("text, names", [
    ("Mahinda Rajapaksa's supporters attacked the camp, and Namal Rajapaksa’s lawyers said nothing.",
     ["Mahinda Rajapaksa", "Namal Rajapaksa"]),
    ("The Rajapaksa family's wealth grew while Gotabaya Rajapaksa's government borrowed heavily.",
     ["Rajapaksa family", "Gotabaya Rajapaksa"]),
])
def test_groups_possessive_ending_is_no_part_of_the_name(text, names):
    spans = [form for form, _ in _spans("en", text)]
    for name in names:
        assert name in spans, spans
    assert not any(form.endswith(("'s", "’s")) for form in spans), spans


# -- an organisation's members named by a noun made of its name ------------------------------------

MEMBERS = {
    "ru_w": ("ru", "Колонна ЧВК «Вагнер» вошла в город в субботу. К вечеру вагнеровцы заняли штаб округа."),
    "uk_w": ("uk", "Колона ПВК «Вагнер» увійшла до міста в суботу. Увечері вагнерівці залишили штаб."),
    "pl_w": ("pl", "W sobotę do miasta wjechali najemnicy Grupy Wagnera. Wieczorem wagnerowcy opuścili sztab."),
    "en_w": ("en", "A column of the Wagner group entered the city on Saturday. Wagner fighters left the headquarters."),
    "ru_a": ("ru", "Бойцы полка «Азов» обороняли завод несколько недель. Азовцы вышли из укрытий в мае."),
    "uk_a": ("uk", "Бійці полку «Азов» обороняли завод кілька тижнів. Азовці вийшли з укриттів у травні."),
}


@pytest.fixture(scope="module")
def members(tmp_path_factory) -> list[dict]:
    return write_and_align(tmp_path_factory.mktemp("members"), MEMBERS)


def test_groups_members_named_by_a_noun_of_the_organisation(members):
    types = _types(members)
    wagner = set()
    for stem, form in [("ru_w", "вагнеровцы"), ("uk_w", "вагнерівці"), ("pl_w", "wagnerowcy"), ("en_w", "Wagner fighters")]:
        ids = _by_form(members, stem).get(form, set())
        assert len(ids) == 1, (stem, form, _by_form(members, stem))
        wagner |= ids
    assert len(wagner) == 1 and types[next(iter(wagner))][0] == "GROUP", wagner
    org = _by_form(members, "ru_w")["ЧВК «Вагнер»"]
    assert org.isdisjoint(wagner)
    azov = _by_form(members, "ru_a").get("Азовцы", set()) | _by_form(members, "uk_a").get("Азовці", set())
    assert len(azov) == 1 and types[next(iter(azov))][0] == "GROUP", (_by_form(members, "ru_a"), _by_form(members, "uk_a"))


@pytest.mark.parametrize("lang, text, group, person", [
    ("en", "Chechen leader Ramzan Kadyrov said on Saturday that Kadyrov fighters were ready to move.",
     "Kadyrov fighters", "Ramzan Kadyrov"),
    ("ru", "Глава Чечни Рамзан Кадыров заявил в субботу, что бойцы Рамзана Кадырова готовы выдвинуться.",
     "бойцы Рамзана Кадырова", "Рамзан Кадыров"),
    ("fr", "Le dirigeant tchétchène Ramzan Kadyrov a affirmé samedi que les combattants de Ramzan Kadyrov étaient prêts.",
     "combattants de Ramzan Kadyrov", "Ramzan Kadyrov"),
])
def test_groups_a_persons_fighters_are_a_group(lang, text, group, person):
    spans = _spans(lang, text)
    assert (group, "GROUP") in spans, spans
    assert (person, "PERSON") in spans, spans


def test_groups_a_german_sentence_with_a_full_stop_is_no_headline():
    # every noun capitalised and no long lower-case word: still a sentence, its names read
    spans = _spans("de", "Präsident Gotabaya Rajapaksa bat die Opposition um Mitarbeit.")
    assert ("Gotabaya Rajapaksa", "PERSON") in spans, spans
    assert _spans("de", "Präsident Bittet Opposition Um Mitarbeit") == []


@pytest.mark.parametrize("lang, text, group", [
    ("fr", "Le retour de la dynastie des Rajapaksa inquiète la minorité tamoule.", "dynastie des Rajapaksa"),
    ("fr", "Les frères Rajapaksa dominent la vie politique depuis vingt ans.", "frères Rajapaksa"),
    ("fr", "Du puissant clan familial des Rajapaksa, seul le président reste en poste.", "clan familial des Rajapaksa"),
    ("es", "La ira recae sobre la familia gobernante Rajapaksa, dijeron los manifestantes.",
     "familia gobernante Rajapaksa"),
    ("es", "Los hermanos Klitschko se quedaron en la capital para defenderla.", "hermanos Klitschko"),
    ("it", "La dinastia Rajapaksa ha governato il paese per anni.", "dinastia Rajapaksa"),
    ("it", "I fratelli Klitschko sono rimasti nella capitale durante l'assedio.", "fratelli Klitschko"),
    ("pl", "Majątki polityków powiązanych z klanem Rajapaksa spłonęły w nocy.", "klanem Rajapaksa"),
    ("pl", "O braciach Kliczko napisano już wiele książek i artykułów.", "braciach Kliczko"),
    ("uk", "Мурал у Гданську зображує братів Кличків на тлі прапора.", "братів Кличків"),
    ("ru", "Главным требованием была отставка чиновников из семьи Раджапаксы.", "семьи Раджапаксы"),
    ("de", "Die regierende Familie Rajapaksa verlor im Juli ihre Macht.", "Familie Rajapaksa"),
    ("de", "Die Brüder Klitschko blieben während der Belagerung in der Hauptstadt.", "Brüder Klitschko"),
    ("en", "The Rajapaksa brothers were once hailed as war heroes by the majority.", "Rajapaksa brothers"),
])
def test_groups_family_phrase_variants(lang, text, group):
    spans = _spans(lang, text)
    assert (group, "GROUP") in spans, spans
    assert not any(label == "PERSON" and form in group for form, label in spans), spans


@pytest.mark.parametrize("lang, text", [
    ("es", "La familia gobernante decidió abandonar el palacio de madrugada."),
    ("ru", "Семья погибшего потребовала расследования, сообщил брат Кличко."),
    ("de", "Die Familie bekam kein Geld vom Staat, sagte der Bruder des Opfers."),
])
def test_groups_no_family_without_a_surname(lang, text):
    spans = _spans(lang, text)
    assert not any(label == "GROUP" and ("amil" in form or "емь" in form) for form, label in spans), spans


def test_groups_surname_plural_joins_the_family_phrase(tmp_path):
    records = write_and_align(tmp_path, {
        "pl": ("pl", "Prezydent Gotabaya Rajapaksa uciekł z kraju. Rajapaksowie rządzili wyspą przez lata, "
                     "a klan Rajapaksów stracił władzę."),
        "en": ("en", "President Gotabaya Rajapaksa fled. The Rajapaksas ruled for years, and the Rajapaksa "
                     "family lost power."),
    })
    family = {i for stem, form in [("pl", "Rajapaksowie"), ("pl", "klan Rajapaksów"), ("en", "Rajapaksas"),
                                   ("en", "Rajapaksa family")] for i in _by_form(records, stem)[form]}
    assert len(family) == 1
    assert _types(records)[family.pop()] == ("GROUP", "Rajapaksa family")
