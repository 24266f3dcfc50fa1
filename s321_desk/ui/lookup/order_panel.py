"""Under the orders list: the chosen order's lines, whether each is packed (and in which
parcel), and its parcels; Enter or "Open the parcel" shows a parcel in History."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from s321_desk.services.lookup.order_lines import LineState, OrderLines, OrderParcel, order_lines
from s321_desk.store.uow import Work, one_action
from s321_desk.ui.kit.formatting import format_local_time
from s321_desk.ui.kit.table_model import Column, RowTableModel, read_only_table
from s321_desk.ui.kit.words import word

STATE_COLOURS = {
    "packed": QColor("#c8e6c9"),  # green
    "packing": QColor("#fff59d"),  # yellow: in a parcel open at a station
    "part": QColor("#ffe0b2"),  # orange
    "not_packed": None,
}


class LineStateModel(RowTableModel[LineState]):
    def __init__(self, parent: QWidget | None = None) -> None:
        states = {
            "packed": self.tr("Packed"),
            "packing": self.tr("Being packed"),
            "part": self.tr("Part packed"),
            "not_packed": self.tr("Not packed"),
        }
        columns = (
            Column[LineState](
                self.tr("Line"), lambda s: str(s.line_no), sort=lambda s: s.line_no, numeric=True
            ),
            Column[LineState](self.tr("SKU"), lambda s: s.sku),
            Column[LineState](self.tr("Description"), lambda s: s.description),
            Column[LineState](
                self.tr("Packed"),
                lambda s: f"{s.packed} / {s.ordered}",
                sort=lambda s: s.packed,
                numeric=True,
            ),
            Column[LineState](self.tr("State"), lambda s: states[s.state]),
            Column[LineState](self.tr("In parcel"), lambda s: ", ".join(s.parcels)),
        )
        super().__init__(columns, parent)

    def background(self, row: LineState, column: int) -> QColor | None:
        return STATE_COLOURS[row.state] if column in (3, 4) else None


class OrderParcelModel(RowTableModel[OrderParcel]):
    def __init__(self, zone: tzinfo | None, parent: QWidget | None = None) -> None:
        columns = (
            Column[OrderParcel](self.tr("Parcel"), lambda p: p.code),
            Column[OrderParcel](self.tr("Status"), lambda p: word(p.status)),
            Column[OrderParcel](
                self.tr("Items"), lambda p: str(p.items), sort=lambda p: p.items, numeric=True
            ),
            Column[OrderParcel](self.tr("Truck"), lambda p: p.trip or ""),
            Column[OrderParcel](
                self.tr("Closed"),
                lambda p: format_local_time(p.closed_at, zone) if p.closed_at else "",
            ),
        )
        super().__init__(columns, parent)


def _table(model: RowTableModel, stretch: int) -> QTableView:  # type: ignore[type-arg]
    table = read_only_table(model)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class OrderPanel(QWidget):
    """``open_parcel(code)``: show that parcel's history."""

    open_parcel = Signal(str)

    def __init__(
        self, engine: Engine, zone: tzinfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self.order_id: int | None = None
        self.shown: OrderLines | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.lines_model = LineStateModel(self)
        self.lines_table = _table(self.lines_model, 2)
        self.parcels_model = OrderParcelModel(zone, self)
        self.parcels_table = _table(self.parcels_model, 3)
        self.parcels_table.activated.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(self.tr("&Open the parcel in History"))
        self.open_button.clicked.connect(self.open_selected)
        parcels = QVBoxLayout()
        parcels.addWidget(self.parcels_table, 1)
        parcels.addWidget(self.open_button)
        body = QHBoxLayout()
        body.addWidget(self.lines_table, 3)
        body.addLayout(parcels, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        self.show_order(None)

    def show_order(self, order_id: int | None, work: Work | None = None) -> None:
        """Read the order again from the store (None: no order chosen), in the unit of work
        of the view's reading if it gives one."""
        self.order_id = order_id
        found = None
        if order_id is not None:
            with one_action(self._engine) if work is None else nullcontext(work) as uow:
                found = order_lines(uow, order_id)
        self.shown = found
        self.lines_model.set_rows(found.lines if found else [])
        self.parcels_model.set_rows(found.parcels if found else [])
        if found is None:
            self.title.setText(self.tr("Choose an order above to see its lines and parcels."))
        else:
            self.title.setText(
                self.tr(
                    "Order {order}, {recipient}: {packed} of {lines} lines packed; "
                    "{parcels} parcels."
                ).format(
                    order=found.name,
                    recipient=found.recipient,
                    packed=found.lines_packed,
                    lines=len(found.lines),
                    parcels=len(found.parcels),
                )
            )
        if found and found.parcels:
            self.parcels_table.selectRow(0)
        self.open_button.setEnabled(bool(found and found.parcels))

    def open_selected(self) -> None:
        index = self.parcels_table.currentIndex()
        if index.isValid():
            self.open_parcel.emit(self.parcels_model.row_at(index.row()).code)
