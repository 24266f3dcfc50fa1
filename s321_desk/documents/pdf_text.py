"""Texts and rules written as raw PDF operators: what a driver pack draws by the ten thousand.

The invoice and the manifest place their texts and lines in blocks, each measured down from its
top, and :func:`draw` writes a page's blocks as one piece of page content. Each text's operators
are made once per canvas (a pack prints "CAD", "0.00", its catalogue and the same declaration
thousands of times) and a character costs one table look-up.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from s321_desk.documents import fonts


class TextLines(NamedTuple):
    """Lines in one font and size; ``dy``: the first baseline, below the top of its block."""

    x: float
    dy: float
    lines: tuple[str, ...]
    font: str
    size: float
    leading: float


class Shape(NamedTuple):
    """A line ``stroke`` points wide (``width`` or ``height`` 0) or, given ``grey`` (0 black,
    1 white), a band filled in that grey; ``dy``: its top, below the top of its block."""

    x: float
    dy: float
    width: float
    height: float
    grey: float | None = None
    stroke: float = 0.5


@dataclass(frozen=True, slots=True, eq=False)
class Block:
    """A stretch of a page, ``height`` tall, its texts and shapes placed from its top. The
    invoice never splits one across pages, and draws ``header`` (a table's caption and column
    labels) above it when it opens a page or follows a block of another table."""

    height: float
    texts: tuple[TextLines, ...] = ()
    shapes: tuple[Shape, ...] = ()
    header: Block | None = None


def texts(
    x: float,
    dy: float,
    lines: Sequence[str],
    size: float,
    leading: float | None = None,
    *,
    bold: bool = False,
    right: bool = False,
) -> list[TextLines]:
    """Lines downwards from the baseline ``dy`` (``leading`` apart, 1.2 times the size unless
    given), starting at ``x`` or, ``right``, ending there."""
    font = fonts.BOLD if bold else fonts.REGULAR
    leading = size * 1.2 if leading is None else leading
    if not right:
        return [TextLines(x, dy, tuple(lines), font, size, leading)]
    return [
        TextLines(
            x - fonts.string_width(line, size, bold=bold),
            dy + n * leading,
            (line,),
            font,
            size,
            leading,
        )
        for n, line in enumerate(lines)
    ]


def draw(canvas: Canvas, placed: Iterable[tuple[float, Block]]) -> None:
    """Blocks at their tops (canvas y, upwards), each in its own graphics state moved there:
    its shapes, then its texts."""
    writer = _writer(canvas)
    code = []
    for top, block in placed:
        if not (block.shapes or block.texts):
            continue  # a gap
        code.append(f"q 1 0 0 1 0 {top:.2f} cm")
        if block.shapes:
            code.append(_shapes(block.shapes))
        if block.texts:
            code.append("BT")
            writer.write(block.texts, code)
            code.append("ET")
        code.append("Q")
    canvas.addLiteral("\n".join(code))


@functools.lru_cache(maxsize=4096)  # rows' rules, boxes' edges: the same on most pages
def _shapes(shapes: tuple[Shape, ...]) -> str:
    code, stroke = [], None
    for x, dy, width, height, grey, wide in shapes:
        if grey is not None:
            code.append(f"{grey:g} g {x:.2f} {-dy - height:.2f} {width:.2f} {height:.2f} re f 0 g")
            continue
        if wide != stroke:
            code.append(f"{wide:g} w")
            stroke = wide
        code.append(f"{x:.2f} {-dy:.2f} m {x + width:.2f} {-dy - height:.2f} l S")
    return "\n".join(code)


# -- text in a canvas's font subsets ------------------------------------------------------------

# One byte inside a PDF string: backslash and parentheses escaped, octal outside printable ASCII.
_ESCAPED = [
    "\\" + chr(c) if c in b"\\()" else chr(c) if 32 <= c < 127 else f"\\{c:03o}" for c in range(256)
]


_ELSEWHERE = "\x00"  # in a translated line: a character of another subset (never in an escape)


class _Codes(dict[int, str]):
    """A ``str.translate`` table from characters to their bytes in subset 0 of one font at one
    size, filled as characters come: ReportLab numbers each new character of a TrueType font
    into 256-code subsets (what gets embedded), per document. A character of a later subset
    (past the 256th distinct one, rare) makes its line go by runs of one subset each."""

    def __init__(self, doc: Any, font: str, size: float) -> None:
        super().__init__()
        self._doc, self._size = doc, size
        self._font = pdfmetrics.getFont(font)
        self._selects: dict[int, str] = {}
        self._elsewhere: dict[str, tuple[str, str]] = {}  # character: its subset's select, bytes
        self.select = self._select(0)

    def _select(self, subset: int) -> str:
        select = self._selects.get(subset)
        if select is None:
            name = self._font.getSubsetInternalName(subset, self._doc)
            select = self._selects[subset] = f"{name} {self._size:g} Tf"
        return select

    def __missing__(self, code: int) -> str:
        ((subset, byte),) = self._font.splitString(chr(code), self._doc)
        encoded = "".join(_ESCAPED[b] for b in byte)
        if subset:
            self._elsewhere[chr(code)] = (self._select(subset), encoded)
            encoded = _ELSEWHERE
        self[code] = encoded
        return encoded

    def strings(self, line: str) -> str:
        """The line's string operators, from subset 0 (``select``) back to it."""
        encoded = line.translate(self)
        if _ELSEWHERE not in encoded:
            return f"({encoded}) Tj"
        parts: list[str] = []
        run: list[str] = []
        current = self.select
        for character in line:
            select, byte = self.select, self[ord(character)]
            if byte == _ELSEWHERE:
                select, byte = self._elsewhere[character]
            if select is not current:
                if run:
                    parts.append(f"({''.join(run)}) Tj")
                    run = []
                parts.append(select)
                current = select
            run.append(byte)
        parts.append(f"({''.join(run)}) Tj")
        if current is not self.select:
            parts.append(self.select)
        return " ".join(parts)


class _Writer:
    """The operators of texts on one canvas, each made once: its font's ``select`` and the
    body (position and string of each line)."""

    def __init__(self, canvas: Canvas) -> None:
        # WORKAROUND: ReportLab's public way to write text (drawString, or a text object) formats
        # every number and escapes every string in Python, some microseconds a call: measured,
        # 60,000 table cells (540 a page) take about 0.9 s through drawString, 0.5 s through a
        # text object a page and 0.2 s through this writer. What it needs from ReportLab is each
        # character's code in the document's subsets of a TrueType font: TTFont.splitString and
        # getSubsetInternalName give it for a document, as the ttfonts module's docstring shows,
        # and a canvas's document is only reachable as the private ``canvas._doc`` (no upstream
        # issue). This is the one place it is read.
        self._doc = canvas._doc
        self._codes: dict[tuple[str, float], _Codes] = {}
        self._made: dict[TextLines, tuple[str, str]] = {}

    def write(self, texts: Iterable[TextLines], code: list[str]) -> None:
        """Append the texts' operators (inside BT ... ET), a font selected only where it
        changes."""
        made, selected = self._made, None
        for text in texts:
            select, body = made.get(text) or self._make(text)
            if select is not selected:
                code.append(select)
                selected = select
            code.append(body)

    def _codes_of(self, font: str, size: float) -> _Codes:
        codes = self._codes.get((font, size))
        if codes is None:
            codes = self._codes[font, size] = _Codes(self._doc, font, size)
        return codes

    def _make(self, text: TextLines) -> tuple[str, str]:
        codes = self._codes_of(text.font, text.size)
        body, y = [], -text.dy
        for line in text.lines:
            strings = codes.strings(line) if fonts.plain(line) else self._mixed(line, text)
            body.append(f"1 0 0 1 {text.x:.2f} {y:.2f} Tm {strings}")
            y -= text.leading
        self._made[text] = made = codes.select, "\n".join(body)
        return made

    def _mixed(self, line: str, text: TextLines) -> str:
        """A line in several fonts (a name in kanji, Arabic...): each piece, as drawn left to
        right, in the font that has it, then the text's own font selected again."""
        parts = []
        for face, piece in fonts.runs(line, bold=text.font == fonts.BOLD):
            codes = self._codes_of(face, text.size)
            parts += [codes.select, codes.strings(piece)]
        parts.append(self._codes_of(text.font, text.size).select)
        return " ".join(parts)


_WRITERS: weakref.WeakKeyDictionary[Canvas, _Writer] = weakref.WeakKeyDictionary()


def _writer(canvas: Canvas) -> _Writer:
    writer = _WRITERS.get(canvas)
    if writer is None:
        writer = _WRITERS[canvas] = _Writer(canvas)
    return writer


def release(canvas: Canvas) -> None:
    """Let go of a saved canvas's text memo a few entries at a time: a driver pack's tens of
    thousands of texts, freed in one piece, held the GIL for 50-60 ms (the GUI waiting:
    tests/bench/bench_gui_stall.py); popped one by one, the interpreter can switch between."""
    writer = _WRITERS.pop(canvas, None)
    if writer is not None:
        while writer._made:
            writer._made.popitem()
