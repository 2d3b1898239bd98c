"""Step 2 of relation extraction: the argument candidates of a sentence.

Mentions, role phrases, troop phrases, anaphors.  :func:`prepare` fills
``Sentence.cands`` and ``Sentence.roles`` of a sentence of the
:class:`~kzgraph.extract.relations.view.DocView` once, before any frame is
matched (:mod:`.matching` only reads them); who a pronoun or an unnamed role
phrase stands for is asked of the :class:`~.discourse.DiscourseState`:

- every entity mention, except nationality adjectives (they only say whose
  troops or which country's official), the organisation or country inside a
  role phrase, and a country after a group ("les autorités du Kazakhstan");
- role phrases (``relations_roles.ttl``): attached to the name that follows
  them (HOLDS_ROLE), or, with no name, standing for the holder of the role
  ("Urzędujący prezydent" -> the president this document or the ontology names);
- troop phrases: a troop noun with its owner, a nationality adjective or an
  organisation after it ("rosyjskie oddziały", "Żołnierze OUBZ");
- "the country" (the document's country), "the region" (the last region),
  "the alliance" (the one alliance named before),
  personal pronouns (the last persons named), "his predecessor".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import Mention
from .frames import concept_part_values
from .view import LIST_PUNCT, SOFT_PUNCT, Arg, DocView, RolePhrase, Sentence, adjust
from . import role_statements

if TYPE_CHECKING:  # pragma: no cover
    from .discourse import DiscourseState

ANAPHOR_PENALTY = 0.85
ROLE_HOLDER = "role-holder"  # the category of a person found through an unnamed role phrase


def prepare(view: DocView, s: Sentence, discourse: "DiscourseState") -> None:
    """Find the role phrases and argument candidates of sentence ``s`` (``discourse`` says who
    the pronouns and unnamed role phrases stand for)."""
    s.roles = _roles(view, s, discourse)
    inside_roles = set()
    for r in s.roles:
        if r.person is None and role_statements.plural_title(view, s, r):
            continue  # "appealed to the leaders of the CSTO": holders named by no name speak for their body
        for i in range(r.start, r.end):
            m = view.in_mention[i]
            if m is not None and (m.label != "PERSON" or not m.hint):
                inside_roles.add(m)
    cands: list[Arg] = []
    for m in _sentence_mentions(view, s):
        if m in view.adjective or m in inside_roles or _modifies_previous(view, s, m) \
                or _compound_modifier(view, s, m):
            continue
        if _foreign_generic(view, m):
            # another country's group read here: the generic group of its kind, if the ontology has one
            original = view.elsewhere_of.get(m, m.hint)
            generic = view.own_hint(m) if m in view.generic_elsewhere else \
                view.lex.untied_group(view.lex.category(m.hint) or "")
            if generic is not None and view.onto.entities[original].type == "GROUP":
                a, b = view.mention_span[m]
                if m in view.generic_elsewhere:  # its text would align to the other country's group:
                    cands.append(view.synthetic_arg(generic, a, b))  # its label does not
                else:
                    cands.append(adjust(view.entity_arg(generic, a, 1.0), start=a, end=b,
                                        mention=replace(m, hint=generic)))
            elif m in view.generic_elsewhere:
                home = _home_body(view, m, original)
                if home is not None:
                    cands.append(home)
            continue
        arg = view.mention_arg(m)
        if m.label == "ORG" and not m.hint:
            arg = _named_before(view, m) or _described_before(view, s, m) or _legislature_mention(view, s, m) or arg
        attached = next((r for r in s.roles if r.person is not None and r.person.mention == m), None)
        cands.append(adjust(arg, lead=attached_start(s, attached) if attached else -1))
    for r in s.roles:
        if r.person is None:
            if r.specific:  # a bare title ("Dowódcą", "the chief") says too little to be a role claim
                cands.append(Arg(kind="ROLE", start=r.start, end=r.end,  # "President" -> "… of <focus>"
                                 literal=role_literal(view, r, None, discourse) or r.literal()))
            holder = discourse.role_holder(s, r)
            if holder is not None:
                cands.append(holder)
    cands.extend(_troops(view, s))
    cands.extend(_anaphors(view, s, discourse))
    cands.extend(_head_concepts(view, s, cands))
    cands.extend(_sites(view, s, cands))
    cands.extend(_crowds(view, s))
    cands.extend(_home_legislature(view, s))
    cands.extend(_military_body(view, s))
    s.cands = sorted(cands, key=lambda a: (a.start, -(a.end - a.start)))


def _home_body(view: DocView, m, original: str) -> Arg | None:
    """"the government", "les autorités", "влада" in an article on another country than the
    one whose body the ontology names by that common noun: the same kind of body of the
    document's own country (or of the country the words after it name), by the English name
    :meth:`DocView.home_name` gives it ("Government of Sri Lanka", "Georgian authorities"),
    when the ontology has no generic group of that kind.  The mention keeps its words; its
    hint ``"!<id>|<name>"`` tells alignment to read it as that body, not the ontology's."""
    ent = view.onto.entities.get(original)
    if ent is None or ent.type not in ("GROUP", "ORG") or not view.lex.category(original) or \
            m not in view.mention_span:
        return None
    name = view.home_name(original, view.named_country.get((m.start, m.end)))
    if not name:
        return None
    a, b = view.mention_span[m]
    s = view.sentences[view.words[a].sent]
    if a > s.lo and view.starts(a - 1, "rel-power-before", s) == a and \
            any(v and ent.category in v.split() for _, v in view.lex.valued_phrases("rel-power-before", view.lang)):
        return None  # "отстранён от власти": power, not the authorities
    # "the Tymoshenko government", "правительство Юлии Тимошенко": a person's cabinet, who is the argument
    if any(0 <= j < len(view.words) and view.in_mention[j] is not None and view.in_mention[j].label == "PERSON"
           for j in (a - 1, b)):
        return None
    return Arg(kind=ent.type, start=a, end=b, mention=replace(m, hint=f"!{original}|{name}"),
               entity=None, category=view.lex.category(original))


def _foreign_generic(view: DocView, m) -> bool:
    """A generic body named by a common noun ("the authorities", "уряд": a group or organisation
    with a kz:category) that the ontology ties to another country than the one the document is
    about: "власти" in an article on Russia are not Kazakhstan's authorities.  When the text
    says of no country, the ontology's reading stands."""
    if m in view.generic_elsewhere:  # a common-noun label of an entity of another country
        return True
    ent = view.onto.entities.get(m.hint) if m.hint else None
    if ent is None or ent.category is None or ent.type not in ("GROUP", "ORG"):
        return False
    country = view.lex.group_country(ent.id)
    if country is None and " of " in ent.name:
        country = view.lex.country_named(ent.name.rsplit(" of ", 1)[1])
    return country is not None and view.home_country is not None and country != view.home_country


def attached_start(s: Sentence, role: RolePhrase) -> int:
    """Where the chain of role phrases attached to the same person starts."""
    start = role.start
    for r in s.roles:
        if r.person is not None and role.person is not None and r.person.mention == role.person.mention:
            start = min(start, r.start)
    return start


def _named_before(view: DocView, m) -> Arg | None:
    """"the Council" after "the CSTO Collective Security Council": the organisation named before."""
    text = m.text.casefold()
    for prev in reversed(view.mentions):
        if prev.start >= m.start or prev.label != "ORG" or not prev.hint:
            continue
        words = prev.text.casefold().split()
        if len(words) > 1 and (words[-1] == text or words[0] == text):
            a, b = view.mention_span[m]
            return Arg(kind="ORG", start=a, end=b, mention=prev, entity=prev.hint,
                       category=view.lex.category(prev.hint), penalty=ANAPHOR_PENALTY)
    return None


def _sentence_mentions(view: DocView, s: Sentence):
    for m, (a, b) in view.mention_span.items():
        if s.lo <= a < s.hi:
            yield m


def _modifies_previous(view: DocView, s: Sentence, m) -> bool:
    """A country right after a group or organisation ("Władze Kazachstanu", "autorités du Kazakhstan")."""
    if m.label != "GPE":
        return False
    a, _ = view.mention_span[m]
    j = a - 1
    while j >= s.lo and view.starts(j, "rel-role-of", s) is not None:
        j -= 1
    prev = view.in_mention[j] if j >= s.lo else None
    return prev is not None and prev is not m and prev.label in ("GROUP", "ORG")


def _compound_modifier(view: DocView, s: Sentence, m) -> bool:
    """A name hyphened to a participle that makes it a modifier of the noun after it ("a
    Moscow-led alliance", "the Russia-backed bloc": word set ``rel-compound-modifier``): the
    name is no argument of its own; the noun it modifies is."""
    _, b = view.mention_span[m]
    return b + 1 < s.hi and view.words[b].text in ("-", "‐", "–") and \
        view.starts(b + 1, "rel-compound-modifier", s) is not None


# -- concepts named by their head words ---------------------------------------------------------
CONCEPT_WINDOW = 8  # words a concept's parts may spread over ("flambée du prix du gaz liquéfié")


def _head_concepts(view: DocView, s: Sentence, cands: list[Arg]) -> list[Arg]:
    """Concepts the text names by their parts in any order and inflection, not by a label:
    a price word, a rise word and a gas word ("подорожчання скрапленого газу", "the price of
    gas doubled", "subida del precio del gas") name "gas price increase" (``rel-concept-part``
    word sets of ``relations_lexicon.ttl``, kz:value "<concept>/<part>[+<part>]").  The parts
    stand within a few words of each other, in one clause, outside names."""
    lex = view.lex
    if not lex.concept_parts:
        return []
    parts: list[tuple[int, int, str, tuple[str, ...]]] = []
    for i in range(s.lo, s.hi):
        w = view.words[i]
        m = view.in_mention[i]
        if w.punct or (m is not None and m.hint and m.label != "CONCEPT"):  # unknown names: "LPG"
            continue
        for lang in view.sentence_langs(s):
            for phrase, value in lex.index("rel-concept-part", lang).candidates(w.lower, w.lemma):
                end = view.phrase_end(i, phrase, s.hi, lang)
                if end is not None:
                    for concept, slots in concept_part_values(value):
                        parts.append((i, end, concept, slots))
    if not parts:
        return []
    known = {c.entity for c in cands if c.kind == "CONCEPT"}
    out: list[Arg] = []
    for concept in sorted({p[2] for p in parts} - known):
        mine = [p for p in parts if p[2] == concept]
        need = lex.concept_slots(concept)
        for k, first in enumerate(mine):
            got, a, b = set(first[3]), first[0], first[1]
            for nxt in mine[k + 1:]:
                if nxt[1] - a > CONCEPT_WINDOW or any(view.boundary[j] or view.words[j].punct
                                                      and view.words[j].text not in SOFT_PUNCT
                                                      for j in range(b, nxt[0])):
                    break
                got.update(nxt[3])
                b = max(b, nxt[1])
                if got >= need:
                    break
            if got >= need:
                arg = view.synthetic_arg(concept, a, b)
                if arg is not None:
                    out.append(arg)
                break
    return out


# -- roles ------------------------------------------------------------------------------------
def _roles(view: DocView, s: Sentence, discourse: "DiscourseState") -> list[RolePhrase]:
    out: list[RolePhrase] = []
    i = s.lo
    last = _last_title(view, s)
    while i < s.hi:
        r = _role_at(view, s, i, discourse) if i <= last else None
        if r is not None:
            out.append(r)
            i = r.end
        else:
            i += 1
    out = role_statements.merge_chain(view, s, out)
    for r in out:
        role_statements.person_owner(view, s, r)  # "Пресс-секретарь Путина Дмитрий Песков"
        j = _skip_soft(view, s, r.end)
        comma = j < s.hi and view.words[j].text == ","
        at = role_statements.skip_rank(view, s, j + 1 if comma else j)  # ", Senior General X"
        m = view.in_mention[at] if at < s.hi else None
        if m is None or m.label != "PERSON" or view.mention_span[m][0] != at or \
                not role_statements.one_name(m):
            continue
        if not comma and role_statements.apposed_owner(view, s, r, m):  # "X, радник Y …"
            continue
        if comma:  # "el presidente ruso, Vladímir Putin, aseguró": the name must close the apposition
            after = view.mention_span[m][1]
            closes = after >= s.hi or view.words[after].punct and view.words[after].text in ",.;:()"
            if not (_opens_sentence(view, s, r.start) or closes) or _after_post(view, s, r.start):
                continue
        r.person = view.mention_arg(m)
    # a chain of roles before one name: "екс-голову КНБ і колишнього прем'єр-міністра Каріма Масімова"
    for k in range(len(out) - 2, -1, -1):
        r, nxt = out[k], out[k + 1]
        if r.person is None and nxt.person is not None and _only_glue(view, s, r.end, nxt.start) \
                and not _held_by_other(view, s, r, nxt.person, discourse):
            r.person = nxt.person
            if nxt.start == r.end:  # "пресс-секретарь президента России Песков": the second title is
                nxt.person = None   # the first one's complement, not the name's role
    out = _listed_holders(view, s, out)
    role_starts = {r.start for r in out}
    for k, r in enumerate(out):  # after the name: "Nikol Pashinyan, the Prime Minister of Armenia, said"
        if r.person is None:
            r.person = _apposed_person(view, s, r, role_starts)
            if r.person is None and k and out[k - 1].person is not None and out[k - 1].end <= r.start \
                    and _only_glue(view, s, out[k - 1].end, r.start) and out[k - 1].end < r.start:
                r.person = out[k - 1].person  # "Masimov, già presidente del Knb ed ex primo ministro"
    return role_statements.acting_adverbs(view, s, role_statements.held_memberships(view, out))  # "de forma interina como"


MAX_LISTED = 8  # names a plural title governs


def _listed_holders(view: DocView, s: Sentence, roles: list[RolePhrase]) -> list[RolePhrase]:
    """A plural title before a list of names is each one's ("presidents X and Y", "президенти X
    та Y", "les anciens présidents X, Y et Z"): one role phrase per name."""
    starts = {r.start for r in roles}
    out: list[RolePhrase] = []
    for r in roles:
        out.append(r)
        if r.person is None or r.person.mention is None or not role_statements.plural_title(view, s, r):
            continue
        j = view.mention_span[r.person.mention][1]
        for _ in range(MAX_LISTED):
            k = j
            while k < s.hi and (view.words[k].text == "," or view.starts(k, "rel-list-glue", s) == k + 1) \
                    and k not in starts:
                k += 1
            m = view.in_mention[k] if k < s.hi and k > j else None
            if m is None or m.label != "PERSON" or view.mention_span[m][0] != k or k in starts:
                break
            out.append(replace(r, person=view.mention_arg(m)))
            j = view.mention_span[m][1]
    return out


def _held_by_other(view: DocView, s: Sentence, r: RolePhrase, person: Arg, discourse: "DiscourseState") -> bool:
    """"министр обороны и начальник Генштаба X": the first title's holder is someone else the
    document or the ontology names (not X)."""
    if person.entity is None and person.mention is None:
        return False
    holder = discourse.role_holder(s, r)
    return holder is not None and holder.key != person.key


def _after_post(view: DocView, s: Sentence, i: int) -> bool:
    """"the post of head of …": a role named as a post, not as someone's title."""
    return any(j >= s.lo and view.starts(j, "rel-post", s) is not None for j in range(i - 3, i))


def _apposed_person(view: DocView, s: Sentence, r: RolePhrase, role_starts: set[int] = frozenset()):
    j = r.start - 1
    while j >= s.lo and not view.words[j].punct and view.starts(j, "rel-list-glue", s) == j + 1:
        j -= 1
    if j - 1 >= s.lo and view.words[j].text != ",":
        j = _skip_describing(view, s, j, r.start)  # "X, a nationalist former lawmaker"
    if j - 1 < s.lo or view.words[j].text != ",":
        return None
    m = view.in_mention[j - 1]
    if m is None or m.label != "PERSON" or view.mention_span[m][1] != j:
        return None
    after = view.words[r.end] if r.end < s.hi else None
    if after is not None and not (after.punct and after.text in ",.;:()–—") and not view.boundary[r.end] \
            and view.starts(r.end, "rel-list-glue", s) not in role_starts \
            and not role_statements.apposition_goes_on(view, s, r.end):
        return None  # the apposition ends, or goes on with another title: "X, già presidente … ed ex premier"
    return view.mention_arg(m)


MAX_DESCRIBING = 2  # words describing a title in an apposition: "X, a nationalist former lawmaker"


def _skip_describing(view: DocView, s: Sentence, j: int, start: int) -> int:
    """Back from word ``j`` over at most two lower-case words after an article that opens an
    apposition (", a nationalist former lawmaker", ", un ancien député"): the comma before it,
    else ``j``."""
    i = j
    while i >= s.lo and j - i < MAX_DESCRIBING and not view.words[i].punct and view.in_mention[i] is None \
            and view.words[i].text[:1].islower() and view.starts(i, "rel-list-glue", s) is None:
        i -= 1
    if i == j or i - 1 < s.lo or view.starts(i, "rel-list-glue", s) != i + 1 or view.words[i - 1].text != ",":
        return j
    return i - 1


def _opens_sentence(view: DocView, s: Sentence, i: int) -> bool:
    """Whether only articles and the like stand before word ``i`` in its sentence."""
    j = s.lo
    while j < i:
        end = view.starts(j, "rel-list-glue", s)
        if end is None or end > i:
            return False
        j = end
    return True


def _only_glue(view: DocView, s: Sentence, a: int, b: int) -> bool:
    i = a
    while i < b:
        w = view.words[i]
        if w.punct and w.text in LIST_PUNCT:
            i += 1
            continue
        end = view.starts(i, "rel-list-glue", s)
        if end is None or end > b:
            return False
        i = end
    return b - a <= 3


def _named(view: DocView, i: int) -> bool:
    """Whether word ``i`` is part of a mention the ontology knows (unknown capitalised words,
    such as the "State" of "Secretary of State", may still be title words)."""
    m = view.in_mention[i]
    return m is not None and bool(m.hint)


def _group_word(view: DocView, i: int) -> bool:
    """Whether word ``i`` is a lower-case word of a group's mention ("army" of "army chief"): it
    may start a title."""
    m = view.in_mention[i]
    return m is not None and m.label == "GROUP" and view.words[i].text[:1].islower()


def _last_title(view: DocView, s: Sentence) -> int:
    """The last word where :func:`_role_at` may find a title (or a compound title) in sentence
    ``s``: a role phrase from word ``i`` ends its walk on a title at or after ``i``, so no role
    phrase starts after that word (most words of a sentence, or all of one without a title).
    The walk may end past the sentence over a name that runs on into the next one: its words
    count too (and at the document's end nothing is ruled out)."""
    end = s.hi
    for m, (a, b) in view.mention_span.items():
        if s.lo <= a < s.hi and b > end:
            end = b
    if end >= len(view.words):
        return len(view.words)
    for j in range(end, s.lo - 1, -1):
        if j < s.hi and _title_at(view, s, j) is not None or \
                not _named(view, j) and _compound_title(view, s, j) is not None:
            return j
    return s.lo - 1


def _compound_title(view: DocView, s: Sentence, j: int):
    """:func:`role_statements.compound_title`, kept per word of the sentence."""
    if not s.lo <= j < s.hi:
        return role_statements.compound_title(view, s, j)
    memo = view.memo.setdefault("compound-title", {})
    if j not in memo:
        memo[j] = role_statements.compound_title(view, s, j)
    return memo[j]


def _role_at(view: DocView, s: Sentence, i: int, discourse: "DiscourseState") -> RolePhrase | None:
    m = view.in_mention[i]
    if _named(view, i) and not _group_word(view, i) and (m.label not in ("ORG", "GPE") or view.mention_span[m][0] != i) or \
            view.words[i].punct and view.words[i].text not in SOFT_PUNCT:
        return None
    j, modifier, has_mod, pre_entity, pre_name = i, "", False, None, None
    for _ in range(3):
        while j < s.hi and view.words[j].punct and view.words[j].text in SOFT_PUNCT:
            j += 1
        if j >= s.hi:
            return None
        ordinal = _valued_at(view, s, j, "rel-role-ordinal") if _title_at(view, s, j) is None else None
        if ordinal is not None:  # "Третий президент Украины", "the first president": the same title
            j = ordinal[0]
            continue
        end_value = _valued_at(view, s, j, "rel-role-modifier")
        if end_value is not None:
            j, value = end_value
            modifier = value or modifier
            has_mod = True
            continue
        m = view.in_mention[j]
        if m is not None and m.hint and m.label in ("ORG", "GPE") and view.mention_span[m][0] == j \
                and _title_ahead(view, s, view.mention_span[m][1]) \
                and not role_statements._compound_tail(view, s, j):  # "the pro-Russian leader": no country's
            pre_entity = m.hint  # "Kazakh Foreign Minister", "UN Secretary-General", "US-Außenminister"
            j = view.mention_span[m][1]
            continue
        before = role_statements.name_before(view, s, j)  # "Wagner founder", "Wagner-Chef"
        here = _title_at(view, s, j) if before is not None else None
        if here is not None and here[0] > before[0]:
            break  # "Estonian Interior Minister": a title read as an unknown name ("Interior") is the title
        if before is not None and _title_at(view, s, _skip_soft(view, s, before[0])) is not None:
            j, pre_name = _skip_soft(view, s, before[0]), before[1]
            continue
        before = _org_word_before(view, s, j)  # "Opposition leader", "Parliament Speaker"
        if before is not None and _title_at(view, s, _skip_soft(view, s, before[0])) is not None:
            j, pre_name = _skip_soft(view, s, before[0]), before[1]
            continue
        break
    title = _title_at(view, s, j)
    if title is None and not _named(view, j):  # a German compound: "Kremlchef", "Altpräsident"
        compound = _compound_title(view, s, j)
        if compound is not None:
            title, prefix, value = (compound[0], compound[1], None), compound[2], compound[3]
            if value is not None:
                modifier, has_mod = value or modifier, True
            elif pre_name is None and pre_entity is None:
                pre_name = prefix
    if title is None:
        return None
    k, role, inserted = title
    entity = inserted or pre_entity
    k2, after = _role_entity(view, s, k)
    if after is not None and view.in_mention[_skip_glue_of(view, s, k)] in view.adjective:
        free = role_statements.complement(view, s, k)  # "dowódcy rosyjskiego zgrupowania wojsk"
        if free is not None and free[0] > k2:
            after = None
    if after is not None:
        entity, k = after or None, k2
        if not after and view.in_mention[k2 - 1] in view.elsewhere_of:  # another country's body by a common
            body = view.in_mention[k2 - 1]  # noun: ours, or that of the country named after it
            pre_name = pre_name or view.home_name(view.elsewhere_of[body], view.named_country.get((body.start, body.end)))
        k = _skip_abbreviation(view, s, k)  # "chef du Comité de sécurité nationale (KNB), Karim Massimov"
    if not has_mod and k < s.hi:  # a modifier after the title: "premier ad interim", "presidente en funciones"
        end_value = _valued_at(view, s, k, "rel-role-modifier")
        if end_value is not None and end_value[1]:
            k, modifier, has_mod = end_value[0], end_value[1], True
    at = _skip_soft(view, s, k)
    elect = _valued_at(view, s, at, "rel-role-elect") if at < s.hi else None
    if elect is not None and entity is None and not free_after(view, s, k):  # "President-elect X", "le président élu X"
        k = elect[0]
        if not has_mod:
            modifier, has_mod = elect[1] or modifier, True
    entity_name = view.lex.english_name(entity) or pre_name
    if pre_name is not None and entity is not None and entity == pre_entity and entity_name != pre_name:
        entity_name = f"{pre_name} of {entity_name}"  # "Georgian Parliament Speaker": of Georgia's Parliament
    if entity is None and pre_name is None and not inserted:  # "Губернатор Ростовской области"
        free = role_statements.complement(view, s, k, role.english)
        if free is not None:
            k, entity_name = free
            k = _skip_abbreviation(view, s, k)  # "della Lega nazionale per la democrazia (Lnd), X"
    if entity is None and entity_name is None and len(role.english.split()) == 1:
        entity, entity_name = _possessor(view, s, i, discourse)
    if entity is None and entity_name is None:  # "депутат от «X» Y", "an MP from the X party, Y"
        k = role_statements.party_from(view, s, k, role.english)
    accredited = role_statements.accredited_to(view, s, k, role.english)  # "… auprès des Nations unies"
    if accredited is not None and (entity is not None or entity_name is not None):
        k, entity_name = accredited[0], f"{entity_name or view.lex.english_name(entity)} to {accredited[1]}"
    if k - 1 >= s.lo and view.in_mention[k - 1] is not None and view.in_mention[k - 1].label == "ORG":
        k = role_statements.org_kind_after(view, s, k)  # "the head of the Wagner mercenary group, said"
    return RolePhrase(start=i, end=k, title=role.english, title_id=role.id, modifier=modifier,
                      has_modifier=has_mod, entity=entity, entity_name=entity_name, former_word=view.lex.former)


def free_after(view: DocView, s: Sentence, k: int) -> bool:
    """Whether words after a title at ``k`` say of what (an "of" phrase): then "elect" is not read."""
    return view.starts(k, "rel-role-of", s) is not None


MAX_BEFORE_TITLE = 3  # modifiers and names between a country or organisation and its title


def _title_ahead(view: DocView, s: Sentence, j: int) -> bool:
    """Whether a title starts at word ``j``, or after modifiers and a name or organisation word
    that stand before titles ("Georgian former president", "Georgian Parliament Speaker",
    "der georgische Ex-Präsident")."""
    for _ in range(MAX_BEFORE_TITLE):
        j = _skip_soft(view, s, j)
        if j >= s.hi:
            return False
        if _title_at(view, s, j) is not None:
            return True
        end_value = _valued_at(view, s, j, "rel-role-modifier")
        before = role_statements.name_before(view, s, j) or _org_word_before(view, s, j)
        if end_value is not None:
            j = end_value[0]
        elif before is not None:
            j = before[0]
        else:
            return False
    return False


def _org_word_before(view: DocView, s: Sentence, j: int) -> tuple[int, str] | None:
    """An organisation word written before a title in a language that puts a noun's modifiers
    first ("Opposition leader", "Parliament Speaker", ``role-org-before-language``): (end, the
    organisation in English)."""
    if view.lang not in role_statements.languages(view.onto, "role-org-before-language") \
            or view.in_mention[j] is not None and view.in_mention[j].hint:
        return None
    got = role_statements._org_word(view, s, j)
    if got is None or _title_at(view, s, j) is not None:
        return None
    return got[0], role_statements.english_phrase([got[1]], organisation=True)


def _possessor(view: DocView, s: Sentence, i: int, discourse: "DiscourseState") -> tuple[str | None, str | None]:
    """Whose one-word title a person's possessive makes it ("his spokesman", "son porte-parole"):
    the person last named, as (entity id, English name)."""
    labels = {"PERSON"} if i > s.lo and view.starts(i - 1, "rel-person-possessive", s) == i else set()
    if i > s.lo and view.starts(i - 1, "rel-owner-possessive", s) == i:
        labels.add("ORG")  # "son", "його", "its": a person's or an organisation's
    if not labels:
        return None, None
    # the person or organisation named last in the sentence ("du groupe Wagner, son chef X",
    # "партія …, її лідер X"), else the person the story follows ("…, his spokesman said")
    before = [m for m in _sentence_mentions(view, s) if (m.label in labels or "ORG" in labels and
              _named_organisation(view, s, m)) and m not in view.adjective and view.mention_span[m][1] <= i - 1]
    owner = view.mention_arg(max(before, key=lambda m: m.start)) if before else \
        discourse.pronoun(s, i - 1) if "PERSON" in labels else None
    if owner is None or _names_owner(view, s, i, owner):
        return None, None
    name = view.lex.english_name(owner.entity) or (
        (view.english_name_of(owner.mention) or role_statements._readable(view, owner.mention.text))
        if owner.mention is not None else None)
    return (owner.entity, name) if name else (None, None)


def _named_organisation(view: DocView, s: Sentence, m) -> bool:
    """A name read as a person's that an organisation word before it makes an organisation's
    ("el partido Nueva Alianza", "the party Bright Future")."""
    if m.label != "PERSON" or m.hint:
        return False
    a = view.mention_span[m][0]
    return any(role_statements._org_word(view, s, j) is not None and role_statements._org_word(view, s, j)[0] == a
               for j in range(max(s.lo, a - 2), a))


def _names_owner(view: DocView, s: Sentence, i: int, owner: Arg) -> bool:
    """Whether the name right after the possessive title at word ``i`` is its owner itself
    ("son chef X" with X the person "son" was read as): no one is his own head."""
    end = _title_at(view, s, i)
    if end is None:
        return False
    j = _skip_soft(view, s, end[0])
    j = j + 1 if j < s.hi and view.words[j].text == "," else j
    m = view.in_mention[j] if j < s.hi else None
    if m is None or m.label != "PERSON":
        return False
    arg = view.mention_arg(m)
    return arg.key == owner.key or owner.mention is not None and \
        (owner.mention is m or bool(m.hint) and m.hint == owner.mention.hint)


MAX_ABBREVIATION = 3  # words of a short name in brackets after an organisation: "(KNB)", "(OTSC)"


def _skip_abbreviation(view: DocView, s: Sentence, k: int) -> int:
    """After a bracketed short name of what the title is of ("(KNB)", "(Knb)"), else ``k``."""
    if k >= s.hi or view.words[k].text != "(":
        return k
    for j in range(k + 1, min(s.hi, k + MAX_ABBREVIATION + 2)):
        w = view.words[j]
        if w.text == ")":
            return j + 1 if j > k + 1 else k
        if w.punct and w.text not in SOFT_PUNCT or not (view.in_mention[j] is not None or w.text[:1].isupper()):
            return k
    return k


def _skip_soft(view: DocView, s: Sentence, j: int) -> int:
    while j < s.hi and view.words[j].punct and view.words[j].text in SOFT_PUNCT:
        j += 1
    return j


def _valued_at(view: DocView, s: Sentence, i: int, category: str, *, in_name: bool = False):
    """(end, kz:value) of the phrase of word set ``category`` at word ``i``; a word of a known
    name only with ``in_name``."""
    if view.words[i].punct or (not in_name and _named(view, i)):
        return None
    # no phrase of the set at all at this word (DocView.starts matched every set at it, in its own
    # sentence): the common answer, without asking the set's index per language
    if s.lo <= i < s.hi and view.starts(i, category, s) is None:
        return None
    w = view.words[i]
    for lang in view.sentence_langs(s):
        for phrase, value in view.lex.index(category, lang).candidates(w.lower, w.lemma):
            end = view.phrase_end(i, phrase, s.hi, lang)
            if end is not None:
                return end, value
    return None


def _title_at(view: DocView, s: Sentence, i: int):
    """The longest role title at word ``i``: (end, title, organisation/country inserted in it)."""
    if i >= s.hi or view.words[i].punct or _named(view, i) and not _group_word(view, i):
        return None
    if i < s.lo:
        return _find_title(view, s, i)
    # kept per word: a role phrase asks about the same word several times, and the view does not change
    memo = view.memo.setdefault("title", {})
    if i not in memo:
        memo[i] = _find_title(view, s, i)
    return memo[i]


def _find_title(view: DocView, s: Sentence, i: int):
    best = None
    w = view.words[i]
    for lang in view.sentence_langs(s):
        for phrase, role in view.lex.index("rel-role", lang).candidates(w.lower, w.lemma):
            got = _match_title(view, s, i, phrase, lang)
            if got is not None and (best is None or got[0] > best[0]):
                best = (got[0], role, got[1])
    return best


def _match_title(view: DocView, s: Sentence, i: int, phrase, lang: str):
    """Match title words from ``i``; one organisation or country may stand inside the title."""
    j, inserted = i, None
    for n, form in enumerate(phrase):
        while n and j < s.hi and view.words[j].punct and view.words[j].text in SOFT_PUNCT:
            j += 1
        if j >= s.hi:
            return None
        # an elided article the forms do not write ("ministro dell'Interno": the text's "dell")
        if n and j + 1 < s.hi and view._elided(j) and not view.word_matches(j, form, lang, loose=True):
            j += 1
        if n and inserted is None and not view.word_matches(j, form, lang, loose=True):
            k = j  # "el alto representante de la UE para Asuntos Exteriores": "of" and a name inside the title
            while k < s.hi - 1 and view.starts(k, "rel-role-of", s) is not None and not _named(view, k):
                k = view.starts(k, "rel-role-of", s)
            if k > j and k < s.hi and _named(view, k) and view.in_mention[k].label in ("ORG", "GPE") \
                    and view.mention_span[view.in_mention[k]][0] == k:
                b = view.mention_span[view.in_mention[k]][1]
                if b < s.hi and view.word_matches(b, form, lang, loose=True):
                    inserted, j = view.in_mention[k].hint, b
        if n and inserted is None and _named(view, j) and view.in_mention[j].label in ("ORG", "GPE"):
            m = view.in_mention[j]
            a, b = view.mention_span[m]
            if a == j and b < s.hi and view.word_matches(b, form, lang, loose=True):
                inserted, j = m.hint, b
        if _named(view, j) and not (view.in_mention[j] in view.adjective or view.words[j].text[:1].islower()) or \
                not view.word_matches(j, form, lang, loose=True):
            return None  # a known name is no title word; an adjective may be ("diplomatie européenne")
        j += 1
    return j, inserted


def _skip_glue_of(view: DocView, s: Sentence, k: int) -> int:
    while k < s.hi - 1 and view.starts(k, "rel-role-of", s) is not None:
        k = view.starts(k, "rel-role-of", s)
    return min(k, s.hi - 1)


def _role_entity(view: DocView, s: Sentence, k: int):
    """The organisation or country a title is of: "президент Казахстану", "Minister of … Armenia"."""
    j = k
    while j < s.hi:
        end = view.starts(j, "rel-role-of", s)
        if end is None:
            break
        j = end
    if j >= s.hi:
        return k, None
    m = view.in_mention[j]
    if m is not None and m.label in ("ORG", "GPE") and view.mention_span[m][0] == j:
        end = view.mention_span[m][1]
        nxt = view.in_mention[end] if end < s.hi else None
        if m in view.adjective and nxt is not None and nxt.label == "ORG" and view.mention_span[nxt][0] == end:
            return view.mention_span[nxt][1], nxt.hint  # "Szef kazachstańskiego MSW"
        return end, m.hint
    if m is None and view.starts(j, "rel-region-anaphor", s) is not None:
        region = _last_region(view, view.words[j].start)
        if region is not None:
            return view.starts(j, "rel-region-anaphor", s), region
    if m is None:  # "the secretary general of the alliance"
        org = _org_anaphor(view, s, j)
        if org is not None and org.entity:
            return org.end, org.entity
    return k, None


def _last_region(view: DocView, before: int) -> str | None:
    for m in reversed(view.mentions):
        if m.start < before and m.label == "GPE" and m.hint and not view.lex.is_country(m.hint) \
                and m not in view.adjective:
            return m.hint
    return None


def role_literal(view: DocView, r: RolePhrase, person: str | None,
                 discourse: "DiscourseState | None" = None) -> str | None:
    """The English role a phrase gives a person, completed from the ontology's kz:role.

    "le président Kassym-Zhomart Tokayev" names no country; the ontology says
    Tokayev is "President of Kazakhstan", so that is the role written.  A bare
    title the ontology cannot complete ("chief", "President") gives ``None``:
    it says too little to be a claim.
    """
    seat = role_statements.seat_role(view, r)  # "Kremlin leader X": President of Russia
    if seat is not None:
        return seat
    if r.title.casefold() in role_statements.prefix_titles(view.onto):  # "his deputy": of his title
        return role_statements.deputy_of(view, r, discourse.role_history if discourse is not None else ())
    if r.title.casefold() in role_statements.counterpart_titles(view.onto):  # "his Belarusian counterpart"
        return role_statements.counterpart_of(view, r, discourse.role_history if discourse is not None else ())
    if r.entity is None and person in view.onto.entities:
        titles = {r.title.casefold()}
        if not r.specific or r.entity_name is not None:  # "the commander", "Geheimdienstchef": a related
            # title may complete it; "peacekeeping commander" says enough
            titles |= {t.english.casefold() for t in view.lex.roles if t.id in related_titles(view, r)}
        best = None
        for known in view.onto.entities[person].roles:
            was, base = split_former(known, view.lex.former)
            if any(t in base.casefold() for t in titles) and (best is None or was == r.is_former):
                best = base
        if best is not None:
            words = best.split(maxsplit=1)
            if r.modifier and len(words) == 2 and words[0] in view.lex.role_modifiers:
                best = words[1]  # the ontology's "acting Prime Minister of X" and the text's "acting"
            return f"{r.modifier} {best}".strip()
    return role_statements.national_role(view, r) or role_statements.regional(view, r) or \
        (r.literal() if r.specific or role_statements.complete_alone(view, r) else None)


def related_titles(view: DocView, r: RolePhrase) -> set[str]:
    """The ids of the titles the ontology relates to the phrase's title (kz:related)."""
    for t in view.lex.roles:
        if t.id == r.title_id:
            return set(t.related)
    return set()


def split_former(role: str, former: str) -> tuple[bool, str]:
    """``(True, "President of X")`` for "former President of X" (``former``: the lexicon's word).

    >>> split_former("former President of X", "former"), split_former("President of X", "former")
    ((True, 'President of X'), (False, 'President of X'))
    """
    words = role.split(maxsplit=1)
    if len(words) == 2 and words[0].casefold() == former:
        return True, words[1]
    return False, role


# -- troops -------------------------------------------------------------------------------------
def _troops(view: DocView, s: Sentence) -> list[Arg]:
    """Troop phrases: one TROOPS candidate per owner ("żołnierze z Białorusi, Armenii …" has two)."""
    out = []
    i = s.lo if view.has_set(s, "rel-troop-noun") else s.hi  # none in the sentence: no word to try
    while i < s.hi:
        got = None if view.in_mention[i] is not None else _valued_at(view, s, i, "rel-troop-noun")
        if got is None:
            i += 1
            continue
        end, kind = got
        # a unit of other troops ("рота білоруських десантників", "a battalion of paratroopers"): the
        # troops it is made of name them
        k = end
        if k < s.hi and (view.in_mention[k] is not None or view.starts(k, "rel-genitive", s) == k + 1):
            k += 1  # its owner's adjective, or "of"
        inner = k if k < s.hi and view.in_mention[k] is None and \
            _valued_at(view, s, k, "rel-troop-noun") is not None else None
        if inner is not None:
            i = inner
            continue
        owners = _troop_owners(view, s, i, end) or [None]
        for owner in owners:
            a = min(i, owner.start) if owner is not None else i
            b = max(end, owner.end) if owner is not None else end
            group = None
            if owner is not None and owner.country:
                gid = view.lex.group_for(kind, owner.entity, strict=True) or \
                    view.lex.group_for("troops", owner.entity, strict=True)
                if gid is not None:
                    ga, gb = (owner.start, end) if owner.start < i else (i, owner.end)
                    group = view.synthetic_arg(gid, ga, gb)
            out.append(Arg(kind="TROOPS", start=a, end=b, owner=owner, group=group))
        i = end
    for m in _sentence_mentions(view, s):
        if m.label == "GROUP" and view.lex.category(m.hint) in view.lex.troop_kinds:
            country = view.lex.group_country(m.hint)
            arg = view.mention_arg(m)
            owner = None
            if country is not None:
                owner = adjust(arg, kind="GPE", entity=country, country=True, category=None,
                               mention=Mention(doc=m.doc, text=m.text, start=m.start, end=m.end, label="GPE",
                                               lang=m.lang, hint=country))
            out.append(Arg(kind="TROOPS", start=arg.start, end=arg.end, group=arg, owner=owner))
        elif m.label == "ORG" and m.hint and _names_troops(view, s, m):
            # a named force ("CSTO peacekeeping forces"): the troops are the force, their owner its parent
            arg = view.mention_arg(m)
            parent = view.onto.entities[m.hint].part_of if m.hint in view.onto.entities else None
            owner = view.entity_arg(parent, arg.start, 1.0) if parent else None
            out.append(Arg(kind="TROOPS", start=arg.start, end=arg.end, group=arg, owner=owner or arg))
    return out


def _names_troops(view: DocView, s: Sentence, m) -> bool:
    """Whether an organisation's mention is a force: one of its words is a troop noun."""
    a, b = view.mention_span.get(m, (0, 0))
    for i in range(a, b):
        w = view.words[i]
        for lang in view.sentence_langs(s):
            if any(view.phrase_end(i, phrase, b, lang) is not None
                   for phrase, _ in view.lex.index("rel-troop-noun", lang).candidates(w.lower, w.lemma)):
                return True
    return False


def _troop_owners(view: DocView, s: Sentence, i: int, end: int) -> list[Arg]:
    """Whose troops: a nationality adjective next to the noun ("Російські військові", "troupes
    russes"), else the organisations or countries after it ("Żołnierze OUBZ", "contingent de
    l'OTSC", "soldados de Rusia, Bielorrusia y Armenia", "żołnierze z Białorusi")."""
    for j in (i - 1, i - 2, end, end + 1):
        if not s.lo <= j < s.hi or view.words[j].punct:
            continue
        if (j < i and any(view.words[k].punct for k in range(j, i))) or \
                (j >= end and any(view.words[k].punct for k in range(end, j + 1))):
            continue
        m = view.in_mention[j]
        if m is not None and m in view.adjective:
            return [view.mention_arg(m)]
    # "CSTO troops", "NATO forces": an organisation's name right before the noun, where names premodify
    m = view.in_mention[i - 1] if i - 1 >= s.lo else None
    if m is not None and m.label == "ORG" and m not in view.adjective and view.mention_span[m][1] == i \
            and any(lang in view.lex.name_premodifies for lang in view.sentence_langs(s)):
        return [view.mention_arg(m)]
    j = end
    while j < min(end + 4, s.hi):
        w = view.words[j]
        if w.punct or view.boundary[j]:
            return []
        m = view.in_mention[j]
        if m is not None:
            if m.label in ("ORG", "GPE") and m not in view.adjective and view.mention_span[m][0] == j:
                return _owner_list(view, s, view.mention_arg(m))
            return []
        if view.starts(j, "rel-preposition", s) is not None and view.starts(j, "rel-role-of", s) is None \
                and view.starts(j, "rel-from", s) is None:
            return []
        j += 1
    return []


def _owner_list(view: DocView, s: Sentence, first: Arg) -> list[Arg]:
    owners, j = [first], first.end
    while j < s.hi:
        w = view.words[j]
        if w.punct and w.text in (",", "-", "–"):
            j += 1
            continue
        glue = view.starts(j, "rel-list-glue", s)
        if glue is not None:
            j = glue
            continue
        m = view.in_mention[j]
        if m is not None and m.label == "GPE" and m not in view.adjective and view.mention_span[m][0] == j:
            owners.append(view.mention_arg(m))
            j = view.mention_span[m][1]
            continue
        break
    return owners


# -- anaphors -----------------------------------------------------------------------------------
def _anaphors(view: DocView, s: Sentence, discourse: "DiscourseState") -> list[Arg]:
    out = []
    for i in view.any_set_words(s):  # every anaphor below is a word of some word set
        if view.in_mention[i] is not None or view.words[i].punct:
            continue
        if not view.starts_any(i, s):
            continue
        if view.focus and view.starts(i, "rel-country-anaphor", s) is not None and not _names_follow(view, s, i + 1):
            arg = view.entity_arg(view.focus, i, ANAPHOR_PENALTY)
            if arg is not None:
                out.append(adjust(arg, start=i, end=i + 1))
            continue
        # an inflected form whose ending closes the noun phrase ("қалаға": into the city) takes no name after it
        closed = view.starts(i, "rel-region-anaphor-inflected", s) is not None
        if closed or view.starts(i, "rel-region-anaphor", s) is not None and not _names_follow(view, s, i + 1):
            region = _last_region(view, view.words[i].start)
            arg = view.entity_arg(region, i, ANAPHOR_PENALTY) if region else None
            if arg is not None:
                out.append(adjust(arg, start=i, end=i + 1))
            continue
        org = _org_anaphor(view, s, i)
        if org is not None:
            out.append(org)
            continue
        if view.starts(i, "rel-predecessor", s) is not None:
            arg = discourse.predecessor(i)
            if arg is not None:
                out.append(arg)
            continue
        end = view.starts(i, "rel-person-anaphor", s)
        if end is not None and (end >= s.hi or view.in_mention[end] is None or view.in_mention[end].label != "PERSON"):
            # "the suspect", "подозреваемый", "der Verdächtige" with no name after it: the person
            # last named, as "he" is
            arg = discourse.pronoun(s, i)
            if arg is not None:
                out.append(adjust(arg, start=i, end=end))
            continue
        for category in ("rel-person-subject-pronoun", "rel-person-object-pronoun"):
            if view.starts(i, category, s) == i + 1:
                arg = discourse.pronoun(s, i)
                if arg is not None:
                    out.append(arg)
                break
    return out


def _org_anaphor(view: DocView, s: Sentence, i: int) -> Arg | None:
    """"the alliance", "альянс", "l'organisation": the one organisation of the noun's kinds
    (``rel-org-anaphor`` kz:value: kz:category values) the document named before word ``i``.
    Two such organisations named before make it ambiguous: none.  "the organisation" and its
    like (``rel-org-anaphor-strict``) only after a determiner or at the start of a sentence."""
    found = _valued_at(view, s, i, "rel-org-anaphor")
    if found is None:
        found = _valued_at(view, s, i, "rel-org-anaphor-strict")
        if found is not None and i > s.lo and view.starts(i - 1, "rel-org-anaphor-determiner", s) != i:
            return None
    if found is None or not found[1] or _names_follow(view, s, found[0]) or \
            any(view.starts(j, "rel-org-anaphor-blocker", s) is not None
                for j in range(max(s.lo, i - 2), min(s.hi, found[0] + 2))):
        return None  # "the opposition bloc": a parties' alliance
    kinds = set(str(found[1]).split())
    before = view.words[i].start
    named = {body for m in view.mentions if m.start < before and m.label == "ORG" and m.hint
             and m not in view.adjective for body in _bodies_of(view, m.hint, kinds)}
    if len(named) != 1:
        return None
    arg = view.entity_arg(named.pop(), i, ANAPHOR_PENALTY)
    return adjust(arg, start=i, end=found[0]) if arg is not None else None


def _described_before(view: DocView, s: Sentence, m) -> Arg | None:
    """"l'Alliance", "Das Bündnis" read as an unknown name: a description (:func:`_org_anaphor`)."""
    a, b = view.mention_span[m]
    org = _org_anaphor(view, s, a)
    return org if org is not None and org.end == b else None


def _bodies_of(view: DocView, entity: str, kinds: set[str]) -> set[str]:
    """The organisation of one of ``kinds`` that naming ``entity`` names: itself, or the body
    it is part of ("the CSTO peacekeeping forces" name the CSTO too)."""
    seen = set()
    while entity and entity not in seen:
        seen.add(entity)
        if view.lex.category(entity) in kinds:
            return {entity}
        ent = view.onto.entities.get(entity)
        entity = ent.part_of if ent is not None else None
    return set()


def _names_follow(view: DocView, s: Sentence, j: int) -> bool:
    """"the countries of the CSTO", "країни ОДКБ": a noun with its own name is no anaphor."""
    while j < s.hi and view.starts(j, "rel-role-of", s) is not None:
        j = view.starts(j, "rel-role-of", s)
    m = view.in_mention[j] if j < s.hi else None
    return m is not None and m.label in ("ORG", "GPE") and m not in view.adjective


# -- sites named by a common noun and their owner (issue 15: SEIZED, SET_FIRE_TO) ----------------
SITE_REACH = 3  # words between a site noun and the owner named after it ("residence of Prime Minister X")
# the words between a site noun and its owner: "of (the)", "des", an article ("von dem", "du", "della")
SITE_OWNER_LINKS = ("rel-role-of", "rel-genitive", "rel-genitive-article", "rel-site-link")
SITE_MODIFIER_REACH = 2  # words between a site noun's modifiers and the noun ("the official private residence")


def _sites(view: DocView, s: Sentence, cands: list[Arg]) -> list[Arg]:
    """Buildings named by a common noun ("rel-site-noun" of ``ontology/frames_events.ttl``, kz:value its
    English word) with their owner or a modifier: "the private residence of Prime Minister X",
    "X's house", "резиденцию президента", "la maison du Premier ministre", "the presidential palace".

    The site is a candidate of kind ``SITE``: an organisation or facility owning it stands for it
    (the building of a body is the body's: "здание акимата"); otherwise it is an English literal
    ("Ranil Wickremesinghe's private residence", "President's residence", "presidential palace").
    A bare site noun ("the house") names no site."""
    lex = view.lex
    if not lex.phrases("rel-site-noun", view.lang) and not any(
            lex.phrases("rel-site-noun", lang) for lang in view.sentence_langs(s)):
        return []
    by_start: dict[int, list[Arg]] = {}
    for c in cands:
        by_start.setdefault(c.start, []).append(c)
    out: list[Arg] = []
    i = s.lo if view.has_set(s, "rel-site-noun") else s.hi  # none in the sentence: no word to try
    while i < s.hi:
        if view.in_mention[i] is not None:  # a building the names layer knows is its own argument
            i += 1
            continue
        got = _valued_at(view, s, i, "rel-site-noun")
        if got is None:
            i += 1
            continue
        end, site = got
        start, mods = i, []
        for j in range(i - 1, max(s.lo - 1, i - 1 - SITE_MODIFIER_REACH - 1), -1):
            mod = _valued_at(view, s, j, "rel-site-modifier")
            if mod is None or mod[0] > start:
                break
            mods.insert(0, mod[1])
            start = j
        for _ in range(SITE_MODIFIER_REACH):  # after the noun: "la résidence officielle", "il palazzo presidenziale"
            mod = _valued_at(view, s, end, "rel-site-modifier") if end < s.hi else None
            if mod is None:
                break
            mods.append(mod[1])
            end = mod[0]
        owner = _site_owner_after(view, s, end, by_start) or _site_owner_before(view, s, start, cands)
        words = " ".join(mods + [site])
        arg = None
        if owner is not None and owner.kind in ("ORG", "FAC") and owner.mention is not None:
            arg = adjust(owner, kind="SITE", start=min(start, owner.start), end=max(end, owner.end))
        elif owner is not None:
            name = owner.literal if owner.kind == "ROLE" else \
                (lex.english_name(owner.entity) or (owner.mention.text if owner.mention is not None else None))
            if name:
                arg = Arg(kind="SITE", start=min(start, owner.start), end=max(end, owner.end),
                          literal=f"{name}'s {words}", penalty=0.9)
        elif mods or " " in site:  # "the presidential palace", "der Präsidentenpalast"
            arg = Arg(kind="SITE", start=start, end=end, literal=words, penalty=0.85)
        if arg is not None:
            out.append(arg)
        i = end
    return out


def _site_owner_after(view: DocView, s: Sentence, end: int, by_start: dict[int, list[Arg]]) -> Arg | None:
    """The owner named right after a site noun: a person, a body or a role holder, after "of"
    ("rel-role-of") or in the genitive with no preposition (Slavic languages, German "des")."""
    j = end
    while j < s.hi and j - end < SITE_REACH and not view.words[j].punct:
        # a title with no name attached is the office's building ("die Residenz des Präsidenten":
        # the President's residence), not its holder's private one
        r = next((r for r in s.roles if r.start == j), None)
        if r is not None:
            return r.person if r.person is not None else \
                Arg(kind="ROLE", start=r.start, end=r.end, literal=r.title)
        for c in by_start.get(j, []):
            if c.kind in ("PERSON", "ORG", "FAC", "GPE"):  # "the city hall of Almaty": Almaty's city hall
                return c
        if all(view.starts(j, category, s) is None for category in SITE_OWNER_LINKS):
            return None
        j += 1
    return None


def _site_owner_before(view: DocView, s: Sentence, start: int, cands: list[Arg]) -> Arg | None:
    """The owner in the possessive right before a site noun ("Wickremesinghe's house", "the
    prime minister's residence", "Tokajews Residenz")."""
    j = start - 1
    if j < s.lo:
        return None
    w, text = view.words[j], view.document.text
    if w.text in ("'s", "’s", "'", "’", "s") and j - 1 >= s.lo and text[w.start - 1:w.start] in ("'", "’", "s") \
            and (w.text != "s" or text[w.start - 1:w.start] in ("'", "’")):
        j -= 1  # "the prime minister's house": the words split before the apostrophe's "s"
    elif not (w.text.endswith("'s") or w.text.endswith("’s")):
        return None
    for c in cands:
        if c.kind in ("PERSON", "ORG", "FAC") and c.end - 1 == j:
            return c
    r = next((r for r in s.roles if r.end - 1 == j), None)
    if r is not None:
        return r.person if r.person is not None and r.person.end - 1 == j else \
            Arg(kind="ROLE", start=r.start, end=r.end, literal=r.title)
    return None


def _crowds(view: DocView, s: Sentence) -> list[Arg]:
    """A crowd, a mob, rioters ("rel-crowd-noun", kz:value the group category they stand for):
    that group ("protesters"), of the document's country or the one tied to none."""
    out: list[Arg] = []
    if not view.has_set(s, "rel-crowd-noun"):
        return out
    for i in range(s.lo, s.hi):
        m = view.in_mention[i]
        # an epithet a crowd noun also is ("Randalierer", "hooligans") names the crowd as well
        if m is not None and not (m.label == "CONCEPT" and view.lex.category(m.hint) == "epithet"):
            continue
        got = _valued_at(view, s, i, "rel-crowd-noun", in_name=m is not None)
        if got is None:
            continue
        group = view.lex.group_for(got[1], view.home_country, strict=True) or view.lex.untied_group(got[1])
        arg = view.entity_arg(group, i, CROWD_PENALTY) if group else None
        if arg is not None:
            out.append(adjust(arg, kind="CROWD", start=i, end=got[0]))
    return out


CROWD_PENALTY = 0.85


# -- a parliament named by a common noun or by its members (issue 15, session 8) -----------------
LEGISLATURE = "rel-legislature"


def _home_legislature(view: DocView, s: Sentence) -> list[Arg]:
    """"Parliament", "lawmakers", "депутаты", "posłowie", "les députés", "die Abgeordneten" in no
    name and no title ("rel-legislature"): the parliament of the country named right before or
    after the words ("Sri Lanka's parliament", "Kyrgyz lawmakers", "парламент Грузии"), else of
    the document's country, as an organisation named "Parliament of <country>" (the ontology's
    entity of that name where it has one); nothing when no country is known."""
    out: list[Arg] = []
    if not view.has_set(s, LEGISLATURE):
        return out
    roles = [(r.start, r.end) for r in s.roles  # "депутаты", "posłowie": a member's title in the plural, of no one
             if r.person is not None or not role_statements.plural_title(view, s, r)]
    i = s.lo
    while i < s.hi:
        end = view.starts(i, LEGISLATURE, s)
        if end is None or view.in_mention[i] is not None or any(a <= i < b for a, b in roles):
            i += 1
            continue
        country = _legislature_country(view, s, i, end) or view.home_country
        name = view.lex.english_name(country) if country else None
        if name:
            a, b = view.words[i].start, view.words[end - 1].end
            m = Mention(doc=view.document.id, text=view.document.text[a:b], start=a, end=b, label="ORG",
                        lang=view.lang, hint=f"!|Parliament of {name}")
            out.append(Arg(kind="ORG", start=i, end=end, mention=m, entity=None, category=LEGISLATURE))
        i = end
    return out


def _legislature_mention(view: DocView, s: Sentence, m) -> Arg | None:
    """An organisation's mention the ontology does not know that is a parliament's word alone
    ("el Parlamento", "das Parlament"): that country's parliament, as :func:`_home_legislature`."""
    a, b = view.mention_span[m]
    if view.starts(a, LEGISLATURE, s) != b:
        return None
    country = _legislature_country(view, s, a, b) or view.home_country
    name = view.lex.english_name(country) if country else None
    if not name:
        return None
    return Arg(kind="ORG", start=a, end=b, mention=replace(m, hint=f"!|Parliament of {name}"), entity=None,
               category=LEGISLATURE)


def _legislature_country(view: DocView, s: Sentence, i: int, end: int) -> str | None:
    """The country named right before a parliament's word ("Sri Lanka's", "Kyrgyz") or right
    after it ("of Georgia", "Грузии"), else ``None``."""
    before = view.in_mention[i - 1] if i - 1 >= s.lo else None
    if before is None and i - 2 >= s.lo and view.words[i - 1].text in ("'s", "’s", "'", "’"):
        before = view.in_mention[i - 2]
    if before is not None and view.lex.is_country(before.hint):
        return before.hint
    j = end
    while j < s.hi and view.starts(j, "rel-role-of", s) is not None and view.in_mention[j] is None:
        j = view.starts(j, "rel-role-of", s)
    after = view.in_mention[j] if j < s.hi else None
    if after is not None and view.mention_span[after][0] == j and view.lex.is_country(after.hint):
        return after.hint
    return None


# -- the armed forces named by a common plural noun (issue 15, session 8) --------------------------
MILITARY_BODY = "rel-military-body"
MILITARY_COUNTED = "rel-military-counted"


def _military_body(view: DocView, s: Sentence) -> list[Arg]:
    """"военные", "військові", "wojsko", "les militaires", "i militari", "los militares" in no name,
    with no nationality or owner beside them and no number before them ("rel-military-body",
    kz:value the group category): the armed forces as an actor (the military group of the
    document's country, else the one tied to none), so that "военные отстранили X" and "detenido
    por los militares" have the military as their subject.  "Российские военные", "200 militari",
    "militares rusos" stay troops."""
    out: list[Arg] = []
    if not view.has_set(s, MILITARY_BODY):
        return out
    for i in range(s.lo, s.hi):
        if view.in_mention[i] is not None:
            continue
        got = _valued_at(view, s, i, MILITARY_BODY)
        if got is None:
            continue
        end, value = got
        prev = view.words[i - 1] if i - 1 >= s.lo else None
        if prev is not None and (any(c.isdigit() for c in prev.text) or
                                 view.starts(i - 1, MILITARY_COUNTED, s) is not None):
            continue  # "200 военных", "miles de militares", "des militaires": soldiers counted
        if _troop_owners(view, s, i, end):
            continue
        group = view.lex.group_for(value, view.home_country, strict=True) or view.lex.untied_group(value)
        arg = view.entity_arg(group, i, 1.0) if group else None
        if arg is not None:
            out.append(adjust(arg, start=i, end=end))
    return out
