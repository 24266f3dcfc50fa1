"""Opening a store: the file, its engine, its schema brought to head (with a backup first)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from s321_desk.store.engine import make_engine
from s321_desk.store.migrate import SchemaTooNewError, upgrade_to_head


class StoreError(Exception):
    """The store cannot be opened or written: a message for the user, naming the file."""


@dataclass(frozen=True)
class Store:
    path: Path
    engine: Engine
    migration_backup: Path | None

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(path: Path) -> Store:
    """Open (creating if needed) the SQLite store at ``path`` and migrate it to head."""
    path = path.expanduser().resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{path.parent}: cannot create the folder ({error.strerror})") from error
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    if path.exists() and not _looks_like_sqlite(path):
        raise StoreError(f"{path}: not an s321-desk database (not an SQLite file)")
    engine = make_engine(path)
    try:
        backup = upgrade_to_head(engine, path)
    except SchemaTooNewError as error:
        engine.dispose()
        raise StoreError(str(error)) from error
    except (sqlite3.Error, OSError) as error:
        engine.dispose()
        raise StoreError(f"{path}: cannot open the database ({error})") from error
    except Exception as error:
        engine.dispose()
        cause = getattr(error, "orig", None)
        if isinstance(cause, sqlite3.Error):
            raise StoreError(f"{path}: cannot open the database ({cause})") from error
        raise
    return Store(path=path, engine=engine, migration_backup=backup)


def _looks_like_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"
