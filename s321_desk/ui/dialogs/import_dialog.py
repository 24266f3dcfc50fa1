"""Importing an orders or catalog file from the desk: a progress bar, Cancel, the result or the
file's problems (each ``FILE:LINE: column: reason``) in a list one can scroll and copy.

The import runs in a ``Job`` (ui/kit/jobs.py) on a pool thread. The services import a file in one
transaction and hear a cancel through their ``progress`` callback, so a cancelled or refused
import leaves the store exactly as it was.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel.errors import ImportRefused, UserError, store_busy
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.ui.kit.jobs import Job, Progress
from s321_desk.ui.kit.labels import plain_label, sized_font
from s321_desk.ui.kit.style import base_font
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP

# In English; shown in the desk's language (``ImportDialog.what``).
KINDS = {
    "orders": QT_TRANSLATE_NOOP("ImportDialog", "orders"),
    "catalog": QT_TRANSLATE_NOOP("ImportDialog", "catalog (SKU master)"),
}
# The names of a summary's figures (``as_dict``'s keys), in English; shown in the desk's language.
SUMMARY_NAMES = {
    "orders": QT_TRANSLATE_NOOP("ImportSummary", "orders"),
    "lines": QT_TRANSLATE_NOOP("ImportSummary", "lines"),
    "already_present": QT_TRANSLATE_NOOP("ImportSummary", "already present"),
    "unknown_sku": QT_TRANSLATE_NOOP("ImportSummary", "unknown sku"),
    "cancelled": QT_TRANSLATE_NOOP("ImportSummary", "cancelled"),
    "not_shipped": QT_TRANSLATE_NOOP("ImportSummary", "not shipped"),
    "no_line_to_ship": QT_TRANSLATE_NOOP("ImportSummary", "no line to ship"),
    "not_us_destination": QT_TRANSLATE_NOOP("ImportSummary", "outside the US customs territory"),
    "matched_by_title": QT_TRANSLATE_NOOP("ImportSummary", "matched by product title"),
    "lines_matched": QT_TRANSLATE_NOOP("ImportSummary", "order lines matched by title"),
    "format": QT_TRANSLATE_NOOP("ImportSummary", "format"),
    "file": QT_TRANSLATE_NOOP("ImportSummary", "file"),
    "products": QT_TRANSLATE_NOOP("ImportSummary", "products"),
    "updated": QT_TRANSLATE_NOOP("ImportSummary", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("ImportSummary", "unchanged"),
    "unclassified": QT_TRANSLATE_NOOP("ImportSummary", "unclassified"),
}
RED = "#b00020"


class ImportDialog(QDialog):
    """``ImportDialog(store, "orders"|"catalog", parent)``; ``start(path)`` imports a file
    (``choose_file()`` asks for it first). Modeless: the desk keeps working meanwhile."""

    imported = Signal(object)  # the service's summary (OrdersSummary or CatalogSummary)
    refused = Signal(list)  # the problems, one text each
    cancelled = Signal()

    def __init__(self, store: StoreHandle, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"kind {kind!r}: not one of {', '.join(KINDS)}")
        self._engine = store.engine
        self.kind = kind
        self.job: Job | None = None
        self.path: Path | None = None
        self.outcome = ""  # imported | refused | cancelled | failed, once ended
        self._close_when_ended = False
        self.what = QCoreApplication.translate("ImportDialog", KINDS[kind])
        self.setWindowTitle(self.tr("Import {what}").format(what=self.what))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setFont(base_font(self.font()))
        self._build()

    def _build(self) -> None:
        heading = sized_font(self.font(), 14, bold=True)
        self.file_label = plain_label(
            self.tr("Choose the {what} CSV file to import.").format(what=self.what),
            heading,
            wrap=True,
        )
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_label = plain_label("", self.font(), wrap=True)
        self.result_label = plain_label("", sized_font(self.font(), 14, bold=True), wrap=True)
        self.problems_view = QPlainTextEdit()
        self.problems_view.setReadOnly(True)  # selectable, copyable, never edited
        self.problems_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems_view.setPlaceholderText(
            self.tr("The file's problems, if any, are listed here.")
        )
        self.choose_button = QPushButton(self.tr("C&hoose file..."))
        self.choose_button.clicked.connect(self.choose_file)
        self.copy_button = QPushButton(self.tr("C&opy list"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_problems)
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.choose_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problems_view, 1)
        layout.addLayout(buttons)
        self.resize(900, 480)

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done.is_set()

    def choose_file(self) -> None:
        """Ask for the file (the platform's dialog), then import it."""
        if self.running:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import {what}").format(what=self.what),
            str(self.path.parent if self.path else Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if name:
            self.start(Path(name))

    def start(self, path: Path) -> Job:
        """Import ``path`` in the background; the dialog shows how far, then what came of it."""
        if self.running:
            raise RuntimeError("an import is already running in this dialog")
        self.path, self.outcome = path, ""
        importing = self.tr("Importing {what} from {path}")
        self.file_label.setText(importing.format(what=self.what, path=path))
        self.result_label.setText("")
        self.result_label.setStyleSheet("")
        self.problems_view.setPlainText("")
        self.copy_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setRange(0, 0)  # busy until the file's rows are counted
        # The store's engine, not a unit of work: the import reads its settings, then the
        # file with no transaction open (a PostgreSQL server ends one idle for 15 s, and
        # SQLite's write lock would stop the stations), then writes in one of its own.
        engine, service = self._engine, import_orders if self.kind == "orders" else import_catalog

        def work(progress: Progress) -> Any:
            return service(engine, path, progress=progress)

        job = Job(work)
        job.signals.progressed.connect(self._on_progress)
        job.signals.succeeded.connect(self._on_imported)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        job.signals.ended.connect(self._on_ended)
        self.job = job
        return job.start()

    def cancel(self) -> None:
        if self.running and self.job is not None:
            self.progress_label.setText(self.tr("Cancelling: nothing of this file is kept..."))
            self.cancel_button.setEnabled(False)
            self.job.cancel()

    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText(self.problems_view.toPlainText())
        self.progress_label.setText(self.tr("The list is on the clipboard."))

    def problems(self) -> list[str]:
        text = self.problems_view.toPlainText()
        return text.splitlines() if text else []

    # -- what the job says ------------------------------------------------------------------

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total <= 0:
            self.progress_bar.setRange(0, 0)
        else:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        self.progress_label.setText(text)

    def _on_imported(self, summary: Any) -> None:
        self.outcome = "imported"
        self._finish_bar(full=True)
        self.result_label.setText(summary.sentence())
        figure = self.tr("{name}: {value}")
        self.problems_view.setPlainText(
            "\n".join(
                figure.format(name=_summary_name(key), value=_summary_value(value))
                for key, value in summary.as_dict().items()
            )
        )
        self.progress_label.setText(self.tr("Done."))
        self.imported.emit(summary)

    def _on_failed(self, error: BaseException) -> None:
        self.outcome = "failed"
        self._finish_bar(full=False)
        if isinstance(error, ImportRefused):
            self.outcome = "refused"
            count = len(error.problems)
            refused = (
                self.tr("Refused: {count} problem in {path}; nothing was imported.")
                if count == 1
                else self.tr(
                    "Refused: {count} problems in {path}; nothing was imported.", "", count
                )
            )
            self._show_problem(refused.format(count=f"{count:,}", path=error.path), error.problems)
            self.refused.emit(list(error.problems))
        elif isinstance(error, UserError | OSError):
            self.outcome = "refused"
            self._show_problem(self.tr("Refused; nothing was imported."), [str(error)])
            self.refused.emit([str(error)])
        elif isinstance(error, OperationalError) and store_busy(error):
            self._show_problem(
                self.tr(
                    "The database is busy or cannot be written; nothing was "
                    "imported. Try again in a moment."
                ),
                [str(error.orig)],
            )
        else:
            self._show_problem(self.tr("Something went wrong; nothing was imported."), [])
            sys.excepthook(type(error), error, error.__traceback__)

    def _on_cancelled(self) -> None:
        self.outcome = "cancelled"
        self._finish_bar(full=False)
        self.result_label.setText(self.tr("Cancelled: nothing of this file was imported."))
        self.progress_label.setText("")
        self.cancelled.emit()

    def _on_ended(self) -> None:
        if self._close_when_ended:
            self._close_when_ended = False
            super().reject()
        self.cancel_button.setEnabled(False)
        self.choose_button.setEnabled(True)
        self.close_button.setFocus()

    def _finish_bar(self, *, full: bool) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1 if full else 0)

    def _show_problem(self, headline: str, problems: list[str]) -> None:
        self.result_label.setStyleSheet(f"color: {RED}")
        self.result_label.setText(headline)
        self.problems_view.setPlainText("\n".join(problems))
        self.copy_button.setEnabled(bool(problems))
        self.progress_label.setText("")

    # -- closing: a running import is cancelled first ---------------------------------------

    def reject(self) -> None:
        if self.running:
            self._close_when_ended = True  # once the import has stopped, nothing of it kept
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self._close_when_ended = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)


def _summary_value(value: object) -> object:
    """A figure as the list shows it: counts by place as ``CA 37, JP 9`` (0 for none)."""
    if isinstance(value, dict):
        ranked = sorted(value.items(), key=lambda item: (-item[1], item[0]))
        return ", ".join(f"{key} {count}" for key, count in ranked) or 0
    return value


def _summary_name(key: str) -> str:
    """``already_present`` -> ``already present``, in the desk's language."""
    name = SUMMARY_NAMES.get(key)
    return QCoreApplication.translate("ImportSummary", name) if name else key.replace("_", " ")
