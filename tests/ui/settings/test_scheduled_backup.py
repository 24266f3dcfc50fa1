"""The desk writes the scheduled backup in the background and says so; a failure is said too."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from s321_desk.app import build_main_window
from s321_desk.services.admin.settings import set_setting
from s321_desk.store.database import Store
from s321_desk.store.uow import UnitOfWork


def _schedule(store: Store, folder: Path) -> None:
    with UnitOfWork(store.engine) as uow:
        set_setting(
            uow.session, "backup_schedule", {"every_hours": 24, "keep": 7, "folder": str(folder)}
        )
        uow.commit()


def test_a_due_backup_is_written_in_the_background_and_said(
    qtbot: QtBot, ui_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    _schedule(ui_store, folder)
    window = build_main_window(ui_store)
    qtbot.addWidget(window)
    assert window.backups is not None
    with qtbot.waitSignal(window.backups.written, timeout=20_000) as written:
        window.backups.check_now()
    path = Path(written.args[0])
    assert path.parent == folder and path.exists() and ".backup." in path.name
    assert window.statusBar().currentMessage() == f"Backup written: {path}"
    window.backups.check_now()  # the next check: not due, nothing more
    window.backups.shutdown()
    assert list(folder.iterdir()) == [path]


def test_a_failed_backup_is_said_loudly(qtbot: QtBot, ui_store: Store, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    _schedule(ui_store, blocked / "backups")
    window = build_main_window(ui_store)
    qtbot.addWidget(window)
    assert window.backups is not None
    with qtbot.waitSignal(window.backups.failed, timeout=20_000):
        window.backups.check_now()
    said = window.statusBar().currentMessage()
    assert said.startswith("BACKUP FAILED: backup folder") and "cannot create it" in said
