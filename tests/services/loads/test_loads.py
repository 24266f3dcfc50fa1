"""Loads: a trip, parcels on and off (refusals), sealed only when nothing needs a decision."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from s321_desk.cli import main
from s321_desk.services.admin.users import AccessRefused, add_user, sign_in
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.trips import (
    add_parcels,
    close_load,
    create_load,
    list_loads,
    missing_parcels,
    next_trip_number,
    parcels_on_load,
    remove_parcels,
)
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from tests.conftest import store_args
from tests.crew_records import add_crew, give_prior_notices
from tests.services.packing.test_packing import stocked  # noqa: F401  (fixture)
from tests.services.supervision.test_decisions import conflict  # noqa: F401  (fixture)

ARRIVAL = datetime(2024, 6, 10, 18, tzinfo=UTC)  # 11:00 at Blaine, the parcels' US day


def truck(store: Store, **extra):  # type: ignore[no-untyped-def]
    with one_action(store.engine, immediate=True) as uow:
        return create_load(
            uow,
            scac="abcd",
            port_code="3004",
            arrival=ARRIVAL,
            crew=add_crew(store.engine),
            **extra,
        )


def test_trip_numbers_are_suggested_and_checked(stocked: Store) -> None:  # noqa: F811
    assert truck(stocked).trip_number == "ABCD000001"
    assert truck(stocked).trip_number == "ABCD000002"
    with pytest.raises(UserError, match="already a load"):
        truck(stocked, trip_number="ABCD000001")
    with pytest.raises(UserError, match="must be the SCAC ABCD"):
        truck(stocked, trip_number="XYZ12345")
    with pytest.raises(UserError, match=r"the carrier code \(SCAC\): 'A1' is not one") as refused:
        with one_action(stocked.engine, immediate=True) as uow:
            create_load(uow, scac="A1", port_code="3004", arrival=ARRIVAL)
    assert "--" not in str(refused.value) and refused.value.field == "scac"  # the desk's words
    with pytest.raises(UserError, match="port: '9999'"):
        with one_action(stocked.engine, immediate=True) as uow:
            create_load(uow, scac="ABCD", port_code="9999", arrival=ARRIVAL)


def test_a_load_closes_only_after_the_decisions(conflict) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    store, first, second = conflict
    with one_action(store.engine, immediate=True) as uow:
        admin = sign_in(uow, "Ada Admin", "9999")
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Dee Driver", "driver", "7777", by=admin)
    load = truck(store)
    with one_action(store.engine, immediate=True) as uow:
        view = add_parcels(uow, load.trip_number, [first, second])
    assert view.parcels == [first, second] and view.needing_decision == [first, second]
    with one_action(store.engine) as uow:
        on_truck = parcel_view(uow, second)
    assert on_truck.status == "loaded"
    assert "CONVEYANCE_CONSIGNEE_AGGREGATE" in {c["code"] for c in on_truck.codes}
    with pytest.raises(UserError, match="already on this truck"):
        with one_action(store.engine, immediate=True) as uow:
            add_parcels(uow, load.trip_number, [first])
    with pytest.raises(UserError, match=f"cannot close: {first}, {second} need a decision"):
        give_prior_notices(store.engine, load.trip_number)
        with one_action(store.engine, immediate=True, durable=True) as uow:
            close_load(uow, load.trip_number, seal="S-1", user="Dee Driver", pin="7777")
    with pytest.raises(AccessRefused, match="needs a driver or supervisor"):
        give_prior_notices(store.engine, load.trip_number)
        with one_action(store.engine, immediate=True, durable=True) as uow:
            close_load(uow, load.trip_number, seal="S-1", user="Pat Packer", pin="1111")
    # On one truck the two are one consignment of $949: both go T11, one broker entry.
    with one_action(store.engine) as uow:
        assert parcel_view(uow, first).route == "T11"
    for parcel in (first, second):
        with one_action(store.engine, immediate=True) as uow:
            decide(uow, parcel, "acknowledge", user="Sam Super", pin="2468", reason="ok")
        with one_action(store.engine, immediate=True) as uow:
            decide(
                uow,
                parcel,
                "accept-route",
                user="Sam Super",
                pin="2468",
                reason="the broker files one T11 for both",
            )
    give_prior_notices(store.engine, load.trip_number)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        sealed = close_load(uow, load.trip_number, seal="S-1", user="Dee Driver", pin="7777")
    assert (sealed.status, sealed.seal, sealed.needing_decision) == ("closed", "S-1", [])
    with pytest.raises(UserError, match="sealed; reopen it first"):
        with one_action(store.engine, immediate=True) as uow:
            remove_parcels(uow, load.trip_number, [first])


def test_wrong_day_held_and_removal(conflict) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    store, first, second = conflict
    with one_action(store.engine, immediate=True) as uow:
        next_day = create_load(
            uow, scac="ABCD", port_code="3004", arrival=datetime(2024, 6, 11, 18, tzinfo=UTC)
        )
    with pytest.raises(UserError, match="crosses on 2024-06-10, the truck on 2024-06-11"):
        with one_action(store.engine, immediate=True) as uow:
            add_parcels(uow, next_day.trip_number, [first])
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, first, "hold", user="Sam Super", pin="2468", reason="check the label")
    load = truck(store)
    with pytest.raises(UserError, match=f"{first}: held, cannot be loaded"):
        with one_action(store.engine, immediate=True) as uow:
            add_parcels(uow, load.trip_number, [first, second])
    with one_action(store.engine) as uow:
        assert parcel_view(uow, second).status == "closed"  # all or nothing
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, load.trip_number, [second])
    with one_action(store.engine, immediate=True) as uow:
        view = remove_parcels(uow, load.trip_number, [second])
    with one_action(store.engine) as uow:
        assert view.parcels == [] and parcel_view(uow, second).status == "closed"


def test_the_load_command(stocked: Store, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    db = store_args(stocked)
    assert (
        main(
            [
                *db,
                "load",
                "create",
                "--scac",
                "ABCD",
                "--port",
                "3004",
                "--arrival",
                ARRIVAL.isoformat(),
                "--json",
            ]
        )
        == 0
    )
    created = json.loads(capsys.readouterr().out)
    assert (created["trip_number"], created["us_day"], created["status"]) == (
        "ABCD000001",
        "2024-06-10",
        "open",
    )
    assert main([*db, "load", "show", "ABCD000001", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["load_id"] == created["load_id"]
    assert main([*db, "load", "show", "ABCD000001"]) == 0  # text without --json
    assert capsys.readouterr().out == (
        "Trip ABCD000001 open: ABCD, port 3004, arriving 2024-06-10T18:00:00+00:00 (US day "
        "2024-06-10), driver none yet; 0 parcel(s): none\n"
    )
    assert main([*db, "load", "add", "ABCD000001", "P404"]) == 1
    assert capsys.readouterr().err == "s321-desk: parcel 'P404': no such parcel\n"
    # The service names what is wrong in words; the command line adds its own flag for it.
    assert (
        main(
            [
                *db,
                "load",
                "create",
                "--scac",
                "A1",
                "--port",
                "3004",
                "--arrival",
                ARRIVAL.isoformat(),
            ]
        )
        == 1
    )
    assert capsys.readouterr().err == (
        "s321-desk: the carrier code (SCAC): 'A1' is not one (2 to 4 letters) (--scac)\n"
    )


def test_what_is_missing_and_the_list_of_loads(conflict) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    store, first, second = conflict
    load = truck(store)
    other = truck(store)
    with one_action(store.engine) as uow:
        assert [p.parcel_id for p in missing_parcels(uow, load.trip_number)] == [first, second]
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, other.trip_number, [first])
    with pytest.raises(UserError, match=f"{first}: already on truck {other.trip_number}"):
        with one_action(store.engine, immediate=True) as uow:
            add_parcels(uow, load.trip_number, [first])
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, second, "hold", user="Sam Super", pin="2468", reason="check the label")
    with one_action(store.engine) as uow:
        [held] = missing_parcels(uow, load.trip_number)
    assert (held.parcel_id, held.status) == (second, "held")  # not coming until released
    with one_action(store.engine) as uow:
        assert [p.parcel_id for p in parcels_on_load(uow, other.trip_number)] == [first]
    with one_action(store.engine) as uow:
        listed = {s.trip_number: s for s in list_loads(uow, ARRIVAL.date())}
    assert (listed[other.trip_number].parcels, listed[load.trip_number].parcels) == (1, 0)
    assert listed[load.trip_number].port_name == "Blaine, WA"
    # A sealed load of another day drops out of the list; an open one stays.
    with one_action(store.engine) as uow:
        assert set(s.trip_number for s in list_loads(uow, date(2024, 7, 1))) == {
            load.trip_number,
            other.trip_number,
        }
    with one_action(store.engine) as uow:
        assert next_trip_number(uow, " abcd") == "ABCD000003"
