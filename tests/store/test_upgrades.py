"""A store saved by every released schema version opens in this version: migrated to head (a
copy kept from before), every row carried over with its values, the audit chain intact."""

from __future__ import annotations

import json
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete
from sqlalchemy.exc import DBAPIError
from sqlmodel import col, select

from s321_desk.services.admin.users import sign_in
from s321_desk.services.kernel import audit
from s321_desk.store.database import open_store
from s321_desk.store.migrate import current_revision, head_revision, known_revisions
from s321_desk.store.models import (
    AuditEntry,
    Driver,
    FxRate,
    Load,
    LoadCrew,
    Order,
    Parcel,
    ParcelItem,
    ParcelVerdict,
    Product,
    RecipientSplit,
    SealedConflict,
)
from s321_desk.store.uow import UnitOfWork, one_action
from tests.store.make_schema_fixtures import PIN, fixture_path

RELEASED = sorted(known_revisions())


def test_every_released_schema_has_a_saved_store() -> None:
    missing = [r for r in RELEASED if not fixture_path(r).exists()]
    assert missing == [], (
        f"no saved store of schema {missing}: run python tests/store/make_schema_fixtures.py"
    )


@pytest.mark.parametrize("revision", RELEASED)
def test_a_store_of_each_released_schema_opens_with_everything_in_it(
    revision: str, tmp_path: Path
) -> None:
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(fixture_path(revision), path)

    store = open_store(path)
    try:
        assert current_revision(store.engine) == head_revision()
        if revision != head_revision():  # upgraded: the store as it was is kept beside it
            assert store.migration_backup is not None
            with sqlite3.connect(store.migration_backup) as saved:
                assert saved.execute("SELECT version_num FROM alembic_version").fetchone() == (
                    revision,
                )
        with UnitOfWork(store.engine) as uow:
            session = uow.session
            order = session.scalars(select(Order)).one()
            product = session.scalars(select(Product)).one()
            parcel = session.scalars(select(Parcel)).one()
            item = session.scalars(select(ParcelItem)).one()
            verdict = session.scalars(select(ParcelVerdict)).one()
            load = session.scalars(select(Load)).one()
            rate = session.scalars(select(FxRate)).one()
            splits = session.scalars(select(RecipientSplit)).all()
        assert (order.name, order.recipient_name) == ("#1001", "Zoë O'Brien-Müller")
        assert (product.sku, product.description, product.flags) == (
            "MAPLE-500",
            "Pure maple syrup <Grade A> & co",
            "PGA_FDA",
        )
        assert (parcel.code, parcel.status, parcel.route, parcel.scn, parcel.load_id) == (
            "P0000001",
            "loaded",
            "T11",
            "ABCDP0000001",
            load.id,
        )
        assert str(parcel.us_day) == "2026-11-20" and parcel.value_usd_cents == 1897
        decided = revision >= "0003"  # the desk of 0003 on wrote a supervisor's decision
        assert parcel.needs_decision is False and parcel.manual_hold is False
        assert (parcel.acknowledged, parcel.accepted_route) == (
            ("SAME_ADDRESS_DIFFERENT_RECIPIENT", "T11") if decided else ("", None)
        )
        assert (item.quantity, verdict.regime, verdict.route) == (2, "SUSPENDED", "T11")
        assert rate.rate_to_usd == Decimal("0.7300")
        assert load.trip_number == "ABCD000001"
        assert len(splits) == (1 if revision >= "0004" else 0)
        # Every store's parcels are keyed by their delivery point (0012 recomputed older ones),
        # and a supervisor's split follows its address to that key.
        assert (parcel.recipient_key, parcel.recipient_point) == ("US|98225|123", ";;ST;4B;MAPLE")
        assert [(s.address_key, s.name_a, s.name_b) for s in splits] == (
            [("US|98225|123", "JOHN SMITH", "JOHN SMITH SR")] if splits else []
        )
        assert product.import_transaction == ("12345678901234" if revision >= "0009" else None)
        labelled = revision >= "0010"  # the desk of 0010 on keeps the printed label's number
        assert (parcel.label_version, parcel.relabel) == ((1 if labelled else 0), False)
        assert (parcel.label_shows is not None) == labelled
        judged = json.loads(verdict.judged_against) if verdict.judged_against else None
        assert judged == (
            [
                {
                    "parcel_id": "P0000002",
                    "as": "earlier",
                    "route": "S321_MANIFEST",
                    "value_usd": "12.00",
                }
            ]
            if revision >= "0011"
            else None
        )
        with UnitOfWork(store.engine) as uow:
            conflicts = uow.session.scalars(select(SealedConflict)).all()
        assert [(c.state, c.reason) for c in conflicts] == (
            [("acknowledged", "crossed as filed")] if revision >= "0011" else []
        )
        assert product.store_title == ("Maple syrup - 500 ml" if revision >= "0013" else None)
        # A trip of an older store keeps its free-text driver; from 0014 its crew are records.
        with UnitOfWork(store.engine) as uow:
            crew = uow.session.get(LoadCrew, load.id)
            drivers = uow.session.scalars(select(Driver)).all()
        assert load.driver_name == "Dee Driver"
        filing = revision >= "0014"
        assert (crew is not None, [d.number for d in drivers]) == (filing, ["D-20"] * filing)
        assert (product.manufacturer_country, parcel.prior_notice) == (
            ("CA", "PN4QK7Z2M9") if filing else (None, None)
        )
        assert (item.scanned_code, item.counted_by) == ("MAPLE-500", None)
        with pytest.raises(DBAPIError, match="records are kept 6 years"):  # still guarded
            with store.engine.begin() as connection:
                connection.execute(delete(ParcelItem.__table__))  # type: ignore[attr-defined]
        with one_action(store.engine, immediate=True) as work:
            assert sign_in(work, "B-77", PIN).name == "Sam Super"
        with one_action(store.engine) as work:
            chain = audit.verify(work)
        assert chain.intact, chain.problem
        with UnitOfWork(store.engine) as uow:
            lines = uow.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id))).all()
        # then its stored PINs keyed at the first sign-in (services/admin/pin_key.py), and the sign-in
        saved_lines = [(line.action, line.reason) for line in lines][:-2]
        assert [line.action for line in lines[-2:]] == ["users.pins_keyed", "login"]
        assert saved_lines == [
            ("parcel.close", None),
            ("load.add", None),
            ("decision.acknowledge", None),
            *([("decision.accept-route", "broker arranged the entry")] if decided else []),
        ]
        assert lines[-1].action == "login" and lines[-1].prev_hash == lines[-2].hash
    finally:
        store.dispose()
