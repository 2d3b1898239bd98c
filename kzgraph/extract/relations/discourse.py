"""Discourse memory: what a document has said so far, and who an unnamed argument is.

One :class:`DiscourseState` lives for one document; the matcher
(:mod:`.matching`) updates it after each sentence and asks it about the
arguments a sentence does not name:

- *who "he" is*: a personal pronoun stands for the persons last named, those
  earlier claims were about first (:meth:`DiscourseState.pronoun`);
- *who "the president" is*: a role phrase with no name stands for the person
  last named with that role, else the one person the ontology gives that role
  of the document's country (:meth:`DiscourseState.role_holder`); a role phrase opening a
  sentence renames the person the sentence before named ("… выступил X. Президент назвал …",
  :meth:`DiscourseState.renamed`); "his
  predecessor" for the person last named as its former holder;
- *the carried subject*: a clause with no subject of its own continues the
  quote's author ("…", said X), the subject of a claim of the previous
  sentences, or the person last named (:meth:`DiscourseState.carried`);
- *the implied subject*: a rule's default ("затримали": the authorities) is
  the group of that kind of the country the document is about
  (:meth:`DiscourseState.default`).

It reads the document through its read-only :class:`~.view.DocView` and knows
no word of any language.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from . import role_statements
from .candidates import ANAPHOR_PENALTY, ROLE_HOLDER, _opens_sentence, related_titles, split_former
from .view import QUOTE_CLOSERS, Arg, DocView, RolePhrase, Sentence, adjust

if TYPE_CHECKING:  # pragma: no cover
    from .matching import _Rel

CARRY_PENALTY = 0.8
DEFAULT_PENALTY = 0.8
RENAMING_LEAD = 2  # words before a role phrase that still opens its sentence (:func:`_fronted`)
NAMED_DEFAULT_PENALTY = 0.75  # an implied agent the document named (``default=@a,@b``), not the ontology's


class DiscourseState:
    """The memory of one document's discourse, sentence after sentence."""

    def __init__(self, view: DocView):
        self.view = view
        self.history: list[tuple[int, list["_Rel"]]] = []  # (sentence index, its claims)
        self.role_history: list[tuple[Arg, RolePhrase]] = []  # (person, role phrase) as named
        self.recent_subjects: list[str] = []  # entity ids of the persons claims were about, latest last
        self.troop_owners: list[tuple[int, Arg]] = []  # (sentence index, whose troops) as named, latest last
        # (sentence index, role start) -> the person a role phrase opening a sentence renames (:meth:`renamed`)
        self.renamings: dict[tuple[int, int], Arg] = {}
        self._named: Arg | None = None  # the person the role history gave the last phrase asked about

    # -- updates -----------------------------------------------------------------------------
    def remember_role(self, person: Arg, role: RolePhrase) -> None:
        """A role phrase attached to a named person ("President Tokayev")."""
        self.role_history.append((person, role))

    def remember(self, index: int, rels: list["_Rel"], troops: list[Arg] = ()) -> None:
        """The claims of sentence ``index``, once it is read, and the troop phrases it named."""
        self.history.append((index, rels))
        self.troop_owners.extend((index, t.group or t.owner) for t in troops if (t.group or t.owner) is not None)
        self.recent_subjects.extend(r.subject.entity for r in rels
                                    if r.subject.kind == "PERSON" and r.subject.entity and not r.implied)

    def role_of(self, person: Arg) -> RolePhrase | None:
        """The role the document last named ``person`` with ("Prime Minister X"), not a former one."""
        for arg, role in reversed(self.role_history):
            if not role.is_former and arg.key == person.key:
                return role
        return None

    # -- who "he" is --------------------------------------------------------------------------
    def pronoun(self, s: Sentence, i: int) -> Arg | None:
        """A personal pronoun: the persons last named (three sentences back at most).

        Persons that earlier claims were about come first, latest first (the one a
        story is following); then the other persons named, latest first.
        """
        view = self.view
        before = view.words[i].start
        first_sentence = view.sentences[max(0, s.index - 3)].start
        seen, named = set(), []
        for at in reversed(view.mentions):
            m = _person(view, at)
            key = m.hint or m.text if m is not None else None
            if m is not None and first_sentence <= at.start < before and key not in seen:
                seen.add(key)
                named.append(adjust(view.mention_arg(m), start=i, end=i + 1, penalty=ANAPHOR_PENALTY))
        if named and self._chosen_pronoun(s, i):
            # "X appointed him prime minister", "X назначил его", "X l'a nommé": the one a verb of
            # choosing chose is not the one who chose (nobody named before in its clause)
            lo, _ = view.clause(s, i, i + 1)
            start = view.words[lo].start
            named = [a for a in named if a.mention is None or not start <= a.mention.start < before]
        if not named:
            return None
        recent = {e: n for n, e in enumerate(reversed(self.recent_subjects))}
        alts = sorted(named, key=lambda a: recent.get(a.entity, len(recent)))
        # a sentence that opens with a pronoun continues a person of the previous sentence ("Zelensky
        # said … . He ordered …"): the one claims were last about, else the first named
        if s.index > 0 and not any(not w.punct for w in view.words[s.lo:i]):
            prev = view.sentences[s.index - 1]
            persons = [_person(view, m) for m in view.mentions if prev.start <= m.start < prev.end]
            persons = [m for m in persons if m is not None]
            first = min(persons, key=lambda m: (recent.get(view.mention_arg(m).entity, len(recent)), m.start)) \
                if persons else None
            lead = next((a for a in alts if first is not None and a.mention is not None and
                         (a.mention.hint or a.mention.text) == (first.hint or first.text)), None)
            if lead is not None:
                alts = [lead] + [a for a in alts if a is not lead]
        return adjust(alts[0], alts=tuple(alts[1:]))

    def _chosen_pronoun(self, s: Sentence, i: int) -> bool:
        """Whether the pronoun at word ``i`` is the object of an active verb of choosing right
        next to it ("appointed him", "назначил его", "ernannte ihn", "l'a nommé", "lo nombró":
        ``rel-role-object-pronoun``, ``rel-role-chooser``, ``rel-role-choose-object``)."""
        view = self.view
        if view.starts(i, "rel-role-object-pronoun", s) is None:
            return False
        for j in (i - 1, i + 1, i + 2):
            if s.lo <= j < s.hi and not view.words[j].punct and not view.passive(j, s) and (
                    view.starts(j, "rel-role-chooser", s) is not None
                    or view.starts(j, "rel-role-choose-object", s) is not None):
                return True
        return False

    # -- who "the president" is ----------------------------------------------------------------
    def role_holder(self, s: Sentence, r: RolePhrase) -> Arg | None:
        """The person an unnamed role phrase stands for ("Urzędujący prezydent", "prezydent Kazachstanu").

        A phrase opening a sentence that stands for a person the previous sentence named renames
        that person (:meth:`renamed`)."""
        self._named = None
        holder = self._role_holder(s, r)
        renamed = self.renamed(s, r, holder)
        if renamed is not None and holder is not None:
            # the discourse and the sentence before agree: the title is said of that person
            # (a guess from the sentence before alone is an argument, not a role statement: it cost
            # precision on the check sets)
            self.renamings[(s.index, r.start)] = renamed
        return renamed or holder

    def _role_holder(self, s: Sentence, r: RolePhrase) -> Arg | None:
        view = self.view
        titles = {r.title_id} | related_titles(view, r)
        former = r.is_former
        # an unqualified title ("the president") is the office of the country the text is about
        wanted_entity = r.entity or view.focus
        # "бывший премьер", "the ex-president" with no former holder named: the one named its holder
        for was in (former, False) if former else (former,):
            for arg, known in reversed(self.role_history):
                if known.title_id in titles and known.is_former == was \
                        and known.entity in (wanted_entity, None if r.entity is None else wanted_entity):
                    self._named = arg  # the person as the document named them with the title
                    return adjust(arg, start=r.start, end=r.end, penalty=ANAPHOR_PENALTY, category=ROLE_HOLDER,
                                  mention=(view.last_mention_of(arg.entity, view.words[r.start].start) if arg.entity
                                           else _last_unknown_person(view, view.words[r.start].start)) or arg.mention)
        country = r.entity or view.focus
        name = view.lex.english_name(country)
        wanted = {f"{t.english} of {name}".casefold() for t in view.lex.roles if t.id in titles} if name else set()
        known = _role_holders(view.onto, view.lex.former)
        holders = {person for role in wanted for person in known.get((former, role), ())}
        if len(holders) != 1:
            return None
        arg = view.entity_arg(holders.pop(), r.start, ANAPHOR_PENALTY)
        return adjust(arg, start=r.start, end=r.end, category=ROLE_HOLDER) if arg else None

    def renamed(self, s: Sentence, r: RolePhrase, holder: Arg | None) -> Arg | None:
        """The person the previous sentence named whom a role phrase opening this one, with no name,
        renames ("… выступил X. Президент назвал …", "X a quitté le palais. L'ex-dirigeante …"):
        journalists vary how they name the person a story follows.

        ``holder`` is who the discourse otherwise takes the phrase for (:meth:`_role_holder`): the
        renamed person if the previous sentence named them, and nobody if it named someone else.
        Without one, the one person the previous sentence named, if no other person of the
        document was named with the title; several persons, or none, and it is nobody. A title in
        the plural names a group."""
        view = self.view
        if s.index == 0 or not r.title or not _fronted(view, s, r.start) \
                or role_statements.plural_title(view, s, r):
            return None
        previous = view.sentences[s.index - 1]
        persons = []
        for m in view.mentions:
            if previous.start <= m.start and m.end <= previous.end:
                p = _person(view, m)
                if p is not None and p not in persons:
                    persons.append(p)
        keys = {_person_key(p) for p in persons}
        if holder is not None:
            # the person the title was named with, not the mention the holder is written with
            named = self._named.mention if self._named is not None else holder.mention
            if self._named is None and r.entity is None and r.entity_name is not None:
                return None  # "лидер «Y»": the ontology's holder of the country's office holds no post of Y
            if named is None or _person_key(named) not in keys:
                return None
            same = [p for p in persons if _person_key(p) == _person_key(named)]
            return adjust(holder, mention=same[-1]) if not holder.entity else holder
        # "президент", "the prime minister" alone: the office's holder, whom the text may not have named
        if len(keys) != 1 or not (r.entity_name or r.is_former):
            return None
        person = persons[-1]
        titles = {r.title_id} | related_titles(view, r)
        if any(known.title_id in titles and known.is_former == r.is_former and arg.mention is not None
               and _person_key(arg.mention) != _person_key(person) for arg, known in self.role_history):
            return None  # "the president": the one the document named president
        return adjust(view.mention_arg(person, ANAPHOR_PENALTY), start=r.start, end=r.end, category=ROLE_HOLDER,
                      mention=person)

    def restates(self, person: Arg, r: RolePhrase) -> bool:
        """Whether ``r`` only restates a post the document already named ``person`` with ("President
        X" … "the Ukrainian leader"): the same country or body, or none, held then as now ("назначил
        премьером" … "бывшего премьера" says more)."""
        if person.mention is None:
            return False
        key = _person_key(person.mention)
        own = r.entity or (r.entity_name or "").casefold()
        return any(arg.mention is not None and _person_key(arg.mention) == key and known.is_former == r.is_former
                   and (not own or own == (known.entity or (known.entity_name or "").casefold())
                        or not (known.entity or known.entity_name))
                   for arg, known in self.role_history)

    def predecessor(self, i: int) -> Arg | None:
        """"swojego poprzednika": the latest person named as former holder of a role someone now holds."""
        view = self.view
        for b_arg, b in reversed(self.role_history):
            if not b.is_former:
                continue
            for a_arg, a in self.role_history:
                if not a.is_former and a.title_id == b.title_id and a_arg.key != b_arg.key \
                        and (a.entity is None or b.entity is None or a.entity == b.entity):
                    arg = view.entity_arg(b_arg.entity, i, ANAPHOR_PENALTY) if b_arg.entity else None
                    return adjust(arg, start=i, end=i + 1) if arg is not None else None
        return None

    # -- the carried subject -------------------------------------------------------------------
    def quote_author(self, s: Sentence, after: int, accepts_person: bool,
                     effective: Callable[[Arg], Arg | None] | None = None) -> Arg | None:
        """The person named after the quote that closes after word ``after`` ("…", said X); with
        ``effective``, failing a person, the first body it accepts ("…", the ministry said)."""
        view = self.view
        close = next((i for i in range(after, s.hi) if view.words[i].text in QUOTE_CLOSERS), None)
        if close is None:
            return None
        for c in s.cands:
            if accepts_person and c.start > close and c.kind == "PERSON":
                return adjust(c, penalty=CARRY_PENALTY)
        for c in s.cands if effective is not None else ():
            eff = effective(c) if c.start > close and c.kind in ("ORG", "GPE") else None
            if eff is not None:
                return adjust(eff, penalty=CARRY_PENALTY)
        return None

    def carried(self, s: Sentence, effective: Callable[[Arg], Arg | None], accepts_person: bool,
                person_ok: bool) -> Arg | None:
        """A subject the previous two sentences give: the subject of their latest claim that
        ``effective`` accepts (a person only when ``person_ok``: a plural verb does not continue
        one person's story), else the person last named there."""
        for index, rels in reversed(self.history):
            if index < s.index - 2:
                break
            for r in reversed(rels):
                eff = effective(r.subject) if r.predicate != "HOLDS_ROLE" and not r.implied else None
                if eff is not None and (person_ok or eff.kind != "PERSON"):
                    return adjust(eff, penalty=CARRY_PENALTY)
        if accepts_person and person_ok:
            view = self.view
            first = view.sentences[max(0, s.index - 2)].start
            for m in reversed(view.mentions):
                if m.label == "PERSON" and first <= m.start < s.start:
                    return view.mention_arg(m, penalty=CARRY_PENALTY)
        return None

    # -- the implied subject -------------------------------------------------------------------
    def default(self, default: str, at: int) -> Arg | None:
        """A rule's default argument at word ``at``: ``@focus`` (the document's country) or
        ``@<category>``: the group of that category tied to the document's country
        (:attr:`~.view.DocView.home_country`), else the
        one group of that category tied to no country ("protesters"); ``@a,@b,@c``: failing ``@a``,
        the group of category b or c the document last named (:meth:`named_group`).  A group of another
        country is never a default: "затримали X" in an article about Russia says nothing of
        Kazakhstan's authorities, so with no group of the document's own country the
        argument is left out."""
        view = self.view
        first, *named = default.split(",")
        if first == "@troop-owner":
            owner = self.troop_owner(at)
            if owner is None and named and self._bare_troops(at):
                # "@troop-owner,@military": troops with no owner, none named the sentence before: the
                # army or security forces the document has named (the troops themselves are named here)
                entity = self.named_group([c.lstrip("@") for c in named], at)
                if entity is not None:
                    return view.entity_arg(entity, at, DEFAULT_PENALTY)
            return owner
        if first == "@focus":
            entity = view.home_country
        else:
            entity = view.lex.group_for(first[1:], view.home_country, strict=True) or \
                view.lex.untied_group(first[1:])
        if entity is None and named:
            entity = self.named_group([c.lstrip("@") for c in named], at)
            if entity is not None:  # taken from the discourse, not the ontology: weaker, and near only
                return view.entity_arg(entity, at, NAMED_DEFAULT_PENALTY)
        if entity is None:
            return None
        return view.entity_arg(entity, at, DEFAULT_PENALTY)

    def _bare_troops(self, at: int) -> bool:
        """Whether the sentence of word ``at`` names troops without an owner ("troops", "войска")."""
        s = next((s for s in self.view.sentences if s.lo <= at < s.hi), None)
        return s is not None and any(c.kind == "TROOPS" and c.group is None and c.owner is None for c in s.cands)

    def troop_owner(self, at: int) -> Arg | None:
        """``@troop-owner``: for troops the sentence names without an owner, whose troops the previous sentence named ("Les soldats de l'OTSC … doivent
        quitter le pays. Plus de 2 000 militaires y avaient été déployés": the CSTO's), if it named
        one owner only; troops named further back are not taken."""
        view = self.view
        s = next((s for s in view.sentences if s.lo <= at < s.hi), None)
        if s is None or not any(c.kind == "TROOPS" and c.group is None and c.owner is None for c in s.cands):
            return None  # only troops the sentence names without an owner are someone's from before
        owners = {a.key: a for i, a in self.troop_owners if i == s.index - 1}
        if len(owners) != 1:
            return None
        owner = next(iter(owners.values()))
        return view.entity_arg(owner.entity, at, DEFAULT_PENALTY) if owner.entity else None

    def named_group(self, categories: list[str], at: int) -> str | None:
        """The group of the first of ``categories`` the document has named before word ``at``, if it is
        tied to no country or to the document's own ("задержали X" in an article that has named
        the junta or the security forces: they, where the ontology knows no authorities of that
        country); a group tied to another country is never taken."""
        view = self.view
        before = view.words[at].start
        named = {view.lex.category(m.hint): m.hint for m in view.mentions
                 if m.start < before and m.label == "GROUP" and m.hint
                 and view.lex.group_country(m.hint) in (None, view.home_country)
                 and m not in view.generic_elsewhere}  # another country's group read as generic: as before
        # … or a group relation candidates name ("Police dispersed the rally. X was detained": the
        # generic police of a country the ontology has no story layer for; in a text whose country is
        # unknown, the group the candidates read, as an active sentence would take it)
        # named in an earlier sentence only, and only when the trigger's own sentence names no other actor
        # ("Police opened a case against X, detained during the coup": the police's own verb is another)
        own = view.sentences[view.words[at].sent]
        earlier = [] if any(c.kind in ("GROUP", "ORG") for c in own.cands) else view.sentences[:own.index]
        for sent in earlier:
            for c in sent.cands:
                if c.kind == "GROUP" and c.entity and \
                        (view.home_country is None or view.lex.group_country(c.entity) in (None, view.home_country)):
                    named.setdefault(view.lex.category(c.entity), c.entity)
        return next((named[c] for c in categories if c in named), None)


@lru_cache(maxsize=8)
def _last_unknown_person(view: DocView, before: int):
    """The latest mention of a person the ontology does not know before char offset ``before``:
    how a role holder the ontology lacks is written (never a place or body without an entity:
    "Colombo" is no "president")."""
    found = [m for m in view.mentions if m.start < before and not m.hint and _person(view, m) is not None]
    return found[-1] if found else None


def _fronted(view: DocView, s: Sentence, i: int) -> bool:
    """Whether word ``i`` opens its sentence, or only a word or two that name nothing stand before it
    ("Сам экс-президент", "Спустя год бывшего премьера")."""
    return _opens_sentence(view, s, i) or (
        i - s.lo <= RENAMING_LEAD and not any(view.in_mention[j] is not None or view.words[j].punct
                                              for j in range(s.lo, i)))


def _person_key(m) -> str:
    """Who a person's mention names: its entity, else its last word ("Julia Tymoszenko", "Tymoszenko")."""
    if m.hint:
        return m.hint
    words = m.text.split()
    return "surname:" + (words[-1].casefold()[:5] if words else "")


def _person(view: DocView, m):
    """``m`` if it names a person; the person named in full whose surname ``m`` is, where the
    mentions layer took the bare surname for an organisation ("Jeenbekov, whose …" opening a
    sentence); else ``None``."""
    if m.label == "PERSON":
        return m
    return view.full_name_of(m) if m.label == "ORG" else None


@lru_cache(maxsize=8)  # lost in a merge (8262e06 put _last_unknown_person under this one's decorator)
def _role_holders(ontology, former_word: str) -> dict[tuple[bool, str], tuple[str, ...]]:
    """The ontology's people by the roles it gives them: (former, role folded) -> person ids.

    Read once per ontology: an unnamed role phrase ("the president") walked every entity of the
    ontology for its holder (2% of extraction once the core knew every country)."""
    out: dict[tuple[bool, str], list[str]] = defaultdict(list)
    for e in ontology.entities.values():
        if e.type == "PERSON":
            for role in e.roles:
                was, base = split_former(role, former_word)
                out[(was, base.casefold())].append(e.id)
    return {key: tuple(ids) for key, ids in out.items()}
