"""Four station processes packing $500 parcels for one person at once: one de minimis parcel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.lookup.parcel_views import list_parcels
from s321_desk.store.database import open_store
from s321_desk.store.uow import one_action
from tests.conftest import write_csv
from tests.services.packing.test_packing import CATALOG, HEADER

STATIONS, PER_STATION = 4, 3
NAMES = ["John A. Smith", "Jon Smith", "JOHN SMITH", "John Smith"]  # one person, four spellings


def test_four_stations_at_once_give_one_de_minimis_parcel(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    store = open_store(db)
    rows = "".join(
        f"#{2000 + n},USD,2024-06-10 08:00:00 -0700,1,Down jacket,500.00,JKT,{NAMES[n % 4]},"
        "123 Maple St,Apt 4B,Bellingham,98225,WA,US\n"
        for n in range(STATIONS * PER_STATION)
    )
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", HEADER + rows))
    store.dispose()
    script = (
        "import sys\n"
        "from s321_desk.cli import main\n"
        "for order in sys.argv[2:]:\n"
        "    code = main(['--db', sys.argv[1], 'pack', order, '--station', order, '--port', '3004',\n"
        "                 '--crossing', '2024-06-10T10:00:00-07:00',\n"
        "                 '--rules-as-of', '2025-06-01T00:00:00-04:00', '--json'])\n"
        "    assert code == 0, code\n"
    )
    env = dict(os.environ, S321_DATA_DIR=str(tmp_path / "data"))
    stations = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                script,
                str(db),
                *(f"#{2000 + s + STATIONS * k}" for k in range(PER_STATION)),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for s in range(STATIONS)
    ]
    outputs = [station.communicate(timeout=120) for station in stations]
    for station, (out, err) in zip(stations, outputs, strict=True):
        assert station.returncode == 0, err
        assert len(out.splitlines()) == PER_STATION
        assert all(json.loads(line)["parcel_id"] for line in out.splitlines())
    store = open_store(db)
    try:
        with one_action(store.engine) as uow:
            parcels = list_parcels(uow)
    finally:
        store.dispose()
    assert len(parcels) == STATIONS * PER_STATION
    assert len({p.parcel_id for p in parcels}) == STATIONS * PER_STATION
    eligible = [p for p in parcels if p.eligible_321]
    assert len(eligible) == 1, [(p.parcel_id, p.route) for p in parcels]
    assert sorted({p.route for p in parcels}) == ["S321_MANIFEST", "T11"]
