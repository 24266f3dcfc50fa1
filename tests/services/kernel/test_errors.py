"""A locked database is the machine's state, said plainly; any other error is not. A refusal
is one line."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from s321_desk.services.kernel.errors import UserError, store_busy
from s321_desk.store.database import Store


def test_a_database_locked_by_another_connection_is_busy(store: Store) -> None:
    if store.path is None:
        _locked_postgres(store)
        return
    holder = sqlite3.connect(store.path)
    holder.execute("BEGIN EXCLUSIVE")
    engine = create_engine(f"sqlite:///{store.path}", connect_args={"timeout": 0.05})
    try:
        with pytest.raises(OperationalError) as raised, engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', '2026-01-01')"
                )
            )
        assert store_busy(raised.value)
    finally:
        engine.dispose()
        holder.rollback()
        holder.close()


def _locked_postgres(store: Store) -> None:
    """Another station holds the writer lock longer than this one's lock_timeout."""
    import psycopg

    from s321_desk.store.engine import WRITER_LOCK_KEY, make_postgres_engine
    from s321_desk.store.uow import UnitOfWork

    holder = psycopg.connect(store.url.replace("postgresql+psycopg", "postgresql"))
    holder.execute(f"SELECT pg_advisory_lock({WRITER_LOCK_KEY})")  # type: ignore[arg-type]
    engine = make_postgres_engine(store.url, lock_timeout_ms=50)
    try:
        with pytest.raises(OperationalError) as raised, UnitOfWork(engine, immediate=True) as uow:
            uow.session.connection()  # the transaction begins: the lock is asked for
        assert store_busy(raised.value)
    finally:
        engine.dispose()
        holder.close()


def test_other_errors_are_not_busy(store: Store) -> None:
    with pytest.raises(DBAPIError) as raised, store.engine.connect() as connection:
        connection.execute(text("SELECT * FROM no_such_table"))
    assert not store_busy(raised.value)
    assert not store_busy(ValueError("locked"))


def test_a_refusal_is_one_line_with_its_spaces_kept() -> None:
    """Control characters are shown as escapes; a French no-break space stays a space."""
    said = str(UserError("Colis\u00a0: P0000001\u202fretenu\nscan 'A\tB'"))
    assert said == "Colis\u00a0: P0000001\u202fretenu\\nscan 'A\\tB'"
