"""The e-manifest export of a sealed load from a real store: every column is the store's, the
values add up to the invoices, written whole, audited."""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import re
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from s321_desk.services.admin.rules_and_rates import set_fx_rate
from s321_desk.services.filing.emanifest import COLUMNS, export_emanifest
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.trips import close_load
from s321_desk.services.papers import contents
from s321_desk.services.papers.to_file import print_invoice
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Load, Order, OrderLine, Parcel, ParcelItem, Product
from s321_desk.store.uow import UnitOfWork, one_action
from tests.crew_records import give_prior_notices
from tests.services.papers.test_printing import (  # noqa: F401  (fixtures)
    loaded,
    packed,
    pdf_text,
    supervisor,
)

Loaded = tuple[Store, list[str], str]  # the store, its parcel ids, the trip
MONEY = re.compile(r"-?\d+\.\d\d")


@pytest.fixture
def open_load(loaded: Loaded) -> Loaded:  # noqa: F811
    """The three parcels on a truck, decided, not sealed yet."""
    return loaded


@pytest.fixture
def sealed(loaded: Loaded) -> Loaded:  # noqa: F811
    store, codes, trip = loaded
    supervisor(store)
    give_prior_notices(store.engine, trip)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal="SEAL-0042", user="Dee Driver", pin="7777")
    return store, codes, trip


def read_rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == raw.count(b"\n")  # CRLF line ends only
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True)
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def exports(store: Store) -> list[AuditEntry]:
    with UnitOfWork(store.engine) as uow:
        query = select(AuditEntry).where(AuditEntry.action == "export.emanifest")
        return list(uow.session.scalars(query.order_by(col(AuditEntry.id))))


def stored_lines(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Each parcel's lines as the store holds them, read here on their own: (sku, description,
    units packed, hts, origin, unit price cents, line discount cents, units ordered, currency)."""
    with UnitOfWork(store.engine) as uow:
        rows = uow.session.exec(
            select(
                Parcel.code,
                OrderLine.sku,
                OrderLine.description,  # type: ignore[call-overload]
                func.sum(ParcelItem.quantity),
                Product.hts,
                Product.origin,
                OrderLine.unit_price_cents,
                OrderLine.discount_cents,
                OrderLine.quantity,
                Order.currency,
            )
            .join(ParcelItem, col(ParcelItem.parcel_id) == Parcel.id)
            .join(OrderLine, col(OrderLine.id) == ParcelItem.order_line_id)
            .join(Order, col(Order.id) == OrderLine.order_id)
            .join(Product, col(Product.sku) == OrderLine.sku)
            .group_by(col(Parcel.code), col(OrderLine.id), col(Order.id), col(Product.id))
            .order_by(col(Parcel.code), col(OrderLine.id))
        ).all()
    lines: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for code, *rest in rows:
        lines[code].append(tuple(rest))
    return lines


def invoice_totals(store: Store, trip: str) -> list[Decimal]:
    with UnitOfWork(store.engine) as uow:
        session = uow.session
        load = session.scalars(select(Load).where(Load.trip_number == trip)).one()
        packed = contents.load_parcels(session, load)
        groups = contents.consignees(session, packed)
        papers = contents.Papers(session)
        return [i.total_usd for i in contents.invoices(papers, groups, load)]


def shipment_values(rows: list[dict[str, str]]) -> dict[str, Decimal]:
    return {row["scn"]: Decimal(row["shipment_value_usd"]) for row in rows}


# -- CSV ----------------------------------------------------------------------------------------


def test_every_csv_column_is_the_stores(sealed: Loaded, tmp_path: Path) -> None:
    store, codes, trip = sealed
    out = tmp_path / "emanifest.csv"
    with one_action(store.engine, immediate=True) as work:
        exported = export_emanifest(work, trip, out)
    rows = read_rows(out)
    with UnitOfWork(store.engine) as uow:
        session = uow.session
        load = session.scalars(select(Load).where(Load.trip_number == trip)).one()
        parcels = {p.code: p for p in session.scalars(select(Parcel).order_by(col(Parcel.code)))}
        orders = {o.id: o for o in session.scalars(select(Order))}
    lines = stored_lines(store)
    assert [row["parcel_id"] for row in rows] == [c for c in codes for _ in lines[c]]
    for row in rows:
        assert (
            row["trip"],
            row["scac"],
            row["carrier"],
            row["port"],
            row["port_name"],
            row["planned_arrival"],
            row["seal"],
            row["load_status"],
        ) == (
            trip,
            "ABCD",
            "ABCD Transport Ltd.",
            "0901",
            "Buffalo-Niagara Falls, NY",
            "2026-11-17T14:00:00-05:00",
            "SEAL-0042",
            "sealed",
        )
        # the crew and vehicles from their records, as filed at the seal
        assert (
            row["truck_unit"],
            row["truck_vin"],
            row["truck_plate_state"],
            row["truck_plate"],
            row["trailer_number"],
            row["trailer_plate"],
        ) == ("T-12", "3AKJHHDR2LSLA4821", "ON", "PR4512", "TR-9", "T1234X")
        assert (
            row["driver_first_name"],
            row["driver_last_name"],
            row["driver_birth_date"],
            row["driver_document_type"],
            row["co_driver_number"],
        ) == ("Dee", "Driver", "1984-03-12", "ACW", "")
        assert f"{load.tractor_plate} / {load.trailer_plate}" == "ON PR4512 / ON T1234X"
        assert (row["ace_type"], row["province_of_loading"], row["shipper_city"]) == (
            "PAPS",
            "ON",
            "Mississauga",
        )
        parcel = parcels[row["parcel_id"]]
        order = orders[parcel.order_id]
        assert (row["scn"], row["order"], row["route"]) == (parcel.scn, order.name, parcel.route)
        assert row["scn"] == f"ABCD{parcel.code}"
        assert (row["shipper_name"], row["shipper_street"], row["shipper_postal_code"]) == (
            "Maple Border Fulfillment Inc.",
            "6400 Millcreek Dr",
            "L5N 3E7",
        )
        consignee = [order.recipient_name, order.company or "", order.address1,
                     order.address2 or "", order.city, order.state, order.postal_code,
                     order.country]  # fmt: skip
        expected_name = order.recipient_name
        if expected_name.startswith("="):  # shown as text in a spreadsheet
            consignee[0] = "'" + expected_name
        assert [
            row[f"consignee_{k}"]
            for k in (
                "name",
                "company",
                "address1",
                "address2",
                "city",
                "state",
                "postal_code",
                "country",
            )
        ] == consignee
        assert Decimal(row["shipment_weight_kg"]) * 1000 == parcel.weight_g
        assert re.fullmatch(r"\d+\.\d{3}", row["shipment_weight_kg"])
        sku, text, units, hts, origin, price, discount, ordered, currency = lines[parcel.code][
            int(row["line"]) - 1
        ]
        value = (Decimal(units * price) - Decimal(discount) * units / ordered) / 100
        first = row["line"] == "1"  # the box, counted once; its other lines in pieces
        assert (
            row["sku"],
            row["description"],
            int(row["items"]),
            row["hts"],
            row["origin"],
            Decimal(row["value"]),
            row["currency"],
        ) == (sku, text, units, hts, origin, value, currency)
        assert (int(row["quantity"]), row["unit"]) == ((1, "BOX") if first else (units, "PCS"))
        assert len(row["hts"]) >= 6 and row["hts"].isdigit()
        assert Decimal(row["value_usd"]) == (value * Decimal("0.7300")).quantize(Decimal("0.01"))
        for money in ("shipment_value_usd", "shipment_charges_usd", "value", "value_usd"):
            assert MONEY.fullmatch(row[money]), (money, row[money])
    assert exported.shipments == len(codes) == len({row["scn"] for row in rows})
    assert exported.lines == len(rows) and exported.fmt == "csv" and not exported.draft


def test_names_are_literal_and_a_formula_is_shown_as_text(sealed: Loaded, tmp_path: Path) -> None:
    store, _, trip = sealed
    out = tmp_path / "emanifest.csv"
    with one_action(store.engine, immediate=True) as uow:
        export_emanifest(uow, trip, out)
    rows = read_rows(out)
    names = {row["consignee_name"] for row in rows}
    assert names == {"Zoë O'Brien-Müller", "Zoe OBrien-Muller", '\'=HYPERLINK("http://x","y")'}
    assert {row["consignee_company"] for row in rows} == {"A & B <Ltd>", ""}
    assert 'Mug "Café & <Co>"' in {row["description"] for row in rows}
    assert "Zoë O'Brien-Müller".encode() in out.read_bytes()  # UTF-8, not escaped


def test_a_shipments_value_is_its_goods_and_the_charges_are_apart(
    sealed: Loaded, tmp_path: Path
) -> None:
    store, codes, trip = sealed
    out = tmp_path / "emanifest.csv"
    with one_action(store.engine, immediate=True) as work:
        exported = export_emanifest(work, trip, out)
    rows = read_rows(out)
    values = shipment_values(rows)
    # Zoë: 2 x 18.00 + 35.00 and 35.00 CAD (her freight 9.99 less a 5.00 discount apart);
    # the other: 18.00 CAD. One value per parcel: the goods', as the engine judged them.
    assert values == {
        f"ABCD{codes[0]}": Decimal("51.83"),
        f"ABCD{codes[1]}": Decimal("25.55"),
        f"ABCD{codes[2]}": Decimal("13.14"),
    }
    assert exported.value_usd == sum(values.values()) == Decimal("90.52")
    with UnitOfWork(store.engine) as uow:
        engine_values = {
            f"ABCD{p.code}": Decimal(p.value_usd_cents or 0) / 100
            for p in uow.session.scalars(select(Parcel))
        }
    assert values == engine_values
    # the freight and the order discount go with the order's first parcel, in their own field
    first = [row for row in rows if row["parcel_id"] == codes[0]]
    assert first[0]["shipment_charges_usd"] == "3.64"  # (9.99 - 5.00) x 0.73
    # the invoices: the goods and the charges, each once
    charges = sum(
        Decimal(rows_of[0]["shipment_charges_usd"])
        for rows_of in [[r for r in rows if r["parcel_id"] == code] for code in codes]
    )
    assert sum(invoice_totals(store, trip)) == sum(values.values()) + charges


def test_a_shipments_lines_add_up_to_its_value_to_the_cent(sealed: Loaded, tmp_path: Path) -> None:
    store, codes, trip = sealed
    # At 0.7310 Zoë's first parcel's lines round up (26.316 -> 26.32, 25.585 -> 25.59) and
    # would make 51.91, where the parcel's value is 71.00 x 0.7310 = 51.901 -> 51.90.
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7310", date(2026, 1, 1), "CBP 2026 test")
    out = tmp_path / "emanifest.csv"
    with one_action(store.engine, immediate=True) as uow:
        export_emanifest(uow, trip, out)
    rows = read_rows(out)
    values = shipment_values(rows)
    assert values[f"ABCD{codes[0]}"] == Decimal("51.90")
    for scn, value in values.items():
        lines = [Decimal(row["value_usd"]) for row in rows if row["scn"] == scn]
        assert sum(lines) == value, scn
    with one_action(store.engine, immediate=True) as uow:
        print_invoice(uow, codes[0], tmp_path / "invoice.pdf")
    invoice = "\n".join(pdf_text(tmp_path / "invoice.pdf"))
    assert "51.90" in invoice and "0.7310" in invoice


def test_the_scn_is_the_one_on_the_invoice(sealed: Loaded, tmp_path: Path) -> None:
    store, codes, trip = sealed
    out = tmp_path / "emanifest.csv"
    with one_action(store.engine, immediate=True) as uow:
        export_emanifest(uow, trip, out)
    scns = {row["parcel_id"]: row["scn"] for row in read_rows(out)}
    for code in codes:
        with one_action(store.engine, immediate=True) as uow:
            print_invoice(uow, code, tmp_path / f"{code}.pdf")
        assert scns[code] in "\n".join(pdf_text(tmp_path / f"{code}.pdf"))


# -- JSON ---------------------------------------------------------------------------------------


def test_json_is_one_object_with_money_as_strings(sealed: Loaded, tmp_path: Path) -> None:
    store, codes, trip = sealed
    with one_action(store.engine, immediate=True) as uow:
        export_emanifest(uow, trip, tmp_path / "e.csv")
    csv_rows = read_rows(tmp_path / "e.csv")
    out = tmp_path / "emanifest.json"
    with one_action(store.engine, immediate=True) as uow:
        exported = export_emanifest(uow, trip, out, fmt="json")

    def no_float(text: str) -> float:
        raise AssertionError(f"a float in the JSON: {text}")

    document = json.loads(out.read_bytes().decode("utf-8"), parse_float=no_float)
    assert document["status"] == "sealed" and document["load"]["trip"] == trip
    crew = document["load"]["crew"]
    assert crew["truck"]["vin"] == "3AKJHHDR2LSLA4821" and crew["trailer"]["number"] == "TR-9"
    assert [d["number"] for d in crew["drivers"]] == ["D-20"]
    assert document["load"]["seal"] == "SEAL-0042" and document["load"]["port"] == "0901"
    assert document["fx"] == [{"currency": "CAD", "rate_to_usd": "0.7300", "source": "CBP Q4 test"}]
    shipments = document["shipments"]
    assert [s["parcel_id"] for s in shipments] == codes
    assert shipments[2]["consignee"]["name"] == '=HYPERLINK("http://x","y")'  # JSON: as is
    assert document["load"]["shipper"]["name"] == "Maple Border Fulfillment Inc."
    assert document["load"]["province_of_loading"] == "ON"
    for shipment in shipments:
        assert shipment["ace_type"] == "PAPS"
        for key in ("value_usd", "charges_usd"):
            assert MONEY.fullmatch(shipment[key])
        for line in shipment["lines"]:
            assert MONEY.fullmatch(line["value"]) and MONEY.fullmatch(line["value_usd"])
            assert isinstance(line["quantity"], int)
    # the JSON says what the CSV says
    assert {s["scn"]: s["value_usd"] for s in shipments} == {
        r["scn"]: r["shipment_value_usd"] for r in csv_rows
    }
    assert [
        (s["scn"], x["line"], x["hts"], x["value_usd"]) for s in shipments for x in s["lines"]
    ] == [(r["scn"], int(r["line"]), r["hts"], r["value_usd"]) for r in csv_rows]
    assert document["totals"] == {
        "shipments": 3,
        "lines": 4,
        "boxes": 3,
        "weight_kg": "1.500",
        "value_usd": "90.52",
    }
    assert exported.as_dict()["value_usd"] == "90.52"


# -- refusals, drafts, whole files, the audit ---------------------------------------------------


def test_an_open_load_is_refused_unless_a_draft_is_asked_for(
    open_load: Loaded, tmp_path: Path
) -> None:
    store, _, trip = open_load
    out = tmp_path / "emanifest.csv"
    out.write_bytes(b"yesterday's file")
    with pytest.raises(UserError, match=f"load {trip}: not sealed yet"):
        with one_action(store.engine, immediate=True) as uow:
            export_emanifest(uow, trip, out)
    assert out.read_bytes() == b"yesterday's file" and exports(store) == []
    with one_action(store.engine, immediate=True) as uow:
        draft = export_emanifest(uow, trip, out, draft=True)
    assert draft.draft and draft.sentence().startswith("DRAFT e-manifest")
    rows = read_rows(out)
    assert {(row["load_status"], row["seal"]) for row in rows} == {("draft", "")}
    with one_action(store.engine, immediate=True) as uow:
        export_emanifest(uow, trip, tmp_path / "e.json", fmt="json", draft=True)
    assert json.loads((tmp_path / "e.json").read_text("utf-8"))["status"] == "draft"
    assert [json.loads(e.details)["draft"] for e in exports(store)] == [True, True]


def test_a_held_parcel_on_the_truck_is_named(open_load: Loaded, tmp_path: Path) -> None:
    store, codes, trip = open_load
    supervisor(store)
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, codes[2], "hold", user="Sam Super", pin="2468", reason="damaged box")
    with pytest.raises(
        UserError,
        match=f"cannot be filed: {codes[2]}: held; a supervisor must release",
    ):
        with one_action(store.engine, immediate=True) as uow:
            export_emanifest(uow, trip, tmp_path / "e.csv", draft=True)
    assert not (tmp_path / "e.csv").exists()


def test_a_missing_folder_and_a_bad_format_are_said(sealed: Loaded, tmp_path: Path) -> None:
    store, _, trip = sealed
    missing = tmp_path / "no-such-folder"
    with pytest.raises(
        UserError, match=f"the output file: the folder {re.escape(str(missing))} does not"
    ):
        with one_action(store.engine, immediate=True) as uow:
            export_emanifest(uow, trip, missing / "e.csv")
    with pytest.raises(UserError, match="is a folder; name the file"):
        with one_action(store.engine, immediate=True) as uow:
            export_emanifest(uow, trip, tmp_path)
    with pytest.raises(UserError, match="the format: 'xml' is not one of csv, json"):
        with one_action(store.engine, immediate=True) as uow:
            export_emanifest(uow, trip, tmp_path / "e.xml", fmt="xml")
    with pytest.raises(UserError, match="'NOPE': no such load"):
        with one_action(store.engine, immediate=True) as uow:
            export_emanifest(uow, "NOPE", tmp_path / "e.csv")
    assert not missing.exists() and exports(store) == [] and list(tmp_path.glob("e.*")) == []


def test_a_failed_write_leaves_the_old_file_and_no_partial(
    sealed: Loaded,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, _, trip = sealed
    out = tmp_path / "emanifest.csv"
    out.write_bytes(b"the file the carrier has")

    def disk_full(fd: int) -> None:  # the edge: the disk fills up as the file is flushed
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(
        UserError, match=f"the output file: cannot write {re.escape(str(out))} \\(No space"
    ):
        with one_action(store.engine, immediate=True) as uow:
            export_emanifest(uow, trip, out)
    assert out.read_bytes() == b"the file the carrier has"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert exports(store) == []  # not on the record: nothing left the building


def test_each_export_is_audited_with_its_sha256_and_is_reproducible(
    sealed: Loaded, tmp_path: Path
) -> None:
    store, _, trip = sealed
    with one_action(store.engine, immediate=True) as uow:
        first = export_emanifest(uow, trip, tmp_path / "a.csv")
    with one_action(store.engine, immediate=True) as uow:
        again = export_emanifest(uow, trip, tmp_path / "b.csv")
    with one_action(store.engine, immediate=True) as uow:
        as_json = export_emanifest(uow, trip, tmp_path / "c.json", fmt="json")
    assert (
        first.sha256
        == again.sha256
        == hashlib.sha256((tmp_path / "a.csv").read_bytes()).hexdigest()
    )
    entries = exports(store)
    assert [(e.entity_type, e.entity_id) for e in entries] == [("load", trip)] * 3
    details = [json.loads(e.details) for e in entries]
    assert [d["sha256"] for d in details] == [first.sha256, again.sha256, as_json.sha256]
    assert details[2] | {"file": "", "sha256": ""} == {
        "format": "json",
        "file": "",
        "sha256": "",
        "bytes": as_json.bytes,
        "shipments": 3,
        "lines": 4,
        "value_usd": "90.52",
        "draft": False,
    }
    assert details[0]["file"] == str((tmp_path / "a.csv").resolve())
