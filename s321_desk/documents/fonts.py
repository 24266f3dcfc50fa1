"""Our embedded fonts (DejaVu Sans: Latin-1, Latin Extended-A), registered with ReportLab once."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from s321_desk import paths

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVu Sans"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the fonts (and their family, so ``<b>`` in a Paragraph picks the bold face).

    Cheap after the first call; safe from several threads (batch printing runs in a pool).
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", filename))))
        for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
            addMapping(FAMILY, bold, italic, face)
        _registered = True


# Per face, each character's width at 1 pt, filled as characters come. ReportLab adds up the
# same widths (no kerning), but through getFont and its encoding step: about a microsecond a call,
# and a driver pack measures some 200,000 cells and candidate lines.
_WIDTHS: dict[bool, dict[str, float]] = {False: {}, True: {}}


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` in points, in our font: what ``pdfmetrics.stringWidth`` gives."""
    widths = _WIDTHS[bold]
    try:
        return size * sum(map(widths.__getitem__, text))
    except KeyError:
        register()
        for character in set(text) - widths.keys():
            widths[character] = pdfmetrics.stringWidth(character, BOLD if bold else REGULAR, 1)
        return size * sum(map(widths.__getitem__, text))


def fitted(text: str, width: float, size: float, *, bold: bool = False, least: float = 6) -> float:
    """The largest size up to ``size`` at which ``text`` fits ``width`` (never below ``least``)."""
    natural = string_width(text, size, bold=bold)
    return size if natural <= width else max(least, size * width / natural)
