"""Requests for help, troops sent, arrivals, departures: the phrasings real reporting uses.

The sentences are written for these tests (none copied from an article, the seeds, the held-out
set or the development stories).  They follow the variants a study of reporting on Ukraine
(allies asked for weapons), Sri Lanka 2022 (India, China and lenders asked for credit; the
president leaving the country), Kyrgyzstan 2020 and the Wagner mutiny (units sent and
arriving) found in en ru uk pl fr de it es:

* the request and what is asked for: help and support, but also weapons, aircraft, credit,
  loans, a bailout, troops ("asked NATO for fighter jets", "попросила у Китая кредит",
  "hat Deutschland um Waffen gebeten");
* the addressee in the forms each language gives it: "asked X for", "turned to X with a
  request", "appealed to X", "обратилась к X с просьбой", "попросила у X", "zwróciła się do X z
  prośbą", "wystąpiła do X o", "zaapelował do X", "a demandé à X", "a réclamé à X", "bat X um",
  "wandte sich an X", "ha chiesto a X", "pidió a X", "solicitó a X";
* troops sent, with more words for units ("battalion", "батальйон", "reinforcements") and
  Polish "na" before the countries that take it ("na Białoruś", "na Ukrainę");
* leaving a country: "left X", "verließ X", "ha lasciato X", "abandonó X", "вылетел из X",
  "wyleciał z X", and leaving for a destination ("left for the Maldives", "бежал на Мальдивы"),
  which leaves the country the text is about;
* a sending after someone's appeal ("following a request from X", "после обращения X"), troops
  contributed or allotted, troops of countries "in the composition" of a force, arrivals by
  landing or reaching, guarding and "guarded by", burning and taking control, and the agentless
  passives of arson and seizure (rioters by default);
* the leaders of a body named by no name speak for it ("appealed to the leaders of the CSTO"); a
  name hyphened to "led" modifies the noun after it ("a Moscow-led alliance" asks no Moscow).
"""

from __future__ import annotations

import pytest

POSITIVE = [
    # -- requests: weapons, aircraft, credit, loans ---------------------------------------------------
    ("en", "Ukraine asked NATO for fighter jets and air defence systems.",
     {("ukraine", "REQUESTED_AID_FROM", "nato")}),
    ("en", "Sri Lanka turned to India for emergency credit to pay for fuel.",
     {("sri-lanka", "REQUESTED_AID_FROM", "india")}),
    ("en", "Sri Lanka sought an emergency loan from China.",
     {("sri-lanka", "REQUESTED_AID_FROM", "china")}),
    ("en", "Zelenskyy appealed to the European Union for more weapons.",
     {("volodymyr-zelenskyy", "REQUESTED_AID_FROM", "european-union")}),
    ("en", "Kyrgyzstan's president turned to Russia with a request to help restore order.",
     {("sadyr-japarov", "REQUESTED_AID_FROM", "russia")}),
    ("en", "Ukraine has requested more artillery from the United States.",
     {("ukraine", "REQUESTED_AID_FROM", "united-states")}),
    ("ru", "Украина попросила у НАТО истребители и системы противовоздушной обороны.",
     {("ukraine", "REQUESTED_AID_FROM", "nato")}),
    ("ru", "Шри-Ланка обратилась к Индии с просьбой о кредите.",
     {("sri-lanka", "REQUESTED_AID_FROM", "india")}),
    ("ru", "Киргизия обратилась за помощью к России.",
     {("kyrgyzstan", "REQUESTED_AID_FROM", "russia")}),
    ("ru", "Лукашенко попросил Россию о военной помощи.",
     {("alexander-lukashenko", "REQUESTED_AID_FROM", "russia")}),
    ("ru", "Шри-Ланка запросила у Китая новый кредит.",
     {("sri-lanka", "REQUESTED_AID_FROM", "china")}),
    ("uk", "Україна звернулася до НАТО з проханням надати зброю.",
     {("ukraine", "REQUESTED_AID_FROM", "nato")}),
    ("uk", "Зеленський попросив у Польщі літаки та зброю.",
     {("volodymyr-zelenskyy", "REQUESTED_AID_FROM", "poland")}),
    ("uk", "Шрі-Ланка звернулася по допомогу до Індії.",
     {("sri-lanka", "REQUESTED_AID_FROM", "india")}),
    ("pl", "Ukraina zwróciła się do NATO z prośbą o samoloty.",
     {("ukraine", "REQUESTED_AID_FROM", "nato")}),
    ("pl", "Sri Lanka poprosiła Indie o pomoc finansową.",
     {("sri-lanka", "REQUESTED_AID_FROM", "india")}),
    ("pl", "Zełenski zaapelował do Francji o dostawy broni.",
     {("volodymyr-zelenskyy", "REQUESTED_AID_FROM", "france")}),
    ("pl", "Ukraina wystąpiła do Stanów Zjednoczonych o kolejne dostawy broni.",
     {("ukraine", "REQUESTED_AID_FROM", "united-states")}),
    ("fr", "L'Ukraine a demandé à l'OTAN des avions de combat.",
     {("ukraine", "REQUESTED_AID_FROM", "nato")}),
    ("fr", "Le Sri Lanka a sollicité l'aide de l'Inde.",
     {("sri-lanka", "REQUESTED_AID_FROM", "india")}),
    ("fr", "Kiev a réclamé des armes lourdes à l'Allemagne.",
     {("ukraine", "REQUESTED_AID_FROM", "germany")}),
    ("fr", "Le Sri Lanka a demandé une ligne de crédit à la Chine.",
     {("sri-lanka", "REQUESTED_AID_FROM", "china")}),
    ("de", "Die Ukraine hat Deutschland um weitere Waffen gebeten.",
     {("ukraine", "REQUESTED_AID_FROM", "germany")}),
    ("de", "Sri Lanka bat Indien um finanzielle Hilfe.",
     {("sri-lanka", "REQUESTED_AID_FROM", "india")}),
    ("de", "Kirgistan wandte sich mit der Bitte um Unterstützung an Russland.",
     {("kyrgyzstan", "REQUESTED_AID_FROM", "russia")}),
    ("de", "Selenskyj forderte von der Nato mehr Kampfflugzeuge.",
     {("volodymyr-zelenskyy", "REQUESTED_AID_FROM", "nato")}),
    ("it", "L'Ucraina ha chiesto alla NATO nuove armi.",
     {("ukraine", "REQUESTED_AID_FROM", "nato")}),
    ("it", "Lo Sri Lanka ha chiesto aiuto all'India.",
     {("sri-lanka", "REQUESTED_AID_FROM", "india")}),
    ("it", "Il Kirghizistan si è rivolto alla Russia per ottenere sostegno.",
     {("kyrgyzstan", "REQUESTED_AID_FROM", "russia")}),
    ("it", "Lo Sri Lanka ha chiesto un prestito alla Cina.",
     {("sri-lanka", "REQUESTED_AID_FROM", "china")}),
    ("es", "Ucrania pidió a la OTAN más armas.",
     {("ukraine", "REQUESTED_AID_FROM", "nato")}),
    ("es", "Sri Lanka solicitó ayuda financiera a la India.",
     {("sri-lanka", "REQUESTED_AID_FROM", "india")}),
    ("es", "Kirguistán recurrió a Rusia en busca de apoyo.",
     {("kyrgyzstan", "REQUESTED_AID_FROM", "russia")}),
    ("es", "Sri Lanka pidió un préstamo a China.",
     {("sri-lanka", "REQUESTED_AID_FROM", "china")}),
    ("ru", "Лукашенко призвал ОДКБ на помощь.", {("alexander-lukashenko", "REQUESTED_AID_FROM", "csto")}),
    ("ru", "Лукашенко попросил ОДКБ прислать миротворцев.", {("alexander-lukashenko", "REQUESTED_AID_FROM", "csto")}),
    ("uk", "Зеленський попросив НАТО про літаки.", {("volodymyr-zelenskyy", "REQUESTED_AID_FROM", "nato")}),
    # -- at someone's request, a sending: the requester asked the sender ------------------------------
    ("ru", "По просьбе Минска Россия направила в Белоруссию дополнительные подразделения.",
     {("belarus", "REQUESTED_AID_FROM", "russia"), ("russia", "SENT_TROOPS_TO", "belarus")}),
    ("uk", "На прохання Мінська Росія перекинула до Білорусі нові підрозділи.",
     {("belarus", "REQUESTED_AID_FROM", "russia"), ("russia", "SENT_TROOPS_TO", "belarus")}),
    # -- troops sent ---------------------------------------------------------------------------------
    ("en", "Belarus dispatched a battalion to Russia.", {("belarus", "SENT_TROOPS_TO", "russia")}),
    ("en", "Russia sent reinforcements to Belarus.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("en", "Russian soldiers were sent to Belarus for joint drills.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("ru", "Белоруссия отправила в Россию батальон десантников.", {("belarus", "SENT_TROOPS_TO", "russia")}),
    ("ru", "Россия ввела войска в Белоруссию.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("uk", "Білорусь надіслала до Росії батальйон.", {("belarus", "SENT_TROOPS_TO", "russia")}),
    ("pl", "Rosja wysłała na Białoruś tysiące żołnierzy.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("pl", "Rosyjscy żołnierze zostali wysłani na Białoruś.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("fr", "La Russie a envoyé des renforts en Biélorussie.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("fr", "Des soldats russes ont été dépêchés en Biélorussie.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("de", "Russische Soldaten wurden nach Belarus verlegt.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("de", "Russland hat ein Bataillon nach Belarus entsandt.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("it", "La Russia ha inviato rinforzi in Bielorussia.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("it", "Soldati russi sono stati inviati in Bielorussia.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("es", "Rusia envió un batallón a Bielorrusia.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("es", "Tropas rusas fueron enviadas a Bielorrusia.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    # -- a sending after someone's request: the requester asked the sender --------------------------
    ("en", "Russia sent troops to Belarus following a request from Lukashenko.",
     {("alexander-lukashenko", "REQUESTED_AID_FROM", "russia"), ("russia", "SENT_TROOPS_TO", "belarus")}),
    ("fr", "Après un appel de Loukachenko, la Russie a envoyé des soldats en Biélorussie.",
     {("alexander-lukashenko", "REQUESTED_AID_FROM", "russia")}),
    ("ru", "После обращения Лукашенко Россия направила в Белоруссию войска.",
     {("alexander-lukashenko", "REQUESTED_AID_FROM", "russia")}),
    # -- troops contributed, allotted; the subject after the verb ------------------------------------
    ("en", "Armenia contributed 100 troops to the mission in Belarus.", {("armenia", "SENT_TROOPS_TO", "belarus")}),
    ("es", "Rusia aportó la mayoría de las tropas desplegadas en Bielorrusia.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("ru", "В Белоруссию войска направила Россия.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("uk", "Вірменія виділила для місії в Білорусі сто військових.", {("armenia", "SENT_TROOPS_TO", "belarus")}),
    # -- troops on station ---------------------------------------------------------------------------
    ("en", "Russian soldiers took up positions in Minsk.", {("russian-troops", "DEPLOYED_TO", "minsk")}),
    ("fr", "Des soldats russes patrouillent à Minsk.", {("russian-troops", "DEPLOYED_TO", "minsk")}),
    # -- arson and seizure: burning, taking control, the passive with no agent (rioters did it) -------
    ("en", "Protesters burned police cars in the centre.", {("protesters", "SET_FIRE_TO", "police-cars")}),
    ("en", "Several police cars were set on fire overnight.", {("protesters", "SET_FIRE_TO", "police-cars")}),
    ("de", "Demonstranten brannten mehrere Polizeiautos nieder.", {("protesters", "SET_FIRE_TO", "police-cars")}),
    ("ru", "Протестующие сожгли полицейские машины.", {("protesters", "SET_FIRE_TO", "police-cars")}),
    ("pl", "Demonstranci spalili radiowozy policji.", {("protesters", "SET_FIRE_TO", "police-cars")}),
    ("es", "Los manifestantes quemaron coches de policía.", {("protesters", "SET_FIRE_TO", "police-cars")}),
    ("it", "Diverse auto della polizia sono state date alle fiamme.", {("protesters", "SET_FIRE_TO", "police-cars")}),
    ("en", "Protesters took control of government buildings.",
     {("protesters", "SEIZED", "government-buildings")}),
    ("ru", "Протестующие взяли под контроль правительственные здания.",
     {("protesters", "SEIZED", "government-buildings")}),
    ("en", "Government buildings were seized on Wednesday.", {("protesters", "SEIZED", "government-buildings")}),
    ("fr", "Des bâtiments gouvernementaux ont été pris d'assaut.",
     {("protesters", "SEIZED", "government-buildings")}),
    ("uk", "Протестувальники увірвалися до урядових будівель.", {("protesters", "SEIZED", "government-buildings")}),
    # -- the leaders of a body, named by no name, speak for it -----------------------------------------
    ("ru", "Лукашенко обратился к лидерам ОДКБ за помощью.", {("alexander-lukashenko", "REQUESTED_AID_FROM", "csto")}),
    ("en", "Lukashenko appealed to the leaders of the CSTO for help.",
     {("alexander-lukashenko", "REQUESTED_AID_FROM", "csto")}),
    ("pl", "Łukaszenka zwrócił się do przywódców OUBZ o pomoc.", {("alexander-lukashenko", "REQUESTED_AID_FROM", "csto")}),
    ("fr", "Loukachenko a demandé aux dirigeants de l'OTSC de l'aide.",
     {("alexander-lukashenko", "REQUESTED_AID_FROM", "csto")}),
    # -- Kazakh: the alliance as the head of a compound; leaving the country -------------------------
    ("kk", "Лукашенко ҰҚШҰ елдерінен көмек сұрады.", {("alexander-lukashenko", "REQUESTED_AID_FROM", "csto")}),
    ("kk", "Назарбаев елден кетті.", {("nursultan-nazarbayev", "LEFT_COUNTRY", "kazakhstan")}),
    # -- troop nouns: a singular force, Romance forces ------------------------------------------------
    ("en", "Russia dispatched a 2,000-strong force to Belarus.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("it", "La Russia ha inviato forze speciali in Bielorussia.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    ("es", "Rusia envió fuerzas especiales a Bielorrusia.", {("russia", "SENT_TROOPS_TO", "belarus")}),
    # -- arriving by landing, reaching; guarding, and guarded by ----------------------------------------
    ("en", "Russian paratroopers landed in Minsk on Thursday.", {("russian-troops", "ARRIVED_IN", "minsk")}),
    ("fr", "Des parachutistes russes ont atterri en Biélorussie.", {("russian-troops", "ARRIVED_IN", "belarus")}),
    ("it", "I paracadutisti russi sono giunti in Bielorussia.", {("russian-troops", "ARRIVED_IN", "belarus")}),
    ("es", "Paracaidistas rusos aterrizaron en Bielorrusia.", {("russian-troops", "ARRIVED_IN", "belarus")}),
    ("de", "Russische Soldaten erreichten Minsk am Donnerstag.", {("russian-troops", "ARRIVED_IN", "minsk")}),
    ("ru", "Российские десантники приземлились в Минске.", {("russian-troops", "ARRIVED_IN", "minsk")}),
    ("en", "Government buildings are guarded by Russian paratroopers.",
     {("russian-troops", "GUARDS", "government-buildings")}),
    ("de", "Die Regierungsgebäude werden von russischen Soldaten bewacht.",
     {("russian-troops", "GUARDS", "government-buildings")}),
    ("it", "Gli edifici governativi sono presidiati da soldati russi.",
     {("russian-troops", "GUARDS", "government-buildings")}),
    ("es", "Los edificios gubernamentales están custodiados por soldados rusos.",
     {("russian-troops", "GUARDS", "government-buildings")}),
    ("ru", "Правительственные здания охраняются российскими военными.",
     {("russian-troops", "GUARDS", "government-buildings")}),
    ("pl", "Budynki rządowe są strzeżone przez rosyjskich żołnierzy.",
     {("russian-troops", "GUARDS", "government-buildings")}),
    ("en", "Russian troops secured government buildings.", {("russian-troops", "GUARDS", "government-buildings")}),
    # -- "also" joins no verbs; troops of countries as part of a force; a Moscow-led alliance ---------
    ("en", "Unrest shook Kazakhstan. Russia sent paratroopers to Kazakhstan, while Belarus and Armenia also "
           "contributed troops.",
     {("russia", "SENT_TROOPS_TO", "kazakhstan"), ("belarus", "SENT_TROOPS_TO", "kazakhstan"),
      ("armenia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("ru", "Беспорядки в Казахстане. В состав контингента вошли военнослужащие России и Армении.",
     {("russia", "SENT_TROOPS_TO", "kazakhstan"), ("armenia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("uk", "Заворушення в Казахстані. До складу контингенту увійшли військові Росії та Білорусі.",
     {("russia", "SENT_TROOPS_TO", "kazakhstan"), ("belarus", "SENT_TROOPS_TO", "kazakhstan")}),
    # -- a unit of other troops is named by them -------------------------------------------------------
    ("uk", "Також до Росії прибула рота білоруських десантників.", {("belarusian-paratroopers", "ARRIVED_IN", "russia")}),
    # -- German preterite landings, Italian "ad", the Spanish noun "envío" -----------------------------
    ("de", "Unruhen in Kasachstan. Die ersten russischen Soldaten landeten am Donnerstag in Almaty.",
     {("russian-troops", "ARRIVED_IN", "almaty"), ("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("it", "Disordini in Kazakistan. I primi soldati russi sono atterrati ad Almaty.",
     {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("es", "Disturbios en Kazajistán. La OTSC decidió el envío de tropas a Kazajistán.",
     {("csto", "SENT_TROOPS_TO", "kazakhstan")}),
    # -- troops invading a country were sent there -----------------------------------------------------
    ("en", "Russian forces attacked Ukraine from the north.", {("russia", "SENT_TROOPS_TO", "ukraine")}),
    ("ru", "Российские войска вторглись в Украину.", {("russia", "SENT_TROOPS_TO", "ukraine")}),
    ("uk", "Російські війська вдерлися в Україну.", {("russia", "SENT_TROOPS_TO", "ukraine")}),
    ("pl", "Rosyjskie wojska wkroczyły na Ukrainę.", {("russia", "SENT_TROOPS_TO", "ukraine")}),
    ("fr", "Les troupes russes ont envahi l'Ukraine.", {("russia", "SENT_TROOPS_TO", "ukraine")}),
    ("de", "Russische Truppen marschierten in die Ukraine ein.", {("russia", "SENT_TROOPS_TO", "ukraine")}),
    ("it", "Le truppe russe hanno invaso l'Ucraina.", {("russia", "SENT_TROOPS_TO", "ukraine")}),
    ("es", "Las tropas rusas invadieron Ucrania.", {("russia", "SENT_TROOPS_TO", "ukraine")}),
    # -- leaving a country ---------------------------------------------------------------------------
    ("en", "Lukashenko left Belarus on Tuesday.", {("alexander-lukashenko", "LEFT_COUNTRY", "belarus")}),
    ("de", "Lukaschenko verließ Belarus am Dienstag.", {("alexander-lukashenko", "LEFT_COUNTRY", "belarus")}),
    ("de", "Lukaschenko hat Belarus verlassen.", {("alexander-lukashenko", "LEFT_COUNTRY", "belarus")}),
    ("it", "Lukashenko ha lasciato la Bielorussia.", {("alexander-lukashenko", "LEFT_COUNTRY", "belarus")}),
    ("es", "Lukashenko abandonó Bielorrusia.", {("alexander-lukashenko", "LEFT_COUNTRY", "belarus")}),
    ("fr", "Loukachenko a quitté la Biélorussie.", {("alexander-lukashenko", "LEFT_COUNTRY", "belarus")}),
    ("ru", "Лукашенко вылетел из Белоруссии.", {("alexander-lukashenko", "LEFT_COUNTRY", "belarus")}),
    ("pl", "Łukaszenka wyleciał z Rosji.", {("alexander-lukashenko", "LEFT_COUNTRY", "russia")}),
    ("uk", "Лукашенко покинув Білорусь.", {("alexander-lukashenko", "LEFT_COUNTRY", "belarus")}),
]


# The addressee before the verb as a pronoun after its preposition, the subject after the verb:
# the pronoun stands for the body named before it, and a governed pronoun is no subject.
RELATIVE_ADDRESSEE = [
    ("pl", "Sojusz Północnoatlantycki, do którego o dostawy broni poprosiła w piątek Ukraina, zbierze się w Brukseli.",
     ("ukraine", "REQUESTED_AID_FROM", "nato")),
    ("ru", "НАТО, к которому за помощью обратилась Украина, соберётся в Брюсселе.",
     ("ukraine", "REQUESTED_AID_FROM", "nato")),
]


@pytest.mark.parametrize("lang, text, expected", RELATIVE_ADDRESSEE)
def test_movement_addressee_as_a_relative_pronoun(relation_triples, lang, text, expected):
    found = relation_triples(text, lang)
    assert expected in found, found
    subject, predicate, obj = expected
    assert (obj, predicate, subject) not in found, found

@pytest.mark.parametrize("lang, text, expected", POSITIVE, ids=[f"{c[0]}-{n}" for n, c in enumerate(POSITIVE)])
def test_movement_frames_find_the_stated_claims(relation_triples, lang, text, expected):
    found = relation_triples(text, lang)
    assert expected <= found, f"missing {expected - found}; found {found}"


NEGATIVE = [
    # asking for something of someone who gives no help: a question, a statement, an apology
    ("en", "Reporters asked NATO officials about the summit.", "REQUESTED_AID_FROM"),
    ("de", "Die Ukraine hat Deutschland um Verständnis gebeten.", "REQUESTED_AID_FROM"),
    ("fr", "Kiev a réclamé des excuses à la Russie.", "REQUESTED_AID_FROM"),
    ("it", "L'Ucraina ha chiesto alla Russia il ritiro delle truppe.", "REQUESTED_AID_FROM"),
    ("es", "Ucrania pidió a Rusia la retirada de sus tropas.", "REQUESTED_AID_FROM"),
    # a place named after a preposition is where a passive seizure happened, not what was seized
    ("en", "At the government buildings, weapons were seized on Wednesday.", "SEIZED"),
    # "a Moscow-led alliance": the city modifies the alliance and is not asked itself
    ("en", "Lukashenko appealed to the CSTO, a Moscow-led alliance, for help.", "REQUESTED_AID_FROM:russia"),
    # asking protesters to disperse while promising help asks no body for help
    ("ru", "Токаев попросил протестующих разойтись, пообещав помощь.", "REQUESTED_AID_FROM"),
    # a state attacking with missiles names no troops
    ("en", "Russia attacked Ukraine with missiles.", "SENT_TROOPS_TO"),
    # reaching an agreement is no arrival
    ("en", "The talks reached an agreement in Minsk.", "ARRIVED_IN"),
    # a passive seizure by troops is theirs, not the protesters'
    ("en", "The government buildings were seized by Russian paratroopers.", "SEIZED:protesters"),
    # a person leaving a building or a city is not leaving a country
    ("en", "Lukashenko left the building on Tuesday.", "LEFT_COUNTRY"),
    ("de", "Lukaschenko verließ den Saal.", "LEFT_COUNTRY"),
]


@pytest.mark.parametrize("lang, text, predicate", NEGATIVE, ids=[f"{c[0]}-{n}" for n, c in enumerate(NEGATIVE)])
def test_movement_negative_yields_nothing(relation_triples, lang, text, predicate):
    """``predicate`` may name an argument that must not stand in it: "REQUESTED_AID_FROM:russia"."""
    predicate, _, arg = predicate.partition(":")
    found = relation_triples(text, lang)
    assert not [t for t in found if t[1] == predicate and (not arg or arg in (t[0], t[2]))], found


# People the ontology does not know (named by the text alone) leaving a country: by its name, as
# "the country", or by leaving for a destination (then the country left is the one the text is about).
LEAVING = [
    ("en", "Protests swept Sri Lanka. President Gotabaya Rajapaksa fled the country aboard a military jet."),
    ("en", "Protests swept Sri Lanka. Gotabaya Rajapaksa left for the Maldives on Wednesday."),
    ("ru", "Протесты охватили Шри-Ланку. Готабая Раджапакса бежал на Мальдивы."),
    ("ru", "Готабая Раджапакса вылетел из Шри-Ланки на Мальдивы."),
    ("uk", "Протести охопили Шрі-Ланку. Президент Готабая Раджапакса втік з країни."),
    ("pl", "Protesty ogarnęły Sri Lankę. Prezydent Gotabaya Rajapaksa uciekł z kraju na Malediwy."),
    ("fr", "Les manifestations ont gagné le Sri Lanka. Gotabaya Rajapaksa s'est envolé pour les Maldives."),
    ("de", "Gotabaya Rajapaksa hat Sri Lanka verlassen und ist auf die Malediven geflogen."),
    ("it", "Proteste in Sri Lanka. Il presidente Gotabaya Rajapaksa è fuggito dal Paese."),
    ("es", "Gotabaya Rajapaksa abandonó Sri Lanka en un avión militar."),
]


@pytest.mark.parametrize("lang, text", LEAVING, ids=[f"{c[0]}-{n}" for n, c in enumerate(LEAVING)])
def test_movement_leaving_the_country_by_an_unknown_person(relation_triples, lang, text):
    found = relation_triples(text, lang, with_text=True)
    left = {(s, o) for s, p, o in found if p == "LEFT_COUNTRY"}
    assert left and all(o == "sri-lanka" and s.split()[-1] in ("Rajapaksa", "Раджапакса") for s, o in left), found


def test_movement_a_name_read_as_an_organisation_arrives(relation_triples):
    """An unknown person the recogniser tags ORG still arrives ("… that Prigozhin had arrived in X")."""
    found = relation_triples("Officials in Minsk said that Prigozhin had arrived in Belarus.", "en", with_text=True)
    assert ("Prigozhin", "ARRIVED_IN", "belarus") in found, found
