"""A read-only table model of frozen rows described by columns: the base of the desk's tables.

A view's model is a list of ``Column``s (header, text, sort key, alignment) over rows of a
service's dataclass. Texts and sort keys are computed once per ``set_rows``, not per paint;
tooltips are escaped rich text, so names such as ``<b>Müller</b>`` show literally.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

Row = TypeVar("Row")
ModelIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
READ_ONLY_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None  # default: the text
    numeric: bool = False  # right-aligned
    tooltip: Callable[[Row], str] | None = None  # default: the text


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of ``Row`` shown through ``columns``; ``background(row, column)`` may colour a cell
    (a subclass's choice; the words always say it, the colour only helps the eye)."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Row] = []
        self._texts: list[tuple[str, ...]] = []
        self._sort_keys: list[tuple[Any, ...]] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [tuple(c.text(row) for c in self.columns) for row in self._rows]
        self._sort_keys = [
            tuple(
                c.sort(row) if c.sort else text for c, text in zip(self.columns, texts, strict=True)
            )
            for row, texts in zip(self._rows, self._texts, strict=True)
        ]
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, position: int) -> Row:
        return self._rows[position]

    def text_at(self, position: int, column: int) -> str:
        return self._texts[position][column]

    def background(self, row: Row, column: int) -> QColor | None:
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        position, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[position][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.columns[column].tooltip
            text = tip(self._rows[position]) if tip else self._texts[position][column]
            return f"<qt>{html.escape(text).replace(chr(10), '<br>')}</qt>" if text else None
        if role == SORT_ROLE:
            return self._sort_keys[position][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[column].numeric else LEFT
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colour = self.background(self._rows[position], column)
            if colour is None:
                return None
            # Dark text on the light colours, whatever the desktop's theme.
            return QBrush(colour if role == Qt.ItemDataRole.BackgroundRole else QColor("black"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[section].numeric else LEFT
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return READ_ONLY_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


def read_only_table(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """A view of whole rows, one selected at a time, never edited, no row numbers: how every
    table of the desk starts; each view adds its sorting, sizes and keys."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table
