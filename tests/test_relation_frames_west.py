"""Event frames in English, French, German, Italian and Spanish (ontology/frames_west.ttl and the
generic mechanisms it relies on): sentences written for these tests, none taken from the seeds,
the held-out set or the development stories.

The mechanisms:

* argument side ``claim``: "sent troops at the request of X" -> X asked the sender (the subject of
  the sentence's other claim), in every language that words a request as a prepositional phrase;
* the German sentence bracket: a participle closing its clause after an auxiliary ("Tokajew hat die
  OVKS um Hilfe gebeten"), or a verb closing a subordinate clause, takes the clause's first bare
  candidate as its subject, and its object may stand before it ("hat Truppen nach Kasachstan
  geschickt");
* German "als" is "than"/"as" ("mehr als 2000 Soldaten", "als Terroristen"), not a clause boundary.
"""

from __future__ import annotations

import pytest

POSITIVE = [
    # -- "at the request of X" next to a sending: X asked the sender -------------------------------
    ("en", "Russia sent troops to Kazakhstan at the request of President Tokayev.",
     {("russia", "SENT_TROOPS_TO", "kazakhstan"), ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "russia")}),
    ("en", "The CSTO dispatched peacekeepers to Kazakhstan at the invitation of Tokayev.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("en", "At Tokayev's request, Russia sent paratroopers to Kazakhstan.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "russia")}),
    ("fr", "L'OTSC a envoyé des soldats au Kazakhstan à la demande du président Tokaïev.",
     {("csto", "SENT_TROOPS_TO", "kazakhstan"), ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("de", "Russland schickte auf Bitten von Tokajew Fallschirmjäger nach Kasachstan.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "russia")}),
    ("de", "Auf Ersuchen Tokajews entsandte die OVKS Soldaten nach Kasachstan.",
     {("csto", "SENT_TROOPS_TO", "kazakhstan"), ("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("it", "La Russia ha inviato paracadutisti in Kazakistan su richiesta di Tokayev.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "russia")}),
    ("es", "Rusia envió soldados a Kazajistán a petición del presidente Tokáyev.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "russia")}),
    # -- requests for troops or an intervention, turning to an alliance ----------------------------
    ("en", "Kazakhstan's president requested military assistance from the CSTO.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("en", "Tokayev called on the CSTO to intervene.", {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("en", "Tokayev asked the CSTO to send peacekeepers.", {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("fr", "Face aux émeutes, Tokaïev s'est tourné vers l'OTSC pour obtenir de l'aide.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("fr", "Tokaïev a appelé l'OTSC à l'aide.", {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("fr", "Tokaïev a demandé à l'OTSC d'envoyer des troupes.", {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("de", "Tokajew rief die OVKS zu Hilfe.", {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("de", "Tokajew forderte Truppen der OVKS an.", {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("de", "Nach einem Hilfeersuchen Tokajews an die OVKS landeten die ersten Soldaten.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("it", "Tokayev si è rivolto alla CSTO per ottenere assistenza.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("it", "Tokayev ha invocato l'intervento della CSTO.", {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("es", "Tokáyev recurrió a la OTSC en busca de ayuda.", {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("es", "Tokáyev pidió a la OTSC el envío de tropas.", {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    # -- deploying one's troops somewhere is sending them --------------------------------------------
    ("en", "The CSTO deployed 2,500 soldiers to Kazakhstan.", {("csto", "SENT_TROOPS_TO", "kazakhstan")}),
    ("fr", "La Russie a déployé des parachutistes au Kazakhstan.", {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("it", "La Russia ha dispiegato paracadutisti in Kazakistan.", {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("es", "Rusia desplegó paracaidistas en Kazajistán.", {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    # -- the German sentence bracket ---------------------------------------------------------------
    ("de", "Tokajew hatte die OVKS um Unterstützung gebeten.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("de", "Am Mittwoch hat Tokajew die OVKS um Hilfe gebeten.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("de", "Moskau hat mehr als 2000 Soldaten nach Kasachstan geschickt.",
     {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("de", "Die Agentur meldete, dass Russland Truppen nach Kasachstan verlegt habe.",
     {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("de", "Nachdem Tokajew die OVKS um Hilfe gebeten hatte, begann der Einsatz.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("de", "Almaty (AFP) - Präsident Tokajew hat am Mittwoch Karim Massimow abgesetzt.",
     {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}),
    # -- detention worded as custody, house arrest, German separable verbs ------------------------
    ("en", "Karim Masimov was taken into custody in Almaty on Thursday.",
     {("kazakh-authorities", "DETAINED", "karim-masimov")}),
    ("de", "Die Polizei nahm Karim Massimow am Samstag fest.", {("kazakh-police", "DETAINED", "karim-masimov")}),
    ("fr", "Karim Massimov a été placé en garde à vue à Almaty.",
     {("kazakh-authorities", "DETAINED", "karim-masimov")}),
    ("es", "La policía apresó a Karim Masímov en Almaty.", {("kazakh-police", "DETAINED", "karim-masimov")}),
    ("fr", "La police a interpellé des centaines de manifestants à Almaty.",
     {("kazakh-police", "DETAINED", "protesters")}),
    ("de", "Die Polizei hat Dutzende Demonstranten festgenommen.", {("kazakh-police", "DETAINED", "protesters")}),
    # -- the armed forces as an actor ---------------------------------------------------------------
    ("en", "The army detained Karim Masimov.", {("military", "DETAINED", "karim-masimov")}),
    ("it", "L'esercito ha arrestato Karim Masimov.", {("military", "DETAINED", "karim-masimov")}),
    # -- concepts of crises anywhere: measures, charges, epithets ------------------------------------
    ("en", "Tokayev declared martial law in Almaty.", {("kassym-jomart-tokayev", "DECLARED", "martial-law")}),
    ("de", "Tokajew nannte den Aufstand einen Staatsstreich.", {("kassym-jomart-tokayev", "CALLED", "coup")}),
    ("it", "Karim Masimov è stato arrestato per riciclaggio di denaro.",
     {("karim-masimov", "ARRESTED_ON_CHARGE", "money-laundering")}),
    ("es", "La fiscalía acusó a Karim Masímov de blanqueo de capitales.",
     {("karim-masimov", "SUSPECTED_OF", "money-laundering")}),
    ("en", "Karim Masimov was jailed for espionage.", {("karim-masimov", "ARRESTED_ON_CHARGE", "espionage")}),
    # -- a relative pronoun after "X of Y" stands for the person X ------------------------------------
    ("en", "President Tokayev of Kazakhstan, who condemned Russia, spoke on Monday.",
     {("kassym-jomart-tokayev", "CONDEMNED", "russia")}),
    # -- a sentence opening with "he" continues a person of the previous sentence --------------------
    ("en", "Karim Masimov was dismissed in January. Later Tokayev spoke to reporters. He declared martial law.",
     {("kassym-jomart-tokayev", "DECLARED", "martial-law")}),
    # -- a participle clause shares the main clause's subject -------------------------------------------
    ("en", "The army took control of Almaty on Monday, detaining Karim Masimov.",
     {("military", "DETAINED", "karim-masimov")}),
    # -- "als" is not a clause boundary --------------------------------------------------------------
    ("de", "Russland schickte mehr als 2000 Soldaten nach Kasachstan.",
     {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    # -- a German sentence opening with a subordinate clause: the main verb follows its comma ----------
    ("de", "Als die Unruhen zunahmen, entsandte Russland Fallschirmjäger nach Kasachstan.",
     {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("de", "Weil die Polizei überfordert war, hat Tokajew die OVKS um Beistand gebeten.",
     {("kassym-jomart-tokayev", "REQUESTED_AID_FROM", "csto")}),
    ("de", "Nachdem die Regierung zurückgetreten war, setzte Tokajew Karim Massimow ab.",
     {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}),
    # -- nominalisations: patient after the genitive word, agent after the agent word -----------------
    ("en", "The arrest of Karim Masimov for espionage surprised analysts.",
     {("karim-masimov", "ARRESTED_ON_CHARGE", "espionage")}),
    ("fr", "L'interpellation de Karim Massimov pour trahison a été confirmée.",
     {("karim-masimov", "ARRESTED_ON_CHARGE", "treason")}),
    ("de", "Die Verhaftung von Karim Massimow wegen Hochverrats wurde bestätigt.",
     {("karim-masimov", "ARRESTED_ON_CHARGE", "treason")}),
    ("en", "The sacking of Karim Masimov by Tokayev came as a surprise.",
     {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}),
    ("es", "La destitución de Karim Masímov por Tokáyev fue anunciada el jueves.",
     {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}),
    ("fr", "La nomination de Karim Massimov par Tokaïev a été critiquée.",
     {("kassym-jomart-tokayev", "APPOINTED", "karim-masimov")}),
    ("en", "The detention of Karim Masimov by the police was confirmed on Saturday.",
     {("kazakh-police", "DETAINED", "karim-masimov")}),
    # -- labels that are charges or epithets: "called X treason", "als Verrat bezeichnet" -------------
    ("en", "Tokayev called the riots treason.", {("kassym-jomart-tokayev", "CALLED", "treason")}),
    ("en", "Tokayev described the unrest as an attempted coup.",
     {("kassym-jomart-tokayev", "CALLED", "attempted-coup")}),
    ("fr", "Tokaïev a qualifié les émeutes de trahison.", {("kassym-jomart-tokayev", "CALLED", "treason")}),
    ("es", "Tokáyev calificó los disturbios de traición.", {("kassym-jomart-tokayev", "CALLED", "treason")}),
    ("de", "Tokajew hat die Unruhen als Staatsstreich bezeichnet.", {("kassym-jomart-tokayev", "CALLED", "coup")}),
    ("en", "Tokayev branded the protests a stab in the back.",
     {("kassym-jomart-tokayev", "CALLED", "stab-in-the-back")}),
    # -- a German relative clause opened by an article-like pronoun after a comma ----------------------
    ("de", "Die Opposition kritisierte Tokajew, der die Unruhen als Staatsstreich bezeichnet hatte.",
     {("kassym-jomart-tokayev", "CALLED", "coup")}),
    # -- fleeing: from a country, or to another one (leaving the document's country, arriving there) ---
    ("en", "Unrest spread across Kazakhstan. Karim Masimov fled to Russia on Sunday.",
     {("karim-masimov", "LEFT_COUNTRY", "kazakhstan"), ("karim-masimov", "ARRIVED_IN", "russia")}),
    ("en", "Karim Masimov fled from Kazakhstan in a private jet.", {("karim-masimov", "LEFT_COUNTRY", "kazakhstan")}),
    ("fr", "Les troubles ont gagné le Kazakhstan. Karim Massimov s'est réfugié en Russie.",
     {("karim-masimov", "LEFT_COUNTRY", "kazakhstan"), ("karim-masimov", "ARRIVED_IN", "russia")}),
    ("de", "Unruhen erfassten Kasachstan. Karim Massimow floh nach Russland.",
     {("karim-masimov", "LEFT_COUNTRY", "kazakhstan"), ("karim-masimov", "ARRIVED_IN", "russia")}),
    ("it", "Disordini in Kazakistan. Karim Masimov ha lasciato il Paese.", {("karim-masimov", "LEFT_COUNTRY", "kazakhstan")}),
    # -- troops flown in, conversations worded as nouns ----------------------------------------------
    ("en", "Russian paratroopers were flown to Kazakhstan on Thursday.", {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("de", "Russische Soldaten wurden nach Kasachstan eingeflogen.", {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("es", "Rusia trasladó tropas a Kazajistán.", {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("de", "Tokajew führte am Freitag ein Telefonat mit Putin.", {("kassym-jomart-tokayev", "SPOKE_WITH", "vladimir-putin")}),
    # -- a trigger inside a concept's name: the concept "sending troops" is also the act ----------------
    ("en", "Russia began sending troops to Kazakhstan.", {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    ("fr", "La Russie a commencé l'envoi de troupes au Kazakhstan.", {("russia", "SENT_TROOPS_TO", "kazakhstan")}),
    # -- German separable dismissals -------------------------------------------------------------------
    ("de", "Am Mittwoch setzte Tokajew Karim Massimow ab.", {("kassym-jomart-tokayev", "DISMISSED", "karim-masimov")}),
]


@pytest.mark.parametrize("lang, text, expected", POSITIVE, ids=[f"{c[0]}-{n}" for n, c in enumerate(POSITIVE)])
def test_frames_west_find_the_stated_claims(relation_triples, lang, text, expected):
    found = relation_triples(text, lang)
    assert expected <= found, f"missing {expected - found}; found {found}"


NEGATIVE = [
    # no sending in the sentence: "at the request of" names nobody who was asked
    ("en", "At the request of the prosecutor, the court extended the arrest.", "REQUESTED_AID_FROM"),
    ("fr", "À la demande de Tokaïev, le Parlement s'est réuni jeudi.", "REQUESTED_AID_FROM"),
    # asking for something else, turning to someone else
    ("en", "Tokayev asked reporters to leave the room.", "REQUESTED_AID_FROM"),
    ("en", "Tokayev's request to provide assistance to Kazakhstan was granted.", "REQUESTED_AID_FROM"),
    ("fr", "Tokaïev a appelé les manifestants au calme.", "REQUESTED_AID_FROM"),
    # "condamné à N ans", "condenó a N años": sentenced, not condemned
    ("fr", "Karim Massimov a été condamné à dix ans de prison pour haute trahison.", "CONDEMNED"),
    ("es", "Un tribunal condenó a diez años de prisión a Karim Masímov.", "CONDEMNED"),
    # a story elsewhere: "the authorities" by default are not Kazakhstan's
    ("en", "Yulia Tymoshenko was taken into custody in Kyiv, Ukraine, on Friday.", "DETAINED:kazakh-authorities"),
    # the bracket: the object before the participle is not its subject
    ("de", "Tokajew hat die OVKS um Hilfe gebeten.", "REQUESTED_AID_FROM:csto"),
    ("de", "Kiew (dpa) - Präsident Selenskyj hat den Armeechef abgesetzt.", "DISMISSED:deutsche-presse-agentur"),
    # a fronted subordinate clause: its own subject does not hold the main verb's relation
    ("de", "Nachdem Tokajew gesprochen hatte, schickte Russland Truppen nach Kasachstan.",
     "SENT_TROOPS_TO:kassym-jomart-tokayev"),
    # the noun "dismissal" is no verb: the person before it is not the one who dismisses
    ("en", "Karim Masimov, whose dismissal Nazarbayev had demanded, stayed in office.", "DISMISSED"),
    # fleeing a square leaves no country
    ("en", "Unrest spread across Kazakhstan. Police fired and Karim Masimov fled the square.", "LEFT_COUNTRY"),
    # people flown somewhere are not troops sent
    ("en", "The wounded soldiers were flown to Moscow for treatment.", "SENT_TROOPS_TO"),
    # "called for" asks for something, it does not label
    ("en", "Tokayev called for a treason investigation.", "CALLED"),
    # an article after a comma opening a main clause is not a relative pronoun
    ("de", "Tokajew sprach im Fernsehen, die Polizei nahm Karim Massimow fest.", "DETAINED:kassym-jomart-tokayev"),
    # a nominalisation whose "por" names a charge, not an agent
    ("es", "La destitución de Karim Masímov por corrupción fue anunciada.", "DISMISSED"),
]


@pytest.mark.parametrize("lang, text, predicate", NEGATIVE, ids=[f"{c[0]}-{n}" for n, c in enumerate(NEGATIVE)])
def test_frames_west_negative_yields_nothing(relation_triples, lang, text, predicate):
    """``predicate`` may name the subject that must not hold it: "DISMISSED:deutsche-presse-agentur"."""
    predicate, _, subject = predicate.partition(":")
    found = relation_triples(text, lang)
    assert not [t for t in found if t[1] == predicate and (not subject or t[0] == subject)], found


# fleeing to a country is not leaving it
NOT_LEFT = [
    ("en", "Unrest spread across Kazakhstan. Karim Masimov fled to Russia on Sunday."),
    ("es", "Protestas en Kazajistán. Karim Masímov huyó a Rusia."),
    ("de", "Unruhen erfassten Kasachstan. Karim Massimow floh nach Russland."),
]


@pytest.mark.parametrize("lang, text", NOT_LEFT, ids=[c[0] for c in NOT_LEFT])
def test_frames_west_destination_is_not_the_country_left(relation_triples, lang, text):
    found = relation_triples(text, lang)
    assert ("karim-masimov", "LEFT_COUNTRY", "russia") not in found, found
