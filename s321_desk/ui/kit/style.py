"""Type sizes for screens read from a step away, in one place."""

from __future__ import annotations

from PySide6.QtGui import QFont

BASE_POINT_SIZE = 13  # read from 1.5 m: never below 12 pt
HEADER_POINT_SIZE = 20


def base_font(font: QFont) -> QFont:
    """``font`` at the base size (or larger, if the desktop already asks for more)."""
    sized = QFont(font)
    if sized.pointSizeF() < BASE_POINT_SIZE:
        sized.setPointSizeF(BASE_POINT_SIZE)
    return sized


def header_font(font: QFont) -> QFont:
    """``font`` at the header size, bold."""
    sized = QFont(font)
    sized.setPointSizeF(max(HEADER_POINT_SIZE, sized.pointSizeF()))
    sized.setBold(True)
    return sized
