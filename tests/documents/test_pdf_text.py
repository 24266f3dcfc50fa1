"""The raw text writer reads back as written: any character, in any font subset, where placed."""

from __future__ import annotations

import ctypes
import gc
import io
import weakref
from collections.abc import Iterator

import pypdfium2
import pytest

from s321_desk.documents import fonts, pages, pdf_text
from s321_desk.documents.pdf_text import Block, Shape, TextLines

# 380 distinct characters: more than one 256-code TrueType subset holds.
ALPHABET = [chr(c) for c in range(0x21, 0x7F)] + [chr(c) for c in range(0xC0, 0x17F)]
SPECIAL = "(a) \\b\\ )( \\( ((x)) \\\\ end"  # what a PDF string must escape


def pdf(*blocks: tuple[float, Block], twice: bool = False) -> bytes:
    buffer = io.BytesIO()
    canvas = pages.new_canvas(buffer, "pdf_text")
    for _ in range(2 if twice else 1):
        pdf_text.draw(canvas, blocks)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def page_texts(document: bytes) -> list[str]:
    pages_ = pypdfium2.PdfDocument(document)
    return [pages_[i].get_textpage().get_text_range() for i in range(len(pages_))]


def characters(document: bytes) -> Iterator[tuple[str, float, float, float]]:
    """Each character drawn on the first page: itself, its origin (x, baseline), its size."""
    textpage = pypdfium2.PdfDocument(document)[0].get_textpage()
    x, y = ctypes.c_double(), ctypes.c_double()
    for index in range(textpage.count_chars()):
        if not pypdfium2.raw.FPDFText_IsGenerated(textpage.raw, index):
            pypdfium2.raw.FPDFText_GetCharOrigin(textpage.raw, index, x, y)
            size = pypdfium2.raw.FPDFText_GetFontSize(textpage.raw, index)
            yield (
                chr(pypdfium2.raw.FPDFText_GetUnicode(textpage.raw, index)),
                x.value,
                y.value,
                size,
            )


def test_characters_beyond_one_font_subset_read_back_in_order() -> None:
    # Regular and bold each fill their first subset and go on in a second one; lines mix both.
    lines = tuple("".join(ALPHABET[i : i + 20]) for i in range(0, len(ALPHABET), 20))
    texts = (
        TextLines(40, 20, lines, fonts.REGULAR, 9, 11),
        TextLines(320, 20, lines, fonts.BOLD, 9, 11),
    )
    text = page_texts(pdf((792, Block(0, texts))))[0]
    assert text.split() == [*lines, *lines]


def test_pdf_string_characters_are_escaped_and_read_back_literally() -> None:
    lines = (SPECIAL, "Zoë O'Brien-Müller & <Ltd>")
    text = page_texts(pdf((700, Block(0, (TextLines(40, 0, lines, fonts.REGULAR, 10, 12),)))))[0]
    assert text.splitlines() == list(lines)


def test_the_same_blocks_give_the_same_bytes_and_read_back_each_time() -> None:
    block = Block(
        30,
        (TextLines(40, 10, ("CAD", SPECIAL, "Łódź"), fonts.BOLD, 8, 9),),
        (Shape(36, 0, 540, 0), Shape(36, 2, 540, 12, 0.88)),
    )
    drawn = pdf((700, block), (600, block), twice=True)  # on one canvas: made once, used 4 times
    assert drawn == pdf((700, block), (600, block), twice=True)
    assert [text.splitlines() for text in page_texts(drawn)] == [["CAD", SPECIAL, "Łódź"] * 2] * 2


def test_texts_sit_where_placed_and_right_aligned_ones_end_there() -> None:
    texts = (
        *pdf_text.texts(100, 12, ["Left", "Next"], 10, 15),
        *pdf_text.texts(500, 12, ["Right", "Ends"], 8, bold=True, right=True),
    )
    drawn = list(characters(pdf((700, Block(40, texts)))))
    firsts = [
        (c, round(x, 2), round(y, 2), round(size, 2)) for c, x, y, size in drawn if c in "LNRE"
    ]
    # Block top 700; baselines 12 below it, then one leading (15, or 1.2 times 8) further down.
    assert firsts[:2] == [("L", 100, 688, 10), ("N", 100, 673, 10)]
    assert [(c, y, size) for c, _, y, size in firsts[2:]] == [("R", 688, 8), ("E", 678.4, 8)]
    ends = [
        x + fonts.string_width(c, 8, bold=True)
        for c, x, _, size in drawn
        if size == pytest.approx(8) and c in "ts"
    ]
    assert ends == pytest.approx([500, 500], abs=0.05)  # "Right", "Ends" end at 500 (to 0.01)


def test_a_canvas_does_not_outlive_its_use() -> None:
    """The writer kept for a canvas (its texts' operators) goes with the canvas."""
    canvas = pages.new_canvas(io.BytesIO(), "pdf_text")
    pdf_text.draw(canvas, [(700, Block(10, (TextLines(40, 10, ("CAD",), fonts.REGULAR, 8, 9),)))])
    gone = weakref.ref(canvas)
    del canvas
    gc.collect()
    assert gone() is None
