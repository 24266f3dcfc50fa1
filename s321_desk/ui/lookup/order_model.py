"""The recent orders as a Qt table model, and the proxy that sorts and searches them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo
from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from s321_desk.services.lookup.overview import OrderRow
from s321_desk.ui.kit.formatting import (
    fold_for_search,
    format_count,
    format_local_time,
    format_money,
)
from s321_desk.ui.kit.table_model import SORT_ROLE, Column, RowTableModel

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


def _natural_key(text: str) -> str:
    """A text that sorts "#999" before "#1001": every run of digits padded to 20 places."""
    return _DIGITS.sub(lambda match: match.group().zfill(20), fold_for_search(text))


def _columns(zone: tzinfo | None) -> list[Column[OrderRow]]:
    """The columns in ``OrderColumn``'s order; times in ``zone`` (the warehouse's)."""
    return [
        Column(
            QCoreApplication.translate("OrderTableModel", "Order"),
            lambda r: r.name,
            sort=lambda r: _natural_key(r.name),
        ),
        Column(
            QCoreApplication.translate("OrderTableModel", "Created"),
            lambda r: format_local_time(r.created_at, zone),
            sort=lambda r: r.created_at.timestamp(),
        ),
        Column(
            QCoreApplication.translate("OrderTableModel", "Recipient"),
            lambda r: r.recipient_name,
            sort=lambda r: fold_for_search(r.recipient_name),
        ),
        Column(
            QCoreApplication.translate("OrderTableModel", "City"),
            lambda r: r.city,
            sort=lambda r: fold_for_search(r.city),
        ),
        Column(
            QCoreApplication.translate("OrderTableModel", "State"),
            lambda r: r.state or "",
            sort=lambda r: fold_for_search(r.state or ""),
        ),
        Column(QCoreApplication.translate("OrderTableModel", "ZIP"), lambda r: r.postal_code),
        Column(
            QCoreApplication.translate("OrderTableModel", "Lines"),
            lambda r: format_count(r.line_count),
            sort=lambda r: r.line_count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("OrderTableModel", "Qty"),
            lambda r: format_count(r.total_quantity),
            sort=lambda r: r.total_quantity,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("OrderTableModel", "Value"),
            lambda r: format_money(r.value_cents, r.currency),
            sort=lambda r: r.value_cents,
            numeric=True,
        ),
    ]


class OrderTableModel(RowTableModel[OrderRow]):
    """Read-only rows of ``OrderRow``; texts are computed once per reset, not per paint."""

    def __init__(self, parent: QObject | None = None, zone: tzinfo | None = None) -> None:
        super().__init__(_columns(zone), parent)
        self._search_texts: list[str] = []

    def set_rows(self, rows: Sequence[OrderRow]) -> None:
        self._search_texts = [
            fold_for_search("\n".join(column.text(row) for column in self.columns)) for row in rows
        ]
        super().set_rows(rows)

    def order_at(self, row: int) -> OrderRow:
        return self.row_at(row)

    def search_text(self, row: int) -> str:
        """Every shown text of the row, folded for searching (see ``fold_for_search``)."""
        return self._search_texts[row]


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
