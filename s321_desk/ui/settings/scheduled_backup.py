"""The desk's scheduled backups: the backup_schedule setting's backup when due, in the
background, checked every ten minutes while the desk is open."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from s321_desk.ui.kit.jobs import ReadJob, ReadSignals

LOG = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 10 * 60_000
FIRST_CHECK_MS = 60_000  # a minute after the desk opens: its start is not slowed


class ScheduledBackups(QObject):
    """Asks ``backup()`` (``services.admin.backup.backup_if_due`` on the open store) whether a
    backup is due and lets it write one, on a thread of its own: the GUI thread never waits on the
    copy. ``written`` gives the backup's path; ``failed`` a sentence for the status bar."""

    written = Signal(str)
    failed = Signal(str)

    def __init__(self, backup: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backup = backup
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = ReadSignals()
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._running = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check_now)
        self._timer.start(CHECK_INTERVAL_MS)
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check_now)

    def check_now(self) -> None:
        if self._running or self._closed:
            return
        self._running = True
        self._pool.start(ReadJob(self._backup, self._signals))

    def shutdown(self) -> None:
        """Before the store is disposed: no new check, the one running finished."""
        self._closed = True
        self._timer.stop()
        self._pool.waitForDone()

    def _on_done(self, made: Any) -> None:
        self._running = False
        path = getattr(made, "path", None)
        if isinstance(path, Path):
            LOG.info("Scheduled backup written: %s", path)
            self.written.emit(str(path))

    def _on_failed(self, error: BaseException) -> None:
        self._running = False
        LOG.error("Scheduled backup failed: %s", getattr(error, "english", error))
        self.failed.emit(str(error))
