"""The load manifest read back as the driver and the officer read it: cell by cell, sum by sum."""

from __future__ import annotations

import bisect
import ctypes
import io
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

import pypdfium2
import pytest
import zxingcpp

from s321_desk.documents import pages
from s321_desk.documents.content import ManifestData, ManifestItem, ManifestRow
from s321_desk.documents.manifest import (
    COLUMNS,
    HEADING,
    QUANTITY,
    ROW,
    X,
    draw_manifest,
    hts_text,
    manifest_pdf,
    paginate,
    table_lines,
)
from tests.documents.conftest import LOAD as SHARED_LOAD

LOAD = replace(SHARED_LOAD, shipment_count=0)
AWKWARD = ("Zoë O'Brien-Müller", "A & B <Ltd>", '=HYPERLINK("http://x","y")', "Łukasz Ñúñez")
# Not in print order, and two routes outside the fixed order (printed last, alphabetically).
ROUTES = (
    "T11",
    "S321_MANIFEST",
    "HOLD",
    "ZZ_LATE",
    "ET86",
    "S321_MANIFEST",
    "T03",
    "AA_EARLY",
    "T01",
    "S321_MANIFEST",
)
PRINT_ORDER = ["S321_MANIFEST", "ET86", "T11", "T01", "T03", "HOLD", "AA_EARLY", "ZZ_LATE"]
DESCRIPTIONS = (
    "Cotton T-shirt",
    "Maple syrup 500 ml; Wool socks",
    "Ceramic mug",
    "Leather belt with brass buckle; Silk scarf, hand-rolled edges; Tin of tea",
)


def make_rows(count: int) -> tuple[ManifestRow, ...]:
    return tuple(
        ManifestRow(
            scn=None if n % 53 == 0 else f"ABCD{n:012d}",
            parcel_id=f"P{n:07d}",
            consignee=AWKWARD[n % 4] if n % 3 else f"Customer {n}",
            city="Buffalo" if n % 5 else "Saint Petersburg",
            state="NY" if n % 5 else "FL",
            zip=f"{14200 + n % 90:05d}" if n % 7 else f"{33700 + n % 90:05d}-1702",
            description=DESCRIPTIONS[n % 4],
            quantity=1 + n % 5,
            weight_kg=None if n % 41 == 0 else Decimal(n % 3000) / 1000 + Decimal("0.125"),
            value_usd=Decimal(n * 3719 % 90000) / 100,
            origin="CN, US" if n % 6 == 0 else "CA",
            hts="6109100012, 6912004810" if n % 6 == 0 else ("" if n % 43 == 0 else "6109100012"),
            route=ROUTES[n % len(ROUTES)],
        )
        for n in range(1, count + 1)
    )


TABLE_HEAD = " ".join(column.title for column in COLUMNS)
DATA = ManifestData(replace(LOAD, shipment_count=300), make_rows(300))


@cache
def pdf_of(data: ManifestData) -> bytes:
    return manifest_pdf(data)


def texts(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def header_barcodes(page: pypdfium2.PdfPage) -> list[zxingcpp.Barcode]:
    """The barcodes in the top fifth of the page (the header), rendered as a 203 dpi printer
    prints: only the header, as decoding whole pages is most of these tests' time."""
    return zxingcpp.read_barcodes(page.render(scale=203 / 72, crop=(0, 612 * 0.8, 0, 0)).to_pil())


def flat(text: str) -> str:
    """Read-back text without line breaks; pdfium marks a hyphen at a line's end as U+FFFE."""
    return re.sub(r"\s+", " ", text.replace("\ufffe", "-")).strip()


# -- reading the table cell by cell -------------------------------------------------------------


@dataclass(frozen=True)
class Band:
    """One line of the table, from its first column's text down to the next line's: the text
    of each column (its lines) and of the columns up to the quantity (where sums have words)."""

    cells: list[list[str]]
    label: str

    def read(self, column: int) -> str:
        return " ".join(self.cells[column])


def characters(textpage: pypdfium2.PdfTextPage) -> Iterator[tuple[str, float, float]]:
    """Each character drawn on the page (not those pdfium adds) with its origin: x, baseline."""
    x, y = ctypes.c_double(), ctypes.c_double()
    for index in range(textpage.count_chars()):
        if not pypdfium2.raw.FPDFText_IsGenerated(textpage.raw, index):
            pypdfium2.raw.FPDFText_GetCharOrigin(textpage.raw, index, x, y)
            yield chr(pypdfium2.raw.FPDFText_GetUnicode(textpage.raw, index)), x.value, y.value


def bands(pdf: bytes) -> Iterator[Band]:
    """Every line with text in the first column, down to the next one: parcels, headings,
    sums (and the header's lines). Characters are placed by their origin, in drawing order."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for number in range(len(document)):
            drawn = list(characters(document[number].get_textpage()))
            starts = sorted({round(y, 1) for _, x, y in drawn if X[0] <= x < X[1]}, reverse=True)
            found: dict[tuple[int, int], dict[float, str]] = {}  # band, column -> line -> text
            for character, x, y in drawn:
                band = bisect.bisect_right([-start for start in starts], -round(y, 1)) - 1
                column = bisect.bisect_right(X, x) - 1
                if band >= 0 and 0 <= column < len(COLUMNS):
                    line = found.setdefault((band, column), {})
                    line[round(y, 1)] = line.get(round(y, 1), "") + character
            for band in range(len(starts)):
                cells = [found.get((band, column), {}) for column in range(len(COLUMNS))]
                lines = [[t.strip() for _, t in sorted(c.items(), reverse=True)] for c in cells]
                words: dict[float, str] = {}
                for cell in cells[:QUANTITY]:
                    for y, text in cell.items():
                        words[y] = words.get(y, "") + text
                label = " ".join(t.strip() for _, t in sorted(words.items(), reverse=True))
                yield Band(lines, re.sub(" +", " ", label).replace("\ufffe", "-"))
    finally:
        document.close()


def wrapped_from(lines: list[str], text: str) -> bool:
    """Whether ``lines`` are ``text`` wrapped: joined at each break by a space (between words)
    or by nothing (inside a word), they give it back exactly."""
    return re.fullmatch(" ?".join(map(re.escape, lines)), text) is not None


def expected_cells(row: ManifestRow) -> list[str]:
    """What each column must show, worked out here and not by the module under test."""
    weight = "-" if row.weight_kg is None else f"{row.weight_kg:,.3f}"
    hts = re.sub(r"\b(\d{4})(\d{2})(\d{4})\b", r"\1.\2.\3", row.hts)
    hazmat = row.items[0].hazmat if row.items else ""  # the HM column: X, and the UN mark first
    description = f"{hazmat} - {row.description}" if hazmat else row.description
    return [
        row.scn or "-",
        row.parcel_id,
        row.consignee,
        f"{row.city} {row.state} {row.zip}",
        "X" if hazmat else "",
        description,
        str(row.quantity),
        weight,
        f"{row.value_usd:,.2f}",
        row.origin,
        hts,
        row.route,
    ]


@dataclass
class Table:
    """DATA's manifest line by line: parcels by their id, sums by their words."""

    by_parcel: dict[str, Band]
    by_label: dict[str, Band]


@pytest.fixture(scope="module")
def table() -> Table:
    found = list(bands(pdf_of(DATA)))
    return Table({b.read(1): b for b in found}, {b.label: b for b in found})


def test_every_parcel_reads_back_field_by_field(table: Table) -> None:
    for row in DATA.rows:
        band = table.by_parcel[row.parcel_id]
        for column, (lines, text) in enumerate(zip(band.cells, expected_cells(row), strict=True)):
            assert wrapped_from(lines, text), (row.parcel_id, COLUMNS[column].title, lines, text)


def sums(rows: tuple[ManifestRow, ...]) -> tuple[int, int, str, str, int]:
    weighed = [r.weight_kg for r in rows if r.weight_kg is not None]
    return (
        len(rows),
        sum(r.quantity for r in rows),
        f"{sum(weighed, Decimal(0)):,.3f}",
        f"{sum((r.value_usd for r in rows), Decimal(0)):,.2f}",
        len(rows) - len(weighed),
    )


def sum_label(label: str, parcels: int, unweighed: int) -> str:
    words = f"{label}: {parcels:,} parcel{'' if parcels == 1 else 's'}"
    return words + (f" ({unweighed:,} not weighed)" if unweighed else "")


@pytest.mark.parametrize("label", ["Subtotal {route}", "{route}"])
def test_each_route_has_its_subtotal_and_its_line_in_the_summary(table: Table, label: str) -> None:
    for route in PRINT_ORDER:
        parcels, quantity, weight, value, unweighed = sums(
            tuple(r for r in DATA.rows if r.route == route)
        )
        band = table.by_label[sum_label(label.format(route=route), parcels, unweighed)]
        assert [band.read(6), band.read(7), band.read(8)] == [f"{quantity:,}", weight, value]


def test_the_load_total_adds_up_every_parcel(table: Table) -> None:
    parcels, quantity, weight, value, unweighed = sums(DATA.rows)
    band = table.by_label[sum_label("TOTAL LOAD", parcels, unweighed)]
    assert [band.read(6), band.read(7), band.read(8)] == [f"{quantity:,}", weight, value]
    assert unweighed > 0  # the data has parcels without weight, and the total says how many


def test_routes_come_in_the_fixed_order_and_rows_in_their_given_order() -> None:
    text = "\n".join(texts(pdf_of(DATA)))
    headings = [line[6:] for line in text.splitlines() if re.fullmatch(r"Route \S+", line)]
    assert headings == PRINT_ORDER
    printed = re.findall(r"\bP\d{7}\b", text)
    assert printed == [r.parcel_id for route in PRINT_ORDER for r in DATA.rows if r.route == route]


def test_a_page_that_starts_inside_a_route_says_which() -> None:
    route_of = {r.parcel_id: r.route for r in DATA.rows}
    continued = 0
    for text in texts(pdf_of(DATA))[1:]:
        lines = text.splitlines()
        if TABLE_HEAD not in lines:
            continue  # the closing block's own page
        heading = lines[lines.index(TABLE_HEAD) + 1]
        if heading.endswith(" (continued)"):
            continued += 1
            first_parcel = re.search(r"\bP\d{7}\b", text)
            if heading.startswith("Route ") and first_parcel:
                assert heading == f"Route {route_of[first_parcel.group()]} (continued)"
        else:
            assert heading in {f"Route {route}" for route in PRINT_ORDER} | {"Summary by route"}
    assert continued > 0


@pytest.mark.parametrize("room", range(60, 420, 9))
def test_a_heading_is_never_the_last_line_of_a_page(room: int) -> None:
    routes = tuple(f"R{n}" for n in range(12))  # groups of 1 to 30-odd rows
    rows = tuple(replace(r, route=routes[n % 7 * n % 12]) for n, r in enumerate(make_rows(150)))
    laid = paginate(table_lines(rows), room)
    for page in laid[:-1]:
        assert page[-1].kind != HEADING
    for page in laid[1:]:
        assert page[0].kind == HEADING  # a fresh heading, or the one of the part it goes on with
    assert sum(line.kind == ROW for page in laid for line in page) == len(rows)


def test_the_header_is_on_every_page_with_page_x_of_y() -> None:
    pages_text = texts(pdf_of(DATA))
    assert len(pages_text) > 3
    for number, text in enumerate(pages_text, start=1):
        lines = [flat(line) for line in text.splitlines()]
        assert "LOAD MANIFEST" in lines
        assert f"Trip {LOAD.trip}" in lines
        assert f"Page {number} of {len(pages_text)}" in lines
        for value in (
            LOAD.carrier,
            LOAD.scac,
            LOAD.port,
            "2026-11-23 14:30 EST",
            LOAD.seal,
            LOAD.driver,
            LOAD.tractor_plate,
            LOAD.trailer_plate,
        ):
            assert value in lines, (number, value)


def test_every_page_is_letter_landscape() -> None:
    document = pypdfium2.PdfDocument(pdf_of(DATA))
    assert all(document[i].get_size() == pytest.approx((792, 612)) for i in range(len(document)))


def test_the_trip_barcode_decodes_at_203_dpi_on_every_page() -> None:
    document = pypdfium2.PdfDocument(pdf_of(DATA))
    for number in range(len(document)):
        found = header_barcodes(document[number])
        assert [(r.text, r.format.name) for r in found] == [(LOAD.trip, "Code39")], number


def test_seal_plates_and_signatures_close_the_last_page_only() -> None:
    pages_text = [[flat(line) for line in text.splitlines()] for text in texts(pdf_of(DATA))]
    closing = [f"Driver: {LOAD.driver}", f"Shipper's representative, for {LOAD.shipper.name}"]
    for line in closing:
        assert any(line in page_line for page_line in pages_text[-1])
        assert all(line not in page_line for page in pages_text[:-1] for page_line in page)
    below = flat("\n".join(texts(pdf_of(DATA)))).rsplit("TOTAL LOAD", 1)[1]
    for value in (LOAD.seal, LOAD.tractor_plate, LOAD.trailer_plate):
        assert value and value in below
    assert below.count("Date") == 2
    assert "End of manifest" in below


def test_awkward_names_print_literally() -> None:
    text = flat("\n".join(texts(pdf_of(DATA))))
    for name in AWKWARD:
        assert name in text
    assert "&amp;" not in text and "&lt;" not in text and "&#39;" not in text


def test_control_characters_print_as_spaces_and_nothing_is_dropped() -> None:
    row = replace(make_rows(1)[0], consignee="Ann\tLee", description="Mug\nwith lid")
    text = texts(manifest_pdf(ManifestData(LOAD, (row,))))[0]
    assert "Ann Lee" in text and "Mug with lid" in text


def test_hts_numbers_are_dotted_only_where_they_have_ten_digits() -> None:
    assert hts_text("6109100012") == "6109.10.0012"
    assert hts_text("6109100012, 6912004810") == "6109.10.0012, 6912.00.4810"
    assert hts_text("610910, 61091000") == "610910, 61091000"
    assert hts_text("") == ""


def test_a_description_longer_than_a_page_is_split_across_pages_whole() -> None:
    words = [f"item{n}" for n in range(900)]
    row = replace(make_rows(1)[0], description=" ".join(words))
    pdf = manifest_pdf(ManifestData(LOAD, (row,)))
    assert len(texts(pdf)) >= 3
    assert re.findall(r"item\d+", "\n".join(texts(pdf))) == words


def test_more_distinct_characters_than_one_font_subset_holds_read_back() -> None:
    # A TrueType subset has 256 codes; these 380 characters need a second one.
    alphabet = [chr(c) for c in range(0x21, 0x7F)] + [chr(c) for c in range(0xC0, 0x17F)]
    chunks = ["".join(alphabet[i : i + 12]) for i in range(0, len(alphabet), 12)]
    rows = tuple(
        replace(r, consignee=chunk) for r, chunk in zip(make_rows(len(chunks)), chunks, strict=True)
    )
    text = flat("\n".join(texts(manifest_pdf(ManifestData(LOAD, rows)))))
    assert all(chunk in text for chunk in chunks)


def test_missing_scn_seal_and_weight_show_as_such() -> None:
    row = replace(make_rows(1)[0], scn=None, weight_kg=None)
    pdf = manifest_pdf(ManifestData(replace(LOAD, seal=None), (row,)))
    band = next(b for b in bands(pdf) if b.read(1) == row.parcel_id)
    assert (band.read(0), band.read(7)) == ("-", "-")
    assert "NOT SEALED" in texts(pdf)[0]


def test_the_same_data_gives_the_same_bytes() -> None:
    assert manifest_pdf(DATA) == manifest_pdf(replace(DATA, rows=make_rows(300)))
    assert manifest_pdf(DATA) != manifest_pdf(replace(DATA, rows=make_rows(299)))


def test_two_loads_on_one_canvas_keep_their_own_headers() -> None:
    """The driver pack draws everything on one canvas; the header form must not be shared."""
    other = ManifestData(replace(LOAD, trip="WXYZ000000777", seal="SL-9"), make_rows(40))
    buffer = io.BytesIO()
    canvas = pages.new_canvas(buffer, "pack")
    draw_manifest(canvas, replace(DATA, rows=make_rows(40)))
    draw_manifest(canvas, other)
    canvas.save()
    document = pypdfium2.PdfDocument(buffer.getvalue())
    trips = [[r.text for r in header_barcodes(document[i])] for i in range(len(document))]
    half = len(document) // 2
    assert trips == [[LOAD.trip]] * half + [["WXYZ000000777"]] * half
    assert "SL-9" in document[len(document) - 1].get_textpage().get_text_range()


def test_a_5000_parcel_load_prints_every_parcel_once_and_numbers_its_pages() -> None:
    data = ManifestData(replace(LOAD, shipment_count=5000), make_rows(5000))
    started = time.perf_counter()
    pdf = manifest_pdf(data)
    print(f"5,000-parcel manifest: {time.perf_counter() - started:.2f} s, {len(pdf):,} bytes")
    pages_text = texts(pdf)
    count = len(pages_text)
    assert f"Page 1 of {count}" in pages_text[0].splitlines()
    assert f"Page {count} of {count}" in pages_text[-1].splitlines()
    printed = Counter(re.findall(r"\bP\d{7}\b", "\n".join(pages_text)))
    assert printed == Counter(r.parcel_id for r in data.rows)
    assert "TOTAL LOAD: 5,000 parcels" in flat(pages_text[-1] + pages_text[-2])
    document = pypdfium2.PdfDocument(pdf)
    for number in (0, count // 2, count - 1):
        assert [r.text for r in header_barcodes(document[number])] == [LOAD.trip]


def test_each_item_has_its_own_row_with_its_hts() -> None:
    """A parcel of three items: its facts once, beside the first; each item on a row of its
    own with its description, quantity, origin and HTS (no list of several in one cell)."""
    items = (
        ManifestItem("Cotton T-shirt", 2, "CA", "6109100012"),
        ManifestItem("Down jacket", 1, "VN", "6201401010"),
        ManifestItem("Maple syrup", 3, "CA", "1702200000"),
    )
    row = replace(DATA.rows[0], items=items, description="x", hts="x", origin="x", quantity=6)
    band = {b.read(1): b for b in bands(pdf_of(replace(DATA, rows=(row,))))}[row.parcel_id]
    assert band.cells[5] == [item.description for item in items]
    assert band.cells[6] == ["2", "1", "3"]
    assert band.cells[9] == ["CA", "VN", "CA"]
    assert band.cells[10] == ["6109.10.0012", "6201.40.1010", "1702.20.0000"]
    assert band.cells[8] == [f"{row.value_usd:,.2f}"]  # one value per parcel
