"""A stored person-day judged from scratch: a few indexed look-ups, then the engine in crossing
order (domain/judgement.py), sealed trucks as filed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from itertools import count

import pytest
from sqlalchemy import text

from s321_desk.domain.recipients import Recipient, canonical_address, point_of
from s321_desk.domain.rules import load_rulebook
from s321_desk.paths import resource
from s321_desk.services.judging.person_day import StoredDay, basis, judge_stored_day
from s321_desk.store.database import Store
from s321_desk.store.models import Load, Order, OrderLine, ParcelItem, Product
from s321_desk.store.models import Parcel as ParcelRow
from s321_desk.store.uow import UnitOfWork

DAY = date(2024, 6, 10)
JOHN = Recipient("John A. Smith", "123 Maple St", "Apt 4B", "Bellingham", "WA", "98225")
JON = Recipient("Jon Smith", "123 Maple Street", "#4B", "Bellingham", "WA", "98225-1234")
DANIEL = Recipient("Daniel Smith", "123 Maple St", "Apt 4B", "Bellingham", "WA", "98225")
KEY = canonical_address(JOHN)
numbers = count(1)


def at(hour: int, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def stored(
    store: Store,
    who: Recipient,
    dollars: int,
    *,
    hour: int = 17,
    day: date = DAY,
    load: int | None = None,
    status: str = "closed",
    order_id: int | None = None,
) -> tuple[str, int]:
    """A packed parcel of one shirt line worth ``dollars`` (and its order, unless given), as the
    store keeps it; (its parcel id, its order's id)."""
    n = next(numbers)
    with UnitOfWork(store.engine) as uow:
        session = uow.session
        if session.get(Product, 1) is None:
            session.add(
                Product(
                    id=1,
                    sku="SHIRT",
                    description="Shirt",
                    hts="6109100012",
                    origin="CA",
                    unit_value_cents=100,
                    currency="USD",
                )
            )
        if order_id is None:
            order = Order(
                name=f"#{n}",
                currency="USD",
                created_at=at(8),
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
            session.add(order)
            session.flush()
            assert order.id is not None
            order_id = order.id
        line = OrderLine(
            order_id=order_id,
            line_no=n,
            sku="SHIRT",
            description="Shirt",
            quantity=1,
            unit_price_cents=dollars * 100,
        )
        parcel = ParcelRow(
            code=f"P{n}",
            order_id=order_id,
            station="S1",
            status=status,
            recipient_key=canonical_address(who),
            recipient_point=point_of(who).detail,
            us_day=day,
            crossing_at=at(hour, day),
            load_id=load,
        )
        session.add_all([line, parcel])
        session.flush()
        assert line.id is not None and parcel.id is not None
        session.add(ParcelItem(parcel_id=parcel.id, order_line_id=line.id, scanned_code="SHIRT"))
        uow.commit()
    return parcel.code, order_id


def truck(store: Store, hour: int, *, sealed: bool = False) -> int:
    with UnitOfWork(store.engine) as uow:
        n = next(numbers)
        load = Load(
            trip_number=f"ABCD{n:04d}",
            scac="ABCD",
            port="3004",
            planned_arrival=at(hour),
            status="closed" if sealed else "open",
        )
        uow.session.add(load)
        uow.session.flush()
        uow.commit()
        assert load.id is not None
        return load.id


def file(store: Store, code: str, route: str, cents: int) -> None:
    """What a judgement stored when the parcel was loaded and its truck sealed."""
    with store.engine.begin() as connection:
        connection.execute(
            text("UPDATE parcels SET route = :route, value_usd_cents = :cents WHERE code = :code"),
            {"route": route, "cents": cents, "code": code},
        )


def on_sealed_truck(store: Store, who: Recipient, dollars: int, *, hour: int, route: str) -> str:
    """A parcel filed with ``route`` on a truck sealed to arrive at ``hour``."""
    code, _ = stored(
        store, who, dollars, hour=hour, load=truck(store, hour, sealed=True), status="loaded"
    )
    file(store, code, route, dollars * 100)
    return code


def judged(store: Store, key: str = KEY, day: date = DAY) -> StoredDay:
    with store.engine.connect() as connection:
        return judge_stored_day(
            connection, key, day, basis(connection, load_rulebook(resource("rules")))
        )


def verdict_of(day: StoredDay, code: str):  # type: ignore[no-untyped-def]
    (parcel_id,) = [i for i, row in day.rows.items() if row.code == code]
    return day.judgement.judged[parcel_id].verdict


def test_alone_on_its_day(store: Store) -> None:
    code, _ = stored(store, JOHN, 500)
    v = verdict_of(judged(store), code)
    assert (v.route.value, v.codes) == ("S321_MANIFEST", ())


def test_an_earlier_sealed_truck_under_another_spelling(store: Store) -> None:
    earlier = on_sealed_truck(store, JON, 450, hour=14, route="S321_MANIFEST")
    mine, _ = stored(store, JOHN, 400)
    day = judged(store)
    v = verdict_of(day, mine)
    assert (v.route.value, f"{v.consignment_value_usd}") == ("T11", "400.00")
    assert sorted(v.codes) == [
        "RECIPIENT_DAY_AGGREGATE",
        "RECIPIENT_DAY_SECOND_SHIPMENT",
        "RECIPIENT_NAME_VARIANT",
    ]
    (sealed_id,) = [i for i, row in day.rows.items() if row.code == earlier]
    assert sealed_id not in day.judgement.judged  # a fact: judged only on the side
    assert day.judgement.would_be[sealed_id].verdict.route.value == "S321_MANIFEST"


def test_the_same_truck_and_another_person_at_the_door(store: Store) -> None:
    my_truck = truck(store, 17)
    stored(store, JOHN, 450, load=my_truck, status="loaded")
    stored(store, DANIEL, 100, load=my_truck, status="loaded")
    mine, _ = stored(store, JOHN, 400, load=my_truck, status="loaded")
    v = verdict_of(judged(store), mine)
    assert f"{v.consignment_value_usd}" == "850.00"
    assert "CONVEYANCE_CONSIGNEE_AGGREGATE" in v.codes
    assert "SAME_ADDRESS_DIFFERENT_RECIPIENT" in v.codes


@pytest.mark.parametrize(
    ("change", "counted"),
    [
        ({"day": date(2024, 6, 9)}, False),
        ({"status": "voided"}, False),
        ({"status": "open"}, False),
        ({"hour": 20}, False),
        ({}, True),
    ],
)
def test_what_does_not_count(store: Store, change: dict, counted: bool) -> None:  # type: ignore[type-arg]
    change = dict(change)  # the same parameters serve both backends
    stored(store, JOHN, 450, hour=change.pop("hour", 15), **change)
    mine, _ = stored(store, JOHN, 400)
    v = verdict_of(judged(store), mine)
    assert ("RECIPIENT_DAY_SECOND_SHIPMENT" in v.codes) is counted
    assert (v.route.value == "T11") is counted


def test_a_sealed_truck_crossing_later_counts_as_filed(store: Store) -> None:
    later = on_sealed_truck(store, JOHN, 500, hour=20, route="S321_MANIFEST")
    mine, _ = stored(store, JOHN, 400)
    day = judged(store)
    v = verdict_of(day, mine)
    assert v.route.value == "T11" and "RECIPIENT_DAY_AGGREGATE" in v.codes
    assert "RECIPIENT_DAY_SECOND_SHIPMENT" not in v.codes  # it is not earlier
    assert "already filed today" in v.findings[0].message.english
    (mine_id,) = [i for i, row in day.rows.items() if row.code == mine]
    against = day.judgement.judged[mine_id].against
    assert [(c.label, c.role, c.route) for c in against] == [
        (later, "filed later", "S321_MANIFEST")
    ]


def test_two_parcels_crossing_at_the_same_instant(store: Store) -> None:
    """Packed for the same truck, not loaded yet: the second packed counts the first's route;
    the first sees the second (the names, the second shipment) but not its allowance."""
    first, _ = stored(store, JOHN, 500)
    second, _ = stored(store, JON, 400)
    day = judged(store)
    assert verdict_of(day, first).route.value == "S321_MANIFEST"
    assert {"RECIPIENT_DAY_SECOND_SHIPMENT", "RECIPIENT_NAME_VARIANT"} <= set(
        verdict_of(day, first).codes
    )
    assert verdict_of(day, second).route.value == "T11"
    (first_id,) = [i for i, row in day.rows.items() if row.code == first]
    assert [(c.label, c.role, c.route) for c in day.judgement.judged[first_id].against] == [
        (second, "same time", None)
    ]


def test_the_other_parcels_of_the_same_order(store: Store) -> None:
    first, order_id = stored(store, JOHN, 500, day=date(2024, 6, 8))
    file(store, first, "S321_MANIFEST", 50000)
    mine, _ = stored(store, JOHN, 400, order_id=order_id)
    v = verdict_of(judged(store), mine)
    assert "SPLIT_SHIPMENT" in v.codes
    assert "RECIPIENT_DAY_SECOND_SHIPMENT" not in v.codes  # another day
    file(store, mine, v.route.value, 40000)  # as the close keeps it: another day reads it
    v = verdict_of(judged(store, day=date(2024, 6, 8)), first)
    assert "SPLIT_SHIPMENT" in v.codes  # each sees the other, never itself


def test_the_look_ups_are_indexed(store: Store) -> None:
    from s321_desk.store.repositories.judging import _PERSON_DAY

    params = {"key": "k", "day": "2024-06-10"}
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
            plan = "\n".join(
                str(row[0])
                for row in connection.execute(text("EXPLAIN " + _PERSON_DAY.text), params)
            )
        assert "ix_parcels_recipient_day" in plan, plan
        assert "Seq Scan on parcels" not in plan, plan
        return
    queries = {
        _PERSON_DAY.text: "USING INDEX ix_parcels_recipient_day (recipient_key=? AND us_day=?)",
    }
    for query, index in queries.items():
        with store.engine.connect() as connection:
            plan = " / ".join(
                str(row[-1])
                for row in connection.execute(text("EXPLAIN QUERY PLAN " + query), params)
            )
        assert index in plan and "SCAN p " not in plan + " ", plan
