"""Importing orders (Shopify export or native CSV) into the store, all or nothing, idempotent."""

from __future__ import annotations

import enum
import pickle
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine
from sqlmodel import Session

from s321_desk.domain.catalog import title_key
from s321_desk.domain.destinations import destination
from s321_desk.domain.instants import parse_instant
from s321_desk.domain.iso import COUNTRIES, US_STATES
from s321_desk.domain.money import parse_amount, parse_currency, to_cents
from s321_desk.domain.scanning import parse_sku
from s321_desk.domain.texts import joined, translate
from s321_desk.services.admin.settings import get_setting
from s321_desk.services.files.csv_reader import (
    CsvTable,
    FieldReader,
    Problems,
    Record,
    check_shape,
    read_csv,
    require_columns,
)
from s321_desk.services.files.order_formats import SHOPIFY, OrderFormat, detect_format
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.columns import column_limit
from s321_desk.store.models import Order, OrderLine, utcnow
from s321_desk.store.repositories import files as stored
from s321_desk.store.uow import one_action

US_ZIP = re.compile(r"^\d{5}(-?\d{4})?$")
# ``progress(done, total, text)``: how far an import is; it may raise to stop the import (a
# cancel), which then leaves the store as it was.
Progress = Callable[[int, int, str], None]
PROGRESS_EVERY = 256  # rows between two reports: cheap, and a cancel is heard within ms
WRITE_CHUNK = 5_000  # rows per insert: progress between them, no cost measured
ORDER, LINE = "order", "line"  # what the spool holds


@dataclass(frozen=True)
class OrdersSummary:
    orders: int  # newly added
    lines: int  # newly added
    already_present: int  # orders of the file already in the store, left as they are
    unknown_sku: int  # new lines whose SKU is empty or not in the catalog
    cancelled: int  # orders cancelled in the shop, not imported
    not_shipped: int  # line items that need no shipping (gift cards, tips...), not imported
    no_line_to_ship: int  # orders left with no line to ship (a gift card alone), not imported
    # Orders to places outside the US customs territory, not imported: their count by place
    # (ISO 3166 code; US-AA, US-AE, US-AP for the armed forces' post offices abroad).
    not_us_destination: dict[str, int]
    matched_by_title: int  # new lines without a SKU, matched to a product by its store title
    format: str
    file: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def sentence(self) -> str:
        parts = [
            translate(
                "OrdersImport",
                "Orders {file} ({format}): {orders} new order(s) with {lines} line(s); "
                "{already_present} already present",
            ).format(
                file=self.file,
                format=self.format,
                orders=self.orders,
                lines=self.lines,
                already_present=self.already_present,
            )
        ]
        if self.matched_by_title:
            parts.append(
                translate(
                    "OrdersImport",
                    "{count} line(s) without a SKU matched to the catalog by product title",
                ).format(count=self.matched_by_title)
            )
        if self.unknown_sku:
            parts.append(
                translate(
                    "OrdersImport",
                    "{count} line(s) with a SKU not in the catalog (packing holds them)",
                ).format(count=self.unknown_sku)
            )
        if self.cancelled:
            parts.append(
                translate("OrdersImport", "{count} cancelled order(s) skipped").format(
                    count=self.cancelled
                )
            )
        if self.not_shipped:
            parts.append(
                translate("OrdersImport", "{count} line(s) needing no shipping skipped").format(
                    count=self.not_shipped
                )
            )
        if self.no_line_to_ship:
            parts.append(
                translate("OrdersImport", "{count} order(s) with no line to ship skipped").format(
                    count=self.no_line_to_ship
                )
            )
        if self.not_us_destination:
            places = sorted(self.not_us_destination.items(), key=lambda item: (-item[1], item[0]))
            parts.append(
                translate(
                    "OrdersImport",
                    "{count} order(s) shipping outside the US customs territory skipped ({places})",
                ).format(
                    count=sum(self.not_us_destination.values()),
                    places=", ".join(f"{place} {count}" for place, count in places),
                )
            )
        return f"{joined(parts)}."


class Skip(enum.Enum):
    """Why an order of the file is left out, known from its first row before any check."""

    CANCELLED = "cancelled"
    NOT_US = "not for the US customs territory"


@dataclass(slots=True)
class ParsedOrder:
    """What the import keeps of an order while it reads the file: little (the file may hold
    hundreds of thousands); its checked columns and lines go to the spool as they are read."""

    name: str
    line: int  # the file line of its first row
    first: Record | None  # its first row, until its columns are checked (at a line to ship)
    skip: Skip | None = None
    place: str | None = None  # where it goes, when outside the US customs territory
    shipped_lines: int = 0  # rows of lines to ship, whatever its skip
    checked: bool = False  # its columns checked and spooled
    lines: int = 0  # its valid lines to ship, spooled
    first_values: dict[str, tuple[str, int]] | None = None  # native rows' agreement


class Spool:
    """The checked orders and lines, in the file's order, kept in a temporary file rather than
    in memory (a batch pickled at a time): ``("order", name, columns)`` before any of the
    order's ``("line", name, line)``."""

    BATCH = 2_000

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._batch: list[tuple[str, str, dict[str, Any]]] = []
        self.events = 0

    def add(self, kind: str, name: str, values: dict[str, Any]) -> None:
        self._batch.append((kind, name, values))
        self.events += 1
        if len(self._batch) >= self.BATCH:
            self._dump()

    def _dump(self) -> None:
        if self._batch:
            pickle.dump(self._batch, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._batch = []

    def __iter__(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        self._dump()
        self._file.seek(0)
        while True:
            try:
                batch = pickle.load(self._file)
            except EOFError:
                return
            yield from batch

    def close(self) -> None:
        self._file.close()


@dataclass
class ParsedFile:
    format: OrderFormat
    names: list[str]  # the orders to import, in the file's order
    spool: Spool  # their columns and lines
    cancelled: int
    not_shipped: int
    no_line_to_ship: int = 0
    not_us_destination: dict[str, int] = field(default_factory=dict)
    rows: int = 0  # the file's records


def parse_orders(
    path: Path, default_currency: str, zone: ZoneInfo, progress: Progress | None = None
) -> ParsedFile:
    """Every order of the file to import, validated; raises ImportRefused listing all problems.

    Cancelled orders, orders to places outside the US customs territory, lines that need no
    shipping and orders left with no line to ship are counted and left out before any of their
    cells is checked. ``progress`` hears the rows checked out of the file's rows (the second
    half of the import's count: see ``import_orders``)."""
    table = read_csv(path)
    problems = Problems(str(path))
    fmt = detect_format(table)
    if fmt is None:
        raise UserError(
            translate(
                "OrdersImport",
                "{path}:1: not an orders file this desk knows: expected Shopify's orders export "
                "(columns Name, Lineitem quantity...) or the native orders CSV (columns order, "
                "sku, quantity, unit_price...)",
            ).format(path=path)
        )
    require_columns(table, list(fmt.required), problems)
    problems.raise_if_any()
    parsed = _Parser(fmt, table, problems, default_currency, zone, progress).run()
    problems.raise_if_any()
    return parsed


class _Parser:
    def __init__(
        self,
        fmt: OrderFormat,
        table: CsvTable,
        problems: Problems,
        default_currency: str,
        zone: ZoneInfo,
        progress: Progress | None = None,
    ) -> None:
        self.fmt = fmt
        self.progress = progress
        self.table = table
        self.problems = problems
        self.default_currency = default_currency
        self.zone = zone
        self.now = utcnow()
        self._present = {
            field_name: column if column and table.has(column) else None
            for field_name, column in fmt.columns.items()
        }
        # What an order keeps of its first row until it is written: the cells of the columns
        # this format reads (a Shopify export has some 80; an order needs about 20 of them).
        self._kept = frozenset(column.casefold() for column in self._present.values() if column)

    def col(self, field_name: str) -> str | None:
        """The file's column for a field, or None where the file does not have it."""
        return self._present.get(field_name)

    def run(self) -> ParsedFile:
        """Row by row: each row's order is known from its first row on (skipped or not), so a
        row is checked, or counted and left, as it is read; what is checked goes to the spool
        (memory does not grow with the file's lines)."""
        orders: dict[str, ParsedOrder] = {}
        not_shipped = 0
        order_column = self.fmt.column("order")
        total = len(self.table.records)
        spool = Spool()
        for number, record in enumerate(self.table.records):
            if self.progress is not None and number % PROGRESS_EVERY == 0:
                self.progress(number, 2 * total, f"Checking row {number + 1:,} of {total:,}")
            # The row's shape first: with cells past the last column, no cell of it (its order,
            # its cancellation) can be trusted to be in its column.
            check_shape(record, self.problems, order=record.get(order_column) or None)
            name = FieldReader(record, self.problems).text(
                order_column, required=True, limit=column_limit(Order, "name")
            )
            if name is None:
                continue
            order = orders.get(name)
            if order is None:
                order = orders[name] = self._first_row(name, record)
            elif self.fmt is not SHOPIFY and order.skip is None:
                self._check_agreement(order, record)
            if order.skip is Skip.CANCELLED:
                continue
            if not self._requires_shipping(record):
                not_shipped += 1
                continue
            order.shipped_lines += 1
            if order.skip is not None:
                continue
            if not order.checked:
                assert order.first is not None
                values = self._order_values(FieldReader(order.first, self.problems, order=name))
                spool.add(ORDER, name, values)
                order.checked, order.first = True, None
            line = self._line_values(FieldReader(record, self.problems, order=name))
            if line is not None:
                spool.add(LINE, name, line)
                order.lines += 1
        return self._sorted_out(orders, not_shipped, total, spool)

    def _first_row(self, name: str, record: Record) -> ParsedOrder:
        """The order as its first row makes it known: cancelled, or going outside the US
        customs territory (from its country and state as written, unchecked), or to import."""
        kept = {key: cell for key, cell in record.cells.items() if key in self._kept}
        order = ParsedOrder(name, record.line, Record(record.line, kept))
        if self._is_cancelled(record):
            order.skip = Skip.CANCELLED
            return order
        country = record.get(self.fmt.column("country")).upper()
        state_column = self.col("state")
        if country in COUNTRIES:
            order.place = destination(country, record.get(state_column) if state_column else "")
            if order.place is not None:
                order.skip = Skip.NOT_US
        if order.skip is None and self.fmt is not SHOPIFY:
            order.first_values = self._first_values(record)
        return order

    def _sorted_out(
        self, orders: dict[str, ParsedOrder], not_shipped: int, total: int, spool: Spool
    ) -> ParsedFile:
        names: list[str] = []
        places: dict[str, int] = {}
        cancelled = no_line = 0
        for name, order in orders.items():
            if order.skip is Skip.CANCELLED:
                cancelled += 1
            elif not order.shipped_lines:
                no_line += 1
            elif order.skip is Skip.NOT_US:
                assert order.place is not None
                places[order.place] = places.get(order.place, 0) + 1
            elif order.lines:
                names.append(name)
        return ParsedFile(
            self.fmt,
            names,
            spool,
            cancelled,
            not_shipped,
            no_line,
            dict(sorted(places.items())),
            total,
        )

    def _is_cancelled(self, record: Record) -> bool:
        column = self.col("cancelled_at")
        return bool(column and record.get(column))

    def _requires_shipping(self, record: Record) -> bool:
        column = self.col("requires_shipping")
        return not (column and record.get(column).casefold() == "false")

    def _order_values(self, cells: FieldReader) -> dict[str, Any]:
        def text(field_name: str, *, required: bool = False) -> str | None:
            column = self.col(field_name)
            if column is None:
                return None
            return cells.text(column, required=required, limit=column_limit(Order, field_name))

        def amount(field_name: str) -> int | None:
            column = self.col(field_name)
            value = cells.value(column, parse_amount) if column else None
            return None if value is None else to_cents(value)

        currency_column = self.col("currency")
        currency = cells.value(currency_column, parse_currency) if currency_column else None
        created_column = self.col("created_at")
        created = (
            cells.value(created_column, lambda t: parse_instant(t, self.zone))
            if created_column
            else None
        )
        country_column = self.fmt.column("country")
        country = cells.value(country_column, _parse_country, required=True)
        state = text("state", required=country == "US")
        if country == "PR":  # as Shopify writes it: a US address to USPS, state PR
            country, state = "US", "PR"
        if state is not None and country == "US" and state.upper() not in US_STATES:
            cells.problem(
                self.fmt.column("state"),
                translate("OrdersImport", "{text} is not a US state code (e.g. NY)").format(
                    text=repr(state)
                ),
            )
        postal_code = text("postal_code", required=True)
        if postal_code is not None:
            postal_code = postal_code.lstrip("'")  # a spreadsheet's "keep as text" mark
            if country == "US" and not US_ZIP.match(postal_code):
                cells.problem(
                    self.fmt.column("postal_code"),
                    translate(
                        "OrdersImport",
                        "{text} is not a US ZIP code (5 digits or ZIP+4; a spreadsheet may have "
                        "dropped a leading zero)",
                    ).format(text=repr(postal_code)),
                )
        return {
            "source_id": text("source_id"),
            "email": text("email"),
            "currency": currency or self.default_currency,
            "created_at": created or self.now,
            "recipient_name": text("recipient_name", required=True),
            "company": text("company"),
            "address1": text("address1", required=True),
            "address2": text("address2"),
            "city": text("city", required=True),
            "state": state.upper() if state and country == "US" else state,
            "postal_code": postal_code,
            "country": country,
            "phone": text("phone"),
            "subtotal_cents": amount("subtotal"),
            "shipping_cents": amount("shipping"),
            "taxes_cents": amount("taxes"),
            "total_cents": amount("total"),
            "discount_cents": amount("discount") or 0,
            "discount_code": text("discount_code"),
            "notes": text("notes"),
        }

    def _line_values(self, cells: FieldReader) -> dict[str, Any] | None:
        quantity = cells.value(self.fmt.column("quantity"), _parse_quantity, required=True)
        description = cells.text(
            self.fmt.column("description"),
            required=True,
            limit=column_limit(OrderLine, "description"),
        )
        price = cells.value(self.fmt.column("unit_price"), parse_amount, required=True)
        sku_column = self.col("sku")
        sku = (
            cells.value(sku_column, parse_sku, limit=column_limit(OrderLine, "sku"))
            if sku_column
            else None
        )
        discount_column = self.col("line_discount")
        discount = cells.value(discount_column, parse_amount) if discount_column else None
        if quantity is None or description is None or price is None:
            return None
        return {
            "file_line": cells.record.line,
            "sku": sku,
            "description": description,
            "quantity": quantity,
            "unit_price_cents": to_cents(price),
            "discount_cents": 0 if discount is None else to_cents(discount),
        }

    def _first_values(self, record: Record) -> dict[str, tuple[str, int]]:
        values = {}
        for field_name in self.fmt.order_fields:
            column = self.col(field_name)
            if column and record.get(column):
                values[field_name] = (record.get(column), record.line)
        return values

    def _check_agreement(self, order: ParsedOrder, record: Record) -> None:
        """Native rows may repeat the order's columns; a repeated value must be the same."""
        if not order.first_values:
            return
        for field_name, (first, first_line) in order.first_values.items():
            column = self.fmt.column(field_name)
            value = record.get(column)
            if value and value != first:
                self.problems.add(
                    record.line,
                    column,
                    translate(
                        "OrdersImport",
                        "{text} differs from {first} on line {line} of order {order}",
                    ).format(
                        text=repr(value), first=repr(first), line=first_line, order=order.name
                    ),
                    order=order.name,
                )


def import_orders(engine: Engine, path: Path, *, progress: Progress | None = None) -> OrdersSummary:
    """Add the file's orders that are not in the store yet; refuse the whole file on a problem.

    ``progress(done, total, text)`` counts in the file's rows, twice: each row checked, then
    each row's line written (total = 2 x rows, known once the file is read). It is called
    inside the import's one transaction too: if it raises (a cancel), nothing is imported.

    On the store's ``engine``, not in an action's unit of work: the settings read, then the
    file with no transaction open (a PostgreSQL server ends one idle for 15 s, and SQLite's
    write lock would stop the stations), then written in an action of its own.
    """
    with one_action(engine) as uow:
        access.require(uow.session, access.IMPORTING_ORDERS)
        default_currency = str(get_setting(uow.session, "default_currency"))
        zone = _zone(str(get_setting(uow.session, "time_zone")))
    if progress is not None:
        progress(0, 0, f"Reading {path.name}")  # a total of 0: not known yet
    parsed = parse_orders(path, default_currency, zone, progress)
    try:
        with one_action(engine, immediate=True) as uow:
            access.require(uow.session, access.IMPORTING_ORDERS)
            written = _Writer(uow.session, parsed, str(path.resolve()), progress).run()
            summary = OrdersSummary(
                orders=written.orders,
                lines=written.lines,
                already_present=len(written.present),
                unknown_sku=written.unknown_sku,
                cancelled=parsed.cancelled,
                not_shipped=parsed.not_shipped,
                no_line_to_ship=parsed.no_line_to_ship,
                not_us_destination=parsed.not_us_destination,
                matched_by_title=written.matched,
                format=parsed.format.name,
                file=str(path),
            )
            if written.orders:
                audit.record(
                    uow.session,
                    "import.orders",
                    entity_type="file",
                    entity_id=path.name,
                    details=summary.as_dict(),
                )
            uow.commit()
    finally:
        parsed.spool.close()
    return summary


class _Writer:
    """The spool's orders not in the store yet, written a batch at a time in the import's one
    transaction: an order's row before its lines (their order_id)."""

    def __init__(
        self, session: Session, parsed: ParsedFile, source_file: str, progress: Progress | None
    ) -> None:
        self.session, self.parsed, self.progress = session, parsed, progress
        self.source_file = source_file
        self.present = stored.order_names_present(session, parsed.names)
        self.known_skus = stored.product_skus(session)
        titled = stored.skus_by_store_title(session)
        self.by_title = {title_key(title): sku for title, sku in titled if title}
        self.ids: dict[str, int] = {}
        self.line_numbers: dict[str, int] = {}
        self.orders = self.lines = self.unknown_sku = self.matched = 0
        self._orders: list[dict[str, Any]] = []
        self._lines: list[tuple[str, dict[str, Any]]] = []

    def run(self) -> _Writer:
        rows, events = self.parsed.rows, max(self.parsed.spool.events, 1)
        for done, (kind, name, values) in enumerate(self.parsed.spool):
            if name in self.present:
                continue
            if kind == ORDER:
                self._orders.append(
                    {
                        "name": name,
                        "source_file": self.source_file,
                        "source_format": self.parsed.format.name,
                        "imported_at": utcnow(),
                        **values,
                    }
                )
            else:
                self._lines.append((name, values))
            if len(self._orders) + len(self._lines) >= WRITE_CHUNK:
                if self.progress is not None:
                    self.progress(
                        rows + rows * done // events,
                        2 * rows,
                        f"Writing orders: {self.orders:,} so far",
                    )
                self._flush()
        self._flush()
        if self.progress is not None:
            self.progress(2 * rows, 2 * rows, "Saving")
        return self

    def _flush(self) -> None:
        """Core inserts on the session's connection: the ORM's bulk path costs more than all
        the validation for a 100,000-line file, and these rows need no identity map."""
        if self._orders:
            inserted = stored.insert_orders(self.session, self._orders)
            self.ids.update({name: order_id for order_id, name in inserted})
            self.orders += len(self._orders)
            self._orders = []
        if self._lines:
            stored.insert_order_lines(self.session, [self._line_row(*line) for line in self._lines])
            self.lines += len(self._lines)
            self._lines = []

    def _line_row(self, name: str, line: dict[str, Any]) -> dict[str, Any]:
        number = self.line_numbers[name] = self.line_numbers.get(name, 0) + 1
        sku = line["sku"]
        if sku is None and self.by_title:  # a line without a SKU: its product's store title
            sku = self.by_title.get(title_key(line["description"]))
            self.matched += sku is not None
        self.unknown_sku += sku not in self.known_skus
        return {
            "order_id": self.ids[name],
            "line_no": number,
            "sku": sku,
            "description": line["description"],
            "quantity": line["quantity"],
            "unit_price_cents": line["unit_price_cents"],
            "discount_cents": line["discount_cents"],
        }


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            translate("OrdersImport", "setting time_zone: unknown time zone {zone}").format(
                zone=repr(name)
            )
        ) from None


# Items of one order line: 9,999 is far beyond what one parcel holds; a million would be a
# station scanning for hours, or a wrong column read as the quantity.
MAX_QUANTITY = 9_999


def _parse_quantity(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise ValueError(
            translate("OrdersImport", "{text} is not a positive whole number").format(
                text=repr(text)
            )
        )
    if int(text) > MAX_QUANTITY:
        raise ValueError(
            translate("OrdersImport", "{text} is too large (at most {most})").format(
                text=repr(text), most=f"{MAX_QUANTITY:,}"
            )
        )
    return int(text)


def _parse_country(text: str) -> str:
    code = text.strip().upper()
    if code not in COUNTRIES:
        raise ValueError(
            translate(
                "OrdersImport", "{text} is not an ISO 3166 two-letter country code (e.g. US)"
            ).format(text=repr(text))
        )
    return code
