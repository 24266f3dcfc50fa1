"""A live view's readings: the desk's one watch on the store, readings off the GUI thread, a clean
stop, and one way of saying that the store could not be read.

``StoreWatch.share(engine)`` is the desk's one change watch on a store (one connection for
PostgreSQL's LISTEN however many views follow it): it asks the ``ChangeWatch`` every 250 ms,
and at once when the LISTEN socket wakes (``ChangeWake``), and says ``changed`` to every view
that follows it. The last view to ``release()`` it closes its connection.

``LiveRead`` is one view's readings: ``refresh()`` starts one in the view's own one-thread
pool, never two at once (a refresh during a reading makes one more after it); what it read is
handed to the view on the GUI thread; an environment failure (a busy or unreadable store) is
said in one line, the same in every view, and a busy store is read again in a moment; a bug
is raised to the desk's error reporter. ``stop()`` (before the engine is disposed) waits for
a reading in progress, leaves no thread behind, and nothing is read or shown after it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine

from s321_desk.services.kernel.errors import UserError
from s321_desk.store.changes import ChangeWatch, watch_changes
from s321_desk.store.errors import StoreBusy, classified
from s321_desk.ui.kit.change_wake import ChangeWake
from s321_desk.ui.kit.jobs import ReadJob, ReadSignals

log = logging.getLogger(__name__)

T = TypeVar("T")

TICK_MS = 250  # how often the watch is asked (microseconds each; see store/changes)
RETRY_MS = 1000  # a busy store is read again after this long


class StoreWatch(QObject):
    """The desk's watch on one store, shared by its live views (``share``/``release``)."""

    changed = Signal()  # a commit happened since the last tick (any station's)
    ticked = Signal()  # every tick, changed or not (a view that also follows the clock)

    _shared: ClassVar[dict[Engine, StoreWatch]] = {}

    def __init__(self, watch: ChangeWatch, interval_ms: int = TICK_MS) -> None:
        super().__init__()
        self._watch = watch
        self._users = 0
        self._engine: Engine | None = None
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._wake = ChangeWake(watch, self.tick, self)

    @classmethod
    def share(cls, engine: Engine) -> StoreWatch:
        """The desk's watch on this engine's store, made on first use; ``release()`` it."""
        shared = cls._shared.get(engine)
        if shared is None:
            shared = cls(watch_changes(engine))
            shared._engine = engine
            cls._shared[engine] = shared
        shared._users += 1
        return shared

    def release(self) -> None:
        """One view less; the last one closes the watch's connection."""
        self._users -= 1
        if self._users <= 0:
            self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def tick(self) -> None:
        if self._closed:
            return
        changed = self._watch.changed()
        self._wake.follow()  # the watch may have reconnected on another socket
        if changed:
            self.changed.emit()
        self.ticked.emit()

    def close(self) -> None:
        """Stop asking and release the connection (the notifier first: it must not outlive
        its socket)."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self._wake.stop()
        self._watch.close()
        if self._engine is not None and StoreWatch._shared.get(self._engine) is self:
            del StoreWatch._shared[self._engine]


def failure_line(error: BaseException) -> str | None:
    """What a live view says when it cannot read the store, the same words in every view;
    None for a bug (raised to the desk's error reporter). The store's state is classified by
    the store (store/errors.py): a busy store is read again in a moment; any other state is
    said in the store's own sentence."""
    unavailable = classified(error)
    if isinstance(unavailable, StoreBusy):
        return QCoreApplication.translate("LiveRead", "Database busy: reading again in a moment...")
    if unavailable is not None:
        return str(unavailable)
    if isinstance(error, UserError | OSError):
        return QCoreApplication.translate(
            "LiveRead", "Cannot read the database: {error}; reading again at the next change (F5)"
        ).format(error=error)
    return None


class LiveRead(QObject, Generic[T]):
    """One view's readings of the store (see the module's docstring).

    ``prepare()`` runs on the GUI thread as a reading starts (it captures what the view wants
    read: the open trip, the clock) and returns the work, run on the pool; ``show(result)``
    and ``say(line)`` run on the GUI thread. Options: ``watch`` (read again on each change;
    None: the view's owner calls ``refresh()``), ``due()`` (asked at each tick: time alone
    changed what is shown), ``min_interval_ms`` (no two readings start closer), ``newest_only``
    (a reading overtaken by a refresh is not shown: the next one is), ``while_hidden=False``
    (a hidden view reads again only when shown).
    """

    def __init__(
        self,
        owner: QWidget,
        prepare: Callable[[], Callable[[], T]],
        show: Callable[[T], None],
        say: Callable[[str], None],
        *,
        watch: StoreWatch | None = None,
        due: Callable[[], bool] | None = None,
        min_interval_ms: int = 0,
        newest_only: bool = False,
        while_hidden: bool = True,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._prepare, self._show, self._say = prepare, show, say
        self._watch, self._due = watch, due
        self._newest_only, self._while_hidden = newest_only, while_hidden
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = ReadSignals()
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._min_interval_ms = min_interval_ms
        self._since_start = QElapsedTimer()  # since the last reading started
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        # Qt's default (coarse) timer may fire up to 5% early: a precise one, and the interval
        # checked again when it fires, so that two readings never start closer than promised.
        self._delay.setTimerType(Qt.TimerType.PreciseTimer)
        self._delay.timeout.connect(self._start_soon)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.refresh)
        self.reading = False
        self._again = False
        self._stale = False  # changed while hidden
        self.stopped = False
        self.reads = 0  # readings started (for tests: one per change, coalesced)
        if watch is not None:
            watch.changed.connect(self._on_changed)
            if due is not None:
                watch.ticked.connect(self._on_tick)
        if not while_hidden:
            owner.installEventFilter(self)

    def refresh(self) -> None:
        """Read the store again: now, or after the reading in progress, or once
        ``min_interval_ms`` have passed since the last one started."""
        if self.stopped:
            return
        if self.reading:
            self._again = True  # the reading in progress may have begun before the change
        elif not self._delay.isActive():
            self._start_soon()

    def stop(self) -> None:
        """Stop reading, wait for a reading in progress and end the pool's thread; the view's
        watch is released. Nothing is read or shown afterwards."""
        if self.stopped:
            return
        self.stopped = True
        self._delay.stop()
        self._retry.stop()
        if self._watch is not None:
            self._watch.changed.disconnect(self._on_changed)
            if self._due is not None:
                self._watch.ticked.disconnect(self._on_tick)
            self._watch.release()
        self._pool.waitForDone()  # Qt ends the pool's threads here

    def thread_count(self) -> int:
        """Threads the pool holds now (0 after ``stop()``)."""
        return self._pool.activeThreadCount()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._owner and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self.refresh()
        return False

    def _on_changed(self) -> None:
        # Hidden (another tab of the window), a view that says so reads again only when shown:
        # a 5,000-parcel trip is not read again at each parcel packed at another station.
        if not self._while_hidden and not self._owner.isVisible():
            self._stale = True
            return
        self.refresh()

    def _on_tick(self) -> None:
        if self._due is not None and self._due():
            self.refresh()

    def _start_soon(self) -> None:
        elapsed = self._since_start.elapsed() if self._since_start.isValid() else None
        if elapsed is None or elapsed >= self._min_interval_ms:
            self._start()
        else:
            self._delay.start(self._min_interval_ms - elapsed)

    def _start(self) -> None:
        if self.stopped or self.reading:
            return
        self._since_start.start()  # before the view reads its clock: the interval counts here
        work = self._prepare()
        self.reading = True
        self.reads += 1
        self._pool.start(ReadJob(work, self._signals))

    def _ended(self) -> bool:
        """The reading is over: True if another must follow it."""
        self.reading = False
        again, self._again = self._again and not self.stopped, False
        return again

    def _on_done(self, result: T) -> None:
        again = self._ended()
        if self.stopped:  # delivered after stop(): the store may be gone
            return
        if not (again and self._newest_only):
            self._show(result)
        if again:
            self._start_soon()

    def _on_failed(self, error: Exception) -> None:
        again = self._ended()
        if self.stopped:
            return
        line = failure_line(error)
        if line is None:
            raise error  # a bug: the desk's error reporter shows it
        log.warning("Cannot read the store: %s", error)
        self._say(line)
        if isinstance(classified(error), StoreBusy):
            self._retry.start()  # a lock passes; anything else waits for a change (or F5)
        elif again:
            self._start_soon()
