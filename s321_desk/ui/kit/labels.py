"""Labels and fonts as every view makes them: plain text only (never rich text), a size that
never shrinks below the desk's own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def sized_font(font: QFont, points: float, *, bold: bool = False) -> QFont:
    """A copy of ``font`` at ``points`` (or its own size, if larger), bold or not."""
    sized = QFont(font)
    sized.setPointSizeF(max(points, font.pointSizeF()))
    sized.setBold(bold)
    return sized


def plain_label(text: str, font: QFont, *, wrap: bool = False) -> QLabel:
    """A label in ``font`` that shows ``text`` as plain text, never as rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and descriptions are shown literally
    label.setFont(font)
    label.setWordWrap(wrap)
    return label
