"""One value per parcel on every paper and export: for a whole trip of the demo's orders, the
load manifest, each commercial invoice and the e-manifest give each parcel the same goods'
value, the engine's, rounded the same way; charges only ever in their own field."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pypdfium2
from sqlmodel import select

from s321_desk.services.filing.emanifest import export_emanifest
from s321_desk.services.loads.trips import add_parcels, close_load, create_load
from s321_desk.services.papers.to_file import print_invoice, print_manifest
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.models import Parcel
from s321_desk.store.uow import UnitOfWork, one_action
from tests.crew_records import add_crew, give_prior_notices
from tests.services.packing.test_labels import CROSSING, demo, pack  # noqa: F401  (fixture)

# The demo's Nov 20 orders, in CAD and USD, with freight and discounts, one person twice.
ORDERS = ("#1150", "#1151", "#1152", "#1153", "#1154", "#1155", "#1156", "#1158", "#1176")


def page_lines(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(path)
    lines = [
        line for page in document for line in page.get_textpage().get_text_range().splitlines()
    ]
    document.close()
    return lines


def money(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def test_a_trip_gives_each_parcel_one_value_on_every_paper(
    demo: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    store = demo
    codes = []
    for order in ORDERS:
        code = pack(store, order)
        with UnitOfWork(store.engine) as uow:
            row = uow.session.scalars(select(Parcel).where(Parcel.code == code)).one()
            held, waiting = row.status == "held", row.needs_decision
        if held:
            continue
        if waiting:
            with one_action(store.engine, immediate=True) as work:
                decide(work, code, "acknowledge", user="Sam Super", pin="2468", reason="checked")
        codes.append(code)
    assert len(codes) >= 6
    with one_action(store.engine, immediate=True) as work:
        load = create_load(
            work, scac="ABCD", port_code="3004", arrival=CROSSING, crew=add_crew(store.engine)
        )
    with one_action(store.engine, immediate=True) as work:
        add_parcels(work, load.trip_number, codes)
    give_prior_notices(store.engine, load.trip_number)
    with one_action(store.engine, immediate=True, durable=True) as work:
        close_load(work, load.trip_number, seal="S-1", user="Dee Driver", pin="7777")
    with UnitOfWork(store.engine) as uow:
        engine = {
            p.code: Decimal(p.value_usd_cents or 0) / 100
            for p in uow.session.scalars(select(Parcel).where(Parcel.load_id.is_not(None)))  # type: ignore[union-attr]
        }

    out = tmp_path / "emanifest.csv"
    with one_action(store.engine, immediate=True) as work:
        export_emanifest(work, load.trip_number, out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    emanifest = {row["parcel_id"]: money(row["shipment_value_usd"]) for row in rows}
    for code, value in emanifest.items():  # its lines add up to it, to the cent
        assert sum(money(r["value_usd"]) for r in rows if r["parcel_id"] == code) == value
    charges = {row["parcel_id"]: money(row["shipment_charges_usd"]) for row in rows}
    assert any(charges.values())  # some freight on this trip: it must stay out of the values

    with one_action(store.engine, immediate=True) as work:
        print_manifest(work, load.trip_number, tmp_path / "manifest.pdf")
    text = "\n".join(page_lines(tmp_path / "manifest.pdf"))
    manifest: dict[str, Decimal] = {}
    for code in codes:  # its row: SCN, id, ..., quantity, weight (kg to the gram), value
        row = re.search(
            rf"ABCD{code} {code} .*?\b[\d,]+ [\d,]+\.\d{{3}} ([\d,]+\.\d\d)\b", text, flags=re.S
        )
        assert row, code
        manifest[code] = money(row.group(1))

    invoice: dict[str, Decimal] = {}
    for code in codes:
        with one_action(store.engine, immediate=True) as work:
            print_invoice(work, code, tmp_path / f"{code}.pdf")
        for line in page_lines(tmp_path / f"{code}.pdf"):
            parcel = re.match(r"(P\d{7}) ABCDP\d{7} \S+ ([\d,]+\.\d\d)$", line)
            if parcel:
                invoice[parcel.group(1)] = money(parcel.group(2))

    assert emanifest == engine
    assert manifest == engine
    assert invoice == engine
