"""Alembic migrations applied at start-up, after a dated backup of an SQLite file."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from s321_desk.domain.texts import SaidError, translate
from s321_desk.store.engine import take_migration_lock, take_writer_lock

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a store is not at this version's schema: importing it is
# about a tenth of the desk's start, and a store at head needs none of it.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


# Indexes only a PostgreSQL store has (migration 0007: prefix search under any collation);
# the models do not declare them, so comparisons of the schema with the models leave them out.
POSTGRES_ONLY_INDEXES = frozenset({"ix_parcels_code_prefix", "ix_orders_name_prefix"})


def compared(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's ``include_name``: what a comparison of the schema with the models covers."""
    return not (type_ == "index" and name in POSTGRES_ONLY_INDEXES)


class SchemaTooNewError(SaidError):
    """The database was written by a newer version of the app."""


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the desk knows (and can upgrade from)."""
    from alembic.script import ScriptDirectory

    return frozenset(
        rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    )


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def newest_shipped_revision() -> str:
    """The revision of the newest migration file, read from its name (``NNNN_what.py`` holds
    revision ``NNNN``, each revising the one before: a test holds this to Alembic's head)."""
    versions = (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return max((path.name[:4] for path in versions), default="")  # none: Alembic will tell


def at_head(connection: Connection) -> bool:
    """Whether the store's schema is this version's, without Alembic: its one stored revision
    is the newest shipped. False also when that cannot be read (no table yet)."""
    try:
        with connection.begin_nested() if connection.in_transaction() else connection.begin():
            stored = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return False
    return [tuple(row) for row in stored] == [(newest_shipped_revision(),)]


def backup_file(
    db_path: Path,
    label: str,
    now: datetime | None = None,
    *,
    through: sqlite3.Connection | None = None,
) -> Path:
    """Copy the database (WAL included, consistently) to a dated file beside it, on the disk
    before it returns. ``through``: a connection that holds the file already (a restore's
    exclusive lock, which no other connection could read past)."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = db_path.with_name(f"{db_path.stem}.{label}.{stamp}{db_path.suffix or '.sqlite3'}")
    # Written under a hidden name and renamed once whole: a copy cut short by a kill is a
    # leftover the next start removes (store/leftovers.py), never a copy that looks complete.
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    source = through or sqlite3.connect(db_path)
    try:
        with closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
        with open(partial, "rb") as stream:
            os.fsync(stream.fileno())  # the copy is what is left if the next step goes wrong
        os.replace(partial, target)
    finally:
        if through is None:
            source.close()
        partial.unlink(missing_ok=True)
    return target


def upgrade_to_head(engine: Engine, db_path: Path | None, label: str | None = None) -> Path | None:
    """Bring the schema to head; returns the backup made first, if there was data to save.

    An SQLite file is copied beside itself first. A PostgreSQL database is upgraded under the
    writer lock (several stations may start at once: one upgrades, the others then find it
    done) and in one transaction, PostgreSQL's DDL being transactional; its backups are the
    server's (``s321-desk backup``, pg_dump).
    """
    name = label or str(db_path)
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:  # at this version's schema: no lock at all
            if not _needs_upgrade(connection, name):
                return None
        with engine.begin() as connection:
            # Upgrades alone wait for each other (the first does it, the others find it
            # done); the writer lock keeps the stations' writes out of the schema's change.
            take_migration_lock(connection)
            take_writer_lock(connection)
            if _needs_upgrade(connection, name):
                _upgrade(connection)
        return None
    with engine.connect() as connection:
        if not _needs_upgrade(connection, name):
            return None
    # Stations opening an old store at once: one upgrades it, the others wait for it (a lock
    # file beside the store), then find it done, instead of failing on SQLite's lock.
    with _upgrade_lock(db_path):
        with engine.connect() as connection:
            if not _needs_upgrade(connection, name):
                return None
            had_data = _has_tables(connection)
        backup = None
        if had_data and db_path is not None:
            label = f"before-{head_revision()}"
            backup = backup_file(db_path, label)
            _forget_older_copies(db_path, label, backup)
        upgrade_sqlite(engine)
    return backup


@contextmanager
def _upgrade_lock(db_path: Path | None) -> Iterator[None]:
    """An exclusive lock on ``.NAME.upgrade-lock`` beside the store, held while it upgrades
    (POSIX; elsewhere SQLite's own lock is all there is)."""
    if db_path is None or os.name != "posix":
        yield
        return
    import fcntl

    lock = db_path.with_name(f".{db_path.name}.upgrade-lock")
    handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)  # waits for the station upgrading it
        yield
        # Done: the file goes (a station waiting on it, or making a new one, finds the store
        # upgraded when it checks again under its lock).
        lock.unlink(missing_ok=True)
    finally:
        os.close(handle)  # the lock goes with it


def _forget_older_copies(db_path: Path, label: str, kept: Path) -> None:
    """Copies saved before this same upgrade by a start that was killed before the upgrade
    was done: older than the one just saved of the same store, not kept twice."""
    for older in db_path.parent.glob(f"{db_path.stem}.{label}.*{db_path.suffix or '.sqlite3'}"):
        if older != kept:
            older.unlink(missing_ok=True)


def upgrade_sqlite(engine: Engine, revision: str = "head") -> None:
    """Upgrade an SQLite store to ``revision`` in one transaction.

    SQLite alters a table by copying it into a new one and dropping the old: with foreign keys
    enforced, dropping a table others point to fails (parcels, under their items and
    verdicts). So the keys are off during the upgrade (a pragma, set outside the transaction)
    and every reference is checked before it commits.
    """
    with engine.connect() as connection:
        driver: Any = connection.connection.driver_connection
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                _upgrade(connection, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"the upgrade would break a reference: {tuple(broken)}")
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def _needs_upgrade(connection: Connection, name: str) -> bool:
    if at_head(connection):
        return False
    from alembic.runtime.migration import MigrationContext

    head = head_revision()
    current = MigrationContext.configure(connection).get_current_revision()
    if current == head:
        return False
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            translate(
                "Migrate",
                "{database}: the database schema ({revision}) is newer than this "
                "version of s321-desk; install the newer version or open another database",
            ).format(database=name, revision=current)
        )
    return True


def _upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def _has_tables(connection: Connection) -> bool:
    return bool(inspect(connection).get_table_names())
