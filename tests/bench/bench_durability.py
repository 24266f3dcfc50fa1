"""Benchmark: what `synchronous=FULL` costs a parcel's close (the write that produces a label),
against the same closes at SQLite's NORMAL, measured in the same run on the same disk.

Run: python tests/bench/bench_durability.py [--parcels 300] [--json]
Each side packs and closes the same orders into a fresh store of its own (an order a parcel,
one item, the engine's verdict): the desk as it is (the close's transaction synced to the disk
before it returns, so a power cut cannot take back a parcel the station reported closed), and
the same code with the close's unit of work at NORMAL (safe from a crash of the desk, not of
the machine). The figure is the close's median time and the cost per close.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from s321_desk.services.files.catalog_import import import_catalog  # noqa: E402
from s321_desk.services.files.orders_import import import_orders  # noqa: E402
from s321_desk.services.packing import pack  # noqa: E402
from s321_desk.store.database import open_store  # noqa: E402
from s321_desk.store.uow import UnitOfWork, one_action  # noqa: E402
from tests.bench.report import show  # noqa: E402

CATALOG = "sku,description,hts,origin,unit_value,currency,weight_kg\nTEA,Green tea,0902.10.1015,CN,9.00,USD,0.1\n"
HEADER = (
    "Name,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
    "Shipping Name,Shipping Address1,Shipping City,Shipping Zip,Shipping Province,"
    "Shipping Country\n"
)
CROSSING = datetime(2026, 11, 20, 19, tzinfo=UTC)


class NotDurable(UnitOfWork):
    """The unit of work as it was: every write at NORMAL."""

    def __init__(self, engine: Any, *, immediate: bool = False, durable: bool = False) -> None:
        super().__init__(engine, immediate=immediate)


def closes(folder: Path, parcels: int, durable: bool) -> list[float]:
    (folder / "c.csv").write_text(CATALOG)
    rows = "".join(
        f"#{n},USD,2026-11-19 09:00:00 -0500,1,Green tea,9.00,TEA,Customer {n},"
        f"{n} Elm St,Buffalo,14202,NY,US\n"
        for n in range(parcels)
    )
    (folder / "o.csv").write_text(HEADER + rows)
    store = open_store(folder / "desk.sqlite3")
    pack.UnitOfWork = UnitOfWork if durable else NotDurable  # type: ignore[misc]
    try:
        import_catalog(store.engine, folder / "c.csv")
        import_orders(store.engine, folder / "o.csv")
        times = []
        for n in range(parcels):
            with one_action(store.engine, immediate=True) as uow:
                parcel = pack.open_parcel(uow, f"#{n}")
            with one_action(store.engine, immediate=True) as uow:
                pack.scan_item(uow, parcel, "TEA")
            start = time.perf_counter()
            with one_action(store.engine, immediate=True, durable=True) as uow:
                pack.close_parcel(uow, parcel, crossing=CROSSING, port_code="0901")
            times.append(time.perf_counter() - start)
        return times
    finally:
        pack.UnitOfWork = UnitOfWork  # type: ignore[misc]
        store.dispose()


def measure(parcels: int = 300) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="s321-bench-full-") as one:
        full = closes(Path(one), parcels, durable=True)
    with tempfile.TemporaryDirectory(prefix="s321-bench-normal-") as two:
        normal = closes(Path(two), parcels, durable=False)
    full_ms, normal_ms = statistics.median(full) * 1000, statistics.median(normal) * 1000
    return {
        "parcels": parcels,
        "close_full_median_ms": round(full_ms, 2),
        "close_normal_median_ms": round(normal_ms, 2),
        "full_cost_ms_per_close": round(full_ms - normal_ms, 2),
        "close_full_p99_ms": round(sorted(full)[int(0.99 * (len(full) - 1))] * 1000, 2),
        "close_normal_p99_ms": round(sorted(normal)[int(0.99 * (len(normal) - 1))] * 1000, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    show(measure(args.parcels), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
