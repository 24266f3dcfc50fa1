"""Benchmark: an orders import's and a catalog import's peak memory against the file's size
(the probe: about 37 times the file, 58 MB -> 2.19 GB), against the floor of the same process
importing an empty file.

Run: python tests/bench/bench_import_memory.py [--megabytes 25 50 100 200]
     [--catalog-megabytes 50 200] [--json]
For each size, a Shopify export of that many megabytes (all ~80 of Shopify's columns, as a real
export has them: tests/bench/bench_import.py's rows widened) is imported into a fresh store in
a fresh process, whose peak resident memory (VmHWM) is read at the end; the floor is the same
process importing an empty export. The file is read as a stream (services/files/csv_reader.py); what
grows with it is what the import keeps of each order until its one transaction writes them.
The same for a catalog of that many megabytes (every column filled as a shop's catalog with
its makers and store titles has them, each product's SKU, barcode and title its own), against
the same process importing a catalog with no product; the time of each import is given too.
Goal (issue 20): under 300 MB for a 200 MB file.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.report import show  # noqa: E402
from tests.services.shopify_rows import SHOPIFY_COLUMNS as COLUMNS  # noqa: E402

LINES_PER_ORDER = 3


def write_export(path: Path, megabytes: float) -> int:
    """A Shopify export of about ``megabytes``; its number of lines."""
    goal, lines = megabytes * 1024 * 1024 - 4096, 0  # 200: just under the import's limit
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        while handle.tell() < goal:
            order, item = divmod(lines, LINES_PER_ORDER)
            row = dict.fromkeys(COLUMNS, "")
            row.update(
                {
                    "Name": f"#{100000 + order}",
                    "Lineitem quantity": "1",
                    "Lineitem name": f"Merino wool sweater, size {item}",
                    "Lineitem price": "89.00",
                    "Lineitem sku": f"SWEATER-{item}",
                    "Lineitem requires shipping": "true",
                    "Lineitem taxable": "true",
                    "Lineitem fulfillment status": "pending",
                    "Vendor": "Maple Knits",
                    "Lineitem compare at price": "99.00",
                    "Lineitem discount": "0.00",
                }
            )
            if item == 0:
                row.update(
                    {
                        "Email": f"customer{order}@example.com",
                        "Financial Status": "paid",
                        "Paid at": "2026-11-16 09:15:00 -0500",
                        "Fulfillment Status": "unfulfilled",
                        "Accepts Marketing": "no",
                        "Currency": "CAD",
                        "Subtotal": "267.00",
                        "Shipping": "12.00",
                        "Taxes": "0.00",
                        "Total": "279.00",
                        "Discount Amount": "0.00",
                        "Shipping Method": "Standard",
                        "Created at": "2026-11-16 09:14:03 -0500",
                        "Billing Name": f"Customer {order}",
                        "Billing Street": "12 Maple Street",
                        "Billing Address1": "12 Maple Street",
                        "Billing City": "Burlington",
                        "Billing Zip": "05401",
                        "Billing Province": "VT",
                        "Billing Country": "US",
                        "Shipping Name": f"Customer {order}",
                        "Shipping Street": f"{order % 900 + 1} Maple Street",
                        "Shipping Address1": f"{order % 900 + 1} Maple Street",
                        "Shipping Address2": "Apt 4B",
                        "Shipping City": "Burlington",
                        "Shipping Zip": f"{5401 + order % 50:05d}",
                        "Shipping Province": "VT",
                        "Shipping Country": "US",
                        "Payment Method": "Shopify Payments",
                        "Payment Reference": f"r{order:012d}",
                        "Id": str(5_000_000_000 + order),
                        "Risk Level": "Low",
                        "Source": "web",
                        "Tax 1 Name": "none",
                        "Shipping Province Name": "Vermont",
                        "Payment ID": f"p{order:012d}",
                    }
                )
            writer.writerow(row.values())
            lines += 1
    return lines


IMPORT = """
import sys
from pathlib import Path
from s321_desk.services.files.orders_import import import_orders
from s321_desk.store.database import open_store
store = open_store(Path(sys.argv[1]))
summary = import_orders(store.engine, Path(sys.argv[2]))
store.dispose()
peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0].split()[1]
print(summary.lines, peak)
"""


# The columns a shop's catalog fills (services/files/catalog_import.py's, dangerous goods and MID aside).
CATALOG_HEADER = (
    "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode,import_transaction,"
    "store_title,manufacturer,manufacturer_street,manufacturer_city,manufacturer_province,"
    "manufacturer_country"
).split(",")


def ean13(n: int) -> str:
    body = f"200{n:09d}"
    total = sum(int(digit) * (3 if place % 2 else 1) for place, digit in enumerate(body))
    return body + str((10 - total % 10) % 10)


def write_catalog(path: Path, megabytes: float) -> int:
    """A catalog of about ``megabytes``; its number of products."""
    goal, rows = megabytes * 1024 * 1024 - 4096, 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(CATALOG_HEADER)
        while handle.tell() < goal:
            writer.writerow(
                [
                    f"KNIT-{rows:07d}",
                    f"Merino wool sweater, colour {rows % 40}, size {rows % 6}",
                    "6110.11.0010",
                    ("CA", "CN", "PE")[rows % 3],
                    f"{80 + rows % 40}.00",
                    ("CAD", "USD")[rows % 2],
                    "0.450",
                    "",
                    ean13(rows),
                    "12345 67890123 4" if rows % 4 == 0 else "",
                    f"Merino Sweater - Colour {rows % 40} / Size {rows % 6} / No. {rows}",
                    "Maple Knits Ltd",
                    f"{rows % 900 + 1} Mill Road",
                    "Hamilton",
                    "ON",
                    "CA",
                ]
            )
            rows += 1
    return rows


IMPORT_CATALOG = """
import sys, time
from pathlib import Path
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.store.database import open_store
store = open_store(Path(sys.argv[1]))
started = time.perf_counter()
summary = import_catalog(store.engine, Path(sys.argv[2]))
took = time.perf_counter() - started
store.dispose()
peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0].split()[1]
print(summary.products, peak, took)
"""


def _peak(folder: Path, export: Path, name: str, script: str = IMPORT) -> tuple[int, float]:
    count, peak, _ = _run(folder, export, name, script)
    return count, peak


def _run(folder: Path, export: Path, name: str, script: str) -> tuple[int, float, float]:
    """The rows (or products) imported, the peak resident MB, the import's seconds (0 if not
    timed)."""
    env = dict(os.environ, S321_DATA_DIR=str(folder / "data"), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder / f"{name}.sqlite3"), str(export)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1])
    count, peak_kb, *took = done.stdout.split()
    return int(count), float(peak_kb) / 1024, float(took[0]) if took else 0.0


def measure(
    megabytes: tuple[float, ...] = (25, 50, 100, 200),
    catalog_megabytes: tuple[float, ...] = (50, 200),
) -> dict[str, object]:
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="s321-bench-import-memory-") as name:
        folder = Path(name)
        empty = folder / "empty.csv"
        write_export(empty, 0)
        _, floor = _peak(folder, empty, "floor")
        figures["floor_empty_export_peak_mb"] = round(floor, 1)
        for size in megabytes:
            export = folder / f"export-{size}.csv"
            lines = write_export(export, size)
            imported, peak = _peak(folder, export, f"store-{size}")
            assert imported == lines, (imported, lines)
            file_mb = export.stat().st_size / 1024 / 1024
            figures[f"file_{size:g}mb_lines"] = lines
            figures[f"file_{size:g}mb_peak_mb"] = round(peak, 1)
            figures[f"file_{size:g}mb_peak_per_file_mb"] = round((peak - floor) / file_mb, 2)
            figures["orders_largest_peak_mb"] = round(peak, 1)
            export.unlink()
        figures.update(_catalogs(folder, catalog_megabytes))
        figures["header_1m_columns_refused_s"] = round(_wide_header(folder), 3)
    figures["goal"] = (
        "peak under 300 MB for a 200 MB file; a 1,000,000-column header refused in 1 s"
    )
    return figures


def _catalogs(folder: Path, megabytes: tuple[float, ...]) -> dict[str, object]:
    """Each catalog's peak and time against the floor: the same process, a catalog without
    products."""
    figures: dict[str, object] = {}
    empty = folder / "catalog-empty.csv"
    write_catalog(empty, 0)
    _, floor, _ = _run(folder, empty, "catalog-floor", IMPORT_CATALOG)
    figures["catalog_floor_empty_peak_mb"] = round(floor, 1)
    for size in megabytes:
        catalog = folder / f"catalog-{size}.csv"
        rows = write_catalog(catalog, size)
        imported, peak, took = _run(folder, catalog, f"catalog-{size}", IMPORT_CATALOG)
        assert imported == rows, (imported, rows)
        file_mb = catalog.stat().st_size / 1024 / 1024
        figures[f"catalog_{size:g}mb_products"] = rows
        figures[f"catalog_{size:g}mb_peak_mb"] = round(peak, 1)
        figures[f"catalog_{size:g}mb_peak_per_file_mb"] = round((peak - floor) / file_mb, 2)
        figures[f"catalog_{size:g}mb_import_s"] = round(took, 1)
        figures["catalog_largest_peak_mb"] = round(peak, 1)
        catalog.unlink()
    return figures


def _wide_header(folder: Path) -> float:
    """The time to refuse a header of 1,000,000 columns (the probe: hours)."""
    from s321_desk.services.files.csv_reader import read_csv
    from s321_desk.services.kernel.errors import UserError

    wide = folder / "wide.csv"
    wide.write_text(",".join(f"c{n}" for n in range(1_000_000)) + "\n1,2\n")
    start = time.perf_counter()
    try:
        read_csv(wide)
    except UserError:
        return time.perf_counter() - start
    raise AssertionError("a 1,000,000-column header was taken")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, nargs="+", default=[25, 50, 100, 200])
    parser.add_argument("--catalog-megabytes", type=float, nargs="+", default=[50, 200])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    show(measure(tuple(args.megabytes), tuple(args.catalog_megabytes)), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
