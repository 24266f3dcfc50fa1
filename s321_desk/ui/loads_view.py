"""The loads view: trips of the day, parcels scanned on and off a truck, the seal, the papers.

It holds no rule of its own: every change goes to ``services.loads`` (create, add, remove,
close, reopen) and the papers to ``services.printing`` and ``services.emanifest``, which run as
background jobs with a cancellable progress dialog while the scan field keeps working. The
store is read again off the GUI thread after each change, here or at another station.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from s321_desk.services.changes import ChangeWatch, watch_changes
from s321_desk.services.emanifest import export_emanifest
from s321_desk.services.errors import UserError, store_busy
from s321_desk.services.loads import (
    LoadView,
    add_parcels,
    close_load,
    list_loads,
    missing_parcels,
    parcels_on_load,
    remove_parcels,
    reopen_load,
    show_load,
)
from s321_desk.services.printing import print_driver_pack, print_lead_sheet, print_manifest
from s321_desk.ui.authorize_dialog import AuthorizeDialog
from s321_desk.ui.change_wake import ChangeWake
from s321_desk.ui.jobs import Job, JobProgressDialog, Progress, ReadJob, ReadSignals
from s321_desk.ui.load_models import (
    AMBER,
    BLACK,
    GREEN,
    RED,
    WHITE,
    FileChooser,
    LoadParcelTableModel,
    LoadTableModel,
    Snapshot,
    TripForm,
    after_the_gui,
    ask_save_file,
    button,
    row_of,
    table_of,
)
from s321_desk.ui.station_widgets import ScanField, plain_label, sized_font
from s321_desk.ui.style import base_font
from s321_desk.ui.words import QT_TRANSLATE_NOOP

POLL_INTERVAL_MS = 500
# (title, default file name's end, file types); the title in English, shown translated
# (``paper_title``), the file's name in English as the paper itself.
PAPERS = {
    "driver-pack": (
        QT_TRANSLATE_NOOP("LoadsView", "Driver pack"),
        "driver-pack.pdf",
        "PDF (*.pdf)",
    ),
    "manifest": (QT_TRANSLATE_NOOP("LoadsView", "Load manifest"), "manifest.pdf", "PDF (*.pdf)"),
    "lead-sheet": (QT_TRANSLATE_NOOP("LoadsView", "Lead sheet"), "lead-sheet.pdf", "PDF (*.pdf)"),
    "e-manifest": (
        QT_TRANSLATE_NOOP("LoadsView", "E-manifest"),
        "e-manifest.csv",
        "CSV (*.csv);;JSON (*.json)",
    ),
}


def paper_title(paper: str) -> str:
    """``Driver pack``, in the desk's language."""
    return QCoreApplication.translate("LoadsView", PAPERS[paper][0])


class _JobWatcher(QObject):
    """Hears one job's end on the GUI thread (a QObject there: its slots run queued)."""

    def __init__(self, view: LoadsView, job: Job, title: str, dialog: QWidget) -> None:
        super().__init__(view)
        self.view, self.job, self.title, self.dialog = view, job, title, dialog
        job.signals.succeeded.connect(self.succeeded)
        job.signals.failed.connect(self.failed)
        job.signals.cancelled.connect(self.cancelled)
        job.signals.ended.connect(self.ended)

    def succeeded(self, result: Any) -> None:
        self.view.say(result.sentence(), GREEN)
        self.view.job_succeeded.emit(self.title, result)

    def failed(self, error: Exception) -> None:
        if isinstance(error, UserError | OSError) or store_busy(error):
            text = self.tr("{paper} NOT WRITTEN: {error}")
            self.view.say(text.format(paper=self.title, error=error), RED)
            return
        raise error  # a bug: the application's error reporter shows it

    def cancelled(self) -> None:
        self.view.say(self.tr("{paper}: cancelled; no file was written").format(paper=self.title),
                      AMBER)  # fmt: skip

    def ended(self) -> None:
        self.view.jobs.remove(self.job)
        self.dialog.deleteLater()  # closed by itself at the end
        self.deleteLater()


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
        watch: ChangeWatch | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine, self._zone, self._station = engine, zone, station
        self._papers = data_folder / "papers"
        self._clock = clock or (lambda: datetime.now().astimezone())
        self._watch = watch or watch_changes(engine)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # readings in order; the newest one wins
        self._signals = ReadSignals()
        self._signals.done.connect(self._on_read)
        self._signals.failed.connect(self._on_read_failed)
        self._generation = 0
        self._trip: str | None = None
        self._shown: LoadView | None = None
        self._queue: deque[str] = deque()
        self._draining = False
        self._closed = False
        self._stale = False  # changed while hidden
        self.jobs: list[Job] = []
        self.authorize_dialog: AuthorizeDialog | None = None
        self.choose_file: FileChooser = ask_save_file  # the edge: tests give the path
        self.setFont(base_font(self.font()))
        self.loads_model = LoadTableModel(self, zone)
        self.parcels_model = LoadParcelTableModel(self)
        self.missing_model = LoadParcelTableModel(self)
        self._build()
        self._show_load(None)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._wake = ChangeWake(self._watch, self._tick, self)
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
            self.tr("&Trips: today's and the open ones"), sized_font(font, 15, bold=True)
        )
        trips_label.setBuddy(self.loads_table)
        left = QVBoxLayout()
        left.addWidget(trips_label)
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
        self.export_button = button(
            self.tr("E&xport e-manifest..."), lambda: self.ask_file("e-manifest")
        )
        QShortcut(QKeySequence("F5"), self, self.refresh)

        scan_row = QHBoxLayout()
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan_field, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.tabs, 4)
        middle.addLayout(history_box, 1)
        truck_row = row_of(self.remove_button, seal_label, self.seal_edit, self.seal_button,
                         self.reopen_button)  # fmt: skip
        papers_row = row_of(plain_label(self.tr("Papers:"), font), self.pack_button,
                            self.manifest_button, self.lead_button,
                            self.export_button)  # fmt: skip
        right = QVBoxLayout()
        right.addWidget(self.title_label)
        right.addWidget(self.detail_label)
        right.addLayout(scan_row)
        right.addWidget(self.message_label)
        right.addLayout(middle, 1)
        right.addLayout(truck_row)
        right.addLayout(papers_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addLayout(right, 8)
        self.setFocusProxy(self.scan_field)
        QWidget.setTabOrder(self.scan_field, self.tabs)

    # -- reading the store off the GUI thread -----------------------------------------------

    def refresh(self) -> None:
        """Read the trips and the open trip's parcels again (after a change, or F5)."""
        if self._closed:
            return
        self._generation += 1
        generation, trip = self._generation, self._trip
        today = self._today()

        def read() -> Snapshot:
            loads = list_loads(self._engine, today)
            if trip is None:
                return Snapshot(generation, loads, None, [], [])
            return Snapshot(generation, loads, show_load(self._engine, trip),
                            parcels_on_load(self._engine, trip),
                            missing_parcels(self._engine, trip))  # fmt: skip

        self._pool.start(ReadJob(read, self._signals))

    def _today(self) -> date:
        return self._clock().astimezone(self._zone).date()

    def _tick(self) -> None:
        if self._closed:
            return
        changed = self._watch.changed()
        self._wake.follow()
        if changed:
            # Hidden (another tab of the window), the view reads again only when shown: a
            # 5,000-parcel trip is not read again at each parcel packed at another station.
            self._stale = not self.isVisible()
            if not self._stale:
                self.refresh()

    def _on_read(self, snapshot: Snapshot) -> None:
        if self._closed or snapshot.generation != self._generation:
            return  # a newer reading is on its way
        # Only what changed is shown again: resetting a 5,000-parcel table costs the GUI
        # thread tens of ms, and most readings (another station's commit) change nothing here.
        if snapshot.loads != self.loads_model.rows():
            self.loads_model.set_rows(snapshot.loads)
        for model, rows in ((self.parcels_model, snapshot.on_truck),
                            (self.missing_model, snapshot.missing)):  # fmt: skip
            if rows != model.rows():
                model.set_rows(rows)
        self._select_trip_row()
        self._show_load(snapshot.load)
        self.refreshed.emit()

    def _on_read_failed(self, error: Exception) -> None:
        if not (isinstance(error, UserError | OSError) or store_busy(error)):
            raise error
        self.say(self.tr("Cannot read the loads: {error}; trying again at the next change (F5)")
                 .format(error=error), RED)  # fmt: skip

    # -- trips ------------------------------------------------------------------------------

    def open_load(self, trip_number: str) -> None:
        """Show this trip, its parcels and what is missing; the scan field takes parcels."""
        if trip_number != self._trip:
            self._trip = trip_number
            self.parcels_model.set_rows([])
            self.missing_model.set_rows([])
            self.history.clear()
            self.say(self.tr("Trip {trip}: scan its parcels").format(trip=trip_number), "")
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
        is_open = load is not None and load.status == "open"
        sealed = load is not None and load.status == "closed"
        if load is None:
            self.title_label.setText(
                self.tr("Trip {trip}").format(trip=self._trip) if has_trip else
                self.tr("No trip open: pick one on the left (Enter) or create one")
            )  # fmt: skip
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
                    count=len(load.needing_decision))  # fmt: skip
            self.detail_label.setText(
                self.tr("Port {port}, arriving {arrival} (US day {day}) · driver {driver} · "
                        "plates {plates} · {count} parcel(s){waiting}").format(
                    port=load.port, arrival=self._local(load.planned_arrival), day=load.us_day,
                    driver=load.driver or "?", plates=plates or "?", count=len(load.parcels),
                    waiting=waiting)
            )  # fmt: skip
        self.tabs.setTabText(0, self.tr("On the truck ({count})").format(
            count=self.parcels_model.rowCount()))  # fmt: skip
        self.tabs.setTabText(1, self.tr("Missing ({count})").format(
            count=self.missing_model.rowCount()))  # fmt: skip
        self.scan_field.setEnabled(not sealed)
        for widget in (self.remove_button, self.seal_edit, self.seal_button):
            widget.setEnabled(is_open)
        self.reopen_button.setEnabled(sealed)
        self.pack_button.setEnabled(sealed)
        for each in (self.manifest_button, self.lead_button, self.export_button):
            each.setEnabled(has_trip)

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
            view = add_parcels(self._engine, self._trip, [code])
        except UserError as error:
            self._refuse(code, str(error).removeprefix(f"{code}: "))
            return
        except OperationalError as error:
            if not store_busy(error):
                raise
            self._refuse(code, self.tr("the database is busy ({error}); nothing changed: scan "
                                       "it again").format(error=error.orig))  # fmt: skip
            return
        parcel = next((p for p in view.parcels if p == code), code)
        if parcel in view.needing_decision:
            self.say(self.tr("{parcel} is on the truck ({count}), but it NEEDS A SUPERVISOR'S "
                             "DECISION before the seal").format(parcel=parcel,
                                                                count=len(view.parcels)),
                     AMBER)  # fmt: skip
            self._log(self.tr("CHECK  {parcel}: needs a decision").format(parcel=parcel), AMBER)
        else:
            self.say(self.tr("{parcel} on truck {trip}: {count} parcel(s)").format(
                parcel=parcel, trip=view.trip_number, count=len(view.parcels)), "")  # fmt: skip
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
            view = remove_parcels(self._engine, self._trip, [parcel_id])
        except UserError as error:
            text = self.tr("NOT TAKEN OFF {parcel}: {error}")
            self.say(text.format(parcel=parcel_id, error=error), RED)
            return
        self.say(self.tr("{parcel} taken off truck {trip}: put it back on the shelf").format(
            parcel=parcel_id, trip=view.trip_number), "")  # fmt: skip
        self._log(self.tr("OFF  {parcel}").format(parcel=parcel_id), "")
        self.parcel_removed.emit(view.trip_number, parcel_id)
        self.refresh()

    # -- the seal: a driver's or supervisor's name and PIN ----------------------------------

    def ask_seal(self) -> None:
        """Ask for the name and PIN of whoever closes the truck (a modeless dialog)."""
        if self._trip is None:
            return
        seal, trip = self.seal_edit.text().strip(), self._trip
        if not seal:
            self.say(self.tr("Close: type or scan the seal number first (Alt+N)"), RED)
            self.seal_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        waiting = self._shown.needing_decision if self._shown is not None else ()
        if waiting:  # said before any name or PIN is asked: the service would refuse after
            blocked = self.tr("Trip {trip} cannot close yet: {parcels} need a decision first "
                              "(Decisions, Ctrl+3)")  # fmt: skip
            self.say(blocked.format(trip=trip, parcels=", ".join(waiting)), RED)
            return
        count = self.parcels_model.rowCount()
        dialog = AuthorizeDialog(
            self.tr("Close trip {trip}").format(trip=trip),
            self.tr("Close trip {trip} with seal {seal}: {count} parcel(s) on it. Nothing can be "
                    "put on or taken off afterwards.").format(trip=trip, seal=seal, count=count),
            lambda who, pin, _reason: close_load(self._engine, trip, seal=seal, user=who, pin=pin),
            self, needs_reason=False, role_text=self.tr("Driver or supervisor"),
        )  # fmt: skip
        dialog.accepted.connect(lambda: self._on_sealed(dialog.result_value))
        self.authorize_dialog = dialog
        dialog.open()

    def _on_sealed(self, load: LoadView) -> None:
        self.seal_edit.clear()
        self.say(self.tr("Trip {trip} sealed with {seal}: print the driver pack (Alt+K)").format(
            trip=load.trip_number, seal=load.seal), GREEN)  # fmt: skip
        self.load_sealed.emit(load.trip_number, load.seal or "")
        self.refresh()
        self.pack_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_reopen(self) -> None:
        """A supervisor reopens a sealed trip, with a reason (audited)."""
        if self._trip is None:
            return
        trip = self._trip
        dialog = AuthorizeDialog(
            self.tr("Reopen trip {trip}").format(trip=trip),
            self.tr("Reopen sealed trip {trip}: parcels can go on and off again.").format(
                trip=trip),
            lambda who, pin, reason: reopen_load(self._engine, trip, reason=reason, user=who,
                                                 pin=pin),
            self,
        )  # fmt: skip
        dialog.accepted.connect(self._on_reopened)
        self.authorize_dialog = dialog
        dialog.open()

    def _on_reopened(self) -> None:
        self.say(self.tr("Trip {trip} reopened: parcels can go on and off").format(trip=self._trip),
                 AMBER)  # fmt: skip
        self.refresh()

    # -- papers and exports, in the background ----------------------------------------------

    def ask_file(self, paper: str) -> Job | None:
        """Ask where the paper goes (default: papers/ in the data folder), then make it."""
        if self._trip is None:
            return None
        _, tail, types = PAPERS[paper]
        try:
            self._papers.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.say(self.tr("{folder}: cannot create the folder ({error})").format(
                folder=self._papers, error=error.strerror), RED)  # fmt: skip
            return None
        title = self.tr("{paper} of {trip}").format(paper=paper_title(paper), trip=self._trip)
        path = self.choose_file(self, title, self._papers / f"{self._trip}-{tail}", types)
        if path is None:
            return None
        return self.write_paper(paper, path)

    def write_paper(self, paper: str, path: Path) -> Job:
        """Make ``paper`` (driver-pack, manifest, lead-sheet, e-manifest) of the open trip
        into ``path`` in a background job with its progress dialog."""
        assert self._trip is not None
        trip, engine = self._trip, self._engine
        draft = self._shown is not None and self._shown.status == "open"  # a check, not filed
        title = self.tr("{paper} {trip}").format(paper=paper_title(paper), trip=trip)
        works: dict[str, Callable[[Progress], Any]] = {
            "driver-pack": lambda progress: print_driver_pack(engine, trip, path, progress),
            "manifest": lambda progress: print_manifest(engine, trip, path),
            "lead-sheet": lambda progress: print_lead_sheet(engine, trip, path),
            "e-manifest": lambda progress: export_emanifest(
                engine, trip, path, fmt="json" if path.suffix.lower() == ".json" else "csv",
                draft=draft),
        }  # fmt: skip
        job = Job(after_the_gui(works[paper]))
        dialog = JobProgressDialog(
            job, self.tr("{paper} to {file}").format(paper=title, file=path.name), self
        )
        _JobWatcher(self, job, title, dialog)
        dialog.show()
        self.jobs.append(job)
        self.say(self.tr("{paper}: being written to {path} (the scan field keeps working)").format(
            paper=title, path=path), "")  # fmt: skip
        return job.start()

    def print_driver_pack_to(self, path: Path) -> Job:
        return self.write_paper("driver-pack", path)

    # -- what the view says -----------------------------------------------------------------

    def say(self, text: str, colour: str) -> None:
        """The message line: plain, or on a colour (red: refused; amber: look; green: done)."""
        foreground = BLACK if colour == AMBER else WHITE
        self.message_label.setStyleSheet(f"background: {colour}; color: {foreground}"
                                         if colour else "")  # fmt: skip
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
        self._timer.stop()
        for job in list(self.jobs):
            job.cancel()
            job.wait()
        self._pool.waitForDone()
        self._wake.stop()
        self._watch.close()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
