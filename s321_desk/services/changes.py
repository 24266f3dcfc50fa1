"""Whether anything was committed to the store since the last look, by any station."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine


class ChangeWatch(Protocol):
    """A cheap question asked every ~250 ms: "has any station committed since I last asked?"

    It says only *that* something changed, not what: the caller reads again what it shows.
    A spurious True costs one re-read; a missed change would leave a station showing a stale
    warning, so an implementation errs towards True.

    SQLite (``SqliteChangeWatch``) answers from ``PRAGMA data_version`` on a connection of its
    own. A PostgreSQL store can answer with LISTEN/NOTIFY instead: the watch LISTENs on one
    channel on its own connection, every unit of work that commits sends ``NOTIFY`` (or a
    trigger does), and ``changed()`` drains the connection's pending notifications without
    blocking (psycopg's ``connection.notifies(timeout=0)``), returning True if there was any.
    The panel that polls does not change: it only knows this protocol.
    """

    def changed(self) -> bool:
        """True if a commit happened since the previous call (or since the watch was made)."""
        ...

    def close(self) -> None:
        """Release the watch's connection; ``changed()`` must not be called afterwards."""
        ...


class SqliteChangeWatch:
    """``PRAGMA data_version`` on one dedicated connection to the store's file.

    SQLite changes a connection's ``data_version`` when *another* connection - of this process
    or of another one - commits to the file, and never for the connection's own commits. So
    the watch keeps a connection no one else uses (not one from the engine's pool, which this
    process also writes through) and never writes on it (``query_only``). The connection is in
    autocommit mode and the pragma opens no transaction: the watch never holds a read snapshot
    that would keep WAL checkpoints from finishing.

    A call costs a few microseconds (6 us median, 13 us p99 measured here): it reads the WAL
    index in shared memory and touches neither the disk nor the tables.
    """

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(path, isolation_level=None)
        self._connection.execute("PRAGMA query_only = ON")
        self._cursor = self._connection.cursor()
        self._version = self._read()

    def changed(self) -> bool:
        version = self._read()
        if version == self._version:
            return False
        self._version = version
        return True

    def close(self) -> None:
        self._cursor.close()
        self._connection.close()

    def _read(self) -> int:
        row = self._cursor.execute("PRAGMA data_version").fetchone()
        return int(row[0])


def watch_changes(engine: Engine) -> ChangeWatch:
    """The watch that suits the engine's store (SQLite today)."""
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        return SqliteChangeWatch(Path(engine.url.database))  # type: ignore[arg-type]
    raise NotImplementedError(
        f"no change watch for a {engine.dialect.name} store yet (see ChangeWatch: LISTEN/NOTIFY)"
    )
