"""What a table cuts: its headers and numeric cells measured with the fonts they are drawn in
(QFontMetrics) against their sections' widths, as Qt's style lays them out; the tables on
screen found under a widget. A test asserts that nothing is cut; a script prints it."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPixmap
from PySide6.QtWidgets import QStyle, QTableView, QWidget

# A cell is a number when it is one: digits with the desk's separators, a currency or unit
# around it (12,345.67 / USD 2,941.87 / $1,234.50 / 3.2 kg / 1 234,5 / 0.7312 / -12 %).
NUMBER = re.compile(
    r"^([A-Z]{3}\s)?[-+]?[$€£]?\s?\d[\d,.:\u00a0\u202f ]*(\s?(%|kg|lb|g|[A-Z]{3}))?$"
)


@dataclass(frozen=True)
class Cut:
    where: str  # the table's place: its object name or its parent's class, and the column
    text: str
    needs: int  # pixels
    has: int

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} needs {self.needs} px, has {self.has}"


def tables_shown(root: QWidget) -> list[QTableView]:
    """The tables under ``root`` that are visible now (the current tab's, a view's own)."""
    return [t for t in root.findChildren(QTableView) if t.isVisibleTo(root) and t.isVisible()]


def cuts(table: QTableView, name: str = "") -> list[Cut]:
    """Every header and numeric cell of ``table`` (its rows on screen and the next ones) whose
    text is wider than its section, or a header taller than the header row."""
    where = name or table.objectName() or type(table.parent()).__name__
    found = _header_cuts(table, where)
    found += _cell_cuts(table, where)
    return found


def _header_cuts(table: QTableView, where: str) -> list[Cut]:
    header = table.horizontalHeader()
    if header.isHidden():
        return []
    model = table.model()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        font = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        font = QFont(font if isinstance(font, QFont) else header.font())
        font.setBold(font.bold() or header.highlightSections())  # a selected column's header
        metrics = QFontMetrics(font)
        lines = text.split("\n")
        needs = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needs += mark + margin  # the arrow beside the text
        has = header.sectionSize(section)
        column = f"{where} column {section}"
        beyond = header.sectionPosition(section) + has - table.viewport().width()
        if beyond > 0:  # scrolled out of sight, in part or whole
            has = max(has - beyond, 0)
        if needs > has:
            found.append(Cut(column, text, needs, has))
        tall = len(lines) * metrics.height() + 2 * margin
        if tall > header.height() + 1:
            found.append(Cut(f"{column} (height)", text, tall, header.height()))
    return found


def _cell_cuts(table: QTableView, where: str) -> list[Cut]:
    model = table.model()
    style = table.style()
    pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
    found = []
    first = max(table.rowAt(0), 0)
    for row in range(first, min(model.rowCount(), first + 60)):
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            index = model.index(row, column)
            text = str(model.data(index) or "")
            if not NUMBER.match(text.strip()):
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else table.font())
            needs = metrics.horizontalAdvance(text) + pad
            if _decorated(model.data(index, Qt.ItemDataRole.DecorationRole)):
                needs += icon + pad // 2
            has = table.columnWidth(column)
            if needs > has:
                found.append(Cut(f"{where} row {row} column {column}", text, needs, has))
    return found


def _decorated(value: object) -> bool:
    return isinstance(value, (QIcon, QPixmap)) or (value is not None and hasattr(value, "rgb"))


def elided_without_tooltip(table: QTableView) -> list[str]:
    """Free-text cells on screen drawn shorter than their text with no tooltip saying it."""
    model = table.model()
    style = table.style()
    pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    found = []
    first = max(table.rowAt(0), 0)
    for row in range(first, min(model.rowCount(), first + 60)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(model.data(index) or "")
            metrics = QFontMetrics(table.font())
            if metrics.horizontalAdvance(text) + pad <= table.columnWidth(column):
                continue
            if not _tip_holds(model.data(index, Qt.ItemDataRole.ToolTipRole), text):
                found.append(f"row {row} column {column}: {text!r}")
    return found


def _tip_holds(tip: object, text: str) -> bool:
    """The tooltip says the text, or says it in full in its own words (a finding's sentence
    for its short words): as long as it, near enough."""
    plain = html.unescape(re.sub(r"<[^>]+>", "", str(tip or "")))
    return text[:16] in plain or len(plain) >= len(text) * 3 // 4
