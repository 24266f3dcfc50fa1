"""The machine's state is classified once, where a unit of work begins, flushes and commits:
another station's lock, a full disk, a read-only store or a server gone come out as one
StoreUnavailable (StoreBusy for a lock) carrying the sentence to show; a bug comes out as it is.
Real locks, real timeouts, on both backends."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from s321_desk.domain.texts import use_translator
from s321_desk.services.kernel.errors import store_busy
from s321_desk.store.database import Store, open_store
from s321_desk.store.engine import WRITER_LOCK_KEY, make_postgres_engine, make_sqlite_engine
from s321_desk.store.errors import StoreBusy, StoreUnavailable
from s321_desk.store.uow import UnitOfWork

INSERT = text("INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', '2026-01-01')")


def _impatient(store: Store) -> Engine:
    """A second station's engine on the same store that waits 50 ms for a lock, not 10 s."""
    if store.path is not None:
        return make_sqlite_engine(store.path, busy_timeout_ms=50)
    return make_postgres_engine(store.url, lock_timeout_ms=50)


@contextmanager
def _held(store: Store) -> Iterator[None]:
    """Another station holds the store's write lock (SQLite's, or PostgreSQL's writer lock and
    the settings table) until the block ends."""
    if store.path is not None:
        holder = sqlite3.connect(store.path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return
    import psycopg

    with psycopg.connect(store.url.replace("postgresql+psycopg", "postgresql")) as holder:
        holder.execute(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")  # type: ignore[arg-type]
        holder.execute("LOCK TABLE settings IN ACCESS EXCLUSIVE MODE")
        yield
        holder.rollback()


def _settings_count(store: Store) -> int:
    with UnitOfWork(store.engine) as uow:
        return int(uow.session.execute(text("SELECT count(*) FROM settings")).scalar_one())


def test_a_held_lock_at_the_beginning_is_store_busy_with_its_sentence(store: Store) -> None:
    """A writing unit of work asks for the lock as it begins (BEGIN IMMEDIATE, the advisory
    writer lock): another station holds it beyond the timeout."""
    engine = _impatient(store)
    try:
        with _held(store):
            with pytest.raises(StoreBusy) as raised, UnitOfWork(engine, immediate=True) as uow:
                uow.session.execute(INSERT)
                uow.commit()
    finally:
        engine.dispose()
    busy = raised.value
    assert busy.reason == "busy" and isinstance(busy, StoreUnavailable)
    assert str(busy) == (
        "The database is busy (another station is writing): nothing was "
        "changed; try again in a moment."
    )
    assert busy.english == str(busy)
    assert isinstance(busy.__cause__, OperationalError)  # the driver's error kept, for the log
    assert ("locked" if store.path is not None else "lock timeout") in busy.driver_words
    # the handlers written for the driver's error still catch it, and say it is busy
    assert isinstance(busy, OperationalError) and store_busy(busy)
    assert _settings_count(store) == 0  # nothing half-written


def test_a_held_lock_met_at_the_flush_is_store_busy(store: Store) -> None:
    """A unit of work that did not ask for the lock first meets it when it writes."""
    engine = _impatient(store)
    try:
        with _held(store):
            with pytest.raises(StoreBusy) as raised, UnitOfWork(engine) as uow:
                uow.session.execute(INSERT)
                uow.commit()
    finally:
        engine.dispose()
    assert raised.value.reason == "busy"
    assert _settings_count(store) == 0


def test_a_statement_timeout_on_postgresql_is_store_busy(postgres_url: str) -> None:
    """(SQLite has no statement timeout: its busy timeout is the lock's, above.)"""
    store = open_store(postgres_url)
    try:
        with pytest.raises(StoreBusy) as raised, UnitOfWork(store.engine) as uow:
            uow.session.execute(text("SET LOCAL statement_timeout = 50"))
            uow.session.execute(text("SELECT pg_sleep(2)"))
    finally:
        store.dispose()
    assert "statement timeout" in raised.value.driver_words


def test_a_full_disk_is_store_unavailable(store: Store) -> None:
    """SQLite: the file may not grow (max_page_count, as a full disk refuses a page);
    PostgreSQL: a read-only server (a standby) refuses the write."""
    if store.path is not None:
        engine = make_sqlite_engine(store.path)
        try:
            with pytest.raises(StoreUnavailable) as raised, UnitOfWork(engine) as uow:
                pages = uow.session.execute(text("PRAGMA page_count")).scalar_one()
                uow.session.execute(text(f"PRAGMA max_page_count = {pages}"))
                uow.session.execute(text("CREATE TABLE filler (x BLOB)"))
                uow.session.execute(text("INSERT INTO filler VALUES (zeroblob(1000000))"))
                uow.commit()
        finally:
            engine.dispose()
        assert raised.value.reason == "full" and not isinstance(raised.value, StoreBusy)
        assert str(raised.value).startswith("The disk that holds the database is full")
        return
    with pytest.raises(StoreUnavailable) as raised, UnitOfWork(store.engine) as uow:
        uow.session.execute(text("SET TRANSACTION READ ONLY"))
        uow.session.execute(INSERT)
    assert raised.value.reason == "read-only"
    assert str(raised.value).startswith("The database cannot be written")


def test_a_read_only_sqlite_store_is_store_unavailable(sqlite_store: Store) -> None:
    assert sqlite_store.path is not None
    engine = make_sqlite_engine(sqlite_store.path, read_only=True)
    try:
        with pytest.raises(StoreUnavailable) as raised, UnitOfWork(engine) as uow:
            uow.session.execute(INSERT)
            uow.commit()
    finally:
        engine.dispose()
    assert raised.value.reason == "read-only"


def test_a_server_gone_mid_work_is_store_unavailable(store: Store) -> None:
    """PostgreSQL: the server ends the station's session (an administrator, a restart);
    SQLite: the file cannot be opened at all."""
    if store.path is not None:
        engine = make_sqlite_engine(store.path.parent / "no such folder" / "store.sqlite3")
        try:
            with pytest.raises(StoreUnavailable) as raised, UnitOfWork(engine) as uow:
                uow.session.execute(text("SELECT 1"))
        finally:
            engine.dispose()
        assert raised.value.reason == "gone"
        return
    engine = make_postgres_engine(store.url)
    try:
        with pytest.raises(StoreUnavailable) as raised, UnitOfWork(engine) as uow:
            uow.session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
            uow.session.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    assert raised.value.reason == "gone"
    assert str(raised.value).startswith("The database cannot be reached")


def test_a_bug_is_not_classified(store: Store) -> None:
    with pytest.raises(Exception) as raised, UnitOfWork(store.engine) as uow:
        uow.session.execute(text("SELECT * FROM no_such_table"))
    assert not isinstance(raised.value, StoreUnavailable)
    assert not store_busy(raised.value)


def test_the_sentence_is_shown_in_the_desks_language(sqlite_store: Store) -> None:
    assert sqlite_store.path is not None
    engine = make_sqlite_engine(sqlite_store.path, busy_timeout_ms=50)
    use_translator(lambda context, source: f"[{context}] {source}")
    try:
        with _held(sqlite_store), pytest.raises(StoreBusy) as raised:
            with UnitOfWork(engine, immediate=True) as uow:
                uow.session.execute(INSERT)
        assert str(raised.value).startswith("[StoreErrors] The database is busy")
        assert raised.value.english.startswith("The database is busy")
    finally:
        use_translator(None)
        engine.dispose()
