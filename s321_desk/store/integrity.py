"""When an SQLite store's quick integrity check must run again at its opening.

The check reads every page (about 3 s for a 750 MB store on a busy machine): run at every
start of the desk and every command, it would cost more than the work. So the file's state
after a passing check is remembered in this machine's data folder (``checked/``, a line per
store: the inode, size and modification time of the file and of its write-ahead log), and so
is the state each of the desk's own writes leaves it in, when the file was known good as that
write began (its transaction holds SQLite's lock: nobody else wrote meanwhile), and the state
the last connection's closing leaves it in. The check runs again when the file is found in another
state: changed by something other than the desk (a copy, a tool, a failing disk), or after
a station was killed mid-write.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from s321_desk.paths import DATA_DIR_ENV, data_dir


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
    """``checked/`` in the data folder (looked up once: every transaction reads a record)."""
    folder = data_dir() / "checked"
    folder.mkdir(exist_ok=True)
    return folder


def known_good(path: Path) -> bool:
    """The file is in a state the desk left it in after a passing check."""
    try:
        return _record(path).read_text(encoding="ascii") == signature(path)
    except (OSError, UnicodeDecodeError):
        return False


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


def watch(engine: Engine, path: Path) -> None:
    """Keep the record following the desk's own writes on ``engine``: a transaction that began
    with the file known good leaves it known good."""

    @event.listens_for(engine, "begin")
    def _began(connection: Any) -> None:  # after the engine's own BEGIN (store/engine.py)
        connection.connection.info["s321_known_good"] = known_good(path)

    @event.listens_for(engine, "checkin")
    def _ended(_dbapi_connection: Any, record: Any) -> None:  # once committed or rolled back
        if record.info.pop("s321_known_good", False) and not known_good(path):
            remember_good(path)


def dispose(engine: Engine, path: Path) -> None:
    """Close the engine's connections; the last one's closing writes the log into the file:
    that state is known good too when the file was before it."""
    good = known_good(path)
    engine.dispose()
    if good:
        remember_good(path)
