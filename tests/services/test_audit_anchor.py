"""The audit trail's head kept in the data folder: the newest records removed, or a trail
rewritten with fresh hashes, are found by the next ``audit verify``."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from sqlmodel import col, select

from s321_desk.cli import main
from s321_desk.domain.audit_chain import entry_hash
from s321_desk.services import audit
from s321_desk.services.audit_anchor import anchor_file
from s321_desk.services.backup import backup_store
from s321_desk.services.demo import create_demo_database
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork
from tests.conftest import store_args, target_of
from tests.services.test_audit import tamper, write_lines


def test_the_newest_records_removed_are_found_by_the_next_check(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    write_lines(store, 5)
    assert main([*store_args(store), "audit", "verify"]) == 0
    capsys.readouterr()

    tamper(store, "DELETE FROM audit_log WHERE id >= 4")

    assert audit.verify(store.engine).intact  # the chain alone cannot tell
    assert main([*store_args(store), "audit", "verify"]) == 1
    said = capsys.readouterr().err
    assert "2 audit record(s) missing after record 3: the audit verify of" in said
    assert str(anchor_file(target_of(store))) in said and "saw 5, the store has 3" in said


def test_a_trail_rewritten_with_fresh_hashes_is_found(
    sqlite_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    write_lines(sqlite_store, 5)
    assert main([*store_args(sqlite_store), "audit", "verify"]) == 0

    tamper(sqlite_store)  # the guard lifted; then record 3 edited and the chain recomputed
    with UnitOfWork(sqlite_store.engine) as uow:
        entries = list(uow.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id))))
        entries[2].reason = "nothing happened"
        for before, entry in pairwise(entries[1:]):
            entry.prev_hash = before.hash
            entry.hash = entry_hash(
                at=entry.at, user_id=entry.user_id, station=entry.station, action=entry.action,
                entity_type=entry.entity_type, entity_id=entry.entity_id, reason=entry.reason,
                details=entry.details, prev_hash=before.hash or "",
            )  # fmt: skip
        uow.commit()

    assert audit.verify(sqlite_store.engine).intact  # a consistent forgery, for the chain
    assert main([*store_args(sqlite_store), "audit", "verify"]) == 1
    said = capsys.readouterr().err
    assert "audit record 5 (test.step) is not the record the audit verify of" in said
    assert "saw as number 5: the trail was rewritten from there" in said


def test_a_backup_does_not_move_the_anchor_past_records_gone(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_lines(store, 5)
    assert main([*store_args(store), "audit", "verify"]) == 0
    tamper(store, "DELETE FROM audit_log WHERE id >= 4")
    write_lines(store, 3)  # the trail grows past the head the check saw, on another chain
    backup_store(store, tmp_path / ("b.sqlite3" if store.path else "b.pgdump"))
    capsys.readouterr()

    assert main([*store_args(store), "audit", "verify"]) == 1
    assert "is not the record the audit verify of" in capsys.readouterr().err


def test_a_damaged_anchor_is_said(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    write_lines(store, 2)
    assert main([*store_args(store), "audit", "verify"]) == 0
    anchor = anchor_file(target_of(store))
    anchor.write_text("{not json")
    capsys.readouterr()

    assert main([*store_args(store), "audit", "verify"]) == 1
    assert f"{anchor}: the audit anchor cannot be read" in capsys.readouterr().err
    assert anchor.read_text() == "{not json"  # left for whoever looks into it


def test_a_rebuilt_demo_store_starts_its_anchor_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = create_demo_database(tmp_path / "demo.sqlite3")
    assert main(["--db", str(demo), "audit", "verify"]) == 0
    create_demo_database(demo)
    assert main(["--db", str(demo), "audit", "verify"]) == 0
