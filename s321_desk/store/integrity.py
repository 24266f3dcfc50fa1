"""When an SQLite store's quick integrity check must run again at its opening.

The check reads every page (about 3 s for a 750 MB store on a busy machine): run at every
start of the desk and every command, it would cost more than the work. So the file's state
after a passing check is remembered in this machine's data folder (``checked/``, a line per
store: the inode, size and modification time of the file and of its write-ahead log), and so
is the state a clean closing leaves it in. The record is read once as a session opens the
store and written once as it closes it: a scan's transaction never touches it.

Each open session leaves a marker beside the record (``HASH.PID.N.open``), removed at its
clean closing. A marker whose process is gone is a station killed mid-shift: its writes may
have been cut short, so the next opening runs the check (whatever the record says) and no
clean closing records the file as good until a check has passed. The check also runs when the
file is found in another state than the one recorded: changed by something other than the desk
(a copy, a tool, a failing disk), or written by a session that was killed.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from s321_desk.paths import DATA_DIR_ENV, data_dir
from s321_desk.store.leftovers import running

MARKER = "open"  # a session's marker: HASH.PID.N.open
_sessions = itertools.count(1)


def signature(path: Path) -> str:
    """The file's and its log's identity, size and last change, as one line."""
    parts = []
    for file in (path, Path(f"{path}-wal")):
        try:
            found = os.stat(file)
        except OSError:
            parts.append("-")
            continue
        if found.st_size == 0 and file != path:  # a log with nothing in it: as if none
            parts.append("-")
            continue
        parts.append(f"{found.st_ino}:{found.st_size}:{found.st_mtime_ns}")
    return " ".join(parts)


def _record(path: Path) -> Path:
    folder = _folder(os.environ.get(DATA_DIR_ENV))
    return folder / hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:32]


@functools.cache
def _folder(_data_dir_override: str | None) -> Path:
    """``checked/`` in the data folder (looked up once a process)."""
    folder = data_dir() / "checked"
    folder.mkdir(exist_ok=True)
    return folder


def known_good(path: Path) -> bool:
    """The file is in the state the desk recorded after a passing check or a clean closing."""
    try:
        return _record(path).read_text(encoding="ascii") == signature(path)
    except (OSError, UnicodeDecodeError):
        return False


def killed_sessions(path: Path) -> list[Path]:
    """The markers of sessions of ``path`` whose process is gone (killed, or crashed)."""
    try:
        record = _record(path)
        names = os.listdir(record.parent)
    except OSError:
        return []
    found = []
    for name in names:
        parts = name.split(".")
        if len(parts) == 4 and parts[0] == record.name and parts[3] == MARKER:
            if parts[1].isdigit() and not running(int(parts[1])):
                found.append(record.with_name(name))
    return found


def needs_check(path: Path) -> bool:
    """Whether the opening must run the quick check: the file is not in a recorded state, or
    a session of it was killed since."""
    return not known_good(path) or bool(killed_sessions(path))


def remember_good(path: Path, state: str | None = None) -> None:
    """``path`` (in ``state``, or as it is now) is known good; a folder that cannot be written
    only means the check runs again next time."""
    try:
        record = _record(path)
    except OSError:
        return
    partial = record.with_name(f"{record.name}.{os.getpid()}.partial")
    with contextlib.suppress(OSError):
        partial.write_text(state or signature(path), encoding="ascii")
        os.replace(partial, record)
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def checked(path: Path, state: str, killed: list[Path]) -> None:
    """The check passed on ``path`` in ``state``: recorded, and the markers of the killed
    sessions it covers removed."""
    remember_good(path, state)
    for marker in killed:
        with contextlib.suppress(OSError):
            marker.unlink()


@dataclass
class Session:
    """One opening of a store by this process, from its check to its closing."""

    path: Path
    inode: int  # the file's at the opening: another file in its place is not recorded good
    marker: Path | None
    closed: bool = False


def begin(path: Path) -> Session:
    """A session of ``path`` opened (after its check, or with the file known good): its marker
    written. A folder that cannot be written only means no closing records the file good."""
    try:
        inode = os.stat(path).st_ino
    except OSError:
        inode = -1
    try:
        record = _record(path)
        marker = record.with_name(f"{record.name}.{os.getpid()}.{next(_sessions)}.{MARKER}")
        marker.write_bytes(b"")
    except OSError:
        return Session(path=path, inode=inode, marker=None)
    return Session(path=path, inode=inode, marker=marker)


def made(session: Session) -> None:
    """The session made the file (new, created at its opening): known good as it is."""
    remember_good(session.path)
    with contextlib.suppress(OSError):
        session.inode = os.stat(session.path).st_ino


def end(engine: Engine, session: Session) -> None:
    """Close the engine's connections (the last one's closing writes the log into the file) and
    record the file good as it is now, unless a session of it was killed meanwhile (the next
    opening checks it), the file was replaced, or the marker could not be kept (no way to know
    who else wrote)."""
    engine.dispose()
    if session.closed:
        return
    session.closed = True
    if session.marker is None:
        return
    with contextlib.suppress(OSError):
        session.marker.unlink()
    if killed_sessions(session.path):
        return
    try:
        same = os.stat(session.path).st_ino == session.inode
    except OSError:
        return
    if same:
        remember_good(session.path)


def abandon(session: Session) -> None:
    """The opening failed after ``begin``: its marker removed, nothing recorded."""
    session.closed = True
    if session.marker is not None:
        with contextlib.suppress(OSError):
            session.marker.unlink()
