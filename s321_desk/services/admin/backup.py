"""Backups of the store and restoring one: whole copies, checked, audited; the current data is
never lost on the way.

An SQLite store is copied with SQLite's online backup API (stations go on packing meanwhile;
the copy is one consistent moment), checked (integrity, schema revision), made a single
self-contained file (no WAL), written beside the target and renamed only once all of it is on
the disk and its audit record is in the store. A PostgreSQL store is dumped with ``pg_dump``
(custom format) and restored with ``pg_restore``.

Every backup carries the audit chain's head at its moment (records, last hash): ``audit
verify --against BACKUP`` shows records removed from the end of the trail since, which the
chain alone cannot (services/kernel/audit.py).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlmodel import Session

from s321_desk.domain.texts import translate
from s321_desk.paths import data_dir
from s321_desk.services.admin.settings import get_setting
from s321_desk.services.admin.users import Person
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.audit import ChainHead
from s321_desk.services.kernel.audit_anchor import keep_anchor
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.outputs import check_target, sync_folder
from s321_desk.store.database import Store, StoreError, open_store
from s321_desk.store.leftovers import remove_leftovers
from s321_desk.store.migrate import backup_file, known_revisions
from s321_desk.store.models import User
from s321_desk.store.repositories import kernel as stored
from s321_desk.store.uow import UnitOfWork

SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_HEADER = b"PGDMP"
# The scheduled backups' names: STEM.backup.YYYYMMDDTHHMMSSZ.sqlite3 (or .pgdump); pruning
# touches these only, never a migration's or a restore's saved copy, nor a file of the user's.
SCHEDULED = ".backup."
STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Backup:
    path: Path
    sha256: str
    revision: str | None  # the schema revision of the copy
    head: ChainHead


# -- backing up -------------------------------------------------------------------------------


def backup_store(store: Store, out: Path, *, station: str = "", scheduled: bool = False) -> Backup:
    """Write a backup of the store to ``out`` (whole, or nothing), audited: a supervisor's act,
    or the ``backup_schedule`` an administrator set (``scheduled``: nobody signs in to it)."""
    target = check_target(out)
    if not scheduled:
        with UnitOfWork(store.engine) as uow:
            access.check(uow, access.BACKING_UP)
    remove_leftovers(target.parent, target.name)  # of a backup killed before, to this name
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        if store.path is not None:
            revision, head = _copy_sqlite(store.path, partial)
        else:
            revision, head = _pg_dump(store, partial)
        digest = _sha256(partial)
        with UnitOfWork(store.engine, immediate=True) as uow:
            if not scheduled:
                access.require(uow.session, access.BACKING_UP)
            audit.record(
                uow.session,
                "store.backup",
                entity_type="file",
                entity_id=out.name,
                station=station,
                details={
                    "file": str(out),
                    "sha256": digest,
                    "revision": revision,
                    "audit_records": head.records,
                    "audit_head": head.last_hash,
                    "scheduled": scheduled,
                },
            )
            os.replace(partial, target)
            sync_folder(target.parent)
            uow.commit()
    except (OSError, sqlite3.Error) as error:  # a full disk, a folder that cannot be written
        raise UserError(
            translate("Backup", "{file}: cannot write the backup ({reason})").format(
                file=out, reason=getattr(error, "strerror", None) or error
            )
        ) from None
    finally:
        for leftover in (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal")):
            leftover.unlink(missing_ok=True)
    keep_anchor(store, head, f"backup {out.name}")
    return Backup(out, digest, revision, head)


def _copy_sqlite(source: Path, partial: Path) -> tuple[str | None, ChainHead]:
    with closing(sqlite3.connect(source, timeout=10)) as live:
        with closing(sqlite3.connect(partial)) as copy:
            live.backup(copy)  # one consistent moment, while stations write
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            found = copy.execute("PRAGMA integrity_check").fetchone()[0]
            if found != "ok":
                raise UserError(
                    translate(
                        "Backup", "{file}: the copy fails its integrity check ({found})"
                    ).format(file=source, found=found)
                )
            revision, head = _revision_and_head(copy)
    with open(partial, "rb") as stream:
        os.fsync(stream.fileno())
    return revision, head


def _revision_and_head(connection: sqlite3.Connection) -> tuple[str | None, ChainHead]:
    return stored.file_schema_revision(connection), ChainHead(*stored.file_audit_head(connection))


def _pg_dump(store: Store, partial: Path) -> tuple[str | None, ChainHead]:
    program = _program("pg_dump")
    with store.engine.connect() as connection:
        # The dump is one snapshot; the head read here may be a record or two behind it,
        # which only makes the anchor it gives weaker, never wrong.
        revision = stored.schema_revision(connection)
        count, last = stored.audit_head(connection)
    _run(
        [program, "--format=custom", "--no-owner", f"--file={partial}", _libpq_url(store)],
        "pg_dump",
    )
    return revision, ChainHead(int(count), last)


# -- restoring --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    saved_copy: Path | None  # the store as it was before, kept beside it (SQLite)
    revision: str | None  # the backup's schema revision (the store is then at head)
    head: ChainHead


def restore_store(
    target: Path | str, source: Path, *, label: str = "", by: Person | None = None
) -> Restored:
    """Replace the store at ``target`` by the backup ``source``, after saving the current one.

    Refused, with nothing changed, when the file is not a desk backup, fails its integrity
    check, comes from a newer version of the desk, or when any station has the store open
    (close the desk everywhere first: a station writing meanwhile would be writing into a
    store that is being replaced). An administrator's act (``by``) on a store with users; its
    start is audited in the store it replaces (kept in the copy saved beside it), so a restore
    killed half-way is on the record too.
    """
    if not source.is_file():
        raise UserError(translate("Backup", "{file}: no such backup file").format(file=source))
    if isinstance(target, str):
        return _pg_restore(target, source, label, by)
    revision, head = check_backup(source)
    target = target.expanduser().resolve()
    if target.exists():
        _record_start(open_store(target), source, by)
    partial = target.with_name(f".{target.name}.{os.getpid()}.restoring")
    try:
        with closing(sqlite3.connect(source)) as backup, closing(sqlite3.connect(partial)) as new:
            backup.backup(new)
            # In the store's mode already: the first station to open it need not switch it
            # (which waits for no one, unlike a write) while another one is starting.
            new.execute("PRAGMA journal_mode = WAL")
        with open(partial, "rb") as stream:
            os.fsync(stream.fileno())
        saved = _swap_in(partial, target)
    except OSError as error:
        raise UserError(
            translate("Backup", "{target}: cannot write the restored database ({why})").format(
                target=target, why=error
            )
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    _record_restore(target, source, revision, saved, by)
    return Restored(saved, revision, head)


def _record_start(store: Store, source: Path, by: Person | None) -> None:
    """The restore is checked (an administrator, on a store with users) and recorded before it
    begins: the store it replaces keeps the record (its copy saved beside it)."""
    try:
        with UnitOfWork(store.engine, immediate=True) as uow:
            access.require(uow.session, access.RESTORING, by)
            audit.record(
                uow.session,
                "store.restore.start",
                entity_type="file",
                entity_id=source.name,
                user_id=by.id if by else None,
                details={"file": str(source), "sha256": _sha256(source)},
            )
            uow.commit()
    finally:
        store.dispose()


def check_backup(source: Path) -> tuple[str | None, ChainHead]:
    """The backup's schema revision and chain head, or a UserError saying what is wrong."""
    with open(source, "rb") as stream:
        if stream.read(16) != SQLITE_HEADER:
            raise UserError(
                translate("Backup", "{file}: not an s321-desk backup (not an SQLite file)").format(
                    file=source
                )
            )
    try:
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as copy:
            found = copy.execute("PRAGMA integrity_check").fetchone()[0]
            if found != "ok":
                raise UserError(
                    translate(
                        "Backup", "{file}: the backup fails its integrity check ({found})"
                    ).format(file=source, found=found)
                )
            revision, head = _revision_and_head(copy)
    except sqlite3.DatabaseError as error:
        raise UserError(
            translate("Backup", "{file}: not an s321-desk backup ({why})").format(
                file=source, why=error
            )
        ) from None
    if revision is None:
        raise UserError(
            translate(
                "Backup", "{file}: not an s321-desk backup (no schema revision in it)"
            ).format(file=source)
        )
    if revision not in known_revisions():
        raise UserError(
            translate(
                "Backup",
                "{file}: written by a newer version of s321-desk (schema {revision}); install "
                "that version to restore it",
            ).format(file=source, revision=revision)
        )
    return revision, head


def _swap_in(partial: Path, target: Path) -> Path | None:
    """Put ``partial`` in the store's place after saving the store beside it (returned), both
    under one exclusive lock: a station starting meanwhile waits, then finds the restored store
    (or, if it opened the old file, is refused its writes there: SQLite sees the file gone)."""
    if not target.exists():
        os.replace(partial, target)
        return None
    with closing(_alone(target)) as lock:
        saved = backup_file(target, "before-restore", through=lock)
        lock.execute("PRAGMA journal_mode = DELETE")  # its WAL emptied and gone, still locked
        Path(f"{target}-shm").unlink(missing_ok=True)
        os.replace(partial, target)
        sync_folder(target.parent)
    return saved


def _alone(target: Path) -> sqlite3.Connection:
    """A connection holding the file exclusively (until it is closed), its WAL checkpointed;
    refused while another connection (a station, the desk) has the file open."""
    probe = sqlite3.connect(target, timeout=0.5, isolation_level=None)
    try:
        probe.execute("PRAGMA locking_mode = EXCLUSIVE")
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("ROLLBACK")
        probe.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError:
        probe.close()
        raise UserError(
            translate(
                "Backup",
                "{target}: the database is open on a station (or in the desk): close the desk "
                "everywhere, then restore; nothing was changed",
            ).format(target=target)
        ) from None
    return probe


def _record_restore(
    target: Path, source: Path, revision: str | None, saved: Path | None, by: Person | None
) -> None:
    try:
        store = open_store(target)  # brings an older backup's schema to head
    except StoreError as error:
        raise UserError(
            translate("Backup", "{target}: restored, but it does not open: {why}").format(
                target=target, why=error.text
            )
        ) from None
    try:
        with UnitOfWork(store.engine, immediate=True) as uow:
            details = {"file": str(source), "sha256": _sha256(source), "revision": revision,
                       "saved_copy": str(saved) if saved else None,
                       "by": by.name if by else None}  # fmt: skip
            audit.record(
                uow.session,
                "store.restore",
                entity_type="file",
                entity_id=source.name,
                user_id=_same_user(uow.session, by),
                details=details,
            )
            head = audit.chain_head(uow)  # with the restore's line, no other write between
            uow.commit()
        # The older trail is back on purpose: the anchor starts again from it.
        keep_anchor(store, head, f"restore {source.name}", reset=True)
    finally:
        store.dispose()


def _same_user(session: Session, by: Person | None) -> int | None:
    """``by``'s id in the restored store, if the backup has them under that id and name."""
    if by is None:
        return None
    user = session.get(User, by.id)
    return by.id if user is not None and user.name == by.name else None


def _pg_restore(url: str, source: Path, label: str, by: Person | None) -> Restored:
    with open(source, "rb") as stream:
        if stream.read(5) != PG_DUMP_HEADER:
            raise UserError(
                translate(
                    "Backup", "{file}: not a PostgreSQL backup of the desk (pg_dump's format)"
                ).format(file=source)
            )
    program = _program("pg_restore")
    store = open_store(url)
    try:
        with UnitOfWork(store.engine) as uow:
            access.check(uow, access.RESTORING, by)
        with store.engine.connect() as connection:
            others = stored.other_sessions(connection)
        if others:
            raise UserError(
                translate(
                    "Backup",
                    "{database}: {others} other connection(s) use it: close the desk everywhere, "
                    "then restore; nothing was changed",
                ).format(database=label or translate("Backup", "the database"), others=others)
            )
        stamp = datetime.now(UTC).strftime(STAMP)
        saved = data_dir() / "backups" / f"before-restore.{stamp}.pgdump"
        saved.parent.mkdir(parents=True, exist_ok=True)
        _record_start(store, source, by)  # before the copy: the saved dump keeps the record
        _pg_dump(store, saved)
    finally:
        store.dispose()
    _run(
        [
            program,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={_libpq_url_of(url)}",
            str(source),
        ],
        "pg_restore",
    )
    reopened = open_store(url)
    try:
        with reopened.engine.connect() as connection:
            count, last = stored.audit_head(connection)
        with UnitOfWork(reopened.engine, immediate=True) as uow:
            audit.record(
                uow.session,
                "store.restore",
                entity_type="file",
                entity_id=source.name,
                user_id=_same_user(uow.session, by),
                details={
                    "file": str(source),
                    "sha256": _sha256(source),
                    "saved_copy": str(saved),
                    "by": by.name if by else None,
                },
            )
            head = audit.chain_head(uow)
            uow.commit()
        keep_anchor(reopened, head, f"restore {source.name}", reset=True)
    finally:
        reopened.dispose()
    return Restored(saved, None, ChainHead(int(count), last))


# -- on a schedule ----------------------------------------------------------------------------


def backup_if_due(store: Store, now: datetime | None = None) -> Backup | None:
    """The ``backup_schedule`` setting's backup, if the newest one is older than its interval;
    then keeps only its ``keep`` newest scheduled backups (no other file is touched)."""
    now = now or datetime.now(UTC)
    with UnitOfWork(store.engine) as uow:
        schedule: dict[str, Any] | None = get_setting(uow.session, "backup_schedule")
    if not schedule:
        return None
    folder = Path(schedule.get("folder") or data_dir() / "backups").expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(
            translate("Backup", "backup folder {folder}: cannot create it ({reason})").format(
                folder=folder, reason=error.strerror
            )
        ) from None
    stem = store.path.stem if store.path is not None else _database_name(store.url)
    suffix = ".sqlite3" if store.path is not None else ".pgdump"
    # What a scheduled backup killed half-way left (its name carries its own time, so no later
    # backup writes to it and backup_store's own clean-up never meets it): gone at each check.
    remove_leftovers(folder, f"{stem}{SCHEDULED}")
    ours = sorted(folder.glob(f"{stem}{SCHEDULED}*{suffix}"))  # the stamp sorts by time
    if ours and now - _stamp_of(ours[-1]) < timedelta(hours=schedule["every_hours"]):
        return None
    made = backup_store(
        store, folder / f"{stem}{SCHEDULED}{now.strftime(STAMP)}{suffix}", scheduled=True
    )
    for old in sorted(folder.glob(f"{stem}{SCHEDULED}*{suffix}"))[: -schedule["keep"]]:
        old.unlink(missing_ok=True)
    return made


def _stamp_of(path: Path) -> datetime:
    try:
        stamp = path.name.split(SCHEDULED)[1].split(".")[0]
        return datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except (IndexError, ValueError):
        return datetime.min.replace(tzinfo=UTC)


# -- shared -----------------------------------------------------------------------------------


def _database_name(url: str) -> str:
    """A server database's name as part of a file name: two stores' backups never mix."""
    return re.sub(r"[^\w.-]", "_", make_url(url).database or "database")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _program(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise UserError(
            translate(
                "Backup",
                "{program} is not installed: a PostgreSQL store is backed up and "
                "restored with PostgreSQL's own tools (apt-get install postgresql-client)",
            ).format(program=name)
        )
    return found


def _run(command: list[str], name: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise UserError(
            translate("Backup", "{program} failed ({reason}); nothing was changed").format(
                program=name, reason=reason
            )
        )


def _libpq_url(store: Store) -> str:
    return _libpq_url_of(store.url)


def _libpq_url_of(url: str) -> str:
    """The URL as libpq's tools read it (no SQLAlchemy driver name)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)
