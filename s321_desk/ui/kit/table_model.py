"""A read-only table model of frozen rows described by columns: the base of the desk's tables.

A view's model is a list of ``Column``s (header, text, sort key, alignment) over rows of a
service's dataclass. Texts and sort keys are computed once per ``set_rows``, not per paint;
tooltips are escaped rich text, so names such as ``<b>Müller</b>`` show literally.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

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
    free: int = 0  # free text (a name, a reason): its share of the room left, elided beyond


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of ``Row`` shown through ``columns``; ``background(row, column)`` may colour a cell
    (a subclass's choice; the words always say it, the colour only helps the eye)."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Row] = []
        self._texts: list[tuple[str, ...]] = []
        self._sort_keys: list[tuple[Any, ...]] = []
        self.wrapped_headers = False  # two lines each, where the columns need the room

    def wrap_headers(self, wrapped: bool) -> None:
        if wrapped != self.wrapped_headers:
            self.wrapped_headers = wrapped
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

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
            header = self.columns[section].header
            return two_lines(header) if self.wrapped_headers else header
        if role == Qt.ItemDataRole.ToolTipRole:
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
    # Whole rows are selected: a bold header over every column would say nothing, and
    # its wider letters would not fit the columns fitted to the plain ones.
    table.horizontalHeader().setHighlightSections(False)
    return table


FITTED_ROWS = 60  # the rows (from the first shown) whose texts the columns are fitted to


def two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle (one word stays whole)."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(len(text) - 2 * i))
    return text[:cut] + "\n" + text[cut + 1 :]


def row_model(model: QAbstractItemModel) -> RowTableModel[Any] | None:
    """The ``RowTableModel`` under a view's model (through its proxies), if it is one."""
    while not isinstance(model, RowTableModel):
        source = getattr(model, "sourceModel", None)
        if source is None or source() is None:
            return None
        model = source()
    return model


class ColumnFitter(QObject):
    """Keeps a table's columns fitted to its width, so that only free text is ever cut: every
    column but the ``free`` ones as wide as its header and its widest cell (numbers, codes,
    dates are never elided); the free ones (a name, the reasons) at least as wide as their
    header, sharing what is left by their weights, their text elided at its end (the whole in
    the cell's tooltip). Fitted again when the rows change and when the table is resized."""

    def __init__(self, table: QTableView, free: Mapping[int, int] | None = None) -> None:
        super().__init__(table)
        self._table = table
        self._rows = row_model(table.model())
        columns = self._rows.columns if self._rows is not None else ()
        self._free = (
            dict(free) if free is not None else {i: c.free for i, c in enumerate(columns) if c.free}
        )
        self._due = QTimer(self)
        self._due.setSingleShot(True)
        self._due.setInterval(0)
        self._due.timeout.connect(self.fit)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(12)  # a one-digit column as narrow as its text
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            header.sortIndicatorChanged,
            header.sectionCountChanged,
        ):
            signal.connect(self._due.start)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table = self._table
        header = table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        heads = {c: header_width(header, c) for c in shown}
        widths = {c: max(heads[c], content_width(table, c)) for c in shown}
        free = [c for c in shown if c in self._free]
        room = table.viewport().width()
        needed = sum(heads[c] if c in free else widths[c] for c in shown)
        if self._rows is not None and self._rows.wrapped_headers != (needed > room):
            # Two-line headers where one line each leaves no room; one line again once
            # there is room for them (measured on one line).
            self._rows.wrap_headers(not self._rows.wrapped_headers)
            if self._rows.wrapped_headers or self._one_line_fits(shown, free, room):
                self.fit()
                return
            self._rows.wrap_headers(True)
            heads = {c: header_width(header, c) for c in shown}
            widths = {c: max(heads[c], content_width(table, c)) for c in shown}
        left = room - sum(w for c, w in widths.items() if c not in free)
        wanted = sum(widths[c] for c in free)
        if free and wanted <= left:  # room for all: the heaviest free column takes the rest
            widths[max(free, key=lambda c: self._free[c])] += left - wanted
        elif free:  # shared by weight, never narrower than a header
            weights = sum(self._free[c] for c in free)
            rest = max(left - sum(heads[c] for c in free), 0)
            for c in free:
                share = heads[c] + rest * self._free[c] // weights
                widths[c] = min(widths[c], share)
            widths[free[-1]] += max(left - sum(widths[c] for c in free), 0)
        for c, width in widths.items():
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)

    def _one_line_fits(self, shown: list[int], free: list[int], room: int) -> bool:
        table = self._table
        header = table.horizontalHeader()
        heads = {c: header_width(header, c) for c in shown}
        return (
            sum(heads[c] if c in free else max(heads[c], content_width(table, c)) for c in shown)
            <= room
        )


def header_width(header: QHeaderView, section: int) -> int:
    """The width that shows a section's header whole: its longest line, the style's margins,
    and the sort arrow's room where it is shown (not kept on every column, as Qt's hint does)."""
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    model = header.model()
    text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    font = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else header.font())
    width = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 2 * margin + 2
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
        width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    return width


def content_width(table: QTableView, column: int) -> int:
    """The widest text of ``column`` in the rows shown and the next ones, with the cell's
    margins (and its icon), as the view draws it."""
    model = table.model()
    style = table.style()
    pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    first = max(table.rowAt(0), 0)
    widest = 0
    for row in range(first, min(model.rowCount(), first + FITTED_ROWS)):
        index = model.index(row, column)
        font = model.data(index, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else table.font())
        text = str(model.data(index) or "")
        widest = max(
            widest, max((metrics.horizontalAdvance(t) for t in text.split("\n")), default=0)
        )
    return widest + pad + 2 if widest else 0
