"""The ``kzgraph`` command: each command calls one library function.

Errors from the library (``KzGraphError``) become one-line messages with the
exit codes of the README: 1 bad input, 2 usage, 3 store unreachable, refused
credentials, locked or its disk full.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import warnings

import click

from . import __version__
from .errors import CorpusError, KzGraphError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Failure(click.ClickException):
    """A ``KzGraphError`` as a clean message with its own exit code."""

    def __init__(self, error: KzGraphError):
        super().__init__(str(error))
        self.exit_code = error.exit_code


def _library_errors(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            with warnings.catch_warnings():
                warnings.showwarning = _show_warning
                return func(*args, **kwargs)
        except KzGraphError as error:
            raise _Failure(error) from error
        except KeyboardInterrupt:
            click.echo(f"\ninterrupted: {_INTERRUPTED.get(_STAGE['now'], _INTERRUPTED[None])}", err=True)
            raise click.exceptions.Exit(130) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, BrokenPipeError):
            raise
        except Exception as error:  # a bug: one line for the user, the traceback on request
            if os.environ.get("KZGRAPH_DEBUG"):
                raise
            bug = KzGraphError(f"internal error ({type(error).__name__}: {error}); this is a bug in "
                               "kzgraph: please report it with the command you ran (set KZGRAPH_DEBUG=1 "
                               "to see the traceback)")
            raise _Failure(bug) from error
    return wrapper


# What Ctrl-C leaves behind, by the stage a command had reached (see _tracking).
_STAGE: dict[str, str | None] = {"now": None}
_INTERRUPTED = {
    None: "nothing was written",
    "read": "nothing was written to the store",
    "extract": "nothing was written to the store",
    "align": "nothing was written to the store",
    "write": "the store holds the batches written so far, each whole; run the same command "
             "again to complete the load",
}


def _tracking(progress):
    """``progress`` that also notes the stage a load has reached, for the Ctrl-C message."""
    _STAGE["now"] = None

    def track(stage: str, done: int, total: int | None) -> None:
        _STAGE["now"] = stage if stage in _INTERRUPTED else "write"
        if progress is not None:
            progress(stage, done, total)

    return track


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """A library warning as one ``warning: …`` line (no source file or code line)."""
    click.echo(f"warning: {message}", err=True)


def store_options(func):
    """--uri/--user/--database/--home/--timeout, shared by every command that opens a store."""
    options = [
        click.option("--uri", envvar="KZGRAPH_URI", show_envvar=True, metavar="URI",
                     help="Neo4j server (bolt://, neo4j://, neo4j+s://). Default: the embedded store. "
                          "The password is read from $NEO4J_PASSWORD or prompted for, never an option."),
        click.option("--user", envvar="NEO4J_USER", show_envvar=True, default="neo4j", show_default=True,
                     help="Neo4j user."),
        click.option("--database", envvar="NEO4J_DATABASE", show_envvar=True, default=None,
                     help="Neo4j database name."),
        click.option("--home", envvar="KZGRAPH_HOME", show_envvar=True, type=click.Path(file_okay=False),
                     help="Embedded store folder. Default: ./.kzgraph"),
        click.option("--timeout", type=float, default=10.0, show_default=True,
                     help="Seconds to wait for the store to answer."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _password(uri: str | None) -> str | None:
    if not uri:
        return None
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None and sys.stdin.isatty():
        password = click.prompt(f"Password for {uri}", hide_input=True)
    return password


def _open(uri, user, database, home, timeout):
    from .query import KZGraph

    return KZGraph.open(uri, user=user, password=_password(uri), database=database, home=home,
                        timeout=timeout)


def _progress_printer(quiet: bool):
    """A progress callback on stderr (tqdm: counts, rate, ETA): a bar per stage on a terminal,
    a line per stage and every 10% when stderr is a file or a pipe; None with ``--quiet``."""
    if quiet:
        return None
    from .progress import Bars

    return Bars()


def _print_table(rows: list[dict], columns: list[str] | None = None) -> None:
    from .results import render_table

    click.echo(render_table(rows, columns))


def _emit(result, as_json: bool, columns: list[str] | None = None) -> None:
    """Print a query result (objects with to_dict(), or lists of them) as a table or JSON."""
    items = result if isinstance(result, list) else [result]
    dicts = [r.to_dict() if hasattr(r, "to_dict") else r for r in items]
    if as_json:
        payload = dicts if isinstance(result, list) else dicts[0]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    elif not isinstance(result, list) and hasattr(result, "__str__") and hasattr(result, "to_dict"):
        click.echo(str(result))
    else:
        _print_table(dicts, columns)


def _ontology_layers(ctx, option, values):
    """--ontology DIR (repeatable): the story layers read on top of the ontology's core."""
    if values:
        os.environ["KZGRAPH_ONTOLOGY"] = os.pathsep.join(values)  # worker processes inherit it
    return values


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="kzgraph")
@click.option("--ontology", "ontology_layers", multiple=True, metavar="DIR", expose_value=False, is_eager=True,
              callback=_ontology_layers,
              help="A story layer read on top of the ontology's generic core (repeatable): a folder of *.ttl "
                   "(e.g. one `kzgraph ontology draft` wrote) or a shipped story (kazakhstan-2022); 'none': "
                   "the core alone.  Default: the core and every shipped story.  Sets $KZGRAPH_ONTOLOGY.")
def main():
    """Build a knowledge graph of actors, events and claims from multilingual news.

    \b
    Examples:
      kzgraph load seeds/                      # into the embedded store (./.kzgraph)
      kzgraph query actor Tokajew              # any language, any inflection
      kzgraph query paths Masimov CSTO
      kzgraph load seeds/ --uri bolt://localhost:7687   # into Neo4j ($NEO4J_PASSWORD)

    \b
    Environment:
      KZGRAPH_HOME      the embedded store's folder (--home; default ./.kzgraph)
      KZGRAPH_URI       a Neo4j server instead of the embedded store (--uri)
      NEO4J_USER        the Neo4j user (--user; default neo4j)
      NEO4J_PASSWORD    the Neo4j password (prompted for on a terminal when unset)
      NEO4J_DATABASE    the Neo4j database (--database)
      KZGRAPH_ONTOLOGY  story layers on top of the ontology's core (--ontology; ':'-separated;
                        default: the shipped stories, kazakhstan-2022; 'none': the core alone)
      KZGRAPH_CACHE     start-up caches (default ~/.cache/kzgraph; "off" turns them off)
      KZGRAPH_DEBUG     1: show the traceback of an internal error
    """
    _skip_last_collection()


def _skip_last_collection() -> None:
    """At exit, move what is alive into the collector's permanent generation.

    The interpreter's last full collection would otherwise walk the start-up
    state (ontology, lexicon, gazetteer, morphology dictionaries: millions of
    objects with no garbage among them) only to find nothing: 0.4 s of CPU
    after a one-document ``kzgraph extract``.  Objects are still freed as the
    interpreter tears down its modules.
    """
    import atexit
    import gc

    global _EXIT_REGISTERED
    if not _EXIT_REGISTERED:
        atexit.register(gc.freeze)
        _EXIT_REGISTERED = True


_EXIT_REGISTERED = False


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True)
@store_options
@click.option("--reset", is_flag=True, help="Empty the store before loading.")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=1000, show_default=True,
              help="Rows per UNWIND batch (one transaction each).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extraction processes.")
@click.option("--skip-bad", is_flag=True, help="Skip unreadable files with a warning instead of failing.")
@click.option("--wait", type=click.FloatRange(0), default=600.0, show_default=True, metavar="SECONDS",
              help="If another kzgraph load is writing the embedded store, wait this long for it, "
                   "then give up (exit 3).")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option("--json", "as_json", is_flag=True, help="Print the load report as JSON.")
@click.option("--date", metavar="YYYY-MM-DD", help="Date of the documents that give none (header or JSONL "
                                                  "field); year-less dates in them resolve against it.")
@_library_errors
def load(paths, uri, user, database, home, timeout, reset, batch_size, workers, skip_bad, wait, quiet,
         as_json, date):
    """Extract, align and write PATHS (files, folders, .jsonl, or - for stdin).

    Loading the same documents again changes nothing: documents are keyed by
    their content hash and every node by a stable id.  A document loaded again
    by a newer kzgraph keeps only the claims the new extraction finds.  A
    killed load leaves whole batches; run it again to complete it.

    \b
    Examples:
      kzgraph load seeds/
      kzgraph load articles.jsonl --workers 2 --batch-size 5000
      NEO4J_PASSWORD=secret kzgraph load seeds/ --uri bolt://localhost:7687
    """
    bars = _progress_printer(quiet)
    with _open(uri, user, database, home, timeout) as graph:
        try:
            report = graph.load(list(paths), batch_size=batch_size, workers=workers, reset=reset,
                                skip_bad=skip_bad, progress=_tracking(bars), lock_wait=wait,
                                on_lock_wait=lambda text: click.echo(text, err=True), date=date)
        finally:
            if bars is not None:
                bars.close()
    for line in report.skipped:
        click.echo(f"warning: skipped {line}", err=True)
    if report.skipped and not (report.documents or report.unchanged):
        raise CorpusError(f"every input was skipped ({len(report.skipped)}); nothing was loaded")
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(str(report))


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="jsonl: one record per line (the README's extraction output); table: per document, "
                   "its relations and figures for reading.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extraction processes (each builds its own pipelines: worth it from about 100 documents).")
@click.option("--skip-bad", is_flag=True, help="Skip unreadable files with a warning instead of failing.")
@click.option("--date", metavar="YYYY-MM-DD", help="Date of the documents that give none (header or JSONL "
                                                  "field); year-less dates in them resolve against it.")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@_library_errors
def extract(paths, fmt, workers, skip_bad, date, quiet):
    """Extract entities, relations and figures from PATHS without a store.

    The JSONL output is the record contract of the README (document, entity, relation
    and quantity records), one JSON object per line.

    \b
    Examples:
      kzgraph extract seeds/ > seeds.jsonl
      kzgraph extract seeds/000_9cf46877a8439f11.txt --format table
      cat article.txt | kzgraph extract -
    """
    from . import pipeline

    skipped = []

    def on_skip(path, why):
        skipped.append(path)
        click.echo(f"warning: skipped {path}: {why}", err=True)

    bars = _progress_printer(quiet)
    try:
        graph = pipeline.extract(list(paths), workers=workers, skip_bad=skip_bad, date=date, progress=bars,
                                 on_skip=on_skip)
    finally:
        if bars is not None:
            bars.close()
    if skipped and not graph.documents:
        raise CorpusError(f"every input was skipped ({len(skipped)}); nothing was extracted")
    if fmt == "jsonl":
        graph.to_jsonl(sys.stdout)
        return
    _print_extraction_table(graph)


def _print_extraction_table(graph) -> None:
    names = {eid: e.name for eid, e in graph.entities.items()}
    for doc in graph.documents.values():
        click.echo(f"== {doc.path} [{doc.lang}] {doc.date or ''}".rstrip())
        rels = [r for r in graph.relations.values() if r.doc == doc.id]
        _print_table([{"subject": names.get(r.subject, r.subject), "predicate": r.predicate,
                       "object": names.get(r.object, r.object) if r.object else r.literal,
                       "date": r.date, "status": r.status,
                       "according_to": names.get(r.according_to, r.according_to) if r.according_to else None}
                      for r in rels], ["subject", "predicate", "object", "date", "status", "according_to"])
        qs = [q for q in graph.quantities.values() if q.doc == doc.id]
        if qs:
            click.echo("")
            _print_table([{"what": q.what, "value": q.value, "qualifier": q.qualifier,
                           "according_to": names.get(q.according_to, q.according_to), "as_of": q.as_of}
                          for q in qs])
        click.echo("")


@main.command(context_settings=CONTEXT)
@store_options
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@_library_errors
def stats(uri, user, database, home, timeout, as_json):
    """Node counts per label, relationship counts per type, and the totals.

    The per-label rows overlap: an entity counts under Entity and under its
    type (Person, Country, …).  The total counts each node once.

    \b
    Examples:
      kzgraph stats
      kzgraph stats --json
    """
    with _open(uri, user, database, home, timeout) as graph:
        result = graph.stats()
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(str(result))


@main.command(context_settings=CONTEXT)
@click.option("--home", envvar="KZGRAPH_HOME", type=click.Path(file_okay=False),
              help="Embedded store folder. Default: ./.kzgraph")
@_library_errors
def stop(home):
    """Stop the embedded store's server (its data stays on disk).

    \b
    Examples:
      kzgraph stop
      KZGRAPH_HOME=/data/kz kzgraph stop
    """
    from .store import stop_embedded

    stopped = stop_embedded(home)
    click.echo("stopped the embedded store" if stopped else "the embedded store was not running")


@main.command(context_settings=CONTEXT)
@click.option("--port", type=click.IntRange(0, 65535), default=7478, show_default=True,
              help="Port on localhost (0: any free port).")
@_library_errors
def guide(port):
    """Serve a Neo4j Browser guide to the seeds graph on localhost, until Ctrl-C.

    Paste the printed `:guide` line into Neo4j Browser's editor: its slides
    ask who asked whom for help, who sent troops, which figures conflict and
    how two actors connect, each with queries to run.

    \b
    Examples:
      kzgraph guide
      kzgraph guide --port 8001   # prints :guide http://localhost:8001/kzgraph.html
    """
    from .guide import serve_guide

    server = serve_guide(port)
    click.echo(f"Serving the kzgraph guide; paste this line into Neo4j Browser (Ctrl-C stops):\n"
               f"{server.command}")
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


@main.command(context_settings=CONTEXT)
@click.argument("name")
@click.option("--lang", help="Language of NAME (uk, ru, pl, …); guessed when omitted.")
@click.option("--explain", is_flag=True, help="Show candidates, keys, scores and the deciding rule.")
@click.option("--corpus", "corpus", multiple=True, metavar="PATH",
              help="For a name the ontology does not know: the corpus (files, folders; repeatable) whose "
                   "cluster of NAME to show, with the keys and the reasons that joined them.")
@_library_errors
def align(name, lang, explain, corpus):
    """Resolve NAME (any language, script or inflection) to a canonical entity.

    With --corpus, a name the ontology does not know is shown with the cluster the
    corpus makes of it: its forms per language, their keys, and why they are one
    (transliteration, declension, fuzzy score, surname of a full name). Deterministic.

    \b
    Examples:
      kzgraph align Tokajewa --lang pl
      kzgraph align "Kasyma-Żomarta Tokajewa" --lang pl --explain
      kzgraph align ОДКБ
      kzgraph align Пригожина --lang ru --explain --corpus articles/
    """
    from .cache import ontology
    from .errors import NotFound
    from .pipeline import aligner_for
    from .resolve import explain_name

    aligner = aligner_for(ontology())
    if corpus:
        from .pipeline import corpus_mentions

        cluster = aligner.explain_cluster(name, lang, corpus_mentions(list(corpus), ontology=aligner.ontology))
        if cluster.known is None:
            if cluster.entity is None:
                raise NotFound(f"no mention of {name!r} (key {cluster.key!r}) in {', '.join(corpus)}")
            if explain:
                click.echo(str(cluster))
            else:
                click.echo(f"{cluster.entity.name}\t{cluster.entity.type}\t{cluster.entity.id}")
            return
    explanation = explain_name(aligner, name, lang)
    if explain:
        click.echo(str(explanation))
    if explanation.decision is None:
        raise NotFound(f"no entity matches {name!r} (closest: {', '.join(aligner.closest(name)) or 'none'})"
                       + ("" if corpus else "; give --corpus PATH to see the cluster a corpus makes of it"))
    if not explain:
        entity = explanation.decision.entity
        click.echo(f"{entity.name}\t{entity.type}\t{entity.id}")



# == the ontology's story layers (kzgraph/draft.py) ==================================

@main.group("ontology", context_settings=CONTEXT)
def ontology_group():
    """The ontology: a generic core and story layers (ontology/stories/README.md)."""


@ontology_group.command("draft", context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "out", required=True, metavar="DIR",
              help="A new (or empty) folder for the draft layer; kzgraph writes DIR/entities.ttl.")
@click.option("--min-documents", type=click.IntRange(1), default=1, show_default=True,
              help="Keep only the entities named in at least this many documents.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extraction processes (worth it from about 100 documents).")
@click.option("--skip-bad", is_flag=True, help="Skip unreadable files with a warning instead of failing.")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@_library_errors
def ontology_draft(paths, out, min_documents, workers, skip_bad, quiet):
    """Draft a story layer from a corpus: the entities it names that the ontology does not know.

    Writes DIR/entities.ttl in the ontology's format: per entity its class, its
    canonical name (skos:prefLabel@en), its forms per language (people's in the
    nominative) and, in a comment, how many documents and mentions name it. Review
    it (merge, retype, drop), then read it on top of the core with --ontology DIR.

    \b
    Examples:
      kzgraph ontology draft articles/ -o mystory/
      kzgraph ontology draft articles/ -o mystory/ --min-documents 2
      kzgraph --ontology mystory/ load articles/     # the names are known now
    """
    from . import pipeline
    from .cache import ontology
    from .draft import check_draft_folder, write_draft

    def on_skip(path, why):
        click.echo(f"warning: skipped {path}: {why}", err=True)

    check_draft_folder(out)  # before the extraction, not after it
    graph = pipeline.extract(list(paths), workers=workers, skip_bad=skip_bad, on_skip=on_skip,
                             progress=_progress_printer(quiet))
    click.echo(str(write_draft(graph, ontology(), out, list(paths), min_documents)))


# == query and export (kzgraph/query.py, kzgraph/export.py) ==========================

def _json_option(func):
    return click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")(func)


def _picture_options(func):
    """--svg FILE / --png FILE: also draw the answer (needs the [plot] extra)."""
    for fmt in ("png", "svg"):
        func = click.option(f"--{fmt}", f"{fmt}_file", type=click.Path(dir_okay=False, writable=True),
                            metavar="FILE", help=f"Also draw the answer to FILE as {fmt.upper()} "
                                                 "(needs the plot extra: pip install -e '.[plot]').")(func)
    return func


def _save_pictures(result, svg_file, png_file, draw: str = "draw") -> None:
    """Draw ``result`` (``result.draw()`` or ``.plot()``) into the --svg/--png files asked for."""
    if not (svg_file or png_file):
        return
    from .draw import save

    picture = getattr(result, draw)()
    for fmt, out in (("svg", svg_file), ("png", png_file)):
        if out:
            save(picture, out, fmt)
            click.echo(f"wrote {out}", err=True)


@main.group(context_settings=CONTEXT)
def query():
    """Ask the graph: actors, relations, paths, timelines, figures, raw Cypher.

    Names may be given in any language, script or inflection the corpus uses.

    \b
    Examples:
      kzgraph query actor Tokajew
      kzgraph query who REQUESTED_AID_FROM ОДКБ
      kzgraph query paths Masimov CSTO --max-hops 4
      kzgraph query claims detained --json
    """


@query.command("actor", context_settings=CONTEXT)
@click.argument("name")
@click.option("--lang", help="Language of NAME (uk, ru, pl, …), to help resolve it.")
@store_options
@_json_option
@_picture_options
@_library_errors
def query_actor(name, lang, uri, user, database, home, timeout, as_json, svg_file, png_file):
    """Profile of one entity: names by language, roles, relations, documents.

    \b
    Examples:
      kzgraph query actor Tokajew
      kzgraph query actor "Токаєва" --json
      kzgraph query actor ОДКБ --svg odkb.svg
    """
    with _open(uri, user, database, home, timeout) as graph:
        actor = graph.actor(name, lang=lang)
    _emit(actor, as_json)
    _save_pictures(actor, svg_file, png_file)


@query.command("actors", context_settings=CONTEXT)
@click.option("--top", type=click.IntRange(1, 100_000), default=10, show_default=True,
              help="How many entities to list.")
@click.option("--type", "type_", metavar="TYPE",
              help="Only this type: PERSON, ORG, GPE, … or a label `kzgraph stats` prints, such as Country.")
@click.option("--by", type=click.Choice(["degree", "evidence"]), default="degree", show_default=True,
              help="Rank by typed relationships (degree) or by claims naming the entity (evidence).")
@store_options
@_json_option
@_library_errors
def query_actors(top, type_, by, uri, user, database, home, timeout, as_json):
    """Who matters most: entities ranked by degree or evidence.

    \b
    Examples:
      kzgraph query actors --top 5
      kzgraph query actors --type PERSON --by evidence
    """
    with _open(uri, user, database, home, timeout) as graph:
        _emit(graph.actors(top=top, type=type_, by=by), as_json)


@query.command("who", context_settings=CONTEXT)
@click.argument("predicate")
@click.argument("obj", metavar="[OBJECT]", required=False)
@click.option("--since", metavar="DATE", help="Only claims dated on or after DATE (2022-01-05).")
@click.option("--until", metavar="DATE", help="Only claims dated on or before DATE.")
@store_options
@_json_option
@_library_errors
def query_who(predicate, obj, since, until, uri, user, database, home, timeout, as_json):
    """Who did PREDICATE (to OBJECT): subjects with dates and evidence counts.

    PREDICATE is one of the ontology's inventory (SENT_TROOPS_TO) or its
    label ("sent troops to").

    \b
    Examples:
      kzgraph query who REQUESTED_AID_FROM CSTO
      kzgraph query who SENT_TROOPS_TO Казахстан
      kzgraph query who ARRESTED_ON_CHARGE
    """
    with _open(uri, user, database, home, timeout) as graph:
        _emit(graph.who(predicate, obj=obj, since=since, until=until), as_json)


@query.command("relations", context_settings=CONTEXT)
@click.option("--subject", metavar="NAME", help="Only relations whose subject is NAME.")
@click.option("--predicate", metavar="PREDICATE", help="Only this predicate.")
@click.option("--object", "obj", metavar="NAME", help="Only relations whose object is NAME.")
@click.option("--since", metavar="DATE", help="Only claims dated on or after DATE (2022-01-05).")
@click.option("--until", metavar="DATE", help="Only claims dated on or before DATE.")
@click.option("--limit", type=click.IntRange(1, None), help="At most this many rows.")
@store_options
@_json_option
@_library_errors
def query_relations(subject, predicate, obj, since, until, limit, uri, user, database, home, timeout,
                    as_json):
    """Relations per (subject, predicate, object), most claimed first.

    \b
    Examples:
      kzgraph query relations --subject Токаєв
      kzgraph query relations --predicate DETAINED --json
    """
    with _open(uri, user, database, home, timeout) as graph:
        _emit(graph.relations(subject=subject, predicate=predicate, obj=obj, since=since, until=until,
                              limit=limit), as_json)


@query.command("paths", context_settings=CONTEXT)
@click.argument("a")
@click.argument("b")
@click.option("--max-hops", type=click.IntRange(1, 10), default=4, show_default=True,
              help="The longest path searched, in relations.")
@click.option("--limit", type=click.IntRange(1, None), default=10, show_default=True,
              help="At most this many paths.")
@click.option("--through-concepts", is_flag=True,
              help="Let paths pass through concepts (charges, labels such as 'terrorists'), not only actors.")
@store_options
@_json_option
@_picture_options
@_library_errors
def query_paths(a, b, max_hops, limit, through_concepts, uri, user, database, home, timeout, as_json, svg_file,
                png_file):
    """How A and B connect: shortest paths through actors, every hop with its evidence sentence.

    \b
    Examples:
      kzgraph query paths Masimov CSTO
      kzgraph query paths Tokajew Russia --max-hops 2 --json
      kzgraph query paths Masimov CSTO --through-concepts
      kzgraph query paths Nazarbayev CSTO --png paths.png
    """
    with _open(uri, user, database, home, timeout) as graph:
        paths = graph.paths(a, b, max_hops=max_hops, limit=limit, through_concepts=through_concepts)
    _emit(paths, as_json)
    _save_pictures(paths, svg_file, png_file)


@query.command("timeline", context_settings=CONTEXT)
@click.argument("entity", required=False)
@click.option("--limit", type=click.IntRange(1, None), help="At most this many rows.")
@store_options
@_json_option
@_library_errors
def query_timeline(entity, limit, uri, user, database, home, timeout, as_json):
    """Dated relations in order, of ENTITY or of the whole graph.

    \b
    Examples:
      kzgraph query timeline
      kzgraph query timeline Tokayev
    """
    with _open(uri, user, database, home, timeout) as graph:
        _emit(graph.timeline(entity, limit=limit), as_json)


@query.command("claims", context_settings=CONTEXT)
@click.argument("what", required=False)
@click.option("--limit", type=click.IntRange(1, None),
              help="At most this many figures: the lowest, by kind, value, as-of date, document.")
@click.option("--include-denied", is_flag=True, help="Also the figures the text says were denied.")
@store_options
@_json_option
@_picture_options
@_library_errors
def query_claims(what, limit, include_denied, uri, user, database, home, timeout, as_json, svg_file, png_file):
    """Every figure for quantity kind WHAT, with source, status, scope, as-of date, document.

    Status is as the text gives it (asserted, reported by a third party,
    denied, negated); scope is what the figure counts (in:PLACE, part-of:PLACE,
    from:COUNTRY; empty for the whole).  Denied figures are left out unless
    --include-denied.

    \b
    Examples:
      kzgraph query claims detained
      kzgraph query claims detained --limit 20
      kzgraph query claims killed --json --include-denied
      kzgraph query claims detained --svg detained.svg
    """
    with _open(uri, user, database, home, timeout) as graph:
        figures = graph.claims(what, limit=limit, include_denied=include_denied)
    _emit(figures, as_json)
    _save_pictures(figures, svg_file, png_file, draw="plot")


@query.command("conflicts", context_settings=CONTEXT)
@click.option("--include-denied", is_flag=True, help="Count the figures the text says were denied too.")
@store_options
@_json_option
@_library_errors
def query_conflicts(include_denied, uri, user, database, home, timeout, as_json):
    """Figures that disagree, by kind and scope, with every value and who gives them.

    Only comparable figures are compared: the same kind (detained, killed,
    troops…) and the same scope (a count in one village is not set against a
    national total; one country's troops not against the whole contingent).

    \b
    Examples:
      kzgraph query conflicts
      kzgraph query conflicts --include-denied --json
    """
    with _open(uri, user, database, home, timeout) as graph:
        _emit(graph.conflicts(include_denied=include_denied), as_json)


def _param(ctx, option, values):
    params = {}
    for item in values:
        key, sep, raw = item.partition("=")
        if not sep or not key.isidentifier():
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", ctx=ctx, param=option)
        try:
            params[key] = json.loads(raw)
        except ValueError:
            params[key] = raw
    return params


@query.command("cypher", context_settings=CONTEXT)
@click.argument("text", metavar="QUERY")
@click.option("--param", "-p", "params", multiple=True, callback=_param, metavar="NAME=VALUE",
              help="A $parameter; VALUE is read as JSON when it parses (3, [1,2], null), else text.")
@store_options
@_json_option
@_library_errors
def query_cypher(text, params, uri, user, database, home, timeout, as_json):
    """Run a read-only Cypher QUERY (statements that write are refused).

    \b
    Examples:
      kzgraph query cypher 'MATCH (e:Person) RETURN e.name AS name ORDER BY name'
      kzgraph query cypher 'MATCH (e:Entity {id: $id}) RETURN e.name' -p id=kazakhstan
    """
    with _open(uri, user, database, home, timeout) as graph:
        _emit(graph.cypher(text, **params), as_json)


@main.command("export", context_settings=CONTEXT)
@click.option("--format", "fmt", type=click.Choice(["turtle", "jsonld", "graphml", "csv"]), required=True,
              help="turtle/jsonld: RDF with SKOS labels and claim provenance; graphml: for Gephi; "
                   "csv: a folder for neo4j-admin database import.")
@click.option("-o", "--output", "out", required=True, metavar="OUT",
              help="The file to write (- for standard output), or the folder for csv.")
@store_options
@_library_errors
def export_command(fmt, out, uri, user, database, home, timeout):
    """Export the graph as RDF (Turtle, JSON-LD), GraphML or CSV for neo4j-admin.

    The Turtle holds every entity, including those discovered in the corpus,
    with all its names as SKOS labels per language: it loads as an ontology
    file, so ontology/ can grow from the corpus.

    \b
    Examples:
      kzgraph export --format turtle -o graph.ttl
      kzgraph export --format graphml -o kzgraph.graphml
      kzgraph export --format csv -o import/    # then: neo4j-admin database import full …
    """
    with _open(uri, user, database, home, timeout) as graph:
        report = graph.export(fmt, out)
    click.echo(str(report), err=(out == "-"))


if __name__ == "__main__":  # pragma: no cover
    main()
