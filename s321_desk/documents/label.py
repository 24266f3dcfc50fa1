"""The 4x6 in parcel label, as PDF for any printer and as ZPL II for thermal printers.

One layout (a list of texts, black boxes and a barcode, in points from the top left) is drawn by
both writers, so the PDF and the ZPL show the same content in the same places.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from s321_desk.documents import barcodes, fonts, page_pdf
from s321_desk.documents.content import LabelData, ShipTo
from s321_desk.documents.escaping import one_line, zpl_field

PAGE_WIDTH = 4 * inch
PAGE_HEIGHT = 6 * inch
MARGIN = 10.0
INNER = PAGE_WIDTH - 2 * MARGIN
NO_TRIP = "-"  # printed while the parcel is on no truck yet


def weight_text(weight_kg: Decimal) -> str:
    """``1.250 kg``: to the gram, as the scale weighs."""
    return f"{weight_kg.quantize(Decimal('0.001'))} kg"


def city_line(ship_to: ShipTo) -> str:
    """``BUFFALO NY 14202``: city, state and ZIP on one line, as USPS writes the last line."""
    return " ".join(part for part in (ship_to.city, ship_to.state, ship_to.zip) if part)


# -- the layout ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text; ``baseline`` from the top of the label, ``white`` on a black box."""

    x: float
    baseline: float
    width: float  # the room it has; ``center`` centres it in that room
    text: str
    size: float
    bold: bool = False
    center: bool = False
    white: bool = False


@dataclass(frozen=True, slots=True)
class Box:
    """A filled black rectangle (rules and the route badge); ``top`` from the top of the label."""

    x: float
    top: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Barcode:
    """A Code 128 symbol; ``x`` is where its left quiet zone starts."""

    x: float
    top: float
    height: float
    bars: barcodes.Bars
    dots_per_module: int


Element = TextLine | Box | Barcode


HAZMAT_HEIGHT = 34.0  # the dangerous goods band over the route badge


def layout(data: LabelData, dpi: int = 203) -> list[Element]:
    """Where everything goes on the label, top to bottom."""
    bottom = 262 - (HAZMAT_HEIGHT + 2 if data.hazmat else 0)
    return [
        *_ship_from(data.ship_from),
        Box(MARGIN, 74, INNER, 1.5),
        *_ship_to(data.ship_to, top=80, bottom=bottom),
        *_hazmat(data.hazmat, data.hazmat_phone, top=bottom + 2),
        *_route_badge(data.route, top=266, height=50),
        *_details(data, top=320),
        Box(MARGIN, 368, INNER, 1.5),
        *_parcel_barcode(
            data.barcode or data.parcel_id, data.caption or data.parcel_id, top=374, dpi=dpi
        ),
    ]


def _ship_from(lines: tuple[str, ...]) -> Iterator[Element]:
    yield TextLine(MARGIN, MARGIN + 6, INNER, "FROM", 6, bold=True)
    size = min(8.0, 52 / max(1, len(lines)) / 1.15)
    for index, line in enumerate(lines):
        line = one_line(line)
        baseline = MARGIN + 6 + (index + 1) * size * 1.15
        yield TextLine(MARGIN, baseline, INNER, line, fonts.fitted(line, INNER, size, least=4))


def _ship_to(ship_to: ShipTo, *, top: float, bottom: float) -> list[Element]:
    """The consignee, large; the whole block scales to fill its room, shrinking for long ones."""
    lines = [(ship_to.name, 22.0, True)]
    if ship_to.company:
        lines.append((ship_to.company, 15.0, False))
    lines += [(line, 15.0, False) for line in ship_to.address_lines]
    lines += [(city_line(ship_to), 20.0, True), (ship_to.country, 15.0, True)]
    caption = 9.0
    natural = caption + sum(size * 1.2 for _, size, _ in lines)
    scale = min(1.25, (bottom - top) / natural)  # a short address is printed larger still
    elements: list[Element] = [TextLine(MARGIN, top + 7, INNER, "SHIP TO", 7, bold=True)]
    cursor = top + caption * scale
    for text, size, bold in lines:
        text = one_line(text)
        size *= scale
        cursor += size * 1.2
        elements.append(
            TextLine(
                MARGIN + 4,
                cursor - size * 0.2,
                INNER - 4,
                text,
                fonts.fitted(text, INNER - 4, size, bold=bold),
                bold,
            )
        )
    return elements


def _hazmat(marks: tuple[str, ...], phone: str, *, top: float) -> list[Element]:
    """The box's dangerous goods white on black over the route, with whom to call (49 CFR
    172.604; 173.185(c) for lithium batteries): what the carrier's dock looks for."""
    if not marks:
        return []
    text = one_line(" / ".join(marks))
    call = one_line(f"EMERGENCY CONTACT {phone}") if phone else ""
    size = fonts.fitted(text, INNER - 8, 11, bold=True, least=5)
    elements: list[Element] = [
        Box(MARGIN, top, INNER, HAZMAT_HEIGHT),
        TextLine(MARGIN, top + 14, INNER, text, size, bold=True, center=True, white=True),
    ]
    if call:
        elements.append(
            TextLine(
                MARGIN,
                top + 28,
                INNER,
                call,
                fonts.fitted(call, INNER - 8, 8.5, bold=True),
                bold=True,
                center=True,
                white=True,
            )
        )
    return elements


def _route_badge(route: str, *, top: float, height: float) -> list[Element]:
    """The route code white on black across the label, readable from a step away."""
    route = one_line(route)
    size = fonts.fitted(route, INNER - 16, 40, bold=True)
    baseline = top + height / 2 + size * 0.36  # cap height of DejaVu Sans Bold is ~0.73 em
    return [
        Box(MARGIN, top, INNER, height),
        TextLine(MARGIN, baseline, INNER, route, size, bold=True, center=True, white=True),
    ]


def _details(data: LabelData, *, top: float) -> Iterator[Element]:
    """Order, weight, crossing date and trip in a 2x2 grid of caption and value."""
    half = INNER / 2
    cells = (
        ("ORDER", data.order),
        ("WEIGHT", weight_text(data.weight_kg)),
        ("CROSSING", data.crossing_date.isoformat()),
        ("TRIP", data.trip or NO_TRIP),
    )
    for index, (caption, value) in enumerate(cells):
        x = MARGIN + (index % 2) * half
        row_top = top + (index // 2) * 23
        value = one_line(value)
        yield TextLine(x, row_top + 6, half - 4, caption, 6, bold=True)
        yield TextLine(
            x, row_top + 19, half - 4, value, fonts.fitted(value, half - 4, 12, bold=True), True
        )


def _parcel_barcode(symbol: str, caption: str, *, top: float, dpi: int) -> list[Element]:
    """The label's Code 128 (the parcel and the label's number) and its caption."""
    bars = barcodes.code128(symbol)
    dots = barcodes.dots_per_module(dpi)
    width = barcodes.symbol_width(bars, dpi, dots)
    if width > PAGE_WIDTH:
        raise ValueError(f"parcel id {symbol!r} is too long for a Code 128 on a 4 in label")
    text = one_line(caption)
    return [
        Barcode((PAGE_WIDTH - width) / 2, top, 34, bars, dots),
        TextLine(
            MARGIN, top + 34 + 13, INNER, text, fonts.fitted(text, INNER, 12, bold=True), True, True
        ),
    ]


# -- PDF ----------------------------------------------------------------------------------------


def label_pdf(data: LabelData, dpi: int = 203) -> bytes:
    """The label as a one-page 4x6 in PDF; the same data gives the same bytes (a reprint).

    Written directly (``page_pdf``) when its texts are in the fixed font subsets, as nearly all
    are; through ReportLab otherwise (a name in Cyrillic, say), with the same layout."""
    return elements_pdf(layout(data, dpi), f"Label {one_line(data.parcel_id)}", dpi)


def elements_pdf(elements: list[Element], title: str, dpi: int = 203) -> bytes:
    """A 4x6 in page of laid-out elements (a label, a hold tag) as PDF."""
    if all(page_pdf.covers(e.text) for e in elements if isinstance(e, TextLine)):
        return _one_page(elements, title, dpi)
    return _reportlab_pdf(elements, title, dpi)


def _one_page(elements: list[Element], title: str, dpi: int) -> bytes:
    page = page_pdf.OnePage(PAGE_WIDTH, PAGE_HEIGHT)
    for element in elements:
        if isinstance(element, Box):
            page.box(
                element.x, PAGE_HEIGHT - element.top - element.height, element.width, element.height
            )
        elif isinstance(element, Barcode):
            y = PAGE_HEIGHT - element.top - element.height
            spans = barcodes.bar_spans(
                element.bars, element.x, dpi=dpi, dots_per_module=element.dots_per_module
            )
            for left, width in spans:
                page.box(left, y, width, element.height)
        else:
            x = element.x
            if element.center:
                width = fonts.string_width(element.text, element.size, bold=element.bold)
                x += (element.width - width) / 2
            page.text(
                x,
                PAGE_HEIGHT - element.baseline,
                element.text,
                element.size,
                bold=element.bold,
                white=element.white,
            )
    return page.pdf(title)


def _reportlab_pdf(elements: list[Element], title: str, dpi: int) -> bytes:
    fonts.register()
    buffer = io.BytesIO()
    # Uncompressed: ~80 KB instead of ~45 KB, but zlib on the font subsets is over a third of
    # the time, and a label goes to a printer, not into an archive.
    canvas = Canvas(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        invariant=1,
        pageCompression=0,
        initialFontName=fonts.REGULAR,
    )  # fmt: skip  (no Helvetica declared)
    canvas.setTitle(title)
    canvas.setCreator("s321-desk")
    for element in elements:
        _draw(canvas, element, dpi)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw(canvas: Canvas, element: Element, dpi: int) -> None:
    if isinstance(element, Box):
        canvas.setFillColorRGB(0, 0, 0)
        y = PAGE_HEIGHT - element.top - element.height
        canvas.rect(element.x, y, element.width, element.height, stroke=0, fill=1)
    elif isinstance(element, Barcode):
        y = PAGE_HEIGHT - element.top - element.height
        barcodes.draw(
            canvas,
            element.bars,
            element.x,
            y,
            height=element.height,
            dpi=dpi,
            dots_per_module=element.dots_per_module,
        )
    else:
        canvas.setFillColorRGB(1, 1, 1) if element.white else canvas.setFillColorRGB(0, 0, 0)
        y = PAGE_HEIGHT - element.baseline
        if element.center:
            fonts.draw_string(
                canvas,
                element.x + element.width / 2,
                y,
                element.text,
                element.size,
                bold=element.bold,
                align="center",
            )
        else:
            fonts.draw_string(canvas, element.x, y, element.text, element.size, bold=element.bold)


# -- ZPL II -------------------------------------------------------------------------------------


def label_zpl(data: LabelData, dpi: int = 203) -> str:
    """The label as ZPL II for a 4x6 in thermal label at ``dpi`` (203 or 300), UTF-8 (^CI28)."""
    return elements_zpl(layout(data, dpi), dpi)


def elements_zpl(elements: list[Element], dpi: int = 203) -> str:
    """A 4x6 in page of laid-out elements (a label, a hold tag) as ZPL II at ``dpi``."""

    def dots(points: float) -> int:
        return round(points * dpi / 72)

    commands = ["^XA", "^CI28", f"^PW{dots(PAGE_WIDTH)}", f"^LL{dots(PAGE_HEIGHT)}", "^LH0,0"]
    for element in elements:
        if isinstance(element, Box):
            height = max(1, dots(element.height))
            commands.append(
                f"^FO{dots(element.x)},{dots(element.top)}"
                f"^GB{dots(element.width)},{height},{height},B,0^FS"
            )
        elif isinstance(element, Barcode):
            quiet = barcodes.QUIET_ZONE_MODULES * element.dots_per_module
            commands.append(
                f"^FO{dots(element.x) + quiet},{dots(element.top)}"
                f"^BY{element.dots_per_module}"
                f"^BCN,{dots(element.height)},N,N,N,N"
                f"^FH^FD{zpl_field(barcodes.zpl_code128(element.bars))}^FS"
            )
        elif not page_pdf.covers(element.text):
            # Beyond what the printer's resident font prints (kanji, Hangul, Arabic, Thai...):
            # the line as a graphic field, from the PDF's own fonts, at the printer's dots.
            from s321_desk.documents.zpl_graphics import graphic_field

            left, ascent, field = graphic_field(
                element.text,
                element.size,
                dpi,
                bold=element.bold,
                room=dots(element.width),
                center=element.center,
            )
            x, top = dots(element.x) + left, max(0, dots(element.baseline) - ascent)
            commands.append(f"^FO{x},{top}{field}^FS")
        else:
            height = max(10, dots(element.size))
            align = "C" if element.center else "L"
            # ^FO places the top of the line; the font's cap height is ~0.75 of its size.
            commands.append(
                f"^FO{dots(element.x)},{dots(element.baseline - element.size * 0.75)}"
                f"^A0N,{height},{height}"
                f"^FB{dots(element.width)},1,0,{align}"
                + ("^FR" if element.white else "")
                + f"^FH^FD{zpl_field(element.text)}^FS"
            )
    commands.append("^XZ")
    return "\n".join(commands) + "\n"
