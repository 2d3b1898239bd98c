"""Entity mentions: the ontology's names in any inflection, and names it does not know.

Two passes over each sentence:

1. **Gazetteer.**  :func:`kzgraph.names.gazetteer` maps sequences of
   token keys (:func:`kzgraph.names.token_key`: case, inflection and script
   folded away) to ontology ids.  The longest key sequence found in the text
   wins, so "Kasyma-Żomarta Tokajewa", "Казахстані" and "білоруських" are
   found through their keys.  A lower-case word matches only a label that is
   itself lower-case (adjectives like "казахстанський", group and concept
   labels), so common words never match a capitalised name by accident.
2. **Unknown names**, tuned for precision: runs of capitalised words (joined by
   the lexicon's name connectors such as "of", "de", "o"), acronyms, and names
   in quotes.  Excluded: sentence-initial words (unless the document also
   writes them capitalised mid-sentence, or a second capitalised word
   follows), role words ("президент", "Minister"), month and weekday names,
   the lexicon's non-name words, words the document also writes in lower
   case, title-case headline lines, and codes like "Il-76".  In languages
   that capitalise every noun (German) a capitalised word is a name only
   when the language's dictionary does not know it, nor the last part of it
   (:func:`kzgraph.names.morph.known_word`): "Rajapaksa", not "Regierung".

Names of parties, movements and blocs are read beside the word for their kind (``party-kind``:
"движение «Новая сила»", "ruch Nowa Siła", "the New Force movement"), whatever the case of
their later words, and their case forms elsewhere in the document join them.

A family, clan or brothers named by a surname ("семья Раджапакса", "the Rajapaksa family",
"Rajapaksa-Clan", ``group-family``) is one GROUP mention and the bare surname in it no person's;
an organisation's members named by a noun of its name ("вагнеровцы", ``group-members-suffix``)
are a GROUP too.

Labels of unknown names are guesses for alignment: PERSON after a role word or
for two to four capitalised words, ORG for acronyms and names with an
organisation head word, GPE for a single word after a place preposition.

Examples
--------
>>> finder = MentionFinder.for_language("en")
>>> text = "On January 7, Tokayev spoke with Nikol Pashinyan in Almaty."
>>> [(text[m.start:m.end], m.label) for m in finder.find(text, [(0, len(text))])]
[('Tokayev', 'PERSON'), ('Nikol Pashinyan', 'PERSON'), ('Almaty', 'GPE')]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from ..names import (gazetteer, has_case_suffix, has_cyrillic, is_slavic, key_tuple, lemma_of, loose_token,
                     nominative, token_key, tokens_for_key)
from ..names.places import city
from ..names.data import read_name_data
from ..names.orgwords import org_words
from ..names.morph import (MORPHOLOGY_LANGS, analyser, common_word, formless_word, function_word,
                           inflected_word, known_word, phrase_word, written_in_dictionary)
from ..ontology import Ontology
from .lexicon import Lexicon, Word, make_words

# contract labels of the gazetteer's groups and concepts
COLLECTIVE_LABELS = frozenset({"GROUP", "CONCEPT"})
FAMILY_HINT = "family:"  # a family's hint: "family:<kind>:<start>:<end>" of the surname it is named by
FOLLOWERS_HINT = "followers:"  # a followers group's hint: "followers:<kind>:<start>:<end>" of the name followed
_QUOTES_OPEN = "\"«„“‘'"
_QUOTES_CLOSE = "\"»“”’'"
# what may stand between two words of one name: spaces, a hyphen, an apostrophe, quotes
_NAME_GAP = re.compile(r"[\s\-‐‑–'’\"«»„“”]*")
# a dash with a space beside it separates ("Saluschnyj – Syrskyj übernimmt"); a hyphen joins ("Ala-Too")
_SPACED_DASH = re.compile(r"\s[-‐‑–—]|[-‐‑–—]\s")
# an elided article or preposition split off the next word ("dell'", "de l'"): part of the name
_ELIDED_GAP = re.compile(r"\s+(?:[^\W\d_]{1,5}\s+)?[^\W\d_]{1,5}['’]")
_SURNAME_KEY_MIN = 4  # letters of a surname's loose key before a run is read as surnames of several people
_FOREIGN_RUN = 3  # words a run of foreign-looking words needs before German reads it as a name
_HYPHENS = ("-", "‐", "‑")  # a hyphen with no space around it joins two words of one name
_SHORT_CODE = 3  # "Il-76", "Su-25": a word this short joined to digits is a model code


@dataclass(frozen=True)
class Found:
    """A mention before it is tied to a document: offsets, label, ontology hint."""

    start: int
    end: int
    label: str
    hint: str | None = None
    source: str = "gazetteer"  # or "nested" (inside a longer gazetteer match), "name",
    # "role-name", "acronym", "quoted"


class MentionFinder:
    """Finds mentions in one language; build it with :meth:`for_language` (cached)."""

    def __init__(self, lang: str, ontology: Ontology, lexicon: Lexicon, *,
                 collective: bool = True):
        self.lang = lang
        self.ontology = ontology
        self.lexicon = lexicon
        self.collective = collective
        self.gazetteer, self.lowercase_keys, self.acronym_keys, self.short_labels = _gazetteer(ontology)
        self.adjective_keys, self.capitalised_demonyms = _adjective_keys(ontology)
        self.gazetteer_names = {k[0] for k in self.gazetteer if len(k) == 1} - self.adjective_keys
        # the language's own one-word nationality adjectives as written ("Kyrgyz"@en), though their
        # key meets a name's in another language ("Киргизия"): a demonym in this language
        # kinds of a country's one body a common noun names with the country ("Parliament")
        self.country_body_kinds = frozenset(f for forms in lexicon.forms("org-country-body").values() for f in forms)
        # acronyms as written, folded: one written as a word is spelt with their letters ("Onu", "Nato")
        self.acronym_words = frozenset(
            label.casefold() for e in ontology.entities.values() for group in (e.pref, e.alt)
            for _, labels in group for label in labels if label.isupper() and " " not in label)
        self.country_body_categories = frozenset(
            f for forms in lexicon.forms("org-country-body-category").values() for f in forms)
        self.adjective_words = frozenset(
            label.casefold() for e in ontology.entities.values() for lg, labels in e.adjectives if lg == lang
            for label in labels if " " not in label.strip()) - frozenset(
            label.casefold() for e in ontology.entities.values() for group in (e.pref, e.alt)
            for lg, labels in group if lg == lang for label in labels)
        self.max_key = max((len(k) for k in self.gazetteer), default=0)
        self._longest_from: dict[str, int] = {}  # first key -> the longest gazetteer key it opens
        for k in self.gazetteer:
            if k and len(k) > self._longest_from.get(k[0], 0):
                self._longest_from[k[0]] = len(k)
        self.roles = lexicon.table("role", lang)
        self.role_titles = lexicon.table("rel-role", lang)  # titles of several words (relations_roles.ttl)
        # their words after the first that the lexicon writes in lower case ("Генштаба" stays a name)
        self.title_lower_words = frozenset(
            word for s in ontology.lexical_sets_of("rel-role") for lg, text in s.forms if lg == lang
            for word in text.split()[1:] if word.islower())
        self.role_modifiers = lexicon.table("role-modifier", lang)
        self.connectors = lexicon.table("name-connector", lang)
        self.conjunctions = lexicon.table("name-conjunction", lang)
        self._label_openings: dict[str, frozenset[str]] = {}
        self.org_heads = lexicon.table("org-head", lang)
        # heads that take case endings (kk "комитетінің", "лиганың"): the ontology writes their stems
        # a language that glues case endings to its words writes an organisation's head last and
        # what follows a head in the genitive is another phrase ("комитетінің арнайы жасағы")
        self.head_final = lang in lexicon.languages("names-case-suffix")
        self.compound_heads = tuple(sorted({f.casefold() for f in lexicon.forms("org-head").get(lang, ())
                                            if " " not in f and not f.endswith("*")})) \
            if lang in org_words(ontology).compounding else ()
        self.org_head_stems = tuple(sorted(f.casefold().rstrip("*") for f in lexicon.forms("org-head").get(lang, ())
                                           if f.endswith("*")))
        # "партия «Новая сила»", "the New Force movement": a kind of political body beside its name
        self.party_kinds = lexicon.table("party-kind", lang)
        self.party_kinds_after = lexicon.table("party-kind-after", lang)
        self.kind_endings = tuple(sorted({f.casefold() for f in lexicon.forms("party-kind").get(lang, ())
                                          if " " not in f and len(f) >= 4}))
        self.party_such_as = lexicon.table("party-kind-such-as", lang)
        # "For Georgia", "Dla Gruzji", "Pour la Géorgie": words opening a party's name before a place
        self.name_openers = lexicon.table("org-name-opener", lang)
        self.name_articles = lexicon.table("org-name-article", lang)
        self.demonyms_lower = lang not in lexicon.languages("capitalises-demonyms")
        self.missions = lexicon.table("org-head-mission", lang)  # "посольство США": a country's mission
        self._national_spans: set[tuple[int, int]] = set()
        self.local_bodies = lexicon.table("org-head-of-place", lang)  # "le tribunal de Tbilissi"
        # "сторонники Садыра Жапарова", "supporters of …", "Rajapaksa loyalists": a group of followers
        self.supporters = lexicon.table("group-supporters", lang)
        self.supporters_of = lexicon.table("group-supporters-of", lang)
        self.members = lexicon.table("group-members", lang)  # "Wagner fighters", "hommes de Wagner"
        # "семья Раджапакса", "klan Rajapaksów", "the Rajapaksa family", "Rajapaksa-Clan": a family
        # named by its surname (word -> kind of group, before and after the name)
        self.family_before = _family_words(ontology, "group-family", lang)
        self.family_after = _family_words(ontology, "group-family-after", lang)
        self.family_of = _family_words(ontology, "group-family-of", lang)  # before a link word only
        self.family_adjectives = frozenset(f.casefold() for f in lexicon.forms("group-family-adjective").get(lang, ()))
        self.possessive_endings = tuple(lexicon.forms("names-possessive-ending").get(lang, ()))  # "'s"
        # the same endings in a text of any language (an English name quoted in a French article)
        self.possessive_any = tuple(sorted({f for forms in lexicon.forms("names-possessive-ending").values()
                                            for f in forms}))
        # "вагнеровцы", "wagnerowcy": an organisation's members named by its name and a suffix
        self.member_suffixes = tuple(f.casefold() for f in lexicon.forms("group-members-suffix").get(lang, ()))
        self._given_keys: frozenset[str] | None = None  # loose keys of the given names, on first use
        self.troop_nouns = lexicon.table("rel-troop-noun", lang)
        # organisation words naming a region ("Oblast", "Region"), as role titles read them
        self.region_values = frozenset().union(*lexicon.forms("role-region-word").values())
        # kinds of region a language writes after the name, as stems ("Ростов облысы"@kk)
        self.region_nouns = tuple(f.casefold().rstrip("*") for f in lexicon.forms("region-noun").get(lang, ()))
        self.org_words = org_words(ontology)
        self.given_names = read_name_data(ontology).given.get(lang, frozenset())
        self.any_given_names = frozenset().union(*read_name_data(ontology).given.values())
        self.places = lexicon.table("place-preposition", lang)
        # "площади Ала-Тоо", "calle Jreshchátyk", "столиці Нейп'їдо": a kind of place before a name
        # (forms as written, not lemmas: "Комендант міста X" is the city's commandant, not the city X)
        self.place_nouns = {form.casefold(): str(ls.value) for ls in ontology.lexical_sets_of("place-noun")
                            for lg, form in ls.forms if lg == lang}
        self._city_spans: set[tuple[int, int]] = set()  # names typed GPE as GeoNames cities only
        self.locatives = frozenset(f.casefold() for f in lexicon.forms("locative-preposition").get(lang, ()))
        # "Жээнбеков" alone: an unknown single word with a surname's ending names a person
        self.surname_endings = tuple(sorted((f.casefold() for f in lexicon.forms("person-surname-ending")
                                             .get(lang, ())), key=len, reverse=True))
        self._doc_surnames: frozenset[str] = frozenset()  # keys of the surnames of the document's people
        self.place_endings = tuple(sorted((f.casefold() for f in lexicon.forms("place-name-ending")
                                           .get(lang, ())), key=len, reverse=True))
        self._doc_places: frozenset[str] = frozenset()  # keys of places split off names ("…Нейпьидодағы")
        # "Кой-Таш ауылында": a place noun right after an unknown name makes it a place (postpositional
        # languages name the kind of place after the name; stems, any ending)
        self.place_nouns_after = tuple(f.casefold().rstrip("*") for f in
                                       lexicon.forms("place-noun-after").get(lang, ()))
        self.months = lexicon.table("month", lang)
        self.month_abbrevs = lexicon.table("month-abbrev", lang)
        not_names = lexicon.forms("not-a-name")
        self.not_names = {f.casefold() for forms in not_names.values() for f in forms}
        # one-letter honorifics of the language ("M. Rajapaksa": Monsieur, no initial)
        self.letter_honorifics = {f.casefold() for f in not_names.get(lang, ()) if len(f) == 1}
        self.not_names |= {f.casefold() for forms in lexicon.forms("number-placeholder").values()
                           for f in forms}
        self.openers = {f.casefold() for f in lexicon.forms("sentence-opener").get(lang, ())} | \
            {f.casefold() for f in lexicon.forms("source-cue").get(lang, ()) if " " not in f.strip()}
        self.query_keywords = {f.casefold() for forms in lexicon.forms("query-keyword").values() for f in forms}
        self.noun_capitalising = lang in lexicon.languages("capitalises-nouns")
        # compounds ending in a role noun ("Geheimdienstchef", "Kremlsprecher") are roles too
        self.role_tails = tuple(sorted({f.casefold() for f in lexicon.forms("role").get(lang, ())
                                        if " " not in f and len(f) >= 4}, key=len, reverse=True)) \
            if self.noun_capitalising else ()
        # ministries and prosecutors' offices named in lower case ("the health ministry", "resort finansów")
        lowercase_heads = lexicon.forms("org-head-lowercase").get(lang, ())
        self.place_conjunctions = lexicon.table("place-conjunction", lang)
        self.case_suffixes = tuple(f.casefold() for f in lexicon.forms("names-case-suffix").get(lang, ()))
        self.lowercase_heads = frozenset(f.casefold() for f in lowercase_heads if not f.endswith("*"))
        self.lowercase_head_stems = tuple(sorted(f.casefold().rstrip("*") for f in lowercase_heads
                                                 if f.endswith("*")))
        # party names built on a country or of ordinary words (issue 14): "Strong Georgia", "Géorgie
        # forte", "Koalition für den Wandel"; direction words make regions ("Northern Georgia")
        self.place_directions = frozenset(f.casefold() for f in lexicon.forms("place-direction").get(lang, ()))
        self.glue_for = lexicon.table("org-name-glue-for", lang)
        self.remit_gap = _remit_gap(lexicon)
        self.adjective_after_place = lang in lexicon.languages("adjective-after-place")
        self.name_infinitives = lexicon.table("org-name-infinitive", lang)
        self.offices = lexicon.table("org-office-of-country", lang)

    @classmethod
    def for_language(cls, lang: str, ontology: Ontology | None = None, *,
                     collective: bool = True) -> "MentionFinder":
        ontology = ontology or Ontology.load()
        return _finder(lang, ontology, collective)

    # -- the two passes ------------------------------------------------------------
    def find(self, text: str, sentences: Sequence[tuple[int, int]],
             words_by_sentence: Sequence[list[Word]] | None = None) -> list[Found]:
        """Mentions in ``text``, sentence by sentence (``(start, end)`` offsets)."""
        if words_by_sentence is None:
            words_by_sentence = [make_words(text[s:e], self.lang, s) for s, e in sentences]
        lower_words = {w.lower for ws in words_by_sentence for w in ws if not w.is_capitalised}
        covered: list[list[Found]] = []
        mid_caps: set[str] = set()
        for words in words_by_sentence:
            hits = self._foreign_bodies(text, words, self._gazetteer_hits(text, words))
            covered.append(hits)
            starts = {h.start for h in hits}
            for i, w in enumerate(words[1:], 1):
                if w.is_capitalised and w.start not in starts and not _starts_sentence(text, words, i):
                    mid_caps.add(token_key(w.text, self.lang))
        out: list[Found] = []
        self._national_spans: set[tuple[int, int]] = set()  # bodies with their nationality after them
        self._doc_surnames = frozenset()
        self._city_spans = set()
        unknown_by_sentence = [self._unknown_names(text, words, hits, mid_caps, lower_words)
                               for words, hits in zip(words_by_sentence, covered)]
        if self._city_spans:
            unknown_by_sentence = self._surnames_not_cities(text, unknown_by_sentence)
        if self.surname_endings:
            # a suffixing language: the surname of a person the document names in full comes back
            # in case forms ("Евгений Пригожин" … "Пригожинге"); read those as that person
            surnames = frozenset(token_key(text[f.start:f.end].split()[-1], self.lang)
                                 for found in unknown_by_sentence for f in found
                                 if f.label == "PERSON" and len(text[f.start:f.end].split()) >= 2)
            places = frozenset(token_key(text[f.start:f.end], self.lang)
                               for found in unknown_by_sentence for f in found
                               if f.label == "GPE" and self._place_ending(text[f.start:f.end]))
            if surnames or places:
                self._doc_surnames, self._doc_places = surnames - places, places
                unknown_by_sentence = [self._unknown_names(text, words, hits, mid_caps, lower_words)
                                       for words, hits in zip(words_by_sentence, covered)]
                self._doc_surnames, self._doc_places = frozenset(), frozenset()
        self._name_tails(text, words_by_sentence, covered, unknown_by_sentence)
        self._full_names_again(text, words_by_sentence, covered, unknown_by_sentence)
        self._headline_names(text, words_by_sentence, covered, unknown_by_sentence)
        self._split_surnames(text, unknown_by_sentence)
        named = [self._kind_names(text, words, hits) for words, hits in zip(words_by_sentence, covered)]
        named = [self._with_place_names(text, words, hits, spans, unknown)
                 for words, hits, spans, unknown in zip(words_by_sentence, covered, named, unknown_by_sentence)]
        named_keys = {self._loose_keys(words[a:b + 1]) for words, spans in zip(words_by_sentence, named)
                      for a, b in spans}
        named_keys |= self._adjective_name_keys(words_by_sentence, covered)
        if named_keys:  # "Представители «Новой силы»": the document's party names in other cases
            named = [spans + self._named_again(text, words, hits, spans, named_keys, unknown)
                     for words, hits, spans, unknown in zip(words_by_sentence, covered, named, unknown_by_sentence)]
        for words, hits, unknown, names in zip(words_by_sentence, covered, unknown_by_sentence, named):
            if names:  # a nationality inside a party's name ("Sueño Georgiano") names no country there
                inside = [(words[a].start, words[b].end) for a, b in names]
                by_start = {w.start: w for w in words}
                hits = [h for h in hits if not (
                    h.hint and h.start in by_start and any(s <= h.start and h.end <= e for s, e in inside
                                                           if (s, e) not in self._national_spans)
                    and self._demonym(by_start[h.start], token_key(by_start[h.start].text, self.lang)))]
            unknown = self._org_phrases(text, words, hits, unknown, names)
            unknown = unknown + self._lowercase_body_hits(text, words, hits, unknown)
            found = self._split_followers(text, words, self._demonym_after_name(text, words, hits, unknown))
            found, families = self._family_groups(text, words, found)
            out.extend(found)
            out.extend(families)
            out.extend(self._followers(text, words, found))
        out = self._names_opening_sentences(text, words_by_sentence, out)
        if self.member_suffixes:
            members, replaced = self._derived_members(text, words_by_sentence, out)
            out = [f for f in out if f not in replaced] + members
        if self.head_final:
            out = self._short_stems_in_case(text, words_by_sentence, out)
        if self.head_final:
            out = self._without_title_openings(words_by_sentence, out)
        out = out + self._conjoined_opening_places(text, words_by_sentence, out, lower_words)
        out = self._datelines(text, words_by_sentence, out)
        out = self._country_bodies(text, words_by_sentence, out)
        out = self._bodies_again(text, words_by_sentence, out)
        out = self._party_names_whole(text, words_by_sentence, out)
        out.sort(key=lambda f: (f.start, -f.end))
        if self.possessive_endings:
            out = self._without_possessive(text, out)
        return out

    def _conjoined_opening_places(self, text: str, words_by_sentence: Sequence[list[Word]], found: list[Found],
                                  lower_words: set[str]) -> list[Found]:
        """An unknown word opening a sentence, joined by a conjunction to a place right after it
        ("Янгон мен Нейпьидоның көшелеріне …", "Mandalay and Yangon saw …"), is a place of that
        kind, though a lone capitalised word opening a sentence is no name otherwise."""
        out: list[Found] = []
        for words in words_by_sentence:
            if len(words) < 3:
                continue
            w = words[0]
            link = self.conjunctions.match(words, 1) or self.place_conjunctions.match(words, 1)
            if link is None or not w.is_capitalised or w.is_acronym or len(w.text) < 3 or \
                    any(f.start < w.end and w.start < f.end for f in found) or \
                    not self._candidate(text, words, 0, lower_words) or not self._place_word(w) or \
                    not self._joined(text, words, 0, 2) or 1 + link[0] >= len(words):
                continue
            nxt = words[1 + link[0]]
            place = next((f for f in found if f.start == nxt.start and f.label in ("GPE", "LOC")), None)
            if place is not None and place.end == nxt.end:
                out.append(Found(w.start, w.end, place.label, None, "name"))
        return out

    def _place_word(self, w: Word) -> bool:
        """A capitalised word that is no common word, or one the morphology knows as a place."""
        if not common_word(w.text, self.lang):
            return True
        return self.lang in MORPHOLOGY_LANGS and any(
            "Geox" in p.tag for p in analyser(self.lang).parse(w.lower)[:3])

    def _short_stems_in_case(self, text: str, words_by_sentence: Sequence[list[Word]],
                             found: list[Found]) -> list[Found]:
        """A name of several words the gazetteer knows whose last word, too short for the keys to cut
        its case suffix, carries one ("Ақ үйді": Ақ үй): that name, in place of the unknown first
        word read alone."""
        suffixes = sorted(self.case_suffixes, key=len, reverse=True)
        if not suffixes:
            return found
        added: list[Found] = []
        for words in words_by_sentence:
            for i, w in enumerate(words):
                if not w.is_capitalised:
                    continue
                for n in (3, 2):
                    last = i + n - 1
                    if last >= len(words) or not self._joined(text, words, i, last + 1) or \
                            any(f.hint and f.start <= words[i].start and words[last].end <= f.end for f in found):
                        continue
                    low = words[last].lower
                    stem = next((low[:-len(x)] for x in suffixes if low.endswith(x) and len(low) - len(x) >= 2), None)
                    if stem is None:
                        continue
                    key = tuple(token_key(v.text, self.lang) for v in words[i:last]) + (token_key(stem, self.lang),)
                    eid = self.gazetteer.get(key)
                    entity = self.ontology.entities.get(eid) if eid else None
                    if entity is not None:
                        added.append(Found(w.start, words[last].end, entity.type, eid))
                        break
        if not added:
            return found
        kept = [f for f in found if not any(a.start < f.end and f.start < a.end and not f.hint for a in added)]
        return kept + [a for a in added if not any(f.start < a.end and a.start < f.end for f in kept)]

    def _without_title_openings(self, words_by_sentence: Sequence[list[Word]], found: list[Found]) -> list[Found]:
        """A language that capitalises only the first word of an official title ("Ішкі істер
        министрінің орынбасары", "Сыртқы істер министрі", "Бас штаб бастығы", "Қорғаныс министрі"):
        the capitalised organisation word opening a role title, read alone as an unknown name, is none."""
        at = {w.start: (words, i) for words in words_by_sentence for i, w in enumerate(words)}
        out: list[Found] = []
        for f in found:
            place = at.get(f.start)
            if place is not None and f.source in ("name", "role-name") and f.hint is None and \
                    f.label in ("ORG", "PERSON", "GPE") and \
                    place[0][place[1]].end == f.end and self._opens_title(*place):
                continue
            out.append(f)
        return out

    def _opens_title(self, words: list[Word], k: int) -> bool:
        """Whether the organisation word ``k`` opens a role title: a title of several words from it,
        or a role word after it and its lower-case organisation words ("Ішкі істер министрінің")."""
        if not self._org_word(words[k]):
            return False
        if self.role_titles.match(words, k):
            return True
        for j in range(k + 1, len(words)):
            if words[j].is_capitalised:
                return False
            if self.roles.match(words, j) or self.role_titles.match(words, j):
                return True  # "Қорғаныс министрі", "Қарулы күштердің бас қолбасшысы"
            if not (self._org_word(words[j]) or self.org_words.glue(words[j].lower, self.lang)):
                return False
        return False
    # -- a dateline's place ----------------------------------------------------------------------
    _DATELINE_MIN = 4  # letters of a dateline's place in capitals ("TBILISI", "KYIV"), not an acronym's

    def _datelines(self, text: str, words_by_sentence: Sequence[list[Word]], found: list[Found]) -> list[Found]:
        """A place written in capitals opening a sentence before a comma, as a dateline writes it
        ("TBILISI, Nov 30 (Agency) -", "ТБИЛИСИ, 30 ноября.", "TIFLIS, 30. November."): the place,
        not an organisation's acronym, when it is a place the document names ("Tbilisi") or a
        city the place names know."""
        firsts = {ws[0].start: ws[0] for ws in words_by_sentence if ws}
        candidates = [f for f in found if f.label == "ORG" and f.source == "acronym" and f.start in firsts and
                      firsts[f.start].end == f.end and len(text[f.start:f.end]) >= self._DATELINE_MIN and
                      text[f.end:f.end + 1] == ","]
        if not candidates:
            return found
        places: dict[str, Found] = {}
        for f in found:
            if f.label in ("GPE", "LOC") and f.source != "nested" and not text[f.start:f.end].isupper():
                places.setdefault(token_key(text[f.start:f.end], self.lang), f)
        out = list(found)
        for f in candidates:
            word = text[f.start:f.end]
            named = places.get(token_key(word.title(), self.lang))
            if named is None and city(key_tuple(word.title(), self.lang)) is None:
                continue
            out[out.index(f)] = Found(f.start, f.end, "GPE", named.hint if named is not None else None,
                                      "name" if named is None or not named.hint else "gazetteer")
        return out

    # -- a country's body named by its common noun with the country (issue 14) ---------------------
    def _body_entity(self, f: Found):
        """The ontology's body or group a gazetteer hit names by a common noun of a kind
        (kz:category: "government", "police", "authorities"), or a body of one country
        (kz:partOf: "Interior Ministry"), else ``None``."""
        entity = self.ontology.entities.get(f.hint) if f.hint else None
        if entity is None or f.source != "gazetteer" or f.label not in ("ORG", "GROUP") or \
                entity.rdf_class == "Country" or not (entity.category in self.country_body_categories or
                                                      (entity.part_of and not entity.category)):
            return None
        return entity

    def _country_bodies(self, text: str, words_by_sentence: Sequence[list[Word]],
                        found: list[Found]) -> list[Found]:
        """A body or group the gazetteer knows by its common noun ("government", "правительство",
        "police", "Regierung", "Interior Ministry"), written with a country: its nationality
        before it ("the Georgian government", "Грузинская полиция", "die georgische Regierung") or
        after it in lower case ("le gouvernement géorgien", "el Gobierno georgiano"), the country
        after it in the genitive ("Правительство Грузии", "rząd Gruzji", "Regierung Georgiens")
        or after "of" ("the government of Georgia", "le gouvernement de la Géorgie"), the
        country's possessive before it ("Georgia's government"): one mention over the phrase with
        the body's hint (the relations read which country's body it is from the country inside
        it, :meth:`DocView._named_countries`); the country stays a mention of its own."""
        if self.head_final or not found:
            return found
        out = list(found)
        for words in words_by_sentence:
            if len(words) < 2:
                continue
            lo, hi = words[0].start, words[-1].end
            index = {w.start: i for i, w in enumerate(words)}
            here = [f for f in out if lo <= f.start and f.end <= hi and f.start in index]
            countries: dict[int, tuple[int, Found]] = {}
            for f in here:
                owner = self.ontology.entities.get(f.hint) if f.hint else None
                if f.source != "nested" and f.label == "GPE" and owner is not None and owner.rdf_class == "Country":
                    countries[index[f.start]] = (max(i for i, w in enumerate(words) if w.end <= f.end), f)
            if not countries:
                continue
            ending = {last: (first, f) for first, (last, f) in countries.items()}
            covered = {i for f in here for i, w in enumerate(words) if f.start <= w.start and w.end <= f.end}
            bodies: list[tuple[int, int, Found | None]] = []
            for f in here:
                inside = [i for i, w in enumerate(words) if f.start <= w.start and w.end <= f.end]
                if not inside:
                    continue
                if self._body_entity(f) is not None:
                    bodies.append((inside[0], inside[-1], f))  # "government", "police", "Interior Ministry"
                elif f.label == "ORG" and f.source == "name" and not f.hint and \
                        not any(i in countries for i in inside) and \
                        any(self._org_head(words, i) or self._org_word(words[i]) for i in inside):
                    bodies.append((inside[0], inside[-1], f))  # "Central Election Commission" after "Georgia's"
            for k in range(len(words)):
                if k not in covered and self._country_body_kind(words[k]) is not None:
                    bodies.append((k, k, None))  # "parliament", "парламент"
            for a, b, f in bodies:
                if f is not None and f not in out:
                    continue
                country = self._country_beside(text, words, a, b, countries, ending)
                if country is None or (f is not None and f.source == "name" and (
                        country[0] == a or not words[country[0]].is_capitalised or
                        text[country[2].start:country[2].end].endswith(self.possessive_any))):
                    continue  # an unknown name's own words after it are the name pass's to read; a
                    # lower-case nationality before a name belongs to a noun before it ("la empresa rusa
                    # Gazprom"); "Kyrgyzstan's Central Election Commission" is the country's and a name
                x, y, c = country
                if y + 1 < len(words) and self.roles.match(words, y + 1):
                    continue  # "Georgian Parliament Speaker X": the body completes a title, the roles read it
                start, end = words[x].start, words[y].end
                owner = self.ontology.entities[c.hint]
                hint = f.hint if f is not None and f.source != "name" else self._country_body_hint(words, a, b, owner)
                if any(g is not f and g is not c and g.source != "nested" and
                       g.start < end and start < g.end and not (start <= g.start and g.end <= end) and
                       not (g.start <= start and end <= g.end and (g.start, g.end) != (start, end))
                       for g in out):
                    continue  # another name runs across the phrase
                if any(g is not f and g.start <= start and end <= g.end and (g.end - g.start) > (end - start)
                       for g in out):
                    continue  # inside a longer name ("Georgian Government House")
                out = [g for g in out if g is c or g.source == "nested" or
                       not (start <= g.start and g.end <= end)]
                out.append(Found(start, end, f.label if f is not None else "ORG", hint,
                                 "country-body" if f is None or f.source != "name" else "name"))
            for n, f in enumerate(out):  # "Parlament Gruzji", "le Parlement géorgien": as named above
                if f.label == "ORG" and f.source == "name" and not f.hint and lo <= f.start and f.end <= hi and \
                        f.start in index:
                    inside = [i for i, w in enumerate(words) if f.start <= w.start and w.end <= f.end]
                    held = [(i, last, c) for i, (last, c) in countries.items() if inside[0] <= i and last <= inside[-1]]
                    if len(held) != 1 or (inside[-1] + 1 < len(words) and self.roles.match(words, inside[-1] + 1)):
                        continue
                    i, last, c = held[0]
                    rest = [k for k in inside if not i <= k <= last and not self.connectors.match(words, k) and
                            not self.name_articles.match(words, k)]
                    if len(rest) == 1 and self._country_body_kind(words[rest[0]]) is not None:
                        out[n] = replace(f, hint=self._country_body_hint(words, rest[0], rest[0],
                                                                         self.ontology.entities[c.hint]))
        return out

    def _bodies_again(self, text: str, words_by_sentence: Sequence[list[Word]], found: list[Found]) -> list[Found]:
        """A country's body named with its country once ("le Parlement kirghiz") and then by its
        noun alone, capitalised ("le Parlement"): that body again, when the document names one
        body of that kind."""
        named: dict[str, set[str]] = {}
        for f in found:
            if f.hint and f.hint[:2] == "!|" and " of " in f.hint:
                named.setdefault(f.hint[2:].split(" of ", 1)[0], set()).add(f.hint)
        if not any(len(hints) == 1 for hints in named.values()):
            return found
        by_span = {(w.start, w.end): w for ws in words_by_sentence for w in ws}
        out = list(found)
        for n, f in enumerate(out):
            w = by_span.get((f.start, f.end))
            if f.label != "ORG" or f.source != "name" or f.hint or w is None:
                continue
            hints = named.get(self._country_body_kind(w) or "", ())
            if len(hints) == 1:
                out[n] = replace(f, hint=next(iter(hints)))
        return out

    def _country_body_kind(self, w: Word) -> str | None:
        """The English kind of a country's body one word names ("parliament", "парламента":
        Parliament), per the ontology's ``org-country-body`` kinds, else ``None``."""
        value = self.org_words.value(w.lower, w.lemma, self.lang)
        return value if value is not None and value in self.country_body_kinds else None

    def _country_body_hint(self, words: list[Word], a: int, b: int, owner) -> str | None:
        """``"!|<Kind> of <Country>"`` for a country's body one word names ("Parliament of
        Georgia": the entity of that name, the ontology's where it has one), else ``None``."""
        kind = self._country_body_kind(words[a]) if a == b else None
        return f"!|{kind} of {owner.name}" if kind else None

    def _country_beside(self, text: str, words: list[Word], a: int, b: int,
                        countries: dict[int, tuple[int, Found]],
                        ending: dict[int, tuple[int, Found]]) -> tuple[int, int, Found] | None:
        """The words of a body's phrase at ``a .. b`` with the country written beside it, and
        that country's mention, or ``None`` (see :meth:`_country_bodies`)."""
        if a - 1 in ending and self._joined(text, words, a - 1, b + 1):
            first, c = ending[a - 1]
            w = words[first]
            if not w.is_capitalised or (first == a - 1 and self._demonym(w, token_key(w.text, self.lang))) or \
                    self._adjective_label(words, first, a - 1) or text[c.start:c.end].endswith(self.possessive_any):
                return first, b, c  # "the Georgian government", "the Sri Lankan government", "Georgia's government"
        if b + 1 in countries and self._joined(text, words, b, b + 2):
            last, c = countries[b + 1]
            w = words[b + 1]
            demonym = self._demonym(w, token_key(w.text, self.lang))
            if not w.is_capitalised and (demonym or last > b + 1):
                return a, last, c  # "le gouvernement géorgien", "il governo georgiano", "… sri-lankais"
            if w.is_capitalised and (is_slavic(self.lang) or self.noun_capitalising) and \
                    not text[c.start:c.end].endswith(self.possessive_any):
                return a, last, c  # "Правительство Грузии", "rząd Gruzji", "die Regierung Georgiens"
        link = self.connectors.match(words, b + 1) if b + 1 < len(words) else None
        at = b + 1 + link[0] if link else None
        if at is not None and at in countries and self._joined(text, words, b, at + 1):
            last, c = countries[at]
            w = words[at]
            if w.is_capitalised and not self._demonym(w, token_key(w.text, self.lang)) and \
                    not text[c.start:c.end].endswith(self.possessive_any):
                return a, last, c  # "the government of Georgia", "le gouvernement de la Géorgie"
        return None

    _MEMBER_BASE = 4  # letters of an organisation's name a members' noun must open with

    def _derived_members(self, text: str, words_by_sentence: Sequence[list[Word]],
                         found: list[Found]) -> tuple[list[Found], set[Found]]:
        """Nouns made of the name of an organisation the document names and a members' suffix
        (``group-members-suffix``: "вагнеровцев", "вагнерівці", "wagnerowców" beside «Вагнер»,
        "Grupy Wagnera"): a GROUP each, the organisation's members (hint
        ``followers:members:<start>:<end>`` of its first mention), in place of the unknown name
        the pass read in the word ("Азовцы" opening a sentence); the groups, the names replaced."""
        orgs: dict[str, Found] = {}
        for f in found:
            if f.label == "ORG" or f.source == "quoted":  # «Азов»: a unit in quotes, whatever its label
                for tok in tokens_for_key(text[f.start:f.end]):
                    low = tok.casefold().strip("«»\"“”„")
                    if len(low) >= self._MEMBER_BASE and tok[:1].isupper():
                        orgs.setdefault(low, f)
        if not orgs:
            return [], set()
        out: list[Found] = []
        replaced: set[Found] = set()
        # the name, less a case ending of up to two letters, then the suffix (which may
        # begin with the name's last letters: "азов" + "цы" is "азов|овц|ы")
        bases_of = {tok: [tok[:len(tok) - k] for k in range(3) if len(tok) - k >= self._MEMBER_BASE]
                    for tok in orgs}
        openings = {b[:self._MEMBER_BASE] for bases in bases_of.values() for b in bases}
        for words in words_by_sentence:
            for w in words:
                low = w.lower
                if low[:self._MEMBER_BASE] not in openings:  # opens with no organisation's name
                    continue
                inside = [f for f in found if f.start < w.end and w.start < f.end]
                if any(f.start != w.start or f.end != w.end or f.hint or f.source != "name" for f in inside):
                    continue
                for tok, org in orgs.items():
                    bases = bases_of[tok]
                    if not any(low.startswith(b) and len(low) > len(b) + 1 and
                               any(len(b) - len(sfx) < at <= len(b) for sfx in self.member_suffixes
                                   for at in [low.find(sfx, max(0, len(b) - len(sfx) + 1))] if at >= 0)
                               for b in bases):
                        continue
                    out.append(Found(w.start, w.end, "GROUP", f"{FOLLOWERS_HINT}members:{org.start}:{org.end}",
                                     "followers"))
                    replaced.update(inside)
                    break
        return out, replaced

    def _without_possessive(self, text: str, found: list[Found]) -> list[Found]:
        """Names the ontology does not know written with the possessive ending
        (``names-possessive-ending``: "Mahinda Rajapaksa's", "the Rajapaksa family's") are
        mentions without it; the followers' and families' hints naming their span follow."""
        moved: dict[tuple[int, int], int] = {}
        out: list[Found] = []
        seen: set[tuple[int, int, str]] = set()
        for f in found:
            span = text[f.start:f.end]
            end = next((f.end - len(e) for e in self.possessive_endings
                        if span.endswith(e) and len(span) - len(e) >= 2), None)
            if end is not None and f.source not in ("gazetteer", "nested"):  # the ontology's names align by id
                moved[(f.start, f.end)] = end
                f = replace(f, end=end)
            if (f.start, f.end, f.label) in seen:
                continue
            seen.add((f.start, f.end, f.label))
            out.append(f)
        if not moved:
            return found
        for n, f in enumerate(out):
            for prefix in (FOLLOWERS_HINT, FAMILY_HINT):
                if f.hint and f.hint.startswith(prefix):
                    kind, a, b = (f.hint[len(prefix):].split(":") + ["", "", ""])[:3]
                    if a.isdigit() and b.isdigit() and (int(a), int(b)) in moved:
                        out[n] = replace(f, hint=f"{prefix}{kind}:{a}:{moved[(int(a), int(b))]}")
        return out

    # -- organisation names holding a place (issue 14) --------------------------------------
    def _foreign_bodies(self, text: str, words: list[Word], hits: list[Found]) -> list[Found]:
        """A body the gazetteer knows by a generic name, of one country ("National Bank",
        "Национальный банк": the National Bank of Kazakhstan), followed by another country
        ("National Bank of Georgia", "Национальный банк Грузии", "Nationalbank Georgiens",
        "Banque nationale de Géorgie"): that country's own body, an unknown organisation spanning
        both; the country stays a mention of its own."""
        if len(hits) < 2:
            return hits
        index = {w.start: i for i, w in enumerate(words)}
        ends = {w.end: i for i, w in enumerate(words)}
        by_start = {h.start: h for h in hits if h.source != "nested"}
        out = list(hits)
        for h in hits:
            entity = self.ontology.entities.get(h.hint) if h.hint else None
            if entity is None or h.label != "ORG" or h.source != "gazetteer" or not entity.part_of or \
                    h.end not in ends:
                continue
            last = ends[h.end]
            link = self.connectors.match(words, last + 1) if last + 1 < len(words) else None
            at = last + 1 + (link[0] if link else 0)
            if at >= len(words) or not self._joined(text, words, last, at + 1):
                continue
            place = by_start.get(words[at].start)
            owner = self.ontology.entities.get(place.hint) if place and place.hint else None
            if owner is None or place.label != "GPE" or owner.rdf_class != "Country" or \
                    owner.id == entity.part_of or not words[at].is_capitalised:
                continue  # "Национальный банк грузинский": an adjective, no owner
            if not link and not (is_slavic(self.lang) or self.noun_capitalising):
                continue  # "the National Bank Georgia said": only "of" (or a genitive) makes the country the owner
            # the body's English name in that country when its name says whose it is ("Ministry of
            # Internal Affairs of Kazakhstan" -> "… of Georgia"): alignment makes that entity (hint
            # "!|<name>"), so "МВД Грузии" and "MSW Gruzji" are one body; else an unknown name
            hint = f"!|{entity.name.rsplit(' of ', 1)[0]} of {owner.name}" if " of " in entity.name else None
            out[out.index(h)] = Found(h.start, place.end, "ORG", hint, "name")
        return out

    def _kind_word(self, words: list[Word], k: int) -> bool:
        """A kind of political body at ``k`` ("Koalicja", "Movement", "движения"), read through
        its lemma when it is capitalised (the dictionary lemmatises its lower-case form)."""
        if self.party_kinds.match(words, k):
            return True
        w = words[k]
        if not w.is_capitalised or w.is_acronym:
            return False
        lemmas = {lemma_of(w.lower, self.lang)}
        if self.lang in MORPHOLOGY_LANGS:
            lemmas |= {p.normal_form for p in analyser(self.lang).parse(w.lower)[:4] if p.tag.POS == "NOUN"}
        return any(self.party_kinds.match([replace(w, lemma=lemma, lower=lemma)], 0) for lemma in lemmas)

    def _adjective_name_keys(self, words_by_sentence: Sequence[list[Word]],
                             covered: Sequence[list[Found]]) -> set[tuple[str, ...]]:
        """Keys of the names a nationality adjective opens that the document writes mid-sentence
        ("… что Грузинская мечта потеряет"): the same words opening another sentence ("Грузинская
        мечта победила") are that name too, not the country."""
        keys = set()
        for words, hits in zip(words_by_sentence, covered):
            for h in hits:
                if h.source == "adjective-name":
                    inside = [w for w in words if w.start >= h.start and w.end <= h.end]
                    if len(inside) >= 2:
                        keys.add(self._loose_keys(inside))
        return keys

    def _org_run_end(self, text: str, words: list[Word], i: int, runs: dict[int, int], taken: set[int]) -> int:
        """The last capitalised word of the name opening at ``i``: the unknown-name pass's run, or
        (where that pass read none) the capitalised organisation words from ``i`` ("Central Bank",
        "Supreme Court" of "… the Central Bank of Sri Lanka")."""
        if i in runs:
            return runs[i]
        end = i
        while end + 1 < len(words) and end + 1 not in taken and words[end + 1].is_capitalised and \
                not words[end + 1].is_acronym and self._joined(text, words, end, end + 2) and \
                self._org_word(words[i]) and not self._org_head(words, end) and not self._kind_word(words, end) and \
                (self._org_word(words[end + 1]) or self._org_head(words, end + 1) or self._kind_word(words, end + 1)):
            end += 1  # up to the head: what follows it is the phrase's tail ("Sztabu Generalnego")
        return end

    def _names_opening_sentences(self, text: str, words_by_sentence: Sequence[list[Word]],
                                 found: list[Found]) -> list[Found]:
        """A name holding a nationality that the document writes mid-sentence ("… del Sogno
        georgiano", "des Georgischen Traums") is that name too where it opens a sentence, after an
        article or not ("Sogno Georgiano ha ottenuto …", "Georgischer Traum erhielt …"), where the
        opening word alone reads as no name and the adjective as the country."""
        by_start = {w.start: w for ws in words_by_sentence for w in ws}
        by_end = {w.end: w for ws in words_by_sentence for w in ws}
        keys: set[tuple[str, ...]] = set()
        for f in found:
            if f.label != "ORG" or f.hint or f.start not in by_start or f.end not in by_end:
                continue
            inside = [w for ws in words_by_sentence for w in ws if w.start >= f.start and w.end <= f.end]
            if 2 <= len(inside) <= 4 and any(self._demonym(w, token_key(w.text, self.lang)) for w in inside):
                keys.add(self._loose_keys(inside))
        if not keys:
            return found
        lengths = sorted({len(k) for k in keys}, reverse=True)
        out = list(found)
        for words in words_by_sentence:
            if not words:
                continue
            starts = [0] + ([1] if len(words) > 2 and len(words[0].text) <= 3 and not words[0].is_acronym else [])
            for i in starts:
                if i > 0 and not words[i].is_capitalised:
                    continue
                n = next((n for n in lengths if i + n <= len(words) and
                          self._loose_keys(words[i:i + n]) in keys and self._joined(text, words, i, i + n)), None)
                if n is None:
                    continue
                start, end = words[i].start, words[i + n - 1].end
                if any(f.start == start and f.end == end and f.label == "ORG" for f in out):
                    break
                if any(f.start < end and start < f.end and not (start <= f.start and f.end <= end) for f in out):
                    break  # a longer mention runs across it
                out = [f for f in out if not (start <= f.start and f.end <= end)]
                out.append(Found(start, end, "ORG", None, "name"))
                break
        return out

    def _demonym_body_end(self, text: str, words: list[Word], i: int) -> int | None:
        """The end (exclusive) of a body's name that a capitalised nationality opens, its words
        capitalised and the last an organisation head or a kind of political body ("Georgian
        Central Election Commission", "Georgian Orthodox Church"), or ``None``."""
        end = None
        k = i + 1
        while k < len(words) and k - i <= self._PLACE_NAME_MAX and words[k].is_capitalised and \
                not words[k].is_acronym and self._joined(text, words, k - 1, k + 1) and \
                not self.roles.match(words, k) and not self.role_modifiers.match(words, k):
            if self._org_head(words, k) or self._kind_word(words, k) or \
                    (end == k and self._org_word(words[k])):  # "… Komisja Wyborcza": the head's own words after it
                end = k + 1
            k += 1
        return end if end is not None and end - i >= 3 else None

    def _adjective_label(self, words: list[Word], i: int, last: int) -> bool:
        """Whether words ``i .. last`` spell one of a country's adjectives of several words ("Sri Lankan")."""
        if last == i:
            return False
        keys = [token_key(w.text, self.lang) for w in words]
        hit = self._match_at("", words, keys, i, last + 1)
        entity = self.ontology.entities.get(hit[0].hint) if hit and hit[0].hint else None
        written = " ".join(w.text for w in words[i:last + 1]).casefold()
        return entity is not None and any(label.casefold() == written for _, labels in entity.adjectives
                                          for label in labels)

    _PLACE_NAME_MAX = 5  # words of a party's name holding a place

    def _with_place_names(self, text: str, words: list[Word], hits: list[Found],
                          spans: list[tuple[int, int]], unknown: Sequence[Found] = ()) -> list[tuple[int, int]]:
        """``spans`` (the names beside their kind) and the names of parties that hold a place:
        beside a kind of political body ("the For Georgia party", "Koalicja Silna Gruzja",
        "das Bündnis Starkes Georgien", "el partido Por Georgia"), or opening with a capitalised
        preposition mid-sentence ("Gakharia's party, For Georgia, …", "Dla Gruzji", "Pour la
        Géorgie"); the country stays a mention of its own."""
        if not words or _title_case(words):
            return spans
        places = {}
        for h in hits:
            if h.source != "nested" and h.label in ("GPE", "LOC") and h.hint:
                inside = [i for i, w in enumerate(words) if w.start >= h.start and w.end <= h.end]
                if inside and words[inside[0]].is_capitalised:
                    places[inside[0]] = inside[-1]
        cities = {}  # cities the name pass read ("Tbilissi", "Colombo"): a place a local body is named by
        for u in unknown:
            inside = [i for i, w in enumerate(words) if w.start >= u.start and w.end <= u.end]
            if u.label == "GPE" and inside and words[inside[0]].is_capitalised:
                cities[inside[0]] = inside[-1]
        if not hits and not cities:
            return spans
        hit_words = {i for h in hits for i, w in enumerate(words) if w.start >= h.start and w.end <= h.end}
        used = {k for a, b in spans for k in range(a, b + 1)}
        out = list(spans)

        def run_from(a: int) -> int | None:
            """The last word of the capitalised words (a place among them) from ``a``."""
            j, last, place = a, None, False
            while j < len(words) and j - a < self._PLACE_NAME_MAX:
                if j > a and text[words[j - 1].end:words[j].start] not in (" ", "-", "\u00a0"):
                    break
                if j in places:
                    j = places[j]
                    last, place = j, True
                elif words[j].is_capitalised and not words[j].is_acronym and words[j].text[:1].isalpha() and \
                        not self.roles.match(words, j) and not self.months.match(words, j) and \
                        (j not in hit_words or self._capitalised_demonym(words, j)):
                    last = j
                elif not (last is not None and (self.name_articles.match(words, j) or
                                                 self.connectors.match(words, j) or
                                                 self.name_openers.match(words, j))):
                    break  # "Gakharia for Georgia", "Gacharia dla Gruzji": a leader's name for a place
                j += 1
            return last if place and last is not None and last > a - 1 and \
                any(k not in places and k not in hit_words for k in range(a, last + 1)) else None

        used = set()  # a name beside its kind read without its place ("le parti Pour"): the longer one wins
        for p, last in sorted({**cities, **places}.items()):  # "banku centralnego Sri Lanki", "the central bank of Sri Lanka"
            b = p - 1
            link = 0
            while b > 0 and self.connectors.match(words, b) and self.connectors.match(words, b)[0] == p - b:
                link = p - b  # "of", "of the", "de la" between the body and its country
                break
            b = p - 1 - link
            a, head, worded = b + 1, False, False
            while a - 1 >= 0 and b - (a - 1) < 4 and not words[a - 1].is_capitalised and \
                    a - 1 not in hit_words and self._joined(text, words, a - 1, p + 1):
                k = a - 1
                if k == b and (self.missions.match(words, k) or self.local_bodies.match(words, k) or
                               " " in (self.org_words.value(words[k].lower, words[k].lemma, self.lang) or "")):
                    head = worded = True  # "w ambasadzie USA", "la comandancia de Bishkek": a whole body's word
                elif self._org_head(words, k):
                    head = True
                elif self._org_word(words[k]):
                    worded = True
                else:
                    break
                a = k
            if not (head and worded) or self.head_final or any(x <= last and a <= y for x, y in out) or \
                    (a > 0 and words[a - 1].is_capitalised and not (
                        (a == 1 or _starts_sentence(text, words, a - 1)) and
                        (self.name_articles.match(words, a - 1) or len(words[a - 1].text) <= 3))):
                continue  # "Співробітники Державного комітету …": a name's (not after "La", "The" opening it)
            out.append((a, last))
        for k, w in enumerate(words[:-1]):  # "ЦИК Грузии", "PKW Gruzji", "la CEC de Géorgie": a body's acronym
            if not w.is_acronym or k in hit_words or self.head_final or any(x <= k <= y for x, y in out):
                continue
            link = self.connectors.match(words, k + 1)
            at = k + 1 + (link[0] if link and not is_slavic(self.lang) else 0)
            if at in places and (link or is_slavic(self.lang) or self.noun_capitalising) and \
                    self._joined(text, words, k, places[at] + 1) and \
                    text[words[places[at]].end:words[places[at]].end + 2] not in self.possessive_any:
                out.append((k, places[at]))
        for h in hits:  # "le parlement géorgien", "la banca centrale srilankese": a body, its nationality after it
            inside = [i for i, w in enumerate(words) if w.start >= h.start and w.end <= h.end]
            owner = self.ontology.entities.get(h.hint) if h.hint else None
            if owner is None or owner.rdf_class != "Country" or h.source == "nested" or not inside or \
                    words[inside[0]].is_capitalised:
                continue  # (a country written in lower case is its adjective)
            a, head = inside[0], False
            while a - 1 >= 0 and inside[0] - (a - 1) <= 3 and not words[a - 1].is_capitalised and \
                    a - 1 not in hit_words and self._joined(text, words, a - 1, inside[-1] + 1) and \
                    (self._org_head(words, a - 1) or self._org_word(words[a - 1])):
                head = head or self._org_head(words, a - 1)
                a -= 1
            if head and not self.head_final and not any(x <= inside[-1] and a <= y for x, y in out):
                out.append((a, inside[-1]))
                self._national_spans.add((words[a].start, words[inside[-1]].end))  # the nationality stays
        for h in hits:  # "the US Embassy", "the Indian embassy": a country's mission named by the country first
            inside = [i for i, w in enumerate(words) if w.start >= h.start and w.end <= h.end]
            owner = self.ontology.entities.get(h.hint) if h.hint else None
            if owner is None or owner.rdf_class != "Country" or h.source == "nested" or not inside or \
                    inside[-1] + 1 >= len(words) or not self.missions.match(words, inside[-1] + 1) or \
                    not self._joined(text, words, inside[-1], inside[-1] + 2) or \
                    text[h.end - 2:h.end] in self.possessive_any or any(x <= inside[-1] + 1 and inside[0] <= y for x, y in out):
                continue
            out.append((inside[0], inside[-1] + 1))
        branches = {} if is_slavic(self.lang) or self.noun_capitalising or self.head_final else places
        for p, last in branches.items():  # "Transparency International Georgia": a body's branch in a country
            a = p
            while a > 0 and text[words[a - 1].end:words[a].start] == " " and words[a - 1].is_capitalised and \
                    a - 1 not in hit_words and not words[a - 1].is_acronym and not self.roles.match(words, a - 1):
                a -= 1
            while a < p and (a == 0 or _starts_sentence(text, words, a)) and not self._org_word(words[a]) and \
                    (self.name_articles.match(words, a) or words[a].lower in self.openers or len(words[a].text) <= 3):
                a += 1  # "The …", "Yesterday …" opening the sentence
            if p - a < 2 or text[words[last].end:words[last].end + 2] in self.possessive_any or \
                    (last + 1 < len(words) and words[last + 1].is_capitalised and
                     text[words[last].end:words[last + 1].start] == " ") or \
                    not any(self._org_word(words[k]) or self._org_head(words, k) for k in range(a, p)) or \
                    any(self._given_name_form(words[k]) for k in range(a, p)) or \
                    any(x <= last and a <= y for x, y in out):
                continue
            out.append((a, last))
        # (a sentence with no kind word and no word opening a name is not walked)
        named = self.party_kinds.may_match(words) or self.party_kinds_after.may_match(words) or \
            self.name_openers.may_match(words)
        for k, w in enumerate(words) if named else ():
            if k in used:
                continue
            span = None
            if self.party_kinds.match(words, k) and k + 1 < len(words) and \
                    text[w.end:words[k + 1].start] == " ":
                end = run_from(k + 1)
                span = (k + 1, end) if end is not None else None
            if span is None and self.party_kinds_after.match(words, k) and k > 0 and not w.is_capitalised:
                a = k - 1
                while a > 0 and text[words[a - 1].end:words[a].start] == " " and \
                        (words[a - 1].is_capitalised or self.name_articles.match(words, a - 1) or
                         (a > 1 and words[a - 2].is_capitalised and self.name_openers.match(words, a - 1))):
                    a -= 1  # "the Gakharia for Georgia party"
                while a < k and (not words[a].is_capitalised or
                                 ((a == 0 or _starts_sentence(text, words, a)) and a not in places and
                                  common_word(words[a].text, self.lang) and not self.name_openers.match(words, a))):
                    a += 1  # "The For Georgia party": the article opening the sentence is no part of it
                end = run_from(a) if a < k else None
                span = (a, end) if end == k - 1 else None
            if span is None and w.is_capitalised and self.name_openers.match(words, k) and k > 0 and \
                    not _starts_sentence(text, words, k) and text[words[k - 1].end:w.start].strip() in ("", ",", "«", "„", "\"", "“"):
                end = run_from(k)
                span = (k, end) if end is not None else None
            if span is None or any(a <= span[1] and span[0] <= b and not (span[0] <= a and b <= span[1])
                                   for a, b in out):
                continue
            out = [(a, b) for a, b in out if not (span[0] <= a and b <= span[1])]
            if any(self._given_name_form(words[i]) for i in range(span[0], span[1] + 1) if i not in places):
                continue  # "Partei von Anna Georgien": a person's
            out.append(span)
            used.update(range(span[0], span[1] + 1))
        return out

    def _split_followers(self, text: str, words: list[Word], found: list[Found]) -> list[Found]:
        """A capitalised run the name pass read whole, the followers' noun and link word opening
        it ("Supporters of Mahinda Rajapaksa" opening a sentence): the name after them alone, a
        person (:meth:`_followers` then makes the group)."""
        if not self.supporters or not self.supporters_of:
            return found
        index = {w.start: k for k, w in enumerate(words)}
        ends = {w.end: k for k, w in enumerate(words)}
        out: list[Found] = []
        for f in found:
            a, b = index.get(f.start), ends.get(f.end)
            noun = self.supporters.match(words, a) if a is not None and f.hint is None else None
            link = self.supporters_of.match(words, a + noun[0]) if noun else None
            if noun and link and b is not None and a + noun[0] + link[0] <= b - 1:
                first = words[a + noun[0] + link[0]]
                out.append(Found(first.start, f.end, "PERSON", None, "name"))
            else:
                out.append(f)
        return out

    def _followers(self, text: str, words: list[Word], found: list[Found]) -> list[Found]:
        """Followers or members named by whom they follow (``group-supporters``, ``group-members``):
        the noun right before a person's or an organisation's name, or before a link word and the
        name ("сторонники Садыра Жапарова", "supporters of Sadyr Japarov", "hommes de Wagner"), or
        right after it ("Rajapaksa loyalists", "Wagner fighters"): a GROUP of its own (source
        ``"followers"``: listed, not read by relations, hint ``followers:<kind>:<start>:<end>`` of
        the name), the name staying a mention of its own."""
        tables = [(t, kind) for t, kind in ((self.supporters, "supporters"), (self.members, "members")) if t]
        if not tables:
            return []
        index = {w.start: k for k, w in enumerate(words)}
        ends = {w.end: k for k, w in enumerate(words)}
        out: list[Found] = []
        for f in found:
            if f.label not in ("PERSON", "ORG") or f.start not in index or f.end not in ends:
                continue
            a, b = index[f.start], ends[f.end]
            # a person's fighters too ("Kadyrov fighters", "бойцы Кадырова"; "Wagner members" where the
            # name was read as a person's)
            tables_here = tables
            for table, kind in tables_here:
                hint = f"{FOLLOWERS_HINT}{kind}:{f.start}:{f.end}"
                start = None
                noun = table.match_ending(words, a) if a >= 1 else None
                link = self.supporters_of.match_ending(words, a) if a >= 2 else None
                if noun and text[words[a - 1].end:f.start] == " " and not self._one_member(words[a - 1], table):
                    start = words[a - noun[0]].start
                elif link and (noun := table.match_ending(words, a - link[0])):
                    start = words[a - link[0] - noun[0]].start
                if start is not None:
                    if "\n" not in text[start:f.start]:
                        out.append(Found(start, f.end, "GROUP", hint, "followers"))
                    break
                hit = table.match(words, b + 1) if b + 1 < len(words) else None
                if hit and hit[0] == 1 and self._one_member(words[b + 1], table):
                    hit = None  # "Election commission member Gulnara …": one member, a title
                if hit and text[f.end:words[b + 1].start] in (" ", "'s ", "’s "):
                    out.append(Found(f.start, words[b + hit[0]].end, "GROUP", hint, "followers"))
                    break
        return out
    @staticmethod
    def _one_member(w: Word, table) -> bool:
        """A members' noun in the singular, matched through its lemma only ("member" for "members"):
        one member named by a title ("commission member Gulnara …"), no group."""
        return w.lower not in table and w.lower == w.lemma

    def _family_groups(self, text: str, words: list[Word], found: list[Found]) -> tuple[list[Found], list[Found]]:
        """A family, clan or brothers named by a surname (``group-family`` before the name, in any
        case: "семья Раджапакса", "klan Rajapaksów", "la famille Rajapaksa", "die Brüder Klitschko",
        "the family of Mahinda Rajapaksa"; ``group-family-after`` after it: "the Rajapaksa family",
        "Rajapaksa's family", "Rajapaksa-Clan"): one GROUP mention spanning the phrase (source
        ``"followers"``, hint ``family:<kind>:<start>:<end>`` of the name), and a bare surname in it
        is no mention of a person (a full name in it stays one).  The mentions kept, the groups."""
        if not self.family_before and not self.family_after and not self.family_of:
            return found, []
        groups: list[Found] = []
        dropped: set[Found] = set()
        for i, w in enumerate(words):
            kind = _family_kind(self.family_before, w) or _family_kind(self.family_of, w)
            if kind and i + 1 < len(words) and text[w.end:words[i + 1].start] == " ":
                j = i + 1
                if words[j].lower in self.family_adjectives and j + 1 < len(words) and \
                        text[words[j].end:words[j + 1].start] == " ":
                    j += 1  # "la familia gobernante Rajapaksa"
                link = self.supporters_of.match(words, j) if self.supporters_of else None
                if link and j + link[0] < len(words) and not words[j].is_capitalised:
                    j += link[0]
                elif not _family_kind(self.family_before, w):
                    j = len(words)  # "family" with no "of" after it
                run = self._family_name_run(text, words, found, j, forward=True)
                if run:
                    groups_and_drops = self._family_group(text, words, found, w.start, words[run[1]].end, run, kind)
                    if groups_and_drops:
                        groups.append(groups_and_drops[0])
                        dropped |= groups_and_drops[1]
                        continue
            kind = _family_kind(self.family_after, w)
            if kind and i >= 1 and text[words[i - 1].end:w.start] in (" ", "-", "‐", "‑"):
                run = self._family_name_run(text, words, found, i - 1, forward=False)
                if run:
                    groups_and_drops = self._family_group(text, words, found, words[run[0]].start, w.end, run, kind)
                    if groups_and_drops:
                        groups.append(groups_and_drops[0])
                        dropped |= groups_and_drops[1]
        if not groups:
            return found, []
        return [f for f in found if f not in dropped], groups

    def _family_name_run(self, text: str, words: list[Word], found: list[Found], j: int,
                         forward: bool) -> tuple[int, int] | None:
        """The words ``(first, last)`` of the name beside a family word, from word ``j`` on (or back):
        up to four capitalised words standing together, each a name the pass found or a word no
        dictionary holds as a common one; ``None`` if word ``j`` is none."""
        def name_word(k: int) -> bool:
            w = words[k]
            if not w.is_capitalised or w.is_acronym or w.lower in self.roles or w.lower in self.months:
                return False
            bare = w.text[:-2] if w.text.endswith(self.possessive_any) else w.text
            if any(f.start <= w.start and w.end <= f.end and f.label == "PERSON" for f in found):
                return True
            if self.noun_capitalising and known_word(bare, self.lang):
                return False
            return not common_word(bare, self.lang) and not (has_cyrillic(bare) and function_word(bare.lower(), self.lang))
        if not 0 <= j < len(words) or not name_word(j):
            return None
        a = b = j
        while forward and b + 1 < len(words) and b - a < 3 and name_word(b + 1) and self._joined(text, words, b, b + 2) \
                and "'" not in words[b].text[-2:] and "’" not in words[b].text[-2:]:
            b += 1
        while not forward and a >= 1 and b - a < 3 and name_word(a - 1) and self._joined(text, words, a - 1, a + 1) \
                and not _starts_sentence(text, words, a) and not words[a - 1].text.endswith(self.possessive_any):
            a -= 1
        return a, b

    def _family_group(self, text: str, words: list[Word], found: list[Found], start: int, end: int,
                      run: tuple[int, int], kind: str) -> tuple[Found, set[Found]] | None:
        """The family's mention over ``start:end`` with its name ``run``, and the mentions it
        replaces (all inside it, but a full name's); ``None`` if a mention straddles its edge or
        names a place or a body the ontology knows."""
        name_start = words[run[0]].start
        name_end = words[run[1]].end - (2 if words[run[1]].text.endswith(self.possessive_any) else 0)
        full = len(text[name_start:name_end].split()) >= 2
        drop: set[Found] = set()
        for f in found:
            if f.end <= start or f.start >= end:
                continue
            if f.start < start or f.end > end:
                return None
            if f.hint and f.label != "PERSON" and name_start <= f.start:
                return None  # "a Ukrainian family", "la famille Total"
            if full and name_start <= f.start and f.end <= name_end:
                continue
            drop.add(f)
        hint = f"{FAMILY_HINT}{kind}:{name_start}:{name_end}"
        return Found(start, end, "GROUP", hint, "followers"), drop

    def _split_surnames(self, text: str, unknown_by_sentence: list[list[Found]]) -> None:
        """A run of words each the surname of another person the document names in full, in any
        case ("Ткачук Сечкинді" in a headline, "Według Tkaczuka Sieczkin stracił"): the surnames
        of those people, one mention each, not one person's name."""
        def key(word: str) -> str:
            return loose_token(token_key(word, self.lang))
        fulls: dict[str, set[tuple[str, ...]]] = {}  # surname key -> the full names (keys) ending with it
        seen: dict[tuple[str, ...], int] = {}  # full name keys -> how many times the document writes them
        for found in unknown_by_sentence:
            for f in found:
                toks = tokens_for_key(text[f.start:f.end])
                if f.label == "PERSON" and len(toks) >= 2:
                    keys = tuple(key(t) for t in toks)
                    seen[keys] = seen.get(keys, 0) + 1
                    fulls.setdefault(keys[-1], set()).add(keys)
        if len(fulls) < 2:
            return
        for n, found in enumerate(unknown_by_sentence):
            out: list[Found] = []
            for f in found:
                span = text[f.start:f.end]
                parts = [(m.start(), m.end()) for m in re.finditer(r"\S+", span)]
                keys = tuple(key(span[a:b]) for a, b in parts)
                if f.label == "PERSON" and len(parts) >= 2 and seen.get(keys, 0) == 1 and \
                        len(set(keys)) == len(keys) and all(len(k) >= _SURNAME_KEY_MIN for k in keys) and \
                        all(len(fulls.get(k, set()) - {keys}) == 1 for k in keys):
                    out.extend(Found(f.start + a, f.start + b, "PERSON", None, f.source) for a, b in parts)
                else:
                    out.append(f)
            unknown_by_sentence[n] = out

    def _headline_names(self, text: str, words_by_sentence: Sequence[list[Word]],
                        covered: list[list[Found]], unknown_by_sentence: list[list[Found]]) -> None:
        """A headline in title case ("Opposition Leader Hollings Detained") gives no evidence of
        its own, so its words are no names; but a person the document names in full elsewhere,
        or that person's surname, is that person there too."""
        names: set[tuple[str, ...]] = set()
        for found in unknown_by_sentence:
            for f in found:
                keys = tuple(token_key(t, self.lang) for t in tokens_for_key(text[f.start:f.end]))
                if f.label == "PERSON" and len(keys) >= 2 and all(keys):
                    names.add(keys)
                    if len(keys[-1]) >= _SURNAME_KEY_MIN:
                        names.add(keys[-1:])
        if not names:
            return
        longest = max(len(t) for t in names)
        for s, words in enumerate(words_by_sentence):
            if not _title_case(words):
                continue
            taken = {k for k, w in enumerate(words) for f in covered[s] + unknown_by_sentence[s]
                     if w.start < f.end and f.start < w.end}
            keys = [token_key(w.text, self.lang) for w in words]
            i = 0
            while i < len(words):
                for n in range(min(longest, len(words) - i), 0, -1):
                    if tuple(keys[i:i + n]) in names and not taken & set(range(i, i + n)) and \
                            all(words[k].is_capitalised for k in range(i, i + n)) and \
                            self._joined(text, words, i, i + n):
                        unknown_by_sentence[s].append(Found(words[i].start, words[i + n - 1].end, "PERSON",
                                                            None, "name"))
                        i += n - 1
                        break
                i += 1
            unknown_by_sentence[s].sort(key=lambda f: f.start)

    def _name_tails(self, text: str, words_by_sentence: Sequence[list[Word]],
                    covered: list[list[Found]], unknown_by_sentence: list[list[Found]]) -> None:
        """The last two or more words of a long name the document gives in full, anywhere in it,
        in any case ("Aung San Suu Kyi" … "Suu Kyis Verteidiger"): that person, though the
        gazetteer read a word of it as a place ("Kyis") or the run read it otherwise."""
        tails: set[tuple[str, ...]] = set()
        for found in unknown_by_sentence:
            for f in found:
                keys = tuple(token_key(t, self.lang) for t in tokens_for_key(text[f.start:f.end]))
                if f.label == "PERSON" and len(keys) >= 3 and all(keys):
                    tails.update(keys[-n:] for n in range(2, len(keys)))
        if not tails:
            return
        longest = max(len(t) for t in tails)
        for s, words in enumerate(words_by_sentence):
            keys = [token_key(w.text, self.lang) for w in words]
            i = 0
            while i < len(words):
                for n in range(min(longest, len(words) - i), 1, -1):
                    span = range(i, i + n)
                    if tuple(keys[i:i + n]) in tails and all(words[k].is_capitalised for k in span) and \
                            self._joined(text, words, i, i + n) and \
                            (i + n == len(words) or not words[i + n].is_capitalised or
                             not self._joined(text, words, i + n - 1, i + n + 1) or
                             (self.noun_capitalising and inflected_word(words[i + n].text, self.lang))) and \
                            (i == 0 or not words[i - 1].is_capitalised or _starts_sentence(text, words, i) or
                             not self._joined(text, words, i - 1, i + 1)):
                        start, end = words[i].start, words[i + n - 1].end
                        if any(f.start == start and f.end == end for f in unknown_by_sentence[s]):
                            break
                        if self._inside_full_name(text, unknown_by_sentence[s], start, end, tuple(keys[i:i + n])):
                            break  # "G. L. Peiris": the tail of the full name itself (an initial's full stop)
                        covered[s] = [h for h in covered[s] if h.end <= start or h.start >= end]
                        unknown_by_sentence[s] = [f for f in unknown_by_sentence[s]
                                                  if f.end <= start or f.start >= end]
                        unknown_by_sentence[s].append(Found(start, end, "PERSON", None, "name"))
                        unknown_by_sentence[s].sort(key=lambda f: f.start)
                        i += n - 1
                        break
                i += 1

    def _full_names_again(self, text: str, words_by_sentence: Sequence[list[Word]],
                          covered: list[list[Found]], unknown_by_sentence: list[list[Found]]) -> None:
        """A person's full name the document gives elsewhere, written again where the pass read
        only its last word ("Басил Раджапакса ушёл": the given name opening the sentence read as
        a verb; "Basil" a German word): that full name, not a bare surname another person of
        the family would take."""
        fulls: set[tuple[str, ...]] = set()
        for found in unknown_by_sentence:
            for f in found:
                keys = tuple(token_key(t, self.lang) for t in tokens_for_key(text[f.start:f.end]))
                if f.label == "PERSON" and 2 <= len(keys) <= 4 and all(keys):
                    fulls.add(keys)
        if not fulls:
            return
        longest = max(len(k) for k in fulls)
        for s, words in enumerate(words_by_sentence):
            index = {w.start: k for k, w in enumerate(words)}
            taken = {k for k, w in enumerate(words) for f in covered[s] + unknown_by_sentence[s]
                     if w.start < f.end and f.start < w.end}
            for n, f in enumerate(unknown_by_sentence[s]):
                k = index.get(f.start)
                if k is None or f.label not in ("PERSON", "ORG") or len(tokens_for_key(text[f.start:f.end])) != 1:
                    continue
                last = token_key(words[k].text, self.lang)
                for size in range(min(longest, k + 1), 1, -1):
                    a = k - size + 1
                    keys = tuple(token_key(w.text, self.lang) for w in words[a:k]) + (last,)
                    if keys in fulls and not taken & set(range(a, k)) and \
                            all(words[x].is_capitalised for x in range(a, k)) and self._joined(text, words, a, k + 1):
                        unknown_by_sentence[s][n] = Found(words[a].start, f.end, "PERSON", None, "name")
                        break

    def _inside_full_name(self, text: str, found: list[Found], start: int, end: int, tail: tuple[str, ...]) -> bool:
        """Whether ``start:end`` (keys ``tail``) ends a longer PERSON name found around it."""
        for f in found:
            if f.label == "PERSON" and f.start < start and end == f.end:
                keys = tuple(token_key(t, self.lang) for t in tokens_for_key(text[f.start:f.end]))
                if len(keys) > len(tail) and keys[-len(tail):] == tail:
                    return True
        return False

    def _surnames_not_cities(self, text: str, found: list[list[Found]]) -> list[list[Found]]:
        """A single word read as a city only because GeoNames lists one of its name ("Jackson",
        "Ivanov") is no city where the document names a person with that surname in full."""
        surnames = {token_key(text[f.start:f.end].split()[-1], self.lang)
                    for fs in found for f in fs if f.label == "PERSON" and len(text[f.start:f.end].split()) >= 2}
        if not surnames:
            return found
        return [[replace(f, label="ORG") if (f.start, f.end) in self._city_spans and
                 token_key(text[f.start:f.end], self.lang) in surnames else f for f in fs] for fs in found]

    _ORG_TAIL = 6  # lower-case words an organisation's name may run on over ("служби безпеки")

    def _org_phrases(self, text: str, words: list[Word], hits: list[Found],
                     unknown: list[Found], named: Sequence[tuple[int, int]] = ()) -> list[Found]:
        """Organisations named by a common phrase: a capitalised word, lower-case words and an
        organisation head word among them, closed by the place or nationality they belong to
        ("Служба безпеки України", "Верховный суд Украины", "Comité d'enquête russe",
        "Security Service of Ukraine") or, where the language's morphology reads them
        (uk/ru), by the head's adjectives and genitive complements mid-sentence
        ("Центральної виборчої комісії").  The place stays a mention of its own; the
        one-word pieces the unknown-name pass made of the phrase give way to it.
        """
        if not words:
            return unknown
        index = {w.start: i for i, w in enumerate(words)}
        taken: set[int] = set()
        places: dict[int, int] = {}  # first word of a place or nationality hit -> its last word
        for h in hits:
            inside = [i for i, w in enumerate(words) if w.start >= h.start and w.end <= h.end]
            taken.update(inside)
            if h.source != "nested" and h.label in ("GPE", "LOC") and inside and h.start in index:
                places[inside[0]] = inside[-1]
        runs = {index[u.start]: max(i for i, w in enumerate(words) if w.end <= u.end)
                for u in unknown if u.start in index}
        # a person's name ("Maria Court") is no organisation: runs with a given name stay apart
        people = {i for i, e in runs.items() if any(words[k].lower in self.any_given_names
                                                     for k in range(i, e + 1))}
        morph = self.lang in MORPHOLOGY_LANGS
        phrases: list[tuple[int, int]] = []
        titles = list(self.role_titles.find(words))
        i = 0
        while i < len(words):
            w = words[i]
            if i == 1 and len(words[0].text) <= 3 and words[0].is_capitalised and not w.is_capitalised and \
                    self._org_head(words, i) and 0 not in taken:
                # "I servizi di sicurezza del Kirghizistan", "Le comité …": an article opens the sentence
                end = self._org_phrase_end(text, words, i, i, taken, places, morph)
                if end is not None and end > i:
                    phrases.append((i, end))
                    i = end + 1
                    continue
            if i in taken or i in people or not w.is_capitalised or w.is_acronym or not w.text[:1].isalpha() or \
                    w.lower in self.any_given_names:
                i += 1
                continue
            if i in runs and runs[i] > i and (len(w.text) == 1 or (
                    (i == 0 or _starts_sentence(text, words, i)) and common_word(w.text, self.lang)
                    and not self._org_word(w) and not self._org_head(words, i))):
                nxt = next((k for k in range(i + 1, runs[i] + 1) if words[k].is_capitalised), i + 1)
                runs[nxt] = runs[i]  # "В Оболонский суд", "Співробітники Державного комітету",
                i = nxt  # "Officials of the Central Bank": a preposition or a common word opening the
                continue  # sentence (and the connector after it) is no part of the name
            opens = i in runs or self._org_word(w) or self._org_head(words, i) or \
                not (i == 0 or _starts_sentence(text, words, i))
            end = self._org_phrase_end(text, words, i, self._org_run_end(text, words, i, runs, taken),
                                       taken, places, morph) if opens else None
            if end is not None and any(i <= t <= end < t + n - 1 for t, n, _ in titles):
                end = None  # "Бас штаб бастығы": the words open a role title that runs on past them
            if end is None:
                i = runs.get(i, i) + 1
                continue
            phrases.append((i, end))
            i = end + 1
        if named:  # a party's name beside its kind wins over a phrase cut across it
            phrases = [(a, b) for a, b in phrases if not any(a <= d and c <= b for c, d in named)]
            phrases += [(a, b) for a, b in named]
        phrases += self._quoted_names(text, words, taken, hits, phrases)
        if self.head_final:
            phrases = self._owner_before(text, words, places, phrases, titles)
        designated = self._designated_names(text, words, taken, phrases)
        phrases += designated
        phrases = self._through_known_bodies(text, words, hits, unknown, phrases, index)
        phrases += self._national_bodies(words, places, phrases, taken)
        regions = self._regions(text, words, unknown, hits, phrases, index)
        if not phrases and not regions:
            return unknown
        spans = [(words[a].start, words[b].end + ((a, b) in designated), "ORG") for a, b in phrases] + \
            [(words[a].start, words[b].end, "GPE") for a, b in regions]
        kept = [u for u in unknown if not any(u.start < e and s < u.end for s, e, _ in spans) or
                (u.label == "GPE" and any(s < u.start and u.end == e and label == "ORG" and
                                          self.connectors.match_ending(words, index[u.start])
                                          for s, e, label in spans))]  # "tribunal de Tbilissi": the city stays
        kept += [Found(s, e, label, None, "name") for s, e, label in spans]
        # the quoted name after a body's kind stays a name of its own too ("ЧВК «Вагнер»", "Вагнер")
        kept += [Found(words[a + 1].start, words[b].end, "ORG", None, "quoted") for a, b in designated]
        return kept

    _KIND_NAME_MAX = 6  # words of a party's name beside its kind

    def _kind_names(self, text: str, words: list[Word], hits: list[Found]) -> list[tuple[int, int]]:
        """Names of parties, movements and blocs standing beside the word for their kind
        (``party-kind``, ``party-kind-after`` lexical sets): the quoted words after it, whatever
        their case ("движение «Новая сила»", "фракція «Народного фронту»", "Blok „Jedność i
        Wolność”"), the capitalised words after it ("ruch Nowa Siła", "le parti Rêve géorgien")
        or, where the language writes the kind after the name, before it ("the New Force
        movement", "the Unity and Freedom bloc", "«Ақ жол» партиясы").  A name the gazetteer
        knows whole, a person's name and a place are left to their own readings."""
        if not words or not (self.party_kinds or self.party_kinds_after):
            return []
        if not (self.party_kinds.may_match(words) or self.party_kinds_after.may_match(words)):
            return []  # no word for a kind in the sentence
        hit_words = {i for h in hits if h.source != "nested"
                     for i, w in enumerate(words) if w.start >= h.start and w.end <= h.end}
        out: list[tuple[int, int]] = []
        candidates: list[tuple[int, int]] = []
        for k in range(len(words)):
            span = None
            if self.party_kinds.match(words, k) and k + 1 < len(words):
                such = self.party_such_as.match(words, k + 1)  # "Parteien wie Birimdik und …"
                k1 = k + 1 + (such[0] if such else 0)
                listed: list[tuple[int, int]] = []
                while k1 < len(words) and len(listed) < 5:
                    gap = text[words[k1 - 1].end:words[k1].start]
                    # the first name right after the kind (or "such as"); a later one after "," or "and"
                    opener = gap.strip() if not listed else gap.rstrip()[-1:]
                    if opener and opener in _QUOTES_OPEN and gap[0].isspace() if not listed else \
                            opener and opener in _QUOTES_OPEN:
                        span = self._quoted_span(text, words, k1)
                    elif ((gap == " " and (self.noun_capitalising or not words[k].is_capitalised or such)) or
                          (listed and gap.strip() in ("", ","))) and \
                            (listed or such or not self.roles.match_ending(words, k)):
                        # not after a title: "Генеральный секретарь альянса Йенс …" names the alliance's
                        # officer, the kind word being the alliance itself
                        span = self._capitalised_after(text, words, k1, hit_words, not listed)  # not "Stowarzyszenie Pomocy …"
                    else:
                        span = None
                    if span is None:
                        break
                    listed.append(span)
                    # "A und B", "«A», «B» и «C»": the next name of a list
                    nxt = span[1] + 1
                    if nxt < len(words) and self.conjunctions.match(words, nxt):
                        k1 = nxt + 1
                    elif nxt < len(words) and text[words[span[1]].end:words[nxt].start].strip(" «»„“”\"") == ",":
                        k1 = nxt
                    else:
                        break
                candidates.extend(listed)
                span = None if listed else span
            if not candidates or candidates[-1][0] <= k:
                if self.party_kinds_after.match(words, k) and k > 0 and not words[k].is_capitalised:
                    gap = text[words[k - 1].end:words[k].start]
                    if gap.strip() and gap.strip() in _QUOTES_CLOSE:
                        span = self._quoted_span_before(text, words, k - 1)
                    elif gap == " ":
                        span = self._capitalised_before(text, words, k - 1, hit_words)
                    if span is not None:
                        candidates.append(span)
        for a, b in candidates:
            span = (a, b)
            inside = set(range(a, b + 1))
            if any(h.start == words[a].start and h.end == words[b].end for h in hits) or \
                    (inside <= hit_words) or any(a <= d and c <= b for c, d in out):
                continue  # "партия «Нур Отан»": the gazetteer's own; "Armenian Dream party": read already
            if any(self._given_name_form(words[i]) for i in inside) and \
                    not any(text[words[a].start - 1:words[a].start] == q for q in _QUOTES_OPEN):
                continue  # "ruch Anny Mróz": a person's movement, not its name
            out.append(span)
        return out

    def _person_evidence(self, words: list[Word], found: Found) -> bool:
        """A name the unknown-name pass read as a person for a reason: after a role word, or
        with a given name among its words."""
        return found.source == "role-name" or any(
            self._given_name_form(w) for w in words if w.start >= found.start and w.end <= found.end)

    def _given_name_form(self, w: Word) -> bool:
        """A capitalised word that is a given name in any case form ("Anny", "Ивана")."""
        if not w.is_capitalised:
            return False
        if w.lower in self.any_given_names:
            return True
        if self._given_keys is None:
            self._given_keys = frozenset(loose_token(token_key(g, self.lang)) for g in self.any_given_names)
        return loose_token(token_key(w.text, self.lang)) in self._given_keys

    def _quoted_span(self, text: str, words: list[Word], a: int) -> tuple[int, int] | None:
        """The words from ``a`` (right after an opening quote) to the closing quote."""
        if not words[a].is_capitalised and not words[a].is_number:
            return None
        for j in range(a, min(a + self._KIND_NAME_MAX, len(words))):
            if j > a and not re.fullmatch(r"[\s\-‐‑–—'’]+", text[words[j - 1].end:words[j].start]):
                return None  # a comma, a full stop or a quote inside: no name
            after = text[words[j].end:words[j].end + 2].lstrip("\u00a0\u202f ")[:1]  # « Vague verte »
            if after and after in _QUOTES_CLOSE:
                return a, j
        return None

    def _quoted_span_before(self, text: str, words: list[Word], b: int) -> tuple[int, int] | None:
        """The words from the opening quote to word ``b`` (right before a closing quote)."""
        for a in range(b, max(b - self._KIND_NAME_MAX, -1), -1):
            if a < b and not re.fullmatch(r"[\s\-‐‑–—'’]+", text[words[a].end:words[a + 1].start]):
                return None
            before = text[max(0, words[a].start - 2):words[a].start].rstrip("\u00a0\u202f ")[-1:]
            if before and before in _QUOTES_OPEN:
                return (a, b) if words[a].is_capitalised or words[a].is_number else None
        return None

    def _name_word(self, words: list[Word], i: int, hit_words: set[int]) -> bool:
        w = words[i]
        return w.is_capitalised and w.text[:1].isalpha() and i not in hit_words and \
            w.lower not in self.not_names and not self.months.match(words, i) and not self.roles.match(words, i)

    def _capitalised_after(self, text: str, words: list[Word], a: int, hit_words: set[int],
                           glue_ok: bool = True) -> tuple[int, int] | None:
        """Capitalised words from ``a`` on, with connectors and conjunctions between them (not
        in a list's later names: "A, B and C" is three)."""
        if not self._name_word(words, a, hit_words) or words[a].is_acronym:
            return None
        b = a
        while b + 1 < len(words):
            nxt = b + 1
            if text[words[b].end:words[nxt].start] != " ":
                break  # "New Dawn, Green Wave": a comma ends the name
            if (self._name_word(words, nxt, hit_words) or self._capitalised_demonym(words, nxt)) and \
                    not words[nxt].is_acronym:
                b = nxt  # "el partido Sueño Georgiano": the nationality is a word of the name
                continue
            if nxt in hit_words and words[nxt].is_capitalised and not words[nxt].is_acronym and \
                    (nxt + 1 >= len(words) or nxt + 1 not in hit_words) and \
                    nominative(words[nxt].text, self.lang) == words[nxt].text:
                b = nxt  # "Parteien wie Mekenim Kirgistan": a country's name in the nominative ends the name
                break
            glue = glue_ok and not self.noun_capitalising and (self.connectors.match(words, nxt) or
                                                               self.conjunctions.match(words, nxt))
            k = nxt + (glue[0] if glue else 0)  # "Grüne Welle die Wahl": German capitalises the noun after
            if glue and k < len(words) and self._name_word(words, k, hit_words) and b - a < self._KIND_NAME_MAX:
                b = k
                continue
            break
        if a == b and is_slavic(self.lang) and nominative(words[a].text, self.lang) != words[a].text:
            return None  # "partia Kaczyńskiego", "движение Навального": a person's, in the genitive
        return (a, b) if b - a < self._KIND_NAME_MAX else None

    def _capitalised_demonym(self, words: list[Word], k: int) -> bool:
        w = words[k]
        return w.is_capitalised and self._demonym(w, token_key(w.text, self.lang))

    def _capitalised_before(self, text: str, words: list[Word], b: int,
                            hit_words: set[int]) -> tuple[int, int] | None:
        """Capitalised words ending at ``b``, with connectors and conjunctions between them; a
        word opening the sentence that is a common word ("The", "Opposition") is left out."""
        if not self._name_word(words, b, hit_words) or words[b].is_acronym:
            return None
        a = b
        while a > 0:
            prev = a - 1
            if self._name_word(words, prev, hit_words) and not words[prev].is_acronym and \
                    self._joined(text, words, prev, a + 1):
                a = prev
                continue
            glue = self.connectors.match(words, prev) or self.conjunctions.match(words, prev)
            if glue and prev > 0 and self._name_word(words, prev - 1, hit_words) and \
                    self._joined(text, words, prev - 1, a + 1):
                a = prev - 1
                continue
            break
        while a < b and (a == 0 or _starts_sentence(text, words, a)) and \
                (function_word(words[a].text, self.lang) or common_word(words[a].text, self.lang)):
            a += 1
        if a == b:
            return None  # one word: found without its kind, or a person's ("the Navalny movement")
        return (a, b) if b - a < self._KIND_NAME_MAX else None

    def _loose_keys(self, words: Sequence[Word]) -> tuple[str, ...]:
        return tuple(loose_token(token_key(w.text, self.lang)) for w in words)

    def _named_again(self, text: str, words: list[Word], hits: list[Found], spans: list[tuple[int, int]],
                     keys: set[tuple[str, ...]], unknown: Sequence[Found] = ()) -> list[tuple[int, int]]:
        """Words of the sentence that spell, in any case, a party name the document gives beside
        its kind elsewhere ("Представители «Новой силы»", "Nowej Siły"), unless they are part of
        a longer name or a person's name the sentence reads ("Anna Wolna" is no "Wolna")."""
        out: list[tuple[int, int]] = []
        used = {k for a, b in spans for k in range(a, b + 1)}
        hit_words = {i for h in hits if h.source != "nested"
                     for i, w in enumerate(words) if w.start >= h.start and w.end <= h.end}
        lengths = sorted({len(k) for k in keys}, reverse=True)
        i = 0
        while i < len(words):
            if i in used or not words[i].is_capitalised:
                i += 1
                continue
            for n in lengths:
                j = i + n - 1
                if j >= len(words) or used & set(range(i, j + 1)) or set(range(i, j + 1)) <= hit_words:
                    continue
                if n > 1 and not all(re.fullmatch(r"[\s\-‐‑–'’«»„“”\"]+", text[words[k].end:words[k + 1].start])
                                     for k in range(i, j)):
                    continue
                start, end = words[i].start, words[j].end
                if any(u.start < end and start < u.end and u.label == "PERSON" and self._person_evidence(words, u)
                       for u in unknown):
                    continue  # "Jarosław Kaczyński", "президент Петро Нова": a person, whatever its words spell
                if self._loose_keys(words[i:j + 1]) in keys:
                    out.append((i, j))
                    i = j
                    break
            i += 1
        return out

    def _region_word(self, words: list[Word], k: int, after: bool = True) -> bool:
        """Whether word ``k`` names a kind of region; ``after``: written after the name, where a
        language's own region nouns stand ("Ростов облысы")."""
        w = words[k]
        return self.org_words.value(w.lower, w.lemma, self.lang) in self.region_values or \
            (after and bool(self.region_nouns) and w.lower.startswith(self.region_nouns))

    def _regions(self, text: str, words: list[Word], unknown: list[Found], hits: list[Found],
                 phrases: list[tuple[int, int]], index: dict[int, int]) -> list[tuple[int, int]]:
        """A region named by its kind and a place name or adjective: "Ростовской области",
        "Gebiet Rostow", "Mandalay Region", "région de Sagaing".  The region is a place of its own
        (not its capital city, whose name it shares); a known place inside stays a mention."""
        used = {k for a, b in phrases for k in range(a, b + 1)}
        names = [u for u in unknown if u.label != "PERSON"] + \
            [h for h in hits if h.source != "nested" and h.label in ("GPE", "LOC")]
        out: list[tuple[int, int]] = []
        for f in names:
            if f.start not in index:
                continue
            a = index[f.start]
            b = max(i for i, w in enumerate(words) if w.end <= f.end)
            if len(range(a, b + 1)) > 2 or used & set(range(a, b + 1)):
                continue
            if b + 1 < len(words) and self._region_word(words, b + 1) and self._joined(text, words, b, b + 2):
                out.append((a, b + 1))
                continue
            gap = 1
            if a >= 2 and self.connectors.match(words, a - 1):
                gap = 2
            if a - gap >= 0 and self._region_word(words, a - gap, after=False) and \
                    self._joined(text, words, a - gap, a + 1):
                out.append((a - gap, b))
        return out

    _QUOTED_MAX = 5  # words of a quoted name

    def _quoted_names(self, text: str, words: list[Word], taken: set[int], hits: list[Found],
                      phrases: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A name in quotes of two words or more that holds a name the gazetteer knows is a name of
        its own («Наша Україна», „Nowa Polska“): the known name inside stays a mention too."""
        out: list[tuple[int, int]] = []
        used = {k for a, b in phrases for k in range(a, b + 1)}
        hit_words = {i for h in hits if h.source != "nested"
                     for i, w in enumerate(words) if w.start >= h.start and w.end <= h.end}
        for i, w in enumerate(words):
            if i in used or not w.is_capitalised or w.start == 0 or text[w.start - 1] not in _QUOTES_OPEN:
                continue
            for j in range(i + 1, min(i + self._QUOTED_MAX, len(words))):
                if not self._joined(text, words, j - 1, j + 1):
                    break
                nxt = words[j]
                if not nxt.is_capitalised and not self.org_words.glue(nxt.lower, self.lang) and \
                        not self.connectors.match(words, j):
                    break  # a quoted sentence ("No queríamos derrocar al Gobierno"), not a name
                if nxt.end < len(text) and text[nxt.end] in _QUOTES_CLOSE:
                    inside = set(range(i, j + 1))
                    whole_hit = any(h.start == w.start and h.end == words[j].end for h in hits)
                    if inside & hit_words and not whole_hit and not inside & used:
                        out.append((i, j))
                    break
        return out

    def _owner_before(self, text: str, words: list[Word], places: dict[int, int],
                      phrases: list[tuple[int, int]], titles: list) -> list[tuple[int, int]]:
        """Head-final languages name the country a body belongs to first ("Украина Денсаулық
        сақтау министрлігінің", "Қазақстан Ішкі істер министрлігі", "Украина президенті
        кеңсесі"): the place and the organisation words after it up to a head are one name (the
        place stays a mention of its own)."""
        out = list(phrases)
        for first, last in sorted(places.items()):
            if not words[first].is_capitalised:
                continue  # a lower-case place word: an adjective, no owner
            k = last + 1
            end = None
            while k < len(words) and k - last <= self._ORG_TAIL and self._joined(text, words, k - 1, k + 1):
                if self._org_head(words, k):
                    end = k
                    break
                if not (self._org_word(words[k]) or self.org_words.glue(words[k].lower, self.lang)):
                    break
                k += 1
            if end is None and any(a == last + 1 for a, _ in out):
                end = next(b for a, b in out if a == last + 1)  # the body found on its own already
            if end is None or any(first <= t <= end < t + n - 1 for t, n, _ in titles):
                continue
            out = [(a, b) for a, b in out if b < first or a > end] + [(first, end)]
        return out

    _AFTER_KNOWN = 6  # words of an organisation's name after the known body inside it

    def _through_known_bodies(self, text: str, words: list[Word], hits: list[Found], unknown: list[Found],
                              phrases: list[tuple[int, int]], index: dict[int, int]) -> list[tuple[int, int]]:
        """An organisation's name that runs on through a body the gazetteer knows: "Office of the
        UN High Commissioner for Human Rights", "Oficina del Alto Comisionado de la ONU para los
        Derechos Humanos", "Haut-Commissariat des Nations unies aux droits de l'homme".  The name
        before the body has an organisation head; after the body come capitalised words,
        organisation words and glue, ending on a word of its own.  The body stays a mention."""
        bodies = {}
        for h in hits:
            if h.source != "nested" and h.label == "ORG" and h.start in index:
                bodies[index[h.start]] = max(i for i, w in enumerate(words) if w.end <= h.end)
        if not bodies:
            return phrases
        pieces = sorted(set(phrases) | {(index[u.start], max(i for i, w in enumerate(words) if w.end <= u.end))
                                        for u in unknown if u.label != "PERSON" and u.start in index})
        out = list(phrases)
        for a, b in pieces:
            if not any(self._org_head(words, k) for k in range(a, b + 1)):
                continue
            j = b + 1
            while j < len(words) and j not in bodies and self._joined(text, words, j - 1, j + 1) and \
                    (self.connectors.match(words, j) or self.org_words.glue(words[j].lower, self.lang)):
                j += 1
            if j not in bodies or not self._joined(text, words, b, j + 1):
                continue
            k = end = bodies[j]
            while k + 1 < len(words) and k + 1 - bodies[j] <= self._AFTER_KNOWN and \
                    self._joined(text, words, k, k + 2):
                nxt = words[k + 1]
                glue = self.connectors.match(words, k + 1) or self.org_words.glue(nxt.lower, self.lang)
                if not (glue or self._org_word(nxt) or (nxt.is_capitalised and not nxt.is_acronym)):
                    break
                k += 1
                if not glue:
                    end = k
            if end > bodies[j]:
                out = [(x, y) for x, y in out if y < a or x > end] + [(a, end)]
        return out

    def _designated_names(self, text: str, words: list[Word], taken: set[int],
                          phrases: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A body's kind written as a name (an acronym, or an organisation word or head capitalised
        mid-sentence: "ЧВК", "Movimiento") right before a name in quotes is one name with it
        ("ЧВК «Вагнер»"); "Партія «Світанок»" opening a sentence is the frames' to read."""
        out: list[tuple[int, int]] = []
        used = {k for a, b in phrases for k in range(a, b + 1)}
        for i in range(len(words) - 1):
            w, nxt = words[i], words[i + 1]
            if i in used or i in taken or (i + 1) in used or not nxt.is_capitalised:
                continue
            gap = text[w.end:nxt.start]
            if not gap.strip() or gap.strip()[-1] not in _QUOTES_OPEN or gap.strip()[:-1]:
                continue
            if not (self._org_head(words, i) or self._org_word(w)) or not (w.is_acronym or (
                    w.is_capitalised and i > 0 and not _starts_sentence(text, words, i))):
                continue  # "партії «Світанок»": a lower-case kind is the frames' to read ("leader of the party X")
            for j in range(i + 1, min(i + 1 + self._QUOTED_MAX, len(words))):
                if j in taken or j in used or (j > i + 1 and not self._joined(text, words, j - 1, j + 1)):
                    break
                if words[j].end < len(text) and text[words[j].end] in _QUOTES_CLOSE:
                    out.append((i, j))
                    break
        return out

    def _national_bodies(self, words: list[Word], places: dict[int, int],
                         phrases: list[tuple[int, int]], taken: set[int]) -> list[tuple[int, int]]:
        """A nationality adjective before an organisation head and its organisation words
        ("rosyjskie służby", "Russian security services"): the body, the country a nested mention."""
        out: list[tuple[int, int]] = []
        used = {k for a, b in phrases for k in range(a, b + 1)}
        for i, last in places.items():
            adjective = not words[i].is_capitalised or self._demonym(words[i], token_key(words[i].text, self.lang)) \
                or self._adjective_label(words, i, last)  # "Sri Lankan"
            if i in used or last + 1 >= len(words) or not adjective:  # a lower-case place word: an adjective
                continue
            end = None
            for k in range(last + 1, min(last + 4, len(words))):
                nxt = words[k]
                if (nxt.is_capitalised and not self.noun_capitalising) or k in taken:
                    break  # "the Russian army": a body the gazetteer knows by its noun
                if self.troop_nouns.match(words, k):
                    break  # "Russian forces", "російські війська": a country's troops, read by the relation frames
                if self._org_head(words, k):
                    end = k
                elif not self._org_word(nxt):
                    break
            if end is not None and not used & set(range(i, end + 1)):
                out.append((i, end))
        return out

    def _lowercase_body_hits(self, text: str, words: list[Word], hits: list[Found],
                             unknown: list[Found]) -> list[Found]:
        """:meth:`_lowercase_bodies` of a sentence's words no other mention covers, as mentions:
        the ontology's body where its words are one of its labels ("the health ministry"), so a
        document on another country reads them as that country's."""
        spans = [(f.start, f.end) for f in hits] + [(f.start, f.end) for f in unknown]
        taken = {i for i, w in enumerate(words) if any(s < w.end and w.start < e for s, e in spans)}
        out: list[Found] = []
        for a, b in self._lowercase_bodies(text, words, [], taken):
            keys = tuple(token_key(w.text, self.lang) for w in words[a:b + 1])
            heads = [k for k in range(a, b + 1) if self._lowercase_head_word(words[k])]
            capital = tuple(token_key(w.text.capitalize(), self.lang) if k in heads else keys[k - a]
                            for k, w in enumerate(words[a:b + 1], a))
            eid = self.gazetteer.get(keys) or self.gazetteer.get(capital)
            entity = self.ontology.entities.get(eid) if eid else None
            out.append(Found(words[a].start, words[b].end, "ORG",
                             eid if entity is not None and entity.type == "ORG" else None, "name"))
        return out

    def _lowercase_head_word(self, w: Word) -> bool:
        """An ``org-head-lowercase`` word ("ministry", "resorcie")."""
        return w.lower in self.lowercase_heads or w.lemma in self.lowercase_heads or \
            bool(self.lowercase_head_stems and w.lower.startswith(self.lowercase_head_stems))

    def _lowercase_bodies(self, text: str, words: list[Word], phrases: list[tuple[int, int]],
                          taken: set[int]) -> list[tuple[int, int]]:
        """Ministries and prosecutors' offices named in lower case mid-sentence (an
        ``org-head-lowercase`` head with the organisation words of its field before or after it:
        "the health ministry", "ministerstwa obrony", "resort finansów", "la procura generale",
        "министерства здравоохранения"): the body.  A head alone ("the ministry said") names none."""
        if not (self.lowercase_heads or self.lowercase_head_stems):
            return []
        used = {k for a, b in phrases for k in range(a, b + 1)} | taken
        out: list[tuple[int, int]] = []
        for k, w in enumerate(words):
            if k in used or w.is_capitalised or not self._lowercase_head_word(w):
                continue
            start = end = k
            j = k + 1  # after the head: its field's words, glue between them ("ministero della difesa")
            while j < len(words) and j not in used and not words[j].is_capitalised and \
                    words[j].text[:1].isalpha() and self._joined(text, words, j - 1, j + 1):
                if self._org_word(words[j]):
                    end = j
                elif not self.org_words.glue(words[j].lower, self.lang):
                    break
                j += 1
            j = k - 1  # before it ("the defence ministry")
            while j >= 0 and j not in used and not words[j].is_capitalised and \
                    self._joined(text, words, j, j + 2) and self._org_word(words[j]) and \
                    not self._org_head(words, j):
                start = j
                j -= 1
            if (start, end) != (k, k) and not any(a <= end and start <= b for a, b in out):
                out.append((start, end))
        return out

    def _org_head(self, words: list[Word], k: int) -> bool:
        """An organisation head word at ``k``, also capitalised ("Ligi": the dictionary lemmatises
        only its lower-case form)."""
        if self.org_heads.match(words, k):
            return True
        w = words[k]
        if self.org_head_stems and w.lower.startswith(self.org_head_stems):
            return True
        if self.compound_heads and w.lower.endswith(self.compound_heads) and \
                self.org_words.value(w.lower, w.lower, self.lang) is not None and (" " in \
                self.org_words.value(w.lower, w.lower, self.lang) or w.lower not in self.compound_heads):
            return True  # "Verteidigungsministerium", "Zentralbank": a compound that ends in a head
        lemmas = {lemma_of(w.lower, self.lang)} if w.is_capitalised else set()
        if self.lang in MORPHOLOGY_LANGS:  # "радой": the council, though "рад" (glad) is likelier
            lemmas |= {p.normal_form for p in analyser(self.lang).parse(w.lower)[:4] if p.tag.POS == "NOUN"}
        return any(self.org_heads.match([replace(w, lemma=lemma)], 0) for lemma in lemmas - {w.lemma})

    def _org_word(self, w: Word) -> bool:
        """A word the ontology's organisation words translate ("безпеки", "nazionale")."""
        return self.org_words.value(w.lower, w.lemma, self.lang) is not None

    def _org_phrase_end(self, text: str, words: list[Word], i: int, run_end: int, taken: set[int],
                        places: dict[int, int], morph: bool) -> int | None:
        """The last word of the organisation phrase opening at word ``i`` (capitalised words up to
        ``run_end``, then lower-case ones), or ``None``."""
        sentence_start = i == 0 or _starts_sentence(text, words, i)
        link = self.connectors.match(words, run_end + 1)
        heads = [k for k in range(i, run_end + 1) if self._org_head(words, k) or self._kind_word(words, k) or
                 (k == run_end and run_end + 1 + (link[0] if link else 0) in places and
                  " " in (self.org_words.value(words[k].lower, words[k].lemma, self.lang) or ""))]
        # ("Центризбиркома Грузии": one word for a whole body, a head of its own before its country)
        j = run_end + 1
        tail: list[int] = []
        while j < len(words) and len(tail) < self._ORG_TAIL and j not in taken and \
                self._joined(text, words, j - 1, j + 1):
            nxt = words[j]
            org_word = self._org_word(nxt)
            if (nxt.is_capitalised and not (org_word and heads)) or not nxt.text[:1].isalpha() or nxt.is_number:
                break
            if self._org_head(words, j) or (morph and self._kind_word(words, j)):  # "Единого национального движения"
                heads.append(j)  # (a kind after the name elsewhere is no part of it: "the Batkivshchyna faction")
            elif org_word or (heads and self.org_words.glue(nxt.lower, self.lang)):
                pass  # "ліги за демократію", "Lega nazionale per la democrazia"
            elif self.org_words.glue(nxt.lower, self.lang) and self._org_word(words[j - 1]) and \
                    j + 1 < len(words) and self._org_word(words[j + 1]):
                pass  # glue between organisation words before the head ("Демократия үшін ұлттық лиганың")
            elif morph and not phrase_word(nxt.text, self.lang, genitive=bool(heads)):
                break  # a verb, a preposition: the name ended before it
            elif not morph:
                break  # without morphology only organisation words and glue are read
            tail.append(j)
            j += 1
        if not heads:
            return None
        worded = run_end  # the last word of the tail's opening run of organisation words and glue
        for k in tail:
            if self._org_word(words[k]) or self._org_head(words, k) or (morph and self._kind_word(words, k)):
                worded = k
            elif not self.org_words.glue(words[k].lower, self.lang):
                break
        last = tail[-1] if tail else run_end
        # the place or nationality the organisation belongs to, right after it (or after "of")
        gap = self.connectors.match(words, last + 1)
        at = last + 1 + (gap[0] if gap else 0)
        if at in places and self._joined(text, words, last, at + 1) and \
                (not morph or not tail or heads[-1] <= last):
            return places[at]
        if self.head_final:
            end = max((k for k in heads if k <= max(worded, run_end)), default=None)
            # "Комитеттің хабарлауынша": a head alone opening a sentence refers back to a body named before
            return None if end == i and sentence_start else end
        if heads == [i] == [run_end] and not tail and self.compound_heads and \
                not self.org_heads.match(words, i) and self._org_head(words, i) and \
                not words[i].lower.endswith(self.kind_endings):
            return i  # "Das Verteidigungsministerium": one compound names the body (a kind of party
            # does not: "Die Regierungspartei", "Die Oppositionspartei" are one party of many)
        if worded > run_end and heads[0] <= worded:
            return worded  # every word after the capitalised ones is an organisation word or glue
        if not morph or sentence_start or last == i or not tail:
            return None
        # mid-sentence: the capitalised word, the head and its lower-case adjectives and complements
        return last

    def _demonym_after_name(self, text: str, words: list[Word], hits: list[Found],
                            unknown: list[Found]) -> list[Found]:
        """"Sogno georgiano", "Rêve géorgien": a lower-case nationality adjective right after an
        unknown capitalised name is part of that name, not a mention of the country."""
        by_start = {w.start: w for w in words}
        merged: list[Found] = []
        dropped: set[Found] = set()
        for u in unknown:
            after = [h for h in hits if h.hint and h.start > u.end and
                     _NAME_GAP.fullmatch(text[u.end:h.start]) and text[u.end:h.start].strip() == ""]
            adj = next((h for h in after if h.start in by_start and (
                not by_start[h.start].is_capitalised or self.demonyms_lower) and
                        self._demonym(by_start[h.start], token_key(by_start[h.start].text, self.lang))), None)
            # "Sueño Georgiano", "Sogno Georgiano": written capitalised in a language that writes its
            # nationalities in lower case, the adjective is the more surely part of the name
            if adj is not None and u.label == "ORG" and u.source == "name":
                dropped.add(adj)
                merged.append(Found(u.start, adj.end, "ORG", None, "name"))
            else:
                merged.append(u)
        return [h for h in hits if h not in dropped] + merged

    def _gazetteer_hits(self, text: str, words: list[Word]) -> list[Found]:
        """Longest gazetteer matches, then the names nested inside them.

        "Парламент Таджикистану" is the parliament and mentions Tajikistan:
        the inner match is kept too, as a ``"nested"`` mention.
        """
        keys = [token_key(w.text, self.lang) for w in words]
        # an all-capitals word of a dateline or headline ("ALMATY —") is read as
        # the same word in title case when the capitals find nothing
        title_keys = [token_key(w.text.capitalize(), self.lang) if w.is_acronym and len(w.text) >= 4
                      else None for w in words]
        hits: list[Found] = []
        i = 0
        while i < len(words):
            hit = self._match_at(text, words, keys, i, len(words))
            if hit is None and title_keys[i] is not None:
                hit = self._match_at(text, words, keys[:i] + title_keys[i:i + 1] + keys[i + 1:], i, i + 1,
                                     title_case=True)
            if hit and hit[1] == 1 and self._demonym(words[i], keys[i]):
                end = self._adjective_name(text, words, keys, i)
                if end is not None:  # "«Грузинская мечта»", "Georgian Dream": a name, not the country
                    hits.append(Found(words[i].start, words[end - 1].end, "ORG", None, "adjective-name"))
                    i = end
                    continue
            if hit and hit[0].label == "GPE" and (end := self._country_name(text, words, keys, hit[0], i, i + hit[1])):
                # "Sri Lanka Podujana Peramuna", "the Sri Lanka Freedom Party": a name, not the country
                hits.append(Found(words[i].start, words[end - 1].end, "ORG", None, "adjective-name"))
                i = end
                continue
            if hit:
                found, n = hit
                hits.append(found)
                j = i if found.label != "PERSON" else i + n  # a person's name holds no other name
                while j < i + n:  # names inside the match
                    inner = self._match_at(text, words, keys, j, i + n, shorter_than=n)
                    if inner and inner[0].hint != found.hint:
                        hits.append(Found(inner[0].start, inner[0].end, inner[0].label, inner[0].hint,
                                          "nested"))
                    j += inner[1] if inner else 1
                i += n
            else:
                i += 1
        return hits

    _COUNTRY_NAME_MAX = 4  # words of an organisation's own name after the country that opens it

    def _country_name(self, text: str, words: list[Word], keys: list[str], found: Found, i: int,
                      j: int) -> int | None:
        """The end of an organisation's name that a country's name opens, the words after it
        capitalised, no role, head, given name or known name, and (in a language capitalising
        its nouns) none of them a word of its dictionary: "Sri Lanka Podujana Peramuna", "the
        Sri Lanka Freedom Party" (the head may come after the name's own words); ``None`` for
        "Sri Lanka" alone, "Sri Lanka President …", a headline in title case."""
        entity = self.ontology.entities.get(found.hint) if found.hint else None
        link = self.connectors.match(words, i - 1) if i >= 2 else None
        if entity is not None and link and link[0] == 1 and (
                self._org_word(words[i - 2]) or self._org_head(words, i - 2) or
                (words[i - 2].is_capitalised and not self.noun_capitalising)):
            return None  # "the Central Bank of Sri Lanka Nandalal Weerasinghe": the country closes a name
        if entity is None or entity.rdf_class != "Country" or j >= len(words) or _title_case(words) or \
                is_slavic(self.lang) or \
                self.head_final or not words[i].is_capitalised or \
                self._demonym(words[i], keys[i]) or text[found.start:found.end].endswith(self.possessive_any) or \
                any(self.roles.match_ending(words, x) for x in range(max(1, i - 2), i + 1)):
            return None  # a country's case form, a nationality or "Kyrgyzstan's" opens no name
        k = j
        while k < len(words) and k - j < self._COUNTRY_NAME_MAX and self._joined(text, words, k - 1, k + 1):
            w = words[k]
            if not w.is_capitalised or w.is_acronym or w.is_number or len(w.text) <= 2:
                break
            if self.org_heads.match(words, k):
                if k > j:
                    k += 1  # "Freedom Party": the name's head closes it
                break
            if w.lower in self.any_given_names or (known_word(w.text, self.lang) and
                                                   (self.noun_capitalising or not common_word(w.text, self.lang))):
                return None  # "USA Donald Trump": a person's name (the dictionary's names), not a body's
            if k == j and (self._starts_of_names(text, words, keys, k) or
                           any(self.roles.match(words, x) or self.role_modifiers.match(words, x)
                               for x in range(k, min(k + 3, len(words))))):
                return None
            k += 1
        if k < len(words) and k - j >= self._COUNTRY_NAME_MAX and words[k].is_capitalised:
            return None  # a longer run of capitals: no name we can bound
        return k if k > j else None

    def _adjective_name(self, text: str, words: list[Word], keys: list[str], i: int) -> int | None:
        """The end of the name a capitalised nationality adjective opens mid-sentence (or, in a
        language that capitalises its demonyms, anywhere: "Georgian Dream said …"), or None.

        "партия «Грузинская мечта»", "Грузинську мрію", "Sogno georgiano" aside, a
        demonym written with a capital where the language writes it in lower case
        (or, in English, followed by a capitalised word that is no role or known name)
        opens an organisation's name: the words after it up to a closing quote, or the
        next word.
        """
        w = words[i]
        if not w.is_capitalised or w.is_acronym or i + 1 >= len(words):
            return None
        quoted = w.start > 0 and text[w.start - 1] in _QUOTES_OPEN
        if not quoted and (i == 0 or _starts_sentence(text, words, i)) and \
                (self.lang not in self.capitalised_demonyms or self.noun_capitalising or
                 not words[i + 1].is_capitalised):
            return None  # a sentence's first word is capitalised anyway; in English the next word tells
        if not self._joined(text, words, i, i + 2) or i + 1 in self._starts_of_names(text, words, keys, i + 1):
            return None
        lower_demonym = self.lang not in self.capitalised_demonyms
        nxt = words[i + 1]
        if not quoted and not lower_demonym and not self.noun_capitalising:
            body = self._demonym_body_end(text, words, i)
            if body is not None:
                return body
        if self.org_heads.match(words, i + 1) or nxt.is_number or \
                any(self.roles.match(words, k) or self.role_modifiers.match(words, k)
                    for k in range(i + 1, min(i + 4, len(words)))):
            return None  # "Kazakh Foreign Minister …": a role follows, the adjective is the country's
        if quoted:
            j = i + 1
            while j < len(words) and self._joined(text, words, j - 1, j + 1) and j - i < 6:
                j += 1
                if text[words[j - 1].end:words[j - 1].end + 1] in _QUOTES_CLOSE:
                    return j
            return None
        if lower_demonym or nxt.is_capitalised:
            if not ((nxt.is_capitalised or lower_demonym) and len(nxt.text) > 2):
                return None
            end = k = i + 2
            while self._org_word(nxt) and k < len(words) and k - i <= 4 and self._joined(text, words, k - 1, k + 1) \
                    and (self._org_word(words[k]) or self._org_head(words, k)):
                k += 1  # "Грузинская православная церковь", "Georgische Orthodoxe Kirche": up to its head
                if self._org_head(words, k - 1):
                    end = k
            return end
        return None

    def _demonym(self, w: Word, key: str) -> bool:
        return key in self.adjective_keys or w.lower in self.adjective_words or (key not in self.gazetteer_names and
                                              token_key(w.lower, self.lang) in self.adjective_keys)

    def _starts_of_names(self, text: str, words: list[Word], keys: list[str], i: int) -> set[int]:
        """``{i}`` when the gazetteer knows a name starting at word ``i``."""
        return {i} if self._match_at(text, words, keys, i, len(words)) else set()

    def _match_at(self, text: str, words: list[Word], keys: list[str], i: int, limit: int,
                  shorter_than: int | None = None, title_case: bool = False) -> tuple[Found, int] | None:
        longest = min(self.max_key, limit - i, (shorter_than or self.max_key + 1) - 1)
        head_key = None  # "ministero dell'Interno": the head read as in a capitalised label
        if not words[i].is_capitalised and self.org_heads.match(words, i):
            head_key = token_key(words[i].text.capitalize(), self.lang)
        # no key is longer than the longest one this word (or its head reading) opens; one word is
        # still read in lower case below.  Most words open none: one lookup instead of max_key.
        longest = min(longest, max(1, self._longest_from.get(keys[i], 0), self._longest_from.get(head_key, 0)))
        for n in range(longest, 0, -1):
            key = tuple(keys[i:i + n])
            eid = self.gazetteer.get(key)
            if eid is None and head_key is not None and n >= 2:
                key = (head_key,) + key[1:]
                eid = self.gazetteer.get(key)
            if eid is None and n == 1 and words[i].is_capitalised and not words[i].is_acronym:
                lower = (token_key(words[i].lower, self.lang),)  # "el Gobierno" ~ "gobierno"
                if lower in self.lowercase_keys:
                    key, eid = lower, self.gazetteer.get(lower)
            if eid is None or not self._joined(text, words, i, i + n):
                continue
            if not words[i].is_capitalised and key not in self.lowercase_keys and \
                    not self._lowercase_head(words, i, n):
                continue
            if title_case and key in self.acronym_keys:
                continue
            if key in self.acronym_keys and not all(w.is_acronym or len(w.text) == 1
                                                    for w in words[i:i + n]) and \
                    not (self._acronym_as_word(text, words, i, n) and words[i].lower in self.acronym_words):
                continue  # "Un", "As" are no UN, no AS; "Unii" (a case of "Unia") is no UN
            if n == 1 and not words[i].is_acronym and len(words[i].text) <= 3 and \
                    words[i].lower not in self.short_labels:
                continue  # short words collide with stems of longer names ("As" ~ "Asia")
            if n == 1 and not words[i].is_acronym and key not in self.lowercase_keys and \
                    function_word(words[i].text, self.lang):
                continue  # "Того" (of that) is no Togo, "Мали" (had) no Mali; "уряд" is a label itself
            if n == 1 and self._other_script_label(words[i], key):
                continue  # "Чинний" (current) is no China, "УК" (the criminal code) no UK
            entity = self.ontology.entities.get(eid)
            if n == 1 and entity is not None and self._respelled_before_name(text, words, i, entity):
                continue
            label = entity.type if entity else "ORG"
            if label in COLLECTIVE_LABELS and not self.collective:
                continue
            end = words[i + n - 1].end
            if n > 1 and _initial(words[i + n - 1]) and text[end:end + 1] == ".":
                end += 1  # "U.S." keeps its last full stop
            return Found(words[i].start, end, label, eid), n
        return None

    def _other_script_label(self, w: Word, key: tuple[str, ...]) -> bool:
        """A Cyrillic common word whose key only labels written in another script share
        ("Чинний" ~ China, "УК" ~ UK): the transliteration's chance, no name."""
        return has_cyrillic(w.text) and key not in _cyrillic_keys(self.ontology) and common_word(w.text, self.lang)

    def _given_before_name(self, words: list[Word], i: int) -> bool:
        """A given name of any language the dictionary also knows ("Peter", "Sean") right
        before another capitalised word, or the word right after one: a person's name."""
        if i and words[i - 1].lower in self.any_given_names and words[i - 1].is_capitalised:
            return True  # the word after it: the surname ("Jewgeni Prigoschin")
        return words[i].lower in self.any_given_names and i + 1 < len(words) and \
            words[i + 1].is_capitalised and not words[i + 1].is_acronym

    def _titled_before_surname(self, text: str, words: list[Word], i: int) -> bool:
        """Word ``i`` stands between a role title and a capitalised word the dictionary lacks
        ("Finanzminister Basil Rajapaksa", "Präsidentin Tina Kotek"): a given name the dictionary
        also holds as a noun, before a foreign surname."""
        if i == 0 or i + 1 >= len(words):
            return False
        prev, nxt = words[i - 1], words[i + 1]
        titled = self.roles.match_ending(words, i) is not None or self._role_compound(prev)
        return titled and nxt.is_capitalised and not nxt.is_acronym and len(nxt.text) > 2 and \
            not known_word(nxt.text, self.lang) and self._joined(text, words, i - 1, i + 2)

    def _foreign_run(self, text: str, words: list[Word], i: int) -> bool:
        """Word ``i`` is one the dictionary holds without forms of its own (a name it read in
        running text: "Aung", "Suu"), in a run of three or more such words or words it lacks:
        a foreign name of several words ("Aung San Suu Kyi"), not a noun."""
        def foreign(k: int, known: bool) -> bool:
            w = words[k]
            if w.is_acronym or not w.is_capitalised:
                return False
            if not known_word(w.text, self.lang):
                return not known
            return formless_word(w.text, self.lang)
        if not foreign(i, True):
            return False
        lo = hi = i  # the run of such words (or words the dictionary lacks) around word i
        while lo > 0 and self._joined(text, words, lo - 1, lo + 1) and \
                (foreign(lo - 1, True) or foreign(lo - 1, False)):
            lo -= 1
        while hi + 1 < len(words) and self._joined(text, words, hi, hi + 2) and \
                (foreign(hi + 1, True) or foreign(hi + 1, False)):
            hi += 1
        return hi - lo + 1 >= _FOREIGN_RUN

    def _respelled_before_name(self, text: str, words: list[Word], i: int, entity) -> bool:
        """One capitalised word that matches a label only through transliteration (no label
        opens with its letters: "Khin" ~ "Chin", China in Polish) and runs on into another
        capitalised word: the first word of an unknown name ("Khin Maung Zaw"), not the place."""
        w = words[i]
        if w.is_acronym or i + 1 >= len(words) or not words[i + 1].is_capitalised or \
                words[i + 1].is_acronym or not self._joined(text, words, i, i + 2):
            return False
        opening = w.text[:2].casefold()
        openings = self._label_openings.get(entity.id)
        if openings is None:
            labels = entity.labels(hidden=True) + tuple(a for _, forms in entity.adjectives for a in forms)
            openings = self._label_openings[entity.id] = frozenset(_plain(label[:2]) for label in labels)
        return _plain(opening) not in openings

    def _lowercase_head(self, words: list[Word], i: int, n: int) -> bool:
        """An organisation name whose head noun is written in lower case ("ministero
        dell'Interno", "ministère de la Santé"): the head is a lexicon org head and a
        later word of the name is capitalised."""
        return n >= 2 and bool(self.org_heads.match(words, i)) and \
            any(w.is_capitalised for w in words[i + 1:i + n])

    @staticmethod
    def _acronym_as_word(text: str, words: list[Word], i: int, n: int) -> bool:
        """An acronym written as a word ("Onu", "Otan", "Nato"), as Italian, Spanish and
        French do: one title-case word of three letters or more, not opening a sentence
        (or right after an elided article: "L'Onu")."""
        w = words[i]
        if n != 1 or len(w.text) < 3 or not w.text[:1].isupper() or not w.text[1:].islower():
            return False
        elided = w.start > 0 and text[w.start - 1] in "'’"
        return elided or (i > 0 and not _starts_sentence(text, words, i))

    def _unknown_names(self, text: str, words: list[Word], hits: list[Found],
                       mid_caps: set[str], lower_words: set[str]) -> list[Found]:
        if not words:
            return []
        taken = set()
        for h in hits:
            taken.update(i for i, w in enumerate(words) if w.start >= h.start and w.end <= h.end)
        headline = _title_case(words)  # "Russia Sends Troops to the Capital"
        if headline and self.noun_capitalising and re.match(r"\s*[.!?]", text[words[-1].end:words[-1].end + 2]):
            headline = False  # "Präsident X bat die Opposition um Hilfe.": German capitals, a full stop
        tails = self._title_tails(words)  # "ministro degli Esteri |Luigi Di Maio"
        role_end = self._role_ends(words, taken | tails)
        out: list[Found] = []
        i = 0
        while i < len(words):
            if i in taken or i in tails or not self._candidate(text, words, i, lower_words):
                i += 1
                continue
            j = i + 1  # extend the run over capitalised words and connectors
            while j < len(words):
                if j not in taken and j not in tails and self._candidate(text, words, j, lower_words) \
                        and self._joined(text, words, j - 1, j + 1) and not self._case_ends_name(words, j):
                    j += 1
                    continue
                hit = self.connectors.match(words, j) or self._hyphen_bound(text, words, j)
                k = j + hit[0] if hit else j
                if hit and k < len(words) and k not in taken and words[k].is_capitalised and \
                        self._candidate(text, words, k, lower_words) and self._joined(text, words, j - 1, k + 1):
                    j = k + 1
                    continue
                break
            after_role = i in role_end
            parts = self._split_run(text, words, list(range(i, j)))
            for n, run in enumerate(parts):
                last = n == len(parts) - 1  # a role introduces the name that ends the run
                keep = self._keep(text, words, run, headline, after_role and last, mid_caps)
                if keep:
                    out.append(self._conjoined_place(words, run, keep, out, hits))
            i = j
        return out

    _HYPHEN_WORDS = 2  # lower-case words between hyphens inside one name ("Rostov-sur-le-Don")

    def _hyphen_bound(self, text: str, words: list[Word], j: int) -> tuple[int, None] | None:
        """Lower-case words written between hyphens, with no space, inside a place's name
        ("Ростов-на-Дону", "Rostov-sur-le-Don", "Stratford-upon-Avon"): ``(count, None)``."""
        k = j
        while k < len(words) and k - j < self._HYPHEN_WORDS and words[k].text.isalpha() and \
                words[k].text.islower() and k > 0 and text[words[k - 1].end:words[k].start] in _HYPHENS:
            k += 1
        if k == j or k >= len(words) or text[words[k - 1].end:words[k].start] not in _HYPHENS:
            return None
        return (k - j, None)

    def _conjoined_place(self, words: list[Word], run: list[int], found: Found, before: list[Found],
                         hits: list[Found]) -> Found:
        """A bare word labelled ORG for want of evidence, joined by a conjunction to the place
        right before it, is a place of that kind ("на Майдані Незалежності та Хрещатику")."""
        if found.label != "ORG" or found.source != "name" or len(run) != 1 or run[0] < 2 or \
                not self.conjunctions.match(words, run[0] - 1):
            return found
        end = words[run[0] - 2].end
        prev = [f for f in (*before, *hits) if f.end == end and f.label in ("LOC", "GPE")]
        return replace(found, label=prev[0].label) if prev else found

    def _split_run(self, text: str, words: list[Word], run: list[int]) -> list[list[int]]:
        """A run of capitalised words cut where one name ends and the next begins.

        "СНБО Петром Порошенко", "TBILISI - Mikheil Kavelashvili": an acronym or a word
        in capitals before title-case words is a name of its own; "«Вагнер» Евгений
        Пригожин": a quoted name ends at its quote; "Генштаба Валерий Герасимов",
        "Defensa Yunus-Bek Yevkúrov": a leading common word (a noun the language's
        dictionary knows in lower case, not as a name) is no part of a name of two words
        or more after it (a capitalised Cyrillic one, "Угорщини", "Генштаба", stays a
        mention of its own: mid-sentence capitals there mark proper names).
        """
        first = run[0]
        if len(run) >= 3 and first > 0 and not words[first - 1].is_capitalised and \
                (self._region_word(words, first - 1, after=False) or
                 self.place_nouns.get(words[first - 1].lower) == "GPE") and \
                city(key_tuple(words[first].text, self.lang)) is not None:
            # "regionu Rangun Phyo Min Theina": the region's or town's name, then a person's
            return [[first]] + self._split_run(text, words, run[1:])
        parts: list[list[int]] = []
        current: list[int] = []
        for k in run:
            if current:
                gap = text[words[current[-1]].end:words[k].start]
                prev_caps = all(words[c].is_acronym for c in current)
                quote_end = bool(re.search(r"[»”“\"]\s", gap) or re.search(r"\s[«„“\"]", gap))
                caps_change = prev_caps != words[k].is_acronym and len(words[k].text) > 1 and \
                    len(words[current[-1]].text) > 1
                if quote_end or caps_change:
                    parts.append(current)
                    current = []
            current.append(k)
        parts.append(current)
        parts = [piece for part in parts for piece in self._split_conjoined(words, part)]
        out: list[list[int]] = []
        for part in parts:
            if any(self.org_heads.match(words, k) or self.connectors.match(words, k) for k in part):
                out.append(part)  # "Ministry of Fisheries": an organisation's name keeps its head
                continue
            while len(part) >= 3 and not words[part[0]].is_acronym and len(words[part[0]].text) >= 5 and \
                    text[words[part[0]].end:words[part[1]].start] not in _HYPHENS and \
                    common_word(words[part[0]].text, self.lang):  # short words: too often names too
                if has_cyrillic(words[part[0]].text):
                    out.append(part[:1])  # "Угорщини Віктор Орбан", "Генштаба …": a name of its own
                part = part[1:]
            out.append(part)
        out = [piece for part in out for piece in self._split_city_in_case(text, words, part)]
        pieces = [piece for part in out for piece in self._split_before_given_name(words, part)]
        if pieces and len(pieces[0]) >= 3 and run[0] > 0 and not words[run[0] - 1].is_capitalised and \
                self._region_word(words, run[0] - 1) and not self.org_heads.match(words, run[0]):
            # "regionu Rangun Phyo Min Theina": the region word's name, then a person
            pieces[:1] = [pieces[0][:1], pieces[0][1:]]
        # "Zdaniem Nawalnej O. Daniluk": initials open the next name, unless a given name comes
        # before them ("George W. Bush")
        pieces = [p for piece in pieces for p in self._split_before_initials(words, piece)]
        # "Су Чжи мен Вин Минт Нейпьидодағы": a name, then a place in the locative
        return [p for piece in pieces for p in
                ([piece[:-1], piece[-1:]] if len(piece) >= 3 and self._place_ending(words[piece[-1]].text)
                 else [piece])]

    def _split_before_initials(self, words: list[Word], piece: list[int]) -> list[list[int]]:
        for n in range(1, len(piece) - 1):
            before, at = words[piece[n - 1]], words[piece[n]]
            if _initial(at) and not _initial(before) and not self._given(before) and before.is_capitalised:
                return [piece[:n]] + self._split_before_initials(words, piece[n:])
        return [piece]

    def _given(self, w: Word) -> bool:
        """A given name of any language's list, in any case ("Ірини": Ірина)."""
        return w.lower in self.any_given_names or (w.lemma != w.lower and w.lemma in self.any_given_names)

    def _place_ending(self, word: str) -> bool:
        low = word.casefold()
        return any(low.endswith(e) and len(low) >= len(e) + 3 for e in self.place_endings)

    def _split_city_in_case(self, text: str, words: list[Word], part: list[int]) -> list[list[int]]:
        """In a suffixing language (one listing surname endings: kk) a last word in a case form
        that names a GeoNames city is no part of the name before it ("Вин Минт | Нейпьидодағы")."""
        if not self.surname_endings or len(part) < 2 or not has_case_suffix(words[part[-1]].text, self.lang):
            return [part]
        if city(key_tuple(words[part[-1]].text, self.lang)) is None:
            return [part]
        return [part[:-1], part[-1:]]

    def _split_before_given_name(self, words: list[Word], part: list[int]) -> list[list[int]]:
        """A person's name opens with its given name (of any language's list: "Angela" in a
        Polish text): words before a given name that is followed by a surname, none of them a
        given name, are a name of their own ("Niemiec | Angela Merkel", "Nowej Siły | Anna Mróz",
        "Ющенка | Ірини Геращенко")."""
        if len(part) < 3 or any(self.org_heads.match(words, k) or self.connectors.match(words, k) for k in part):
            return [part]
        for n, k in enumerate(part[1:-1], 1):
            if self._given(words[k]) and words[k].is_capitalised and \
                    not any(self._given(words[c]) for c in part[:n]):
                return [part[:n], part[n:]]
        return [part]

    def _split_conjoined(self, words: list[Word], part: list[int]) -> list[list[int]]:
        """A run joined by a conjunction ("Wiktorem Janukowyczem i Petrem Poroszenką") is two
        names unless an organisation head word makes it one name ("Rada Bezpieczeństwa i
        Obrony"); the conjunction itself belongs to neither."""
        if len(part) < 3 or any(self.org_heads.match(words, k) for k in part):
            return [part]
        pieces: list[list[int]] = [[]]
        for k in part:
            if pieces[-1] and not words[k].is_capitalised and self.conjunctions.match(words, k):
                pieces.append([])
            else:
                pieces[-1].append(k)
        return [p for p in pieces if p]

    # -- decisions ---------------------------------------------------------------------
    def _candidate(self, text: str, words: list[Word], i: int, lower_words: set[str]) -> bool:
        """Whether word ``i`` may be part of an unknown name."""
        w = words[i]
        if _initial(w) and text[w.end:w.end + 1] == "." and i + 1 < len(words) and words[i + 1].is_capitalised and \
                words[i + 1].start - w.end <= 2 and \
                (w.lower not in self.letter_honorifics or (i > 0 and _initial(words[i - 1]))):
            return True  # "D. M. Jayaratne": an initial before a name, though "M" alone is no name
        if not w.text[:1].isupper() or w.lower in self.not_names or \
                (w.lower[-2:] in self.possessive_any and w.lower[:-2] in self.not_names):
            return False  # "Sunday's election": a weekday's possessive is no name either
        if not w.is_acronym and len(w.text) > 1 and (i == 0 or re.search(r"[.!?…]\s*$", text[words[i - 1].end:w.start])) and \
                function_word(w.text, self.lang):
            return False  # "Сам Пригожин", "Того ж дня": a pronoun or adverb opening a sentence
        if w.lower in self.openers and (i == 0 or _starts_sentence(text, words, i)):
            return False  # "Según Hollings", "After Hollings resigned": a preposition opening a sentence
        if self.roles.match(words, i) or self.role_modifiers.match(words, i) or self.months.match(words, i):
            return False
        if self._role_compound(w):
            return False
        if self.month_abbrevs.match(words, i) and (
                (i and words[i - 1].is_number) or text[w.end:w.end + 1] == "." or
                (i + 1 < len(words) and words[i + 1].is_number)):
            return False  # "13 Ene.", "Jan. 9"
        if w.is_acronym:
            if w.lower in self.query_keywords:
                return False  # "MATCH (n) DETACH DELETE n": code, not a name
            prev = words[i - 1] if i else None
            if prev is not None and prev.is_number and w.start - prev.end <= 1:
                return False  # "3600 XNUMX", "5 MW": a unit, not a name
            return True
        if self.noun_capitalising and known_word(w.text, self.lang) and not self._given_before_name(words, i) \
                and not self._foreign_run(text, words, i) and not self._titled_before_surname(text, words, i):
            return False  # a capitalised noun (German); a word the dictionary lacks is a foreign name
        if w.lower in lower_words and not self._near_org_head(text, words, i):
            return False  # the document writes it in lower case too: a common word
        if _code_like(text, w):
            return False
        return True

    def _near_org_head(self, text: str, words: list[Word], i: int) -> bool:
        """A capitalised word mid-sentence within three words of a capitalised organisation head,
        with only capitalised words and connectors between: a word of the organisation's
        name ("State Committee for National Security"), though the document writes it in
        lower case elsewhere ("state", "security")."""
        if i == 0 or _starts_sentence(text, words, i):
            return False
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(words) and abs(k - i) <= 3:
                w = words[k]
                if w.is_capitalised and self.org_heads.match(words, k) and not w.is_acronym:
                    return True
                if not (w.is_capitalised or self.connectors.match(words, k)):
                    break
                k += step
        return False

    def _keep(self, text: str, words: list[Word], run: list[int], headline: bool,
              after_role: bool, mid_caps: set[str]) -> Found | None:
        first, last = words[run[0]], words[run[-1]]
        if len(run) == 1 and len(first.text) < 2:
            return None  # a lone capital letter is an initial or a list mark, not a name
        end = _attached_number(text, words, run[-1]) or last.end
        opens_part = run[0] == 0 or _starts_sentence(text, words, run[0])
        real_start = run[0] == 0 or bool(re.search(r"[.!?…]", text[words[run[0] - 1].end:first.start]))
        acronym = len(run) == 1 and first.is_acronym
        quoted = _quoted(text, first.start, end)  # «Хабар 24», "ДС": a name in quotes
        if headline and not acronym:
            return None
        if len(run) == 1 and not acronym and has_case_suffix(first.text, self.lang):
            if self._place_ending(first.text) or token_key(first.text, self.lang) in self._doc_places:
                return Found(first.start, end, "GPE", None, "name")  # "Нейпьидодағы": in that place
            if token_key(first.text, self.lang) in self._doc_surnames:
                return Found(first.start, end, "PERSON", None, "name")  # "Пригожинге": named in full before
            if self._city(text, words, run):
                return Found(first.start, end, "GPE", None, "name")  # "Нейпьидодағы": a city, in a case form
            return None  # "Бішкекке": an unknown word in a case form is no name we can spell
        if opens_part and not (acronym or after_role or (quoted and not real_start)):
            if len(run) == 1 and token_key(first.text, self.lang) not in mid_caps:
                return None
        label = self._label(words, run, after_role, acronym, text)
        if len(run) == 1 and label != "PERSON" and token_key(first.text, self.lang) in self._doc_surnames:
            label = "PERSON"  # "Пригожин" after "Евгений Пригожин": that person's surname
        if quoted and label == "PERSON" and not any(words[k].lower in self.any_given_names for k in run):
            label = "ORG"  # «Нова Сила», „Wolna Gruzja”: a party or a movement in quotes, not a person
        source = "acronym" if acronym else "role-name" if after_role else "quoted" if quoted else "name"
        return Found(first.start, end, label, None, source)

    def _label(self, words: list[Word], run: list[int], after_role: bool, acronym: bool,
               text: str | None = None) -> str:
        if acronym:
            return "ORG"
        if any(self.org_heads.match(words, i) for i in run):
            return "ORG"
        if any(self._kind_word(words, i) for i in run):
            return "ORG"  # "Koalicja Obywatelska", "United National Movement": a political body, no person
        if len(run) == 1 and " " in (self.org_words.value(words[run[0]].lower, words[run[0]].lemma, self.lang) or ""):
            return "ORG"  # one word for a body's name ("Минобороны", "Генштаба": ministry of defence, general staff)
        nxt = run[-1] + 1
        if self.place_nouns_after and nxt < len(words) and words[nxt].lower.startswith(self.place_nouns_after):
            return "GPE"
        if len(run) >= 2 and any(self._region_word(words, i) for i in run):
            return "GPE"  # "Sagaing Region", "Oblast Rostow"
        if len(run) <= 2 and nxt < len(words) and not words[nxt].is_capitalised and self._region_word(words, nxt) \
                and words[nxt].start - words[run[-1]].end <= 1:
            return "GPE"  # "Губернатор Ростовской области": a region's adjective, not the governor's name
        given = words[run[0]].lower in self.any_given_names and len(run) >= 2
        place = None if given or (after_role and len(run) >= 2) else self._place_noun(words, run)
        if place:
            return place  # "площади Ала-Тоо", "в селі Кой-Таш", "Майдан Незалежності"
        if after_role and len(run) <= 4:
            return "PERSON"
        if text is not None and words[run[0]].lower not in self.given_names and self._city(text, words, run):
            return "GPE"  # "Rangun", "Naipyidó", "Rostov del Don": a city of GeoNames
        if any(self.connectors.match(words, i) and not _initial(words[i]) for i in range(run[0], run[-1] + 1)):
            return "ORG"  # an initial is no connector ("O. Daniluk": not the Polish "o")
        if 2 <= len(run) <= 3 and self._after_locative(words, run):
            return "GPE"  # "в Нагорном Карабахе", "w Górskim Karabachu", "in Nagorno Karabakh"
        if 2 <= len(run) <= 4:
            return "PERSON"
        if run[0] > 0 and self.places.match_ending(words, run[0]):
            return "GPE"
        if len(run) == 1 and self._after_locative(words, run):
            return "GPE"  # "на Хрещатику", "на Донбасі": a locative after "на"
        if len(run) == 1 and words[run[0]].lower in self.given_names:
            return "PERSON"  # a given name alone ("Oleksandr", "Марія") names a person
        if len(run) == 1 and self._surname_ending(words[run[0]].lower):
            return "PERSON"  # a surname alone ("Жээнбеков", "Исаева"), in a language listing their endings
        return "ORG"

    def _place_noun(self, words: list[Word], run: list[int]) -> str | None:
        """``"LOC"``/``"GPE"`` when a kind of place names the run: right before it ("площади
        Ала-Тоо", "calle Jreshchátyk"), a settlement's noun also before a connector ("city of
        Mandalay"), or a square's or a street's noun opening it ("Майдан Незалежності")."""
        if not self.place_nouns:
            return None
        i = run[0]
        nouns = self.place_nouns
        if i > 0 and not words[i - 1].is_capitalised and words[i].start - words[i - 1].end <= 1 and \
                words[i - 1].lower in nouns:
            return nouns[words[i - 1].lower]
        link = self.connectors.match(words, i - 1) if i > 1 else None
        if link and link[0] == 1 and not words[i - 2].is_capitalised and nouns.get(words[i - 2].lower) == "GPE":
            return "GPE"  # "the city of Mandalay", "la ville de Marvelon"
        if len(run) >= 2:
            if nouns.get(words[i].lower) == "LOC":
                return "LOC"  # "Майдан Незалежності", "Plac Defilad"
            last = words[run[-1]]  # "Sule Pagoda Road", "Tahrir Square": a name's last word, as written
            if last.lower == last.lemma and last.is_capitalised and nouns.get(last.lower) == "LOC":
                return "LOC"
        return None

    def _after_locative(self, words: list[Word], run: list[int]) -> bool:
        """Whether a name stands right after a preposition of place only, with no given name in
        it; in uk/ru its first word must read as a locative and not as an accusative."""
        i = run[0]
        if i == 0 or words[i - 1].lower not in self.locatives or words[i].start - words[i - 1].end > 1:
            return False
        if any(words[k].lower in self.any_given_names for k in run):
            return False
        first = words[i]
        if self.lang in MORPHOLOGY_LANGS and has_cyrillic(first.text):
            # a locative and never an accusative: "на Хрещатику", not "тиск на Зеленського"
            cases = {p.tag.case for p in analyser(self.lang).parse(first.lower)[:4]}
            return bool(cases & {"loct", "loc2"}) and "accs" not in cases
        return True

    def _city(self, text: str, words: list[Word], run: list[int]) -> bool:
        """Whether the run names a city GeoNames lists (:mod:`kzgraph.names.places`)."""
        if len(run) > 4:
            return False
        w = words[run[0]]
        if len(run) == 1 and not has_cyrillic(w.text) and common_word(w.text, self.lang):
            return False  # "Rêve", "Police", "Mobile": the language's own word, whatever town it names
        if any(self._region_word(words, k) for k in run):
            return False  # "Oblast Rostow": the region, not its city
        if city(key_tuple(text[words[run[0]].start:words[run[-1]].end], self.lang)) is None:
            return False
        self._city_spans.add((words[run[0]].start, words[run[-1]].end))
        return True

    def _case_ends_name(self, words: list[Word], j: int) -> bool:
        """In a language that lists surname endings (kk) a name ends with its surname or its case
        ending: word ``j`` opens no part of the name before it when that name's last word has a
        case ending ("Алмазбек Атамбаевты Кой-Таш": the person, then a place) or a surname's
        ending ("Әлібек Досанов Ішкі істер министрі", "Марат Жұмабаев Ержан Сапаровты"), unless
        ``j`` is itself a surname or patronymic (a given name ending like a suffix: "Нұрсұлтан
        Назарбаев"; "Қасым-Жомарт Кемелұлы")."""
        if not self.surname_endings or self._surname_ending(words[j].lower):
            return False
        return has_case_suffix(words[j - 1].text, self.lang) or self._surname_ending(words[j - 1].lower)

    def _surname_ending(self, word: str) -> bool:
        return any(word.endswith(e) and len(word) >= len(e) + 3 for e in self.surname_endings)

    def _role_ends(self, words: list[Word], taken: set[int]) -> set[int]:
        """Indexes of the words a role introduces ("Prime Minister of Armenia |Nikol …").

        After a role word may come modifiers, lower-case words and mentions the
        gazetteer found (the country, the ministry) before the name itself.
        """
        out: set[int] = set()
        starts = [(i, n) for i, n, _ in self.roles.find(words)]
        starts += [(i, 1) for i, w in enumerate(words) if self._role_compound(w)]
        for i, n in sorted(starts):
            j = i + n
            steps = 0
            while j < len(words) and steps < 6:
                w = words[j]
                if j in taken or self.connectors.match(words, j) or self.role_modifiers.match(words, j) \
                        or not w.is_capitalised:
                    if w.is_number:
                        break
                    j += 1
                    steps += 1
                    continue
                out.add(j)
                break
        return out

    def _title_tails(self, words: list[Word]) -> set[int]:
        """Words after the first of a role title of several words that the relation lexicon
        writes in lower case ("ministro degli Esteri", "ministre de l'Intérieur"): part of the
        title, never of the name after it."""
        out: set[int] = set()
        for i, n, _ in self.role_titles.find(words):
            out.update(k for k in range(i + 1, i + n) if words[k].lower in self.title_lower_words)
        return out

    def _role_compound(self, w: Word) -> bool:
        """A capitalised compound ending in a role noun ("Geheimdienstchef"), in a language
        that capitalises nouns."""
        low = w.lower
        return any(low.endswith(t) and len(low) > len(t) + 2 for t in self.role_tails)

    def _joined(self, text: str, words: list[Word], i: int, j: int) -> bool:
        """Whether words ``i .. j-1`` stand together (no punctuation between them;
        a full stop only between single capitals: "U.S.")."""
        return all((_NAME_GAP.fullmatch(text[words[k].end:words[k + 1].start]) and
                    not _SPACED_DASH.search(text[words[k].end:words[k + 1].start])) or
                   _ELIDED_GAP.fullmatch(text[words[k].end:words[k + 1].start]) or
                   (text[words[k].end:words[k + 1].start] in (".", ". ") and _initial(words[k]) and
                    (_initial(words[k + 1]) or words[k + 1].is_capitalised))
                   for k in range(i, j - 1))

    # -- party and body names built on a country or of ordinary words (issue 14) -------------
    def _party_names_whole(self, text: str, words_by_sentence: Sequence[list[Word]],
                           found: list[Found]) -> list[Found]:
        """Party and body names the passes before found in part, read whole: an ordinary
        adjective with a country ("Strong Georgia", "Silna Gruzja", "Géorgie forte"), a head with
        the cause it is for ("Koalition für den Wandel"), two names joined by a spaced dash after
        a kind word ("the Unity – National Movement alliance"), a German adjective before a
        body ("Zentrale Wahlkommission"); without the kind word before ("Partei Für Georgien"),
        the person after ("Pour la Géorgie de Guiorgui …") or a party's name glued to a person
        ("Girchi's Zurab Japaridze", "Lelo-Chef"). Country mentions inside stay."""
        out = list(found)
        for words in words_by_sentence:
            if len(words) < 2 or _title_case(words):
                continue
            lo, hi = words[0].start, words[-1].end
            mine = [f for f in out if lo <= f.start and f.end <= hi]
            if not mine and not self.glue_for.may_match(words):
                continue
            new = self._party_spans(text, words, mine)
            if new is None:
                continue
            out = [f for f in out if not (lo <= f.start and f.end <= hi)] + new
        return out

    def _party_spans(self, text: str, words: list[Word], fs: list[Found]) -> list[Found] | None:
        at = {w.start: k for k, w in enumerate(words)}
        ends = {w.end: k for k, w in enumerate(words)}
        changed = False
        adds: list[Found] = []
        drops: set[int] = set()

        def covering(k: int) -> list[int]:
            return [n for n, f in enumerate(fs) if f.start <= words[k].start and words[k].end <= f.end]

        def whole(a: int, b: int, keep_places: bool = True, hint: str | None = None) -> None:
            start, end = words[a].start, words[b].end
            for n, f in enumerate(fs):
                if start <= f.start and f.end <= end and not (keep_places and f.label == "GPE"
                                                               and f.source == "gazetteer"):
                    drops.add(n)
                elif f.start < start < f.end <= end or start <= f.start < end < f.end:
                    if f.source not in ("gazetteer", "nested"):
                        drops.add(n)
            adds[:] = [f for f in adds if not (start <= f.start and f.end <= end)]  # an earlier part
            adds.append(Found(start, end, "ORG", hint, "name"))

        for n, f in enumerate(fs):
            if n in drops or f.label != "GPE" or f.source != "gazetteer" or f.start not in at:
                continue
            entity = self.ontology.entities.get(f.hint or "")
            if entity is None or entity.rdf_class != "Country" or f.end not in ends or \
                    not self._country_noun(words[at[f.start]]):
                continue
            a, b = at[f.start], ends[f.end]
            if any(g.label == "ORG" and (g.start < f.start and f.end < g.end or
                                         a > 0 and g.start < words[a - 1].start and f.end <= g.end) for g in fs):
                continue  # "Komisja Wyborcza Litwy": a longer name found before
            if self.adjective_after_place:
                k = b + 1
                if k < len(words) and words[k].text.islower() and text[f.end:words[k].start] == " " and \
                        self._party_adjective(words[k]) and not covering(k) and \
                        (a > 0 and self._kind_word(words, a - 1) or a > 0 and words[a - 1].lower in self.conjunctions or
                         re.search(r"[,«\"“„]\s*$", text[words[a - 1].end:f.start])):
                    whole(a, k)
                    changed = True
            elif a >= 2 and text[words[a - 1].end:f.start] == " " and \
                    not _starts_sentence(text, words, a - 1) and words[a - 1].is_capitalised and \
                    self._party_adjective(words[a - 1]) and \
                    not any(fs[m].source in ("gazetteer", "nested") or fs[m].label == "PERSON"
                            for m in covering(a - 1)):
                whole(a - 1, b)
                changed = True
        if self.adjective_after_place:
            self._romance_body_names(text, words, fs, at, ends, covering, whole)
            changed = changed or bool(adds)
        # "Transparency International Georgia": an organisation's capitalised name ending in a word
        # for organisations (in the language, or in English as such names keep it) before a country
        for n, f in enumerate(fs):
            if n in drops or f.label != "GPE" or f.source != "gazetteer" or f.start not in at or f.end not in ends:
                continue
            entity = self.ontology.entities.get(f.hint or "")
            a = at[f.start]
            if entity is None or entity.rdf_class != "Country" or a < 2 or not self._country_noun(words[a]):
                continue
            m = a
            while m > 0 and words[m - 1].is_capitalised and text[words[m - 1].end:words[m].start] == " " and \
                    not any(fs[x].source in ("gazetteer", "nested") or fs[x].source == "role-name"
                            for x in covering(m - 1)) and not self._given(words[m - 1]) and \
                    not self.roles.match(words, m - 1):
                m -= 1
            while m < a and (function_word(words[m].lower, self.lang) or words[m].lower in self.openers):
                m += 1  # "Le Parlement kirghiz": the article opening the sentence
            first = m + 1 if m + 1 < a and (m == 0 or _starts_sentence(text, words, m)) else m
            if any(g.label == "ORG" and g.start <= words[first].start and f.end <= g.end for g in fs):
                continue  # "Trybunał Konstytucyjny Gruzji": found whole before
            if a - m >= 2 and any(self.org_words.value(words[x].lower, words[x].lemma, self.lang) is not None or
                                  self.org_words.value(words[x].lower, words[x].lower, "en") is not None
                                  for x in range(m + 1, a)):
                whole(m, ends[f.end])
                changed = True
        for n, f in enumerate(fs):
            if n in drops or f.label != "ORG" or f.source in ("gazetteer", "nested") or f.start not in at:
                continue
            k = at[f.start]
            g = f
            # "die Partei Für Georgien": the kind word before a capitalised name is not part of it
            if self.noun_capitalising and self._kind_word(words, k) and k + 1 < len(words) and \
                    words[k + 1].end <= f.end and words[k + 1].is_capitalised:
                g, k = replace(g, start=words[k + 1].start), k + 1
            # "Pour la Géorgie de Guiorgui Gakharia": an opener's name ends with its place
            if self.name_openers.match(words, k):
                place = next((h for h in fs if h.label == "GPE" and h.source == "gazetteer" and
                              g.start < h.start and h.end < g.end and h.end in ends), None)
                if place is not None:
                    j = ends[place.end] + 1
                    if j + 1 < len(words) and words[j].text.islower() and len(words[j].text) <= 3:
                        run = j + 1
                        while run + 1 < len(words) and words[run + 1].is_capitalised and \
                                text[words[run].end:words[run + 1].start] == " ":
                            run += 1
                        if words[j + 1].is_capitalised and run > j + 1 and not covering(j + 1) or \
                                all(fs[m] is f for m in covering(j + 1)):
                            if run > j + 1:
                                adds.append(Found(words[j + 1].start, words[run].end, "PERSON", None, "name"))
                        g = replace(g, end=place.end)
            if g != f:
                drops.add(n)
                adds.append(g)
                changed = True
        # "Girchi's Zurab Japaridze": a party's possessive before a person
        for n, f in enumerate(fs):
            if n in drops or f.label != "PERSON" or f.source in ("gazetteer", "nested"):
                continue
            span = text[f.start:f.end]
            cut = next((span.index(e + " ") for e in self.possessive_endings if e + " " in span), None)
            if cut and len(span[cut:].split()) >= 3 and " " not in span[:cut]:
                rest = f.start + cut + next(len(e) for e in self.possessive_endings if span[cut:].startswith(e))
                rest = rest + len(text[rest:]) - len(text[rest:].lstrip())
                drops.add(n)
                adds.extend([Found(f.start, f.start + cut, "ORG", None, "name"),
                             Found(rest, f.end, "PERSON", f.hint, f.source)])
                changed = True
        for k, w in enumerate(words):
            # "Lelo-Chef Mamuka Chasaradse": a party's name joined to a role word by a hyphen
            if k + 1 < len(words) and text[w.end:words[k + 1].start] in _HYPHENS and w.is_capitalised and \
                    len(w.text) >= 3 and not w.is_acronym and self.roles.match(words, k + 1) and \
                    not covering(k) and not self.roles.match(words, k) and not self._given(w):
                adds.append(Found(w.start, w.end, "ORG", None, "name"))
                changed = True
            # "die Zentrale Wahlkommission": a German adjective before a body's name
            if self.noun_capitalising and 1 <= k < len(words) - 1 and w.is_capitalised and \
                    not w.is_acronym and not covering(k) and (words[k - 1].text.islower() or any(
                        f.label == "GPE" and f.source == "gazetteer" and f.end == words[k - 1].end for f in fs)) and \
                    not _starts_sentence(text, words, k) and w.lower.endswith(("e", "en", "er", "es", "em")) and \
                    written_in_dictionary(w.lower, self.lang) and w.lower not in self.place_directions and \
                    w.lower not in self.roles and text[w.end:words[k + 1].start] == " ":
                body = [m for m in covering(k + 1) if fs[m].label == "ORG" and fs[m].start == words[k + 1].start
                        and m not in drops]
                if body:
                    drops.update(body)
                    adds.append(replace(fs[body[0]], start=w.start, hint=None, source="name"))
                    changed = True
            # "Koalicja na rzecz Zmian", "Coalition pour le changement": a head and the cause it is for
            glue = self.glue_for.match(words, k + 1) if w.is_capitalised and k + 1 < len(words) else None
            # (German capitalises every noun: only a party's kind opens such a name there)
            if glue and (self._kind_word(words, k) or not self.noun_capitalising and self._org_head(words, k)):
                j = k + 1 + glue[0]
                if j >= len(words) or any(words[x].is_capitalised for x in range(k + 1, j)) or \
                        re.search(r"[^\w\s'’]", text[w.end:words[j].start]):
                    continue
                tail = words[j]
                if not (tail.is_capitalised and not tail.is_acronym or self.adjective_after_place and
                        tail.text.islower() and known_word(tail.lower, self.lang) and
                        not function_word(tail.lower, self.lang)):
                    continue
                while tail.is_capitalised and j + 1 < len(words) and words[j + 1].is_capitalised and \
                        text[words[j].end:words[j + 1].start] == " ":
                    j += 1
                a = k
                for m in covering(k):
                    f = fs[m]
                    if f.source in ("gazetteer", "nested") and f.start <= words[k].start:
                        a = -1
                    elif f.start < w.start and a >= 0:
                        first = at.get(f.start)
                        if first is not None and not ((first == 0 or _starts_sentence(text, words, first))
                                                      and self._party_adjective(words[first])):
                            a = first
                if a < 0 or any(f.start <= words[a].start and words[j].end <= f.end for f in fs):
                    continue
                whole(a, j)
                changed = True
        # "the Unity – National Movement alliance", "Sojusz Jedność – Ruch Narodowy": two parts
        # joined by a spaced dash beside a kind word are one party's name
        for i in range(1, len(words) - 1):
            if not re.fullmatch(r"\s+[-‐‑–—]\s+", text[words[i].end:words[i + 1].start]) or \
                    not words[i].is_capitalised or not words[i + 1].is_capitalised:
                continue
            if any(f.start <= words[i].start and words[i + 1].end <= f.end for f in fs):
                continue
            left = [fs[m] for m in covering(i) if fs[m].end == words[i].end]
            if any(f.label == "PERSON" or f.source in ("gazetteer", "nested") for f in left):
                continue
            a = at.get(left[0].start, i) if left else i
            while not left and a > 0 and words[a - 1].is_capitalised and \
                    text[words[a - 1].end:words[a].start] == " " and not self._kind_word(words, a - 1):
                a -= 1
            kind_before = False
            if a < i and self._kind_word(words, a):
                a, kind_before = a + 1, True
            elif a > 0 and self._kind_word(words, a - 1) or \
                    a > 1 and self._kind_word(words, a - 2) and self.name_articles.match(words, a - 1):
                kind_before = True
            right = [fs[m] for m in covering(i + 1) if fs[m].start == words[i + 1].start]
            if any(f.label == "PERSON" or f.source in ("gazetteer", "nested") for f in right):
                continue
            b = ends.get(right[0].end, i + 1) if right else i + 1
            while not right and b + 1 < len(words) and words[b + 1].is_capitalised and \
                    text[words[b].end:words[b + 1].start] == " ":
                b += 1
            # "Unité – Sauver la Géorgie", "Gakharia – Pour la Géorgie": the right part runs on
            # over an article to the country it names
            c = None
            if not right and b + 1 < len(words) and _ELIDED_GAP.fullmatch(text[words[b].end:words[b + 1].start]):
                c = b + 1  # "Sauver l'Arménie": the elided article is no word
            elif not right and b + 2 < len(words) and words[b + 1].text.islower() and \
                    len(words[b + 1].text) <= 3 and text[words[b].end:words[b + 1].start] == " " and \
                    text[words[b + 1].end:words[b + 2].start] == " ":
                c = b + 2
            if c is not None:
                place = next((f for f in fs if f.start == words[c].start and f.label == "GPE"
                              and f.source == "gazetteer" and f.end in ends), None)
                if place is not None:
                    b = ends[place.end]
            if kind_before or b + 1 < len(words) and self.party_kinds_after.match(words, b + 1):
                whole(a, b)
                changed = True
        # "Lelo for Georgia", "Lelo dla Gruzji", "Lelo pour la Géorgie": a party's unknown name with
        # the country it is for, the preposition in lower case
        for n, f in enumerate(fs):
            if n in drops or f.label != "ORG" or f.source in ("gazetteer", "nested") or f.end not in ends:
                continue
            k = ends[f.end] + 1
            if k >= len(words) or not words[k].text.islower() or not self.name_openers.match(words, k) or \
                    text[f.end:words[k].start] != " ":
                continue
            j = k + self.name_openers.match(words, k)[0]
            if j < len(words) and self.name_articles.match(words, j):
                j += self.name_articles.match(words, j)[0]
            place = next((h for h in fs if j < len(words) and h.start == words[j].start and h.label == "GPE"
                          and h.source == "gazetteer" and h.end in ends), None)
            if place is None or any(h.start < f.start < h.end or h.start < place.end < h.end for h in fs):
                continue
            whole(at[f.start], ends[place.end])
            changed = True
        # "Public Defender of Georgia", "Rzecznik Praw Obywatelskich Gruzji": an office of a country
        for k, w in enumerate(words):
            office = self.offices.match(words, k) if w.is_capitalised and self.offices else None
            if not office or any(fs[m].source in ("gazetteer", "nested") for m in covering(k)):
                continue
            j = k + office[0]
            if j < len(words) and words[j].lower in self.connectors and j + 1 < len(words):
                j += 1
            place = next((f for f in fs if j < len(words) and f.start == words[j].start and f.label == "GPE"
                          and f.source == "gazetteer" and f.end in ends), None)
            if place is None or not self._country_noun(words[j]):
                continue  # alone it is most often a person's title ("Public Defender Levan …")
            whole(k, ends[place.end])
            changed = True
        # "Unity to Save Georgia", "Unity – to Save Georgia": a name's call to act for a country
        for n, f in enumerate(fs):
            if n in drops or f.label != "GPE" or f.source != "gazetteer" or f.start not in at or f.end not in ends:
                continue
            c = at[f.start] - 1  # the verb: "Save"
            if c < 3 or not self.name_infinitives or not self._country_noun(words[c + 1]) or \
                    not words[c].is_capitalised or not self.name_infinitives.match(words, c - 1) or \
                    text[words[c].end:f.start] != " " or covering(c - 1):
                continue
            left = c - 2
            if not words[left].is_capitalised or words[left].is_acronym or \
                    not re.fullmatch(r"\s+|\s+[-–—]\s+", text[words[left].end:words[c - 1].start]) or \
                    any(fs[m].label == "PERSON" or fs[m].source in ("gazetteer", "nested") for m in covering(left)):
                continue
            a = at.get(next((fs[m].start for m in covering(left) if fs[m].end == words[left].end), words[left].start),
                       left)
            whole(a, ends[f.end])
            changed = True
        # "«Грузинская мечта — Демократическая Грузия»": a quoted name with a spaced dash inside
        for i in range(len(words) - 2):
            if not (words[i].is_capitalised and words[i].start > 0 and text[words[i].start - 1] in "«„“\""):
                continue
            close = text.find({"«": "»", "„": "“", "“": "”", '"': '"'}[text[words[i].start - 1]], words[i].end)
            if close < 0 or close not in ends or ends[close] - i > 7 or \
                    not re.search(r"\s[-–—]\s", text[words[i].start:close]) or \
                    re.search(r"[.!?;:«»„“”]", text[words[i].start:close]):
                continue
            if any(f.start <= words[i].start and close <= f.end for f in fs):
                continue
            whole(i, ends[close])
            changed = True
        return [f for n, f in enumerate(fs) if n not in drops] + adds if changed else None

    def _romance_body_names(self, text: str, words: list[Word], fs: list[Found], at: dict[int, int],
                            ends: dict[int, int], covering, whole) -> None:
        """French, Italian, Spanish bodies whose name runs on in lower case to a nationality
        ("Association des jeunes avocats géorgiens"), or after it to a capitalised remit
        ("ministère géorgien de l'Intérieur"): one name, the nationality a mention inside."""
        demonym_at = {at[f.start]: f for f in fs if f.label == "GPE" and f.source == "gazetteer"
                      and f.start in at and not words[at[f.start]].is_capitalised}
        for k, w in enumerate(words[:-2]):
            if not w.is_capitalised or not self._org_head(words, k) or \
                    any(fs[m].source in ("gazetteer", "nested") for m in covering(k)):
                continue
            j = k + 1
            if words[j].lower not in self.connectors:
                continue
            while j + 1 < len(words) and j - k <= 5 and words[j + 1].text.islower() and \
                    text[words[j].end:words[j + 1].start] in (" ", "'", "’") and (j + 1) not in demonym_at:
                j += 1
            if j + 1 < len(words) and (j + 1) in demonym_at and j > k + 1 and \
                    text[words[j].end:words[j + 1].start] == " " and \
                    not any(f.start <= w.start and words[j + 1].end <= f.end for f in fs):
                whole(k, j + 1)
        for d, place in demonym_at.items():
            # "ministère géorgien de l'Intérieur": a body with its nationality, then its remit
            body = [f for f in fs if f.label == "ORG" and f.end == place.end and f.start < place.start]
            e = next((x for x in range(d + 1, min(d + 4, len(words))) if words[x].is_capitalised), None)
            if not body or e is None:
                continue
            gap = text[place.end:words[e].start]
            if not self.remit_gap.fullmatch(gap):
                continue
            b = e
            while b + 1 < len(words) and words[b + 1].is_capitalised and text[words[b].end:words[b + 1].start] == " ":
                b += 1
            if at.get(body[0].start) is not None and not any(
                    f.source in ("gazetteer", "nested") for f in fs if f.start <= words[e].start < f.end):
                whole(at[body[0].start], b, hint=body[0].hint)

    def _country_noun(self, w: Word) -> bool:
        """A country's name as a noun, capitalised, not its adjective ("Georgia", not "kirghiz",
        "Georgian")."""
        return w.is_capitalised and not self._demonym(w, token_key(w.text, self.lang))

    def _party_adjective(self, w: Word) -> bool:
        """An ordinary adjective of the language, not a direction, role, given name or month
        ("Strong", "Silna", "Starkes", "forte"; not "Northern", "Sowjetisches", "Trump")."""
        low = w.lower
        if w.is_acronym or low in self.place_directions or low in self.not_names or low in self.openers or \
                low in self.roles or self._given(w) or self.months.match([w], 0) or len(low) < 3 or \
                function_word(low, self.lang) or low in self.adjective_words:
            return False
        if self.lang in MORPHOLOGY_LANGS:
            parses = analyser(self.lang).parse(low)
            return bool(parses) and parses[0].is_known and parses[0].tag.POS in ("ADJF",)
        if self.noun_capitalising:  # nouns are written capitalised in the dictionary; adjectives not
            return known_word(low, self.lang) and not written_in_dictionary(w.text[:1] + low[1:], self.lang) and \
                low.endswith(("e", "es", "er", "en", "em"))
        if self.lang == "pl":
            return known_word(low, self.lang) and low.endswith(("a", "y", "i", "e", "ej", "ą", "ego", "ym")) and \
                lemma_of(low, self.lang).endswith(("y", "i")) and lemma_of(low, self.lang) != low
        if w.is_capitalised:
            return common_word(w.text, self.lang)
        lemma = lemma_of(low, self.lang)  # "fue" (ser), "gagne" (gagner): a verb, no adjective
        return known_word(low, self.lang) and not (lemma != low and lemma.endswith(("ar", "er", "ir", "re")))


def _remit_gap(lexicon: Lexicon) -> re.Pattern:
    """The text between a body's nationality and its capitalised remit ("ministère géorgien de
    l'Intérieur"): an ``org-remit-link`` word with an ``org-remit-article``, an elided article or
    nothing after it, or an ``org-remit-elided`` form (words of any language, as written)."""
    def alternatives(category: str) -> str:
        forms = {f.casefold() for forms in lexicon.forms(category).values() for f in forms}
        return "|".join(r"\s+".join(re.escape(w) for w in f.replace("'", "['’]").split())
                        .replace(re.escape("['’]"), "['’]") for f in sorted(forms, key=len, reverse=True))
    links, articles, elided = (alternatives(c) for c in ("org-remit-link", "org-remit-article", "org-remit-elided"))
    return re.compile(rf"\s+(?:{links})(?:\s+(?:{articles})\s+|\s+|\s+l['’]|\s*['’])|\s+(?:{elided})")


def _plain(s: str) -> str:
    """``s`` case-folded without its diacritics ("Ał" -> "al")."""
    s = unicodedata.normalize("NFKD", s.casefold().replace("ł", "l"))
    return "".join(c for c in s if not unicodedata.combining(c))


def _initial(w: Word) -> bool:
    return len(w.text) == 1 and w.text.isupper()


def _title_case(words: list[Word]) -> bool:
    """A headline in title case ("Russia Sends Troops to the Capital"): no lower-case content word."""
    alpha = [w for w in words if w.text[:1].isalpha()]
    return len(alpha) >= 4 and not any(len(w.text) >= 4 and w.text.islower() for w in alpha)


def _family_words(ontology: Ontology, category: str, lang: str) -> dict[str, str]:
    """Case-folded words of ``category`` in ``lang`` -> the kind of group they name (kz:value)."""
    return {form.casefold(): str(ls.value) for ls in ontology.lexical_sets_of(category)
            for lg, form in ls.forms if lg == lang}


def _family_kind(table: dict[str, str], w: Word) -> str | None:
    """The kind of group the word ``w`` names in ``table``: as written, or by its lemma for a
    family (not for brothers: "брат", one brother, is the lemma of "братья")."""
    kind = table.get(w.lower)
    if kind is None and table.get(w.lemma) == "family":
        kind = "family"
    return kind


def _starts_sentence(text: str, words: list[Word], i: int) -> bool:
    """Word ``i`` opens a sentence or a quoted, bracketed or listed part of one."""
    before = text[words[i - 1].end:words[i].start] if i else ""
    if before.rstrip() == "." and _initial(words[i - 1]):
        return False  # "M. Rajapaksa", "G. L. Peiris": an initial's or a one-letter title's full stop
    return bool(re.search(r"[.!?…:;(\[«„“\"•]|(?:^|\s)[-–—]\s", before))


def _quoted(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is directly enclosed in quotes."""
    return start > 0 and end < len(text) and text[start - 1] in _QUOTES_OPEN and text[end] in _QUOTES_CLOSE


def _code_like(text: str, w: Word) -> bool:
    """A short word joined to digits by a hyphen ("Il-76"): a model code, not a name."""
    return len(w.text) <= _SHORT_CODE and bool(re.match(r"[-‐‑]\d", text[w.end:w.end + 2]))


def _attached_number(text: str, words: list[Word], i: int) -> int | None:
    """The end of a number that belongs to the name ending at word ``i`` ("Хабар-24", "«Хабар 24»")."""
    if i + 1 >= len(words) or not words[i + 1].is_number:
        return None
    gap = text[words[i].end:words[i + 1].start]
    nxt = words[i + 1]
    if gap in ("-", "‑") and len(words[i].text) > _SHORT_CODE:
        return nxt.end
    if gap == " " and nxt.end < len(text) and text[nxt.end] in _QUOTES_CLOSE and \
            _quoted_before(text, words[i].start):
        return nxt.end
    return None


def _quoted_before(text: str, start: int) -> bool:
    left = text[max(0, start - 40):start]
    opens = max(left.rfind(q) for q in "\"«„“")
    return opens >= 0 and not any(c in left[opens + 1:] for c in ".!?")


@lru_cache(maxsize=4)
def _gazetteer(ontology: Ontology):
    """The ontology's gazetteer (:func:`kzgraph.names.gazetteer`), and three key/word sets limiting it.

    - keys of labels written in lower case (adjectives, group and concept nouns):
      only these may match a lower-case word;
    - keys that come only from acronyms ("UN"): they match upper-case text only;
    - one-word labels of three letters or fewer, case-folded: a short word matches only these.
    """
    names = gazetteer(ontology)
    lowercase: set[tuple[str, ...]] = set()
    acronym: set[tuple[str, ...]] = set()
    other: set[tuple[str, ...]] = set()
    short: set[str] = set()
    for entity in ontology.entities.values():
        groups = [entity.pref, entity.alt, entity.adjectives, getattr(entity, "hidden", ())]
        for group in groups:
            for lang, labels in group:
                for label in labels:
                    tokens = tokens_for_key(label)
                    key = tuple(token_key(t, lang or None) for t in tokens)
                    if label[:1].islower():
                        lowercase.add(key)
                    if all(t.isupper() for t in tokens):
                        acronym.add(key)
                    else:
                        other.add(key)
                    if len(tokens) == 1 and len(tokens[0]) <= 3:  # a one-word label only:
                        short.add(tokens[0].casefold())  # "as" in a longer name is no licence
    return names, frozenset(lowercase), frozenset(acronym - other), frozenset(short)


@lru_cache(maxsize=4)
def _cyrillic_keys(ontology: Ontology) -> frozenset[tuple[str, ...]]:
    """Keys of the ontology's labels written in Cyrillic (names, adjectives, hidden labels), and of
    each of their words ("Мамина": the surname of "Аскар Мамин")."""
    out: set[tuple[str, ...]] = set()
    for entity in ontology.entities.values():
        for group in (entity.pref, entity.alt, entity.adjectives, getattr(entity, "hidden", ())):
            for lang, labels in group:
                for label in labels:
                    if has_cyrillic(label):
                        key = tuple(token_key(t, lang or None) for t in tokens_for_key(label))
                        out.add(key)
                        out.update((k,) for k in key)
    return frozenset(out)


@lru_cache(maxsize=4)
def _adjective_keys(ontology: Ontology) -> tuple[frozenset[str], frozenset[str]]:
    """Token keys of the ontology's one-word nationality adjectives ("грузинский", "Georgian"),
    and the languages whose adjective labels are capitalised (English writes "Georgian")."""
    out = set()
    names = set()  # keys that are also a name's ("Киргизии" ~ "киргиз…"): never a demonym here
    capitalised = set()
    for entity in ontology.entities.values():
        for lang, labels in entity.adjectives:
            for label in labels:
                tokens = tokens_for_key(label)
                if len(tokens) == 1:
                    out.add(token_key(tokens[0], lang or None))
                if label[:1].isupper():
                    capitalised.add(lang)
        for group in (entity.pref, entity.alt):
            for lang, labels in group:
                for label in labels:
                    tokens = tokens_for_key(label)
                    if len(tokens) == 1:
                        names.add(token_key(tokens[0], lang or None))
    return frozenset(out - names), frozenset(capitalised)


@lru_cache(maxsize=64)
def _finder(lang: str, ontology: Ontology, collective: bool) -> MentionFinder:
    return MentionFinder(lang, ontology, Lexicon.load(ontology), collective=collective)


__all__ = ["Found", "MentionFinder", "COLLECTIVE_LABELS"]
