"""Tables: UTC instants, exact decimals, the append-only audit log, unit of work rollback."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from s321_desk.services.kernel import audit
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, FxRate, Load, Product
from s321_desk.store.uow import UnitOfWork


def test_instants_are_stored_utc_and_read_back_aware(store: Store) -> None:
    pacific = timezone(timedelta(hours=-8))
    arrival = datetime(2026, 11, 22, 21, 30, tzinfo=pacific)
    with UnitOfWork(store.engine) as uow:
        uow.session.add(
            Load(trip_number="ABCD0001", scac="ABCD", port="3004", planned_arrival=arrival)
        )
        uow.commit()
    with store.engine.connect() as connection:
        raw = connection.execute(text("SELECT planned_arrival FROM loads")).scalar_one()
    assert str(raw).startswith("2026-11-23 05:30:00")
    with UnitOfWork(store.engine) as uow:
        loaded = uow.session.scalars(select(Load)).one()
    assert loaded.planned_arrival == arrival
    assert loaded.planned_arrival.tzinfo == UTC


def test_a_naive_instant_is_refused(store: Store) -> None:
    with UnitOfWork(store.engine) as uow:
        uow.session.add(
            Load(
                trip_number="ABCD0002",
                scac="ABCD",
                port="3004",
                planned_arrival=datetime(2026, 11, 22, 10, 0),
            )
        )
        with pytest.raises(StatementError, match="timezone-aware"):
            uow.session.flush()


def test_fx_rates_keep_every_digit(store: Store) -> None:
    with UnitOfWork(store.engine) as uow:
        uow.session.add(
            FxRate(
                currency="CAD", valid_from=date(2026, 10, 1), rate_to_usd=Decimal("0.730012345678")
            )
        )
        uow.commit()
    with UnitOfWork(store.engine) as uow:
        rate = uow.session.scalars(select(FxRate)).one()
    assert rate.rate_to_usd == Decimal("0.730012345678")
    assert isinstance(rate.rate_to_usd, Decimal)


def test_audit_log_refuses_updates_and_deletes(store: Store) -> None:
    with UnitOfWork(store.engine) as uow:
        audit.record(uow.session, "test.action", details={"n": 1}, reason="because")
        uow.commit()
    for statement in ("UPDATE audit_log SET reason = 'rewritten'", "DELETE FROM audit_log"):
        with store.engine.begin() as connection, pytest.raises(IntegrityError, match="append-only"):
            connection.execute(text(statement))
    with UnitOfWork(store.engine) as uow:
        entry = uow.session.scalars(select(AuditEntry)).one()
    assert entry.reason == "because" and json.loads(entry.details) == {"n": 1}


def test_unit_of_work_rolls_back_unless_committed(store: Store) -> None:
    product = {"sku": "X-1", "description": "x", "unit_value_cents": 100, "currency": "CAD"}
    with UnitOfWork(store.engine) as uow:
        uow.session.add(Product(**product))
        uow.session.flush()
    with pytest.raises(RuntimeError), UnitOfWork(store.engine) as uow:
        uow.session.add(Product(**product))
        uow.session.flush()
        raise RuntimeError("station unplugged")
    with UnitOfWork(store.engine) as uow:
        assert uow.session.scalars(select(Product)).all() == []


def test_foreign_keys_are_enforced(store: Store) -> None:
    with (
        store.engine.begin() as connection,
        pytest.raises(IntegrityError, match=r"(?i)foreign key"),
    ):
        connection.execute(
            text(
                "INSERT INTO order_lines (order_id, line_no, description, quantity, "
                "unit_price_cents, discount_cents) VALUES (999, 1, 'x', 1, 100, 0)"
            )
        )
