"""The loads view's parts: its tables (the trips of the day, the parcels on a truck or missing
from it), the new-trip form, and how it reads the store and writes papers in the background."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from sqlalchemy import Engine

from s321_desk.domain.codes import LoadStatus, ParcelStatus
from s321_desk.services.admin.ports import ports
from s321_desk.services.admin.settings import all_settings
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.trips import (
    LoadParcel,
    LoadSummary,
    LoadView,
    create_load,
    next_trip_number,
)
from s321_desk.services.packing.station import next_truck
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.formatting import format_count, format_local_time, format_money
from s321_desk.ui.kit.jobs import Progress
from s321_desk.ui.kit.labels import plain_label
from s321_desk.ui.kit.table_model import (
    SORT_ROLE,
    Column,
    ColumnFitter,
    RowTableModel,
    read_only_table,
)
from s321_desk.ui.kit.words import desk_locale, short_day
from s321_desk.ui.loads.crew_widgets import CrewPickers

START_PAUSE_S = 0.15  # a background paper starts after the GUI has repainted (after_the_gui)
RED, AMBER, GREEN, WHITE, BLACK = "#b00020", "#ffb300", "#1b5e20", "#ffffff", "#000000"

SEALED_BACKGROUND = QColor("#c8e6c9")  # green: closed, nothing more goes on
WAITING_BACKGROUND = QColor("#fff59d")  # yellow: a supervisor decides before the seal
HELD_BACKGROUND = QColor("#ffcdd2")  # red: held, not coming until released


def load_status(load: LoadSummary) -> str:
    """The trip's state in words: open or sealed, and what still stops the seal."""
    if load.status == LoadStatus.SEALED:
        if load.seal:
            return QCoreApplication.translate("LoadModels", "sealed {seal}").format(seal=load.seal)
        return QCoreApplication.translate("LoadModels", "sealed")
    if load.needing_decision:  # open, not sealable yet
        return QCoreApplication.translate("LoadModels", "{count} to decide").format(
            count=load.needing_decision
        )
    return QCoreApplication.translate("LoadModels", "open")


def parcel_state(parcel: LoadParcel) -> str:
    if parcel.status == ParcelStatus.HELD:
        return QCoreApplication.translate("LoadModels", "HELD")
    if parcel.needs_decision:
        return QCoreApplication.translate("LoadModels", "needs a decision")
    return (
        QCoreApplication.translate("LoadModels", "on the truck")
        if parcel.status == ParcelStatus.LOADED
        else QCoreApplication.translate("LoadModels", "packed")
    )


def _weight(parcel: LoadParcel) -> str:
    return "" if parcel.weight_g is None else f"{parcel.weight_g / 1000:.3f} kg"


def _value(parcel: LoadParcel) -> str:
    return "" if parcel.value_usd_cents is None else format_money(parcel.value_usd_cents, "USD")


def _trip_tip(load: LoadSummary) -> str:
    plates = " / ".join(p for p in (load.tractor_plate, load.trailer_plate) if p)
    return QCoreApplication.translate(
        "LoadModels", "{trip}: driver {driver}, plates {plates}"
    ).format(trip=load.trip_number, driver=load.driver or "?", plates=plates or "?")


def _arrival(local: datetime) -> str:
    """``Tue 17 10:00``: the day of the week and of the month, the time."""
    return f"{short_day(local)} {local:%d %H:%M}"


def _place(parcel: LoadParcel) -> str:
    return f"{parcel.city}, {parcel.state}" if parcel.state else parcel.city


class LoadTableModel(RowTableModel[LoadSummary]):
    """Today's and the open trips: trip, port, arrival (in the warehouse's zone), state."""

    def __init__(self, parent: QObject | None = None, zone: tzinfo | None = None) -> None:
        arrival_tip = self.tr("{arrival}, US day {day} at {port}")
        columns: list[Column[LoadSummary]] = [
            Column(self.tr("Trip"), lambda r: r.trip_number, tooltip=_trip_tip),
            Column(self.tr("Port"), lambda r: r.port, tooltip=lambda r: f"{r.port} {r.port_name}"),
            Column(
                self.tr("Arrival"),  # the day and the time: the list is of today's and open trips
                lambda r: _arrival(r.planned_arrival.astimezone(zone)),
                sort=lambda r: r.planned_arrival.timestamp(),
                tooltip=lambda r: arrival_tip.format(
                    arrival=format_local_time(r.planned_arrival, zone),
                    day=r.us_day.isoformat(),
                    port=r.port_name,
                ),
            ),
            Column(
                self.tr("Parcels"),
                lambda r: format_count(r.parcels),
                sort=lambda r: r.parcels,
                numeric=True,
            ),
            Column(self.tr("State"), load_status, free=1),
        ]
        super().__init__(columns, parent)

    def background(self, row: LoadSummary, column: int) -> QColor | None:
        if row.status == LoadStatus.SEALED:
            return SEALED_BACKGROUND
        return WAITING_BACKGROUND if row.needing_decision else None

    def position_of(self, trip_number: str) -> int | None:
        return next((i for i, r in enumerate(self.rows()) if r.trip_number == trip_number), None)


class LoadParcelTableModel(RowTableModel[LoadParcel]):
    """Parcels of a truck (or missing from it): id, order, recipient, route, state."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[LoadParcel]] = [
            Column(
                self.tr("Parcel"),
                lambda r: r.parcel_id,
                tooltip=lambda r: f"SCN {r.scn}" if r.scn else r.parcel_id,
            ),
            Column(self.tr("State"), parcel_state),
            Column(self.tr("Recipient"), lambda r: r.recipient, free=2),
            Column(self.tr("City"), _place, free=1),
            Column(self.tr("Route"), lambda r: r.route or ""),
            Column(self.tr("Weight"), _weight, sort=lambda r: r.weight_g or 0, numeric=True),
            Column(self.tr("Value"), _value, sort=lambda r: r.value_usd_cents or 0, numeric=True),
            Column(self.tr("Order"), lambda r: r.order),
            Column(self.tr("Station"), lambda r: r.station),
        ]
        super().__init__(columns, parent)

    def background(self, row: LoadParcel, column: int) -> QColor | None:
        if row.status == ParcelStatus.HELD:
            return HELD_BACKGROUND
        return WAITING_BACKGROUND if row.needs_decision else None

    def position_of(self, parcel_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows()) if r.parcel_id == parcel_id), None)


class TripForm(QGroupBox):
    """A new trip: carrier, port, planned arrival, its driver, truck and trailer picked from
    the records; the trip number is suggested (the carrier's next) and may be typed over. Enter
    in any field creates it."""

    created = Signal(str)  # trip number

    def __init__(
        self, engine: Engine, zone: tzinfo | None, now: datetime, font: QFont, station: str = ""
    ) -> None:
        super().__init__()
        self.setTitle(self.tr("New trip"))
        self._engine, self._zone = engine, zone
        self.scac_edit, self.trip_edit = QLineEdit(), QLineEdit()
        self.scac_edit.setMaxLength(4)
        self.scac_edit.textChanged.connect(self._suggest)
        self.port_combo = QComboBox()
        for code, place in ports().items():
            self.port_combo.addItem(f"{code} {place.name}", code)
        self.arrival_edit = QDateTimeEdit()
        self.arrival_edit.setLocale(desk_locale())  # its calendar's month and day names
        self.arrival_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.arrival_edit.setCalendarPopup(True)
        # The station's next truck, as the packing station sees it: its port and arrival (the
        # parcels closed from now on go on it), and the carrier when only one is set up.
        with one_action(engine) as uow:  # the truck and the carriers, as of one moment
            truck = next_truck(uow, now, station)
            carriers = all_settings(uow)["carriers"] or {}
        self.port_combo.setCurrentIndex(max(0, self.port_combo.findData(truck.port.code)))
        start = truck.crossing.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
        self.arrival_edit.setDateTime(
            QDateTime.fromString(start.isoformat(), Qt.DateFormat.ISODate)
        )
        if len(carriers) == 1:
            self.scac_edit.setText(next(iter(carriers)))
        self.crew = CrewPickers(engine)
        self.error_label = plain_label("", font, wrap=True)
        self.error_label.setStyleSheet(f"color: {RED}; font-weight: bold")
        self.create_button = button(self.tr("Create tri&p"), self.create_trip)
        form = QFormLayout(self)
        # A field goes under its label when the row has no room for both (longer words).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, field in (
            (self.tr("SC&AC:"), self.scac_edit),
            (self.tr("Port of &entry:"), self.port_combo),
            (self.tr("Arrival:"), self.arrival_edit),
            *self.crew.rows(),
            (self.tr("Trip n&umber:"), self.trip_edit),
        ):
            form.addRow(text, field)
            if isinstance(field, QLineEdit):
                field.returnPressed.connect(self.create_trip)
        form.addRow(self.error_label)
        form.addRow(self.create_button)

    def arrival(self) -> datetime:
        """The planned arrival typed, in the warehouse's zone (this computer's without one)."""
        naive = self.arrival_edit.dateTime().toPython()
        assert isinstance(naive, datetime)
        return naive.replace(tzinfo=self._zone) if self._zone else naive.astimezone()

    def create_trip(self) -> None:
        try:
            with one_action(self._engine, immediate=True) as uow:
                load = create_load(
                    uow,
                    scac=self.scac_edit.text(),
                    port_code=self.port_combo.currentData(),
                    arrival=self.arrival(),
                    crew=self.crew.choice(),
                    trip_number=self.trip_edit.text().strip() or None,
                )
        except UserError as error:
            self.error_label.setText(str(error))
            return
        self.error_label.setText("")
        self.trip_edit.clear()
        self.crew.clear()
        self._suggest(self.scac_edit.text())
        self.created.emit(load.trip_number)

    def _suggest(self, scac: str) -> None:
        try:
            suggested = ""
            if scac.strip():
                with one_action(self._engine) as uow:
                    suggested = next_trip_number(uow, scac)
        except UserError:
            suggested = ""
        self.trip_edit.setPlaceholderText(suggested or self.tr("SCAC + number, suggested"))


def table_of(
    model: LoadTableModel | LoadParcelTableModel, parent: QWidget, *, sorted_first: bool
) -> QTableView:
    """A read-only table of ``model`` through a sort proxy (a header click sorts); a large
    one stays in the service's order until then: a sort on each reading costs a Python call
    per comparison."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = read_only_table(proxy)
    if not sorted_first:  # in the service's order until a header is clicked
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    if sorted_first:
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setWordWrap(False)
    # Columns fitted to the first rows shown only: measuring all of a 5,000-parcel truck's
    # cells (a Python call per cell and role) held the GUI thread for seconds
    # (tests/bench/bench_gui_stall.py). Numbers and codes whole, names elided.
    ColumnFitter(table)
    return table


def button(text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(lambda _=False: slot())
    return button


def row_of(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


# -- reading the store and writing papers in the background -----------------------------------


# Where a file goes: (title, suggested path, file types) -> the chosen path, or None.
FileChooser = Callable[[QWidget, str, Path, str], Path | None]


def ask_save_file(parent: QWidget, title: str, suggested: Path, types: str) -> Path | None:
    """The platform's save dialog (keyboard-friendly: the name is selected, Enter saves)."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), types)
    return Path(chosen) if chosen else None


@dataclass(frozen=True)
class Snapshot:
    """One reading of the store for the view, made off the GUI thread."""

    loads: list[LoadSummary]
    load: LoadView | None
    on_truck: list[LoadParcel]
    missing: list[LoadParcel]


def after_the_gui(work: Callable[[Progress], Any]) -> Callable[[Progress], Any]:
    """``work``, started once the GUI has shown what starts it.

    The work is Python through and through (the ORM, ReportLab), and each call the GUI thread
    makes into Python (a table cell painted, a slot) waits for the GIL while the work holds
    it: the view's repaint and the new progress dialog took 100-150 ms when they met the
    work's start, 35-45 ms alone (tests/bench/bench_gui_stall.py)."""

    def run(progress: Progress) -> Any:
        time.sleep(START_PAUSE_S)
        return work(progress)

    return run
