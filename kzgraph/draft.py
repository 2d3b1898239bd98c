"""A first story layer from a corpus: the entities it names that the ontology does not know.

``kzgraph ontology draft CORPUS… -o DIR`` extracts and aligns the corpus,
keeps the entities alignment had to make up (ids ``x-…``: unknown names
clustered across documents and languages) and writes them as Turtle in the
ontology's own format (``ontology/entities.ttl`` explains it): one block per
entity with its class, its canonical name as ``skos:prefLabel@en``, its forms
per language (people's in the nominative) and, in a comment, the documents
and mentions that name it, most frequent first.  A person reviews the file
(merges, types, drops), then reads it back as a story layer (``kzgraph
--ontology DIR``), which makes those names known.

Examples
--------
>>> from kzgraph.model import Entity
>>> block = entity_block(DraftEntity(Entity("x-ana-pop", "Ana Pop", "PERSON",
...     names=(("en", ("Ana Pop",)), ("ro", ("Ana Pop", "Anei Pop")))), "ana-pop", 2, 3))
>>> print(block)
# PERSON · 2 documents, 3 mentions
kze:ana-pop a kz:Person ;
    skos:prefLabel "Ana Pop"@en, "Ana Pop"@ro ;
    skos:altLabel "Anei Pop"@ro .
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .align import NEW_ENTITY_PREFIX
from .errors import NotFound, UsageError
from .graph import KnowledgeGraph
from .model import Entity
from .names import has_cyrillic, key_tuple, name_data, nominative, readable_latin
from .names.text import SPACE
from .ontology import Ontology

__all__ = ["DraftEntity", "DraftReport", "draft_entities", "entity_block", "draft_turtle", "check_draft_folder",
           "write_draft"]

# contract type -> the kz: class a drafted entity gets (a reviewer may narrow GPE to Country/Region)
DRAFT_CLASSES = {"PERSON": "Person", "ORG": "Organization", "GPE": "City", "LOC": "Location",
                 "FAC": "Facility", "EVENT": "Event", "GROUP": "Group"}
PREFIXES = ("@prefix kz:   <https://kzgraph.dev/ontology#> .\n"
            "@prefix kze:  <https://kzgraph.dev/entity/> .\n"
            "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n")


@dataclass(frozen=True)
class DraftEntity:
    """An unknown entity of the corpus, ready to be written: its record, new id and counts."""

    entity: Entity
    id: str  # the slug it gets in the layer (no "x-" prefix)
    documents: int
    mentions: int


@dataclass(frozen=True)
class DraftReport:
    """What ``write_draft`` wrote."""

    folder: str
    file: str
    entities: int
    by_type: tuple[tuple[str, int], ...]
    documents: int

    def __str__(self) -> str:
        kinds = ", ".join(f"{n} {t}" for t, n in self.by_type)
        return (f"wrote {self.entities} entities ({kinds}) found in {self.documents} documents to {self.file}\n"
                f"review it, then read it as a story layer: kzgraph --ontology {self.folder} …")


def _slug(name: str) -> str:
    latin = unicodedata.normalize("NFKD", readable_latin(name))
    ascii_ = "".join(c for c in latin if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def draft_entities(graph: KnowledgeGraph, ontology: Ontology, min_documents: int = 1) -> list[DraftEntity]:
    """The entities of ``graph`` the ontology does not know, most documents first.

    Only entities a document lists as a mention count (descriptions such as
    "protesters" that are only relation arguments are left out), and only
    those named in at least ``min_documents`` documents.
    """
    docs: dict[str, set[str]] = defaultdict(set)
    mentions: Counter = Counter()
    for m in graph.mentions:
        docs[m.entity].add(m.doc)
        mentions[m.entity] += 1
    found = [e for eid, e in graph.entities.items()
             if eid.startswith(NEW_ENTITY_PREFIX) and eid not in ontology.entities and e.type in DRAFT_CLASSES
             and len(docs[eid]) >= max(1, min_documents)]
    found.sort(key=lambda e: (-len(docs[e.id]), -mentions[e.id], e.id))
    taken = set(ontology.entities)
    out = []
    for e in found:
        base = _slug(e.name) or e.id[len(NEW_ENTITY_PREFIX):]
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        out.append(DraftEntity(e, slug, len(docs[e.id]), mentions[e.id]))
    return out


def _labels(entity: Entity) -> tuple[dict[str, str], dict[str, list[str]]]:
    """(prefLabel per language, altLabels per language): people's forms in the nominative, the
    full forms (most tokens, then most frequent) preferred; the English prefLabel is the name."""
    person = entity.type == "PERSON"
    pref: dict[str, str] = {"en": entity.name}
    alt: dict[str, list[str]] = defaultdict(list)
    cyrillic = name_data().cyrillic_script
    for lang, forms in entity.names:
        clean = []
        for text in forms:
            text = SPACE.sub(" ", text).strip().strip("\"'«»„“”")
            if text and has_cyrillic(text) == (lang in cyrillic):  # a form in another script: not this language's
                clean.append(nominative(text, lang) if person else text)
        counts = Counter(clean)
        ordered = sorted(counts, key=lambda t: (-len(key_tuple(t, lang)), -counts[t], len(t), t))
        if not ordered:
            continue
        if lang not in pref:
            pref[lang] = ordered[0]
        alt[lang] = [t for t in ordered if t != pref[lang]]
    return pref, alt


def _literal(text: str, lang: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}'


def entity_block(draft: DraftEntity) -> str:
    """One entity as Turtle, with a comment giving its type and counts."""
    e = draft.entity
    pref, alt = _labels(e)
    lines = [f"# {e.type} · {draft.documents} document{'s' if draft.documents != 1 else ''}, "
             f"{draft.mentions} mention{'s' if draft.mentions != 1 else ''}",
             f"kze:{draft.id} a kz:{DRAFT_CLASSES[e.type]} ;"]
    props = [("skos:prefLabel", [_literal(pref[lang], lang) for lang in sorted(pref)])]
    alts = [_literal(t, lang) for lang in sorted(alt) for t in alt[lang]]
    if alts:
        props.append(("skos:altLabel", alts))
    for i, (prop, values) in enumerate(props):
        end = " ." if i == len(props) - 1 else " ;"
        lines.append(f"    {prop} {', '.join(values)}{end}")
    return "\n".join(lines)


def draft_turtle(drafts: list[DraftEntity], sources: list[str]) -> str:
    """The whole layer file: a header for the reviewer, the prefixes, one block per entity."""
    header = ("# A draft story layer written by `kzgraph ontology draft` from: " + ", ".join(sources) + "\n"
              "# The entities the corpus names that the ontology does not know, most documents first.\n"
              "# Review before use: merge entities that are one (keep one block, move the labels),\n"
              "# correct the class (kz:City for any place: make it kz:Country or kz:Region where it is\n"
              "# one), drop what is no name, add kz:role and kz:wikidata where verified.  Read it back\n"
              "# with `kzgraph --ontology DIR …` (the schema: ontology/entities.ttl).\n")
    return header + "\n" + PREFIXES + "\n" + "\n\n".join(entity_block(d) for d in drafts) + "\n"


def check_draft_folder(folder: str | Path) -> Path:
    """``folder`` as a Path, if a draft may be written there: it must be new or an empty folder."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError(f"{folder} exists and is not an empty folder; give a new folder for the draft "
                         f"(kzgraph never overwrites a reviewed layer)")
    return folder


def write_draft(graph: KnowledgeGraph, ontology: Ontology, folder: str | Path, sources: list[str],
                min_documents: int = 1) -> DraftReport:
    """Write the draft layer of ``graph`` into ``folder`` (created; it must be new or empty)."""
    folder = check_draft_folder(folder)
    drafts = draft_entities(graph, ontology, min_documents)
    if not drafts:
        raise NotFound(f"no entity the ontology does not know was found in {len(graph.documents)} documents"
                       + (f" named in {min_documents} documents or more" if min_documents > 1 else "")
                       + ": nothing to draft")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "entities.ttl"
    path.write_text(draft_turtle(drafts, sources), encoding="utf-8")
    by_type = Counter(d.entity.type for d in drafts)
    return DraftReport(folder=str(folder), file=str(path), entities=len(drafts),
                       by_type=tuple(sorted(by_type.items(), key=lambda p: (-p[1], p[0]))),
                       documents=len(graph.documents))
