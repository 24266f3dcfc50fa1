"""Four genuine Shopify exports from public repositories (tests/data/shopify/README.md), imported
whole: what the desk keeps and what it counts and leaves, checked against the file itself."""

from __future__ import annotations

import csv
import gzip
import io
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from s321_desk.domain.destinations import destination
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.store.database import Store
from s321_desk.store.models import Order, OrderLine
from s321_desk.store.uow import UnitOfWork
from tests.conftest import ROOT

SHOPIFY = ROOT / "tests" / "data" / "shopify"


def export(tmp_path: Path, name: str) -> Path:
    """The file as the store exported it (the menswear file is kept compressed)."""
    source = SHOPIFY / name
    if source.suffix != ".gz":
        return source
    target = tmp_path / source.stem
    target.write_bytes(gzip.decompress(source.read_bytes()))
    return target


def first_rows(path: Path) -> dict[str, dict[str, str]]:
    """Each order's first row, read with the csv module alone."""
    text = path.read_bytes().decode("utf-8-sig")
    orders: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(io.StringIO(text, newline="")):
        orders.setdefault(row["Name"], row)
    return orders


def stored(store: Store) -> tuple[int, int]:
    with UnitOfWork(store.engine) as uow:
        count = uow.session.scalar
        return (
            count(select(func.count()).select_from(Order)) or 0,
            count(select(func.count()).select_from(OrderLine)) or 0,
        )


def test_a_us_apparel_store_without_skus(store: Store) -> None:
    """78 columns, 2020-22, no SKU on any line, a tip line."""
    summary = import_orders(store.engine, SHOPIFY / "us_apparel_2020-2022.csv")
    assert (summary.orders, summary.lines, summary.not_shipped) == (81, 97, 1)
    assert summary.unknown_sku == 97  # no SKU: packing needs titles or a supervisor's count
    assert (summary.cancelled, summary.no_line_to_ship, summary.not_us_destination) == (0, 0, {})
    assert stored(store) == (81, 97)


def test_a_canadian_store_shipping_to_canada(store: Store) -> None:
    """79 columns, 2025, 20 orders all to Canada: none is the desk's."""
    summary = import_orders(store.engine, SHOPIFY / "ca_aquarium_2025.csv")
    assert (summary.orders, summary.not_us_destination) == (0, {"CA": 20})
    assert stored(store) == (0, 0)


def test_a_south_african_store_with_a_voucher_and_cancelled_orders(store: Store) -> None:
    """75 columns, 2021, ZAR: a gift voucher with no shipping address, cancelled orders."""
    path = SHOPIFY / "za_kids_2021.csv"
    rows = first_rows(path)
    summary = import_orders(store.engine, path)
    cancelled = sum(1 for row in rows.values() if row["Cancelled at"])
    assert (summary.cancelled, cancelled) == (2, 2)
    assert (summary.not_shipped, summary.no_line_to_ship) == (1, 1)  # the voucher
    assert summary.not_us_destination == {"ZA": 47}
    assert summary.orders == 0 and stored(store) == (0, 0)


@pytest.fixture(scope="module")
def menswear(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(tmp_path_factory.mktemp("menswear"), "us_menswear_2020-2023.csv.gz")


def test_a_us_menswear_store_of_4936_orders_to_25_countries(store: Store, menswear: Path) -> None:
    """Five voided 2020 test orders without an address, Dubai without a ZIP, ZIP+4, ZIPs
    written '90503, CRLF inside notes: the whole file imports, every skip counted."""
    rows = first_rows(menswear)
    assert len(rows) == 4936
    summary = import_orders(store.engine, menswear)
    cancelled = {name for name, row in rows.items() if row["Cancelled at"]}
    abroad = Counter(
        destination(row["Shipping Country"], row["Shipping Province"])
        for name, row in rows.items()
        if name not in cancelled
    )
    del abroad[None]
    assert summary.cancelled == len(cancelled) == 171
    assert summary.not_us_destination == dict(abroad)
    assert sum(abroad.values()) == 146 and len(abroad) == 25  # CA 37, AU 27, GB 26, ...
    assert (summary.orders, summary.lines, summary.not_shipped) == (4619, 7425, 1)
    assert summary.orders + summary.cancelled + sum(abroad.values()) == len(rows)
    assert stored(store) == (4619, 7425)
    with UnitOfWork(store.engine) as uow:
        zips = Counter(
            len(code) for code in uow.session.scalars(select(Order.postal_code).distinct())
        )
        notes = uow.session.scalars(select(Order.notes).where(Order.notes.like("%\r\n%"))).all()
    assert set(zips) == {5, 10}  # ZIP and ZIP+4, the spreadsheet's apostrophe gone
    assert notes  # notes over several lines, kept as written


def test_the_menswear_skus_go_into_the_catalog_as_written(store: Store, menswear: Path) -> None:
    """812 of its 1,971 SKUs hold spaces (804 of 1,956 on orders not cancelled), some accents
    (`1008V72205_VELVET CAFÉ_36`): a catalog of them imports, and every order line finds its
    product."""
    skus: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(menswear.read_bytes().decode("utf-8-sig"))):
        if row["Lineitem sku"].strip():
            skus.setdefault(row["Lineitem sku"].strip(), row["Lineitem name"])
    spaced = [sku for sku in skus if " " in sku]
    accented = [sku for sku in skus if not sku.isascii()]
    assert (len(skus), len(spaced)) == (1971, 812)
    assert "1008V72205_VELVET CAFÉ_36" in accented
    catalog = io.StringIO()
    writer = csv.writer(catalog)
    writer.writerow(["sku", "description", "hts", "origin", "unit_value", "currency"])
    for sku, name in skus.items():
        writer.writerow([sku, name, "6203.42.4011", "IT", "100.00", "USD"])
    path = menswear.with_name("catalog.csv")
    path.write_text(catalog.getvalue(), encoding="utf-8")
    assert import_catalog(store.engine, path).products == 1971
    summary = import_orders(store.engine, menswear)
    assert summary.unknown_sku == 0  # every line's SKU is a product of the catalog
