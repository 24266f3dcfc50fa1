"""A packing station killed (SIGKILL) at random points, again and again, on each backend:
every parcel whose close was reported done is there with its verdict, the store passes its
integrity checks, and the desk opens it again without help."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from s321_desk.services.kernel import audit
from s321_desk.store.database import StoreTarget, open_store
from s321_desk.store.uow import one_action
from tests.conftest import ROOT, write_csv
from tests.services.packing.test_packing import HEADER
from tests.services.packing.test_stations_at_once import CATALOG
from tests.services.station_worker import stock, stored_parcels

KILLS, ORDERS, AFTER = 30, 1_500, 20


def orders_file(folder: Path) -> tuple[Path, list[str]]:
    """Two- and three-item orders for 1,000 people (several scans and a close each)."""
    rows, names = [], []
    for index in range(ORDERS):
        name = f"#{20_000 + index}"
        names.append(name)
        person = index % 1_000
        rows.append(
            f"{name},USD,2024-06-10 08:00:00 -0700,{2 + index % 2},Wool blanket,95.00,GIFT,"
            f"Ada Lovelace{person:03d},{person + 1} King St,,Blaine,98230,WA,US\n"
        )
    return write_csv(folder / "orders.csv", HEADER + "".join(rows)), names


def packed_orders(target: StoreTarget) -> dict[str, tuple[int, str, int]]:
    """Orders with a closed parcel: (parcel id, status, verdicts)."""
    store = open_store(target)  # what the desk does at start: opens (and checks) the store
    try:
        rows = [row for row in stored_parcels(store) if row.status != "open"]
        with one_action(store.engine) as uow:
            chain = audit.verify(uow)
    finally:
        store.dispose()
    assert chain.intact, chain.problem
    names = [row.name for row in rows]
    assert len(names) == len(set(names)), "an order closed twice"
    return {row.name: (row.id, row.status, row.verdicts) for row in rows}


def integrity(target: StoreTarget) -> str:
    if isinstance(target, Path):
        with sqlite3.connect(target) as connection:
            return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    return "ok"  # the server's own recovery; its consistency is checked by packed_orders


def test_a_station_killed_at_random_points_loses_nothing_reported(
    store_target: StoreTarget, tmp_path: Path
) -> None:
    orders, names = orders_file(tmp_path)
    stock(store_target, write_csv(tmp_path / "catalog.csv", CATALOG), orders)
    env = dict(os.environ, S321_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    rng = random.Random(7)
    reported: dict[str, int] = {}
    kills = 0
    while kills < KILLS:
        done = packed_orders(store_target)
        todo = [name for name in names if name not in done]
        assert todo, "every order packed before the last kill: give the test more orders"
        station = subprocess.Popen(
            [sys.executable, "-m", "tests.services.station_worker", str(store_target), "K1", *todo],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        time.sleep(rng.uniform(0.3, 1.2))  # at start-up, mid-scan, mid-close, between parcels
        station.send_signal(signal.SIGKILL)
        out, _ = station.communicate(timeout=60)
        assert station.returncode == -signal.SIGKILL
        kills += 1
        for line in out.splitlines():
            said = json.loads(line)
            assert "refused" not in said, said
            reported[said["order"]] = said["parcel"]
        assert integrity(store_target) == "ok"
        done = packed_orders(store_target)
        for order, parcel in reported.items():
            assert order in done, f"{order}: reported done, not in the store after kill {kills}"
            parcel_id, status, verdicts = done[order]
            assert (parcel_id, status) == (parcel, "closed") and verdicts >= 1

    # The desk starts again without help and packs on, orders left half-packed included.
    before = packed_orders(store_target)
    rest = [name for name in names if name not in before][:AFTER]
    finish = subprocess.run(
        [sys.executable, "-m", "tests.services.station_worker", str(store_target), "K1", *rest],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finish.returncode == 0, finish.stderr
    assert sorted(packed_orders(store_target)) == sorted([*before, *rest])
    print(f"{KILLS} kills survived, {len(reported)} parcels reported done, none lost")
