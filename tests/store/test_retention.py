"""Records are kept 6 years: the store itself refuses to delete them, on each backend; a void
is a new record; an open parcel's scan can still be undone."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import func, select

from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing.pack import open_parcel, scan_item, undo_last_scan
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, ParcelVerdict
from s321_desk.store.uow import UnitOfWork, one_action
from tests.services.loads.test_loads import truck
from tests.services.packing.test_packing import stocked  # noqa: F401  (fixture)
from tests.services.supervision.test_decisions import conflict, sam  # noqa: F401  (fixture)

DELETES = (
    "DELETE FROM parcels",
    "DELETE FROM parcel_verdicts",
    "DELETE FROM orders",
    "DELETE FROM users",
    "DELETE FROM loads",
    "DELETE FROM parcel_items",
)


@pytest.mark.parametrize("statement", DELETES)
def test_the_store_refuses_to_delete_a_record(conflict, statement: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    store, _first, _second = conflict
    truck(store)  # a trip made today
    with store.engine.connect() as connection:
        before = connection.execute(text(statement.replace("DELETE", "SELECT count(*)"))).scalar()
    assert before

    with pytest.raises(IntegrityError, match="records are kept 6 years"):
        with store.engine.begin() as connection:
            connection.execute(text(statement))

    with store.engine.connect() as connection:
        after = connection.execute(text(statement.replace("DELETE", "SELECT count(*)"))).scalar()
    assert after == before


def test_a_record_past_six_years_may_go(store: Store) -> None:
    with store.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO recipient_splits (address_key, name_a, name_b, reason, created_at) "
                "VALUES ('K', 'A', 'B', 'old', '2019-01-02 00:00:00'), "
                "('K', 'A', 'C', 'new', '2026-01-02 00:00:00')"
            )
        )
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM recipient_splits WHERE reason = 'old'"))
    with pytest.raises(IntegrityError, match="records are kept 6 years"):
        with store.engine.begin() as connection:
            connection.execute(text("DELETE FROM recipient_splits WHERE reason = 'new'"))


def test_an_open_parcels_scan_can_be_undone(stocked: Store) -> None:  # noqa: F811
    with one_action(stocked.engine, immediate=True) as uow:
        parcel = open_parcel(uow, "#1001")
    with one_action(stocked.engine, immediate=True) as uow:
        scan_item(uow, parcel, "TS-M")
    with one_action(stocked.engine, immediate=True) as uow:
        assert undo_last_scan(uow, parcel) == "Cotton T-shirt M"


def test_a_void_is_a_new_record(conflict) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    store, first, _second = conflict
    with UnitOfWork(store.engine) as uow:
        verdicts = uow.session.scalar(select(func.count()).select_from(ParcelVerdict))

    sam(store, first, "void")

    with one_action(store.engine) as work:
        view = parcel_view(work, first)
    assert view.status == "voided"  # still there, with its history
    with UnitOfWork(store.engine) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ParcelVerdict)) >= verdicts
        actions = [e.action for e in uow.session.scalars(select(AuditEntry))]
    assert "decision.void" in actions
