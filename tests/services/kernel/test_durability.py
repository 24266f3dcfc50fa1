"""Durability and the machine's troubles: the writes that produce paper are on the disk when they
return (synchronous=FULL); a damaged store opens read-only with one message and the way to
restore; what killed backups and upgrades leave is removed at the next start; stations opening
an old store at once wait for one upgrade; a full disk, a read-only folder or a damaged store
is one line and exit 1, never "unexpected error" (exit 70)."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event, text

from s321_desk.cli import main
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.store.database import Store, open_store
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import ROOT
from tests.services.files.test_disk_trouble import read_only_view, small_disk  # noqa: F401
from tests.services.packing.test_packing import CATALOG, CROSSING, ORDERS
from tests.store.make_schema_fixtures import fixture_path


@pytest.fixture
def stocked_file(sqlite_store: Store, tmp_path: Path) -> Store:
    """An SQLite store with the packing tests' catalog and orders (what only a file has: its
    synchronous pragma, its pages)."""
    from datetime import date

    from s321_desk.services.admin.rules_and_rates import set_fx_rate
    from s321_desk.services.files.catalog_import import import_catalog
    from s321_desk.services.files.orders_import import import_orders
    from tests.conftest import write_csv

    import_catalog(sqlite_store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(sqlite_store.engine, write_csv(tmp_path / "o.csv", ORDERS))
    with one_action(sqlite_store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", date(2024, 1, 1), "test")
    return sqlite_store


def test_a_close_is_written_with_synchronous_full_and_a_scan_is_not(stocked_file: Store) -> None:
    """On SQLite (PostgreSQL's commit waits for its log on the disk: synchronous_commit)."""
    stocked = stocked_file
    said: list[str] = []
    event.listen(
        stocked.engine,
        "before_cursor_execute",
        lambda *args: said.append(args[2]) if "synchronous" in args[2] else None,
    )
    with one_action(stocked.engine, immediate=True) as work:
        parcel = open_parcel(work, "#1001")
    fill_parcel(stocked.engine, parcel)
    assert said in ([], ["PRAGMA synchronous = NORMAL"])  # scans: NORMAL, as the engine opens
    with one_action(stocked.engine, immediate=True, durable=True) as work:
        close_parcel(work, parcel, crossing=CROSSING, port_code="3004")
    assert "PRAGMA synchronous = FULL" in said
    with UnitOfWork(stocked.engine, immediate=True, durable=True) as uow:
        assert uow.session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    with UnitOfWork(stocked.engine, immediate=True) as uow:
        assert uow.session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL


def damage(path: Path) -> None:
    """Bytes of a page in the middle of the file overwritten, as a failing disk does."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = path.stat().st_size // page_size
    with open(path, "r+b") as stream:
        for page in range(2, pages):  # every other page's header and first cells
            if page % 2:
                stream.seek(page * page_size)
                stream.write(b"\xde\xad\xbe\xef" * 64)


def test_a_damaged_store_opens_read_only_with_one_message_and_the_way_to_restore(
    stocked_file: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    stocked = stocked_file
    assert stocked.path is not None
    db = stocked.path
    stocked.dispose()
    damage(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    status = main(["--db", str(db), "fx", "set", "CAD", "0.75", "--from", "2026-01-01"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert "the database is damaged" in err and "s321-desk restore BACKUP" in err, err
    assert "Traceback" not in err and "unexpected" not in err and "sqlalchemy" not in err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before  # nothing written to it
    reopened = open_store(db)
    try:
        assert reopened.damaged is not None and "read-only" in reopened.damaged.english
    finally:
        reopened.dispose()


def test_the_check_runs_again_only_when_the_file_changed_by_other_hands(
    stocked_file: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store the desk itself left (its own writes, its closing) opens without reading every
    page again; a file changed by anything else is checked again."""
    from s321_desk.store import integrity

    assert stocked_file.path is not None
    db = stocked_file.path
    stocked_file.dispose()
    assert integrity.known_good(db)  # checked at the fixture's opening, then its own writes
    assert main(["--db", str(db), "fx", "set", "CAD", "0.75", "--from", "2026-01-01"]) == 0
    assert integrity.known_good(db), capsys.readouterr().err  # its write, its closing
    with closing(sqlite3.connect(db)) as other:  # another program writes to it
        other.execute("CREATE TABLE notes_of_another_program (note TEXT)")
        other.commit()
    assert not integrity.known_good(db)
    reopened = open_store(db)  # checked again: still whole, so known good again
    try:
        assert reopened.damaged is None and integrity.known_good(db)
    finally:
        reopened.dispose()


# What a test watches of the folder of records (store/integrity.py): the files opened, renamed,
# removed or listed there while it is set. The hook stays for the process (audit hooks cannot
# be removed): it does nothing while no test watches.
_watched: list[tuple[str, str]] | None = None
_folder: str = ""


def _touched_records(event: str, args: tuple[object, ...]) -> None:
    if _watched is not None and event in ("open", "os.rename", "os.remove", "os.listdir"):
        if args and str(args[0]).startswith(_folder):
            _watched.append((event, str(args[0])))


sys.addaudithook(_touched_records)


def test_a_scan_reads_and_writes_nothing_of_the_integrity_record(
    stocked_file: Store, tmp_path: Path, private_data_dir: Path
) -> None:
    """The record is read as the store opens and written as it closes: 50 scans, each its own
    write transaction, neither open, list, rename nor remove a file of ``checked/`` (they did
    five times a scan), and the record file keeps its inode and time; the clean closing then
    records the file good."""
    global _watched, _folder
    from s321_desk.services.files.orders_import import import_orders
    from s321_desk.services.packing.pack import scan_item
    from s321_desk.store import integrity
    from tests.conftest import write_csv

    assert stocked_file.path is not None
    db = stocked_file.path
    sixty = ORDERS.split("\n")[0] + (
        "\n#2001,USD,2024-06-10 08:00:00 -0700,60,Cotton T-shirt M,24.50,TS-M,Ann Lee,"
        "9 Elm St,,Bellingham,98225,WA,US\n"
    )
    import_orders(stocked_file.engine, write_csv(tmp_path / "o60.csv", sixty))
    with one_action(stocked_file.engine, immediate=True) as uow:
        parcel = open_parcel(uow, "#2001")
    checked = private_data_dir / "checked"
    records = [path for path in checked.iterdir() if "." not in path.name]
    assert len(records) == 1
    before = records[0].stat()
    touched: list[tuple[str, str]] = []
    _folder, _watched = str(checked), touched
    try:
        for n in range(1, 51):
            with one_action(stocked_file.engine, immediate=True) as uow:
                assert scan_item(uow, parcel, "012345678905").packed == n
    finally:
        _watched = None
    assert touched == []
    after = records[0].stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert not integrity.known_good(db)  # 50 scans later, the record is the opening's
    stocked_file.dispose()
    assert integrity.known_good(db)  # the clean closing recorded it


STATION = """
import sys
from pathlib import Path
from s321_desk.services.packing.pack import open_parcel, scan_item
from s321_desk.store.database import open_store
from s321_desk.store.uow import one_action
store = open_store(Path(sys.argv[1]))
if sys.argv[2] != "opened":
    with one_action(store.engine, immediate=True) as uow:
        scan_item(uow, open_parcel(uow, "#1001"), "012345678905")
if sys.argv[2] == "closed":
    store.dispose()
print("READY", flush=True)
sys.stdin.read()  # until killed
"""


def _killed_station(db: Path, does: str) -> int:
    """A station process on ``db`` that ``does`` its part, then is killed: its exit status."""
    words = [sys.executable, "-c", STATION, str(db), does]
    process = subprocess.Popen(
        words, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline() == "READY\n"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert process.stdin is not None and process.stdout is not None
        process.stdin.close()
        process.stdout.close()
    return process.returncode


def _damage_keeping_its_state(path: Path) -> None:
    """Pages of the file overwritten in place, its size and times put back: only reading its
    pages finds it (the state the desk recorded still matches)."""
    from s321_desk.store import integrity

    state, times = integrity.signature(path), path.stat()
    with open(path, "r+b") as stream:
        stream.seek(16)
        page_size = int.from_bytes(stream.read(2), "big")
        for page in range(2, times.st_size // page_size, 2):
            stream.seek(page * page_size)
            stream.write(b"\xde\xad\xbe\xef" * 64)
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert integrity.signature(path) == state


@pytest.mark.parametrize("station", ["wrote", "opened", "closed"])
def test_a_station_killed_mid_shift_is_checked_at_the_next_opening(
    stocked_file: Store, station: str
) -> None:
    """A real station process is killed (SIGKILL) after a scan, or with the store only open:
    the next opening runs the quick check (it finds damage the recorded state cannot show);
    one that closed the store cleanly before it was killed left it known good."""
    from s321_desk.store import integrity

    assert stocked_file.path is not None
    db = stocked_file.path
    stocked_file.dispose()
    assert integrity.known_good(db) and not integrity.needs_check(db)
    assert _killed_station(db, station) == -signal.SIGKILL
    if station == "closed":
        assert integrity.known_good(db) and not integrity.needs_check(db)
        return
    assert integrity.needs_check(db)
    assert integrity.known_good(db) == (station == "opened")  # its marker alone says killed
    _damage_keeping_its_state(db)
    reopened = open_store(db)
    try:
        assert reopened.damaged is not None and "damaged" in reopened.damaged.english
    finally:
        reopened.dispose()


def test_the_check_after_a_kill_passing_records_the_file_good_again(stocked_file: Store) -> None:
    from s321_desk.store import integrity

    assert stocked_file.path is not None
    db = stocked_file.path
    stocked_file.dispose()
    assert _killed_station(db, "wrote") == -signal.SIGKILL
    assert integrity.needs_check(db) and integrity.killed_sessions(db)
    reopened = open_store(db)  # checked: whole
    try:
        assert reopened.damaged is None
        assert integrity.killed_sessions(db) == [] and not integrity.needs_check(db)
    finally:
        reopened.dispose()
    assert not integrity.needs_check(db)


def test_what_killed_backups_and_upgrades_left_is_removed_at_the_next_start(
    tmp_path: Path,
) -> None:
    db = tmp_path / "desk.sqlite3"
    open_store(db).dispose()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = int(gone.stdout)  # a process that has ended
    left = [
        tmp_path / f".desk.before-0014.20261206T000000Z.sqlite3.{dead}.partial",
        tmp_path / f".desk.sqlite3.{dead}.restoring",
        tmp_path / f".desk.sqlite3.backup.{dead}.partial",
    ]
    alive = tmp_path / f".desk.before-0014.x.sqlite3.{subprocess.os.getpid()}.partial"  # type: ignore[attr-defined]
    for path in [*left, alive]:
        path.write_bytes(b"SQLite format 3\x00" + bytes(4096))
    open_store(db).dispose()
    assert [path.exists() for path in left] == [False, False, False]
    assert alive.exists()  # still being written by a running process: kept
    out = tmp_path / "b.sqlite3"
    partial = tmp_path / f".b.sqlite3.{dead}.partial"
    partial.write_bytes(bytes(100))
    assert main(["--db", str(db), "backup", "--out", str(out)]) == 0
    assert not partial.exists() and out.exists()


OPENER = """
import sys
from pathlib import Path
from s321_desk.store.database import open_store
store = open_store(Path(sys.argv[1]))
print("OPEN", store.migration_backup is not None, flush=True)
store.dispose()
"""


def test_stations_opening_an_old_store_at_once_wait_for_one_upgrade(tmp_path: Path) -> None:
    """The probe: eight stations opening an old store at once, up to seven failed with
    "database is locked"; now one upgrades it and the others wait, then open it."""
    db = tmp_path / "old.sqlite3"
    shutil.copy(fixture_path("0001"), db)
    stations = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(db)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(8)
    ]
    outcomes = [station.communicate(timeout=300) for station in stations]
    opened = [out.split() for out, _ in outcomes]
    assert all(words[:1] == ["OPEN"] for words in opened), outcomes
    assert sorted(words[1] for words in opened) == ["False"] * 7 + ["True"]  # one upgrade
    assert len(list(tmp_path.glob("old.before-*.sqlite3"))) == 1  # one copy saved
    assert list(tmp_path.glob(".old*.partial")) == []


def test_a_backup_onto_a_full_disk_is_one_line_and_exit_1(
    small_disk: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "desk.sqlite3"
    open_store(db).dispose()
    with sqlite3.connect(db) as connection:  # a store larger than the small disk
        connection.execute("CREATE TABLE ballast (b BLOB)")
        connection.executemany("INSERT INTO ballast VALUES (?)", [(bytes(65536),)] * 80)
    status = main(["--db", str(db), "backup", "--out", str(small_disk / "b.sqlite3")])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1, err
    assert "cannot write the backup" in err and "full" in err, err
    assert list(small_disk.iterdir()) == []  # nothing half-written left on it


def test_out_into_a_read_only_folder_is_one_line_and_exit_1(
    read_only_view: tuple[Path, Path],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _folder, view = read_only_view
    db = tmp_path / "desk.sqlite3"
    open_store(db).dispose()
    for words in (
        ["backup", "--out", str(view / "b.sqlite3")],
        ["print", "commands", "--out", str(view / "c.pdf")],
        ["export", "drawback", "--month", "2026-11", "--out", str(view / "d.csv")],
    ):
        status = main(["--db", str(db), *words])
        err = capsys.readouterr().err
        assert status == 1 and err.count("\n") == 1, (words, err)
        assert "Read-only file system" in err, err
        assert "unexpected" not in err
        # the file asked for, not the hidden draft written before it is renamed into place
        assert f"s321-desk: {words[-1]}: " in err, err
        assert ".partial" not in err, err


def test_a_read_the_damage_stops_is_said_once(
    stocked_file: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert stocked_file.path is not None
    db = stocked_file.path
    stocked_file.dispose()
    damage(db)
    assert main(["--db", str(db), "load", "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the database is damaged" in err, err
    assert "s321-desk restore BACKUP" in err and "Traceback" not in err
