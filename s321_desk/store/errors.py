"""The store's state said as one error: busy, full, read-only, damaged or out of reach.

The machine's state (another station writing, the disk, the server, the network) is not a bug:
it is classified once, where a unit of work begins, flushes and commits (store/uow.py), into
``StoreUnavailable`` (``StoreBusy`` when trying again in a moment is the way out), which carries
the one sentence every view and the command line show. Anything else a driver raises (a
missing table, a broken query) is a bug and passes unchanged.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

from s321_desk.domain.texts import SaidError, translate

# SQLite's words (the driver's message) for each state.
_SQLITE_BUSY = ("database is locked", "database table is locked", "database is busy")
_SQLITE_FULL = ("database or disk is full", "disk is full")
_SQLITE_READ_ONLY = ("readonly", "read-only")
# Text that is not UTF-8 was not written by the desk (every text it stores is): damaged bytes.
_SQLITE_DAMAGED = (
    "malformed",
    "file is not a database",
    "disk I/O error",
    "database corruption",
    "Could not decode to UTF-8",
)
_SQLITE_GONE = ("unable to open database file",)

# PostgreSQL's SQLSTATEs. Busy: a lock not had within lock_timeout (55P03), a statement
# cancelled by statement_timeout (57014), a session ended by idle_in_transaction_session_timeout
# (25P03), a deadlock or a serialization failure (40P01, 40001): trying again works.
_PG_BUSY = ("55P03", "57014", "25P03", "40P01", "40001")
# The other states of the server or the network: 08 connection lost or refused, 53 insufficient
# resources (53100 disk full), 57P0x the server shutting down or not accepting connections yet,
# 58 the server's own I/O, 25006 a read-only transaction (a standby), XX001/XX002 damaged data.
_PG_FULL = ("53100",)
_PG_READ_ONLY = ("25006",)
_PG_DAMAGED = ("XX001", "XX002")
_PG_GONE_CLASSES = ("08", "53", "57", "58")

BUSY, FULL, READ_ONLY, DAMAGED, GONE = "busy", "full", "read-only", "damaged", "gone"

_SAID = {
    BUSY: translate(
        "StoreErrors",
        "The database is busy (another station is writing): nothing "
        "was changed; try again in a moment.",
    ),
    FULL: translate(
        "StoreErrors",
        "The disk that holds the database is full: nothing was "
        "changed. Free some space, then try again.",
    ),
    READ_ONLY: translate(
        "StoreErrors",
        "The database cannot be written (a read-only file or "
        "server): nothing was changed. Tell your administrator.",
    ),
    DAMAGED: translate(
        "StoreErrors",
        "The database is damaged: nothing more was written. "
        "Restore the latest backup, or tell your administrator.",
    ),
    GONE: translate(
        "StoreErrors",
        "The database cannot be reached (the server, the network or "
        "the file): nothing was changed. Check the connection, then try again.",
    ),
}


class StoreUnavailable(SaidError, OperationalError):
    """The store cannot do what was asked now, for a reason of the machine's: ``str(error)`` is
    the one sentence to show (in the desk's language), ``error.english`` the same in English,
    ``error.reason`` one of busy/full/read-only/damaged/gone, ``error.driver_words`` the
    driver's own words (for a log or the command line).

    Still an ``OperationalError`` (its ``orig`` the driver's error), so that a handler written
    for the driver's error catches it too."""

    def __init__(self, reason: str, cause: DBAPIError) -> None:
        self.text = _SAID[reason]  # SaidError's, set here: its __init__ would go on to the
        Exception.__init__(self, self.text.english)  # driver error's, which wants other words
        # StatementError's attributes, those of the driver's error this one stands for.
        self.statement, self.params, self.orig = cause.statement, cause.params, cause.orig
        self.hide_parameters, self.detail = cause.hide_parameters, list(cause.detail)
        self.connection_invalidated, self.ismulti = cause.connection_invalidated, cause.ismulti
        self.code = cause.code
        self.reason = reason
        self.driver_words = one_cause(cause)

    def __str__(self) -> str:
        return SaidError.__str__(self)


class StoreBusy(StoreUnavailable):
    """Another station holds the store (a lock, a timeout): try again in a moment."""


def one_cause(error: BaseException) -> str:
    """The driver's own words for an error, on one line."""
    cause = getattr(error, "orig", None) or error
    return " ".join(str(cause).split())


def reason_of(error: BaseException) -> str | None:
    """busy, full, read-only, damaged or gone for a driver's error that is the machine's state;
    None for anything else (a bug)."""
    if isinstance(error, StoreUnavailable):
        return error.reason
    if not isinstance(error, DBAPIError):
        return None
    cause = error.orig
    state = getattr(cause, "sqlstate", None)
    if isinstance(state, str) and state:
        return _postgres_reason(state)
    text = str(cause)
    if type(cause).__module__.startswith("psycopg"):  # no SQLSTATE: no server answered at all
        return GONE if isinstance(error, OperationalError) else None
    if error.connection_invalidated:
        return GONE
    for reason, words in (
        (BUSY, _SQLITE_BUSY),
        (FULL, _SQLITE_FULL),
        (READ_ONLY, _SQLITE_READ_ONLY),
        (DAMAGED, _SQLITE_DAMAGED),
        (GONE, _SQLITE_GONE),
    ):
        if any(word in text for word in words):
            return reason
    return None


def _postgres_reason(state: str) -> str | None:
    for reason, states in (
        (BUSY, _PG_BUSY),
        (FULL, _PG_FULL),
        (READ_ONLY, _PG_READ_ONLY),
        (DAMAGED, _PG_DAMAGED),
    ):
        if state in states:
            return reason
    return GONE if state[:2] in _PG_GONE_CLASSES else None


def classified(error: BaseException) -> StoreUnavailable | None:
    """The error as the store's state said to a person, or None when it is not one (a bug)."""
    if isinstance(error, StoreUnavailable):
        return error
    reason = reason_of(error)
    if reason is None or not isinstance(error, DBAPIError):
        return None
    return (StoreBusy if reason == BUSY else StoreUnavailable)(reason, error)
