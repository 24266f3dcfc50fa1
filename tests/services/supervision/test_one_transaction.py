"""One supervisor's action, one transaction: the comparison of a conflict's sides, the queue
and what a decision changed are read as of one moment, in one transaction (counted as the
BEGINs the engine sends), and a caller's unit of work is joined, not doubled."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlmodel import col, select

from s321_desk.services.admin.rules_and_rates import set_fx_rate
from s321_desk.services.admin.users import add_user
from s321_desk.services.kernel.access import Actor, SignInNeeded
from s321_desk.services.supervision.conflicts import changes_after, conflict_sides, decision_queue
from s321_desk.services.supervision.shift import shift_overview
from s321_desk.services.supervision.warnings import todays_warnings
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action, within
from tests.services.packing import test_packing
from tests.services.supervision import test_decisions
from tests.services.supervision.test_decisions import sam

conflict = test_decisions.conflict  # the fixtures: two parcels for one person the same day
stocked = test_packing.stocked
MORNING = datetime(2024, 6, 10, 16, tzinfo=UTC)  # the conflict's crossing day


@contextmanager
def counted_begins(engine: Engine) -> Iterator[list[int]]:
    """The transactions begun on ``engine`` while the block runs (a list of one count)."""
    begins = [0]

    def on_begin(connection: Any) -> None:
        begins[0] += 1

    event.listen(engine, "begin", on_begin)
    try:
        yield begins
    finally:
        event.remove(engine, "begin", on_begin)


def test_a_supervisor_comparison_is_one_transaction(
    conflict: tuple[Store, str, str],
) -> None:
    store, first, second = conflict
    with counted_begins(store.engine) as begins:
        with one_action(store.engine) as uow:
            sides = conflict_sides(uow, second)
    assert begins == [1]  # it was three: the parcel, its relations, the sides
    assert sides.this.parcel_id == second and [o.parcel_id for o in sides.others] == [first]
    with counted_begins(store.engine) as begins:
        with one_action(store.engine) as uow:
            decision_queue(uow, MORNING)
    assert begins == [1]  # today's warnings and other days' held parcels, as of one moment


def test_one_action_reads_in_the_callers_unit_of_work(conflict: tuple[Store, str, str]) -> None:
    """The decisions view's refresh after a decision: the queue, both sides and the changes,
    in the one transaction the view opened."""
    store, first, _ = conflict
    decided = sam(store, first, "hold")
    with counted_begins(store.engine) as begins, UnitOfWork(store.engine) as uow:
        queue = decision_queue(uow, MORNING)
        sides = conflict_sides(uow, first)
        changes = changes_after(uow, decided)
        todays_warnings(uow, MORNING)
        shift_overview(uow, MORNING)
    assert begins == [1]
    assert sides.this.held and first in {c.parcel_id for c in changes}
    assert first in {row.parcel_id for row in queue.rows}


def test_a_write_joins_only_a_unit_of_work_that_took_the_lock(
    conflict: tuple[Store, str, str],
) -> None:
    store, _, _ = conflict
    with UnitOfWork(store.engine) as reading, pytest.raises(ValueError, match="immediate"):
        with within(reading, immediate=True):
            pass
    with UnitOfWork(store.engine, immediate=True) as writing, within(writing) as joined:
        assert joined is writing


def test_the_person_acting_travels_with_the_unit_of_work(store: Store) -> None:
    """No re-bound engine: the unit of work the action opens says who does it, and the audit
    line names that person; the store's engine itself acts for nobody."""
    with one_action(store.engine, immediate=True) as action:
        admin = add_user(action, "Ada Admin", "admin", "9999")
    with one_action(store.engine, immediate=True) as action:
        supervisor = add_user(action, "Sam Super", "supervisor", "1234", by=admin)
    with UnitOfWork(store.engine, immediate=True, actor=Actor(supervisor)) as uow:
        set_fx_rate(uow, "CAD", "0.73", date(2026, 1, 1), "Bank of Canada")
    with UnitOfWork(store.engine) as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(col(AuditEntry.entity_type) == "fx_rate")
        ).one()
    assert entry.user_id == supervisor.id
    with pytest.raises(SignInNeeded), UnitOfWork(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.74", date(2026, 1, 2), "Bank of Canada")  # acts for nobody
