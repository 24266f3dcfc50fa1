"""The live views' one helper: one watch per desk, readings that stop cleanly, and a busy store
said in the same line by the warnings, the shift and the loads."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from s321_desk.store.database import Store
from s321_desk.store.engine import make_postgres_engine
from s321_desk.ui.kit.live import LiveRead, StoreWatch, failure_line
from s321_desk.ui.loads.view import LoadsView
from s321_desk.ui.supervision.shift_view import ShiftView
from s321_desk.ui.supervision.warnings_panel import WarningsPanel


def threads_of_this_process() -> int:
    """Every thread the kernel knows of (Qt's pool threads included, Python's or not)."""
    return len(os.listdir("/proc/self/task"))


def commit_elsewhere(store: Store, key: str) -> None:
    """A commit the watch hears (another station's, as far as the watch can tell)."""
    with store.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO settings (key, value, updated_at) VALUES (:key, '1', '2026-12-06')"),
            {"key": key},
        )


def test_one_watch_per_store_shared_and_closed_by_the_last_view(
    qtbot: QtBot, sqlite_store: Store
) -> None:
    first = StoreWatch.share(sqlite_store.engine)
    second = StoreWatch.share(sqlite_store.engine)
    assert first is second
    first.release()
    assert not second.closed
    second.release()
    assert second.closed
    again = StoreWatch.share(sqlite_store.engine)  # a new desk on the same store: a new watch
    assert again is not first and not again.closed
    again.release()


def test_stop_waits_for_the_reading_leaves_no_thread_and_reads_nothing_after(
    qtbot: QtBot, sqlite_store: Store
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    before = threads_of_this_process()
    prepared: list[float] = []
    shown: list[int] = []
    reading = threading.Event()

    def prepare() -> Callable[[], int]:
        prepared.append(time.monotonic())

        def read() -> int:
            reading.set()
            time.sleep(0.3)  # still reading when stop() is called
            with sqlite_store.engine.connect() as connection:
                return int(connection.execute(text("SELECT count(*) FROM settings")).scalar_one())

        return read

    live = LiveRead(
        owner, prepare, shown.append, lambda line: None, watch=StoreWatch.share(sqlite_store.engine)
    )
    live.refresh()
    qtbot.waitUntil(lambda: shown != [], timeout=5000)
    assert live.reads == 1
    commit_elsewhere(sqlite_store, "live-1")  # the watch hears it: a second reading
    qtbot.waitUntil(reading.is_set, timeout=5000)
    reading.clear()
    qtbot.waitUntil(lambda: live.reads == 2 and reading.is_set(), timeout=5000)
    live.stop()  # while the second reading sleeps: stop waits for it
    assert live.thread_count() == 0
    # Qt has joined the pool's thread; the kernel forgets it a moment later.
    qtbot.waitUntil(lambda: threads_of_this_process() <= before, timeout=2000)
    commit_elsewhere(sqlite_store, "live-2")
    live.refresh()
    qtbot.wait(600)  # two of the watch's ticks, had it still been followed
    assert len(prepared) == 2 and live.reads == 2
    assert len(shown) == 1  # the reading stopped half-way was not shown


def test_a_bug_in_a_reading_is_raised_not_said(qtbot: QtBot) -> None:
    assert failure_line(ValueError("a bug")) is None
    assert failure_line(OSError("disk gone")) is not None


@pytest.fixture
def short_waits(postgres_url: str) -> Iterator[Engine]:
    """An engine on a PostgreSQL store whose lock waits give up after 200 ms (not 10 s)."""
    engine = make_postgres_engine(postgres_url, lock_timeout_ms=200)
    yield engine
    engine.dispose()


def test_a_busy_store_is_said_in_the_same_line_by_the_three_live_views(
    qtbot: QtBot, short_waits: Engine, postgres_url: str, tmp_path: Path
) -> None:
    engine = short_waits
    warnings = WarningsPanel(engine)
    shift = ShiftView(engine, min_interval_ms=0)
    loads = LoadsView(engine, station="DOCK-1", data_folder=tmp_path / "data")
    views: list[QWidget] = [warnings, shift, loads]
    for view in views:
        qtbot.addWidget(view)
        view.show()
    try:
        qtbot.waitUntil(lambda: warnings.live.reads and not warnings.live.reading, timeout=10_000)
        qtbot.waitUntil(lambda: shift.overview is not None, timeout=10_000)
        qtbot.waitUntil(lambda: loads.live.reads and not loads.live.reading, timeout=10_000)
        # Another session holds the parcels' table: every reading waits, then gives up.
        holder = psycopg.connect(postgres_url.replace("postgresql+psycopg", "postgresql"))
        try:
            # The warnings and the loads follow the store's changes on one LISTEN connection.
            watching = holder.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 's321-desk watch'"
                " AND datname = current_database()"
            ).fetchone()
            assert watching == (1,)
            holder.execute("LOCK TABLE parcels IN ACCESS EXCLUSIVE MODE")
            for view in views:
                view.refresh()  # type: ignore[attr-defined]
            lines: dict[str, str] = {}

            def said() -> bool:
                lines["warnings"] = warnings.status_label.text()
                lines["shift"] = shift.status_label.text()
                lines["loads"] = loads.message()
                return all("busy" in line for line in lines.values())

            qtbot.waitUntil(said, timeout=20_000)
        finally:
            holder.close()
        assert len(set(lines.values())) == 1, lines
        assert lines["warnings"] == "Database busy: reading again in a moment..."
        colours = {warnings.status_label.styleSheet(), shift.status_label.styleSheet()}
        assert colours == {"color: #b00020;"}
        # The lock released, each view reads again by itself and says so no longer.
        qtbot.waitUntil(
            lambda: (
                "busy" not in warnings.status_label.text()
                and "busy" not in shift.status_label.text()
            ),
            timeout=10_000,
        )
    finally:
        for view in (warnings, shift, loads):
            view.shutdown()
