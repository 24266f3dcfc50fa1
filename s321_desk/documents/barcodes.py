"""Barcodes drawn as vector bars at whole printer dots: python-barcode gives the modules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import barcode
from barcode.charsets import code128 as code128_tables
from reportlab.pdfgen.canvas import Canvas

from s321_desk.documents import fonts
from s321_desk.documents.escaping import one_line

QUIET_ZONE_MODULES = 10  # each side; scanners need the white margin


@dataclass(frozen=True, slots=True)
class Bars:
    """A symbol's modules ('1' bar, '0' space) and the text it encodes."""

    modules: str
    text: str


def code128(text: str) -> Bars:
    """Code 128 in code set B throughout, from python-barcode's Code 128 tables.

    Set B holds every printable ASCII character, so one set serves any parcel id, and a
    thermal printer told the same set (``zpl_code128``) prints the very same bars: in its
    automatic mode a printer picks code sets of its own (Zebra's firmware and python-barcode
    differ), and its bars came out 11 dots narrower than the PDF's for P0000001, off-centre.
    A digit run in set C would be shorter, but needs a mid-symbol switch that not every ZPL
    interpreter reads alike (the renderer our tests use does not). A 2-dot P0000001 is
    1.41 in wide with its quiet zones, on a 4 in label.
    """
    unknown = sorted(set(text) - _PRINTABLE)
    if not text or unknown:
        raise ValueError(
            f"{text!r}: a Code 128 set B symbol holds printable ASCII only ({''.join(unknown)!r})"
        )
    values = [code128_tables.START_CODES["B"], *(code128_tables.B[c] for c in text)]
    check = (values[0] + sum(i * v for i, v in enumerate(values[1:], 1))) % 103
    patterns = (code128_tables.CODES[value] for value in (*values, check))
    # The stop pattern ends with its 2-module termination bar.
    return Bars("".join(patterns) + code128_tables.STOP + "11", text)


_PRINTABLE = frozenset(chr(c) for c in range(32, 127))


def zpl_code128(bars: Bars) -> str:
    """The field data of ``^BC...,N`` (no automatic mode) for the symbol ``code128`` drew:
    start code B (``>:``), then the text; ``>`` is ZPL's invocation prefix, and ``>0``
    stands for it (the symbol value 30, ``>`` in set B, in Zebra's table of invocation codes)."""
    return ">:" + bars.text.replace(">", ">0")


def code39(text: str) -> Bars:
    """Code 39 without a check character ("3 of 9", as CBP's lead sheet guidance names it)."""
    symbol = barcode.get_barcode_class("code39")(text, add_checksum=False)
    return Bars(symbol.build()[0], text)


def dots_per_module(dpi: int) -> int:
    """The whole number of dots nearest a 10 mil (0.254 mm) module, at least 2: 2 at 203 dpi,
    3 at 300 dpi."""
    return max(2, round(dpi / 100))


def module_width(dpi: int, dots_per_module: int) -> float:
    """One module in PDF points: a whole number of printer dots, so every bar prints equal."""
    if dpi <= 0 or dots_per_module < 1:
        raise ValueError("dpi and dots per module must be positive")
    return dots_per_module * 72 / dpi


def symbol_width(bars: Bars, dpi: int, dots_per_module: int) -> float:
    """The drawn width, quiet zones included, in points."""
    return (len(bars.modules) + 2 * QUIET_ZONE_MODULES) * module_width(dpi, dots_per_module)


def draw(
    canvas: Canvas,
    bars: Bars,
    x: float,
    y: float,
    *,
    height: float,
    dpi: int = 203,
    dots_per_module: int = 2,
) -> float:
    """Draw the bars (``bar_spans``) with their left quiet zone starting at ``x``, bottom at
    ``y``; the width."""
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for left, width in bar_spans(bars, x, dpi=dpi, dots_per_module=dots_per_module):
        canvas.rect(left, y, width, height, stroke=0, fill=1)
    canvas.restoreState()
    return symbol_width(bars, dpi, dots_per_module)


def bar_spans(
    bars: Bars, x: float, *, dpi: int = 203, dots_per_module: int = 2
) -> Iterator[tuple[float, float]]:
    """Each bar's left edge and width, in points, with the left quiet zone starting at ``x``.

    Runs of dark modules become one bar each, so a bar is exactly n modules wide, and ``x`` is
    moved to the nearest printer dot so that every bar edge falls on one (a bar straddling dots
    prints one dot wider or narrower, and 2-dot modules cannot afford it).
    """
    width = module_width(dpi, dots_per_module)
    dot = 72 / dpi
    left = round(x / dot) * dot + QUIET_ZONE_MODULES * width
    # Each bar is trimmed by a twentieth of a dot on both sides: a rasterizer that fills
    # every pixel an edge touches would otherwise widen a bar by a dot on a rounding error.
    trim = dot / 20
    start = None
    for index, module in enumerate(bars.modules + "0"):
        if module == "1" and start is None:
            start = index
        elif module != "1" and start is not None:
            yield left + start * width + trim, (index - start) * width - 2 * trim
            start = None


def draw_with_text(
    canvas: Canvas,
    bars: Bars,
    x: float,
    y: float,
    *,
    height: float,
    font_size: float = 10,
    dpi: int = 203,
    dots_per_module: int = 2,
) -> float:
    """The bars above their human-readable text (centred, our font); ``y`` is the text's
    baseline and ``height`` the bars'. Returns the drawn width, quiet zones included."""
    bar_bottom = y + font_size * 1.2
    width = draw(
        canvas, bars, x, bar_bottom, height=height, dpi=dpi, dots_per_module=dots_per_module
    )
    fonts.draw_string(canvas, x + width / 2, y, one_line(bars.text), font_size, align="center")
    return width
