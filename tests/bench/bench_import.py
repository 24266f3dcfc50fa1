"""Benchmark: importing a 100,000-line Shopify export, against a bare csv + sqlite3 floor.

Run: python tests/bench/bench_import.py [--lines 100000] [--json]
The floor parses the same file with the csv module and inserts the same rows with
sqlite3 executemany into two plain tables, in the same run, so the ratio shows what
validation, the ORM layer and the idempotence look-ups cost on this machine.
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from s321_desk.services.files.orders_import import import_orders  # noqa: E402
from s321_desk.store.database import open_store  # noqa: E402
from tests.bench.report import show  # noqa: E402

HEADER = (
    "Name,Email,Financial Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Amount,"
    "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
    "Lineitem requires shipping,Shipping Name,Shipping Address1,Shipping Address2,"
    "Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Id"
)
LINES_PER_ORDER = 4


def write_export(path: Path, lines: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER.split(","))
        for n in range(lines):
            order, item = divmod(n, LINES_PER_ORDER)
            name = f"#{100000 + order}"
            line_cells = [
                str(1 + item % 3),
                f"Cotton T-shirt, size {item}",
                "24.50",
                f"SKU-{item}",
                "true",
            ]
            if item == 0:
                head = [
                    name,
                    f"c{order}@example.com",
                    "paid",
                    "CAD",
                    "98.00",
                    "12.00",
                    "0.00",
                    "110.00",
                    "0.00",
                    f"2026-11-{16 + order % 7} 09:14:03 -0500",
                ]
                ship = [
                    f"Customer {order}",
                    f"{order % 900 + 1} Maple Street",
                    "Apt 4B",
                    "",
                    "Burlington",
                    f"{5401 + order % 50:05d}",
                    "VT",
                    "US",
                    str(order),
                ]
            else:
                head = [name] + [""] * 9
                ship = [""] * 9
            writer.writerow(head + line_cells + ship)


def floor(path: Path, db: Path) -> float:
    """The same file through csv + sqlite3 executemany, with no validation at all."""
    start = time.perf_counter()
    connection = sqlite3.connect(db)
    connection.execute(
        "CREATE TABLE o (id INTEGER PRIMARY KEY, name TEXT UNIQUE, city TEXT, "
        "zip TEXT, created TEXT)"
    )
    connection.execute(
        "CREATE TABLE l (id INTEGER PRIMARY KEY, o INTEGER, sku TEXT, "
        "description TEXT, quantity INTEGER, price INTEGER)"
    )
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    orders, lines, ids = [], [], {}
    for row in rows:
        if row["Name"] not in ids:
            ids[row["Name"]] = len(ids) + 1
            orders.append(
                (
                    ids[row["Name"]],
                    row["Name"],
                    row["Shipping City"],
                    row["Shipping Zip"],
                    row["Created at"],
                )
            )
        lines.append(
            (
                ids[row["Name"]],
                row["Lineitem sku"],
                row["Lineitem name"],
                int(row["Lineitem quantity"]),
                int(row["Lineitem price"].replace(".", "")),
            )
        )
    with connection:
        connection.executemany("INSERT INTO o VALUES (?, ?, ?, ?, ?)", orders)
        connection.executemany(
            "INSERT INTO l (o, sku, description, quantity, price) VALUES (?, ?, ?, ?, ?)", lines
        )
    connection.close()
    return time.perf_counter() - start


def ours(path: Path, db: Path) -> tuple[float, float, float, int]:
    """The import's wall time, its CPU time (the process's: SQLite works in it too; on a busy
    machine the wall time also counts the waits for a core), the re-import's wall time."""
    store = open_store(db)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        summary = import_orders(store.engine, path)
        first, first_cpu = time.perf_counter() - start, time.process_time() - cpu
        start = time.perf_counter()
        again = import_orders(store.engine, path)
        second = time.perf_counter() - start
        assert again.orders == 0 and again.lines == 0
        return first, first_cpu, second, summary.lines
    finally:
        store.dispose()


def measure(lines: int = 100_000) -> dict[str, float | int]:
    """The figures of one run on a generated export of ``lines`` lines."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        export = work / "orders_export.csv"
        write_export(export, lines)
        floor_s = floor(export, work / "floor.sqlite3")
        import_s, import_cpu_s, reimport_s, imported = ours(export, work / "desk.sqlite3")
    assert imported == lines, (imported, lines)
    return {
        "lines": imported,
        "import_s": round(import_s, 3),
        "import_cpu_s": round(import_cpu_s, 3),
        "reimport_same_file_s": round(reimport_s, 3),
        "floor_csv_sqlite3_s": round(floor_s, 3),
        "import_vs_floor": round(import_s / floor_s, 2),
        "goal_import_100k_lines_s": 5,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.lines)
    show(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
