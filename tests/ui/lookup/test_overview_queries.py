"""The overview queries against a real store: counts and the recent orders."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from s321_desk.services.lookup.overview import (
    OrderRow,
    StoreCounts,
    recent_orders,
    store_counts,
)
from s321_desk.store.database import Store
from s321_desk.store.models import Load, Parcel
from s321_desk.store.uow import UnitOfWork, one_action
from tests.ui.conftest import SEED_ORDERS, SEED_PRODUCTS, SeedOrder


def _expected_row(spec: SeedOrder) -> tuple[object, ...]:
    return (
        spec.name,
        spec.created_at,
        spec.recipient_name,
        spec.city,
        spec.state,
        spec.postal_code,
        spec.currency,
        len(spec.lines),
        sum(line.quantity for line in spec.lines),
        sum(line.value_cents for line in spec.lines),
    )


def _as_tuple(row: OrderRow) -> tuple[object, ...]:
    return (
        row.name,
        row.created_at,
        row.recipient_name,
        row.city,
        row.state,
        row.postal_code,
        row.currency,
        row.line_count,
        row.total_quantity,
        row.value_cents,
    )


def test_counts_of_an_empty_store_are_zero(store: Store) -> None:
    with one_action(store.engine) as uow:
        assert store_counts(uow) == StoreCounts(0, 0, 0, 0, 0)


def test_counts_every_kind_of_row(ui_store: Store) -> None:
    with UnitOfWork(ui_store.engine) as uow:
        load = Load(
            trip_number="ABCD0001",
            scac="ABCD",
            port="0712",
            planned_arrival=datetime(2026, 11, 4, 15, 0, tzinfo=UTC),
        )
        uow.session.add(load)
        uow.session.flush()
        for code in ("P1", "P2"):
            uow.session.add(Parcel(code=code, order_id=1, station="S1", load_id=load.id))
        uow.commit()

    with one_action(ui_store.engine) as work:
        assert store_counts(work) == StoreCounts(
            products=len(SEED_PRODUCTS),
            orders=len(SEED_ORDERS),
            order_lines=sum(len(spec.lines) for spec in SEED_ORDERS),
            parcels=2,
            loads=1,
        )


def test_recent_orders_are_newest_first_with_their_totals(ui_store: Store) -> None:
    newest_first = sorted(SEED_ORDERS, key=lambda spec: spec.created_at, reverse=True)

    with one_action(ui_store.engine) as uow:
        rows = recent_orders(uow)

    assert [_as_tuple(row) for row in rows] == [_expected_row(spec) for spec in newest_first]


def test_recent_orders_values_by_hand(ui_store: Store) -> None:
    with one_action(ui_store.engine) as uow:
        rows = {row.name: row for row in recent_orders(uow)}

    assert rows["#999"].value_cents == 2 * 1299 + 2500 - 500
    assert rows["#1001"].value_cents == 12 * 1099 + 3 * 1850 - 150
    assert rows["#1001"].total_quantity == 15
    assert (rows["#1003"].line_count, rows["#1003"].total_quantity) == (0, 0)
    assert rows["#1003"].value_cents == 0


def test_created_at_is_aware_utc(ui_store: Store) -> None:
    with one_action(ui_store.engine) as uow:
        for row in recent_orders(uow):
            assert row.created_at.utcoffset() == timedelta(0)


def test_limit_keeps_the_newest(ui_store: Store) -> None:
    with one_action(ui_store.engine) as uow:
        rows = recent_orders(uow, limit=2)

    assert [row.name for row in rows] == ["#1002", "#1001"]


def test_recent_orders_is_one_query(ui_store: Store) -> None:
    selects: list[str] = []

    def remember(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append(statement)

    event.listen(ui_store.engine, "before_cursor_execute", remember)
    try:
        with one_action(ui_store.engine) as uow:
            recent_orders(uow)
    finally:
        event.remove(ui_store.engine, "before_cursor_execute", remember)

    assert len(selects) == 1


def test_rows_are_frozen_plain_data(ui_store: Store) -> None:
    with one_action(ui_store.engine) as uow:
        row = recent_orders(uow)[0]

    assert type(row) is OrderRow
    with pytest.raises(FrozenInstanceError):
        row.name = "changed"  # type: ignore[misc]
