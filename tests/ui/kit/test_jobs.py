"""Background jobs on a real thread pool: progress reaches the GUI, cancel stops the work,
failures come back as the exception, the event loop keeps turning while the work runs."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from s321_desk.services.kernel.errors import UserError
from s321_desk.ui.kit.jobs import Cancelled, Job, JobProgressDialog, Progress


def counting(total: int, pause_s: float = 0.0):  # type: ignore[no-untyped-def]
    def work(progress: Progress) -> int:
        for done in range(1, total + 1):
            time.sleep(pause_s)
            progress(done, total, f"parcel {done}")
        return total

    return work


def test_result_and_last_progress_reach_the_gui(qtbot: QtBot) -> None:
    job = Job(counting(500))
    seen: list[tuple[int, int, str]] = []
    job.signals.progressed.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(job.signals.succeeded, timeout=5000) as result:
        job.start()
    assert result.args == [500]
    assert seen[-1] == (500, 500, "parcel 500")  # the end is always said
    assert len(seen) < 500  # throttled: the GUI is not flooded


def test_cancel_stops_the_work_and_says_so(qtbot: QtBot) -> None:
    started = threading.Event()
    reached: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        for done in range(10_000):
            time.sleep(0.001)
            reached.append(done)
            progress(done, 10_000)

    job = Job(work)
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        job.start()
        started.wait(2)
        job.cancel()
    assert job.wait(2)
    assert len(reached) < 10_000


def test_failure_comes_back_as_the_exception(qtbot: QtBot) -> None:
    def work(progress: Progress) -> None:
        raise UserError("load T1: not sealed")

    job = Job(work)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as failed:
        job.start()
    assert isinstance(failed.args[0], UserError)
    assert str(failed.args[0]) == "load T1: not sealed"


def test_progress_raises_once_cancelled() -> None:
    progress = Progress()
    progress(1, 2)
    progress.cancel()
    with pytest.raises(Cancelled):
        progress(2, 2)


def test_dialog_cancel_button_cancels_and_closes(qtbot: QtBot) -> None:
    job = Job(counting(100_000, 0.0005))
    dialog = JobProgressDialog(job, "Printing the driver pack")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(job.signals.progressed, timeout=5000):
        job.start()
    dialog.show()
    with qtbot.waitSignal(job.signals.ended, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert dialog.labelText() == "Cancelling..."
    assert QThreadPool.globalInstance().waitForDone(2000)
