"""Text on its way to paper: the one escaping function for markup, and the one for ZPL fields.

Names, addresses and descriptions come from customers and must print exactly as written:
``A & B <Ltd>``, ``Zoë O'Brien-Müller``, ``=HYPERLINK("http://x","y")``. A PDF does not evaluate
formulas, so such text only needs the markup characters escaped; what reaches a ReportLab
Paragraph goes through :func:`markup`, what needs no markup is drawn with ``drawString`` after
:func:`one_line`, and ZPL field data goes through :func:`zpl_field`.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape


def one_line(text: str) -> str:
    """Control characters (a stray tab or line break in an imported name) become spaces."""
    if text.isprintable():  # no control character: most texts, and far quicker to tell
        return text
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)


def markup(text: str) -> str:
    """Plain text as Paragraph markup that shows it literally: ``&``, ``<``, ``>`` and quotes."""
    return escape(one_line(text), {'"': "&quot;", "'": "&#39;"})


# With ^FH, "_" starts a hex escape, so it is escaped too; ^ and ~ are ZPL's command prefixes;
# and a backslash, since a field block (^FB) reads "\&" as a line break (a name holding it
# printed over itself) and "\\" as one backslash.
_ZPL = str.maketrans({"_": "_5F", "^": "_5E", "~": "_7E", "\\": "_5C"})


def zpl_field(text: str) -> str:
    """Field data for ``^FH^FD...^FS`` (hex indicator ``_``): no raw ``^``, ``~``, ``_`` or
    backslash."""
    return one_line(text).translate(_ZPL)
