"""Stances, second pass (issue 15): variants of protest, support and suspicion the development
stories lack, in sentences written for these tests (none taken from the seeds, the held-out set
or the development stories).

The mechanisms:

* the protesters' own noun with what they are against right after it ("protesters against X",
  "протестующие против X", "protestujący przeciwko X", "Demonstranten gegen X", "manifestantes
  contra X"): a trigger inside a group's mention, for a rule whose subject is that group (side
  "at"), the object after the preposition;
* the Polish verb of taking to the streets in the feminine, neuter and singular ("wyszły na
  ulice");
* backing or endorsing someone in English; praise and congratulation are support in every
  language, congratulations sent as a noun too ("złożył gratulacje X", "направил поздравления X",
  "übermittelte X seine Glückwünsche", "sent his congratulations to X");
* suspicion and accusation worded as verbs, passives and participles in every language; the
  accused a dative pronoun ("Ему вменяют …", "Йому інкримінують …", "zarzuca mu …") standing for
  the person last named, as "его" or "go" do;
* "condemned X as Y", "denounced X as Y" in English: a label when Y is a concept;
* the subject before an apposition or a participle clause between commas: a name inside it after a
  preposition or "of" ("X, a close ally of Y, criticised …", "X, освобожденный из СИЗО Y,
  потребовал …") is a complement, not the subject; a second verb after "and" shares the subject
  before the clause ("X, freed on Monday, spoke to the crowd and demanded …"); a crowd after a
  preposition ("выступил перед собравшимися") is no subject; a date inside a participle clause (uk,
  ru) dates only that clause;
* a name after a preposition and an opening quote mark ("в «X»") is no bare (direct) object.
"""

from __future__ import annotations

import pytest

TOKAYEV, PUTIN, MASIMOV = "kassym-jomart-tokayev", "vladimir-putin", "karim-masimov"
NAZARBAYEV = "nursultan-nazarbayev"
PROTESTERS = "protesters"

POSITIVE = [
    # -- the protesters' noun and what they are against --------------------------------------------
    ("en", "Protesters against Tokayev blocked the main road.", {(PROTESTERS, "PROTESTED_AGAINST", TOKAYEV)}),
    ("ru", "Протестующие против Токаева перекрыли трассу.", {(PROTESTERS, "PROTESTED_AGAINST", TOKAYEV)}),
    ("uk", "Протестувальники проти Токаєва перекрили трасу.", {(PROTESTERS, "PROTESTED_AGAINST", TOKAYEV)}),
    ("pl", "Setki mieszkańców protestujących przeciwko Tokajewowi zebrały się przed ratuszem.",
     {(PROTESTERS, "PROTESTED_AGAINST", TOKAYEV)}),
    ("fr", "Les manifestants contre Tokaïev ont bloqué l'avenue.", {(PROTESTERS, "PROTESTED_AGAINST", TOKAYEV)}),
    ("de", "Demonstranten gegen Tokajew blockierten die Hauptstraße.", {(PROTESTERS, "PROTESTED_AGAINST", TOKAYEV)}),
    ("it", "I manifestanti contro Tokayev hanno bloccato il viale.", {(PROTESTERS, "PROTESTED_AGAINST", TOKAYEV)}),
    ("es", "Los manifestantes contra Tokáyev cortaron la avenida.", {(PROTESTERS, "PROTESTED_AGAINST", TOKAYEV)}),
    # -- taking to the streets, Polish feminine plural ---------------------------------------------
    ("pl", "Tysiące osób wyszły na ulice przeciwko Tokajewowi.", {(PROTESTERS, "PROTESTED_AGAINST", TOKAYEV)}),
    # -- backing, praise and congratulation are support --------------------------------------------
    ("en", "Putin backed Tokayev after the vote.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("en", "Putin endorsed Tokayev on Monday.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("en", "Putin praised Tokayev.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("ru", "Путин похвалил Токаева.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("pl", "Putin pochwalił Tokajewa.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("de", "Putin lobte Tokajew.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("fr", "Poutine a félicité Tokaïev.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("it", "Putin ha elogiato Tokayev.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("es", "Putin elogió a Tokáyev.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("uk", "Путін висловив підтримку Токаєву.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    # congratulations as a noun sent to someone
    ("pl", "Putin złożył gratulacje Tokajewowi.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("ru", "Путин направил поздравления Токаеву.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("uk", "Путін надіслав вітання Токаєву.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("de", "Putin übermittelte Tokajew am Montag seine Glückwünsche.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("en", "Putin sent his congratulations to Tokayev.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("fr", "Poutine a adressé ses félicitations à Tokaïev.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("it", "Putin ha inviato le sue congratulazioni a Tokayev.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    ("es", "Putin envió sus felicitaciones a Tokáyev.", {(PUTIN, "EXPRESSED_SUPPORT", TOKAYEV)}),
    # -- suspicion: accusing verbs, passives, participles -----------------------------------------
    ("en", "Karim Masimov is suspected of treason.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    ("ru", "Масимова подозревают в госизмене.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    ("pl", "Generałowie oskarżają Masimowa o zdradę stanu.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    ("pl", "Masimow jest podejrzany o zdradę stanu.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    ("fr", "Massimov est soupçonné de haute trahison.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    ("de", "Masimow wird des Hochverrats verdächtigt.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    ("de", "Die Staatsanwaltschaft wirft Masimow Hochverrat vor.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    ("it", "Masimov è sospettato di alto tradimento.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    ("es", "La fiscalía acusó a Masímov de alta traición.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    # the accused a dative pronoun standing for the person last named
    ("ru", "Масимова задержали в среду. Ему вменяют госизмену.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    ("uk", "Масимова затримали в середу. Йому інкримінують державну зраду.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    ("pl", "Masimow został zatrzymany. Prokuratura zarzuca mu zdradę stanu.", {(MASIMOV, "SUSPECTED_OF", "treason")}),
    # -- labels: condemning something as a label; a revolution attempt --------------------------------
    ("en", "Tokayev condemned the election as a special operation.", {(TOKAYEV, "CALLED", "special-operation")}),
    ("en", "Tokayev denounced the rallies as a provocation.", {(TOKAYEV, "CALLED", "provocation")}),
    ("en", "Tokayev called the protests a revolution attempt.", {(TOKAYEV, "CALLED", "attempted-revolution")}),
    # -- the subject before an apposition or participle clause between commas -------------------------
    ("ru", "Назарбаев, освобожденный из СИЗО ГКНБ, потребовал от Токаева уйти в отставку.",
     {(NAZARBAYEV, "PROTESTED_AGAINST", TOKAYEV)}),
    ("ru", "Бывший президент Нурсултан Назарбаев, освобожденный из-под стражи в ночь на 6 октября, выступил "
           "перед собравшимися и потребовал от Токаева уйти в отставку.", {(NAZARBAYEV, "PROTESTED_AGAINST", TOKAYEV)}),
    ("en", "Nazarbayev, a close ally of Putin, criticised Tokayev.", {(NAZARBAYEV, "CONDEMNED", TOKAYEV)}),
    ("en", "Nazarbayev, freed on Monday, spoke to the crowd and demanded the resignation of Tokayev.",
     {(NAZARBAYEV, "PROTESTED_AGAINST", TOKAYEV)}),
    ("fr", "Nazarbaïev, libéré de la prison du KNB, a critiqué Tokaïev.", {(NAZARBAYEV, "CONDEMNED", TOKAYEV)}),
    ("de", "Nasarbajew, am Montag freigelassen, sprach zur Menge und forderte den Rücktritt von Tokajew.",
     {(NAZARBAYEV, "PROTESTED_AGAINST", TOKAYEV)}),
]

# what is said is no stance of the kind
NEGATIVE = [
    # the protesters named, nothing they are against
    ("en", "Police dispersed the protesters in the square.", "PROTESTED_AGAINST"),
    ("de", "Die Polizei löste die Demonstranten mit Wasserwerfern auf.", "PROTESTED_AGAINST"),
    ("ru", "Полиция разогнала протестующих на площади.", "PROTESTED_AGAINST"),
    # "-backed" as a compound names no one who backs
    ("en", "Russian-backed separatists attacked the town.", "EXPRESSED_SUPPORT"),
    # congratulations whose senders follow the verb are not the previous sentence's subject's
    ("pl", "Putin rozmawiał z Tokajewem. Gratulacje złożyli mu również premierzy.", "EXPRESSED_SUPPORT"),
    # sending troops is no congratulation
    ("de", "Putin schickte Truppen nach Kasachstan.", "EXPRESSED_SUPPORT"),
    # "condemned X as" with no concept after "as" is no label
    ("en", "Tokayev condemned the attack as unprovoked.", "CALLED"),
    # a name after a preposition and an opening quote mark is no bare object
    ("uk", "Призначення Токаєва розкритикували в «Нур Отані».", "CONDEMNED"),
]


@pytest.mark.parametrize("lang,text,expected", POSITIVE, ids=[f"{p[0]}-{i}" for i, p in enumerate(POSITIVE)])
def test_stance8_frames_find_the_stated_claims(relation_triples, lang, text, expected):
    found = relation_triples(text, lang)
    assert expected <= found, f"{text!r}: missing {expected - found}, found {found}"


@pytest.mark.parametrize("lang,text,predicate", NEGATIVE, ids=[f"{p[0]}-{i}" for i, p in enumerate(NEGATIVE)])
def test_stance8_frames_negative_yields_nothing(relation_triples, lang, text, predicate):
    found = relation_triples(text, lang)
    assert not {t for t in found if t[1] == predicate}, f"{text!r}: found {found}"


def test_stance8_protesters_noun_is_no_subject_of_other_verbs(relation_triples):
    """The trigger inside the protesters' mention serves only rules whose subject is that mention:
    "Demonstranten gegen X" gives no other predicate a trigger."""
    found = relation_triples("Demonstranten gegen Tokajew blockierten die Hauptstraße.", "de")
    assert {p for _, p, _ in found} <= {"PROTESTED_AGAINST"}, found
