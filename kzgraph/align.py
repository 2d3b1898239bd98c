"""Mention text + language -> canonical entity: identity decisions, every one explained.

Names are compared through the *matching keys* of :mod:`kzgraph.names`, never
through raw spellings.  The :class:`Aligner` looks a name's key up among the
ontology's labels (:func:`kzgraph.names.label_index`): exactly first, then as a
*loose* key (trailing vowels cut in every language, with a gender veto), then
fuzzily (RapidFuzz) inside blocks of keys that share their first letters.
Names the ontology does not know are clustered across documents and languages
into new entities.  Every decision is recorded in an :class:`Explanation`.

Examples
--------
>>> aligner = Aligner(Ontology.load())
>>> aligner.resolve("Tokajewa", "pl").entity.name
'Kassym-Jomart Tokayev'
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace

from rapidfuzz import fuzz, process

from .align_meaning import MeaningName, meaning_links
from .errors import UsageError
from .model import Entity, Mention
from .names import (KIND_RANK, LabelEntry, LabelIndex, block_of, guess_lang, has_cyrillic, is_slavic, key_tuple,
                    label_index, lemma_of, loose_token, name_key, nominative, normalize, readable_latin, token_key,
                    tokens_for_key)
from .names.data import name_data
from .names.keys import cut_suffixes, given_classes, has_case_suffix, key_alternatives, same_given
from .names.morph import nominative_phrase
from .names.orgwords import org_words
from .names.places import City, city, city_named
from .names.text import SPACE
from .ontology import EntityDef, Ontology
from .results import Report, render_html

__all__ = ["NEW_ENTITY_PREFIX", "Alignment", "Explanation", "ClusterExplanation", "Aligner"]

NEW_ENTITY_PREFIX = "x-"  # ids of entities found in the corpus, not in the ontology

# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Alignment:
    """Why a mention belongs to an entity: the entity, the deciding rule, a score in [0, 1]."""

    entity: Entity
    rule: str
    score: float
    key: str


@dataclass(frozen=True)
class Explanation(Report):
    """Everything :meth:`Aligner.explain` looked at, printable with ``str()``.

    ``candidates`` are ``(entity_id, name, matched key, score)``, best first.
    """

    text: str
    lang: str | None
    key: str
    candidates: tuple[tuple[str, str, str, float], ...]
    decision: Alignment | None
    rule: str
    notes: tuple[str, ...] = ()
    vetoed: tuple[str, ...] = ()  # entity ids the gender veto refused (see ``notes``)

    def to_dict(self) -> dict:
        return asdict(self)

    def _html_rows(self) -> list[dict]:
        # the candidates, best first; the heading line and the decision are printed around them
        return [{"score": f"{score:.2f}", "id": eid, "name": name, "key": key}
                for eid, name, key, score in self.candidates]

    def _repr_html_(self) -> str:
        lines = str(self).split("\n")
        rows = self._html_rows()
        table = render_html(rows, ["score", "id", "name", "key"]) if rows else "<p>candidates: none</p>"
        return (f"<p>{html.escape(lines[0])}</p>{table}"
                + "".join(f"<p>{html.escape(line)}</p>" for line in lines
                          if line.startswith(("note:", "decision:"))))

    def __str__(self) -> str:
        lines = [f"{self.text!r} (lang {self.lang or '?'}) -> key {self.key!r}"]
        if self.candidates:
            lines.append("candidates:")
            for eid, name, key, score in self.candidates:
                lines.append(f"  {score:5.2f}  {eid:<40} {name}  [key {key!r}]")
        else:
            lines.append("candidates: none")
        lines.extend(f"note: {note}" for note in self.notes)
        if self.decision is None:
            lines.append(f"decision: no entity (rule {self.rule})")
        else:
            d = self.decision
            lines.append(f"decision: {d.entity.id} ({d.entity.name}) by rule {d.rule}, score {d.score:.2f}")
        return "\n".join(lines)


@dataclass(frozen=True)
class ClusterExplanation:
    """Why a name the ontology does not know joined the others of its cluster in a corpus.

    ``members`` are the cluster's nodes: ``(type family, key, ((lang, form, count), …))``,
    sorted (the family of the extraction's label: P person, O organisation, L place …);
    ``links`` are the unions that built it, ``("[family] key", "[family] key", reason)``,
    in the order clustering made them.  ``known`` is set instead when the ontology knows the name.
    """

    text: str
    lang: str | None
    key: str
    entity: Entity | None
    rule: str
    members: tuple[tuple[str, str, tuple[tuple[str, str, int], ...]], ...] = ()
    links: tuple[tuple[str, str, str], ...] = ()
    documents: int = 0
    known: Explanation | None = None

    def __str__(self) -> str:
        head = f"{self.text!r} (lang {self.lang or '?'}) -> key {self.key!r}"
        if self.known is not None:
            return f"{head}\nknown to the ontology:\n{self.known}"
        if self.entity is None:
            return f"{head}\nno mention with this key in the corpus"
        e = self.entity
        lines = [head, f"cluster: {e.id} ({e.name}, {e.type}) by rule {self.rule}, "
                       f"{sum(c for *_, forms in self.members for *_, c in forms)} mentions in "
                       f"{self.documents} documents", "members (one per key; forms as written, with language):"]
        for fam, key, forms in self.members:
            shown = ", ".join(f"{form}@{lang}" + (f" ×{n}" if n > 1 else "") for lang, form, n in forms)
            lines.append(f"  [{fam}] key {key!r}: {shown}")
        if self.links:
            lines.append("why these keys are one (the unions, in order):")
            lines.extend(f"  {a} + {b}: {why}" for a, b, why in self.links)
        elif len(self.members) == 1:
            lines.append("why: every form has the same key (transliteration and case endings give one key)")
        return "\n".join(lines)


# ---------------------------------------------------------------- the aligner

# types that may stand for one another (extraction's label is only a hint)
_TYPE_FAMILY = {"PERSON": "P", "ORG": "O", "GPE": "L", "LOC": "L", "FAC": "L", "EVENT": "E",
                "GROUP": "G", "CONCEPT": "C"}
_FUZZY_MIN = 90.0  # RapidFuzz ratio on keys
_FUZZY_WORD_MIN = 75.0  # … and on each word of a name of several words, in order
_FUZZY_MIN_LEN = 6  # shorter keys are never matched fuzzily
_FUZZY_MARGIN = 3.0


def _entity_from_def(d: EntityDef) -> Entity:
    names: dict[str, list[str]] = defaultdict(list)
    for group in (d.pref, d.alt):
        for lang, labels in group:
            names[lang].extend(labels)
    aliases = sorted({label for labels in names.values() for label in labels})
    return Entity(id=d.id, name=d.name, type=d.type, wikidata=d.wikidata, aliases=tuple(aliases),
                  names=tuple((lang, tuple(v)) for lang, v in sorted(names.items())), roles=d.roles)


def _fuzzy_score(a: tuple[str, ...], b: tuple[str, ...], person: bool) -> float:
    """RapidFuzz ratio of two keys of as many tokens; 0 where fuzziness is not allowed.

    A person's given names must agree (loosely): only the surname may differ by
    a spelling, so "Marat Bektanov" never becomes "Murat Bektanov".
    """
    if len(a) != len(b):
        return 0.0
    if person and len(a) >= 2:
        if any(loose_token(x) != loose_token(y) for x, y in zip(a[:-1], b[:-1], strict=True)):
            return 0.0
        last_a, last_b = a[-1], b[-1]
        if min(len(last_a), len(last_b)) < _FUZZY_MIN_LEN - 1:
            return 100.0 if last_a == last_b else 0.0
        return fuzz.ratio(last_a, last_b)
    joined_a, joined_b = " ".join(a), " ".join(b)
    if min(len(joined_a), len(joined_b)) < _FUZZY_MIN_LEN:
        return 0.0
    return fuzz.ratio(joined_a, joined_b)


class Aligner:
    """Resolve names against an :class:`~kzgraph.ontology.Ontology`; cluster the rest.

    ``__init__`` only stores the ontology; the indexes are built on first use.

    Examples
    --------
    >>> aligner = Aligner(Ontology.load())
    >>> aligner.resolve("Kasyma-Żomarta Tokajewa", "pl").entity.name
    'Kassym-Jomart Tokayev'
    """

    def __init__(self, ontology: Ontology):
        self.ontology = ontology
        self._entities: dict[str, Entity] = {}

    @property
    def _index(self) -> LabelIndex:
        return label_index(self.ontology)

    def entity(self, entity_id: str) -> Entity:
        """The :class:`~kzgraph.model.Entity` record of an ontology entity id."""
        if entity_id not in self._entities:
            self._entities[entity_id] = _entity_from_def(self.ontology.entity(entity_id))
        return self._entities[entity_id]

    def gazetteer(self) -> dict[tuple[str, ...], str]:
        """Token-key sequence -> ontology entity id (:func:`kzgraph.names.gazetteer`).

        Examples
        --------
        >>> from kzgraph.names import token_key
        >>> gaz = Aligner(Ontology.load()).gazetteer()
        >>> gaz[tuple(token_key(t, "pl") for t in ["Kasyma", "Żomarta", "Tokajewa"])]
        'kassym-jomart-tokayev'
        """
        return self._index.gazetteer()

    # ------------------------------------------------------------ one name

    def resolve(self, text: str, lang: str | None = None, label: str | None = None) -> Alignment | None:
        """The ontology entity ``text`` names, or ``None``.

        ``label`` (PERSON, ORG, GPE, …) only breaks ties between candidates.
        """
        return self.explain(text, lang, label).decision

    def explain(self, text: str, lang: str | None = None, label: str | None = None) -> Explanation:
        """Resolve ``text`` and say how: candidates, keys, scores and the deciding rule.

        Examples
        --------
        >>> print(Aligner(Ontology.load()).explain("Tokajewa", "pl"))
        'Tokajewa' (lang pl) -> key 'tokaev'
        candidates:
           0.95  kassym-jomart-tokayev                    Kassym-Jomart Tokayev  [key 'tokaev']
        decision: kassym-jomart-tokayev (Kassym-Jomart Tokayev) by rule exact-alt, score 0.95
        """
        if not isinstance(text, str) or not text.strip():
            raise UsageError(f"cannot align an empty name ({text!r}); give the text of a mention")
        lang = lang or guess_lang(text)
        key = key_tuple(text, lang)
        if not key:
            return Explanation(text, lang, "", (), None, "no-tokens")
        result = self._explain_key(text, lang, label, key)
        letters = [c for c in text if c.isalpha()]
        if result.decision is None and len(letters) >= 4 and all(c.isupper() for c in letters):
            title = key_tuple(text.title(), lang)  # a dateline in capitals: "ALMATY —"
            if title != key:
                retry = self._explain_key(text, lang, label, title)
                if retry.decision is not None and retry.decision.entity.type != "ORG":
                    return retry
        if result.decision is None and len(text) <= 6 and text != text.upper():
            upper = key_tuple(text.upper(), lang)  # "odkb" typed for "ОДКБ"
            if upper != key:
                retry = self._explain_key(text, lang, label, upper)
                if retry.decision is not None:
                    return retry
        return result

    def _explain_key(self, text: str, lang: str | None, label: str | None,
                     key: tuple[str, ...]) -> Explanation:
        index = self._index
        notes: list[str] = []
        joined = " ".join(key)
        # 1. exact key
        entries = index.exact.get(key, [])
        if entries:
            decision, rule, cands = self._decide(entries, lang, label, key, notes, "exact")
            return Explanation(text, lang, joined, cands, decision, rule, tuple(notes))
        # 2. loose key (trailing vowels cut), with the gender veto
        loose = tuple(loose_token(k) for k in key)
        candidates = index.loose.get(loose, [])
        entries = [e for e in candidates if not self._gender_clash(key, lang, e, notes)
                   and not self._another_city(key, e, notes)]
        entries = self._own_language_veto(key, lang, entries, notes)
        vetoed = tuple(sorted({e.entity for e in candidates if e not in entries}))
        if entries:
            decision, rule, cands = self._decide(entries, lang, label, key, notes, "loose")
            if decision is not None:
                decision = Alignment(decision.entity, decision.rule, min(decision.score, 0.9), joined)
            return Explanation(text, lang, joined, cands, decision, rule, tuple(notes), vetoed)
        # 2b. the key under another reading of its letters ("Yaparov"@es: y for ж), exact then loose;
        # names only, no adjective ("Deutsche"@en read with a German tsch is no "deutsch")
        for alt in key_alternatives(text, lang):
            for table, reading in ((index.exact, alt), (index.loose, tuple(loose_token(k) for k in alt))):
                entries = [e for e in table.get(reading, []) if e.kind in ("pref", "alt", "surname") and
                           not self._gender_clash(alt, lang, e, notes)]
                if entries:
                    notes.append(f"another reading of the name: {' '.join(alt)!r}")
                    decision, rule, cands = self._decide(entries, lang, label, alt, notes, "loose")
                    if decision is not None:
                        decision = Alignment(decision.entity, decision.rule, min(decision.score, 0.85), joined)
                    return Explanation(text, lang, joined, cands, decision, rule, tuple(notes), vetoed)
        # 3. fuzzy inside the key's block
        return replace(self._fuzzy(text, lang, label, key, notes), vetoed=vetoed)

    def _gender_clash(self, key: tuple[str, ...], lang: str | None, entry: LabelEntry,
                      notes: list[str]) -> bool:
        """A name form of the other gender than the person's own non-Slavic labels.

        Outside uk/ru/pl a final ``a`` is not a case ending: ``Nazarbayeva``@en
        names a woman, so it must not reach a person whose English, French,
        German… labels say ``Nazarbayev`` (and back).
        """
        gendered = self._index.gendered.get(entry.entity)
        if not gendered or is_slavic(lang):
            return False
        for tok in key:
            if tok in gendered:
                continue
            if (tok.endswith("a") and tok[:-1] in gendered) or tok + "a" in gendered:
                notes.append(f"gender veto: {' '.join(key)!r} is the other gender's form of "
                             f"{self.entity(entry.entity).name!r}")
                return True
        return False

    def _other_places(self, text: str, lang: str | None, entry: LabelEntry, notes: list[str]) -> bool:
        """An organisation's name that says it is of other places than the organisation a spelling
        away: "Ministerstwo Obrony Gruzji" is not "Ministerstwo Obrony Rosji"."""
        entity = self.ontology.entities.get(entry.entity)
        if entity is None or entity.type != "ORG":
            return False
        read = self.translated_org(text, lang)
        if read is None or not read[1]:
            return False
        held = self.__dict__.setdefault("_org_places_memo", {})
        if entity.id not in held:
            places = {entity.part_of} if entity.part_of else set()
            for label_lang, labels in entity.pref:
                for label in labels:
                    got = self.translated_org(label, label_lang)
                    if got is not None:
                        places |= got[1]
            held[entity.id] = frozenset(places)
        theirs = held[entity.id]
        if not theirs or read[1] & theirs:
            return False
        note = f"place veto: {text!r} is of {sorted(read[1])}, {entity.name!r} of {sorted(theirs)}"
        if note not in notes:
            notes.append(note)
        return True

    def _another_city(self, key: tuple[str, ...], entry: LabelEntry, notes: list[str]) -> bool:
        """A name GeoNames gives, as written, to a city that is not the place ``entry`` names
        loosely: "Colombo" is no "Colombia" though their vowels alone differ."""
        entity = self.ontology.entities.get(entry.entity)
        if entity is None or entity.type not in ("GPE", "LOC"):
            return False
        found = city_named(key)
        if found is None:
            return False
        own = city_named(key_tuple(entity.name, "en"))
        if own is not None and own.geonameid == found.geonameid:
            return False
        note = f"place veto: GeoNames names the city {found.name!r} {' '.join(key)!r}, not {entity.name!r}"
        if note not in notes:
            notes.append(note)
        return True

    def _own_language_veto(self, key: tuple[str, ...], lang: str | None, entries: list[LabelEntry],
                           notes: list[str]) -> list[LabelEntry]:
        """Leave out the places and organisations whose labels in the one-word name's own language
        are other words with the same loose key ("Colombo"@en is no "Colombia"@en, "Коломбо"@ru
        no "Колумбия"@ru, which the foreign label "Colombia" would give): that language would have
        written its label.  People keep their loose matches (a surname, a variant of the name)."""
        if lang is None or len(key) != 1 or lang in name_data().suffixes:
            return entries
        # a declining language: its label in another case is the same word (compare loose keys)
        norm = (lambda k: tuple(loose_token(t) for t in k)) if is_slavic(lang) else (lambda k: k)
        vetoed = set()
        for eid in sorted({e.entity for e in entries}):
            entity = self.entity(eid)
            own = dict(entity.names or ()).get(lang)
            if entity.type == "PERSON" or not own or \
                    any(e.kind not in ("pref", "alt") for e in entries if e.entity == eid):
                continue  # an adjective inflects ("Europeo" / "europei"): its loose match stands
            if all(norm(key_tuple(label, lang)) != norm(key) for label in own):
                vetoed.add(eid)
        if vetoed:
            notes.append(f"own-language veto: {' '.join(key)!r} is none of the {lang} labels of "
                         f"{', '.join(sorted(vetoed))}")
        return [e for e in entries if e.entity not in vetoed]

    def _decide(self, entries: list[LabelEntry], lang: str | None, label: str | None,
                key: tuple[str, ...], notes: list[str], how: str):
        by_entity: dict[str, list[LabelEntry]] = defaultdict(list)
        for e in entries:
            by_entity[e.entity].append(e)
        ranked = []
        for eid, es in by_entity.items():
            best = min(es, key=lambda e: (KIND_RANK[e.kind], e.lang != lang))
            ranked.append((eid, best))
        ranked.sort(key=lambda p: (KIND_RANK[p[1].kind], p[1].lang != (lang or ""), p[0]))
        base = 1.0 if how == "exact" else 0.9
        cands = tuple((eid, self.entity(eid).name, " ".join(e.key),
                       round(base - 0.05 * KIND_RANK[e.kind], 2)) for eid, e in ranked)
        if len(ranked) == 1:
            eid, e = ranked[0]
            if e.kind == "surname" and key[0] in self._index.given and \
                    self._index.given[key[0]] - {eid}:
                others = sorted(self._index.given[key[0]] - {eid})
                notes.append(f"{key[0]!r} is also the given name of {', '.join(others)}")
                return None, "ambiguous-surname", cands
            return self._alignment(eid, f"{how}-{e.kind}", cands[0][3], key), f"{how}-{e.kind}", cands
        # several entities share the key: the explicit label beats derived surnames,
        # the type hint and the language break remaining ties
        explicit = [(eid, e) for eid, e in ranked if e.kind != "surname"]
        if not explicit:
            notes.append("several people share this surname")
            return None, "ambiguous-surname", cands
        pool = explicit
        if label in _TYPE_FAMILY:
            typed = [(eid, e) for eid, e in pool
                     if _TYPE_FAMILY.get(self.entity(eid).type) == _TYPE_FAMILY[label]]
            pool = typed or pool
        if len(pool) > 1:
            same_lang = [(eid, e) for eid, e in pool if e.lang == (lang or "")]
            pool = same_lang or pool
        if len(pool) > 1:
            top = KIND_RANK[pool[0][1].kind]
            pool = [(eid, e) for eid, e in pool if KIND_RANK[e.kind] == top]
        if len(pool) == 1:
            eid, e = pool[0]
            rule = f"{how}-{e.kind}-preferred"
            notes.append(f"{len(ranked)} entities share this key; chose by label kind/type/language")
            return self._alignment(eid, rule, 0.8, key), rule, cands
        notes.append(f"ambiguous between {', '.join(eid for eid, _ in pool)}")
        return None, "ambiguous", cands

    def _fuzzy(self, text, lang, label, key, notes) -> Explanation:
        index = self._index
        joined = " ".join(key)
        scored: dict[str, tuple[float, tuple[str, ...]]] = {}
        if len(joined) >= _FUZZY_MIN_LEN:
            block = [(cand, text) for cand, text in index.blocks.get(block_of(key), ())
                     if len(cand) == len(key)]
            # a cheap prefilter in C on whole keys; _fuzzy_score then applies the real rules
            near = process.extract(joined, [text for _, text in block], scorer=fuzz.ratio,
                                   limit=None, score_cutoff=_FUZZY_MIN - 20)
            for _, _, pos in sorted(near, key=lambda hit: hit[2]):
                cand = block[pos][0]
                for e in index.exact[cand]:
                    score = _fuzzy_score(key, cand, self.entity(e.entity).type == "PERSON")
                    if score < _FUZZY_MIN - 10:
                        continue
                    if e.kind == "hidden" or self._gender_clash(key, lang, e, notes):
                        continue
                    if self._other_places(text, lang, e, notes):
                        continue
                    if label in _TYPE_FAMILY and \
                            _TYPE_FAMILY.get(self.entity(e.entity).type) != _TYPE_FAMILY[label]:
                        continue
                    if score > scored.get(e.entity, (0.0, ()))[0]:
                        scored[e.entity] = (score, cand)
        ranked = sorted(scored.items(), key=lambda p: (-p[1][0], p[0]))
        cands = tuple((eid, self.entity(eid).name, " ".join(k), round(s / 100, 2))
                      for eid, (s, k) in ranked[:5])
        if not ranked or ranked[0][1][0] < _FUZZY_MIN:
            return Explanation(text, lang, joined, cands, None, "no-match", tuple(notes))
        if len(ranked) > 1 and ranked[0][1][0] - ranked[1][1][0] < _FUZZY_MARGIN:
            notes.append("two candidates within the fuzzy margin")
            return Explanation(text, lang, joined, cands, None, "ambiguous-fuzzy", tuple(notes))
        eid, (score, _) = ranked[0]
        decision = self._alignment(eid, "fuzzy", round(score / 100 * 0.9, 2), key)
        return Explanation(text, lang, joined, cands, decision, "fuzzy", tuple(notes))

    def translated_org(self, text: str, lang: str | None) -> tuple[frozenset[str], frozenset[str]] | None:
        """An organisation's name read in English words through the ontology's organisation
        words (``rel-role-org-word`` and ``org-word`` lexical sets: "служба" -> Service,
        "najwyższy" -> Supreme) and its places as ontology ids: ``(words, places)``, or
        ``None`` when a word is neither (a proper name: it is no common phrase).  Word order
        and case do not count, so "Служби безпеки України", "Służba Bezpieczeństwa Ukrainy"
        and "Security Service of Ukraine" read alike.

        >>> a = Aligner(Ontology.load())
        >>> a.translated_org("Служби безпеки України", "uk") == a.translated_org("Security Service of Ukraine", "en")
        True
        """
        table = org_words(self.ontology)
        words: set[str] = set()
        places: set[str] = set()
        gaz = self.gazetteer()
        lang = lang or guess_lang(text)
        toks = tokens_for_key(text)
        i = 0
        while i < len(toks):
            tok = toks[i]
            i += 1
            low = tok.casefold().strip("'’")
            if not low or not low[0].isalpha():
                return None
            # a place, or a body the name belongs to ("… de la ONU para …", "… des Nations unies …"),
            # of one word or several
            known = None
            for n in range(min(_KNOWN_INSIDE, len(toks) - i + 1), 0, -1):
                span = toks[i - 1:i - 1 + n]
                eid = gaz.get(tuple(token_key(t, lang) for t in span))
                entity = self.ontology.entities.get(eid) if eid else None
                if entity is None or not (entity.type in ("GPE", "LOC") or (entity.type == "ORG" and n < len(toks))):
                    continue
                # a body whose name is organisation words ("Seguridad Nacional") is read as those words
                if entity.type == "ORG" and all(table.glue(t.casefold(), lang or "") or table.value(
                        t.casefold(), lemma_of(t, lang) if lang else t.casefold(), lang or "") is not None
                        for t in span):
                    continue
                known = (eid, n)
                break
            if known is not None and (known[1] > 1 or (table.value(low, lemma_of(tok, lang) if lang else low,
                                                                    lang or "") is None and
                                                       not table.glue(low, lang or ""))):
                places.add(known[0])
                i += known[1] - 1
                continue
            if table.glue(low, lang or "") or len(low) <= 2:
                continue
            value = table.value(low, lemma_of(tok, lang) if lang else low, lang or "")
            if value is not None:
                words.update(value.split())
                continue
            # a city GeoNames names, the ontology not ("Sąd Miejski w Tbilisi", "Tbilisi City Court")
            found = _city_in_name(tok, lang, *self._city_adjectives(lang)) if tok[:1].isupper() else None
            if found is not None:  # the ontology's id of the city where it has one ("Бишкекский": bishkek)
                eid = gaz.get(key_tuple(found.name, "en"))
                entity = self.ontology.entities.get(eid) if eid else None
                places.add(eid if entity is not None and entity.type in ("GPE", "LOC")
                           else f"geonames:{found.geonameid}")
                continue
            return None
        if len(words) < 2 and not (words and places):
            return None
        return frozenset(words), frozenset(places)

    def region_key(self, text: str, lang: str | None) -> str | None:
        """The key of a region named by its kind and one place word, in any language and word
        order: "Ростовской области", "Gebiet Rostow", "Ростов облысы", "Rostov region" ->
        ``"rostov"`` (the place word's key, an adjective's -sk- cut: Ростовская -> rostov);
        ``None`` for any other name.

        >>> a = Aligner(Ontology.load())
        >>> a.region_key("Ростовской области", "ru") == a.region_key("Gebiet Rostow", "de") == "rostov"
        True
        """
        table = org_words(self.ontology)
        kinds, nouns = self._region_words()
        lang = lang or guess_lang(text)
        region, place = False, []
        for tok in tokens_for_key(text):
            low = tok.casefold()
            if table.glue(low, lang or ""):
                continue
            value = table.value(low, lemma_of(tok, lang) if lang else low, lang or "")
            if (value is not None and value.casefold() in kinds) or low.startswith(nouns.get(lang or "", ("\0",))):
                region = True
            elif value is None:
                place.append(tok)
            else:
                return None
        if not region or len(place) != 1:
            return None
        key = token_key(place[0], lang)
        for ending in name_data().region_adjective:  # Ростовская / rostowski -> rostov (as Rostow, Ростов)
            if key.endswith(ending) and len(key) - len(ending) >= 3:
                return key[:-len(ending)]
        return key or None

    def _body_index(self) -> dict[frozenset[str], set[tuple[str, str]]]:
        """The organisations of the ontology that belong to a place (kz:partOf, or a place their
        name says), by the English words their labels read as: words -> {(id, place)}."""
        held = getattr(self, "_bodies", None)
        if held is not None:
            return held
        index: dict[frozenset[str], set[tuple[str, str]]] = defaultdict(set)
        for eid, entity in sorted(self.ontology.entities.items()):
            if entity.type != "ORG":
                continue
            for lang, names in entity.pref:
                for name in names:
                    read = self.translated_org(name, lang)
                    if read is None:
                        continue
                    words, places = read
                    place = entity.part_of or (next(iter(places)) if len(places) == 1 else None)
                    if place:
                        index[words].add((eid, place))
        self._bodies = index
        return index

    def _home_countries(self, decided: dict[Mention, Alignment]) -> dict[str, str]:
        """doc -> the country its mentions name most often, themselves or by the places and bodies
        that belong to it (strictly more than any other)."""
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for m, a in decided.items():
            known = self.ontology.entities.get(a.entity.id)
            seen: set[str] = set()
            while known is not None and known.rdf_class != "Country" and known.part_of and known.id not in seen:
                seen.add(known.id)  # a city, a region or a body counts for its country ("Москвы": Russia)
                known = self.ontology.entities.get(known.part_of)
            if known is not None and known.rdf_class == "Country":
                counts[m.doc][known.id] += 1
        out: dict[str, str] = {}
        for doc, by in counts.items():
            ranked = sorted(by.items(), key=lambda p: (-p[1], p[0]))
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                out[doc] = ranked[0][0]
        return out

    def _case_form_of(self, text: str, lang: str | None, eid: str) -> bool:
        """Whether ``text`` is a gazetteer name of ``eid`` whose last word carries a case suffix of
        its language (``names-case-suffix``) the keys do not cut ("Ақ үйді")."""
        suffixes = sorted((form.casefold() for ls in self.ontology.lexical_sets_of("names-case-suffix")
                           for lg, form in ls.forms if lg == lang), key=len, reverse=True)
        toks = tokens_for_key(text)
        if not suffixes or len(toks) < 2:
            return False
        low = toks[-1].casefold()
        for x in suffixes:
            if low.endswith(x) and len(low) - len(x) >= 2:
                key = tuple(token_key(t, lang) for t in toks[:-1]) + (token_key(low[:-len(x)], lang),)
                return self.gazetteer().get(key) == eid
        return False

    def _countries_named(self, decided: dict[Mention, Alignment]) -> dict[str, set[str]]:
        """doc -> the countries its mentions name by the country's own name (a city or a body of
        it is no evidence enough: "Астананың" may be any capital)."""
        out: dict[str, set[str]] = defaultdict(set)
        for m, a in decided.items():
            known = self.ontology.entities.get(a.entity.id)
            if known is not None and known.rdf_class == "Country":
                out[m.doc].add(known.id)
        return out

    def _known_bodies(self, unknown: list[Mention], decided: dict[Mention, Alignment]) -> dict[Mention, Alignment]:
        """An organisation named by a common phrase that says the words of a body the ontology
        knows, of the place it names or else of the document's own country ("Минобороны" in an
        article on Russia, "Қорғаныс министрлігі", "Ministerio de Defensa": Russia's ministry of
        defence): that body."""
        index: dict[frozenset[str], set[tuple[str, str]]] = defaultdict(set)
        for words, owners in self._body_index().items():
            index[words] |= owners
        # and the bodies of other countries the extraction named instead of a story's own
        # ("Минздрав" in an article on Georgia: "Ministry of Health of Georgia")
        named: dict[str, Entity] = {}
        for a in sorted({a.entity.id: a for a in decided.values() if a.rule == "generic-elsewhere"}.values(),
                        key=lambda a: a.entity.id):
            read = self.translated_org(a.entity.name, "en")
            if read is not None and len(read[1]) == 1:
                index[read[0]].add((a.entity.id, next(iter(read[1]))))
                named[a.entity.id] = a.entity
        home: dict[str, str] | None = None
        named_in: dict[str, set[str]] | None = None
        out: dict[Mention, Alignment] = {}
        for m in unknown:
            if m.label != "ORG":
                continue
            read = self.translated_org(m.text, m.lang)
            if read is None or read[0] not in index:
                continue
            words, places = read
            if not places:
                if home is None:
                    home = self._home_countries(decided)
                places = frozenset({home[m.doc]}) if m.doc in home else frozenset()
            owners = {eid for eid, place in index[words] if place in places}
            if not owners and not read[1]:  # the document's country has no such body: the one country
                if named_in is None:  # it names that has ("the defence ministry" beside Russia and Belarus)
                    named_in = self._countries_named(decided)
                owners = {eid for eid, place in index[words] if place in named_in.get(m.doc, ())}
            if len(owners) == 1:
                owner = owners.pop()
                key = key_tuple(m.text, m.lang)
                out[m] = Alignment(named[owner], "body-of-place", 0.7, " ".join(key)) if owner in named else \
                    self._alignment(owner, "body-of-place", 0.7, key)
        return out

    def org_core(self, text: str, lang: str | None) -> tuple[str, ...] | None:
        """The key of the proper name inside an organisation's name whose other words are all
        organisation words or glue ("groupe Wagner", "Grupy Wagnera", "ЧВК «Вагнер»" -> the key
        of "Wagner"), or ``None`` (no organisation word, or no name left).

        >>> a = Aligner(Ontology.load())
        >>> a.org_core("Grupy Wagnera", "pl") == a.org_core("groupe Wagner", "fr") == key_tuple("Wagner", "en")
        True
        """
        table = org_words(self.ontology)
        lang = lang or guess_lang(text)
        rest: list[str] = []
        worded = False
        for tok in tokens_for_key(text):
            low = tok.casefold().strip("'’")
            if not low:
                continue
            if table.glue(low, lang or ""):
                continue
            if table.value(low, lemma_of(tok, lang) if lang else low, lang or "") is not None:
                worded = True
                continue
            rest.append(tok)
        if not worded or not rest:
            return None
        key = key_tuple(" ".join(rest), lang)
        if not key or key in self.gazetteer():
            return None  # "Ministerio de Salud de Kirguistán": a known place or body, not a name of its own
        return key

    def meaning_name(self, text: str, lang: str | None) -> MeaningName:
        """``text`` as :mod:`kzgraph.align_meaning` compares it: in the nominative, with its
        content words counted, its kind of body (its organisation head words) read in English and its places (and
        nationalities) as ontology ids."""
        table = org_words(self.ontology)
        gaz = self.gazetteer()
        lang = lang or guess_lang(text) or ""
        heads = self._head_forms()
        values: set[str] = set()
        places: set[str] = set()
        content = 0
        articles = self._kind_meanings()[1].get(lang, frozenset())
        for tok in tokens_for_key(text):
            low = tok.casefold().strip("'’")
            if not low or table.glue(low, lang) or low in articles or len(low) <= 2 or not low[0].isalpha():
                continue
            content += 1
            lemma = lemma_of(tok, lang).casefold() if lang else low
            if (low in heads.get(lang, ()) or lemma in heads.get(lang, ())) and \
                    (value := table.value(low, lemma, lang)) is not None:
                values.update(value.split())  # the kind of body ("Partia" -> Party), not "Prawda" -> Rights
            eid = gaz.get((token_key(tok, lang),))
            if eid is None and tok != low:  # a capitalised nationality adjective ("Sueño Georgiano")
                eid = gaz.get((token_key(low, lang),))
            entity = self.ontology.entities.get(eid) if eid else None
            if entity is not None and entity.type in ("GPE", "LOC"):
                places.add(eid)
        nominative = nominative_phrase(SPACE.sub(" ", text.strip()), lang)
        return MeaningName(nominative, lang, content, frozenset(values), frozenset(places),
                           self._anchored_reading(nominative, lang))

    def _kind_meanings(self) -> tuple[dict[str, dict[str, str]], dict[str, frozenset[str]]]:
        """lang -> kind of political body (``party-kind-meaning``, case-folded) -> its English
        value; and lang -> the articles a name's meaning leaves out (``meaning-glue``)."""
        if not hasattr(self, "_kinds"):
            kinds: dict[str, dict[str, str]] = defaultdict(dict)
            for ls in self.ontology.lexical_sets_of("party-kind-meaning"):
                for lang, form in ls.forms:
                    kinds[lang].setdefault(form.casefold(), ls.value_text or form)
            articles: dict[str, set[str]] = defaultdict(set)
            for ls in self.ontology.lexical_sets_of("meaning-glue"):
                for lang, form in ls.forms:
                    articles[lang].add(form.casefold())
            self._kinds = (dict(kinds), {lang: frozenset(v) for lang, v in articles.items()})
        return self._kinds

    def _anchored_reading(self, text: str, lang: str) -> str:
        """``text`` as the encoder reads a name with places or a kind of body, else "": each
        place or nationality word replaced by the place's English name and the kind by its
        English word, put first ("Gruzińskie Marzenie" -> "Georgia Marzenie", "Rêve géorgien" ->
        "Georgia Rêve", "Koalicja na rzecz Zmian" -> "Coalition Zmian", glue words left out
        after a kind): the encoder then weighs the rest of the name alone, in one word order, as
        it reads a Polish adjective or a kind's case form far from the English ones."""
        gaz = self.gazetteer()
        kinds = self._kind_meanings()[0].get(lang, {})
        articles = self._kind_meanings()[1].get(lang, frozenset())
        table = org_words(self.ontology)
        named: list[str] = []
        kind: list[str] = []
        rest: list[str] = []
        for tok in tokens_for_key(text):
            low = tok.casefold()
            word = low[:1].isalpha() and not table.glue(low.strip("'’"), lang)  # "per" is no Peru
            eid = gaz.get((token_key(tok, lang),)) if word else None
            if eid is None and tok != low and word:
                eid = gaz.get((token_key(low, lang),))
            entity = self.ontology.entities.get(eid) if eid else None
            if entity is not None and entity.type in ("GPE", "LOC"):
                if entity.name not in named:
                    named.append(entity.name)
                continue
            value = kinds.get(low) or (kinds.get(lemma_of(tok, lang).casefold()) if lang and low[:1].isalpha()
                                       else None)
            if value is not None and not kind:
                kind.append(value)
            elif low not in articles:
                rest.append(tok)
        if not named and not kind:
            return ""
        if kind:
            rest = [t for t in rest if not table.glue(t.casefold().strip("'’"), lang) and t.casefold() not in articles]
        return " ".join(named + kind + rest)

    def _region_words(self) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
        """The region kinds' English values (``role-region-word``) and, per language, the stems of
        the region nouns written after a name (``region-noun``: "облыс*"@kk), read once."""
        if not hasattr(self, "_regions"):
            kinds = frozenset(f.casefold() for ls in self.ontology.lexical_sets_of("role-region-word")
                              for _, f in ls.forms)
            nouns: dict[str, tuple[str, ...]] = defaultdict(tuple)
            for ls in self.ontology.lexical_sets_of("region-noun"):
                for lg, f in ls.forms:
                    nouns[lg] += (f.casefold().rstrip("*"),)
            self._regions = (kinds, dict(nouns))
        return self._regions

    def _head_forms(self) -> dict[str, frozenset[str]]:
        """lang -> the organisation head words and party kinds (``org-head``, ``party-kind``), case-folded."""
        if not hasattr(self, "_heads"):
            heads: dict[str, set[str]] = defaultdict(set)
            for category in ("org-head", "party-kind"):
                for ls in self.ontology.lexical_sets_of(category):
                    for lang, form in ls.forms:
                        heads[lang].add(form.casefold())
            self._heads = {lang: frozenset(v) for lang, v in heads.items()}
        return self._heads

    def _city_adjectives(self, lang: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """``lang``'s endings of a city's adjective (longest first) and of a city's name after its
        stem (``names-city-adjective-ending``, ``names-city-stem-ending``), read once."""
        if not hasattr(self, "_city_adjective_endings"):
            table: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
            for side, category in enumerate(("names-city-adjective-ending", "names-city-stem-ending")):
                for ls in self.ontology.lexical_sets_of(category):
                    for lg, form in ls.forms:
                        table[lg][side].append(form.casefold())
            self._city_adjective_endings = {
                lg: (tuple(sorted(set(adj), key=lambda e: (-len(e), e))), tuple(sorted(set(stem))))
                for lg, (adj, stem) in table.items()}
        return self._city_adjective_endings.get(lang or "", ((), ()))

    def _family_plural(self, m: Mention, fulls: list[tuple]) -> bool:
        """``m`` is the plural of a surname its document names in full ("the Rajapaksas" beside
        "Gotabaya Rajapaksa", ``names-family-plural``): the family, no one of its people."""
        if not hasattr(self, "_plurals"):
            endings: dict[str, list[str]] = defaultdict(list)
            for ls in self.ontology.lexical_sets_of("names-family-plural"):
                for lang, form in ls.forms:
                    endings[lang].append(form.casefold())
            self._plurals = {lang: tuple(sorted(v, key=len, reverse=True)) for lang, v in endings.items()}
        words = normalize(m.text).split()
        if len(words) != 1:
            return False
        word = words[0]
        surnames = {normalize(full).split()[-1] for *_, full in fulls}
        return any(word.endswith(e) and len(word) > len(e) + 2 and
                   (word[:-len(e)] in surnames or word[:-len(e)] + "a" in surnames)
                   and word not in surnames for e in self._plurals.get(m.lang or "", ()))

    def respellings(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Letter rewrites that bring a language the name encoder lacks nearer one it reads
        (``names-uk-ru-respelling``: Ukrainian in Russian letters)."""
        out: dict[str, tuple[tuple[str, str], ...]] = {}
        for s in self.ontology.lexical_sets_of("names-respelling"):
            for lang, form in s.forms:
                out[lang] = tuple(tuple(p.split("=", 1)) for p in form.split() if "=" in p)
        return out

    def _party_named_as_person(self, m: Mention) -> bool:
        """A name extraction typed PERSON that says a kind of political body among its words and
        opens with no given name ("United National Movement", "Zjednoczony Ruch Narodowy"): an
        organisation, so it meets the party's names of other languages."""
        if m.label != "PERSON":
            return False
        toks = tokens_for_key(m.text)
        first = toks[0].casefold() if toks else ""
        if len(toks) < 2 or _known_given(token_key(toks[0], m.lang)) or \
                any(first in names for names in name_data().given.values()):
            return False
        kinds = {form for ls in self.ontology.lexical_sets_of("party-kind-meaning") for lg, form in ls.forms
                 if lg == m.lang}
        return any(t.casefold() in kinds or (m.lang and lemma_of(t, m.lang).casefold() in kinds) for t in toks[1:]) \
            or (toks[0].casefold() in kinds or bool(m.lang and lemma_of(toks[0], m.lang).casefold() in kinds))

    def key_correspondences(self) -> tuple[tuple[tuple[str, str], ...], ...]:
        """Letter rewrites on names' keys between two East Slavic forms of one surname
        (``names-key-correspondence``: Belarusian "ci…usk" / Russian "ti…ovsk")."""
        return tuple(tuple(tuple(p.split("=", 1)) for p in form.split() if "=" in p)
                     for s in self.ontology.lexical_sets_of("names-key-correspondence") for _, form in s.forms)

    def given_name_only(self, text: str, person: str) -> bool:
        """Whether ``text`` is written as another person's given name and not as
        ``person``'s surname ("Michelle" is not Charles Michel, though the keys meet).

        >>> a = Aligner(Ontology.load())
        >>> a.given_name_only("Michelle", "charles-michel"), a.given_name_only("Michel", "charles-michel")
        (True, False)
        """
        form = normalize(text)
        owners = self._index.given_text.get(form, set())
        return bool(owners - {person}) and form not in self._index.surname_text.get(person, set())

    def _alignment(self, eid: str, rule: str, score: float, key: tuple[str, ...]) -> Alignment:
        return Alignment(self.entity(eid), rule, score, " ".join(key))

    def _named_body(self, mention: Mention) -> Alignment:
        """The body a mention's hint ``"!|<English name>"`` names: the ontology's entity of that
        name, else a new one of that name (as :func:`_instead` makes)."""
        name = mention.hint.split("|", 1)[1]
        known = next((e.id for e in self.ontology.entities.values() if e.name == name), None)
        if known is not None:
            return self._alignment(known, "home-body", 0.7, tuple(key_tuple(name, "en")))
        slug = re.sub(r"[^a-z0-9]+", "-", " ".join(key_tuple(name, "en"))).strip("-") or \
            hashlib.sha1(name.encode()).hexdigest()[:12]
        entity = Entity(id=f"{NEW_ENTITY_PREFIX}{slug}", name=name, type=mention.label)
        return Alignment(entity, "home-body", 0.7, " ".join(key_tuple(name, "en")))

    def closest(self, text: str, n: int = 3) -> list[str]:
        """The ``n`` canonical names whose keys are nearest to ``text``'s (for NotFound messages)."""
        key = name_key(text)
        best: dict[str, float] = {}
        for cand, entries in self._index.exact.items():
            score = fuzz.ratio(key, " ".join(cand))
            for e in entries:
                best[e.entity] = max(best.get(e.entity, 0.0), score)
        ranked = sorted(best.items(), key=lambda p: (-p[1], p[0]))[:n]
        return [self.entity(eid).name for eid, _ in ranked]

    # ------------------------------------------------------------ a corpus

    def align(self, mentions: Iterable[Mention], trace: Trace | None = None) -> dict[Mention, Alignment]:
        """Align every mention: ontology entities first, then clusters of unknown names.

        Unknown names are clustered across documents and languages (same key,
        then loose key, then fuzzy within blocks) into new entities with ids
        ``"x-" + slug`` that depend only on the cluster's forms.  Mentions that
        do not look like names (no capital letter) are left out.
        """
        out: dict[Mention, Alignment] = {}
        unknown: list[Mention] = []
        seen: dict[tuple[str, str | None, str], Explanation] = {}
        for mention in mentions:
            if not mention.text.strip():
                continue
            memo = (mention.text, mention.lang, mention.label)
            if memo not in seen:
                seen[memo] = self.explain(mention.text, mention.lang, mention.label)
            explanation = seen[memo]
            decision = explanation.decision
            if decision is None and mention.hint and mention.hint in self.ontology.entities and \
                    any(c[0] == mention.hint for c in explanation.candidates) and \
                    explanation.rule.startswith("ambiguous") and \
                    not self.given_name_only(mention.text, mention.hint):
                decision = self._alignment(mention.hint, "gazetteer-hint", 0.7,
                                           tuple(explanation.key.split()))
            if decision is None and mention.hint and mention.hint in self.ontology.entities and \
                    self._case_form_of(mention.text, mention.lang, mention.hint):
                # "Ақ үйді": the last word's case suffix, too short a stem for the keys to cut, on a
                # name extraction matched (Ақ үй)
                decision = self._alignment(mention.hint, "gazetteer-case-form", 0.7,
                                           key_tuple(mention.text, mention.lang))
            if decision is None and mention.hint and mention.label in ("ORG", "GROUP") and \
                    len(tokens_for_key(mention.text)) >= 2:
                # a body's common noun written with its country ("казахстанская полиция", "Правительство
                # Грузии"): no label reads so, the extraction says whose body it is (mentions._country_bodies)
                body = self.ontology.entities.get(mention.hint)
                if body is not None and (body.category or body.part_of) and body.type == mention.label:
                    decision = self._alignment(mention.hint, "gazetteer-hint", 0.7, tuple(explanation.key.split()))
                elif mention.hint[:1] == "!" and "|" in mention.hint[2:]:
                    decision = self._named_body(mention)
            if mention.hint and mention.hint[:2] == "!|":
                # extraction names the body the words stand for and no entity they would read as
                # ("lawmakers", "депутаты": the Parliament of the document's country)
                decision = self._named_body(mention)
            if decision is not None and mention.hint and mention.hint[:1] == "!" and \
                    decision.entity.id == mention.hint[1:].split("|")[0]:
                # extraction says: not this entity here ("the government" of another country), and
                # after "|" what it is instead ("Government of Kyrgyzstan"): an entity of that name
                decision = _instead(mention.hint.split("|", 1)[1], decision) if "|" in mention.hint else None
            if decision is not None:
                out[mention] = decision
            elif _plausible_name(mention.text) or (mention.label == "ORG" and len(tokens_for_key(mention.text)) >= 2) or \
                    (mention.hint[:1] == "!" and len(tokens_for_key(mention.text)) >= 2 if mention.hint else False) or \
                    (mention.label == "GROUP" and (mention.hint or "").startswith(_FOLLOWERS_HINT) and
                     len(tokens_for_key(mention.text)) == 1):
                # and one word for the members of a name the extraction read ("вагнеровцы": Wagner's);
                # another country's place by its words ("the presidential palace" in a Sri Lankan article)
                # extraction found an organisation by its words ("rosyjskie służby"): no capital needed
                unknown.append(mention)
        bodies = self._known_bodies(unknown, out)
        out.update(bodies)
        unknown = [m for m in unknown if m not in bodies]
        attached, links, persons, families = self._short_references(unknown, out)
        out.update(attached)
        unknown = [m for m in unknown if m not in attached]
        relabelled = {m: replace(m, label="PERSON") if m in links or m in persons else
                      replace(m, label="GROUP") if m in families else
                      replace(m, label="ORG") if self._party_named_as_person(m) else m for m in unknown}
        acronyms = {**_initial_acronyms([relabelled[m] for m in unknown]),
                    **_bracketed_acronyms([relabelled[m] for m in unknown]),
                    **_org_short_names([relabelled[m] for m in unknown])}
        if trace is not None:
            said = set()
            for m, owner in sorted(links.items(), key=lambda p: (p[0].doc, p[0].start, p[0].text)):
                node = (_TYPE_FAMILY.get(m.label, "?"), key_tuple(m.text, m.lang))
                if node[0] != "P" and (node, m.doc) not in said:
                    said.add((node, m.doc))
                    trace.append((node, ("P", node[1]), f"short reference in document {m.doc} to "
                                  f"{' '.join(owner[1])!r}, named there in full: read as a PERSON"))
        clustered = _cluster(list(relabelled.values()),
                             {**{relabelled[m]: owner for m, owner in links.items()}, **acronyms}, trace,
                             self.translated_org, self.region_key, self.org_core,
                             (self.meaning_name, self.respellings()), self.key_correspondences())
        for m, r in relabelled.items():
            if r in clustered:
                out[m] = clustered[r]
        out.update(_followers(out))
        out.update(_families(out, families))
        return out

    def explain_cluster(self, text: str, lang: str | None, mentions: Iterable[Mention]) -> ClusterExplanation:
        """The cluster ``mentions`` (a corpus's) make of the unknown name ``text``, and why.

        The name is found among the mentions by its key (then its loose key);
        deterministic: the same mentions give the same cluster, id and reasons.
        """
        if not isinstance(text, str) or not text.strip():
            raise UsageError(f"cannot explain an empty name ({text!r})")
        lang = lang or guess_lang(text)
        key = key_tuple(text, lang)
        mentions = list(mentions)
        known = self.explain(text, lang)
        if known.decision is not None:
            return ClusterExplanation(text, lang, " ".join(key), None, known.rule, known=known)
        trace: Trace = []
        aligned = self.align(mentions, trace)
        loose = tuple(loose_token(k) for k in key)
        readings = {tuple(loose_token(k) for k in alt) for alt in key_alternatives(text, lang)}
        hits = [m for m in mentions if m in aligned and key_tuple(m.text, m.lang) == key] or \
            [m for m in mentions if m in aligned and
             tuple(loose_token(k) for k in key_tuple(m.text, m.lang)) == loose] or \
            [m for m in mentions if m in aligned and  # the name under another reading ("Kobachidze"@pl)
             tuple(loose_token(k) for k in key_tuple(m.text, m.lang)) in readings]
        if not hits:
            return ClusterExplanation(text, lang, " ".join(key), None, "not-in-corpus")
        hit = min(hits, key=lambda m: (m.doc, m.start, m.text))
        entity = aligned[hit].entity
        cluster = [m for m, a in aligned.items() if a.entity.id == entity.id]
        forms: dict[tuple[str, tuple[str, ...]], dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
        for m in cluster:
            node = (_TYPE_FAMILY.get(m.label, "?"), key_tuple(m.text, m.lang))
            forms[node][(m.lang, SPACE.sub(" ", m.text.strip()))] += 1
        rule = aligned[hit].rule  # document-surname: attached to a known person its document names
        members = tuple((fam, " ".join(k), tuple((lg, f, n) for (lg, f), n in sorted(fs.items())))
                        for (fam, k), fs in sorted(forms.items()))
        nodes = set(forms) | {("P", k) for _, k in forms}  # short references are clustered as people

        def shown(node: Node) -> str:
            return f"[{node[0]}] {' '.join(node[1])}"

        links = tuple((shown(a), shown(b), why) for a, b, why in trace if a in nodes or b in nodes)
        return ClusterExplanation(text, lang, " ".join(key), entity, rule, members, links,
                                  len({m.doc for m in cluster}))

    def _short_references(self, unknown: list[Mention], decided: dict[Mention, Alignment]
                          ) -> tuple[dict[Mention, Alignment], dict[Mention, tuple[str, tuple[str, ...]]],
                                     set[Mention], set[Mention]]:
        """Within one document, a short reference to a person named in full there.

        A surname alone (in any case), initials plus surname, or a title plus
        surname (the title is not part of the mention) names the one person of
        the document whose full name ends with that surname.  It takes that
        person's entity when the ontology knows them (first result), else it
        joins the unknown full name's cluster as a PERSON (second result: the
        mention -> the full name's clustering node).  Two people of one document
        sharing the surname (brothers, a father and his daughter): the one whose
        full name ends with the reference as written ("Жангалиева" is Асель
        Жангалиева's, not Тимур Жангалиев's), else the one the document names
        first (its subject: news names a relative after); a PERSON (third result)
        when it was an organisation only for want of evidence and stays unattached.
        The plural of a surname named in full ("the Rajapaksas") is the family, no
        one of its people (fourth result: read as a GROUP).
        """
        fulls: dict[str, list[tuple[tuple[str, ...], object, int, str]]] = defaultdict(list)
        for m, a in decided.items():
            if a.entity.type == "PERSON":
                key = key_tuple(m.text, m.lang)
                if len(key) >= 2 and not _initials(m.text):
                    fulls[m.doc].append((key, a.entity.id, m.start, m.text))
        for m in unknown:
            if _TYPE_FAMILY.get(m.label) == "P":
                key = key_tuple(m.text, m.lang)
                if len(key) >= 2 and not _initials(m.text):
                    fulls[m.doc].append((key, ("P", key), m.start, m.text))
        attached: dict[Mention, Alignment] = {}
        links: dict[Mention, tuple[str, tuple[str, ...]]] = {}
        persons: set[Mention] = set()
        families: set[Mention] = set()
        for m in unknown:
            key = key_tuple(m.text, m.lang)
            if not key or m.text.isupper() or not fulls.get(m.doc) or m.label == "GROUP":
                continue
            if self._family_plural(m, fulls[m.doc]):
                families.add(m)
                continue
            initials = _initials(m.text)
            own = ("P", key) if _TYPE_FAMILY.get(m.label) == "P" else None
            named = [item for item in fulls[m.doc] if item[1] != own and len(item[0]) > len(key) - initials]
            owner = _surname_owner(key, initials, [(f, o) for f, o, *_ in named])
            if owner is AMBIGUOUS:
                owner = _shared_surname_owner(m.text, _surname_hits(key, initials, named))
            if owner is AMBIGUOUS:
                if m.label == "ORG" and _bare_word([m]) and not initials:
                    persons.add(m)  # "Rajapaksa" beside two Rajapaksas: a person, which one unsaid
                continue
            if owner is None:
                continue
            if isinstance(owner, str):
                attached[m] = self._alignment(owner, "document-surname", 0.8, key)
            elif owner != ("P", key):
                links[m] = owner
        return attached, links, persons, families


# ---------------------------------------------------------------- clustering of unknown names


_ACRONYM_GAP = (2, 3)  # " (" or " («" between a name and the acronym that follows it


def _by_document(mentions: list[Mention]) -> list[list[Mention]]:
    """The mentions of each document, documents in the order they first appear."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc].append(m)
    return list(by_doc.values())


def _bracketed_acronyms(mentions: list[Mention]) -> dict[Mention, Node]:
    """An acronym in brackets right after a name of several words is that name's:
    "National League for Democracy (NLD)", "Stowarzyszenia Pomocy Więźniom Politycznym
    (AAPP)".  The acronym -> the name's clustering node; across documents and languages the
    acronym's key then joins names that translate one another."""
    out: dict[Mention, Node] = {}
    for ms in _by_document(mentions):
        starts = {m.start: m for m in ms}
        for m in ms:
            if len(tokens_for_key(m.text)) < 2 or m.text.isupper():
                continue
            for gap in _ACRONYM_GAP:
                a = starts.get(m.end + gap)
                letters = [c for c in a.text if c.isalpha()] if a is not None else []
                if a is not None and 2 <= len(letters) <= 6 and all(c.isupper() for c in letters):
                    key = key_tuple(m.text, m.lang)
                    if key:
                        out[a] = (_TYPE_FAMILY.get(m.label, "?"), key)
                    break
    return out


def _initial_acronyms(mentions: list[Mention]) -> dict[Mention, Node]:
    """An acronym made of the initials of the one organisation name of several words its
    document gives ("Федеральная служба безопасности" ... "ФСБ"; the short words of a name,
    "of", "for", may be left out) is that name's."""
    out: dict[Mention, Node] = {}
    for ms in _by_document(mentions):
        names: dict[str, set[Node]] = defaultdict(set)
        for m in ms:
            words = [w for w in re.findall(r"\w+", m.text) if w[:1].isalpha()]
            if len(words) < 2 or m.text.isupper() or m.label != "ORG":
                continue
            key = key_tuple(m.text, m.lang)
            if not key:
                continue
            for initials in ("".join(w[0] for w in words),
                             "".join(w[0] for w in words if len(w) > 3 or w[:1].isupper()),
                             "".join(w[0] for w in words[:-1]) if len(words) >= 3 else ""):
                # the last: the organisation without the place it is of ("ДКНБ" of
                # "Державний комітет національної безпеки Киргизстану")
                if len(initials) >= 2:
                    names[initials.casefold()].add(("O", key))
        for a in ms:
            letters = "".join(c for c in a.text if c.isalpha())
            if 2 <= len(letters) <= 6 and letters.isupper():
                owners = names.get(letters.casefold(), set())
                if len(owners) == 1:
                    out[a] = next(iter(owners))
    return out


def _org_short_names(mentions: list[Mention]) -> dict[Mention, Node]:
    """A one-word organisation name that is the last word, or the first, of the one longer
    organisation name of its document (case endings aside) is that organisation: "Верховної Ради"
    ... "Ради", "the State Committee" ... "the Committee", "le Parlement arménien" ... "le
    Parlement" (a language that writes the head first)."""
    out: dict[Mention, Node] = {}
    for ms in _by_document(mentions):
        longer: dict[str, set[Node]] = defaultdict(set)  # by last word
        head_first: dict[str, set[Node]] = defaultdict(set)  # by first word, asked when no last word answers
        for m in ms:
            key = key_tuple(m.text, m.lang)
            if m.label == "ORG" and len(key) >= 2 and not m.text.isupper():
                longer[loose_token(key[-1])].add(("O", key))
                head_first[loose_token(key[0])].add(("O", key))
        for m in ms:
            key = key_tuple(m.text, m.lang)
            if m.label == "ORG" and len(key) == 1 and not m.text.isupper() and len(key[0]) >= 3:
                owners = longer.get(loose_token(key[0])) or head_first.get(loose_token(key[0]), set())
                if len(owners) == 1:
                    out[m] = next(iter(owners))
    return out


def _plausible_name(text: str) -> bool:
    tokens = tokens_for_key(text)
    return any(t[0].isupper() for t in tokens if t[0].isalpha()) and \
        any(len(t) >= 2 and not t.isdigit() for t in tokens)


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        """Join the sets of ``i`` and ``j``; whether they were apart."""
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
        return a != b


_SURNAME_FUZZY_MIN = 85.0  # one document, one language: a surname respelled by its case


def _initials(text: str) -> bool:
    """``text`` is initials and a surname ("I. Kobakhidze", "В. В. Путин"): every token but the last
    is one letter."""
    tokens = tokens_for_key(text)
    return len(tokens) >= 2 and all(len(t.rstrip(".")) == 1 for t in tokens[:-1])


_FRAME_MIN = 4  # consonants a surname needs before its frame may join two people
_FRAME_DROP = re.compile(r"[aeiouyx]")  # vowels, and the key's j/zh/sh letter (j is y in pl/de)


def _consonant_frame(token: str) -> str:
    """A surname key's consonants, the letter that stands for j/zh/sh left out too.

    >>> _consonant_frame("vikramasing") == _consonant_frame("vikremesing")
    True
    """
    return _FRAME_DROP.sub("", token)


def _bare_word(mentions: list[Mention]) -> bool:
    """One capitalised word, no acronym: labelled ORG only for want of evidence, so it may
    be the surname of a person the corpus names in full."""
    return all(not m.text.isupper() and len(tokens_for_key(m.text)) == 1 for m in mentions)


def _same_stem(a: str, b: str) -> bool:
    """Two keys of one word in two cases: a common stem of five letters or more, and
    endings of at most two letters after it ("kobagig" / "kobagids")."""
    n = len(os.path.commonprefix([a, b]))
    return n >= _FUZZY_MIN_LEN - 1 and max(len(a), len(b)) - n <= 2


def _surname_hits(key: tuple[str, ...], initials: bool, fulls: list[tuple]) -> list[tuple]:
    """The items ``(full name key, owner, …)`` of a document's full names that ``key`` is the
    surname of, by the first test any of them passes.

    ``key`` is a surname of one or more tokens ("Vauquelin-Ribet"), or initials
    and a surname (``initials``), whose letters must open the full name's given
    names.  The surname's last token is compared by exact keys first, then
    loose keys (case and gender endings), then a close spelling (a Polish
    locative ``-dze`` read as ``-ga``); its other tokens must agree loosely.
    """
    given, surname = (key[:-1], key[-1:]) if initials else ((), key)

    def fits(full: tuple[str, ...]) -> bool:
        if len(full) < len(given) + len(surname) or \
                any(not f.startswith(g[:1]) for g, f in zip(given, full, strict=False)):
            return False
        head = full[len(full) - len(surname):-1]
        return all(loose_token(a) == loose_token(b) for a, b in zip(head, surname[:-1], strict=True))

    last = surname[-1]
    candidates = [item for item in fulls if fits(item[0])]
    tests = (lambda s: s == last,
             lambda s: min(len(s), len(last)) >= 4 and loose_token(s) == loose_token(last),
             lambda s: min(len(s), len(last)) >= _FUZZY_MIN_LEN - 1 and
             (fuzz.ratio(s, last) >= _SURNAME_FUZZY_MIN or _same_stem(s, last)),
             # the tail of a long name, its syllables short ("Су Чжи" / "Аун Сан Су Чжиді"):
             # the full form's last word is the tail's with a case ending
             lambda s: len(surname) >= 2 and len(s) > len(last) and s.startswith(loose_token(last)) and
             len(s) - len(loose_token(last)) <= _CASE_ENDING_MAX)
    for test in tests:
        hits = [item for item in candidates if test(item[0][-1])]
        if hits:
            return hits
    return []


def _surname_owner(key: tuple[str, ...], initials: bool,
                   fulls: list[tuple[tuple[str, ...], object]]) -> object | None:
    """The one owner among a document's full names that ``key`` is the surname of
    (:func:`_surname_hits`), ``AMBIGUOUS`` when the surname is two people's, or ``None``."""
    hits = _surname_hits(key, initials, fulls)
    owners = {owner for _, owner in hits}
    if len(owners) == 1:
        return owners.pop()
    if owners and all(isinstance(o, tuple) for o in owners) and \
            len({tuple(loose_token(t) for t in full[:-1]) for full, _ in hits}) == 1:
        return min(owners)  # one name in two cases ("… Су Чжиді", "… Су Чжиге"): one person
    if owners:
        return AMBIGUOUS
    return None


def _shared_surname_owner(text: str, hits: list[tuple[tuple[str, ...], object, int, str]]) -> object:
    """Of the people of a document a surname is shared by, the one whose full name ends with
    it as written (a wife's "Жангалиева", not her husband's "Жангалиев"), else the one the
    document names first; ``AMBIGUOUS`` without hits."""
    if not hits:
        return AMBIGUOUS
    written = normalize(text).split()[-1:]
    same = {owner for _, owner, _, full in hits if normalize(full).split()[-1:] == written}
    if len(same) == 1:
        return same.pop()
    return min(hits, key=lambda h: h[2])[1]


AMBIGUOUS = object()  # a surname of two or more people of the document
_CASE_ENDING_MAX = 3  # letters a case ending adds to a name's last word


Node = tuple[str, tuple[str, ...]]  # a clustering node: (type family, key)
Trace = list[tuple[Node, Node, str]]  # the unions that joined two clusters, with their reason


def _cluster(mentions: list[Mention], links: dict[Mention, tuple[str, tuple[str, ...]]] | None = None,
             trace: Trace | None = None, translate=None, region=None, core=None,
             meaning=None, correspondences=()) -> dict[Mention, Alignment]:
    """Group unknown names into new entities (deterministic for a given input).

    ``links`` ties a mention to another clustering node ``(type family, key)``
    (a surname to the full name its document gives).  ``trace``, if given,
    receives every union that joined two clusters, as ``(node, node, reason)``.
    """
    if not mentions:
        return {}
    # one node per distinct (type family, key); mentions hang off their node
    nodes: dict[tuple[str, tuple[str, ...]], list[Mention]] = defaultdict(list)
    for m in mentions:
        key = key_tuple(m.text, m.lang)
        if key:
            nodes[(_TYPE_FAMILY.get(m.label, "?"), key)].append(m)
    keys = sorted(nodes)
    uf = _UnionFind(len(keys))
    # the full names of people in each cluster, by root: two clusters whose people's given names
    # differ are never one (brothers, a father and his son, a husband and his wife)
    people: dict[int, set[Node]] = {i: {(fam, key)} for i, (fam, key) in enumerate(keys)
                                    if fam in ("P", "O", "?") and _full_name(key)}
    # the places the organisation names of each cluster say they are of, by root: the bodies of
    # two countries ("Ministry of Defence of Myanmar", "… of Sri Lanka") are never one
    placed: dict[int, frozenset[str]] = _org_places(keys, nodes, translate) if translate is not None else {}

    def join(a: int, b: int, reason) -> None:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return
        clash = _people_clash(people.get(ra, ()), people.get(rb, ()))
        why = "are different people (their given names differ)"
        if clash is None and placed.get(ra) and placed.get(rb) and not placed[ra] & placed[rb]:
            clash, why = ((sorted(placed[ra]),), (sorted(placed[rb]),)), "are bodies of different places"
        if clash is not None:
            if trace is not None:
                trace.append((keys[a], keys[b], f"refused ({reason() if callable(reason) else reason}): "
                                                f"{' '.join(map(str, clash[0]))!r} and "
                                                f"{' '.join(map(str, clash[1]))!r} {why}"))
            return
        uf.union(a, b)
        root = uf.find(a)
        merged = people.pop(ra, set()) | people.pop(rb, set())
        if merged:
            people[root] = merged
        where = placed.pop(ra, frozenset()) | placed.pop(rb, frozenset())
        if where:
            placed[root] = where
        if trace is not None:
            trace.append((keys[a], keys[b], reason() if callable(reason) else reason))
    slavic = [any(is_slavic(m.lang) for m in nodes[k]) for k in keys]
    # loose keys: same family, same loose key; a gender clash only between non-Slavic forms
    by_loose: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for i, (fam, key) in enumerate(keys):
        by_loose[(fam, tuple(loose_token(k) for k in key))].append(i)
    for group in by_loose.values():
        for a in group:
            for b in group:
                if a < b and (slavic[a] or slavic[b] or keys[a][1] == keys[b][1]):
                    join(a, b, lambda: f"same loose key {' '.join(loose_token(k) for k in keys[a][1])!r} "
                                       f"(declension: case and gender endings, final vowels cut)")
    _join_readings(keys, nodes, by_loose, slavic, join)
    # fuzzy within blocks: same family and token count; people also share their given
    # names (which fuzziness may not bridge anyway) and the surname's first letters
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, (fam, key) in enumerate(keys):
        if fam == "P" and len(key) >= 2:
            blocks[(fam, len(key), tuple(loose_token(k) for k in key[:-1]), key[-1][:2])].append(i)
        else:
            blocks[(fam, len(key), " ".join(key)[:3])].append(i)
    for block, group in blocks.items():
        if len(group) < 2:
            continue
        person = len(block) == 4  # compare surnames only: the given names are the block's
        texts = [keys[i][1][-1] if person else " ".join(keys[i][1]) for i in group]
        shortest = _FUZZY_MIN_LEN - 1 if person else _FUZZY_MIN_LEN
        for ai, a in enumerate(group):
            if len(texts[ai]) < shortest:
                continue
            rest = texts[ai + 1:]
            for _, ratio, bi in process.extract(texts[ai], rest, scorer=fuzz.ratio, limit=None,
                                                score_cutoff=_FUZZY_MIN):
                b = group[ai + 1 + bi]
                if len(rest[bi]) < shortest:
                    continue
                la = [loose_token(k) for k in keys[a][1]]
                lb = [loose_token(k) for k in keys[b][1]]
                if la == lb and not (slavic[a] or slavic[b]):
                    continue  # Nazarbayeva vs Nazarbayev, both non-Slavic: a gender difference
                if not person and len(keys[a][1]) >= 2 and any(
                        fuzz.ratio(x, y) < _FUZZY_WORD_MIN for x, y in zip(keys[a][1], keys[b][1])):
                    continue  # "Единое национальное движение" / "Единство — Национальное движение": one word differs
                join(a, b, lambda: f"fuzzy: RapidFuzz ratio {ratio:.0f} >= {_FUZZY_MIN:.0f} between "
                                   f"{'surnames' if person else 'keys'} {texts[ai]!r} and {rest[bi]!r}"
                                   + (" (same given names)" if person else ""))
    # people whose given names agree and whose surnames share their consonants: the vowels
    # and j/y/i of transliterations differ (Вікрамасінгхе / Wickremesinghe, Раджапакса /
    # Rajapaksa@pl), the consonant frame of the name does not
    frames: dict[tuple, list[int]] = defaultdict(list)
    for i, (fam, key) in enumerate(keys):
        if fam == "P" and len(key) >= 2:
            frame = _consonant_frame(key[-1])
            if len(frame) >= _FRAME_MIN:
                frames[(len(key), frame)].append(i)
    for (_, frame), group in sorted(frames.items()):
        for x, a in enumerate(group):  # given names agree as spellings of one name (Шон / Sean)
            for b in group[x + 1:]:
                if same_given(keys[a][1][:-1], keys[b][1][:-1]):
                    join(a, b, f"transliteration: same given names, surnames share the consonant frame "
                               f"{frame!r} (vowels and j/zh/sh left out)")
    # one person written in two languages: the transliterations of a name differ by more than its
    # vowels (Мин Аун Хлайн / Min Aung Hlaing, Kamtschybek Taschijew / Kamchybek Tashiev, Сергей /
    # Sergueï / Siergiej Surovikin); only between forms of different languages, each token opening
    # with the same letter
    _join_across_languages(keys, nodes, join)
    _join_surnames_by_frame(keys, nodes, join)
    if correspondences:
        _join_corresponding_surnames(keys, nodes, join, correspondences)
    if translate is not None:
        _join_translated(keys, nodes, join, translate)
    if core is not None:
        _join_named_organisations(keys, nodes, join, core)
    if meaning is not None:
        _join_by_meaning(keys, nodes, join, uf, *meaning)
    # a single surname joins the one multi-token person cluster that ends with it
    # (the same form first: "Syzdykova" joins "Aigerim Syzdykova", not "Marat Syzdykov")
    by_surname: dict[str, set[int]] = defaultdict(set)
    by_loose_surname: dict[str, set[int]] = defaultdict(set)
    for j, (fam, key) in enumerate(keys):
        if fam == "P" and len(key) >= 2:
            by_surname[key[-1]].add(j)
            by_loose_surname[loose_token(key[-1])].add(j)
    for i, (fam, key) in enumerate(keys):
        if len(key) != 1 or not (fam == "P" or (fam == "O" and _bare_word(nodes[keys[i]]))):
            continue
        owners = {uf.find(j) for j in by_surname.get(key[0], ())}
        if not owners and slavic[i]:
            owners = {uf.find(j) for j in by_loose_surname.get(loose_token(key[0]), ())}
        if not owners:  # the surname under another reading ("Rajapaksa"@de with an English j)
            for alt in sorted({a[0] for m in nodes[keys[i]] for a in key_alternatives(m.text, m.lang)}):
                owners |= {uf.find(j) for j in by_surname.get(alt, ())}
        if len(owners) == 1:
            owner = owners.pop()
            join(i, owner, lambda: f"surname: {key[0]!r} ends the one full name of the corpus "
                                   f"{' '.join(keys[owner][1])!r}")
    # a shorter name of two or more words that ends the one longer person name of the
    # corpus ("Suu Kyi" / "Aung San Suu Kyi"): the same person
    by_tail: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for j, (fam, key) in enumerate(keys):
        if fam == "P" and len(key) >= 3:
            for n in range(2, len(key)):
                by_tail[tuple(loose_token(k) for k in key[-n:])].add(j)
    for i, (fam, key) in enumerate(keys):
        if fam != "P" or len(key) < 2:
            continue
        owners = {uf.find(j) for j in by_tail.get(tuple(loose_token(k) for k in key), ())}
        if len(owners) == 1 and uf.find(i) not in owners:
            owner = owners.pop()
            join(i, owner, lambda: f"short name: {' '.join(key)!r} ends the one longer name of the "
                                   f"corpus {' '.join(keys[owner][1])!r}")
    # a bare word read as a person ("jefe de Wagner") that ends no person's name of the corpus, and
    # the organisation of the corpus named by that word ("grupo Wagner", "Wagner"): the organisation
    named: dict[str, set[int]] = defaultdict(set)
    for j, (fam, key) in enumerate(keys):
        if fam == "O" and len(key) == 1:
            named[loose_token(key[0])].add(j)
    for i, (fam, key) in enumerate(keys):
        if fam == "P" and len(key) == 1 and not by_loose_surname.get(loose_token(key[0])) and \
                not by_surname.get(key[0]):
            owners = {uf.find(j) for j in named.get(loose_token(key[0]), ())}
            if len(owners) == 1:
                owner = owners.pop()
                join(i, owner, lambda: f"organisation: the bare word {key[0]!r} ends no person's name of the "
                                       f"corpus and names the organisation {' '.join(keys[owner][1])!r}")
    # a bare word labelled ORG for want of evidence and a place of the same key: the place
    # (prepositions gave it its type: "in Mandalay" / "Mandalay")
    places: dict[str, set[int]] = defaultdict(set)
    for j, (fam, key) in enumerate(keys):
        if fam == "L" and len(key) == 1:
            places[loose_token(key[0])].add(j)
    for i, (fam, key) in enumerate(keys):
        if fam == "O" and len(key) == 1 and _bare_word(nodes[keys[i]]):
            owners = {uf.find(j) for j in places.get(loose_token(key[0]), ())}
            if len(owners) == 1:
                owner = owners.pop()
                join(i, owner, lambda: f"place: the bare word {key[0]!r} is the place "
                                       f"{' '.join(keys[owner][1])!r} elsewhere in the corpus")
    # places GeoNames names as one city, in any language and script ("Rangun"@pl / "Rangoun"@fr /
    # "Yangon" / "Янгоні"@uk; "Нейпьидо" / "Naipyidó"): the bigger city where a name is shared
    regions = _region_keys(keys, nodes, region) if region is not None else {}
    cities: dict[int, City] = {}
    by_city: dict[int, list[int]] = defaultdict(list)
    for i, (fam, key) in enumerate(keys):
        if fam == "L" and i not in regions:  # a region is never its city ("Воронежской области")
            found = city(key)
            if found is None:  # under another reading ("Tiflis"@de is no genitive: Tbilisi)
                for alt in sorted({a for m in nodes[keys[i]] for a in key_alternatives(m.text, m.lang)}):
                    found = city(alt)
                    if found is not None:
                        break
            if found is not None:
                cities[i] = found
                by_city[found.geonameid].append(i)
    for group in by_city.values():
        for b in group[1:]:
            join(group[0], b, lambda: f"city: GeoNames lists {' '.join(keys[group[0]][1])!r} and "
                                      f"{' '.join(keys[b][1])!r} as names of {cities[b].name} "
                                      f"(geonameid {cities[b].geonameid})")
    _join_regions(keys, regions, join)
    # a place named by the first word of its name ("Майдан" / "Майдан Незалежності"): the one longer
    # place name of the corpus that opens with it (not a region: "Rostov" is no "Rostov Oblast"; not a
    # city GeoNames names, nor a bare word already joined to a person, as a surname)
    by_first: dict[str, set[int]] = defaultdict(set)
    for j, (fam, key) in enumerate(keys):
        if fam == "L" and len(key) >= 2 and j not in regions:
            by_first[loose_token(key[0])].add(j)
    families: dict[int, set[str]] = defaultdict(set)  # a cluster's type families so far
    for j, (fam, _) in enumerate(keys):
        families[uf.find(j)].add(fam)
    for i, (fam, key) in enumerate(keys):
        if len(key) != 1 or i in cities or not families[uf.find(i)] <= {"L", "O"} or \
                not (fam == "L" or (fam == "O" and _bare_word(nodes[keys[i]]))):
            continue
        owners = {uf.find(j) for j in by_first.get(loose_token(key[0]), ())}
        if len(owners) == 1:
            owner = owners.pop()
            join(i, owner, lambda: f"place: {key[0]!r} opens the one longer place name of the corpus "
                                   f"{' '.join(keys[owner][1])!r}")
    _join_places_across_languages(keys, nodes, join)
    moved = _join_links(keys, links or {}, join, uf, trace, placed)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(keys)):
        members[uf.find(i)].append(i)
    # a short reference belongs to the full name its own document gives, whatever its key's cluster
    placed: dict[int, list[Mention]] = defaultdict(list)
    for i, k in enumerate(keys):
        for m in nodes[k]:
            placed[uf.find(moved.get(m, i))].append(m)
    out: dict[Mention, Alignment] = {}
    for root, idxs in members.items():
        cluster = placed[root]
        if not cluster:
            continue
        named = sorted({cities[i] for i in idxs if i in cities}, key=lambda c: (-c.population, c.geonameid))
        present = {(_TYPE_FAMILY.get(m.label, "?"), key_tuple(m.text, m.lang)) for m in cluster}
        entity = _new_entity(cluster, sorted(present), named[0].name if named else None)
        rule = "new-entity" if len(present) == 1 else "new-entity-cluster"
        for m in cluster:
            out[m] = Alignment(entity, rule, 0.5, " ".join(key_tuple(m.text, m.lang)))
    return out


def _city_in_name(tok: str, lang: str | None, adjective_endings: tuple[str, ...] = (),
                  stem_endings: tuple[str, ...] = ()) -> City | None:
    """The GeoNames city a capitalised word inside an organisation's name names ("Tbilisi",
    "Tiflis"@de, "Тбилисский"@ru: its adjective, cut at one of ``adjective_endings`` and read
    with each of ``stem_endings``, ``names-city-adjective-ending`` / ``names-city-stem-ending``),
    or ``None``."""
    found = city((token_key(tok, lang),))
    if found is None:
        for alt in key_alternatives(tok, lang):
            found = city(alt)
            if found is not None:
                return found
    if found is not None:
        return found
    lemma = lemma_of(tok, lang).casefold() if adjective_endings else ""
    for ending in adjective_endings:
        if lemma.endswith(ending) and len(lemma) - len(ending) >= 4:
            stem = lemma[:-len(ending)]
            for end in ("",) + stem_endings:
                found = city_named((token_key(stem + end, lang),))
                if found is not None:
                    return found
    return None


def _full_name(key: tuple[str, ...]) -> bool:
    """A person's key that has a given name and a surname, not initials ("В. Путин")."""
    return len(key) >= 2 and all(len(k) > 1 for k in key[:-1])


def _given_differ(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of people whose first given names are different names: not one spelling,
    case or transliteration of the other (RapidFuzz ratio below the cross-language bar), not one
    the given-name data ties, and not a name of the other's words (a title or a surname written
    first: "Daw Aung San Suu Kyi", "Путин Владимир")."""
    x, y = a[0], b[0]
    if loose_token(x) == loose_token(y) or given_classes(x) & given_classes(y):
        return False
    if loose_token(x) in {loose_token(t) for t in b} or loose_token(y) in {loose_token(t) for t in a}:
        return False
    known = given_classes(x) != frozenset((loose_token(x),)) and given_classes(y) != frozenset((loose_token(y),))
    return known or fuzz.ratio(x, y) < _ACROSS_GIVEN_MIN


def _people_clash(a: Iterable[Node], b: Iterable[Node]) -> tuple | None:
    """Two full names, one of each cluster, whose given names differ (:func:`_given_differ`), or
    ``None``.  A name of several words the extraction read as an organisation ("партии Бидзина
    Иванишвили": the founder read as his party's name) counts against a person's name of the
    same surname."""
    for fx, x in sorted(a):
        for fy, y in sorted(b):
            if "P" not in (fx, fy) or (fx != fy and loose_token(x[-1]) != loose_token(y[-1])):
                continue
            if _given_differ(x, y):
                return x, y
    return None


def _org_places(keys: list[Node], nodes: dict[Node, list[Mention]], translate) -> dict[int, frozenset[str]]:
    """node -> the places an organisation's name says it is of (:meth:`Aligner.translated_org`),
    for the organisation nodes that name some."""
    out: dict[int, frozenset[str]] = {}
    for i, (fam, key) in enumerate(keys):
        if fam != "O" or len(key) < 2:
            continue
        m = min(nodes[keys[i]], key=lambda m: (m.doc, m.start, m.text))
        read = translate(m.text, m.lang)
        if read is not None and read[1]:
            out[i] = read[1]
    return out


def _join_links(keys: list[Node], links: dict[Mention, Node], join, uf, trace: Trace | None,
                placed: dict[int, frozenset[str]] | None = None) -> dict[Mention, int]:
    """Join each linked mention's node (a short reference, an acronym) to the node its document
    names in full, when every document's link of that node leads to people of one name; else the
    mentions alone go to their document's owner (a bare "Rajapaksa" of one article on one brother
    and of another on the other joins neither brother to the other).  Returns mention -> owner node."""
    position = {k: i for i, k in enumerate(keys)}
    moved: dict[Mention, int] = {}
    owners: dict[int, list[tuple[Mention, int]]] = defaultdict(list)
    for m, owner in sorted(links.items(), key=lambda p: (p[0].doc, p[0].start, p[0].text)):
        node = (_TYPE_FAMILY.get(m.label, "?"), key_tuple(m.text, m.lang))
        if node in position and owner in position:
            moved[m] = position[owner]
            owners[position[node]].append((m, position[owner]))
    for i, group in sorted(owners.items()):
        roots = sorted({uf.find(o) for _, o in group})
        where = placed or {}
        if len(roots) > 1 and any(_people_clash(*_people_of(keys, uf, r, s)) or
                                  (where.get(r) and where.get(s) and not where[r] & where[s])
                                  for r in roots for s in roots if r < s):
            if trace is not None:
                trace.append((keys[i], keys[group[0][1]], "short references of one key in documents naming "
                                                          "different people or bodies of different places: "
                                                          "each joins its own document's"))
            continue
        for m, o in group:
            join(i, o, lambda: f"{'acronym' if m.text.isupper() else 'short reference'}: document {m.doc} "
                               f"names {' '.join(keys[o][1])!r} in full")
    return moved


def _people_of(keys: list[Node], uf, a: int, b: int) -> tuple[list[Node], list[Node]]:
    """The full names of people in the clusters of roots ``a`` and ``b``."""
    def of(root: int) -> list[Node]:
        return [(fam, key) for i, (fam, key) in enumerate(keys)
                if fam in ("P", "O", "?") and _full_name(key) and uf.find(i) == root]
    return of(a), of(b)




def _join_readings(keys: list[Node], nodes: dict[Node, list[Mention]],
                   by_loose: dict[tuple[str, tuple[str, ...]], list[int]], slavic: list[bool], join) -> None:
    """Join a node to the nodes of its family whose loose key one of its names gives under
    another reading (:func:`kzgraph.names.keys.key_alternatives`): "Rajapaksa"@de read with an
    English j, "Jodorkovski"@es with j for х, Пётр read Петр, Polish "Kobachidze" read as a nominative.  As for
    loose keys, a gender ending may only differ where one side is Slavic."""
    for i, (fam, key) in enumerate(keys):
        alts = sorted({alt for text, lang in sorted({(m.text, m.lang or "") for m in nodes[keys[i]]})
                       for alt in key_alternatives(text, lang or None)})
        for alt in alts:
            loose = tuple(loose_token(k) for k in alt)
            for j in by_loose.get((fam, loose), ()):
                if j != i and (slavic[i] or slavic[j] or alt == keys[j][1]):
                    join(i, j, lambda: f"another reading: {' '.join(key)!r} reads {' '.join(alt)!r} "
                                       f"(names-other-reading, or an ending read as a nominative), "
                                       f"loose key {' '.join(loose)!r}")


_ACROSS_MIN = 88.0  # RapidFuzz ratio of two whole person keys of two languages
_ACROSS_GIVEN_MIN = 65.0  # ratio of the given names when the surnames agree
_ACROSS_SURNAME_MIN = 70.0  # ratio of two surnames with one consonant frame when the given names agree


_ACROSS_LONG = 4  # names of this many tokens may differ in one token across languages
_TOKEN_MIN = 75.0  # RapidFuzz ratio of two tokens that agree
_SYLLABLE = 3  # the one token that may disagree: a short syllable ("Kyi" / "Чжи"), not a name


def _tokens_agree(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many tokens of two keys of as many tokens agree, in order: the same loose token, or
    close spellings ("aung" / "aun"); a long name's syllables written in two scripts agree
    but for one ("Aung San Suu Kyi" / "Аун Сан Су Чжи")."""
    return sum(1 for x, y in zip(a, b, strict=True) if _token_agrees(x, y))


def _token_agrees(x: str, y: str) -> bool:
    return loose_token(x) == loose_token(y) or (min(len(x), len(y)) >= 3 and fuzz.ratio(x, y) >= _TOKEN_MIN)


def _join_across_languages(keys: list[Node], nodes: dict[Node, list[Mention]], join) -> None:
    """Join person nodes of two or more tokens written in different languages when their keys
    are close: the whole key (ratio >= 88) or the same surname with close given names (>= 65);
    every token of one opens with the letter of the other's."""
    people = [i for i, (fam, key) in enumerate(keys) if fam == "P" and len(key) >= 2]
    # a language and a script: a Cyrillic form quoted in an English text is no English spelling
    langs = {i: frozenset((m.lang, has_cyrillic(m.text)) for m in nodes[keys[i]]) for i in people}
    by_shape: dict[tuple, list[int]] = defaultdict(list)

    for i in people:
        key = keys[i][1]
        if len(key) >= _ACROSS_LONG:  # long names: the first letters of the first two names
            by_shape[(len(key), "".join(k[:1] for k in key[:2]))].append(i)
        elif len(key) == 3:  # the last name's first letter may be written apart ("Zaw": s / c / z)
            by_shape[(len(key), "".join(k[:1] for k in key[:2]))].append(i)
            if _known_given(key[0]):  # "Крістін" / "Christine": the given name's set
                by_shape[(len(key), "given", key[1][:1])].append(i)
        else:
            by_shape[(len(key), "".join(k[:1] for k in key))].append(i)
            if len(key) == 2 and _known_given(key[0]):  # "Шон" / "Sean": the given name's set, and
                by_shape[(len(key), "given", _consonant_frame(key[-1])[:1])].append(i)  # "Ештон"/"Ashton"
    for group in by_shape.values():
        for x, a in enumerate(group):
            ka = keys[a][1]
            for b in group[x + 1:]:
                kb = keys[b][1]
                if langs[a] & langs[b]:
                    continue
                whole = fuzz.ratio(" ".join(ka), " ".join(kb))
                if min(len(" ".join(ka)), len(" ".join(kb))) >= _FUZZY_MIN_LEN + 1 and whole >= _ACROSS_MIN:
                    join(a, b, lambda: f"two languages: RapidFuzz ratio {whole:.0f} >= {_ACROSS_MIN:.0f} "
                                       f"between {' '.join(ka)!r} and {' '.join(kb)!r}, tokens opening alike")
                    continue
                if len(ka) >= _ACROSS_LONG and _tokens_agree(ka, kb) >= len(ka) - 1 and \
                        all(max(len(x), len(y)) <= _SYLLABLE for x, y in zip(ka, kb, strict=True)
                            if not _token_agrees(x, y)):
                    join(a, b, lambda: f"two languages: {len(ka) - 1} of the {len(ka)} names of "
                                       f"{' '.join(ka)!r} and {' '.join(kb)!r} agree, in order")
                    continue
                if same_given(ka[:-1], kb[:-1]) and len(_consonant_frame(ka[-1])) >= 2 and \
                        _consonant_frame(ka[-1]) == _consonant_frame(kb[-1]) and \
                        fuzz.ratio(ka[-1], kb[-1]) >= _ACROSS_SURNAME_MIN:
                    join(a, b, lambda: f"two languages: the same given names, surnames {ka[-1]!r} / {kb[-1]!r} "
                                       f"with one consonant frame and close (Ештон / Ashton)")
                    continue
                # the longer spelling counts: a Slavic key has lost the final vowel (Санду / Sandu)
                if loose_token(ka[-1]) == loose_token(kb[-1]) and \
                        max(len(ka[-1]), len(kb[-1])) >= _FUZZY_MIN_LEN - 1:
                    given = 100.0 if same_given(ka[:-1], kb[:-1]) else fuzz.ratio(" ".join(ka[:-1]), " ".join(kb[:-1]))
                    if given >= _ACROSS_GIVEN_MIN:
                        join(a, b, lambda: f"two languages: one surname {ka[-1]!r}, given names "
                                           f"{' '.join(ka[:-1])!r} / {' '.join(kb[:-1])!r} close "
                                           f"(ratio {given:.0f} >= {_ACROSS_GIVEN_MIN:.0f})")


def _rewrite(key: str, table: tuple[tuple[str, str], ...]) -> str:
    """``key`` with the rewrites of ``table`` done left to right, the longest first at each letter."""
    out, i = [], 0
    pairs = sorted(table, key=lambda p: -len(p[0]))
    while i < len(key):
        for a, b in pairs:
            if key.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            out.append(key[i])
            i += 1
    return "".join(out)


def _join_corresponding_surnames(keys: list[Node], nodes: dict[Node, list[Mention]], join, tables) -> None:
    """Join two people's full names of different languages whose given names are one name and
    whose surnames' loose keys agree under a regular correspondence of two East Slavic forms
    (``names-key-correspondence``: Belarusian "Tsikhanouskaya" / "Cichanouska" key "ciganusk"
    read "tiganovsk", the key of Russian "Тихановская")."""
    people = [i for i, (fam, key) in enumerate(keys) if fam == "P" and _full_name(key)]
    langs = {i: frozenset((m.lang, has_cyrillic(m.text)) for m in nodes[keys[i]]) for i in people}
    by_surname: dict[str, list[int]] = defaultdict(list)
    for i in people:
        by_surname[loose_token(keys[i][1][-1])].append(i)
    for table in tables:
        for a in people:
            surname = loose_token(keys[a][1][-1])
            read = _rewrite(surname, table)
            if read == surname or len(read) < _FUZZY_MIN_LEN:
                continue
            for b in by_surname.get(read, ()):
                ka, kb = keys[a][1], keys[b][1]
                if langs[a] & langs[b] or not same_given(ka[:-1], kb[:-1]):
                    continue
                join(a, b, lambda: f"East Slavic forms: surname {ka[-1]!r} read {read!r} "
                                   f"({' '.join(f'{x}={y}' for x, y in table)}) is {kb[-1]!r}, "
                                   f"the same given names")


_LONG_FRAME = 6  # consonants of a surname alone whose frame may join two languages' spellings


def _join_surnames_by_frame(keys: list[Node], nodes: dict[Node, list[Mention]], join) -> None:
    """Join one-word person names of different languages that share a long consonant frame and
    are close: transliterations that differ only in vowels and j/zh/sh (Викрамасингхе /
    Wickremesinghe), with no given name to block them."""
    frames: dict[str, list[int]] = defaultdict(list)
    for i, (fam, key) in enumerate(keys):
        if fam == "P" and len(key) == 1:
            frame = _consonant_frame(key[0])
            if len(frame) >= _LONG_FRAME:
                frames[frame].append(i)
    for frame, group in sorted(frames.items()):
        langs = {i: frozenset((m.lang, has_cyrillic(m.text)) for m in nodes[keys[i]]) for i in group}
        for x, a in enumerate(group):
            for b in group[x + 1:]:
                ka, kb = keys[a][1][0], keys[b][1][0]
                if not langs[a] & langs[b] and fuzz.ratio(ka, kb) >= _ACROSS_SURNAME_MIN:
                    join(a, b, lambda: f"two languages: surnames {ka!r} / {kb!r} share the consonant frame "
                                       f"{frame!r} and are close (vowels and j/zh/sh left out)")


def _known_given(key: str) -> bool:
    """A token key the given-name data spells (``names-given-equivalent``)."""
    return given_classes(key) != frozenset((loose_token(key),))




def _region_keys(keys: list[Node], nodes: dict[Node, list[Mention]], region) -> dict[int, str]:
    """The place nodes that name a region by its kind and one place word, with the region's key."""
    out: dict[int, str] = {}
    for i, (fam, key) in enumerate(keys):
        if fam != "L" or len(key) < 2:
            continue
        m = min(nodes[keys[i]], key=lambda m: (m.doc, m.start, m.text))
        found = region(m.text, m.lang)
        if found:
            out[i] = found
    return out


def _join_regions(keys: list[Node], regions: dict[int, str], join) -> None:
    """Join place nodes naming one region by its kind and its place word in two languages or
    word orders ("Ростовской области" / "Gebiet Rostow" / "Ростов облысына"); the region is
    never its capital city (a node of one word)."""
    by_region: dict[str, list[int]] = defaultdict(list)
    for i, found in sorted(regions.items()):
        by_region[found].append(i)
    for found, group in sorted(by_region.items()):
        for b in group[1:]:
            join(group[0], b, f"region: {' '.join(keys[group[0]][1])!r} and {' '.join(keys[b][1])!r} name "
                              f"the region of {found!r} by its kind")


_PLACE_ACROSS_MIN = 88.0  # RapidFuzz ratio of two place keys of several words in two languages


def _join_places_across_languages(keys: list[Node], nodes: dict[Node, list[Mention]], join) -> None:
    """Join place nodes of two or more words written in different languages whose keys are
    close, word by word opening alike ("Ала-Тоо" / "Ala-Too", "Кой-Таш" / "Koi-Tash": the
    transliterations of a short syllable differ by a letter)."""
    places = [i for i, (fam, key) in enumerate(keys) if fam == "L" and len(key) >= 2]
    langs = {i: frozenset((m.lang, has_cyrillic(m.text)) for m in nodes[keys[i]]) for i in places}
    by_shape: dict[tuple, list[int]] = defaultdict(list)
    for i in places:
        key = keys[i][1]
        by_shape[(len(key), "".join(k[:1] for k in key))].append(i)
    for group in by_shape.values():
        for x, a in enumerate(group):
            ka = " ".join(keys[a][1])
            for b in group[x + 1:]:
                kb = " ".join(keys[b][1])
                if langs[a] & langs[b] or min(len(ka), len(kb)) < 5:
                    continue
                ratio = fuzz.ratio(ka, kb)
                if ratio >= _PLACE_ACROSS_MIN:
                    join(a, b, lambda: f"two languages: place keys {ka!r} and {kb!r}, words opening "
                                       f"alike, RapidFuzz ratio {ratio:.0f} >= {_PLACE_ACROSS_MIN:.0f}")


_KNOWN_INSIDE = 4  # words of a known place or body inside an organisation's name
_SHORT_NAME_EXTRA = 2  # words a longer name of one organisation may add to its short name


def _join_translated(keys: list[Node], nodes: dict[Node, list[Mention]], join, translate) -> None:
    """Join organisation names that say the same organisation words of the same places in
    two languages ("Державного комітету національної безпеки" / "State Committee for
    National Security"); a name without its place joins the one name of the corpus that
    has the same words and a place."""
    read: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
    for i, (fam, key) in enumerate(keys):
        if fam != "O":  # one word may say two ("Генштаба": General Staff); translate wants two
            continue
        m = min(nodes[keys[i]], key=lambda m: (m.doc, m.start, m.text))
        got = translate(m.text, m.lang)
        if got is not None:
            read[i] = got
    by_words: dict[frozenset[str], dict[frozenset[str], list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, (words, places) in sorted(read.items()):
        by_words[words][places].append(i)
    for words, by_place in sorted(by_words.items(), key=lambda p: sorted(p[0])):
        for places, group in sorted(by_place.items(), key=lambda p: sorted(p[0])):
            for b in group[1:]:
                join(group[0], b, f"translation: the same organisation words {sorted(words)}"
                                  + (f" of {sorted(places)}" if places else ""))
        placed = [g for p, g in by_place.items() if p]
        if frozenset() in by_place and len(placed) == 1:
            join(by_place[frozenset()][0], placed[0][0],
                 f"translation: the organisation words {sorted(words)} without a place, and the one "
                 f"name of the corpus with them and a place")
    # a short name whose words are all in the one longer name of the corpus that has at most
    # _SHORT_NAME_EXTRA more ("Генштаба" / "Генеральному штабу Вооруженных сил": General Staff
    # of the Armed Forces), of no other place
    fragments = _dash_fragments(keys, nodes)
    for words, by_place in sorted(by_words.items(), key=lambda p: sorted(p[0])):
        if len(words) < 2:
            continue
        longer = [w for w in by_words if words < w and len(w - words) <= _SHORT_NAME_EXTRA]
        if len(longer) != 1:
            continue
        for places, group in sorted(by_place.items(), key=lambda p: sorted(p[0])):
            if all(g in fragments for g in group):  # the tail of a dashed name, no short name
                continue
            owners = [g[0] for p, g in by_words[longer[0]].items() if places <= p]
            if len(owners) == 1:
                join(group[0], owners[0], f"translation: the organisation words {sorted(words)} are all in the "
                                          f"one longer name of the corpus, {sorted(longer[0])}")


_DASH_GAP = 3  # " – " between the two names of an alliance ("Unity – National Movement")


def _dash_fragments(keys: list[Node], nodes: dict[Node, list[Mention]]) -> set[int]:
    """Organisation nodes every mention of which follows another organisation's mention of its
    document by a spaced dash's width: the tail of a dashed name extraction read as two ("Unity"
    and "National Movement" of "the Unity – National Movement alliance"), no short name of a
    longer one ("United National Movement", another party)."""
    ends: dict[str, set[int]] = defaultdict(set)
    for ms in nodes.values():
        for m in ms:
            if m.label == "ORG":
                ends[m.doc].add(m.end)
    return {i for i, (fam, _) in enumerate(keys)
            if fam == "O" and nodes[keys[i]]
            and all(m.start - _DASH_GAP in ends[m.doc] for m in nodes[keys[i]])}


def _join_named_organisations(keys: list[Node], nodes: dict[Node, list[Mention]], join, core) -> None:
    """An organisation's name that is a proper name and organisation words ("Grupy Wagnera",
    "groupe Wagner", "ЧВК «Вагнер»") joins the one organisation of the corpus named by that
    proper name alone ("Wagner"), its case forms and spellings agreeing by loose key."""
    bare: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for j, (fam, key) in enumerate(keys):
        if fam == "O":
            bare[tuple(loose_token(k) for k in key)].add(j)
    for i, (fam, key) in enumerate(keys):
        if fam != "O" or len(key) < 2:
            continue
        m = min(nodes[keys[i]], key=lambda m: (m.doc, m.start, m.text))
        name = core(m.text, m.lang)
        if not name or len(name) >= len(key):
            continue
        owners = bare.get(tuple(loose_token(k) for k in name), set()) - {i}
        if owners:  # one loose key: its nodes are one cluster already
            owner = min(owners)
            join(i, owner, lambda: f"organisation words around a name: {' '.join(key)!r} is "
                                   f"{' '.join(keys[owner][1])!r} with its organisation words")


def _join_by_meaning(keys: list[Node], nodes: dict[Node, list[Mention]], join, uf, read, respellings) -> None:
    """Join organisation names of two or more words, in two languages, that the multilingual
    sentence encoder reads alike under blocking (:mod:`kzgraph.align_meaning`): "Единство и
    свобода" / "Unity and Freedom"."""
    idx: list[int] = []
    names: list[MeaningName] = []
    for i, (fam, key) in enumerate(keys):
        if fam != "O" or len(key) < 2:
            continue
        ms = nodes[keys[i]]
        # an acronym is no words the encoder reads ("ЦИК Грузии" came nearest "Грузинська мрія":
        # the place alone agreed); such names are left to keys and translation
        if any(len(t) >= 2 and t.isupper() for m in ms for t in m.text.split()):
            continue
        # one reading per language of the node ("Новая сила", "Nowa Siła" share a key)
        for lang in sorted({m.lang or "" for m in ms}):
            m = min((m for m in ms if (m.lang or "") == lang), key=lambda m: (m.doc, m.start, m.text))
            idx.append(i)
            names.append(read(m.text, m.lang))
    # two rounds: the second sees the first's joins, so a name whose organisation already has a name
    # in the other language is no rival there ("Moldavie forte", once one with "Strong Moldova", no
    # longer stands between "Aube moldave" and "Moldovan Dawn"); the encoder reads each text once
    for _ in range(2):
        links = meaning_links(names, respellings, lambda x, y: uf.find(idx[x]) == uf.find(idx[y]))
        for a, b, sim in _cut_meaning_clashes(links, idx, names, keys, nodes, uf):
            join(idx[a], idx[b], lambda: f"meaning: {names[a].text!r}@{names[a].lang} and {names[b].text!r}@"
                                         f"{names[b].lang} are each other's nearest names in the other "
                                         f"language (sentence-encoder cosine {sim:.2f}), with the same places "
                                         f"{sorted(names[a].places)} and organisation words "
                                         f"{sorted(names[a].org_values)}")


def _cut_meaning_clashes(links: list[tuple[int, int, float]], idx: list[int], names: list[MeaningName],
                         keys: list[Node], nodes: dict[Node, list[Mention]], uf) -> list[tuple[int, int, float]]:
    """The meaning links less those that would make one organisation of two names of one language
    and one document that are not one already ("Молдавский рассвет" and "Сильная Молдова" of one
    Russian article, after "Aube moldave" met the second for want of "Moldavie forte"): each such
    clash is cut where the links between the two are weakest (a minimum cut, cosines as
    capacities, the clusters made before as unbreakable)."""
    if not links:
        return links
    import networkx as nx

    seen: dict[int, set[tuple[str, str]]] = defaultdict(set)  # cluster root -> (language, document)
    for a, i in enumerate(idx):
        lang = names[a].lang
        seen[uf.find(i)] |= {(lang, m.doc) for m in nodes[keys[i]] if (m.lang or "") == lang}
    kept = list(links)
    while True:
        graph = nx.Graph()
        for a, b, sim in kept:
            x, y = uf.find(idx[a]), uf.find(idx[b])
            if x != y:
                cap = graph[x][y]["capacity"] + sim if graph.has_edge(x, y) else sim
                graph.add_edge(x, y, capacity=cap)
        clash = None
        for comp in sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: c[0]):
            for p, x in enumerate(comp):
                for y in comp[p + 1:]:
                    if seen[x] & seen[y]:
                        clash = (x, y)
                        break
                if clash:
                    break
            if clash:
                break
        if clash is None:
            return kept
        _, (side, _) = nx.minimum_cut(graph, clash[0], clash[1])
        side = set(side)
        kept = [(a, b, sim) for a, b, sim in kept
                if (uf.find(idx[a]) in side) == (uf.find(idx[b]) in side)]


_FOLLOWERS_HINT = "followers:"  # extraction's hint on "supporters of X": the span of X


def _followers(aligned: dict[Mention, Alignment]) -> dict[Mention, Alignment]:
    """A group of followers named by whom they follow ("сторонники Садыра Жапарова", "supporters of
    Sadyr Japarov", "Rajapaksa loyalists") is one group per person or party followed, in every
    language: ``x-followers-of-<that entity's id>``; an organisation's members ("Wagner fighters",
    "hommes de Wagner") ``x-members-of-<id>``."""
    spans = {(m.doc, m.start, m.end): a for m, a in aligned.items()}
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in aligned:
        if m.label == "GROUP" and m.hint and m.hint.startswith(_FOLLOWERS_HINT):
            kind, start, end = (m.hint[len(_FOLLOWERS_HINT):].split(":") + ["", "", ""])[:3]
            followed = spans.get((m.doc, int(start), int(end))) if start.isdigit() and end.isdigit() else None
            if followed is not None and kind.isalpha():
                groups[(kind, followed.entity.id)].append(m)
    out: dict[Mention, Alignment] = {}
    for (kind, eid), ms in sorted(groups.items()):
        whom = next(a for a in aligned.values() if a.entity.id == eid).entity
        forms: dict[str, set[str]] = defaultdict(set)
        for m in ms:
            forms[m.lang or ""].add(SPACE.sub(" ", m.text.strip()))
        entity = Entity(id=f"{NEW_ENTITY_PREFIX}{'followers' if kind == 'supporters' else kind}-of-"
                           f"{eid.removeprefix(NEW_ENTITY_PREFIX)}",
                        name=f"{kind} of {whom.name}", type="GROUP",
                        aliases=tuple(sorted({f for fs in forms.values() for f in fs})),
                        names=tuple((lang, tuple(sorted(v))) for lang, v in sorted(forms.items())))
        for m in ms:
            out[m] = Alignment(entity, "followers", 0.7, aligned[m].key)
    return out


_FAMILY_HINT = "family:"  # extraction's hint on "семья Раджапакса": the kind and the span of the surname


def _families(aligned: dict[Mention, Alignment], plurals: Iterable[Mention] = ()) -> dict[Mention, Alignment]:
    """A family named by its surname ("семья Раджапакса", "the Rajapaksa family", "klan Rajapaksów",
    and the surname's plural "the Rajapaksas", ``plurals``) is one group per surname and kind in
    every language: ``x-<surname>-family`` ("x-rajapaksa-brothers"), named after the surname of the
    person of its document whose full name ends with it (the first such), else after the surname
    as written."""
    people: dict[str, list[tuple[int, str, Entity]]] = defaultdict(list)
    for m, a in aligned.items():
        toks = tokens_for_key(m.text)
        if a.entity.type == "PERSON" and len(toks) >= 2:
            people[m.doc].append((m.start, _surname_loose(toks[-1], m.lang), a.entity))
    for ps in people.values():
        ps.sort(key=lambda p: p[0])
    named: list[tuple[Mention, str, str]] = []  # mention, kind, surname as written
    for m in aligned:
        if m.label == "GROUP" and m.hint and m.hint.startswith(_FAMILY_HINT):
            kind, start, end = (m.hint[len(_FAMILY_HINT):].split(":") + ["", "", ""])[:3]
            if kind.isalpha() and start.isdigit() and end.isdigit():
                name = m.text[int(start) - m.start:int(end) - m.start]
                toks = tokens_for_key(name)
                if toks:
                    named.append((m, kind, toks[-1]))
    named.extend((m, "family", m.text.strip()) for m in plurals if m in aligned)
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m, kind, surname in named:
        key = _surname_loose(surname, m.lang)
        owner = next((e for _, k, e in people.get(m.doc, ()) if _same_surname(k, key)), None)
        family = owner.name.split()[-1] if owner is not None and owner.name.split() else \
            nominative_phrase(surname, m.lang) if m.lang else surname
        groups[(kind, family)].append(m)
    out: dict[Mention, Alignment] = {}
    for (kind, family), ms in sorted(groups.items()):
        slug = re.sub(r"[^a-z0-9]+", "-", " ".join(key_tuple(family, "en"))).strip("-") or \
            hashlib.sha1(family.encode()).hexdigest()[:12]
        forms: dict[str, set[str]] = defaultdict(set)
        for m in ms:
            forms[m.lang or ""].add(SPACE.sub(" ", m.text.strip()))
        entity = Entity(id=f"{NEW_ENTITY_PREFIX}{slug}-{kind}", name=f"{family} {kind}", type="GROUP",
                        aliases=tuple(sorted({f for fs in forms.values() for f in fs})),
                        names=tuple((lang, tuple(sorted(v))) for lang, v in sorted(forms.items())))
        for m in ms:
            out[m] = Alignment(entity, "family", 0.7, aligned[m].key)
    return out


def _surname_loose(word: str, lang: str | None) -> str:
    """A surname's loose key, case and plural endings folded ("Rajapaksów", "Раджапаксы")."""
    return loose_token(token_key(word, lang)) if lang else loose_token(token_key(word, None))


def _same_surname(a: str, b: str) -> bool:
    """Two loose surname keys of one family: equal, or one the other plus an ending."""
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


def _instead(name: str, blocked: Alignment) -> Alignment:
    """An entity named ``name`` (English) standing for a mention the extraction ruled out as
    ``blocked``'s entity; its id depends only on the name."""
    slug = re.sub(r"[^a-z0-9]+", "-", " ".join(key_tuple(name, "en"))).strip("-") or \
        hashlib.sha1(name.encode()).hexdigest()[:12]
    entity = Entity(id=f"{NEW_ENTITY_PREFIX}{slug}", name=name, type=blocked.entity.type)
    return Alignment(entity, "generic-elsewhere", 0.7, blocked.key)


def _new_entity(cluster: list[Mention], keys: list[tuple[str, tuple[str, ...]]],
                city_name: str | None = None) -> Entity:
    """An entity for a cluster of unknown names; its id depends only on the keys.  A place
    GeoNames lists (``city_name``) takes GeoNames' English name."""
    # the representative key: most tokens, then most mentions, then alphabetical
    counts = defaultdict(int)
    for m in cluster:
        counts[key_tuple(m.text, m.lang)] += 1
    rep = min((k for _, k in keys), key=lambda k: (-len(k), -counts[k], k))
    slug = re.sub(r"[^a-z0-9]+", "-", " ".join(rep)).strip("-")
    if not slug:
        slug = hashlib.sha1(" ".join(rep).encode()).hexdigest()[:12]
    forms: dict[str, set[str]] = defaultdict(set)
    for m in cluster:
        forms[m.lang].add(m.text.strip())
    kind = _majority_type(cluster)
    name = city_name if city_name and _TYPE_FAMILY.get(kind) == "L" else \
        _display_name(cluster, rep, kind == "PERSON")
    return Entity(id=f"{NEW_ENTITY_PREFIX}{slug}", name=name,
                  type=kind,
                  aliases=tuple(sorted({f for fs in forms.values() for f in fs})),
                  names=tuple((lang, tuple(sorted(v))) for lang, v in sorted(forms.items())))


def _majority_type(cluster: list[Mention]) -> str:
    """The type most of the cluster's mentions have; a person named in full whose other
    mentions are bare words (surnames labelled ORG for want of evidence) is a PERSON."""
    if any(m.label == "PERSON" and len(tokens_for_key(m.text)) >= 2 for m in cluster) and \
            all(m.label == "PERSON" or _bare_word([m]) for m in cluster):
        return "PERSON"
    places = [m.label for m in cluster if _TYPE_FAMILY.get(m.label) == "L"]
    if places and all(_TYPE_FAMILY.get(m.label) == "L" or (m.label == "ORG" and _bare_word([m]))
                      for m in cluster):
        return max(set(places), key=lambda t: (places.count(t), t))  # a bare ORG had no evidence
    counts: dict[str, int] = defaultdict(int)
    for m in cluster:
        counts[m.label] += 1
    return min(counts, key=lambda t: (-counts[t], t))


_NON_SLAVIC_LATIN_PREFERENCE = ("en", "fr", "de", "it", "es", "nl", "pt")


def _display_name(cluster: list[Mention], rep: tuple[str, ...], person: bool = False) -> str:
    """An English-ish Latin name: an English form, else another Latin one, else a transliteration.

    A person's forms are first put in the nominative (:func:`kzgraph.names.nominative`),
    so "Виктора Ющенко" and "Julii Tymoszenko" never name the entity.
    """
    def full(m: Mention) -> bool:
        return len(key_tuple(m.text, m.lang)) == len(rep)

    def form(m: Mention) -> str:
        text = SPACE.sub(" ", re.sub(r"[«»„“”\"]", "", m.text).strip())  # "ЧВК «Вагнер»": the name, not its quotes
        # a person's name, or an organisation's or place's head and adjectives, in the nominative
        if person:
            return nominative(text, m.lang)
        if " " in text and has_case_suffix(text.rsplit(" ", 1)[1], m.lang):
            # "Ұлттық гвардияның": a suffixing language's phrase without its head's case ending
            head = text.rsplit(" ", 1)[1]
            return text[: len(text) - len(head)] + cut_suffixes(head, m.lang, once=True)
        return nominative_phrase(text, m.lang)

    def pick(ms: list[Mention]) -> str:
        counts: dict[str, int] = defaultdict(int)
        for m in ms:
            counts[form(m)] += 1
        return min(counts, key=lambda t: (-counts[t], len(t), t))

    for lang in _NON_SLAVIC_LATIN_PREFERENCE:
        ms = [m for m in cluster if m.lang == lang and full(m) and not has_cyrillic(m.text)]
        if ms:
            return pick(ms)
    if not person:  # an organisation named in full only in Cyrillic, and shorter in English ("Wagner")
        for lang in _NON_SLAVIC_LATIN_PREFERENCE:
            ms = [m for m in cluster if m.lang == lang and not has_cyrillic(m.text) and not m.text.isupper()]
            if ms:
                most = max(len(key_tuple(m.text, m.lang)) for m in ms)
                return pick([m for m in ms if len(key_tuple(m.text, m.lang)) == most])
    cyr = [m for m in cluster if full(m) and has_cyrillic(m.text)]
    if cyr:  # the nominative most forms come to, then the shortest (most often the nominative)
        counts: dict[str, int] = defaultdict(int)
        for m in cyr:
            counts[form(m)] += 1
        return readable_latin(min(counts, key=lambda t: (-counts[t], len(t), t)))
    ms = [m for m in cluster if full(m)] or cluster
    return readable_latin(pick(ms))


display_name = _display_name  # how a name the ontology lacks is written in English (relation literals use it too)
