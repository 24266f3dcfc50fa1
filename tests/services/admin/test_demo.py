"""The demo database holds what the issue promised a tester: realistic goods and troubles."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

import pytest
from sqlalchemy import select

from s321_desk.services.admin.demo import create_demo_database
from s321_desk.store.database import open_store
from s321_desk.store.models import FxRate, Order, OrderLine, Product
from s321_desk.store.uow import UnitOfWork, one_action


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    path = create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    store = open_store(path)
    try:
        with UnitOfWork(store.engine) as uow:
            return {
                "products": list(uow.session.scalars(select(Product))),
                "orders": list(uow.session.scalars(select(Order))),
                "lines": list(uow.session.scalars(select(OrderLine))),
                "fx": list(uow.session.scalars(select(FxRate))),
            }
    finally:
        store.dispose()


def usd_totals(demo: dict[str, list]) -> dict[str, Decimal]:
    rate = {fx.currency: fx.rate_to_usd for fx in demo["fx"]} | {"USD": Decimal(1)}
    by_id = {order.id: order for order in demo["orders"]}
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for line in demo["lines"]:
        order = by_id[line.order_id]
        cents = line.quantity * line.unit_price_cents - line.discount_cents
        totals[order.name] += Decimal(cents) / 100 * rate[order.currency]
    return totals


def test_the_catalog_covers_the_trade(demo: dict[str, list]) -> None:
    products = demo["products"]
    assert len(products) >= 40
    flags = {flag for p in products for flag in p.flags.split(";") if flag}
    assert {"PGA_FDA", "PGA_CPSC", "ALCOHOL", "ADCVD"} <= flags
    assert {"CA", "MX", "VN", "CN"} <= {p.origin for p in products}
    assert any(p.hts is None for p in products)
    assert any("maple" in p.description.lower() and "PGA_FDA" in p.flags for p in products)
    # the drawback report's import reference, where known (written plain, spaced, hyphenated)
    known = {p.sku: p.import_transaction for p in products if p.import_transaction}
    assert len(known) == 6 and all(re.fullmatch(r"\d{14}", n) for n in known.values())
    assert known["SPK-BT-MINI"] == "61234000190457" and known["PWB-10K"] == "61234000203134"


def test_the_orders_carry_the_troubles(demo: dict[str, list]) -> None:
    orders = demo["orders"]
    assert len(orders) >= 200
    days = {order.created_at.date() for order in orders}
    assert len(days) >= 5
    assert {"CAD", "USD"} <= {order.currency for order in orders}
    totals = usd_totals(demo)
    assert sum(1 for total in totals.values() if total > 800) >= 3
    assert sum(1 for total in totals.values() if total > 2500) >= 1
    names = [order.recipient_name for order in orders] + [o.company or "" for o in orders]
    assert any("&" in name for name in names) and any("<" in name for name in names)
    assert any(not name.isascii() for name in names)
    assert any(len(name) >= 40 for name in names)
    assert any(order.postal_code.startswith("0") for order in orders)
    skus = {p.sku for p in demo["products"]}
    assert any(line.sku not in skus for line in demo["lines"])


def _street(order: Order) -> tuple[str, str]:
    number = re.match(r"\d+", order.address1)
    return (number.group() if number else order.address1, order.postal_code[:5])


def test_one_address_several_spellings_and_several_people(demo: dict[str, list]) -> None:
    by_address: dict[tuple[str, str], set[str]] = defaultdict(set)
    for order in demo["orders"]:
        by_address[_street(order)].add(order.recipient_name)
    shared = [names for names in by_address.values() if len(names) > 1]
    surnames = [{n.split()[-1].upper().replace("'", "") for n in names} for names in shared]
    assert any(len(s) == 1 for s in surnames)  # one family name written more than one way...
    assert sum(1 for names in shared if len(names) > 1) >= 4  # ...and people sharing a door


def test_every_demo_user_signs_in_by_name_and_by_badge(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from s321_desk.services.admin.demo import DEMO_USERS
    from s321_desk.services.admin.users import sign_in

    store = open_store(create_demo_database(tmp_path / "demo.sqlite3"))
    try:
        for name, role, pin, badge in DEMO_USERS:
            with one_action(store.engine, immediate=True) as uow:
                assert sign_in(uow, name, pin).role == role
            with one_action(store.engine, immediate=True) as uow:
                assert sign_in(uow, badge, pin).name == name
    finally:
        store.dispose()


def test_the_sealed_trip_files_out_of_the_box(
    tmp_path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The demo's trip sealed for tomorrow, as a new user meets it on the command line: listed,
    nothing waiting for a decision, and every filing written and holding to the references."""
    import json

    from s321_desk.cli import main
    from tests.emanifest_validator import ace_csv_problems, borderconnect_problems, read_json

    path = create_demo_database(tmp_path / "demo.sqlite3")
    db = ["--db", str(path)]
    assert main([*db, "load", "list", "--status", "sealed", "--json"]) == 0
    [trip] = json.loads(capsys.readouterr().out)
    assert trip["parcels"] == 4 and trip["driver"] == "Dee Driver / Luc Gagnon"
    assert main([*db, "parcels", "list", "--needs-decision", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    monkeypatch.setenv("S321_PIN", "7777")
    for words in (
        ["borderconnect"],
        ["ace-csv"],
        ["entries"],
        ["entries", "--format", "json"],
        ["emanifest"],
    ):
        out = tmp_path / "-".join(w for w in words if not w.startswith("--"))
        exported = [words[0], trip["trip"], *words[1:], "--out", str(out)]
        assert main([*db, "--user", "Dee Driver", "export", *exported]) == 0, capsys.readouterr()
        assert out.stat().st_size > 0
    capsys.readouterr()
    assert borderconnect_problems(read_json(tmp_path / "borderconnect")) == []
    assert ace_csv_problems(tmp_path / "ace-csv") == []
    document = read_json(tmp_path / "borderconnect")
    commodities = [c for s in document["shipments"] for c in s["commodities"]]
    assert {c["hazmatDetails"]["unCode"] for c in commodities if "hazmatDetails" in c} == {"3480"}
    assert len(document["drivers"]) == 2 and document["trailers"][0]["number"] == "TR-9"
    entries = read_json(tmp_path / "entries-json")
    notices = [line["prior_notice"] for e in entries["entries"] for line in e["lines"]]
    assert len([n for n in notices if n]) == 2  # the two FDA parcels carry their notices
