"""Pick tickets, packing slips and the stations' sheet of command barcodes (US Letter).

A pick ticket is one order on a page of its own: the order's Code 128 at the top (what the
packer scans to open its parcel at the station), then each line to pick, in picking order:
SKU, description, quantity and the item's barcode (its UPC/EAN, else its SKU: what the station
accepts for it). An order with more lines than a page goes on to the next, its barcode again.
Bars at whole dots of a 203 dpi grid, as on the labels.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from s321_desk.documents import barcodes, fonts, pages
from s321_desk.documents.content import PackingSlip, PickLine, PickTicket, PickWave
from s321_desk.documents.escaping import one_line

WIDTH, HEIGHT = pages.LETTER
LEFT, RIGHT = pages.MARGIN, WIDTH - pages.MARGIN
INNER = RIGHT - LEFT
DPI, DOTS = 203, 2
ROW = 50.0  # a line to pick: its texts and its barcode
COLUMNS = (("SKU", 0.0), ("DESCRIPTION", 104.0), ("QTY", 300.0), ("SCAN", 340.0))
COMMANDS = (
    ("CMD-CLOSE", "F12", "Close the parcel: the verdict, then its label or its tag"),
    ("CMD-UNDO", "F9", "Take the last item scanned out again"),
    ("CMD-HOLD", "F6", "Hold the parcel on the screen (a supervisor signs)"),
    ("CMD-REPRINT", "F7", "Print its label again (a held parcel: its tag)"),
    ("CMD-VOID", "F8", "Void the parcel on the screen (a supervisor signs)"),
    ("CMD-SHORT", "", "Close the open parcel short: what is missing goes on the record"),
)


def _symbol(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    height: float,
    *,
    size: float = 8,
    room: float = INNER,
) -> None:
    """A Code 128 with its text under it, its left quiet zone at ``x`` (nothing if the text
    cannot be one: not printable ASCII, or too wide for ``room``)."""
    try:
        bars = barcodes.code128(text)
    except ValueError:
        return
    if barcodes.symbol_width(bars, DPI, DOTS) > room:
        return
    barcodes.draw_with_text(
        canvas, bars, x, y, height=height, font_size=size, dpi=DPI, dots_per_module=DOTS
    )


def _cell(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    room: float,
    size: float = 10,
    *,
    bold: bool = False,
) -> None:
    lines = pages.wrap(text, room, size, bold=bold)[:3]
    for index, line in enumerate(lines):
        fonts.draw_string(canvas, x, y - index * size * 1.2, line, size, bold=bold)


def _lines_head(canvas: Canvas, y: float) -> None:
    canvas.setFillGray(0.88)
    canvas.rect(LEFT, y - 4, INNER, 16, stroke=0, fill=1)
    canvas.setFillGray(0)
    for caption, x in COLUMNS:
        fonts.draw_string(canvas, LEFT + 4 + x, y + 1, caption, 8, bold=True)


def _line(canvas: Canvas, line: PickLine, y: float) -> None:
    """One line to pick, its top at ``y``."""
    _cell(canvas, line.sku or "(no SKU)", LEFT + 4, y - 14, 96, bold=True)
    _cell(canvas, line.description, LEFT + 4 + 104, y - 14, 190)
    fonts.draw_string(
        canvas, LEFT + 4 + 300 + 28, y - 16, f"{line.quantity:,}", 16, bold=True, align="right"
    )
    if line.barcode:
        _symbol(canvas, line.barcode, LEFT + 4 + 330, y - 44, 24, room=INNER - 334)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, y - ROW, RIGHT, y - ROW)


def draw_pick_ticket(
    canvas: Canvas, ticket: PickTicket, wave: str, place: tuple[int, int] = (1, 1)
) -> None:
    """One order's ticket on as many pages as its lines need, each ended with showPage;
    ``place``: its number in the wave and the wave's count of tickets (said on each page, so
    that a dropped stack is put in order again)."""
    per_page = int((HEIGHT - 2 * pages.MARGIN - 190) // ROW)
    chunks = [ticket.lines[i : i + per_page] for i in range(0, len(ticket.lines), per_page)]
    for number, chunk in enumerate(chunks or [()], 1):
        canvas.setPageSize(pages.LETTER)
        y = HEIGHT - pages.MARGIN
        fonts.draw_string(canvas, LEFT, y - 18, "PICK TICKET", 18, bold=True)
        page = f"{one_line(wave)} - ticket {place[0]:,} of {place[1]:,}"
        if len(chunks) > 1:
            page += f", page {number} of {len(chunks)}"
        fonts.draw_string(canvas, RIGHT, y - 12, page, 8, align="right")
        order = one_line(ticket.order)
        title = f"Order {order}"
        size = fonts.fitted(title, 260, 24, bold=True)
        fonts.draw_string(canvas, LEFT, y - 50, title, size, bold=True)
        fonts.draw_string(canvas, LEFT, y - 68, f"Sold {ticket.sold.isoformat()}", 10)
        _cell(canvas, f"Ship to: {ticket.ship_to}", LEFT, y - 84, 260, 10)
        units = sum(line.quantity for line in ticket.lines)
        count = f"{len(ticket.lines)} line(s), {units:,} item(s) to pick"
        fonts.draw_string(canvas, LEFT, y - 124, count, 10)
        # The order's barcode: what the packer scans to open its parcel.
        try:
            scan_width = barcodes.symbol_width(barcodes.code128(ticket.scan), DPI, DOTS)
        except ValueError:
            scan_width = 0.0  # not printable ASCII: no barcode, the name is said above
        _symbol(canvas, ticket.scan, RIGHT - 115 - scan_width / 2, y - 110, 60, size=10, room=230)
        fonts.draw_string(
            canvas, RIGHT - 115, y - 124, "scan to open the parcel", 7, align="center"
        )
        y -= 150
        _lines_head(canvas, y)
        y -= 6
        for line in chunk:
            _line(canvas, line, y)
            y -= ROW
        canvas.showPage()


def draw_wave(canvas: Canvas, wave: PickWave) -> None:
    for number, ticket in enumerate(wave.tickets, 1):
        draw_pick_ticket(canvas, ticket, wave.title, (number, len(wave.tickets)))


def pick_tickets_pdf(wave: PickWave) -> bytes:
    """The wave's tickets as one PDF, an order a page (or more); the same wave, the same bytes."""
    return pages.render(f"Pick tickets: {wave.title}", draw_wave, wave)


# -- packing slip -------------------------------------------------------------------------------


def draw_packing_slip(canvas: Canvas, slip: PackingSlip) -> None:
    per_page = int((HEIGHT - 2 * pages.MARGIN - 250) // 24)
    chunks = [slip.lines[i : i + per_page] for i in range(0, len(slip.lines), per_page)]
    for number, chunk in enumerate(chunks or [()], 1):
        canvas.setPageSize(pages.LETTER)
        y = HEIGHT - pages.MARGIN
        fonts.draw_string(canvas, LEFT, y - 20, "PACKING SLIP", 20, bold=True)
        fonts.draw_string(
            canvas, RIGHT, y - 12, f"Page {number} of {max(1, len(chunks))}", 8, align="right"
        )
        orders = ", ".join(one_line(order) for order in slip.orders)
        fonts.draw_string(canvas, LEFT, y - 42, f"Order {orders}", 12, bold=True)
        fonts.draw_string(canvas, LEFT, y - 58, f"Parcel {one_line(slip.parcel_id)}", 10)
        _symbol(canvas, slip.parcel_id, RIGHT - 200, y - 70, 36, room=200)
        for x, caption, party in (
            (LEFT, "SHIP TO", slip.ship_to),
            (LEFT + INNER / 2, "FROM", slip.ship_from),
        ):
            fonts.draw_string(canvas, x, y - 100, caption, 7, bold=True)
            lines = [party.name, *party.lines]
            for index, text in enumerate(lines[:7]):
                size = fonts.fitted(one_line(text), INNER / 2 - 10, 10)
                fonts.draw_string(
                    canvas, x, y - 114 - index * 12, one_line(text), size, bold=index == 0
                )
        y -= 210
        canvas.setFillGray(0.88)
        canvas.rect(LEFT, y - 4, INNER, 16, stroke=0, fill=1)
        canvas.setFillGray(0)
        for caption, x in (("SKU", 4), ("DESCRIPTION", 110), ("QTY", INNER - 40)):
            fonts.draw_string(canvas, LEFT + x, y + 1, caption, 8, bold=True)
        y -= 20
        for line in chunk:
            fonts.draw_string(canvas, LEFT + 4, y, one_line(line.sku or "-"), 9)
            text = pages.wrap(line.description, INNER - 170, 9)[0]
            fonts.draw_string(canvas, LEFT + 110, y, text, 9)
            fonts.draw_string(
                canvas, RIGHT - 10, y, f"{line.quantity:,}", 10, bold=True, align="right"
            )
            y -= 24
        canvas.showPage()


def packing_slip_pdf(slip: PackingSlip) -> bytes:
    return pages.render(f"Packing slip {slip.parcel_id}", draw_packing_slip, slip)


# -- the command sheet --------------------------------------------------------------------------


def draw_command_sheet(canvas: Canvas, station: str) -> None:
    """The commands as large barcodes, with their keys: pinned at every station (CMD-SHORT has
    no key: a short close is confirmed by its scan)."""
    canvas.setPageSize(pages.LETTER)
    y = HEIGHT - pages.MARGIN
    fonts.draw_string(canvas, LEFT, y - 22, "PACKING STATION COMMANDS", 22, bold=True)
    if station:
        fonts.draw_string(canvas, RIGHT, y - 18, f"Station {one_line(station)}", 11, align="right")
    fonts.draw_string(canvas, LEFT, y - 40, "Scan a command, or press its key.", 10)
    y -= 64
    room = (HEIGHT - 2 * pages.MARGIN - 64) / len(COMMANDS)
    dots = 3  # large: scanned from a step away, through the film of a laminated sheet
    widest = max(barcodes.symbol_width(barcodes.code128(c), DPI, dots) for c, _, _ in COMMANDS)
    x = LEFT + widest + 16
    for command, key, meaning in COMMANDS:
        bars = barcodes.code128(command)
        barcodes.draw_with_text(
            canvas,
            bars,
            LEFT,
            y - room + 30,
            height=room - 62,
            font_size=12,
            dpi=DPI,
            dots_per_module=dots,
        )
        fonts.draw_string(canvas, x, y - 30, command, 20, bold=True)
        fonts.draw_string(canvas, x, y - 52, f"Key {key}" if key else "Scan only", 14)
        _cell(canvas, meaning, x, y - 72, RIGHT - x, 10)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, y - room + 8, RIGHT, y - room + 8)
        y -= room
    canvas.showPage()


def command_sheet_pdf(station: str = "") -> bytes:
    return pages.render("Packing station commands", draw_command_sheet, station)
