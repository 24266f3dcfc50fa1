"""The one CSV writer of every export: RFC 4180 (CRLF, a header row), spreadsheet-safe text.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (and one
that starts with a tab or a carriage return after it trims them), so a consignee called
``=HYPERLINK("http://x","y")`` would become a link, or worse, when a dispatcher opens the file.
Following OWASP's advice on CSV injection, such a text cell is written with a single quote in
front and always quoted (``"'=HYPERLINK(""http://x"",""y"")"``); the spreadsheet shows it as
text. Nothing else in a cell is changed: accents, ``&``, ``<``, inner quotes stay as they are.

The line between text and numbers is drawn by type, not by looking at the text: a cell given
as a ``Decimal`` or an ``int`` was produced by us from a number (an amount, a quantity), it
cannot be a formula, and it is written as the number it is, so ``Decimal("-5.00")`` stays
``-5.00`` and a broker's sheet still adds it up. Every ``str`` is text from outside (names,
addresses, descriptions, plates) and is neutralised when it needs it, even ``"-1"``. A float is
refused: money is never a float here.

No byte order mark by default: carrier and broker import tools read the first header name
exactly, and a BOM makes it ``\\ufefftrip``; an export meant to be opened in Excel asks for one
with ``bom=True``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TextIO

Cell = str | int | Decimal | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
CRLF = "\r\n"
_FIRSTS = frozenset(FORMULA_STARTS)
_NEEDS_QUOTES = re.compile(r'[,"\r\n]')
# C0 and C1 controls but tab and line ends (a cell may hold a line break, quoted), and DEL:
# a store from before the imports refused them may hold one; the file carries it as the
# control picture a reader can see (U+2400 + code, or U+2421 for DEL, U+FFFD for C1).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


def safe_cell(value: Cell) -> str:
    """One cell as written to the file, quoted as RFC 4180 needs, neutralised if it is text
    a spreadsheet would run."""
    if type(value) is str:  # most cells: the fast path (a 5,000-parcel load has ~400,000)
        if _CONTROLS.search(value):  # a control character (a bell, an escape) shown, not sent
            value = _CONTROLS.sub(_shown, value)
        if value[:1] in _FIRSTS:
            return _quoted("'" + value)
        return _quoted(value) if _NEEDS_QUOTES.search(value) else value
    if value is None:
        return ""
    if isinstance(value, bool):  # a bool is an int to Python, but a yes/no is not a number
        raise TypeError("a CSV cell is text, int or Decimal; write a yes/no as text")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not an amount")
        return format(value, "f")
    if isinstance(value, str):  # a subclass of str
        return safe_cell(str(value))
    raise TypeError(f"a CSV cell is text, int or Decimal, not {type(value).__name__}")


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def write_csv(
    stream: TextIO, header: Sequence[str], rows: Iterable[Sequence[Cell]], *, bom: bool = False
) -> int:
    """Write the header and the rows to a text stream opened with ``newline=""``; the rows
    written (the header not counted). Every row must have the header's number of cells."""
    if bom:
        stream.write(BOM)
    stream.write(_line(header))
    count = 0
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"row {count + 1} has {len(row)} cells, the header {len(header)}")
        stream.write(_line(row))
        count += 1
    return count


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]], *, bom: bool = False) -> bytes:
    """The whole file as UTF-8 bytes (to hash, then write whole)."""
    buffer = io.StringIO(newline="")
    write_csv(buffer, header, rows, bom=bom)
    return buffer.getvalue().encode("utf-8")


def _line(cells: Sequence[Cell]) -> str:
    line = ",".join(safe_cell(cell) for cell in cells)
    # A record of one empty cell would be a blank line, which readers skip: quote it (as the
    # csv module does).
    return (line or '""') + CRLF
