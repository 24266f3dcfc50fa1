"""The hold tag: a 4x6 in tag (not a shipping label) on a box that must not ship yet.

HOLD or DEFERRED across the tag in large type, white on black, so a supervisor finds the box
from across the dock; the reason; the parcel's barcode (its id: the desk finds it by that);
the order and the date. Drawn with the label's elements, so it prints as PDF or ZPL alike.
"""

from __future__ import annotations

from collections.abc import Iterator

from s321_desk.documents import barcodes, fonts, pages
from s321_desk.documents.content import HoldTagData
from s321_desk.documents.escaping import one_line
from s321_desk.documents.label import (
    INNER,
    MARGIN,
    PAGE_WIDTH,
    Barcode,
    Box,
    Element,
    TextLine,
    elements_pdf,
    elements_zpl,
)

NOT_A_LABEL = "NOT A SHIPPING LABEL - DO NOT SHIP"
REASON_SIZE = 13.0
REASON_LINES = 7  # more is cut with an ellipsis: the full reason is in the desk's history


def layout(data: HoldTagData, dpi: int = 203) -> list[Element]:
    """Where everything goes on the tag, top to bottom."""
    word = one_line(data.kind)
    size = fonts.fitted(word, INNER - 20, 72, bold=True)
    elements: list[Element] = [
        Box(MARGIN, MARGIN, INNER, 96),
        TextLine(MARGIN, MARGIN + 48 + size * 0.36, INNER, word, size, True, True, True),
        TextLine(
            MARGIN,
            MARGIN + 96 + 16,
            INNER,
            NOT_A_LABEL,
            fonts.fitted(NOT_A_LABEL, INNER, 10, bold=True),
            True,
            True,
        ),
    ]
    elements += _facts(data, top=MARGIN + 130)
    elements += _reason(data.reason, top=MARGIN + 214)
    elements += _barcode(data.parcel_id, top=340, dpi=dpi)
    return elements


def _facts(data: HoldTagData, *, top: float) -> Iterator[Element]:
    half = INNER / 2
    cells = [("PARCEL", data.parcel_id), ("ORDER", data.order), ("DATE", data.date.isoformat())]
    cells.append(
        ("WAITS FOR", data.until.isoformat()) if data.until else ("PACKED AT", data.station or "-")
    )
    for index, (caption, value) in enumerate(cells):
        x = MARGIN + (index % 2) * half
        row_top = top + (index // 2) * 30
        value = one_line(value)
        yield TextLine(x, row_top + 7, half - 4, caption, 7, bold=True)
        yield TextLine(
            x, row_top + 24, half - 4, value, fonts.fitted(value, half - 4, 16, bold=True), True
        )


def _reason(reason: str, *, top: float) -> Iterator[Element]:
    yield Box(MARGIN, top - 6, INNER, 1.5)
    yield TextLine(MARGIN, top + 8, INNER, "REASON", 7, bold=True)
    lines = pages.wrap(reason or "-", INNER, REASON_SIZE)
    if len(lines) > REASON_LINES:
        lines = [*lines[: REASON_LINES - 1], lines[REASON_LINES - 1] + " ..."]
    for index, line in enumerate(lines):
        yield TextLine(
            MARGIN,
            top + 24 + index * REASON_SIZE * 1.2,
            INNER,
            line,
            fonts.fitted(line, INNER, REASON_SIZE),
            False,
        )


def _barcode(parcel_id: str, *, top: float, dpi: int) -> list[Element]:
    bars = barcodes.code128(parcel_id)
    dots = barcodes.dots_per_module(dpi)
    width = barcodes.symbol_width(bars, dpi, dots)
    return [
        Box(MARGIN, top - 6, INNER, 1.5),
        Barcode((PAGE_WIDTH - width) / 2, top + 4, 44, bars, dots),
        TextLine(
            MARGIN,
            top + 4 + 44 + 15,
            INNER,
            parcel_id,
            fonts.fitted(parcel_id, INNER, 14, bold=True),
            True,
            True,
        ),
    ]


def hold_tag_pdf(data: HoldTagData, dpi: int = 203) -> bytes:
    """The tag as a one-page 4x6 in PDF; the same data gives the same bytes."""
    return elements_pdf(
        layout(data, dpi), f"{data.kind.title()} tag {one_line(data.parcel_id)}", dpi
    )


def hold_tag_zpl(data: HoldTagData, dpi: int = 203) -> str:
    """The tag as ZPL II for a 4x6 in thermal label at ``dpi``."""
    return elements_zpl(layout(data, dpi), dpi)
