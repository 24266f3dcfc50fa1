"""The orders view: the newest orders of the store, a search over them, and the chosen order's
lines and parcels (one opened in History). It reads the store through ``services.lookup`` only;
the main window places it among the views."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from s321_desk.services.lookup.overview import StoreCounts, recent_orders, store_counts
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.formatting import format_count
from s321_desk.ui.kit.style import header_font
from s321_desk.ui.kit.table_model import read_only_table
from s321_desk.ui.lookup.order_model import OrderColumn, OrderFilterProxyModel, OrderTableModel
from s321_desk.ui.lookup.order_panel import OrderPanel

RECENT_ORDERS_LIMIT = 500
SIZED_ROWS = 60  # the orders whose texts the columns' widths are fitted to


class OrdersView(QWidget):
    """The store's newest orders, searched as one types; ``open_parcel`` asks for a parcel's
    history (its id)."""

    open_parcel = Signal(str)

    def __init__(self, engine: Engine, zone: tzinfo | None, font: QFont) -> None:
        super().__init__()
        self._engine = engine
        self._order_count = 0
        self.model = OrderTableModel(self, zone)
        self.proxy = OrderFilterProxyModel(self.model, self)
        self.header_label = QLabel()
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)
        self.header_label.setFont(header_font(font))

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search order, name, city..."))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_changed)
        self.search_edit.installEventFilter(self)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)
        self.shown_label = QLabel()
        self.shown_label.setTextFormat(Qt.TextFormat.PlainText)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 2)
        search_row.addStretch(1)
        search_row.addWidget(self.shown_label)

        self.table = self._make_table(self.proxy)
        # The chosen order's lines (packed or not) and its parcels, one opened in History.
        self.order_panel = OrderPanel(engine, zone)
        self.order_panel.open_parcel.connect(self.open_parcel)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.order_panel.show_order(
                self.proxy.order_at(current.row()).order_id if current.isValid() else None
            )
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.order_panel)
        split.setSizes([300, 260])
        layout = QVBoxLayout()
        layout.addWidget(self.header_label)
        layout.addLayout(search_row)
        layout.addWidget(split, 1)
        self.setLayout(layout)
        self.setFocusProxy(self.search_edit)
        self.setTabOrder(self.search_edit, self.table)

    def refresh(self) -> None:
        """Read the counts and the newest orders again from the store."""
        with one_action(self._engine) as uow:  # the counts, the orders and the one shown
            counts = store_counts(uow)
            orders = recent_orders(uow, RECENT_ORDERS_LIMIT)
            self.order_panel.show_order(self.order_panel.order_id, uow)  # again, if still there
        self._order_count = counts.orders
        self.model.set_rows(orders)
        self.header_label.setText(_header_text(counts))
        self._size_columns()
        self._update_shown_label()

    def _make_table(self, proxy: OrderFilterProxyModel) -> QTableView:
        table = read_only_table(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(OrderColumn.CREATED, Qt.SortOrder.DescendingOrder)
        table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard-only use
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        return table

    def _size_columns(self) -> None:
        # The widths fit the newest orders (those on screen and the next ones), not all 500:
        # asking every row for its size was a tenth of the desk's start.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        padding = self.table.fontMetrics().horizontalAdvance("MM")
        for column in OrderColumn:
            width = header.sectionSize(column) + padding
            header.resizeSection(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OrderColumn.RECIPIENT, QHeaderView.ResizeMode.Stretch)

    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_shown_label()

    def _update_shown_label(self) -> None:
        shown, loaded = self.proxy.rowCount(), self.model.rowCount()
        if loaded == 0:
            text = self.tr("No orders in this database yet.")
        elif shown != loaded:
            text = (
                self.tr("Showing {shown} of {count} order.")
                if loaded == 1
                else self.tr("Showing {shown} of {count} orders.", "", loaded)
            )
        elif loaded < self._order_count:
            text = self.tr("Showing the {count} newest.", "", loaded)
        else:
            text = (
                self.tr("Showing all {count} order.")
                if loaded == 1
                else self.tr("Showing all {count} orders.", "", loaded)
            )
        self.shown_label.setText(text.format(shown=format_count(shown), count=format_count(loaded)))

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

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


def _header_text(counts: StoreCounts) -> str:
    """``5 orders, 9 order lines, 3 products`` (a count of 1 in the singular)."""
    orders, lines, products = counts.orders, counts.order_lines, counts.products
    return QCoreApplication.translate("OrdersView", "{orders}, {lines}, {products}").format(
        orders=(
            QCoreApplication.translate("OrdersView", "{count} order")
            if orders == 1
            else QCoreApplication.translate("OrdersView", "{count} orders")
        ).format(count=format_count(orders)),
        lines=(
            QCoreApplication.translate("OrdersView", "{count} order line")
            if lines == 1
            else QCoreApplication.translate("OrdersView", "{count} order lines")
        ).format(count=format_count(lines)),
        products=(
            QCoreApplication.translate("OrdersView", "{count} product")
            if products == 1
            else QCoreApplication.translate("OrdersView", "{count} products")
        ).format(count=format_count(products)),
    )
