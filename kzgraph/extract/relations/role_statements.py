"""Role statements: what a role title is of when the ontology does not know it by name.

A role statement is a role noun (``relations_roles.ttl``), what the role is of,
and the person it is said of; :mod:`kzgraph.extract.rel_args` finds the title
and the person (title before a name, apposition after it, a chain of titles).
This module reads the part the ontology cannot name, the same way in every
language:

- :func:`complement`: the organisation, body or place after a title that is no
  entity the ontology knows — a genitive noun phrase in uk and ru (case from
  pymorphy3: "Губернатор Ростовской области", "Голова Центральної виборчої
  комісії"), the listed organisation words and names in pl ("Przewodniczący
  komisji obrony Dumy Państwowej"), and a phrase after "of"/"de"/"der"/"di"
  elsewhere ("head of the Wagner Group", "Befehlshaber der Achmat-Truppen").
  Its words are written in English where ``roles_organisations.ttl`` lists
  them, romanised (uk, ru) or as written otherwise: "Governor of the Rostovskiy
  Oblast".
- :func:`name_before`: a name the ontology does not know right before a title
  ("Wagner founder", "Wagner-Chef", "ЧВК «Вагнер» …").
- :func:`national_role`: a title every country has ("President", "Speaker",
  ``role-national`` in ``relations_roles.ttl``), with nothing in the text saying
  of what, is the office of the country the document is about.

Examples
--------
>>> english_phrase(["Central", "Election", "Commission"], organisation=True)
'the Central Election Commission'
>>> english_phrase(["Rostovskiy", "Oblast"], organisation=False)
'Rostovskiy Oblast'
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...names import MORPHOLOGY_LANGS, analyser, gazetteer, has_cyrillic, token_key
from ...names.keys import nominative, romanize
from ...names.morph import nominative_phrase
from ...ontology import Ontology
from .view import Arg, DocView, RolePhrase, Sentence

ORG_WORD = "rel-role-org-word"  # words of organisations and places (roles_organisations.ttl)
MAX_COMPLEMENT = 6  # words of an organisation phrase after a title
# The complement words (ontology/relations_roles.ttl: role-complement-glue/-opener, role-article),
# one set each across languages; an opener is glue too.


@lru_cache(maxsize=8)
def _words(ontology: Ontology, category: str) -> frozenset[str]:
    return frozenset(text for s in ontology.lexical_sets_of(category) for _, text in s.forms)


@lru_cache(maxsize=32)
def _forms_in(ontology: Ontology, category: str, lang: str) -> tuple[str, ...]:
    return tuple(text for s in ontology.lexical_sets_of(category) for text in s.forms_in(lang))


@lru_cache(maxsize=8)
def _languages(ontology: Ontology, category: str) -> frozenset[str]:
    return frozenset(lg for s in ontology.lexical_sets_of(category) for lg, _ in s.forms)


def languages(ontology: Ontology, category: str) -> frozenset[str]:
    """The languages a word set has forms in (a set that names languages by its forms' tags)."""
    return _languages(ontology, category)


def _openers(view: DocView) -> frozenset[str]:
    return _words(view.onto, "role-complement-opener")


def _glue(view: DocView) -> frozenset[str]:
    return _words(view.onto, "role-complement-glue") | _openers(view)


def _articles(view: DocView) -> frozenset[str]:
    return _words(view.onto, "role-article")


NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})  # pymorphy3 parts of speech of function words


def english_phrase(words: list[str], organisation: bool) -> str:
    """The words of a complement as one English phrase ("the …" for an organisation)."""
    text = " ".join(w for w in words if w)
    return f"the {text}" if organisation and not text.casefold().startswith("the ") else text


@lru_cache(maxsize=8)
def national_titles(ontology: Ontology) -> frozenset[str]:
    """English titles of offices every country has (``role-national`` word sets, @en forms)."""
    return frozenset(text.casefold() for s in ontology.lexical_sets_of("role-national")
                     for lang, text in s.forms if lang == "en")


def national_role(view: DocView, r: RolePhrase) -> str | None:
    """"President" with nothing saying of what: the office of the document's country."""
    if r.entity_name is not None or view.focus is None or r.title.casefold() not in national_titles(view.onto):
        return None
    name = view.lex.english_name(view.focus)
    return f"{r.modifier} {r.title} of {name}".strip() if name else None


def name_before(view: DocView, s: Sentence, j: int) -> tuple[int, str] | None:
    """A name the ontology does not know starting at word ``j``, before a title: (its end, text).

    An organisation's mention, or a capitalised word hyphenated to the next one ("Wagner-Chef").
    """
    m = view.in_mention[j]
    if _compound_tail(view, s, j):
        return None  # "pro-Western President", "anti-Kremlin leader": a modifier, not what the title is of
    if m is None and j + 1 < s.hi and view.words[j].text[:1].isupper() and not view.words[j].punct \
            and view.document.text[view.words[j].end:view.words[j + 1].start] == "-":
        return j + 1, view.words[j].text
    if m is None or m.hint or view.mention_span[m][0] != j or m.label not in ("ORG", "GPE") and not (
            m.label == "PERSON" and _org_name(view, s, m, [])):  # "Wagner Group" read as a person
        return None
    a, b = view.mention_span[m]
    if m in view.elsewhere_of:  # "үкімет басшысы" in an article on Kyrgyzstan: its own government's
        name = view.english_name_of(m)
        return (b, name) if name else None
    return b, view.english_name_of(m) or _readable(view, m.text)  # an organisation by its words, in English


def _compound_tail(view: DocView, s: Sentence, j: int) -> bool:
    """Whether word ``j`` ends a hyphened word whose first part is in lower case ("pro-Western",
    "anti-Kremlin", "про-российский"): an adjective, no name."""
    if j - 2 < s.lo or view.words[j - 1].text not in ("-", "‐") or not view.words[j - 2].text[:1].islower():
        return False
    text = view.document.text
    return text[view.words[j - 2].end:view.words[j - 1].start] == "" and \
        text[view.words[j - 1].end:view.words[j].start] == ""


def skip_rank(view: DocView, s: Sentence, j: int) -> int:
    """After the military or police ranks at word ``j`` ("Senior General", "Generalmajor",
    "генерал-полковник"): a rank between a title and the name does not part them."""
    start = j
    while j < s.hi and not view.words[j].punct:
        if view.words[j].lower in _articles(view) and j + 1 < s.hi and view.starts(j + 1, "rel-rank", s):
            j += 1  # ", il generale X", ", le général X"
        end = view.starts(j, "rel-rank", s)
        m = view.in_mention[j]
        if end is None or m is not None and (m.hint or view.mention_span[m][1] > end):
            break  # no rank, or a name that starts with one ("General Min Aung Hlaing")
        j = end
    return j if j > start and not view.words[j - 1].lower in _articles(view) else start


def merge_prefixed(view: DocView, s: Sentence, roles: list[RolePhrase]) -> list[RolePhrase]:
    """"Deputy" before another title is one title: "заступник голови …" -> "Deputy Chairman of …",
    "deputy head of the office" -> "Deputy Head of the Office" (``role-prefix`` titles)."""
    prefixes = prefix_titles(view.onto)
    out: list[RolePhrase] = []
    for r in reversed(roles):
        if out and out[-1].start == r.end and r.title.casefold() in prefixes and r.entity is None \
                and r.entity_name is None:
            nxt = out.pop()
            r.title, r.title_id = f"{r.title} {nxt.title}", nxt.title_id
            r.entity, r.entity_name, r.end = nxt.entity, nxt.entity_name, nxt.end
            r.modifier = r.modifier or nxt.modifier
            r.has_modifier = r.has_modifier or nxt.has_modifier
        out.append(r)
    return out[::-1]


def deputy_of(view: DocView, r: RolePhrase, history=()) -> str | None:
    """"his deputy" ("suo vice", "його заступник"): a deputy of the title the possessor was last
    named with in the document ("Deputy Commander-in-Chief of …"), if any; ``history`` is the
    discourse's (person, role phrase) pairs as named."""
    if r.title.casefold() not in prefix_titles(view.onto) or r.entity_name is None:
        return None
    for arg, known in reversed(history):
        same = arg.entity == r.entity if r.entity else \
            arg.mention is not None and arg.mention.text == r.entity_name
        if same and known.title.casefold() not in prefix_titles(view.onto) and known is not r:
            title = f"{r.title} {known.title}"
            of = f" of {known.entity_name}" if known.entity_name else ""
            return f"{r.modifier} {title}{of}".strip()
    return None


@lru_cache(maxsize=8)
def counterpart_titles(ontology: Ontology) -> frozenset[str]:
    """English titles that stand for another's title in another country ("counterpart"):
    ``role-counterpart`` @en forms."""
    return frozenset(text.casefold() for s in ontology.lexical_sets_of("role-counterpart")
                     for lang, text in s.forms if lang == "en")


def counterpart_of(view: DocView, r: RolePhrase, history=()) -> str | None:
    """"his Belarusian counterpart X" ("su homólogo bielorruso", "белорусский коллега", "son
    homologue biélorusse"): the title last named in the document for another holder, of the country
    the phrase names ("President of Belarus"); nothing without a country or an earlier title."""
    country = view.lex.english_name(r.entity) if r.entity else None
    if country is None or view.onto.entities.get(r.entity) is None or view.onto.entities[r.entity].label != "Country":
        return None
    skip = counterpart_titles(view.onto) | prefix_titles(view.onto)
    for _, known in reversed(history):
        if known is r or known.is_former or known.title.casefold() in skip:
            continue
        if known.entity is None or known.entity == r.entity or known.entity not in view.onto.entities \
                or view.onto.entities[known.entity].label != "Country":
            return None  # the last title is no country's office, or this country's own
        return f"{r.modifier} {known.title} of {country}".strip()
    return None


@lru_cache(maxsize=8)
def prefix_titles(ontology: Ontology) -> frozenset[str]:
    """English titles that make one title with the next ("Deputy"): ``role-prefix`` @en forms."""
    return frozenset(text.casefold() for s in ontology.lexical_sets_of("role-prefix")
                     for lang, text in s.forms if lang == "en")


MIN_COMPOUND_PART = 3  # letters of the part before the title ("Kreml", "Alt")
MAX_ENDING = 2  # letters of an inflection after the title word ("Kremlchefs", "Altpräsidenten")


def compound_title(view: DocView, s: Sentence, j: int):
    """A title written as the end of one word, in German: "Parteivorsitzende" (Chairman of the
    Party), "Geheimdienstchef", "Altpräsident" (a modifier before it: former President); the first
    part must be an organisation word or a modifier ("Kremlchef" is left alone).
    ``(end, title, organisation text, modifier value or None)``; the modifier value is ``None``
    when the first part is an organisation."""
    w = view.words[j]
    if s.english or w.punct:
        return None
    glued = _glued_modifier(view, j)
    if glued is not None:
        return glued
    if view.lang not in _languages(view.onto, "role-compound-language") or not w.text[:1].isupper():
        return None
    low = w.lower
    best = None
    for role in view.lex.roles:
        for phrase in role.phrases(view.lang):
            if len(phrase) != 1 or len(phrase[0].word) < 4:
                continue
            at = low.rfind(phrase[0].word)
            if at >= MIN_COMPOUND_PART and len(low) - at - len(phrase[0].word) <= MAX_ENDING \
                    and (best is None or at < best[0]):
                best = (at, role)
    if best is None:
        return None
    at, role = best
    head = w.text[:at].rstrip("-")
    value = _modifier_value(view, head)
    org = _org_text(view, head)
    if value is None:  # "Bundesaußenminister": Germany's (rel-role-compound-country)
        org = next((country for phrase, country in view.lex.valued_phrases("rel-role-compound-country", view.lang)
                    if len(phrase) == 1 and head.casefold() == phrase[0].word), None) or org
    if value is None and org is None and role.english.casefold() not in _loose_titles(view.onto):
        org = _known_head(view, head)  # "Kremlsprecher": the Kremlin's spokesperson
    if value is None and org is None and seat_office(view, _known_head(view, head)) is not None:
        org = _known_head(view, head)  # "Kremlchef": the head of a seat of power (role_literal: its office)
    if value is None and org is None:
        return None  # "Kremlchef": a first part the lexicons do not know says nothing sure
    return j + 1, role, org, value


@lru_cache(maxsize=8)
def _loose_titles(ontology: Ontology) -> frozenset[str]:
    """English titles a known name before them does not make that name's (``role-compound-loose``:
    "Kremlchef" is the President, not the Kremlin's head)."""
    return frozenset(text.casefold() for s in ontology.lexical_sets_of("role-compound-loose")
                     for lang, text in s.forms if lang == "en")


def seat_office(view: DocView, name: str | None) -> str | None:
    """The office whose holder a seat of power's head or leader is ("Kremlin" -> "President of
    Russia", ``role-seat-office``: kz:value the office, the @en form the seat's English name)."""
    if not name:
        return None
    return _seat_offices(view.onto).get(name.casefold())


@lru_cache(maxsize=8)
def _seat_offices(ontology: Ontology) -> dict[str, str]:
    return {text.casefold(): s.value for s in ontology.lexical_sets_of("role-seat-office")
            for lang, text in s.forms if lang == "en" and s.value}


def seat_role(view: DocView, r: RolePhrase) -> str | None:
    """"Kremlin leader X", "глава Кремля", "Kremlchef", "il capo del Cremlino": a head or leader
    (``role-compound-loose`` titles) of a seat of power holds its office ("President of Russia")."""
    if r.title.casefold() not in _loose_titles(view.onto):
        return None
    name = view.lex.english_name(r.entity) if r.entity else r.entity_name
    office = seat_office(view, name) or seat_office(view, r.entity_name)
    return f"{r.modifier} {office}".strip() if office else None


def _known_head(view: DocView, head: str) -> str | None:
    """The English name of an organisation the ontology knows, spelt as the first part of a
    compound title ("Kreml" of "Kremlsprecher")."""
    if len(head) < MIN_COMPOUND_PART:
        return None
    ent = gazetteer(view.onto).get((token_key(head, view.lang),))
    if ent is None or view.onto.entities.get(ent) is None or view.onto.entities[ent].label in ("Person", "Country"):
        return None
    return view.lex.english_name(ent)


def _glued_modifier(view: DocView, j: int):
    """A modifier written into the title's word ("expresidente", "exministra", "eksprezydent",
    ``rel-role-prefix-modifier``): like :func:`compound_title`, ``(end, title, None, value)``."""
    low = view.words[j].lower
    for phrase, value in view.lex.valued_phrases("rel-role-prefix-modifier", view.lang):
        if len(phrase) != 1 or not low.startswith(phrase[0].word):
            continue
        rest = low[len(phrase[0].word):].lstrip("-")
        if len(rest) < 4:
            continue
        for role in view.lex.roles:
            for title in role.phrases(view.lang):
                if len(title) == 1 and (rest == title[0].word or title[0].prefix and rest.startswith(title[0].word)):
                    return j + 1, role, None, value
    return None


def _org_text(view: DocView, head: str) -> str | None:
    """The first part of a compound in English where it is an organisation word ("Partei": the Party)."""
    low = head.casefold()
    for phrase, value in view.lex.valued_phrases(ORG_WORD, view.lang):
        if len(phrase) == 1 and (low == phrase[0].word or phrase[0].prefix and low.startswith(phrase[0].word)):
            return english_phrase([value], organisation=True)
    return None


def _modifier_value(view: DocView, head: str) -> str | None:
    """The English value of a role modifier spelt ``head`` ("Alt", "Ex"), else ``None``."""
    low = head.casefold()
    for phrase, value in view.lex.valued_phrases("rel-role-modifier", view.lang) + \
            view.lex.valued_phrases("rel-role-prefix-modifier", view.lang):
        if len(phrase) == 1 and (low == phrase[0].word or phrase[0].prefix and low.startswith(phrase[0].word)):
            return value
    return None


def one_name(m) -> bool:
    """Whether a person's mention is one name, not two joined over a dash or a comma
    ("Saluschnyj – Syrskyj"): a role is attached to one person."""
    return not any(sep in m.text for sep in (" – ", " — ", " - ", ", "))


def apposed_owner(view: DocView, s: Sentence, r: RolePhrase, m) -> bool:
    """"Шон Тернелл, радник Аун Сан Су Чжі …": a title in apposition to a name, followed by
    another name, is that other person's ("Adviser of Aung San Suu Kyi") and held by the first.
    Sets ``r.person``, ``r.entity_name`` and ``r.end``; whether it did."""
    a, b = view.mention_span[m]
    if view.lang not in MORPHOLOGY_LANGS or s.english or r.entity is not None or r.entity_name is not None \
            or a != r.end or r.start - 2 < s.lo or view.words[r.start - 1].text != ",":
        return False
    # the second name in the genitive and the title not: a list of titled names shares one case
    # ("міністр оборони Степан Полторак, генпрокурор Юрій Луценко", "звільнити міністра …
    # Степана Полторака, генерального прокурора Юрія Луценка")
    parses = analyser(view.lang).parse(view.words[a].lower)[:4]
    title = analyser(view.lang).parse(view.words[r.end - 1].lower)[:4]
    if not any(p.tag.case == "gent" for p in parses) or any(p.tag.case == "nomn" for p in parses) \
            or any(p.tag.case == "gent" for p in title):
        return False
    first = view.in_mention[r.start - 2]
    if first is None or first.label != "PERSON" or view.mention_span[first][1] != r.start - 1:
        return False
    r.person, r.end = view.mention_arg(first), b
    r.entity_name = view.english_name_of(m) or _readable(view, nominative(m.text, view.lang))
    return True


def complement(view: DocView, s: Sentence, k: int, title: str = "") -> tuple[int, str] | None:
    """What a title (English ``title``) ending at word ``k`` is of, when it is no known entity:
    (end, English phrase)."""
    if k >= s.hi:
        return None
    if view.lang in MORPHOLOGY_LANGS and not s.english:
        cases = ("gent", "ablt") if title.casefold() in _titles_of(view.onto, "role-instrumental") else ("gent",)
        return _genitive(view, s, k, cases, split_unknown=True)
    return _phrase(view, s, k, place_word=bool(title) and title.casefold() not in _titles_of(view.onto, "role-of-person"))


@lru_cache(maxsize=16)
def _titles_of(ontology: Ontology, category: str) -> frozenset[str]:
    return frozenset(text.casefold() for s in ontology.lexical_sets_of(category) for lang, text in s.forms
                     if lang == "en")


def membership(view: DocView, s: Sentence, r: RolePhrase) -> Arg | None:
    """The organisation a membership title is of ("член партии X", "a member of the Y party",
    ``role-membership``): the organisation's argument, or ``None`` (no membership title, or an
    organisation the text does not name)."""
    if r.title.casefold() not in _titles_of(view.onto, "role-membership"):
        return None
    if r.entity is not None and view.lex.is_country(r.entity):
        return None
    if r.entity is not None:
        return view.entity_arg(r.entity, r.start, 1.0)
    for i in range(r.start, r.end):
        m = view.in_mention[i]
        if m is not None and m in view.elsewhere_of and view.mention_span[m][0] == i:
            return home_membership(view, m)
        if m is not None and m.label == "ORG" and view.mention_span[m][0] == i:
            return view.mention_arg(m)
    return None


_PARTY_QUOTES = frozenset('"«»“”„')


def party_from(view: DocView, s: Sentence, k: int, title: str) -> int:
    """Where a legislator's title ending at ``k`` ends when a party's name follows it after a word of
    origin ("депутат от «X»", "нардеп від X", "an MP from the X party", "poseł z X", ``rel-party-from``;
    titles of ``role-party-member``): past the party's name (and a party word after it), so the name
    after it is the title's holder; else ``k``."""
    if k >= s.hi or title.casefold() not in _titles_of(view.onto, "role-party-member"):
        return k
    j = view.starts(k, "rel-party-from", s)
    if j is None:
        return k
    while j < s.hi and (view.words[j].text in _PARTY_QUOTES or view.words[j].lower in _articles(view)):
        j += 1
    m = view.in_mention[j] if j < s.hi else None
    if m is None or m.label != "ORG" or m.hint or view.mention_span[m][0] != j:
        return k
    end = view.mention_span[m][1]
    while end < s.hi and view.words[end].text in _PARTY_QUOTES:
        end += 1
    after = view.starts(end, "rel-party-word", s) if end < s.hi else None
    return after if after is not None else end


def home_membership(view: DocView, m) -> Arg | None:
    """"a member of the government" in an article on another country than the one whose
    government the ontology names by that common noun: the document's own country's
    government ("Government of Sri Lanka", as the candidates' home body), or ``None`` when the
    document's country is unknown -- never the ontology's body of another country, which the
    mention's words alone would align to."""
    original = view.elsewhere_of[m]
    if view.generic_elsewhere.get(m):  # a group of its kind the ontology ties to this country, or to none
        return view.mention_arg(m)
    ent = view.onto.entities.get(original)
    name = view.home_name(original, view.named_country.get((m.start, m.end)))
    if ent is None or not name:
        return None
    a, b = view.mention_span[m]  # the words stay; the hint tells alignment which body they name
    return Arg(kind=ent.type, start=a, end=b, mention=replace(m, hint=f"!{original}|{name}"),
               entity=None, category=view.lex.category(original))


def membership_title(view: DocView, r: RolePhrase) -> bool:
    """Whether ``r``'s title is a membership title (``role-membership``: "member", "член")."""
    return r.title.casefold() in _titles_of(view.onto, "role-membership")


def membership_elsewhere(view: DocView, r: RolePhrase) -> bool:
    """Whether a membership phrase is of another country's body named by a common noun (in an
    article on a country the ontology cannot name that body of): no role and no membership."""
    return membership_title(view, r) and r.entity is None and \
        any(view.in_mention[i] in view.elsewhere_of for i in range(r.start, r.end) if view.in_mention[i] is not None)


def accredited_to(view: DocView, s: Sentence, k: int, title: str = "") -> tuple[int, str] | None:
    """An organisation or country a title is held at, after what it is of ("représentant
    permanent de la Birmanie auprès des Nations unies", "постпред России при ООН", "ambassador of
    X to the UN", ``rel-role-to``): (end, its English name)."""
    if k >= s.hi or title.casefold() not in _titles_of(view.onto, "role-accredited"):
        return None
    j = view.starts(k, "rel-role-to", s)
    if j is None or j >= s.hi:
        return None
    while j < s.hi and view.words[j].lower in _articles(view) and not view.words[j].punct:
        j += 1
    m = view.in_mention[j] if j < s.hi else None
    if m is None or m.label not in ("ORG", "GPE") or view.mention_span[m][0] != j:
        return None
    return view.mention_span[m][1], view.english_name_of(m) or _readable(view, _nominative(m.text, m.label, view.lang))


def held_memberships(view: DocView, roles: list[RolePhrase]) -> list[RolePhrase]:
    """The role phrases without a membership title that names no one ("L'Arménie est membre de
    l'OTSC": the organisation stays an argument of the sentence's frames)."""
    members = _titles_of(view.onto, "role-membership")
    return [r for r in roles if r.person is not None or r.title.casefold() not in members]


def complete_alone(view: DocView, r: RolePhrase) -> bool:
    """Whether a bare title says enough on its own ("El juez X": a judge), ``role-complete``."""
    return r.title.casefold() in _titles_of(view.onto, "role-complete")


def regional(view: DocView, r: RolePhrase) -> str | None:
    """A regional title with nothing saying which region: the region or city named last before it
    in the sentence, not a country ("Im Gebiet Woronesch sprach Gouverneur X")."""
    if r.entity_name is not None or r.title.casefold() not in _titles_of(view.onto, "role-regional"):
        return None
    s = view.sentences[view.words[r.start].sent]
    best, kind, text = None, None, ""
    for m in view.mentions:
        span = view.mention_span.get(m)
        if span is None or not s.lo <= span[0] < r.start or m in view.adjective or view.lex.is_country(m.hint):
            continue
        region = _region_word_before(view, s, span[0]) if not m.hint else None
        own = _org_word(view, s, span[0]) if not m.hint and region is None else None
        if own is not None and own[0] < span[1] and own[1] in _words(view.onto, "role-region-word"):
            # "Gebiet Kaluga" found whole: the region word is its first word
            best, kind = m, own[1]
            text = " ".join(w.text for w in view.words[own[0]:span[1]])
        elif m.label == "GPE" or region is not None:  # "im Gebiet Woronesch": a name a region word opens
            best, kind, text = m, region, m.text
    if best is None:
        return None
    name = view.english_name_of(best) or _readable(view, _nominative(text, best.label, view.lang))
    name = f"{name} {kind}" if kind else name
    return f"{r.modifier} {r.title} of {name}".strip()


def _region_word_before(view: DocView, s: Sentence, a: int) -> str | None:
    """The English region word ("Oblast", "Region") right before an unknown name at word ``a``."""
    for j in range(max(s.lo, a - 2), a):
        got = _org_word(view, s, j)
        if got is not None and got[0] == a and got[1] in _words(view.onto, "role-region-word"):
            return got[1]
    return None


def person_owner(view: DocView, s: Sentence, r: RolePhrase) -> bool:
    """A title held for a person, with that person named next to it and the holder after it:
    "Пресс-секретарь Путина Дмитрий Песков", "rzecznik Putina Dmitrij Pieskow", "le porte-parole
    de Vladimir Poutine, Dmitri Peskov", "Putin's spokesman Dmitry Peskov", "Putins Sprecher X"
    (``role-of-person`` titles).  The owner becomes what the title is of and part of the
    phrase (no argument of the sentence's verbs); whether it did."""
    if r.entity is not None or r.entity_name is not None or r.person is not None \
            or r.title.casefold() not in _titles_of(view.onto, "role-of-person"):
        return False
    owner, start, end = None, r.start, r.end
    uninflected = False  # an owner that does not read as a genitive ("радник Аун Сан Су Чжі"): only after a holder
    a = r.start - 1
    m = view.in_mention[a] if a >= s.lo else None
    if m is not None and m.label == "PERSON" and view.mention_span[m][1] == r.start and \
            _possessive_name(view, m):  # "Putin's spokesman", "Putins Sprecher"
        owner, start = m, view.mention_span[m][0]
    else:
        j = r.end
        if view.lang not in MORPHOLOGY_LANGS and view.lang != "pl" or s.english:
            while j < s.hi and view.words[j].lower in _openers(view) | _articles(view) and not view.words[j].punct:
                j += 1
            if j == r.end:
                return False  # "spokesman Putin": the name is the holder
        m = view.in_mention[j] if j < s.hi else None
        if m is not None and m.label != "PERSON" and view.full_name_of(m) is not None:
            pass  # "прессекретаря Ющенка Ірини …": a bare surname, an organisation for want of evidence
        elif m is None or m.label != "PERSON" or view.mention_span[m][0] != j or m in view.adjective:
            return False
        uninflected = view.lang in MORPHOLOGY_LANGS and not s.english and not _genitive_any(view, j)
        owner, end = m, view.mention_span[m][1]
    k = end + 1 if end < s.hi and view.words[end].text == "," else end
    holder = view.in_mention[k] if k < s.hi else None
    if uninflected or holder is None or holder is owner or holder.label != "PERSON" or view.mention_span[holder][0] != k:
        close = _apposed_after_name(view, s, start, end) if start == r.start else None
        if close is None:
            return False
        end = close  # the words describing the title up to the apposition's end are part of it
    r.start, r.end = start, end
    full = view.full_name_of(owner)  # "Ющенка": the person the document names in full
    name = full.text if full is not None else _fullest_name(view, owner)
    r.entity_name = view.english_name_of(full or owner) or _readable(view, nominative(name, view.lang))
    return True


def _fullest_name(view: DocView, m) -> str:
    """The fullest form of an unknown person's name the document wrote before ``m`` ending with the
    same word ("Aung San Suu Kyi" for a later "Suu Kyi"), else ``m``'s own text."""
    last = token_key(m.text.split()[-1], view.lang) if m.text.split() else ""
    at = view.mention_span[m][0]
    best = m.text
    for other, (a, _) in view.mention_span.items():
        if a < at and other.label == "PERSON" and not other.hint and len(other.text) > len(best) \
                and other.text.split() and token_key(other.text.split()[-1], view.lang) == last \
                and other.text.casefold().endswith(m.text.casefold()):
            best = other.text
    return best


MAX_APPOSITION_TAIL = 4  # words after the owner in an apposition ("X, радник Y з економічних питань,")


def _apposed_after_name(view: DocView, s: Sentence, start: int, end: int) -> int | None:
    """A title held for a person in an apposition after the holder's name: "X, речник Y, заявив",
    "X, portavoz de Y, explicó", "X, an adviser to Y, said" -- a person's name and a comma (and at
    most two lower-case words: "an", "il suo") before the title, and the apposition closing after
    the owner within a few words that name no one: where it closes, else ``None``."""
    j, steps = start - 1, 0
    while j >= s.lo and steps < 2 and not view.words[j].punct and view.in_mention[j] is None \
            and view.words[j].text[:1].islower():
        j, steps = j - 1, steps + 1
    if j - 1 < s.lo or view.words[j].text != ",":
        return None
    m = view.in_mention[j - 1]
    if m is None or m.label != "PERSON" or view.mention_span[m][1] != j:
        return None
    for k in range(end, min(end + MAX_APPOSITION_TAIL + 1, s.hi + 1)):
        if k >= s.hi or view.words[k].punct and view.words[k].text in ",.;:()–—":
            return k
        if view.in_mention[k] is not None or view.words[k].punct:
            return None
    return None


def _possessive_name(view: DocView, m) -> bool:
    """A person's name in the possessive before a title ("Putin's", German "Putins")."""
    endings = _forms_in(view.onto, "role-possessive-ending", view.lang)
    return bool(endings) and m.text.endswith(endings) and (view.lang != "de" or bool(m.hint))


def plural_title(view: DocView, s: Sentence, r: RolePhrase) -> bool:
    """Whether the title of ``r`` is written in the plural ("presidents", "президенти",
    "prezydenci", "les présidents"): uk and ru by their morphology, elsewhere by a plural ending
    (``rel-plural-ending``) on a word whose lemma differs."""
    endings = _endings_of(view.onto, "rel-plural-ending", view.lang)
    for j in range(r.start, r.end):
        w = view.words[j]
        if w.punct or view.in_mention[j] is not None or not _title_word(view, s, j):
            continue
        if view.lang in MORPHOLOGY_LANGS and not s.english:
            tag = analyser(view.lang).parse(w.lower)[0].tag
            return tag.POS == "NOUN" and tag.number == "plur"
        return bool(endings) and w.lower.endswith(endings) and (view.lang == "pl" or w.lower != w.lemma.lower())
    return False


@lru_cache(maxsize=32)
def _endings_of(ontology: Ontology, category: str, lang: str) -> tuple[str, ...]:
    return tuple(text.casefold() for s in ontology.lexical_sets_of(category) for lg, text in s.forms if lg == lang)


def apposition_goes_on(view: DocView, s: Sentence, j: int) -> bool:
    """Whether an apposition's title goes on at word ``j`` with words describing its holder, not
    a new clause: a relative pronoun or a participle ("X, a former lawmaker jailed in 2017",
    "X, ex-ministre condamné en 2019", "X, бывший депутат, осуждённый …", ``rel-apposition-goes-on``
    and the participle endings of ``rel-participle-ending``)."""
    w = view.words[j]
    if w.punct or view.in_mention[j] is not None:
        return False
    if view.starts(j, "rel-apposition-goes-on", s) is not None:
        return True
    if view.lang in MORPHOLOGY_LANGS and not s.english:
        return analyser(view.lang).parse(w.lower)[0].tag.POS in ("PRTF", "PRTS")
    lang = "en" if s.english else view.lang
    return len(w.lower) > 4 and any(w.lower.endswith(e) for e in participle_endings(view.onto, lang))


@lru_cache(maxsize=8)
def participle_endings(ontology: Ontology, lang: str) -> tuple[str, ...]:
    """Endings of past participles in ``lang`` (``rel-participle-ending`` forms)."""
    return tuple(text.casefold() for s in ontology.lexical_sets_of("rel-participle-ending")
                 for lg, text in s.forms if lg == lang)


# -- roles said of someone without a name next to them ---------------------------------------------
MAX_CHOSEN = 6  # words between a choosing verb and the "na" of its title ("wybrał Jana Kowalskiego na")
PREDICATIVE_CONFIDENCE = 0.8  # "став президентом": the holder is found by position, not adjacency
MAX_AFTER = 8  # words between a predicative title and a holder named after it


def unattached(view: DocView, s: Sentence, holder_category: str) -> list[tuple[Arg, RolePhrase, float]]:
    """Role statements of sentence ``s`` whose title stands without a name (after :func:`prepare`):
    ``(holder, role, confidence)``.

    - A predicative title ("Янукович стал президентом", "которую назначил премьером",
      "Zelensky, избранный президентом", "was named acting president"): the person named
      nearest before it in the sentence, else the first one named after it in its clause
      ("Комендантом города назначен … Алмазбек Орозалиев").

    A title standing for its holder ("Президент назвал …") is no statement of the role: tried
    (the holder the candidates found, category ``holder_category``), it cost precision on every
    set (the gold annotates the role where the text states it, not where it names someone by it).
    Only a title opening a sentence that renames the person the sentence before named, where the
    discourse agrees, is a statement (:meth:`.discourse.DiscourseState.renamed`, read in matching).
    """
    out = []
    for r in s.roles:
        if r.person is not None:
            continue
        swap = _replacement(view, s, r, holder_category)
        if swap is not None:  # "X replaced Y as Z": X holds Z, Y held it
            new, old = swap
            out.append((new, r, PREDICATIVE_CONFIDENCE))
            out.append((old, _as_former(view, r), PREDICATIVE_CONFIDENCE))
            continue
        duties = _duties_holder(view, s, r)
        if duties is not None:  # "Обязанности премьера будет исполнять X": X is the acting holder
            out.append((duties, _as_acting(view, r), PREDICATIVE_CONFIDENCE))
            continue
        dashed = _dash_holder(view, s, r)
        if dashed is not None:  # "X — глава партии Y", "X – a former prime minister – said"
            out.append((dashed, r, PREDICATIVE_CONFIDENCE))
            continue
        post = _post_holder(view, s, r)
        if post is not None:  # "освободил X от должности премьера", "la nomination de X au poste de …"
            out.append((post, r, PREDICATIVE_CONFIDENCE))
            continue
        holder = _nearest_person(view, s, r) if _predicative(view, s, r) else None
        holder = holder or _copula_holder(view, s, r) or _chosen_holder(view, s, r)
        if holder is not None:
            out.append((holder, r, PREDICATIVE_CONFIDENCE))
            old = _replaced_after(view, s, holder)  # "назначен X, сменивший Y"
            if old is not None:
                out.append((old, _as_former(view, r), PREDICATIVE_CONFIDENCE))
    return _coordinated_titles(view, s, out)


DASHES = frozenset({"—", "–", "-"})
MAX_DASH_GAP = 2  # lower-case words between the dash and the title ("a former", "ещё и")


def _dash_holder(view: DocView, s: Sentence, r: RolePhrase) -> Arg | None:
    """"X — глава партии Y", "X – lider opozycji –", "X — a former prime minister": a person's name,
    a dash (a copula in uk and ru, an apposition's opening elsewhere) and, within two lower-case
    words, the title: the person holds it."""
    if view.words[r.start].text in DASHES:  # the phrase opens with the dash (soft punctuation)
        j = r.start
    else:
        j = r.start - 1
        while j >= s.lo and r.start - 1 - j < MAX_DASH_GAP and not view.words[j].punct \
                and view.in_mention[j] is None and view.words[j].text[:1].islower():
            j -= 1
    if j - 1 < s.lo or view.words[j].text not in DASHES:
        return None
    m = view.in_mention[j - 1]
    if m is None or m.label != "PERSON" or view.mention_span[m][1] != j or not one_name(m):
        return None
    a = view.mention_span[m][0]
    if a - 1 >= s.lo and view.words[a - 1].text in DASHES:
        return None  # "A – X – title": a list or a range, not X's title
    return view.mention_arg(m)


MAX_POST_GAP = 2  # words between a post's word and its title ("de ses fonctions de", "of his duties as")


def _post_holder(view: DocView, s: Sentence, r: RolePhrase) -> Arg | None:
    """A title named as a post ("rel-role-in-post", "rel-post" a few words before it: "освободил X от
    должности премьер-министра", "звільнив X з посади", "об отставке с поста спикера объявил X",
    "odwołał X ze stanowiska", "la nomination de X au poste de Premier ministre", "a démis X de ses
    fonctions de commandant", "relieved X of his post as …"): the person named nearest before it in
    its clause (a preposition may govern the name: "de X"), else the first one after it.  A person
    whose own title the sentence names next to the name is left alone only if another is nearer."""
    at = None
    for j in range(max(s.lo, r.start - MAX_POST_GAP - 2), r.start):
        end = view.starts(j, "rel-role-in-post", s) or view.starts(j, "rel-post", s)
        if end is not None and r.start - MAX_POST_GAP <= end <= r.start and \
                all(not view.words[k].punct and view.in_mention[k] is None for k in range(end, r.start)):
            at = j
            break
    if at is None:
        return None
    lo, hi = view.clause(s, at, r.end)
    inside = {id(view.in_mention[i]) for q in s.roles if q is not r for i in range(q.start, q.end)
              if view.in_mention[i] is not None and q.person is None}
    persons = sorted((view.mention_span[m], m) for m in view.mentions if m in view.mention_span
                     and m.label == "PERSON" and id(m) not in inside and lo <= view.mention_span[m][0] < hi
                     and one_name(m) and not (view.mention_span[m][0] >= r.start and view.mention_span[m][0] < r.end))
    before = [(span, m) for span, m in persons if span[1] <= at]
    if before:
        span, m = before[-1]
        if _chooser_between(view, s, span[1], at):
            return None  # "X appointed him to the post of …": someone else's
        return view.mention_arg(m)
    after = [(span, m) for span, m in persons if span[0] >= r.end and span[0] < r.end + MAX_AFTER]
    return view.mention_arg(after[0][1]) if after else None


MAX_REPLACE_SPAN = 12  # words from a verb of replacing to the title it is about
MAX_BEFORE_TITLE = 3  # words between the one replaced and the title ("на посту", "as", "au poste de")


MAX_DUTIES_GAP = 3  # words between a title and the verb of taking on its duties ("тимчасово", "будет")


def _duties_holder(view: DocView, s: Sentence, r: RolePhrase) -> Arg | None:
    """"Обязанности премьер-министра будет исполнять X", "Обов'язки голови парламенту тимчасово
    виконуватиме його заступник X", "Obowiązki premiera pełni X": the duties word right before the
    title (``rel-role-duties``), a verb of taking them on after it (``rel-role-duties-verb``) and the first
    person named after the verb in its clause."""
    if r.has_modifier or r.start - 1 < s.lo or view.starts(r.start - 1, "rel-role-duties", s) != r.start:
        return None
    verb = next((e for j in range(r.end, min(s.hi, r.end + MAX_DUTIES_GAP + 1))
                 if (e := view.starts(j, "rel-role-duties-verb", s)) is not None), None)
    if verb is None:
        return None
    for j in range(verb, min(s.hi, verb + MAX_AFTER)):
        if view.words[j].punct and view.words[j].text in ",;:()":
            return None
        m = view.in_mention[j]
        if m is not None and m.label == "PERSON" and view.mention_span[m][0] == j:
            return view.mention_arg(m)
    return None


def _as_acting(view: DocView, r: RolePhrase) -> RolePhrase:
    from dataclasses import replace
    acting = next((str(d.value) for d in view.onto.lexical_sets_of("rel-role-duties") if d.value), "acting")
    return replace(r, modifier=acting, has_modifier=True, person=None)


def _as_former(view: DocView, r: RolePhrase) -> RolePhrase:
    from dataclasses import replace
    return replace(r, modifier=view.lex.former, has_modifier=True, person=None)


def _replacement(view: DocView, s: Sentence, r: RolePhrase, holder_category: str = "") -> tuple[Arg, Arg] | None:
    """``(new holder, former holder)`` of a title a verb of replacing (``rel-role-replace``) is
    about: "X replaced Y as Z", "X zastąpił Y na stanowisku Z", "X сменил Y на посту Z", "X a
    remplacé Y au poste de Z".  The one replaced is the first name after the verb, the title
    follows it closely after "as" or a post word; the new holder is named before the verb."""
    for j in range(r.start - 1, max(s.lo, r.start - MAX_REPLACE_SPAN) - 1, -1):
        if view.words[j].punct and view.words[j].text in ";:":
            return None
        end = view.starts(j, "rel-role-replace", s)
        if end is not None and end <= r.start:
            break
    else:
        return None
    old = next((m for m in view.mentions if m in view.mention_span and m.label == "PERSON"
                and end <= view.mention_span[m][0] < r.start), None)
    if old is None or r.start - view.mention_span[old][1] > MAX_BEFORE_TITLE or not (
            _predicative(view, s, r) or any(view.starts(i, "rel-post", s) is not None or
                                            view.starts(i, "rel-role-in-post", s) is not None
                                            for i in range(view.mention_span[old][1], r.start))):
        return None
    new = [m for m in view.mentions if m in view.mention_span and m.label == "PERSON"
           and s.lo <= view.mention_span[m][0] and view.mention_span[m][1] <= j
           and not _governed(view, s, view.mention_span[m][0])]
    if not new:  # "prezydent zastąpił Y …": the holder an unnamed title stands for
        held = [c for c in s.cands if c.category == holder_category and holder_category and c.end <= j]
        return (held[-1], view.mention_arg(old)) if held else None
    newest = max(new, key=lambda m: view.mention_span[m][1])
    if any(w.punct and w.text in ";:" for w in view.words[view.mention_span[newest][1]:j]):
        return None
    if view.passive(j, s):  # "X was replaced by Y as Z": the one named after the verb is the new holder
        return view.mention_arg(old), view.mention_arg(newest)
    return view.mention_arg(newest), view.mention_arg(old)


def _replaced_after(view: DocView, s: Sentence, holder: Arg) -> Arg | None:
    """"назначен X, сменивший Y", "X, who replaced Y": the one a new holder replaced, named right
    after a verb of replacing that follows the holder's name."""
    if holder.mention is None or holder.mention not in view.mention_span:
        return None
    j = view.mention_span[holder.mention][1]
    j = j + 1 if j < s.hi and view.words[j].text == "," else j
    if j < s.hi and view.starts(j, "rel-apposition-goes-on", s) is not None:
        j = view.starts(j, "rel-apposition-goes-on", s)
    end = view.starts(j, "rel-role-replace", s) if j < s.hi else None
    if end is None:
        return None
    for i in range(end, min(s.hi, end + MAX_AFTER)):
        m = view.in_mention[i]
        if view.words[i].punct and view.words[i].text not in "«»\"":
            return None
        if m is not None and m.label == "PERSON" and view.mention_span[m][0] == i:
            return view.mention_arg(m)
    return None


MAX_COPULA_GAP = 3  # words between a title and its copula, or the copula and the holder ("ist seit Mittwoch X")
MAX_COPULA_OPENING = 2  # words before a title that opens its clause ("Neuer Chef … ist X", "Le nouveau chef … est X")


def _copula_holder(view: DocView, s: Sentence, r: RolePhrase) -> Arg | None:
    """A title a copula says of a name (``rel-role-copula``): "X is the new head of Y", "Neuer Chef
    des Komitees ist seit Mittwoch X", "Il nuovo capo della polizia è X".  The name stands right
    before the copula, or the title opens its clause and the name follows the copula (a few words
    later, no preposition governing it, no participle between: "è stato accolto da X" is not)."""
    if plural_title(view, s, r):
        return None
    # the name before: "X is (the new) <title>"
    j = r.start - 1
    while j >= s.lo and r.start - j <= MAX_COPULA_GAP and not view.words[j].punct \
            and view.starts(j, "rel-role-copula", s) is None and view.in_mention[j] is None:
        j -= 1
    if j - 1 >= s.lo and view.starts(j, "rel-role-copula", s) is not None:
        m = view.in_mention[j - 1]
        if m is not None and m.label == "PERSON" and view.mention_span[m][1] == j and one_name(m) \
                and not _governed(view, s, view.mention_span[m][0]) and not _possessive_after(view, s, r):
            return view.mention_arg(m)
        return _relative_copula_holder(view, s, r, j)  # "X, who is also the prime minister, said"
    # the title opens the clause, the name follows the copula
    lo = r.start
    while lo > s.lo and r.start - lo < MAX_COPULA_OPENING and not view.words[lo - 1].punct \
            and view.in_mention[lo - 1] is None:
        lo -= 1
    if lo != s.lo and not (view.words[lo - 1].punct and view.words[lo - 1].text in ";:"):
        return None
    k = r.end
    if k >= s.hi or view.starts(k, "rel-role-copula", s) is None:
        return None
    k = view.starts(k, "rel-role-copula", s)
    for i in range(k, min(s.hi, k + MAX_COPULA_GAP + 1)):
        w = view.words[i]
        m = view.in_mention[i]
        if m is not None and m.label == "PERSON" and view.mention_span[m][0] == i:
            return view.mention_arg(m) if one_name(m) and not _governed(view, s, i) else None
        if w.punct and w.text not in ",":
            return None
        if m is not None or apposition_goes_on(view, s, i) and view.starts(i, "rel-apposition-goes-on", s) is None:
            return None  # another name, or a participle ("è stato accolto da X")
        for q in s.roles:  # "wird der bisherige Kommandeur der Landstreitkräfte, X": that title's holder
            if q.start == i and q.person is not None:
                return q.person
    return None


MAX_CHOSEN_GAP = 1  # words between a verb of choosing and the name of the one chosen (Spanish "a")


def _chosen_holder(view: DocView, s: Sentence, r: RolePhrase) -> Arg | None:
    """"elected X president", "appointed X acting prime minister", "a élu X président", "ha eletto X
    presidente", "eligió a X (como) presidente": a verb of choosing (``rel-role-choose-object``), the
    name of the one chosen right after it (one word may stand between: Spanish "a"), the title
    right after the name (or after a ``rel-role-as`` word: "as", "como").  The one chosen."""
    j = r.start
    for k in range(max(s.lo, r.start - 3), r.start):
        if view.starts(k, "rel-role-as", s) == r.start:
            j = k
            break
    m = view.in_mention[j - 1] if j - 1 >= s.lo else None
    if m is None or m.label != "PERSON" or view.mention_span.get(m, (0, -1))[1] != j or not one_name(m):
        return None
    a = view.mention_span[m][0]
    # the one chosen named with a title of his own: "named Prime Minister X acting president"
    a = min((q.start for q in s.roles if q.person is not None and q.person.start == a and q is not r), default=a)
    for k in range(a - 1, max(s.lo, a - MAX_CHOSEN_GAP - 2), -1):
        if view.words[k].punct or view.in_mention[k] is not None:
            return None
        end = view.starts(k, "rel-role-choose-object", s)
        if end is not None and a - MAX_CHOSEN_GAP <= end <= a:
            return view.mention_arg(m)
    return None


def _possessive_after(view: DocView, s: Sentence, r: RolePhrase) -> bool:
    """"X is the president's spokesman": the title is someone's, not X's."""
    return r.end < s.hi and view.words[r.end].text in ("'s", "’s", "'", "’")


def _predicative(view: DocView, s: Sentence, r: RolePhrase) -> bool:
    before = r.start - 1
    for j in range(max(s.lo, r.start - 3), r.start):
        if view.starts(j, "rel-role-as", s) == r.start:
            return True  # "elected president", "wybierał na premiera"
        if view.starts(j, "rel-role-as", s) == r.start - 1 and \
                view.words[r.start - 1].lower in _words(view.onto, "rel-role-as-between"):
            return True  # a modifier between: "désigné (comme) nouveau Premier ministre"
    if _as_article_before(view, s, r):
        return True  # "sworn in as the acting president", "will serve as the new prime minister"
    if r.end < s.hi and view.starts(r.end, "rel-role-as-after", s) is not None:
        return True  # the word after the title: "премьер-министр етіп тағайындады", "министрі болып"
    if before > s.lo and view.starts(before, "rel-role-as-chosen", s) == r.start and any(
            view.starts(j, "rel-role-choose", s) is not None for j in range(max(s.lo, before - MAX_CHOSEN), before)):
        return True  # "Sejm wybrał Jana Kowalskiego na premiera": a choosing verb, then "na" + title
    if before >= s.lo and view.starts(before, "rel-preposition", s) == r.start:
        return False  # "с президентом", "z premierem": a companion, not a predicate
    if before > s.lo and view.words[before].lower in _words(view.onto, "rel-role-as-between") and \
            view.starts(before - 1, "rel-preposition", s) == before:
        return False  # "с новым президентом": the same with "new" between
    if s.english:
        return False
    if view.lang in MORPHOLOGY_LANGS and r.has_modifier and any(
            analyser(view.lang).parse(view.words[j].lower)[0].tag.POS == "VERB" for j in range(r.start, min(r.start + 2, r.end))):
        return True  # a modifier that is a verb: "X исполняет обязанности премьера", "X виконує обов'язки …"
    if view.lang in MORPHOLOGY_LANGS:  # not after a noun: "указ про призначення керівником …"
        # (the word before the title itself: "став шостим президентом" has an ordinal between)
        # ("став": a pond to the dictionary, and "became": rel-role-become)
        first = next((j for j in range(r.start, r.end) if _title_word(view, s, j)), r.start)
        return any(_instrumental_noun(view, j) for j in range(r.start, r.end)) and \
            not (first - 1 >= s.lo and view.in_mention[first - 1] is None and _common_noun(view, first - 1)
                 and view.starts(first - 1, "rel-role-become", s) is None
                 and not _new_before(view, s, first))
    endings = _endings_of(view.onto, "rel-instrumental-ending", view.lang)
    if endings:  # pl: "premierem", "pełniącym obowiązki wiceprezydenta" (the phrase's first word)
        return view.words[r.start].lower.endswith(endings)
    return False


def _new_before(view: DocView, s: Sentence, first: int) -> bool:
    """"став новим президентом", "Новым президентом стал X": "new" (``rel-role-as-between``) right
    before the title word, no preposition before it ("с новым президентом" is a companion)."""
    return view.words[first - 1].lower in _words(view.onto, "rel-role-as-between") and \
        not (first - 2 >= s.lo and view.starts(first - 2, "rel-preposition", s) == first - 1)


def _common_noun(view: DocView, j: int) -> bool:
    w = view.words[j]
    if w.punct:
        return False
    parses = analyser(view.lang).parse(w.lower)[:3]
    tag = parses[0].tag
    return tag.POS == "NOUN" and not NAME_TAGS & tag.grammemes and \
        not any(p.tag.POS == "VERB" for p in parses)  # "став": a pond, and "became"


def _instrumental_noun(view: DocView, j: int) -> bool:
    parses = analyser(view.lang).parse(view.words[j].lower)[:3]
    return parses[0].tag.POS == "NOUN" and any(p.tag.case == "ablt" and p.tag.POS == "NOUN" for p in parses)


def _nearest_person(view: DocView, s: Sentence, r: RolePhrase) -> Arg | None:
    inside = {id(view.in_mention[i]) for q in s.roles for i in range(q.start, q.end) if view.in_mention[i]}
    persons = [(view.mention_span[m], m) for m in view.mentions if m in view.mention_span
               and m.label == "PERSON" and id(m) not in inside and s.lo <= view.mention_span[m][0] < s.hi
               and (not _governed(view, s, view.mention_span[m][0]) or _relative_after(view, s, m, r))]
    before = [(span, m) for span, m in persons if span[1] <= r.start]
    if before:
        nearest = max(before, key=lambda p: p[0][1])
        about = relative_object(view, s, nearest[0][0])  # "X, которого Y назначил премьером": X's
        if about is not None or not _chooser_between(view, s, nearest[0][1], r.start, r.end):
            return view.mention_arg(about if about is not None else nearest[1])
        # "X appointed him prime minister", "X назначил премьером Y": X chose someone, named after
        # the title or not at all
    lo, hi = view.clause(s, r.start, r.end)
    stop = next((j for j in range(r.end, hi) if view.words[j].punct and view.words[j].text in ",;:()"), hi)
    after = [(span, m) for span, m in persons if r.end <= span[0] < min(stop, r.end + MAX_AFTER)]
    if after:
        return view.mention_arg(min(after, key=lambda p: p[0][0])[1])
    return None


def _chooser_between(view: DocView, s: Sentence, a: int, b: int, end: int | None = None) -> bool:
    """Whether words ``[a, b)`` between a person and a title say that the person chose someone else
    for it: an active verb of choosing (``rel-role-chooser``, ``rel-role-choose-object``; not "was
    appointed", "назначен") with an object pronoun (``rel-role-object-pronoun``: "appointed him
    as", "l'a nommé", "lo nombró", "ernannte ihn zum") or, where morphology tells, in a finite form
    ("назначил", "призначив", "mianował": not the participle "назначенный").  With a pronoun, the
    verb may also close the clause right after the title (``end``: "hat ihn zum Regierungschef
    ernannt")."""
    verb = pronoun = finite = False
    after = range(end, min(s.hi, end + 2)) if end is not None else range(0)
    for j in list(range(a, b)) + list(after):
        if j < b and object_relative(view, s, j):
            return False  # "X, которого Y избрал премьером", "X, whom Y named": X is the one chosen
        if j < b and view.starts(j, "rel-role-object-pronoun", s) is not None:
            pronoun = True
        if (view.starts(j, "rel-role-chooser", s) is not None or view.starts(j, "rel-role-choose-object", s) is not None) \
                and not view.passive(j, s):
            verb = True
            if j >= b:
                continue  # a verb after the title counts with a pronoun only
            if view.lang in MORPHOLOGY_LANGS and not s.english:
                finite = finite or analyser(view.lang).parse(view.words[j].lower)[0].tag.POS == "VERB"
            else:  # a language without an analyser: the finite endings the ontology gives it, if any
                finite = finite or view.words[j].lower.endswith(_endings_of(view.onto, "rel-finite-ending", view.lang))
    return verb and (pronoun or finite)


def object_relative(view: DocView, s: Sentence, k: int) -> bool:
    """Whether the relative pronoun at word ``k`` is its clause's object ("которого", "whom",
    ``rel-relative-object``; in uk and ru in no nominative reading)."""
    if view.starts(k, "rel-relative-object", s) is None:
        return False
    return not (view.lang in MORPHOLOGY_LANGS and not s.english and
                analyser(view.lang).parse(view.words[k].lower)[0].tag.case == "nomn")


def relative_object(view: DocView, s: Sentence, a: int, reach: int = 3):
    """The person a relative clause is about when its subject is the name at word ``a`` (or, with a
    larger ``reach``, is unnamed before the verb at ``a``): "X, whom Y appointed", "X, которого Y
    назначил", "X, que Y a nommé", "X, den Y ernannt hatte", "X, a quien Y nombró", "X, которую сам
    же назначил" (``rel-relative-object`` at most ``reach`` words before ``a`` with no punctuation
    between, a comma and X's name before it).  X's mention, or ``None``."""
    for k in range(a - 1, max(s.lo, a - reach) - 1, -1):
        if view.words[k].punct:
            return None
        end = view.starts(k, "rel-relative-object", s)
        if end is not None and end <= a:
            if k - 1 < s.lo or view.words[k - 1].text != ",":
                return None
            m = view.in_mention[k - 2] if k - 2 >= s.lo else None
            if m is None or m.label != "PERSON" or view.mention_span[m][1] != k - 1:
                return None
            return m if object_relative(view, s, k) else None  # "X, который Y …": the pronoun is the subject
    return None


def _relative_after(view: DocView, s: Sentence, m, r: RolePhrase) -> bool:
    """"z X, którego parlament wybrał na premiera": a name a relative pronoun right after it
    (and before the title) refers back to, whatever governs the name."""
    b = view.mention_span[m][1]
    j = b + 1 if b < s.hi and view.words[b].text == "," else b
    return j < r.start and view.starts(j, "rel-apposition-goes-on", s) is not None


def _governed(view: DocView, s: Sentence, a: int) -> bool:
    """Whether a preposition governs the name at word ``a`` ("вместо Сагинтаева", "with Biden")."""
    return a - 1 >= s.lo and view.starts(a - 1, "rel-preposition", s) == a


# -- uk, ru: a genitive noun phrase ----------------------------------------------------------
def _genitive(view: DocView, s: Sentence, k: int, cases: tuple[str, ...] = ("gent",),
              split_unknown: bool = False) -> tuple[int, str] | None:
    words: list[str] = []
    j, org = k, False
    # "президентом страны", "прем'єр-міністр країни": the country the document is about
    if k < s.hi and view.in_mention[k] is None and view.focus is not None \
            and view.starts(k, "rel-country-anaphor", s) is not None and _genitive_word(view, k, cases):
        name = view.lex.english_name(view.focus)
        if name:
            return k + 1, name
    while j < s.hi and len(words) < MAX_COMPLEMENT:
        w = view.words[j]
        quoted = _quoted(view, s, j)
        if quoted is not None:  # "лидер «Батькивщины»", "блоку «Наша Україна»": a name in quotes
            j, name = quoted
            words.append(name)
            org = True
            continue
        if w.punct:
            break
        m = view.in_mention[j]
        if m is not None and m.label == "PERSON" and not m.hint and _place_adjective(view, j, m):
            m = None  # "Ростовской" read as a name: a word of the phrase
        if m is not None and split_unknown and not m.hint and m.label in ("ORG", "GPE") and \
                _org_word_inside(view, s, m):
            m = None  # "Центральну виборчу комісію", "Курской области": an unknown body or region read word by word
        if m is not None and m.label == "GROUP" and _org_word(view, s, j) is not None:
            m = None  # "хунти": a group noun the organisation words translate
        if m is not None and view.mention_span[m][0] == j and m.label == "ORG" and not words and \
                view.full_name_of(m) is not None:
            # "прессекретаря Ющенка": a bare surname read as an organisation for want of evidence
            # is the person the document names in full (the title is of that person)
            full = view.full_name_of(m)
            words.append(view.english_name_of(full) or _readable(view, nominative(full.text, view.lang)))
            j = view.mention_span[m][1]
            break
        if m is not None and view.mention_span[m][0] == j and m.label in ("ORG", "GPE"):
            a, b = view.mention_span[m]
            if m.label == "GPE" and not _genitive_word(view, b - 1, cases):
                break
            words.append(_entity_words(view, m, after=bool(words)))
            org = org or m.label == "ORG"
            j = b
            continue
        if m is None and words and org and _genitive_any(view, j):
            owned = _title_phrase(view, s, j)  # "Адміністрації президента": an office's owner
            if owned is not None:
                j = owned[0]
                words.append(f"of the {owned[1]}")
                break
        if m is not None or not _genitive_word(view, j, cases) or _title_word(view, s, j):
            break
        got = _org_word(view, s, j)
        if got is not None:
            j, english = got
            words.append(english)
            org = True
            continue
        words.append(romanize(w.lemma, view.lang).title() if has_cyrillic(w.lemma) else w.text)
        j += 1
    return _close(words, j, org, k)


def _org_word_inside(view: DocView, s: Sentence, m) -> bool:
    a, b = view.mention_span[m]
    return any(_org_word(view, s, i) is not None for i in range(a, b))


def _title_phrase(view: DocView, s: Sentence, j: int) -> tuple[int, str] | None:
    """The longest role title at word ``j`` with nothing after it saying of what (a bare title
    ending the organisation phrase it follows): (end, English title)."""
    w = view.words[j]
    best = None
    for lang in view.sentence_langs(s):
        for phrase, role in view.lex.index("rel-role", lang).candidates(w.lower, w.lemma):
            end = view.phrase_end(j, phrase, s.hi, lang)
            if end is not None and (best is None or end > best[0]):
                best = (end, role.english)
    if best is None or best[0] < s.hi and _genitive_word(view, best[0]) and view.in_mention[best[0]] is None:
        return None  # "… голови Банку": a title with its own organisation starts a chain
    return best


def _title_word(view: DocView, s: Sentence, j: int) -> bool:
    """Whether a role title starts at word ``j`` (the next title of a chain: "… голови Банку")."""
    w = view.words[j]
    return any(view.phrase_end(j, phrase, s.hi, lang) is not None for lang in view.sentence_langs(s)
               for phrase, _ in view.lex.index("rel-role", lang).candidates(w.lower, w.lemma))


def _genitive_word(view: DocView, j: int, cases: tuple[str, ...] = ("gent",)) -> bool:
    """A noun or adjective in the genitive (or ``cases``) that is no person's name or a person."""
    parses = analyser(view.lang).parse(view.words[j].lower)
    if any(NAME_TAGS & set(str(p.tag).replace(" ", ",").split(",")) for p in parses[:2]):
        return False
    first = parses[0].tag
    if first.POS in FUNCTION_POS:  # "в", "у", "с": a preposition, not a letter's name in the genitive
        return False
    if any(p.tag.POS == "PREP" for p in parses):  # uk "до", "про", "серед": read first as a noun
        return False  # ("до": the note), they are the prepositions of "міністр оборони до 2020 року"
    if first.POS == "NOUN" and "anim" in first:
        return False
    return any(p.tag.case in cases and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses[:6])


def _place_adjective(view: DocView, j: int, m) -> bool:
    """A one-word "person" that is a common word ("Ростовской", "Офісу"): an adjective or a
    thing's noun, no name by its analysis."""
    a, b = view.mention_span[m]
    if b - a != 1 or view.lang not in MORPHOLOGY_LANGS:
        return False
    tag = analyser(view.lang).parse(view.words[j].lower)[0].tag
    return (tag.POS == "ADJF" or tag.POS == "NOUN" and "inan" in tag) and _genitive_word(view, j)


def merge_chain(view: DocView, s: Sentence, roles: list[RolePhrase]) -> list[RolePhrase]:
    """A title right before another in the genitive is of the second one's holder:
    "Радник керівника Офісу президента" is one role, "Adviser of the Head of the Office of
    the President" (uk, ru, pl: the case says so; other languages join them by "of")."""
    roles = merge_prefixed(view, s, roles)
    if genitive_endings(view.onto, view.lang) and not s.english:
        return _merge_head_final(view, roles)
    if view.lang not in MORPHOLOGY_LANGS and view.lang != "pl" or s.english:
        return roles
    out: list[RolePhrase] = []
    for r in reversed(roles):
        if out and out[-1].start == r.end and r.entity is None and r.entity_name is None \
                and (view.lang == "pl" or _genitive_any(view, out[-1].start)):
            nxt = out.pop()
            r.end, r.entity_name = nxt.end, english_phrase([nxt.literal()], organisation=True)
        out.append(r)
    return out[::-1]


@lru_cache(maxsize=16)
def genitive_endings(ontology: Ontology, lang: str) -> tuple[str, ...]:
    """Genitive endings of a language whose titles follow what they are of (kk: "Ресей
    президентінің баспасөз хатшысы", ``rel-genitive-ending``)."""
    return tuple(text.casefold() for s in ontology.lexical_sets_of("rel-genitive-ending")
                 for lg, text in s.forms if lg == lang)


def _merge_head_final(view: DocView, roles: list[RolePhrase]) -> list[RolePhrase]:
    """A title in the genitive right before another is what the second is of: "Ресей
    президентінің баспасөз хатшысы" is the Spokesperson of the President of Russia."""
    endings = genitive_endings(view.onto, view.lang)
    out: list[RolePhrase] = []
    for r in roles:
        prev = out[-1] if out else None
        if prev is not None and prev.end == r.start and r.entity is None and r.entity_name is None \
                and view.words[prev.end - 1].lower.endswith(endings):
            out.pop()
            if r.title.casefold() in prefix_titles(view.onto) and prev.title.casefold() not in prefix_titles(view.onto):
                # "Ішкі істер министрінің орынбасары": the minister's deputy is a Deputy Minister
                r.title, r.title_id = f"{r.title} {prev.title}", prev.title_id
                r.entity, r.entity_name = prev.entity, prev.entity_name
                r.modifier, r.has_modifier = r.modifier or prev.modifier, r.has_modifier or prev.has_modifier
                r.start = prev.start
            else:
                r.start, r.entity_name = prev.start, english_phrase([prev.literal()], organisation=True)
        out.append(r)
    return out


def _genitive_any(view: DocView, j: int) -> bool:
    return any(p.tag.case == "gent" for p in analyser(view.lang).parse(view.words[j].lower)[:6])


ANY_CASE = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def organisation_at(view: DocView, s: Sentence, k: int) -> tuple[int, str] | None:
    """The organisation a verb's object names from word ``k``, in English words where the
    organisation words say them ("очолює Центральну виборчу комісію": the Central Election
    Commission; "dirige le Comité national de sécurité"): (end, phrase) like :func:`complement`,
    in any case in uk and ru."""
    if k >= s.hi:
        return None
    if view.lang in MORPHOLOGY_LANGS and not s.english:
        return _genitive(view, s, k, ANY_CASE, split_unknown=True)
    return _phrase(view, s, k, opened=True)


# -- other languages: a phrase of names and organisation words -------------------------------------
def _phrase(view: DocView, s: Sentence, k: int, opened: bool = False, place_word: bool = False) -> tuple[int, str] | None:
    """``place_word``: a one-word name the recogniser took for a person, first after "of", is a place
    or body the ontology does not know ("the head of Chechnya"; not for a title held for a person)."""
    j = k
    glue, openers = _glue(view), _openers(view)
    while j < s.hi and view.words[j].lower in glue and not view.words[j].punct:
        opened = opened or view.words[j].lower in openers
        j += 1
    slavic = view.lang == "pl"
    if not opened and not slavic:
        return None
    # "le président du pays", "il presidente del Paese", "der Präsident des Landes", "prezydent kraju":
    # the country the document is about
    m = view.in_mention[j] if j < s.hi else None
    if j < s.hi and (m is None or not m.hint) and view.focus is not None \
            and view.starts(j, "rel-country-anaphor", s) is not None and (m is None or view.mention_span[m] == (j, j + 1)):
        name = view.lex.english_name(view.focus)
        if name:
            return view.starts(j, "rel-country-anaphor", s), name
    words: list[str] = []
    org, end, pending = False, j, 0
    while j < s.hi and len(words) < MAX_COMPLEMENT:
        w = view.words[j]
        quoted = _quoted(view, s, j)
        if quoted is not None:
            j, name = quoted
            words.append(name)
            org, end, pending = True, j, 0
            continue
        if w.punct:
            if w.text in "-" and words:
                j += 1
                continue
            break
        m = view.in_mention[j]
        if m is not None and m.label == "GROUP" and _org_word(view, s, j) is not None:
            m = None  # "delle forze armate": a group noun the organisation words translate
        if m is not None and not m.hint and m.label in ("ORG", "GPE") and _unknown_by_words(view, s, m):
            a, b = view.mention_span[m]
            head = a
            while head < b and view.words[head].text[:1].isupper():
                head += 1
            if m.label == "GPE" or a < j:
                m = None  # "Gebiet Kursk": a region the ontology does not know, read word by word, in English
            elif a < head < b:  # "Lega nazionale per la democrazia": its name as written, then its words in English
                words.append(" ".join(view.words[i].text for i in range(a, head)))
                org, j, end, pending = True, head, head, 0
                continue
        if m is not None and place_word and not words and m.label == "PERSON" and not m.hint \
                and view.mention_span[m] == (j, j + 1) and j > k and view.words[j - 1].lower in openers:
            words.append(view.words[j].text)  # "the head of Chechnya": a place read as a name
            j, end, pending = j + 1, j + 1, 0
            continue
        if m is not None:
            if view.mention_span[m][0] != j or m.label not in ("ORG", "GPE") and not _org_name(view, s, m, words):
                break
            words.append(_entity_words(view, m, after=bool(words)))
            org = org or m.label in ("ORG", "PERSON")
            j = end = view.mention_span[m][1]
            pending = 0
            continue
        got = _org_word(view, s, j)
        if got is not None:
            j, english = got
            words.append(english)
            org, end, pending = True, j, 0
            continue
        if w.lower in glue and words:
            pending += 1
            j += 1
            continue
        if w.text[:1].isupper() and not slavic:  # a name, or a German noun
            words.append(w.text)
            org = org or view.lang == "de" and _compound_org(view, j)
            j = end = j + 1
            pending = 0
            continue
        break
    end = _to_name_end(view, s, k, end, words)
    return _close(words, end, org, k)


def _to_name_end(view: DocView, s: Sentence, k: int, end: int, words: list[str]) -> int:
    """A complement read word by word that stops inside an organisation's name the ontology does not
    know ("membre du Mouvement national uni", "esponente del Movimento nazionale unito": a lower-case
    word of the name no organisation word translates) runs on to the name's end, as written."""
    if not words or not s.lo < end < s.hi:
        return end
    m = view.in_mention[end - 1]
    if m is None or m.hint or m.label != "ORG" or view.in_mention[end] is not m:
        return end
    a, b = view.mention_span[m]
    if a < k or b > s.hi:
        return end
    words.extend(view.words[i].text for i in range(end, b))
    return b


def _unknown_by_words(view: DocView, s: Sentence, m) -> bool:
    """An organisation or region the ontology does not know, named by several words one of which
    the organisation words translate: its title complement is read word by word."""
    a, b = view.mention_span[m]
    return b - a > 1 and any(_org_word(view, s, i) is not None for i in range(a, b))


def _org_name(view: DocView, s: Sentence, m, words: list[str]) -> bool:
    """A "person" that names an organisation: one of its words is an organisation word
    ("Northern Trading Company"), or it follows one and a person's name follows it
    ("del partito Nuova Alleanza, Marco Ferri")."""
    if m.label != "PERSON" or m.hint:
        return False
    a, b = view.mention_span[m]
    if any(_org_word(view, s, i) is not None for i in range(a, b)):
        return True
    if not words:
        return False
    if b - a == 1 and a - 1 >= s.lo and _org_word(view, s, a - 1) is not None:
        return True  # "du parti Renouveau": one word right after an organisation word names it
    j = b + 1 if b < s.hi and view.words[b].text == "," else b
    nxt = view.in_mention[j] if j < s.hi else None
    return nxt is not None and nxt is not m and nxt.label == "PERSON" and view.mention_span[nxt][0] == j


def _close(words: list[str], end: int, org: bool, k: int) -> tuple[int, str] | None:
    words = [w for w in words if w]
    if not words or end <= k:
        return None
    return end, english_phrase(words, org)


OPEN_QUOTES = frozenset("«„“\"")
CLOSE_QUOTES = frozenset("»“”\"")
MAX_QUOTED = 5  # words of a name in quotes


def _quoted(view: DocView, s: Sentence, j: int) -> tuple[int, str] | None:
    """A name in quotes from word ``j`` ("«Наша Україна»", "„Neue Mitte“"): (end, its words, in
    English where the ontology names a part, romanised where Cyrillic)."""
    if view.words[j].text not in OPEN_QUOTES:
        return None
    parts: list[str] = []
    i = j + 1
    while i < min(s.hi, j + MAX_QUOTED + 2):
        w = view.words[i]
        if w.punct:
            if w.text in CLOSE_QUOTES and parts:
                return i + 1, " ".join(parts)
            if w.text not in "-'’":
                return None
            i += 1
            continue
        m = view.in_mention[i]
        if m is not None and m.hint and view.mention_span[m][0] == i and m not in view.adjective:
            parts.append(view.lex.english_name(m.hint) or m.text)
            i = view.mention_span[m][1]
            continue
        known = gazetteer(view.onto).get((token_key(w.text, view.lang),)) if m is not None and not m.hint else None
        if known is not None and w.text[:1].isupper():  # «Наша Україна» found whole: its known part
            parts.append(view.lex.english_name(known) or _readable(view, w.text))
            i += 1
            continue
        parts.append(_readable(view, w.text))
        i += 1
    return None


def _compound_org(view: DocView, j: int) -> bool:
    """A German compound ending in an organisation word ("Landstreitkräfte", "Regierungspartei")."""
    w = view.words[j].lower
    return any(len(p) == 1 and len(p[0].word) >= 4 and w.find(p[0].word) > 0
               for p in view.lex.phrases(ORG_WORD, "de"))


def _org_word(view: DocView, s: Sentence, j: int) -> tuple[int, str] | None:
    w = view.words[j]
    for lang in view.sentence_langs(s):
        for phrase, value in view.lex.index(ORG_WORD, lang).candidates(w.lower, w.lemma):
            end = view.phrase_end(j, phrase, s.hi, lang)
            if end is not None and value:
                return end, value
    return None


def _entity_words(view: DocView, m, after: bool = False) -> str:
    """An organisation or place inside a complement: its English name ("of <name>" ``after``
    other words: "… Committee of Kyrgyzstan"), a country adjective as the English adjective,
    an unknown name romanised."""
    if m.hint:
        ent = view.onto.entities.get(m.hint)
        if ent is not None:
            if m in view.adjective:
                adjs = dict(ent.adjectives).get("en", ())
                return adjs[0].title() if adjs else ent.name
            return f"of {ent.name}" if after and m.label == "GPE" else ent.name
    return view.english_name_of(m) or _readable(view, m.text)


def _nominative(text: str, label: str, lang: str) -> str:
    """A name in the nominative: a person's by :func:`nominative`, a place's or a body's as a phrase
    ("Курской области" -> "Курская область": its adjectives agree with its noun)."""
    if label != "PERSON" and lang in MORPHOLOGY_LANGS:
        return nominative_phrase(text, lang)
    return nominative(text, lang)


def _readable(view: DocView, text: str) -> str:
    text = text.strip("«»\"„“” ")
    if has_cyrillic(text):
        return " ".join(romanize(t, view.lang).upper() if t.isupper() else romanize(t, view.lang).title()
                        for t in text.replace("«", " ").replace("»", " ").split())
    return text


__all__ = ["accredited_to", "held_memberships", "membership", "complete_alone", "plural_title", "organisation_at", "person_owner", "apposition_goes_on", "participle_endings", "complement", "one_name", "compound_title", "regional", "prefix_titles", "deputy_of", "skip_rank", "merge_prefixed", "apposed_owner", "unattached", "merge_chain", "name_before", "national_role", "national_titles", "english_phrase"]


# -- an organisation's kind after its name (issue 15, session 10, roles11) ---------------------------
MAX_ORG_KIND = 3  # lower-case words after an organisation's name that say its kind ("private military company")


def org_kind_after(view: DocView, s: Sentence, k: int) -> int:
    """Past the words saying an organisation's kind after its name, when they close the phrase:
    "the head of the Wagner mercenary group, said" (``rel-role-org-kind-after``, the last word one
    of them; lower-case words that are no mention, then punctuation or the sentence's end).  The end
    of the title's phrase, else ``k``."""
    kinds = _words(view.onto, "rel-role-org-kind-after")
    if not kinds or ("en" if s.english else view.lang) not in languages(view.onto, "rel-role-org-kind-after"):
        return k
    j = k
    while j < s.hi and j - k < MAX_ORG_KIND and not view.words[j].punct and view.words[j].text[:1].islower() \
            and (view.in_mention[j] is None or view.in_mention[j].label in ("CONCEPT", "GROUP")):  # "mercenary"
        j += 1
        if view.words[j - 1].lower in kinds and (j >= s.hi or view.words[j].punct and view.words[j].text in ",.;:()–—"):
            return j
    return k


# -- "as the (new) <title>" (issue 15, session 10, roles11) ----------------------------------------
def _as_article_before(view: DocView, s: Sentence, r: RolePhrase) -> bool:
    """An article (and "new", ``rel-role-as-between``) between "as" (``rel-role-as-article``) and a
    title: "sworn in as the acting president", "will serve as the new prime minister", "comme le
    nouveau Premier ministre".  Only these words before the article: a verb of choosing before one
    ("elected the speaker") has the title as its object, no one named as holding it."""
    j = r.start - 1
    if j >= s.lo and view.words[j].lower in _words(view.onto, "rel-role-as-between"):
        j -= 1
    if j - 1 < s.lo or view.words[j].punct or view.words[j].lower not in _articles(view):
        return False
    return view.words[j - 1].lower in _forms_in(view.onto, "rel-role-as-article", "en" if s.english else view.lang)


# -- "X, who is also <title>" (issue 15, session 10, roles11) ---------------------------------------
def _relative_copula_holder(view: DocView, s: Sentence, r: RolePhrase, j: int) -> Arg | None:
    """A copula at word ``j`` after a subject relative pronoun (``rel-role-relative-subject``) that
    follows a person's name and a comma: "X, who is also the prime minister, said", "X, qui reste
    aussi Premier ministre", "X, che resta anche primo ministro", "X, который также является
    премьером".  The relative clause closes after the title (punctuation or the sentence's end).
    The person, else ``None``."""
    if j - 3 < s.lo or view.words[j - 2].text != "," or \
            view.words[j - 1].lower not in _forms_in(view.onto, "rel-role-relative-subject", "en" if s.english else view.lang):
        return None
    if r.end < s.hi and not (view.words[r.end].punct and view.words[r.end].text in ",.;:()–—"):
        return None
    m = view.in_mention[j - 3]
    if m is None or m.label != "PERSON" or view.mention_span[m][1] != j - 2 or not one_name(m) \
            or _possessive_after(view, s, r) or plural_title(view, s, r):
        return None
    return view.mention_arg(m)


# -- "the posts of <title> and <title>" (issue 15, session 10, roles11) ------------------------------
MAX_COORDINATION = 3  # words between two titles one holder is said to hold ("et de", "and", ", i")


def _coordinated_titles(view: DocView, s: Sentence, out: list) -> list:
    """A title right after another one a role statement gave a holder, joined to it by a conjunction
    (``rel-role-and``) and at most the words that open a title's complement ("de", "of"): the same
    holder holds it ("cumule les fonctions de Premier ministre et de chef de l'État", "assumed the
    posts of prime minister and interim president", "ist zugleich Regierungschef und Präsident").
    The second title must close its clause (punctuation or the sentence's end) and have no name of
    its own."""
    if not out:
        return out
    ands = _forms_in(view.onto, "rel-role-and", "en" if s.english else view.lang)
    openers = _openers(view)
    given = {id(r): (holder, conf) for holder, r, conf in out}
    done = {id(r) for _, r, _ in out}
    added = []
    roles = sorted(s.roles, key=lambda q: q.start)
    for prev, r in zip(roles, roles[1:]):
        if id(prev) not in given or id(r) in done or r.person is not None or plural_title(view, s, r):
            continue
        between = [view.words[j] for j in range(prev.end, r.start)]
        if not between or len(between) > MAX_COORDINATION or sum(w.lower in ands for w in between) != 1 \
                or any(w.lower not in ands and w.lower not in openers and w.text != "," for w in between):
            continue
        if r.end < s.hi and not (view.words[r.end].punct and view.words[r.end].text in ",.;:()–—"):
            continue
        holder, conf = given[id(prev)]
        added.append((holder, r, conf))
        given[id(r)] = (holder, conf)
        done.add(id(r))
    return out + added


# -- "X lo sustituirá de forma interina como presidente" (issue 15, session 10, roles11) -------------
MAX_ADVERB_GAP = 3  # words between an adverb of acting and its title ("de forma interina como", "temporarily as")


def acting_adverbs(view: DocView, s: Sentence, roles: list[RolePhrase]) -> list[RolePhrase]:
    """Titles named without a holder next to them, with an adverb of holding a post for a time before
    them in their clause (``rel-role-acting-adverb``: "de forma interina", "provisoirement",
    "temporarily", "vorübergehend", "tymczasowo", "временно"): the acting title, as the gold writes
    it ("acting President").  Titles that already carry a modifier keep it."""
    lang = "en" if s.english else view.lang
    if not _forms_in(view.onto, "rel-role-acting-adverb", lang):
        return roles
    acting = next((str(d.value) for d in view.onto.lexical_sets_of("rel-role-duties") if d.value), "acting")
    for r in roles:
        if r.has_modifier or r.person is not None:
            continue
        for j in range(r.start - 1, max(s.lo, r.start - MAX_ADVERB_GAP - 3) - 1, -1):
            if view.words[j].punct or view.in_mention[j] is not None and view.in_mention[j].label != "CONCEPT":
                break
            end = view.starts(j, "rel-role-acting-adverb", s)
            if end is not None and r.start - end <= MAX_ADVERB_GAP:
                r.modifier, r.has_modifier = acting, True
                break
    return roles
