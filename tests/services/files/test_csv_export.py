"""The spreadsheet-safe CSV writer: hostile text shown as text, everything else exactly as given."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from s321_desk.services.files.csv_writer import FORMULA_STARTS, csv_bytes, safe_cell, write_csv

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "@SUM(1)",
    "+1",
    "-1",
    "\tTabbed",
    "\rReturned",
]
HARMLESS = [
    "Zoë O'Brien-Müller",
    "A & B <Ltd>",
    'Mug "Café & <Co>"',
    "Buffalo, NY",
    "a\nb",
    " =not first",
    "O'Neil",
    "",
    "1+1",
    "E=mc2",
]


def read_back(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), strict=True))


def test_hostile_text_is_shown_as_text_and_harmless_text_is_untouched() -> None:
    data = csv_bytes(["name"], [[text] for text in HOSTILE + HARMLESS])
    header, *rows = read_back(data)
    assert header == ["name"]
    assert [row[0] for row in rows] == ["'" + text for text in HOSTILE] + HARMLESS
    for row in rows:
        assert not row[0].startswith(FORMULA_STARTS), row
    # each neutralised cell is also quoted in the file, as OWASP advises
    lines = data.decode("utf-8").split("\r\n")
    assert lines[1] == '"\'=HYPERLINK(""http://x"",""y"")"'
    assert lines[2] == "\"'=cmd|' /C calc'!A0\""
    assert lines[3:6] == ['"\'@SUM(1)"', '"\'+1"', '"\'-1"']


def test_numbers_we_produce_stay_numbers_even_negative() -> None:
    data = csv_bytes(
        ["text", "amount", "count", "empty"],
        [["-5.00", Decimal("-5.00"), -3, None], ["x", Decimal("12.5"), 0, ""]],
    )
    text = data.decode("utf-8")
    assert text == ('text,amount,count,empty\r\n"\'-5.00",-5.00,-3,\r\nx,12.5,0,\r\n')
    assert read_back(data)[1] == ["'-5.00", "-5.00", "-3", ""]


def test_a_float_or_a_bool_is_refused_as_a_cell() -> None:
    with pytest.raises(TypeError, match="not float"):
        safe_cell(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="yes/no"):
        safe_cell(True)
    with pytest.raises(ValueError, match="not an amount"):
        safe_cell(Decimal("NaN"))


def test_rfc_4180_crlf_header_and_no_bom_unless_asked() -> None:
    data = csv_bytes(["a", "b"], [["1", "2"], ["line\nbreak", 'say "hi"']])
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 3  # each record ends in CRLF; the cell's own \n is kept
    assert read_back(data) == [["a", "b"], ["1", "2"], ["line\nbreak", 'say "hi"']]
    with_bom = csv_bytes(["a"], [["é"]], bom=True)
    assert with_bom.startswith(b"\xef\xbb\xbf")
    assert with_bom.decode("utf-8-sig") == "a\r\né\r\n"


def test_a_row_of_the_wrong_width_is_refused() -> None:
    stream = io.StringIO(newline="")
    with pytest.raises(ValueError, match="row 2 has 1 cells, the header 2"):
        write_csv(stream, ["a", "b"], [["1", "2"], ["3"]])
    assert write_csv(io.StringIO(newline=""), ["a"], iter([["1"], ["2"]])) == 2


def shown(text: str) -> str:
    """A control character as the file shows it: its picture (U+2400 + code, U+2421 for DEL,
    U+FFFD for a C1 control); tab and line ends kept."""
    return "".join(
        chr(0x2400 + ord(c))
        if ord(c) < 0x20 and c not in "\t\n\r"
        else "\u2421"
        if c == "\x7f"
        else "\ufffd"
        if 0x80 <= ord(c) <= 0x9F
        else c
        for c in text
    )


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_reads_back_as_written_or_quote_prefixed(cells: list[str]) -> None:
    # csv treats a lone \r inside quotes as data; a control character is shown as its picture
    [header, row] = read_back(csv_bytes(["c"] * len(cells), [cells]))
    assert header == ["c"] * len(cells)
    for written, read in zip(cells, row, strict=True):
        expected = "'" + written if written.startswith(FORMULA_STARTS) else written
        assert read == shown(expected)


def test_control_characters_reach_the_file_as_their_pictures() -> None:
    """The probe: a bell, an escape sequence, a NUL reached the exports raw (a store from
    before the imports refused them may hold one)."""
    data = csv_bytes(["name"], [["Ann\x07 \x1b[31mRed\x00"], ["DEL\x7f C1\x85"]])
    assert read_back(data)[1:] == [["Ann\u2407 \u241b[31mRed\u2400"], ["DEL\u2421 C1\ufffd"]]
    assert not any(0 < byte < 0x20 and byte not in b"\r\n" for byte in data)
