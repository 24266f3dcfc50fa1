"""A one-page PDF written directly (the parcel label): its font objects are made once a process.

A ReportLab canvas makes a document's font subsets when it saves: for a 4x6 label that is most
of its cost (measured: 6.8 ms of 7.8 ms a label went to subsetting and describing the two
embedded faces). A label has one page and the same two faces every time, so here each face is
embedded as two fixed subsets that cover Latin-1, Latin Extended-A and the usual typographic
marks, subset by ReportLab's own TrueType code and written once per process; a label then costs
its content stream. A text with a character outside them is not drawn here (``covers`` says
so): the label goes the ReportLab way instead, same layout, same look.
"""

from __future__ import annotations

import functools
import threading
import zlib
from collections.abc import Iterable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import makeToUnicodeCMap

from s321_desk.documents import fonts

# Byte code -> character in each of a face's two subsets. Subset 0: ASCII and Latin-1 at their
# own codes, and the first half of Latin Extended-A in the 64 codes between; subset 1: the
# second half and the marks an address or a name may carry. Code 0 is the missing glyph.
_SUBSET_0 = [0] + [0x100 + n for n in range(31)] + list(range(32, 127))
_SUBSET_0 += [0x100 + 31 + n for n in range(33)] + list(range(160, 256))
# Quotation marks, dashes, ellipsis, bullet, euro, trade mark, daggers, per mille, guillemets.
_MARKS = (
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026"
    "\u2022\u20ac\u2122\u2020\u2021\u2030\u2039\u203a"
)
_SUBSET_1 = [0, *range(0x140, 0x180), *map(ord, _MARKS)]
SUBSETS = (tuple(_SUBSET_0), tuple(_SUBSET_1))
assert len(SUBSETS[0]) == 256 and len(set(SUBSETS[0]) - {0}) == 255

# Character -> (subset, its byte inside a PDF string, escaped).
_ESCAPED = [
    "\\" + chr(c) if c in b"\\()" else chr(c) if 32 <= c < 127 else f"\\{c:03o}" for c in range(256)
]
_CODES = {
    chr(char): (number, _ESCAPED[code])
    for number, subset in enumerate(SUBSETS)
    for code, char in enumerate(subset)
    if char
}
_FACES = (fonts.REGULAR, fonts.BOLD)
_FIRST_FONT_OBJECT = 5  # 1 catalog, 2 pages, 3 page, 4 content; then 4 objects a font subset
_lock = threading.Lock()


def covers(text: str) -> bool:
    """Whether every character of ``text`` is in the fixed subsets."""
    return all(character in _CODES for character in text)


class OnePage:
    """Boxes and texts on one page, in PDF units from the bottom left, then ``pdf(title)``."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self._code: list[str] = []

    def box(self, x: float, y: float, width: float, height: float) -> None:
        """A filled black rectangle."""
        self._code.append(f"{x:.3f} {y:.3f} {width:.3f} {height:.3f} re f")

    def text(
        self, x: float, y: float, text: str, size: float, *, bold: bool = False, white: bool = False
    ) -> None:
        """One line at baseline ``y``; every character must be ``covers``ed."""
        face = 2 * bold
        runs: list[str] = []
        current, run = -1, list[str]()
        for character in text:
            subset, byte = _CODES[character]
            if subset != current:
                if run:
                    runs.append(f"({''.join(run)}) Tj")
                runs.append(f"/S{face + subset} {size:.3f} Tf")
                current, run = subset, []
            run.append(byte)
        if run:
            runs.append(f"({''.join(run)}) Tj")
        grey = "1 g " if white else ""
        self._code.append(
            f"{grey}BT 1 0 0 1 {x:.3f} {y:.3f} Tm {' '.join(runs)} ET" + (" 0 g" if white else "")
        )

    def pdf(self, title: str) -> bytes:
        """The document; the same drawing and title give the same bytes."""
        content = "\n".join(self._code).encode("latin-1")
        fonts_dict = " ".join(
            f"/S{n} {_FIRST_FONT_OBJECT + 4 * n} 0 R" for n in range(2 * len(SUBSETS))
        )
        info_number = _FIRST_FONT_OBJECT + 4 * 2 * len(SUBSETS)
        objects = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {self.width:g} {self.height:g}] "
                f"/Resources << /Font << {fonts_dict} >> /ProcSet [/PDF /Text] >> "
                "/Contents 4 0 R >>"
            ).encode("ascii"),
            _stream(content),
            *_font_objects(),
            b"<< /Title %s /Creator (s321-desk) /Producer (s321-desk) >>" % _text_string(title),
        ]
        return _document(objects, info_number)


def _document(objects: list[bytes], info_number: int) -> bytes:
    """Objects numbered from 1, the cross-reference table and the trailer."""
    parts = [b"%PDF-1.4\n%\x93\x8c\x8b\x9e\n"]
    offsets, at = [], len(parts[0])
    for number, body in enumerate(objects, start=1):
        piece = b"%d 0 obj\n%s\nendobj\n" % (number, body)
        offsets.append(at)
        parts.append(piece)
        at += len(piece)
    xref = [b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)]
    xref += [b"%010d 00000 n \n" % offset for offset in offsets]
    parts += xref
    parts.append(
        b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, info_number, at)
    )
    return b"".join(parts)


def _stream(data: bytes, extra: str = "", *, compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 6)
        extra += " /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), extra.encode(), data)


@functools.cache
def _font_objects_cached() -> tuple[bytes, ...]:
    fonts.register()
    made: list[bytes] = []
    for face_number, name in enumerate(_FACES):
        face = pdfmetrics.getFont(name).face
        for subset_number, subset in enumerate(SUBSETS):
            number = _FIRST_FONT_OBJECT + 4 * (2 * face_number + subset_number)
            made += _font_subset(
                face, list(subset), number, f"SD{'AB'[face_number]}AA{'AB'[subset_number]}"
            )
    return tuple(made)


def _font_objects() -> Iterable[bytes]:
    with _lock:  # made once; the packing station and a batch job may both ask first
        return _font_objects_cached()


def _font_subset(face, subset: list[int], number: int, tag: str) -> list[bytes]:  # type: ignore[no-untyped-def]
    """The Font, its FontDescriptor, FontFile2 and ToUnicode objects, numbered from ``number``."""
    base = f"{tag}+{face.name.decode('latin-1')}"
    widths = " ".join(f"{face.getCharWidth(code):g}" for code in subset)
    font_file = face.makeSubset(subset)
    flags = (face.flags & ~32) | 4  # symbolic, as an embedded subset with its own codes is
    bbox = " ".join(f"{v:g}" for v in face.bbox)
    return [
        (
            f"<< /Type /Font /Subtype /TrueType /BaseFont /{base} /FirstChar 0 "
            f"/LastChar {len(subset) - 1} /Widths [{widths}] /FontDescriptor {number + 1} 0 R "
            f"/ToUnicode {number + 3} 0 R >>"
        ).encode("ascii"),
        (
            f"<< /Type /FontDescriptor /FontName /{base} /Flags {flags} /FontBBox [{bbox}] "
            f"/ItalicAngle {face.italicAngle:g} /Ascent {face.ascent:g} /Descent {face.descent:g} "
            f"/CapHeight {face.capHeight:g} /StemV {face.stemV:g} "
            f"/MissingWidth {face.defaultWidth:g} /FontFile2 {number + 2} 0 R >>"
        ).encode("ascii"),
        _stream(font_file, f" /Length1 {len(font_file)}", compress=True),
        _stream(makeToUnicodeCMap(base, subset).encode("latin-1"), compress=True),
    ]


def _text_string(text: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte order mark, in hex (any character, no escape)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"
