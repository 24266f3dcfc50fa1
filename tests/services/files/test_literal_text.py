"""Text that is markup, a spreadsheet formula or SQL is data, on both backends: imported,
stored, searched, printed on the label, the invoice and the manifest, and written to the
e-manifest exactly as given (a formula shown as text in its CSV); every CSV the desk writes
goes through the one spreadsheet-safe writer."""

from __future__ import annotations

import ast
import csv
import io
import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from s321_desk.services.admin.rules_and_rates import set_fx_rate
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.csv_writer import FORMULA_STARTS
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.filing.emanifest import export_emanifest
from s321_desk.services.loads.crew_records import add_driver
from s321_desk.services.loads.trips import add_parcels, close_load, create_load
from s321_desk.services.lookup.history import find_parcels, parcel_history
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.services.papers.to_file import print_invoice, print_label, print_manifest
from s321_desk.store.database import Store
from s321_desk.store.models import Load, Order, OrderLine, Parcel, Product
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import ROOT, write_csv
from tests.crew_records import CREW, DEE, add_crew, give_prior_notices, manager
from tests.services.papers.test_printing import (
    ARRIVAL,
    HEADER,
    SETTINGS,
    configure,
    pdf_text,
    supervisor,
)

DROP = "'; DROP TABLE parcels; --"


@dataclass(frozen=True)
class Hostile:
    """One order whose every free-text field is markup, a formula or SQL."""

    order: str
    name: str
    company: str
    address: str
    line: str
    sku: str


ORDERS = (
    Hostile(
        DROP, "@SUM(1)", "<b>Bold</b> &amp; Co", "+1 Elm St; -- '", "=cmd|' /C calc'!A0", "MUG"
    ),
    Hostile("#3002", "100% Real_ \\ Ann", "-2", DROP, "-2 Scarf % _ \\ <i>", "SCARF"),
)
PRODUCTS = {"MUG": "<b>Mug</b> &amp; lid", "SCARF": "Robert'); DROP TABLE products; --"}
# A driver's names as the records take them (one line, 30 characters each) and a seal as the
# e-manifest takes it (15 characters, no space): still text a spreadsheet would run.
FIRST, LAST = "@SUM(1) <b>Dee</b>", "=1+1 & 'Driver'"
DRIVER = f"{FIRST} {LAST}"
SEAL = "+SEAL';--<b>&"


def _quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


def _orders_csv() -> str:
    rows = [
        [
            o.order,
            "CAD",
            "2026-11-16 09:00:00 -0500",
            "",
            "",
            "",
            "1",
            o.line,
            "18.00",
            o.sku,
            o.name,
            o.company,
            o.address,
            "Buffalo",
            "14202",
            "NY",
            "US",
        ]
        for o in ORDERS
    ]
    return HEADER + "".join(",".join(_quoted(c) for c in row) + "\n" for row in rows)


def _catalog_csv() -> str:
    head = "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode\n"
    rows = [
        f"MUG,{_quoted(PRODUCTS['MUG'])},6912.00.4810,CA,18.00,CAD,0.400,,",
        f"SCARF,{_quoted(PRODUCTS['SCARF'])},6117.10.6020,CN,35.00,CAD,0.150,,",
    ]
    return head + "\n".join(rows) + "\n"


Sealed = tuple[Store, list[str], str]  # the store, its parcel ids, the trip


@pytest.fixture
def sealed(store: Store, tmp_path: Path) -> Sealed:
    """Both orders imported from files, packed, on a sealed truck with hostile plates."""
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", _catalog_csv()))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", _orders_csv()))
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", date(2025, 1, 1), "CBP Q4 test")
    configure(store, **SETTINGS)
    codes = []
    for hostile in ORDERS:
        with one_action(store.engine, immediate=True) as uow:
            parcel = open_parcel(uow, hostile.order)
        fill_parcel(store.engine, parcel)
        with one_action(store.engine, immediate=True, durable=True) as uow:
            closed = close_parcel(uow, parcel, crossing=ARRIVAL, port_code="0901")
        with one_action(store.engine) as uow:
            codes.append(parcel_view(uow, str(closed.parcel.parcel_id)).parcel_id)
    add_crew(store.engine)
    with one_action(store.engine, immediate=True) as uow:
        add_driver(
            uow,
            "D-66",
            {**DEE[1], "first_name": FIRST, "last_name": LAST},
            by=manager(store.engine),
        )
    with one_action(store.engine, immediate=True) as uow:
        load = create_load(
            uow,
            scac="ABCD",
            port_code="0901",
            arrival=ARRIVAL,
            crew=replace(CREW, driver="D-66"),
        )
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, load.trip_number, codes)
    supervisor(store)
    give_prior_notices(store.engine, load.trip_number)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, load.trip_number, seal=SEAL, user="Dee Driver", pin="7777")
    return store, codes, load.trip_number


def flat(text: str) -> str:
    """Whitespace as one space: a PDF breaks and a control character prints as a space."""
    return " ".join(text.split())


def test_the_text_is_stored_as_given_and_the_tables_are_intact(sealed: Sealed) -> None:
    store, codes, trip = sealed
    with UnitOfWork(store.engine) as uow:
        session = uow.session
        counts = {
            model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (Order, OrderLine, Product, Parcel, Load)
        }
        orders = {o.name: o for o in session.scalars(select(Order))}
        lines = {line.sku: line.description for line in session.scalars(select(OrderLine))}
        products = {p.sku: p.description for p in session.scalars(select(Product))}
        load = session.scalars(select(Load)).one()
    assert counts == {"Order": 2, "OrderLine": 2, "Product": 2, "Parcel": 2, "Load": 1}
    for hostile in ORDERS:
        order = orders[hostile.order]
        stored = (order.recipient_name, order.company, order.address1, lines[hostile.sku])
        assert stored == (hostile.name, hostile.company, hostile.address, hostile.line)
    assert products == PRODUCTS
    assert (load.driver_name, load.tractor_plate, load.trailer_plate, load.seal) == (
        DRIVER,
        "ON PR4512",
        "ON T1234X",
        SEAL,
    )
    assert load.trip_number == trip and len(codes) == 2


@pytest.mark.parametrize(
    ("typed", "orders"),
    [
        ("@SUM(1)", {DROP}),
        ("100% Real_ \\", {"#3002"}),
        ("%", {"#3002"}),
        ("_", {"#3002"}),
        ("\\", {"#3002"}),
        ("' OR 1=1 --", set()),
        (DROP, {DROP}),  # the order's name, found as typed
        ("'; DROP TABLE", {DROP}),
    ],
)
def test_a_search_takes_the_text_literally(sealed: Sealed, typed: str, orders: set[str]) -> None:
    store, _, _ = sealed
    with one_action(store.engine) as uow:
        assert {hit.order for hit in find_parcels(uow, typed)} == orders


def test_the_history_shows_the_order_as_given(sealed: Sealed) -> None:
    store, codes, _ = sealed
    with one_action(store.engine) as uow:
        history = parcel_history(uow, codes[0])
    assert history.order is not None and history.order.name == DROP


def test_label_invoice_and_manifest_print_the_text_literally(
    sealed: Sealed, tmp_path: Path
) -> None:
    store, codes, trip = sealed
    for code, hostile in zip(codes, ORDERS, strict=True):
        with one_action(store.engine, immediate=True) as uow:
            print_label(uow, code, tmp_path / "label.pdf")
        label = flat(" ".join(pdf_text(tmp_path / "label.pdf")))
        for text in (hostile.order, hostile.name, hostile.company, hostile.address):
            assert flat(text) in label, text
        with one_action(store.engine, immediate=True) as uow:
            print_invoice(uow, code, tmp_path / "invoice.pdf")
        invoice = flat(" ".join(pdf_text(tmp_path / "invoice.pdf")))
        for text in (hostile.name, hostile.company, hostile.address, hostile.line):
            assert flat(text) in invoice, text
        for escaped in ("&amp;amp;", "&lt;", "&gt;", "&#39;", "&quot;"):
            assert escaped not in label and escaped not in invoice
    with one_action(store.engine, immediate=True) as uow:
        print_manifest(uow, trip, tmp_path / "manifest.pdf")
    manifest = flat(" ".join(pdf_text(tmp_path / "manifest.pdf")))
    for text in (*(o.name for o in ORDERS), *(o.line for o in ORDERS), DRIVER, SEAL):
        assert flat(text) in manifest, text
    assert "&lt;" not in manifest and "&amp;amp;" not in manifest


def _shown_as_text(value: str) -> str:
    """What a spreadsheet-safe CSV holds for a text: a formula behind a single quote."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def test_the_emanifest_csv_shows_formulas_as_text_and_the_json_keeps_them(
    sealed: Sealed, tmp_path: Path
) -> None:
    store, _, trip = sealed
    with one_action(store.engine, immediate=True) as uow:
        out = export_emanifest(uow, trip, tmp_path / "e.csv").file
    raw = out.read_bytes().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline=""), strict=True))
    assert len(rows) == 2
    for row, hostile in zip(rows, ORDERS, strict=True):
        given = {"order": hostile.order, "consignee_name": hostile.name,
                 "consignee_company": hostile.company, "consignee_address1": hostile.address,
                 "description": hostile.line, "driver_first_name": FIRST,
                 "driver_last_name": LAST, "seal": SEAL}  # fmt: skip
        assert {column: row[column] for column in given} == {
            column: _shown_as_text(value) for column, value in given.items()
        }
        for value in row.values():
            assert not value.startswith(FORMULA_STARTS), value
    assert "\"'=cmd|' /C calc'!A0\"" in raw and "'@SUM(1) <b>Dee</b>" in raw
    with one_action(store.engine, immediate=True) as uow:
        document = json.loads(
            export_emanifest(uow, trip, tmp_path / "e.json", fmt="json").file.read_bytes()
        )
    assert document["load"]["crew"]["drivers"][0]["first_name"] == FIRST
    consignees = [s["consignee"] for s in document["shipments"]]
    assert [c["name"] for c in consignees] == [o.name for o in ORDERS]
    assert [s["lines"][0]["description"] for s in document["shipments"]] == [o.line for o in ORDERS]


def test_every_csv_the_desk_writes_goes_through_the_one_writer() -> None:
    """Only the importers' reader uses the csv module; every export goes through csv_export
    (a csv.writer elsewhere would skip the formula guard)."""
    users = set()
    for path in (ROOT / "s321_desk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if "csv" in names:
                users.add(path.relative_to(ROOT).as_posix())
    assert users == {"s321_desk/services/files/csv_reader.py"}
    for export in ("filing/emanifest", "files/drawback", "files/daily_records"):
        source = (ROOT / "s321_desk" / "services" / f"{export}.py").read_text(encoding="utf-8")
        assert "from s321_desk.services.files.csv_writer import" in source, export
