"""Printing from a real store: what the papers say is what the store holds, written whole, audited."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from sqlmodel import col, select

from s321_desk.cli import main
from s321_desk.services.admin.rules_and_rates import set_fx_rate
from s321_desk.services.admin.settings import set_setting
from s321_desk.services.admin.users import add_user
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.trips import add_parcels, close_load, create_load, remove_parcels
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.services.papers.to_file import (
    print_driver_pack,
    print_invoice,
    print_label,
    print_lead_sheet,
    print_manifest,
)
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Parcel, User
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import first_admin, store_args, write_csv
from tests.crew_records import add_crew, give_prior_notices

CATALOG = (
    "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode\n"
    'MUG,"Mug ""Café & <Co>""",6912.00.4810,CA,18.00,CAD,0.400,,\n'
    "SCARF,Wool scarf,6117.10.6020,CN,35.00,CAD,0.150,,\n"
)
HEADER = (
    "Name,Currency,Created at,Shipping,Discount Code,Discount Amount,Lineitem quantity,"
    "Lineitem name,Lineitem price,Lineitem sku,Shipping Name,Shipping Company,"
    "Shipping Address1,Shipping City,Shipping Zip,Shipping Province,Shipping Country\n"
)
ORDERS = HEADER + (
    '#2001,CAD,2026-11-16 09:00:00 -0500,9.99,WELCOME,5.00,2,"Mug ""Café & <Co>""",18.00,'
    "MUG,Zoë O'Brien-Müller,A & B <Ltd>,12 Elm St,Buffalo,14202,NY,US\n"
    "#2001,,,,,,1,Wool scarf,35.00,SCARF,,,,,,,\n"
    "#2002,CAD,2026-11-16 10:00:00 -0500,,,,1,Wool scarf,35.00,SCARF,"
    "Zoe OBrien-Muller,,12 Elm Street,Buffalo,14202,NY,US\n"
    '#2003,CAD,2026-11-16 11:00:00 -0500,,,,1,"Mug ""Café & <Co>""",18.00,MUG,'
    '"=HYPERLINK(""http://x"",""y"")",,99 Oak Ave,Rochester,14604,NY,US\n'
)
ARRIVAL = datetime(2026, 11, 17, 19, tzinfo=UTC)  # 14:00 at Buffalo
SETTINGS = {
    "company": {
        "name": "Maple Border Fulfillment Inc.",
        "lines": ["6400 Millcreek Dr", "Mississauga ON L5N 3E7", "CANADA"],
    },
    "us_return_address": ["Maple Border Returns", "2400 Military Rd", "Niagara Falls NY 14304"],
    "place_of_shipment": "Mississauga, ON, Canada",
    "responsible_person": {"name": "Claire Tremblay", "title": "Export Compliance Manager"},
    "carriers": {"ABCD": "ABCD Transport Ltd."},
    "shipper_address": {
        "street": "6400 Millcreek Dr",
        "city": "Mississauga",
        "province": "ON",
        "postal_code": "L5N 3E7",
        "country": "CA",
    },
}


def configure(store: Store, **settings: object) -> None:
    with UnitOfWork(store.engine) as uow:
        for key, value in settings.items():
            set_setting(uow.session, key, value)
        uow.commit()


def pack_all(store: Store, tmp_path: Path, rules_as_of: datetime | None = None) -> list[str]:
    """Three parcels for two people, crossing at Buffalo; the papers' settings filled in."""
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", ORDERS))
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", datetime(2025, 1, 1).date(), "CBP Q4 test")
    configure(store, **SETTINGS)
    codes = []
    for order in ("2001", "2002", "2003"):
        with one_action(store.engine, immediate=True) as uow:
            parcel = open_parcel(uow, order)
        fill_parcel(store.engine, parcel)
        with one_action(store.engine, immediate=True, durable=True) as uow:
            closed = close_parcel(
                uow, parcel, crossing=ARRIVAL, port_code="0901", rules_as_of=rules_as_of
            )
        with one_action(store.engine) as uow:
            codes.append(parcel_view(uow, str(closed.parcel.parcel_id)).parcel_id)
    return codes


@pytest.fixture
def packed(store: Store, tmp_path: Path) -> tuple[Store, list[str]]:
    return store, pack_all(store, tmp_path)


@pytest.fixture
def loaded(packed: tuple[Store, list[str]]) -> tuple[Store, list[str], str]:
    store, codes = packed
    with one_action(store.engine, immediate=True) as uow:
        load = create_load(
            uow, scac="ABCD", port_code="0901", arrival=ARRIVAL, crew=add_crew(store.engine)
        )
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, load.trip_number, codes)
    for code in parcel_codes_needing_decision(store):
        supervisor(store)
        with one_action(store.engine, immediate=True) as uow:
            decide(
                uow,
                code,
                "acknowledge",
                user="Sam Super",
                pin="2468",
                reason="the same customer",
            )
    return store, codes, load.trip_number


def parcel_codes_needing_decision(store: Store) -> list[str]:
    with UnitOfWork(store.engine) as uow:
        return list(uow.session.scalars(select(Parcel.code).where(col(Parcel.needs_decision))))


def supervisor(store: Store) -> None:
    from s321_desk.services.admin.users import sign_in

    with UnitOfWork(store.engine) as uow:
        if uow.session.scalars(select(User).where(User.name == "Sam Super")).first():
            return
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as work:
        add_user(work, "Sam Super", "supervisor", "2468", by=admin)
    with one_action(store.engine, immediate=True) as work:
        add_user(work, "Dee Driver", "driver", "7777", by=sign_in(work, "Ada Admin", "9999"))


def pdf_text(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(path.read_bytes())
    return [page.get_textpage().get_text_range() for page in document]


def barcodes_on(path: Path, page: int = 0) -> list[tuple[str, str]]:
    image = pypdfium2.PdfDocument(path.read_bytes())[page].render(scale=203 / 72).to_pil()
    return [(found.text, found.format.name) for found in zxingcpp.read_barcodes(image)]


def prints(store: Store) -> list[AuditEntry]:
    with UnitOfWork(store.engine) as uow:
        query = select(AuditEntry).where(col(AuditEntry.action).startswith("print."))
        return list(uow.session.scalars(query.order_by(col(AuditEntry.id))))


# -- SCN ----------------------------------------------------------------------------------------


def test_a_parcel_gets_its_scn_on_a_truck_and_loses_it_off(loaded) -> None:  # type: ignore[no-untyped-def]
    store, codes, trip = loaded
    with UnitOfWork(store.engine) as uow:
        scns = {p.code: p.scn for p in uow.session.scalars(select(Parcel))}
    assert scns == {code: f"ABCD{code}" for code in codes}
    with one_action(store.engine, immediate=True) as work:
        remove_parcels(work, trip, [codes[2]])
    with UnitOfWork(store.engine) as uow:
        assert uow.session.scalars(select(Parcel.scn).where(Parcel.code == codes[2])).one() is None


# -- label --------------------------------------------------------------------------------------


def test_the_label_shows_the_stored_parcel(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, codes, trip = loaded
    out = tmp_path / "label.pdf"
    with one_action(store.engine, immediate=True) as uow:
        printed = print_label(uow, codes[0], out)
    text = pdf_text(out)[0]
    with one_action(store.engine) as uow:
        view = parcel_view(uow, codes[0])
    for field in (
        "Zoë O'Brien-Müller",
        "A & B <Ltd>",
        "12 Elm St",
        "Buffalo NY 14202",
        "UNITED STATES",
        "#2001",
        "0.950 kg",
        "2026-11-17",
        trip,
        view.route,
        "Maple Border Returns",
        "2400 Military Rd",
    ):
        assert field in text, field
    assert barcodes_on(out) == [(f"{codes[0]}-1", "Code128")]  # the parcel and its label 1
    assert f"{codes[0]} \u00b7 label 1" in text
    assert printed.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    [entry] = prints(store)
    details = json.loads(entry.details)
    assert (entry.action, entry.entity_id, details["sha256"]) == (
        "print.label",
        codes[0],
        printed.sha256,
    )


def test_a_reprint_is_identical(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, codes, _ = loaded
    with one_action(store.engine, immediate=True) as uow:
        first = print_label(uow, codes[2], tmp_path / "a.pdf")
    with one_action(store.engine, immediate=True) as uow:
        again = print_label(uow, codes[2], tmp_path / "b.pdf")
    assert first.sha256 == again.sha256
    assert len(prints(store)) == 2  # each print is on the record


def test_the_zpl_label_at_300_dpi(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, codes, _ = loaded
    out = tmp_path / "label.zpl"
    with one_action(store.engine, immediate=True) as uow:
        print_label(uow, codes[0], out, fmt="zpl", dpi=300)
    zpl = out.read_text(encoding="utf-8")
    assert zpl.startswith("^XA") and "^PW1200" in zpl and f"^FD{codes[0]} \u00b7 label 1^FS" in zpl


def test_a_parcel_waiting_for_a_decision_prints_nothing(store: Store, tmp_path: Path) -> None:
    # Under de minimis, two spellings of one name at one address need a supervisor's look.
    pack_all(store, tmp_path, rules_as_of=datetime(2025, 3, 1, tzinfo=UTC))
    waiting = parcel_codes_needing_decision(store)
    assert waiting
    out = tmp_path / "label.pdf"
    for document in (print_label, print_invoice):
        with pytest.raises(UserError, match=f"parcel {waiting[0]}: needs a supervisor's decision"):
            document(store.engine, waiting[0], out)
    assert not out.exists() and list(tmp_path.glob(".label.pdf*")) == []
    assert prints(store) == []


def test_open_and_held_parcels_print_nothing(packed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, codes = packed
    supervisor(store)
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, codes[2], "hold", user="Sam Super", pin="2468", reason="damaged box")
    with pytest.raises(UserError, match=f"parcel {codes[2]}: held; a supervisor must release"):
        with one_action(store.engine, immediate=True) as uow:
            print_label(uow, codes[2], tmp_path / "label.pdf")
    with one_action(store.engine, immediate=True) as uow:
        fresh = parcel_view(uow, str(open_parcel(uow, "#2001"))).parcel_id
    with pytest.raises(UserError, match=f"parcel {fresh}: open; only a closed parcel"):
        with one_action(store.engine, immediate=True) as uow:
            print_label(uow, fresh, tmp_path / "label.pdf")
    assert prints(store) == []


def test_an_unset_setting_is_named(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, codes, _ = loaded
    configure(store, us_return_address=None)
    with pytest.raises(UserError, match="setting us_return_address is not set"):
        with one_action(store.engine, immediate=True) as uow:
            print_label(uow, codes[0], tmp_path / "label.pdf")
    assert not (tmp_path / "label.pdf").exists()


# -- invoice ------------------------------------------------------------------------------------


def test_the_invoice_covers_the_consignees_parcels_on_the_truck(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, codes, trip = loaded
    out = tmp_path / "invoice.pdf"
    with one_action(store.engine, immediate=True) as uow:
        print_invoice(uow, codes[1], out)
    text = "\n".join(pdf_text(out))
    for field in (
        codes[0],
        codes[1],
        f"ABCD{codes[0]}",
        f"ABCD{codes[1]}",
        trip,
        "Zoë O'Brien-Müller",
        'Mug "Café & <Co>"',
        "Wool scarf",
        "6912.00.4810",
        "6117.10.6020",
        "#2001",
        "#2002",
        "0.7300",
        "CBP Q4 test",
        "9.99",
        "WELCOME",
        "Claire Tremblay",
        "Maple Border Fulfillment Inc.",
        "Mississauga, ON, Canada",
        "0901",
    ):
        assert field in text, field
    assert codes[2] not in text and "HYPERLINK" not in text  # another consignee's invoice
    # Lines 2 x 18.00 + 35.00 + 35.00, freight 9.99, discount 5.00: CAD 110.99 at 0.73.
    total = (
        Decimal("2") * Decimal("18.00") + 2 * Decimal("35.00") + Decimal("9.99") - Decimal("5.00")
    ) * Decimal("0.7300")
    assert f"{total.quantize(Decimal('0.01'))}" in text


def test_an_invoice_for_a_parcel_on_no_truck_is_the_parcel_alone(packed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, codes = packed
    out = tmp_path / "invoice.pdf"
    with one_action(store.engine, immediate=True) as uow:
        print_invoice(uow, codes[2], out)
    text = "\n".join(pdf_text(out))
    assert '=HYPERLINK("http://x","y")' in text and codes[2] in text
    assert codes[0] not in text


# -- the load's papers --------------------------------------------------------------------------


def test_manifest_and_lead_sheet_of_the_load(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, codes, trip = loaded
    with one_action(store.engine, immediate=True) as uow:
        print_manifest(uow, trip, tmp_path / "manifest.pdf")
    manifest = "\n".join(pdf_text(tmp_path / "manifest.pdf"))
    for code in codes:
        assert f"ABCD{code}" in manifest
    assert "ON PR4512" in manifest and "ABCD Transport Ltd." in manifest
    assert (trip, "Code39") in barcodes_on(tmp_path / "manifest.pdf")
    with one_action(store.engine, immediate=True) as uow:
        print_lead_sheet(uow, trip, tmp_path / "lead.pdf")
    lead = pdf_text(tmp_path / "lead.pdf")[0]
    assert "ACE Electronic Manifest" in lead and "Dee Driver" in lead and trip in lead
    assert (trip, "Code39") in barcodes_on(tmp_path / "lead.pdf")


def test_the_driver_pack_waits_for_the_seal(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, codes, trip = loaded
    out = tmp_path / "pack.pdf"
    with pytest.raises(UserError, match="not sealed yet"):
        print_driver_pack(store.engine, trip, out)
    assert not out.exists()
    supervisor(store)
    give_prior_notices(store.engine, trip)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal="SEAL-0042", user="Dee Driver", pin="7777")
    print_driver_pack(store.engine, trip, out)
    pages = pdf_text(out)
    assert "ACE Electronic Manifest" in pages[0]
    assert any("SEAL-0042" in page for page in pages[1:])
    invoices = [page for page in pages if "COMMERCIAL INVOICE" in page]
    # One invoice per person: Zoë's two parcels together, the other consignee's alone.
    assert sum(f"{trip}-{codes[0]}" in page for page in invoices) >= 1
    assert sum(f"{trip}-{codes[2]}" in page for page in invoices) >= 1
    assert not any(f"{trip}-{codes[1]}" in page for page in invoices)


# -- the command line ---------------------------------------------------------------------------


def test_print_commands(
    loaded,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, codes, trip = loaded
    db = [*store_args(store), "--user", "Dee Driver"]
    monkeypatch.setenv("S321_PIN", "7777")
    out = tmp_path / "label.zpl"
    assert (
        main(["print", "label", codes[0], *db, "--out", str(out), "--format", "zpl", "--json"]) == 0
    )
    said = json.loads(capsys.readouterr().out)
    assert (
        said["document"] == "label"
        and said["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    )
    assert main(["print", "manifest", trip, *db, "--out", str(tmp_path / "m.pdf")]) == 0
    assert main(["print", "lead-sheet", "NOPE", *db, "--out", str(tmp_path / "x")]) == 1
    assert "no such load" in capsys.readouterr().err
    assert (
        main(["print", "label", codes[0], *db, "--out", str(tmp_path / "missing" / "l.pdf")]) == 1
    )
    assert "is not a folder" in capsys.readouterr().err


def test_settings_commands(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    db = store_args(store)
    party = '{"name": "Maple Border Fulfillment Inc.", "lines": ["6400 Millcreek Dr"]}'
    assert main(["settings", "set", "company", party, *db]) == 0
    assert main(["settings", "set", "place_of_shipment", "Mississauga, ON", *db]) == 0
    assert main(["settings", "show", *db]) == 0
    shown = capsys.readouterr().out
    assert 'company = {"name": "Maple Border Fulfillment Inc."' in shown
    assert 'place_of_shipment = "Mississauga, ON"' in shown
    assert main(["settings", "show", "--json", *db]) == 0
    assert json.loads(capsys.readouterr().out)["place_of_shipment"] == "Mississauga, ON"
    assert main(["settings", "set", "company", '{"name": "X"', *db]) == 1
    assert "is not valid JSON" in capsys.readouterr().err
    assert main(["settings", "set", "company", '{"name": "X"}', *db]) == 1
    assert "setting company: lines must be a list of address lines" in capsys.readouterr().err
    assert main(["settings", "set", "colour", "red", *db]) == 1
    with UnitOfWork(store.engine) as uow:
        changes = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "setting.change")
        ).all()
    assert [c.entity_id for c in changes] == ["company", "place_of_shipment"]


def test_a_60_line_order_prints_a_numbered_multi_page_invoice(store: Store, tmp_path: Path) -> None:
    catalog = CATALOG + "".join(
        f"S{n:02d},Item {n:02d} «Zoë's pick»,6109.10.0012,CA,1.00,CAD,0.010,,\n" for n in range(60)
    )
    lines = "".join(
        f"#3001,,,,,,1,Item {n:02d} «Zoë's pick»,{n + 1}.00,S{n:02d},,,,,,,\n" for n in range(1, 60)
    )
    orders = HEADER + (
        "#3001,CAD,2026-11-16 09:00:00 -0500,,,,1,Item 00 «Zoë's pick»,1.00,S00,Ann Lee,,"
        "5 Main St,Buffalo,14202,NY,US\n" + lines
    )
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", catalog))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", orders))
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", datetime(2025, 1, 1).date(), "CBP Q4 test")
    configure(store, **SETTINGS)
    with one_action(store.engine, immediate=True) as uow:
        parcel = open_parcel(uow, "3001")
    fill_parcel(store.engine, parcel)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_parcel(uow, parcel, crossing=ARRIVAL, port_code="0901")
    with one_action(store.engine) as uow:
        code = parcel_view(uow, str(parcel)).parcel_id
    out = tmp_path / "invoice.pdf"
    with one_action(store.engine, immediate=True) as uow:
        print_invoice(uow, code, out)
    pages = pdf_text(out)
    assert len(pages) > 1
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
    text = "\n".join(pages)
    for n in range(60):
        assert text.count(f"Item {n:02d} «Zoë's pick»") == 1
    total = sum(Decimal(n) for n in range(1, 61)) * Decimal("0.7300")  # 1.00 + ... + 60.00 CAD
    assert f"USD {total.quantize(Decimal('0.01')):,}" in text


def test_an_invoice_waits_for_every_parcel_it_covers(store: Store, tmp_path: Path) -> None:
    pack_all(store, tmp_path, rules_as_of=datetime(2025, 3, 1, tzinfo=UTC))
    codes = ["P0000001", "P0000002"]  # Zoë's two parcels
    with one_action(store.engine, immediate=True) as uow:
        load = create_load(
            uow, scac="ABCD", port_code="0901", arrival=ARRIVAL, crew=add_crew(store.engine)
        )
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, load.trip_number, codes)
    supervisor(store)
    assert set(parcel_codes_needing_decision(store)) >= set(codes)  # one truck: one entry
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, codes[0], "acknowledge", user="Sam Super", pin="2468", reason="one")
    with pytest.raises(UserError, match=f"parcel {codes[1]}: needs a supervisor's decision"):
        with one_action(store.engine, immediate=True) as uow:
            print_invoice(uow, codes[0], tmp_path / "invoice.pdf")
    assert not (tmp_path / "invoice.pdf").exists()
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, codes[1], "acknowledge", user="Sam Super", pin="2468", reason="one")
    with one_action(store.engine, immediate=True) as uow:
        print_invoice(uow, codes[0], tmp_path / "invoice.pdf")
    assert all(code in "\n".join(pdf_text(tmp_path / "invoice.pdf")) for code in codes)


# -- progress and cancel ------------------------------------------------------------------------


class Stop(Exception):
    """What a progress callback raises to cancel (the desk's is ui.kit.jobs.Cancelled)."""


def test_the_driver_pack_reports_progress_and_a_cancel_leaves_nothing(  # type: ignore[no-untyped-def]
    loaded, tmp_path: Path
) -> None:
    store, _, trip = loaded
    supervisor(store)
    give_prior_notices(store.engine, trip)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal="SEAL-0042", user="Dee Driver", pin="7777")
    out = tmp_path / "pack.pdf"
    for stop_at in ("Drawing invoice 1 ", "Saving", "Writing"):

        def cancel(done: int, total: int, text: str, stop_at: str = stop_at) -> None:
            if text.startswith(stop_at):
                raise Stop

        with pytest.raises(Stop):
            print_driver_pack(store.engine, trip, out, cancel)
        assert list(tmp_path.glob("*pack.pdf*")) == [], stop_at  # no file, no .partial
    assert prints(store) == []
    heard: list[tuple[int, int, str]] = []
    print_driver_pack(store.engine, trip, out, lambda *step: heard.append(step))
    # Two consignees: read, two invoices prepared (one chunk), manifest, two drawn, save, write.
    assert [text.split(" ")[0] for _, _, text in heard] == [
        "Reading",
        "Preparing",
        "Drawing",
        "Drawing",
        "Drawing",
        "Saving",
        "Writing",
    ]
    assert [done for done, _, _ in heard] == [0, 1, 3, 4, 5, 6, 7]
    assert {total for _, total, _ in heard[1:]} == {8}
    assert out.exists() and [entry.action for entry in prints(store)] == ["print.driver-pack"]
