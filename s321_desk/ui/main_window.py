"""The main window: the packing station, the live warnings, the orders; who and where we are."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from s321_desk import __version__
from s321_desk.services.overview import StoreCounts, recent_orders, store_counts
from s321_desk.services.rules_admin import rules_status
from s321_desk.services.station import next_truck
from s321_desk.ui.formatting import format_count, plural
from s321_desk.ui.order_table_model import OrderColumn, OrderFilterProxyModel, OrderTableModel
from s321_desk.ui.packing_station import PackingStation
from s321_desk.ui.sounds import Sound, SoundOutput, open_sound_output
from s321_desk.ui.style import base_font, header_font
from s321_desk.ui.warnings_panel import WarningsPanel

DEFAULT_SIZE = QSize(1366, 768)
RECENT_ORDERS_LIMIT = 500
SIGNED_IN_TEXT = "Signed in: nobody"
CLOCK_INTERVAL_MS = 30_000  # the next truck changes at the cut-off: a look twice a minute
WARNING_RED = QColor("#b00020")


class MainWindow(QMainWindow):
    """The first window of the desk; it reads the store through ``services.overview`` only."""

    def __init__(
        self,
        engine: Engine,
        db_path: Path,
        station: str,
        zone: tzinfo | None = None,
        *,
        label_folder: Path | None = None,
        sounds: SoundOutput | None = None,
    ) -> None:
        super().__init__()
        self._engine = engine
        self._db_path = db_path
        self._about_box: QMessageBox | None = None
        self._order_count = 0
        self.setWindowTitle(f"s321-desk - {db_path.name}")
        self.setFont(base_font(self.font()))
        self.sounds = sounds or open_sound_output(self)
        self.station = PackingStation(engine, station, label_folder or db_path.parent / "labels",
                                      sounds=self.sounds)  # fmt: skip
        self.warnings = WarningsPanel(engine, zone=zone)
        self.model = OrderTableModel(self, zone)
        self.proxy = OrderFilterProxyModel(self.model, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.station, "Packing &station")
        self.tabs.addTab(self.warnings, "&Warnings")
        self.orders_view = self._build_orders(self.proxy)
        self.tabs.addTab(self.orders_view, "&Orders")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the scan field
        self.setCentralWidget(self.tabs)
        self.warnings.refreshed.connect(self._show_warning_count)
        self.warnings.warnings_announced.connect(self._announce)
        self._build_status_bar(station, db_path)
        self._build_menus()
        self._fit_to_screen()
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._show_next_truck)
        self._clock.start(CLOCK_INTERVAL_MS)
        self.refresh()
        self.station.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clock.stop()
        self.warnings.shutdown()  # its reads and its own connection end before the store
        super().closeEvent(event)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)
        (self.station if widget is self.station else widget).setFocus()

    def _show_warning_count(self) -> None:
        count = self.warnings.model.rowCount()
        index = self.tabs.indexOf(self.warnings)
        self.tabs.setTabText(index, f"&Warnings ({count})" if count else "&Warnings")
        self.tabs.tabBar().setTabTextColor(index, WARNING_RED if count else QColor())

    def _announce(self, parcels: list[str]) -> None:
        """A new warning on any station: heard, and said in the status bar (never a dialog)."""
        self.sounds.play(Sound.CHECK)
        self.statusBar().showMessage(
            f"NEW WARNING: {', '.join(parcels)} need a decision (Warnings tab, Ctrl+2)", 15_000
        )

    def refresh(self) -> None:
        """Read the counts and the newest orders again from the store."""
        counts = store_counts(self._engine)
        self._order_count = counts.orders
        self.model.set_rows(recent_orders(self._engine, RECENT_ORDERS_LIMIT))
        self.header_label.setText(_header_text(counts))
        self._show_rules()
        self._show_next_truck()
        self.warnings.refresh()
        self._size_columns()
        self._update_shown_label()

    def _build_orders(self, proxy: OrderFilterProxyModel) -> QWidget:
        self.header_label = QLabel()
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)
        self.header_label.setFont(header_font(self.font()))

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search order, name, city...")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_changed)
        self.search_edit.installEventFilter(self)
        search_label = QLabel("&Search:")
        search_label.setBuddy(self.search_edit)
        self.shown_label = QLabel()
        self.shown_label.setTextFormat(Qt.TextFormat.PlainText)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 2)
        search_row.addStretch(1)
        search_row.addWidget(self.shown_label)

        self.table = self._make_table(proxy)
        layout = QVBoxLayout()
        layout.addWidget(self.header_label)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        orders = QWidget()
        orders.setLayout(layout)
        orders.setFocusProxy(self.search_edit)
        self.setTabOrder(self.search_edit, self.table)
        return orders

    def _make_table(self, proxy: OrderFilterProxyModel) -> QTableView:
        table = QTableView()
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(OrderColumn.CREATED, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard-only use
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        return table

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        padding = self.table.fontMetrics().horizontalAdvance("MM")
        for column in OrderColumn:
            width = header.sectionSize(column) + padding
            header.resizeSection(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OrderColumn.RECIPIENT, QHeaderView.ResizeMode.Stretch)

    def _build_status_bar(self, station: str, db_path: Path) -> None:
        status = self.statusBar()
        self.station_label = QLabel(f"Station: {station}")
        self.database_label = QLabel(f"Database: {db_path.name}")
        self.database_label.setToolTip(str(db_path))
        self.signed_in_label = QLabel(SIGNED_IN_TEXT)
        self.rules_label = QLabel()
        self.next_truck_label = QLabel()
        labels = (self.signed_in_label, self.station_label, self.database_label,
                  self.next_truck_label, self.rules_label)  # fmt: skip
        for position, label in enumerate(labels):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setContentsMargins(8, 2, 8, 2)
            if position:
                status.addPermanentWidget(_separator())
            status.addPermanentWidget(label, 1 if label is self.database_label else 0)
        self.signed_in_label.setToolTip("Scans are recorded against the station")

    def _show_next_truck(self) -> None:
        truck = next_truck(self._engine, datetime.now(UTC))
        self.next_truck_label.setText(truck.sentence())
        self.next_truck_label.setToolTip(f"{truck.port.code} {truck.port.name}")
        for label in (self.signed_in_label, self.station_label, self.next_truck_label):
            label.setMinimumWidth(label.sizeHint().width())  # never cut

    def _show_rules(self) -> None:
        """The regime in force for a crossing now; a pin loudly, in words and colour."""
        status = rules_status(self._engine, datetime.now(UTC))
        if status.pinned_as_of is None:
            self.rules_label.setText(f"Rules: {status.regime}")
            self.rules_label.setStyleSheet("")
        else:
            self.rules_label.setText(
                f"RULES PINNED to {status.pinned_as_of:%Y-%m-%d}: {status.regime}"
            )
            self.rules_label.setStyleSheet("background: #b00020; color: white; font-weight: bold")
        self.rules_label.setToolTip(status.sentence())
        self.rules_label.setMinimumWidth(self.rules_label.sizeHint().width())  # never cut

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.refresh_action = QAction("&Refresh", self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        file_menu.addAction(self.refresh_action)
        self.find_action = QAction("&Find an order", self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self._focus_search)
        file_menu.addAction(self.find_action)
        file_menu.addSeparator()
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu("&View")
        for number, (text, widget) in enumerate(
            (("Packing station", self.station), ("Warnings", self.warnings),
             ("Orders", self.orders_view)), start=1,
        ):  # fmt: skip
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, shown=widget: self.show_tab(shown))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = QAction("&About s321-desk", self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "About s321-desk",
            f"s321-desk {__version__}\n\n"
            "The border desk of a cross-border fulfillment warehouse: packing, "
            "checks before the border, truck loads and their papers.\n\n"
            f"Database: {self._db_path}",
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
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_shown_label()

    def _update_shown_label(self) -> None:
        shown, loaded = self.proxy.rowCount(), self.model.rowCount()
        if loaded == 0:
            text = "No orders in this database yet."
        elif shown != loaded:
            text = f"Showing {format_count(shown)} of {plural(loaded, 'order')}."
        elif loaded < self._order_count:
            text = f"Showing the {format_count(loaded)} newest."
        else:
            text = f"Showing all {plural(loaded, 'order')}."
        self.shown_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and self._on_search_key(event.key()):
                return True
        return super().eventFilter(watched, event)

    def _on_search_key(self, key: int) -> bool:
        """Escape clears the search; Down or Enter goes to the table. True if handled."""
        if key == Qt.Key.Key_Escape and self.search_edit.text():
            self.search_edit.clear()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._focus_table()
            return True
        return False

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _header_text(counts: StoreCounts) -> str:
    return ", ".join(
        (
            plural(counts.orders, "order"),
            plural(counts.order_lines, "order line"),
            plural(counts.products, "product"),
        )
    )
