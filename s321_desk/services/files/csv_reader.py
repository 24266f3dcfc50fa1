"""Reading a CSV file with the line number of each record and problems named by place."""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TypeVar, overload

from s321_desk.domain.given import hidden_character
from s321_desk.domain.texts import Text, translate
from s321_desk.services.kernel.errors import ImportRefused, UserError
from s321_desk.store.columns import UNBOUNDED_TEXT

T = TypeVar("T")

# The largest file an import reads: 200 MB. A Shopify export of 100,000 line items with all its
# ~70 columns weighs 40-80 MB; a larger file is not an export of one shop's orders but a wrong
# or hostile file, refused at once by its size (or, for a pipe or a device whose size says
# nothing, once that many bytes were read), and never held in memory whole.
MAX_FILE_BYTES = 200 * 1024 * 1024
# No cell the desk reads is longer: a longer one (a 100,000-character name) is refused before
# any parsing; a text kept in the store has its column's own, smaller limit (``column_limit``).
MAX_CELL = UNBOUNDED_TEXT


# The problems a refusal lists: a file wrong on every row (a wrong file, a shifted column)
# says the first thousand and how many more, instead of holding a million lines in memory.
MAX_PROBLEMS = 1_000


@dataclass
class Problems:
    """The problems found in one file, each as ``FILE:LINE: column: reason``, or
    ``FILE:LINE (order #5026): column: reason`` where the row belongs to an order."""

    path: str
    lines: list[str] = field(default_factory=list)
    count: int = 0  # all the problems found, listed or not
    at: list[int] = field(default_factory=list)  # the file line of each problem listed

    def add(self, line: int, column: str, reason: str | Text, *, order: str | None = None) -> None:
        """The reason in the desk's language; the place ``FILE:LINE: column`` as it is."""
        self.count += 1
        if len(self.lines) < MAX_PROBLEMS:
            place = (
                f"{self.path}:{line}" if order is None else f"{self.path}:{line} (order {order})"
            )
            self.lines.append(f"{place}: {column}: {reason}")
            self.at.append(line)

    def merge(self, other: Problems) -> None:
        """``other``'s problems (found in another pass over the same file) among these, in the
        order of their lines (these first on a line they share); the first listed, the rest
        counted."""
        listed = sorted(
            zip([*self.at, *other.at], [*self.lines, *other.lines], strict=True),
            key=lambda problem: problem[0],
        )[:MAX_PROBLEMS]
        self.at = [line for line, _ in listed]
        self.lines = [text for _, text in listed]
        self.count += other.count

    def raise_if_any(self) -> None:
        if self.count > len(self.lines):
            more = translate("CsvFile", "{path}: {count} more problem(s) not listed").format(
                path=self.path, count=f"{self.count - len(self.lines):,}"
            )
            raise ImportRefused(self.path, [*self.lines, str(more)], self.count)
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
    records: Sequence[Record]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_folded", frozenset(name.casefold() for name in self.header))

    def has(self, column: str) -> bool:
        return column.casefold() in self._folded  # type: ignore[attr-defined]


def read_csv(path: Path) -> CsvTable:
    """The file's header, and its records read as a stream (``records``: a sequence each pass
    of which reads the file again, a record at a time): BOM, CRLF and quoted commas/newlines
    handled; header names stripped. Every byte is counted as it is read, whatever the file is
    (a device, a pipe: its size says nothing), and the reading stops at the limit."""
    stream = _opened(path)
    reader = _reader(stream, path)
    try:
        header_row = next(reader, None)
    except csv.Error as error:
        raise _unreadable(path, reader, error) from None
    if header_row is None or not any(cell.strip() for cell in header_row):
        raise UserError(
            translate("CsvFile", "{path}:1: the file is empty or has no header row").format(
                path=path
            )
        )
    if len(header_row) > MAX_COLUMNS:
        raise UserError(
            translate(
                "CsvFile",
                "{path}:1: {count} columns in the header (at most {most}): not a file the desk "
                "imports",
            ).format(path=path, count=f"{len(header_row):,}", most=f"{MAX_COLUMNS:,}")
        )
    header = tuple(cell.strip() for cell in header_row)
    folded = tuple(name.casefold() for name in header)
    seen: Counter[str] = Counter(name for name in folded if name)
    duplicates = sorted(name for name in header if name and seen[name.casefold()] > 1)
    if duplicates:
        raise UserError(
            translate(
                "CsvFile", "{path}:1: {column}: the column appears twice in the header"
            ).format(path=path, column=duplicates[0])
        )
    return CsvTable(header=header, records=Records(stream, folded, path))


# A file the desk imports has a few dozen columns (a Shopify export about 80): a header of many
# more is a wrong or hostile file, refused before its rows are read.
MAX_COLUMNS = 1_000
CHUNK = 1 << 20


class Records(Sequence[Record]):
    """A CSV file's records after its header, read again from the start at each pass, a record
    at a time (memory does not grow with the file); ``len`` counts them in a pass of its own."""

    def __init__(self, stream: BinaryIO, header: tuple[str, ...], path: Path) -> None:
        self._stream, self._header, self._path = stream, header, path
        self._count: int | None = None

    def __iter__(self) -> Iterator[Record]:
        reader = _reader(self._stream, self._path)
        try:
            next(reader, None)  # the header
            yield from _records(reader, self._header)
        except csv.Error as error:
            raise _unreadable(self._path, reader, error) from None

    def __len__(self) -> int:
        """The records a pass gives (blank rows left), counted without making them."""
        if self._count is None:
            reader = _reader(self._stream, self._path)
            try:
                next(reader, None)
                self._count = sum(1 for row in reader if any(cell.strip() for cell in row))
            except csv.Error as error:
                raise _unreadable(self._path, reader, error) from None
        return self._count

    @overload
    def __getitem__(self, index: int) -> Record: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Record]: ...
    def __getitem__(self, index: int | slice) -> Record | Sequence[Record]:
        return list(self)[index]  # for a test's look at a few records; the importers stream


def _opened(path: Path) -> BinaryIO:
    """The file to read, as a stream that can be read again from its start: a regular file as
    it is (refused at once if larger than the limit), anything else (a pipe, a device,
    standard input) copied first into a temporary file, byte-counted up to the limit."""
    try:
        if path.is_dir():
            raise IsADirectoryError
        stream: BinaryIO = open(path, "rb")
        mode = os.fstat(stream.fileno()).st_mode
        if stat.S_ISREG(mode):
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_FILE_BYTES:
                stream.close()
                raise UserError(
                    translate(
                        "CsvFile",
                        "{path}: too large ({size} MB, at most {most} MB per file): split it, "
                        "or check it is the right file",
                    ).format(
                        path=path,
                        size=f"{size / 1024 / 1024:,.0f}",
                        most=MAX_FILE_BYTES // 1024 // 1024,
                    )
                )
            return stream
        with stream:  # a pipe or a device: read once, counted, kept aside
            spool: BinaryIO = tempfile.TemporaryFile()
            read = 0
            while chunk := stream.read(CHUNK):
                read += len(chunk)
                _refuse_size(path, read)
                if b"\x00" in chunk:
                    raise _not_text(path)
                spool.write(chunk)
        spool.seek(0)
        return spool
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


def _unreadable(path: Path, reader: Any, error: csv.Error) -> UserError:
    return UserError(
        translate("CsvFile", "{path}:{line}: unreadable CSV ({why})").format(
            path=path, line=reader.line_num, why=error
        )
    )


def _refuse_size(path: Path, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise UserError(
            translate(
                "CsvFile",
                "{path}: too large (more than {most} MB per file): split it, or check it is "
                "the right file",
            ).format(path=path, most=MAX_FILE_BYTES // 1024 // 1024)
        )


def _not_text(path: Path) -> UserError:
    return UserError(
        translate("CsvFile", "{path}: not a text file (it contains NUL bytes)").format(path=path)
    )


def _reader(stream: BinaryIO, path: Path) -> Any:
    """A csv reader over the stream from its start: UTF-8 (a BOM or not) decoded as read, a
    NUL byte or an undecodable one refused naming the line."""
    stream.seek(0)
    checked = io.BufferedReader(_Checked(stream, path), CHUNK)
    text = io.TextIOWrapper(checked, encoding="utf-8-sig", newline="")
    # newline="" splits lines on \n, \r\n and \r only (str.splitlines would also split on
    # \x85, \u2028... which may sit inside a cell).
    return csv.reader(_bounded_lines(text, path), strict=True)


# The longest line read: a Shopify line of 80 columns of long cells is far shorter. A longer
# one (a file of one endless line) is refused by its number, never held whole in memory. The
# header may be longer, so that a header of too many columns is refused as that.
MAX_LINE = 1 << 20
MAX_HEADER_LINE = 16 << 20


def _bounded_lines(text: io.TextIOWrapper, path: Path) -> Iterator[str]:
    """The text's lines, each read at most its limit's characters at a time."""
    number = 0
    while line := text.readline((MAX_HEADER_LINE if number == 0 else MAX_LINE) + 1):
        number += 1
        if len(line) > (MAX_HEADER_LINE if number == 1 else MAX_LINE):
            raise UserError(
                translate(
                    "CsvFile",
                    "{path}:{line}: a line of more than {most} characters: not a file the desk "
                    "imports",
                ).format(path=path, line=number, most=f"{len(line) - 1:,}")
            )
        yield line


class _Checked(io.RawIOBase):
    """The file's bytes as they are read: a NUL byte is refused (not a text file), and so is
    a byte that is not UTF-8, naming its line (the decoder further on reads ahead)."""

    def __init__(self, stream: BinaryIO, path: Path) -> None:
        self._stream, self._path = stream, path
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._lines = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._stream.read(len(buffer))
        if b"\x00" in chunk:
            raise _not_text(self._path)
        try:
            self._utf8.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:  # its object: the last chunk's tail, and this one
            raise UserError(
                translate(
                    "CsvFile",
                    "{path}:{line}: not UTF-8 text (byte {byte}); export or save the file as "
                    "CSV UTF-8",
                ).format(
                    path=self._path,
                    line=self._lines + error.object.count(b"\n", 0, error.start) + 1,
                    byte=f"0x{error.object[error.start]:02x}",
                )
            ) from None
        self._lines += chunk.count(b"\n")
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _records(reader: Iterator[list[str]], header: tuple[str, ...]) -> Iterator[Record]:
    line = 2
    for row in reader:
        start, line = line, reader.line_num + 1  # type: ignore[attr-defined]
        if not any(cell.strip() for cell in row):
            continue  # blank lines, as spreadsheets leave at the end
        extra = sum(1 for cell in row[len(header) :] if cell.strip())
        yield Record(line=start, cells=dict(zip(header, row, strict=False)), extra_cells=extra)


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


def _hidden_character(text: str) -> Text | None:
    """The first control or invisible formatting character of ``text`` and where it is (the
    rule of every text the store keeps: domain/given.py)."""
    place, char = hidden_character(text)
    if not place:
        return None
    return translate(
        "CsvFile",
        "an invisible or control character ({code} {name}) at character {position}: "
        "remove it and import the file again",
    ).format(code=f"U+{ord(char):04X}", name=unicodedata.name(char, "CONTROL"), position=place)


class FieldReader:
    """Reads one record's cells through parsers, noting each refusal as a problem at its place."""

    def __init__(self, record: Record, problems: Problems, *, order: str | None = None) -> None:
        self.record = record
        self.problems = problems
        self.order = order  # the order the record belongs to, named in each problem
        self._problems_before = problems.count

    def value(
        self,
        column: str,
        parse: Callable[[str], T],
        *,
        required: bool = False,
        limit: int = MAX_CELL,
    ) -> T | None:
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
        hidden = _hidden_character(text)
        if hidden is not None:
            self.problems.add(self.record.line, column, hidden, order=self.order)
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
        return self.problems.count == self._problems_before
