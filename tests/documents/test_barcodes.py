"""Every barcode we draw decodes to its text when rendered at a thermal printer's 203 dpi."""

from __future__ import annotations

import io

import pypdfium2
import pytest
import zxingcpp
from barcode.charsets import code128 as barcode_tables
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from s321_desk.documents import barcodes
from s321_desk.documents.barcodes import (
    QUIET_ZONE_MODULES,
    code39,
    code128,
    dots_per_module,
    draw,
    draw_with_text,
    module_width,
    symbol_width,
)


def rendered(bars, dots: int, dpi: int = 203):  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(4 * inch, 2 * inch), invariant=1)
    width = draw(canvas, bars, 10, 40, height=60, dpi=dpi, dots_per_module=dots)
    canvas.showPage()
    canvas.save()
    page = pypdfium2.PdfDocument(buffer.getvalue())[0]
    return page.render(scale=203 / 72).to_pil(), width, buffer.getvalue()


@pytest.mark.parametrize("text", ["P0000001", "S1-000123", "P9999999", "A&B<1>"])
@pytest.mark.parametrize("dots", [2, 3])
def test_code128_decodes(text: str, dots: int) -> None:
    image, width, _ = rendered(code128(text), dots)
    found = zxingcpp.read_barcodes(image)
    assert [(r.text, r.format.name) for r in found] == [(text, "Code128")]
    assert width == pytest.approx(
        (len(code128(text).modules) + 2 * QUIET_ZONE_MODULES) * module_width(203, dots)
    )


@pytest.mark.parametrize("trip", ["ABCD000001", "ABCD2611220001"])
def test_code39_decodes(trip: str) -> None:
    image, _, _ = rendered(code39(trip), 2)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [trip]


def test_modules_are_whole_printer_dots() -> None:
    assert module_width(203, 2) * 203 / 72 == pytest.approx(2)
    assert module_width(300, 3) * 300 / 72 == pytest.approx(3)
    with pytest.raises(ValueError):
        module_width(203, 0)


def test_the_same_barcode_twice_is_the_same_pdf() -> None:
    assert rendered(code128("P0000001"), 2)[2] == rendered(code128("P0000001"), 2)[2]


def test_the_human_readable_text_is_under_the_bars_in_our_font() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(4 * inch, 2 * inch), invariant=1)
    width = draw_with_text(canvas, code39("ABCD000001"), 10, 20, height=60)
    canvas.showPage()
    canvas.save()
    page = pypdfium2.PdfDocument(buffer.getvalue())[0]
    assert page.get_textpage().get_text_range().strip() == "ABCD000001"
    assert [r.text for r in zxingcpp.read_barcodes(page.render(scale=203 / 72).to_pil())] == [
        "ABCD000001"
    ]
    assert width == symbol_width(code39("ABCD000001"), 203, 2)
    assert b"DejaVuSans" in buffer.getvalue()


def test_dots_per_module_is_about_10_mil() -> None:
    assert dots_per_module(203) == 2
    assert dots_per_module(300) == 3
    assert dots_per_module(600) == 6


def test_code_128_is_set_b_throughout_and_zpl_says_so() -> None:
    bars = barcodes.code128("P0000001")
    # Start B, 8 characters, the check character: 11 modules each, then the 13-module stop.
    assert len(bars.modules) == 10 * 11 + 13
    assert bars.modules.startswith(barcode_tables.CODES[barcode_tables.START_CODES["B"]])
    assert barcodes.zpl_code128(bars) == ">:P0000001"
    assert barcodes.zpl_code128(barcodes.code128("A>B")) == ">:A>0B"  # ">" is ZPL's prefix
    with pytest.raises(ValueError, match="printable ASCII only"):
        barcodes.code128("Zoë")
