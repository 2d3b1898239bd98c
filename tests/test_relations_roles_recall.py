"""Recall of role statements, resignations and appointments (issue 15), on sentences written for
this test in several languages (never taken from a corpus): the expected claims are among those
the real pipeline finds, the forbidden ones are not."""

from __future__ import annotations

import pytest

CASES = [
    # one's own resignation announced, the role from the title before the name
    ("en", "Defence Minister Sergei Shoigu announced his resignation on Saturday.",
     {("sergei-shoigu", "RESIGNED", "Minister of Defence of Russia")}, set()),
    ("fr", "Le Premier ministre Askar Mamine a annoncé sa démission mercredi.",
     {("askar-mamin", "RESIGNED", "Prime Minister of Kazakhstan")}, set()),
    ("de", "Regierungschef Askar Mamin reichte am Mittwoch seinen Rücktritt ein.",
     {("askar-mamin", "RESIGNED", "Prime Minister of Kazakhstan")}, set()),
    ("it", "Il ministro della Difesa Sergei Shoigu ha annunciato le sue dimissioni sabato.",
     {("sergei-shoigu", "RESIGNED", "Minister of Defence of Russia")}, set()),
    ("es", "El primer ministro, Askar Mamin, anunció su dimisión el miércoles.",
     {("askar-mamin", "RESIGNED", "Prime Minister of Kazakhstan")}, set()),
    ("ru", "Министр обороны Сергей Шойгу объявил о своей отставке в субботу.",
     {("sergei-shoigu", "RESIGNED", "Minister of Defence of Russia")}, set()),
    ("uk", "Прем'єр-міністр Аскар Мамін оголосив про свою відставку.",
     {("askar-mamin", "RESIGNED", "Prime Minister of Kazakhstan")}, set()),
    ("pl", "Premier Askar Mamin ogłosił w środę swoją rezygnację.",
     {("askar-mamin", "RESIGNED", "Prime Minister of Kazakhstan")}, set()),
    # a title held for a person, in an apposition after the holder's name (the owner inflected,
    # uninflected, or followed by words describing the title)
    ("uk", "Айдос Укібай, речник Назарбаєва, заявив про це.",
     {("Айдос Укібай", "HOLDS_ROLE", "Spokesperson of Nursultan Nazarbayev")}, set()),
    ("ru", "Айдос Укибай, советник Назарбаева по экономическим вопросам, сообщил об этом.",
     {("Айдос Укибай", "HOLDS_ROLE", "Adviser of Nursultan Nazarbayev")}, set()),
    ("es", "Aidos Ukibay, portavoz de Nazarbáyev, lo explicó el jueves.",
     {("Aidos Ukibay", "HOLDS_ROLE", "Spokesperson of Nursultan Nazarbayev")}, set()),
    ("en", "Aidos Ukibay, an adviser to Nazarbayev, said so on Thursday.",
     {("Aidos Ukibay", "HOLDS_ROLE", "Adviser of Nursultan Nazarbayev")}, set()),
    ("fr", "Aïdos Oukibaï, conseiller de Nazarbaïev, l'a confirmé jeudi.",
     {("Aïdos Oukibaï", "HOLDS_ROLE", "Adviser of Nursultan Nazarbayev")}, set()),
    ("uk", "Пітер Гарт, радник Кім Ин Су, залишається під вартою.",
     {("Пітер Гарт", "HOLDS_ROLE", "Adviser of Kim In Su")}, set()),
    # an unknown owner named in full before is written in full
    ("es", "Kim Yong Su sigue en arresto. El economista Peter Hart, asesor de Yong Su, sigue detenido.",
     {("Peter Hart", "HOLDS_ROLE", "Adviser of Kim Yong Su")}, set()),
    # the role a sentence before named the person with is the one the resignation leaves
    ("uk", "Парламент розглянув звільнення міністра оборони Сергія Шойгу. Того ж дня Шойгу сам подав у відставку.",
     {("sergei-shoigu", "RESIGNED", "Minister of Defence of Russia")}, set()),
]


@pytest.mark.parametrize("lang, text, expected, forbidden", CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_relations_roles_recall(lang, text, expected, forbidden, relation_triples):
    found = relation_triples(text, lang, with_text=True)
    assert expected <= found
    assert not forbidden & found


DEMANDED = [
    ("en", "Protesters in the capital demanded his resignation."),
    ("es", "Los manifestantes exigieron su dimisión."),
    ("fr", "Les manifestants réclamaient sa démission."),
    ("ru", "Протестующие потребовали его отставки."),
]


@pytest.mark.parametrize("lang, text", DEMANDED, ids=[f"{c[0]}-{n}" for n, c in enumerate(DEMANDED)])
def test_relations_roles_recall_demanded_resignation_is_none(lang, text, relation_triples):
    assert not {t for t in relation_triples(text, lang, with_text=True) if t[1] == "RESIGNED"}


SAME_DAY = [
    ("uk", "Президент у понеділок склав присягу. Прем'єр-міністр Аскар Мамін того ж дня оголосив про свою відставку."),
    ("en", "The president was sworn in on Monday. Prime Minister Askar Mamin announced his resignation the same day."),
    ("es", "El presidente juró el cargo el lunes. El primer ministro, Askar Mamin, anunció su dimisión ese mismo día."),
]


@pytest.mark.parametrize("lang, text", SAME_DAY, ids=[f"{c[0]}-{n}" for n, c in enumerate(SAME_DAY)])
def test_relations_roles_recall_same_day_is_the_day_named_before(lang, text, ontology):
    """"the same day" dates a claim with the latest date named before it (Monday 2019-05-20)."""
    from kzgraph.corpus import document_from_text
    from kzgraph.extract.pipeline import parse
    from kzgraph.extract.relations import extract_relations

    document = document_from_text(text, lang=lang, date="2019-05-21")
    doc = parse(document, ontology)
    mentions = [span._.kz_mention for span in doc.spans["kz_mentions"]]
    dates = {r.date for r in extract_relations(doc, document, mentions, ontology) if r.predicate == "RESIGNED"}
    assert dates == {"2019-05-20"}


# an appointment in a relative clause: the person before the comma is the one appointed and holds
# the title, whoever the clause's subject is; a subject relative keeps its own reading
RELATIVE = [
    ("ru", "Ермек Сагимбаев, которого Токаев назначил председателем КНБ, выступил в понедельник.",
     {("yermek-sagimbayev", "HOLDS_ROLE", "Chairman of National Security Committee of Kazakhstan"),
      ("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")},
     {("kassym-jomart-tokayev", "HOLDS_ROLE", "Chairman of National Security Committee of Kazakhstan")}),
    ("uk", "Єрмек Сагімбаєв, якого Токаєв призначив у січні головою КНБ, виступив.",
     {("yermek-sagimbayev", "HOLDS_ROLE", "Chairman of National Security Committee of Kazakhstan"),
      ("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")},
     {("kassym-jomart-tokayev", "HOLDS_ROLE", "Chairman of National Security Committee of Kazakhstan")}),
    ("pl", "Jermek Sagimbajew, którego Tokajew mianował szefem KBN, przemawiał w poniedziałek.",
     {("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")},
     {("kassym-jomart-tokayev", "HOLDS_ROLE", "Head of National Security Committee of Kazakhstan")}),
    ("en", "Ermek Sagimbayev, whom Tokayev appointed head of the National Security Committee, spoke.",
     {("yermek-sagimbayev", "HOLDS_ROLE", "Head of National Security Committee of Kazakhstan"),
      ("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")},
     {("kassym-jomart-tokayev", "HOLDS_ROLE", "Head of National Security Committee of Kazakhstan")}),
    ("de", "Ermek Sagimbajew, den Tokajew zum KNB-Chef ernannt hatte, sprach am Montag.",
     {("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")}, set()),
    ("it", "Ermek Sagimbayev, che Tokayev ha nominato capo del KNB, ha parlato lunedì.",
     {("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")}, set()),
    ("fr", "Ermek Sagimbaïev, que Tokaïev a nommé à la tête du KNB, a parlé lundi.",
     {("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")}, set()),
    # the subject unnamed in the clause: the one who dismissed is the one who had appointed
    ("ru", "В сентябре Токаев отправил в отставку правительство Аскара Мамина, которого сам же назначил "
           "премьером годом ранее.",
     {("kassym-jomart-tokayev", "APPOINTED", "askar-mamin")}, set()),
    # a subject relative: the person before the comma appoints
    ("ru", "Токаев поблагодарил Мамина, который назначил Сагимбаева главой КНБ.",
     {("askar-mamin", "APPOINTED", "yermek-sagimbayev")},
     {("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev"),
      ("askar-mamin", "HOLDS_ROLE", "Head of National Security Committee of Kazakhstan")}),
    # a participle or a passive relative with its agent: the agent appoints
    ("en", "Ermek Sagimbayev, who was appointed by Tokayev in January, spoke on Monday.",
     {("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")},
     {("yermek-sagimbayev", "APPOINTED", "kassym-jomart-tokayev")}),
    ("en", "Ermek Sagimbayev, appointed by Tokayev in January, spoke on Monday.",
     {("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")},
     {("yermek-sagimbayev", "APPOINTED", "kassym-jomart-tokayev")}),
    ("fr", "Ermek Sagimbaïev, nommé par Tokaïev, a parlé lundi.",
     {("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")},
     {("yermek-sagimbayev", "APPOINTED", "kassym-jomart-tokayev")}),
    ("it", "Ermek Sagimbayev, nominato da Tokayev, ha parlato lunedì.",
     {("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")},
     {("yermek-sagimbayev", "APPOINTED", "kassym-jomart-tokayev")}),
    ("es", "Ermek Sagimbáyev, nombrado por Tokáyev, habló el lunes.",
     {("kassym-jomart-tokayev", "APPOINTED", "yermek-sagimbayev")},
     {("yermek-sagimbayev", "APPOINTED", "kassym-jomart-tokayev")}),
    # a post taken over from its holder; a passive succession keeps who is new and who former
    ("en", "Tokayev took over from Nazarbayev as head of the Security Council on Wednesday.",
     {("kassym-jomart-tokayev", "REPLACED", "nursultan-nazarbayev"),
      ("nursultan-nazarbayev", "HOLDS_ROLE", "former Head of Security Council of Kazakhstan")},
     {("nursultan-nazarbayev", "REPLACED", "kassym-jomart-tokayev")}),
    ("en", "Nazarbayev was succeeded by Tokayev as head of the Security Council.",
     {("kassym-jomart-tokayev", "REPLACED", "nursultan-nazarbayev"),
      ("nursultan-nazarbayev", "HOLDS_ROLE", "former Head of Security Council of Kazakhstan")},
     {("kassym-jomart-tokayev", "HOLDS_ROLE", "former Head of Security Council of Kazakhstan")}),
    # acting for a post: the duties taken on, with the holder before or after
    ("ru", "Марат Ахметов временно исполняет обязанности министра обороны.",
     {("Марат Ахметов", "HOLDS_ROLE", "acting Minister of Defence")}, set()),
    ("uk", "Обов'язки голови парламенту тимчасово виконуватиме його заступник Марат Ахметов.",
     {("Марат Ахметов", "HOLDS_ROLE", "acting Chairman of the Parliament")}, set()),
    ("ru", "Обязанности министра обороны будет исполнять Марат Ахметов.",
     {("Марат Ахметов", "HOLDS_ROLE", "acting Minister of Defence")}, set()),
    ("pl", "Obowiązki ministra obrony pełni Marat Achmetow.",
     {("Marat Achmetow", "HOLDS_ROLE", "acting Minister of Defence")}, set()),
    ("ru", "Исполняющим обязанности министра обороны назначен Марат Ахметов.",
     {("Марат Ахметов", "HOLDS_ROLE", "acting Minister of Defence")}, set()),
    # "named" in the simple past appoints when a title follows in its clause; "a man named X" does not
    ("en", "Tokayev named Alikhan Smailov acting prime minister on Wednesday.",
     {("kassym-jomart-tokayev", "APPOINTED", "alikhan-smailov")}, set()),
    ("en", "Police detained a man named Nurlan Ivanov, the mayor's driver, on Monday.", set(),
     {("kazakh-police", "APPOINTED", "Nurlan Ivanov")}),
    # a one-word place the recogniser took for a person, after "of" a title that is no person's
    ("en", "Ramzan Kadyrov, the head of Chechnya, said so on Saturday.",
     {("Ramzan Kadyrov", "HOLDS_ROLE", "Head of Chechnya")}, set()),
    # a possessive naming whose title it is, across sentences (es "su" is his, her or its)
    ("es", "Nazarbáyev está en la capital. Así lo explicó su portavoz, Aidos Ukibay, el jueves.",
     {("Aidos Ukibay", "HOLDS_ROLE", "Spokesperson of Nursultan Nazarbayev")}, set()),
]


@pytest.mark.parametrize("lang, text, expected, forbidden", RELATIVE, ids=[f"{c[0]}-{n}" for n, c in enumerate(RELATIVE)])
def test_relations_roles_recall_relative_clauses(lang, text, expected, forbidden, relation_triples):
    found = relation_triples(text, lang, with_text=True)
    assert expected <= found
    assert not forbidden & found
