"""Charges of criminal codes and prosecutors read after an arrest or a suspicion (issue 15): sabotage,
tax evasion, spreading false information, calls for violence, separatism, forgery, smuggling, arson,
robbery, looting, kidnapping, negligence, illicit enrichment, financing terrorism, desertion,
collaboration with the enemy, war crimes, ... in eight languages, inflected after the cue ("по обвинению
в диверсии", "pod zarzutem przemytu", "wegen Steuerhinterziehung").  Our own sentences about an invented
man."""

from __future__ import annotations

import pytest

CHARGE_PREDICATES = {"ARRESTED_ON_CHARGE", "SUSPECTED_OF"}


@pytest.fixture(scope="module")
def charges(relation_mentions, ontology):
    def run(text: str, lang: str) -> set[tuple[str, str]]:
        out = set()
        for r in relation_mentions(text, lang, date="2024-12-05"):
            if r.predicate in CHARGE_PREDICATES and r.object is not None:
                entity = ontology.entity(r.object.hint) if r.object.hint else None
                out.add((r.predicate, entity.name if entity is not None else r.object.text))
        return out
    return run


@pytest.mark.parametrize("lang, text, predicate, charge", [
    ("en", "Police arrested Levan Gordeladze on charges of sabotage.", "ARRESTED_ON_CHARGE", "sabotage"),
    ("en", "Levan Gordeladze was arrested on suspicion of spreading false information.",
     "ARRESTED_ON_CHARGE", "spreading false information"),
    ("en", "Levan Gordeladze was detained on charges of calls for violence.",
     "ARRESTED_ON_CHARGE", "calls for violence"),
    ("ru", "Левана Горделадзе арестовали по обвинению в уклонении от уплаты налогов.",
     "ARRESTED_ON_CHARGE", "tax evasion"),
    ("ru", "Левана Горделадзе задержали по подозрению в распространении заведомо ложной информации.",
     "ARRESTED_ON_CHARGE", "spreading false information"),
    ("ru", "Левана Горделадзе арестовали по обвинению в дискредитации вооружённых сил.",
     "ARRESTED_ON_CHARGE", "discrediting the armed forces"),
    ("ru", "Левана Горделадзе задержали по обвинению в контрабанде оружия.", "ARRESTED_ON_CHARGE", "smuggling"),
    ("ru", "Левана Горделадзе задержали по обвинению в сепаратизме.", "ARRESTED_ON_CHARGE", "separatism"),
    ("ru", "Левана Горделадзе арестовали по обвинению в халатности.", "ARRESTED_ON_CHARGE", "criminal negligence"),
    ("ru", "Левана Горделадзе задержали по обвинению в организации вооружённого мятежа.",
     "ARRESTED_ON_CHARGE", "armed mutiny"),
    ("ru", "Левана Горделадзе задержали по обвинению в финансировании терроризма.",
     "ARRESTED_ON_CHARGE", "financing terrorism"),
    ("ru", "Левана Горделадзе задержали по обвинению в мародёрстве.", "ARRESTED_ON_CHARGE", "looting"),
    ("ru", "Левана Горделадзе задержали по обвинению в похищении человека.", "ARRESTED_ON_CHARGE", "kidnapping"),
    ("ru", "Левана Горделадзе задержали по подозрению в незаконном обогащении.",
     "ARRESTED_ON_CHARGE", "illicit enrichment"),
    ("ru", "Левана Горделадзе задержали по обвинению в подделке документов.", "ARRESTED_ON_CHARGE", "forgery"),
    ("ru", "Левана Горделадзе задержали по обвинению в оскорблении представителя власти.",
     "ARRESTED_ON_CHARGE", "insulting a public official"),
    ("ru", "Левана Горделадзе задержали по обвинению в участии в экстремистском сообществе.",
     "ARRESTED_ON_CHARGE", "extremism"),
    ("ru", "Левана Горделадзе задержали по обвинению в призывах к массовым беспорядкам.",
     "ARRESTED_ON_CHARGE", "organising mass riots"),
    ("ru", "Левана Горделадзе задержали по обвинению в разбое.", "ARRESTED_ON_CHARGE", "robbery"),
    ("ru", "Левана Горделадзе задержали по обвинению в умышленном причинении тяжкого вреда здоровью.",
     "ARRESTED_ON_CHARGE", "causing bodily harm"),
    ("uk", "Поліція затримала Левана Горделадзе за підозрою в колабораційній діяльності.",
     "ARRESTED_ON_CHARGE", "collaboration with the enemy"),
    ("uk", "Левана Горделадзе затримали за підозрою в диверсії.", "ARRESTED_ON_CHARGE", "sabotage"),
    ("uk", "Левана Горделадзе затримали за підозрою у посяганні на територіальну цілісність.",
     "ARRESTED_ON_CHARGE", "separatism"),
    ("uk", "Левана Горделадзе затримали за підозрою у вчиненні воєнних злочинів.", "ARRESTED_ON_CHARGE", "war crimes"),
    ("pl", "Policja zatrzymała Lewana Gordeladzego pod zarzutem przemytu.", "ARRESTED_ON_CHARGE", "smuggling"),
    ("pl", "Policja zatrzymała Lewana Gordeladzego pod zarzutem niedopełnienia obowiązków.",
     "ARRESTED_ON_CHARGE", "criminal negligence"),
    ("pl", "Policja zatrzymała Lewana Gordeladzego pod zarzutem podżegania do przemocy.",
     "ARRESTED_ON_CHARGE", "calls for violence"),
    ("fr", "Levan Gordeladze est soupçonné de fraude fiscale.", "SUSPECTED_OF", "tax evasion"),
    ("fr", "Levan Gordeladze a été arrêté pour sabotage.", "ARRESTED_ON_CHARGE", "sabotage"),
    ("fr", "Levan Gordeladze est soupçonné d'enrichissement illicite.", "SUSPECTED_OF", "illicit enrichment"),
    ("fr", "Levan Gordeladze a été arrêté pour association de malfaiteurs.",
     "ARRESTED_ON_CHARGE", "criminal conspiracy"),
    ("de", "Levan Gordeladze wurde wegen Steuerhinterziehung festgenommen.", "ARRESTED_ON_CHARGE", "tax evasion"),
    ("de", "Levan Gordeladze wurde wegen Fahnenflucht festgenommen.", "ARRESTED_ON_CHARGE", "desertion"),
    ("de", "Levan Gordeladze wurde wegen Brandstiftung festgenommen.", "ARRESTED_ON_CHARGE", "arson"),
    ("it", "Levan Gordeladze è stato arrestato con l'accusa di sabotaggio.", "ARRESTED_ON_CHARGE", "sabotage"),
    ("it", "Levan Gordeladze è stato arrestato con l'accusa di diserzione.", "ARRESTED_ON_CHARGE", "desertion"),
    ("it", "Levan Gordeladze è accusato di evasione fiscale.", "SUSPECTED_OF", "tax evasion"),
    ("es", "Levan Gordeladze fue detenido acusado de sabotaje.", "ARRESTED_ON_CHARGE", "sabotage"),
    ("es", "Levan Gordeladze fue detenido acusado de enriquecimiento ilícito.",
     "ARRESTED_ON_CHARGE", "illicit enrichment"),
    ("es", "Levan Gordeladze fue detenido por secuestro.", "ARRESTED_ON_CHARGE", "kidnapping"),
    ("es", "Levan Gordeladze fue detenido acusado de colaboracionismo.",
     "ARRESTED_ON_CHARGE", "collaboration with the enemy"),
])
def test_charge_is_read(charges, lang, text, predicate, charge):
    assert (predicate, charge) in charges(text, lang)
