"""The commercial invoice read back as a customs broker would: every 141.86 item, page by page."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from itertools import pairwise
from zoneinfo import ZoneInfo

import pypdfium2
import pytest

from s321_desk.documents import pages
from s321_desk.documents.content import (
    Charge,
    FxUsed,
    InvoiceData,
    InvoiceLine,
    ParcelRef,
    Party,
)
from s321_desk.documents.invoice import (
    NO_TRUCK,
    NOT_CLASSIFIED,
    UNKNOWN_ORIGIN,
    currency_totals,
    draw_invoice,
    hts_text,
    invoice_pdf,
    money,
)

FORMULA = '=HYPERLINK("http://x","y")'


def item(n: int, **changes: object) -> InvoiceLine:
    fields: dict[str, object] = {
        "parcel_id": "P0000001",
        "order": "#1001",
        "sku": f"CT-{n:03d}",
        "description": f"Cotton T-shirt, crew neck, heather grey, item {n:03d} of the order",
        "hts": "6109100012",
        "origin": "CA",
        "quantity": 2,
        "unit_price": Decimal("24.50"),
        "discount": Decimal(0),
        "currency": "CAD",
    }
    fields.update(changes)
    return InvoiceLine(**fields)  # type: ignore[arg-type]


DATA = InvoiceData(
    number="CI-ABCD2611230001-0042",
    date=date(2026, 11, 23),
    port="0901 Buffalo-Niagara Falls, NY",
    trip="ABCD2611230001",
    arrival=datetime(2026, 11, 23, 14, 30, tzinfo=ZoneInfo("America/New_York")),
    shipper=Party(
        "Maple Fulfillment Inc.",
        ("for A & B <Ltd>", "6500 Kennedy Rd, Unit 3", "Mississauga ON L5T 2X2", "CANADA"),
    ),
    consignee=Party(
        "Zoë O'Brien-Müller",
        (FORMULA, "1250 Niagara St, Apt 4", "Buffalo NY 14213-1702", "UNITED STATES"),
    ),
    importer_of_record=Party(
        "Łukasz Ćwierć (IOR)", ("77 Elmwood Ave", "Buffalo NY 14201", "UNITED STATES")
    ),
    place_of_shipment="Mississauga, ON, Canada",
    orders=(("#1001", date(2026, 11, 16)), ("#1002", date(2026, 11, 19))),
    parcels=(
        ParcelRef("P0000001", "ABCD26112300010001", "S321_MANIFEST"),
        ParcelRef("P0000002", "ABCD26112300010002", "S321_MANIFEST"),
    ),
    lines=(
        item(1),
        item(
            2,
            sku="A&B<2>",
            description="Pure maple syrup, Grade A amber, 500 ml",
            hts="1702200000",
            quantity=3,
            unit_price=Decimal("18.99"),
            discount=Decimal("5.00"),
        ),
        item(
            3,
            sku=None,
            parcel_id="P0000002",
            order="#1002",
            hts=None,
            origin=None,
            description=FORMULA,
            quantity=1,
            unit_price=Decimal("1234.5"),
        ),
    ),
    charges=(Charge("Freight", Decimal("12.00"), "CAD"), Charge("Insurance", Decimal(0), "CAD")),
    rebates="None",
    assists="Labels supplied by the buyer, USD 0.40",
    fx=(FxUsed("CAD", Decimal("0.7150"), "CBP certified rate of 2026-11-23 (FRBNY noon)"),),
    total_usd=Decimal("952.03"),
    responsible_person="Chloé Tremblay",
    responsible_title="Customs Compliance Manager",
    declaration=(
        "I declare that the information on this invoice is true and correct, that the goods "
        "are of the origin shown and that the prices are those actually paid or payable."
    ),
)


def read(pdf: bytes) -> list[str]:
    """Each page's text, whitespace runs (line breaks of wrapped texts) as single spaces."""
    document = pypdfium2.PdfDocument(pdf)
    return [" ".join(page.get_textpage().get_text_range().split()) for page in document]


def many_lines(count: int) -> InvoiceData:
    lines = tuple(
        item(
            n,
            description=f"Merino wool toque, ribbed, with pom-pom, style {n:03d}-unique "
            + "hand-knitted in Québec " * (n % 4),
        )
        for n in range(count)
    )
    return replace(DATA, lines=lines)


# -- what the invoice says ----------------------------------------------------------------------


def test_it_is_us_letter_portrait() -> None:
    document = pypdfium2.PdfDocument(invoice_pdf(DATA))
    assert len(document) == 1
    assert document[0].get_size() == pytest.approx((612, 792))


def test_every_item_of_141_86_reads_back() -> None:
    [text] = read(invoice_pdf(DATA))
    expected = [
        "COMMERCIAL INVOICE",
        "Invoice No. CI-ABCD2611230001-0042",
        "Date: 2026-11-23",
        "PORT OF ENTRY 0901 Buffalo-Niagara Falls, NY",
        "PLACE OF SHIPMENT Mississauga, ON, Canada",
        "TRIP ABCD2611230001",
        "2026-11-23 14:30 EST",
        "#1001 - sold 2026-11-16",
        "#1002 - sold 2026-11-19",
        "SELLER / SHIPPER (EXPORTER) Maple Fulfillment Inc. for A & B <Ltd> "
        "6500 Kennedy Rd, Unit 3 Mississauga ON L5T 2X2 CANADA",
        f"BUYER / CONSIGNEE Zoë O'Brien-Müller {FORMULA} 1250 Niagara St, Apt 4 "
        "Buffalo NY 14213-1702 UNITED STATES",
        "IMPORTER OF RECORD Łukasz Ćwierć (IOR) 77 Elmwood Ave Buffalo NY 14201 UNITED STATES",
        "P0000001 ABCD26112300010001 S321_MANIFEST",
        "P0000002 ABCD26112300010002 S321_MANIFEST",
        "Freight: CAD 12.00",
        "Insurance: CAD 0.00 (included in the price)",
        "REBATES, DRAWBACKS AND BOUNTIES None",
        "ASSISTS Labels supplied by the buyer, USD 0.40",
        "1 CAD = 0.7150 USD (CBP certified rate of 2026-11-23 (FRBNY noon))",
        "TOTAL IN USD USD 952.03",
        "Responsible person of the exporter: Chloé Tremblay, Customs Compliance Manager",
        DATA.declaration,
        "Signature of the responsible person",
        "Page 1 of 1",
    ]
    for field in expected:
        assert field in text


def test_each_line_reads_back_in_its_columns() -> None:
    # marks and numbers, description, HTS, origin, quantity, currency, unit price, discount,
    # line amount: a row reads left to right
    [text] = read(invoice_pdf(DATA))
    rows = [
        "CT-001 P0000001 #1001 Cotton T-shirt, crew neck, heather grey, item 001 of the order "
        "6109.10.0012 CA 2 CAD 24.50 0.00 49.00",
        "A&B<2> P0000001 #1001 Pure maple syrup, Grade A amber, 500 ml "
        "1702.20.0000 CA 3 CAD 18.99 5.00 51.97",
        f"No SKU P0000002 #1002 {FORMULA} NOT CLASSIFIED UNKNOWN 1 CAD 1,234.50 0.00 1,234.50",
    ]
    for row in rows:
        assert row in text
    assert "CAD 1,340.47 5.00 1,335.47 12.00 1,347.47" in text  # the totals of the currency


def test_a_parcel_on_no_truck_says_so() -> None:
    loose = replace(
        DATA, trip=None, arrival=None, parcels=(ParcelRef("P0000001", None, "S321_MANIFEST"),)
    )
    [text] = read(invoice_pdf(loose))
    assert f"TRIP {NO_TRUCK}" in text
    assert f"(PLANNED ARRIVAL AT THE PORT) {NO_TRUCK}" in text
    assert "P0000001 None: not on a truck yet S321_MANIFEST" in text


def test_no_charges_no_conversion_say_none() -> None:
    usd = replace(
        DATA, charges=(), fx=(), lines=tuple(replace(x, currency="USD") for x in DATA.lines)
    )
    [text] = read(invoice_pdf(usd))
    assert "CHARGES (FREIGHT, INSURANCE, PACKING...) None REBATES" in text
    assert "EXCHANGE RATES USED (TO USD) None: all amounts are in USD" in text
    assert "USD 1,340.47 5.00 1,335.47 0.00 1,335.47" in text


def test_two_currencies_are_totalled_apart() -> None:
    mixed = replace(
        DATA,
        lines=(
            item(1, quantity=2, unit_price=Decimal("24.50"), discount=Decimal("2.00")),
            item(2, currency="EUR", quantity=1, unit_price=Decimal("30.00")),
            item(3, currency="EUR", quantity=4, unit_price=Decimal("2.125")),
        ),
        charges=(
            Charge("Freight", Decimal("12.00"), "CAD"),
            Charge("Packing", Decimal("1.50"), "EUR"),
        ),
        fx=(*DATA.fx, FxUsed("EUR", Decimal("1.0850"), "CBP certified rate of 2026-11-23")),
    )
    [text] = read(invoice_pdf(mixed))
    assert (
        "Currency Lines before discounts Discounts Lines after discounts Charges Invoice total"
        in text
    )
    assert "CAD 49.00 2.00 47.00 12.00 59.00" in text
    assert "EUR 38.50 0.00 38.50 1.50 40.00" in text
    assert "4 EUR 2.125 0.00 8.50" in text  # a price in tenths of a cent is not rounded
    assert "1 EUR = 1.0850 USD (CBP certified rate of 2026-11-23)" in text
    assert "1 CAD = 0.7150 USD" in text


def test_long_texts_are_wrapped_never_cut() -> None:
    name = "Maximiliane-Josephine Größenwahn-Oberschleißheimer von und zu Hohenzollern-Sigmaringen"
    long = "Hand-knitted merino wool toque, ribbed, lined with fleece, " * 8
    [text] = read(
        invoice_pdf(
            replace(
                DATA,
                consignee=replace(DATA.consignee, name=name),
                lines=(item(1, description=long.strip()),),
            )
        )
    )
    assert long.strip() in text
    squashed = text.replace(" ", "")
    assert squashed.count(name.replace(" ", "")) == 1  # wrapped inside words: spaces differ


def test_a_description_longer_than_a_page_goes_on_over_the_next() -> None:
    words = " ".join(f"word{n:04d}" for n in range(1200))
    pdf = invoice_pdf(replace(DATA, lines=(item(1, description=words),)))
    texts = read(pdf)
    assert len(texts) > 2
    everything = " ".join(texts)
    assert all(everything.count(f"word{n:04d}") == 1 for n in range(1200))
    for boxes in glyph_boxes(pdf):
        assert all(inside_the_margins(box) for box in boxes)


# -- pages --------------------------------------------------------------------------------------


def test_sixty_lines_span_pages_numbered_x_of_y_with_the_header_repeated() -> None:
    data = many_lines(60)
    texts = read(invoice_pdf(data))
    total = len(texts)
    assert total >= 3
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {total}" in text
        assert text.count(" of ") >= 1 and f"of {total + 1}" not in text
    with_rows = [text for text in texts if "style " in text]
    assert len(with_rows) >= total - 1
    for text in with_rows:
        assert "MERCHANDISE Marks and numbers: SKU, parcel, order" in text
        assert "Detailed description of the merchandise" in text
    for line in data.lines:
        description = " ".join(line.description.split())
        assert sum(text.count(description) for text in texts) == 1
        assert sum(text.count(f"{line.sku} {line.parcel_id}") for text in texts) == 1


def test_later_pages_carry_a_running_header_not_the_head() -> None:
    texts = read(invoice_pdf(many_lines(60)))
    assert "SELLER / SHIPPER (EXPORTER)" in texts[0]
    for text in texts[1:]:
        assert "COMMERCIAL INVOICE CI-ABCD2611230001-0042 (continued)" in text
        assert "Consignee: Zoë O'Brien-Müller - Trip: ABCD2611230001" in text
        assert "SELLER / SHIPPER" not in text


def test_the_totals_come_after_the_last_line() -> None:
    texts = read(invoice_pdf(many_lines(60)))
    everything = " ".join(texts)
    assert everything.index("style 059") < everything.index("TOTALS PER CURRENCY")
    assert everything.index("TOTALS PER CURRENCY") < everything.index("DECLARATION OF THE")
    assert "DECLARATION OF THE EXPORTER" in texts[-1]


Box = tuple[float, float, float, float]  # left, bottom, right, top


def glyph_boxes(pdf: bytes) -> list[list[Box]]:
    """Per page, the ink box of every character drawn (not spaces)."""
    found = []
    for page in pypdfium2.PdfDocument(pdf):
        textpage = page.get_textpage()
        boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
        found.append([b for b in boxes if b[2] - b[0] > 0.5 and b[3] - b[1] > 0.5])
    return found


def inside_the_margins(box: Box) -> bool:
    return box[0] >= 35 and box[2] <= 577 and box[1] >= 36 and box[3] <= 756


LONG = "Maximiliane-Josephine Größenwahn-Oberschleißheimer von und zu Hohenzollern " * 3


def test_nothing_overlaps_and_everything_is_inside_the_margins() -> None:
    long = replace(
        many_lines(12),
        number=LONG.replace(" ", "")[:60],
        consignee=Party(LONG, (LONG, "W" * 90)),
        shipper=Party(LONG, ()),
        importer_of_record=Party("I" * 200, ()),
        orders=((LONG, date(2026, 11, 16)),),
        parcels=(ParcelRef("P" * 80, "S" * 80, LONG),),
        charges=(Charge(LONG, Decimal("123456789.125"), "CAD"),),
        rebates=LONG,
        assists=LONG,
        fx=(FxUsed("CAD", Decimal("0.7150"), LONG),),
        responsible_person=LONG,
        responsible_title=LONG,
        declaration=LONG * 3,
    )
    for pdf in (invoice_pdf(DATA), invoice_pdf(many_lines(60)), invoice_pdf(long)):
        for boxes in glyph_boxes(pdf):
            assert all(inside_the_margins(box) for box in boxes)
            assert not overlapping(boxes)


def overlapping(boxes: list[Box]) -> list[tuple[Box, Box]]:
    """Pairs of glyphs whose ink overlaps (by more than a hair): text drawn over text."""
    rows: dict[int, list[Box]] = {}
    for box in boxes:
        rows.setdefault(int(box[1] // 4), []).append(box)
    found = []
    for key, row in rows.items():
        near = sorted(row + rows.get(key + 1, []))
        for a, b in pairwise(near):
            if b[0] < a[2] - 0.6 and min(a[3], b[3]) - max(a[1], b[1]) > 0.6:
                found.append((a, b))
    return found


# -- the document as a file ---------------------------------------------------------------------


def test_a_reprint_is_byte_identical() -> None:
    assert invoice_pdf(DATA) == invoice_pdf(replace(DATA))
    assert invoice_pdf(many_lines(60)) == invoice_pdf(many_lines(60))
    assert invoice_pdf(DATA) != invoice_pdf(replace(DATA, number="CI-ABCD2611230001-0043"))


def test_fonts_are_embedded() -> None:
    pdf = invoice_pdf(DATA)
    assert b"/FontFile2" in pdf
    assert b"DejaVuSans" in pdf


def test_many_invoices_on_one_canvas_after_a_landscape_page() -> None:
    # The driver pack: the manifest (landscape) first, then each invoice numbering its pages.
    buffer = io.BytesIO()
    canvas = pages.new_canvas(buffer, "Driver pack", pages.LETTER_LANDSCAPE)
    canvas.drawString(72, 72, "manifest")
    canvas.showPage()
    draw_invoice(canvas, DATA)
    draw_invoice(canvas, many_lines(60))
    draw_invoice(canvas, replace(DATA, number="CI-2"))
    canvas.save()
    document = pypdfium2.PdfDocument(buffer.getvalue())
    sizes = [page.get_size() for page in document]
    assert sizes[0] == pytest.approx((792, 612))
    assert all(size == pytest.approx((612, 792)) for size in sizes[1:])
    texts = read(buffer.getvalue())
    assert "Page 1 of 1" in texts[1] and "Page 1 of 1" in texts[-1]
    assert "Invoice No. CI-2" in texts[-1]
    middle = texts[2:-1]
    assert [f"Page {n} of {len(middle)}" in text for n, text in enumerate(middle, 1)] == [
        True
    ] * len(middle)
    assert all("Detailed description of the merchandise" in t for t in middle[:-1])


# -- the pieces ---------------------------------------------------------------------------------


def test_hts_is_printed_as_the_schedule_does() -> None:
    assert hts_text("6109100012") == "6109.10.0012"
    assert hts_text(None) == NOT_CLASSIFIED
    assert hts_text("610910") == "610910"  # not 10 digits: as it was given, not guessed at
    assert UNKNOWN_ORIGIN == "UNKNOWN"


def test_money_keeps_every_place_it_has() -> None:
    assert money(Decimal("1234.5")) == "1,234.50"
    assert money(Decimal(3)) == "3.00"
    assert money(Decimal("2.125")) == "2.125"
    assert money(Decimal("8.500")) == "8.50"
    assert money(Decimal("1E+3")) == "1,000.00"
    assert money(Decimal("-5.00")) == "-5.00"


def test_totals_per_currency_in_order_of_appearance() -> None:
    lines = (item(1, currency="EUR", discount=Decimal(1)), item(2), item(3, currency="EUR"))
    charges = (Charge("Freight", Decimal(7), "USD"),)
    totals = currency_totals(lines, charges)
    assert [t.currency for t in totals] == ["EUR", "CAD", "USD"]
    assert totals[0][1:] == (Decimal(98), Decimal(1), Decimal(97), Decimal(0), Decimal(97))
    assert totals[2][1:] == (0, 0, 0, Decimal(7), Decimal(7))
