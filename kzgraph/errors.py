"""The exceptions kzgraph raises: one root, one class per kind of failure.

Every message names the bad value and, where there is one, the fix.  The CLI
maps each class to an exit code (``exit_code``): 1 bad input, 2 usage,
3 store unreachable, refused credentials or full disk.
"""

from __future__ import annotations


class KzGraphError(Exception):
    """Root of every error kzgraph raises on purpose."""

    exit_code = 1


class UsageError(KzGraphError):
    """The call itself is wrong: an unknown option value, a bad URI."""

    exit_code = 2


class CorpusError(KzGraphError):
    """An input file or record cannot be read as a document."""


class OntologyError(KzGraphError):
    """The ontology data is malformed; the message names the bad triple."""


class ExtractionError(KzGraphError):
    """Extraction could not run on a document (e.g. a language with no pipeline)."""


class StoreError(KzGraphError):
    """A store refused a statement or returned something unexpected."""


class StoreUnavailable(StoreError):
    """The store cannot be reached, refused the credentials, or is locked."""

    exit_code = 3


class StoreLocked(StoreUnavailable):
    """Another kzgraph process holds the embedded store's writer lock."""


class StoreFull(StoreUnavailable):
    """The disk holding the embedded store's folder is full: the store refuses writes.

    The message names the folder and the free space needed; ``folder`` is that
    folder, ``needed`` those bytes, ``pending`` the part of them the load had
    yet to write.  The server keeps answering reads, and
    writes again by itself once there is room: rerunning the load completes it.
    """

    def __init__(self, message: str, folder: str = "", needed: int = 0, pending: int = 0):
        super().__init__(message)
        self.folder = folder
        self.needed = needed
        self.pending = pending


class NotFound(KzGraphError):
    """A name or id matches nothing; the message lists the closest names."""


class NoPath(KzGraphError):
    """No path joins two entities within the hop limit."""
