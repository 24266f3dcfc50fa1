"""What the review found around damaged stores: a store a killed process left with a hot rollback
journal (an upgrade killed mid-way) is not damaged and opens (it was said damaged, then exit 70);
a damaged store whose read then fails another way ends with its one message and exit 1, never
"unexpected error" (exit 70); text that is not UTF-8 in the store is damage, said as such."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from s321_desk.cli import main
from s321_desk.store.database import open_store
from s321_desk.store.migrate import head_revision
from tests.services.kernel.test_durability import damage
from tests.store.make_schema_fixtures import fixture_path

OLD = "0010"  # an old store: its opening upgrades it


def _old_store(tmp_path: Path) -> Path:
    db = tmp_path / "old.sqlite3"
    shutil.copyfile(fixture_path(OLD), db)
    with closing(sqlite3.connect(db)) as filled:  # pages enough for a journal to spill
        filled.execute("CREATE TABLE filler (x BLOB)")
        filled.executemany("INSERT INTO filler VALUES (randomblob(?))", [(500,)] * 400)
        filled.commit()
    return db


def _killed_mid_write(db: Path) -> None:
    """A process killed inside a write transaction in rollback-journal mode, its changes
    already spilled into the file: a hot journal is left beside it."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = DELETE')\n"
        "c.execute('PRAGMA cache_size = 5')\n"
        "c.execute('BEGIN')\n"
        "c.execute('UPDATE filler SET x = randomblob(600)')\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(db)], check=False)
    journal = Path(f"{db}-journal")
    assert journal.exists() and journal.stat().st_size > 0


def test_a_hot_journal_is_rolled_back_not_called_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _old_store(tmp_path)
    _killed_mid_write(db)
    status = main(["--db", str(db), "parcels", "list"])
    err = capsys.readouterr().err
    assert status == 0, err
    assert "damaged" not in err and "unexpected" not in err, err
    store = open_store(db)
    try:
        assert store.damaged is None
        with closing(sqlite3.connect(db)) as opened:
            assert opened.execute("SELECT version_num FROM alembic_version").fetchone() == (
                head_revision(),
            )
    finally:
        store.dispose()


def test_a_damaged_old_store_is_said_once_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Damaged, it is not upgraded (read-only); the read that then fails on the old schema
    ends with the damage already said, exit 1."""
    db = _old_store(tmp_path)
    damage(db)
    status = main(["--db", str(db), "parcels", "list"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert "the database is damaged" in err and "s321-desk restore BACKUP" in err, err
    assert "unexpected" not in err and "Traceback" not in err and "SELECT" not in err, err
    assert err.count("\n") == 1, err  # one line: the check's own lines joined


def test_text_that_is_not_utf8_is_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite3"
    open_store(db).dispose()
    assert main(["--db", str(db), "fx", "list"]) == 0
    capsys.readouterr()
    with closing(sqlite3.connect(db)) as edited:  # bytes a failing disk turned into non-text
        edited.execute(
            "INSERT INTO fx_rates (currency, valid_from, rate_to_usd, source, entered_at) "
            "VALUES ('CAD', '2026-01-01', '0.7', CAST(x'fffe' AS TEXT), '2026-01-01')"
        )
        edited.commit()
    status = main(["--db", str(db), "fx", "list"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert "the database is damaged" in err and "unexpected" not in err, err
