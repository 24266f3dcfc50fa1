"""The demo database: the shipped demo catalog and orders, imported into a fresh store."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine

from s321_desk.paths import demo_db_path, resource
from s321_desk.services.audit_anchor import forget_anchor
from s321_desk.services.catalog_import import import_catalog
from s321_desk.services.orders_import import import_orders
from s321_desk.services.settings import set_setting
from s321_desk.services.users import add_user
from s321_desk.store.database import open_store
from s321_desk.store.models import FxRate
from s321_desk.store.uow import UnitOfWork

DEMO_FX = (
    # The desk's test figure, not a CBP-certified rate: an administrator enters the real ones.
    FxRate(
        currency="CAD",
        valid_from=date(2026, 10, 1),
        rate_to_usd=Decimal("0.7300"),
        source="demo figure; enter the CBP certified quarterly rate",
    ),
)

# Who the demo's papers name: a made-up warehouse, its US return address and its carrier.
DEMO_SETTINGS = {
    "station_name": "DEMO-1",
    "company": {
        "name": "Maple Border Fulfillment Inc.",
        "lines": ["6400 Millcreek Dr, Unit 12", "Mississauga ON L5N 3E7", "CANADA"],
    },
    "us_return_address": ["Maple Border Returns", "2400 Military Rd", "Niagara Falls NY 14304"],
    "place_of_shipment": "Mississauga, ON, Canada",
    "responsible_person": {"name": "Claire Tremblay", "title": "Export Compliance Manager"},
    "carriers": {"ABCD": "ABCD Transport Ltd."},
}


# Who can sign in on the demo (name, role, PIN, badge): to try every view; never in a real store.
DEMO_USERS = (
    ("Ada Admin", "admin", "9999", "B-01"),
    ("Sam Super", "supervisor", "2468", "B-77"),
    ("Dee Driver", "driver", "7777", "B-20"),
    ("Pat Packer", "packer", "1111", "B-30"),
)


def create_demo_database(path: Path | None = None) -> Path:
    """Build the demo store beside ``path`` and swap it in whole; returns the path."""
    target = path or demo_db_path()
    building = target.with_name(target.name + ".building")
    _remove_database(building)
    store = open_store(building)
    try:
        fill_demo(store.engine)
    finally:
        store.dispose()
    _remove_database(target)
    os.replace(building, target)
    forget_anchor(target)  # a new store: the old demo's trail is not missing from it
    return target


def fill_demo(engine: Engine) -> None:
    """The demo's catalog, orders, settings, rates and people, into an empty store."""
    import_catalog(engine, resource("demo", "catalog.csv"))
    import_orders(engine, resource("demo", "orders_shopify.csv"))
    with UnitOfWork(engine) as uow:
        for key, value in DEMO_SETTINGS.items():
            set_setting(uow.session, key, value)
        for rate in DEMO_FX:
            uow.session.add(FxRate.model_validate(rate.model_dump()))
        uow.commit()
    admin = None
    for name, role, pin, badge in DEMO_USERS:
        person = add_user(engine, name, role, pin, badge=badge, by=admin)
        admin = admin or person


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
