"""The live warnings' reading: which days, which parcels, why, newest first."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from s321_desk.services.admin.settings import DEFAULTS
from s321_desk.services.supervision.warnings import desk_days, todays_warnings
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from tests.services.packing import test_packing
from tests.services.supervision import test_decisions
from tests.services.supervision.test_decisions import NEXT_DAY, sam

TORONTO = ZoneInfo("America/Toronto")
NEW_YORK = ZoneInfo("America/New_York")
conflict = test_decisions.conflict  # the fixtures: two parcels for one person the same day
stocked = test_packing.stocked
Conflict = tuple[Store, str, str]
MORNING = datetime(2024, 6, 10, 16, tzinfo=UTC)  # 9:00 at Blaine, the conflict's crossing day


def test_before_the_cut_off_the_desk_shows_today() -> None:
    now = datetime(2024, 6, 10, 12, tzinfo=TORONTO)

    days, until = desk_days(now, DEFAULTS)

    assert days == (date(2024, 6, 10),)
    assert until == datetime(2024, 6, 10, 15, tzinfo=TORONTO)  # the cut-off: then tomorrow too


def test_after_the_cut_off_it_shows_today_and_the_next_truck() -> None:
    now = datetime(2024, 6, 10, 16, tzinfo=TORONTO)

    days, until = desk_days(now, DEFAULTS)

    assert days == (date(2024, 6, 10), date(2024, 6, 11))
    assert until == datetime(2024, 6, 11, 0, tzinfo=NEW_YORK)  # midnight at the port (0901)


def test_both_parcels_of_a_conflict_are_listed_newest_first(conflict: Conflict) -> None:
    store, first, second = conflict

    with one_action(store.engine) as uow:
        warnings = todays_warnings(uow, MORNING)

    assert warnings.days == (date(2024, 6, 10),)
    assert [row.parcel_id for row in warnings.rows] == [second, first]
    newest = warnings.rows[0]
    assert (newest.order, newest.recipient, newest.route) == ("#1002", "Jon Smith", "T11")
    assert newest.station and newest.closed_at is not None and newest.closed_at.tzinfo
    assert newest.summary == (
        "same person twice today, over the limit together; one person, two spellings"
    )
    assert [f.severity for f in newest.findings] == ["route", "warn", "warn"]
    assert "RECIPIENT_NAME_VARIANT: Jon Smith and John A. Smith" in newest.details
    assert warnings.rows[1].summary == "same person twice today; one person, two spellings"


def test_other_days_are_not_listed(conflict: Conflict) -> None:
    store, _, _ = conflict

    with one_action(store.engine) as uow:
        assert todays_warnings(uow, datetime(2024, 6, 12, 16, tzinfo=UTC)).rows == ()


def test_a_decision_takes_a_parcel_off_and_a_hold_says_so(conflict: Conflict) -> None:
    store, first, second = conflict
    sam(store, second, "defer", crossing=NEXT_DAY)

    with one_action(store.engine) as uow:
        assert todays_warnings(uow, MORNING).rows == ()

    sam(store, first, "hold")
    with one_action(store.engine) as uow:
        (held,) = todays_warnings(uow, MORNING).rows
    assert (held.parcel_id, held.held, held.summary) == (first, True, "held by a supervisor")
