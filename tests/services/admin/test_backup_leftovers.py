"""A scheduled backup killed half-way leaves its copy under a hidden name in the backup folder
(the review: 179 MB of a 300 MB store, kept through the next start and the next backup, whose
name carries another time). The next scheduled check removes what a process that is gone left
there, and nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from s321_desk.services.admin.backup import backup_if_due
from s321_desk.services.admin.settings import set_setting
from s321_desk.store.database import Store
from s321_desk.store.uow import UnitOfWork


def _gone_pid() -> int:
    """The id of a process that has ended."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


def test_a_killed_scheduled_backup_leaves_nothing_after_the_next_check(
    store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    with UnitOfWork(store.engine) as uow:
        set_setting(
            uow.session, "backup_schedule", {"every_hours": 6, "keep": 3, "folder": str(folder)}
        )
        uow.commit()
    stem = store.path.stem if store.path else make_url(store.url).database
    suffix = ".sqlite3" if store.path else ".pgdump"
    start = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)
    killed = f".{stem}.backup.20261205T020000Z{suffix}.{_gone_pid()}.partial"
    leftovers = [folder / killed, folder / f"{killed}-journal"]
    for leftover in leftovers:
        leftover.write_bytes(b"half a backup" * 1000)
    running = folder / f".{stem}.backup.20261205T030000Z{suffix}.{os.getpid()}.partial"
    running.write_bytes(b"being written")
    users = [folder / ".notes.partial", folder / "notes.txt"]
    for mine in users:
        mine.write_text("the user's")

    made = backup_if_due(store, start)

    assert made is not None and made.path.exists()
    assert not any(leftover.exists() for leftover in leftovers)
    assert running.exists() and all(mine.exists() for mine in users)
    for leftover in leftovers:  # killed again: a check that finds no backup due removes it too
        leftover.write_bytes(b"half a backup")
    assert backup_if_due(store, start + timedelta(hours=1)) is None
    assert not any(leftover.exists() for leftover in leftovers)
