"""The audit trail's head kept in the data folder: the newest records removed, or a trail
rewritten with fresh hashes, are found by the next ``audit verify``."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from sqlmodel import col, func, select

from s321_desk.cli import main
from s321_desk.domain.audit_chain import entry_hash
from s321_desk.services.admin.backup import backup_if_due, backup_store
from s321_desk.services.admin.demo import create_demo_database
from s321_desk.services.kernel import audit
from s321_desk.services.kernel.audit_anchor import anchor_file
from s321_desk.services.loads.trips import close_load
from s321_desk.services.papers.to_file import print_lead_sheet, print_manifest
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import store_args, target_of
from tests.services.kernel.test_audit import tamper, write_lines
from tests.services.papers.test_printing import loaded, packed, pdf_text, supervisor  # noqa: F401


def test_the_newest_records_removed_are_found_by_the_next_check(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    write_lines(store, 5)
    assert main([*store_args(store), "audit", "verify"]) == 0
    capsys.readouterr()

    tamper(store, "DELETE FROM audit_log WHERE id >= 4")

    with one_action(store.engine) as uow:
        assert audit.verify(uow).intact  # the chain alone cannot tell
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
                at=entry.at,
                user_id=entry.user_id,
                station=entry.station,
                action=entry.action,
                entity_type=entry.entity_type,
                entity_id=entry.entity_id,
                reason=entry.reason,
                details=entry.details,
                prev_hash=before.hash or "",
            )
        uow.commit()

    with one_action(sqlite_store.engine) as work:
        assert audit.verify(work).intact  # a consistent forgery, for the chain
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


def test_a_sealed_trips_papers_carry_the_head_that_finds_a_cut_trail(
    loaded: tuple[Store, list[str], str],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The probe: with the anchor file deleted, an emptied trail read "0 records, chain
    intact". The lead sheet and the manifest of a sealed trip print the trail's head at its
    seal; given back to audit verify, it finds the records removed since, anchor or not."""
    store, _codes, trip = loaded
    supervisor(store)
    with one_action(store.engine, immediate=True, durable=True) as work:
        close_load(work, trip, seal="SEAL-0042", user="Dee Driver", pin="7777")
    with one_action(store.engine, immediate=True) as work:
        print_lead_sheet(work, trip, tmp_path / "lead.pdf")
    with one_action(store.engine, immediate=True) as work:
        print_manifest(work, trip, tmp_path / "manifest.pdf")
    lead = pdf_text(tmp_path / "lead.pdf")[0]
    found = re.search(r"Audit at seal\s*(record [\d,]+ \u00b7 [0-9a-f]{16})", lead)
    assert found, lead
    head = found.group(1)
    manifest = " ".join(" ".join(pdf_text(tmp_path / "manifest.pdf")).split())
    assert f"AUDIT AT SEAL {head}" in manifest, manifest  # its closing block, beside the seal
    with UnitOfWork(store.engine) as uow:
        seal = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "load.close")
        ).one()
        before = uow.session.scalar(
            select(func.count()).select_from(AuditEntry).where(col(AuditEntry.id) <= seal.id)
        )
    assert head == f"record {before:,} \u00b7 {seal.hash[:16]}"  # type: ignore[index]
    assert main([*store_args(store), "audit", "verify", "--head", head]) == 0
    assert f"the papers' record {before:,} is in it" in capsys.readouterr().out

    anchor_file(target_of(store)).unlink()  # the anchor gone with the records
    tamper(store, f"DELETE FROM audit_log WHERE id >= {seal.id}")
    assert main([*store_args(store), "audit", "verify", "--head", head]) == 1
    said = capsys.readouterr().err
    assert "missing" in said and "the papers' head" in said, said
    assert main([*store_args(store), "audit", "verify", "--head", "seal 42"]) == 1
    assert "is not the head a sealed trip's papers print" in capsys.readouterr().err


def test_an_emptied_trail_without_its_anchor_is_found_by_the_newest_scheduled_backup(
    sqlite_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from s321_desk.services.admin.settings import set_setting

    write_lines(sqlite_store, 5)
    folder = tmp_path / "backups"
    with UnitOfWork(sqlite_store.engine) as uow:
        set_setting(
            uow.session, "backup_schedule", {"folder": str(folder), "every_hours": 24, "keep": 3}
        )
        uow.commit()
    assert backup_if_due(sqlite_store) is not None
    anchor_file(target_of(sqlite_store)).unlink()
    tamper(sqlite_store, "DELETE FROM audit_log")
    assert main([*store_args(sqlite_store), "audit", "verify"]) == 1
    said = capsys.readouterr().err
    assert "(the trail is empty)" in said and "the backup" in said, said


def test_a_trail_with_nothing_outside_the_store_to_check_it_says_so(
    sqlite_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    write_lines(sqlite_store, 3)
    assert main([*store_args(sqlite_store), "audit", "verify"]) == 0  # the first: none yet
    assert "warning: no head kept outside the store" in capsys.readouterr().err
    assert main([*store_args(sqlite_store), "audit", "verify"]) == 0
    assert "warning" not in capsys.readouterr().err  # the first check's anchor is there
    anchor_file(target_of(sqlite_store)).unlink()
    tamper(sqlite_store, "DELETE FROM audit_log")
    assert main([*store_args(sqlite_store), "audit", "verify"]) == 0
    said = capsys.readouterr()
    assert said.out.startswith("0 audit record(s), chain intact")
    assert "warning: no head kept outside the store" in said.err
