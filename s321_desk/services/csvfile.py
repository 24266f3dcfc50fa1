"""Reading a CSV file with the line number of each record and problems named by place."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from s321_desk.domain.texts import Text, translate
from s321_desk.services.errors import ImportRefused, UserError

T = TypeVar("T")

# The largest file an import reads: 200 MB. A Shopify export of 100,000 line items with all its
# ~70 columns weighs 40-80 MB; a larger file is not an export of one shop's orders but a wrong
# or hostile file, refused at once by its size, before anything is read into memory.
MAX_FILE_BYTES = 200 * 1024 * 1024
# No cell the desk reads is longer: a longer one (a 100,000-character name) is refused before
# any parsing; a text kept in the store has its column's own, smaller limit (``column_limit``).
MAX_CELL = 10_000


@dataclass
class Problems:
    """The problems found in one file, each as ``FILE:LINE: column: reason``, or
    ``FILE:LINE (order #5026): column: reason`` where the row belongs to an order."""

    path: str
    lines: list[str] = field(default_factory=list)

    def add(self, line: int, column: str, reason: str | Text, *, order: str | None = None) -> None:
        """The reason in the desk's language; the place ``FILE:LINE: column`` as it is."""
        place = f"{self.path}:{line}" if order is None else f"{self.path}:{line} (order {order})"
        self.lines.append(f"{place}: {column}: {reason}")

    def raise_if_any(self) -> None:
        if self.lines:
            raise ImportRefused(self.path, self.lines)


@dataclass(frozen=True)
class Record:
    """One CSV record: the line it starts on, its cells by header name (case-insensitive)."""

    line: int
    cells: dict[str, str]
    extra_cells: int = 0  # non-empty cells past the last header column

    def get(self, column: str) -> str:
        return (self.cells.get(column.casefold()) or "").strip()


@dataclass(frozen=True)
class CsvTable:
    header: tuple[str, ...]
    records: list[Record]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_folded", frozenset(name.casefold() for name in self.header))

    def has(self, column: str) -> bool:
        return column.casefold() in self._folded  # type: ignore[attr-defined]


def read_csv(path: Path) -> CsvTable:
    """The whole file: BOM, CRLF and quoted commas/newlines handled; header names stripped."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                translate(
                    "CsvFile",
                    "{path}: too large ({size} MB, at most {most} MB per file): split it, or check "
                    "it is the right file",
                ).format(
                    path=path,
                    size=f"{size / 1024 / 1024:,.0f}",
                    most=MAX_FILE_BYTES // 1024 // 1024,
                )
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(translate("CsvFile", "{path}: no such file").format(path=path)) from None
    except IsADirectoryError:
        raise UserError(
            translate("CsvFile", "{path}: is a folder, not a CSV file").format(path=path)
        ) from None
    except OSError as error:
        raise UserError(
            translate("CsvFile", "{path}: cannot read ({why})").format(
                path=path, why=error.strerror
            )
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise UserError(
            translate(
                "CsvFile",
                "{path}:{line}: not UTF-8 text (byte {byte}); export or save the file as CSV UTF-8",
            ).format(path=path, line=line, byte=f"0x{raw[error.start]:02x}")
        ) from None
    if "\x00" in text:
        raise UserError(
            translate("CsvFile", "{path}: not a text file (it contains NUL bytes)").format(
                path=path
            )
        )
    # newline="" splits lines on \n, \r\n and \r only (str.splitlines would also split on
    # \x85, \u2028... which may sit inside a cell).
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header_row = next(reader, None)
        if header_row is None or not any(cell.strip() for cell in header_row):
            raise UserError(
                translate("CsvFile", "{path}:1: the file is empty or has no header row").format(
                    path=path
                )
            )
        header = tuple(cell.strip() for cell in header_row)
        folded = [name.casefold() for name in header]
        duplicates = sorted({name for name in header if name and folded.count(name.casefold()) > 1})
        if duplicates:
            raise UserError(
                translate(
                    "CsvFile", "{path}:1: {column}: the column appears twice in the header"
                ).format(path=path, column=duplicates[0])
            )
        records = list(_records(reader, tuple(folded)))
    except csv.Error as error:
        raise UserError(
            translate("CsvFile", "{path}:{line}: unreadable CSV ({why})").format(
                path=path, line=reader.line_num, why=error
            )
        ) from None
    return CsvTable(header=header, records=records)


def _records(reader: Iterator[list[str]], header: tuple[str, ...]) -> Iterator[Record]:
    line = 2
    for row in reader:
        start, line = line, reader.line_num + 1  # type: ignore[attr-defined]
        if not any(cell.strip() for cell in row):
            continue  # blank lines, as spreadsheets leave at the end
        extra = sum(1 for cell in row[len(header) :] if cell.strip())
        yield Record(line=start, cells=dict(zip(header, row, strict=False)), extra_cells=extra)


@cache  # the tables' columns never change: looked up once a column, not once a cell
def column_limit(model: Any, field_name: str) -> int:
    """The longest text the store keeps in ``model``'s column (its declared length)."""
    length = getattr(model.__table__.columns[field_name].type, "length", None)
    return int(length) if length else MAX_CELL


def check_shape(record: Record, problems: Problems, *, order: str | None = None) -> None:
    if record.extra_cells:
        problems.add(
            record.line,
            "(row)",
            translate("CsvFile", "{count} cell(s) past the last column").format(
                count=record.extra_cells
            ),
            order=order,
        )


def require_columns(table: CsvTable, columns: list[str], problems: Problems) -> None:
    for column in columns:
        if not table.has(column):
            problems.add(1, column, translate("CsvFile", "required column missing from the header"))


class FieldReader:
    """Reads one record's cells through parsers, noting each refusal as a problem at its place."""

    def __init__(self, record: Record, problems: Problems, *, order: str | None = None) -> None:
        self.record = record
        self.problems = problems
        self.order = order  # the order the record belongs to, named in each problem
        self._problems_before = len(problems.lines)

    def value(
        self, column: str, parse: Callable[[str], T], *, required: bool = False,
        limit: int = MAX_CELL,
    ) -> T | None:  # fmt: skip
        text = self.record.get(column)
        if not text:
            if required:
                self.problems.add(
                    self.record.line,
                    column,
                    translate("CsvFile", "required value is empty"),
                    order=self.order,
                )
            return None
        if len(text) > limit:
            reason = translate("CsvFile", "too long ({length} characters, at most {most})").format(
                length=f"{len(text):,}", most=f"{limit:,}"
            )
            self.problems.add(self.record.line, column, reason, order=self.order)
            return None
        try:
            return parse(text)
        except ValueError as error:
            self.problems.add(self.record.line, column, str(error), order=self.order)
            return None

    def text(self, column: str, *, required: bool = False, limit: int = MAX_CELL) -> str | None:
        return self.value(column, str, required=required, limit=limit)

    def problem(self, column: str, reason: str | Text) -> None:
        self.problems.add(self.record.line, column, reason, order=self.order)

    @property
    def ok(self) -> bool:
        """No problem was found in this record so far."""
        return len(self.problems.lines) == self._problems_before
