"""The driver's lead sheet: the one page the CBP officer at the primary booth takes first."""

from __future__ import annotations

from datetime import datetime

from reportlab.pdfgen.canvas import Canvas

from s321_desk.documents import barcodes, fonts, pages
from s321_desk.documents.content import LoadInfo
from s321_desk.documents.escaping import one_line

LeadSheetData = LoadInfo

TITLE = "ACE Electronic Manifest"
MISSING = "-"  # a field not recorded (yet)
NOT_SEALED = "NOT SEALED"
TRIP_SIZE = 40.0  # the trip number's size when it fits the width; never below LEAST_TRIP_SIZE
LEAST_TRIP_SIZE = 22.0  # CBP's lead sheet guidance: the trip number in at least 22 pt
BARCODE_DPI = 203  # bars on whole dots of a 203 dpi thermal printer, like the labels'

PAGE_WIDTH, PAGE_HEIGHT = pages.LETTER
INNER = PAGE_WIDTH - 2 * pages.MARGIN
CAPTION_WIDTH = 150.0
VALUE_SIZE = 16.0  # smaller only when long values would not fit the page
# CBP's lead sheet guidance: the driver's name and the truck (tractor) plate, like the words
# "ACE Electronic Manifest" and the trip number, in at least 22-point type: never smaller
# (a long one wraps), whatever the other fields need.
LARGE = ("Driver", "Tractor plate")
LARGE_SIZE = 24.0
ROW_PADDING = 22.0  # above and below each value


def eta_text(arrival: datetime) -> str:
    """``2026-11-23 14:30 EST``: the date, time and zone of the arrival, as given (the port's)."""
    zone = arrival.tzname()
    if zone is None:
        raise ValueError("the arrival must be timezone-aware (in the port's time zone)")
    return f"{arrival:%Y-%m-%d %H:%M} {zone}"


def value_or_missing(value: str | None) -> str:
    return one_line(value) if value else MISSING


def seal_text(seal: str | None) -> str:
    return one_line(seal) if seal else NOT_SEALED


def trip_dots_per_module(trip: str, room: float) -> int:
    """3 dots per module when the trip's Code 39 fits ``room``, else 2 (at 203 dpi).

    Raises ValueError when even 2 dots do not fit: a barcode is never squeezed below 2 dots.
    """
    bars = barcodes.code39(trip)
    for dots in (3, 2):
        if barcodes.symbol_width(bars, BARCODE_DPI, dots) <= room:
            return dots
    raise ValueError(f"trip number {trip!r} is too long for a Code 39 across {room:.0f} pt")


def fields(load: LoadInfo) -> list[tuple[str, str]]:
    """The captions and values of the lead sheet's table, top to bottom."""
    return [
        ("Carrier", one_line(load.carrier)),
        ("SCAC", one_line(load.scac)),
        ("Driver", value_or_missing(load.driver)),
        ("Tractor plate", value_or_missing(load.tractor_plate)),
        ("Trailer plate", value_or_missing(load.trailer_plate)),
        ("Port of entry", one_line(load.port)),
        ("ETA", eta_text(load.arrival)),
        ("Shipments", f"{load.shipment_count:,}"),
        ("Seal", seal_text(load.seal)),
        ("Shipper", one_line(load.shipper.name)),
        *([("Audit at seal", load.audit_head)] if load.audit_head else []),
    ]


def draw_lead_sheet(canvas: Canvas, load: LoadInfo) -> None:
    """The lead sheet as one US Letter portrait page on ``canvas`` (ended with ``showPage``)."""
    fonts.register()
    canvas.setPageSize(pages.LETTER)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    left = pages.MARGIN
    middle = PAGE_WIDTH / 2
    y = PAGE_HEIGHT - pages.MARGIN

    title_size = fonts.fitted(TITLE, INNER, 30, bold=True)
    y -= title_size
    fonts.draw_string(canvas, middle, y, TITLE, title_size, bold=True, align="center")
    y -= 20
    fonts.draw_string(
        canvas,
        middle,
        y,
        "Driver's lead sheet - for the officer at primary inspection",
        11,
        align="center",
    )
    y -= 14
    canvas.setLineWidth(2)
    canvas.line(left, y, left + INNER, y)

    y -= 24
    fonts.draw_string(canvas, middle, y, "TRIP NUMBER", 10, bold=True, align="center")
    trip = one_line(load.trip)
    size = fonts.fitted(trip, INNER, TRIP_SIZE, bold=True, least=LEAST_TRIP_SIZE)
    y -= 6
    for line in pages.wrap(trip, INNER, size, bold=True):
        y -= size * 1.1
        fonts.draw_string(canvas, middle, y, line, size, bold=True, align="center")

    bars = barcodes.code39(load.trip)
    dots = trip_dots_per_module(load.trip, INNER)
    width = barcodes.symbol_width(bars, BARCODE_DPI, dots)
    y -= 24 + 64
    barcodes.draw(
        canvas, bars, middle - width / 2, y, height=64, dpi=BARCODE_DPI, dots_per_module=dots
    )
    y -= 12
    fonts.draw_string(canvas, middle, y, trip, 9, align="center")

    y -= 14
    canvas.setLineWidth(2)
    canvas.line(left, y, left + INNER, y)
    _draw_fields(canvas, fields(load), top=y)
    canvas.showPage()


def _draw_fields(canvas: Canvas, rows: list[tuple[str, str]], *, top: float) -> None:
    """Caption on the left, value on the right (wrapped, never cut, in the largest size that
    lets the whole table fit the page), a hairline under each."""
    left = pages.MARGIN
    value_width = INNER - CAPTION_WIDTH
    for size in (VALUE_SIZE, 14.0, 12.0, 11.0, 10.0, 9.0, 8.0):
        sizes = [LARGE_SIZE if caption in LARGE else size for caption, _ in rows]
        wrapped = [
            pages.wrap(value, value_width, each, bold=True)
            for (_, value), each in zip(rows, sizes, strict=True)
        ]
        needed = sum(
            ROW_PADDING + len(lines) * each * 1.25
            for lines, each in zip(wrapped, sizes, strict=True)
        )
        if needed <= top - pages.MARGIN:
            break
    else:
        raise ValueError("the lead sheet's fields do not fit one page")
    canvas.setLineWidth(0.5)
    y = top
    for (caption, _), lines, each in zip(rows, wrapped, sizes, strict=True):
        y -= 12  # the padding above the first line
        fonts.draw_string(canvas, left + 4, y - each, caption, 11)
        y = pages.draw_lines(
            canvas, left + CAPTION_WIDTH, y, lines, each, bold=True, leading=each * 1.25
        )
        y -= ROW_PADDING - 12
        canvas.line(left, y, left + INNER, y)


def lead_sheet_pdf(load: LoadInfo) -> bytes:
    """The lead sheet alone as PDF; the same load gives the same bytes."""
    return pages.render(f"Lead sheet {load.trip}", draw_lead_sheet, load)
