"""The change watch on a real SQLite file: commits of other processes and connections, not ours."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine

from s321_desk.services.changes import SqliteChangeWatch, watch_changes
from s321_desk.services.settings import set_setting
from s321_desk.store.database import Store
from s321_desk.store.uow import UnitOfWork


@pytest.fixture
def watch(store: Store) -> Iterator[SqliteChangeWatch]:
    opened = watch_changes(store.engine)
    assert isinstance(opened, SqliteChangeWatch)
    yield opened
    opened.close()


def _commit_from_another_process(store: Store, statement: str) -> None:
    script = (
        "import sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "db.execute(sys.argv[2])\n"
        "db.commit()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(store.path), statement], check=True)


def test_nothing_committed_is_no_change(watch: SqliteChangeWatch) -> None:
    assert not watch.changed()
    assert not watch.changed()


def test_a_commit_of_another_process_is_seen_once(store: Store, watch: SqliteChangeWatch) -> None:
    _commit_from_another_process(
        store,
        "INSERT INTO settings (key, value, updated_at) VALUES ('port', '\"3004\"', '2026-01-01')",
    )

    assert watch.changed()
    assert not watch.changed()  # "since the last call"


def test_commits_of_this_process_count_too(store: Store, watch: SqliteChangeWatch) -> None:
    # The engine's pooled connections are not the watch's: the station's own packing shows.
    with UnitOfWork(store.engine) as uow:
        set_setting(uow.session, "station_name", "S1")
        uow.commit()

    assert watch.changed()


def test_a_rolled_back_transaction_is_no_change(store: Store, watch: SqliteChangeWatch) -> None:
    with UnitOfWork(store.engine) as uow:
        set_setting(uow.session, "station_name", "S1")
        uow.session.flush()  # written in the transaction, then rolled back

    assert not watch.changed()


def test_the_watch_holds_no_snapshot_that_would_stop_a_checkpoint(
    store: Store, watch: SqliteChangeWatch
) -> None:
    with UnitOfWork(store.engine) as uow:
        set_setting(uow.session, "station_name", "S1")
        uow.commit()
    watch.changed()
    other = sqlite3.connect(store.path)
    try:
        busy, _log_frames, _checkpointed = other.execute(
            "PRAGMA wal_checkpoint(TRUNCATE)"
        ).fetchone()
    finally:
        other.close()
    assert busy == 0


def test_the_watch_never_writes(watch: SqliteChangeWatch) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        watch._connection.execute("DELETE FROM settings")


def test_a_poll_costs_microseconds(watch: SqliteChangeWatch) -> None:
    calls = 2_000
    start = time.perf_counter()
    for _ in range(calls):
        watch.changed()
    per_call = (time.perf_counter() - start) / calls

    assert per_call < 200e-6  # measured ~6 us; polled every 250 ms, it must stay negligible


def test_a_store_without_a_watch_says_so() -> None:
    engine = create_engine("sqlite://")  # in memory: no other connection can change it

    with pytest.raises(NotImplementedError, match="no change watch for a sqlite store"):
        watch_changes(engine)
