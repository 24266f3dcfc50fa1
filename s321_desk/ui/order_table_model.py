"""The recent orders as a Qt table model, and the proxy that sorts and searches them."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from s321_desk.services.overview import OrderRow
from s321_desk.ui.formatting import (
    fold_for_search,
    format_count,
    format_local_time,
    format_money,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_DIGITS = re.compile(r"\d+")

ModelIndex = QModelIndex | QPersistentModelIndex


class OrderColumn(IntEnum):
    ORDER = 0
    CREATED = 1
    RECIPIENT = 2
    CITY = 3
    STATE = 4
    ZIP = 5
    LINES = 6
    QUANTITY = 7
    VALUE = 8


HEADERS = {
    OrderColumn.ORDER: "Order",
    OrderColumn.CREATED: "Created",
    OrderColumn.RECIPIENT: "Recipient",
    OrderColumn.CITY: "City",
    OrderColumn.STATE: "State",
    OrderColumn.ZIP: "ZIP",
    OrderColumn.LINES: "Lines",
    OrderColumn.QUANTITY: "Qty",
    OrderColumn.VALUE: "Value",
}
NUMERIC_COLUMNS = frozenset({OrderColumn.LINES, OrderColumn.QUANTITY, OrderColumn.VALUE})


def _natural_key(text: str) -> str:
    """A text that sorts "#999" before "#1001": every run of digits padded to 20 places."""
    return _DIGITS.sub(lambda match: match.group().zfill(20), fold_for_search(text))


def _display_texts(row: OrderRow, zone: tzinfo | None) -> tuple[str, ...]:
    return (
        row.name,
        format_local_time(row.created_at, zone),
        row.recipient_name,
        row.city,
        row.state or "",
        row.postal_code,
        format_count(row.line_count),
        format_count(row.total_quantity),
        format_money(row.value_cents, row.currency),
    )


def _sort_keys(row: OrderRow) -> tuple[str | int | float, ...]:
    return (
        _natural_key(row.name),
        row.created_at.timestamp(),
        fold_for_search(row.recipient_name),
        fold_for_search(row.city),
        fold_for_search(row.state or ""),
        row.postal_code,
        row.line_count,
        row.total_quantity,
        row.value_cents,
    )


class OrderTableModel(QAbstractTableModel):
    """Read-only rows of ``OrderRow``; texts are computed once per reset, not per paint."""

    def __init__(self, parent: QObject | None = None, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._zone = zone  # the warehouse's time zone for the Created column
        self._rows: list[OrderRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._sort_keys: list[tuple[str | int | float, ...]] = []
        self._search_texts: list[str] = []

    def set_rows(self, rows: Sequence[OrderRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [_display_texts(row, self._zone) for row in self._rows]
        self._sort_keys = [_sort_keys(row) for row in self._rows]
        self._search_texts = [fold_for_search("\n".join(texts)) for texts in self._texts]
        self.endResetModel()

    def order_at(self, row: int) -> OrderRow:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        """Every shown text of the row, folded for searching (see ``fold_for_search``)."""
        return self._search_texts[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OrderColumn)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), OrderColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips guess rich text from the content ("<b>Müller</b>" would turn bold):
            # say it is rich text and escape it, so every name shows literally.
            return f"<qt>{html.escape(self._texts[row][column])}</qt>"
        if role == SORT_ROLE:
            return self._sort_keys[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in NUMERIC_COLUMNS else _LEFT
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(OrderColumn):
            return None
        column = OrderColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in NUMERIC_COLUMNS else _LEFT
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class OrderFilterProxyModel(QSortFilterProxyModel):
    """Sorts on true values (numbers, instants) and keeps the rows containing every searched word.

    Words are matched in any column, ignoring case and accents, literally (no patterns).
    """

    def __init__(self, source: OrderTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words: tuple[str, ...] = ()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_search_text(self, text: str) -> None:
        words = tuple(fold_for_search(text).split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words:
            return True
        haystack = self._source.search_text(source_row)
        return all(word in haystack for word in self._words)

    def order_at(self, proxy_row: int) -> OrderRow:
        return self._source.order_at(self.mapToSource(self.index(proxy_row, 0)).row())
