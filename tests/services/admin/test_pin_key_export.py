"""`pin-key export --out` never writes the key over what it must not replace: the store itself,
a backup, an SQLite file's companions, a device, a pipe or a folder (the review found the store
replaced by the key file, exit 0)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from s321_desk.cli import main
from s321_desk.services.admin import pin_key
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.database import Store
from tests.conftest import first_admin


def _sqlite_file(path: Path) -> bytes:
    with closing(sqlite3.connect(path)) as made:
        made.execute("CREATE TABLE kept (x)")
        made.commit()
    return path.read_bytes()


def test_the_key_is_not_written_over_a_database_or_a_backup(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first_admin(store)
    backup = tmp_path / "warehouse.backup.sqlite3"
    before = _sqlite_file(backup)
    targets = [backup]
    if store.path is not None:
        targets.append(store.path)
    for target in targets:
        kept = target.read_bytes()
        assert main(["pin-key", "export", "--out", str(target)]) == 1
        assert "is a database or a backup of one" in capsys.readouterr().err
        assert target.read_bytes() == kept
    link = tmp_path / "key.txt"
    link.symlink_to(backup)
    with pytest.raises(UserError, match="is a database or a backup of one"):
        pin_key.export_keys(link)
    assert backup.read_bytes() == before
    wal = tmp_path / "warehouse.backup.sqlite3-wal"
    with pytest.raises(UserError, match="belongs to the database beside it"):
        pin_key.export_keys(wal)
    assert not wal.exists()


def test_the_key_is_not_written_to_a_device_a_pipe_or_a_folder(
    store: Store, tmp_path: Path
) -> None:
    first_admin(store)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for target, why in (
        (Path(os.devnull), "is a device"),
        (pipe, "is a pipe or a socket"),
        (tmp_path, "is a folder"),
    ):
        with pytest.raises(UserError, match=why):
            pin_key.export_keys(target)
    assert Path(os.devnull).is_char_device()


def test_the_key_is_written_to_a_new_file(store: Store, tmp_path: Path) -> None:
    first_admin(store)
    out = tmp_path / "usb" / "desk.pin-key"
    out.parent.mkdir()
    ring = pin_key.export_keys(out)
    assert list(pin_key.parse_keys(out.read_text(encoding="ascii"), str(out))) == list(ring)
