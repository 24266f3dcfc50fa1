"""Orders import: Shopify's export and the native CSV, all or nothing, idempotent."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from s321_desk.services.admin.settings import set_setting
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel.errors import ImportRefused, UserError
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Order, OrderLine
from s321_desk.store.uow import UnitOfWork
from tests.conftest import write_csv

# A Shopify export as the shop writes it: columns the desk ignores, order columns on the first
# row of an order only, a quoted comma in an address, a newline inside the notes.
SHOPIFY_HEADER = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
    "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
    "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,"
    "Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,"
    "Billing Name,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,"
    "Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,"
    "Shipping Phone,Notes,Cancelled at,Id\n"
)
ORDER_1001 = (
    "#1001,zoe@example.com,paid,2026-11-16 09:14:03 -0500,unfulfilled,,no,CAD,93.00,12.00,0.00,"
    "105.00,,0.00,Standard,2026-11-16 09:14:03 -0500,2,Cotton T-shirt - M / Black,24.50,,"
    "TS-COT-BLK-M,true,true,pending,Zoë O'Brien-Müller,Zoë O'Brien-Müller,"
    '"12 Elm Street, Apt 3","12 Elm Street, Apt 3",,A & B <Ltd>,Boston,02134,MA,US,'
    '617-555-0100,"Leave at the door,\nplease",,5550001001\n'
    "#1001,,,,,,,,,,,,,,,,1,Maple syrup 500 ml,44.00,,SYR-MAPLE-500,true,true,pending,,,,,,,,,,,"
    ",,,\n"
)
ORDER_1002 = (
    "#1002,jon@example.com,paid,,unfulfilled,,no,USD,950.00,0.00,0.00,950.00,FALL10,"
    "95.00,Standard,2026-11-17 22:05:00 -0800,1,Laptop 14 in,950.00,,NOT-IN-CATALOG,true,true,"
    "pending,Jon Smith,Jon Smith,,123 Maple St,#4B,,Bellingham,98225-1234,wa,US,,,,5550001002\n"
    "#1002,,,,,,,,,,,,,,,,1,Gift card,25.00,,GIFT-25,false,false,,,,,,,,,,,,,,,\n"
)
ORDER_1003_CANCELLED = (
    "#1003,x@example.com,voided,,unfulfilled,,no,CAD,10.00,0.00,0.00,10.00,,0.00,Standard,"
    "2026-11-18 10:00:00 -0500,1,Socks,10.00,,SOCK-1,true,true,pending,X,X,,1 Main St,,,"
    "Buffalo,14201,NY,US,,,2026-11-18 11:00:00 -0500,5550001003\n"
)
SHOPIFY = SHOPIFY_HEADER + ORDER_1001 + ORDER_1002 + ORDER_1003_CANCELLED


def orders(store: Store) -> dict[str, Order]:
    with UnitOfWork(store.engine) as uow:
        return {o.name: o for o in uow.session.scalars(select(Order))}


def lines(store: Store, name: str) -> list[OrderLine]:
    with UnitOfWork(store.engine) as uow:
        query = select(OrderLine).join(Order).where(Order.name == name).order_by(OrderLine.line_no)
        return list(uow.session.scalars(query))


def count(store: Store, table: type) -> int:
    with UnitOfWork(store.engine) as uow:
        return uow.session.scalar(select(func.count()).select_from(table)) or 0


def test_a_shopify_export_is_read_as_the_shop_wrote_it(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "orders_export.csv", SHOPIFY, bom=True, crlf=True)
    summary = import_orders(store.engine, path)
    assert summary.as_dict() == {
        "orders": 2,
        "lines": 3,
        "already_present": 0,
        "unknown_sku": 3,
        "cancelled": 1,
        "not_shipped": 1,
        "no_line_to_ship": 0,
        "not_us_destination": {},
        "matched_by_title": 0,
        "format": "shopify",
        "file": str(path),
    }
    got = orders(store)
    zoe = got["#1001"]
    assert zoe.recipient_name == "Zoë O'Brien-Müller"
    assert zoe.company == "A & B <Ltd>"
    assert (zoe.address1, zoe.address2) == ("12 Elm Street, Apt 3", None)
    assert (zoe.city, zoe.state, zoe.postal_code, zoe.country) == ("Boston", "MA", "02134", "US")
    assert zoe.notes == "Leave at the door,\r\nplease"  # the cell as written, CRLF kept
    assert zoe.currency == "CAD"
    assert zoe.created_at == datetime(2026, 11, 16, 14, 14, 3, tzinfo=UTC)
    assert (zoe.subtotal_cents, zoe.shipping_cents, zoe.total_cents) == (9300, 1200, 10500)
    assert zoe.source_format == "shopify" and zoe.source_file == str(path.resolve())
    assert [
        (ln.line_no, ln.sku, ln.description, ln.quantity, ln.unit_price_cents)
        for ln in lines(store, "#1001")
    ] == [
        (1, "TS-COT-BLK-M", "Cotton T-shirt - M / Black", 2, 2450),
        (2, "SYR-MAPLE-500", "Maple syrup 500 ml", 1, 4400),
    ]
    jon = got["#1002"]
    assert (jon.address1, jon.address2, jon.state, jon.postal_code) == (
        "123 Maple St",
        "#4B",
        "WA",
        "98225-1234",
    )
    assert (jon.currency, jon.discount_cents, jon.discount_code) == ("USD", 9500, "FALL10")
    assert jon.created_at == datetime(2026, 11, 18, 6, 5, tzinfo=UTC)
    assert [ln.sku for ln in lines(store, "#1002")] == ["NOT-IN-CATALOG"]  # the gift card is not
    assert "#1003" not in got


def test_importing_the_same_file_again_adds_and_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "orders_export.csv", SHOPIFY, bom=True, crlf=True)
    import_orders(store.engine, path)
    before = (
        {n: o.model_dump() for n, o in orders(store).items()},
        count(store, OrderLine),
        count(store, AuditEntry),
    )
    again = import_orders(store.engine, path)
    assert (again.orders, again.lines, again.already_present) == (0, 0, 2)
    after = (
        {n: o.model_dump() for n, o in orders(store).items()},
        count(store, OrderLine),
        count(store, AuditEntry),
    )
    assert after == before


def test_a_later_export_adds_only_the_new_orders(store: Store, tmp_path: Path) -> None:
    import_orders(store.engine, write_csv(tmp_path / "a.csv", SHOPIFY_HEADER + ORDER_1001))
    summary = import_orders(store.engine, write_csv(tmp_path / "b.csv", SHOPIFY))
    assert (summary.orders, summary.lines, summary.already_present) == (1, 1, 1)
    assert sorted(orders(store)) == ["#1001", "#1002"]


def test_columns_are_matched_by_name_in_any_order_and_currency_defaults(
    store: Store, tmp_path: Path
) -> None:
    text = (
        "Shipping Zip,Lineitem price,Name,Shipping Country,Lineitem name,Shipping City,"
        "Shipping Address1,Shipping Province,Lineitem quantity,Shipping Name\n"
        "05401,10.00,#2001,US,Mittens,Burlington,1 Church St,VT,3,Ann Lee\n"
    )
    with UnitOfWork(store.engine) as uow:
        set_setting(uow.session, "default_currency", "USD")
        uow.commit()
    summary = import_orders(store.engine, write_csv(tmp_path / "few.csv", text))
    assert (summary.orders, summary.lines) == (1, 1)
    order = orders(store)["#2001"]
    assert (order.postal_code, order.currency) == ("05401", "USD")
    assert [(ln.quantity, ln.unit_price_cents) for ln in lines(store, "#2001")] == [(3, 1000)]


BROKEN_ROWS = [
    (
        "#1001,,,,,,,,,,,,,,,,0,Socks,1.00,,S,true,,,,,,,,,,,,,,,,\n",
        "Lineitem quantity: '0' is not a positive whole number",
    ),
    (
        "#1001,,,,,,,,,,,,,,,,1.5,Socks,1.00,,S,true,,,,,,,,,,,,,,,,\n",
        "Lineitem quantity: '1.5' is not a positive whole number",
    ),
    (
        "#1001,,,,,,,,,,,,,,,,1,Socks,ten,,S,true,,,,,,,,,,,,,,,,\n",
        "Lineitem price: 'ten' is not a number",
    ),
    (
        "#1001,,,,,,,,,,,,,,,,1,,1.00,,S,true,,,,,,,,,,,,,,,,\n",
        "Lineitem name: required value is empty",
    ),
    (",,,,,,,,,,,,,,,,1,Socks,1.00,,S,true,,,,,,,,,,,,,,,,\n", "Name: required value is empty"),
    (
        "#1009,a@b.c,,,,,,CDN,,,,,,,,,1,Socks,1.00,,S,true,,,,A,,1 Main St,,,Erie,16501,PA,US,,,,\n",
        "Currency: unknown currency 'CDN'",
    ),
    (
        "#1009,a@b.c,,,,,,CAD,,,,,,,,yesterday,1,Socks,1.00,,S,true,,,,A,,1 Main St,,,Erie,16501,"
        "PA,US,,,,\n",
        "Created at: 'yesterday' is not a date and time",
    ),
    (
        "#1009,a@b.c,,,,,,CAD,,,,,,,,,1,Socks,1.00,,S,true,,,,A,,1 Main St,,,Boston,2134,MA,US,,,,\n",
        "Shipping Zip: '2134' is not a US ZIP code",
    ),
    (
        "#1009,a@b.c,,,,,,CAD,,,,,,,,,1,Socks,1.00,,S,true,,,,A,,1 Main St,,,Erie,16501,,US,,,,\n",
        "Shipping Province: required value is empty",
    ),
    (
        "#1009,a@b.c,,,,,,CAD,,,,,,,,,1,Socks,1.00,,S,true,,,,,,1 Main St,,,Erie,16501,PA,US,,,,\n",
        "Shipping Name: required value is empty",
    ),
    (
        "#1009,a@b.c,,,,,,CAD,,,,,,,,,1,Socks,1.00,,S,true,,,,A,,1 Main St,,,Erie,16501,PA,USA,,,,"
        "\n",
        "Shipping Country: 'USA' is not an ISO 3166 two-letter country code",
    ),
]


@pytest.mark.parametrize(("row", "expected"), BROKEN_ROWS)
def test_one_bad_row_refuses_the_file_and_leaves_the_store_as_it_was(
    store: Store, tmp_path: Path, row: str, expected: str
) -> None:
    import_orders(store.engine, write_csv(tmp_path / "first.csv", SHOPIFY_HEADER + ORDER_1002))
    before = (count(store, Order), count(store, OrderLine), count(store, AuditEntry))
    path = write_csv(tmp_path / "broken.csv", SHOPIFY + row, bom=True, crlf=True)
    with pytest.raises(ImportRefused) as refused:
        import_orders(store.engine, path)
    # Header on line 1, #1001 on 2-4 (its notes hold a newline), #1002 on 5-6, #1003 on 7:
    # the bad row is line 8.
    assert len(refused.value.problems) == 1, refused.value.problems
    name = row.split(",", 1)[0]  # the row's order, named with its line
    place = f"{path}:8 (order {name})" if name else f"{path}:8"
    assert refused.value.problems[0].startswith(f"{place}: {expected}")
    assert (count(store, Order), count(store, OrderLine), count(store, AuditEntry)) == before


def test_every_problem_is_listed_with_its_line(store: Store, tmp_path: Path) -> None:
    rows = "".join(row for row, _ in BROKEN_ROWS[:3])
    path = write_csv(tmp_path / "broken.csv", SHOPIFY + rows)
    with pytest.raises(ImportRefused) as refused:
        import_orders(store.engine, path)
    assert [p.split(": ", 2)[0:2] for p in refused.value.problems] == [
        [f"{path}:8 (order #1001)", "Lineitem quantity"],
        [f"{path}:9 (order #1001)", "Lineitem quantity"],
        [f"{path}:10 (order #1001)", "Lineitem price"],
    ]
    assert count(store, Order) == 0


def test_missing_required_columns_are_named(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", "Name,Lineitem quantity,Lineitem name\n#1,1,Socks\n")
    with pytest.raises(ImportRefused) as refused:
        import_orders(store.engine, path)
    assert f"{path}:1: Lineitem price: required column missing from the header" in (
        refused.value.problems
    )
    assert f"{path}:1: Shipping Zip: required column missing from the header" in (
        refused.value.problems
    )


def test_an_unknown_file_layout_is_refused(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", "a,b,c\n1,2,3\n")
    with pytest.raises(UserError, match=r"x\.csv:1: not an orders file"):
        import_orders(store.engine, path)


def test_a_file_that_is_not_utf8_is_refused_with_its_line(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(SHOPIFY_HEADER.encode() + ORDER_1002.encode() + "Zo\xeb\n".encode("latin-1"))
    with pytest.raises(UserError, match=r"latin1\.csv:4: not UTF-8 text"):
        import_orders(store.engine, path)


NATIVE = (
    "order,created_at,currency,recipient_name,company,address1,address2,city,state,postal_code,"
    "country,phone,email,sku,description,quantity,unit_price,line_discount\n"
    "N-1,2026-11-20T08:00:00-05:00,CAD,José Núñez,,9 Oak Ave,,Plattsburgh,NY,12901,US,,,"
    "TS-COT-BLK-M,T-shirt,2,24.50,\n"
    "N-1,,,,,,,,,,,,,SYR-MAPLE-500,Syrup,1,18.00,2.00\n"
    "N-2,2026-11-20 09:30,USD,Ann Lee,,1 Church St,,Burlington,VT,05401,US,,,X,Thing,1,5.00,\n"
)


def test_the_native_orders_csv(store: Store, tmp_path: Path) -> None:
    summary = import_orders(store.engine, write_csv(tmp_path / "native.csv", NATIVE))
    assert (summary.format, summary.orders, summary.lines) == ("native", 2, 3)
    got = orders(store)
    assert got["N-1"].recipient_name == "José Núñez"
    assert got["N-2"].created_at == datetime(2026, 11, 20, 14, 30, tzinfo=UTC)  # Toronto time
    assert [
        (ln.quantity, ln.unit_price_cents, ln.discount_cents) for ln in lines(store, "N-1")
    ] == [
        (2, 2450, 0),
        (1, 1800, 200),
    ]


def test_native_rows_of_one_order_must_agree(store: Store, tmp_path: Path) -> None:
    text = NATIVE + "N-1,,,Someone Else,,,,,,,,,,X,Thing,1,1.00,\n"
    path = write_csv(tmp_path / "native.csv", text)
    with pytest.raises(ImportRefused) as refused:
        import_orders(store.engine, path)
    assert refused.value.problems == [
        f"{path}:5 (order N-1): recipient_name: 'Someone Else' differs from 'José Núñez' on line "
        "2 of order N-1"
    ]


def test_a_zip_kept_as_text_by_a_spreadsheet_loses_its_apostrophe_not_its_zero(
    store: Store, tmp_path: Path
) -> None:
    text = (
        "Name,Lineitem quantity,Lineitem name,Lineitem price,Shipping Name,Shipping Address1,"
        "Shipping City,Shipping Zip,Shipping Province,Shipping Country,Currency\n"
        '#3001,1,Snowshoes,"1,234.50",Ann Lee,1 Church St,Burlington,\'05401,VT,US,CAD\n'
    )
    import_orders(store.engine, write_csv(tmp_path / "zip.csv", text))
    assert orders(store)["#3001"].postal_code == "05401"
    assert [ln.unit_price_cents for ln in lines(store, "#3001")] == [123450]
