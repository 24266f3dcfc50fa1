"""The scan field: where a scanner's codes land, told apart from keys typed by hand by their
timing (the packing station's and the loads view's)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

# A keyboard-wedge scanner types a code's characters a few milliseconds apart; a person types
# 80 ms apart or more. Keys after a pause of STRAY_GAP_S begin a new run; a run of at least
# BURST_MIN keys, each within BURST_KEY_S of the last, ended by Enter, is a scanner's burst. A
# pause inside a burst (a busy machine) makes it typing: nothing is dropped then.
BURST_KEY_S = 0.035
BURST_MIN = 4
STRAY_GAP_S = 0.5


class KeyRuns:
    """The timing of the keys typed into one field: where the current run of keys began (the
    text's length then), and whether all of it came as fast as a scanner types."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._last = float("-inf")
        self.start = 0  # the length of the text when the current run began
        self.keys = 0  # keys in the current run
        self.fast = True  # every key of the run within BURST_KEY_S of the one before

    def key(self, length_before: int) -> None:
        now = self._clock()
        gap = now - self._last
        if gap > STRAY_GAP_S:
            self.start, self.keys, self.fast = length_before, 0, True
        elif self.keys and gap > BURST_KEY_S:
            self.fast = False
        self.keys += 1
        self._last = now

    def burst(self, shortest: int = BURST_MIN) -> bool:
        """The run that Enter ends was a scanner's (Enter itself comes as fast)."""
        return self.fast and self.keys >= shortest and self._clock() - self._last <= BURST_KEY_S

    def forget(self) -> None:
        self._last, self.start, self.keys, self.fast = float("-inf"), 0, 0, True


class ScanField(QLineEdit):
    """Where every scan lands; Ctrl+Z is the station's undo of a scan, not of the typing.
    Characters typed by hand before a scanner's burst (stray keys, half a code) are dropped
    when the burst ends: the scan is what the scanner typed."""

    def __init__(self) -> None:
        super().__init__()
        self.runs = KeyRuns()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.ignore()  # not claimed: the station's shortcut gets it
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()  # half a code typed by hand
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.runs.burst() and self.runs.start:
                self.setText(self.text()[self.runs.start :])  # the stray keys before the burst
            self.runs.forget()
        elif event.text() and event.text().isprintable():
            self.runs.key(len(self.text()))
        super().keyPressEvent(event)
