"""How failures reach people: unexpected errors are logged and shown once, hooks are restored."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from s321_desk.ui.kit.errors import (
    LOGGER_NAME,
    UnexpectedErrorReporter,
    log_file_path,
    unexpected_errors_reported,
)


class _Emitter(QObject):
    fired = Signal()


def _raise_bug() -> None:
    raise RuntimeError("a bug in a slot")


def _close(box: QMessageBox | None, qtbot: QtBot) -> None:
    assert box is not None
    box.accept()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_reporter_logs_the_traceback_and_shows_a_dialog(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    reporter = UnexpectedErrorReporter()
    try:
        _raise_bug()
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR, logger=LOGGER_NAME):
            reporter(type(error), error, error.__traceback__)

    record = next(r for r in caplog.records if r.name == LOGGER_NAME)
    assert record.exc_info is not None
    assert "a bug in a slot" in caplog.text
    assert "_raise_bug" in caplog.text  # the traceback, not only the message
    assert reporter.dialog is not None and reporter.dialog.isVisible()
    assert "Something went wrong" in reporter.dialog.text()
    assert "_raise_bug" in reporter.dialog.detailedText()
    _close(reporter.dialog, qtbot)


def test_only_one_dialog_at_a_time(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    reporter = UnexpectedErrorReporter()
    error = RuntimeError("first")
    reporter(RuntimeError, error, None)
    first = reporter.dialog

    reporter(RuntimeError, RuntimeError("second"), None)

    assert reporter.dialog is first
    assert "second" in caplog.text  # still logged
    _close(first, qtbot)


def test_dialog_names_the_log_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = logging.FileHandler(tmp_path / "desk.log", encoding="utf-8")
    logger = logging.getLogger(LOGGER_NAME)
    # Only this handler: another test (the CLI's) may have left its log file handler here.
    monkeypatch.setattr(logger, "handlers", [handler])
    try:
        assert log_file_path(logger) == str(tmp_path / "desk.log")
        reporter = UnexpectedErrorReporter()
        reporter(RuntimeError, RuntimeError("x"), None)
        assert reporter.dialog is not None
        assert str(tmp_path / "desk.log") in reporter.dialog.informativeText()
        _close(reporter.dialog, qtbot)
    finally:
        handler.close()
    assert "RuntimeError: x" in (tmp_path / "desk.log").read_text(encoding="utf-8")


def test_no_log_file_no_path(qtbot: QtBot) -> None:
    assert log_file_path(logging.getLogger("nothing.configured.here")) is None


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_hook(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    before = sys.excepthook
    emitter = _Emitter()
    emitter.fired.connect(_raise_bug)

    with unexpected_errors_reported() as reporter:
        assert sys.excepthook is reporter
        emitter.fired.emit()

    assert sys.excepthook is before
    assert "a bug in a slot" in caplog.text
    _close(reporter.dialog, qtbot)


def test_keyboard_interrupt_goes_to_the_previous_hook() -> None:
    seen: list[type[BaseException]] = []
    reporter = UnexpectedErrorReporter(lambda t, _e, _tb: seen.append(t))

    reporter(KeyboardInterrupt, KeyboardInterrupt(), None)

    assert seen == [KeyboardInterrupt]
    assert reporter.dialog is None
