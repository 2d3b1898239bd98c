"""Answers and their rendering: typed result rows, one text table, ``to_df()``, HTML in notebooks.

The question API (:class:`kzgraph.query.KZGraph`) returns these; the CLI and
the API print them with the same renderer (:func:`render_table`: cells cut at
50 characters, a cut marked with "…").  Results are small frozen dataclasses
with ``to_dict()`` (what ``--json`` prints), ``to_df()`` (pandas, an optional
extra), a readable ``str()`` and ``_repr_html_`` for Jupyter.

Examples
--------
>>> top = Results((ActorRank("csto", "Collective Security Treaty Organization", "ORG", 5, 9, 12, 4),
...                ActorRank("kazakhstan", "Kazakhstan", "GPE", 4, 7, 30, 5)), title="top 2 by degree")
>>> print(top)
top 2 by degree
name                                     type  degree  evidence  mentions  documents
---------------------------------------  ----  ------  --------  --------  ---------
Collective Security Treaty Organization  ORG   5       9         12        4
Kazakhstan                               GPE   4       7         30        5
>>> print(render_table([{"name": "Kassym-Jomart Tokayev", "role": "President"}], width=12))
name          role
------------  ---------
Kassym-Joma…  President
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field, fields
from typing import Any, Generic, Iterator, TypeVar

from .errors import KzGraphError, UsageError

def _pandas():
    try:
        import pandas
    except ImportError:
        raise KzGraphError("to_df() needs pandas, an optional extra: "
                           "pip install -e '.[pandas]' in a checkout of kzgraph, else pip install pandas") from None
    return pandas


class _Result:
    """``to_dict`` / ``to_df`` / table rows shared by the row types below."""

    _columns: tuple[str, ...] = ()  # the columns ``str()`` of a result list shows

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    def _records(self) -> list[dict]:
        """Flat rows for a DataFrame (one, or several for a path)."""
        return [self.to_dict()]

    def to_df(self):
        return _pandas().DataFrame(self._records())

    def _repr_html_(self) -> str:
        records = self._records()
        return render_html(records, _columns_of(records)) if records else "<p>(no rows)</p>"

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        # IPython's text display (a terminal IPython, a notebook's text/plain): the table str() prints
        printer.text(str(self))


def _plain(value: Any) -> Any:
    if isinstance(value, _Result):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class EntityRef(_Result):
    """An entity named in a result: its id, canonical name and type."""

    id: str
    name: str
    type: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, kw_only=True)
class _Claimed(_Result):
    """A (subject, predicate, object-or-literal) with its evidence: what relations and
    timeline events share (built by keyword)."""

    subject: EntityRef
    predicate: str
    object: EntityRef | None
    literal: str | None
    n_claims: int
    langs: tuple[str, ...]
    doc_ids: tuple[str, ...]
    evidence: str | None

    @property
    def target(self) -> str:
        """The object's name, or the literal when the object is not an entity."""
        return self.object.name if self.object else (self.literal or "")

    def _triple(self) -> dict:
        return {"subject": self.subject.name, "subject_id": self.subject.id, "predicate": self.predicate,
                "object": self.target, "object_id": self.object.id if self.object else None,
                "literal": self.literal}

    def _evidence(self) -> dict:
        return {"n_claims": self.n_claims, "langs": list(self.langs), "doc_ids": list(self.doc_ids),
                "evidence": self.evidence}


@dataclass(frozen=True, kw_only=True)
class RelationRow(_Claimed):
    """One (subject, predicate, object-or-literal) with the evidence behind it."""

    first_date: str | None
    last_date: str | None
    statuses: tuple[str, ...] = ()  # how certain its claims are ("asserted", "reported", "suspected" …)
    sources: tuple[str, ...] = ()  # the names of the sources its claims are attributed to

    _columns = ("subject", "predicate", "object", "first_date", "last_date", "n_claims", "langs",
                "statuses", "sources")

    def to_dict(self) -> dict:
        return {**self._triple(), "first_date": self.first_date, "last_date": self.last_date,
                **self._evidence(), "statuses": list(self.statuses), "sources": list(self.sources)}

    def __str__(self) -> str:
        dates = _date_span(self.first_date, self.last_date)
        return (f"{self.subject.name} -[{self.predicate}]-> {self.target}"
                f"{f'  {dates}' if dates else ''}  ({_claims(self.n_claims)}; {', '.join(self.langs)})"
                f"{_certainty(self.statuses, self.sources)}")


@dataclass(frozen=True, kw_only=True)
class TimelineEvent(_Claimed):
    """A dated relation: what happened on ``date``, stated by ``n_claims`` claims."""

    date: str

    _columns = ("date", "subject", "predicate", "object", "n_claims", "langs")

    def to_dict(self) -> dict:
        return {"date": self.date, **self._triple(), **self._evidence()}

    def __str__(self) -> str:
        return f"{self.date}  {self.subject.name} -[{self.predicate}]-> {self.target}"


@dataclass(frozen=True)
class DocumentRef(_Result):
    """A document that mentions an entity, and how often."""

    id: str
    title: str | None
    lang: str | None
    date: str | None
    path: str | None
    mentions: int


@dataclass(frozen=True)
class Actor(_Result):
    """The profile of one entity: names, roles, relations, documents.

    ``to_df()`` gives its relations, outgoing and incoming, one per row.
    """

    id: str
    name: str
    type: str
    labels: tuple[str, ...]
    wikidata: str | None
    aliases: tuple[tuple[str, tuple[str, ...]], ...]  # ((lang, (form, …)), …)
    roles: tuple[str, ...]
    outgoing: tuple[RelationRow, ...]
    incoming: tuple[RelationRow, ...]
    documents: tuple[DocumentRef, ...]
    # ``roles`` are the roles the corpus states (one per role, however spelled), with their
    # claims in ``stated_roles``; ``background_roles`` are the ontology's, unstated here.
    stated_roles: tuple = ()
    background_roles: tuple[str, ...] = ()

    @property
    def aliases_by_lang(self) -> dict[str, tuple[str, ...]]:
        return dict(self.aliases)

    @property
    def langs(self) -> tuple[str, ...]:
        """The languages of the documents that mention it."""
        return tuple(sorted({d.lang for d in self.documents if d.lang}))

    @property
    def mentions(self) -> int:
        return sum(d.mentions for d in self.documents)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "labels": list(self.labels),
                "wikidata": self.wikidata, "aliases": {lang: list(v) for lang, v in self.aliases},
                "roles": list(self.roles),
                "stated_roles": [{"role": r.name, "n_claims": r.n_claims, "langs": list(r.langs),
                                  "spellings": list(r.spellings)} for r in self.stated_roles],
                "background_roles": list(self.background_roles),
                "langs": list(self.langs), "mentions": self.mentions,
                "outgoing": [r.to_dict() for r in self.outgoing],
                "incoming": [r.to_dict() for r in self.incoming],
                "documents": [d.to_dict() for d in self.documents]}

    def _records(self) -> list[dict]:
        return ([{"direction": "out", **r.to_dict()} for r in self.outgoing]
                + [{"direction": "in", **r.to_dict()} for r in self.incoming])

    def __str__(self) -> str:
        head = f"{self.name}  ({self.type}, id {self.id}"
        head += f", wikidata {self.wikidata})" if self.wikidata else ")"
        lines = [head]
        if self.aliases:
            lines.append("aliases:")
            lines += [f"  {lang or '--'}  {', '.join(forms)}" for lang, forms in self.aliases]
        if self.stated_roles:
            lines.append("roles stated in the documents: " + "; ".join(
                f"{r.name} ({_claims(r.n_claims)}; {', '.join(r.langs)})" for r in self.stated_roles))
        elif self.roles:
            lines.append("roles stated in the documents: " + "; ".join(self.roles))
        if self.background_roles:
            lines.append("roles from the ontology, not stated here: " + "; ".join(self.background_roles))
        lines.append(f"mentioned {_plural(self.mentions, 'time')} in {_plural(len(self.documents), 'document')}"
                     + (f" ({', '.join(self.langs)})" if self.langs else ""))
        for title, rows, who in (("outgoing", self.outgoing, "object"), ("incoming", self.incoming, "subject")):
            lines.append(f"{title}:" + ("" if rows else " none"))
            table = [{"predicate": r.predicate, who: r.target if who == "object" else r.subject.name,
                      "dates": _date_span(r.first_date, r.last_date), "claims": r.n_claims,
                      "langs": r.langs, **_status_cells(r)} for r in rows]
            if table:
                columns = ["predicate", who, "dates", "claims", "langs"]
                if any("status" in t for t in table):  # a column for the rows that are not only asserted
                    columns += ["status", "according to"]
                lines += ["  " + line for line in render_table(table, columns).splitlines()]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        esc = html.escape
        head = f"<p><b>{esc(self.name)}</b> ({esc(self.type)}, id <code>{esc(self.id)}</code>"
        head += f", wikidata {esc(self.wikidata)})</p>" if self.wikidata else ")</p>"
        parts = [head]
        if self.aliases:
            parts.append(render_html([{"lang": lang or "--", "names": forms} for lang, forms in self.aliases],
                                     ["lang", "names"]))
        if self.roles:
            parts.append(f"<p>roles: {esc('; '.join(self.roles))}</p>")
        parts.append(f"<p>mentioned {_plural(self.mentions, 'time')} in "
                     f"{_plural(len(self.documents), 'document')}"
                     + (f" ({esc(', '.join(self.langs))})" if self.langs else "") + "</p>")
        relations = [{"direction": "out", "predicate": r.predicate, "other": r.target,
                      "dates": _date_span(r.first_date, r.last_date), "claims": r.n_claims, "langs": r.langs,
                      **_status_cells(r, always=True)} for r in self.outgoing]
        relations += [{"direction": "in", "predicate": r.predicate, "other": r.subject.name,
                       "dates": _date_span(r.first_date, r.last_date), "claims": r.n_claims, "langs": r.langs,
                       **_status_cells(r, always=True)} for r in self.incoming]
        parts.append(render_html(relations, ["direction", "predicate", "other", "dates", "claims", "langs",
                                             "status", "according to"])
                     if relations else "<p>no relations</p>")
        return "".join(parts)

    def draw(self, *, max_nodes: int = 40):
        """Its neighbourhood as a matplotlib ``Figure``: nodes coloured by entity type as
        Neo4j Browser colours them (``cypher/kzgraph.grass``), edges labelled by predicate.

        Needs the ``plot`` extra (matplotlib).  At most ``max_nodes`` nodes, the
        best-attested neighbours first.
        """
        from .draw import draw_network

        return draw_network(_edges_of(self), title=self.name, centre=self.id,
                            labels={self.id: self.labels}, max_nodes=max_nodes)


@dataclass(frozen=True)
class ActorRank(_Result):
    """An entity with the figures ``actors()`` ranks by."""

    id: str
    name: str
    type: str
    degree: int
    evidence: int
    mentions: int
    documents: int

    _columns = ("name", "type", "degree", "evidence", "mentions", "documents")

    def __str__(self) -> str:
        return f"{self.name} ({self.type}): degree {self.degree}, evidence {self.evidence}"


@dataclass(frozen=True)
class Hop(_Result):
    """One step of a path, walked from ``source`` to ``target``.

    ``direction`` is ``"->"`` when ``source`` is the subject of the relation
    and ``"<-"`` when it is the object.
    """

    source: EntityRef
    predicate: str
    target: EntityRef
    direction: str
    n_claims: int
    evidence: str | None
    date: str | None
    lang: str | None
    doc: str | None

    def to_dict(self) -> dict:
        return {"source": self.source.name, "source_id": self.source.id, "predicate": self.predicate,
                "direction": self.direction, "target": self.target.name, "target_id": self.target.id,
                "n_claims": self.n_claims, "evidence": self.evidence, "date": self.date,
                "lang": self.lang, "doc": self.doc}

    def __str__(self) -> str:
        arrow = f"-[{self.predicate}]->" if self.direction == "->" else f"<-[{self.predicate}]-"
        return f"{self.source.name} {arrow} {self.target.name}"


@dataclass(frozen=True)
class GraphPath(_Result):
    """How two entities connect: hops in order, each with its evidence."""

    hops: tuple[Hop, ...]

    @property
    def length(self) -> int:
        return len(self.hops)

    @property
    def nodes(self) -> tuple[EntityRef, ...]:
        return (self.hops[0].source,) + tuple(h.target for h in self.hops) if self.hops else ()

    def to_dict(self) -> dict:
        return {"length": self.length, "nodes": [n.name for n in self.nodes],
                "hops": [h.to_dict() for h in self.hops]}

    def _records(self) -> list[dict]:
        return [{"hop": i, **h.to_dict()} for i, h in enumerate(self.hops, 1)]

    def __str__(self) -> str:
        chain = self.hops[0].source.name if self.hops else ""
        for h in self.hops:
            arrow = f"-[{h.predicate}]->" if h.direction == "->" else f"<-[{h.predicate}]-"
            chain += f" {arrow} {h.target.name}"
        lines = [chain]
        for i, h in enumerate(self.hops, 1):
            where = ", ".join(x for x in (h.lang, h.date, _claims(h.n_claims)) if x)
            lines.append(f"  {i}. {h}  ({where})")
            if h.evidence:
                lines.append(f"     “{_shorten(h.evidence, 160)}”")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        chain = html.escape(str(self).splitlines()[0]) if self.hops else ""
        records = self._records()
        return f"<p>{chain}</p>" + (render_html(records, _columns_of(records)) if records else "")

    def draw(self):
        """The path as a matplotlib ``Figure`` (see :meth:`Actor.draw`)."""
        from .draw import draw_network

        return draw_network(_edges_of(self), title=str(self).splitlines()[0] if self.hops else "")


@dataclass(frozen=True)
class Figure(_Result):
    """A figure given for a quantity kind, with its source and provenance."""

    kind: str
    value: int
    qualifier: str | None
    source: EntityRef | None
    as_of: str | None
    lang: str | None
    doc: str
    title: str | None
    doc_date: str | None
    path: str | None
    sentence: str | None
    id: str
    # As the text gives them: 'asserted', 'reported' (by a third party), 'denied' (by
    # ``denied_by``), 'negated'; what the figure counts ('in:<place>', 'part-of:<place>',
    # 'from:<country>'; None: the whole); whether the sentence states the as-of date.
    status: str | None = None
    denied_by: str | None = None
    scope: str | None = None
    as_of_source: str | None = None

    _columns = ("kind", "qualifier", "value", "source", "status", "scope", "as_of", "lang", "doc_date", "path")

    def to_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value, "qualifier": self.qualifier,
                "source": self.source.name if self.source else None,
                "source_id": self.source.id if self.source else None, "status": self.status,
                "denied_by": self.denied_by, "scope": self.scope, "as_of": self.as_of,
                "as_of_source": self.as_of_source,
                "lang": self.lang, "doc": self.doc, "title": self.title, "doc_date": self.doc_date,
                "path": self.path, "sentence": self.sentence, "id": self.id}

    def __str__(self) -> str:
        value = f"{self.qualifier} {self.value}" if self.qualifier else str(self.value)
        source = f" according to {self.source.name}" if self.source else ""
        scope = f" [{self.scope}]" if self.scope else ""
        status = f" ({self.status}" + (f" by {self.denied_by}" if self.denied_by else "") + ")" \
            if self.status and self.status != "asserted" else ""
        return f"{self.kind}{scope}: {value}{source}{status}" + (f" (as of {self.as_of})" if self.as_of else "")


@dataclass(frozen=True)
class Conflict(_Result):
    """Figures of one kind and one scope that disagree (``scope`` None: the whole count)."""

    kind: str
    values: tuple[int, ...]
    n_figures: int
    sources: tuple[str, ...]
    scope: str | None = None

    _columns = ("kind", "scope", "values", "n_figures", "sources")

    @property
    def low(self) -> int:
        return min(self.values)

    @property
    def high(self) -> int:
        return max(self.values)

    def __str__(self) -> str:
        scope = f" [{self.scope}]" if self.scope else ""
        return f"{self.kind}{scope}: {', '.join(map(str, self.values))} ({self.n_figures} figures)"


T = TypeVar("T", bound=_Result)


@dataclass(frozen=True)
class Results(Generic[T]):
    """A sequence of result rows: iterate, index, ``len()``, ``to_df()``.

    ``to_dict()`` gives a list of dicts (what ``--json`` prints).
    """

    rows: tuple[T, ...]
    title: str = ""

    def __iter__(self) -> Iterator[T]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):
        return self.rows[index]

    def __bool__(self) -> bool:
        return bool(self.rows)

    def to_dict(self) -> list[dict]:
        return [r.to_dict() for r in self.rows]

    def to_df(self):
        return _pandas().DataFrame([rec for r in self.rows for rec in r._records()])

    def _repr_html_(self) -> str:
        records = [rec for r in self.rows for rec in r._records()]
        columns = list(dict.fromkeys(k for rec in records for k in rec))
        title = f"<p>{html.escape(self.title)}</p>" if self.title else ""
        return title + (render_html(records, columns) if records else "<p>(no rows)</p>")

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        printer.text(str(self))

    def draw(self, *, max_nodes: int = 60):
        """The entities of these rows and the relations between them as a matplotlib ``Figure``.

        For paths (``g.paths(a, b).draw()``), relations (``who``, ``relations``)
        and timelines; nodes coloured by entity type as Neo4j Browser colours
        them, edges labelled by predicate.  Needs the ``plot`` extra.
        """
        from .draw import draw_network

        edges = [e for row in self.rows for e in _edges_of(row)]
        return draw_network(edges, title=self.title, max_nodes=max_nodes)

    def plot(self):
        """Figures (``g.claims("detained").plot()``) as a matplotlib ``Figure``: each figure
        against its as-of date and the date of its document, one mark and colour per
        source, denied figures crossed out.  Needs the ``plot`` extra.
        """
        from .draw import plot_figures

        if self.rows and not all(isinstance(r, Figure) for r in self.rows):
            raise UsageError("plot() draws figures (the answer of claims()); "
                             f"these rows are {type(self.rows[0]).__name__}: use draw()")
        return plot_figures(self.rows, title=self.title)

    def __str__(self) -> str:
        head = f"{self.title}\n" if self.title else ""
        if not self.rows:
            return head + "(no rows)"
        columns = type(self.rows[0])._columns
        if not columns:
            return head + "\n\n".join(str(r) for r in self.rows)
        return head + render_table([{c: _cell_value(r, c) for c in columns} for r in self.rows])


class Report:
    """A one-record answer (a load, a write, an export, an alignment): ``str()`` is the text
    the CLI prints; in a notebook, its fields as a two-column HTML table (``_html_rows``)."""

    def _html_rows(self) -> list[dict]:
        return [{"field": k, "value": v} for k, v in self.to_dict().items()]  # type: ignore[attr-defined]

    def _repr_html_(self) -> str:
        rows = self._html_rows()
        head = str(self).split("\n", 1)[0]
        return f"<p>{html.escape(head)}</p>" + (render_html(rows, _columns_of(rows)) if rows else "")

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        printer.text(str(self))


class Stats(dict, Report):
    """``KZGraph.stats()``: a dict (``{"nodes": {label: n}, "relationships": {type: n},
    "total": {...}}``) that prints as ``kzgraph stats`` does and renders as a table."""

    HEADINGS = {"nodes": "nodes per label (overlapping: an entity counts under Entity and its type):",
                "relationships": "relationships per type:", "total": "total (each node once):"}

    def to_dict(self) -> dict:
        return dict(self)

    def _html_rows(self) -> list[dict]:
        return [{"section": section, "name": name, "count": count}
                for section, counts in self.items() for name, count in sorted(counts.items())]

    def _repr_html_(self) -> str:
        rows = self._html_rows()
        return render_html(rows, ["section", "name", "count"]) if rows else "<p>(no rows)</p>"

    def __str__(self) -> str:
        lines = []
        for section, counts in self.items():
            lines.append(self.HEADINGS.get(section, f"{section}:"))
            lines += [f"  {name:<28} {count}" for name, count in sorted(counts.items())]
        return "\n".join(lines)


@dataclass(frozen=True)
class Table:
    """Rows of a raw Cypher query (``KZGraph.cypher``)."""

    columns: tuple[str, ...]
    rows: tuple[tuple, ...] = field(default=())

    def __iter__(self) -> Iterator[dict]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.rows)

    def to_dict(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_df(self):
        return _pandas().DataFrame(list(self.rows), columns=list(self.columns))

    def _repr_html_(self) -> str:
        return render_html(self.to_dict(), list(self.columns))

    def __str__(self) -> str:
        return render_table(self.to_dict(), list(self.columns)) if self.rows else "(no rows)"

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        printer.text(str(self))


# -- rendering ---------------------------------------------------------------------------

def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _claims(n: int) -> str:
    return _plural(n, "claim")


def _date_span(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return first if not last or last == first else f"{first}…{last}"


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _status_cells(row: RelationRow, always: bool = False) -> dict:
    """The status and source cells of a relation row in an actor's tables; none for a row
    that is only asserted and has no source (unless ``always``)."""
    shown = [s for s in row.statuses if s != "asserted"]
    if not (shown or row.sources or always):
        return {}
    return {"status": ", ".join(row.statuses) or "asserted", "according to": ", ".join(row.sources)}


def _certainty(statuses: tuple[str, ...], sources: tuple[str, ...]) -> str:
    """" [reported, according to RIA Novosti]" for a relation not (only) asserted; "" else."""
    shown = [s for s in statuses if s != "asserted"]
    if not shown and not sources:
        return ""
    parts = shown + ([f"according to {', '.join(sources)}"] if sources else [])
    return f"  [{'; '.join(parts)}]"


def _cell_value(row: _Result, column: str):
    value = getattr(row, column)
    if isinstance(value, EntityRef):
        return value.name
    if column == "object" and value is None:
        return getattr(row, "literal", None)
    return value


def _columns_of(records: list[dict]) -> list[str]:
    return list(dict.fromkeys(k for rec in records for k in rec))


def _edges_of(row) -> list[tuple[EntityRef, str, EntityRef | str]]:
    """(subject, predicate, object entity or literal) of the relations a result row shows."""
    if isinstance(row, Actor):
        return [(r.subject, r.predicate, r.object or r.literal or "") for r in (*row.outgoing, *row.incoming)]
    if isinstance(row, GraphPath):
        return [(h.source, h.predicate, h.target) if h.direction == "->" else (h.target, h.predicate, h.source)
                for h in row.hops]
    if isinstance(row, _Claimed):
        return [(row.subject, row.predicate, row.object or row.literal or "")]
    raise UsageError(f"draw() draws actors, paths, relations and timelines, not {type(row).__name__} "
                     "rows (figures: plot())")


def render_html(rows: list[dict], columns: list[str]) -> str:
    """Rows as an HTML table (what Jupyter shows for a result)."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(r.get(c)))}</td>" for c in columns) + "</tr>"
                   for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return " ".join(str(value).split())


def render_table(rows: list[dict], columns: list[str] | None = None, width: int = 50) -> str:
    """Rows as an aligned text table; a cell longer than ``width`` characters is cut and ends in "…".

    No rows give ``(no rows)``.  The CLI and ``str()`` of every result print through it.
    """
    if not rows:
        return "(no rows)"
    columns = columns or list(rows[0])
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [min(width, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(columns)]

    def fit(value: str, w: int) -> str:
        return (value if len(value) <= w else value[:w - 1] + "…").ljust(w)

    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(fit(v, w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


__all__ = ["EntityRef", "RelationRow", "TimelineEvent", "DocumentRef", "Actor", "ActorRank", "Hop",
           "GraphPath", "Figure", "Conflict", "Results", "Table", "Report", "Stats", "render_table",
           "render_html"]
