"""Backups and restores on real stores: whole, checked, audited; the current data never lost;
the audit trail checked against a backup's head; backups on a schedule."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from sqlmodel import col, select

from s321_desk.cli import main
from s321_desk.services.admin.backup import backup_if_due, backup_store, restore_store
from s321_desk.services.admin.settings import set_setting
from s321_desk.services.kernel import audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.lookup.parcel_views import list_parcels
from s321_desk.store.database import Store, open_store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import store_args
from tests.services.kernel.test_audit import tamper, write_lines
from tests.services.papers.test_printing import pack_all


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _actions(store: Store) -> list[AuditEntry]:
    with UnitOfWork(store.engine) as uow:
        return list(uow.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id))))


def test_a_backup_is_a_checked_copy_audited_with_its_sha256(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack_all(store, tmp_path)
    out = tmp_path / ("desk.backup" + (".sqlite3" if store.path else ".pgdump"))
    assert main([*store_args(store), "backup", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"Backup {out}" in said and _sha(out) in said
    last = _actions(store)[-1]
    assert last.action == "store.backup" and _sha(out) in last.details
    assert not list(tmp_path.glob(".*.partial"))
    if store.path is not None:  # a plain SQLite file: every parcel, no WAL needed to read it
        with sqlite3.connect(out) as copy:
            assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            with one_action(store.engine) as uow:
                assert copy.execute("SELECT count(*) FROM parcels").fetchone()[0] == len(
                    list_parcels(uow)
                )


def test_a_backup_into_a_missing_folder_is_refused(
    sqlite_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nowhere" / "b.sqlite3"
    assert main([*store_args(sqlite_store), "backup", "--out", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().err and not out.parent.exists()


def test_a_restore_brings_the_backup_back_and_keeps_what_was_there(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = pack_all(store, tmp_path)
    out = tmp_path / ("b.sqlite3" if store.path else "b.pgdump")
    backup_store(store, out)
    write_lines(store, 3)  # work done after the backup
    assert main([*store_args(store), "audit", "verify"]) == 0  # its head kept as the anchor
    after = len(_actions(store))
    target = store.path if store.path is not None else store.url
    store.dispose()  # every station closed

    assert main([*store_args(store), "restore", str(out)]) == 0
    assert "Restored" in capsys.readouterr().out
    assert main([*store_args(store), "audit", "verify"]) == 0  # the older trail, on purpose

    back = open_store(target)
    try:
        trail = _actions(back)
        assert trail[-1].action == "store.restore"
        assert len(trail) < after  # the 3 lines written after the backup are not in it
        with one_action(back.engine) as uow:
            assert [p.parcel_id for p in list_parcels(uow)] == codes
        with one_action(back.engine) as uow:
            assert audit.verify(uow).intact
    finally:
        back.dispose()
    if isinstance(target, Path):  # what was there is saved beside it, whole
        saved = list(target.parent.glob(f"{target.stem}.before-restore.*"))
        assert len(saved) == 1
        kept = open_store(saved[0])
        try:  # with the record of the restore, made before it began
            assert len(_actions(kept)) == after + 1
            assert _actions(kept)[-1].action == "store.restore.start"
        finally:
            kept.dispose()


@pytest.mark.parametrize("trouble", ["not sqlite", "damaged", "no revision", "newer", "in use"])
def test_a_restore_that_cannot_be_done_changes_nothing(
    sqlite_store: Store, tmp_path: Path, trouble: str
) -> None:
    pack_all(sqlite_store, tmp_path)
    assert sqlite_store.path is not None
    good = tmp_path / "good.sqlite3"
    backup_store(sqlite_store, good)
    source = tmp_path / "source.sqlite3"
    source.write_bytes(good.read_bytes())
    holder = None
    if trouble == "not sqlite":
        source.write_text("order,sku\n#1,X\n")
    elif trouble == "damaged":
        data = bytearray(source.read_bytes())
        data[len(data) // 2 : len(data) // 2 + 4096] = b"\xff" * 4096
        source.write_bytes(bytes(data))
    elif trouble == "no revision":
        with sqlite3.connect(source) as connection:
            connection.execute("DELETE FROM alembic_version")
    elif trouble == "newer":
        with sqlite3.connect(source) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
    else:
        holder = sqlite3.connect(sqlite_store.path)  # a station with the store open
        holder.execute("SELECT count(*) FROM parcels").fetchone()
    target = sqlite_store.path
    if holder is None:
        sqlite_store.dispose()
    before = _sha(target)
    try:
        with pytest.raises(UserError) as refused:
            restore_store(target, source)
    finally:
        if holder is not None:
            holder.close()
    words = {"not sqlite": "not an s321-desk backup", "damaged": "backup",
             "no revision": "not an s321-desk backup (no schema revision",
             "newer": "newer version", "in use": "open on a station"}  # fmt: skip
    said = str(refused.value)
    assert words[trouble] in said
    assert str(source if trouble != "in use" else target) in said  # the file it is about
    assert _sha(target) == before
    assert not list(target.parent.glob("*before-restore*"))


def test_verify_against_a_backup_sees_records_removed_from_the_end(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_lines(store, 5)
    out = tmp_path / ("b.sqlite3" if store.path else "b.pgdump")
    backup_store(store, out)
    if store.path is None:  # the anchor is read from an SQLite backup; make one of the same
        out = tmp_path / "b.sqlite3"
        with sqlite3.connect(out) as copy:
            copy.execute("CREATE TABLE alembic_version (version_num TEXT)")
            copy.execute("INSERT INTO alembic_version VALUES ('0007')")
            copy.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, hash TEXT)")
            for entry in _actions(store)[:-1]:  # as the dump saw it: before its own record
                copy.execute("INSERT INTO audit_log VALUES (?, ?)", (entry.id, entry.hash))
    newest = max(entry.id or 0 for entry in _actions(store))
    assert main([*store_args(store), "audit", "verify", "--against", str(out)]) == 0
    assert "6 audit record(s), chain intact; all 5 seen by" in capsys.readouterr().out

    tamper(store, f"DELETE FROM audit_log WHERE id >= {newest - 1}")  # the backup's record too
    with one_action(store.engine) as uow:
        assert audit.verify(uow).intact  # the chain alone cannot tell

    assert main([*store_args(store), "audit", "verify", "--against", str(out)]) == 1
    said = capsys.readouterr().err
    assert "1 audit record(s) missing after record 4: the backup saw 5, the store has 4" in said


def test_two_records_swapped_are_seen(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    write_lines(store, 5)
    tamper(
        store,
        "UPDATE audit_log SET id = 100 WHERE id = 2",
        "UPDATE audit_log SET id = 2 WHERE id = 3",
        "UPDATE audit_log SET id = 3 WHERE id = 100",
    )
    with one_action(store.engine) as uow:
        report = audit.verify(uow)
    assert report.first_bad_id == 2 and "does not follow" in (report.problem or "")
    assert main([*store_args(store), "audit", "verify"]) == 1


def test_scheduled_backups_when_due_keeping_the_newest(sqlite_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    mine = folder / "notes.txt"
    mine.write_text("a file of the user's")
    start = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)
    assert backup_if_due(sqlite_store, start) is None  # no schedule set: nothing
    with UnitOfWork(sqlite_store.engine) as uow:
        set_setting(
            uow.session, "backup_schedule", {"every_hours": 6, "keep": 2, "folder": str(folder)}
        )
        uow.commit()

    made = [backup_if_due(sqlite_store, start + timedelta(hours=h)) for h in (0, 1, 6, 13, 19)]

    assert [m is not None for m in made] == [True, False, True, True, True]
    kept = sorted(p.name for p in folder.glob("*.sqlite3"))
    assert kept == [m.path.name for m in made[-2:] if m is not None]
    assert mine.read_text() == "a file of the user's"


def test_the_schedule_setting_is_checked(sqlite_store: Store) -> None:
    with UnitOfWork(sqlite_store.engine) as uow, pytest.raises(UserError, match="every_hours"):
        set_setting(uow.session, "backup_schedule", {"every_hours": 0, "keep": 3})


def test_a_scheduled_backup_is_named_after_its_store(store: Store, tmp_path: Path) -> None:
    with UnitOfWork(store.engine) as uow:
        set_setting(
            uow.session, "backup_schedule", {"every_hours": 1, "keep": 1, "folder": str(tmp_path)}
        )
        uow.commit()
    made = backup_if_due(store, datetime(2026, 12, 5, 8, 0, tzinfo=UTC))
    assert made is not None
    name = store.path.stem if store.path else make_url(store.url).database
    assert made.path.name == f"{name}.backup.20261205T080000Z" + (
        ".sqlite3" if store.path else ".pgdump"
    )
