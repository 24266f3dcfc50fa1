"""What people see when something fails: the environment (a message) or a bug (logged, reported)."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

LOGGER_NAME = "s321_desk"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def show_store_error(message: str, parent: QWidget | None = None) -> None:
    """Tell the user the database cannot be opened (the message names the file); waits for OK."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "s321-desk cannot open its database"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors",
            "Check that this is the right file and that this computer may read and change it. "
            "If the problem stays, tell your administrator.",
        )
    )
    box.exec()


def log_file_path(logger: logging.Logger) -> str | None:
    """The file the logger (or a logger above it) writes to, if any."""
    current: logging.Logger | None = logger
    while current is not None:
        for handler in current.handlers:
            if isinstance(handler, logging.FileHandler) and handler.baseFilename != os.devnull:
                return handler.baseFilename
        current = current.parent if current.propagate else None
    return None


class UnexpectedErrorReporter:
    """A ``sys.excepthook``: logs the traceback and shows one short dialog at a time.

    PySide6 only prints an exception raised in a slot and carries on, so without this hook a
    bug would go unseen at a packing station.
    """

    def __init__(self, previous: ExceptHook | None = None) -> None:
        self._previous = previous
        self._logger = logging.getLogger(LOGGER_NAME)
        self.dialog: QMessageBox | None = None

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt) and self._previous is not None:
            self._previous(exc_type, exc, tb)
            return
        self._logger.error("Unexpected error", exc_info=(exc_type, exc, tb))
        if self._can_show_dialog():
            self.dialog = self._make_dialog(exc_type, exc, tb)
            self.dialog.open()

    def report_and_wait(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """Log and show the dialog, waiting for OK: for failures before the event loop runs."""
        self._logger.error("Unexpected error", exc_info=(exc_type, exc, tb))
        self._make_dialog(exc_type, exc, tb).exec()

    def _can_show_dialog(self) -> bool:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return False  # a dialog can only be shown from the GUI thread; the log has it
        return (
            self.dialog is None
            or not shiboken6.isValid(self.dialog)
            or not (self.dialog.isVisible())
        )

    def _make_dialog(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> QMessageBox:
        log_file = log_file_path(self._logger)
        if log_file:
            tell = QCoreApplication.translate(
                "Errors", "The details were written to {file}. Please tell your administrator."
            ).format(file=log_file)
        else:
            tell = QCoreApplication.translate("Errors", "Please tell your administrator.")
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Errors", "s321-desk: something went wrong"),
            QCoreApplication.translate(
                "Errors",
                "Something went wrong inside s321-desk. What you just did may not have been saved.",
            ),
            QMessageBox.StandardButton.Ok,
        )
        # No parent: a parent window can be destroyed while the dialog is up (taking the
        # dialog with it); application-modal blocks the whole desk just the same.
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(tell)
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        return box


@contextmanager
def unexpected_errors_reported() -> Iterator[UnexpectedErrorReporter]:
    """Install an ``UnexpectedErrorReporter`` as ``sys.excepthook`` for the ``with`` block."""
    previous = sys.excepthook
    reporter = UnexpectedErrorReporter(previous)
    sys.excepthook = reporter
    try:
        yield reporter
    finally:
        sys.excepthook = previous
