"""A file of one endless line (the review: a 199 MB line, under the size limit, peaked at 485 MB
against the goal of 300 MB for a 200 MB file): the reader never holds more than a line's limit
of it, and refuses the line by its number."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from s321_desk.services.files.csv_reader import MAX_LINE, read_csv
from s321_desk.services.kernel.errors import UserError


def _long_line_file(path: Path, length: int) -> Path:
    with open(path, "w", encoding="utf-8") as stream:
        stream.write("sku,description\n")
        stream.write("A-1,a short one\n")
        stream.write("A-2,")
        chunk = "x" * 1_000_000
        for _ in range(length // len(chunk)):
            stream.write(chunk)
        stream.write("\n")
    return path


def test_a_line_over_the_limit_is_refused_by_its_number_without_being_held(
    tmp_path: Path,
) -> None:
    path = _long_line_file(tmp_path / "one-line.csv", 24 * MAX_LINE)
    table = read_csv(path)
    tracemalloc.start()
    try:
        with pytest.raises(UserError, match=r"one-line\.csv:3: a line of more than .* characters"):
            list(table.records)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 6 * MAX_LINE, f"{peak:,} bytes held for a {24 * MAX_LINE:,}-character line"


def test_lines_up_to_the_limit_are_read() -> None:
    assert MAX_LINE >= 1_000_000  # a Shopify line of 80 columns of long cells fits
