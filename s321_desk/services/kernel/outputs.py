"""Files the desk writes (papers, exports, saved copies): whole, or not at all, and never over
what they must not replace.

The bytes go to a hidden file beside the target, are flushed to the disk, and only then, once
``before_rename`` (an audit record, a last chance to cancel) has succeeded, take the target's
name in one rename. A crash, a full disk or a cancel leaves the old file as it was and nothing
half-written under the target's name.

A target is refused before anything is written when it is a folder, a device (``/dev/null``,
a disk), a named pipe or a socket, or a database: any SQLite file or PostgreSQL dump (the
store itself, a backup, a copy saved before an upgrade or a restore, through a link or a
second name too) and an SQLite file's companions (``-wal``, ``-shm``, ``-journal``), which a
paper written over them would silently destroy.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from s321_desk.domain.texts import Text, translate
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.leftovers import remove_leftovers

# The first bytes of the files no paper may replace: an SQLite database, a pg_dump backup.
DATABASE_HEADERS = (b"SQLite format 3\x00", b"PGDMP")
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def check_target(out: Path, option: str | Text | None = None) -> Path:
    """The file to write (``out`` with its links followed), or a UserError naming ``option``
    (by default "the output file", the ``out`` field: the command line's --out) and saying
    why it cannot be written there."""
    option, field = _named(option)
    folder = out.parent
    if not folder.exists():
        raise UserError(
            translate("OutputFile", "{option}: the folder {folder} does not exist").format(
                option=option, folder=folder
            ),
            field=field,
        )
    if not folder.is_dir():
        raise UserError(
            translate("OutputFile", "{option}: {folder} is not a folder").format(
                option=option, folder=folder
            ),
            field=field,
        )
    target = out.resolve()  # a link is followed: what it points to is what would be replaced
    try:
        mode: int | None = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise UserError(
            translate("OutputFile", "{option}: cannot use {out} ({why})").format(
                option=option, out=out, why=error.strerror or error
            ),
            field=field,
        ) from None
    refusal = _refusal(target, mode)
    if refusal is not None:
        raise UserError(refusal.format(option=option, out=out), field=field)
    return target


def _named(option: str | Text | None) -> tuple[str | Text, str | None]:
    """What a refusal names the file by, and the field it is (None for a named one)."""
    if option is None:
        return translate("OutputFile", "the output file"), "out"
    return option, None


def _refusal(target: Path, mode: int | None) -> Text | None:
    if mode is not None:
        if stat.S_ISDIR(mode):
            return translate("OutputFile", "{option}: {out} is a folder; name the file to write")
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            return translate(
                "OutputFile", "{option}: {out} is a device, not a file; name a file to write"
            )
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            return translate(
                "OutputFile",
                "{option}: {out} is a pipe or a socket, not a file; name a file to write",
            )
        if _is_database(target):
            return translate(
                "OutputFile",
                "{option}: {out} is a database or a backup of one; the desk never "
                "writes a paper or an export over it: name another file",
            )
    for suffix in SQLITE_COMPANIONS:
        if target.name.endswith(suffix):
            base = target.with_name(target.name[: -len(suffix)])
            if base.is_file() and _is_database(base):
                return translate(
                    "OutputFile",
                    "{option}: {out} belongs to the database beside it (its "
                    "journal or shared memory); name another file",
                )
    return None


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as stream:
            head = stream.read(16)
    except OSError:
        return False
    return any(head.startswith(header) for header in DATABASE_HEADERS)


def write_whole(
    out: Path,
    body: bytes,
    *,
    before_rename: Callable[[], None] | None = None,
    option: str | Text | None = None,
) -> None:
    """Write ``body`` as ``out``, replacing any file there only once all of it is on disk and
    ``before_rename`` has returned (what it raises leaves ``out`` untouched)."""
    target = check_target(out, option)
    option, field = _named(option)
    remove_leftovers(target.parent, target.name)  # of a write to this name that was killed
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with open(partial, "wb") as stream:
            stream.write(body)
            stream.flush()
            os.fsync(stream.fileno())
        if before_rename is not None:
            before_rename()
        os.replace(partial, target)
        sync_folder(target.parent)
    except OSError as error:
        raise UserError(
            translate("OutputFile", "{option}: cannot write {out} ({why})").format(
                option=option, out=out, why=error.strerror or error
            ),
            field=field,
        ) from None
    finally:
        partial.unlink(missing_ok=True)


def sync_folder(folder: Path) -> None:
    """A rename on the disk too (POSIX; Windows has no folder handle to flush)."""
    if os.name == "posix":
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
