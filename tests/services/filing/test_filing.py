"""A filing CBP accepts, from a real store on each backend: a trip with two drivers, a truck, a
trailer, a parcel of lithium batteries and one of food with its FDA prior notice, sealed, then
every export written and checked against the published rules by tests/emanifest_validator.py;
and each group of rules refusing, nothing written."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import col, select

from s321_desk import cli
from s321_desk.services.admin.rules_and_rates import set_fx_rate
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.filing.ace_csv import export_ace_csv
from s321_desk.services.filing.borderconnect import export_borderconnect
from s321_desk.services.filing.emanifest import export_emanifest
from s321_desk.services.filing.entries import export_entries
from s321_desk.services.filing.field_rules import ExportRefused
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.trips import add_parcels, close_load, create_load, set_crew
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.services.packing.prior_notice import import_prior_notices, set_prior_notice
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Load, Order
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import write_csv
from tests.crew_records import TEAM, add_crew
from tests.emanifest_validator import (
    ace_csv_problems,
    borderconnect_problems,
    entries_problems,
    read_json,
)
from tests.services.papers.test_printing import SETTINGS, configure, supervisor

CATALOG = (
    "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode,manufacturer,"
    "manufacturer_street,manufacturer_city,manufacturer_province,manufacturer_country,mid\n"
    "PB,Power bank 10000 mAh,8507.60.0020,CN,49.99,CAD,0.220,UN3480,,Shenzhen Voltcell Co.,"
    '"Building 5, 1088 Xixiang Ave",Shenzhen,,CN,\n'
    "TEE,Cotton T-shirt,6109.10.0012,BD,20.00,CAD,0.180,,,Dhaka Knitwear Ltd.,"
    "27 Mirpur Road,Dhaka,,BD,BDDHAKNI27DHA\n"
    "SYRUP,Maple syrup 500 ml,1702.20.4070,CA,19.99,CAD,0.750,PGA_FDA,,"
    "Érablière Saint-Pierre Inc.,455 Rang Saint-Joseph,Saint-Pierre-de-Broughton,QC,CA,\n"
)
HEADER = (
    "Name,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
    "Shipping Name,Shipping Address1,Shipping City,Shipping Zip,Shipping Province,"
    "Shipping Country\n"
)
ORDERS = HEADER + (
    "#3001,CAD,2026-11-16 09:00:00 -0500,1,Power bank,49.99,PB,Ana Lopez,12 Elm St,Buffalo,"
    "14202,NY,US\n"
    "#3001,,,2,Cotton T-shirt,20.00,TEE,,,,,,\n"
    "#3002,CAD,2026-11-16 10:00:00 -0500,1,Maple syrup,19.99,SYRUP,Ben Carter,99 Oak Ave,"
    "Rochester,14604,NY,US\n"
    "#3003,CAD,2026-11-16 11:00:00 -0500,1,Cotton T-shirt,20.00,TEE,Ana Lopez,12 Elm St,"
    "Buffalo,14202,NY,US\n"
)
ARRIVAL = datetime(2026, 11, 17, 19, tzinfo=UTC)  # 14:00 at Buffalo, de minimis suspended
FILING_SETTINGS = {
    **SETTINGS,
    "hazmat_contact": {"name": "Maple Border Safety Desk", "phone": "+1 905 555 0142"},
}
PRIOR_NOTICE = "PN4QK7Z2M9"
Trip = tuple[Store, dict[str, str], str]  # the store, parcel id by order, the trip


def packed_trip(store: Store, tmp_path: Path) -> Trip:
    """The three orders packed and on an open truck with its crew of records."""
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", ORDERS))
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", date(2025, 1, 1), "CBP Q4 test")
    configure(store, **FILING_SETTINGS)
    codes = {}
    for order in ("3001", "3002", "3003"):
        with one_action(store.engine, immediate=True) as uow:
            parcel = open_parcel(uow, order)
        fill_parcel(store.engine, parcel)
        with one_action(store.engine, immediate=True, durable=True) as uow:
            closed = close_parcel(uow, parcel, crossing=ARRIVAL, port_code="0901")
        with one_action(store.engine) as uow:
            codes[order] = parcel_view(uow, str(closed.parcel.parcel_id)).parcel_id
    supervisor(store)
    add_crew(store.engine)
    with one_action(store.engine, immediate=True) as uow:
        load = create_load(uow, scac="ABCD", port_code="0901", arrival=ARRIVAL, crew=TEAM)
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, load.trip_number, list(codes.values()))
    return store, codes, load.trip_number


@pytest.fixture
def open_trip(store: Store, tmp_path: Path) -> Trip:
    return packed_trip(store, tmp_path)


@pytest.fixture
def sealed(open_trip: Trip) -> Trip:
    store, codes, trip = open_trip
    with one_action(store.engine, immediate=True) as uow:
        set_prior_notice(uow, codes["3002"], PRIOR_NOTICE)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal="SEAL-0042", user="Dee Driver", pin="7777")
    return open_trip


def test_the_seal_needs_the_crew_from_the_records_and_the_prior_notice(open_trip: Trip) -> None:
    store, codes, trip = open_trip
    with one_action(store.engine, immediate=True) as uow:
        set_crew(uow, trip, replace(TEAM, driver=None, co_driver=None, truck=None))
    with pytest.raises(UserError) as refused:
        with one_action(store.engine, immediate=True, durable=True) as uow:
            close_load(uow, trip, seal="SEAL-0042", user="Dee Driver", pin="7777")
    said = str(refused.value)
    assert "no driver from the records" in said and "no truck from the records" in said
    assert f"{codes['3002']}: FDA-regulated, no prior notice number" in said
    assert "s321-desk" not in said  # the desk shows it: the command line adds its commands
    assert cli._flag_hint(refused.value) == (
        f" ({cli.FLAGS['crew']}; s321-desk parcels prior-notice PARCEL NUMBER)"
    )
    with one_action(store.engine, immediate=True) as work:
        set_crew(work, trip, TEAM)
    with pytest.raises(UserError, match="no prior notice number") as refused:
        with one_action(store.engine, immediate=True, durable=True) as work:
            close_load(work, trip, seal="SEAL-0042", user="Dee Driver", pin="7777")
    assert refused.value.field == "prior-notice"
    with pytest.raises(UserError, match="no FDA-regulated line"):
        with one_action(store.engine, immediate=True) as uow:
            set_prior_notice(uow, codes["3001"], PRIOR_NOTICE)
    with pytest.raises(UserError, match="not an FDA prior notice"):
        with one_action(store.engine, immediate=True) as uow:
            set_prior_notice(uow, codes["3002"], "PN#1")
    with one_action(store.engine, immediate=True) as uow:
        set_prior_notice(uow, codes["3002"], PRIOR_NOTICE)
    with pytest.raises(UserError, match="no spaces"):
        with one_action(store.engine, immediate=True, durable=True) as uow:
            close_load(uow, trip, seal="SEAL 42", user="Dee Driver", pin="7777")
    with one_action(store.engine, immediate=True, durable=True) as uow:
        sealed = close_load(uow, trip, seal="SEAL-0042", user="Dee Driver", pin="7777")
    assert sealed.crew == {
        "driver": "D-20",
        "co_driver": "D-21",
        "truck": "T-12",
        "trailer": "TR-9",
    }
    assert sealed.missing_prior_notice == []
    with pytest.raises(UserError, match="on sealed truck"):
        with one_action(store.engine, immediate=True) as uow:
            set_prior_notice(uow, codes["3002"], "PN0000000001")


def test_every_export_of_a_sealed_trip_holds_to_the_references(
    sealed: Trip, tmp_path: Path
) -> None:
    store, codes, trip = sealed
    scns = {order: f"ABCD{code}" for order, code in codes.items()}
    with one_action(store.engine, immediate=True) as work:
        bc = export_borderconnect(work, trip, tmp_path / "trip.json")
    document = read_json(bc.file)
    assert borderconnect_problems(document) == []
    assert [d["driverNumber"] for d in document["drivers"]] == ["D-20", "D-21"]
    assert document["truck"]["vinNumber"] == "3AKJHHDR2LSLA4821"
    assert document["trailers"][0]["sealNumbers"] == ["SEAL-0042"]
    by_scn = {s["shipmentControlNumber"]: s for s in document["shipments"]}
    assert set(by_scn) == set(scns.values())
    assert {s["type"] for s in document["shipments"]} == {"PAPS"}  # the desk's T11: a PAPS
    power = by_scn[scns["3001"]]["commodities"]
    assert [(c["quantity"], c["packagingUnit"]) for c in power] == [(1, "BOX"), (2, "PCS")]
    assert power[0]["hazmatDetails"] == {
        "unCode": "3480",
        "emergencyContact": {"name": "Maple Border Safety Desk", "phoneNumber": "1 905 555 0142"},
    }
    assert "hazmatDetails" not in power[1]
    assert sum(Decimal(c["value"]) for c in power) == Decimal("65.69")  # (49.99 + 40) x 0.73

    with one_action(store.engine, immediate=True) as work:
        ace = export_ace_csv(work, trip, tmp_path / "ace.csv")
    assert ace_csv_problems(ace.file) == []
    rows = list(csv.DictReader(io.StringIO(ace.file.read_text("utf-8"), newline="")))
    assert [r["Hazmat UN Number"] for r in rows if r["SCN"] == scns["3001"]] == ["3480", ""]

    for fmt in ("csv", "json"):
        with one_action(store.engine, immediate=True) as work:
            entries = export_entries(work, trip, tmp_path / f"entries.{fmt}", fmt=fmt)
        assert entries.document == "entries" and entries.lines == 4
    entries_doc = read_json(tmp_path / "entries.json")
    assert entries_problems(entries_doc, {s: {} for s in scns.values()}) == []
    # 19 CFR 141.51: Ana's two parcels on this truck are one entry; Ben's another
    assert [(e["entry_type"], e["scns"]) for e in entries_doc["entries"]] == [
        ("11", [scns["3001"], scns["3003"]]),
        ("11", [scns["3002"]]),
    ]
    lines = {
        (line["scn"], line["line"]): line for e in entries_doc["entries"] for line in e["lines"]
    }
    assert lines[(scns["3001"], 1)]["mid"] == "CNSHEVOL1088SHE"  # built by CBP's rules
    assert lines[(scns["3001"], 1)]["mid_built"] is True
    assert lines[(scns["3001"], 2)]["mid"] == "BDDHAKNI27DHA"  # given in the catalog
    assert lines[(scns["3002"], 1)]["mid"] == "XQERASAI455SAI"  # Quebec: its province's code
    assert lines[(scns["3002"], 1)]["prior_notice"] == PRIOR_NOTICE
    assert lines[(scns["3001"], 1)]["rate_to_usd"] == "0.7300"

    with one_action(store.engine, immediate=True) as work:
        ours = export_emanifest(work, trip, tmp_path / "e.json", fmt="json")
    mine = read_json(ours.file)
    assert mine["load"]["crew"]["drivers"][1]["document"]["type"] == "6W"
    weights = {
        s["scn"]: (s["weight"]["value"], [x["weight_kg"] for x in s["lines"]])
        for s in mine["shipments"]
    }
    total, shares = weights[scns["3001"]]
    assert sum(Decimal(w) for w in shares) == Decimal(total)  # the lines share the box's weight
    with one_action(store.engine, immediate=True) as work:
        assert export_emanifest(work, trip, tmp_path / "e.csv").lines == 4
    with UnitOfWork(store.engine) as uow:
        actions = [
            a.action
            for a in uow.session.scalars(
                select(AuditEntry).where(col(AuditEntry.action).startswith("export."))
            )
        ]
    assert actions == [
        "export.borderconnect",
        "export.ace-csv",
        "export.entries",
        "export.entries",
        "export.emanifest",
        "export.emanifest",
    ]


def _refused(store: Store, export: Callable[..., object], trip: str, out: Path) -> list[str]:
    """The problems a refused export of ``trip`` names (one action); the file left as it was."""
    out.write_bytes(b"yesterday's file")
    with pytest.raises(ExportRefused) as refused, one_action(store.engine, immediate=True) as uow:
        export(uow, trip, out)
    assert out.read_bytes() == b"yesterday's file"
    return refused.value.english_problems


def test_a_refusal_for_each_group_of_rules(sealed: Trip, tmp_path: Path) -> None:
    store, codes, trip = sealed
    out = tmp_path / "trip.json"
    scn = f"ABCD{codes['3002']}"
    # required: the shipper's address (a setting) is what every shipment files; without it
    # the export is refused before any field, saying how to set it (the dangerous goods'
    # contact below is a required field refused by its rule)
    configure(store, shipper_address=None)
    out.write_bytes(b"yesterday's file")
    with pytest.raises(UserError, match="setting shipper_address is not set; an administrator"):
        with one_action(store.engine, immediate=True) as work:
            export_borderconnect(work, trip, out)
    assert out.read_bytes() == b"yesterday's file"
    # pattern: a province of loading written out
    configure(store, shipper_address={**FILING_SETTINGS["shipper_address"], "province": "Ont."})
    problems = _refused(store, export_borderconnect, trip, out)
    assert any("provinceOfLoading: 'Ont.' is not of the form" in p for p in problems)
    configure(store, shipper_address=FILING_SETTINGS["shipper_address"])
    # length: a consignee's name longer than ACE takes
    with UnitOfWork(store.engine) as uow:
        order = uow.session.scalars(select(Order).where(Order.name == "#3002")).one()
        order.recipient_name = "Benjamin " + "X" * 60
        uow.session.add(order)
        uow.commit()
    problems = _refused(store, export_borderconnect, trip, out)
    assert f"trip {trip} / shipment {scn}: name: 69 characters, at most 60" in problems
    csv_out = tmp_path / "ace.csv"
    assert any(
        p.startswith(f"trip {trip} / shipment {scn} / commodity 1: Consignee Name")
        for p in _refused(store, export_ace_csv, trip, csv_out)
    )
    # dangerous goods: whom to call
    configure(store, hazmat_contact=None)
    problems = _refused(store, export_borderconnect, trip, out)
    assert any("emergencyContact: required" in p for p in problems)
    assert any("dangerous goods need an emergency contact" in p for p in problems)


def test_a_line_without_its_manufacturer_refuses_the_entries(sealed: Trip, tmp_path: Path) -> None:
    store, codes, trip = sealed
    import_catalog(
        store.engine,
        write_csv(
            tmp_path / "c2.csv",
            CATALOG.replace("Dhaka Knitwear Ltd.,27 Mirpur Road,Dhaka,,BD,BDDHAKNI27DHA", ",,,,,"),
        ),
    )
    out = tmp_path / "entries.csv"
    problems = _refused(store, export_entries, trip, out)
    assert (
        f"trip {trip} / entry 1 / shipment ABCD{codes['3001']} / commodity 2: mid: "
        "no manufacturer in the catalog" in problems
    )


def test_section_321_is_no_borderconnect_type(open_trip: Trip, tmp_path: Path) -> None:
    """A parcel the engine released on the manifest (while the law allowed it) is a Section
    321 shipment: the ACE upload writes it so; BorderConnect's list has no such type (ACE has
    refused it since 2025-08-29), and the broker files no entry for it."""
    store, codes, trip = open_trip
    with one_action(store.engine, immediate=True) as work:
        set_prior_notice(work, codes["3002"], PRIOR_NOTICE)
    with one_action(store.engine, immediate=True, durable=True) as work:
        close_load(work, trip, seal="SEAL-0042", user="Dee Driver", pin="7777")
    with UnitOfWork(store.engine) as uow:
        from s321_desk.store.models import Parcel

        parcel = uow.session.scalars(select(Parcel).where(Parcel.code == codes["3003"])).one()
        parcel.route = "S321_MANIFEST"
        uow.session.add(parcel)
        uow.commit()
    out = tmp_path / "trip.json"
    problems = _refused(store, export_borderconnect, trip, out)
    assert any("type: 'SECTION_321' is not one of" in p for p in problems)
    with one_action(store.engine, immediate=True) as work:
        ace = export_ace_csv(work, trip, tmp_path / "ace.csv")
    assert "SECTION 321" in ace.file.read_text("utf-8")
    with one_action(store.engine, immediate=True) as work:
        entries = export_entries(work, trip, tmp_path / "e.json", fmt="json")
    document = read_json(entries.file)
    assert document["released_on_the_manifest"] == [f"ABCD{codes['3003']}"]
    assert [e["scns"] for e in document["entries"]] == [
        [f"ABCD{codes['3001']}"],
        [f"ABCD{codes['3002']}"],
    ]


def test_a_trip_of_an_older_store_prints_but_is_not_filed(sealed: Trip, tmp_path: Path) -> None:
    """A trip sealed before the records (its free-text driver and plates, no crew row)."""
    store, _, trip = sealed
    with UnitOfWork(store.engine) as uow:
        from s321_desk.store.models import LoadCrew

        load = uow.session.scalars(select(Load).where(Load.trip_number == trip)).one()
        crew = uow.session.get(LoadCrew, load.id)
        uow.session.delete(crew)
        load.driver_name, load.tractor_plate = "Dee Driver", "BC 12345"
        uow.session.add(load)
        uow.commit()
    out = tmp_path / "trip.json"
    problems = _refused(store, export_borderconnect, trip, out)
    assert f"trip {trip}: truck: required" in problems
    assert f"trip {trip}: drivers: required (none given)" in problems
    from s321_desk.services.papers.to_file import print_lead_sheet

    with one_action(store.engine, immediate=True) as work:
        printed = print_lead_sheet(work, trip, tmp_path / "lead.pdf")
    assert printed.bytes > 0


def test_prior_notices_imported_from_the_brokers_file(open_trip: Trip, tmp_path: Path) -> None:
    store, codes, trip = open_trip
    bad = write_csv(
        tmp_path / "bad.csv",
        f"parcel,prior_notice\n{codes['3002']},PN#1\nNOPE,PN4QK7Z2M9\n{codes['3001']},PN4QK7Z2M9\n",
    )
    from s321_desk.services.kernel.errors import ImportRefused

    with pytest.raises(ImportRefused) as refused:
        with one_action(store.engine, immediate=True) as uow:
            import_prior_notices(uow, bad)
    assert [p.split(": ", 1)[0] for p in refused.value.problems] == [
        f"{bad}:2",
        f"{bad}:3",
        f"{bad}:4",
    ]
    good = write_csv(
        tmp_path / "pn.csv", f"parcel,prior_notice\nABCD{codes['3002']},{PRIOR_NOTICE}\n"
    )
    with one_action(store.engine, immediate=True) as uow:
        assert import_prior_notices(uow, good).parcels == 1
    with one_action(store.engine, immediate=True) as uow:
        assert import_prior_notices(uow, good).unchanged == 1
    with one_action(store.engine, immediate=True, durable=True) as uow:
        sealed = close_load(uow, trip, seal="SEAL-0042", user="Dee Driver", pin="7777")
    assert sealed.status == "closed"
