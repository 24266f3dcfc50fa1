"""What real Shopify exports hold, one quirk a test: skipped before any check, orders for places
outside the US customs territory counted by place, SKUs with spaces and accents, lines without
a SKU matched by product title, refusals that name the order."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel.errors import ImportRefused
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Order, OrderLine, Product
from s321_desk.store.uow import UnitOfWork
from tests.conftest import write_csv
from tests.services.shopify_rows import PAID, item, order_rows, write_export

SHIRT = item("Oxford shirt - White / M", "89.00", sku="OX-WHT-M")


def stored(store: Store) -> dict[str, Order]:
    with UnitOfWork(store.engine) as uow:
        return {o.name: o for o in uow.session.scalars(select(Order))}


def skus(store: Store, name: str) -> list[str | None]:
    with UnitOfWork(store.engine) as uow:
        query = (
            select(OrderLine.sku).join(Order).where(Order.name == name).order_by(OrderLine.line_no)
        )
        return list(uow.session.scalars(query))


def counts(store: Store) -> tuple[int, int, int]:
    with UnitOfWork(store.engine) as uow:
        return tuple(  # type: ignore[return-value]
            uow.session.scalar(select(func.count()).select_from(t)) or 0
            for t in (Order, OrderLine, AuditEntry)
        )


def test_a_voided_test_order_without_an_address_is_skipped_unread(
    store: Store, tmp_path: Path
) -> None:
    """Five voided 2020 test orders blocked a 4,936-order export: a cancelled order's cells
    (no address, an unknown currency, a bad date) are never checked."""
    voided = {
        "Financial Status": "voided", "Currency": "XYZ", "Created at": "not a date",
        "Cancelled at": "2020-03-14 09:51:53 -0700", "Shipping Country": "",
    }  # fmt: skip
    path = write_export(
        tmp_path / "orders_export.csv",
        order_rows("#1001", voided, item("Test product", "free", quantity=0)),
        order_rows("#1002", PAID, SHIRT),
    )
    summary = import_orders(store.engine, path)
    assert (summary.orders, summary.cancelled) == (1, 1)
    assert list(stored(store)) == ["#1002"]


def test_a_gift_card_alone_is_an_order_with_no_line_to_ship(store: Store, tmp_path: Path) -> None:
    """A gift voucher bought alone has no shipping address at all: the order is counted and
    left, its address never checked; a tip line needs no shipping either."""
    no_address = {
        **PAID,
        "Shipping Name": "",
        "Shipping Address1": "",
        "Shipping City": "",
        "Shipping Zip": "",
        "Shipping Province": "",
        "Shipping Country": "",
    }
    path = write_export(
        tmp_path / "orders_export.csv",
        order_rows("#13580", no_address, item("Gift Voucher R500", "500.00", ships=False)),
        order_rows("#13581", PAID, SHIRT, item("Tip", "5.00", ships=False)),
    )
    summary = import_orders(store.engine, path)
    assert summary.as_dict() | {"file": ""} == {
        "orders": 1,
        "lines": 1,
        "already_present": 0,
        "unknown_sku": 1,
        "cancelled": 0,
        "not_shipped": 2,
        "no_line_to_ship": 1,
        "not_us_destination": {},
        "matched_by_title": 0,
        "format": "shopify",
        "file": "",
    }
    assert "1 order(s) with no line to ship skipped" in summary.sentence()
    assert skus(store, "#13581") == ["OX-WHT-M"]


def abroad(country: str, province: str = "", zip_code: str = "") -> dict[str, str]:
    return {
        **PAID,
        "Shipping Country": country,
        "Shipping Province": province,
        "Shipping Zip": zip_code,
        "Shipping City": "Somewhere",
    }


def test_orders_outside_the_us_customs_territory_are_counted_by_place(
    store: Store, tmp_path: Path
) -> None:
    """Tokyo and London were packed as US entries: now only the states, DC and Puerto Rico
    are the desk's. Dubai has no postal codes: simply an order abroad, never a refusal."""
    path = write_export(
        tmp_path / "orders_export.csv",
        order_rows("#5001", abroad("JP", "13", "150-0001"), SHIRT),
        order_rows("#5002", abroad("GB", "", "SW1A 1AA"), SHIRT),
        order_rows("#5003", abroad("AE", "DU"), SHIRT),  # no ZIP
        order_rows("#5004", abroad("CA", "BC", "V6B 1A1"), SHIRT, SHIRT),
        order_rows("#5005", abroad("CA", "ON", "M5V 2T6"), SHIRT),
        order_rows("#5006", abroad("VI", "", "00802"), SHIRT),  # St. Thomas, USVI
        order_rows("#5007", abroad("US", "GU", "96910"), SHIRT),  # Guam written as a US state
        order_rows("#5008", abroad("US", "AE", "09012"), SHIRT),  # APO Europe
        order_rows("#5009", abroad("PR", "", "'00907"), SHIRT),  # San Juan: inside
        order_rows("#5010", {**PAID, "Shipping Province": "DC", "Shipping Zip": "20001"}, SHIRT),
    )
    summary = import_orders(store.engine, path)
    assert summary.not_us_destination == {
        "AE": 1,
        "CA": 2,
        "GB": 1,
        "GU": 1,
        "JP": 1,
        "US-AE": 1,
        "VI": 1,
    }
    assert (summary.orders, summary.lines) == (2, 2)
    assert "8 order(s) shipping outside the US customs territory skipped (CA 2, AE 1, GB 1" in (
        summary.sentence()
    )
    got = stored(store)
    assert sorted(got) == ["#5009", "#5010"]
    san_juan = got["#5009"]  # Shopify's country PR is a US address to USPS: state PR
    assert (san_juan.country, san_juan.state, san_juan.postal_code) == ("US", "PR", "00907")


def test_a_canadian_stores_file_imports_nothing_and_says_why(store: Store, tmp_path: Path) -> None:
    path = write_export(
        tmp_path / "orders_export.csv",
        *(order_rows(f"#{n}", abroad("CA", "ON", "K1A 0B1"), SHIRT) for n in range(1058, 1078)),
    )
    before = counts(store)
    summary = import_orders(store.engine, path)
    assert (summary.orders, summary.not_us_destination) == (0, {"CA": 20})
    assert counts(store) == before  # nothing stored, nothing audited


def test_an_order_abroad_is_not_checked_either(store: Store, tmp_path: Path) -> None:
    """Its cells are the other country's business: a 12-digit ZIP, no name, a bad price."""
    odd = {**abroad("JP", "", "1500001234567"), "Shipping Name": ""}
    path = write_export(
        tmp_path / "orders_export.csv",
        order_rows("#6001", odd, item("Wool coat", "expensive")),
        order_rows("#6002", PAID, SHIRT),
    )
    assert import_orders(store.engine, path).not_us_destination == {"JP": 1}


def test_skus_with_spaces_and_accents_are_kept_as_the_store_wrote_them(
    store: Store, tmp_path: Path
) -> None:
    """A menswear store's SKUs: 804 of 1,956 hold spaces, some accents; the catalog takes them."""
    catalog = write_csv(
        tmp_path / "catalog.csv",
        "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode\n"
        "1026V72429_VELVET NIGHT_38,Velvet slipper night 38,6404.19.3960,IT,420.00,USD,0.9,,\n"
        "1008V72205_VELVET CAFÉ_36,Velvet slipper café 36,6404.19.3960,IT,420.00,USD,0.9,,\n",
    )
    assert import_catalog(store.engine, catalog).products == 2
    path = write_export(
        tmp_path / "orders_export.csv",
        order_rows(
            "#5026",
            PAID,
            item("Velvet Slipper - Night / 38", "420.00", sku="1026V72429_VELVET NIGHT_38"),
            item(
                "Velvet Slipper - Café / 36", "420.00", sku="1008V72205_VELVET CAF\u0045\u0301_36"
            ),
        ),  # É as E + accent
    )
    summary = import_orders(store.engine, path)
    assert summary.unknown_sku == 0
    assert skus(store, "#5026") == ["1026V72429_VELVET NIGHT_38", "1008V72205_VELVET CAFÉ_36"]


def test_a_sku_that_is_no_printable_text_is_refused_naming_the_order(
    store: Store, tmp_path: Path
) -> None:
    path = write_export(
        tmp_path / "orders_export.csv",
        order_rows("#5026", PAID, item("Velvet Slipper", "420.00", sku="VEL\u200bVET")),
    )
    with pytest.raises(ImportRefused) as refused:
        import_orders(store.engine, path)
    assert refused.value.problems == [
        f"{path}:2 (order #5026): Lineitem sku: an invisible or control character (U+200B ZERO "
        "WIDTH SPACE) at character 4: remove it and import the file again"
    ]


def test_every_refusal_names_its_order(store: Store, tmp_path: Path) -> None:
    """A problem on an order's second row names the order: the row itself holds only its name
    and line; a problem of the order's columns is at its first row."""
    broken = {**PAID, "Shipping Zip": "9822"}
    path = write_export(
        tmp_path / "orders_export.csv",
        order_rows("#5026", PAID, SHIRT, item("Oxford shirt - Blue / L", "ninety")),
        order_rows("#5027", broken, SHIRT),
    )
    with pytest.raises(ImportRefused) as refused:
        import_orders(store.engine, path)
    assert refused.value.problems == [
        f"{path}:3 (order #5026): Lineitem price: 'ninety' is not a number",
        f"{path}:4 (order #5027): Shipping Zip: '9822' is not a US ZIP code (5 digits or ZIP+4; "
        "a spreadsheet may have dropped a leading zero)",
    ]


CATALOG_TITLED = (
    "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode,store_title\n"
    "TEE-FOX-M,Fox tee M,6109.10.0012,CA,30.00,CAD,0.2,,,Fox Tee - Medium\n"
    "HAT-WOOL,Wool hat,6505.00.9040,CA,25.00,CAD,0.1,,,Wool Hat\n"
)


def test_a_line_without_a_sku_takes_the_sku_of_the_product_titled_as_it(
    store: Store, tmp_path: Path
) -> None:
    """Two of four real stores export no SKU at all: the catalog's store title (Shopify's
    "Lineitem name") gives the line its product, whether the catalog comes first or after."""
    import_catalog(store.engine, write_csv(tmp_path / "catalog.csv", CATALOG_TITLED))
    path = write_export(
        tmp_path / "orders_export.csv",
        order_rows("#1101", PAID, item("fox tee  -  medium", "30.00"), item("Gift wrap", "4.00")),
    )
    summary = import_orders(store.engine, path)
    assert (summary.matched_by_title, summary.unknown_sku) == (1, 1)
    assert skus(store, "#1101") == ["TEE-FOX-M", None]
    # The next order was imported before its catalog row: the catalog import matches it.
    later = write_export(tmp_path / "later.csv", order_rows("#1102", PAID, item("Beanie", "9")))
    import_orders(store.engine, later)
    beanie = CATALOG_TITLED + "BEANIE-RED,Red beanie,6505.00.9040,CA,9.00,CAD,0.1,,,Beanie\n"
    result = import_catalog(store.engine, write_csv(tmp_path / "catalog2.csv", beanie))
    assert (result.products, result.lines_matched) == (1, 1)
    assert "1 order line(s) without a SKU matched to a product by its store title." in (
        result.sentence()
    )
    assert skus(store, "#1102") == ["BEANIE-RED"]
    assert skus(store, "#1101") == ["TEE-FOX-M", None]  # gift wrap: no product is titled so


def test_a_store_title_names_one_product(store: Store, tmp_path: Path) -> None:
    import_catalog(store.engine, write_csv(tmp_path / "catalog.csv", CATALOG_TITLED))
    twice = (
        CATALOG_TITLED + "TEE-FOX-L,Fox tee L,6109.10.0012,CA,30.00,CAD,0.2,,,FOX TEE - MEDIUM\n"
    )
    taken = CATALOG_TITLED.splitlines()[0] + "\nTEE-FOX-S,Fox tee S,,,30.00,CAD,,,,Wool hat\n"
    with pytest.raises(ImportRefused) as refused:
        import_catalog(store.engine, write_csv(tmp_path / "twice.csv", twice))
    assert refused.value.problems[0].endswith(
        ":4: store_title: 'FOX TEE - MEDIUM' already given on line 2: a store title names one "
        "product"
    )
    with pytest.raises(ImportRefused) as refused:
        import_catalog(store.engine, write_csv(tmp_path / "taken.csv", taken))
    assert refused.value.problems[0].endswith(
        ":2: store_title: 'Wool hat' is already the store title of SKU HAT-WOOL"
    )
    # A file without the column leaves the titles as they are.
    plain = "sku,description,unit_value,currency\nHAT-WOOL,Wool hat (grey),25.00,CAD\n"
    import_catalog(store.engine, write_csv(tmp_path / "plain.csv", plain))
    with UnitOfWork(store.engine) as uow:
        hat = uow.session.scalars(select(Product).where(Product.sku == "HAT-WOOL")).one()
    assert (hat.description, hat.store_title) == ("Wool hat (grey)", "Wool Hat")
