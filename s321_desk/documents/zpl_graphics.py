"""Text a thermal printer's resident font cannot print, as a ZPL graphic field (^GFA).

A Zebra printer's font 0 draws Latin text; a name in kanji, Hangul, Arabic or Thai would come
out as boxes or nothing. Such a line is rasterized here from the same fonts the PDF embeds
(``fonts.runs``: each piece in the font that has it, in drawing order), at the printer's own
dots, and sent as a 1-bit image: ``^GFA`` with its rows in hexadecimal. Pillow draws it with
FreeType.
"""

from __future__ import annotations

import functools
import math

from PIL import Image, ImageDraw, ImageFont

from s321_desk import paths
from s321_desk.documents import fonts

THRESHOLD = 128  # grey levels at or above it are ink: FreeType's antialiased edges halved


@functools.lru_cache(maxsize=64)
def _font(face: str, pixels: int) -> ImageFont.FreeTypeFont:
    # BASIC layout: the characters as given, in the order given (scripts.visual has put them
    # in drawing order already); Pillow's Raqm layout, where present, would reorder them again.
    path = str(paths.resource("fonts", fonts.file_of(face)))
    return ImageFont.truetype(path, pixels, layout_engine=ImageFont.Layout.BASIC)


def graphic_field(
    text: str, size: float, dpi: int, *, bold: bool = False, room: int = 0, center: bool = False
) -> tuple[int, int, str]:
    """The line as ``^GFA`` at ``dpi``: its left offset in dots inside ``room`` (centred or not),
    the baseline's depth in the image, and the command (without ^FO and ^FS)."""
    pixels = max(8, round(size * dpi / 72))
    pieces = [(_font(face, pixels), piece) for face, piece in fonts.runs(text, bold)]
    width = max(1, math.ceil(sum(font.getlength(piece) for font, piece in pieces)))
    ascent = max(font.getmetrics()[0] for font, _ in pieces)
    descent = max(font.getmetrics()[1] for font, _ in pieces)
    image = Image.new("L", (width, ascent + descent), 0)
    draw = ImageDraw.Draw(image)
    x = 0.0
    for font, piece in pieces:
        draw.text((x, ascent), piece, font=font, fill=255, anchor="ls")
        x += font.getlength(piece)
    ink = image.point(lambda level: 255 if level >= THRESHOLD else 0).convert("1")
    row = math.ceil(width / 8)
    # Mode "1" packs 8 pixels a byte, most significant first, a set bit white; ZPL's graphic
    # field wants a set bit black: our ink (255) is a set bit already.
    data = ink.tobytes().hex().upper()
    total = row * ink.height
    left = max(0, (room - width) // 2) if center else 0
    return left, ascent, f"^GFA,{total},{total},{row},{data}"
