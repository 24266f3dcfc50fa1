"""The loads view: trips of the day, parcels scanned on and off a truck, the seal, the papers.

It holds no rule of its own: every change goes to ``services.loads.trips`` (create, add, remove,
close, reopen) and the papers to ``services.papers.to_file`` and ``services.filing.emanifest``,
which run as background jobs with a cancellable progress dialog while the scan field keeps
working. The store is read again off the GUI thread after each change, here or at another station.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from s321_desk.domain.codes import LoadStatus
from s321_desk.services.admin.users import Person
from s321_desk.services.kernel.errors import UserError, store_busy
from s321_desk.services.loads.trips import (
    RECENT_DAYS,
    LoadView,
    add_parcels,
    list_loads,
    missing_parcels,
    parcels_on_load,
    remove_parcels,
    show_load,
)
from s321_desk.store.uow import one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog
from s321_desk.ui.kit.jobs import Job
from s321_desk.ui.kit.labels import plain_label, sized_font
from s321_desk.ui.kit.live import LiveRead, StoreWatch
from s321_desk.ui.kit.scan_field import ScanField
from s321_desk.ui.kit.style import base_font
from s321_desk.ui.loads.crew_dialogs import CrewDialog, RecordsDialog
from s321_desk.ui.loads.models import (
    AMBER,
    BLACK,
    RED,
    WHITE,
    FileChooser,
    LoadParcelTableModel,
    LoadTableModel,
    Snapshot,
    TripForm,
    button,
    row_of,
    table_of,
)
from s321_desk.ui.loads.papers import FILINGS, PaperDesk, paper_title
from s321_desk.ui.loads.tools import TripTools


class LoadsView(QWidget):
    """The driver's and supervisor's view of the trucks; the scan field takes the parcels."""

    load_opened = Signal(str)  # trip number
    load_created = Signal(str)
    parcel_loaded = Signal(str, str)  # trip number, parcel id
    parcel_removed = Signal(str, str)
    load_sealed = Signal(str, str)  # trip number, seal
    scan_refused = Signal(str, str)  # the scan, why
    job_succeeded = Signal(str, object)  # title, the service's answer (Printed, Exported)
    refreshed = Signal()  # after each reading has been shown

    def __init__(
        self,
        engine: Engine,
        *,
        zone: tzinfo | None = None,
        station: str = "",
        data_folder: Path,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine, self._zone, self._station = engine, zone, station
        self._clock = clock or (lambda: datetime.now().astimezone())
        self._trip: str | None = None
        self._shown: LoadView | None = None
        self._queue: deque[str] = deque()
        self._draining = False
        self._closed = False
        self.person: Person | None = None  # who is signed in at the desk
        self._search = ""
        self.papers = PaperDesk(engine, data_folder / "papers", self, self.say)
        self.papers.job_succeeded.connect(self.job_succeeded.emit)
        self.tools = TripTools(self)
        self.setFont(base_font(self.font()))
        self.loads_model = LoadTableModel(self, zone)
        self.parcels_model = LoadParcelTableModel(self)
        self.missing_model = LoadParcelTableModel(self)
        self._build()
        self._show_load(None)
        # Hidden (another tab of the window), the view reads again only when shown: a
        # 5,000-parcel trip is not read again at each parcel packed at another station.
        self.live = LiveRead(
            self,
            self._prepare_read,
            self._on_read,
            lambda line: self.say(line, RED),
            watch=StoreWatch.share(engine),
            newest_only=True,
            while_hidden=False,
        )
        self.refresh()

    @property
    def trip(self) -> str | None:
        """The trip number of the open trip, if any."""
        return self._trip

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        font = self.font()
        self.loads_table = table_of(self.loads_model, self, sorted_first=True)
        self.loads_table.activated.connect(self._on_load_activated)
        self.loads_table.selectionModel().currentRowChanged.connect(self._on_load_activated)
        self.form = TripForm(self._engine, self._zone, self._clock(), font, self._station)
        self.form.created.connect(self._on_created)
        trips_label = plain_label(
            self.tr("&Trips: the open ones and those of the last {days} days").format(
                days=RECENT_DAYS
            ),
            sized_font(font, 15, bold=True),
            wrap=True,  # a longer language wraps it instead of widening the window
        )
        trips_label.setBuddy(self.loads_table)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("trip number, seal or date (YYYY-MM-DD)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(self.find_trips)
        self.search_field.textChanged.connect(self._on_search_changed)
        search_label = plain_label(self.tr("&Look up:"), font)
        search_label.setBuddy(self.search_field)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_field, 1)
        left = QVBoxLayout()
        left.addWidget(trips_label)
        left.addLayout(search_row)
        left.addWidget(self.loads_table, 1)
        left.addWidget(self.form)

        self.title_label = plain_label("", sized_font(font, 20, bold=True), wrap=True)
        self.detail_label = plain_label("", font, wrap=True)
        self.scan_field = ScanField()
        self.scan_field.setFont(sized_font(font, 20, bold=True))
        self.scan_field.setPlaceholderText(self.tr("Scan a parcel to put it on the truck"))
        self.scan_field.setStyleSheet("QLineEdit { border: 3px solid #0d47a1; padding: 2px; }")
        self.scan_field.returnPressed.connect(self._on_return)
        scan_label = plain_label(self.tr("&Scan:"), sized_font(font, 20, bold=True))
        scan_label.setBuddy(self.scan_field)
        self.message_label = plain_label("", sized_font(font, 16, bold=True), wrap=True)
        self.message_label.setContentsMargins(6, 2, 6, 2)
        self.parcels_table = table_of(self.parcels_model, self, sorted_first=False)
        self.missing_table = table_of(self.missing_model, self, sorted_first=False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.parcels_table, self.tr("On the truck"))
        self.tabs.addTab(self.missing_table, self.tr("Missing"))
        self.history = QListWidget()
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.history.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.history.setWordWrap(True)
        history_box = QVBoxLayout()
        history_box.addWidget(
            plain_label(self.tr("Scans, newest first"), sized_font(font, 13, bold=True))
        )
        history_box.addWidget(self.history, 1)

        self.remove_button = button(self.tr("Take &off (Del)"), self.take_off_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.parcels_table, self.take_off_selected)
        self.seal_edit = QLineEdit()
        self.seal_edit.setPlaceholderText(self.tr("seal number"))
        self.seal_edit.setMinimumWidth(170)
        self.seal_edit.returnPressed.connect(self.ask_seal)
        seal_label = plain_label(self.tr("Seal &number:"), font)
        seal_label.setBuddy(self.seal_edit)
        self.seal_button = button(self.tr("&Close with the seal..."), self.ask_seal)
        self.reopen_button = button(self.tr("&Reopen..."), self.ask_reopen)
        self.pack_button = button(self.tr("Driver pac&k..."), lambda: self.ask_file("driver-pack"))
        self.manifest_button = button(self.tr("&Manifest..."), lambda: self.ask_file("manifest"))
        self.lead_button = button(self.tr("Lead sheet..."), lambda: self.ask_file("lead-sheet"))
        self.export_button = QPushButton(self.tr("E&xport..."))
        self.export_menu = QMenu(self.export_button)
        self.export_actions = {}
        for paper in ("e-manifest", *FILINGS):
            action = self.export_menu.addAction(paper_title(paper) + "...")
            action.triggered.connect(lambda _=False, p=paper: self.ask_file(p))
            self.export_actions[paper] = action
        self.export_button.setMenu(self.export_menu)
        self.crew_button = button(self.tr("Crew..."), self.ask_crew)
        self.notice_button = button(self.tr("FDA prior notice..."), self.ask_prior_notice)
        self.records_button = button(self.tr("Drivers and vehicles..."), self.show_records)
        QShortcut(QKeySequence("F5"), self, self.refresh)

        scan_row = QHBoxLayout()
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan_field, 1)
        # The scans below the parcels: the parcels' columns take the whole width (in French
        # too, at 1366x768), the last scans still in sight.
        self.history.setMaximumHeight(5 * self.history.fontMetrics().lineSpacing() + 12)
        middle = QVBoxLayout()
        middle.addWidget(self.tabs, 3)
        middle.addLayout(history_box, 1)
        truck_row = row_of(
            self.remove_button, seal_label, self.seal_edit, self.seal_button, self.reopen_button
        )
        crew_row = row_of(self.crew_button, self.notice_button, self.records_button)
        papers_row = row_of(
            plain_label(self.tr("Papers:"), font),
            self.pack_button,
            self.manifest_button,
            self.lead_button,
            self.export_button,
        )
        right = QVBoxLayout()
        right.addWidget(self.title_label)
        right.addWidget(self.detail_label)
        right.addLayout(scan_row)
        right.addWidget(self.message_label)
        right.addLayout(middle, 1)
        right.addLayout(truck_row)
        right.addLayout(crew_row)
        right.addLayout(papers_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)  # the truck's nine columns whole at 1366 wide, in French too
        layout.addLayout(right, 2)
        self.setFocusProxy(self.scan_field)
        QWidget.setTabOrder(self.scan_field, self.tabs)

    # -- reading the store off the GUI thread -----------------------------------------------

    def refresh(self) -> None:
        """Read the trips and the open trip's parcels again (after a change, or F5)."""
        self.live.refresh()

    def _prepare_read(self) -> Callable[[], Snapshot]:
        engine, trip, search = self._engine, self._trip, self._search
        today = self._today()

        def read() -> Snapshot:
            with one_action(engine) as uow:  # the trips and the open one's parcels, at once
                loads = list_loads(uow, today, search=search or None)
                if trip is None:
                    return Snapshot(loads, None, [], [])
                return Snapshot(
                    loads,
                    show_load(uow, trip),
                    parcels_on_load(uow, trip),
                    missing_parcels(uow, trip),
                )

        return read

    def _today(self) -> date:
        return self._clock().astimezone(self._zone).date()

    def _on_read(self, snapshot: Snapshot) -> None:
        # Only what changed is shown again: resetting a 5,000-parcel table costs the GUI
        # thread tens of ms, and most readings (another station's commit) change nothing here.
        if snapshot.loads != self.loads_model.rows():
            self.loads_model.set_rows(snapshot.loads)
        for model, rows in (
            (self.parcels_model, snapshot.on_truck),
            (self.missing_model, snapshot.missing),
        ):
            if rows != model.rows():
                model.set_rows(rows)
        self._select_trip_row()
        self._show_load(snapshot.load)
        self.refreshed.emit()

    # -- trips ------------------------------------------------------------------------------

    def open_load(self, trip_number: str) -> None:
        """Show this trip, its parcels and what is missing; the scan field takes parcels."""
        if trip_number != self._trip:
            self._trip = trip_number
            self.parcels_model.set_rows([])
            self.missing_model.set_rows([])
            self.history.clear()
            sealed = any(
                row.trip_number == trip_number and row.status == LoadStatus.SEALED
                for row in self.loads_model.rows()
            )
            said = (
                self.tr("Trip {trip} is sealed: its papers and filings can be written again")
                if sealed
                else self.tr("Trip {trip}: scan its parcels")
            )
            self.say(said.format(trip=trip_number), "")
            self.load_opened.emit(trip_number)
        self.refresh()
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_load_activated(self, index: Any, *_: Any) -> None:
        if index.isValid():
            source = self.loads_table.model().mapToSource(index)  # type: ignore[attr-defined]
            self.open_load(self.loads_model.row_at(source.row()).trip_number)

    def _on_created(self, trip_number: str) -> None:
        self.load_created.emit(trip_number)
        self.open_load(trip_number)

    def _select_trip_row(self) -> None:
        position = None if self._trip is None else self.loads_model.position_of(self._trip)
        if position is None:
            return
        proxy = self.loads_table.model()
        index = proxy.mapFromSource(self.loads_model.index(position, 0))  # type: ignore[attr-defined]
        selection = self.loads_table.selectionModel()
        selection.blockSignals(True)  # showing the open trip is not opening it again
        self.loads_table.setCurrentIndex(index)
        selection.blockSignals(False)

    def _show_load(self, load: LoadView | None) -> None:
        self._shown = load
        has_trip = self._trip is not None
        is_open = load is not None and load.status == LoadStatus.OPEN
        sealed = load is not None and load.status == LoadStatus.SEALED
        if load is None:
            self.title_label.setText(
                self.tr("Trip {trip}").format(trip=self._trip)
                if has_trip
                else self.tr("No trip open: pick one on the left (Enter) or create one")
            )
            self.detail_label.setText("")
        else:
            title = (
                self.tr("Trip {trip}: SEALED {seal}") if sealed else self.tr("Trip {trip}: open")
            )
            self.title_label.setText(title.format(trip=load.trip_number, seal=load.seal))
            plates = " / ".join(p for p in (load.tractor_plate, load.trailer_plate) if p)
            waiting = ""
            if load.needing_decision:
                waiting = self.tr("; {count} need a decision before the seal").format(
                    count=len(load.needing_decision)
                )
            units = " / ".join(x for x in (load.crew.get("truck"), load.crew.get("trailer")) if x)
            text = self.tr(
                "Port {port}, arriving {arrival} (US day {day}) · driver {driver} · "
                "truck {units}, plates {plates} · {count} parcel(s){waiting}"
            ).format(
                port=load.port,
                arrival=self._local(load.planned_arrival),
                day=load.us_day,
                driver=load.driver or "?",
                units=units or "?",
                plates=plates or "?",
                count=len(load.parcels),
                waiting=waiting,
            )
            missing = []
            if is_open and not (load.crew.get("driver") and load.crew.get("truck")):
                missing.append(self.tr("no driver and truck from the records yet (Crew...)"))
            if load.missing_prior_notice:
                missing.append(
                    self.tr("FDA prior notice missing: {parcels}").format(
                        parcels=", ".join(load.missing_prior_notice)
                    )
                )
            if missing:
                text += "\n" + self.tr("Before the seal: {missing}").format(
                    missing="; ".join(missing)
                )
            self.detail_label.setText(text)
        self.tabs.setTabText(
            0, self.tr("On the truck ({count})").format(count=self.parcels_model.rowCount())
        )
        self.tabs.setTabText(
            1, self.tr("Missing ({count})").format(count=self.missing_model.rowCount())
        )
        self.scan_field.setEnabled(not sealed)
        for widget in (self.remove_button, self.seal_edit, self.seal_button):
            widget.setEnabled(is_open)
        self.reopen_button.setEnabled(sealed)
        self.pack_button.setEnabled(sealed)
        for each in (self.manifest_button, self.lead_button, self.export_button):
            each.setEnabled(has_trip)
        for paper in FILINGS:  # what is filed is a sealed trip's
            self.export_actions[paper].setEnabled(sealed)
        self.crew_button.setEnabled(is_open)
        self.notice_button.setEnabled(is_open)

    def _local(self, iso: str) -> str:
        return datetime.fromisoformat(iso).astimezone(self._zone).strftime("%Y-%m-%d %H:%M")

    # -- scans: every Enter is one scan, handled once, in order -------------------------------

    def _on_return(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if text:
            self._queue.append(text)
            self._drain()

    def _drain(self) -> None:
        if self._draining:
            return
        self._draining = True
        try:
            while self._queue:
                self.scan(self._queue.popleft())
        finally:
            self._draining = False

    def scan(self, code: str) -> None:
        """Put the scanned parcel on the open trip; a refusal is said, in red, in words."""
        if self._trip is None:
            self._refuse(code, self.tr("no trip open; pick or create a trip first"))
            return
        try:
            with one_action(self._engine, immediate=True) as uow:
                view = add_parcels(uow, self._trip, [code])
        except UserError as error:
            self._refuse(code, str(error).removeprefix(f"{code}: "))
            return
        except OperationalError as error:
            if not store_busy(error):
                raise
            self._refuse(
                code,
                self.tr("the database is busy ({error}); nothing changed: scan it again").format(
                    error=error.orig
                ),
            )
            return
        parcel = next((p for p in view.parcels if p == code), code)
        if parcel in view.needing_decision:
            self.say(
                self.tr(
                    "{parcel} is on the truck ({count}), but it NEEDS A SUPERVISOR'S "
                    "DECISION before the seal"
                ).format(parcel=parcel, count=len(view.parcels)),
                AMBER,
            )
            self._log(self.tr("CHECK  {parcel}: needs a decision").format(parcel=parcel), AMBER)
        else:
            self.say(
                self.tr("{parcel} on truck {trip}: {count} parcel(s)").format(
                    parcel=parcel, trip=view.trip_number, count=len(view.parcels)
                ),
                "",
            )
            self._log(f"+  {parcel}", "")
        self.parcel_loaded.emit(view.trip_number, parcel)
        self.refresh()

    def _refuse(self, code: str, why: str) -> None:
        self.say(self.tr("REFUSED {code}: {why}").format(code=code, why=why), RED)
        self._log(self.tr("REFUSED  {code}: {why}").format(code=code, why=why), RED)
        self.scan_refused.emit(code, why)

    def take_off_selected(self) -> None:
        """Take the parcel selected in "On the truck" off it."""
        index = self.parcels_table.currentIndex()
        if self._trip is None or not index.isValid():
            self.say(self.tr('Take off: select a parcel in the list "On the truck" first'), RED)
            return
        source = self.parcels_table.model().mapToSource(index)  # type: ignore[attr-defined]
        self.take_off(self.parcels_model.row_at(source.row()).parcel_id)

    def take_off(self, parcel_id: str) -> None:
        assert self._trip is not None
        try:
            with one_action(self._engine, immediate=True) as uow:
                view = remove_parcels(uow, self._trip, [parcel_id])
        except UserError as error:
            text = self.tr("NOT TAKEN OFF {parcel}: {error}")
            self.say(text.format(parcel=parcel_id, error=error), RED)
            return
        self.say(
            self.tr("{parcel} taken off truck {trip}: put it back on the shelf").format(
                parcel=parcel_id, trip=view.trip_number
            ),
            "",
        )
        self._log(self.tr("OFF  {parcel}").format(parcel=parcel_id), "")
        self.parcel_removed.emit(view.trip_number, parcel_id)
        self.refresh()

    # -- the seal: a driver's or supervisor's name and PIN (load_tools) ---------------------

    def ask_seal(self) -> None:
        self.tools.ask_seal()

    def ask_reopen(self) -> None:
        self.tools.ask_reopen()

    @property
    def authorize_dialog(self) -> AuthorizeDialog | None:
        return self.tools.authorize_dialog

    # -- papers and exports, in the background (load_papers) -----------------------------

    @property
    def jobs(self) -> list[Job]:
        return self.papers.jobs

    @property
    def choose_file(self) -> FileChooser:
        return self.papers.choose_file

    @choose_file.setter
    def choose_file(self, chooser: FileChooser) -> None:
        self.papers.choose_file = chooser

    def ask_file(self, paper: str) -> Job | None:
        """Ask where the paper goes (default: papers/ in the data folder), then make it."""
        if self._trip is None:
            return None
        return self.papers.ask_file(self._trip, paper, draft=self._is_draft())

    def write_paper(self, paper: str, path: Path) -> Job:
        """Make ``paper`` (driver-pack, manifest, lead-sheet, e-manifest, borderconnect,
        ace-csv, entries) of the open trip into ``path`` in a background job."""
        assert self._trip is not None
        return self.papers.write(self._trip, paper, path, draft=self._is_draft())

    def _is_draft(self) -> bool:
        return (
            self._shown is not None and self._shown.status == LoadStatus.OPEN
        )  # a check, not filed

    def print_driver_pack_to(self, path: Path) -> Job:
        return self.write_paper("driver-pack", path)

    # -- trips found again, the crew, the records, the prior notices -------------------------

    def set_person(self, person: Person | None) -> None:
        """Who is signed in at the desk: whose records' personal data may be shown."""
        self.person = person

    def find_trips(self, text: str | None = None) -> None:
        """List the trips whose number or seal holds the text, or that cross on its date;
        an empty text lists the open ones and the last days' again."""
        if text is not None:
            self.search_field.setText(text)
        self._search = self.search_field.text().strip()
        self.refresh()

    def _on_search_changed(self, text: str) -> None:
        if not text:  # cleared: the usual list again
            self.find_trips()

    def ask_crew(self) -> CrewDialog | None:
        return self.tools.ask_crew()

    def show_records(self) -> RecordsDialog:
        return self.tools.show_records()

    def ask_prior_notice(self) -> None:
        self.tools.ask_prior_notice()

    def give_prior_notice(self, parcel: str, number: str) -> None:
        self.tools.give_prior_notice(parcel, number)

    # -- what the view says -----------------------------------------------------------------

    def say(self, text: str, colour: str) -> None:
        """The message line: plain, or on a colour (red: refused; amber: look; green: done)."""
        foreground = BLACK if colour == AMBER else WHITE
        self.message_label.setStyleSheet(
            f"background: {colour}; color: {foreground}" if colour else ""
        )
        self.message_label.setText(text)

    def message(self) -> str:
        return self.message_label.text()

    def _log(self, text: str, colour: str) -> None:
        item = QListWidgetItem(text)
        if colour == RED:
            item.setForeground(Qt.GlobalColor.darkRed)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.history.insertItem(0, item)

    def shutdown(self) -> None:
        """Stop polling, cancel the jobs and wait for them, release the watch's connection
        (before the engine is disposed)."""
        if self._closed:
            return
        self._closed = True
        self.papers.shutdown()
        live = getattr(self, "live", None)  # None: the view's building was stopped (busy)
        if live is not None:
            live.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
