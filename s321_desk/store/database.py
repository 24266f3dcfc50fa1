"""Opening a store: an SQLite file or a PostgreSQL database, its schema brought to head."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from s321_desk.domain.texts import SaidError, Text, translate
from s321_desk.store.engine import is_database_url, make_engine
from s321_desk.store.migrate import SchemaTooNewError, upgrade_to_head

# Where a store is: an SQLite file, or a database URL (postgresql+psycopg://...).
StoreTarget = Path | str


class StoreError(SaidError):
    """The store cannot be opened or written: a message for the user, naming the store (in
    the desk's language; ``.english`` for the log and the command line)."""


@dataclass(frozen=True)
class Store:
    engine: Engine
    migration_backup: Path | None
    path: Path | None = None  # the SQLite file; None for a server's database
    label: str = ""  # what to call it in messages: the file, or the URL without its password
    url: str = ""  # the server's database URL, password included; "" for a file

    @property
    def is_file(self) -> bool:
        return self.path is not None

    def dispose(self) -> None:
        self.engine.dispose()


def store_label(target: StoreTarget) -> str:
    """The store as a user may read it: the file's path, or the URL with no password."""
    if is_database_url(target):
        try:
            return make_url(str(target)).render_as_string(hide_password=True)
        except ArgumentError:
            return "the database URL"
    return str(target)


def open_store(target: StoreTarget) -> Store:
    """Open the store (creating an SQLite file if needed) and migrate it to head."""
    if is_database_url(target):
        return _open_server(str(target))
    return _open_file(Path(target))


def _open_file(path: Path) -> Store:
    path = path.expanduser().resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            translate("Store", "{folder}: cannot create the folder ({reason})").format(
                folder=path.parent, reason=error.strerror
            )
        ) from error
    if path.is_dir():
        raise StoreError(
            translate("Store", "{file}: is a folder, not a database file").format(file=path)
        )
    if path.exists() and not _looks_like_sqlite(path):
        raise StoreError(
            translate("Store", "{file}: not an s321-desk database (not an SQLite file)").format(
                file=path
            )
        )
    if not _writable(path):
        # The desk writes with every scan, and SQLite's WAL needs files beside the database
        # even to read: refuse plainly now rather than fail on the first parcel.
        raise StoreError(
            translate("Store", "{file}: the database is read-only (the file or its folder cannot "
                      "be written: a read-only disk or share, or the file's permissions); "
                      "nothing was changed")
            .format(file=path)
        )  # fmt: skip
    engine = make_engine(path)
    try:
        backup = upgrade_to_head(engine, path)
    except SchemaTooNewError as error:
        engine.dispose()
        raise StoreError(error.text) from error
    except (sqlite3.Error, OSError) as error:
        engine.dispose()
        raise StoreError(_cannot_open(path, error)) from error
    except Exception as error:
        engine.dispose()
        cause = getattr(error, "orig", None)
        if isinstance(cause, sqlite3.Error):
            raise StoreError(_cannot_open(path, cause)) from error
        raise
    return Store(engine=engine, migration_backup=backup, path=path, label=str(path))


def _cannot_open(where: object, reason: object) -> Text:
    return translate("Store", "{database}: cannot open the database ({reason})").format(
        database=where, reason=reason
    )


def _open_server(url: str) -> Store:
    label = store_label(url)
    try:
        engine = make_engine(url)
    except (ArgumentError, ValueError) as error:
        raise StoreError(
            translate("Store", "{database}: not a database URL the desk can use ({reason})")
            .format(database=label, reason=error)
        ) from error  # fmt: skip
    except ModuleNotFoundError as error:
        raise StoreError(
            translate("Store", "{database}: the database driver is missing ({module})").format(
                database=label, module=error.name
            )
        ) from error
    try:
        backup = upgrade_to_head(engine, None, label)
    except SchemaTooNewError as error:
        engine.dispose()
        raise StoreError(error.text) from error
    except DBAPIError as error:
        engine.dispose()
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise StoreError(_cannot_open(label, reason)) from error
    except Exception:
        engine.dispose()
        raise
    return Store(engine=engine, migration_backup=backup, path=None, label=label, url=url)


def _writable(path: Path) -> bool:
    """Whether the file (or, for a new one, its folder) can be written; a read-only mount
    says no even to root."""
    target = path if path.exists() else path.parent
    return os.access(target, os.W_OK) and os.access(path.parent, os.W_OK)


def _looks_like_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"
