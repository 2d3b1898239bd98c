"""Role statements of any country (issue 15, session 8).

Sentences written for these tests, in the ways news reports of other stories state roles,
memberships and appointments; no sentence of the development or check sets.
"""

from __future__ import annotations

import pytest


# -- a member of "the government" of the document's own country ----------------------------------
HOME_GOVERNMENT = [
    ("Sri Lanka's president fled to the Maldives. Dinesh Perera, a member of the government, said the "
     "curfew would stay.", "en"),
    ("Президент Шри-Ланки бежал на Мальдивы. Член правительства Динеш Перера заявил, что комендантский "
     "час сохранится.", "ru"),
    ("Президент Шрі-Ланки втік на Мальдіви. Член уряду Дінеш Перера заявив, що комендантська година "
     "залишиться.", "uk"),
    ("Prezydent Sri Lanki uciekł na Malediwy. Członek rządu Dinesh Perera powiedział, że godzina policyjna "
     "zostanie utrzymana.", "pl"),
    ("Le président du Sri Lanka a fui aux Maldives. Dinesh Perera, membre du gouvernement, a déclaré que "
     "le couvre-feu serait maintenu.", "fr"),
]


@pytest.mark.parametrize("text,lang", HOME_GOVERNMENT)
def test_roles8_member_of_the_home_government(text, lang, graph_triples):
    """"a member of the government" in an article on Sri Lanka is a member of Sri Lanka's
    government, never of the government the ontology's own story names by that common noun."""
    triples = graph_triples(text, lang)
    members = {o for s, p, o in triples if p == "MEMBER_OF" and s == "Dinesh Perera"}
    assert members == {"Government of Sri Lanka"}, triples
    assert not any("Kazakhstan" in str(o) for _, _, o in triples), triples


# -- a parliament named by a common noun or by its members chooses someone -----------------------
PARLIAMENT_ELECTS = [
    ("Sri Lanka's crisis deepened. Parliament elected Ranil Wickremesinghe as president.", "en"),
    ("Sri Lanka's crisis deepened. Lawmakers elected Ranil Wickremesinghe as president.", "en"),
    ("Sri Lanka's crisis deepened. Ranil Wickremesinghe was elected president by parliament on Wednesday.", "en"),
    ("Кризис на Шри-Ланке продолжается. Парламент избрал Ранила Викрамасингхе президентом.", "ru"),
    ("Кризис на Шри-Ланке продолжается. Депутаты избрали Ранила Викрамасингхе президентом.", "ru"),
    ("Kryzys na Sri Lance trwa. Posłowie wybrali Ranila Wickremesinghe na prezydenta.", "pl"),
    ("Kryzys na Sri Lance trwa. Parlament wybrał Ranila Wickremesinghe na prezydenta.", "pl"),
    ("La crise au Sri Lanka s'aggrave. Les députés ont élu Ranil Wickremesinghe président.", "fr"),
    ("Die Krise in Sri Lanka verschärft sich. Das Parlament wählte Ranil Wickremesinghe zum Präsidenten.", "de"),
    ("La crisis en Sri Lanka se agrava. El Parlamento eligió a Ranil Wickremesinghe presidente.", "es"),
    ("La crisi in Sri Lanka si aggrava. Il Parlamento ha eletto Ranil Wickremesinghe presidente.", "it"),
]


@pytest.mark.parametrize("text,lang", PARLIAMENT_ELECTS)
def test_roles8_parliament_elects(text, lang, graph_triples):
    """"Parliament", "lawmakers", "депутаты", "posłowie", "les députés" with no name: the parliament
    of the document's country, which appoints the one it elects."""
    triples = graph_triples(text, lang)
    appointed = {(s, o) for s, p, o in triples if p == "APPOINTED"}
    assert len(appointed) == 1 and next(iter(appointed))[0] == "Parliament of Sri Lanka", triples
    assert any(p == "HOLDS_ROLE" and o == "President of Sri Lanka" for _, p, o in triples), triples


def test_roles8_parliament_of_the_country_named(graph_triples):
    """The country named right before the parliament's word is its own, not the document's."""
    triples = graph_triples("Sri Lanka's crisis deepened. In Tbilisi, Georgian lawmakers elected "
                            "Mikheil Kavelashvili as president.", "en")
    assert {s for s, p, _ in triples if p == "APPOINTED"} == {"Parliament of Georgia"}, triples


@pytest.mark.parametrize("text,lang", [
    ("Sri Lanka's crisis deepened. Voters elected Ranil Wickremesinghe as president in 2019.", "en"),
    ("Sri Lanka's crisis deepened. Ranil Wickremesinghe was elected president in 2019.", "en"),
    ("Sri Lanka's crisis deepened. Ranil Wickremesinghe, a lawmaker, spoke in parliament.", "en"),
])
def test_roles8_no_body_no_appointment(text, lang, graph_triples):
    """Voters elect too, and a passive without its agent names no body: no appointment."""
    assert not any(p == "APPOINTED" for _, p, _ in graph_triples(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Le Parlement du Sri Lanka a élu Ranil Wickremesinghe président pour remplacer Gotabaya Rajapaksa.", "fr"),
    ("Sri Lanka's crisis deepened. Lawmakers elected Ranil Wickremesinghe as president to replace "
     "Gotabaya Rajapaksa.", "en"),
])
def test_roles8_the_one_elected_replaces(text, lang, graph_triples):
    """"elected X president to replace Y": X, the one elected, replaces Y."""
    triples = graph_triples(text, lang)
    assert ("Ranil Wickremesinghe", "REPLACED", "Gotabaya Rajapaksa") in triples, triples


def test_roles8_relative_chosen_by_deputies(graph_triples):
    """"X, которого депутаты избрали премьером": the parliament appointed X."""
    triples = graph_triples("Кризис в Киргизии продолжается. Сторонники Садыра Жапарова, которого часть "
                            "депутатов во вторник избрала премьером, вышли на площадь.", "ru")
    assert ("Parliament of Kyrgyzstan", "APPOINTED", "Sadyr Japarov") in triples, triples


# -- a title named as a post: the person the clause names holds it -------------------------------
POST_HOLDER = [
    ("Кризис в Киргизии продолжается. Президент Киргизии освободил Кубатбека Боронова от должности "
     "премьер-министра.", "ru", "Kubatbek Boronov", "Prime Minister of Kyrgyzstan"),
    ("Кризис в Киргизии продолжается. Об отставке с поста спикера парламента объявил Мыктыбек Абдылдаев.",
     "ru", "Myktybek Abdyldayev", "Speaker"),
    ("Криза в Киргизстані триває. Президент звільнив Кубатбека Боронова з посади прем'єр-міністра.", "uk",
     "Boronov", "Prime Minister of Kyrgyzstan"),
    ("La crise au Kirghizstan continue. Le Parlement a approuvé la nomination de Sadyr Japarov au poste "
     "de Premier ministre.", "fr", "Sadyr Japarov", "Prime Minister of Kyrgyzstan"),
    ("La crise au Kirghizstan continue. Le président a démis le général Kamchybek Tashiev de ses fonctions "
     "de chef des services de sécurité.", "fr", "Kamchybek Tashiev", "Head"),
    ("Kyrgyzstan's crisis continued. The president removed Kubatbek Boronov from the post of prime minister.",
     "en", "Kubatbek Boronov", "Prime Minister of Kyrgyzstan"),
]


@pytest.mark.parametrize("text,lang,holder,role", POST_HOLDER)
def test_roles8_post_holder(text, lang, holder, role, graph_triples):
    """"освободил X от должности премьера", "la nomination de X au poste de Premier ministre": the title
    named as a post is said of the person the clause names."""
    triples = graph_triples(text, lang)
    assert any(p == "HOLDS_ROLE" and holder in s and role in o for s, p, o in triples), triples


def test_roles8_post_left_is_one_former_role(graph_triples):
    """A post someone left is one former role, not also a held one."""
    triples = graph_triples("Kyrgyzstan's crisis continued. Soon after Kubatbek Boronov left the post of "
                            "prime minister, Sadyr Japarov, who replaced him, spoke to the crowd.", "en")
    held = sorted(o for s, p, o in triples if p == "HOLDS_ROLE" and s == "Kubatbek Boronov")
    assert len(held) <= 1, triples


# -- an ambassador "in" the host country --------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Кризис в Грузии углубился. Посол США в Грузии Робин Данниган встретилась с протестующими.", "ru"),
    ("Криза в Грузії поглибилася. Посол США у Грузії Робін Данніган зустрілася з протестувальниками.", "uk"),
    ("La crise en Géorgie s'aggrave. L'ambassadrice des États-Unis en Géorgie, Robin Dunnigan, a rencontré "
     "des manifestants.", "fr"),
    ("La crisi in Georgia si aggrava. L'ambasciatrice degli Stati Uniti in Georgia, Robin Dunnigan, ha "
     "incontrato i manifestanti.", "it"),
    ("Georgia's crisis deepened. The US ambassador to Georgia, Robin Dunnigan, met protesters.", "en"),
])
def test_roles8_ambassador_in_host_country(text, lang, graph_triples):
    triples = graph_triples(text, lang)
    assert any(p == "HOLDS_ROLE" and o == "Ambassador of United States to Georgia" for _, p, o in triples), triples


# -- ministers every government has --------------------------------------------------------------
@pytest.mark.parametrize("text,lang,role", [
    ("Sri Lanka's crisis deepened. Finance Minister Ali Sabry resigned a day after his appointment.", "en",
     "Minister of Finance of Sri Lanka"),
    ("Кризис на Шри-Ланке углубился. Министр финансов Али Сабри ушёл в отставку.", "ru",
     "Minister of Finance of Sri Lanka"),
    ("Kryzys na Sri Lance się pogłębia. Minister finansów Ali Sabry podał się do dymisji.", "pl",
     "Minister of Finance of Sri Lanka"),
    ("La crise au Sri Lanka s'aggrave. Le ministre des Finances Ali Sabry a démissionné.", "fr",
     "Minister of Finance of Sri Lanka"),
    ("La crisi in Sri Lanka si aggrava. Il ministro delle Finanze Ali Sabry si è dimesso.", "it",
     "Minister of Finance of Sri Lanka"),
    ("La crisis en Sri Lanka se agrava. El ministro de Hacienda, Ali Sabry, dimitió.", "es",
     "Minister of Finance of Sri Lanka"),
    ("Sri Lanka's crisis deepened. Power and Energy Minister Kanchana Wijesekera announced fuel rationing.",
     "en", "Minister of Energy of Sri Lanka"),
    ("Кризис на Шри-Ланке углубился. Министр финансов Индии Нирмала Ситхараман приехала в Коломбо.", "ru",
     "Minister of Finance of India"),
])
def test_roles8_ministers(text, lang, role, graph_triples):
    assert any(p == "HOLDS_ROLE" and o == role for _, p, o in graph_triples(text, lang))


# -- French and Italian elided articles inside a title's complement ------------------------------
@pytest.mark.parametrize("text,lang", [
    ("La crise au Sri Lanka s'aggrave. Le chef de l'opposition Sajith Premadasa a appelé à des élections.", "fr"),
    ("La crisi in Sri Lanka si aggrava. Il capo dell'opposizione Sajith Premadasa ha chiesto elezioni.", "it"),
])
def test_roles8_elided_article(text, lang, graph_triples):
    triples = graph_triples(text, lang)
    assert any(p == "HOLDS_ROLE" and s == "Sajith Premadasa" and "Opposition" in o for s, p, o in triples), triples


# -- a dash between a name and its title ----------------------------------------------------------
@pytest.mark.parametrize("text,lang,holder,role", [
    ("Кризис на Шри-Ланке углубился. Махинда Раджапакса — бывший премьер-министр.", "ru",
     "Radzhapaksa", "former Prime Minister of Sri Lanka"),
    ("Криза в Грузії поглибилася. Міхеїл Кавелашвілі — лідер партії «Сила народу».", "uk",
     "Kavelashvili", "Leader of the Party"),
    ("Kryzys na Sri Lance się pogłębia. Sajith Premadasa – lider opozycji – wezwał do wyborów.", "pl",
     "Sajith Premadasa", "Leader of the Opposition"),
    ("Sri Lanka's crisis deepened. Mahinda Rajapaksa – a former prime minister – resigned.", "en",
     "Mahinda Rajapaksa", "former Prime Minister of Sri Lanka"),
])
def test_roles8_dash(text, lang, holder, role, graph_triples):
    triples = graph_triples(text, lang)
    assert any(p == "HOLDS_ROLE" and holder in s and o.startswith(role) for s, p, o in triples), triples


# -- a hyphened adjective before a title names nothing the title is of ---------------------------
@pytest.mark.parametrize("text,lang,bad", [
    ("Georgia's crisis deepened. Georgia's pro-Western President Salome Zourabichvili refused to leave.", "en",
     "Western"),
    ("Georgia's crisis deepened. The pro-Russian leader Mikheil Kavelashvili spoke.", "en", "Russia"),
])
def test_roles8_hyphened_adjective(text, lang, bad, graph_triples):
    triples = graph_triples(text, lang)
    assert not any(p == "HOLDS_ROLE" and bad in o for _, p, o in triples), triples


def test_roles8_hyphened_adjective_keeps_the_country(graph_triples):
    triples = graph_triples("Georgia's crisis deepened. Georgia's pro-Western President Salome Zourabichvili "
                            "refused to leave.", "en")
    assert ("Salome Zourabichvili", "HOLDS_ROLE", "President of Georgia") in triples, triples


@pytest.mark.parametrize("text,lang", [
    ("Криза в Киргизстані триває. Голова держави Сооронбай Жеенбеков підписав указ.", "uk"),
    ("Кризис в Киргизии продолжается. Глава государства Сооронбай Жээнбеков подписал указ.", "ru"),
])
def test_roles8_head_of_state(text, lang, graph_triples):
    triples = graph_triples(text, lang)
    assert any(p == "HOLDS_ROLE" and o == "Head of State of Kyrgyzstan" for _, p, o in triples), triples
