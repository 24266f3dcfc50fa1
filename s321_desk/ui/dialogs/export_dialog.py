"""Exporting from the desk (File > Export...): a sealed load's e-manifest, a month's drawback
report or a US day's records, written in a background job (the window never waits on it).

The files are the command line's (``s321-desk export ...``), written whole and audited by the
same services; they stay in English whatever the desk's language (they are for a carrier's
tool, a broker and the records), only this dialog speaks French.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from s321_desk.services.files.daily_records import export_records
from s321_desk.services.files.drawback import export_drawback
from s321_desk.services.filing.emanifest import export_emanifest
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.jobs import Job
from s321_desk.ui.kit.labels import plain_label
from s321_desk.ui.kit.style import base_font

KINDS = ("emanifest", "drawback", "records")
FORMATS = ("csv", "json")


class ExportDialog(QDialog):
    """Choose what to export and where; the result or the refusal is said in the dialog."""

    exported = Signal(object)  # what the service wrote (emanifest/drawback/records Exported)
    refused = Signal(str)  # the one-line reason

    def __init__(
        self, store: StoreHandle, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today or date.today()
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setFont(base_font(self.font()))
        font = self.font()
        self.kind_box = QComboBox()
        for text in (
            self.tr("E-manifest of a sealed load (carrier, broker)"),
            self.tr("Drawback report of a month (Canadian broker)"),
            self.tr("Records of a US day (compliance)"),
        ):
            self.kind_box.addItem(text)
        self.reference = QLineEdit()
        self.format_box = QComboBox()
        self.format_box.addItems([name.upper() for name in FORMATS])  # the same in French
        self.result_label = plain_label("", font, wrap=True)
        self.export_button = QPushButton(self.tr("Export to a file..."))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_file)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind_box)
        self.reference_label = plain_label("", font)
        form.addRow(self.reference_label, self.reference)
        form.addRow(self.tr("Format"), self.format_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    @property
    def kind(self) -> str:
        return KINDS[self.kind_box.currentIndex()]

    @property
    def fmt(self) -> str:
        return FORMATS[self.format_box.currentIndex()]

    def _kind_changed(self) -> None:
        kind = self.kind
        if kind == "emanifest":
            self.reference_label.setText(self.tr("Trip number"))
            self.reference.setPlaceholderText(self.tr("e.g. ABCD000001"))
            self.reference.setText("")
        elif kind == "drawback":
            self.reference_label.setText(self.tr("Month (YYYY-MM)"))
            self.reference.setPlaceholderText("")
            self.reference.setText(self._today.strftime("%Y-%m"))
        else:
            self.reference_label.setText(self.tr("US day (YYYY-MM-DD)"))
            self.reference.setPlaceholderText("")
            self.reference.setText(self._today.isoformat())
        self.result_label.setText("")

    def suggested_name(self) -> str:
        reference = self.reference.text().strip() or "export"
        extension = "zip" if self.kind == "records" and self.fmt == "csv" else self.fmt
        return f"{self.kind}-{reference}.{extension}"

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.suggested_name())
        if name:
            self.export_to(Path(name))

    def export_to(self, out: Path) -> Job:
        """Write the chosen export to ``out`` in a background job."""
        store, kind, reference, fmt = self._store, self.kind, self.reference.text(), self.fmt

        def work(_progress: Any) -> Any:
            # One unit of work: the records read and the audit line that counts them.
            with one_action(store.engine, immediate=True) as uow:
                if kind == "emanifest":
                    return export_emanifest(uow, reference.strip(), out, fmt=fmt)
                if kind == "drawback":
                    return export_drawback(uow, reference, out, fmt=fmt)
                return export_records(uow, reference, out, fmt=fmt)

        self.export_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Writing {file}...").format(file=out))
        job = Job(work)
        job.signals.succeeded.connect(lambda result: self._on_exported(out, result))
        job.signals.failed.connect(self._on_failed)
        job.signals.ended.connect(lambda: self.export_button.setEnabled(True))
        self.job = job
        return job.start()

    def _on_exported(self, out: Path, result: Any) -> None:
        self.result_label.setText(
            self.tr("Written: {file} ({size} bytes)").format(file=out, size=f"{result.bytes:,}")
        )
        self.exported.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self.result_label.setStyleSheet("color: #b00020; font-weight: bold")
        if isinstance(error, UserError | OSError):
            self.result_label.setText(self.tr("Not exported: {reason}").format(reason=error))
            self.refused.emit(str(error))
        else:
            self.result_label.setText(self.tr("Something went wrong; nothing was exported."))
            sys.excepthook(type(error), error, error.__traceback__)
