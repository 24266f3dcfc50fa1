"""Four station processes pack 1,000 parcels for the same 50 people at the same moment, on each
backend: no person gets more than $800 of de minimis that day, no parcel is lost or doubled."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from s321_desk.services.kernel import audit
from s321_desk.store.database import StoreTarget, open_store
from s321_desk.store.uow import one_action
from tests.conftest import ROOT, write_csv
from tests.services.packing.test_packing import HEADER
from tests.services.station_worker import stock, stored_parcels

STATIONS, PARCELS, PEOPLE = 4, 1_000, 50
DE_MINIMIS_CENTS = 80_000
CATALOG = (
    "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode\n"
    "GIFT,Wool blanket,6301.20.0020,CA,100.00,USD,0.900,,\n"
)
# One person, written as shops write it: the engine must see the same person in each.
NAMES = ("John A. Smith", "JOHN SMITH", "Jon Smith", "John Smith")
STREETS = ("{n} Maple St", "{n} Maple Street", "{n} MAPLE ST.", "{n} Maple St")


def orders_file(folder: Path) -> tuple[Path, dict[str, int]]:
    """1,000 one-line orders: in round r every station packs an order of person r % 50.
    Values $120-$610, so a person's $800 is reached after one to six parcels."""
    rng = random.Random(321)
    rows, person_of = [], {}
    for index in range(PARCELS):
        person = (index // STATIONS) % PEOPLE
        name = f"#{10_000 + index}"
        person_of[name] = person
        price = rng.choice(("120.00", "250.00", "380.00", "499.99", "610.00"))
        variant = index % 4
        rows.append(
            f"{name},USD,2024-06-10 08:00:00 -0700,1,Wool blanket,{price},GIFT,"
            f"{NAMES[variant].replace('Smith', f'Smith{person:02d}')},"
            f"{STREETS[variant].format(n=100 + person)},,Bellingham,98225,WA,US\n"
        )
    return write_csv(folder / "orders.csv", HEADER + "".join(rows)), person_of


def run_stations(target: StoreTarget, folder: Path, names: list[str]) -> list[dict[str, str]]:
    start = folder / "start"
    env = dict(os.environ, S321_DATA_DIR=str(folder / "data"), PYTHONPATH=str(ROOT))
    worker = [sys.executable, "-m", "tests.services.station_worker", str(target)]
    stations = [
        subprocess.Popen(
            [*worker, f"S{s + 1}", "--start", str(start), *names[s::STATIONS]],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for s in range(STATIONS)
    ]
    start.touch()  # all four go at once
    reported = []
    for station in stations:
        out, err = station.communicate(timeout=900)
        assert station.returncode == 0, err
        reported += [json.loads(line) for line in out.splitlines()]
    return reported


def test_four_stations_pack_1000_parcels_for_the_same_people(
    store_target: StoreTarget, tmp_path: Path
) -> None:
    orders, person_of = orders_file(tmp_path)
    stock(store_target, write_csv(tmp_path / "catalog.csv", CATALOG), orders)

    reported = run_stations(store_target, tmp_path, list(person_of))

    assert [r for r in reported if "refused" in r] == []
    assert len(reported) == PARCELS
    store = open_store(store_target)
    try:
        parcels = stored_parcels(store)
        with one_action(store.engine) as uow:
            chain = audit.verify(uow)
    finally:
        store.dispose()

    # Nothing lost, nothing doubled: one closed parcel per order, each with its verdicts,
    # and every parcel a station was told is done is among them.
    assert len(parcels) == PARCELS
    assert len({p.code for p in parcels}) == PARCELS
    assert sorted(p.name for p in parcels) == sorted(person_of)
    assert {p.status for p in parcels} == {"closed"}
    assert all(p.verdicts >= 1 for p in parcels)
    assert {r["parcel"] for r in reported} == {p.id for p in parcels}
    # No person has more than $800 of de minimis that day, and everyone has some.
    de_minimis: dict[int, int] = defaultdict(int)
    for parcel in parcels:
        if parcel.route in ("S321_MANIFEST", "ET86"):
            de_minimis[person_of[parcel.name]] += parcel.value_usd_cents
    assert max(de_minimis.values()) <= DE_MINIMIS_CENTS, max(de_minimis.values())
    assert sorted(de_minimis) == list(range(PEOPLE))
    assert chain.intact and chain.records >= PARCELS, chain.problem
