"""The commercial invoice (19 CFR 141.86(a)) drawn on a canvas: US Letter, "Page x of y"."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import NamedTuple

from reportlab.pdfgen.canvas import Canvas

from s321_desk.documents import fonts, pages, pdf_text
from s321_desk.documents.content import Charge, InvoiceData, InvoiceLine, Party
from s321_desk.documents.escaping import one_line
from s321_desk.documents.pdf_text import Block, Shape, TextLines

TITLE = "COMMERCIAL INVOICE"
NOT_CLASSIFIED = "NOT CLASSIFIED"
UNKNOWN_ORIGIN = "UNKNOWN"
NO_SKU = "No SKU"
NO_TRUCK = "Not on a truck yet"
NONE = "None"

WIDTH, HEIGHT = pages.LETTER
LEFT = pages.MARGIN
INNER = WIDTH - 2 * pages.MARGIN
TOP = HEIGHT - pages.MARGIN
FOOTER = pages.MARGIN + 16  # the top of the footer ("Page x of y")
BOTTOM = FOOTER + 6  # where the blocks of a page end
PAD = 3.0
SIZE, LEADING = 7.5, 9.2  # table text
HEAD_SIZE, HEAD_LEADING = 8.5, 10.2  # the boxes of the head and the declaration
CAPTION = 6.2  # the small bold captions of boxes and columns
BAND = 0.88  # the grey of the column labels' band
CENT = Decimal("0.01")

# Blocks (pdf_text.Block): what one stretch of a page draws, in points below its top.
GAP = Block(10)
_Cell = str | tuple[str, ...]  # a tuple: each text starts a line of its own
_Entry = tuple[str, tuple[tuple[str, bool], ...]]  # a box's caption, its texts (bold or not)


def _lines(
    x: float,
    top: float,
    lines: Sequence[str],
    size: float,
    leading: float,
    *,
    bold: bool = False,
    right: float | None = None,
) -> list[TextLines]:
    """Lines downwards from ``top``, starting at ``x`` or, given ``right``, ending there."""
    baseline = top + (leading - size) / 2 + size * 0.8  # the ink centred in the leading
    if right is None:
        return pdf_text.texts(x, baseline, lines, size, leading, bold=bold)
    return pdf_text.texts(right, baseline, lines, size, leading, bold=bold, right=True)


# -- the invoice --------------------------------------------------------------------------------


def invoice_pdf(data: InvoiceData) -> bytes:
    """One invoice as PDF; the same data gives the same bytes (a reprint)."""
    return pages.render(f"Commercial invoice {data.number}", draw_invoice, data)


def draw_invoice(canvas: Canvas, data: InvoiceData) -> None:
    """All pages of one invoice, each set to Letter portrait and ended with ``showPage`` (the
    driver pack draws thousands of them and the landscape manifest on one canvas)."""
    running = functools.cache(lambda: _running_header(data))  # most invoices have one page
    blocks = [*_head(data), *_parcels(data), *_goods(data), *_totals(data), *_closing(data)]
    sheets = _paginate(blocks, later_top=lambda: TOP - running().height)
    name = f"Commercial invoice {one_line(data.number)}"
    for number, placed in enumerate(sheets, 1):
        canvas.setPageSize(pages.LETTER)
        if number > 1:
            placed.insert(0, (TOP, running()))
        placed.append((FOOTER, _footer(name, number, len(sheets))))
        pdf_text.draw(canvas, placed)
        canvas.showPage()


def _paginate(
    blocks: Sequence[Block], later_top: Callable[[], float]
) -> list[list[tuple[float, Block]]]:
    """Page by page, where each block goes (its top, the block); a table's header is placed
    again above its first row on each page."""
    sheets: list[list[tuple[float, Block]]] = [[]]
    y, page_top, header = TOP, TOP, None
    for block in blocks:
        if block is GAP and y == page_top:
            continue
        needs = block.header is not None and block.header is not header
        height = block.height + (block.header.height if needs and block.header else 0)
        if y - height < BOTTOM and y < page_top:
            sheets.append([])
            y = page_top = later_top()
            needs = block.header is not None
        if needs and block.header is not None:
            sheets[-1].append((y, block.header))
            y -= block.header.height
        sheets[-1].append((y, block))
        y -= block.height
        header = block.header
    return sheets


# -- page 1: title, parties, shipment -----------------------------------------------------------


def _head(data: InvoiceData) -> list[Block]:
    number = f"Invoice No. {one_line(data.number)}"
    title = (
        TextLines(LEFT, 18, (TITLE,), fonts.BOLD, 18, 18),
        *_lines(
            LEFT,
            0,
            [number],
            fonts.fitted(number, 260, 11, bold=True),
            13,
            bold=True,
            right=LEFT + INNER,
        ),
        *_lines(LEFT, 15, [f"Date: {data.date.isoformat()}"], 9, 11, right=LEFT + INNER),
    )
    arrival = data.arrival.strftime("%Y-%m-%d %H:%M %Z").strip() if data.arrival else NO_TRUCK
    orders = tuple((f"{name} - sold {sold.isoformat()}", False) for name, sold in data.orders)
    parties = [
        (("SELLER / SHIPPER (EXPORTER)", _party(data.shipper)),),
        (("BUYER / CONSIGNEE", _party(data.consignee)),),
        (("IMPORTER OF RECORD", _party(data.importer_of_record)),),
    ]
    shipment = [
        (
            ("PORT OF ENTRY", ((data.port, False),)),
            ("PLACE OF SHIPMENT", ((data.place_of_shipment, False),)),
        ),
        (
            ("TRIP", ((data.trip or NO_TRUCK, False),)),
            ("TIME OF SHIPMENT (PLANNED ARRIVAL AT THE PORT)", ((arrival, False),)),
        ),
        (("ORDERS AND DATES OF SALE", orders or ((NONE, False),)),),
    ]
    thirds = [INNER / 3] * 3
    return [Block(34, title), _boxes(parties, thirds), _boxes(shipment, thirds), GAP]


def _party(party: Party) -> tuple[tuple[str, bool], ...]:
    return ((party.name, True), *((line, False) for line in party.lines))


def _boxes(cells: Sequence[tuple[_Entry, ...]], widths: Sequence[float]) -> Block:
    """Boxes side by side, all as tall as the tallest: in each, captions with their texts."""
    texts: list[TextLines] = []
    x, height = LEFT, 0.0
    edges = [LEFT]
    for entries, width in zip(cells, widths, strict=True):
        column, bottom = _box(entries, x, width)
        texts += column
        height = max(height, bottom)
        x += width
        edges.append(x)
    shapes = [Shape(LEFT, 0, INNER, 0), Shape(LEFT, height, INNER, 0)]
    shapes += [Shape(edge, 0, 0, height) for edge in edges]
    return Block(height, tuple(texts), tuple(shapes))


@functools.lru_cache(maxsize=1024)  # the shipper, the port, the FX rate... repeat in a pack
def _box(
    entries: tuple[_Entry, ...], x: float, width: float
) -> tuple[tuple[TextLines, ...], float]:
    texts: list[TextLines] = []
    dy = PAD
    for caption, values in entries:
        lines = pages.wrapped(caption, width - 2 * PAD, CAPTION, True)
        texts += _lines(x + PAD, dy, lines, CAPTION, CAPTION * 1.4, bold=True)
        dy += len(lines) * CAPTION * 1.4
        for value, bold in values:
            lines = pages.wrapped(value, width - 2 * PAD, HEAD_SIZE, bold)
            texts += _lines(x + PAD, dy, lines, HEAD_SIZE, HEAD_LEADING, bold=bold)
            dy += len(lines) * HEAD_LEADING
        dy += 3
    return tuple(texts), dy + PAD - 3


# -- tables: parcels, merchandise, totals -------------------------------------------------------

PARCEL_COLUMNS = (
    ("Parcel", 130, False),
    ("SCN (shipment control number)", 190, False),
    ("Route", 120, False),
    ("Goods value USD", 100, True),
)
GOODS_COLUMNS = (
    ("Marks and numbers: SKU, parcel, order", 70, False),
    ("Detailed description of the merchandise", 144, False),
    ("HTS (10-digit)", 59, False),
    ("Country of origin", 47, False),
    ("Quantity", 38, True),  # numbers: aligned on the right
    ("Currency", 38, False),
    ("Unit purchase price", 48, True),
    ("Discount", 44, True),
    ("Line amount", 52, True),
)
TOTAL_COLUMNS = (("Currency", 60, False), ("Lines before discounts", 96, True),
                 ("Discounts", 96, True), ("Lines after discounts", 96, True),
                 ("Charges", 96, True), ("Invoice total", 96, True))  # fmt: skip
_Columns = Sequence[tuple[str, float, bool]]  # label, width, aligned right


@functools.cache
def _header(caption: str, columns: _Columns) -> Block:
    """The table's caption over a grey band of column labels (wrapped in their columns)."""
    labels = [pages.wrapped(label, width - 2 * PAD, CAPTION, True) for label, width, _ in columns]
    band = max(len(lines) for lines in labels) * CAPTION * 1.2 + 2 * PAD
    texts = _lines(LEFT, 0, [caption], 8, 10, bold=True)
    x = LEFT
    for (_, width, right), lines in zip(columns, labels, strict=True):
        texts += _lines(
            x + PAD,
            13 + PAD,
            lines,
            CAPTION,
            CAPTION * 1.2,
            bold=True,
            right=x + width - PAD if right else None,
        )
        x += width
    return Block(13 + band, tuple(texts), (Shape(LEFT, 13, INNER, band, BAND),))


def _rows(
    header: Block, columns: _Columns, cells: Sequence[_Cell], *, bold: bool = False
) -> Iterator[Block]:
    """One row, wrapped in its columns; a row taller than a page goes on over the next ones."""
    wrapped = [
        pages.wrapped(cell, width - 2 * PAD, SIZE, bold)
        if isinstance(cell, str)
        else tuple(
            line for part in cell for line in pages.wrapped(part, width - 2 * PAD, SIZE, bold)
        )
        for cell, (_, width, _) in zip(cells, columns, strict=True)
    ]
    most = int((TOP - BOTTOM - 120) // LEADING)  # lines that fit under any page's headers
    tallest = max(len(lines) for lines in wrapped)
    for start in range(0, tallest, most):
        texts: list[TextLines] = []
        x = LEFT
        for (_, width, right), lines in zip(columns, wrapped, strict=True):
            texts += _cell(lines[start : start + most], x, width, right, bold)
            x += width
        height = min(most, tallest - start) * LEADING + 2 * PAD
        yield Block(height, tuple(texts), (Shape(LEFT, height, INNER, 0),), header)


@functools.lru_cache(maxsize=8192)  # "CAD", "0.00", "CA", a catalogue's descriptions...
def _cell(
    lines: tuple[str, ...], x: float, width: float, right: bool, bold: bool
) -> tuple[TextLines, ...]:
    end = x + width - PAD if right else None
    return tuple(_lines(x + PAD, PAD, lines, SIZE, LEADING, bold=bold, right=end))


def _parcels(data: InvoiceData) -> Iterator[Block]:
    header = _header("PARCELS: SCN AND ROUTE OF EACH", PARCEL_COLUMNS)
    for parcel in data.parcels:
        value = "" if parcel.value_usd is None else money(parcel.value_usd)
        cells = (parcel.parcel_id, parcel.scn or f"None: {NO_TRUCK.lower()}", parcel.route, value)
        yield from _rows(header, PARCEL_COLUMNS, cells)
    yield GAP


def hts_text(hts: str | None) -> str:
    """``6109.10.0012``: the 10-digit HTS as the schedule prints it."""
    if not hts:
        return NOT_CLASSIFIED
    return f"{hts[:4]}.{hts[4:6]}.{hts[6:]}" if len(hts) == 10 and hts.isdigit() else hts


def money(amount: Decimal) -> str:
    """``1,234.50``: to the cent, or to the places it has past the cent (``2.125``)."""
    cents = amount.quantize(CENT)
    return f"{cents if cents == amount else amount.normalize():,}"


def _goods(data: InvoiceData) -> Iterator[Block]:
    header = _header("MERCHANDISE", GOODS_COLUMNS)
    for line in data.lines:
        cells: tuple[_Cell, ...] = (
            (line.sku or NO_SKU, line.parcel_id, line.order),
            line.description,
            hts_text(line.hts),
            line.origin or UNKNOWN_ORIGIN,
            f"{line.quantity:,}",
            line.currency,
            money(line.unit_price),
            money(line.discount),
            money(line.amount),
        )
        yield from _rows(header, GOODS_COLUMNS, cells)
    yield GAP


class CurrencyTotal(NamedTuple):
    currency: str
    gross: Decimal  # quantity times unit price
    discounts: Decimal
    net: Decimal
    charges: Decimal
    total: Decimal


def currency_totals(lines: Sequence[InvoiceLine], charges: Sequence[Charge]) -> list[CurrencyTotal]:
    """Per currency, in the order they first appear (lines, then charges)."""
    currencies = dict.fromkeys([*(line.currency for line in lines), *(c.currency for c in charges)])
    totals = []
    for currency in currencies:
        mine = [line for line in lines if line.currency == currency]
        gross = sum((line.quantity * line.unit_price for line in mine), Decimal(0))
        discounts = sum((line.discount for line in mine), Decimal(0))
        charged = sum((c.amount for c in charges if c.currency == currency), Decimal(0))
        net = gross - discounts
        totals.append(CurrencyTotal(currency, gross, discounts, net, charged, net + charged))
    return totals


def _totals(data: InvoiceData) -> Iterator[Block]:
    header = _header("TOTALS PER CURRENCY", TOTAL_COLUMNS)
    for total in currency_totals(data.lines, data.charges):
        cells = (total.currency, *(money(amount) for amount in total[1:]))
        yield from _rows(header, TOTAL_COLUMNS, cells, bold=True)
    yield GAP


# -- after the tables: charges, FX, declaration; the running header and the footer -------------


def _closing(data: InvoiceData) -> list[Block]:
    def charge(c: Charge) -> tuple[str, bool]:
        included = " (included in the price)" if not c.amount else ""
        return f"{c.description}: {c.currency} {money(c.amount)}{included}", False

    rates = tuple((f"1 {x.currency} = {x.rate_to_usd} USD ({x.source})", False) for x in data.fx)
    additions = [
        (
            (
                "CHARGES (FREIGHT, INSURANCE, PACKING...)",
                tuple(charge(c) for c in data.charges) or ((NONE, False),),
            ),
        ),
        (("REBATES, DRAWBACKS AND BOUNTIES", ((data.rebates or NONE, False),)),),
        (("ASSISTS", ((data.assists or NONE, False),)),),
    ]
    usd = [(("EXCHANGE RATES USED (TO USD)", rates or (("None: all amounts are in USD", False),)),)]
    if data.goods_usd is not None and data.charges_usd is not None:
        # The goods' value (the one the manifest and the e-manifest give), the charges apart.
        usd += [
            (("GOODS VALUE IN USD", ((f"USD {money(data.goods_usd)}", True),)),),
            (("CHARGES IN USD", ((f"USD {money(data.charges_usd)}", False),)),),
        ]
    usd.append((("TOTAL IN USD", ((f"USD {money(data.total_usd)}", True),)),))
    third = INNER / 3
    widths = [2 * third, third] if len(usd) == 2 else [third, *[2 * third / 3] * 3]
    signed = _signed(data.declaration, data.responsible_person, data.responsible_title)
    return [_boxes(additions, [third] * 3), _boxes(usd, widths), GAP, signed]


@functools.lru_cache(maxsize=16)  # the same for every invoice of a pack
def _signed(declaration: str, person: str, title: str) -> Block:
    """The declaration, who makes it, and the lines to sign and date it on."""
    texts = _lines(LEFT, 0, ["DECLARATION OF THE EXPORTER"], 8, 10, bold=True)
    lines = pages.wrapped(declaration, INNER, HEAD_SIZE)
    texts += _lines(LEFT, 12, lines, HEAD_SIZE, HEAD_LEADING)
    dy = 12 + len(lines) * HEAD_LEADING + 4
    who = pages.wrapped(
        f"Responsible person of the exporter: {person}, {title}", INNER, HEAD_SIZE, True
    )
    texts += _lines(LEFT, dy, who, HEAD_SIZE, HEAD_LEADING, bold=True)
    line_at = dy + len(who) * HEAD_LEADING + 30  # room to sign
    texts += _lines(LEFT, line_at + 1, ["Signature of the responsible person"], CAPTION, 8)
    texts += _lines(LEFT + 340, line_at + 1, ["Date"], CAPTION, 8)
    shapes = (Shape(LEFT, line_at, 300, 0), Shape(LEFT + 340, line_at, INNER - 340, 0))
    return Block(line_at + 10, tuple(texts), shapes)


def _running_header(data: InvoiceData) -> Block:
    """What later pages carry instead of the head: whose invoice this is, on which truck."""
    title = pages.wrapped(f"{TITLE} {data.number} (continued)", INNER, 10, True)
    who = pages.wrapped(
        f"Consignee: {data.consignee.name}  -  Trip: {data.trip or NO_TRUCK}", INNER, HEAD_SIZE
    )
    texts = _lines(LEFT, 0, title, 10, 12, bold=True)
    texts += _lines(LEFT, len(title) * 12 + 1, who, HEAD_SIZE, HEAD_LEADING)
    rule = len(title) * 12 + len(who) * HEAD_LEADING + 4
    return Block(rule + 8, tuple(texts), (Shape(LEFT, rule, INNER, 0),))


def _footer(name: str, number: int, total: int) -> Block:
    size = fonts.fitted(name, INNER - 100, 7.5)
    texts = (TextLines(LEFT, 14, (name,), fonts.REGULAR, size, size), *_page_label(number, total))
    return Block(16, texts, (Shape(LEFT, 4, INNER, 0),))


@functools.lru_cache(maxsize=256)
def _page_label(number: int, total: int) -> tuple[TextLines, ...]:
    label = pages.page_label(number, total)
    return tuple(_lines(LEFT, 7, [label], 8, 9, bold=True, right=LEFT + INNER))
