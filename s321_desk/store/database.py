"""Opening a store: an SQLite file or a PostgreSQL database, its schema brought to head."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from s321_desk.domain.texts import SaidError, Text, translate
from s321_desk.store import integrity
from s321_desk.store.engine import DAMAGED_OPTION, is_database_url, make_engine, make_sqlite_engine
from s321_desk.store.leftovers import remove_leftovers
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
    # Why the store is open read-only (an SQLite file failing its quick integrity check), or
    # None: every write is refused with this, the way to restore included.
    damaged: Text | None = None
    # The SQLite file's session (store/integrity.py): recorded good at a clean closing.
    session: integrity.Session | None = None

    @property
    def is_file(self) -> bool:
        return self.path is not None

    def dispose(self) -> None:
        if self.session is not None:
            integrity.end(self.engine, self.session)  # its state at the close, known good
        else:
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
            translate(
                "Store",
                "{file}: the database is read-only (the file or its folder cannot "
                "be written: a read-only disk or share, or the file's permissions); "
                "nothing was changed",
            ).format(file=path)
        )
    remove_leftovers(path.parent, path.stem)  # what a killed backup, upgrade or restore left
    new = not path.exists() or path.stat().st_size == 0
    damaged = _damaged(path)
    if damaged is not None:
        read_only = make_sqlite_engine(path, read_only=True).execution_options(
            **{DAMAGED_OPTION: damaged}
        )
        return Store(
            engine=read_only, migration_backup=None, path=path, label=str(path), damaged=damaged
        )
    session = integrity.begin(path)  # from here, killed: checked again at the next opening
    engine = make_engine(path)
    try:
        backup = upgrade_to_head(engine, path)
    except SchemaTooNewError as error:
        _abandon(engine, session)
        raise StoreError(error.text) from error
    except (sqlite3.Error, OSError) as error:
        _abandon(engine, session)
        raise StoreError(_cannot_open(path, error)) from error
    except Exception as error:
        _abandon(engine, session)
        cause = getattr(error, "orig", None)
        if isinstance(cause, sqlite3.Error):
            raise StoreError(_cannot_open(path, cause)) from error
        raise
    if new:  # made here and now: known good as it is
        integrity.made(session)
    return Store(
        engine=engine, migration_backup=backup, path=path, label=str(path), session=session
    )


def _abandon(engine: Engine, session: integrity.Session) -> None:
    engine.dispose()
    integrity.abandon(session)


def _damaged(path: Path) -> Text | None:
    """Why the file fails SQLite's quick integrity check (every page and index entry read:
    about 1 s for 128 MB on a busy machine), or None when it passes, is new, or is as the
    desk left it after its last check passed or at a clean closing, no session of it killed
    since (store/integrity.py)."""
    if not path.exists() or path.stat().st_size == 0 or not integrity.needs_check(path):
        return None
    killed = integrity.killed_sessions(path)  # the sessions this check covers
    state = integrity.signature(path)  # as it is checked (a station may write meanwhile)
    # Read-only, so that nothing is written to a damaged file; but a hot rollback journal (a
    # process killed inside a write, an upgrade) is not damage: SQLite rolls it back as the
    # file is first read, which a read-only connection cannot do ("attempt to write a
    # readonly database"). The file is writable (checked above): that connection may.
    mode = "rw" if _hot_journal(path) else "ro"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode={mode}", uri=True, timeout=10)) as check:
            found = [row[0] for row in check.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as error:
        found = [str(error)]
    if found == ["ok"]:
        integrity.checked(path, state, killed)
        return None
    if any("locked" in text for text in found):
        return None  # busy, not damaged: the open says so itself
    return translate(
        "Store",
        "{file}: the database is damaged (its integrity check finds: {found}); it is open "
        "read-only and nothing can be written. Restore the latest backup; the damaged file is "
        "kept beside it",
    ).format(file=path, found="; ".join(" ".join(text.split()) for text in found)[:300])


def _hot_journal(path: Path) -> bool:
    """A rollback journal with something in it beside the file: a write cut short."""
    try:
        return Path(f"{path}-journal").stat().st_size > 0
    except OSError:
        return False


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
            translate("Store", "{database}: not a database URL the desk can use ({reason})").format(
                database=label, reason=error
            )
        ) from error
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
