"""Step 1 of relation extraction: the predicate frames and words, read from the ontology.

Predicate frames (``kz:rule`` of ``ontology/predicates.ttl`` and
``ontology/frames_*.ttl``: per language, trigger words, cue words and the
subject and object slots with their types, side, case-marking prepositions and
options, read into :class:`~kzgraph.ontology.CueRule`), word sets
(``ontology/relations_lexicon.ttl``: clause words, pronouns, troop nouns…) and
role titles (``ontology/relations_roles.ttl``) are data; this module turns them
into :class:`RelationLexicon`, a per-ontology index that the other steps of
:mod:`kzgraph.extract.relations` query.  It knows no word of any language.

A *form* is a word or phrase as the data writes it.  A token matches a form
word when its lemma or lower-cased text equals it; ``stem*`` matches a prefix;
``=form`` matches the surface form only; in role titles long words also match
through :func:`kzgraph.names.token_key` (inflection-insensitive), so
"иностранным делам" in a title also finds "иностранных дел".

Examples
--------
>>> Form.parse("прибу*").matches("прибула", "прибула")
True
>>> Form.parse("=він").matches("його", "він")  # text "його", lemma "він"
False
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ...names import token_key, tokens_for_key
from ...errors import OntologyError
from ...ontology import CueRule, InferenceRule, Ontology
from ..lexicon import make_words


@dataclass(frozen=True)
class Form:
    """One word of a form: exact (lemma or text), a prefix, or surface-only."""

    word: str
    prefix: bool = False
    surface_only: bool = False

    @classmethod
    def parse(cls, word: str) -> "Form":
        surface = word.startswith("=") and len(word) > 1
        word = word[1:] if surface else word
        prefix = word.endswith("*") and len(word) > 1
        word = word[:-1] if prefix else word
        return cls(word=word.casefold(), prefix=prefix, surface_only=surface)

    def matches(self, text: str, lemma: str, lang: str | None = None, loose: bool = False) -> bool:
        """Whether a token (lower-cased ``text``, ``lemma``) is this form word.

        ``loose`` also accepts a word with the same alignment key (inflection-
        insensitive), for the long words of titles ("иностранным делам" finds
        "иностранных дел"); function words never match loosely.
        """
        if self.prefix:
            return text.startswith(self.word) or (not self.surface_only and lemma.startswith(self.word))
        if text == self.word:
            return True
        if self.surface_only:
            return False
        if lemma == self.word:
            return True
        return loose and len(self.word) >= 6 and len(text) >= 6 and _key(text, lang) == _key(self.word, lang)


@lru_cache(maxsize=100_000)
def _key(word: str, lang: str | None) -> str:
    return token_key(word, lang)


@lru_cache(maxsize=20_000)
def split_form(form: str, lang: str | None = None) -> tuple[Form, ...]:
    """A form phrase as its words, split the way documents are (:func:`make_words`).

    Apostrophes stay inside words; hyphens and dots split; French and Italian
    elisions are cut off ("pris d'assaut" -> "pris", "assaut").

    >>> [f.word for f in split_form("прем'єр-міністр")]
    ["прем'єр", 'міністр']
    >>> [(f.word, f.prefix) for f in split_form("sekretarz* stanu")]
    [('sekretarz', True), ('stanu', False)]
    >>> [f.word for f in split_form("pris d'assaut", "fr")]
    ['pris', 'assaut']
    """
    out = []
    for raw in form.split():
        surface = raw.startswith("=")
        body = raw[1:] if surface else raw
        star = body.endswith("*")
        body = body[:-1] if star else body
        pieces = [w.text for w in make_words(body, lang)] if lang else tokens_for_key(body)
        pieces = pieces or [body]
        for n, piece in enumerate(pieces):
            last = n == len(pieces) - 1
            out.append(Form(word=piece.casefold(), prefix=star and last, surface_only=surface))
    return tuple(out)


MEMO_WORDS = 20_000  # words a PhraseIndex keeps its answer for (then it starts afresh): ~3 MB


class PhraseIndex:
    """Phrases indexed by their first word, so a word is only tried against phrases it can start.

    >>> index = PhraseIndex([(split_form("take over"), 1), (split_form("seiz*"), 2)])
    >>> [payload for _, payload in index.candidates("seized", "seize")]
    [2]
    """

    def __init__(self, entries):
        self.exact: dict[str, list] = defaultdict(list)
        self.prefix: dict[str, list] = defaultdict(list)
        for phrase, payload in entries:
            first = phrase[0]
            (self.prefix[first.word[:2]] if first.prefix else self.exact[first.word]).append((phrase, payload))
        for table in (self.exact, self.prefix):
            for lst in table.values():
                lst.sort(key=lambda e: len(e[0]), reverse=True)
        self._memo: dict[tuple[str, str], tuple] = {}

    def candidates(self, lower: str, lemma: str) -> tuple:
        """The entries a word (lower-cased text, lemma) may start, longest phrase first.

        Kept per word: every word of a document is asked about against several indexes, and
        most words recur."""
        key = (lower, lemma)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MEMO_WORDS:
                self._memo.clear()
            found = self._memo[key] = tuple(self._candidates(lower, lemma))
        return found

    def _candidates(self, lower: str, lemma: str) -> list:
        out = list(self.exact.get(lower, ()))
        if lemma != lower:
            out.extend(self.exact.get(lemma, ()))
        out.extend(self.prefix.get(lower[:2], ()))
        if lemma[:2] != lower[:2]:
            out.extend(self.prefix.get(lemma[:2], ()))
        # only phrases whose first word the word is: every caller matches it there first (a surface-only
        # form against the text, a prefix against its first two letters' other words), and fails the rest
        out = [e for e in out if e[0][0].matches(lower, lemma)]
        if len(out) > 1:
            out.sort(key=lambda e: len(e[0]), reverse=True)
        return out


@dataclass(frozen=True)
class RoleTitle:
    """A role title: its English text, its words per language, related titles."""

    id: str
    english: str
    forms: tuple[tuple[str, tuple[tuple[Form, ...], ...]], ...]  # lang -> phrases
    related: frozenset[str] = frozenset()

    def phrases(self, lang: str) -> tuple[tuple[Form, ...], ...]:
        return dict(self.forms).get(lang, ())


@dataclass
class RelationLexicon:
    """Everything relation extraction reads from the ontology, indexed for lookup."""

    ontology: Ontology
    word_sets: dict[str, dict[str, list[tuple[Form, ...]]]] = field(default_factory=dict)  # category -> lang -> phrases
    set_values: dict[str, dict[str, list[tuple[tuple[Form, ...], str]]]] = field(default_factory=dict)
    roles: list[RoleTitle] = field(default_factory=list)
    categories: dict[str, str] = field(default_factory=dict)  # entity id -> kz:category
    country_of_adjective: dict[str, str] = field(default_factory=dict)  # English adjective -> country id
    rules: dict[str, list[CueRule]] = field(default_factory=dict)  # lang -> rules
    inferences: list[tuple[str, InferenceRule]] = field(default_factory=list)  # (predicate, rule)
    gerunds: dict[str, str] = field(default_factory=dict)
    # predicates whose object may be a nominalised event (kz:phraseObject): "first" or "fallback"
    phrase_predicates: dict[str, str] = field(default_factory=dict)
    person_events: dict[str, str] = field(default_factory=dict)  # predicate -> kz:personEvent
    lasting: frozenset[str] = frozenset()  # predicates that are states (kz:lasting), not events
    # the possessive written on a name, in a text of any language (``names-possessive-ending``: "'s")
    possessive_endings: tuple[str, ...] = ()
    former: str = ""  # the English word that makes a role a former one ("former President of X")
    # predicates a demand, wish or refusal governing their trigger keeps from being read
    # (``rel-irrealis-scope``: "urged X to resign"; matching._Extractor._irrealis)
    irrealis_scope: frozenset[str] = frozenset()
    # choosing predicate -> the replacing one whose subject is the one chosen ("X appointed Y in
    # place of Z": Y replaced Z; ``rel-appointee-replaces``)
    appointee_replaces: dict[str, str] = field(default_factory=dict)
    # predicates whose person arguments give way to the body they head ("the government of Prime
    # Minister X resigned": ``rel-body-owner-scope``), and those bodies' categories (``rel-body-category``)
    body_owner_scope: frozenset[str] = frozenset()
    body_categories: frozenset[str] = frozenset()

    concept_parts: dict[str, frozenset[str]] = field(default_factory=dict)  # concept id -> its slots

    _indexes: dict[tuple[str, str], PhraseIndex] = field(default_factory=dict)
    _agents: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    _country_names: dict[str, str] | None = None

    # -- queries -------------------------------------------------------------------------
    def index(self, category: str, lang: str) -> PhraseIndex:
        """The phrases of word set ``category`` in ``lang`` (payload: the set's kz:value or None);
        ``"rel-role"`` indexes role titles (payload: the :class:`RoleTitle`)."""
        key = (category, lang)
        if key not in self._indexes:
            if category == "rel-role":
                entries = [(p, role) for role in self.roles for p in role.phrases(lang)]
            else:
                valued = {id(p): v for p, v in self.valued_phrases(category, lang)}
                entries = [(p, valued.get(id(p))) for p in self.phrases(category, lang)]
            self._indexes[key] = PhraseIndex(entries)
        return self._indexes[key]

    def trigger_index(self, lang: str) -> PhraseIndex:
        """The trigger phrases of every cue rule of ``lang`` (payload: the rule)."""
        key = ("trigger", lang)
        if key not in self._indexes:
            entries = []
            for rule in self.rules.get(lang, ()):
                for trigger in rule.triggers:  # "@troop-noun": every phrase of the set "rel-troop-noun"
                    phrases = self.phrases("rel-" + trigger[1:], lang) if trigger.startswith("@") \
                        else [split_form(trigger, lang)]
                    entries.extend((phrase, rule) for phrase in phrases)
            self._indexes[key] = PhraseIndex(entries)
        return self._indexes[key]

    def all_sets(self, lang: str) -> PhraseIndex:
        """Every word set's phrases in ``lang`` together (payload: the category)."""
        key = ("*", lang)
        if key not in self._indexes:
            self._indexes[key] = PhraseIndex([(p, category) for category, by_lang in self.word_sets.items()
                                              for p in by_lang.get(lang, ())])
        return self._indexes[key]

    def phrases(self, category: str, lang: str) -> list[tuple[Form, ...]]:
        """The phrases of a word set (category ``rel-…``) in ``lang``."""
        return self.word_sets.get(category, {}).get(lang, [])

    def valued_phrases(self, category: str, lang: str) -> list[tuple[tuple[Form, ...], str]]:
        """``(phrase, kz:value)`` of every set of ``category`` in ``lang``."""
        return self.set_values.get(category, {}).get(lang, [])

    def category(self, entity_id: str | None) -> str | None:
        return self.categories.get(entity_id) if entity_id else None

    def is_country(self, entity_id: str | None) -> bool:
        ent = self.ontology.entities.get(entity_id) if entity_id else None
        return ent is not None and ent.label == "Country"

    def english_name(self, entity_id: str | None) -> str | None:
        ent = self.ontology.entities.get(entity_id) if entity_id else None
        return ent.name if ent else None

    def group_country(self, entity_id: str) -> str | None:
        """The country a group belongs to: the first word of its English name as an adjective."""
        name = self.english_name(entity_id)
        if not name:
            return None
        return self.country_of_adjective.get(name.split()[0].casefold())

    def country_named(self, name: str) -> str | None:
        """The country whose English name is ``name``, if the ontology has it."""
        if self._country_names is None:
            self._country_names = {e.name.casefold(): e.id for e in self.ontology.entities.values()
                                   if e.label == "Country"}
        return self._country_names.get(name.casefold())

    def groups(self, category: str) -> list[str]:
        # kept per category (asked per candidate and default; the categories are read once)
        memo = self.__dict__.setdefault("_groups_of", {})
        if category not in memo:
            memo[category] = tuple(sorted(e for e, c in self.categories.items() if c == category))
        return list(memo[category])

    @cached_property
    def role_modifiers(self) -> frozenset[str]:
        """The English words role modifiers write ("former", "acting")."""
        return frozenset(v for by_lang in self.set_values.get("rel-role-modifier", {}).values()
                         for _, v in by_lang if v)

    @cached_property
    def verb_second(self) -> frozenset[str]:
        """The languages whose main clauses put the finite verb second ("Gestern schickte
        Russland …": a fronted adverbial moves the subject after the verb); the languages
        with a form in the word set "rel-verb-second"."""
        return frozenset(self.word_sets.get("rel-verb-second", {}))

    @cached_property
    def name_premodifies(self) -> frozenset[str]:
        """The languages where an organisation's name right before a noun modifies it ("CSTO
        troops"): the languages with a form in the word set "rel-name-premodifier"."""
        return frozenset(self.word_sets.get("rel-name-premodifier", {}))

    def agent_markers(self, lang: str) -> tuple[str, ...]:
        """The words that introduce the agent of a passive verb in ``lang`` ("by", "przez")."""
        key = ("agent", lang)
        if key not in self._agents:
            self._agents[key] = tuple(" ".join(f.word for f in p) for p in self.phrases("rel-agent", lang))
        return self._agents[key]

    def subject_cases(self, lang: str) -> tuple[str, ...]:
        """The grammatical cases a verb's subject may stand in, in ``lang`` (the forms of the
        word set "rel-subject-case"); none: the language's case is not read."""
        key = ("subject-case", lang)
        if key not in self._agents:
            self._agents[key] = tuple(p[0].word for p in self.phrases("rel-subject-case", lang) if len(p) == 1)
        return self._agents[key]

    def suffix_cases(self, lang: str) -> tuple[tuple[str, str], ...]:
        """The case endings of a suffixing language that marks its slots by them (Kazakh
        "Қазақстанға": dative), as (ending, case tag) pairs, longest first: the forms of the
        word sets "rel-case-suffix", whose kz:value is the case tag; none: not read by ending."""
        key = ("suffix-case", lang)
        if key not in self._agents:
            pairs = {(form.casefold(), str(s.value_text or s.value))
                     for s in self.ontology.lexical_sets_of("rel-case-suffix") for tag, form in s.forms if tag == lang}
            self._agents[key] = tuple(sorted(pairs, key=lambda e: (-len(e[0]), e)))
        return self._agents[key]

    def agent_cases(self, lang: str) -> tuple[str, ...]:
        """The grammatical cases that mark the agent of a passive verb with no preposition in
        ``lang`` (the forms of the word set "rel-agent-case": "ablt" for uk and ru)."""
        key = ("agent-case", lang)
        if key not in self._agents:
            self._agents[key] = tuple(p[0].word for p in self.phrases("rel-agent-case", lang) if len(p) == 1)
        return self._agents[key]

    def concept_slots(self, concept: str) -> frozenset[str]:
        """The parts a concept named by its head words needs ("price", "rise", "gas")."""
        return self.concept_parts.get(concept, frozenset())

    @cached_property
    def troop_kinds(self) -> frozenset[str]:
        """The group categories troop nouns stand for ("troops", "paratroopers")."""
        return frozenset(v for by_lang in self.set_values.get("rel-troop-noun", {}).values() for _, v in by_lang)

    def untied_group(self, category: str) -> str | None:
        """The one group of ``category`` tied to no country ("protesters"), if there is one."""
        untied = [g for g in self.groups(category) if self.group_country(g) is None]
        return untied[0] if len(untied) == 1 else None

    def group_for(self, category: str, country: str | None, strict: bool = False) -> str | None:
        """The group of ``category`` tied to ``country``; unless ``strict``, else the only one."""
        candidates = self.groups(category)
        tied = [g for g in candidates if country and self.group_country(g) == country]
        if tied or strict:
            return tied[0] if tied else None
        untied = [g for g in candidates if self.group_country(g) is None]
        if len(untied) == 1:
            return untied[0]
        # the only group, unless it is another country's (``country`` may be a place the ontology does
        # not know): "the authorities" of a story elsewhere are not Kazakh
        only = candidates[0] if len(candidates) == 1 else None
        return only if only is not None and self.group_country(only) in (None, country) or not country else None


def _former_word(ontology: Ontology, lex: RelationLexicon) -> str:
    words = [text for s in ontology.lexical_sets_of("rel-former-word") for lang, text in s.forms if lang == "en"]
    if len(words) != 1:
        raise OntologyError(f"give the English word of a former role holder once: one kz:LexicalSet of "
                            f"kz:category \"rel-former-word\" with one kz:form@en (found {len(words)})")
    modifiers = {v for by_lang in lex.set_values.get("rel-role-modifier", {}).values() for _, v in by_lang}
    if modifiers and words[0] not in modifiers:
        raise OntologyError(f"the former-holder word {words[0]!r} (rel-former-word) is no kz:value of a "
                            f"rel-role-modifier set ({', '.join(sorted(modifiers))})")
    return words[0]


def concept_part_values(value: str) -> list[tuple[str, tuple[str, ...]]]:
    """The (concept, parts) pairs of a ``rel-concept-part`` kz:value.

    >>> concept_part_values("gas-price-increase/price+rise fuel-price-increase/price+rise")
    [('gas-price-increase', ('price', 'rise')), ('fuel-price-increase', ('price', 'rise'))]
    """
    out = []
    for item in value.split():
        concept, _, slots = item.partition("/")
        out.append((concept, tuple(x for x in slots.split("+") if x)))
    return out


_CACHE: dict[int, RelationLexicon] = {}


def relation_lexicon(ontology: Ontology) -> RelationLexicon:
    """The (cached) :class:`RelationLexicon` of ``ontology``."""
    lex = _CACHE.get(id(ontology))
    if lex is None or lex.ontology is not ontology:
        lex = _build(ontology)
        _CACHE[id(ontology)] = lex
    return lex


def _build(ontology: Ontology) -> RelationLexicon:
    lex = RelationLexicon(ontology=ontology)
    sets = defaultdict(lambda: defaultdict(list))
    valued = defaultdict(lambda: defaultdict(list))
    for lexical_set in ontology.lexical_sets:
        category = lexical_set.category
        if not category.startswith("rel-"):
            continue
        value = lexical_set.value_text
        forms = [(lang, split_form(text, lang)) for lang, text in lexical_set.forms]
        if category == "rel-role":
            english = value or ""
            if not english:
                raise OntologyError(f"<{lexical_set.id}>: a role title (kz:category \"rel-role\") needs kz:value, "
                                    f"its English title")
            by_lang = defaultdict(list)
            for lang, phrase in forms:
                by_lang[lang].append(phrase)
            lex.roles.append(RoleTitle(
                id=lexical_set.id, english=english,
                forms=tuple((lg, tuple(sorted(ps, key=len, reverse=True))) for lg, ps in sorted(by_lang.items())),
                related=frozenset(lexical_set.related)))
            continue
        for lang, phrase in forms:
            sets[category][lang].append(phrase)
            if value is not None:
                valued[category][lang].append((phrase, value))
    lex.word_sets = {c: {lg: sorted(ps, key=len, reverse=True) for lg, ps in by.items()} for c, by in sets.items()}
    lex.set_values = {c: {lg: sorted(ps, key=lambda p: len(p[0]), reverse=True) for lg, ps in by.items()}
                      for c, by in valued.items()}
    lex.roles.sort(key=lambda r: r.id)
    lex.former = _former_word(ontology, lex)
    lex.irrealis_scope = frozenset(text for s in ontology.lexical_sets_of("rel-irrealis-scope") for _, text in s.forms)
    lex.body_owner_scope = frozenset(text for s in ontology.lexical_sets_of("rel-body-owner-scope") for _, text in s.forms)
    lex.body_categories = frozenset(text for s in ontology.lexical_sets_of("rel-body-category") for _, text in s.forms)
    lex.appointee_replaces = {text: str(s.value) for s in ontology.lexical_sets_of("rel-appointee-replaces")
                              for _, text in s.forms if s.value}
    parts = defaultdict(set)
    for by_lang in lex.set_values.get("rel-concept-part", {}).values():
        for _, value in by_lang:
            for concept, slots in concept_part_values(value):
                if concept not in ontology.entities or not slots:
                    raise OntologyError(f"rel-concept-part kz:value {value!r}: write it as '<concept id>/<part>"
                                        f"[+<part>] …' with the id of a kz:Concept of concepts.ttl")
                parts[concept].update(slots)
    lex.concept_parts = {c: frozenset(v) for c, v in parts.items()}
    for eid, ent in ontology.entities.items():
        if ent.category is not None:
            lex.categories[eid] = ent.category
    for eid, ent in ontology.entities.items():
        if ent.label != "Country":
            continue
        for lang, adjs in ent.adjectives:
            if lang == "en":
                for adj in adjs:
                    lex.country_of_adjective.setdefault(adj.casefold(), eid)
    rules = defaultdict(list)
    for pred in ontology.predicates.values():
        for rule in pred.rules:
            rules[rule.lang].append(rule)
        for rule in pred.inferences:
            lex.inferences.append((pred.id, rule))
        if pred.gerund:
            lex.gerunds[pred.id] = pred.gerund
    lex.phrase_predicates = {p.id: p.phrase_object for p in ontology.predicates.values() if p.phrase_object}
    lex.person_events = {p.id: p.person_event for p in ontology.predicates.values() if p.person_event}
    lex.lasting = frozenset(p.id for p in ontology.predicates.values() if p.lasting)
    lex.possessive_endings = tuple(sorted({form for ls in ontology.lexical_sets_of("names-possessive-ending")
                                           for _, form in ls.forms}))
    lex.rules = dict(rules)
    return lex
