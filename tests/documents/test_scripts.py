"""Every character prints: names in other scripts read back from the label's and the invoice's
text layer, drawn in fonts that have them (embedded, subset), right-to-left text in its reading
order; and on a ZPL label, drawn as a graphic field from the same fonts at the printer's dots."""

from __future__ import annotations

import re
from dataclasses import replace

import pypdfium2
import pytest
import zxingcpp
from PIL import Image, ImageChops

from s321_desk.documents import fonts, scripts
from s321_desk.documents.invoice import invoice_pdf
from s321_desk.documents.label import label_pdf, label_zpl
from tests.documents.test_invoice import DATA as INVOICE
from tests.documents.test_label import DATA as LABEL
from tests.documents.test_label_zpl_render import render_zpl

# A name in each script (as people write them), and the font that must draw it.
NAMES = {
    "Chinese": ("王小明", "DroidSansFallback"),
    "Japanese": ("山田 花子", "DroidSansFallback"),
    "Korean": ("김민준", "DroidSansFallback"),
    "Arabic": ("محمد الأحمد", "DejaVuSans"),
    "Hebrew": ("דוד כהן", "DejaVuSans"),
    "Thai": ("สมชาย ใจดี", "NotoSansThai"),
    "Devanagari": ("राहुल शर्मा", "NotoSansDevanagari"),
    "Tamil": ("முருகன்", "NotoSansTamil"),
    "Bengali": ("সুমন রায়", "NotoSansBengali"),
    "Ethiopic": ("አበበ ቢቂላ", "NotoSansEthiopic"),
    "Greek": ("Γιώργος Παπαδόπουλος", "DejaVuSans"),
    "Cyrillic": ("Иван Петров", "DejaVuSans"),
    "Armenian": ("Արամ Խաչատրյան", "DejaVuSans"),
}


def text_of(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    return text


def fonts_of(pdf: bytes) -> set[str]:
    """The base fonts the file declares, without their subset tags."""
    return {
        name.split("+")[-1] for name in re.findall(r"/BaseFont /([^\s/>]+)", pdf.decode("latin-1"))
    }


@pytest.mark.parametrize("script", NAMES)
def test_a_name_reads_back_from_the_label(script: str) -> None:
    name, font = NAMES[script]
    pdf = label_pdf(replace(LABEL, ship_to=replace(LABEL.ship_to, name=name)))
    assert name in text_of(pdf)
    assert any(declared.startswith(font) for declared in fonts_of(pdf))
    assert not any("Helvetica" in declared for declared in fonts_of(pdf))


@pytest.mark.parametrize("script", NAMES)
def test_a_name_reads_back_from_the_invoice(script: str) -> None:
    name, font = NAMES[script]
    consignee = replace(
        INVOICE.consignee, name=name, lines=(f"{name} Co.", *INVOICE.consignee.lines)
    )
    pdf = invoice_pdf(replace(INVOICE, consignee=consignee))
    assert text_of(pdf).count(name) >= 2  # the buyer's name and the line under it
    assert any(declared.startswith(font) for declared in fonts_of(pdf))


def test_right_to_left_text_is_drawn_in_its_reading_order() -> None:
    """Drawn left to right, Hebrew comes last letter first; numbers keep their order; Arabic
    letters take their joined forms (read back as the letters by a PDF reader)."""
    assert scripts.visual("דוד כהן 12") == "12 ןהכ דוד"
    assert scripts.visual("Apt 5 שלום") == "Apt 5 םולש"
    joined = scripts.visual("محمد")
    assert joined == "\ufeaa\ufee4\ufea4\ufee3"  # final, medial, medial, initial: right to left
    assert scripts.visual("لا") == "\ufefb"  # lam-alef, one ligature
    assert scripts.visual("Zoë O'Brien") == "Zoë O'Brien"


def test_a_vowel_sign_written_before_its_consonant_is_drawn_there() -> None:
    # Gurmukhi sihari (ਿ) follows ਸ in the text and stands before it on paper.
    assert scripts.visual("ਸਿੰਘ") == "ਿਸੰਘ"
    # Devanagari i (ि) before a conjunct: before the whole cluster क्ष.
    assert scripts.visual("क्षि") == "िक्ष"


def test_only_the_glyphs_used_are_embedded() -> None:
    """Droid Sans Fallback is 3.4 MB; a label with a three-character name embeds a few KB."""
    plain = label_pdf(LABEL)
    chinese = label_pdf(replace(LABEL, ship_to=replace(LABEL.ship_to, name="王小明")))
    assert len(chinese) - len(plain) < 60_000


def ink(image: Image.Image) -> Image.Image:
    return image.convert("L").point(lambda level: 255 if level < 128 else 0)


@pytest.mark.parametrize("script", ["Chinese", "Korean", "Arabic", "Thai", "Devanagari"])
def test_the_zpl_label_draws_the_name_from_the_same_font_as_the_pdf(script: str) -> None:
    """The ZPL carries the name as a ^GFA graphic field (the printer's resident font has no
    such glyphs); rendered as a printer would, its ink matches the PDF's at the same dots."""
    name, _ = NAMES[script]
    data = replace(LABEL, ship_to=replace(LABEL.ship_to, name=name))
    zpl = label_zpl(data, 203)
    assert "^GFA," in zpl and name not in zpl
    (printed,) = render_zpl((zpl,), 203)
    document = pypdfium2.PdfDocument(label_pdf(data))
    page = document[0].render(scale=203 / 72, grayscale=True).to_pil()
    document.close()
    box = (28, 255, 784, 335)  # the name's line, in dots (SHIP TO's first line)
    zpl_ink, pdf_ink = ink(printed.crop(box)), ink(page.crop(box))
    both = ImageChops.multiply(zpl_ink, pdf_ink).getbbox()
    assert zpl_ink.getbbox() is not None and both is not None
    shared = ImageChops.multiply(zpl_ink, pdf_ink).histogram()[255]
    drawn = zpl_ink.histogram()[255]
    assert shared / drawn > 0.6, (script, shared, drawn)
    # and the label's barcode still decodes from the printer's rendering
    assert [r.text for r in zxingcpp.read_barcodes(printed)] == [data.parcel_id]


def test_a_latin_label_uses_only_the_resident_font() -> None:
    assert "^GFA" not in label_zpl(LABEL, 203)
    assert fonts.plain("Zoë O'Brien-Müller") and not fonts.plain("王")
