"""Step 3 of relation extraction: frames applied to a sentence, one generic matcher.

:class:`_Extractor` reads a document sentence by sentence.  For every sentence it

1. has :mod:`.candidates` find the argument candidates and role phrases, and
   writes a HOLDS_ROLE claim for every role phrase before a name;
2. fires the frames of the sentence's language (:mod:`.frames`) whose trigger
   words occur (unless negated, only announced or rumoured: "readiness to
   send", or, for frames that read an active verb, in a passive form, whose
   roles then swap: the patient is the grammatical subject, the agent follows
   an agent marker or is the frame's default), when their cue words are in the
   clause, and looks for each slot's filler on the side the frame says,
   nearest first, of the types it allows, after the prepositions it names.
   A relative pronoun stands for the noun before it; an apposition between
   commas is skipped; looking left, an earlier verb of the sentence ends the
   search for a subject and its object is not taken ("A dismissed X and
   appointed Y": A is the subject of both); a missing subject is carried from
   the sentence's previous claim or first actor, else asked of the
   :class:`~.discourse.DiscourseState` (the quote's author, the previous
   sentences, the frame's default: "затримали" -> the authorities);
3. writes events embedded under another trigger as English literals
   ("approved sending troops to Kazakhstan") and applies the ontology's
   sentence-local inferences (kz:inference);
4. keeps one claim per (subject, predicate, object) and document, and tells
   the discourse state what the sentence said.

Arguments the text only implies (a default subject with no mention in the
document) are written as zero-width mentions at the trigger, labelled with the
entity's name in the document's language.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from ...model import RelationMention
from ...ontology import ArgSpec, CueRule
from ...names import token_key
from ..claim_status import relation_status
from . import role_statements
from ...align import display_name
from ...names import key_tuple
from .candidates import ROLE_HOLDER, prepare, role_literal, split_former
from .candidates import _title_at as title_at
from .discourse import NAMED_DEFAULT_PENALTY, DiscourseState
from .frames import Form, split_form
from .view import LIST_PUNCT, SOFT_PUNCT, Arg, DocView, RolePhrase, Sentence, adjust

_CLAUSE_DASHES = frozenset("–—")  # en and em dashes: no list goes on over them

ROLE_CONFIDENCE = 0.9
RENAMED_CONFIDENCE = 0.7  # a title opening a sentence for the one person the previous one named
INFERENCE_PENALTY = 0.9
PASSIVE_PENALTY = 0.9
MAX_PARTICLE_GAP = 8  # words between a German verb and its separable particle
MAX_DIRECT = 4  # words between a trigger and a "direct" argument after it
MAX_DISTANCE = 25  # words between a trigger and its argument
EVENT_NOUN_REACH = 3  # words between a trigger and the event noun of its object ("выразили глубокую обеспокоенность задержанием")
EVENT_COMPLEMENT_REACH = 5  # words between an event noun and the name it governs ("отставку премьер-министра Кубатбека Боронова")
LITERAL_MARKER_REACH = 4  # words between a trigger and the marker of a literal after it ("described X as")
QUOTE_MARKS = frozenset('"«»“”„')
APPOSITION_REACH = 10  # words an apposition or participle clause between commas may hold ("X, freed from … on 6 October, said")
QUOTED_LABEL_WORDS = 6  # words of a quoted label after a verb of labelling ("called the vote “a farce”")
MAX_MARKER_GAP = 4  # words between a preposition and its argument ("to the countries of the CSTO")
OFFENCE_VERB = "rel-offence-verb"  # word set: verbs of an offence between a charge marker and the charge
IMPLIED_REACH = 8  # words between a trigger and the patient of an agent only the discourse implies
IMPLIED_REACH_LEFT = 3  # … between the patient's end and the trigger ("X, détenue depuis", "X has been arrested")
AGENT_KINDS = frozenset({"PERSON", "ORG", "GPE", "GROUP"})  # what may follow "by" as a participle's agent
RECENT_ROLE_SENTENCES = 2  # sentences back a resignation's role may have been named ("міністра оборони X … X подав у відставку")
NOMINAL_REACH = 5  # words before a noun trigger where its governing verb or a negation may stand
IRREALIS_REACH = 8  # words before a trigger where the demand, wish or refusal that governs it may stand
IRREALIS_HEAD_REACH = 3  # words before a complementiser ("that", "чтобы") where that word may stand


@lru_cache(maxsize=4)
def _party_titles(onto) -> frozenset[str]:
    """The English titles of a party's members ("role-party-member"), read once per ontology."""
    return frozenset(text.casefold() for ls in onto.lexical_sets_of("role-party-member")
                     for lang, text in ls.forms if lang == "en")


_NO_BODY = object()  # a body named by a word that is no mention (matching._Extractor._owning_body)


@dataclass
class _Hit:
    rule: CueRule
    lang: str
    start: int
    end: int
    words: tuple[int, ...] = ()  # the trigger's own words (a phrase may have others between them)


@dataclass
class _Rel:
    predicate: str
    subject: Arg
    object: Arg | None
    literal: str | None
    trigger: int
    sentence: Sentence
    confidence: float
    embedded: bool = False
    implied: bool = False  # the subject is a default, not found in the text
    words: tuple[int, ...] = ()  # the trigger's words
    nominal: bool = False  # the subject follows its trigger ("the resignation of X"): not the clause's subject


class _Extractor:
    """The matcher of one document: its frames applied sentence by sentence."""

    def __init__(self, view: DocView, discourse: DiscourseState | None = None):
        self.view = view
        self.lex = view.lex
        self.discourse = discourse if discourse is not None else DiscourseState(view)
        self.glue: list[bool] = []
        self.gap: list[bool] = []
        self._via: dict[str, tuple[Form, ...]] = {}
        self.fired: list[_Rel] = []  # the claims of the current sentence so far
        # patients of triggers whose agent the text leaves unnamed and nothing implies ("X was
        # detained"): no claim, but a fact inference may read ("X was detained. X is accused of Y")
        self.agentless: list[tuple[int, _Rel]] = []
        self.verb_starts: set[int] = set()  # where the current sentence's triggers start
        self.ends: dict[int, list[Arg]] = {}  # candidates of the current sentence by last word
        self.starts: dict[int, list[Arg]] = {}  # … and by first word
        self._unwritten = False  # an event noun was found whose complement English cannot write
        self._labelled = False  # the last English literal read ended before a label ("as unprovoked")
        self._shared: frozenset[str] | None = None  # see _shared_surnames

    def _effective(self, spec: ArgSpec, c: Arg) -> Arg | None:
        return _effective(spec, c, self.lex.role_modifiers, self.lex.former)

    # -- document ------------------------------------------------------------------------------
    def run(self) -> list[RelationMention]:
        out: list[RelationMention] = []
        seen: dict[tuple, int | None] = {}  # fact -> its record in out, while its date is only a context date
        view = self.view
        for s in view.sentences:
            rels = self._sentence(s)
            self.discourse.remember(s.index, rels, [c for c in s.cands if c.kind == "TROOPS"])
            dated = view.clause_dates(s, [r.trigger for r in rels if r.predicate != "HOLDS_ROLE"],
                                      [r.trigger for r in rels if r.predicate == "HOLDS_ROLE"],
                                      # an event only a noun names (the same event read
                                      # as a verb too is dated as the verb)
                                      {r.trigger for r in rels if r.nominal and not any(
                                          o.predicate == r.predicate and not o.nominal for o in rels)})
            context = view.context_date(s)
            for r in rels:
                key = (r.predicate, self._fact_key(r.subject), r.object.key if r.object is not None and r.object.kind != "ROLE"
                       else "lit:" + (r.literal or "").casefold())
                own = dated.get(r.trigger)
                if key in seen:
                    # a fact first read without a date of its own (a headline) takes the date a later
                    # sentence gives it ("X detained" … "X was detained on Thursday")
                    at = seen[key]
                    if at is not None and own is not None:
                        out[at] = replace(out[at], date=own[0], date_source=own[1])
                        seen[key] = None
                    continue
                # an event its sentence does not date happened when the text around it says (the
                # date named last before it, else the document's date); a lasting state has no date
                # from context ("President X" is no event of that day)
                fallback = own is None and r.predicate not in self.lex.lasting and not (r.nominal and s.dates)
                # … unless the sentence names the year or the month itself ("В 2019 году …", "Im November …")
                coarse = view.coarse_date(s, r.trigger) if fallback else None
                fallback = fallback and (coarse or context) is not None
                # a day from the text around the sentence says so ("context"): no sentence states it
                around = coarse or (context and (context[0], "context"))
                record = self._record(r, around if fallback else (own or (None, None)))
                seen[key] = len(out) if fallback and record is not None else None
                if record is not None:
                    out.append(record)
            view.advance_context(s)
        return out

    def _person_key(self, a: Arg) -> str:
        """``a.key``, but a person the ontology does not know by the key of the last word of
        its name, so a claim repeated with the surname alone ("Сооронбай Жээнбеков …",
        "Жээнбеков …") is written once per document, as the names layer clusters them."""
        if a.entity or a.kind != "PERSON" or a.mention is None or not a.mention.text.split():
            return a.key
        toks = a.mention.text.split()
        surname = token_key(toks[-1], self.view.lang)
        if len(toks) >= 2 and surname in self._shared_surnames():
            # two people of one surname named in full ("Basil Rajapaksa", "Mahinda Rajapaksa"):
            # each is his own; the bare surname stays the shared key
            return f"person:{token_key(toks[0], self.view.lang)} {surname}"
        return "person:" + surname

    def _shared_surnames(self) -> frozenset[str]:
        """Keys of the surnames two people of the document are named in full with: names of
        which neither is the other's tail ("Suu Kyi" is the tail of "Aung San Suu Kyi")."""
        if self._shared is None:
            names: dict[str, set[tuple[str, ...]]] = defaultdict(set)
            for m in self.view.mentions:
                toks = m.text.split()
                if m.label == "PERSON" and len(toks) >= 2:
                    keys = tuple(token_key(t, self.view.lang) for t in toks)
                    names[keys[-1]].add(keys)
            self._shared = frozenset(
                surname for surname, full in names.items()
                if any(a[-len(b):] != b and b[-len(a):] != a for a in full for b in full))
        return self._shared

    def _fact_key(self, a: Arg) -> str:
        """How inference compares arguments: persons by surname, as :meth:`_person_key`; a one-word
        name the mentions layer took for an organisation ("Петрова обвиняют") may be the person."""
        if not a.entity and a.kind == "ORG" and a.mention is not None and len(a.mention.text.split()) == 1:
            return "person:" + token_key(a.mention.text, self.view.lang)
        return self._person_key(a)

    def _record(self, r: _Rel, dated: tuple[str | None, str | None] = (None, None)) -> RelationMention | None:
        s, view = r.sentence, self.view
        obj = r.object if r.object is not None and r.object.kind not in ("ROLE", "LITERAL") else None
        literal = r.literal
        if r.object is not None and r.object.kind in ("ROLE", "LITERAL"):
            literal = r.object.literal
        if r.subject.mention is None or (obj is not None and obj.mention is None):
            return None
        status, source = relation_status(view, s, r.predicate, r.words or (r.trigger,), r.subject.mention,
                                         obj.mention if obj is not None else None)
        return RelationMention(subject=r.subject.mention, predicate=r.predicate, doc=view.document.id,
                               sentence=s.text, start=s.start, end=s.end, lang=view.document.lang,
                               object=obj.mention if obj is not None else None,
                               literal=None if obj is not None else literal,
                               date=dated[0], date_source=dated[1], confidence=round(r.confidence, 3),
                               status=status, according_to=source)

    # -- sentence ------------------------------------------------------------------------------
    def _sentence(self, s: Sentence) -> list[_Rel]:
        view = self.view
        prepare(view, s, self.discourse)
        self._index(s)
        rels: list[_Rel] = []
        for r in s.roles:
            if r.person is not None and r.person.mention is not None:
                self.discourse.remember_role(r.person, r)
                body = role_statements.membership(view, s, r)  # "член партии X": MEMBER_OF, not a role
                if body is not None:
                    rels.append(_Rel("MEMBER_OF", r.person, body, None, r.start, s, ROLE_CONFIDENCE))
                    for other in self._listed_before(s, r):  # "A and B, members of the party Y"
                        rels.append(_Rel("MEMBER_OF", other, body, None, r.start, s, ROLE_CONFIDENCE))
                    continue
                if role_statements.membership_elsewhere(view, r):
                    continue  # "a member of the government" of a country whose government has no name here
                if role_statements.membership_title(view, r):
                    continue  # a member of no organisation the text names ("a veteran of the war") holds no role
                literal = role_literal(view, r, r.person.entity, self.discourse)
                if literal is not None:
                    rels.append(_Rel("HOLDS_ROLE", r.person, None, literal, r.start, s, ROLE_CONFIDENCE))
                party = self._party_of(s, r)  # "poseł partii X Y": Y is a member of the party X
                if party is not None:
                    rels.append(_Rel("MEMBER_OF", r.person, party, None, r.start, s, ROLE_CONFIDENCE))
        for holder, r, confidence in role_statements.unattached(view, s, ROLE_HOLDER):  # "став президентом"
            literal = role_literal(view, r, holder.entity, self.discourse)
            if literal is not None:
                rels.append(_Rel("HOLDS_ROLE", holder, None, literal, r.start, s, confidence))
                if holder.mention is not None and holder.kind == "PERSON":
                    self.discourse.remember_role(holder, r)  # "стал президентом": who "the president" is
        for r in s.roles:  # "… выступил X. Президент назвал …": the title renames X, and says what X is
            holder = self.discourse.renamings.get((s.index, r.start)) if r.person is None else None
            if holder is not None and self.discourse.restates(holder, r):
                continue
            literal = role_literal(view, r, holder.entity, self.discourse) if holder is not None else None
            if literal is not None:
                rels.append(_Rel("HOLDS_ROLE", holder, None, literal, r.start, s, RENAMED_CONFIDENCE))
                self.discourse.remember_role(holder, r)
        embedding: list[_Hit] = []
        self.fired: list[_Rel] = []
        hits = self._hits(s)
        self.verb_starts = {h.start for h in hits if h.rule.subject.side == "left"}
        # "at the request of X" (side "claim"): read after the sentence's other claims, whose subject it takes
        hits = [h for h in hits if h.rule.object.side != "claim"] + [h for h in hits if h.rule.object.side == "claim"]
        for hit in hits:
            if not self._allowed(s, hit):
                continue
            found = self._apply(s, hit, rels)
            self.fired.extend(found)
            if found:
                rels.extend(found)
            elif hit.rule.object.accepts("EMBED"):
                embedding.append(hit)
        for hit in embedding:
            rels.extend(self._embed(s, hit, rels))
        rels = [r for r in rels if not r.embedded]
        # "La police a interpellé X": a rule reading the participle as a passive defaults its
        # subject; the same claim with the subject the text names makes the default redundant
        named = {(r.predicate, r.trigger, r.object.key) for r in rels if not r.implied and r.object is not None}
        rels = [r for r in rels if not (r.implied and r.object is not None
                                        and (r.predicate, r.trigger, r.object.key) in named)]
        # an event phrase read inside a concept's name that another claim of the same predicate takes
        # ("протестовали против закона об иностранных агентах": the law, not "law")
        named = [(r.predicate, r.object.start, r.object.end) for r in rels
                 if r.object is not None and r.object.kind == "CONCEPT"]
        rels = [r for r in rels if r.object is None or r.object.kind != "LITERAL" or not any(
            p == r.predicate and a <= r.object.start and r.object.end <= b for p, a, b in named)]
        rels = self._appointee_replaces(rels)
        rels = self._owning_bodies(s, rels)
        rels.extend(self._infer(rels))
        return _one_role_each(rels, self.lex.former, self._fact_key)

    def _appointee_replaces(self, rels: list[_Rel]) -> list[_Rel]:
        """"X назначил Y премьером вместо Z", "X a nommé Y à la place de Z", "X nombró a Y en
        sustitución de Z": the one a verb of choosing chose (``rel-appointee-replaces``: the
        choosing predicates, kz:value the replacing one) replaces Z, not X who chose him: a
        replacement whose subject chose someone before its trigger in the sentence takes the
        one chosen as its subject."""
        swaps = self.lex.appointee_replaces
        if not swaps or not any(r.predicate in swaps.values() for r in rels):
            return rels
        out = []
        for r in rels:
            if r.predicate in swaps.values() and r.object is not None:
                chosen = next((c for c in rels if swaps.get(c.predicate) == r.predicate and c.object is not None
                               and c.trigger < r.trigger and c.object.kind == "PERSON"
                               and self._fact_key(c.subject) == self._fact_key(r.subject)
                               and self._fact_key(c.object) != self._fact_key(r.object)), None)
                if chosen is not None:
                    r = replace(r, subject=chosen.object, implied=False)
            out.append(r)
        return out

    def _owning_bodies(self, s: Sentence, rels: list[_Rel]) -> list[_Rel]:
        """"The government of Prime Minister X resigned", "уряд прем'єр-міністра X пішов у
        відставку", "X's government resigned", "a limogé le gouvernement du Premier ministre X":
        the body X heads (a mention of a ``rel-body-category`` organisation right before X's title,
        or after "X's") resigns or is dismissed, not X (``rel-body-owner-scope``: the predicates).
        A body that is another country's by a common noun names nothing the claim can keep: the
        claim is dropped rather than given to X."""
        scope = self.lex.body_owner_scope
        if not scope or not any(r.predicate in scope for r in rels):
            return rels
        out = []
        for r in rels:
            if r.predicate in scope:
                for side in ("subject", "object"):
                    a = getattr(r, side) if r is not None else None
                    if a is None or a.kind != "PERSON":
                        continue
                    body = self._owning_body(s, a)
                    if body is None:
                        continue
                    if body is _NO_BODY or self.view.is_generic_elsewhere(body):
                        r = None
                    elif side == "subject":  # the body resigns: no title of its own
                        r = replace(r, subject=self.view.mention_arg(body), object=None, literal=None)
                    else:
                        r = replace(r, object=self.view.mention_arg(body))
            if r is not None:
                out.append(r)
        return out

    def _owning_body(self, s: Sentence, a: Arg):
        """The body mention person ``a`` is named as the head of: before the title ``a`` is named
        with ("the government of Prime Minister X", "Правительство премьер-министра X"), or right
        after "X's"."""
        view = self.view
        bodies = self.lex.body_categories

        def body_at(j: int):
            m = view.in_mention[j] if s.lo <= j < s.hi else None
            if m is not None and m.label == "ORG" and self.lex.category(m.hint) in bodies:
                return m
            if (m is None or not m.hint) and s.lo <= j < s.hi and view.starts(j, "rel-body-noun", s) is not None:
                return _NO_BODY  # a body the text names by a common noun that is no known entity
            return None

        start = min((r.start for r in s.roles if r.person is not None and r.person.start == a.start), default=a.start)
        if start < a.start and body_at(start) is not None:
            return body_at(start)  # the title phrase opens with the body
        j = start - 1
        while j >= s.lo and (view.starts(j, "rel-role-of", s) is not None or view.starts(j, "role-article", s) is not None):
            j -= 1
        if j < start - 1 or start < a.start:  # "of", "du", a title between, or a bare genitive after the body
            found = body_at(j)
            if found is not None:
                return found
        if a.mention is not None and a.mention.text.endswith(self.lex.possessive_endings):
            return body_at(a.end)
        if a.end < s.hi and view.words[a.end].text in self.lex.possessive_endings:
            return body_at(a.end + 1)
        return None

    def _party_of(self, s: Sentence, r: RolePhrase) -> Arg | None:
        """The party a legislator's title names ("poseł partii Nowa Siła X", "der Abgeordnete der Partei
        Y X", "an MP from the Y party"): an organisation a few words after the title with a party word
        ("rel-party-word") right before or after it; only titles of the set "role-party-member"."""
        view = self.view
        if r.title.casefold() not in self._party_titles():
            return None
        for i in range(r.start + 1, min(s.hi, r.end + 5)):
            m = view.in_mention[i]
            if m is None or m.label not in ("ORG", "PERSON") or view.mention_span[m][0] != i:
                continue
            start, end = view.mention_span[m]
            if r.person is not None and start < r.person.end and r.person.start < end:
                continue
            before = any((view.starts(j, "rel-party-word", s) is not None or
                          end <= r.end and not m.hint and  # "депутат от «X»": a name the title's phrase holds
                          view.starts(j, "rel-party-from", s) is not None) and
                         all(view.words[k].text in QUOTE_MARKS or self.glue[k] for k in range(j + 1, start))
                         for j in range(max(s.lo, start - 3), start))
            # a name right after the word for a party is the party's, however it was read
            after = m.label == "ORG" and end < s.hi and view.starts(end, "rel-party-word", s) is not None
            if before or after:
                return view.mention_arg(m)
        return None

    def _party_titles(self) -> frozenset[str]:
        return _party_titles(self.view.onto)

    def _listed_before(self, s: Sentence, r: RolePhrase) -> list[Arg]:
        """The persons listed before the person a plural title follows ("A and B, members of Y";
        the title's words hold a form of the word set "rel-role-plural"): A."""
        view = self.view
        if r.person is None or r.person.end > r.start or \
                not any(view.starts(k, "rel-role-plural", s) is not None for k in range(r.start, r.end)):
            return []
        out, j = [], r.person.start - 1
        while j >= s.lo and len(out) < 6:
            joined = j
            while j >= s.lo and (self.glue[j] or view.words[j].text in LIST_PUNCT):
                j -= 1
            person = next((c for c in self.ends.get(j, ()) if c.kind == "PERSON" and c.mention is not None), None)
            if person is None or j == joined:
                break  # nothing listed, or no word joining the names
            out.append(person)
            j = person.start - 1
        return out

    def _index(self, s: Sentence) -> None:
        view = self.view
        self.ends: dict[int, list[Arg]] = defaultdict(list)
        self.starts: dict[int, list[Arg]] = defaultdict(list)
        for c in s.cands:
            self.ends[c.end - 1].append(c)
            self.starts[c.start].append(c)
        for by in (self.ends, self.starts):
            for lst in by.values():
                lst.sort(key=lambda a: a.start - a.end)
        if len(self.glue) < len(view.words):
            self.glue = [False] * len(view.words)
            self.gap = [False] * len(view.words)
        for flags, category in ((self.glue, "rel-list-glue"), (self.gap, "rel-marker-gap")):
            for i in view.set_words(s, category):  # (the words of the sentence the set has a phrase at)
                end = view.starts(i, category, s)
                if end is not None:
                    for j in range(i, end):
                        flags[j] = True

    def _hits(self, s: Sentence) -> list[_Hit]:
        """Every rule whose trigger words occur in the sentence (not inside a mention)."""
        view, hits, seen = self.view, [], set()
        for lang in view.sentence_langs(s):
            index = self.lex.trigger_index(lang)
            # verb-second languages send a separable particle to the clause's end: "zündeten … an"
            gap = MAX_PARTICLE_GAP if lang in self.lex.verb_second else 2
            for i in range(s.lo, s.hi):
                w = view.words[i]
                if w.punct:
                    continue
                entries = index.candidates(w.lower, w.lemma)
                if not entries:  # (most words)
                    continue
                inside = not _trigger_word(view, i)
                if inside and not _group_word(view, i):
                    continue
                for phrase, rule in entries:
                    own = rule.subject.side == "at" and rule.subject.accepts("GROUP")  # the group's own noun
                    if (id(rule), i) in seen or inside and not own:
                        continue
                    words = view.phrase_words(i, phrase, s.hi, lang, max_gap=gap)
                    if words and all(_trigger_word(view, j) or own and _group_word(view, j) for j in words):
                        seen.add((id(rule), i))
                        hits.append(_Hit(rule, lang, i, words[-1] + 1, tuple(words)))
        hits.sort(key=lambda h: (h.start, h.rule.predicate))
        return hits

    def _allowed(self, s: Sentence, hit: _Hit) -> bool:
        """Cue words present; no negation right before; not merely announced or offered."""
        view = self.view
        lo, hi = view.clause(s, hit.start, hit.end)
        if hit.rule.subject.active and view.passive(hit.start, s) and not self._passive_rule(hit):
            return False
        if hit.rule.subject.passive and not view.passive(hit.start, s):
            return False  # "ha nominato X": the person before is the one who appoints
        # denied, rumoured or disputed: "he denied the rumours that he had fled the country"
        if view.has_set(s, "rel-denial") and any(view.starts(j, "rel-denial", s) is not None for j in range(s.lo, hit.start)):
            return False
        # a report the sentence then denies: "reports that X had asked India for help were denied"
        if view.has_set(s, "rel-hearsay-noun") and view.has_set(s, "rel-denial") and \
                any(view.starts(j, "rel-hearsay-noun", s) is not None for j in range(s.lo, hit.start)) and \
                any(view.starts(j, "rel-denial", s) is not None for j in range(hit.end, s.hi)):
            return False
        # a noun's negation stands before the verb that governs it: "did not accept the resignation of"
        reach = NOMINAL_REACH if _nominal(hit.rule) else 2
        for j in range(hit.start - 1, hit.start - reach - 1, -1):
            if j >= lo and view.starts(j, "rel-negation", s) is not None:
                return False
        for j in range(max(lo, hit.start - 5), hit.start):
            if view.starts(j, "rel-modality", s) is not None:
                return False
        # "what he called a special operation": the reporter's distance, no label given (rel-distancing)
        if any(view.starts(j, "rel-distancing", s) == hit.start for j in range(max(lo, hit.start - 3), hit.start)):
            return False
        if hit.rule.predicate in self.lex.irrealis_scope and self._irrealis(s, hit.start, lo):
            return False
        # "mutual accusations of corruption between X and Y": nobody in particular is accused
        if hit.start - 1 >= lo and view.starts(hit.start - 1, "rel-reciprocal", s) == hit.start:
            return False
        if not hit.rule.cues:
            return True
        if _nominal(hit.rule) and hit.lang not in self.lex.verb_second:
            # a noun's governing verb stands right before it: "accepted the resignation of"
            lo, hi = max(lo, hit.start - NOMINAL_REACH), hit.start
        for cue in hit.rule.cues:
            if cue.startswith("@"):
                category = "rel-" + cue[1:]
                if view.has_set(s, category) and \
                        any(view.starts(j, category, s) is not None and not self._cue_undone(s, j, lo) for j in range(lo, hi)):
                    return True
                if category == "rel-troop-noun" and any(c.kind == "TROOPS" and lo <= c.start < hi
                                                        and not self._cue_undone(s, c.start, lo) for c in s.cands):
                    return True
                if category == "rel-role" and any(lo <= r.start < hi for r in s.roles):
                    return True
                continue
            phrase = self._via_form(cue, hit.lang)
            if any(view.phrase_end(j, phrase, hi, hit.lang) is not None and not self._cue_undone(s, j, lo)
                   for j in range(lo, hi)):
                return True
        return False

    def _cue_undone(self, s: Sentence, j: int, lo: int) -> bool:
        """Whether the cue word at ``j`` is the patient of a noun that undoes it (word set
        "rel-cue-reversal": "the withdrawal of the troops", "il ritiro delle truppe", "вывод войск"):
        asking for troops to leave is no request for them."""
        view = self.view
        return any(view.starts(k, "rel-cue-reversal", s) is not None for k in range(max(lo, j - 4), j))

    # -- one rule ------------------------------------------------------------------------------
    def _irrealis(self, s: Sentence, at: int, lo: int) -> bool:
        """A word of demanding, urging, wanting, refusing or expecting governs the trigger at word
        ``at`` (``rel-irrealis``, for the predicates of ``rel-irrealis-scope``): what it governs is
        asked for, wished, refused or awaited, not done ("urged X to step down", "refused to
        resign", "хотят, чтобы X ушёл в отставку", "a appelé X à démissionner").  The word stands
        before the trigger in its clause with no punctuation between (a name and its title may),
        or, across a complementiser that opens the trigger's clause ("demanded that X resign",
        "потребовали, чтобы X ушёл", "exigen que X dimita": ``rel-irrealis-complementizer``),
        right before that complementiser (a ``rel-irrealis`` or ``rel-modality`` word)."""
        view = self.view
        j, steps = at - 1, 0
        while j >= lo and steps < IRREALIS_REACH and not view.words[j].punct:
            if view.starts(j, "rel-irrealis", s) is not None:
                return True
            j, steps = j - 1, steps + 1
        if lo - 1 <= s.lo or view.starts(lo - 1, "rel-irrealis-complementizer", s) is None:
            return False
        j, steps = lo - 2, 0
        while j >= s.lo and steps < IRREALIS_HEAD_REACH:
            if not view.words[j].punct:
                if view.starts(j, "rel-irrealis", s) is not None or view.starts(j, "rel-modality", s) is not None:
                    return True
                steps += 1
            j -= 1
        return False

    def _passive_rule(self, hit: _Hit) -> bool:
        """Whether an active rule can read its trigger's passive form: the patient is then the
        grammatical subject and the agent follows an agent marker ("by", "przez", "von"), or is
        the rule's default ("X was detained": the authorities); with neither, nothing is said."""
        return bool(self.lex.agent_markers(hit.lang) or self.lex.agent_cases(hit.lang)) or \
            hit.rule.subject.default is not None

    def _passive(self, s: Sentence, hit: _Hit, sofar: list[_Rel]) -> list[_Rel]:
        """An active rule on a passive trigger ("was dismissed by", "został zatrzymany przez",
        "zatrzymano", "wurde von … entlassen"): the roles swap."""
        rule = hit.rule
        agent_spec = replace(rule.subject, side="any", via=self.lex.agent_markers(hit.lang), carry=False,
                             active=False, all=False)
        agents = self._find(s, agent_spec, hit, set(), subject=True) if agent_spec.via else []
        cases = self.lex.agent_cases(hit.lang)
        if not agents and cases:  # "отстранённый Верховной радой": the agent in the instrumental, after it
            agents = self._find(s, replace(agent_spec, side="right", via=(), cases=cases, direct=True), hit, set(),
                                subject=True)
        implied = False
        if not agents and rule.subject.default:
            agents, implied = self._default(rule.subject.default, hit), True
        if not agents:
            patient_spec = replace(rule.object, side="any", via=(), default=None, optional=False)
            self._remember_agentless(s, hit, self._lift(rule.object, self._find(s, patient_spec, hit, set(),
                                                                                subject=True)))
            return []
        keys = {a.key for a in agents}
        patient_spec = replace(rule.object, side="any", via=(), default=None, optional=False)
        patients = self._lift(rule.object, self._find(s, patient_spec, hit, keys, subject=True))
        if implied and agents[0].penalty == NAMED_DEFAULT_PENALTY:  # see _apply
            patients = [p for p in patients if self._near(p, hit)]
        if rule.object.role:
            patients = [r for r in (self._as_role(rule.object, p) for p in patients) if r is not None]
        out = []
        for agent in agents:
            for patient in patients:
                patient = _distinct(patient, agent)
                if patient is not None:
                    conf = rule.confidence * PASSIVE_PENALTY * agent.penalty * patient.penalty
                    out.append(_Rel(rule.predicate, agent, patient, None, hit.start, s, conf, implied=implied,
                                    words=hit.words))
        return out

    def _held_role(self, s: Sentence, person: Arg) -> Arg | None:
        """A role slot the sentence leaves empty ("Prime Minister Boronov resigned"): the role
        the same sentence names the person with.  A role named sentences before may be
        another one the person holds or held, so it is not taken."""
        role = self.discourse.role_of(person) if person.kind == "PERSON" else None
        if role is not None and not s.lo <= role.start < s.hi:
            role = None
        if role is None and (person.kind == "PERSON" or self._fact_key(person).startswith("person:")):
            role = self._recent_sole_role(s, person)
        literal = role_literal(self.view, role, person.entity, self.discourse) if role is not None else None
        return Arg(kind="ROLE", start=person.start, end=person.end, literal=literal) if literal else None

    def _recent_sole_role(self, s: Sentence, person: Arg) -> RolePhrase | None:
        """"Міністра оборони X … X сам подав у відставку": the role a sentence just before named
        the person with (the same person by surname, as claims are merged) is the one a
        resignation leaves, when the document named the person with no other current role."""
        key = self._fact_key(person)
        roles = [known for arg, known in self.discourse.role_history
                 if not known.is_former and self._fact_key(arg) == key]
        if not roles or any(r.title_id != roles[-1].title_id or r.entity_name != roles[-1].entity_name
                            for r in roles):
            return None
        first = self.view.words[roles[-1].start].sent
        return roles[-1] if s.index - RECENT_ROLE_SENTENCES <= first < s.index else None

    def _as_role(self, spec: ArgSpec, org: Arg) -> Arg | None:
        if org.mention is not None and (org.mention.hint or "")[:1] == "!":  # "heads the government" elsewhere:
            return None  # which post that is, the body's generic name does not say
        name = self.lex.english_name(org.entity) or (org.mention.text if org.mention is not None else "")
        if not org.entity and org.mention is not None:  # "очолює Центральну виборчу комісію"
            s = self.view.sentences[self.view.words[org.start].sent]
            phrase = role_statements.organisation_at(self.view, s, org.start)
            name = phrase[1] if phrase is not None and phrase[0] >= org.end else name
        literal = f"{spec.role} of {name}"
        return Arg(kind="ROLE", start=org.start, end=org.end, literal=f"{self.lex.former} {literal}" if spec.former else literal)

    def _inverted_subject(self, s: Sentence, hit: _Hit, spec: ArgSpec) -> list[Arg]:
        """In a verb-second language, the subject after the verb when something else opens the
        clause ("Gestern schickte Russland Truppen", "Am 7. Januar erteilte Tokajew …"): the
        words before the verb hold no possible subject outside a prepositional phrase."""
        view = self.view
        if hit.lang not in self.lex.verb_second or spec.side not in ("left", "any"):
            return []
        lo, hi = view.clause(s, hit.start, hit.end)
        fronted = self._fronted_clause_end(s, hit.start)
        if fronted == hit.start:
            lo = hit.start  # "Nachdem …, schickte Russland …": the subordinate clause is the first position
        elif hit.start == lo or view.words[hit.start - 1].text == ",":
            return []
        elif fronted is not None and fronted < hit.start:
            lo = max(lo, fronted)
        for c in s.cands:
            if lo <= c.start < hit.start and self._effective(spec, c) is not None:
                # after a preposition or a genitive article ("den Marsch des Wagner-Chefs X"): no subject
                if not any(view.starts(j, "rel-preposition", s) is not None or
                           view.starts(j, "rel-genitive-article", s) is not None
                           for j in range(max(lo, c.first - 3), c.first)):
                    return []
        j = _after_first_word(hit)
        # a title before the name ("Am Freitag verhängte Präsident X den Ausnahmezustand")
        titled = next((r.end for r in s.roles if r.start == j and r.end > j), None)
        for c in s.cands:
            if c.start == j or (c.start == j + 1 and view.starts(j, "rel-list-glue", s) == j + 1) or \
                    (titled is not None and c.start == titled and c.kind == "PERSON"):
                eff = self._effective(spec, c)
                if eff is not None and self._via_ok(s, spec, c, hit.lang):
                    return [eff]
        return []

    def _fronted_clause_end(self, s: Sentence, start: int) -> int | None:
        """In a verb-second language, a sentence opening with a subordinate clause ("Nachdem die
        Proteste eskaliert waren, schickte Russland …"): the word after the comma that closes it,
        where the main clause's finite verb (the trigger or an auxiliary) stands; else None."""
        view = self.view
        first = next((j for j in range(s.lo, start) if not view.words[j].punct), None)
        if first is None or view.starts(first, "rel-fronted-subordinator", s) is None:
            return None
        for k in range(first + 2, start):
            if view.words[k].text == "," and (k + 1 == start or view.starts(k + 1, "rel-aux", s) == k + 2):
                return k + 1
        return None

    def _bracket_subject(self, s: Sentence, hit: _Hit, spec: ArgSpec, exclude: set[str]) -> list[Arg]:
        """In a verb-second language, a participle closing the clause after its auxiliary ("Tokajew
        hat die OVKS um Hilfe gebeten"): the subject is the clause's first bare candidate, before the
        auxiliary or right after it ("Am Mittwoch hat Tokajew …"), not the object nearest the verb."""
        view = self.view
        if hit.lang not in self.lex.verb_second or spec.side != "left":
            return []
        lo, hi = view.clause(s, hit.start, hit.end)
        end = hit.end
        while end < hi and view.starts(end, "rel-aux", s) == end + 1:
            end += 1  # "… gebeten hatte"
        if end < hi and not view.words[end].punct:
            return []  # the verb does not close its clause
        fronted = self._fronted_clause_end(s, hit.start)
        if fronted is not None:  # "Nachdem … gebeten hatte, hat Russland …": the main clause's auxiliary
            lo = max(lo, fronted)
        aux = next((j for j in range(lo, hit.start - 1) if view.starts(j, "rel-aux", s) == j + 1), None)
        # right before the auxiliary, or right after it; in a subordinate clause ("…, nachdem
        # Tokajew die OVKS um Hilfe gebeten hatte"), right after the clause word
        if aux is not None:
            near = lambda c: c.end == aux or aux < c.start <= aux + 2  # noqa: E731
        elif lo > s.lo and view.words[lo - 1].text != ";":
            near = lambda c: c.start < lo + 3  # noqa: E731
        else:
            return []
        for c in sorted(s.cands, key=lambda a: a.start):
            if not lo <= c.start < hit.start or not near(c):
                continue
            if any(view.starts(j, "rel-preposition", s) is not None or
                   view.starts(j, "rel-genitive-article", s) is not None  # "den Rücktritt des Präsidenten"
                   for j in range(max(lo, c.first - 3), c.first)):
                continue
            eff = _avoiding(self._effective(spec, c), exclude)
            if eff is not None and self._via_ok(s, spec, c, hit.lang):
                return [eff]
        return []

    def _apply(self, s: Sentence, hit: _Hit, sofar: list[_Rel]) -> list[_Rel]:
        rule = hit.rule
        if rule.subject.active and self.view.passive(hit.start, s):
            return self._passive(s, hit, sofar)
        if self._opaque_subject(s, hit):
            return []
        excluded: set[str] = set()
        if rule.subject.side == "right":  # "ernannte Tokajew Smailow zum …": the verb's own subject is not ours
            excluded = {a.key for a in self._inverted_subject(s, hit, replace(rule.subject, side="left", via=()))}
        early: list[Arg] | None = None
        if rule.subject.side == "any" and rule.object.side == "right" and not rule.object.via:
            # "вместо Сагинтаева стал Досаев": the word after the trigger is its object, not the subject
            early = self._lift(rule.object, self._find(s, rule.object, hit, set()))
            excluded |= {a.key for a in early[:1]}
        bracket = self._bracket_subject(s, hit, rule.subject, excluded)
        subjects = self._coordinated(s, hit, rule.subject) or self._inverted_subject(s, hit, rule.subject) or \
            bracket or self._find(s, rule.subject, hit, excluded, subject=True)
        if not subjects:
            subjects = self._possessor(s, hit, rule.subject, excluded)
        if not subjects and rule.subject.carry:
            subjects = self._carry(s, hit, rule.subject, sofar)
        implied = False
        if not subjects and rule.subject.default:
            subjects, implied = self._default(rule.subject.default, hit), True
        if not subjects:
            self._remember_agentless(s, hit, self._lift(rule.object, self._find(s, rule.object, hit, set())))
            return []
        subjects = [self._salient(a) for a in self._lift(rule.subject, subjects)]
        keys = {a.key for a in subjects}
        objects = [o for o in early if o.key not in keys] if early else \
            [self._salient(a) for a in self._lift(rule.object, self._find(s, rule.object, hit, keys))]
        if not objects and bracket and rule.object.side == "right":  # "hat Truppen nach Kasachstan geschickt"
            objects = self._lift(rule.object, self._find(s, replace(rule.object, side="any"), hit, keys))
        if not objects:
            objects = self._resumed_objects(s, hit, rule.object, sofar)
        if not objects and rule.object.side == "right" and len(subjects) == 1:
            objects = self._relative_object(s, hit, rule.object, subjects[0])
        elif objects and rule.object.side == "right" and len(subjects) == 1 and \
                all(o is not None and o.category == ROLE_HOLDER for o in objects):
            # "X, которого депутаты избрали премьером": the one the relative pronoun stands for, not
            # the holder an unnamed title after the verb would stand for
            objects = self._relative_object(s, hit, rule.object, subjects[0]) or objects
        if not objects and rule.object.reciprocal and len(subjects) > 1 and self._joined(subjects):
            # "Putin and Tokayev spoke by phone": the first named spoke with the others
            first = min(subjects, key=lambda a: a.start)
            return [_Rel(rule.predicate, first, other, None, hit.start, s,
                         rule.confidence * first.penalty * other.penalty, words=hit.words)
                    for other in subjects if other.key != first.key]
        if not objects and rule.object.default:
            objects = [o for o in self._default(rule.object.default, hit) if o.key not in keys]
            if not objects:
                return []  # the default place is one of the senders: the text does not say where
        if implied and subjects and subjects[0].penalty == NAMED_DEFAULT_PENALTY:
            # an agent only the discourse implies: its patient stands near the trigger
            objects = [o for o in objects if o is None or self._near(o, hit)]
        if not objects:
            if not rule.object.optional:
                return []
            objects = [None]
        if rule.subject.active and not rule.object.via and len(subjects) == 1 and subjects[0].end <= hit.start \
                and objects and all(o is not None and self._agent_after(s, hit, o) for o in objects):
            # "X, appointed by Y", "X, who was appointed by Y", "X, nommé par Y": a participle whose
            # agent follows it is a passive the auxiliary did not show; its roles swap
            subjects, objects = objects[:1], subjects
        if rule.object.role:  # "presides over the Council": the role "Chairman of the Council"
            objects = [r for r in (self._as_role(rule.object, o) for o in objects if o is not None) if r is not None]
        out = []
        for subj in subjects:
            for obj in objects:
                if obj is None and rule.object.accepts("ROLE"):
                    obj = self._held_role(s, subj)
                if obj is not None:
                    obj = _distinct(obj, subj)
                    if obj is None:
                        continue
                conf = rule.confidence * subj.penalty * (obj.penalty if obj is not None else 1.0)
                out.append(_Rel(rule.predicate, subj, obj, None, hit.start, s, conf, implied=implied,
                                words=hit.words, nominal=rule.subject.side == "right"))
        return out

    def _remember_agentless(self, s: Sentence, hit: _Hit, patients: list[Arg]) -> None:
        """Keep the persons a trigger with no agent is about, for the inference rules that read its
        predicate (named near the trigger, as an implied agent's patient)."""
        if hit.rule.predicate not in self._inferred_from:
            return
        for p in patients:
            if p is not None and p.kind == "PERSON" and self._near(p, hit):
                self.agentless.append((s.index, _Rel(hit.rule.predicate, p, p, None, hit.start, s,
                                                     hit.rule.confidence * NAMED_DEFAULT_PENALTY, implied=True,
                                                     words=hit.words)))

    @property
    def _event_links(self) -> frozenset[str]:
        """The English words ending an event noun's value that needs a complement ("resignation
        of": ``rel-event-link`` in ontology/event_nouns.ttl)."""
        links = getattr(self, "_event_links_cache", None)
        if links is None:
            links = frozenset(text for ls in self.view.onto.lexical_sets_of("rel-event-link") for _, text in ls.forms)
            self._event_links_cache = links
        return links

    @property
    def _inferred_from(self) -> frozenset[str]:
        """The predicates inference rules read (their body atoms, "_EARLIER" or not)."""
        preds = getattr(self, "_inferred_from_cache", None)
        if preds is None:
            preds = frozenset(atom[0].removesuffix("_EARLIER") for _, rule in self.lex.inferences
                              for atom in rule.body)
            self._inferred_from_cache = preds
        return preds

    def _near(self, a: Arg, hit: _Hit) -> bool:
        """Whether ``a`` is named (its mention, not an anaphor) within a few words of the trigger,
        by a name the ontology knows or a full one (a lone unknown word may be no person at all)."""
        if a.mention is None or a.alts or a.mention not in self.view.mention_span:
            return False
        if not a.entity and len(a.mention.text.split()) < 2:
            return False
        start, end = self.view.mention_span[a.mention]
        if a.start != start or start - hit.start > IMPLIED_REACH or \
                hit.start - self._past_apposition(end, hit.start) > IMPLIED_REACH_LEFT:
            return False
        # the one who reports it is not the one detained: "…were arrested, spokesman X said"
        s = self.view.sentences[self.view.words[start].sent]
        near = range(max(s.lo, start - 2), min(s.hi, end + 3))
        return not any(self.view.starts(j, "speech-verb", s) is not None for j in near if not start <= j < end)

    def _past_apposition(self, end: int, trigger: int) -> int:
        """Where the words between a patient ending at ``end`` and a later trigger begin, past an
        apposition between commas right after the patient ("X, accused of Y, was arrested")."""
        view = self.view
        if end >= trigger or view.words[end].text != ",":
            return end
        for j in range(end + 1, min(trigger, end + 10)):
            if view.boundary[j] or view.relative[j]:
                return end
            if view.words[j].text == ",":
                return j + 1
        return end

    def _salient(self, a: Arg) -> Arg:
        """A pronoun whose antecedents include a person a claim of the same sentence is already
        about: that person ("затримали X, соратника Y: його підозрюють у …": X, the one detained,
        not Y, named last)."""
        if not a.alts:
            return a
        about = [k for r in reversed(self.fired) if r.predicate != "HOLDS_ROLE"
                 for k in ((r.object.key,) if r.object is not None else ()) + (r.subject.key,)]
        options = (a,) + a.alts
        best = next((o for k in about for o in options if o.key == k), None)
        if best is None or best is a:
            return a
        return adjust(best, alts=tuple(o for o in options if o is not best))

    def _joined(self, args: list[Arg]) -> bool:
        """Whether ``args`` are named together: only list words ("and", commas) between them."""
        view, ordered = self.view, sorted(args, key=lambda a: a.start)
        return all(self.glue[j] or (view.words[j].punct and view.words[j].text in LIST_PUNCT)
                   for a, b in zip(ordered, ordered[1:]) for j in range(a.end, b.start))

    def _opaque_subject(self, s: Sentence, hit: _Hit) -> bool:
        """"what it described as fraud": a pronoun naming no one (``rel-opaque-subject``) right
        before the verb (or its auxiliaries) is the subject, and no one else stands in for it; a
        rule with a default subject ("they detained": the authorities) reads it as that default."""
        spec = hit.rule.subject
        if spec.side not in ("left", "any") or spec.via or spec.default:
            return False
        view, j = self.view, hit.start - 1
        while j >= s.lo and view.starts(j, "rel-aux", s) == j + 1:
            j -= 1
        return j >= s.lo and view.starts(j, "rel-opaque-subject", s) == j + 1

    def _coordinated(self, s: Sentence, hit: _Hit, spec: ArgSpec) -> list[Arg]:
        """"Токаєв відправив уряд у відставку та запровадив …": a verb right after "and"
        that follows another claim's verb shares that claim's subject."""
        j = hit.start - 1
        if spec.side != "left" or j < s.lo or not self.glue[j] or self.view.words[j].punct:
            return []
        if not self._conjoined(s, hit.start):
            return []  # "Belarus also contributed troops": glue with no conjunction joins no verbs
        for r in reversed(self.fired):
            if r.trigger < j and not set(r.words) & set(hit.words) and not r.implied and not r.nominal:
                eff = self._effective(spec, r.subject)
                return [eff] if eff is not None else []
        return []

    def _lift(self, spec: ArgSpec, args: list[Arg]) -> list[Arg]:
        """With ``parent``: a body of an organisation stands for the organisation, a city for its country."""
        if not spec.parent:
            return args
        out, keys = [], set()
        for arg in args:
            ent = self.view.onto.entities.get(arg.entity or "")
            parent = self.view.onto.entities.get(ent.part_of) if ent is not None and ent.part_of else None
            if parent is not None and (ent.type == "ORG" and parent.type == "ORG" or
                                       ent.type == "GPE" and not arg.country and parent.label == "Country"):
                arg = adjust(self.view.entity_arg(parent.id, arg.start, arg.penalty) or arg,
                             start=arg.start, end=arg.end)
            if arg.key not in keys:
                keys.add(arg.key)
                out.append(arg)
        return out

    def _find(self, s: Sentence, spec: ArgSpec, hit: _Hit, exclude: set[str], subject: bool = False
              ) -> list[Arg]:
        if spec.side == "claim":  # the subject of another claim of the sentence: "sent troops at the request of X"
            found, keys = [], set(exclude)
            # a subject so read is that of the claim nearest before the trigger ("held X on suspicion of …":
            # the arrest's, not an earlier verb's of the sentence)
            order = sorted(self.fired, key=lambda r: (r.trigger >= hit.start, -r.trigger)) if subject else self.fired
            for r in order:
                eff = self._effective(spec, r.subject) if r.predicate not in ("HOLDS_ROLE", hit.rule.predicate) \
                    and not r.nominal else None
                if eff is not None and eff.key not in keys and (spec.all or not found):
                    keys.add(eff.key)
                    found.append(eff)
            return found
        if spec.side == "at":  # the troop phrase whose noun is the trigger
            found, keys = [], set(exclude)
            for c in s.cands:
                eff = self._effective(spec, c) if c.start <= hit.start < c.end else None
                if eff is not None and eff.key not in keys and (spec.all or not found):
                    keys.add(eff.key)
                    found.append(eff)
            return found
        if spec.side == "right" and not subject and not spec.via and spec.accepts("LITERAL") and hit.lang == "en" \
                and self._common_noun_object(s, hit):
            # "condemned the detention of the civilian leaders": the object is that noun phrase, not
            # a name further on ("… and promised costs for Moscow")
            literal = self._literal(s, spec, hit)
            if literal is not None or self._labelled:
                return [literal] if literal is not None else []
        if not subject and hit.lang != "en" and self.lex.phrase_predicates.get(hit.rule.predicate) == "first" \
                and any(spec.accepts(t) for t in ("CONCEPT", "EVENT", "EMBED")) \
                and not _group_word(self.view, hit.start):  # the group's own noun governs no event
            # (a frame whose object is only a name or a group takes no event: "accused X of …")
            # "a condamné la détention de X", "выразили обеспокоенность задержанием политиков": the
            # object is the event the noun names (in English words), not the name it governs
            self._unwritten = False
            phrase = self._event_phrase(s, hit) if spec.side != "left" else self._event_phrase_before(s, hit)
            if phrase is None and self._unwritten:
                return []
            # a concept the rule takes whose name holds the event noun ("закон об иностранных агентах")
            # is the object, not the noun alone ("law")
            if phrase is not None and not any(c.kind == "CONCEPT" and c.start <= phrase.start < c.end
                                               and self._effective(spec, c) is not None for c in s.cands):
                return [phrase]
        if spec.side == "left":
            found = self._walk(s, spec, hit, -1, exclude, subject)[1]
        elif spec.side == "right":
            found = self._walk(s, spec, hit, +1, exclude, subject)[1]
        else:
            left = self._walk(s, spec, hit, -1, exclude, subject)
            right = self._walk(s, spec, hit, +1, exclude, subject)
            # as near on both sides: a subject before its verb, an object after it
            nearer_left = left[0] <= right[0] if subject else left[0] < right[0]
            found = left[1] if left[1] and (not right[1] or nearer_left) else right[1]
        if not found and spec.accepts("LITERAL") and (hit.lang == "en"):
            literal = self._literal(s, spec, hit)
            if literal is not None:
                found = [literal]
        if not found and not subject and hit.lang != "en" and not _group_word(self.view, hit.start) \
                and self.lex.phrase_predicates.get(hit.rule.predicate) == "fallback":
            # (a trigger inside the group's own noun governs no event noun: "протестувальники бажають
            # відставки уряду" is no protest against "resignation of" anything)
            # "протестують проти військового перевороту": no name, the event the noun names
            phrase = self._event_phrase(s, hit) if spec.side != "left" else self._event_phrase_before(s, hit)
            if phrase is not None:
                found = [phrase]
        return found

    def _walk(self, s: Sentence, spec: ArgSpec, hit: _Hit, step: int, exclude: set[str],
              subject: bool = False) -> tuple[int, list[Arg]]:
        view = self.view
        lo, hi = (s.lo, s.hi) if spec.sentence_scope else view.clause(s, hit.start, hit.end)
        i = hit.start - 1 if step < 0 else _after_first_word(hit)
        distance = 0
        # an object before its verb may end a list: "A, w tym B, kontrolują"
        commas = 1 if spec.side == "any" and not subject else 0
        # "A zdymisjonował X, odwołał Y i przejął Z": looking left, an earlier verb that took an
        # object ends the search (A is then carried from its claim), and its object is not ours
        earlier = [r for r in self.fired if lo <= r.trigger < hit.start and not set(r.words) & set(hit.words)
                   and not r.nominal] if step < 0 and subject else []
        verbs = {r.trigger for r in earlier if not any(c.start <= r.trigger < c.end for c in s.cands)}
        # the one chosen may replace someone: "a élu X président pour remplacer Y" (rel-appointee-replaces)
        taken = {r.object.key for r in earlier if r.object is not None
                 and self.lex.appointee_replaces.get(r.predicate) != hit.rule.predicate}
        if step < 0 and subject:  # "accepted the resignation of the government": an object, not a subject
            taken |= {r.subject.key for r in self.fired if r.nominal and lo <= r.trigger < hit.start}
        if step < 0 and subject and hit.start - 1 >= lo and (
                view.starts(hit.start - 1, "rel-control", s) == hit.start or
                view.infinitive(hit.start, s) and earlier and earlier[-1].object is not None
                and earlier[-1].object.end == hit.start):
            # "urged Russia to send troops", "попросил ОДКБ направить войска": the object of the verb
            # before the infinitive is its subject
            for r in reversed(earlier):
                eff = _avoiding(self._effective(spec, r.object), exclude) if r.object is not None else None
                if eff is not None and r.predicate != "HOLDS_ROLE":
                    return 0, [eff]
        # "X a été arrêté mardi, accusé de Y": a participle right after a comma is about the person
        # the clause before names, past that clause's verb
        participle = step < 0 and subject and spec.side == "any" and i >= lo and view.words[i].text == ","
        while lo <= i < hi and distance <= MAX_DISTANCE:
            w = view.words[i]
            if i in verbs and not participle:
                break
            if step > 0 and not subject and i == hit.end and w.text == "," and not spec.sentence_scope and \
                    hit.start > lo and view.starts(hit.start - 1, "rel-aux", s) == hit.start:
                break  # "X, whose dismissal Y had demanded, stood …": a participle closing its clause has no object after it
            if step > 0 and not subject and i in self.verb_starts and i - 1 > hit.start and self.glue[i - 1] \
                    and self._conjoined(s, i):
                break  # "lo destituyó y nombró a X": X is the object of the verb after "and"
            if step < 0 and w.punct and w.text == "," and not spec.sentence_scope:
                # "El presidente de Kazajistán, Kasim-Yomart Tokáyev, pidió": a comma right before
                # the verb (or its auxiliaries) closes an apposition; the name before it is the subject
                if all(view.starts(k, "rel-aux", s) == k + 1 for k in range(i + 1, hit.start)) \
                        or subject and self._second_conjunct(s, spec, i, hit.start):
                    opening = self._apposition_start(s, i, lo) if self.ends.get(i - 1) else None
                    if opening is not None and not any(self._effective(spec, c) is not None and not self._governed(s, c)
                                                       for j in range(opening + 1, i) for c in self.ends.get(j, ())):
                        # "X, accused of Y, was detained", "X, liberado por los manifestantes, está
                        # acusado": nothing between the commas fits; the participle clause is about X
                        i = opening - 1
                        continue
                    if self.ends.get(i - 1):
                        if spec.side == "any":  # "arrêté X, soupçonné de …": the participle is about X
                            taken = taken - {c.key for c in self.ends[i - 1]}
                        i -= 1
                        continue
                    opening = self._apposition_start(s, i, lo)  # "The CSTO, a Russia-led alliance, sent"
                    if opening is not None:
                        # "X, détenu depuis lundi, a été inculpé": the apposition's participle is about X
                        taken = {r.object.key for r in earlier if r.object is not None and not opening < r.trigger < i}
                        i = opening - 1
                        continue
                if participle and i == hit.start - 1 and not self.ends.get(i - 1):
                    # "X a été arrêté, accusé de Y", "X è stato fermato, accusato di Y", "X was detained,
                    # accused of Y": a participle opening the clause after the main one is about the
                    # person that clause names
                    i -= 1
                    continue
                if commas == 0:
                    # "X, a former lawmaker jailed for Y": the participle after an apposition is about
                    # the person the apposition's role phrase is attached to
                    held = next((r.person for r in s.roles if r.person is not None and i < r.start < hit.start
                                 and r.person.end == i), None) if subject and step < 0 else None
                    eff = _avoiding(self._effective(spec, held), exclude | taken) if held is not None else None
                    if eff is not None:
                        return distance, [eff]
                    break
                commas -= 1
            if view.relative[i] and not spec.sentence_scope:
                if step < 0 and subject and not spec.via and i - 1 >= s.lo and \
                        view.starts(i - 1, "rel-preposition", s) == i:
                    return distance, []  # "NATO, do którego … poprosiła Ukraina": a governed pronoun is no subject
                if step < 0:
                    if spec.via and not self._via_ok(s, spec, Arg(kind="WORD", start=i, end=i + 1), hit.lang):
                        return distance, []  # "X, who was appointed by Y": "who" is not "by" anyone
                    if subject and spec.active and not spec.via and role_statements.object_relative(view, s, i):
                        return distance, []  # "X, которого сам назначил": X is the object, not the subject
                    ant = self._antecedent(s, spec, i, exclude)
                    return (distance, [ant]) if ant is not None else (distance, [])
                break
            for c in (self.ends if step < 0 else self.starts).get(i, ()):
                if subject and c.category == ROLE_HOLDER and hit.rule.object.accepts("ROLE"):
                    continue  # "назначен главой КНБ X": the role phrase is the object, not a person
                if subject and step < 0 and not spec.via and c.first > s.lo and \
                        view.starts(c.first - 1, "rel-agent", s) == c.first:
                    continue  # "il governo guidato da X si è dimesso": an agent is not the subject
                if subject and step < 0 and not spec.via and spec.active and c.kind == "GPE" and c.first > s.lo and \
                        view.starts(c.first - 1, "rel-preposition", s) == c.first:
                    continue  # "flew to Washington to seek a loan": a place after a preposition is no subject
                if subject and step < 0 and not spec.via and c.kind in ("GROUP", "CROWD") \
                        and self._governed(s, c, genitive=False):
                    continue  # "выступил перед собравшимися и потребовал": a complement is no subject
                eff = _avoiding(self._effective(spec, c), exclude | taken)
                if eff is not None and subject and hit.rule.object.via and not spec.via and \
                        self._via_ok(s, hit.rule.object, c, hit.lang):
                    eff = None  # "до країни", "to Kazakhstan": the destination is not the subject
                if eff is not None and spec.direct and not self._direct(s, c, step, distance):
                    eff = None
                if eff is not None and self._via_ok(s, spec, c, hit.lang) and \
                        self._case_ok(s, spec, c, subject and spec is hit.rule.subject and c.kind != "TROOPS",
                                      hit.lang):
                    found = [eff]
                    if spec.all:
                        found = self._more(s, spec, c, step, lo, hi, exclude, found)
                    return distance, found
            i += step
            distance += 1
        return distance, []

    def _common_noun_object(self, s: Sentence, hit: _Hit) -> bool:
        """Whether the words right after the trigger (past articles) open a noun phrase no
        candidate starts: a common noun, not a name, a preposition or punctuation."""
        view = self.view
        _, hi = view.clause(s, hit.start, hit.end)
        a = hit.end
        while a < hi and self.glue[a] and not view.words[a].punct:
            a += 1
        if a >= hi or a == hit.end:
            return False  # no article: "condemned violence" may be a concept's name
        w = view.words[a]
        return not w.punct and w.text[:1].islower() and view.in_mention[a] is None and not self.starts.get(a) \
            and view.starts(a, "rel-preposition", s) is None

    def _conjoined(self, s: Sentence, i: int) -> bool:
        """Whether the list glue before word ``i`` holds a conjunction ("y nombró"), not only an
        article ("called the riots a coup": a noun trigger after an article is no second verb)."""
        j = i - 1
        while j >= s.lo and self.glue[j] and not self.view.words[j].punct:
            if self.view.starts(j, "rel-conjunction", s) is not None:
                return True
            j -= 1
        return False

    def _direct(self, s: Sentence, c: Arg, step: int, distance: int) -> bool:
        """Whether ``c`` is a bare argument: no preposition right before it and, after the
        trigger, only a few words from it ("підтримав Токаєва", not "поддерживает связь с Токаевым")."""
        view = self.view
        if step > 0 and distance > MAX_DIRECT:
            return False
        j = c.first - 1
        # (an opening quote mark between: "розкритикували в «Європейській солідарності»")
        while j >= s.lo and (self.glue[j] and not view.words[j].punct or view.words[j].text in QUOTE_MARKS):
            j -= 1
        if j >= s.lo and view.starts(j, "rel-object-marker", s) == j + 1:
            return True  # the Spanish "a" of a person as direct object: "respaldó a Tokáyev"
        return not (j >= s.lo and view.starts(j, "rel-preposition", s) == j + 1)

    def _more(self, s: Sentence, spec: ArgSpec, first: Arg, step: int, lo: int, hi: int,
              exclude: set[str], found: list[Arg]) -> list[Arg]:
        """The other items of a list an argument opens ("Rosję, Białoruś, Kirgizję …")."""
        view = self.view
        keys = {a.key for a in found}
        i = first.start - 1 if step < 0 else first.end
        other, separated = 0, False
        while lo <= i < hi:
            w = view.words[i]
            if view.boundary[i] or view.relative[i]:
                break
            if step > 0 and i in self.verb_starts and i > first.end:
                break  # another verb's object: "podpalili siedzibę władz i opanowali lotnisko"
            if w.punct:
                if w.text not in LIST_PUNCT or w.text in _CLAUSE_DASHES:
                    break  # a dash opens another clause ("entlässt Saluschnyj – Syrskyj übernimmt")
                separated = True
                i += step
                continue
            cands = (self.ends if step < 0 else self.starts).get(i, [])
            role = next((r for r in s.roles if r.start <= i < r.end and r.person is not None), None)
            if not cands and role is not None and separated:
                # "X, а также премьер-министра Y": the title of the next item is part of it
                i = role.start - 1 if step < 0 else role.end
                continue
            if cands and not separated:
                # a name right after a name is its genitive, not a list item: "Совет … Организации
                # Договора" ends the list; "placówki dyplomatyczne Federacji Rosyjskiej" is skipped
                if any(self._effective(spec, c) is not None for c in cands):
                    break
                c = cands[0]
                i = c.start - 1 if step < 0 else c.end
                continue
            if cands:
                taken = None
                for c in cands:
                    eff = self._effective(spec, c)
                    if eff is not None and eff.key not in exclude and self._case_ok(s, spec, c):
                        taken = (c, eff)
                        break
                c = taken[0] if taken else cands[0]
                if taken:
                    if taken[1].key not in keys:
                        keys.add(taken[1].key)
                        found.append(taken[1])
                    other, separated = 0, False
                else:
                    other += 1
                i = c.start - 1 if step < 0 else c.end
                if other > 1:
                    break
                continue
            if self.glue[i]:
                separated = True
            elif not (self.lex.suffix_cases(view.lang) and
                      any(r.start <= i < r.end and r.person is not None for r in s.roles)):
                # in Kazakh the title of the next item is no interruption: "X-ті және Бас штаб
                # бастығы Y-ті" (not elsewhere: "звільнила … генпрокурора X та голову СБУ Y" lists
                # two claims of different verbs in Ukrainian)
                other += 1
                if other > 1:
                    break
            i += step
        return found

    def _second_conjunct(self, s: Sentence, spec: ArgSpec, comma: int, start: int) -> bool:
        """Whether the trigger at ``start`` is the second of two verbs sharing the subject before the
        comma ("X, freed on Monday, spoke to the crowd and demanded …", "X, освобожденный …, выступил
        … и потребовал"): a conjunction right before it, and nothing the rule takes between but
        complements of a preposition."""
        view = self.view
        if start - 1 <= comma or view.starts(start - 1, "rel-conjunction", s) != start:
            return False
        if any(view.words[k].punct or view.boundary[k] or view.relative[k] for k in range(comma + 1, start)):
            return False
        return not any(self._effective(spec, c) is not None and not self._governed(s, c)
                       for k in range(comma + 1, start) for c in self.ends.get(k, ()))

    def _governed(self, s: Sentence, c: Arg, genitive: bool = True) -> bool:
        """Whether candidate ``c`` follows a preposition or (with ``genitive``) a genitive "of" ("from
        the custody of Y", "из СИЗО Y", "an ally of Y"): a complement, never the subject of the verb
        after it.  (Without ``genitive`` for a word outside an apposition: the German article "die"
        reads as "der", a genitive's article, in "Die Polizei nahm X fest".)"""
        view = self.view
        j, a = c.first - 1, c.first
        while j >= s.lo and self.glue[j] and not view.words[j].punct and view.starts(j, "rel-preposition", s) is None \
                and view.starts(j, "rel-role-of", s) is None:
            j, a = j - 1, j  # past an article: "from the custody of the KNB"
        return j >= s.lo and (view.starts(j, "rel-preposition", s) in (a, c.first)
                              or genitive and view.starts(j, "rel-role-of", s) in (a, c.first))

    def _apposition_start(self, s: Sentence, comma: int, lo: int) -> int | None:
        """The comma opening an apposition that ``comma`` closes, if one opens within APPOSITION_REACH words."""
        view = self.view
        for j in range(comma - 1, max(lo, comma - APPOSITION_REACH - 1) - 1, -1):
            if view.boundary[j] or view.relative[j]:
                return None
            if view.words[j].text == ",":
                return j if j > lo and self.ends.get(j - 1) else None
        return None

    def _agent_after(self, s: Sentence, hit: _Hit, o: Arg) -> bool:
        """Whether ``o`` is an actor right after the trigger and an agent marker ("by", "par", "da",
        "por"); a charge or a thing after "por"/"by" ("condenado por traición") is none."""
        a = o.first
        return o.kind in AGENT_KINDS and hit.end <= a - 1 and a - 1 - hit.end <= 1 \
            and self.view.starts(a - 1, "rel-agent", s) == a

    def _relative_object(self, s: Sentence, hit: _Hit, spec: ArgSpec, subject: Arg) -> list[Arg]:
        """"X, которого Y назначил премьером", "X, whom Y appointed", "X, den Y ernannt hatte", "X,
        которую сам же назначил": with nothing after the verb, its object is the person the relative
        pronoun opening the verb's clause stands for (:func:`role_statements.relative_object`),
        the subject named right after the pronoun or not in the clause at all."""
        view = self.view
        if subject.mention is not None and s.lo <= subject.start and subject.end <= hit.start <= subject.end + MAX_DIRECT:
            m = role_statements.relative_object(view, s, subject.start)
        else:
            if any(view.in_mention[j] is not None for j in range(max(s.lo, hit.start - MAX_DIRECT), hit.start)):
                return []
            m = role_statements.relative_object(view, s, hit.start, reach=MAX_DIRECT)
        if m is None:
            return []
        eff = self._effective(spec, view.mention_arg(m))
        return [eff] if eff is not None and eff.key != subject.key else []

    def _antecedent(self, s: Sentence, spec: ArgSpec, rel: int, exclude: set[str]) -> Arg | None:
        """What a relative pronoun stands for: the nearest fitting noun before it."""
        j, words = rel - 1, 0
        while j >= s.lo and words < 3:
            for c in self.ends.get(j, ()):
                eff = self._effective(spec, c)
                if eff is not None and eff.key not in exclude:
                    return self._genitive_head(s, spec, c, exclude) or eff
            if not self.view.words[j].punct:
                words += 1
            j -= 1
        return None

    def _genitive_head(self, s: Sentence, spec: ArgSpec, c: Arg, exclude: set[str]) -> Arg | None:
        """"President Joe Biden of the United States, who …": a person before "of" (rel-genitive)
        is the head the relative pronoun stands for, not the place or body after it."""
        if c.kind == "PERSON" or not spec.accepts("PERSON"):
            return None
        view = self.view
        for j in range(c.first - 1, max(s.lo, c.first - 3) - 1, -1):
            if view.starts(j, "rel-genitive", s) == j + 1:
                for p in self.ends.get(j - 1, ()):
                    eff = self._effective(spec, p) if p.kind == "PERSON" else None
                    if eff is not None and eff.key not in exclude:
                        return eff
                return None
        return None

    def _case_ok(self, s: Sentence, spec: ArgSpec, c: Arg, subject: bool = False, lang: str = "") -> bool:
        """Whether ``c`` may stand in a case the slot asks for (``case=``: "Токаев попросил ОДКБ",
        accusative; "поручил Генштабу", dative; "отстранённый Верховной радой", instrumental).
        A verb's subject with no case asked for and no preposition may stand in the cases the
        language's subjects take ("rel-subject-case"): "Масимов, отстранённый Токаевым, покинул"
        is not Tokayev's leaving."""
        cases = spec.cases
        if not cases and subject and not spec.via and not spec.nominal and spec.side != "right":
            cases = self.lex.subject_cases(lang)
            if c.end > c.start and "nomn" in cases and self.view.known_oblique(c.start, c.end, s):
                return False  # "В ведомстве Сергея Шойгу назвали …": a genitive the dictionary knows
        return not cases or c.end <= c.start or self.view.may_stand_in(c.start, c.end, cases, s)

    def _via_ok(self, s: Sentence, spec: ArgSpec, c: Arg, lang: str) -> bool:
        if not spec.via:
            return True
        view = self.view
        j, skipped = c.first - 1, 0
        # a concept may have one modifier before it: "against the sharp rise in gas prices"; so may an
        # organisation: "against the ruling X party", "против правящей партии X"
        modifiers = 1 if c.kind in ("CONCEPT", "ORG") else 0
        if self._elided_via(spec, c.first, lang):
            return True
        while j >= s.lo and skipped <= MAX_MARKER_GAP:
            w = view.words[j]
            if j + 1 < c.first and self._elided_via(spec, j + 1, lang):
                return True
            for via in spec.via:
                phrase = self._via_form(via, lang)
                a = j - len(phrase) + 1
                if a >= s.lo and view.phrase_end(a, phrase, j + 1, lang) == j + 1:
                    return True
            if c.kind == "CONCEPT" and not w.punct and view.in_mention[j] is None \
                    and view.starts(j, OFFENCE_VERB, s) == j + 1:
                # a charge worded as a verb: "accused of organising and leading group violence",
                # "accusé d'avoir organisé des violences", "accusato di aver organizzato", "acusado de
                # organizar disturbios": the verbs of the offence stand between the marker and the charge
                j -= 1
                continue
            if not (w.punct and w.text in SOFT_PUNCT or self.gap[j] or self.glue[j]):
                if modifiers and not w.punct and view.in_mention[j] is None and not view.boundary[j]:
                    modifiers -= 1
                else:
                    return False
            skipped += 1
            j -= 1
        return False

    def _elided_via(self, spec: ArgSpec, k: int, lang: str) -> bool:
        """Whether word ``k`` carries a marker of ``spec`` elided onto it ("d'avoir", "dell'esercito"):
        the words cut such a prefix off, so a marker written with its apostrophe is read from the text."""
        if k < 0 or k >= len(self.view.words):
            return False
        text, start = self.view.document.text, self.view.words[k].start
        before = text[max(0, start - 6):start].replace("’", "'").casefold()
        return before.endswith("'") and any(
            via.endswith("'") and before.endswith(via.casefold()) and
            (len(before) == len(via) or not before[-len(via) - 1].isalpha()) for via in spec.via)

    def _via_form(self, via: str, lang: str) -> tuple[Form, ...]:
        key = f"{lang}:{via}"
        if key not in self._via:
            self._via[key] = split_form(via, lang)
        return self._via[key]

    def _literal(self, s: Sentence, spec: ArgSpec, hit: _Hit) -> Arg | None:
        """In English, the words after the trigger as the argument ("ordered … to shoot …")."""
        view = self.view
        self._labelled = False
        _, hi = view.clause(s, hit.start, hit.end)
        a = hit.end
        marked = False
        # "concern about X": X; "described the unrest as X": the marker a few words on, within the
        # clause and before any punctuation
        quoted = False
        for k in range(hit.end, min(hi, hit.end + LITERAL_MARKER_REACH + 1)):
            for via in spec.via:
                if via in QUOTE_MARKS:
                    if view.words[k].text == via:
                        a, marked, quoted = k + 1, True, True
                        break
                    continue
                end = view.phrase_end(k, self._via_form(via, hit.lang), hi, hit.lang)
                if end is not None:
                    a, marked = end, True
                    break
            if marked or view.words[k].punct:
                break
        if quoted:
            # a label in quotation marks after the verb's object ("called the vote “a farce”"): the
            # quoted words, short as labels are; not after a preposition ("called for “…”", "called on")
            if k == hit.end or view.starts(hit.end, "rel-preposition", s) is not None:
                return None
            b = a
            while b < hi and view.words[b].text not in QUOTE_MARKS:
                b += 1
            if b >= hi or not 0 < b - a <= QUOTED_LABEL_WORDS:
                return None
            if any(c.kind == "CONCEPT" and a <= c.start < b for c in s.cands):
                return None  # a label a concept names: the concept (the rules without quotes find it)
            return Arg(kind="LITERAL", start=a, end=b, literal=view.text_of(a, b), penalty=0.85)
        if marked and k == hit.end and hit.rule.subject.active and hit.rule.object.side == "right":
            # "X, described as Y", "what is described as Y": an active verb's object stands between it
            # and "as"; with none, the verb is a participle about the noun before it, not said by it
            return None
        while a < hi and (self.glue[a] or view.words[a].punct or self.gap[a]):
            a += 1
        addressee = next((c for c in self.starts.get(a, ()) if c.mention is not None), None)
        if addressee is not None and addressee.end < hi and view.words[addressee.end].lower == "to":
            a = addressee.end + 1
        b = a
        labelled = False
        # quotation marks stay inside: "an attempt “to seize power”"
        while b < hi and b - a < 12 and not (view.words[b].punct and view.words[b].text not in "#-'’"
                                              and view.words[b].text not in QUOTE_MARKS):
            if b - 1 > a and b in self.verb_starts and self.glue[b - 1]:
                b -= 1  # "condemned the killing of X and called on …": the next verb's clause is not the object
                break
            if not marked and b > a and view.starts(b, "rel-literal-label", s) is not None:
                labelled = True  # "condemned the attack as unprovoked": the object ends before the label
                break
            b += 1
        self._labelled = labelled
        if labelled and b - a < 3:
            return None  # "the attack" alone names nothing the text lets one write
        if b - a < (1 if marked else 2) or spec.via and not marked:
            return None
        return Arg(kind="LITERAL", start=a, end=b, literal=view.text_of(a, b), penalty=0.9)

    def _valued(self, s: Sentence, i: int, category: str, lang: str, hi: int) -> tuple[int, str] | None:
        """(end, kz:value) of the longest phrase of valued word set ``category`` at word ``i``."""
        view = self.view
        w = view.words[i]
        best = None
        for phrase, value in self.lex.index(category, lang).candidates(w.lower, w.lemma):
            end = view.phrase_end(i, phrase, hi, lang)
            if end is not None and value is not None and (best is None or end > best[0]):
                best = (end, str(value))
        return best

    def _event_phrase(self, s: Sentence, hit: _Hit) -> Arg | None:
        """Outside English, a nominalised event as the object, written in English from data:
        "выразили обеспокоенность задержанием политиков" → "detention of politicians",
        "a entériné la démission du président X" → "resignation of X".  The head noun must be in
        an "event-noun" set (ontology/event_nouns.ttl); what it governs is the first name (its
        canonical English name) or "event-complement" noun after it.  Nothing else is translated."""
        view = self.view
        _, hi = view.clause(s, hit.start, hit.end)
        # a trigger may hold the noun itself ("принять отставку", "accepter la démission")
        first = hit.start + 1 if hit.end - hit.start > 1 else hit.end
        for k in range(first, min(hi, hit.end + EVENT_NOUN_REACH + 1)):
            if view.words[k].punct:
                return None
            person = self._person_event(s, hit, k, hi)
            if person is not None:
                return person
            # the noun may be a concept's name too ("golpe de Estado"), not another name
            got = self._valued(s, k, "rel-event-noun", hit.lang, hi) if view.in_mention[k] is None \
                or view.in_mention[k].label == "CONCEPT" else None
            if got is None:
                if view.in_mention[k] is not None or k > hit.end and k in self.verb_starts:
                    return None  # a name, or the next verb's clause
                continue
            end, head = got
            if head.split()[-1] not in self._event_links:
                # a whole event ("mobilisation", "coup"): what follows it may be its place or its
                # agent, which no one English preposition says
                return Arg(kind="LITERAL", start=k, end=end, literal=head, penalty=0.85)
            complement = None
            if head.split()[-1] == "against":  # "die Gewalt der Polizei gegen Demonstranten": after "gegen"
                against = self._against(s, end, hi)
                complement = self._complement(s, against, hi, hit.lang) if against is not None else None
            complement = complement or self._complement(s, end, hi, hit.lang)
            if complement is None:
                # "resignation of" needs what it is of; a name it governs that English cannot be
                # written for ("розпуск Верховної Ради") is not the object either
                self._unwritten = True
                return None
            last, words = complement
            return Arg(kind="LITERAL", start=k, end=last, literal=f"{head} {words}", penalty=0.85)
        return None

    def _against(self, s: Sentence, a: int, hi: int) -> int | None:
        """The word after a word saying whom an event is against ("rel-event-against": "gegen",
        "против", "contre") a few words after an event noun, within its clause; else None."""
        view = self.view
        for j in range(a, min(hi, a + EVENT_COMPLEMENT_REACH + 2)):
            if view.words[j].punct and view.words[j].text not in QUOTE_MARKS or j > a and j in self.verb_starts:
                return None
            end = view.starts(j, "rel-event-against", s)
            if end is not None:
                return end
        return None

    def _person_event(self, s: Sentence, hit: _Hit, k: int, hi: int) -> Arg | None:
        """A person right after a verb whose predicate says kz:personEvent stands for that event:
        "затвердив X прем'єр-міністром", "volvió a aprobar a X como primer ministro" ->
        "appointment of X as Prime Minister" (the role title, when one follows, in English)."""
        event = self.lex.person_events.get(hit.rule.predicate)
        if event is None or view_label(self.view, k) != "PERSON":
            return None
        got = self._complement_at(s, k, hi, hit.lang)
        if got is None:
            return None
        end, name = got
        literal = f"{event} {name}"
        for j in range(end, min(hi, end + 2)):  # "als", "como", "au poste de" may come between
            title = title_at(self.view, s, j)
            if title is not None:
                literal = f"{literal} as {title[1].english}"
                end = title[0]
                break
        return Arg(kind="LITERAL", start=k, end=end, literal=literal, penalty=0.85)

    def _event_phrase_before(self, s: Sentence, hit: _Hit) -> Arg | None:
        """The same, in a verb-final order (kk): the event noun before the verb, the name it governs
        (a genitive) before the noun: "азаматтық басшылардың ұсталуын қатаң айыптады"."""
        view = self.view
        lo, _ = view.clause(s, hit.start, hit.end)
        for k in range(hit.start - 1, max(lo, hit.start - EVENT_NOUN_REACH - 1) - 1, -1):
            if view.words[k].punct or view.in_mention[k] is not None and view.in_mention[k].label != "CONCEPT":
                return None
            got = self._valued(s, k, "rel-event-noun", hit.lang, hit.start)
            if got is None:
                continue
            head = got[1]
            if head.split()[-1] not in self._event_links:
                return Arg(kind="LITERAL", start=k, end=got[0], literal=head, penalty=0.85)
            # the genitive right before the noun (past one adjective): a name ending there, or a noun
            for j in range(k - 1, max(lo, k - EVENT_COMPLEMENT_REACH) - 1, -1):
                if view.words[j].punct and view.words[j].text not in QUOTE_MARKS:
                    break
                words = self._complement_at(s, j, k, hit.lang)
                if words is not None and (words[0] == k or j >= k - 2):
                    return Arg(kind="LITERAL", start=j, end=got[0], literal=f"{head} {words[1]}", penalty=0.85)
            return None
        return None

    def _complement(self, s: Sentence, a: int, hi: int, lang: str) -> tuple[int, str] | None:
        """The first name or complement noun a few words after an event noun: (end, English words)."""
        view = self.view
        for j in range(a, min(hi, a + EVENT_COMPLEMENT_REACH)):
            if view.words[j].punct and view.words[j].text not in QUOTE_MARKS:
                return None
            got = self._complement_at(s, j, hi, lang)
            if got is not None:
                return got
            if j in self.verb_starts:
                return None  # the next verb's clause
        return None

    def _complement_at(self, s: Sentence, j: int, hi: int, lang: str) -> tuple[int, str] | None:
        """A name (its English name) or a complement noun (its English word) at word ``j``."""
        view = self.view
        # a name written here (not a role phrase standing for someone named elsewhere)
        for c in (self.starts.get(j, ()) if view.in_mention[j] is not None else ()):
            if c.kind in ("ROLE", "LITERAL", "CONCEPT"):
                continue  # a concept after the noun is what it is called or charged with, not its patient
            name = self.lex.english_name(c.entity) if c.entity else None
            if not name and c.mention is not None and c.mention.label == "PERSON":
                # a person the ontology lacks, as alignment writes it (in the nominative); other
                # unknown names would stay inflected ("Ради")
                name = display_name([c.mention], key_tuple(c.mention.text, c.mention.lang),
                                    c.mention.label == "PERSON")
            if name:
                return c.end, name
        got = self._valued(s, j, "rel-event-complement", lang, hi)
        if got is not None:
            return got
        return None

    # -- arguments the text leaves out -----------------------------------------------------------
    def _carry(self, s: Sentence, hit: _Hit, spec: ArgSpec, sofar: list[_Rel]) -> list[Arg]:
        """A left-out subject: the sentence's previous claim, the quote's author, earlier sentences."""
        for r in reversed(sofar):
            if r.trigger < hit.start and r.predicate != "HOLDS_ROLE" and not r.nominal:
                eff = self._effective(spec, r.subject)
                if eff is not None:
                    return [adjust(eff, penalty=min(eff.penalty, 0.95))]
        view = self.view
        # "Токаєв заявив, що наказав …", "Ieri, in un discorso, Tokayev ha annunciato …, definendo":
        # a clause with no subject of its own continues the sentence's first actor
        taken = {r.object.key for r in self.fired if r.object is not None}
        by_ending = bool(self.lex.suffix_cases(hit.lang))  # kk: "Шойгуды" (accusative) is no actor
        for i in range(s.lo, hit.start):
            for c in self.starts.get(i, ()):
                eff = self._effective(spec, c) if c.kind in ("PERSON", "ORG", "GROUP") else None
                if eff is not None and by_ending and not self._case_ok(s, spec, c, True, hit.lang):
                    eff = None
                if eff is not None and eff.key not in taken and not self.view.known_oblique(c.start, c.end, s):
                    return [adjust(eff, penalty=min(eff.penalty, 0.9))]
        author = self.discourse.quote_author(s, hit.end, spec.accepts("PERSON"), lambda a: self._effective(spec, a))
        if author is not None:
            return [author]
        # a plural verb ("захватили") does not continue the story of one person
        carried = self.discourse.carried(s, lambda a: self._effective(spec, a), spec.accepts("PERSON"),
                                         person_ok=not view.plural_verb(hit.start))
        return [carried] if carried is not None else []

    def _possessor(self, s: Sentence, hit: _Hit, spec: ArgSpec, exclude: set[str]) -> list[Arg]:
        """"… began to leave Kazakhstan a week after its deployment", "su despliegue", "leur
        déploiement": a trigger right after a possessive of things (word set "rel-thing-possessive")
        is the deed of the nearest troop phrase before it in the sentence, verbs between or not."""
        view, j = self.view, hit.start - 1
        if not any(t.partition(":")[0] in ("TROOPS", "OWNER") for t in spec.types):
            return []  # "ordered his detention": a person's possessive may name the patient, not the doer
        if j < s.lo or view.starts(j, "rel-thing-possessive", s) != hit.start:
            return []
        for c in sorted((c for c in s.cands if c.end <= j), key=lambda c: -c.end):
            eff = _avoiding(self._effective(spec, c), exclude)
            if eff is not None:
                return [eff]
        return []

    def _default(self, default: str, hit: _Hit) -> list[Arg]:
        arg = self.discourse.default(default, hit.start)
        return [arg] if arg is not None else []

    def _resumed_objects(self, s: Sentence, hit: _Hit, spec: ArgSpec, sofar: list[_Rel]) -> list[Arg]:
        """"ont saisi la mairie … puis y ont mis le feu": the objects of the previous claim."""
        view = self.view
        near = range(max(s.lo, hit.start - 3), min(s.hi, hit.end + 2))
        if not any(view.starts(j, "rel-thing-pronoun", s) == j + 1 for j in near):
            return []
        for r in reversed(sofar):
            if r.trigger >= hit.start or r.object is None:
                continue
            group = [x.object for x in sofar if x.trigger == r.trigger and x.object is not None]
            objects = [o for o in (self._effective(spec, x) for x in group) if o is not None]
            if objects:
                return [adjust(o, penalty=o.penalty * 0.9) for o in objects]
            break
        return []

    # -- events inside events, inferences ---------------------------------------------------------
    def _embed(self, s: Sentence, hit: _Hit, rels: list[_Rel]) -> list[_Rel]:
        view = self.view
        _, hi = view.clause(s, hit.start, hit.end)
        inner = [r for r in rels if hit.end <= r.trigger < hi and not r.embedded
                 and r.predicate in self.lex.gerunds and r.object is not None]
        if not inner:
            return []
        first = min(inner, key=lambda r: r.trigger)
        target = first.object
        name = self.lex.english_name(target.entity) or target.literal or (target.mention.text if target.mention else "")
        subjects = self._find(s, hit.rule.subject, hit, set(), subject=True) or \
            (self._carry(s, hit, hit.rule.subject, rels) if hit.rule.subject.carry else [])
        if not subjects:
            return []
        for r in inner:
            if r.trigger == first.trigger:
                r.embedded = True
        literal = f"{self.lex.gerunds[first.predicate]} {name}".strip()
        return [_Rel(hit.rule.predicate, subj, None, literal, hit.start, s, hit.rule.confidence * subj.penalty)
                for subj in subjects]

    def _infer(self, rels: list[_Rel]) -> list[_Rel]:
        facts: list[tuple[str, str, object, _Rel]] = []
        # the claims of the document's earlier sentences, as "<PREDICATE>_EARLIER" facts, for rules
        # that read a state lasting past its sentence ("X was detained. X is suspected of Y")
        earlier = {atom[0][:-len("_EARLIER")] for _, rule in self.lex.inferences for atom in rule.body
                   if atom[0].endswith("_EARLIER")}
        s_index = rels[0].sentence.index if rels else None
        hidden_now = [r for i, r in self.agentless if i == s_index]
        current = {id(r) for r in rels} | {id(r) for r in hidden_now}
        if earlier and rels:
            hidden_before = [[r for i, r in self.agentless if i < s_index]]
            for _, old in list(self.discourse.history) + [(None, r) for r in hidden_before]:
                for r in old:
                    if r.predicate in earlier and id(r) not in current:
                        obj_value = r.object if r.object is not None and r.object.kind not in ("ROLE", "LITERAL") \
                            else (r.literal if r.object is None else r.object.literal)
                        facts.append((r.predicate + "_EARLIER", self._fact_key(r.subject), obj_value, r))
        for r in list(rels) + hidden_now:
            obj_value = r.object if r.object is not None and r.object.kind not in ("ROLE", "LITERAL") else \
                (r.literal if r.object is None else r.object.literal)
            facts.append((r.predicate, self._fact_key(r.subject), obj_value, r))
            if r.predicate == "HOLDS_ROLE" and isinstance(obj_value, str) and \
                    split_former(obj_value, self.lex.former)[0]:
                facts.append(("HOLDS_FORMER_ROLE", r.subject.key, split_former(obj_value, self.lex.former)[1], r))
        out = []
        for _, rule in self.lex.inferences:
            (head, hs, ho), body = rule.head, rule.body
            for binding, used in self._match(body, facts, {}, []):
                if not any(id(r) in current for r in used):
                    continue  # earlier sentences' claims alone: derived there already
                subj, obj = binding.get(hs), binding.get(ho)
                if not isinstance(subj, Arg) or obj is None:
                    continue
                conf = min(r.confidence for r in used) * INFERENCE_PENALTY
                here = min((r for r in used if id(r) in current), key=lambda r: r.trigger)
                trigger, sentence = here.trigger, here.sentence
                if isinstance(obj, Arg):
                    if obj.key == subj.key:
                        continue
                    out.append(_Rel(head, subj, obj, None, trigger, sentence, conf))
                else:
                    out.append(_Rel(head, subj, None, str(obj), trigger, sentence, conf))
        return out

    def _match(self, body, facts, binding, used):
        if not body:
            yield binding, used
            return
        (pred, a, b), rest = body[0], body[1:]
        for fp, fs, fo, rel in facts:
            if fp != pred:
                continue
            new = dict(binding)
            fo_key = self._fact_key(fo) if isinstance(fo, Arg) else _value_key(fo)
            if not _bind(new, a, rel.subject, fs, self._fact_key) or not _bind(new, b, fo, fo_key, self._fact_key):
                continue
            yield from self._match(rest, facts, new, used + [rel])


def _nominal(rule: CueRule) -> bool:
    """Whether a rule reads a noun its subject follows (spec option ``nominal``: "the resignation
    of X"); the verb that governs the noun (its cue) and any negation stand just before it."""
    return rule.subject.nominal


def _trigger_word(view: DocView, i: int) -> bool:
    """Whether word ``i`` may be a trigger's: outside every mention but a concept's, whose words name
    an act ("began sending troops": the concept "sending troops" is also the verb's act)."""
    m = view.in_mention[i]
    return m is None or m.label == "CONCEPT"


def _group_word(view: DocView, i: int) -> bool:
    """Whether word ``i`` is inside a group's mention: a trigger there only for a rule whose subject
    is that group itself (side "at": "protesters against X", "Demonstranten gegen X")."""
    m = view.in_mention[i]
    return m is not None and m.label == "GROUP"


def _after_first_word(hit: _Hit) -> int:
    """Where a right-hand argument may start: after the trigger, or inside its gap
    ("відправив уряд у відставку")."""
    if len(hit.words) > 1 and hit.words[1] > hit.words[0] + 1:
        return hit.words[0] + 1
    return hit.end


def _value_key(value) -> str:
    return value.key if isinstance(value, Arg) else "lit:" + str(value).casefold()


def _bind(binding: dict, var: str, value, key: str, person_key=None) -> bool:
    if var in binding:
        bound = binding[var]
        return (person_key(bound) if person_key is not None and isinstance(bound, Arg) else _value_key(bound)) == key
    binding[var] = value
    return True


def _effective(spec: ArgSpec, c: Arg, modifiers: frozenset[str], former: str) -> Arg | None:
    """What candidate ``c`` is as an argument of ``spec`` (a troop phrase: its group or owner).

    ``modifiers`` are the role modifiers a ROLE argument drops when ``spec`` makes it former
    (written with ``former``, the lexicon's word).
    """
    for t in spec.types:
        base, _, category = t.partition(":")
        if c.kind == "TROOPS":
            if base == "TROOPS" and (c.group or c.owner) is not None:
                return c.group or c.owner
            if base == "OWNER" and c.owner is not None:
                return c.owner
            continue
        if base == "COUNTRY" and c.kind == "GPE" and c.country:
            return c
        if base == "CROWD" and c.kind == "CROWD":  # "the mob stormed …": the protesters
            return adjust(c, kind="GROUP")
        if base == "SITE" and c.kind == "LITERAL":  # a site a previous claim named ("… and set it on fire")
            return c
        if base == "SITE" and c.kind == "SITE":  # a building by its owner's name, else in English words
            return adjust(c, kind="LITERAL") if c.mention is None else adjust(c, kind=c.mention.label)
        if base == "ROLE" and c.kind == "ROLE":
            return adjust(c, literal=_former(c.literal, modifiers, former), former=True) if spec.former else c
        if base == c.kind and (not category or c.category == category):
            return c
    return None


def view_label(view: DocView, i: int) -> str | None:
    """The label of the mention word ``i`` is in, if any."""
    m = view.in_mention[i]
    return m.label if m is not None else None


def _former(literal: str | None, modifiers: frozenset[str], former: str) -> str | None:
    """The role as a former one: "former Head of X" (any modifier it had is replaced)."""
    if literal is None:
        return None
    words = literal.split(maxsplit=1)
    if len(words) == 2 and words[0] in modifiers:
        literal = words[1]
    return f"{former} {literal}"


def _avoiding(arg: Arg | None, exclude: set[str]) -> Arg | None:
    """``arg`` unless excluded; for a pronoun, its first antecedent that is not excluded."""
    if arg is None or arg.key not in exclude:
        return arg
    return next((a for a in arg.alts if a.key not in exclude), None)


def _distinct(obj: Arg, subj: Arg) -> Arg | None:
    """The object itself, or, for a pronoun, its first antecedent that is not the subject."""
    if obj.key != subj.key:
        return obj
    return next((a for a in obj.alts if a.key != subj.key), None)


__all__ = ["_Extractor"]


def _one_role_each(rels: list[_Rel], former: str, key) -> list[_Rel]:
    """One HOLDS_ROLE per holder and title in a sentence: a title said twice of one person, once as
    held and once as former ("X left the post of head of Y": the post and the leaving), is the
    former one."""
    def text(r: _Rel) -> str | None:
        if r.predicate != "HOLDS_ROLE":
            return None
        return r.literal if r.object is None else r.object.literal if r.object.kind == "ROLE" else None
    formers = {(key(r.subject), split_former(t, former)[1].casefold())
               for r in rels if (t := text(r)) and split_former(t, former)[0]}
    if not formers:
        return rels
    return [r for r in rels if not ((t := text(r)) and not split_former(t, former)[0]
                                    and (key(r.subject), t.casefold()) in formers)]
