"""Benchmark: `audit verify` on a trail of 1,000,000 records, its time and peak memory, against
a floor that reads the same rows with bare sqlite3 and hashes them.

Run: python tests/bench/bench_audit_verify.py [--records 1000000] [--json]
A store is made with that many records chained as the desk chains them (a mix of actions with
details of a few hundred bytes). Each side runs in a fresh process of its own, so its peak
resident memory (VmHWM) is its own: the desk's `audit verify` command as a user runs it
(its chain, anchors and the anchor kept) on a store the desk has opened before (the first
opening's integrity check, every page read, is timed apart), and the floor, which reads every
row with a sqlite3 cursor and hashes its bytes with SHA-256 (no JSON, no check). The verify
streams the trail: its memory does not grow with the number of records.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from s321_desk.domain.audit_chain import GENESIS, entry_hash  # noqa: E402
from s321_desk.store.database import open_store  # noqa: E402
from tests.bench.report import show  # noqa: E402

ACTIONS = ("parcel.close", "load.add", "print.label", "decision.acknowledge", "login")


def build(db: Path, records: int) -> None:
    """``records`` audit lines chained as the desk writes them, in one transaction."""
    open_store(db).dispose()
    start = datetime(2026, 1, 5, 8, tzinfo=UTC)
    connection = sqlite3.connect(db)
    previous = GENESIS
    rows = []
    for n in range(records):
        at = start + timedelta(seconds=3 * n)
        action = ACTIONS[n % len(ACTIONS)]
        details = json.dumps({"route": "S321_MANIFEST", "others": [f"P{n - 1:07d}"],
                              "file": f"/var/lib/desk/labels/P{n:07d}.pdf",
                              "sha256": f"{n:064x}"}, sort_keys=True)  # fmt: skip
        entity = f"P{n:07d}"
        digest = entry_hash(at=at, user_id=None, station="DOCK-1", action=action,
                            entity_type="parcel", entity_id=entity, reason=None,
                            details=details, prev_hash=previous)  # fmt: skip
        rows.append((at.strftime("%Y-%m-%d %H:%M:%S.%f"), "DOCK-1", action, "parcel",
                     entity, details, previous, digest))  # fmt: skip
        previous = digest
        if len(rows) == 50_000:
            _insert(connection, rows)
    _insert(connection, rows)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _insert(connection: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    with connection:
        connection.executemany(
            "INSERT INTO audit_log (at, station, action, entity_type, entity_id, details, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows,
        )  # fmt: skip
    rows.clear()


FLOOR = """
import hashlib, sqlite3, sys, time
start = time.perf_counter()
connection = sqlite3.connect(sys.argv[1])
cursor = connection.execute("SELECT at, station, action, entity_type, entity_id, details, "
                            "prev_hash, hash FROM audit_log ORDER BY id")
count = 0
while rows := cursor.fetchmany(5000):
    for row in rows:
        hashlib.sha256(repr(row).encode()).digest()
        count += 1
seconds = time.perf_counter() - start
peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0].split()[1]
print(count, seconds, peak)
"""

# The store's first opening after it was built outside the desk: its integrity check (every
# page read), which a desk's own later openings skip (store/integrity.py). Timed apart.
OPEN = """
import sys, time
from pathlib import Path
from s321_desk.store.database import open_store
start = time.perf_counter()
open_store(Path(sys.argv[1])).dispose()
seconds = time.perf_counter() - start
peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0].split()[1]
print(0, seconds, peak)
"""

DESK = """
import sys, time
from s321_desk.cli import main
start, cpu = time.perf_counter(), time.process_time()
status = main(["--db", sys.argv[1], "audit", "verify"])
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0].split()[1]
print(cpu, file=sys.stderr)
print(status, seconds, peak)
"""


CPU = {"verify": 0.0}  # the desk's CPU time (on a busy machine the clock counts waits too)


def _run(code: str, db: Path, data: Path) -> tuple[float, float, float]:
    env = dict(os.environ, S321_DATA_DIR=str(data), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True,
                          env=env, cwd=ROOT, check=True)  # fmt: skip
    first, seconds, peak_kb = done.stdout.strip().splitlines()[-1].split()
    if done.stderr.strip():
        CPU["verify"] = float(done.stderr.strip().splitlines()[-1])
    return float(first), float(seconds), float(peak_kb) / 1024


def measure(records: int = 1_000_000) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="s321-bench-audit-") as folder:
        db = Path(folder) / "audit.sqlite3"
        started = time.perf_counter()
        build(db, records)
        built = time.perf_counter() - started
        _, check_s, _ = _run(OPEN, db, Path(folder) / "data")
        status, verify_s, verify_mb = _run(DESK, db, Path(folder) / "data")
        count, floor_s, floor_mb = _run(FLOOR, db, Path(folder) / "data")
        assert status == 0 and int(count) == records
        return {
            "records": records,
            "store_mb": round(db.stat().st_size / 1e6, 1),
            "verify_s": round(verify_s, 2),
            "verify_cpu_s": round(CPU["verify"], 2),
            "verify_peak_mb": round(verify_mb, 1),
            "floor_read_and_hash_s": round(floor_s, 2),
            "floor_peak_mb": round(floor_mb, 1),
            "verify_vs_floor": round(verify_s / floor_s, 1),
            "built_s": round(built, 1),
            "first_open_integrity_check_s": round(check_s, 2),
            "goal": "1,000,000 records in under 10 s and 200 MB",
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    show(measure(args.records), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
