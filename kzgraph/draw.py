"""Pictures of answers: who is connected to whom, and how figures moved from day to day.

- :func:`draw_network` draws relations (an actor's neighbourhood, paths):
  nodes coloured by entity type with the colours Neo4j Browser uses for
  kzgraph (read from ``cypher/kzgraph.grass``), edges labelled by predicate.
- :func:`plot_figures` plots figures (``claims()``): each value against its
  as-of date (filled mark) and the date of the document that gave it (hollow
  mark), one mark and colour per source, denied figures crossed out.

Both return a matplotlib ``Figure``, which a notebook shows inline; :func:`save`
writes it as SVG (names as text, searchable) or PNG.  matplotlib is the
optional extra ``plot``: ``pip install -e '.[plot]'`` in a checkout.
Results call these (``g.actor("Tokayev").draw()``, ``g.claims("detained").plot()``).
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from .errors import KzGraphError, UsageError
from .resources import data_dir

if TYPE_CHECKING:
    from .results import EntityRef, Figure

PLOT_EXTRA = ("drawing needs matplotlib, kzgraph's optional extra [plot]: pip install -e '.[plot]' "
              "in a checkout, pip install \"kzgraph[plot] @ file:///path/to/kzgraph\" from a copy, "
              "or pip install matplotlib")
_MARKERS = "osD^vP*Xh<>p"
_DENIED = {"denied", "refuted", "retracted"}  # a figure's status that marks it as denied


# -- the Browser's style ------------------------------------------------------------------

@lru_cache(maxsize=1)
def grass_style() -> dict[str, dict[str, str]]:
    """``{selector: {property: value}}`` of ``cypher/kzgraph.grass`` (``"node.Person"``, ``"node"``…).

    >>> grass_style()["node.Person"]["color"], grass_style()["node.Claim"]["caption"]
    ('#4C8EDA', '{predicate}')
    """
    text = (data_dir("cypher") / "kzgraph.grass").read_text(encoding="utf-8")
    style = {}
    for selector, body in re.findall(r'([\w.]+)\s*\{((?:[^}"]|"[^"]*")*)\}', text):  # a caption holds braces
        style[selector] = {k.strip(): v.strip().strip('"') for k, v in
                           (line.split(":", 1) for line in re.findall(r'(?:[^;"]|"[^"]*")+', body) if ":" in line)}
    return style


def node_style(label: str | None) -> dict[str, str]:
    """The Browser's ``color``, ``border-color`` and ``diameter`` of a node with ``label``."""
    style = grass_style()
    return {**style.get("node", {}), **style.get(f"node.{label}", {})}


def label_of_type(entity_type: str) -> str | None:
    """The Neo4j label kzgraph writes for a contract type (``GPE`` -> ``Location``)."""
    from .ontology import LABELS

    return LABELS.get(entity_type)


# -- networks -------------------------------------------------------------------------------

def draw_network(edges: Iterable[tuple["EntityRef", str, "EntityRef | str"]], *, title: str = "",
                 centre: str | None = None, labels: dict[str, Sequence[str]] | None = None,
                 max_nodes: int = 60):
    """A ``Figure`` of ``(subject, predicate, object-or-literal)`` edges.

    ``centre`` (an entity id) sits in the middle with its neighbours around it,
    the best-attested ``max_nodes`` kept; ``labels`` gives the Neo4j labels of
    entities known better than by their type (an actor's own labels).
    """
    import networkx as nx

    edges = list(edges)
    if not edges:
        raise UsageError("nothing to draw: these results hold no relations")
    nodes: dict[str, tuple[str, str | None]] = {}  # id -> (name, label)
    pairs: dict[tuple[str, str], list[str]] = {}
    weight: dict[str, int] = {}
    for subject, predicate, obj in edges:
        ends = []
        for end in (subject, obj):
            if isinstance(end, str):  # a literal object: a charge, a measure as text
                key = f"literal:{end}"
                nodes.setdefault(key, (end, None))
            else:
                key = end.id
                known = (labels or {}).get(key)
                label = next((lb for lb in known if f"node.{lb}" in grass_style() and lb != "Entity"), None) \
                    if known else None
                nodes.setdefault(key, (end.name, label or label_of_type(end.type)))
            ends.append(key)
            weight[key] = weight.get(key, 0) + 1
        predicates = pairs.setdefault((ends[0], ends[1]), [])
        if predicate not in predicates:
            predicates.append(predicate)
    if len(nodes) > max_nodes:
        keep = set(sorted(nodes, key=lambda n: (n != centre, -weight[n], n))[:max_nodes])
        nodes = {n: v for n, v in nodes.items() if n in keep}
        pairs = {p: v for p, v in pairs.items() if p[0] in keep and p[1] in keep}

    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(pairs)
    if centre in nodes:
        others = [n for n in nodes if n != centre]
        pos = nx.shell_layout(graph, [[centre], others]) if others else {centre: (0.0, 0.0)}
    chain = centre not in nodes and (len(nodes) <= 2 or _is_chain(graph))
    if chain:  # one path: a row, read from left to right
        order = _chain_order(graph)
        pos = {n: (float(i), 0.0) for i, n in enumerate(order)}
    elif centre not in nodes:
        pos = nx.spring_layout(graph.to_undirected(), seed=7, k=1.5 / max(1, len(nodes)) ** 0.5)

    size = min(16.0, 6.0 + 0.25 * len(nodes))
    fig = _new_figure(figsize=(min(24.0, 2.8 * len(nodes)), 2.4) if chain else (size, size * 0.75))
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal", adjustable="datalim")
    radius_pt = {}
    for n, (name, label) in nodes.items():
        style = node_style(label)
        diameter = float(style.get("diameter", "50px").rstrip("px")) * 0.5
        radius_pt[n] = diameter / 2
        x, y = pos[n]
        ax.scatter([x], [y], s=diameter ** 2, c=style.get("color", "#A5ABB6"),
                   edgecolors=style.get("border-color", "#9AA1AC"), linewidths=1.5, zorder=3,
                   marker="o" if label else "s")
        ax.annotate("\n".join(textwrap.wrap(name, 22)[:3]), (x, y), xytext=(0, -radius_pt[n] - 3),
                    textcoords="offset points", ha="center", va="top", fontsize=8, zorder=4,
                    gid=f"node-{n}")
    for (u, v), predicates in pairs.items():
        rad = 0.18 if (v, u) in pairs else 0.0
        (x1, y1), (x2, y2) = pos[u], pos[v]
        ax.annotate("", xy=(x2, y2), xytext=(x1, y1), zorder=2,
                    arrowprops={"arrowstyle": "-|>", "color": "#7B8087", "lw": 1.0,
                                "shrinkA": radius_pt[u], "shrinkB": radius_pt[v] + 1,
                                "connectionstyle": f"arc3,rad={rad}"})
        # a point of matplotlib's arc3 curve (control point: the chord's middle + rad * (dy, -dx));
        # around a centre, labels sit out from it, where the spokes are apart
        t = 0.5 if centre not in (u, v) else (0.62 if u == centre else 0.38)
        cx, cy = (x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1)
        lx = (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t ** 2 * x2
        ly = (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t ** 2 * y2
        ax.text(lx, ly, "\n".join(predicates), fontsize=7, ha="center", va="center", color="#2A2C34",
                zorder=5, bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.85})
    present = sorted({label for _, label in nodes.values() if label})
    if present:
        from matplotlib.lines import Line2D

        handles = [Line2D([], [], marker="o", linestyle="", markersize=9,
                          markerfacecolor=node_style(lb).get("color"),
                          markeredgecolor=node_style(lb).get("border-color"), label=lb) for lb in present]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    if title:
        ax.set_title(title, fontsize=11)
    ax.margins(0.12)
    return fig


def _is_chain(graph) -> bool:
    undirected = graph.to_undirected()
    import networkx as nx

    return nx.is_connected(undirected) and max(d for _, d in undirected.degree()) <= 2 and \
        undirected.number_of_edges() == undirected.number_of_nodes() - 1


def _chain_order(graph) -> list[str]:
    undirected = graph.to_undirected()
    ends = [n for n, d in undirected.degree() if d <= 1]
    start = ends[0] if ends else next(iter(undirected))
    order, seen = [start], {start}
    while True:
        nxt = [n for n in undirected[order[-1]] if n not in seen]
        if not nxt:
            return order
        order.append(nxt[0])
        seen.add(nxt[0])


# -- figures over time ------------------------------------------------------------------------

def plot_figures(figures: Sequence["Figure"], *, title: str = ""):
    """A ``Figure`` of ``figures``: one panel per quantity kind, value against date.

    A filled mark stands at a figure's as-of date, a hollow one at the date of
    the document that gave it, joined by a dotted line; each source has its
    own mark and colour.  A figure whose ``status`` (where the records carry
    one) is ``denied`` is crossed out in red.  Figures with neither date are
    counted in the panel's title; when no figure has a date, each value stands
    against the document that gave it.
    """
    if not figures:
        raise UsageError("nothing to plot: no figures (load documents that give counts, "
                         "or ask claims() for another kind)")
    if not any(_date(f.as_of) or _date(f.doc_date) for f in figures):
        return _plot_by_document(figures, title=title)
    kinds = sorted({f.kind for f in figures})
    sources = sorted({_source(f) for f in figures})
    colours = [f"C{i % 10}" for i in range(len(sources))]
    style = {s: (_MARKERS[i % len(_MARKERS)], colours[i]) for i, s in enumerate(sources)}
    fig = _new_figure(figsize=(10, 3.2 * len(kinds) + 1.2))
    axes = fig.subplots(len(kinds), 1, sharex=True, squeeze=False)[:, 0]
    any_denied = False
    for ax, kind in zip(axes, kinds):
        undated = 0
        for f in (f for f in figures if f.kind == kind):
            as_of, reported = _date(f.as_of), _date(f.doc_date)
            if as_of is None and reported is None:
                undated += 1
                continue
            marker, colour = style[_source(f)]
            if as_of is not None and reported is not None and as_of != reported:
                ax.plot([as_of, reported], [f.value, f.value], linestyle=":", color=colour, lw=1)
            if reported is not None:
                ax.plot([reported], [f.value], marker=marker, markersize=8, linestyle="",
                        markerfacecolor="white", markeredgecolor=colour, markeredgewidth=1.5)
            if as_of is not None:
                ax.plot([as_of], [f.value], marker=marker, markersize=8, linestyle="", color=colour)
            if _denied(f):
                any_denied = True
                ax.plot([as_of or reported], [f.value], marker="x", markersize=14, linestyle="",
                        color="#D62728", markeredgewidth=2)
        ax.set_ylabel(kind)
        ax.grid(True, alpha=0.3)
        ax.set_title(kind + (f"  ({undated} undated not shown)" if undated else ""), fontsize=10, loc="left")
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator()
    axes[-1].xaxis.set_major_locator(locator)
    axes[-1].xaxis.set_major_formatter(ConciseDateFormatter(locator))
    _figures_legend(axes[0], sources, style, dated=True, denied=any_denied)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def _plot_by_document(figures: Sequence["Figure"], *, title: str = ""):
    """Figures none of which has a date: each value against the document that gave it."""
    kinds = sorted({f.kind for f in figures})
    sources = sorted({_source(f) for f in figures})
    style = {s: (_MARKERS[i % len(_MARKERS)], f"C{i % 10}") for i, s in enumerate(sources)}
    documents = sorted({_document(f) for f in figures})
    fig = _new_figure(figsize=(max(8, 1.6 * len(documents) + 3), 3.2 * len(kinds) + 1.6))
    axes = fig.subplots(len(kinds), 1, sharex=True, squeeze=False)[:, 0]
    any_denied = False
    for ax, kind in zip(axes, kinds):
        for f in (f for f in figures if f.kind == kind):
            marker, colour = style[_source(f)]
            x = documents.index(_document(f))
            ax.plot([x], [f.value], marker=marker, markersize=8, linestyle="", color=colour)
            if _denied(f):
                any_denied = True
                ax.plot([x], [f.value], marker="x", markersize=14, linestyle="", color="#D62728",
                        markeredgewidth=2)
        ax.set_ylabel(kind)
        ax.grid(True, alpha=0.3)
        ax.set_title(f"{kind}  (no dates given: by document)", fontsize=10, loc="left")
    axes[-1].set_xticks(range(len(documents)))
    axes[-1].set_xticklabels(["\n".join(textwrap.wrap(d, 28)[:2]) for d in documents], fontsize=7,
                             rotation=20, ha="right")
    axes[-1].set_xlim(-0.5, len(documents) - 0.5)
    _figures_legend(axes[0], sources, style, dated=False, denied=any_denied)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def _figures_legend(ax, sources, style, *, dated: bool, denied: bool) -> None:
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker=style[s][0], color=style[s][1], linestyle="", markersize=8, label=s)
               for s in sources]
    if dated:
        handles += [Line2D([], [], marker="o", color="#555555", linestyle="", label="as of (filled)"),
                    Line2D([], [], marker="o", markerfacecolor="white", markeredgecolor="#555555",
                           linestyle="", label="reported on (hollow)")]
    if denied:
        handles.append(Line2D([], [], marker="x", color="#D62728", linestyle="", markersize=10,
                              markeredgewidth=2, label="denied"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8)


def _document(figure: "Figure") -> str:
    return figure.title or (Path(figure.path).name if figure.path else figure.doc)


def _source(figure: "Figure") -> str:
    return figure.source.name if figure.source else "no source named"


def _denied(figure: "Figure") -> bool:
    """Whether the figure's record says it was denied (records without a status never are)."""
    status = getattr(figure, "status", None)
    return bool(getattr(figure, "denied", False)) or (isinstance(status, str) and status.lower() in _DENIED)


def _date(value: str | None) -> dt.date | None:
    """An ISO date, month (its first day) or year (1 January) as a date; None otherwise."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


# -- matplotlib ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _figure_class():
    """A matplotlib ``Figure`` that a notebook shows as PNG whether or not pyplot was imported."""
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise KzGraphError(PLOT_EXTRA) from None

    class Picture(Figure):
        def _repr_png_(self) -> bytes:
            return _bytes(self, "png")

    return Picture


def _new_figure(**kwargs):
    # matplotlib's object API, not pyplot: no global state, no GUI backend, and a
    # notebook shows the returned figure once
    return _figure_class()(**kwargs)


def _bytes(fig, fmt: str) -> bytes:
    buffer = BytesIO()
    save(fig, buffer, fmt)
    return buffer.getvalue()


def save(fig, out, fmt: str | None = None) -> None:
    """Write ``fig`` to ``out`` (a path or a binary file) as ``svg`` or ``png``; SVG keeps text as text."""
    from matplotlib import rc_context

    fmt = fmt or Path(out).suffix.lstrip(".").lower()
    if fmt not in ("svg", "png"):
        raise UsageError(f"a picture is written as svg or png, not {fmt!r}")
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "kzgraph"}):
        fig.savefig(out, format=fmt, dpi=120, bbox_inches="tight", facecolor="white")


__all__ = ["draw_network", "plot_figures", "save", "grass_style", "node_style", "PLOT_EXTRA"]
