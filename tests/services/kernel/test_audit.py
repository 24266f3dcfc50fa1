"""The audit trail's hash chain: an edited or removed record is found and named."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlmodel import col, select

from s321_desk.cli import main
from s321_desk.services.kernel import audit
from s321_desk.services.kernel.audit import ChainHead
from s321_desk.store.database import Store, open_store
from s321_desk.store.engine import make_engine
from s321_desk.store.migrate import alembic_config, current_revision, head_revision
from s321_desk.store.models import AuditEntry
from s321_desk.store.repositories import audit as queries
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import store_args
from tests.services.packing.test_packing import stocked  # noqa: F401  (fixture)


def write_lines(store: Store, count: int) -> None:
    with UnitOfWork(store.engine) as uow:
        for n in range(count):
            audit.record(
                uow.session,
                "test.step",
                entity_id=str(n),
                reason=f"step {n}",
                details={"n": n, "name": "Zoë O'Brien-Müller"},
            )
        uow.commit()


def tamper(store: Store, *statements: str) -> None:
    """What someone with the sqlite3 shell (or psql as the tables' owner) could do: lift the
    guard and rewrite history."""
    if store.path is None:
        import psycopg

        url = store.url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(url) as connection:
            connection.execute("ALTER TABLE audit_log DISABLE TRIGGER USER")
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]
        return
    raw = sqlite3.connect(store.path)
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for statement in statements:
        raw.execute(statement)
    raw.commit()
    raw.close()


def test_an_untouched_chain_verifies(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    write_lines(store, 5)
    with one_action(store.engine) as uow:
        report = audit.verify(uow)
    assert (report.records, report.intact) == (5, True)
    assert main([*store_args(store), "audit", "verify"]) == 0
    assert capsys.readouterr().out == "5 audit record(s), chain intact.\n"


@pytest.mark.parametrize(
    ("statement", "bad_id", "words"),
    [
        ("UPDATE audit_log SET reason = 'step two' WHERE id = 3", 3, "was edited"),
        ("UPDATE audit_log SET details = '{\"n\": 99}' WHERE id = 5", 5, "was edited"),
        ("DELETE FROM audit_log WHERE id = 2", 3, "removed or edited"),
        ("DELETE FROM audit_log WHERE id = 1", 2, "removed or edited"),
    ],
)
def test_an_edited_or_removed_record_is_named(
    store: Store, capsys: pytest.CaptureFixture[str], statement: str, bad_id: int, words: str
) -> None:
    write_lines(store, 5)
    tamper(store, statement)
    with one_action(store.engine) as uow:
        report = audit.verify(uow)
    assert report.first_bad_id == bad_id
    assert main([*store_args(store), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert f"audit record {bad_id} (test.step" in err and words in err


@pytest.mark.parametrize("batch", [2, 3, 100])
def test_a_trail_read_a_batch_at_a_time_is_judged_line_by_line(
    store: Store, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    """``audit verify`` reads the trail in batches (a million lines take no call each): an
    edited line, a head seen before and its order are judged as line by line, wherever the
    batches end."""
    write_lines(store, 7)
    monkeypatch.setattr(queries, "VERIFY_BATCH", batch)
    with UnitOfWork(store.engine) as uow:
        hashes = list(uow.session.scalars(select(AuditEntry.hash).order_by(col(AuditEntry.id))))
    with one_action(store.engine) as work:
        report = audit.verify(work, ChainHead(4, hashes[3][:16]), ChainHead(7, hashes[6]))
    assert (report.records, report.intact, report.last_hash) == (7, True, hashes[6])
    with one_action(store.engine) as work:
        wrong = audit.verify(work, ChainHead(6, "deadbeef", seen_by="the papers"))
    assert (wrong.records, wrong.first_bad_id) == (6, 6)
    assert "is not the record the papers saw as number 6" in str(wrong.problem)
    tamper(store, "UPDATE audit_log SET reason = 'step five' WHERE id = 6")
    with one_action(store.engine) as work:
        edited = audit.verify(work, ChainHead(6, "deadbeef"))
    assert (edited.records, edited.first_bad_id) == (6, 6)  # the line's hash said first
    assert "audit record 6 (test.step" in str(edited.problem) and "was edited" in str(
        edited.problem
    )
    with one_action(store.engine) as work:
        before = audit.verify(work, ChainHead(5, "deadbeef"), ChainHead(6, hashes[5]))
    assert (before.first_bad_id, "is not the record" in str(before.problem)) == (5, True)
    tamper(store, "DELETE FROM audit_log WHERE id = 3")
    with one_action(store.engine) as work:
        removed = audit.verify(work)
    assert (removed.records, removed.first_bad_id) == (3, 4)
    assert "does not follow the record before it" in str(removed.problem)


def test_a_database_of_the_first_version_gets_its_chain_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        for n in range(3):
            connection.exec_driver_sql(
                "INSERT INTO audit_log (at, station, action, entity_type, details) "
                f"VALUES ('2026-11-20 10:00:0{n}.000000', 'S1', 'import.orders', 'file', '{{}}')"
            )
    engine.dispose()
    store = open_store(path)
    try:
        assert current_revision(store.engine) == head_revision()
        assert store.migration_backup is not None and store.migration_backup.exists()
        with one_action(store.engine) as uow:
            assert audit.verify(uow).intact
        write_lines(store, 1)  # new lines chain onto the old ones
        with one_action(store.engine) as uow:
            report = audit.verify(uow)
        assert (report.records, report.intact) == (4, True)
        with store.engine.begin() as connection, pytest.raises(Exception, match="append-only"):
            connection.exec_driver_sql("DELETE FROM audit_log")  # the guard is back
    finally:
        store.dispose()


def test_a_verdict_edited_with_sql_is_found_by_the_hash_its_audit_line_holds(
    stocked: Store,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The probe: parcels' verdicts edited with SQL were not covered by the chain. Each
    verdict as stored is hashed into the audit line of the change that stored it."""
    from sqlalchemy import text

    from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
    from tests.services.packing.test_packing import CROSSING

    with one_action(stocked.engine, immediate=True) as uow:
        parcel = open_parcel(uow, "#1001")
    fill_parcel(stocked.engine, parcel)
    with one_action(stocked.engine, immediate=True, durable=True) as uow:
        close_parcel(uow, parcel, crossing=CROSSING, port_code="3004")
    with stocked.engine.connect() as connection:
        verdict_id, route = connection.execute(
            text("SELECT id, route FROM parcel_verdicts ORDER BY id DESC")
        ).first()  # type: ignore[misc]
        details = connection.execute(
            text("SELECT details FROM audit_log WHERE action = 'parcel.close'")
        ).scalar_one()
    assert str(verdict_id) in json.loads(details)["verdicts"]
    assert main([*store_args(stocked), "audit", "verify"]) == 0
    assert "1 verdict(s) as their audit records hashed them" in capsys.readouterr().out

    with stocked.engine.begin() as connection:  # someone with the database's own tools
        connection.execute(
            text("UPDATE parcel_verdicts SET route = 'T86' WHERE id = :id"), {"id": verdict_id}
        )
    assert route != "T86"
    assert main([*store_args(stocked), "audit", "verify"]) == 1
    said = capsys.readouterr().err
    assert f"verdict {verdict_id} of parcel" in said and "was edited" in said, said
