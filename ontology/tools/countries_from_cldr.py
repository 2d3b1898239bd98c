"""Writes ontology/countries.ttl: UN members (and observers, Taiwan, Kosovo) from CLDR territory names.

Not part of kzgraph: run it by hand where Babel and pymorphy3 (with its ru and
uk dictionaries) are installed, then review the diff:

    python ontology/tools/countries_from_cldr.py ontology/countries.ttl
"""
import re, sys, unicodedata
from babel import Locale
UN = """AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN
CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN
HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN
ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS
SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW
PS VA TW XK""".split()
assert len(UN) == 197, len(UN)
EXISTING = {"KZ", "RU", "BY", "AM", "KG", "TJ", "UZ", "TM", "US", "CN", "UA", "AZ", "GE", "TR", "IR", "AF", "MN", "MD",
            "GB", "FR", "DE", "PL", "IT", "ES"}
LANGS = ["en", "uk", "ru", "pl", "fr", "de", "it", "es", "kk", "pt", "cs"]
ENGLISH = {"CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "MM": "Myanmar",
           "CI": "Ivory Coast", "CZ": "Czech Republic", "PS": "Palestine", "VA": "Vatican City", "TL": "East Timor",
           "FM": "Micronesia", "MK": "North Macedonia", "SZ": "Eswatini", "CV": "Cape Verde", "XK": "Kosovo",
           "ST": "São Tomé and Príncipe", "KN": "Saint Kitts and Nevis", "VC": "Saint Vincent and the Grenadines"}
EN_ALT = {"CD": ["DR Congo", "DRC", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"], "MM": ["Burma"],
          "CI": ["Côte d'Ivoire"], "CZ": ["Czechia"], "TL": ["Timor-Leste"], "SZ": ["Swaziland"],
          "CV": ["Cabo Verde"], "AE": ["UAE"], "VA": ["Holy See", "Vatican"], "MK": ["Macedonia"],
          "KP": ["DPRK"], "BA": ["Bosnia"], "NL": ["Holland"], "ST": ["Sao Tome and Principe"]}
# the two Congos, which CLDR names "Congo - Kinshasa" in several languages
LOCAL = {"CD": {"ru": ["Демократическая Республика Конго", "ДР Конго"], "uk": ["Демократична Республіка Конго", "ДР Конго"],
                "it": ["Repubblica Democratica del Congo", "RD Congo"], "fr": ["République démocratique du Congo", "RDC"],
                "de": ["Demokratische Republik Kongo"], "kk": []},
         "CG": {"ru": ["Республика Конго"], "uk": ["Республіка Конго"], "it": ["Repubblica del Congo"],
                "fr": ["République du Congo", "Congo-Brazzaville"], "de": ["Republik Kongo"], "kk": []}}
import pymorphy3
MORPH = {l: pymorphy3.MorphAnalyzer(lang=l) for l in ("ru", "uk")}

def common(word, lang):
    cyr = any("\u0400" <= c <= "\u04ff" for c in word)
    if cyr and lang in MORPH and lang != "ru_uk":
        return _common(word, "ru") or _common(word, "uk")
    return _common(word, lang)


def _common(word, lang):
    if any("\u0400" <= c <= "\u04ff" for c in word) and lang not in MORPH:  # kk: read as ru and uk would
        return common(word, "ru") or common(word, "uk")
    if lang not in MORPH or " " in word or "-" in word:
        return False
    p = MORPH[lang].parse(word.lower())[0]
    return p.is_known and p.tag.POS not in (None, "NOUN") and not ({"Geox", "Name", "Surn"} & p.tag.grammemes)

def clean(text):
    text = text.replace("\u02bc", "’")
    out = []
    m = re.fullmatch(r"(.+?) \((.+)\)", text)
    parts = [m.group(1), m.group(2)] if m else [text]
    for p in parts:
        if re.search(r" [-–] ", p):
            continue  # "Congo - Kinshasa": CLDR's disambiguation, no one writes it
        out.append(p.strip())
    variants = []
    for p in out:
        variants.append(p)
        if "’" in p:
            variants.append(p.replace("’", "'"))
    return variants

def slug(name):
    a = unicodedata.normalize("NFKD", name)
    a = "".join(c for c in a if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", a).strip("-")

def lit(t, l):
    return '"' + t.replace('"', '\\"') + f'"@{l}'

blocks = []
dropped = []
for code in UN:
    if code in EXISTING:
        continue
    en_cldr = Locale.parse("en").territories[code]
    name = ENGLISH.get(code) or clean(en_cldr)[0]
    pref, alt = {"en": name}, {"en": [a for a in clean(en_cldr) + EN_ALT.get(code, []) if a != name]}
    for lang in LANGS[1:]:
        labels = LOCAL[code][lang] if lang in LOCAL.get(code, {}) else clean(Locale.parse(lang).territories[code])
        keep = []
        for t in labels:
            if common(t, lang):
                dropped.append((code, lang, t))
            else:
                keep.append(t)
        if keep:
            pref[lang] = keep[0]
            alt[lang] = [t for t in keep[1:] if t != keep[0]]
    lines = [f"kze:{slug(name)} a kz:Country ;"]
    lines.append("    skos:prefLabel " + ", ".join(lit(pref[l], l) for l in LANGS if l in pref))
    alts = [lit(t, l) for l in LANGS for t in dict.fromkeys(alt.get(l, [])) if t != pref.get(l)]
    if alts:
        lines[-1] += " ;"
        lines.append("    skos:altLabel " + ", ".join(alts))
    lines[-1] += " ."
    blocks.append("\n".join(lines))
head = """# Countries of the generic core beyond those entities.ttl describes by hand: every UN
# member state, the two observer states and Taiwan and Kosovo, with their names in
# en uk ru pl fr de it es kk pt cs.  Generated from the Unicode CLDR territory names
# (Babel 2.19), "X (Y)" read as two names, CLDR's "Congo - Kinshasa" style
# disambiguations left out, a few English names set to the form news use ("Ivory
# Coast", "Czech Republic") with CLDR's as altLabels, and one-word labels that
# pymorphy3 reads as a Russian/Ukrainian word other than a noun (Того, Мали) left out.  No
# nationality adjectives yet (kz:adjective): entities.ttl has them for its countries.
# Schema: see entities.ttl.

@prefix kz:   <https://kzgraph.dev/ontology#> .
@prefix kze:  <https://kzgraph.dev/entity/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

"""
open(sys.argv[1], "w").write(head + "\n\n".join(blocks) + "\n")
print(len(blocks), "countries; dropped", dropped, file=sys.stderr)
