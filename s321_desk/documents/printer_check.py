"""The test label a station prints to check its label printer: 4x6 in, which station and
printer it came from and when, in words a person checks by eye (as ZPL for a thermal printer,
as a PDF for the others). English, as every paper for the carrier is."""

from __future__ import annotations

import io

from reportlab.lib.units import inch
from reportlab.pdfgen import canvas

from s321_desk.documents import fonts

LINES = (
    "s321-desk",
    "TEST LABEL",
    "Station: {station}",
    "Printer: {printer}",
    "{when}",
    "If this reads whole and straight, labels print here.",
)


def check_label_lines(station: str, printer: str, when: str) -> list[str]:
    return [line.format(station=station, printer=printer, when=when) for line in LINES]


def check_label_zpl(station: str, printer: str, when: str, dpi: int = 203) -> bytes:
    """The test label as ZPL (UTF-8, ^CI28), its text in the printer's own font."""
    dots = dpi // 203 or 1
    out = ["^XA", "^CI28", f"^PW{4 * dpi}", f"^LL{6 * dpi}"]
    y = 60 * dots
    for number, line in enumerate(check_label_lines(station, printer, when)):
        size = (70 if number < 2 else 34) * dots
        text = line.replace("^", " ").replace("~", " ")
        out.append(
            f"^FO{40 * dots},{y}^A0N,{size},{size}^FB{4 * dpi - 80 * dots},3,0,L^FD{text}^FS"
        )
        y += size + 30 * dots
    out.append(f"^FO{30 * dots},{30 * dots}^GB{4 * dpi - 60 * dots},{6 * dpi - 60 * dots},6^FS")
    out.append("^XZ")
    return "\n".join(out).encode("utf-8")


def check_label_pdf(station: str, printer: str, when: str) -> bytes:
    """The test label as a one-page 4x6 in PDF."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(4 * inch, 6 * inch))
    fonts.register()
    page.setLineWidth(3)
    page.rect(0.15 * inch, 0.15 * inch, 3.7 * inch, 5.7 * inch)
    y = 5.4 * inch
    for number, line in enumerate(check_label_lines(station, printer, when)):
        size = 24 if number < 2 else 11
        for part in _wrapped(line, 44 if number >= 2 else 20):
            fonts.draw_string(page, 0.35 * inch, y, part, size, bold=number < 2)
            y -= size * 1.5
        y -= 6
    page.showPage()
    page.save()
    return buffer.getvalue()


def _wrapped(text: str, width: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines
