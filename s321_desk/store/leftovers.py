"""What a killed process leaves beside its target: a file written half-way under a hidden
name (``.NAME.PID.partial``: a backup, a copy saved before an upgrade, a paper; ``.NAME.PID
.restoring``: a restore), removed the next time, once that process is gone."""

from __future__ import annotations

import glob
import logging
import os
from pathlib import Path

LOG = logging.getLogger(__name__)
# an SQLite copy cut short leaves its journal too
SUFFIXES = ("partial", "restoring", "partial-journal", "partial-wal", "restoring-journal")


def remove_leftovers(folder: Path, prefix: str) -> list[Path]:
    """Remove ``.PREFIX*.PID.partial`` (or ``.restoring``) files in ``folder`` whose process
    is no longer running; the files removed."""
    try:
        found = list(folder.glob(f".{glob.escape(prefix)}*"))
    except OSError:
        return []
    removed = []
    for path in found:
        parts = path.name.split(".")
        if len(parts) < 4 or parts[-1] not in SUFFIXES or not parts[-2].isdigit():
            continue
        if running(int(parts[-2])):
            continue  # still being written: not a leftover
        try:
            path.unlink()
        except OSError as error:
            LOG.warning("%s: a leftover of a killed process, not removed (%s)", path, error)
            continue
        LOG.info("%s: removed, a leftover of a process that was killed", path)
        removed.append(path)
    return removed


def asked_for(path: str | os.PathLike[str]) -> str:
    """The file a hidden ``.NAME.PID.partial`` (or ``.restoring``) is written for: NAME in the
    same folder, the name its user gave; any other path as it is."""
    given = Path(path)
    parts = given.name.split(".")
    hidden = given.name.startswith(".") and len(parts) >= 4
    if hidden and parts[-1] in SUFFIXES and parts[-2].isdigit():
        return str(given.with_name(".".join(parts[1:-2])))
    return str(path)


def running(pid: int) -> bool:
    """Whether process ``pid`` is running (where there is no cheap look, it is assumed to)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no cheap look at another process: kept
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
