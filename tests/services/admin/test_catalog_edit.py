"""The catalog as the desk lists and edits it: found by a few letters, the SKUs that cannot
cross yet first; an edit by a supervisor or an administrator only, audited before and after."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from s321_desk.services.admin.catalog import edit_product, find_products
from s321_desk.services.admin.users import AccessRefused, Person, add_user
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Parcel, Product
from s321_desk.store.uow import UnitOfWork, one_action

PRODUCTS = (
    # sku, description, hts, origin, cents, barcode
    ("MAPLE-500", "Maple syrup, 500 ml", "2106909997", "CA", 1299, "0627843111119"),
    ("TOQUE-RED", "Red knitted toque", None, "CA", 2500, None),
    ("MUG-01", "Mug, maple leaf", "6912004400", None, 1850, None),
    ("BLANKET", "Wool blanket", "6301201000", "CA", 8900, None),
    ("ZIP-HOODIE", "Zip hoodie", None, None, 5900, None),
)


def stock(store: Store) -> None:
    with UnitOfWork(store.engine) as uow:
        for sku, description, hts, origin, cents, barcode in PRODUCTS:
            uow.session.add(
                Product(
                    sku=sku,
                    description=description,
                    hts=hts,
                    origin=origin,
                    unit_value_cents=cents,
                    currency="CAD",
                    weight_g=350,
                    barcode=barcode,
                )
            )
        uow.commit()


@pytest.fixture
def admin(store: Store) -> Person:
    with one_action(store.engine, immediate=True) as uow:
        person = add_user(uow, "Ada Admin", "admin", "9999")
    stock(store)
    return person


def test_the_skus_missing_hts_or_origin_come_first(store: Store, admin: Person) -> None:
    with one_action(store.engine) as uow:
        page = find_products(uow)
    assert [r.sku for r in page.rows] == [
        "MUG-01",
        "TOQUE-RED",
        "ZIP-HOODIE",
        "BLANKET",
        "MAPLE-500",
    ]
    assert (page.matched, page.missing, page.total) == (5, 3, 5)
    with one_action(store.engine) as uow:
        assert [r.sku for r in find_products(uow, missing_only=True).rows] == [
            "MUG-01",
            "TOQUE-RED",
            "ZIP-HOODIE",
        ]


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("maple", ["MUG-01", "MAPLE-500"]),  # SKU or description, any case
        ("TOQUE", ["TOQUE-RED"]),
        ("0627843", ["MAPLE-500"]),  # a barcode's first digits
        ("6912.00", ["MUG-01"]),  # an HTS as a broker writes it
        ("hood", ["ZIP-HOODIE"]),
        ("100%", []),  # a wildcard typed is a character
        ("nothing like it", []),
    ],
)
def test_a_search_finds_skus_by_a_few_letters(
    store: Store, admin: Person, search: str, found: list[str]
) -> None:
    with one_action(store.engine) as uow:
        page = find_products(uow, search)
    assert [r.sku for r in page.rows] == found
    assert page.matched == len(found) and page.total == 5


def test_a_supervisor_classifies_a_sku_audited_before_and_after(
    store: Store, admin: Person
) -> None:
    with one_action(store.engine, immediate=True) as work:
        sam = add_user(work, "Sam Super", "supervisor", "2468", by=admin)
    with one_action(store.engine, immediate=True) as work:
        edited = edit_product(
            work,
            "TOQUE-RED",
            {"hts": "6505.00.9076", "weight_g": "0.12", "flags": "pga_fda"},
            by=sam,
            station="PACK-1",
        )
    row = edited.row
    assert edited.changed == ["hts", "weight_g", "flags"] and edited.rejudged == ()
    assert (row.hts, row.weight_g, row.flags, row.missing) == ("6505009076", 120, "PGA_FDA", False)
    with UnitOfWork(store.engine) as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "product.edit")
        ).one()
    assert (entry.entity_id, entry.user_id, entry.station) == ("TOQUE-RED", sam.id, "PACK-1")
    assert json.loads(entry.details) == {
        "before": {"hts": None, "weight_g": 350, "flags": ""},
        "after": {"hts": "6505009076", "weight_g": 120, "flags": "PGA_FDA"},
    }
    # The same values again change nothing and add no audit line.
    with one_action(store.engine, immediate=True) as work:
        assert edit_product(work, "TOQUE-RED", {"hts": "6505009076"}, by=sam).changed == []
    with one_action(store.engine) as work:
        assert find_products(work, missing_only=True).missing == 2


def test_a_packer_or_a_driver_may_not_edit(store: Store, admin: Person) -> None:
    for name, role in (("Pat Packer", "packer"), ("Dee Driver", "driver")):
        with one_action(store.engine, immediate=True) as uow:
            person = add_user(uow, name, role, "1111", by=admin)
        with pytest.raises(AccessRefused, match="editing the catalog needs a supervisor"):
            with one_action(store.engine, immediate=True) as uow:
                edit_product(uow, "TOQUE-RED", {"hts": "6505009076"}, by=person)
    with one_action(store.engine) as uow:
        assert find_products(uow, "TOQUE").rows[0].hts is None


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ({"hts": "6505"}, "hts: '6505' is not a 10-digit HTS number"),
        ({"hts": "9903.88.0015"}, "hts: '9903.88.0015' is a chapter 99 number"),
        ({"origin": "XX"}, "origin: 'XX' is not an ISO 3166 two-letter country code"),
        ({"unit_value_cents": "twelve"}, "unit_value: "),
        ({"description": "  "}, "description: required"),
        ({"flags": "FRAGILE"}, "flags: unknown flag FRAGILE"),
    ],
)
def test_a_wrong_field_is_named_and_nothing_changes(
    store: Store, admin: Person, typed: dict[str, str], message: str
) -> None:
    with pytest.raises(UserError, match="^" + message.replace("(", r"\(")):
        with one_action(store.engine, immediate=True) as work:
            edit_product(work, "TOQUE-RED", typed, by=admin)
    with UnitOfWork(store.engine) as uow:
        assert (
            uow.session.scalars(
                select(AuditEntry.id).where(AuditEntry.action == "product.edit")
            ).all()
            == []
        )


def test_a_parcel_held_for_its_missing_hts_is_judged_again_when_it_is_given(
    store: Store,
) -> None:
    from datetime import date

    from s321_desk.services.admin.rules_and_rates import set_fx_rate
    from s321_desk.services.lookup.history import parcel_history
    from s321_desk.services.packing.pack import pack_order
    from tests.conftest import first_admin
    from tests.ui.conftest import seed

    admin = first_admin(store)
    seed(store)  # its products have no HTS number and no origin
    with one_action(store.engine, immediate=True) as work:
        set_fx_rate(work, "CAD", "0.7312", date(2020, 1, 1), "Bank of Canada", by=admin)
    closed = pack_order(store.engine, "#1002")  # one toque
    with UnitOfWork(store.engine) as uow:
        parcel = uow.session.get(Parcel, closed.parcel.parcel_id)
        assert parcel is not None
        code = parcel.code

    def codes() -> set[str]:
        with one_action(store.engine) as uow:
            history = parcel_history(uow, code)
        return {finding.code for finding in history.verdicts[-1].findings}

    assert {"MISSING_HTS", "MISSING_ORIGIN"} <= codes()
    with one_action(store.engine, immediate=True) as work:
        edited = edit_product(work, "TOQUE-RED", {"hts": "6505.00.9076"}, by=admin)
    assert edited.rejudged == (code,)  # still held for its origin, a new verdict
    assert "MISSING_HTS" not in codes() and "MISSING_ORIGIN" in codes()
    with one_action(store.engine, immediate=True) as work:
        edited = edit_product(work, "TOQUE-RED", {"origin": "CA"}, by=admin)
    assert edited.rejudged == (code,)
    assert not {"MISSING_HTS", "MISSING_ORIGIN"} & codes()
    # A description changes no verdict: nothing judged again.
    with one_action(store.engine, immediate=True) as work:
        assert edit_product(work, "TOQUE-RED", {"description": "Toque"}, by=admin).rejudged == ()
