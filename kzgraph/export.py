"""Export a graph as RDF (Turtle, JSON-LD), GraphML or CSV for ``neo4j-admin``.

The source is a :class:`Snapshot`: what a store holds (``KZGraph.snapshot()``)
or what a :class:`~kzgraph.graph.KnowledgeGraph` holds (``Snapshot.from_graph``).

- **RDF** (rdflib): every entity with its type (a ``kz:`` class), an English
  ``skos:prefLabel`` and every other name the ontology or the corpus gave it
  as ``skos:altLabel`` per language — so entities discovered in the corpus
  come out in the ontology's own format and ``ontology/`` can grow from them
  (the Turtle loads with :meth:`kzgraph.ontology.Ontology.load`).  Relations
  are direct triples ``kze:s kzp:PREDICATE kze:o``; each claim is an
  ``rdf:Statement`` with its sentence, date, confidence and
  ``prov:wasDerivedFrom`` document; each figure a ``kz:Figure`` with
  ``rdf:value``, ``kz:quantityKind``, ``prov:wasAttributedTo`` its source.
- **GraphML** (networkx): entities as nodes, one edge per (subject,
  predicate, object) with its evidence; Gephi shows ``label``.
- **CSV**: one folder of files with the headers ``neo4j-admin database import``
  reads (``id:ID(Entity)``, ``:LABEL``, ``:START_ID(Claim)``, ``:END_ID(Entity)``,
  ``:TYPE``, typed columns such as ``n_claims:int`` and ``aliases:string[]``),
  the same graph model as ``kzgraph load`` writes, plus ``neo4j-admin-import.sh``
  with the command.  Into a stopped Neo4j 5 (the database must not exist, or
  add ``--overwrite-destination``)::

      neo4j-admin database import full neo4j --overwrite-destination \\
          --multiline-fields=true --array-delimiter=";" \\
          --nodes=entities.csv --nodes=documents.csv --nodes=claims.csv \\
          --relationships=relationships.csv --relationships=claim_links.csv \\
          --relationships=stated_in.csv --relationships=mentioned_in.csv

  then start Neo4j and create the constraints with ``kzgraph load --uri …``
  on any input (``ensure_schema`` runs first) or the ``cypher/neo4j_*``
  statements.

Examples
--------
>>> from kzgraph.model import Entity
>>> snap = Snapshot(entities=(Entity("x", "Jerlan Turgumbajew", "PERSON",
...                                  names=(("pl", ("Jerłan Turgumbajew",)),)),))
>>> print(to_rdf(snap).serialize(format="turtle"))   # doctest: +ELLIPSIS
@prefix ...
kze:x a kz:Person ;
    skos:altLabel "Jerłan Turgumbajew"@pl ;
    skos:prefLabel "Jerlan Turgumbajew"@en .
...
"""

from __future__ import annotations

import csv
import io
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import IO, Iterable
from urllib.parse import quote

from .errors import KzGraphError, UsageError
from .model import Document, Entity, Quantity, Relation
from .graph_model import (ACCORDING_TO, CLAIM, DOCUMENT, ENTITY, MENTIONED_IN, OBJECT, STATED_IN, SUBJECT,
                          TypedRelationship, aggregate_relationships, best_evidence, lookup_keys,
                          names_from_properties, names_key, quantity_predicate, to_networkx,
                          triple_key)
from .ontology import CLASSES, LABELS, Ontology
from .results import Report
from .vocab import KZ, KZC, KZD, KZE, KZP, KZQ

FORMATS = ("turtle", "jsonld", "graphml", "csv")
SUFFIXES = {"turtle": ".ttl", "jsonld": ".jsonld", "graphml": ".graphml", "csv": ""}
ARRAY_DELIMITER = ";"  # neo4j-admin's default; it also separates :LABEL values

# contract type -> ontology class, for entities the ontology does not list.
# GPE below country level: Region (kz:Region and kz:City both read back as GPE).
CLASS_OF_TYPE = {"PERSON": KZ.Person, "ORG": KZ.Organization, "GPE": KZ.Region, "LOC": KZ.Location,
                 "FAC": KZ.Facility, "EVENT": KZ.Event, "GROUP": KZ.Group, "CONCEPT": KZ.Concept}

NEO4J_ADMIN_COMMAND = (
    'neo4j-admin database import full neo4j --overwrite-destination \\\n'
    '    --multiline-fields=true --array-delimiter=";" \\\n'
    '    --nodes=entities.csv --nodes=documents.csv --nodes=claims.csv \\\n'
    '    --relationships=relationships.csv --relationships=claim_links.csv \\\n'
    '    --relationships=stated_in.csv --relationships=mentioned_in.csv')


# -- the source ---------------------------------------------------------------------

@dataclass(frozen=True)
class MentionLink:
    """An entity mentioned ``count`` times in a document, in these forms."""

    entity: str
    doc: str
    count: int
    forms: tuple[str, ...]


@dataclass(frozen=True)
class Snapshot(Report):
    """Everything an export writes: documents, entities, claims, figures, mentions
    (printed and shown in a notebook as its counts)."""

    documents: tuple[Document, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Relation, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    mentions: tuple[MentionLink, ...] = ()
    typed: tuple[TypedRelationship, ...] | None = None  # as a store aggregated them; None: from the claims

    @classmethod
    def from_graph(cls, graph) -> "Snapshot":
        """The snapshot of a :class:`~kzgraph.graph.KnowledgeGraph` (mentions counted per document)."""
        spans: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
        forms: dict[tuple[str, str], set[str]] = defaultdict(set)
        for m in graph.mentions:
            spans[(m.entity, m.doc)].add((m.start, m.end))
            forms[(m.entity, m.doc)].add(m.text)
        return cls(
            documents=tuple(sorted(graph.documents.values(), key=lambda d: d.id)),
            entities=tuple(sorted(graph.entities.values(), key=lambda e: e.id)),
            claims=tuple(sorted(graph.relations.values(), key=lambda r: r.id)),
            quantities=tuple(sorted(graph.quantities.values(), key=lambda q: q.id)),
            mentions=tuple(MentionLink(e, d, len(spans[(e, d)]), tuple(sorted(forms[(e, d)])))
                           for e, d in sorted(spans)))

    @classmethod
    def from_rows(cls, *, entities: Iterable[dict] = (), documents: Iterable[dict] = (),
                  claims: Iterable[dict] = (), quantities: Iterable[dict] = (), mentions: Iterable[dict] = (),
                  relationships: Iterable[dict] | None = None) -> "Snapshot":
        """The snapshot from the rows of the ``cypher/q_export_*`` statements.

        ``relationships`` are rows of ``q_network_edges``: the store's own typed
        relationships, taken as they are rather than derived again from the claims.
        """
        typed = None if relationships is None else tuple(
            TypedRelationship(r["subject"], r["predicate"], r["object"], r.get("first_date"), r.get("last_date"),
                              tuple(sorted(r.get("doc_ids") or ())), tuple(sorted(r.get("langs") or ())),
                              int(r.get("n_claims") or 0)) for r in relationships)
        return cls(
            typed=typed,
            documents=tuple(Document(id=r["id"], text="", path=r.get("path") or "", lang=r.get("lang") or "",
                                     date=r.get("date"), title=r.get("title")) for r in documents),
            entities=tuple(_entity_from_properties(r["properties"]) for r in entities),
            claims=tuple(Relation(id=r["id"], subject=r["subject"], predicate=r["predicate"], doc=r["doc"],
                                  sentence=r.get("sentence") or "", start=int(r.get("start") or 0),
                                  end=int(r.get("end") or 0), lang=r.get("lang") or "",
                                  object=r.get("object"), literal=r.get("literal"), date=r.get("date"),
                                  confidence=float(r["confidence"]) if r.get("confidence") is not None else 0.5,
                                  date_source=r.get("date_source"), status=r.get("status") or "asserted",
                                  according_to=r.get("according_to"), denied_by=r.get("denied_by"))
                         for r in claims),
            quantities=tuple(Quantity(id=r["id"], what=r["kind"], value=int(r["value"]), doc=r["doc"],
                                      sentence=r.get("sentence") or "", start=int(r.get("start") or 0),
                                      end=int(r.get("end") or 0), lang=r.get("lang") or "",
                                      qualifier=r.get("qualifier"), according_to=r.get("according_to"),
                                      as_of=r.get("as_of")) for r in quantities),
            mentions=tuple(MentionLink(r["entity"], r["doc"], int(r.get("count") or 0),
                                       tuple(r.get("forms") or ())) for r in mentions))

    def relationships(self) -> list[TypedRelationship]:
        """The typed relationships: the store's, each with the evidence of its best claim, or,
        for a snapshot of claims alone, :func:`kzgraph.graph_model.aggregate_relationships`."""
        if self.typed is None:
            return aggregate_relationships(self.claims)
        claims: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
        for c in self.claims:
            if c.object:
                claims[(c.subject, c.predicate, c.object)].append(c)
        return [replace(r, evidence=best_evidence(claims.get((r.subject, r.predicate, r.object), ())))
                for r in self.typed]

    def counts(self) -> dict[str, int]:
        return {"entities": len(self.entities), "documents": len(self.documents),
                "claims": len(self.claims), "figures": len(self.quantities),
                "relationships": len(self.relationships())}

    def _html_rows(self) -> list[dict]:
        return [{"what": k, "count": v} for k, v in self.counts().items()]

    def __str__(self) -> str:
        return "snapshot: " + ", ".join(f"{v} {k}" for k, v in self.counts().items())


def _entity_from_properties(props: dict) -> Entity:
    return Entity(id=props["id"], name=props.get("name") or props["id"], type=props.get("type") or "CONCEPT",
                  wikidata=props.get("wikidata"), aliases=tuple(sorted(props.get("aliases") or ())),
                  names=names_from_properties(props))


@dataclass(frozen=True)
class ExportReport(Report):
    """What :func:`export` wrote."""

    format: str
    paths: tuple[str, ...]
    entities: int
    documents: int
    claims: int
    figures: int
    relationships: int

    def to_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        where = str(Path(self.paths[0]).parent) + "/" if self.format == "csv" else ", ".join(self.paths)
        text = (f"wrote {self.format} to {where}: {self.entities} entities, {self.relationships} "
                f"relationships, {self.claims} claims, {self.figures} figures, {self.documents} documents")
        if self.format == "csv":
            text += f"\nimport into a stopped Neo4j 5 from that folder with:\n{NEO4J_ADMIN_COMMAND}"
        return text


# -- dispatch -----------------------------------------------------------------------

def export(source, fmt: str, out: str | Path, *, ontology: Ontology | None = None) -> ExportReport:
    """Write ``source`` (a ``Snapshot`` or ``KnowledgeGraph``) as ``fmt`` to ``out``.

    ``out`` is a file for ``turtle``, ``jsonld`` and ``graphml`` (``"-"`` for
    standard output) and a folder for ``csv`` (created if missing).
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    snapshot = source if isinstance(source, Snapshot) else Snapshot.from_graph(source)
    out_text = str(out)
    if fmt == "csv":
        if out_text == "-":
            raise UsageError("csv export writes a folder of files; give -o FOLDER, not -")
        paths = write_csv(snapshot, Path(out), ontology)
    else:
        if out_text != "-":
            _check_parent(Path(out))
        if fmt in ("turtle", "jsonld"):
            data = serialize_rdf(snapshot, fmt, ontology).encode("utf-8")
        else:
            buffer = io.BytesIO()
            write_graphml(snapshot, buffer, ontology)
            data = buffer.getvalue()
        if out_text == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            paths = ["-"]
        else:
            _write_bytes(Path(out), data)
            paths = [str(out)]
    return ExportReport(format=fmt, paths=tuple(paths), **snapshot.counts())


def _check_parent(path: Path) -> None:
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name, e.g. {path / 'kzgraph'}.ttl")
    if not path.parent.is_dir():
        raise KzGraphError(f"cannot write {path}: its folder {path.parent} does not exist")


def _write_bytes(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise KzGraphError(f"cannot write {path}: {exc.strerror}") from exc


# -- RDF ------------------------------------------------------------------------------

def to_rdf(snapshot: Snapshot, ontology: Ontology | None = None):
    """An ``rdflib.Graph`` of ``snapshot`` (see the module docstring for its shape)."""
    from rdflib import RDF, XSD, Graph, Literal
    from rdflib.namespace import DCTERMS, FOAF, PROV, SDO, SKOS

    g = Graph()
    for prefix, ns in (("kz", KZ._NS), ("kze", KZE), ("kzp", KZP), ("kzq", KZQ), ("kzc", KZC),
                       ("kzd", KZD), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS),
                       ("schema", SDO), ("foaf", FOAF)):
        g.bind(prefix, ns)
    known = ontology.entities if ontology is not None else {}

    for ent in snapshot.entities:
        node = _entity_uri(ent.id)
        g.add((node, RDF.type, _entity_class(ent, ontology)))
        definition = known.get(ent.id)
        pref = dict(definition.pref) if definition else {"en": (ent.name,)}
        alt: dict[str, set[str]] = defaultdict(set)
        if definition:
            for lang, forms in definition.alt:
                alt[lang].update(forms)
        for lang, forms in ent.names:
            alt[lang].update(forms)
        tagged = {form for forms in alt.values() for form in forms} | {f for fs in pref.values() for f in fs}
        # Labels need a language tag to load as ontology data; "und" is BCP 47's "undetermined".
        alt["und"].update(a for a in ent.aliases if a not in tagged)
        for lang, forms in sorted(pref.items()):
            for form in forms:
                g.add((node, SKOS.prefLabel, Literal(form, lang=lang or None)))
        for lang, forms in sorted(alt.items()):
            for form in sorted(forms - set(pref.get(lang, ()))):
                g.add((node, SKOS.altLabel, Literal(form, lang=lang or None)))
        if ent.wikidata:
            g.add((node, KZ.wikidata, Literal(ent.wikidata)))
        for role in (definition.roles if definition else ent.roles):
            g.add((node, KZ.role, Literal(role, lang="en")))

    for doc in snapshot.documents:
        node = KZD[quote(doc.id, safe="")]
        g.add((node, RDF.type, FOAF.Document))
        for prop, value in ((DCTERMS.title, doc.title), (DCTERMS.language, doc.lang),
                            (DCTERMS.source, doc.path)):
            if value:
                g.add((node, prop, Literal(value)))
        if doc.date:
            g.add((node, DCTERMS.date, _date_literal(doc.date)))
    for m in snapshot.mentions:
        g.add((KZD[quote(m.doc, safe="")], SDO.mentions, _entity_uri(m.entity)))

    for rel in snapshot.relationships():
        g.add((_entity_uri(rel.subject), KZP[rel.predicate], _entity_uri(rel.object)))

    for c in snapshot.claims:
        node = KZC[quote(c.id, safe="")]
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, RDF.subject, _entity_uri(c.subject)))
        g.add((node, RDF.predicate, KZP[c.predicate]))
        if c.object:
            g.add((node, RDF.object, _entity_uri(c.object)))
        elif c.literal:
            g.add((node, RDF.object, Literal(c.literal, lang=c.lang or None)))
        _provenance(g, node, c.sentence, c.lang, c.doc, c.start, c.end)
        if c.date:
            g.add((node, DCTERMS.date, _date_literal(c.date)))
        g.add((node, KZ.confidence, Literal(float(c.confidence), datatype=XSD.decimal)))

    for q in snapshot.quantities:
        node = KZC[quote(q.id, safe="")]
        g.add((node, RDF.type, KZ.Figure))
        g.add((node, KZ.quantityKind, KZQ[q.what]))
        g.add((node, RDF.value, Literal(int(q.value))))
        if q.qualifier:
            g.add((node, KZ.qualifier, Literal(q.qualifier, lang="en")))
        if q.as_of:
            g.add((node, KZ.asOf, _date_literal(q.as_of)))
        if q.according_to:
            g.add((node, PROV.wasAttributedTo, _entity_uri(q.according_to)))
        _provenance(g, node, q.sentence, q.lang, q.doc, q.start, q.end)
    return g


def serialize_rdf(snapshot: Snapshot, fmt: str, ontology: Ontology | None = None) -> str:
    """``snapshot`` as Turtle (``fmt="turtle"``) or compacted JSON-LD (``"jsonld"``)."""
    g = to_rdf(snapshot, ontology)
    if fmt == "turtle":
        return g.serialize(format="turtle")
    if fmt == "jsonld":
        context = {prefix: str(ns) for prefix, ns in g.namespaces()
                   if prefix in ("kz", "kze", "kzp", "kzq", "kzc", "kzd", "skos", "prov", "dcterms",
                                 "schema", "foaf", "rdf", "xsd")}
        return g.serialize(format="json-ld", context=context, indent=2)
    raise UsageError(f"serialize_rdf writes turtle or jsonld, not {fmt!r}")


def _entity_uri(entity_id: str):
    return KZE[quote(entity_id, safe="-._~")]


def _entity_class(ent: Entity, ontology: Ontology | None):
    known = ontology.entities.get(ent.id) if ontology is not None else None
    if known is not None and KZ[known.rdf_class] in CLASSES:
        return KZ[known.rdf_class]
    return CLASS_OF_TYPE.get(ent.type, KZ.Concept)


def _date_literal(value: str):
    from rdflib import XSD, Literal

    if value.startswith("--"):  # a date without its year: "--01-09", "--01"
        datatype = {7: XSD.gMonthDay, 4: XSD.gMonth}.get(len(value))
    else:
        datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value))
    return Literal(value, datatype=datatype) if datatype else Literal(value)


def _provenance(g, node, sentence: str, lang: str, doc: str, start: int, end: int) -> None:
    from rdflib import Literal
    from rdflib.namespace import PROV

    g.add((node, PROV.wasDerivedFrom, KZD[quote(doc, safe="")]))
    if sentence:
        g.add((node, KZ.sentence, Literal(sentence, lang=lang or None)))
    g.add((node, KZ.start, Literal(int(start))))
    g.add((node, KZ.end, Literal(int(end))))


# -- GraphML --------------------------------------------------------------------------

def entity_label(entity: Entity, ontology: Ontology | None = None) -> str:
    """The Neo4j label kzgraph writes for ``entity``: the ontology's, else its type's.

    >>> entity_label(Entity("x", "X", "GPE"))
    'Location'
    """
    known = ontology.entities.get(entity.id) if ontology is not None else None
    return known.label if known else LABELS.get(entity.type, "Concept")


def _networkx(snapshot: Snapshot, ontology: Ontology | None = None):
    """``snapshot`` as the ``networkx.MultiDiGraph`` of :func:`kzgraph.graph_model.to_networkx`."""
    mentions: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for m in snapshot.mentions:
        mentions[m.entity][0] += m.count
        mentions[m.entity][1] += 1
    return to_networkx(snapshot.entities, snapshot.relationships(),
                        label_of=lambda e: entity_label(e, ontology),
                        predicates=ontology.predicates if ontology is not None else None,
                        mentions={e: (n, d) for e, (n, d) in mentions.items()})


def _graphml_safe(g):
    """A copy of ``g`` with the ``label`` and ``weight``
    Gephi shows (a node's name, an edge's predicate and claim count)."""
    out = g.copy()
    for _, attrs in out.nodes(data=True):
        attrs["neo4j_label"] = attrs.pop("label", "")
        attrs["label"] = attrs["name"]
    for _, _, attrs in out.edges(data=True):
        attrs["label"], attrs["weight"] = attrs["predicate"], attrs["n_claims"]
    return out


def write_graphml(snapshot: Snapshot, out: str | Path | IO[bytes], ontology: Ontology | None = None) -> None:
    """Write ``snapshot`` as GraphML (opens in Gephi, yEd, Cytoscape)."""
    import networkx as nx

    nx.write_graphml(_graphml_safe(_networkx(snapshot, ontology)), out, encoding="utf-8")


# -- CSV for neo4j-admin ------------------------------------------------------------

def write_csv(snapshot: Snapshot, folder: Path, ontology: Ontology | None = None) -> list[str]:
    """Write the ``neo4j-admin database import`` files into ``folder``; their paths.

    The relationships carry the CAMEO/PLOVER codes of ``ontology`` (default: kzgraph's).

    >>> import tempfile
    >>> paths = write_csv(Snapshot(), Path(tempfile.mkdtemp()))
    >>> [Path(p).name for p in paths][:3]
    ['entities.csv', 'documents.csv', 'claims.csv']
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KzGraphError(f"cannot create the folder {folder}: {exc.strerror}") from exc
    if not folder.is_dir():
        raise UsageError(f"{folder} is a file; csv export needs a folder")
    ontology = ontology or Ontology.load()
    langs = sorted({lang for e in snapshot.entities for lang, _ in e.names if lang})
    known_names = [names_key(lang) for lang in langs]
    files: dict[str, tuple[list[str], list[list]]] = {
        "entities.csv": (["id:ID(Entity)", ":LABEL", "name", "type", "wikidata", "aliases:string[]",
                          "lookup:string[]"] + [f"{n}:string[]" for n in known_names],
                         [[e.id, _array([ENTITY, entity_label(e, ontology)]), e.name, e.type, e.wikidata,
                           _array(e.aliases), _array(lookup_keys(e.name, e.aliases))]
                          + [_array(e.names_by_lang.get(lang, ())) for lang in langs]
                          for e in snapshot.entities]),
        "documents.csv": (["id:ID(Document)", ":LABEL", "title", "lang", "date", "path"],
                          [[d.id, DOCUMENT, d.title, d.lang, d.date, d.path] for d in snapshot.documents]),
        "claims.csv": (["id:ID(Claim)", ":LABEL", "predicate", "literal", "date", "sentence", "lang",
                        "confidence:float", "kind", "value:long", "qualifier", "as_of", "triple"],
                       [[c.id, CLAIM, c.predicate, c.literal, c.date, c.sentence, c.lang, c.confidence,
                         None, None, None, None,
                         triple_key(c.subject, c.predicate, c.object) if c.object else None]
                        for c in snapshot.claims]
                       + [[q.id, CLAIM, quantity_predicate(q.what), None, None, q.sentence, q.lang, None,
                           q.what, q.value, q.qualifier, q.as_of, None] for q in snapshot.quantities]),
        "relationships.csv": ([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "first_date", "last_date",
                               "doc_ids:string[]", "langs:string[]", "n_claims:int"],
                              [[r.subject, r.object, r.predicate, r.first_date, r.last_date, _array(r.doc_ids),
                                _array(r.langs), r.n_claims] for r in snapshot.relationships()]),
        "claim_links.csv": ([":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"],
                            [[c.id, c.subject, SUBJECT] for c in snapshot.claims]
                            + [[c.id, c.object, OBJECT] for c in snapshot.claims if c.object]
                            + [[q.id, q.according_to, ACCORDING_TO] for q in snapshot.quantities
                               if q.according_to]),
        "stated_in.csv": ([":START_ID(Claim)", ":END_ID(Document)", ":TYPE", "start:int", "end:int"],
                          [[c.id, c.doc, STATED_IN, c.start, c.end]
                           for c in (*snapshot.claims, *snapshot.quantities)]),
        "mentioned_in.csv": ([":START_ID(Entity)", ":END_ID(Document)", ":TYPE", "count:int", "forms:string[]"],
                             [[m.entity, m.doc, MENTIONED_IN, m.count, _array(m.forms)]
                              for m in snapshot.mentions]),
    }
    _add_codes(files["relationships.csv"], ontology)
    paths = []
    for name, (header, rows) in files.items():
        path = folder / name
        try:
            with path.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                writer.writerows([["" if v is None else v for v in row] for row in rows])
        except OSError as exc:
            raise KzGraphError(f"cannot write {path}: {exc.strerror}") from exc
        paths.append(str(path))
    script = folder / "neo4j-admin-import.sh"
    script.write_text("#!/bin/sh\n# Import these files into a stopped Neo4j 5 (run from this folder).\n"
                      "# Then start Neo4j and create kzgraph's constraints: any `kzgraph load --uri …`\n"
                      "# runs them first, or run cypher/neo4j_constraint_*.cypher by hand.\n"
                      f"{NEO4J_ADMIN_COMMAND}\n", encoding="utf-8")
    paths.append(str(script))
    return paths


def _add_codes(table: tuple[list[str], list[list]], ontology: Ontology) -> None:
    """Add the CAMEO/PLOVER columns to the relationships file (the store keeps them too)."""
    header, rows = table
    predicates = ontology.predicates
    header += ["cameo", "plover"]
    for row in rows:
        p = predicates.get(row[2])
        row += [p.cameo if p else None, p.plover if p else None]


def _array(values: Iterable[str]) -> str:
    # neo4j-admin splits array cells on the array delimiter; keep it out of the items.
    return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ",") for v in values)
