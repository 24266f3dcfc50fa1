"""The trips the history finds (by trip number, seal or date): each one's head, and its papers
printed again, identical to the first print (the same data gives the same bytes), and its
filings written again."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import Engine

from s321_desk.domain.codes import LoadStatus
from s321_desk.services.loads.trips import LoadSummary
from s321_desk.ui.kit.jobs import Job
from s321_desk.ui.kit.labels import plain_label, sized_font
from s321_desk.ui.loads.models import LoadTableModel, button, table_of
from s321_desk.ui.loads.papers import FILINGS, PaperDesk, paper_title

RED, WHITE = "#b00020", "#ffffff"


class TripPanel(QWidget):
    """Found trips and the selected one's papers; hidden while no trip was found."""

    job_succeeded = Signal(str, object)  # title, what was written (the main window prints)

    def __init__(
        self,
        engine: Engine,
        zone: tzinfo | None,
        papers_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self.model = LoadTableModel(self, zone)
        self.table = table_of(self.model, self, sorted_first=False)
        self.table.setMaximumHeight(150)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.title = plain_label("", sized_font(self.font(), 14, bold=True))  # one line
        self.message = plain_label("", self.font(), wrap=True)
        self.papers = PaperDesk(engine, papers_folder, self, self.say)
        self.papers.job_succeeded.connect(self.job_succeeded.emit)
        self.buttons = {
            paper: self._paper_button(paper) for paper in ("lead-sheet", "manifest", "driver-pack")
        }
        self.export_button = QPushButton(self.tr("Filings..."))
        menu = QMenu(self.export_button)
        for paper in ("e-manifest", *FILINGS):
            action = menu.addAction(paper_title(paper) + "...")
            action.triggered.connect(lambda _=False, p=paper: self.ask_file(p))
        self.export_button.setMenu(menu)
        row = QHBoxLayout()  # the papers under the trip's line, which has the window's width
        for widget in (*self.buttons.values(), self.export_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            plain_label(self.tr("Trips found"), sized_font(self.font(), 14, bold=True))
        )
        layout.addWidget(self.table)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.selected: LoadSummary | None = None
        self.show_trips([])

    def _paper_button(self, paper: str) -> QPushButton:
        return button(paper_title(paper) + "...", lambda: self.ask_file(paper))

    def show_trips(self, trips: list[LoadSummary]) -> None:
        self.model.set_rows(trips)
        self.setVisible(bool(trips))
        self.selected = None
        self._show(None)
        if trips:
            self.table.selectRow(0)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            source = self.table.model().mapToSource(current)  # type: ignore[attr-defined]
            self._show(self.model.row_at(source.row()))

    def _show(self, trip: LoadSummary | None) -> None:
        self.selected = trip
        if trip is None:
            self.title.setText("")
        elif trip.status == LoadStatus.SEALED:
            self.title.setText(
                self.tr("Trip {trip}, sealed {seal}, US day {day}: its papers again").format(
                    trip=trip.trip_number, seal=trip.seal, day=trip.us_day
                )
            )
        else:
            self.title.setText(
                self.tr("Trip {trip}, open, US day {day}").format(
                    trip=trip.trip_number, day=trip.us_day
                )
            )
        sealed = trip is not None and trip.status == LoadStatus.SEALED
        for paper, widget in self.buttons.items():
            widget.setEnabled(trip is not None and (sealed or paper != "driver-pack"))
        self.export_button.setEnabled(sealed)

    def ask_file(self, paper: str) -> Job | None:
        if self.selected is None:
            return None
        return self.papers.ask_file(self.selected.trip_number, paper)

    def write(self, paper: str, path: Path) -> Job:
        assert self.selected is not None
        return self.papers.write(self.selected.trip_number, paper, path)

    def say(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"background: {colour}; color: {WHITE}" if colour == RED else "")
        self.message.setText(text)
