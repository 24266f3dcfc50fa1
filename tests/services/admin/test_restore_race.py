"""A restore while a program keeps opening the store to write (a station starting, a command
run by a timer): every write it was told is done is in the store saved before the restore or
in the restored one, never lost between the two."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from s321_desk.services.admin.backup import backup_store, restore_store
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.database import Store

# Opens the file for each write, as a command does, and says each write that committed.
WRITER = """
import sqlite3, sys
for n in range(1, 100_000):
    try:
        connection = sqlite3.connect(sys.argv[1], timeout=5)
        with connection:
            connection.execute("INSERT INTO station_writes VALUES (?)", (n,))
        connection.close()
        print(n, flush=True)
    except sqlite3.Error:
        pass
"""


def _written(path: Path) -> set[int]:
    with closing(sqlite3.connect(path)) as connection:
        return {n for (n,) in connection.execute("SELECT n FROM station_writes")}


def test_no_write_is_lost_to_a_restore(sqlite_store: Store, tmp_path: Path) -> None:
    target = sqlite_store.path
    assert target is not None
    with sqlite_store.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE station_writes (n INTEGER)")
    backup = tmp_path / "b.sqlite3"
    backup_store(sqlite_store, backup)
    sqlite_store.dispose()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None
        while int(writer.stdout.readline()) < 50:  # under way
            pass
        restored = None
        deadline = time.monotonic() + 60
        while restored is None and time.monotonic() < deadline:
            try:
                restored = restore_store(target, backup)
            except UserError as refused:
                assert "open on a station" in str(refused)  # caught with the file open: again
        assert restored is not None and restored.saved_copy is not None
        time.sleep(0.3)  # the writer goes on, on the restored store
    finally:
        writer.terminate()
        said, _ = writer.communicate()
    done = {int(line) for line in said.split()}

    kept = _written(restored.saved_copy) | _written(target)
    assert done and done <= kept, sorted(done - kept)[:10]
    assert max(done) in _written(target)  # the writes after the restore went to the new store
