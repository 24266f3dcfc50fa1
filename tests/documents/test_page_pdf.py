"""The directly written one-page PDF: a sound file (cross-references checked by hand, since a
reader repairs a broken one silently), every covered character read back in both faces, the
ReportLab way taken for the others, and the same look as ReportLab's label."""

from __future__ import annotations

import re
from dataclasses import replace

import pypdfium2
import pytest
import zxingcpp
from PIL import ImageChops

from s321_desk.documents import page_pdf
from s321_desk.documents.label import _reportlab_pdf, label_pdf, layout
from tests.documents.test_label import DATA, rendered, text_lines

LATIN_EXTENDED_A = "".join(map(chr, range(0x100, 0x180)))
LATIN_1 = "".join(map(chr, range(0xA1, 0x100))).replace("\xad", "")  # soft hyphen: invisible


def test_cross_reference_offsets_point_at_their_objects() -> None:
    pdf = label_pdf(DATA)
    start = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", pdf).group(1))  # type: ignore[union-attr]
    assert pdf[start:].startswith(b"xref\n0 ")
    entries = re.findall(rb"(\d{10}) 00000 n ", pdf[start:])
    count = int(re.search(rb"/Size (\d+)", pdf[start:]).group(1))  # type: ignore[union-attr]
    assert len(entries) == count - 1
    for number, offset in enumerate(entries, start=1):
        assert pdf[int(offset) :].startswith(b"%d 0 obj\n" % number)


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        LATIN_EXTENDED_A[:64],
        LATIN_EXTENDED_A[64:],
        LATIN_1,
        "\u2018Smith\u2019 \u201c& Sons\u201d \u2013 €5 … (1) \\ x",
        "Łukasz Żółkiewski, Dvořák Šťastný, Øyvind Ærø",
    ],
)
def test_covered_text_reads_back_in_both_faces(text: str, bold: bool) -> None:
    assert page_pdf.covers(text)
    page = page_pdf.OnePage(1400, 100)
    page.text(10, 50, text, 10, bold=bold)
    pdf = page.pdf("Łabel (test)")
    document = pypdfium2.PdfDocument(pdf)
    assert document[0].get_textpage().get_text_range() == text
    assert document.get_metadata_dict()["Title"] == "Łabel (test)"


def test_a_character_outside_the_subsets_goes_the_reportlab_way() -> None:
    cyrillic = replace(DATA, ship_to=replace(DATA.ship_to, name="Иван Петров"))
    assert not page_pdf.covers("Иван")
    pdf = label_pdf(cyrillic)
    assert b"ReportLab" in pdf  # its producer line
    assert "Иван Петров" in text_lines(pdf)
    assert b"ReportLab" not in label_pdf(DATA)


def test_looks_as_the_reportlab_label_does() -> None:
    ours = rendered(label_pdf(DATA)).convert("L")
    theirs = rendered(_reportlab_pdf(layout(DATA), "Label", 203)).convert("L")
    difference = ImageChops.difference(ours, theirs).point(lambda v: 255 if v > 64 else 0)
    assert difference.getbbox() is None  # only anti-aliasing differs, never a stroke
    assert [r.text for r in zxingcpp.read_barcodes(rendered(label_pdf(DATA)))] == [DATA.parcel_id]


def test_white_text_on_black_keeps_the_next_text_black() -> None:
    page = page_pdf.OnePage(200, 100)
    page.box(0, 50, 200, 50)
    page.text(10, 70, "ROUTE", 20, bold=True, white=True)
    page.text(10, 20, "below", 20)
    image = pypdfium2.PdfDocument(page.pdf("t"))[0].render(scale=1).to_pil().convert("L")
    assert image.crop((10, 60, 190, 90)).getextrema()[0] == 0  # black text below the box
    assert image.crop((0, 0, 200, 50)).getextrema()[1] == 255  # white letters in the box
