"""The Neo4j 5 store, through the official ``neo4j`` driver.

Every write is a managed transaction (``execute_write``), which the driver
retries on transient errors; reads run in read sessions (auto-commit, retried
here), so a statement that writes is refused by the server.  Its dialect, in
this module only: named constraints and indexes with ``IF NOT EXISTS``, a
full-text index on entity names, undirected ``allShortestPaths`` over the
predicate inventory, the reads of ``NEO4J_READS``, and dates: a date whose day
is known (``Document.date``, ``Claim.date``, a figure's ``as_of``, and so a
relationship's ``first_date``/``last_date``) is stored as a Cypher ``date``, so
``WHERE c.date >= date('2022-01-05')`` works in Neo4j Browser; a partial date
(``2022-01``, ``2022``) stays text.  Read back through kzgraph, both are the
ISO text the embedded store holds.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from dataclasses import replace
from typing import Any

from ..errors import StoreError, StoreUnavailable, UsageError
from ..ontology import Ontology
from .base import Counters, CypherStore, hop
from .cypher import relationship_types, statement, statement_names, typed_statement

# The driver logs what it then raises ("Unable to retrieve routing information"); with no
# logging configured, Python would print that to stderr beside kzgraph's own message.  A
# handler of its own keeps the record from that last resort; an application that configures
# logging still receives it.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

SCHEMA = ("neo4j_constraint_entity_id", "neo4j_constraint_document_id", "neo4j_constraint_claim_id",
          "neo4j_index_entity_name", "neo4j_index_claim_triple", "neo4j_fulltext_entity_names",
          "neo4j_index_claim_kind", "neo4j_index_entity_lookup")
DATE_KEYS = ("date", "as_of")  # row keys of write statements that hold an ISO date
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Reads Neo4j answers with a statement of its own dialect (an index FalkorDB does not need)
NEO4J_READS = {"q_entity_by_name": "neo4j_entity_by_name"}


class Neo4jStore(CypherStore):
    """A Neo4j database; open it with ``open_store("bolt://…")``."""

    backend = "neo4j"

    def __init__(self, driver, uri: str, database: str | None = None, user: str | None = None,
                 password: str | None = None, ontology: Ontology | None = None):
        super().__init__(uri, ontology)
        self.database = database
        self.user = user
        self._password = password  # only to scrub it from messages
        self._driver = driver
        self._retry_seconds = 15.0  # how long a read is retried on transient errors

    @classmethod
    def connect(cls, uri: str, user: str, password: str | None, database: str | None = None,
                ontology: Ontology | None = None, timeout: float = 10.0) -> "Neo4jStore":
        """Open a driver and check the server, the credentials and the database."""
        import neo4j

        # kzgraph reads no server notifications ("property `title` does not exist" for a
        # graph without titles); the driver would log each as a warning on stderr.  Servers
        # older than Bolt 5.2 (Neo4j 5.7) cannot filter them: there, connect without.
        for quiet in (True, False):
            try:
                driver = neo4j.GraphDatabase.driver(
                    uri, auth=(user, password or ""), connection_timeout=timeout,
                    connection_acquisition_timeout=timeout, max_transaction_retry_time=max(timeout, 15.0),
                    **({"notifications_min_severity": "OFF"} if quiet else {}))
            except (neo4j.exceptions.ConfigurationError, ValueError) as exc:
                raise UsageError(f"invalid Neo4j URI {uri}: {_scrub(exc, password)}") from None
            store = cls(driver, uri, database, user, password, ontology)
            store._retry_seconds = max(timeout, 15.0)
            try:
                # Once, without the managed transactions' retries, so an unreachable
                # server or a wrong password fails within ``timeout``.
                if not store._guard(lambda: _verify(driver, quiet)):
                    driver.close()
                    continue
                store._guard(lambda: store._ping())
            except BaseException:
                driver.close()
                raise
            return store
        raise AssertionError("unreachable: the second attempt filters nothing")

    # -- hooks ------------------------------------------------------------------
    def _session(self, write: bool):
        import neo4j

        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    def _ping(self) -> None:
        with self._session(False) as session:
            session.run(statement("ping").text).consume()

    def _prepare_write(self, text: str, params: dict) -> tuple[str, dict]:
        return text, with_dates(params)

    def _run_write(self, text: str, params: dict) -> tuple[list[dict], Counters]:
        def work(tx):
            result = tx.run(text, params)
            rows = [_record(r) for r in result]
            counters = result.consume().counters
            return rows, Counters(counters.nodes_created, counters.relationships_created)

        return self._guard(lambda: self._in_session(True, work))

    def _run_read(self, text: str, params: dict) -> list[dict]:
        # An auto-commit read in a read session (still refused if it writes): one round trip where
        # a managed transaction takes two, 20 % of actor() on Neo4j; retried as the driver's
        # managed transactions are.
        def call():
            with self._session(False) as session:
                return [_record(r) for r in session.run(text, params)]

        return self._guard(lambda: _retried(call, self._retry_seconds))

    def _in_session(self, write: bool, work):
        with self._session(write) as session:
            return session.execute_write(work) if write else session.execute_read(work)

    def _guard(self, call):
        """Run ``call``, turning driver errors into kzgraph's (no password in messages)."""
        import neo4j.exceptions as nx

        try:
            return call()
        except nx.AuthError as exc:
            raise StoreUnavailable(f"Neo4j at {self.uri} refused the credentials of user "
                                   f"{self.user!r}: {_scrub(exc, self._password)}; check --user and "
                                   "NEO4J_PASSWORD") from None
        except (nx.ServiceUnavailable, nx.SessionExpired, nx.ConnectionAcquisitionTimeoutError) as exc:
            reason = " ".join(str(_scrub(exc, self._password)).split())  # the driver spreads it over lines
            raise StoreUnavailable(f"cannot reach Neo4j at {self.uri}: {reason}") from None
        except nx.Neo4jError as exc:
            code = exc.code or ""
            message = _scrub(exc.message or exc, self._password)
            if code.endswith("Statement.AccessMode") or "read access mode" in str(message):
                raise UsageError("this statement writes; kzgraph runs read-only Cypher here "
                                 "(load data with `kzgraph load`)") from None
            if code.endswith("Database.DatabaseNotFound"):
                raise UsageError(f"Neo4j at {self.uri} has no database {self.database!r}: "
                                 f"{message}") from None
            raise StoreError(f"Neo4j refused the statement ({code}): {message}") from None
        except nx.DriverError as exc:
            raise StoreUnavailable(f"Neo4j at {self.uri}: {_scrub(exc, self._password)}") from None

    def ensure_schema(self) -> None:
        """Unique constraints on Entity.id, Document.id, Claim.id; an index on Entity.name."""
        for name in SCHEMA:
            self._guard(lambda: self._in_session(True, lambda tx: tx.run(statement(name).text).consume()))

    def _write_steps(self, steps, batch_size, progress):
        """As :meth:`CypherStore._write_steps`, the per-predicate relationship steps as one
        (``neo4j_write_relationships``: one statement to plan, fuller batches)."""
        typed = [s for s in steps if s.statement == "write_relationships"]
        if len(typed) > 1:
            allowed = set(relationship_types(self.ontology))
            rows = tuple(r for s in typed for r in s.rows)
            if all(r["predicate"] in allowed for r in rows):  # plan_write checked them: be sure
                one = replace(typed[0], statement="neo4j_write_relationships", rows=rows,
                              text=statement("neo4j_write_relationships").text)
                at = steps.index(typed[0])
                steps = [*steps[:at], one, *[s for s in steps[at:] if s.statement != "write_relationships"]]
        return super()._write_steps(steps, batch_size, progress)

    def read(self, name: str, /, **params: Any) -> list[dict]:
        """As :meth:`CypherStore.read`; names of ``NEO4J_READS`` run Neo4j's own statement."""
        own = NEO4J_READS.get(name)
        if own is not None:
            try:
                return super().read(own, **params)
            except StoreUnavailable:
                raise
            except StoreError:  # a database written before its index existed: the portable statement
                pass
        return super().read(name, **params)

    def _shortest_paths(self, a_id: str, b_id: str, max_hops: int, limit: int,
                        avoid: tuple[str, ...] = ()) -> list[list[dict]]:
        text = shortest_paths_statement(self.ontology)
        params = {"a": a_id, "b": b_id, "max_hops": max_hops, "limit": limit, "avoid": list(avoid)}

        def work(tx):
            out = []
            for record in tx.run(text, params):
                path = record["path"]
                nodes = list(path.nodes)
                out.append([hop(dict(nodes[i]), dict(nodes[i + 1]), rel.type, _plain(dict(rel)),
                                forward=rel.start_node.element_id == nodes[i].element_id)
                            for i, rel in enumerate(path.relationships)])
            return out

        return self._guard(lambda: self._in_session(False, work))

    def close(self) -> None:
        self._driver.close()


def shortest_paths_statement(ontology: Ontology) -> str:
    """Neo4j's shortest-path statement over the whole predicate inventory."""
    return typed_statement("neo4j_shortest_paths", ontology, rel_types=relationship_types(ontology))


def neo4j_statements(ontology: Ontology) -> dict[str, str]:
    """Every statement the Neo4j backend can send, by a descriptive name (for linting).

    >>> from kzgraph.ontology import Ontology
    >>> texts = neo4j_statements(Ontology.load())
    >>> "write_relationships:REQUESTED_AID_FROM" in texts and "neo4j_constraint_entity_id" in texts
    True
    """
    from ..ontology import LABELS, NEO4J_LABELS

    out: dict[str, str] = {}
    for name in statement_names():
        st = statement(name)
        if name.startswith("falkordb_"):
            continue
        if not st.slots:
            out[name] = st.text
    for predicate in relationship_types(ontology):
        out[f"write_relationships:{predicate}"] = typed_statement("write_relationships", ontology,
                                                                  rel_type=predicate)
    for label in sorted(NEO4J_LABELS | set(LABELS.values())):
        out[f"write_entities:{label}"] = typed_statement("write_entities", ontology, label=label)
        out[f"write_new_entities:{label}"] = typed_statement("write_new_entities", ontology, label=label)
    out["neo4j_shortest_paths:inventory"] = shortest_paths_statement(ontology)
    return out


def _verify(driver, quiet: bool) -> bool:
    """Connect once; False when the server cannot filter notifications as ``quiet`` asks."""
    import neo4j.exceptions as nx

    try:
        driver.verify_connectivity()
    except nx.ConfigurationError as exc:
        if quiet and "notification filtering is not supported" in str(exc).lower():
            return False
        raise
    return True


def with_dates(params: dict) -> dict:
    """``params`` with each row's ISO day under ``date``/``as_of`` as a ``datetime.date``.

    The driver sends a ``date`` as a Cypher ``date``; partial dates and
    anything that is not a real day stay text.

    >>> rows = [{"date": "2022-01-05"}, {"date": "2022-01"}, {"as_of": "2022-02-30"}, {"date": None}]
    >>> with_dates({"rows": rows})["rows"]
    [{'date': datetime.date(2022, 1, 5)}, {'date': '2022-01'}, {'as_of': '2022-02-30'}, {'date': None}]
    """
    rows = params.get("rows")
    if not rows or not isinstance(rows, list) or not any(k in rows[0] for k in DATE_KEYS):
        return params
    return {**params, "rows": [_dated(row) for row in rows]}


def _dated(row: dict) -> dict:
    out = row
    for key in DATE_KEYS:
        value = row.get(key)
        if isinstance(value, str) and _DAY.match(value):
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                continue
            if out is row:
                out = dict(row)
            out[key] = day
    return out


def _retried(call, seconds: float):
    """``call()``, again after a pause while it fails with an error the driver calls retryable."""
    import neo4j.exceptions as nx

    deadline, pause = time.monotonic() + seconds, 0.2
    while True:
        try:
            return call()
        except (nx.Neo4jError, nx.DriverError) as exc:
            if not exc.is_retryable() or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 2.0)


def _record(record) -> dict:
    return {key: _plain(value) for key, value in record.items()}


def _plain(value: Any) -> Any:
    """A driver value as plain Python (dicts, lists, str, numbers)."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {**{k: _plain(v) for k, v in value.items()}, "_labels": sorted(value.labels)}
    if isinstance(value, Relationship):
        return {**{k: _plain(v) for k, v in value.items()}, "_type": value.type}
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes],
                "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _scrub(exc: object, password: str | None) -> str:
    """``exc`` as text without the password (drivers should never echo it; be sure).

    >>> _scrub("bad auth for s3cret", "s3cret")
    'bad auth for ***'
    """
    text = str(exc)
    return text.replace(password, "***") if password else text
