"""Benchmark: the driver pack of a 5,000-parcel load (lead sheet, manifest, 5,000 invoices).

Run: python tests/bench/bench_driver_pack.py [--parcels 5000] [--json] [--profile]
A real migrated SQLite file holds a sealed load of N parcels for N consignees (1 to 3 lines
each, CAD prices); ``print_driver_pack`` reads it (two queries for the parcels and their items),
builds the papers and writes one PDF, audited, as ``s321-desk print driver-pack`` does. The
floor, measured in the same run, is ReportLab drawing the same texts (each invoice's parties and
lines, each manifest row) with bare drawString calls at fixed places, one page per invoice and
50 manifest rows a page, on one canvas. Goal: under 10 s for 5,000 parcels on 2 cores.
With --profile, ``driver_pack_pdf`` is run once more under cProfile and the 30 costliest
functions (by their own time) are printed on stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import pypdfium2  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from s321_desk.documents import fonts, pages  # noqa: E402
from s321_desk.documents.content import InvoiceData, ManifestData  # noqa: E402
from s321_desk.documents.driver_pack import driver_pack_pdf  # noqa: E402
from s321_desk.domain.recipients import Recipient, point_of  # noqa: E402
from s321_desk.services.admin.demo import DEMO_SETTINGS  # noqa: E402
from s321_desk.services.admin.settings import set_setting  # noqa: E402
from s321_desk.services.papers import contents  # noqa: E402
from s321_desk.services.papers.to_file import print_driver_pack  # noqa: E402
from s321_desk.store.database import Store, open_store  # noqa: E402
from s321_desk.store.models import (  # noqa: E402
    FxRate,
    Load,
    Order,
    OrderLine,
    Parcel,
    ParcelItem,
    Product,
)
from s321_desk.store.uow import UnitOfWork  # noqa: E402
from tests.bench.report import show  # noqa: E402

ARRIVAL = datetime(2026, 11, 17, 19, tzinfo=UTC)
DAY = date(2026, 11, 17)
GOODS = [
    ("Cotton T-shirt, crew neck, heather grey", "6109100012", "CA", 2450, 180),
    ("Pure maple syrup, Grade A amber, 500 ml", "1702200000", "CA", 1899, 700),
    ("Merino wool toque with pom-pom", "6505006030", "CA", 3200, 90),
    ("Stainless steel insulated bottle 750 ml", "9617004000", "CN", 2999, 350),
    ("Hockey stick tape, 3-pack, black", "3919101020", "US", 1299, 120),
    ("Women's down parka, hooded, size M", "6202400020", "CA", 45000, 1300),
]
FIRST = ["John", "Maria", "Wei", "Priya", "Daniel", "Zoë", "José", "Ann", "Łukasz", "Chloé"]
TRIP = "ABCD000001"
LAST = ["Smith", "Garcia", "Chen", "O'Brien-Müller", "Walker", "Nguyen", "Lee", "Tremblay"]


def fill(engine, parcels: int, rng: random.Random) -> str:  # type: ignore[no-untyped-def]
    with UnitOfWork(engine) as uow:
        session = uow.session
        for key, value in DEMO_SETTINGS.items():
            set_setting(session, key, value)
        session.add(
            FxRate(
                currency="CAD",
                valid_from=date(2026, 10, 1),
                rate_to_usd=Decimal("0.7300"),
                source="bench figure",
            )
        )
        for n, (text, hts, origin, cents, grams) in enumerate(GOODS):
            session.add(
                Product(
                    sku=f"SKU{n}",
                    description=text,
                    hts=hts,
                    origin=origin,
                    unit_value_cents=cents,
                    currency="CAD",
                    weight_g=grams,
                )
            )
        load = Load(
            trip_number=TRIP,
            scac="ABCD",
            port="0901",
            planned_arrival=ARRIVAL,
            driver_name="Dee Driver",
            tractor_plate="ON 12-345",
            trailer_plate="TR 9",
            seal="SEAL-0042",
            status="closed",
            closed_at=ARRIVAL,
        )
        session.add(load)
        session.flush()
        for n in range(1, parcels + 1):
            who = Recipient(
                f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}",
                f"{rng.randint(1, 9999)} Niagara St",
                "",
                "Buffalo",
                "NY",
                f"{14201 + n % 20:05d}",
            )
            order = Order(
                name=f"#{100000 + n}",
                currency="CAD",
                created_at=ARRIVAL,
                recipient_name=who.name,
                address1=who.address1,
                city=who.city,
                state=who.state,
                postal_code=who.postal_code,
                country="US",
                shipping_cents=999,
                source_file="bench",
                source_format="shopify",
            )
            session.add(order)
            session.flush()
            point = point_of(who)
            parcel = Parcel(
                code=f"P{n:07d}",
                order_id=order.id,
                station="B1",
                status="loaded",
                recipient_key=point.key,
                recipient_point=point.detail,
                us_day=DAY,
                crossing_at=ARRIVAL,
                port="0901",
                weight_g=0,
                value_usd_cents=0,
                route="T11",
                scn=f"ABCDP{n:07d}",
                load_id=load.id,
            )
            session.add(parcel)
            session.flush()
            for line_no, good in enumerate(rng.sample(range(len(GOODS)), rng.randint(1, 3)), 1):
                text, _, _, cents, grams = GOODS[good]
                line = OrderLine(
                    order_id=order.id,
                    line_no=line_no,
                    sku=f"SKU{good}",
                    description=text,
                    quantity=rng.randint(1, 2),
                    unit_price_cents=cents,
                )
                session.add(line)
                session.flush()
                session.add(
                    ParcelItem(
                        parcel_id=parcel.id,
                        order_line_id=line.id,
                        quantity=line.quantity,
                        scanned_code=f"SKU{good}",
                    )
                )
                parcel.weight_g = (parcel.weight_g or 0) + grams * line.quantity
                parcel.value_usd_cents = (parcel.value_usd_cents or 0) + int(
                    cents * line.quantity * 0.73
                )
        uow.commit()
        return load.trip_number


def floor_pdf(manifest: ManifestData, invoices: list[InvoiceData]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pages.LETTER, invariant=1, pageCompression=1)
    canvas.setFont(fonts.REGULAR, 8)
    rows = manifest.rows
    for start in range(0, len(rows), 50):
        for index, row in enumerate(rows[start : start + 50]):
            y = 700 - index * 12
            for column, value in enumerate(
                (
                    row.scn or "",
                    row.consignee,
                    row.city,
                    row.zip,
                    row.description,
                    str(row.value_usd),
                    row.hts,
                )
            ):
                canvas.drawString(36 + column * 80, y, value)
        canvas.showPage()
        canvas.setFont(fonts.REGULAR, 8)
    for invoice in invoices:
        texts = [
            invoice.number,
            invoice.consignee.name,
            *invoice.consignee.lines,
            invoice.shipper.name,
            *invoice.shipper.lines,
            invoice.declaration[:90],
        ]
        for line in invoice.lines:
            texts += [line.description, str(line.quantity), str(line.unit_price), line.hts or ""]
        for index, text in enumerate(texts):
            canvas.drawString(36, 740 - index * 12, text)
        canvas.showPage()
        canvas.setFont(fonts.REGULAR, 8)
    canvas.save()
    return buffer.getvalue()


def sealed_load_store(db: Path, parcels: int) -> tuple[Store, str, float]:
    """The store at ``db`` with its sealed load of ``parcels``, filled unless an earlier call
    filled it (then reused as it is), its trip number and the seconds filling took."""
    existed = db.exists()
    store = open_store(db)
    started = time.perf_counter()
    trip = TRIP if existed else fill(store.engine, parcels, random.Random(321))
    return store, trip, time.perf_counter() - started


def measure(
    parcels: int = 5000, db: Path | None = None, profile: bool = False
) -> dict[str, float | int]:
    """The figures of one run; ``db``: where the store is kept (filled there unless an earlier
    call did), else a temp folder that goes away. ``profile``: print driver_pack_pdf's profile."""
    fonts.register()
    with tempfile.TemporaryDirectory() as folder:
        store, trip, fill_s = sealed_load_store(db or Path(folder) / "bench.sqlite3", parcels)

        out = Path(folder) / "pack.pdf"
        started = time.perf_counter()
        printed = print_driver_pack(store.engine, trip, out)
        total_s = time.perf_counter() - started

        # The phases apart: reading the store and building the papers' content, then drawing.
        started = time.perf_counter()
        with UnitOfWork(store.engine) as uow:
            load = uow.session.get(Load, 1)
            assert load is not None
            packed = contents.load_parcels(uow.session, load)
            papers = contents.Papers(uow.session)
            info = contents.load_info(papers, load, len(packed))
            manifest = contents.manifest_data(papers, info, packed)
            invoices = contents.invoices(papers, contents.consignees(uow.session, packed), load)
        data_s = time.perf_counter() - started

        started = time.perf_counter()
        pdf = driver_pack_pdf(info, manifest, invoices)
        render_s = time.perf_counter() - started
        started = time.perf_counter()
        floor = floor_pdf(manifest, invoices)
        floor_s = time.perf_counter() - started
        page_count = len(pypdfium2.PdfDocument(out.read_bytes()))
        assert pdf == out.read_bytes(), "the same load gives the same bytes"
        if profile:
            profiler = cProfile.Profile()
            profiler.runcall(driver_pack_pdf, info, manifest, invoices)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(30)
        store.dispose()
    return {
        "parcels": len(packed),
        "invoices": len(invoices),
        "pages": page_count,
        "pdf_mb": round(printed.bytes / 1e6, 1),
        "fill_store_s": round(fill_s, 1),
        "driver_pack_total_s": round(total_s, 2),
        "read_and_build_s": round(data_s, 2),
        "draw_and_save_s": round(render_s, 2),
        "ms_per_invoice_all_in": round(total_s * 1000 / len(invoices), 3),
        "floor_bare_drawstring_s": round(floor_s, 2),
        "floor_pdf_mb": round(len(floor) / 1e6, 1),
        "total_vs_floor": round(total_s / floor_s, 2),
        "goal_driver_pack_s": 10,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=5000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--profile", action="store_true", help="cProfile driver_pack_pdf")
    args = parser.parse_args()
    figures = measure(args.parcels, profile=args.profile)
    show(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
