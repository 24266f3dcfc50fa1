"""The parcel label read back as a scanner and a dock worker would: text, barcode, and the ZPL."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pypdfium2
import pytest
import zxingcpp
from PIL import Image

from s321_desk.documents.label import (
    NO_TRIP,
    LabelData,
    ShipTo,
    city_line,
    label_pdf,
    label_zpl,
    weight_text,
)

DATA = LabelData(
    parcel_id="P0000001",
    order='=HYPERLINK("http://x","y")',
    ship_to=ShipTo(
        name="Zoë O'Brien-Müller",
        company="A & B <Ltd>",
        address_lines=("1250 Niagara St, Apt 4", "c/o Łukasz Dock ^7 ~ back_door"),
        city="Buffalo",
        state="NY",
        zip="14213-1702",
        country="UNITED STATES",
    ),
    ship_from=("Maple Fulfillment US Returns", "2400 Military Rd", "Niagara Falls NY 14304"),
    weight_kg=Decimal("1.25"),
    route="S321_MANIFEST",
    crossing_date=date(2026, 11, 23),
    trip="ABCD2611230001",
)


def page_of(pdf: bytes) -> pypdfium2.PdfPage:
    document = pypdfium2.PdfDocument(pdf)
    assert len(document) == 1
    return document[0]


def text_lines(pdf: bytes) -> list[str]:
    return page_of(pdf).get_textpage().get_text_range().splitlines()


def rendered(pdf: bytes, dpi: int = 203) -> Image.Image:
    return page_of(pdf).render(scale=dpi / 72).to_pil()


def test_the_label_is_4_by_6_inches() -> None:
    assert page_of(label_pdf(DATA)).get_size() == pytest.approx((288, 432))


def test_every_field_reads_back_literally() -> None:
    lines = text_lines(label_pdf(DATA))
    expected = [
        *DATA.ship_from,
        DATA.ship_to.name,
        DATA.ship_to.company,
        *DATA.ship_to.address_lines,
        "Buffalo NY 14213-1702",
        DATA.ship_to.country,
        DATA.route,
        DATA.order,
        "1.250 kg",
        "2026-11-23",
        DATA.trip,
        DATA.parcel_id,
    ]
    for field in expected:
        assert field in lines


def test_a_parcel_on_no_truck_says_so() -> None:
    assert NO_TRIP in text_lines(label_pdf(replace(DATA, trip=None)))


def test_weight_is_printed_to_the_gram() -> None:
    assert weight_text(Decimal("1.25")) == "1.250 kg"
    assert weight_text(Decimal("0.0004")) == "0.000 kg"
    assert city_line(DATA.ship_to) == "Buffalo NY 14213-1702"


@pytest.mark.parametrize("parcel_id", ["P0000001", "S1-000123", "P9999999", "A&B<1>"])
@pytest.mark.parametrize("dpi", [203, 300])
def test_the_parcel_barcode_decodes_at_the_printer_dpi(parcel_id: str, dpi: int) -> None:
    # Bars sit on the printer's dots, so the page is rendered as that printer would print it.
    image = rendered(label_pdf(replace(DATA, parcel_id=parcel_id), dpi=dpi), dpi=dpi)
    found = zxingcpp.read_barcodes(image)
    assert [(r.text, r.format.name) for r in found] == [(parcel_id, "Code128")]


def test_a_long_address_still_fits_and_reads_back() -> None:
    many = replace(
        DATA,
        ship_to=replace(
            DATA.ship_to,
            name="Maximiliane-Josephine Größenwahn-Oberschleißheimer",
            address_lines=tuple(f"Line {n} of a very long address, Suite {n}00" for n in range(6)),
        ),
    )
    pdf = label_pdf(many)
    lines = text_lines(pdf)
    assert many.ship_to.name in lines
    assert all(line in lines for line in many.ship_to.address_lines)
    assert [r.text for r in zxingcpp.read_barcodes(rendered(pdf))] == [DATA.parcel_id]


def test_a_reprint_is_byte_identical() -> None:
    assert label_pdf(DATA) == label_pdf(replace(DATA))
    assert label_pdf(DATA) != label_pdf(replace(DATA, parcel_id="P0000002"))


def test_fonts_are_embedded() -> None:
    pdf = label_pdf(DATA)
    assert b"/FontFile2" in pdf
    assert b"DejaVuSans" in pdf


# -- ZPL ----------------------------------------------------------------------------------------


def field_data(zpl: str) -> list[str]:
    return re.findall(r"\^FD(.*?)\^FS", zpl, flags=re.DOTALL)


def unhex(field: str) -> str:
    return re.sub(r"_([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), field)


@pytest.mark.parametrize("dpi", [203, 300])
def test_zpl_is_one_utf8_label_of_4_by_6_inches(dpi: int) -> None:
    zpl = label_zpl(DATA, dpi)
    assert zpl.startswith("^XA")
    assert zpl.rstrip().endswith("^XZ")
    assert zpl.count("^XA") == zpl.count("^XZ") == 1
    assert "^CI28" in zpl
    assert f"^PW{4 * dpi}" in zpl
    assert f"^LL{6 * dpi}" in zpl


@pytest.mark.parametrize("dpi", [203, 300])
def test_zpl_has_the_parcel_id_as_code_128(dpi: int) -> None:
    zpl = label_zpl(replace(DATA, parcel_id="S1-000123"), dpi)
    barcode = re.search(r"\^BY(\d+)\^BC[^\^]*,N\^FH\^FD(.*?)\^FS", zpl)
    assert barcode is not None  # mode N: the printer encodes the code set we drew, B
    assert barcode.group(2) == ">:S1-000123"
    assert int(barcode.group(1)) == (2 if dpi == 203 else 3)


def test_zpl_escapes_control_characters_in_field_data() -> None:
    zpl = label_zpl(DATA)
    fields = field_data(zpl)
    assert all("^" not in f and "~" not in f for f in fields)
    assert "c/o Łukasz Dock _5E7 _7E back_5Fdoor" in fields
    assert "^FH^FDc/o Łukasz Dock _5E7 _7E back_5Fdoor^FS" in zpl


def test_zpl_shows_the_same_content_as_the_pdf() -> None:
    zpl_text = {unhex(f) for f in field_data(label_zpl(DATA))}
    assert set(text_lines(label_pdf(DATA))) <= zpl_text


def test_zpl_sizes_follow_the_dpi() -> None:
    def first_name_height(dpi: int) -> int:
        match = re.search(r"\^A0N,(\d+),\d+\^FB\d+,1,0,L\^FH\^FDZoë", label_zpl(DATA, dpi))
        assert match is not None
        return int(match.group(1))

    assert first_name_height(300) / first_name_height(203) == pytest.approx(300 / 203, rel=0.05)
