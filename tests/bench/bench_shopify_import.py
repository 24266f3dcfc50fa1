"""Benchmark: importing a real-shaped Shopify export of 5,000 orders and 8,000 lines (goal: 2 s),
against a bare csv + sqlite3 floor on the same file.

Run: python tests/bench/bench_shopify_import.py [--orders 5000] [--lines 8000] [--json]
The file is made of the genuine orders of a US menswear store's export
(tests/data/shopify/us_menswear_2020-2023.csv.gz: 79 columns, 4,936 orders to 25 countries,
cancelled ones, SKUs with spaces and accents, notes over several lines), each order's rows as
exported, renamed so that each is new, taken in turn until the file holds exactly the orders and
lines asked for: what a store's export of a busy month looks like, skips and all. The floor
parses the same file with the csv module and inserts every row with sqlite3 executemany, with
no check at all.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import itertools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from s321_desk.services.files.orders_import import import_orders  # noqa: E402
from s321_desk.store.database import open_store  # noqa: E402
from tests.bench.bench_import import floor  # noqa: E402
from tests.bench.report import show  # noqa: E402

REAL = ROOT / "tests" / "data" / "shopify" / "us_menswear_2020-2023.csv.gz"


def real_orders() -> tuple[list[str], list[list[dict[str, str]]]]:
    """The real export's header and its orders, each as its rows."""
    text = gzip.decompress(REAL.read_bytes()).decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    orders = [list(rows) for _, rows in itertools.groupby(reader, key=lambda row: row["Name"])]
    return list(reader.fieldnames or ()), orders


def write_export(path: Path, orders: int, lines: int) -> dict[str, int]:
    """``orders`` real orders (renamed) holding exactly ``lines`` lines; what went in."""
    header, real = real_orders()
    chosen: list[list[dict[str, str]]] = []
    left_orders, left_lines = orders, lines
    for rows in itertools.islice(itertools.cycle(real), 50 * len(real)):
        if not left_orders:
            break
        fits = len(rows) <= left_lines - (left_orders - 1)  # a line left for every other order
        if fits and (left_orders > 1 or len(rows) == left_lines):
            chosen.append(rows)
            left_orders, left_lines = left_orders - 1, left_lines - len(rows)
    if left_orders or left_lines:
        raise SystemExit(f"cannot shape {orders} orders of {lines} lines from the real export")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, header, lineterminator="\r\n")
        writer.writeheader()
        for number, rows in enumerate(chosen, start=1):
            writer.writerows({**row, "Name": f"#R{number:06d}"} for row in rows)
    return {
        "orders": len(chosen),
        "lines": sum(len(rows) for rows in chosen),
        "cancelled": sum(1 for rows in chosen if rows[0]["Cancelled at"]),
    }


def measure(orders: int = 5000, lines: int = 8000) -> dict[str, float | int]:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        export = work / "orders_export.csv"
        shape = write_export(export, orders, lines)
        floor_s = floor(export, work / "floor.sqlite3")
        store = open_store(work / "desk.sqlite3")
        try:
            start, cpu = time.perf_counter(), time.process_time()
            summary = import_orders(store.engine, export)
            import_s, import_cpu_s = time.perf_counter() - start, time.process_time() - cpu
        finally:
            store.dispose()
    return {
        "file_orders": shape["orders"],
        "file_lines": shape["lines"],
        "imported_orders": summary.orders,
        "imported_lines": summary.lines,
        "cancelled": summary.cancelled,
        "not_us_destination": sum(summary.not_us_destination.values()),
        "import_s": round(import_s, 3),
        "import_cpu_s": round(import_cpu_s, 3),  # on a busy machine, the wall time waits too
        "floor_csv_sqlite3_s": round(floor_s, 3),
        "import_vs_floor": round(import_s / floor_s, 2),
        "goal_import_s": 2,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=5000)
    parser.add_argument("--lines", type=int, default=8000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    show(measure(args.orders, args.lines), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
