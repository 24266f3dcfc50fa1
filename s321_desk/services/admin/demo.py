"""The demo database: the shipped demo catalog and orders, imported into a fresh store."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from s321_desk.domain.codes import DecisionAction
from s321_desk.paths import demo_db_path, resource
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.settings import set_setting
from s321_desk.services.admin.users import add_user, sign_in
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel.actor import acting_as
from s321_desk.services.kernel.audit_anchor import forget_anchor
from s321_desk.services.loads.crew_records import add_driver, add_trailer, add_truck
from s321_desk.services.loads.trip_crew import CrewChoice
from s321_desk.services.loads.trips import add_parcels, close_load, create_load
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing.pack import pack_order
from s321_desk.services.packing.prior_notice import set_prior_notice
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store, open_store
from s321_desk.store.models import FxRate, Parcel
from s321_desk.store.uow import UnitOfWork, Work, one_action

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
    "shipper_address": {
        "street": "6400 Millcreek Dr, Unit 12",
        "city": "Mississauga",
        "province": "ON",
        "postal_code": "L5N 3E7",
        "country": "CA",
    },
    "hazmat_contact": {"name": "Maple Border Safety Desk", "phone": "+1 905 555 0142"},
}


# Who can sign in on the demo (name, role, PIN, badge): to try every view; never in a real store.
DEMO_USERS = (
    ("Ada Admin", "admin", "9999", "B-01"),
    ("Sam Super", "supervisor", "2468", "B-77"),
    ("Dee Driver", "driver", "7777", "B-20"),
    ("Pat Packer", "packer", "1111", "B-30"),
)


# The demo's drivers, truck and trailer: made up (the FAST card number is BorderConnect's
# published sample; the VIN's check digit is right).
DEMO_DRIVERS = (
    (
        "D-20",
        {
            "first_name": "Dee",
            "last_name": "Driver",
            "gender": "F",
            "birth_date": "1984-03-12",
            "citizenship": "CA",
            "document_type": "ACW",
            "document_number": "AB123456",
            "document_country": "CA",
            "fast_card": "42705555555501",
        },
    ),
    (
        "D-21",
        {
            "first_name": "Luc",
            "last_name": "Gagnon",
            "gender": "M",
            "birth_date": "1979-08-30",
            "citizenship": "CA",
            "document_type": "6W",
            "document_number": "G12345678901234",
            "document_state": "ON",
        },
    ),
)
DEMO_TRUCK = (
    "T-12",
    {
        "truck_type": "TR",
        "vin": "3AKJHHDR2LSLA4821",
        "plate": "PR4512",
        "plate_state": "ON",
        "dot_number": "2851447",
    },
)
DEMO_TRAILER = ("TR-9", {"trailer_type": "TL", "plate": "T1234X", "plate_state": "ON"})
# The sealed trip a filing can be made from, crossing at Blaine tomorrow morning: a power
# bank (lithium ion batteries, UN3480), vitamins and maple syrup (FDA: their prior notice),
# and one customer's two parcels (one entry for both, 19 CFR 141.51).
DEMO_TRIP_ORDERS = ("1179", "1060", "1040", "1145")
DEMO_PRIOR_NOTICES = {"1060": "PN4QK7Z2M9", "1145": "PN8RT3X6W1"}
DEMO_PORT = "3004"
DEMO_SEAL = "ABCD-SEAL-2201"


def create_demo_database(path: Path | None = None) -> Path:
    """Build the demo store beside ``path`` and swap it in whole; returns the path."""
    target = path or demo_db_path()
    building = target.with_name(target.name + ".building")
    _remove_database(building)
    store = open_store(building)
    try:
        fill_demo(store)
        seal_demo_trip(store, datetime.now().astimezone().date())
    finally:
        store.dispose()
    _remove_database(target)
    os.replace(building, target)
    forget_anchor(target)  # a new store: the old demo's trail is not missing from it
    return target


def fill_demo(store: Store) -> None:
    """The demo's catalog, orders, settings, rates and people, into an empty store: each a
    person's action of its own, as they would be made at the desk."""
    engine = store.engine
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
        with one_action(engine, immediate=True) as uow:
            person = add_user(uow, name, role, pin, badge=badge, by=admin)
        admin = admin or person
    supervisor = next(u for u in DEMO_USERS if u[1] == "supervisor")
    with one_action(engine, immediate=True) as uow:  # the supervisor enters the crew
        by = sign_in(uow, supervisor[0], supervisor[2])
        for number, values in DEMO_DRIVERS:
            add_driver(uow, number, values, by=by)
        add_truck(uow, DEMO_TRUCK[0], DEMO_TRUCK[1], by=by)
        add_trailer(uow, DEMO_TRAILER[0], DEMO_TRAILER[1], by=by)


def seal_demo_trip(store: Store, today: date) -> str:
    """The demo's sealed trip, crossing tomorrow: everything a filing needs; its number. Its
    writes are the demo supervisor's (a store with users refuses a write by nobody)."""
    supervisor = next(u for u in DEMO_USERS if u[1] == "supervisor")
    with one_action(store.engine, immediate=True) as uow:
        engine = acting_as(store.engine, sign_in(uow, supervisor[0], supervisor[2]))
    tomorrow = today + timedelta(days=1)
    zone = ZoneInfo(port(DEMO_PORT).time_zone)
    arrival = datetime.combine(tomorrow, time(11, 0), zone)
    crew = CrewChoice(
        driver=DEMO_DRIVERS[0][0],
        co_driver=DEMO_DRIVERS[1][0],
        truck=DEMO_TRUCK[0],
        trailer=DEMO_TRAILER[0],
    )
    with one_action(engine, immediate=True) as uow:
        trip = create_load(
            uow, scac="ABCD", port_code=DEMO_PORT, arrival=arrival, crew=crew
        ).trip_number
    codes = []
    for order in DEMO_TRIP_ORDERS:
        closed = pack_order(engine, order, station="DEMO-1", crossing=arrival, port_code=DEMO_PORT)
        codes.append(closed.parcel.parcel_id)
        if order in DEMO_PRIOR_NOTICES:
            with one_action(engine, immediate=True) as uow:
                set_prior_notice(uow, str(closed.parcel.parcel_id), DEMO_PRIOR_NOTICES[order])
    with one_action(engine, immediate=True) as uow:
        printed = [_code(uow, parcel_id) for parcel_id in codes]
        add_parcels(uow, trip, printed)
    # The supervisor has seen each parcel the engine asks about (a broker's entry for each,
    # one for the two of one person) before the seal, as on the dock.
    for code in printed:
        with one_action(engine, immediate=True) as uow:
            if parcel_view(uow, code).needs_decision:
                decide(
                    uow,
                    code,
                    DecisionAction.ACKNOWLEDGE,
                    user=supervisor[0],
                    pin=supervisor[2],
                    reason="entries checked with the broker before the seal",
                )
    driver = next(u for u in DEMO_USERS if u[1] == "driver")
    with one_action(engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal=DEMO_SEAL, user=driver[0], pin=driver[2])
    return trip


def _code(work: Work, parcel_id: int) -> str:
    parcel = work.session.get(Parcel, parcel_id)
    assert parcel is not None
    return parcel.code


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
