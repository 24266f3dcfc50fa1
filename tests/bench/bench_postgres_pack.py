"""Benchmark: parcels packed per second by one and by four stations, SQLite against PostgreSQL.

Run: python tests/bench/bench_postgres_pack.py [--parcels 400] [--json]
Each station is its own process (tests/services/station_worker.py: open, scan every item,
close with the engine's verdict, one order after another) on the same store; the four start
at the same moment and pack orders of the same people. Both backends are measured in the
same run on this machine: an SQLite file in a temp folder, and a private PostgreSQL cluster
(tests/pg_server.py: initdb in a temp folder, Unix socket; fsync off there, as in the tests,
so the figures compare the desk's work and the writer lock, not two disks). The writer lock
is held per unit of work: the hold time figure is a close's transaction, measured inside one
process with the lock taken, so the ratio of 4-station to 1-station throughput shows what
serializing the writers costs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel  # noqa: E402
from s321_desk.store.database import StoreTarget, open_store  # noqa: E402
from s321_desk.store.uow import one_action  # noqa: E402
from tests.conftest import write_csv  # noqa: E402
from tests.pg_server import PostgresServer, postgres_unavailable  # noqa: E402
from tests.services.packing.test_stations_at_once import CATALOG, orders_file, run_stations  # noqa: E402
from tests.services.station_worker import CROSSING, RULES_AS_OF, stock  # noqa: E402


def stocked(target: StoreTarget, folder: Path) -> list[str]:
    orders, person_of = orders_file(folder)
    stock(target, write_csv(folder / "catalog.csv", CATALOG), orders)
    return list(person_of)


def one_station(target: StoreTarget, names: list[str]) -> tuple[float, list[float]]:
    """Parcels per second in this process alone, and each close's time in ms."""
    store = open_store(target)
    closes = []
    try:
        start = time.perf_counter()
        for name in names:
            with one_action(store.engine, immediate=True) as uow:
                parcel = open_parcel(uow, name, station="B1")
            fill_parcel(store.engine, parcel)
            began = time.perf_counter()
            with one_action(store.engine, immediate=True, durable=True) as uow:
                close_parcel(
                    uow, parcel, crossing=CROSSING, port_code="3004", rules_as_of=RULES_AS_OF
                )
            closes.append((time.perf_counter() - began) * 1000)
        return len(names) / (time.perf_counter() - start), closes
    finally:
        store.dispose()


def four_stations(target: StoreTarget, folder: Path, names: list[str]) -> float:
    start = time.perf_counter()
    reported = run_stations(target, folder, names)
    assert len(reported) == len(names), "a station lost parcels"
    return len(names) / (time.perf_counter() - start)


def measure(make_target: object, parcels: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as four:
        target = make_target(Path(one), "one")  # type: ignore[operator]
        names = stocked(target, Path(one))[:parcels]
        rate, closes = one_station(target, names)
        figures["one_station_parcels_per_s"] = round(rate, 1)
        figures["close_ms_p50"] = round(statistics.median(closes), 2)
        figures["close_ms_p99"] = round(statistics.quantiles(closes, n=100)[98], 2)
        target = make_target(Path(four), "four")  # type: ignore[operator]
        names = stocked(target, Path(four))[:parcels]
        figures["four_stations_parcels_per_s"] = round(four_stations(target, Path(four), names), 1)
    figures["four_vs_one"] = round(
        figures["four_stations_parcels_per_s"] / figures["one_station_parcels_per_s"], 2
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=400)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {"parcels": args.parcels}
    results["sqlite"] = measure(lambda folder, name: folder / f"{name}.sqlite3", args.parcels)
    reason = postgres_unavailable()
    if reason is None:
        server = PostgresServer()
        server.start()
        try:

            def database(_folder: Path, name: str) -> str:
                server.execute(f"CREATE DATABASE bench_{name}")
                return server.url(f"bench_{name}")

            results["postgresql"] = measure(database, args.parcels)
        finally:
            server.stop()
        results["postgresql_vs_sqlite_one_station"] = round(
            results["postgresql"]["one_station_parcels_per_s"]  # type: ignore[index]
            / results["sqlite"]["one_station_parcels_per_s"],
            2,  # type: ignore[index]
        )
    else:
        results["postgresql"] = f"not measured: {reason}"  # type: ignore[assignment]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
