"""The issue's two stories on a real store: a person-day judged from scratch in crossing order
whatever the order of the packs, and a sealed truck that stays as it was filed."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import col, select

from s321_desk.services.admin.rules_and_rates import pin_rules
from s321_desk.services.filing.emanifest import export_emanifest
from s321_desk.services.loads.trips import add_parcels, close_load, create_load
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Order, Parcel, ParcelVerdict
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import write_csv
from tests.crew_records import add_crew, give_prior_notices
from tests.services.papers.test_printing import SETTINGS, configure, supervisor

PACIFIC = timezone(timedelta(hours=-7))  # Blaine in June
DAY = datetime(2025, 6, 10, tzinfo=PACIFIC)  # under the rules of 2025-06-10: de minimis, $800
CATALOG = (
    "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode\n"
    "GIFT,Gift box,6109.10.0012,CA,1.00,USD,0.500,,\n"
)
HEADER = (
    "Name,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
    "Shipping Name,Shipping Address1,Shipping City,Shipping Zip,Shipping Province,"
    "Shipping Country\n"
)


def at(hour: int) -> datetime:
    return DAY.replace(hour=hour)


def person(store: Store, tmp_path: Path, values: list[int]) -> list[str]:
    """One order a value for one person in Bellingham, the rules pinned to 2025-06-10."""
    from s321_desk.services.files.catalog_import import import_catalog
    from s321_desk.services.files.orders_import import import_orders

    rows = "".join(
        f"#{n},USD,2025-06-09 08:00:00 -0700,1,Gift box,{value}.00,GIFT,John Smith,"
        "123 Maple St,Bellingham,98225,WA,US\n"
        for n, value in enumerate(values, 1)
    )
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", HEADER + rows))
    with one_action(store.engine, immediate=True) as uow:
        pin_rules(uow, at(0), "the rules of 2025-06-10")
    return [f"#{n}" for n in range(1, len(values) + 1)]


def pack(store: Store, order: str, crossing: datetime) -> str:
    with one_action(store.engine, immediate=True) as uow:
        parcel = open_parcel(uow, order)
    fill_parcel(store.engine, parcel)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        closed = close_parcel(uow, parcel, crossing=crossing, port_code="3004")
    with one_action(store.engine) as uow:
        return parcel_view(uow, str(closed.parcel.parcel_id)).parcel_id


def verdict_rows(store: Store, code: str) -> list[tuple[str, str]]:
    with UnitOfWork(store.engine) as uow:
        return [
            (v.route, v.codes_json)
            for v in uow.session.scalars(
                select(ParcelVerdict)
                .join(Parcel, col(Parcel.id) == ParcelVerdict.parcel_id)
                .where(Parcel.code == code)
                .order_by(col(ParcelVerdict.id))
            )
        ]


def audit_actions(store: Store, code: str) -> list[str]:
    with UnitOfWork(store.engine) as uow:
        return list(
            uow.session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_id == code)
                .order_by(col(AuditEntry.id))
            )
        )


def test_five_packs_out_of_crossing_order_end_as_judged_in_crossing_order(
    store: Store, tmp_path: Path
) -> None:
    """$100 at 08:00, $700 at 10:00, $450 at 14:00, $100 at 12:00, $200 at 09:00, packed in
    that order: in crossing order 08:00 and 09:00 take de minimis ($300), 10:00 is over
    ($1,000), 12:00 takes it ($400), 14:00 is over ($850). Never $850 on S321_MANIFEST."""
    packs = [(8, 100), (10, 700), (14, 450), (12, 100), (9, 200)]
    orders = person(store, tmp_path, [value for _, value in packs])
    codes = {
        hour: pack(store, order, at(hour)) for (hour, _), order in zip(packs, orders, strict=True)
    }
    with one_action(store.engine) as uow:
        views = {hour: parcel_view(uow, code) for hour, code in codes.items()}
    routes = {hour: view.route for hour, view in views.items()}
    assert routes == {
        8: "S321_MANIFEST",
        9: "S321_MANIFEST",
        10: "T11",
        12: "S321_MANIFEST",
        14: "T11",
    }
    de_minimis = sum(value for hour, value in packs if routes[hour] == "S321_MANIFEST")
    assert de_minimis == 400
    assert {h for h, v in views.items() if v.needs_decision} == {10, 14}  # T11: a broker's entry
    over = {c["code"] for c in views[14].codes}
    assert "RECIPIENT_DAY_AGGREGATE" in over and "$850.00" in json.dumps(views[14].codes)
    # Each verdict names what it was judged against, in crossing order.
    against = [(a["parcel_id"], a["as"], a["route"]) for a in views[14].judged_against]
    assert against == [
        (codes[8], "earlier", "S321_MANIFEST"),
        (codes[9], "earlier", "S321_MANIFEST"),
        (codes[10], "earlier", "T11"),
        (codes[12], "earlier", "S321_MANIFEST"),
    ]
    assert views[8].judged_against == []  # the first to cross counts nothing before it


def seal(store: Store, code: str, hour: int, trip: str) -> str:
    supervisor(store)
    with one_action(store.engine, immediate=True) as uow:
        load = create_load(
            uow,
            scac="ABCD",
            port_code="3004",
            arrival=at(hour),
            crew=add_crew(store.engine),
            trip_number=trip,
        )
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, load.trip_number, [code])
    with one_action(store.engine) as uow:
        if parcel_view(uow, code).needs_decision:
            with one_action(store.engine, immediate=True) as uow:
                decide(
                    uow,
                    code,
                    "accept-route",
                    user="Sam Super",
                    pin="2468",
                    reason="the broker files it",
                )
    give_prior_notices(store.engine, load.trip_number)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, load.trip_number, seal=f"SEAL-{hour}", user="Dee Driver", pin="7777")
    return load.trip_number


def filed_routes(path: Path) -> set[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["route"] for row in csv.DictReader(handle)}


def test_a_sealed_and_exported_parcel_keeps_its_route_when_an_earlier_truck_is_packed_later(
    store: Store, tmp_path: Path
) -> None:
    """The e-manifest said S321 for the 14:00 truck's $500: a $400 parcel packed afterwards for
    the 10:00 truck is judged against that filing (over $800 together: T11), the sealed
    parcel keeps its route, and a supervisor is told what would have changed it."""
    orders = person(store, tmp_path, [500, 400])
    configure(store, **SETTINGS)
    sealed = pack(store, orders[0], at(14))
    with one_action(store.engine) as uow:
        assert parcel_view(uow, sealed).route == "S321_MANIFEST"
    trip = seal(store, sealed, 14, "ABCD000014")
    with one_action(store.engine, immediate=True) as uow:
        export_emanifest(uow, trip, tmp_path / "filed.csv")
    assert filed_routes(tmp_path / "filed.csv") == {"S321_MANIFEST"}
    filed = verdict_rows(store, sealed)

    newcomer = pack(store, orders[1], at(10))
    with one_action(store.engine) as uow:
        later = parcel_view(uow, newcomer)
    assert later.route == "T11" and "RECIPIENT_DAY_AGGREGATE" in {c["code"] for c in later.codes}
    assert [(a["parcel_id"], a["as"], a["route"]) for a in later.judged_against] == [
        (sealed, "filed later", "S321_MANIFEST")
    ]
    assert verdict_rows(store, sealed) == filed  # never judged into another route
    with one_action(store.engine) as uow:
        now = parcel_view(uow, sealed)
    assert now.route == "S321_MANIFEST" and now.needs_decision  # a supervisor is told
    assert "verdict.sealed_conflict" in audit_actions(store, sealed)
    (conflict,) = now.sealed_conflicts
    assert (conflict["filed_route"], conflict["judged_route"], conflict["state"]) == (
        "S321_MANIFEST",
        "T11",
        "pending",
    )
    assert conflict["cause"] == f"parcel.close {newcomer}"

    with one_action(store.engine, immediate=True) as uow:
        decide(
            uow,
            sealed,
            "acknowledge",
            user="Sam Super",
            pin="2468",
            reason="crossed as filed; the broker is told",
        )
    with one_action(store.engine) as uow:
        assert not parcel_view(uow, sealed).needs_decision
    with one_action(store.engine, immediate=True) as uow:
        export_emanifest(uow, trip, tmp_path / "again.csv")
    assert filed_routes(tmp_path / "again.csv") == {"S321_MANIFEST"}
    assert verdict_rows(store, sealed) == filed


def test_voiding_an_earlier_parcel_does_not_flip_a_sealed_one(store: Store, tmp_path: Path) -> None:
    """$500 at 09:00 takes de minimis, $500 at 14:00 goes T11 and is sealed; voiding the first
    would make the sealed one S321: it stays T11 as filed, and the supervisor is told."""
    orders = person(store, tmp_path, [500, 500])
    first = pack(store, orders[0], at(9))
    second = pack(store, orders[1], at(14))
    with one_action(store.engine) as uow:
        assert parcel_view(uow, second).route == "T11"
    seal(store, second, 14, "ABCD000014")
    filed = verdict_rows(store, second)
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, first, "void", user="Sam Super", pin="2468", reason="packed twice")
    assert verdict_rows(store, second) == filed
    with one_action(store.engine) as uow:
        now = parcel_view(uow, second)
    assert now.route == "T11" and now.needs_decision
    (conflict,) = now.sealed_conflicts
    assert (conflict["judged_route"], conflict["cause"]) == (
        "S321_MANIFEST",
        f"decision.void {first}",
    )


def test_value_of_the_story_parcels(store: Store, tmp_path: Path) -> None:
    """The stories' values are what the orders say (USD, one item each)."""
    orders = person(store, tmp_path, [450])
    code = pack(store, orders[0], at(14))
    with one_action(store.engine) as uow:
        assert parcel_view(uow, code).consignment_value_usd == f"{Decimal(450):.2f}"


def test_the_supervisor_sees_a_sealed_parcels_difference_and_only_what_makes_sense(
    store: Store, tmp_path: Path
) -> None:
    """The sealed parcel waits in the live warnings with what changed and why; it can be
    acknowledged, held or reprinted, not voided or deferred; reopening its truck judges it."""
    from s321_desk.services.kernel.errors import UserError
    from s321_desk.services.loads.trips import reopen_load
    from s321_desk.services.supervision.conflicts import conflict_sides, decision_queue

    orders = person(store, tmp_path, [500, 400])
    filed = pack(store, orders[0], at(14))
    trip = seal(store, filed, 14, "ABCD000014")
    with one_action(store.engine, immediate=True, durable=True) as uow:
        closed = close_parcel(
            uow, open_and_fill(store, orders[1]), crossing=at(10), port_code="3004"
        )
    assert [(s.parcel_id, s.trip, s.filed_route, s.judged_route) for s in closed.sealed] == [
        (filed, trip, "S321_MANIFEST", "T11")
    ]

    with one_action(store.engine) as uow:
        (row,) = [r for r in decision_queue(uow, at(7)).rows if r.parcel_id == filed]
    assert row.sealed is not None and row.summary.startswith(
        f"crossed as filed on {trip} (S321_MANIFEST); judged now: T11"
    )
    assert "after parcel.close" in row.details
    with one_action(store.engine) as uow:
        later = decision_queue(uow, at(7) + timedelta(days=3))  # it waits on other days too
    assert [(r.parcel_id, r.sealed is not None) for r in later.rows] == [(filed, True)]
    assert later.held_elsewhere == 1
    with one_action(store.engine) as uow:
        sides = conflict_sides(uow, filed)
    assert (sides.actions, sides.suggested) == (("acknowledge", "hold", "reprint"), "acknowledge")
    with pytest.raises(UserError, match=f"is on sealed truck {trip}: it crossed as filed"):
        with one_action(store.engine, immediate=True) as uow:
            decide(uow, filed, "void", user="Sam Super", pin="2468", reason="no")

    with one_action(store.engine, immediate=True) as uow:
        reopen_load(
            uow, trip, reason="the truck is still at the dock", user="Sam Super", pin="2468"
        )
    with one_action(store.engine) as uow:
        again = parcel_view(uow, filed)
    assert again.route == "T11" and again.needs_decision  # judged again, in crossing order
    with one_action(store.engine) as uow:
        assert (
            parcel_view(uow, parcel_view(uow, str(closed.parcel.parcel_id)).parcel_id).route
            == "S321_MANIFEST"
        )
    assert [c["state"] for c in again.sealed_conflicts] == ["reopened"]


def open_and_fill(store: Store, order: str) -> int:
    with one_action(store.engine, immediate=True) as uow:
        parcel = open_parcel(uow, order)
    fill_parcel(store.engine, parcel)
    return parcel


def test_a_pin_and_a_rate_judge_the_packed_parcels_at_once(store: Store, tmp_path: Path) -> None:
    """Packed under suspended de minimis (T11), a pin to 2025-06-10 makes it S321 at once, in
    the store (no wait for a print or a truck); a CAD rate does the same for its days."""
    from s321_desk.services.admin.rules_and_rates import set_fx_rate

    orders = person(store, tmp_path, [700, 700])
    with one_action(store.engine, immediate=True) as work:
        pin_rules(work, datetime(2025, 9, 15, tzinfo=PACIFIC), "suspended")
    first = pack(store, orders[0], at(9))
    with one_action(store.engine) as work:
        assert parcel_view(work, first).route == "T11"
    with one_action(store.engine, immediate=True) as work:
        status = pin_rules(work, at(0), "a court restores de minimis")
    with one_action(store.engine) as work:
        assert parcel_view(work, first).route == "S321_MANIFEST"
    assert status.rejudged is not None and status.rejudged.changed == (first,)

    with UnitOfWork(store.engine) as uow:  # a CAD order: its value follows the rate
        order = uow.session.scalars(select(Order).where(Order.name == orders[1])).one()
        order.currency = "CAD"
        uow.session.add(order)
        uow.commit()
    with one_action(store.engine, immediate=True) as work:
        set_fx_rate(work, "CAD", "0.7300", date(2025, 1, 1), "CBP")
    second = pack(store, orders[1], at(12))  # 700 CAD = 511 USD: with 700 USD, over
    with one_action(store.engine) as work:
        assert parcel_view(work, second).consignment_value_usd == "511.00"
    with one_action(store.engine) as work:
        assert parcel_view(work, second).route == "T11"
    with one_action(store.engine, immediate=True) as work:
        entered = set_fx_rate(work, "CAD", "0.1000", date(2025, 6, 1), "CBP, corrected")
    assert entered.rejudged.changed == (second,)
    with one_action(store.engine) as work:
        assert parcel_view(work, second).consignment_value_usd == "70.00"
    with one_action(store.engine) as work:
        assert parcel_view(work, second).route == "S321_MANIFEST"  # $770 in all


def test_parcels_show_names_what_a_verdict_was_judged_against(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from s321_desk.cli import main
    from tests.conftest import store_args

    orders = person(store, tmp_path, [300, 200, 400])
    codes = [pack(store, order, at(hour)) for order, hour in zip(orders, (12, 8, 10), strict=True)]
    assert main([*store_args(store), "parcels", "show", codes[0], "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [
        (a["parcel_id"], a["as"], a["route"], a["value_usd"]) for a in shown["judged_against"]
    ] == [
        (codes[1], "earlier", "S321_MANIFEST", "200.00"),
        (codes[2], "earlier", "S321_MANIFEST", "400.00"),
    ]
    assert shown["route"] == "T11" and shown["sealed_conflicts"] == []
