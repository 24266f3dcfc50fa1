"""Today's parcels needing a decision as a Qt table model, updated row by row, not reset."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from s321_desk.domain.codes import Severity
from s321_desk.services.supervision.warnings import WarningRow
from s321_desk.ui.kit.formatting import format_local_time
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP, day_and_time

ModelIndex = QModelIndex | QPersistentModelIndex


class WarningColumn(IntEnum):
    PARCEL = 0
    ORDER = 1
    RECIPIENT = 2
    ROUTE = 3
    DAY = 4
    WARNINGS = 5
    STATION = 6
    CLOSED = 7


# In English; shown in the desk's language (``headerData``).
HEADERS = {
    WarningColumn.PARCEL: QT_TRANSLATE_NOOP("WarningTableModel", "Parcel"),
    WarningColumn.ORDER: QT_TRANSLATE_NOOP("WarningTableModel", "Order"),
    WarningColumn.RECIPIENT: QT_TRANSLATE_NOOP("WarningTableModel", "Recipient"),
    WarningColumn.ROUTE: QT_TRANSLATE_NOOP("WarningTableModel", "Route"),
    WarningColumn.DAY: QT_TRANSLATE_NOOP("WarningTableModel", "US day"),
    WarningColumn.WARNINGS: QT_TRANSLATE_NOOP("WarningTableModel", "Why it needs a decision"),
    WarningColumn.STATION: QT_TRANSLATE_NOOP("WarningTableModel", "Station"),
    WarningColumn.CLOSED: QT_TRANSLATE_NOOP("WarningTableModel", "Closed"),
}

# The words say it; the colour only helps the eye find the worst (never colour alone).
SEVERITY_BACKGROUNDS = {
    Severity.HOLD: QColor("#ffcdd2"),  # red: cannot ship as it is
    Severity.ROUTE: QColor("#ffe0b2"),  # orange: another route, a broker's entry
    Severity.WARN: QColor("#fff59d"),  # yellow: a person looks
}
NEW_BACKGROUND = QColor("#b00020")
NEW_FOREGROUND = QColor("white")


def _display_texts(row: WarningRow, zone: tzinfo | None) -> tuple[str, ...]:
    return (
        row.parcel_id,
        row.order,
        row.recipient,
        row.route or "",
        row.us_day.isoformat(),
        row.summary,
        row.station,
        # The day of the week and the time: the rows are of today's crossings (the tooltip
        # is in full).
        day_and_time(row.closed_at.astimezone(zone)) if row.closed_at else "",
    )


def _worst(row: WarningRow) -> Severity | None:
    if row.held:
        return Severity.HOLD
    if row.sealed:  # a filing that a judgement now would change: a broker's matter
        return Severity.ROUTE
    severities = {finding.severity for finding in row.findings}
    return next((s for s in SEVERITY_BACKGROUNDS if s in severities), None)


class WarningTableModel(QAbstractTableModel):
    """Read-only rows of ``WarningRow``, in the order given (newest first).

    ``set_rows`` changes the model as the store changed - rows removed, inserted and updated,
    each with its own signal - instead of resetting it, so the view keeps its selection, its
    current row and its scroll position while another station packs. A reset is the fallback
    only when the rows kept came back in another order.
    """

    def __init__(self, parent: QObject | None = None, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._zone = zone  # the station's time zone for the Closed column
        self._rows: list[WarningRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._new: set[int] = set()  # keys of the rows announced and not yet seen
        self._new_font = QFont()
        self._new_font.setBold(True)  # only bold is set: the view's size is kept

    def set_rows(self, rows: Sequence[WarningRow]) -> list[WarningRow]:
        """Show ``rows`` (unique keys); returns those that were not shown just before."""
        wanted = {row.key for row in rows}
        self._remove_rows_not_in(wanted)
        kept = {row.key for row in self._rows}
        if [row.key for row in self._rows] != [row.key for row in rows if row.key in kept]:
            self._reset(rows)
        else:
            self._insert_and_update(rows, kept)
        self._new &= wanted
        return [row for row in rows if row.key not in kept]

    def set_new(self, keys: Iterable[int]) -> None:
        """Mark these rows NEW (white on red, bold) and no others."""
        new = set(keys)
        changed = self._new ^ new
        self._new = new
        for position, row in enumerate(self._rows):
            if row.key in changed:
                self._row_changed(position)

    def new_text(self, parcel: str) -> str:
        """A NEW row's parcel cell: ``NEW P0000001``."""
        return self.tr("NEW {parcel}").format(parcel=parcel)

    def row_at(self, position: int) -> WarningRow:
        return self._rows[position]

    def rows(self) -> list[WarningRow]:
        return list(self._rows)

    def position_of(self, key: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.key == key), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(WarningColumn)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        position, column = index.row(), WarningColumn(index.column())
        row = self._rows[position]
        new = row.key in self._new
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts[position][column]
            return self.new_text(text) if new and column == WarningColumn.PARCEL else text
        if role == Qt.ItemDataRole.ToolTipRole:
            # Escaped and declared rich text, so that names and messages show literally.
            text = self._tooltip_text(row, position, column)
            return f"<qt>{html.escape(text).replace(chr(10), '<br>')}</qt>"
        if role == Qt.ItemDataRole.FontRole and new:
            return self._new_font
        if role == Qt.ItemDataRole.BackgroundRole:
            if new and column == WarningColumn.PARCEL:
                return QBrush(NEW_BACKGROUND)
            worst = _worst(row)
            if column == WarningColumn.WARNINGS and worst is not None:
                return QBrush(SEVERITY_BACKGROUNDS[worst])
        if role == Qt.ItemDataRole.ForegroundRole:
            if new and column == WarningColumn.PARCEL:
                return QBrush(NEW_FOREGROUND)
            if column == WarningColumn.WARNINGS and _worst(row) is not None:
                return QBrush(QColor("black"))  # dark text on the light colours, any theme
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(WarningColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("WarningTableModel", HEADERS[WarningColumn(section)])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def _tooltip_text(self, row: WarningRow, position: int, column: WarningColumn) -> str:
        if column == WarningColumn.WARNINGS:
            return row.details
        if column == WarningColumn.CLOSED and row.closed_at is not None:
            return format_local_time(row.closed_at, self._zone)
        return self._texts[position][column]

    def _remove_rows_not_in(self, wanted: set[int]) -> None:
        """Remove each run of consecutive rows that went, from the bottom up."""
        end = len(self._rows)
        while end > 0:
            if self._rows[end - 1].key in wanted:
                end -= 1
                continue
            start = end - 1
            while start > 0 and self._rows[start - 1].key not in wanted:
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            del self._rows[start:end]
            del self._texts[start:end]
            self.endRemoveRows()
            end = start

    def _insert_and_update(self, rows: Sequence[WarningRow], kept: set[int]) -> None:
        """The rows kept are in ``rows``' order: insert each run of new ones, update the rest."""
        position = 0
        while position < len(rows):
            row = rows[position]
            if row.key in kept:  # it is already at ``position``
                if self._rows[position] != row:
                    self._rows[position] = row
                    self._texts[position] = _display_texts(row, self._zone)
                    self._row_changed(position)
                position += 1
                continue
            end = position
            while end < len(rows) and rows[end].key not in kept:
                end += 1
            self.beginInsertRows(QModelIndex(), position, end - 1)
            self._rows[position:position] = rows[position:end]
            self._texts[position:position] = [
                _display_texts(r, self._zone) for r in rows[position:end]
            ]
            self.endInsertRows()
            position = end

    def _reset(self, rows: Sequence[WarningRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [_display_texts(row, self._zone) for row in self._rows]
        self.endResetModel()

    def _row_changed(self, position: int) -> None:
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(WarningColumn) - 1))
