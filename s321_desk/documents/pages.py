"""Letter-size documents drawn straight on a ReportLab canvas: wrapping, page numbers, one canvas.

The invoice, the manifest and the lead sheet are drawn with canvas calls, not Platypus: each
paginates its rows first (so "page x of y" is known before the first page is drawn), then draws.
The driver pack draws all of them onto one canvas, so the fonts are embedded once for the file.
"""

from __future__ import annotations

import functools
import gc
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from reportlab import rl_config
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from s321_desk.documents import fonts
from s321_desk.documents.escaping import one_line

LETTER = letter  # portrait, 612 x 792 points
LETTER_LANDSCAPE = (letter[1], letter[0])
MARGIN = 36.0  # half an inch: inside what every laser printer can print

T = TypeVar("T")

# ReportLab ASCII85-encodes every compressed page stream by default, for 7-bit channels a PDF
# never goes through here: 18% larger files and a sixth of the time a driver pack takes to save
# (tests/bench/bench_driver_pack.py). It reads the switch from rl_config when it saves, with no
# setting per canvas, so it is set here, for the process, before any canvas is made: every PDF
# this program makes is drawn by this package, and the same data still gives the same bytes.
rl_config.useA85 = 0


def new_canvas(buffer: io.BytesIO, title: str, pagesize: tuple[float, float] = LETTER) -> Canvas:
    """A canvas whose output depends only on what is drawn (``invariant``): reprints match."""
    fonts.register()
    # initialFontName: ReportLab otherwise selects Helvetica at the start of every page, and
    # the file declares it (unembedded) though nothing is written in it.
    canvas = Canvas(
        buffer, pagesize=pagesize, invariant=1, pageCompression=1, initialFontName=fonts.REGULAR
    )
    canvas.setTitle(one_line(title))
    canvas.setCreator("s321-desk")
    canvas.setAuthor("s321-desk")
    return canvas


def render(title: str, draw: Callable[[Canvas, T], None], data: T) -> bytes:
    """One document as PDF bytes: ``draw(canvas, data)`` draws its pages (each ended with
    ``showPage``)."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title)
    draw(canvas, data)
    canvas.save()
    return buffer.getvalue()


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a large document is built.

    A driver pack makes millions of objects that live until the canvas is saved (its pages,
    texts, their operators, and the ORM rows read for it); the collector would go through
    them, and everything else alive, over and over: a quarter of the time, measured with
    tests/bench/bench_driver_pack.py. Reference counting still frees what dies on the way.
    The switch is the process's: it is left as it was found.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def page_label(number: int, total: int) -> str:
    return f"Page {number} of {total}"


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` at ``size``, at spaces where it can
    and inside a word (after a hyphen if there is one) where a word alone is too wide; nothing
    is dropped or shortened.

    Joining the lines with spaces (or nothing, at a break inside a word) gives the text back.
    """
    text = one_line(text)
    if fonts.string_width(text, size, bold=bold) <= width:
        return [text]
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if fonts.string_width(candidate, size, bold=bold) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while fonts.string_width(line, size, bold=bold) > width and len(line) > 1:
            cut = _longest_prefix(line, width, size, bold)
            lines.append(line[:cut])
            line = line[cut:]
    lines.append(line)
    return lines


@functools.lru_cache(maxsize=8192)  # the shipper, the declaration, a catalogue's descriptions...
def wrapped(text: str, width: float, size: float, bold: bool = False) -> tuple[str, ...]:
    """:func:`wrap`, remembered: in a driver pack most texts come back again and again."""
    return tuple(wrap(text, width, size, bold=bold))


def _longest_prefix(word: str, width: float, size: float, bold: bool) -> int:
    low, high = 1, len(word)  # the first character always goes, however narrow the room
    while low < high:
        middle = (low + high + 1) // 2
        if fonts.string_width(word[:middle], size, bold=bold) <= width:
            low = middle
        else:
            high = middle - 1
    hyphen = word.rfind("-", 1, low)
    return hyphen + 1 if hyphen > 0 else low


def draw_lines(
    canvas: Canvas,
    x: float,
    top: float,
    lines: list[str],
    size: float,
    *,
    bold: bool = False,
    leading: float | None = None,
) -> float:
    """Draw lines downwards from ``top`` (the top of the first line, in canvas coordinates,
    y upwards); returns the y below the last line."""
    leading = leading or size * 1.2
    y = top
    for line in lines:
        y -= leading
        fonts.draw_string(canvas, x, y + leading - size, line, size, bold=bold)
    return y
