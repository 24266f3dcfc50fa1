"""A one-line label that gives way when its row is full: the end of its text elided, the whole
text in its tooltip (the status bar's signed-in person on a narrow screen in French)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

SHOWN_AT_LEAST = "MMMMMMMM…"  # how much is still shown when the row has no room at all


class ElidedLabel(QLabel):
    """``text()`` is the whole text; what is drawn is as much of it as the label's width holds.
    Its size hint is the whole text's width, its minimum a few characters, so that a layout
    shrinks it before the widgets beside it that never give way."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self._details = ""  # the tooltip's own text, below the whole text when elided
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._whole = text
        self.updateGeometry()
        self._fit()

    def text(self) -> str:
        return self._whole

    def setToolTip(self, text: str) -> None:
        self._details = text
        self._fit()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._whole) + margins.left() + margins.right()
        return QSize(width + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        wanted = self.sizeHint()
        margins = self.contentsMargins()
        least = (
            self.fontMetrics().horizontalAdvance(SHOWN_AT_LEAST) + margins.left() + margins.right()
        )
        return QSize(min(wanted.width(), least), wanted.height())

    def is_elided(self) -> bool:
        return super().text() != self._whole

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._whole, Qt.TextElideMode.ElideRight, max(self.contentsRect().width(), 0)
        )
        super().setText(shown)
        tip = "\n".join(
            t for t in (self._whole if shown != self._whole else "", self._details) if t
        )
        super().setToolTip(tip)
