"""Both sides of a conflict and the supervisor's queue, on a real store of one person twice."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.trips import add_parcels, create_load
from s321_desk.services.supervision.conflicts import (
    THIS_PARCEL,
    changes_after,
    conflict_sides,
    decision_queue,
)
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from tests.crew_records import add_crew
from tests.services.packing import test_packing
from tests.services.supervision import test_decisions
from tests.services.supervision.test_decisions import NEXT_DAY, sam

conflict = test_decisions.conflict  # the fixtures: two parcels for one person the same day
stocked = test_packing.stocked
Conflict = tuple[Store, str, str]
MORNING = datetime(2024, 6, 10, 16, tzinfo=UTC)  # 9:00 at Blaine, the conflict's crossing day


def test_both_sides_name_each_parcel_its_station_and_its_value(conflict: Conflict) -> None:
    store, first, second = conflict

    with one_action(store.engine) as uow:
        sides = conflict_sides(uow, second)

    assert (sides.this.parcel_id, sides.this.relation, sides.this.order) == (
        second,
        THIS_PARCEL,
        "#1002",
    )
    (other,) = sides.others
    assert (other.parcel_id, other.order, other.recipient, other.relation) == (
        first,
        "#1001",
        "John A. Smith",
        "same person, name variant",
    )
    for side in (sides.this, other):
        assert side.station and side.closed_at is not None and side.closed_at.tzinfo
        assert side.status == "closed" and side.trip is None and not side.same_truck
        assert side.us_day == date(2024, 6, 10)
    assert other.value_usd_cents == 49900 and sides.this.value_usd_cents == 45000
    assert sides.this.route == "T11" and other.route == "S321_MANIFEST"


def test_the_actions_that_make_sense_for_a_conflict(conflict: Conflict) -> None:
    store, first, second = conflict

    with one_action(store.engine) as uow:
        sides = conflict_sides(uow, second)

    # T11 under de minimis is unusual; the name variant must be acknowledged; not held.
    assert sides.actions == (
        "accept-route",
        "acknowledge",
        "defer",
        "consolidate",
        "split",
        "hold",
        "void",
        "reprint",
    )
    assert sides.suggested == "acknowledge"
    assert sides.into_choices == (first,) and sides.split_choices == (first,)
    # The next day's truck: 18:00 at the station (Toronto), a later US day at Blaine.
    assert sides.defer_to == datetime(2024, 6, 11, 18, tzinfo=ZoneInfo("America/Toronto"))
    with one_action(store.engine) as uow:
        assert "accept-route" not in conflict_sides(uow, first).actions  # S321: usual


def test_a_hold_is_on_record_and_only_a_release_undoes_it(conflict: Conflict) -> None:
    store, first, _ = conflict
    sam(store, first, "hold")

    with one_action(store.engine) as uow:
        sides = conflict_sides(uow, first)

    assert sides.this.held and sides.this.status == "held"
    assert "release" in sides.actions and "hold" not in sides.actions
    assert "reprint" not in sides.actions  # a held parcel cannot print
    (held,) = sides.this.decisions
    assert (held.action, held.by, held.reason) == ("hold", "Sam Super", "checked with the customer")
    assert held.at.tzinfo is not None


def test_on_a_truck_it_can_no_longer_move(conflict: Conflict) -> None:
    store, first, second = conflict
    sam(store, second, "acknowledge")
    sam(store, first, "acknowledge")
    with one_action(store.engine, immediate=True) as uow:
        trip = create_load(
            uow,
            scac="ABCD",
            port_code="3004",
            arrival=NEXT_DAY.replace(day=10),
            crew=add_crew(store.engine),
        ).trip_number
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, trip, [first, second])

    with one_action(store.engine) as uow:
        sides = conflict_sides(uow, second)

    assert sides.this.trip == trip and sides.others[0].same_truck
    assert {"defer", "consolidate", "void"}.isdisjoint(sides.actions)
    assert sides.defer_to is None and sides.into_choices == ()


def test_the_queue_holds_today_and_held_parcels_of_other_days(conflict: Conflict) -> None:
    store, first, second = conflict
    with one_action(store.engine) as uow:
        queue = decision_queue(uow, MORNING)
    assert [row.parcel_id for row in queue.rows] == [second, first] and queue.held_elsewhere == 0

    sam(store, second, "defer", crossing=NEXT_DAY)
    sam(store, second, "hold")
    with one_action(store.engine) as uow:
        queue = decision_queue(uow, MORNING)

    assert [row.parcel_id for row in queue.rows] == [second]  # the first is clear now
    assert queue.held_elsewhere == 1 and queue.rows[0].held
    assert queue.rows[0].us_day == date(2024, 6, 11)


def test_what_a_decision_changed(conflict: Conflict) -> None:
    store, first, second = conflict

    with one_action(store.engine) as uow:
        changes = changes_after(uow, sam(store, second, "defer", crossing=NEXT_DAY))

    assert {(c.parcel_id, c.route, c.needs_decision) for c in changes} == {
        (second, "S321_MANIFEST", False),
        (first, "S321_MANIFEST", False),
    }


def test_a_parcel_judged_on_two_days_is_said_once(conflict: Conflict) -> None:
    """A consolidation judges the receiving parcel as the target and again with its day: the
    result names each parcel once."""
    from dataclasses import replace

    store, first, second = conflict
    decided = sam(store, second, "consolidate", into=first)
    twice = replace(decided, evaluated=[*decided.evaluated, *decided.evaluated])

    with one_action(store.engine) as uow:
        changes = changes_after(uow, twice)

    assert sorted(c.parcel_id for c in changes) == sorted({c.parcel_id for c in changes})
    with one_action(store.engine) as uow:
        assert {c.parcel_id for c in changes} == {c.parcel_id for c in changes_after(uow, decided)}


def test_an_unknown_parcel_is_said(conflict: Conflict) -> None:
    store, _, _ = conflict
    with pytest.raises(UserError, match="no such parcel"):
        with one_action(store.engine) as uow:
            conflict_sides(uow, "P9999999")


def test_two_names_split_are_two_people_on_both_sides(conflict: Conflict) -> None:
    store, first, second = conflict
    sam(store, second, "split", other=first)

    with one_action(store.engine) as uow:
        sides = conflict_sides(uow, second)

    assert sides.others[0].relation == "same address, other person"
    assert sides.split_choices == () and sides.into_choices == ()  # not into another's box


@pytest.mark.parametrize("name", ["Jöhn A. Smith", "JOHN SMITH"])
def test_names_that_differ_only_by_accents_case_or_initials_are_not_offered_a_split(
    stocked: Store, name: str
) -> None:
    """A split of one name would be refused after the PIN and the reason: never offered."""
    from sqlmodel import select

    from s321_desk.store.models import Order
    from s321_desk.store.uow import UnitOfWork

    with UnitOfWork(stocked.engine) as uow:
        order = uow.session.scalars(select(Order).where(Order.name == "#1002")).one()
        order.recipient_name = name
        uow.session.add(order)
        uow.commit()
    store, first, second = test_decisions.closed_pair(stocked)

    with one_action(store.engine) as work:
        sides = conflict_sides(work, second)

    assert sides.others and sides.others[0].relation == "same person, name variant"
    assert sides.split_choices == () and "split" not in sides.actions
    with pytest.raises(UserError, match="one name"):
        sam(store, second, "split", other=first)  # the service says the same
