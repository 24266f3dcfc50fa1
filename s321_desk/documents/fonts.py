"""Our embedded fonts, registered with ReportLab once: DejaVu Sans, and a chain of fallbacks for
what it has no glyph for.

DejaVu Sans covers the Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic scripts
(Arabic's presentation forms too). A character it lacks is drawn in the first fallback that
covers its script (``FALLBACKS``, by Unicode block): Noto Sans for Thai, Lao, Khmer, Ethiopic and
the Indic scripts, Droid Sans Fallback for Chinese, Japanese and Korean. Each is registered
the first time a text needs it (Droid Sans Fallback, 3.4 MB, takes about 0.2 s to read), and a
document embeds only the glyphs it uses (ReportLab subsets every TrueType font). The fallbacks
have one weight: a bold text in them is drawn in their regular face. Text goes through
``scripts.visual`` first (right-to-left order, Arabic joining, Indic vowel signs).
"""

from __future__ import annotations

import functools
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from s321_desk import paths
from s321_desk.documents import scripts

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVu Sans"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False

# The fallbacks: a font name, its file in resources/fonts, and the Unicode blocks it is for.
FALLBACKS: tuple[tuple[str, str, tuple[tuple[int, int], ...]], ...] = (
    ("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", ((0x0900, 0x097F), (0xA8E0, 0xA8FF))),
    ("NotoSansBengali", "NotoSansBengali-Regular.ttf", ((0x0980, 0x09FF),)),
    ("NotoSansGurmukhi", "NotoSansGurmukhi-Regular.ttf", ((0x0A00, 0x0A7F),)),
    ("NotoSansGujarati", "NotoSansGujarati-Regular.ttf", ((0x0A80, 0x0AFF),)),
    ("NotoSansTamil", "NotoSansTamil-Regular.ttf", ((0x0B80, 0x0BFF),)),
    ("NotoSansTelugu", "NotoSansTelugu-Regular.ttf", ((0x0C00, 0x0C7F),)),
    ("NotoSansKannada", "NotoSansKannada-Regular.ttf", ((0x0C80, 0x0CFF),)),
    ("NotoSansMalayalam", "NotoSansMalayalam-Regular.ttf", ((0x0D00, 0x0D7F),)),
    ("NotoSansThai", "NotoSansThai-Regular.ttf", ((0x0E00, 0x0E7F),)),
    ("NotoSansLao", "NotoSansLao-Regular.ttf", ((0x0E80, 0x0EFF),)),
    ("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", ((0x1200, 0x139F), (0x2D80, 0x2DDF))),
    ("NotoSansKhmer", "NotoSansKhmer-Regular.ttf", ((0x1780, 0x17FF), (0x19E0, 0x19FF))),
    # Chinese, Japanese, Korean: ideographs, kana, Hangul, their punctuation and full widths.
    (
        "DroidSansFallback",
        "DroidSansFallback.ttf",
        (
            (0x1100, 0x11FF),
            (0x2E80, 0x9FFF),
            (0xA960, 0xA97F),
            (0xAC00, 0xD7FF),
            (0xF900, 0xFAFF),
            (0xFE30, 0xFE4F),
            (0xFF00, 0xFFEF),
        ),
    ),
)
_fallbacks_registered: set[str] = set()


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


def file_of(face: str) -> str:
    """The file in resources/fonts of one of our fonts, by its name."""
    return _FILES.get(face) or next(f for name, f, _ in FALLBACKS if name == face)


def _fallback_for(character: str) -> str | None:
    """The fallback font for a character DejaVu Sans lacks, registered; None if none has it."""
    code = ord(character)
    for name, filename, blocks in FALLBACKS:
        if any(first <= code <= last for first, last in blocks):
            if name not in _fallbacks_registered:
                with _lock:
                    if name not in _fallbacks_registered:
                        path = str(paths.resource("fonts", filename))
                        pdfmetrics.registerFont(TTFont(name, path))
                        _fallbacks_registered.add(name)
            if code in pdfmetrics.getFont(name).face.charToGlyph:
                return name
            return None
    return None


@functools.lru_cache(maxsize=65536)
def face_of(character: str, bold: bool = False) -> str:
    """The font a character is drawn in: DejaVu Sans (bold or not) when it has it, else its
    fallback, else DejaVu Sans (which draws its missing-glyph box)."""
    register()
    own = BOLD if bold else REGULAR
    if ord(character) < 0x0590 or ord(character) in pdfmetrics.getFont(own).face.charToGlyph:
        return own
    return _fallback_for(character) or own


def plain(text: str) -> bool:
    """Whether ``text`` is drawn as stored in DejaVu Sans alone (no fallback, no reordering):
    Latin, Greek, Cyrillic, Armenian; nearly every text."""
    return max(text, default="a") < "\u0590"


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` as drawn, left to right (``scripts.visual``), cut where the font changes: each
    piece's font and characters."""
    shown = scripts.visual(text)
    found: list[tuple[str, str]] = []
    for character in shown:
        face = face_of(character, bold)
        if found and found[-1][0] == face:
            found[-1] = (face, found[-1][1] + character)
        else:
            found.append((face, character))
    return found


def draw_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> None:
    """One line at baseline ``y``: starting at ``x``, centred on it or ending there (``align``
    left, center or right), each piece in the font that has it."""
    width = string_width(text, size, bold=bold)
    x -= {"left": 0.0, "center": width / 2, "right": width}[align]
    if plain(text):
        canvas.setFont(BOLD if bold else REGULAR, size)
        canvas.drawString(x, y, text)
        return
    for face, piece in runs(text, bold):
        canvas.setFont(face, size)
        canvas.drawString(x, y, piece)
        x += size * sum(_width(c, face) for c in piece)


_FACE_WIDTHS: dict[tuple[str, str], float] = {}


def _width(character: str, face: str) -> float:
    found = _FACE_WIDTHS.get((character, face))
    if found is None:
        found = _FACE_WIDTHS[character, face] = pdfmetrics.stringWidth(character, face, 1)
    return found


# Per face, each character's width at 1 pt, filled as characters come. ReportLab adds up the
# same widths (no kerning), but through getFont and its encoding step: about a microsecond a call,
# and a driver pack measures some 200,000 cells and candidate lines.
_WIDTHS: dict[bool, dict[str, float]] = {False: {}, True: {}}


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` in points, as drawn: what ``pdfmetrics.stringWidth`` gives in our
    font, each character in the font that has it."""
    if not plain(text):
        return size * sum(_width(c, face_of(c, bold)) for c in scripts.visual(text))
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
