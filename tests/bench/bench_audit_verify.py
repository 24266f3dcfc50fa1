"""Benchmark: `audit verify` on a trail of 1,000,000 records, its time and peak memory, against
a floor that reads the same rows with bare sqlite3 and hashes them; at two trail sizes, to show
the memory does not grow with the trail.

Run: python tests/bench/bench_audit_verify.py [--records 1000000] [--postgresql] [--json]
A store is made with that many records chained as the desk chains them, over the parcels and
verdicts they cover as the desk covers them: each parcel opened, closed (with its verdict),
labelled and loaded, each of those lines holding the hash of the parcel's row as it left it
(the close's the verdict's too), and a line without rows (a sign-in, a print) between parcels:
1,000,000 records cover 200,000 parcels and 200,000 verdicts. Each side runs in a fresh
process of its own, so its peak resident memory (VmHWM) is its own: the desk's `audit verify`
command as a user runs it (its chain, anchors and the anchor kept; each parcel against the last
line that wrote it, each verdict against its line) on a store the desk has opened before (the
first opening's integrity check, every page read, is timed apart), and the floor, which reads
every row of the trail, the parcels and the verdicts with a sqlite3 cursor and hashes its bytes
with SHA-256 (no JSON, no check, nothing matched). Both are measured on a trail of a quarter of
the records too: the verify's peak memory is the same at both sizes (it streams; the rows are
matched with their lines by the database, not in a table held in memory).

``--postgresql``: the same trail copied into a private PostgreSQL cluster (tests/pg_server.py,
the server installed), verified there twice by the desk's command; its time on the clock, its
own CPU (the server's work is the server's process) and its peak memory.
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
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from s321_desk.domain.audit_chain import GENESIS, entry_hash  # noqa: E402
from s321_desk.services.kernel.audit import (  # noqa: E402
    PARCEL_HASHED,
    PARCEL_KEY,
    parcel_digest,
    stored_verdict_digest,
)
from s321_desk.store.database import open_store  # noqa: E402
from tests.bench.report import show  # noqa: E402

# A parcel's life in the trail: the lines that write its row (each holds its hash), then one
# that writes none.
LIFE = ("parcels.recorded", "parcel.close", "print.label", "load.add", "login")
T11 = "Section 321 release: the consignee's day stays within USD 800"
CODES = json.dumps([{"code": "T11", "severity": "info", "message": T11, "text": {"key": "T11"}}])


def build(db: Path, records: int) -> tuple[int, int]:
    """``records`` audit lines chained as the desk writes them, over the parcels and verdicts
    they cover; (parcels, verdicts)."""
    open_store(db).dispose()
    start = datetime(2026, 1, 5, 8, tzinfo=UTC)
    connection = sqlite3.connect(db)
    previous = GENESIS
    lines: list[tuple[object, ...]] = []
    parcels: list[tuple[object, ...]] = []
    verdicts: list[tuple[object, ...]] = []
    for n in range(records):
        at = start + timedelta(seconds=3 * n)
        number, step = divmod(n, len(LIFE))
        action, code, stamp = LIFE[step], f"P{number:07d}", at.strftime("%Y-%m-%d %H:%M:%S.%f")
        label = f"/var/lib/desk/labels/{code}.pdf"
        details: dict[str, object] = {
            "route": "S321_MANIFEST",
            "file": label,
            "sha256": f"{n:064x}",
        }
        if step == 0:
            row = _parcel(number + 1, code, stamp)
            parcels.append(row)
            digest = parcel_digest(row)  # the row as it ends the day, hashed by the desk's code
        if step == 1:
            verdict = _verdict(number + 1, stamp)
            verdicts.append(verdict)
            details["verdicts"] = {str(number + 1): stored_verdict_digest(verdict)}
        if action != "login":
            details[PARCEL_KEY] = {str(number + 1): digest}
        text = json.dumps(details, sort_keys=True)
        hashed = entry_hash(
            at=at,
            user_id=None,
            station="DOCK-1",
            action=action,
            entity_type="parcel",
            entity_id=code,
            reason=None,
            details=text,
            prev_hash=previous,
        )
        lines.append((stamp, "DOCK-1", action, "parcel", code, text, previous, hashed))
        previous = hashed
        if len(lines) == 50_000:
            _insert(connection, lines, parcels, verdicts)
    _insert(connection, lines, parcels, verdicts)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return records // len(LIFE), records // len(LIFE)


def _parcel(number: int, code: str, stamp: str) -> tuple[object, ...]:
    """A loaded parcel's ``PARCEL_HASHED`` columns as SQLite gives them back."""
    to = "Jane Doe, 2400 Military Rd, Niagara Falls NY 14304"
    shows = json.dumps({"route": "S321_MANIFEST", "scn": f"ABCD{code}", "to": to, "value": "120"})
    values = {
        "id": number, "code": code, "order_id": number, "station": "DOCK-1", "status": "loaded",
        "recipient_key": f"14304|{number % 9000}|military rd", "recipient_point": "2400",
        "us_day": stamp[:10], "crossing_at": stamp, "port": "0901", "weight_g": 850,
        "value_usd_cents": 12000, "route": "S321_MANIFEST", "scn": f"ABCD{code}",
        "acknowledged": "", "accepted_route": None, "needs_decision": 0, "manual_hold": 0,
        "load_id": None, "created_at": stamp, "closed_at": stamp, "label_version": 1,
        "label_shows": shows, "rules_as_of": None, "prior_notice": None,
    }  # fmt: skip
    return tuple(values[name] for name in PARCEL_HASHED)


def _verdict(parcel: int, stamp: str) -> tuple[object, ...]:
    rates = '{"CAD": "0.7300"}'
    return (
        parcel,
        parcel,
        stamp,
        "S321_MANIFEST",
        1,
        12000,
        "de_minimis",
        "2026.11",
        None,
        rates,
        CODES,
        "[]",
    )


def _insert(
    connection: sqlite3.Connection,
    lines: list[tuple[object, ...]],
    parcels: list[tuple[object, ...]],
    verdicts: list[tuple[object, ...]],
) -> None:
    columns = ", ".join(PARCEL_HASHED)
    marks = ", ".join("?" for _ in PARCEL_HASHED)
    with connection:  # foreign keys are off in a bare connection: the orders are not made
        connection.executemany(
            f"INSERT INTO parcels ({columns}, relabel) VALUES ({marks}, 0)", parcels
        )
        connection.executemany(
            "INSERT INTO parcel_verdicts (id, parcel_id, evaluated_at, route, eligible_321, "
            "consignment_value_usd_cents, regime, rules_version, rules_as_of, fx_json, "
            "codes_json, judged_against) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            verdicts,
        )
        connection.executemany(
            "INSERT INTO audit_log (at, station, action, entity_type, entity_id, details, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            lines,
        )
    for rows in (lines, parcels, verdicts):
        rows.clear()


FLOOR = """
import hashlib, sqlite3, sys, time
start = time.perf_counter()
connection = sqlite3.connect(sys.argv[1])
count = 0
for query in ("SELECT at, station, action, entity_type, entity_id, details, prev_hash, hash "
              "FROM audit_log ORDER BY id", "SELECT * FROM parcels ORDER BY id",
              "SELECT * FROM parcel_verdicts ORDER BY id"):
    cursor = connection.execute(query)
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
where = "--database-url" if "://" in sys.argv[1] else "--db"
status = main([where, sys.argv[1], "audit", "verify"])
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0].split()[1]
print(cpu, file=sys.stderr)
print(status, seconds, peak)
"""


CPU = {"verify": 0.0}  # the desk's CPU time (on a busy machine the clock counts waits too)


def _run(code: str, db: Path | str, data: Path) -> tuple[float, float, float]:
    env = dict(os.environ, S321_DATA_DIR=str(data), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code, str(db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    first, seconds, peak_kb = done.stdout.strip().splitlines()[-1].split()
    if done.stderr.strip():
        CPU["verify"] = float(done.stderr.strip().splitlines()[-1])
    return float(first), float(seconds), float(peak_kb) / 1024


def measure(records: int = 1_000_000) -> dict[str, object]:
    quarter = _measure(records // 4)
    full = _measure(records)
    return {
        **full,
        "verify_s_quarter": quarter["verify_s"],
        "verify_peak_mb_quarter": quarter["verify_peak_mb"],
        "floor_peak_mb_quarter": quarter["floor_peak_mb"],
        "verify_peak_growth_mb": round(full["verify_peak_mb"] - quarter["verify_peak_mb"], 1),
        "goal": "1,000,000 records in under 10 s and 200 MB",
    }


def _measure(records: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="s321-bench-audit-") as folder:
        db = Path(folder) / "audit.sqlite3"
        started = time.perf_counter()
        parcels, verdicts = build(db, records)
        built = time.perf_counter() - started
        _, check_s, _ = _run(OPEN, db, Path(folder) / "data")
        status, verify_s, verify_mb = _run(DESK, db, Path(folder) / "data")
        count, floor_s, floor_mb = _run(FLOOR, db, Path(folder) / "data")
        assert status == 0 and int(count) == records + parcels + verdicts
        return {
            "records": records,
            "parcels": parcels,
            "verdicts": verdicts,
            "store_mb": round(db.stat().st_size / 1e6, 1),
            "verify_s": round(verify_s, 2),
            "verify_cpu_s": round(CPU["verify"], 2),
            "verify_peak_mb": round(verify_mb, 1),
            "floor_read_and_hash_s": round(floor_s, 2),
            "floor_peak_mb": round(floor_mb, 1),
            "verify_vs_floor": round(verify_s / floor_s, 1),
            "built_s": round(built, 1),
            "first_open_integrity_check_s": round(check_s, 2),
        }


def measure_postgresql(records: int = 1_000_000, runs: int = 2) -> dict[str, object]:
    """The same trail copied into a private PostgreSQL cluster (tests/pg_server.py), verified
    there ``runs`` times: the desk's time and CPU (the server's work is its own process)."""
    from tests.pg_server import PostgresServer, postgres_unavailable

    reason = postgres_unavailable()
    if reason:
        raise SystemExit(f"bench_audit_verify: {reason}")
    server = PostgresServer()
    server.start()
    try:
        with tempfile.TemporaryDirectory(prefix="s321-bench-audit-") as folder:
            db = Path(folder) / "audit.sqlite3"
            build(db, records)
            server.execute("CREATE DATABASE audit")
            url = server.url("audit")
            open_store(url).dispose()
            _copy(db, url)
            figures: dict[str, object] = {"records": records, "backend": "postgresql"}
            for run in range(1, runs + 1):
                status, seconds, peak = _run(DESK, url, Path(folder) / "data")
                assert status == 0
                figures[f"verify_s_{run}"] = round(seconds, 2)
                figures[f"verify_cpu_s_{run}"] = round(CPU["verify"], 2)
                figures[f"verify_peak_mb_{run}"] = round(peak, 1)
            figures["load_average"] = " ".join(f"{load:.1f}" for load in os.getloadavg())
            return figures
    finally:
        server.stop()


def _copy(db: Path, url: str) -> None:
    """The trail, parcels and verdicts of the SQLite file into the server's migrated store, as
    they are (the parcels' orders are not made: the foreign keys are not checked meanwhile)."""
    import psycopg

    source = sqlite3.connect(db)
    parcels = (*PARCEL_HASHED, "relabel")
    flags = {parcels.index(name) for name in ("needs_decision", "manual_hold", "relabel")}
    tables = {
        "parcels": parcels,
        "parcel_verdicts": tuple(
            """id parcel_id evaluated_at route eligible_321 consignment_value_usd_cents regime
            rules_version rules_as_of fx_json codes_json judged_against""".split()
        ),
        "audit_log": tuple(
            """id at user_id station action entity_type entity_id reason details prev_hash
            hash""".split()
        ),
    }
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as target:
        target.execute("SET session_replication_role = replica")
        for table, columns in tables.items():
            names = ", ".join(columns)
            with target.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {names} FROM {table} ORDER BY id"):
                    if table == "parcels":
                        row = tuple(bool(v) if i in flags else v for i, v in enumerate(row))
                    if table == "parcel_verdicts":
                        row = (*row[:4], bool(row[4]), *row[5:])
                    copy.write_row(row)
    source.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument(
        "--postgresql", action="store_true", help="verify the trail copied into PostgreSQL"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.postgresql:
        show(measure_postgresql(args.records), args.json)
    else:
        show(measure(args.records), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
