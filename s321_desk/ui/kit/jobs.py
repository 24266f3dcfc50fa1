"""Long work (batch printing, imports, exports) in a QThreadPool job: progress, cancel, failure.

The work is a plain function of a ``Progress``; it calls ``progress(done, total, text)`` as it
goes, which raises ``Cancelled`` once the user has cancelled. The GUI thread never waits on it:
it hears ``progressed``, ``succeeded``, ``failed`` or ``cancelled`` as queued signals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

LOG = logging.getLogger(__name__)
# Progress reaches the GUI at most this often: a 5,000-parcel job does not flood the event loop.
PROGRESS_INTERVAL_S = 0.05


class Cancelled(Exception):
    """The user cancelled the job; the work stops where it is and leaves nothing half-written."""


class Progress:
    """Handed to the work function; thread-safe. ``cancel`` may be called from any thread."""

    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        """Say how far the work is; raises ``Cancelled`` if the user cancelled."""
        if self._cancelled.is_set():
            raise Cancelled
        now = time.monotonic()
        if self._report is not None and (done >= total or now - self._last >= PROGRESS_INTERVAL_S):
            self._last = now
            self._report(done, total, text)


class JobSignals(QObject):
    progressed = Signal(int, int, str)  # done, total, what is being done
    succeeded = Signal(object)  # the work function's result
    failed = Signal(object)  # the exception: a UserError/OSError to say, or a bug to report
    cancelled = Signal()
    ended = Signal()  # after any of the three above


class Job(QRunnable):
    """``Job(work)``: ``work(progress)`` runs on a pool thread; keep a reference to the job."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the GUI keeps the job (and its signals) while it runs
        self.signals = JobSignals()
        self.progress = Progress(self.signals.progressed.emit)
        self._work = work
        self.done = threading.Event()

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # handed to the GUI thread, which reports it
            LOG.info("job failed: %s", error, exc_info=True)
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done.set()
            self.signals.ended.emit()

    def start(self, pool: QThreadPool | None = None) -> Job:
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def wait(self, timeout_s: float | None = None) -> bool:
        """For shutdown and tests: block until the work has ended (True) or the time is up."""
        return self.done.wait(timeout_s)


class ReadSignals(QObject):
    """How a view's readings report to the GUI thread (queued: the view lives there)."""

    done = Signal(object)  # what the reading returned
    failed = Signal(object)  # the exception: the view decides whether to say it or report it


class ReadJob(QRunnable):
    """One reading of the store for a view, off the GUI thread, on the view's own pool; many
    readings share the view's ``ReadSignals`` (no progress, no cancel: a reading is short)."""

    def __init__(self, read: Callable[[], Any], signals: ReadSignals) -> None:
        super().__init__()
        self._read, self._signals = read, signals

    def run(self) -> None:
        try:
            result = self._read()
        except Exception as error:  # said or reported on the GUI thread
            self._signals.failed.emit(error)
            return
        self._signals.done.emit(result)


class JobProgressDialog(QProgressDialog):
    """A window-modeless progress dialog for a job: the rest of the window keeps working
    (the scan field included); Cancel (or Esc) cancels the job; it closes itself at the end."""

    def __init__(self, job: Job, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, self.tr("&Cancel"), 0, 0, parent)
        self.job = job
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.canceled.connect(self._cancel)
        job.signals.progressed.connect(self._show_progress)
        job.signals.ended.connect(self.close)

    def _show_progress(self, done: int, total: int, text: str) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1)))
        if text:
            self.setLabelText(text)

    def _cancel(self) -> None:
        self.setLabelText(self.tr("Cancelling..."))
        self.job.cancel()
