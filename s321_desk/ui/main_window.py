"""The main window: the station, warnings, decisions, loads, history, orders, shift, settings.

Who is signed in decides which views open (``VIEW_ROLES``); with nobody signed in the station
works and scans are recorded against it. Every write still asks for a name and PIN where the
services ask for one, so a view left open by a supervisor does not let a packer decide.

The desk opens ready to scan: the station and the warnings (the desk's one watch on the store)
are built at the start; every other view is built the first time it is shown or asked for
(``MainWindow.view``), and the status bar's readings (the rules, the next truck, whether there
are users), the station's sounds, what is read for the menu bar's corner (the first-run
checklist) and the warnings' first reading wait until the window has been painted once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from s321_desk import __version__
from s321_desk.domain.codes import PrinterKind
from s321_desk.services.admin.rules_and_rates import rules_status
from s321_desk.services.admin.settings import all_settings, station_sound
from s321_desk.services.admin.users import Person, count_users
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.services.packing.station import next_truck
from s321_desk.store.errors import StoreUnavailable
from s321_desk.store.uow import one_action
from s321_desk.ui.dialogs.authorize import RecentSigner
from s321_desk.ui.dialogs.sign_in import SignedInWidget, SignInDialog
from s321_desk.ui.kit.elided_label import ElidedLabel
from s321_desk.ui.kit.formatting import format_count
from s321_desk.ui.kit.jobs import Job
from s321_desk.ui.kit.style import base_font
from s321_desk.ui.kit.words import word
from s321_desk.ui.settings.first_run import FirstRunBar
from s321_desk.ui.station.sounds import (
    Sound,
    SoundOutput,
    SoundsOpenedLater,
    set_volume,
    silent_because,
)
from s321_desk.ui.station.view import PackingStation
from s321_desk.ui.supervision.warnings_panel import WarningsPanel

if TYPE_CHECKING:  # the other views, the dialogs and the papers are imported on first use
    from s321_desk.services.papers.to_file import Printed
    from s321_desk.ui.dialogs.export_dialog import ExportDialog
    from s321_desk.ui.dialogs.import_dialog import ImportDialog
    from s321_desk.ui.dialogs.print_preview import PdfPreviewDialog
    from s321_desk.ui.loads.view import LoadsView
    from s321_desk.ui.lookup.catalog_view import CatalogView
    from s321_desk.ui.lookup.history_view import HistoryView
    from s321_desk.ui.lookup.orders_view import OrdersView
    from s321_desk.ui.settings.scheduled_backup import ScheduledBackups
    from s321_desk.ui.settings.view import SettingsView
    from s321_desk.ui.station.pick_tickets_dialog import PickTicketsDialog
    from s321_desk.ui.supervision.decisions_view import DecisionsView
    from s321_desk.ui.supervision.shift_view import ShiftView

DEFAULT_SIZE = QSize(1366, 768)
CLOCK_INTERVAL_MS = 30_000  # the next truck changes at the cut-off: a look twice a minute
SHIFT_INTERVAL_MS = 60_000  # the shift's hours roll over even when nobody packs
# The role a view needs; the others are for everyone at the station (signed in or not).
VIEW_ROLES = {
    "decisions": "supervisor",
    "loads": "driver|supervisor",
    "shift": "supervisor",
    "settings": "admin",
}
WARNING_RED = QColor("#b00020")
STATION_KEPT = 16  # a station name's characters the status bar always shows
VIEW_KEYS = (
    "station",
    "warnings",
    "decisions",
    "loads",
    "history",
    "orders",
    "shift",
    "settings",
    "catalog",
)  # the tabs, in order (Ctrl+1 to Ctrl+9)


class MainWindow(QMainWindow):
    """The first window of the desk; it reads the store through ``services.lookup.overview``
    only."""

    def __init__(
        self,
        store: StoreHandle,
        station: str,
        zone: tzinfo | None = None,
        *,
        label_folder: Path | None = None,
        sounds: SoundOutput | None = None,
        scheduled_backup: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__()
        # The store's one handle, made once at the start: every view writes through it as
        # whoever is signed in at the station (or nobody: a store with users then refuses the
        # write and says who may do it). The views that still open their own units of work
        # are given its engine, acting as the same person.
        self.store = store
        self.actor = store.actor
        engine = self._engine = store.engine
        db_path = self._db_path = store.where
        self._about_box: QMessageBox | None = None
        self._export_dialog: ExportDialog | None = None
        self.setWindowTitle(
            self.tr("s321-desk - {database}").format(database=database_name(db_path))
        )
        self.setFont(base_font(self.font()))
        # The station's sounds open once the window is painted (or at the first sound asked
        # before then), and say then whether this station plays them, at its volume.
        self.sounds = sounds or SoundsOpenedLater(self)
        if isinstance(self.sounds, SoundsOpenedLater):
            self.sounds.opened = self._show_sound
        self.person: Person | None = None
        self._station_name = station
        labels = label_folder or Path(db_path).parent / "labels"
        # Who signed last (signed in, or a decision): the next decisions ask the PIN alone.
        self.signer = RecentSigner()
        self._zone = zone
        self._labels = labels
        self._papers = labels.parent / "papers"  # pick tickets, command sheets, packing slips
        self.station = PackingStation(
            engine, station, labels, sounds=self.sounds, signer=self.signer
        )
        # The warnings watch the store for the whole desk (the one watch the start opens);
        # their first reading waits for the first paint.
        self.warnings = WarningsPanel(engine, zone=zone, read_now=False)
        self._built: dict[str, QWidget] = {"station": self.station, "warnings": self.warnings}
        self.tabs = QTabWidget()
        # Alt+letter is window-wide: the menus keep F, V and H, the Warnings tab W, and the
        # views' own controls the other letters (Ctrl+1 to Ctrl+9 open the views). A view not
        # built yet holds its tab with an empty page until it is first shown.
        self.views: dict[str, QWidget] = {
            key: self._built.get(key) or QWidget() for key in VIEW_KEYS
        }
        for key, widget in self.views.items():
            self.tabs.addTab(widget, self._warnings_tab(0) if key == "warnings" else view_word(key))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the scan field
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.warnings.refreshed.connect(self._on_warnings_refreshed)
        self.warnings.warnings_announced.connect(self._announce)
        self.warnings.parcel_selected.connect(lambda code: self.decisions.select_parcel(code))
        self.station.administrator_needed.connect(self.ask_sign_in)
        self.previews: list[PdfPreviewDialog] = []
        self._jobs: list[Job] = []
        # The first-run checklist, in the menu bar's corner until every step is done (read
        # once the window is painted).
        self.first_run = FirstRunBar(store, station, labels, self)
        self.first_run.hide()
        self.first_run.open_step.connect(self.open_setup_step)
        self.first_run.said.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self._painted = False
        self._status_read = False  # the rules, the next truck and the users: once painted
        self._build_status_bar(station, db_path)
        self._build_menus()
        self.menuBar().setCornerWidget(self.first_run, Qt.Corner.TopRightCorner)
        self._fit_to_screen()
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._show_next_truck)
        self._clock.start(CLOCK_INTERVAL_MS)
        self._shift_clock = QTimer(self)
        self._shift_clock.timeout.connect(lambda: self._if_built("shift", "refresh"))
        self._shift_clock.start(SHIFT_INTERVAL_MS)
        self.backups: ScheduledBackups | None = None
        if scheduled_backup is not None:
            from s321_desk.ui.settings.scheduled_backup import ScheduledBackups

            self.backups = ScheduledBackups(scheduled_backup, self)
            self.backups.written.connect(
                lambda path: self.statusBar().showMessage(
                    self.tr("Backup written: {path}").format(path=path), 15_000
                )
            )
            self.backups.failed.connect(
                lambda why: self.statusBar().showMessage(
                    self.tr("BACKUP FAILED: {why}").format(why=why), 60_000
                )
            )
        self._lock_views()
        if not isinstance(self.sounds, SoundsOpenedLater):
            self._show_sound()
        self.station.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the window is on the screen: now what may wait is read
            self._painted = True
            QTimer.singleShot(0, self.after_first_paint)

    def after_first_paint(self) -> None:
        """What the start leaves until the window is shown: the status bar's readings (the
        rules in force, the next truck, whether the store has users yet: the first reads
        through the store's mappers), the station's sounds, the warnings' first reading (in
        the background) and the first-run checklist. Once; a test may call it sooner."""
        self._painted = True
        if not self._status_read:
            self._status_read = True
            self._show_rules()
            self._show_next_truck()
            self._say_if_no_users()
        if isinstance(self.sounds, SoundsOpenedLater):
            self.sounds.open()
        if self.warnings.reads == 0:
            self.warnings.refresh()
            self.first_run.refresh()

    # -- the views, each built the first time it is shown or asked for ----------------------

    def view(self, key: str) -> QWidget:
        """The view ``key`` (one of ``VIEW_KEYS``), built now if it is not yet."""
        built = self._built.get(key)
        if built is None:
            built = self._build_view(key)
        return built

    @property
    def decisions(self) -> DecisionsView:
        return self.view("decisions")  # type: ignore[return-value]

    @property
    def loads(self) -> LoadsView:
        return self.view("loads")  # type: ignore[return-value]

    @property
    def history(self) -> HistoryView:
        return self.view("history")  # type: ignore[return-value]

    @property
    def orders_view(self) -> OrdersView:
        return self.view("orders")  # type: ignore[return-value]

    @property
    def shift(self) -> ShiftView:
        return self.view("shift")  # type: ignore[return-value]

    @property
    def settings(self) -> SettingsView:
        return self.view("settings")  # type: ignore[return-value]

    @property
    def catalog(self) -> CatalogView:
        return self.view("catalog")  # type: ignore[return-value]

    def _if_built(self, key: str, method: str, *args: object) -> None:
        """Call a view's method if the view is built (one not built reads when it is)."""
        built = self._built.get(key)
        if built is not None:
            getattr(built, method)(*args)

    def _build_view(self, key: str) -> QWidget:
        engine, zone, station = self._engine, self._zone, self._station_name
        view: QWidget
        if key == "decisions":
            from s321_desk.ui.supervision.decisions_view import DecisionsView

            decisions = DecisionsView(engine, zone=zone, station=station, signer=self.signer)
            decisions.decided.connect(self.station.after_decision)
            view = decisions
        elif key == "loads":
            from s321_desk.ui.loads.view import LoadsView

            loads = LoadsView(engine, zone=zone, station=station, data_folder=self._labels.parent)
            loads.job_succeeded.connect(self._paper_written)
            loads.set_person(self.person)  # whose records' personal data may be shown
            view = loads
        elif key == "history":
            from s321_desk.ui.lookup.history_view import HistoryView

            history = HistoryView(engine, zone=zone, station=station, label_folder=self._labels)
            history.trips.job_succeeded.connect(self._paper_written)
            view = history
        elif key == "orders":
            from s321_desk.ui.lookup.orders_view import OrdersView

            orders = OrdersView(engine, zone, self.font())
            orders.open_parcel.connect(self.open_parcel)
            orders.refresh()
            view = orders
        elif key == "shift":
            from s321_desk.ui.supervision.shift_view import ShiftView

            view = ShiftView(engine, zone=zone)
        elif key == "settings":
            from s321_desk.ui.settings.view import SettingsView

            settings = SettingsView(self.store, station=station, zone=zone)
            settings.who = self.person.name if self.person else ""
            settings.settings_saved.connect(lambda _keys: self._show_status())
            settings.rules_changed.connect(self._show_status)
            for signal in (settings.users_changed, settings.fx_rates_changed):
                signal.connect(self.first_run.refresh)
            settings.settings_saved.connect(lambda _keys: self.first_run.refresh())
            settings.stations_page.say_silent(silent_because(self.sounds))
            view = settings
        elif key == "catalog":
            from s321_desk.ui.lookup.catalog_view import CatalogView

            catalog = CatalogView(engine, station=station)
            catalog.person = self.person
            catalog.refresh()
            view = catalog
        else:
            raise KeyError(key)
        self._built[key] = view
        self._place(key, view)
        return view

    def _place(self, key: str, view: QWidget) -> None:
        """The built view takes its empty page's place in the tabs (the tab, its words, its
        tip and whether it opens unchanged; the tab shown stays shown)."""
        page = self.views[key]
        index = self.tabs.indexOf(page)
        current = self.tabs.currentIndex()
        bar = self.tabs.tabBar()
        text, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        enabled, colour = self.tabs.isTabEnabled(index), bar.tabTextColor(index)
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, view, text)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setTabEnabled(index, enabled)
            bar.setTabTextColor(index, colour)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        self.views[key] = view
        page.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clock.stop()
        self._shift_clock.stop()
        # Their reads (and the warnings' own connection) end before the store is disposed.
        self.warnings.shutdown()
        self._if_built("shift", "shutdown")
        self._if_built("loads", "shutdown")
        self._if_built("history", "wait_for_jobs")
        if self.backups is not None:
            self.backups.shutdown()
        for job in self._jobs:
            job.wait(10)
        super().closeEvent(event)

    def show_tab(self, widget: QWidget) -> None:
        """Show a view; one the signed-in person's role does not open asks who is there."""
        key = self._key_of(widget)
        if not self.may_open(key):
            self.statusBar().showMessage(
                self.tr("{view}: sign in as {roles} (F2)").format(
                    view=view_word(key), roles=role_words(VIEW_ROLES[key])
                ),
                10_000,
            )
            self.ask_sign_in(then=widget)
            return
        self.tabs.setCurrentWidget(widget)
        (self.station if widget is self.station else widget).setFocus()

    def may_open(self, key: str) -> bool:
        needs = VIEW_ROLES.get(key)
        if needs is None:
            return True
        return self.person is not None and any(self.person.may(r) for r in needs.split("|"))

    def ask_sign_in(self, then: QWidget | None = None) -> SignInDialog:
        """The sign-in dialog (or, on a store with no user, the first administrator's)."""
        dialog = SignInDialog(self.store, self, self._station_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(lambda person: self.set_person(person, then))
        dialog.open()
        self._sign_in_dialog = dialog
        return dialog

    def set_person(self, person: Person | None, then: QWidget | None = None) -> None:
        current = self._key_of(self.tabs.currentWidget())
        self.person = self.actor.person = person
        self.signed_in.set_person(person)
        if person is not None and person.may("supervisor"):
            self.signer.signed(person.name)
        else:
            self.signer.forget()
        if "settings" in self._built:
            self.settings.who = person.name if person else ""
        if "catalog" in self._built:
            self.catalog.person = person
        self._if_built("loads", "set_person", person)  # whose records' personal data show
        self._lock_views()  # (a tab widget moves off a tab it disables: put back below)
        if person is not None and then is not None and self.may_open(self._key_of(then)):
            self.show_tab(then)
        elif self.may_open(current):
            self.tabs.setCurrentWidget(self.view(current))
        else:
            self.show_tab(self.station)

    def _key_of(self, widget: QWidget | None) -> str:
        return next((k for k, v in self.views.items() if v is widget), "station")

    def _lock_views(self) -> None:
        """A view the signed-in person's role does not open is greyed, its reason in a tip."""
        for key, widget in self.views.items():
            index = self.tabs.indexOf(widget)
            allowed = self.may_open(key)
            self.tabs.setTabEnabled(index, allowed)
            self.tabs.setTabToolTip(
                index,
                ""
                if allowed
                else self.tr("Sign in as {roles} (F2)").format(roles=role_words(VIEW_ROLES[key])),
            )

    def _on_tab_changed(self, index: int) -> None:
        # Keys typed into the scan field by hand and left there (no Enter) are not a scan:
        # a view switch clears them, so they never prefix the next code.
        self.station.scan_field.clear()
        key = next((k for k, v in self.views.items() if v is self.tabs.widget(index)), None)
        if key is not None and key not in self._built:
            try:
                self.view(key)  # shown for the first time: built now, in its tab's place
            except StoreUnavailable as error:  # busy: said on its page, built when shown again
                self._say_on_page(key, str(error))
        if self.tabs.widget(index) is self.station:
            self.station.setFocus()

    def _say_on_page(self, key: str, text: str) -> None:
        """A view not built yet says on its empty page why (the store's own sentence)."""
        page = self.views[key]
        label = page.findChild(QLabel, "unavailable")
        if label is None:
            label = QLabel(page)
            label.setObjectName("unavailable")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setStyleSheet("color: #b00020;")  # as the live views say it
            layout = QVBoxLayout(page)
            layout.addWidget(label)
            layout.addStretch(1)
        label.setText(text)

    def _on_warnings_refreshed(self) -> None:
        """The store changed (or was read again): what shows it follows."""
        self._show_warning_count()
        self._if_built("decisions", "refresh")
        self._if_built("shift", "refresh")
        self._show_order_again()
        # New labels waiting for this station (RELABEL) print now.
        self.station.print_relabels(self.warnings.model.rows())
        # Another station's change is read while a step waits (once set up, nothing is read
        # on a scan); the desk's own settings, users, rates and imports are read each time.
        if not self.first_run.isHidden():
            self.first_run.refresh()

    def _show_warning_count(self) -> None:
        count = self.warnings.model.rowCount()
        index = self.tabs.indexOf(self.warnings)
        self.tabs.setTabText(index, self._warnings_tab(count))
        self.tabs.tabBar().setTabTextColor(index, WARNING_RED if count else QColor())

    def _warnings_tab(self, count: int) -> str:
        if not count:
            return self.tr("&Warnings")
        return self.tr("&Warnings ({count})").format(count=format_count(count))

    def _announce(self, parcels: list[str]) -> None:
        """A new warning on any station: heard, and said in the status bar (never a dialog)."""
        self.sounds.play(Sound.CHECK)
        self.statusBar().showMessage(
            self.tr("NEW WARNING: {parcels} need a decision (Warnings tab, Ctrl+2)").format(
                parcels=", ".join(parcels)
            ),
            15_000,
        )

    def refresh(self) -> None:
        """Read the counts and the newest orders again from the store."""
        self._if_built("orders", "refresh")
        self._show_rules()
        self._show_next_truck()
        self.warnings.refresh()
        self._if_built("catalog", "refresh")
        self.first_run.refresh()

    def open_setup_step(self, key: str) -> None:
        """The place where a first-run step is done: sign-in, a settings page, an import."""
        settings = self.settings
        pages = {"company": settings.papers_page, "carrier": settings.truck_page,
                 "port": settings.truck_page, "printers": settings.stations_page,
                 "users": settings.users_page, "fx_rates": settings.fx_page}  # fmt: skip
        if key == "administrator":
            self.ask_sign_in()
        elif key in pages:
            self.show_tab(settings)
            settings.tabs.setCurrentWidget(pages[key])
            if key == "printers":
                settings.stations_page.select(self._station_name)
        elif key in ("catalog", "orders"):
            if not self._step_done(key):
                self.import_file(key)
            else:
                self.show_tab(self.catalog if key == "catalog" else self.orders_view)

    def _step_done(self, key: str) -> bool:
        return any(step.done for step in self.first_run.steps if step.key == key)

    def _show_order_again(self) -> None:
        """The store changed: the order shown is read again (a station packing it)."""
        if "orders" not in self._built:
            return
        panel = self.orders_view.order_panel
        if self.tabs.currentWidget() is self.orders_view and panel.order_id:
            panel.show_order(panel.order_id)

    def open_parcel(self, code: str) -> None:
        """A parcel's history in the History view (found by its id)."""
        self.show_tab(self.history)
        self.history.search(code)

    def _build_status_bar(self, station: str, db_path: Path | str) -> None:
        status = self.statusBar()
        # A long station name gives way too (elided, the whole in its tooltip).
        self.station_label = ElidedLabel(self.tr("Station: {station}").format(station=station))
        self.database_label = ElidedLabel(
            self.tr("Database: {database}").format(database=database_name(db_path))
        )
        self.database_label.setToolTip(str(db_path))
        # The label that gives way first when the bar is full (its full path in the tooltip),
        # then the signed-in person's (elided, whole in its tooltip); where, the truck and the
        # rules never do.
        self.database_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.signed_in = SignedInWidget(self.store, station)
        self.signed_in.sign_in_requested.connect(self.ask_sign_in)
        self.signed_in.signed_out.connect(lambda _person: self.set_person(None))
        self.signed_in_label = self.signed_in.label
        self.rules_label = QLabel()
        self.next_truck_label = QLabel()
        self.sound_label = QLabel()  # no sound device, or muted: said, never a silent failure
        self.sound_label.setStyleSheet("color: #b00020; font-weight: bold")
        widgets = (
            self.signed_in,
            self.station_label,
            self.sound_label,
            self.database_label,
            self.next_truck_label,
            self.rules_label,
        )
        for position, widget in enumerate(widgets):
            if isinstance(widget, QLabel):
                widget.setTextFormat(Qt.TextFormat.PlainText)
            widget.setContentsMargins(3, 2, 3, 2)
            if position and widget is not self.sound_label:  # (it is said beside the station)
                status.addPermanentWidget(_separator())
            status.addPermanentWidget(widget, 1 if widget is self.database_label else 0)
        self.signed_in.setToolTip(
            self.tr("Scans are recorded against the station (and who signed in)")
        )

    def _say_if_no_users(self) -> None:
        with one_action(self.store.engine) as uow:
            nobody = count_users(uow) == 0
        if nobody:
            self.statusBar().showMessage(
                self.tr(
                    "No users yet: scans are recorded against the station. Create the "
                    "administrator (F2) before any supervisor action."
                ),
                60_000,
            )

    def _show_next_truck(self) -> None:
        with one_action(self._engine) as uow:
            truck = next_truck(uow, datetime.now(UTC), self._station_name)
        self.next_truck_label.setText(truck.sentence())
        self.next_truck_label.setToolTip(f"{truck.port.code} {truck.port.name}")
        # Never cut; the database's name gives way first, then the person's, then a station
        # name longer than most (its first 16 characters kept).
        self.next_truck_label.setMinimumWidth(self.next_truck_label.sizeHint().width())
        name = self._station_name
        kept = name if len(name) <= STATION_KEPT else name[:STATION_KEPT] + "…"
        kept = self.tr("Station: {station}").format(station=kept)
        self.station_label.setMinimumWidth(
            self.station_label.fontMetrics().horizontalAdvance(kept) + 8
        )

    def _show_status(self) -> None:
        self._show_rules()
        self._show_next_truck()
        self._show_sound()

    def _show_sound(self) -> None:
        """The station's volume and mute set on its sounds; no device or muted said in the
        status bar (the reason in its tip) and in the station's sound settings."""
        with one_action(self.store.engine) as uow:
            settings = all_settings(uow)
        volume, muted = station_sound(settings, self._station_name)
        set_volume(self.sounds, volume, muted)
        why = silent_because(self.sounds)
        if "settings" in self._built:
            self.settings.stations_page.say_silent(why)
        if why:
            self.sound_label.setText(self.tr("No sound"))
            self.sound_label.setToolTip(
                self.tr(
                    "This station plays no sound: {why}. Every verdict is on the screen."
                ).format(why=why)
            )
        elif muted or volume == 0:
            self.sound_label.setText(self.tr("Sound off"))
            self.sound_label.setToolTip(
                self.tr("This station's sound is muted in Settings > Stations and printers.")
            )
        else:
            self.sound_label.setText("")
            self.sound_label.setToolTip("")
        self.sound_label.setVisible(bool(self.sound_label.text()))

    def _show_rules(self) -> None:
        """The regime in force for a crossing now; a pin loudly, in words and colour."""
        with one_action(self.store.engine) as uow:
            status = rules_status(uow, datetime.now(UTC))
        if status.pinned_as_of is None:
            self.rules_label.setText(self.tr("Rules: {regime}").format(regime=word(status.regime)))
            self.rules_label.setStyleSheet("")
        else:
            self.rules_label.setText(
                self.tr("RULES PINNED to {day}: {regime}").format(
                    day=f"{status.pinned_as_of:%Y-%m-%d}", regime=word(status.regime)
                )
            )
            self.rules_label.setStyleSheet("background: #b00020; color: white; font-weight: bold")
        self.rules_label.setToolTip(status.sentence())
        self.rules_label.setMinimumWidth(self.rules_label.sizeHint().width())  # never cut

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        file_menu.addAction(self.refresh_action)
        self.find_action = QAction(self.tr("&Find an order"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self._focus_search)
        file_menu.addAction(self.find_action)
        file_menu.addSeparator()
        self.sign_in_action = QAction(self.tr("Sign &in or out"), self)
        self.sign_in_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.sign_in_action.triggered.connect(self._sign_in_or_out)
        file_menu.addAction(self.sign_in_action)
        for kind, text in (
            ("orders", self.tr("Import orders...")),
            ("catalog", self.tr("Import catalog...")),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, k=kind: self.import_file(k))
            file_menu.addAction(action)
        self.export_action = QAction(self.tr("Export..."), self)
        self.export_action.triggered.connect(self._open_export)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.pick_tickets_action = QAction(self.tr("Print pic&k tickets..."), self)
        self.pick_tickets_action.triggered.connect(self.print_pick_tickets)
        self.commands_action = QAction(self.tr("Print the command &barcodes"), self)
        self.commands_action.triggered.connect(self.print_command_sheet)
        self.slip_action = QAction(self.tr("Print a packing s&lip..."), self)
        self.slip_action.triggered.connect(self.print_packing_slip)
        for action in (self.pick_tickets_action, self.commands_action, self.slip_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, key in enumerate(VIEW_KEYS, start=1):
            action = QAction(view_word(key), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_tab(self.view(k)))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About s321-desk"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _paper_written(self, title: str, result: object) -> None:
        """A paper the loads view wrote goes on: to the station's document printer when it is
        a CUPS queue, to the preview (and its print dialog) unless the station keeps files."""
        from s321_desk.services.papers.printers import document_printer, send_paper
        from s321_desk.services.papers.to_file import Printed
        from s321_desk.ui.dialogs.print_preview import PdfPreviewDialog

        if not isinstance(result, Printed):  # the e-manifest is data for a filing tool
            return
        with one_action(self._engine) as uow:
            spec = document_printer(uow, self._station_name)
        if spec.kind == PrinterKind.FILE:
            return
        if spec.kind == PrinterKind.PDF_CUPS and spec.queue:
            queue = spec.queue
            job = Job(lambda _progress: send_paper(self._engine, self._station_name, result, queue))
            job.signals.succeeded.connect(
                lambda job_id: self.statusBar().showMessage(
                    self.tr("{paper} sent to the CUPS queue {queue} (job {job})").format(
                        paper=title, queue=queue, job=job_id
                    ),
                    15_000,
                )
            )
            job.signals.failed.connect(
                lambda error: self.statusBar().showMessage(
                    self.tr("{paper} NOT PRINTED: {error}").format(paper=title, error=error),
                    30_000,
                )
            )
            self._jobs.append(job.start())
            return
        preview = PdfPreviewDialog(Path(result.file), title, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(lambda _=None, p=preview: self.previews.remove(p))
        self.previews.append(preview)
        preview.show()

    # -- papers for the floor: pick tickets, the command sheet, a packing slip ----------------

    def print_pick_tickets(self) -> PickTicketsDialog:
        """A wave's pick tickets (the day's, this station's share, or a list), then shown."""
        from s321_desk.ui.station.pick_tickets_dialog import PickTicketsDialog

        dialog = PickTicketsDialog(
            self._engine, self._station_name, self._papers, datetime.now().date(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.printed.connect(lambda printed: self._floor_paper(self.tr("Pick tickets"), printed))
        dialog.show()
        return dialog

    def print_command_sheet(self) -> Job:
        """The sheet of command barcodes for this station, then shown."""
        from s321_desk.services.packing.pick_tickets import print_command_sheet

        out = self._papers / f"commands-{self._station_name or 'station'}.pdf"
        station = self._station_name

        def make() -> Printed:  # one transaction: the sheet printed, its print audited
            with one_action(self.store.engine, immediate=True) as uow:
                return print_command_sheet(uow, out, station)

        return self._floor_job(self.tr("Command barcodes"), make)

    def print_packing_slip(self, parcel: str | None = None) -> Job | None:
        """A box's packing slip (its items, no prices), asked by parcel id."""
        from s321_desk.services.packing.pick_tickets import print_packing_slip

        if parcel is None:
            parcel, ok = QInputDialog.getText(
                self, self.tr("Packing slip"), self.tr("Parcel (scan its label):")
            )
            if not ok or not parcel.strip():
                return None
        code = parcel.strip().rpartition("-")[0] if "-" in parcel else parcel.strip()
        out = self._papers / f"packing-slip-{code}.pdf"

        def make() -> Printed:  # one transaction: the box's slip read, its print audited
            with one_action(self.store.engine, immediate=True) as uow:
                return print_packing_slip(uow, code, out)

        return self._floor_job(self.tr("Packing slip"), make)

    def _floor_job(self, title: str, make: Callable[[], Printed]) -> Job:
        def work(_progress: object) -> Printed:
            self._papers.mkdir(parents=True, exist_ok=True)
            return make()

        job = Job(work)
        job.signals.succeeded.connect(lambda printed: self._floor_paper(title, printed))
        job.signals.failed.connect(
            lambda error: self.statusBar().showMessage(
                self.tr("{paper} NOT PRINTED: {error}").format(paper=title, error=error), 30_000
            )
        )
        self._jobs.append(job.start())
        return job

    def _floor_paper(self, title: str, printed: Printed) -> None:
        self.statusBar().showMessage(printed.sentence(), 15_000)
        self._paper_written(title, printed)

    def import_file(self, kind: str, path: Path | None = None) -> ImportDialog:
        """The import dialog (it does not block the window); asks for the file unless given."""
        from s321_desk.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.store, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _summary: self.refresh())
        dialog.show()
        if path is None:
            dialog.choose_file()
        else:
            dialog.start(path)
        return dialog

    def _open_export(self) -> None:
        """The File menu's Export... dialog (one the window keeps, made on first use)."""
        from s321_desk.ui.dialogs.export_dialog import ExportDialog

        if self._export_dialog is None:
            self._export_dialog = ExportDialog(self.store, self)
        self._export_dialog.show()

    def _sign_in_or_out(self) -> None:
        if self.person is None:
            self.ask_sign_in()
        else:
            self.signed_in.sign_out()

    def show_about(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About s321-desk"),
            self.tr(
                "s321-desk {version}\n\nThe border desk of a cross-border fulfillment "
                "warehouse: packing, checks before the border, truck loads and their papers."
                "\n\nDatabase: {database}"
            ).format(version=__version__, database=self._db_path),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._about_box = box
        return box

    def _fit_to_screen(self) -> None:
        screen = self.screen()
        available = screen.availableGeometry().size() if screen else DEFAULT_SIZE
        self.resize(DEFAULT_SIZE.boundedTo(available))

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.orders_view)
        self.orders_view.focus_search()


def view_word(key: str) -> str:
    """A view's name, as its tab and the View menu say it."""
    return {
        "station": QCoreApplication.translate("MainWindow", "Packing station"),
        "warnings": QCoreApplication.translate("MainWindow", "Warnings"),
        "decisions": QCoreApplication.translate("MainWindow", "Decisions"),
        "loads": QCoreApplication.translate("MainWindow", "Loads"),
        "history": QCoreApplication.translate("MainWindow", "History"),
        "orders": QCoreApplication.translate("MainWindow", "Orders"),
        "shift": QCoreApplication.translate("MainWindow", "Shift"),
        "settings": QCoreApplication.translate("MainWindow", "Settings"),
        "catalog": QCoreApplication.translate("MainWindow", "Catalog"),
    }[key]


def role_words(roles: str) -> str:
    """Who may open a view (``VIEW_ROLES``), as the sign-in hint says it."""
    return {
        "supervisor": QCoreApplication.translate("MainWindow", "a supervisor"),
        "driver|supervisor": QCoreApplication.translate("MainWindow", "a driver or a supervisor"),
        "admin": QCoreApplication.translate("MainWindow", "an admin"),
    }[roles]


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def database_name(store: Path | str) -> str:
    """The store in a few words: the file's name, or a shared database's name and server
    (``store`` is then its URL without the password)."""
    if isinstance(store, Path):
        return store.name
    url = make_url(store)
    server = url.host or QCoreApplication.translate("MainWindow", "local socket")
    return QCoreApplication.translate("MainWindow", "{database} on {server}").format(
        database=url.database, server=server
    )
