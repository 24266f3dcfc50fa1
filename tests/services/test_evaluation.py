"""A stored parcel's verdict: one indexed look-up of its neighbours, then the engine."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import count

import pytest
from sqlalchemy import text

from s321_desk.domain.parcels import Line, Parcel
from s321_desk.domain.recipients import Recipient, canonical_address
from s321_desk.domain.rules import load_rulebook
from s321_desk.paths import resource
from s321_desk.services.evaluation import evaluate_stored
from s321_desk.store.database import Store
from s321_desk.store.models import Load, Order
from s321_desk.store.models import Parcel as ParcelRow
from s321_desk.store.uow import UnitOfWork

DAY = date(2024, 6, 10)
CROSSING = datetime(2024, 6, 10, 17, tzinfo=UTC)
JOHN = Recipient("John A. Smith", "123 Maple St", "Apt 4B", "Bellingham", "WA", "98225")
JON = Recipient("Jon Smith", "123 Maple Street", "#4B", "Bellingham", "WA", "98225-1234")
DANIEL = Recipient("Daniel Smith", "123 Maple St", "Apt 4B", "Bellingham", "WA", "98225")
numbers = count(1)


def stored(store: Store, who: Recipient, *, cents: int, route: str, load: int | None = None,
           day: date = DAY, hour: int = 15, status: str = "loaded", order_id: int | None = None,
           ) -> tuple[int, int]:  # fmt: skip
    """A parcel (and its order, unless given) as the store keeps it; (parcel id, order id)."""
    n = next(numbers)
    with UnitOfWork(store.engine) as uow:
        if order_id is None:
            order = Order(
                name=f"#{n}",
                currency="USD",
                created_at=CROSSING,
                recipient_name=who.name,
                address1=who.address1,
                address2=who.address2,
                city=who.city,
                state=who.state,
                postal_code=who.postal_code,
                country="US",
                source_file="t.csv",
                source_format="native",
            )
            uow.session.add(order)
            uow.session.flush()
            order_id = order.id
        parcel = ParcelRow(
            code=f"P{n}",
            order_id=order_id,
            station="S1",
            status=status,
            recipient_key=canonical_address(who),
            us_day=day,
            crossing_at=datetime(day.year, day.month, day.day, hour, tzinfo=UTC),
            value_usd_cents=cents,
            route=route,
            load_id=load,
        )
        uow.session.add(parcel)
        uow.session.flush()
        uow.commit()
        assert parcel.id is not None and order_id is not None
        return parcel.id, order_id


def truck(store: Store, n: int) -> int:
    with UnitOfWork(store.engine) as uow:
        load = Load(trip_number=f"ABCD{n:04d}", scac="ABCD", port="3004", planned_arrival=CROSSING)
        uow.session.add(load)
        uow.session.flush()
        uow.commit()
        assert load.id is not None
        return load.id


def judge(store: Store, who: Recipient, value: str, *, load: int | None, order_id: int = 0,
          parcel_id: int = 0):  # type: ignore[no-untyped-def]  # fmt: skip
    parcel = Parcel(who, (Line("Shirt", "6109100012", "CA", 1, Decimal(value), "USD"),),
                    Decimal("0.4"), "#new")  # fmt: skip
    with store.engine.connect() as connection:
        return evaluate_stored(connection, parcel, parcel_id=parcel_id, order_id=order_id,
                               load_id=load, crossing=CROSSING, us_day=DAY,
                               rulebook=load_rulebook(resource("rules")), fx={})  # fmt: skip


def test_nothing_stored_nothing_found(store: Store) -> None:
    v = judge(store, JOHN, "500.00", load=None)
    assert (v.route.value, v.codes) == ("S321_MANIFEST", ())


def test_an_earlier_truck_the_same_day_under_another_spelling(store: Store) -> None:
    earlier_truck, my_truck = truck(store, 1), truck(store, 2)
    stored(store, JON, cents=45000, route="S321_MANIFEST", load=earlier_truck, hour=14)
    v = judge(store, JOHN, "400.00", load=my_truck)
    assert (v.route.value, f"{v.consignment_value_usd}") == ("T11", "400.00")
    assert sorted(v.codes) == [
        "RECIPIENT_DAY_AGGREGATE",
        "RECIPIENT_DAY_SECOND_SHIPMENT",
        "RECIPIENT_NAME_VARIANT",
    ]


def test_the_same_truck_and_another_person_at_the_door(store: Store) -> None:
    my_truck = truck(store, 3)
    stored(store, JOHN, cents=45000, route="S321_MANIFEST", load=my_truck)
    stored(store, DANIEL, cents=10000, route="S321_MANIFEST", load=my_truck)
    v = judge(store, JOHN, "400.00", load=my_truck)
    assert f"{v.consignment_value_usd}" == "850.00"
    assert "CONVEYANCE_CONSIGNEE_AGGREGATE" in v.codes
    assert "SAME_ADDRESS_DIFFERENT_RECIPIENT" in v.codes


@pytest.mark.parametrize(
    ("change", "counted"),
    [({"day": date(2024, 6, 9)}, False), ({"status": "voided"}, False),
     ({"status": "open"}, False), ({"hour": 20}, False), ({}, True)],
)  # fmt: skip
def test_what_does_not_count(store: Store, change: dict, counted: bool) -> None:  # type: ignore[type-arg]
    stored(store, JOHN, cents=45000, route="S321_MANIFEST", load=truck(store, 4), **change)
    v = judge(store, JOHN, "400.00", load=truck(store, 5))
    assert ("RECIPIENT_DAY_SECOND_SHIPMENT" in v.codes) is counted


def test_the_other_parcels_of_the_same_order(store: Store) -> None:
    first, order_id = stored(store, JOHN, cents=50000, route="S321_MANIFEST",
                             day=date(2024, 6, 8))  # fmt: skip
    v = judge(store, JOHN, "400.00", load=None, order_id=order_id)
    assert "SPLIT_SHIPMENT" in v.codes
    assert "RECIPIENT_DAY_SECOND_SHIPMENT" not in v.codes  # another day
    v = judge(store, JOHN, "400.00", load=None, order_id=order_id, parcel_id=first)
    assert "SPLIT_SHIPMENT" not in v.codes  # a parcel is not its own neighbour


def test_the_look_up_is_one_indexed_query(store: Store) -> None:
    from s321_desk.store.repositories import _NEIGHBOURS

    params = {"key": "k", "day": "2024-06-10", "order_id": 1, "parcel_id": 0}
    if store.path is None:
        # PostgreSQL plans by its statistics: a store of 20,000 packed parcels, analysed.
        with store.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO orders (name, currency, created_at, recipient_name, address1, city,"
                " postal_code, country, discount_cents, source_file, source_format, imported_at)"
                " SELECT '#' || n, 'CAD', now(), 'R' || n, 'A', 'C', '1', 'US', 0, 'f', 'native',"
                " now() FROM generate_series(1, 20000) AS n"
            )
            connection.exec_driver_sql(
                "INSERT INTO parcels (code, order_id, station, status, recipient_key, us_day,"
                " acknowledged, needs_decision, manual_hold, created_at)"
                " SELECT 'P' || id, id, 'S1', 'closed', 'KEY ' || mod(id, 5000),"
                " DATE '2024-01-01' + mod(id, 300), '', false, false, now() FROM orders"
            )
            connection.exec_driver_sql("ANALYZE parcels")
            connection.exec_driver_sql("ANALYZE orders")
        with store.engine.connect() as connection:
            plan = "\n".join(str(row[0]) for row in connection.execute(
                text("EXPLAIN " + _NEIGHBOURS.text), params))  # fmt: skip
        assert "ix_parcels_recipient_day" in plan and "ix_parcels_order_id" in plan, plan
        assert "Seq Scan on parcels" not in plan, plan
        return
    with store.engine.connect() as connection:
        plan = " / ".join(
            str(row[-1]) for row in connection.execute(
                text("EXPLAIN QUERY PLAN " + _NEIGHBOURS.text),
                {"key": "k", "day": "2024-06-10", "order_id": 1, "parcel_id": 0},
            )
        )  # fmt: skip
    assert "USING INDEX ix_parcels_recipient_day (recipient_key=? AND us_day=?)" in plan
    assert "USING INDEX ix_parcels_order_id (order_id=?)" in plan
    assert "SCAN p" not in plan
