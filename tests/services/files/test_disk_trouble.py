"""A full disk and a read-only database: a clear message, exit 1, nothing already saved lost.

The disk is a real small file system (tmpfs) and the read-only database a real read-only
mount of its folder: as root, file modes do not stop a write, a read-only mount does. Mounting
needs root; CI runs as root, so there these tests always run.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from s321_desk.cli import main
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.store.database import open_store
from tests.conftest import write_csv
from tests.services.packing.test_stations_at_once import CATALOG, orders_file

PACK = [
    "--port",
    "3004",
    "--crossing",
    "2024-06-10T10:00:00-07:00",
    "--rules-as-of",
    "2025-06-01T00:00:00-04:00",
]


def _mount(*args: str) -> None:
    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("CI runs as root and mounts the small file systems of these tests")
        pytest.skip("needs root to mount a small or read-only file system (CI runs as root)")
    subprocess.run(["mount", *args], check=True, capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB file system of its own."""
    folder = tmp_path / "small"
    folder.mkdir()
    _mount("-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder))
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A folder, and the same folder through a read-only mount."""
    folder, view = tmp_path / "desk", tmp_path / "desk-ro"
    folder.mkdir()
    view.mkdir()
    _mount("--bind", str(folder), str(view))
    try:
        _mount("-o", "remount,bind,ro", str(view))
        yield folder, view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


def _stocked(db: Path, folder: Path) -> list[str]:
    orders, person_of = orders_file(folder)
    store = open_store(db)
    try:
        import_catalog(store.engine, write_csv(folder / "catalog.csv", CATALOG))
        import_orders(store.engine, orders)
    finally:
        store.dispose()
    return list(person_of)


def _packed(db: Path) -> list[tuple[str, str, int]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT p.code, p.status, (SELECT count(*) FROM parcel_verdicts v "
            "WHERE v.parcel_id = p.id) FROM parcels p WHERE p.status != 'open' ORDER BY p.code"
        ).fetchall()


def _integrity(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def test_a_full_disk_is_said_plainly_and_loses_nothing_saved(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = small_disk / "desk.sqlite3"
    orders = _stocked(db, tmp_path)
    # Fill what is left but a little: the store then runs out of room within a few parcels.
    filler = small_disk / "filler"
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    filler.write_bytes(b"\0" * max(free - 256 * 1024, 0))
    done: list[str] = []
    failure = ""
    for order in orders:
        status = main(["--db", str(db), "pack", order, *PACK])
        out, err = capsys.readouterr()
        if status != 0:
            failure = err
            break
        done.append(out.split()[0])
    assert done, f"the disk filled before the first parcel: leave the store more room ({failure})"
    assert status == 1 and failure.count("\n") == 1, failure  # one line, a user's error
    assert "database or disk is full" in failure and "nothing was changed" in failure
    assert "Traceback" not in failure and "unexpected" not in failure

    filler.unlink()  # room again: everything said done is there, and the desk packs on
    assert _integrity(db) == "ok"
    packed = _packed(db)
    assert [code for code, _, _ in packed][: len(done)] == done
    assert all(verdicts >= 1 for _, _, verdicts in packed)
    assert main(["--db", str(db), "pack", orders[len(packed)], *PACK]) == 0
    assert len(_packed(db)) == len(packed) + 1


def test_a_read_only_database_is_said_plainly_and_left_as_it_was(
    read_only_view: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, view = read_only_view
    orders = _stocked(folder / "desk.sqlite3", tmp_path)
    assert main(["--db", str(folder / "desk.sqlite3"), "pack", orders[0], *PACK]) == 0
    capsys.readouterr()
    before = hashlib.sha256((folder / "desk.sqlite3").read_bytes()).hexdigest()

    status = main(["--db", str(view / "desk.sqlite3"), "pack", orders[1], *PACK])

    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1, err
    assert "read-only" in err or "readonly" in err, err
    assert "Traceback" not in err and "unexpected" not in err
    assert hashlib.sha256((folder / "desk.sqlite3").read_bytes()).hexdigest() == before
    assert [code for code, _, _ in _packed(folder / "desk.sqlite3")] == ["P0000001"]
