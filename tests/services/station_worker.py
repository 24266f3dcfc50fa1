"""A packing station as its own process, for the concurrency and crash tests.

``python -m tests.services.station_worker STORE STATION [--start FILE] ORDER...`` opens the
store (a file path or a database URL) once, waits until the ``--start`` file exists (so
that several stations start at the same moment), then packs each order whole: open, scan
every item, close with the crossing of the tests' day. After each close has returned, one
JSON line ``{"order", "parcel", "route"}`` is printed and flushed: what the station was told
is done. A refused order (a UserError) is printed as ``{"order", "refused"}`` and the
station goes on.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import Row, text

from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.store.database import Store, StoreTarget, open_store
from s321_desk.store.uow import one_action

CROSSING = datetime.fromisoformat("2024-06-10T10:00:00-07:00")  # de minimis in force
RULES_AS_OF = datetime.fromisoformat("2025-06-01T00:00:00-04:00")


def stock(target: StoreTarget, catalog: Path, orders: Path) -> None:
    """A store at ``target`` holding the catalog and orders of these files."""
    store = open_store(target)
    try:
        import_catalog(store.engine, catalog)
        import_orders(store.engine, orders)
    finally:
        store.dispose()


def stored_parcels(store: Store) -> list[Row]:  # type: ignore[type-arg]
    """Every parcel as the tests check it: id, code, order name, status, route, USD value in
    cents, and how many verdicts it has."""
    with store.engine.connect() as connection:
        return list(
            connection.execute(
                text(
                    "SELECT p.id, p.code, o.name, p.status, p.route, p.value_usd_cents, "
                    "(SELECT count(*) FROM parcel_verdicts v WHERE v.parcel_id = p.id) AS verdicts "
                    "FROM parcels p JOIN orders o ON o.id = p.order_id"
                )
            )
        )


def main(argv: list[str]) -> int:
    target, station, *rest = argv
    start = None
    if rest[:1] == ["--start"]:
        start, rest = Path(rest[1]), rest[2:]
    store = open_store(target if "://" in target else Path(target))
    try:
        while start is not None and not start.exists():
            time.sleep(0.001)
        for order in rest:
            try:
                with one_action(store.engine, immediate=True) as uow:
                    parcel = open_parcel(uow, order, station=station)
                fill_parcel(store.engine, parcel)
                with one_action(store.engine, immediate=True, durable=True) as uow:
                    closed = close_parcel(
                        uow,
                        parcel,
                        crossing=CROSSING,
                        port_code="3004",
                        rules_as_of=RULES_AS_OF,
                    )
            except UserError as refusal:
                print(json.dumps({"order": order, "refused": str(refusal)}), flush=True)
                continue
            said = {
                "order": order,
                "parcel": closed.parcel.parcel_id,
                "route": closed.parcel.verdict.route.value,
            }
            print(json.dumps(said), flush=True)
    finally:
        store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
