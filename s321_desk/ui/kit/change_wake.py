"""Waking a view the moment the store says it changed (PostgreSQL's NOTIFY), not at its tick."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

from s321_desk.store.changes import ChangeWatch


class ChangeWake(QObject):
    """Calls ``tick`` as soon as the watch's socket is readable (a notification arrived).

    The view's own timer goes on ticking (it also re-reads when time alone changes what it
    shows); on SQLite there is no socket and the timer is all there is. ``follow()`` after each
    tick: the watch may have reconnected on another socket.
    """

    def __init__(self, watch: ChangeWatch, tick: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._watch, self._tick = watch, tick
        self._notifier: QSocketNotifier | None = None
        self._fd: int | None = None
        self.follow()

    def follow(self) -> None:
        fd = self._watch.socket()
        if fd == self._fd:
            return
        self.stop()
        self._fd = fd
        if fd is not None:
            self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(lambda *_: self._tick())

    def stop(self) -> None:
        """Before the watch's connection is closed: a notifier must not outlive its socket."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._fd = None
