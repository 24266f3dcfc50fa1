"""One SQLAlchemy engine per store: an SQLite file with its pragmas, or a PostgreSQL server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 10_000
# The engine option that says why a store is open read-only (store/database.py).
DAMAGED_OPTION = "s321_damaged"
# A PostgreSQL session left inside a transaction with nothing running (a frozen or killed
# station, a laptop closed mid-write) is ended by the server after this long, and what it held
# (the writer lock) freed: the other stations wait seconds, not the server's default forever.
IDLE_IN_TRANSACTION_MS = 15_000
# TCP keepalives, both ways: a station whose network is gone is noticed within about 20 s.
KEEPALIVE_IDLE_S, KEEPALIVE_INTERVAL_S, KEEPALIVE_COUNT = 10, 5, 3
# The one advisory lock every writing unit of work of a PostgreSQL store takes first: the
# same one-writer-at-a-time rule as SQLite's BEGIN IMMEDIATE (see make_postgres_engine).
WRITER_LOCK_KEY = 0x5332_3144_4553_4B  # "S321DESK"
# The lock a schema upgrade takes (only then: a store at this version's schema takes none to
# open), so that stations starting together upgrade it once.
MIGRATION_LOCK_KEY = 0x5332_3144_4D49_47  # "S321DMIG"
MIGRATION_WAIT_MS = 600_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def is_database_url(target: object) -> bool:
    """A store named by a URL (``postgresql+psycopg://...``) rather than a file path."""
    return isinstance(target, str) and "://" in target


def make_engine(target: Path | str) -> Engine:
    """The engine for a store: a Path is an SQLite file, a URL a PostgreSQL database."""
    if is_database_url(target):
        return make_postgres_engine(str(target))
    return make_sqlite_engine(Path(target))


def make_sqlite_engine(
    path: Path, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    """An engine on the SQLite file at ``path``: WAL, foreign keys on, a busy timeout.

    The driver's own implicit transactions are turned off and SQLAlchemy's ``begin`` emits
    ``BEGIN`` itself, so DDL is transactional and a unit of work can ask for
    ``BEGIN IMMEDIATE`` (execution option ``immediate=True``) to take the write lock first.
    """
    engine = create_engine(sqlite_url(path), connect_args={"timeout": busy_timeout_ms / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")  # FULL for a durable unit of work
        record.info["synchronous"] = "NORMAL"
        cursor.execute("PRAGMA foreign_keys = ON")
        if read_only:  # a damaged store: read, never written
            cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        synchronous = "FULL" if options.get("durable", False) else "NORMAL"
        info = connection.connection.info  # the driver connection's: the pragma is its state
        if info.get("synchronous") != synchronous:  # set outside the transaction, when it changes
            connection.exec_driver_sql(f"PRAGMA synchronous = {synchronous}")
            info["synchronous"] = synchronous
        connection.exec_driver_sql(
            "BEGIN IMMEDIATE" if options.get("immediate", False) else "BEGIN"
        )

    return engine


def make_postgres_engine(url: str, *, lock_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine on a PostgreSQL database shared by several stations (psycopg 3).

    A writing unit of work (``immediate=True``) starts by taking one transaction-level
    advisory lock, ``pg_advisory_xact_lock(WRITER_LOCK_KEY)``, released by its commit or
    rollback. The transactions stay READ COMMITTED: each statement after the lock sees every
    commit made before it, so the recipient-day and same-truck decisions are taken exactly as
    on SQLite, one station at a time. One store-wide lock rather than one per recipient key and
    day: every write also appends to the audit chain, whose tail would serialize the writers
    anyway, and a write holds it for milliseconds (tests/bench/bench_postgres_pack.py).
    Waiting for a lock or a connection gives up after the same 10 s as SQLite's busy timeout;
    a session idle inside a transaction is ended by the server after 15 s (a frozen station
    holds the writer lock that long at most), and TCP keepalives on both sides notice a station
    whose network is gone. Reading takes no lock: readers never wait for a writer.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(f"{parsed.render_as_string(hide_password=True)}: not a PostgreSQL URL")
    options = (
        f"-c lock_timeout={lock_timeout_ms} "
        f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS} "
        f"-c tcp_keepalives_idle={KEEPALIVE_IDLE_S} "
        f"-c tcp_keepalives_interval={KEEPALIVE_INTERVAL_S} "
        f"-c tcp_keepalives_count={KEEPALIVE_COUNT}"
    )
    engine = create_engine(
        parsed,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": BUSY_TIMEOUT_MS // 1000,
            "options": options,
            "application_name": "s321-desk",
            "keepalives": 1,
            "keepalives_idle": KEEPALIVE_IDLE_S,
            "keepalives_interval": KEEPALIVE_INTERVAL_S,
            "keepalives_count": KEEPALIVE_COUNT,
        },
    )

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get("immediate", False):
            take_writer_lock(connection)

    return engine


def take_writer_lock(connection: Any) -> None:
    """The store-wide writer lock, held until the transaction ends (re-entrant)."""
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")


def take_migration_lock(connection: Any) -> None:
    """The lock of a schema upgrade, held until its transaction ends. A station starting while
    another upgrades the store waits for it (minutes if need be) rather than failing."""
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {MIGRATION_WAIT_MS}")
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
