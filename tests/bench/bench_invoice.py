"""Benchmark: the commercial invoice as PDF, against WeasyPrint rendering the same invoice.

Run: python tests/bench/bench_invoice.py [--pack 1000] [--json]
Measured in the same run: the median ms of ``invoice_pdf`` for a typical invoice (5 lines, one
page) and a 60-line one (several pages), the median ms of WeasyPrint rendering an equivalent HTML
invoice (the same texts in a table whose header repeats, DejaVu Sans from resources/fonts through
@font-face, "Page x of y") and the ratio; then ``draw_invoice`` run --pack times on ONE canvas and
saved, as the driver pack does, in ms per invoice. Goals: at least 30x faster than WeasyPrint;
about 1 ms per invoice on a shared canvas (5,000 invoices and the manifest under 10 s).
"""

from __future__ import annotations

import argparse
import html
import io
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import pypdfium2  # noqa: E402

from s321_desk import paths  # noqa: E402
from s321_desk.documents import pages  # noqa: E402
from s321_desk.documents.content import (  # noqa: E402
    Charge,
    FxUsed,
    InvoiceData,
    InvoiceLine,
    ParcelRef,
    Party,
)
from s321_desk.documents.invoice import (  # noqa: E402
    currency_totals,
    draw_invoice,
    hts_text,
    invoice_pdf,
    money,
)
from tests.bench.report import show  # noqa: E402

GOODS = [
    ("Cotton T-shirt, crew neck, heather grey, size M", "6109100012", "CA", "24.50"),
    ("Pure maple syrup, Grade A amber, 500 ml glass bottle", "1702200000", "CA", "18.99"),
    ("Merino wool toque with pom-pom, hand-knitted", "6505006030", "CA", "32.00"),
    ("Stainless steel insulated bottle 750 ml", "9617004000", "CN", "29.99"),
    ("Hockey stick tape, 3-pack, black", "3919101020", "US", "12.99"),
    ("Women's down parka, hooded, size M", "6202400020", "CA", "450.00"),
    ("Ice wine, Vidal, 375 ml", None, None, "59.00"),
]
NAMES = ["Zoë O'Brien-Müller", "A & B <Ltd>", "José Núñez", "Łukasz Nowak", '=HYPERLINK("x")']


def invoice(n: int, lines: int) -> InvoiceData:
    """Invoice ``n`` of a load: its own consignee and parcels, goods from one catalogue."""
    items = tuple(
        InvoiceLine(
            parcel_id=f"P{n:07d}-{k // 3}",
            order=f"#{100000 + n}",
            sku=f"SKU-{(n + k) % len(GOODS)}",
            description=GOODS[(n + k) % len(GOODS)][0],
            hts=GOODS[(n + k) % len(GOODS)][1],
            origin=GOODS[(n + k) % len(GOODS)][2],
            quantity=1 + k % 3,
            unit_price=Decimal(GOODS[(n + k) % len(GOODS)][3]),
            discount=Decimal("2.00") if k % 4 == 1 else Decimal(0),
            currency="CAD",
        )
        for k in range(lines)
    )
    parcels = tuple(dict.fromkeys(item.parcel_id for item in items))
    return InvoiceData(
        number=f"CI-ABCD2611170001-{n:05d}",
        date=date(2026, 11, 17),
        port="0901 Buffalo-Niagara Falls, NY",
        trip="ABCD2611170001",
        arrival=datetime(2026, 11, 17, 19, tzinfo=UTC),
        shipper=Party("Maple Fulfillment Inc.", ("6500 Kennedy Rd", "Mississauga ON L5T 2X2")),
        consignee=Party(
            f"{NAMES[n % len(NAMES)]} {n}",
            (f"{n % 900 + 1} Maple Street, Apt 4B", f"Burlington VT {5401 + n % 50:05d}", "USA"),
        ),
        importer_of_record=Party(f"{NAMES[n % len(NAMES)]} {n}", ("Burlington VT", "USA")),
        place_of_shipment="Mississauga, ON, Canada",
        orders=((f"#{100000 + n}", date(2026, 11, 14)),),
        parcels=tuple(
            ParcelRef(p, f"ABCD{n:06d}{k:04d}", "S321_MANIFEST") for k, p in enumerate(parcels)
        ),
        lines=items,
        charges=(Charge("Freight", Decimal("12.00"), "CAD"),),
        rebates="None",
        assists="None",
        fx=(FxUsed("CAD", Decimal("0.7150"), "CBP certified rate of 2026-11-17"),),
        total_usd=Decimal("123.45"),
        responsible_person="Chloé Tremblay",
        responsible_title="Customs Compliance Manager",
        declaration="I declare that the information on this invoice is true and correct and "
        "that the goods are of the origin shown.",
    )


# -- WeasyPrint: the same invoice as HTML -------------------------------------------------------

CSS = """
@font-face { font-family: DejaVu; src: url("%(regular)s"); }
@font-face { font-family: DejaVu; font-weight: bold; src: url("%(bold)s"); }
@page { size: letter; margin: 0.5in 0.5in 0.7in;
        @bottom-left { content: "Commercial invoice %(number)s"; font: 7.5pt DejaVu; }
        @bottom-right { content: "Page " counter(page) " of " counter(pages);
                        font: bold 8pt DejaVu; } }
body { font: 8.5pt DejaVu; margin: 0; }
h1 { font-size: 18pt; margin: 0; } .no { float: right; text-align: right; font-weight: bold; }
table { width: 100%%; border-collapse: collapse; margin-top: 8pt; }
th { background: #e0e0e0; font-size: 6.2pt; text-align: left; }
td, th { padding: 3pt; vertical-align: top; } td { font-size: 7.5pt; border-bottom: 0.5pt solid; }
.r { text-align: right; } .box td { border: 0.5pt solid; width: 33%%; font-size: 8.5pt; }
.cap { font-size: 6.2pt; font-weight: bold; display: block; }
"""


def invoice_html(data: InvoiceData) -> str:
    e = html.escape
    font = paths.resource("fonts", "DejaVuSans.ttf")
    bold = paths.resource("fonts", "DejaVuSans-Bold.ttf")
    css = CSS % {"regular": font.as_uri(), "bold": bold.as_uri(), "number": data.number}

    def party(caption: str, p: Party) -> str:
        lines = "<br>".join(e(line) for line in p.lines)
        return f'<td><span class="cap">{caption}</span><b>{e(p.name)}</b><br>{lines}</td>'

    def row(cells: list[str], right: int) -> str:
        tds = (f"<td{' class=r' if i >= right else ''}>{c}</td>" for i, c in enumerate(cells))
        return f"<tr>{''.join(tds)}</tr>"

    goods = "".join(
        row(
            [
                f"{e(x.sku or 'No SKU')}<br>{e(x.parcel_id)}<br>{e(x.order)}",
                e(x.description),
                hts_text(x.hts),
                x.origin or "UNKNOWN",
                str(x.quantity),
                x.currency,
                money(x.unit_price),
                money(x.discount),
                money(x.amount),
            ],
            6,
        )
        for x in data.lines
    )
    totals = "".join(
        row([t.currency, *(money(v) for v in t[1:])], 1)
        for t in currency_totals(data.lines, data.charges)
    )
    orders = "<br>".join(f"{e(o)} - sold {d.isoformat()}" for o, d in data.orders)
    parcels = "".join(row([e(p.parcel_id), e(p.scn or ""), e(p.route)], 9) for p in data.parcels)
    fx = "<br>".join(f"1 {f.currency} = {f.rate_to_usd} USD ({e(f.source)})" for f in data.fx)
    charges = "<br>".join(
        f"{e(c.description)}: {c.currency} {money(c.amount)}" for c in data.charges
    )
    return f"""<html><head><style>{css}</style></head><body>
<div class="no">Invoice No. {e(data.number)}<br>Date: {data.date.isoformat()}</div>
<h1>COMMERCIAL INVOICE</h1>
<table class="box"><tr>{party("SELLER / SHIPPER (EXPORTER)", data.shipper)}
{party("BUYER / CONSIGNEE", data.consignee)}{party("IMPORTER OF RECORD", data.importer_of_record)}
</tr><tr><td><span class="cap">PORT OF ENTRY</span>{e(data.port)}<span class="cap">PLACE OF
SHIPMENT</span>{e(data.place_of_shipment)}</td><td><span class="cap">TRIP</span>{e(data.trip or "")}
<span class="cap">TIME OF SHIPMENT</span>{data.arrival}</td><td><span class="cap">ORDERS AND DATES
OF SALE</span>{orders}</td></tr></table>
<table><thead><tr><th>Parcel</th><th>SCN</th><th>Route</th></tr></thead>{parcels}</table>
<table><thead><tr><th>Marks and numbers</th><th>Detailed description</th><th>HTS</th>
<th>Country of origin</th><th>Quantity</th><th>Currency</th><th class=r>Unit purchase price</th>
<th class=r>Discount</th><th class=r>Line amount</th></tr></thead>{goods}</table>
<table><thead><tr><th>Currency</th><th class=r>Lines before discounts</th><th class=r>Discounts
</th><th class=r>Lines after discounts</th><th class=r>Charges</th><th class=r>Invoice total</th>
</tr></thead>{totals}</table>
<table class="box"><tr><td><span class="cap">CHARGES</span>{charges or "None"}</td><td>
<span class="cap">REBATES, DRAWBACKS AND BOUNTIES</span>{e(data.rebates)}</td><td>
<span class="cap">ASSISTS</span>{e(data.assists)}</td></tr><tr><td colspan=2><span class="cap">
EXCHANGE RATES USED</span>{fx}</td><td><span class="cap">TOTAL IN USD</span><b>USD
{money(data.total_usd)}</b></td></tr></table>
<h3>DECLARATION OF THE EXPORTER</h3><p>{e(data.declaration)}</p><p><b>Responsible person of the
exporter: {e(data.responsible_person)}, {e(data.responsible_title)}</b></p>
<p style="margin-top: 30pt; border-top: 0.5pt solid; width: 55%">Signature</p></body></html>"""


# -- measuring ----------------------------------------------------------------------------------


def median_ms(render: Callable[[], bytes], runs: int) -> tuple[float, bytes]:
    render()  # warm: fonts parsed, caches filled, as in a running desk
    times, pdf = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        pdf = render()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), pdf


def page_count(pdf: bytes, number: str) -> int:
    document = pypdfium2.PdfDocument(pdf)
    assert number in document[0].get_textpage().get_text_range(), "not the same invoice"
    return len(document)


def pack_ms_per_invoice(count: int) -> tuple[float, float, int]:
    """``count`` one-page invoices drawn on one canvas and saved, as the driver pack does: ms
    per invoice of wall-clock and of this process's CPU time (less swayed by a busy machine)."""
    datas = [invoice(n, 5) for n in range(count)]
    buffer = io.BytesIO()
    start, cpu = time.perf_counter(), time.process_time()
    canvas = pages.new_canvas(buffer, "Driver pack")
    for data in datas:
        draw_invoice(canvas, data)
    canvas.save()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return wall * 1000 / count, cpu * 1000 / count, len(pypdfium2.PdfDocument(buffer.getvalue()))


def measure(pack: int = 1000, runs: int = 30) -> dict[str, object]:
    """The figures of one run: ``runs`` typical invoices of ours (fewer of the others, as
    WeasyPrint is slower), ``pack`` invoices on one canvas. ImportError: no WeasyPrint."""
    try:
        import weasyprint
    except OSError as error:  # Pango or its friends are missing
        raise ImportError(str(error)) from error

    def weasy(data: InvoiceData) -> Callable[[], bytes]:
        return lambda: weasyprint.HTML(string=invoice_html(data)).write_pdf()

    typical, long = invoice(7, 5), replace(invoice(8, 60), number="CI-ABCD2611170001-LONG")
    ours_1, pdf_1 = median_ms(lambda: invoice_pdf(typical), runs)
    ours_60, pdf_60 = median_ms(lambda: invoice_pdf(long), max(3, runs // 3))
    weasy_1, wpdf_1 = median_ms(weasy(typical), max(3, runs // 4))
    weasy_60, wpdf_60 = median_ms(weasy(long), max(1, runs // 10))
    packs = [pack_ms_per_invoice(pack) for _ in range(3)]
    pack_ms = statistics.median(wall for wall, _, _ in packs)
    pack_cpu_ms = statistics.median(cpu for _, cpu, _ in packs)
    assert packs[0][2] == pack, packs[0]
    return {
        "weasyprint_version": weasyprint.__version__,
        "pages_typical_ours_weasyprint": [
            page_count(pdf_1, typical.number),
            page_count(wpdf_1, typical.number),
        ],
        "pages_60_lines_ours_weasyprint": [
            page_count(pdf_60, long.number),
            page_count(wpdf_60, long.number),
        ],
        "ours_typical_ms": round(ours_1, 2),
        "weasyprint_typical_ms": round(weasy_1, 1),
        "typical_ours_faster_x": round(weasy_1 / ours_1, 1),
        "ours_60_lines_ms": round(ours_60, 2),
        "weasyprint_60_lines_ms": round(weasy_60, 1),
        "60_lines_ours_faster_x": round(weasy_60 / ours_60, 1),
        "goal_faster_x": 30,
        "pack_invoices": pack,
        "pack_on_one_canvas_ms_per_invoice": round(pack_ms, 3),
        "pack_cpu_ms_per_invoice": round(pack_cpu_ms, 3),
        "pack_5000_invoices_projected_s": round(pack_ms * 5, 2),
        "goal_pack_ms_per_invoice": 1,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    try:
        figures = measure(args.pack)
    except ImportError as error:
        print(f"WeasyPrint cannot be imported ({error}): it is the baseline of this benchmark.")
        print("Install it (pip install weasyprint; Debian: libpango-1.0-0 libpangoft2-1.0-0).")
        return 2
    show(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
