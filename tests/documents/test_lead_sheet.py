"""The lead sheet read back as the officer at the primary booth reads it, and as a scanner does."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
import zxingcpp

from s321_desk.documents import pages
from s321_desk.documents.content import ManifestData
from s321_desk.documents.lead_sheet import (
    LEAST_TRIP_SIZE,
    draw_lead_sheet,
    eta_text,
    lead_sheet_pdf,
)
from s321_desk.documents.manifest import draw_manifest
from tests.documents.conftest import LOAD

LONGEST_TRIP = "ABCD" + "9" * 21  # SCAC and 21 letters or digits: the longest CBP allows


def page_of(pdf: bytes) -> pypdfium2.PdfPage:
    document = pypdfium2.PdfDocument(pdf)
    assert len(document) == 1
    return document[0]


def lines_of(pdf: bytes) -> list[str]:
    return page_of(pdf).get_textpage().get_text_range().splitlines()


def characters_of_size(pdf: bytes, least: float) -> str:
    """The text drawn at ``least`` points or more, in drawing order (pdfium's own spacing
    characters left out): what the font size of each character says, not what we meant."""
    textpage = page_of(pdf).get_textpage()
    return "".join(
        chr(pypdfium2.raw.FPDFText_GetUnicode(textpage.raw, index))
        for index in range(textpage.count_chars())
        if not pypdfium2.raw.FPDFText_IsGenerated(textpage.raw, index)
        and pypdfium2.raw.FPDFText_GetFontSize(textpage.raw, index) >= least
    )


def barcodes_at_203_dpi(pdf: bytes) -> list[tuple[str, str]]:
    image = page_of(pdf).render(scale=203 / 72).to_pil()
    return [(r.text, r.format.name) for r in zxingcpp.read_barcodes(image)]


def test_the_lead_sheet_is_one_letter_portrait_page() -> None:
    assert page_of(lead_sheet_pdf(LOAD)).get_size() == pytest.approx((612, 792))


def test_every_field_reads_back_beside_its_caption() -> None:
    lines = lines_of(lead_sheet_pdf(LOAD))
    assert lines[0] == "ACE Electronic Manifest"
    expected = [
        f"Carrier {LOAD.carrier}",
        f"SCAC {LOAD.scac}",
        f"Driver {LOAD.driver}",
        f"Tractor plate {LOAD.tractor_plate}",
        f"Trailer plate {LOAD.trailer_plate}",
        f"Port of entry {LOAD.port}",
        "ETA 2026-11-23 14:30 EST",
        "Shipments 4,987",
        f"Seal {LOAD.seal}",
        f"Shipper {LOAD.shipper.name}",
    ]
    assert [line for line in lines if line in expected] == expected
    assert lines.count(LOAD.trip) == 2  # large, and under the barcode


@pytest.mark.parametrize("trip", ["ABCD1", LOAD.trip, LONGEST_TRIP])
def test_the_trip_number_is_printed_at_22_points_or_more(trip: str) -> None:
    pdf = lead_sheet_pdf(replace(LOAD, trip=trip))
    large = characters_of_size(pdf, LEAST_TRIP_SIZE)
    assert large.startswith(f"ACE Electronic Manifest{trip}")
    assert characters_of_size(pdf, 22) == large  # the constant is CBP's 22 pt, not less


@pytest.mark.parametrize(
    ("driver", "plate"),
    [
        ("Dee Driver", "BC 12345"),
        ("Maximilian Alexander Fitzgerald-Worthington III of Saint-Jean-sur-Richelieu", "X1"),
    ],
)
def test_cbps_four_items_are_read_back_at_22_points_or_more(driver: str, plate: str) -> None:
    """CBP's cover-sheet guidance: "ACE Electronic Manifest", the trip number, the driver's
    name and the tractor plate in at least 22-point type: each read from the page's text with
    the size each character was drawn at (a long name wraps, never shrinks)."""
    pdf = lead_sheet_pdf(replace(LOAD, driver=driver, tractor_plate=plate))
    large = characters_of_size(pdf, 22).replace(" ", "")
    for text in ("ACE Electronic Manifest", LOAD.trip, driver, plate):
        assert text.replace(" ", "") in large, text
    # Nothing else is that large: the other fields stay readable at their own size.
    rest = large
    for text in ("ACE Electronic Manifest", LOAD.trip, driver, plate):
        rest = rest.replace(text.replace(" ", ""), "", 1)
    assert rest == ""


@pytest.mark.parametrize("trip", ["ABCD1", LOAD.trip, LONGEST_TRIP])
def test_the_only_barcode_is_the_trip_in_code_39_and_it_decodes_at_203_dpi(trip: str) -> None:
    assert barcodes_at_203_dpi(lead_sheet_pdf(replace(LOAD, trip=trip))) == [(trip, "Code39")]


@pytest.mark.parametrize(
    ("arrival", "expected"),
    [
        (datetime(2026, 7, 1, 8, 5, tzinfo=ZoneInfo("America/New_York")), "2026-07-01 08:05 EDT"),
        (
            datetime(2026, 1, 2, 23, 59, tzinfo=ZoneInfo("America/Vancouver")),
            "2026-01-02 23:59 PST",
        ),
        (datetime(2026, 1, 2, 6, 0, tzinfo=UTC), "2026-01-02 06:00 UTC"),
        (
            datetime(2026, 1, 2, 6, 0, tzinfo=timezone(timedelta(hours=-5))),
            "2026-01-02 06:00 UTC-05:00",
        ),
    ],
)
def test_the_eta_is_in_the_zone_it_was_given(arrival: datetime, expected: str) -> None:
    assert eta_text(arrival) == expected
    assert f"ETA {expected}" in lines_of(lead_sheet_pdf(replace(LOAD, arrival=arrival)))


def test_an_arrival_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        lead_sheet_pdf(replace(LOAD, arrival=datetime(2026, 11, 23, 14, 30)))


def test_what_is_not_recorded_yet_says_so() -> None:
    load = replace(LOAD, driver=None, tractor_plate=None, trailer_plate="", seal=None)
    lines = lines_of(lead_sheet_pdf(load))
    for line in ("Driver -", "Tractor plate -", "Trailer plate -", "Seal NOT SEALED"):
        assert line in lines


def test_long_names_wrap_and_keep_every_word() -> None:
    carrier = "Transports Maximiliane-Josephine Größenwahn-Oberschleißheimer & Fils " * 3
    text = page_of(lead_sheet_pdf(replace(LOAD, carrier=carrier))).get_textpage().get_text_range()
    assert " ".join(text.replace("\ufffe", "-").split()).count(" ".join(carrier.split())) == 1


def test_a_trip_too_long_for_a_barcode_is_refused_not_squeezed() -> None:
    with pytest.raises(ValueError, match="too long"):
        lead_sheet_pdf(replace(LOAD, trip="ABCD" + "9" * 60))


def test_the_same_load_gives_the_same_bytes() -> None:
    assert lead_sheet_pdf(LOAD) == lead_sheet_pdf(replace(LOAD))
    assert lead_sheet_pdf(LOAD) != lead_sheet_pdf(replace(LOAD, seal="SL-0042918"))


def test_on_a_shared_canvas_it_is_portrait_before_the_landscape_manifest() -> None:
    buffer = io.BytesIO()
    canvas = pages.new_canvas(buffer, "pack")
    draw_lead_sheet(canvas, LOAD)
    draw_manifest(canvas, ManifestData(LOAD, ()))
    draw_lead_sheet(canvas, replace(LOAD, trip="WXYZ0001"))
    canvas.save()
    document = pypdfium2.PdfDocument(buffer.getvalue())
    sizes = [tuple(round(v) for v in document[i].get_size()) for i in range(len(document))]
    assert sizes == [(612, 792), (792, 612), (612, 792)]
    assert "WXYZ0001" in document[2].get_textpage().get_text_range()
