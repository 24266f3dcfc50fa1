"""Migrations: an empty database reaches head equal to the models; backups before upgrades."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from s321_desk.store.database import Store, StoreError, open_store
from s321_desk.store.migrate import (
    alembic_config,
    compared,
    current_revision,
    head_revision,
    newest_shipped_revision,
)


def test_empty_database_upgraded_to_head_matches_the_models(store: Store) -> None:
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": compared}
        )
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []
    assert store.migration_backup is None  # nothing to save in a new file


def test_connection_pragmas(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar_one() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar_one() == 1
        assert pragma("PRAGMA busy_timeout").scalar_one() >= 5000


def test_reopening_a_database_at_head_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    open_store(path).dispose()
    again = open_store(path)
    again.dispose()
    assert again.migration_backup is None
    assert sorted(p.name for p in tmp_path.iterdir() if "before-" in p.name) == []


def test_a_database_with_data_is_copied_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (text TEXT)")
        raw.execute("INSERT INTO notes VALUES ('keep me')")
    raw.close()
    opened = open_store(path)
    opened.dispose()
    backup = opened.migration_backup
    assert backup is not None and backup.exists() and backup.parent == tmp_path
    assert f"before-{head_revision()}" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT text FROM notes").fetchall() == [("keep me",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    open_store(path).dispose()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer than this version"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("Name,Email\n#1001,a@example.com\n")
    with pytest.raises(StoreError, match=r"orders\.csv: not an s321-desk database"):
        open_store(path)
    assert path.read_text() == "Name,Email\n#1001,a@example.com\n"


def test_the_newest_migration_file_names_the_head_revision() -> None:
    """A store's schema is checked against the newest file's name (no Alembic at start): each
    NNNN_what.py holds revision NNNN, revising the one before it."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    for script in scripts.walk_revisions():
        assert Path(script.path).name.startswith(f"{script.revision}_"), script.path
    assert newest_shipped_revision() == head_revision()


def test_a_store_at_head_opens_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    open_store(path).dispose()  # created: Alembic ran
    probe = (
        "import sys; from s321_desk.store.database import open_store; "
        f"open_store({str(path)!r}).dispose(); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
