"""Reading CSV: any table a spreadsheet or Shopify writes reads back cell for cell, with lines."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from s321_desk.services.files.csv_reader import read_csv
from s321_desk.services.kernel.errors import UserError

CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=12,
)
HEADER = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz _", min_size=1, max_size=8).filter(
        lambda s: s.strip()
    ),
    min_size=1,
    max_size=5,
    unique_by=lambda s: s.strip().casefold(),
)


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    header = draw(HEADER)
    row = st.lists(CELL, min_size=len(header), max_size=len(header)).filter(
        lambda cells: any(c.strip() for c in cells)
    )
    return header, draw(st.lists(row, max_size=6))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150)
@given(table=tables(), crlf=st.booleans(), bom=st.booleans())
def test_what_csv_writes_reads_back_with_its_line_numbers(
    tmp_path: Path, table: tuple[list[str], list[list[str]]], crlf: bool, bom: bool
) -> None:
    header, rows = table
    buffer = io.StringIO()
    # Python's writer quotes a cell holding \r only when \r is in its line terminator: the LF
    # variant quotes every cell (as some shops do) so that the file stays unambiguous.
    if crlf:
        writer = csv.writer(buffer, lineterminator="\r\n")
    else:
        writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    starts = []
    for row in rows:
        # Lines as an editor counts them: \r\n, \n or a lone \r ends one.
        starts.append(len(io.StringIO(buffer.getvalue(), newline="").readlines()) + 1)
        writer.writerow(row)
    path = tmp_path / "t.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8"))
    read = read_csv(path)
    assert read.header == tuple(name.strip() for name in header)
    assert [record.line for record in read.records] == starts
    assert [[r.cells[name.strip().casefold()] for name in header] for r in read.records] == rows


def test_a_broken_quote_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('a,b\n1,2\n3,"4\n5,6\n')
    with pytest.raises(UserError, match=r"t\.csv:\d+: unreadable CSV"):
        list(read_csv(path).records)  # said when the records are read, a record at a time


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b"\xef\xbb\xbf")
    with pytest.raises(UserError, match=r"t\.csv:1: the file is empty or has no header row"):
        read_csv(path)


def test_a_column_twice(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Name,Email,name\n")
    with pytest.raises(UserError, match=r"t\.csv:1: Name: the column appears twice"):
        read_csv(path)
