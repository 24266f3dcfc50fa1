"""The load manifest for the driver's binder: the parcels by route, with sums and signatures."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from reportlab.pdfgen.canvas import Canvas

from s321_desk.documents import barcodes, fonts, pages, pdf_text
from s321_desk.documents.content import LoadInfo, ManifestData, ManifestItem, ManifestRow
from s321_desk.documents.escaping import one_line
from s321_desk.documents.lead_sheet import eta_text, seal_text, value_or_missing
from s321_desk.documents.pdf_text import Block, Shape, TextLines
from s321_desk.domain.codes import Route

TITLE = "LOAD MANIFEST"
ROUTE_ORDER = tuple(Route)  # in the order RULES.md gives them; then the others, A-Z
NO_VALUE = "-"  # an SCN not assigned, a parcel not weighed
BARCODE_DPI, BARCODE_DOTS = 203, 2

PAGE_WIDTH, PAGE_HEIGHT = pages.LETTER_LANDSCAPE
LEFT, RIGHT = pages.MARGIN, PAGE_WIDTH - pages.MARGIN
TOP, BOTTOM = PAGE_HEIGHT - pages.MARGIN, pages.MARGIN + 12  # the footer is under BOTTOM
INNER = RIGHT - LEFT
SIZE, LEADING = 7.0, 8.2  # the table's text
PAD, NUMBER_PAD = 2.5, 5.0  # inside a cell on each side; right of a number, clear of the next
HEAD_HEIGHT, HEADING_HEIGHT, GAP = 12.0, 14.0, 16.0
HEAD_GREY, SHADE = 0.82, 0.92  # the column titles' band; every other parcel's row
RULE, TABLE_RULE = 0.8, 0.6  # line widths: the header's and the closing's; the sums'


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float
    right: bool = False  # numbers are right-aligned


COLUMNS = (
    *(Column(title, width) for title, width in (("SCN", 79), ("Parcel id", 46))),
    *(Column(t, w) for t, w in (("Consignee", 96), ("City / State / ZIP", 90))),
    # HM: an X marks dangerous goods, their UN number, name and class before the description
    # (a shipping paper's hazardous materials column, 49 CFR 172.201(a)(1)(iii)).
    Column("HM", 16),
    Column("Description", 91),
    # Wide enough for a load's sums in bold: 99,999 units, 99,999.999 kg, 9,999,999.99 USD.
    *(Column(t, w, True) for t, w in (("Qty", 36), ("Weight kg", 52), ("Value USD", 60))),
    *(Column(title, width) for title, width in (("Origin", 30), ("HTS", 60), ("Route", 64))),
)
QUANTITY, WEIGHT, VALUE = 6, 7, 8
X = [LEFT + sum(c.width for c in COLUMNS[:i]) for i in range(len(COLUMNS) + 1)]
CELL_X = [X[i + 1] - NUMBER_PAD if c.right else X[i] + PAD for i, c in enumerate(COLUMNS)]  # text


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


def row_texts(row: ManifestRow) -> list[tuple[str, ...]]:
    """One parcel's rows, each its cells column by column, as printed: the parcel's facts
    beside its first item, then each other item on a row of its own with its HTS."""
    place = " ".join(part for part in (row.city, row.state, row.zip) if part)
    items = row.items or (ManifestItem(row.description, row.quantity, row.origin, row.hts),)
    first = items[0]
    rows: list[tuple[str, ...]] = [
        (
            *(row.scn or NO_VALUE, row.parcel_id, row.consignee, place, *_hazmat(first)),
            *(f"{first.quantity:,}", weight_text(row.weight_kg), money_text(row.value_usd)),
            *(first.origin, hts_text(first.hts), row.route),
        )
    ]
    for item in items[1:]:
        rows.append(
            (
                "",
                "",
                "",
                "",
                *_hazmat(item),
                f"{item.quantity:,}",
                "",
                "",
                item.origin,
                hts_text(item.hts),
                "",
            )
        )
    return rows


def _hazmat(item: ManifestItem) -> tuple[str, str]:
    """The HM column's X and the description, dangerous goods' shipping description first."""
    if not item.hazmat:
        return "", item.description
    return "X", f"{item.hazmat} - {item.description}"


# -- the table's lines, then its pages ----------------------------------------------------------

ROW, HEADING, SUBTOTAL, SUMMARY, TOTAL = "row", "heading", "subtotal", "summary", "total"


def _cell(text: str, room: float, bold: bool) -> tuple[str, ...]:
    """A cell's lines: none for an empty cell."""
    return pages.wrapped(text, room, SIZE, bold) if text else ()


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
        lines += (
            _line(ROW, f"Route {name}", texts, shaded=i % 2 == 1)
            for i, r in enumerate(group)
            for texts in row_texts(r)
        )
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


# -- the header, the closing block and the table's lines as blocks of texts and shapes -------


def _cells(
    cells: Sequence[tuple[str, str]], x: float, width: float, down: float, size: float
) -> tuple[list[TextLines], float]:
    """Captions over values (wrapped, bold) side by side; the texts and their height."""
    texts: list[TextLines] = []
    tallest = 1
    for index, (caption, value) in enumerate(cells):
        lines = pages.wrap(value, width - 8, size, bold=True)
        texts += pdf_text.texts(x + index * width, down + 6.5, [caption.upper()], 6.5)
        texts += pdf_text.texts(x + index * width, down + 8 + size, lines, size, bold=True)
        tallest = max(tallest, len(lines))
    return texts, 10 + tallest * size * 1.2


def header(load: LoadInfo) -> tuple[Block, barcodes.Bars]:
    """The head of every page but its number ("Page x of y" goes above the trip's barcode,
    drawn right-aligned under it)."""
    bars = barcodes.code39(load.trip)
    bar_width = barcodes.symbol_width(bars, BARCODE_DPI, BARCODE_DOTS)
    if bar_width > INNER / 2:
        raise ValueError(f"trip number {load.trip!r} is too long for the manifest's Code 39")
    trip = pages.wrap(f"Trip {load.trip}", INNER - bar_width - 12, 13, bold=True)
    texts = pdf_text.texts(LEFT, 14, [TITLE], 16, bold=True)
    texts += pdf_text.texts(LEFT, 33, trip, 13, bold=True)
    down = max(62, 26 + len(trip) * 15.6)
    first = [
        ("Carrier", one_line(load.carrier)),
        ("Port of entry", one_line(load.port)),
        ("ETA", eta_text(load.arrival)),
        ("Seal", seal_text(load.seal)),
    ]
    second = [("SCAC", one_line(load.scac)), ("Driver", value_or_missing(load.driver)),
              ("Tractor plate", value_or_missing(load.tractor_plate)),
              ("Trailer plate", value_or_missing(load.trailer_plate))]  # fmt: skip
    for cells in (first, second):
        more, height = _cells(cells, LEFT, INNER / 4, down, 9)
        texts += more
        down += height + 2
    return Block(down + 4, tuple(texts), (Shape(LEFT, down, INNER, 0, stroke=RULE),)), bars


def closing(load: LoadInfo) -> Block:
    """Under the table on the last page: seal and plates, and the driver's and the shipper's
    signatures, each with its date."""
    plates = [
        ("Seal", seal_text(load.seal)),
        ("Tractor plate", value_or_missing(load.tractor_plate)),
        ("Trailer plate", value_or_missing(load.trailer_plate)),
        *([("Audit at seal", load.audit_head)] if load.audit_head else []),
    ]
    texts, down = _cells(plates, LEFT, INNER / 4, 0, 12)
    signers = (
        f"Driver: {value_or_missing(load.driver)}",
        f"Shipper's representative, for {one_line(load.shipper.name)}",
    )
    shapes: list[Shape] = []
    tallest = 1
    for index, signer in enumerate(signers):
        x, date_x = LEFT + index * INNER / 2, LEFT + index * INNER / 2 + INNER / 2 - 110
        lines = pages.wrap(signer, INNER / 2 - 130, 8)
        shapes += [
            Shape(x, down + 34, INNER / 2 - 120, 0, stroke=RULE),
            Shape(date_x, down + 34, 80, 0, stroke=RULE),
        ]
        texts += pdf_text.texts(date_x, down + 43, ["Date"], 7)
        texts += pdf_text.texts(x, down + 43, lines, 8)
        tallest = max(tallest, len(lines))
    return Block(down + 36 + tallest * 9.6, tuple(texts), tuple(shapes))


def _table_head() -> Block:
    texts = [
        text
        for x, column in zip(CELL_X, COLUMNS, strict=True)
        for text in pdf_text.texts(x, 8.2, [column.title], 6.5, bold=True, right=column.right)
    ]
    return Block(HEAD_HEIGHT, tuple(texts), (Shape(LEFT, 0, INNER, HEAD_HEIGHT, HEAD_GREY),))


def _block(line: Line) -> Block:
    """A line of the table: its shading and rules, then its texts (a heading's or each cell's)."""
    shapes = [Shape(LEFT, 0, INNER, line.height, SHADE)] if line.shaded else []
    if line.kind in (SUBTOTAL, TOTAL):
        shapes.append(Shape(LEFT, 0, INNER, 0, stroke=TABLE_RULE))
    if line.kind == TOTAL:
        shapes.append(Shape(LEFT, 2, INNER, 0, stroke=TABLE_RULE))
    if line.kind == HEADING:
        texts = pdf_text.texts(LEFT + PAD, 10.5, line.cells[0], 8, 9.6, bold=True)
    else:
        first, bold = (3 if line.kind == TOTAL else 0) + SIZE + 0.4, line.kind in (SUBTOTAL, TOTAL)
        texts = [
            text
            for x, column, cell in zip(CELL_X, COLUMNS, line.cells, strict=True)
            if cell
            for text in pdf_text.texts(x, first, cell, SIZE, LEADING, bold=bold, right=column.right)
        ]
    return Block(line.height, tuple(texts), tuple(shapes))


def _page_ends(number: int, count: int, load: LoadInfo) -> tuple[Block, Block]:
    """Above the head's barcode, "Page x of y"; under the table, the footer."""
    label = pages.page_label(number, count)
    footer = "End of manifest" if number == count else f"Continued on page {number + 1}"
    middle = PAGE_WIDTH / 2 - fonts.string_width(footer, 7) / 2
    texts = [
        *pdf_text.texts(LEFT, 0, [f"{TITLE} {one_line(load.trip)}"], 7),
        *pdf_text.texts(middle, 0, [footer], 7),
        *pdf_text.texts(RIGHT, 0, [label], 7, right=True),
    ]
    above = pdf_text.texts(RIGHT, 9, [label], 10, bold=True, right=True)
    return Block(0, tuple(above)), Block(0, tuple(texts))


def _form(canvas: Canvas, name: str, draw: Callable[[], None]) -> None:
    """What ``draw`` draws, drawn once per canvas into a form (a PDF XObject) that each page
    shows: the header is the same on every page, and drawing its barcode on each page took a
    third of the time."""
    if not canvas.hasForm(name):
        canvas.beginForm(name)
        draw()
        canvas.endForm()
    canvas.doForm(name)


def _draw_head(canvas: Canvas, head: Block, bars: barcodes.Bars) -> None:
    pdf_text.draw(canvas, [(TOP, head)])
    x = RIGHT - barcodes.symbol_width(bars, BARCODE_DPI, BARCODE_DOTS)
    barcodes.draw_with_text(
        canvas,
        bars,
        x,
        TOP - 58,
        height=32,
        font_size=8,
        dpi=BARCODE_DPI,
        dots_per_module=BARCODE_DOTS,
    )


def draw_manifest(canvas: Canvas, data: ManifestData) -> None:
    """The manifest's pages on ``canvas``, each US Letter landscape and ended with ``showPage``."""
    fonts.register()
    head, bars = header(data.load)
    table_top = TOP - head.height
    laid = paginate(table_lines(data.rows), table_top - BOTTOM - HEAD_HEIGHT)
    end = closing(data.load)
    if sum(line.height for line in laid[-1]) + HEAD_HEIGHT + GAP + end.height > table_top - BOTTOM:
        laid.append([])  # the closing block does not fit under the table: a page of its own
    # Form names only the same content gets: a driver pack may hold the manifests of two loads.
    digest = hashlib.sha256(repr([head, bars, table_top]).encode()).hexdigest()[:16]
    table_head = [(table_top, _table_head())]
    for number, page_lines in enumerate(laid, start=1):
        canvas.setPageSize(pages.LETTER_LANDSCAPE)
        canvas.setFillGray(0)
        canvas.setStrokeGray(0)
        _form(canvas, f"ManifestHead{digest}", lambda: _draw_head(canvas, head, bars))
        page_number, footer = _page_ends(number, len(laid), data.load)
        pdf_text.draw(canvas, [(TOP, page_number)])  # drawn, so read, before the table head
        placed: list[tuple[float, Block]] = []
        y = table_top
        if page_lines:
            _form(canvas, f"ManifestTableHead{digest}", lambda: pdf_text.draw(canvas, table_head))
            y -= HEAD_HEIGHT
            for line in page_lines:
                placed.append((y, _block(line)))
                y -= line.height
            y -= GAP
        if number == len(laid):
            placed.append((y, end))
        pdf_text.draw(canvas, [*placed, (pages.MARGIN, footer)])
        canvas.showPage()


def manifest_pdf(data: ManifestData) -> bytes:
    """The manifest alone as PDF; the same data gives the same bytes."""
    return pages.render(f"Load manifest {data.load.trip}", draw_manifest, data)
