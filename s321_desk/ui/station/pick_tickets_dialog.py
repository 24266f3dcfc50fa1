"""Printing a wave's pick tickets from the desk: a day's orders, this station's share, or a list.

The tickets are made in the background (``services.packing.pick_tickets``) into papers/ in the data
folder; the window then shows them in the preview, or sends them to the station's document
printer, as it does every paper.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from s321_desk.services.packing.pick_tickets import print_pick_tickets
from s321_desk.services.papers.to_file import Printed
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.jobs import Job


class PickTicketsDialog(QDialog):
    """Which wave: the day (and this station's share of it), or the orders typed or scanned."""

    printed = Signal(object)  # the Printed tickets
    failed = Signal(str)

    def __init__(
        self, engine: Engine, station: str, papers: Path, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._engine, self._station, self._papers = engine, station, papers
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Print pick tickets"))
        self.day_button = QRadioButton(self.tr("The &day's orders"))
        self.station_button = QRadioButton(self.tr("This &station's share of the day's orders"))
        self.list_button = QRadioButton(self.tr("&These orders:"))
        self.day_button.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.day_button, self.station_button, self.list_button):
            group.addButton(button)
        self.day_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.orders_edit = QLineEdit()
        self.orders_edit.setPlaceholderText(self.tr("#1158 #1176 (spaces or commas between)"))
        self.orders_edit.textEdited.connect(lambda _text: self.list_button.setChecked(True))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Da&y:"), self.day_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        for widget in (self.day_button, self.station_button, self.list_button, self.orders_edit):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def wave(self) -> dict[str, object]:
        """The wave chosen, as ``print_pick_tickets`` takes it."""
        if self.list_button.isChecked():
            return {"orders": self.orders_edit.text().replace(",", " ").split()}
        shown = self.day_edit.date()
        day = date(shown.year(), shown.month(), shown.day())
        if self.station_button.isChecked():
            return {"day": day, "station": self._station}
        return {"day": day}

    def start(self) -> None:
        """Make the tickets in the background; the dialog closes when they are written."""
        wave = self.wave()
        name = f"pick-tickets-{date.today().isoformat()}-{id(self) % 10_000:04d}.pdf"

        def work(_progress: object) -> Printed:
            self._papers.mkdir(parents=True, exist_ok=True)
            with one_action(
                self._engine, immediate=True
            ) as uow:  # the wave read, its print audited
                return print_pick_tickets(uow, self._papers / name, **wave)  # type: ignore[arg-type]

        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Making the pick tickets..."))
        self.job = Job(work)
        self.job.signals.succeeded.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _done(self, printed: Printed) -> None:
        self.printed.emit(printed)
        self.accept()

    def _failed(self, error: object) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(self.tr("NOT PRINTED: {error}").format(error=error))
        self.failed.emit(str(error))
