"""The load manifest for the driver's binder: the parcels by route, with sums and signatures."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from s321_desk.documents import barcodes, fonts, pages
from s321_desk.documents.content import LoadInfo, ManifestData, ManifestRow
from s321_desk.documents.lead_sheet import eta_text, seal_text, value_or_missing
from s321_desk.documents.text import one_line

TITLE = "LOAD MANIFEST"
ROUTE_ORDER = ("S321_MANIFEST", "ET86", "T11", "T01", "T03", "HOLD")  # then the others, A-Z
NO_VALUE = "-"  # an SCN not assigned, a parcel not weighed
BARCODE_DPI, BARCODE_DOTS = 203, 2

PAGE_WIDTH, PAGE_HEIGHT = pages.LETTER_LANDSCAPE
LEFT, RIGHT = pages.MARGIN, PAGE_WIDTH - pages.MARGIN
TOP, BOTTOM = PAGE_HEIGHT - pages.MARGIN, pages.MARGIN + 12  # the footer is under BOTTOM
INNER = RIGHT - LEFT
SIZE, LEADING = 7.0, 8.2  # the table's text
PAD, NUMBER_PAD = 2.5, 5.0  # inside a cell on each side; right of a number, clear of the next
HEAD_HEIGHT, HEADING_HEIGHT, GAP = 12.0, 14.0, 16.0


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float
    right: bool = False  # numbers are right-aligned


COLUMNS = (
    *(Column(title, width) for title, width in (("SCN", 79), ("Parcel id", 46))),
    *(Column(t, w) for t, w in (("Consignee", 96), ("City / State / ZIP", 90))),
    Column("Description", 107),
    # Wide enough for a load's sums in bold: 99,999 units, 99,999.999 kg, 9,999,999.99 USD.
    *(Column(t, w, True) for t, w in (("Qty", 36), ("Weight kg", 52), ("Value USD", 60))),
    *(Column(title, width) for title, width in (("Origin", 30), ("HTS", 60), ("Route", 64))),
)
QUANTITY, WEIGHT, VALUE = 5, 6, 7
X = [LEFT + sum(c.width for c in COLUMNS[:i]) for i in range(len(COLUMNS) + 1)]


# -- what is printed ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tally:
    """Parcels, units, weight and value of some rows; the weight of the weighed ones only."""

    parcels: int
    quantity: int
    weight_kg: Decimal
    value_usd: Decimal
    unweighed: int


def tally(rows: Iterable[ManifestRow]) -> Tally:
    parcels = quantity = unweighed = 0
    weight = value = Decimal(0)
    for row in rows:
        parcels += 1
        quantity += row.quantity
        value += row.value_usd
        if row.weight_kg is None:
            unweighed += 1
        else:
            weight += row.weight_kg
    return Tally(parcels, quantity, weight, value, unweighed)


def route_key(route: str) -> tuple[int, str]:
    """The routes of ``ROUTE_ORDER`` first, in that order, then any other alphabetically."""
    if route in ROUTE_ORDER:
        return ROUTE_ORDER.index(route), ""
    return len(ROUTE_ORDER), route


def by_route(rows: Sequence[ManifestRow]) -> list[tuple[str, list[ManifestRow]]]:
    """The rows grouped by route in ``route_key`` order, each group in the rows' given order."""
    groups: dict[str, list[ManifestRow]] = {}
    for row in rows:
        groups.setdefault(row.route, []).append(row)
    return sorted(groups.items(), key=lambda item: route_key(item[0]))


def hts_text(hts: str) -> str:
    """``6109.10.0012``: each 10-digit number of a ", "-joined list dotted, anything else as is."""

    def dotted(number: str) -> str:
        if len(number) == 10 and number.isascii() and number.isdigit():
            return f"{number[:4]}.{number[4:6]}.{number[6:]}"
        return number

    return ", ".join(dotted(part) for part in hts.split(", "))


def weight_text(weight_kg: Decimal | None) -> str:
    """``1,234.500``: kilograms to the gram, as the scale weighs."""
    return NO_VALUE if weight_kg is None else f"{weight_kg:,.3f}"


def money_text(value_usd: Decimal) -> str:
    return f"{value_usd:,.2f}"


def parcels_text(count: int) -> str:
    return f"{count:,} parcel" + ("" if count == 1 else "s")


def row_texts(row: ManifestRow) -> tuple[str, ...]:
    """One parcel's cells, column by column, as printed."""
    place = " ".join(part for part in (row.city, row.state, row.zip) if part)
    return (
        *(row.scn or NO_VALUE, row.parcel_id, row.consignee, place, row.description),
        *(f"{row.quantity:,}", weight_text(row.weight_kg), money_text(row.value_usd)),
        *(row.origin, hts_text(row.hts), row.route),
    )


# -- the table's lines, then its pages ----------------------------------------------------------

ROW, HEADING, SUBTOTAL, SUMMARY, TOTAL = "row", "heading", "subtotal", "summary", "total"
_CHAR_WIDTHS: dict[bool, dict[str, float]] = {False: {}, True: {}}


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """``fonts.string_width`` from a table of character widths (ReportLab adds up the same
    widths, without kerning): its own path costs microseconds a call, and every cell is
    measured."""
    table = _CHAR_WIDTHS[bold]
    try:
        return size * sum(map(table.__getitem__, text))
    except KeyError:
        for character in set(text) - table.keys():
            table[character] = fonts.string_width(character, 1, bold=bold)
        return size * sum(map(table.__getitem__, text))


def _cell(text: str, room: float, bold: bool) -> tuple[str, ...]:
    """A cell's lines; most fit as they are and are measured without ``pages.wrap``."""
    if not text:
        return ()
    if text.isprintable() and text_width(text, SIZE, bold=bold) <= room:
        return (text,)  # printable: no control character that one_line would replace
    return tuple(pages.wrap(text, room, SIZE, bold=bold))


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the table, its cells wrapped to their columns."""

    kind: str  # ROW, HEADING (of a route or the summary), SUBTOTAL, SUMMARY or TOTAL
    group: str  # the heading of the part it is in: "Route T11", "Summary by route"
    cells: tuple[tuple[str, ...], ...]  # per column; HEADING: one cell, the heading
    height: float
    shaded: bool = False


def _line(kind: str, group: str, texts: Sequence[str], *, shaded: bool = False) -> Line:
    """A parcel's row, or a sum whose words run across the columns up to the quantity."""
    rooms = [c.width - PAD - (NUMBER_PAD if c.right else PAD) for c in COLUMNS]
    if kind != ROW:
        rooms[0] = X[QUANTITY] - LEFT - 2 * PAD
    bold = kind in (SUBTOTAL, TOTAL)
    cells = tuple(_cell(t, room, bold) for t, room in zip(texts, rooms, strict=True))
    height = max(1, *map(len, cells)) * LEADING + 1.8
    return Line(kind, group, cells, height + (3 if kind == TOTAL else 0), shaded)


def _heading(group: str, *, continued: bool = False) -> Line:
    lines = tuple(pages.wrap(group + (" (continued)" if continued else ""), INNER, 8, bold=True))
    return Line(HEADING, group, (lines,), HEADING_HEIGHT + (len(lines) - 1) * 9.6)


def _sum_line(kind: str, group: str, label: str, total: Tally) -> Line:
    texts = [""] * len(COLUMNS)
    unweighed = f" ({total.unweighed:,} not weighed)" if total.unweighed else ""
    texts[0] = f"{label}: {parcels_text(total.parcels)}{unweighed}"
    texts[QUANTITY], texts[WEIGHT] = f"{total.quantity:,}", weight_text(total.weight_kg)
    texts[VALUE] = money_text(total.value_usd)
    return _line(kind, group, texts)


def table_lines(rows: Sequence[ManifestRow]) -> list[Line]:
    """The table: per route a heading, its rows and its subtotal; then the summary by route
    and the load's total."""
    lines: list[Line] = []
    summary = [_heading("Summary by route")]
    for route, group in by_route(rows):
        name = one_line(route)
        lines.append(_heading(f"Route {name}"))
        lines += (_line(ROW, f"Route {name}", row_texts(r), shaded=i % 2 == 1)
                  for i, r in enumerate(group))  # fmt: skip
        total = tally(group)
        lines.append(_sum_line(SUBTOTAL, f"Route {name}", f"Subtotal {name}", total))
        summary.append(_sum_line(SUMMARY, summary[0].group, name, total))
    return [*lines, *summary, _sum_line(TOTAL, summary[0].group, "TOTAL LOAD", tally(rows))]


def _split(line: Line, room: float) -> list[Line]:
    """A line taller than a page's table (a very long description) cut into pieces that fit."""
    if line.height <= room:
        return [line]
    step = max(1, int((room - 1.8) // LEADING))
    count = max(map(len, line.cells))
    return [
        replace(
            line,
            cells=tuple(cell[start : start + step] for cell in line.cells),
            height=min(step, count - start) * LEADING + 1.8,
        )
        for start in range(0, count, step)
    ]


def paginate(lines: Sequence[Line], room: float) -> list[list[Line]]:
    """The lines page by page: a heading stays with the line under it, and a page that starts
    inside a route (or the summary) opens with its heading "(continued)"."""
    result: list[list[Line]] = [[]]
    used = 0.0
    pieces = [piece for line in lines for piece in _split(line, room - HEADING_HEIGHT)]
    for index, line in enumerate(pieces):
        need = line.height
        if line.kind == HEADING and index + 1 < len(pieces):
            need += pieces[index + 1].height
        if used + need > room and result[-1]:
            result.append([] if line.kind == HEADING else [_heading(line.group, continued=True)])
            used = sum(heading.height for heading in result[-1])
        result[-1].append(line)
        used += line.height
    return result


# -- the header and the closing block: elements placed from a top -------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    x: float  # the right end when ``right``
    down: float  # the baseline, below the top
    text: str
    size: float
    bold: bool = False
    right: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal rule (``height`` 0) or a grey band ``height`` tall; ``down`` is its top."""

    x: float
    down: float
    width: float
    height: float = 0.0


Element = Text | Rule | barcodes.Bars


def _texts(x: float, down: float, lines: Sequence[str], size: float, bold: bool) -> list[Element]:
    return [Text(x, down + i * size * 1.2, t, size, bold) for i, t in enumerate(lines)]


def _cells(cells: Sequence[tuple[str, str]], x: float, width: float, down: float,
           size: float) -> tuple[list[Element], float]:  # fmt: skip
    """Captions over values (wrapped, bold) side by side; the elements and their height."""
    elements: list[Element] = []
    tallest = 1
    for index, (caption, value) in enumerate(cells):
        lines = pages.wrap(value, width - 8, size, bold=True)
        elements.append(Text(x + index * width, down + 6.5, caption.upper(), 6.5))
        elements += _texts(x + index * width, down + 8 + size, lines, size, True)
        tallest = max(tallest, len(lines))
    return elements, 10 + tallest * size * 1.2


def header(load: LoadInfo) -> tuple[list[Element], float]:
    """The head of every page but its number ("Page x of y" goes above the barcode)."""
    bars = barcodes.code39(load.trip)
    bar_width = barcodes.symbol_width(bars, BARCODE_DPI, BARCODE_DOTS)
    if bar_width > INNER / 2:
        raise ValueError(f"trip number {load.trip!r} is too long for the manifest's Code 39")
    trip = pages.wrap(f"Trip {load.trip}", INNER - bar_width - 12, 13, bold=True)
    elements = [Text(LEFT, 14, TITLE, 16, True), *_texts(LEFT, 33, trip, 13, True), bars]
    down = max(62, 26 + len(trip) * 15.6)
    first = [("Carrier", one_line(load.carrier)), ("Port of entry", one_line(load.port)),
             ("ETA", eta_text(load.arrival)), ("Seal", seal_text(load.seal))]  # fmt: skip
    second = [("SCAC", one_line(load.scac)), ("Driver", value_or_missing(load.driver)),
              ("Tractor plate", value_or_missing(load.tractor_plate)),
              ("Trailer plate", value_or_missing(load.trailer_plate))]  # fmt: skip
    for cells in (first, second):
        more, height = _cells(cells, LEFT, INNER / 4, down, 9)
        elements += more
        down += height + 2
    return [*elements, Rule(LEFT, down, INNER)], down + 4


def closing(load: LoadInfo) -> tuple[list[Element], float]:
    """Under the table on the last page: seal and plates, and the driver's and the shipper's
    signatures, each with its date."""
    plates = [("Seal", seal_text(load.seal)),
              ("Tractor plate", value_or_missing(load.tractor_plate)),
              ("Trailer plate", value_or_missing(load.trailer_plate))]  # fmt: skip
    elements, down = _cells(plates, LEFT, INNER / 4, 0, 12)
    signers = (f"Driver: {value_or_missing(load.driver)}",
               f"Shipper's representative, for {one_line(load.shipper.name)}")  # fmt: skip
    tallest = 1
    for index, signer in enumerate(signers):
        x = LEFT + index * INNER / 2
        lines = pages.wrap(signer, INNER / 2 - 130, 8)
        elements += [Rule(x, down + 34, INNER / 2 - 120), Rule(x + INNER / 2 - 110, down + 34, 80)]
        elements += [
            Text(x + INNER / 2 - 110, down + 43, "Date", 7),
            *_texts(x, down + 43, lines, 8, False),
        ]
        tallest = max(tallest, len(lines))
    return elements, down + 36 + tallest * 9.6


def _table_head() -> list[Element]:
    titles = (
        Text(X[i + 1] - NUMBER_PAD if c.right else X[i] + PAD, 8.2, c.title, 6.5, True, c.right)
        for i, c in enumerate(COLUMNS)
    )
    return [Rule(LEFT, 0, INNER, HEAD_HEIGHT), *titles]


def _draw(canvas: Canvas, elements: Sequence[Element], top: float) -> None:
    for element in elements:
        if isinstance(element, Text):
            canvas.setFont(fonts.BOLD if element.bold else fonts.REGULAR, element.size)
            draw = canvas.drawRightString if element.right else canvas.drawString
            draw(element.x, top - element.down, element.text)
        elif isinstance(element, Rule) and element.height:
            canvas.setFillGray(0.82)
            bottom = top - element.down - element.height
            canvas.rect(element.x, bottom, element.width, element.height, stroke=0, fill=1)
            canvas.setFillGray(0)
        elif isinstance(element, Rule):
            canvas.setLineWidth(0.8)
            canvas.line(
                element.x, top - element.down, element.x + element.width, top - element.down
            )
        else:  # the trip's barcode, right-aligned under the page number
            x = RIGHT - barcodes.symbol_width(element, BARCODE_DPI, BARCODE_DOTS)
            barcodes.draw_with_text(canvas, element, x, top - 58, height=32, font_size=8,
                                    dpi=BARCODE_DPI, dots_per_module=BARCODE_DOTS)  # fmt: skip


# -- the table's text, written as PDF operators -------------------------------------------------


# One byte inside a PDF string: backslash and parentheses escaped, octal outside printable ASCII.
_ESCAPED = [
    "\\" + chr(c) if c in b"\\()" else chr(c) if 32 <= c < 127 else f"\\{c:03o}" for c in range(256)
]


class _Codes(dict[int, str]):
    """A ``str.translate`` table from characters to their bytes in subset 0 of one font at one
    size, filled as characters come: ReportLab numbers each new character of a TrueType font
    into 256-code subsets (what gets embedded). A character of another subset becomes a switch
    to that subset and back."""

    def __init__(self, doc: Any, bold: bool, size: float) -> None:
        super().__init__()
        self._doc, self._size = doc, size
        self._font = pdfmetrics.getFont(fonts.BOLD if bold else fonts.REGULAR)
        self.select = self._select(0)

    def _select(self, subset: int) -> str:
        return f"{self._font.getSubsetInternalName(subset, self._doc)} {self._size:g} Tf"

    def __missing__(self, code: int) -> str:
        ((subset, byte),) = self._font.splitString(chr(code), self._doc)
        encoded = "".join(_ESCAPED[b] for b in byte)
        if subset:
            encoded = f") Tj {self._select(subset)} ({encoded}) Tj {self.select} ("
        self[code] = encoded
        return encoded


def _draw_lines(canvas: Canvas, lines: Sequence[Line], top: float,
                codes: dict[tuple[bool, float], _Codes]) -> float:  # fmt: skip
    """The table's lines from ``top`` down (shading and rules, then all the text as one block
    of text operators); the y under the last. ReportLab's text object formats each number
    and escapes each string in Python, microseconds a call for 60,000 cells."""
    y = top
    canvas.setLineWidth(0.6)
    for line in lines:
        if line.shaded:
            canvas.setFillGray(0.92)
            canvas.rect(LEFT, y - line.height, INNER, line.height, stroke=0, fill=1)
            canvas.setFillGray(0)
        if line.kind in (SUBTOTAL, TOTAL):
            canvas.line(LEFT, y, RIGHT, y)
        if line.kind == TOTAL:
            canvas.line(LEFT, y - 2, RIGHT, y - 2)
        y -= line.height
    ops, current = ["BT"], None

    def put(x: float, y: float, text: str, size: float, bold: bool, right: bool = False) -> None:
        nonlocal current
        table = codes.get((bold, size))
        if table is None:
            table = codes[bold, size] = _Codes(canvas._doc, bold, size)
        if table is not current:
            ops.append(table.select)
            current = table
        x -= text_width(text, size, bold=bold) if right else 0
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({text.translate(table)}) Tj")

    y = top
    for line in lines:
        if line.kind == HEADING:
            for number, words in enumerate(line.cells[0]):
                put(LEFT + PAD, y - 10.5 - number * 9.6, words, 8, True)
        else:
            first = y - (3 if line.kind == TOTAL else 0) - SIZE - 0.4
            for index, cell in enumerate(line.cells):
                right = COLUMNS[index].right
                x = X[index + 1] - NUMBER_PAD if right else X[index] + PAD
                for number, words in enumerate(cell):
                    put(x, first - number * LEADING, words, SIZE, line.kind in (SUBTOTAL, TOTAL),
                        right)  # fmt: skip
        y -= line.height
    canvas.addLiteral("\n".join([*ops, "ET"]))
    return y


def _form(canvas: Canvas, name: str, elements: Sequence[Element], top: float) -> None:
    """Elements drawn once per canvas into a form (a PDF XObject) that each page shows: the
    header is the same on every page, and drawing its barcode on each page took a third of
    the time."""
    if not canvas.hasForm(name):
        canvas.beginForm(name)
        _draw(canvas, elements, top)
        canvas.endForm()
    canvas.doForm(name)


def draw_manifest(canvas: Canvas, data: ManifestData) -> None:
    """The manifest's pages on ``canvas``, each US Letter landscape and ended with ``showPage``."""
    fonts.register()
    head, head_height = header(data.load)
    table_top = TOP - head_height
    laid = paginate(table_lines(data.rows), table_top - BOTTOM - HEAD_HEIGHT)
    end, end_height = closing(data.load)
    if sum(line.height for line in laid[-1]) + HEAD_HEIGHT + GAP + end_height > table_top - BOTTOM:
        laid.append([])  # the closing block does not fit under the table: a page of its own
    # Form names only the same content gets: a driver pack may hold the manifests of two loads.
    digest = hashlib.sha256(repr([head, table_top]).encode()).hexdigest()[:16]
    codes: dict[tuple[bool, float], _Codes] = {}
    for number, page_lines in enumerate(laid, start=1):
        canvas.setPageSize(pages.LETTER_LANDSCAPE)
        canvas.setFillGray(0)
        canvas.setStrokeGray(0)
        _form(canvas, f"ManifestHead{digest}", head, TOP)
        label, last = pages.page_label(number, len(laid)), number == len(laid)
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawRightString(RIGHT, TOP - 9, label)
        y = table_top
        if page_lines:
            _form(canvas, f"ManifestTableHead{digest}", _table_head(), y)
            y = _draw_lines(canvas, page_lines, y - HEAD_HEIGHT, codes) - GAP
        if last:
            _draw(canvas, end, y)
        canvas.setFont(fonts.REGULAR, 7)
        canvas.drawString(LEFT, pages.MARGIN, f"{TITLE} {one_line(data.load.trip)}")
        footer = "End of manifest" if last else f"Continued on page {number + 1}"
        canvas.drawCentredString(PAGE_WIDTH / 2, pages.MARGIN, footer)
        canvas.drawRightString(RIGHT, pages.MARGIN, label)
        canvas.showPage()


def manifest_pdf(data: ManifestData) -> bytes:
    """The manifest alone as PDF; the same data gives the same bytes."""
    return pages.render(f"Load manifest {data.load.trip}", draw_manifest, data)
