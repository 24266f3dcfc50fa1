"""The change watch on a real SQLite file and a real PostgreSQL database: commits of other
processes and of this one are seen, rollbacks are not."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine

from s321_desk.services.admin.settings import set_setting
from s321_desk.store.changes import (
    ChangeWatch,
    PostgresChangeWatch,
    SqliteChangeWatch,
    watch_changes,
)
from s321_desk.store.database import Store, open_store
from s321_desk.store.uow import UnitOfWork


@pytest.fixture
def watch(store: Store) -> Iterator[ChangeWatch]:
    opened = watch_changes(store.engine)
    expected = SqliteChangeWatch if store.path is not None else PostgresChangeWatch
    assert isinstance(opened, expected)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_watch(sqlite_store: Store) -> Iterator[SqliteChangeWatch]:
    opened = watch_changes(sqlite_store.engine)
    assert isinstance(opened, SqliteChangeWatch)
    yield opened
    opened.close()


def _commit_from_another_process(store: Store, statement: str) -> None:
    script = (
        "import sys\n"
        "if sys.argv[1].startswith('postgresql'):\n"
        "    import psycopg\n"
        "    with psycopg.connect(sys.argv[1]) as db:\n"
        "        db.execute(sys.argv[2])\n"
        "else:\n"
        "    import sqlite3\n"
        "    db = sqlite3.connect(sys.argv[1])\n"
        "    db.execute(sys.argv[2])\n"
        "    db.commit()\n"
    )
    where = str(store.path) if store.path else store.url.replace("+psycopg", "")
    subprocess.run([sys.executable, "-c", script, where, statement], check=True)


def _heard(watch: ChangeWatch, within_s: float = 5.0) -> bool:
    """A NOTIFY reaches the listener a moment after the commit: ask until it has (SQLite's
    data_version answers at once)."""
    deadline = time.monotonic() + within_s
    while not watch.changed():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _silent(watch: ChangeWatch, for_s: float = 0.3) -> bool:
    """Nothing heard for a while (long enough for a notification to have arrived)."""
    deadline = time.monotonic() + for_s
    while time.monotonic() < deadline:
        if watch.changed():
            return False
        time.sleep(0.01)
    return True


def test_nothing_committed_is_no_change(watch: ChangeWatch) -> None:
    assert _silent(watch)


def test_a_commit_of_another_process_is_seen_once(store: Store, watch: ChangeWatch) -> None:
    _commit_from_another_process(
        store,
        "INSERT INTO settings (key, value, updated_at) VALUES ('port', '\"3004\"', '2026-01-01')",
    )

    assert _heard(watch)
    assert _silent(watch)  # "since the last call"


def test_commits_of_this_process_count_too(store: Store, watch: ChangeWatch) -> None:
    # The engine's pooled connections are not the watch's: the station's own packing shows.
    with UnitOfWork(store.engine) as uow:
        set_setting(uow.session, "station_name", "S1")
        uow.commit()

    assert _heard(watch)


def test_a_rolled_back_transaction_is_no_change(store: Store, watch: ChangeWatch) -> None:
    with UnitOfWork(store.engine) as uow:
        set_setting(uow.session, "station_name", "S1")
        uow.session.flush()  # written in the transaction, then rolled back

    assert _silent(watch)


def test_a_lost_connection_is_a_change_and_the_watch_listens_again(postgres_url: str) -> None:
    store = open_store(postgres_url)  # a server's connection can be lost; a file's cannot
    watch = watch_changes(store.engine)
    closers = [watch.close, store.dispose]
    try:
        _lose_and_hear(store, watch)
    finally:
        for close in closers:
            close()


def _lose_and_hear(store: Store, watch: ChangeWatch) -> None:
    _commit_from_another_process(
        store,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE application_name = 's321-desk watch'",
    )
    assert _heard(watch)  # the lost connection: read again, to be safe
    _commit_from_another_process(
        store, "INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', '2026-01-01')"
    )
    assert _heard(watch)  # listening again


def test_the_watch_holds_no_snapshot_that_would_stop_a_checkpoint(
    sqlite_store: Store, sqlite_watch: SqliteChangeWatch
) -> None:
    with UnitOfWork(sqlite_store.engine) as uow:
        set_setting(uow.session, "station_name", "S1")
        uow.commit()
    sqlite_watch.changed()
    other = sqlite3.connect(sqlite_store.path)
    try:
        busy, _log_frames, _checkpointed = other.execute(
            "PRAGMA wal_checkpoint(TRUNCATE)"
        ).fetchone()
    finally:
        other.close()
    assert busy == 0


def test_the_watch_never_writes(sqlite_watch: SqliteChangeWatch) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        sqlite_watch._connection.execute("DELETE FROM settings")


def test_a_poll_costs_microseconds(watch: ChangeWatch) -> None:
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
