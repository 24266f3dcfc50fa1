"""The monthly drawback report for the Canadian customs broker: what left Canada, per SKU.

A broker claiming a duty drawback for the exporter (CBSA's drawback program, form K32) needs,
for each imported good later exported, how many units and what value went out, when, the
proof of export, and the import they came in under. Choices, and why:

- **What counts:** a parcel's units count once it has left: it is on a sealed load (a load
  reopened is not sealed until it is closed again) and is neither voided nor held.
- **The month is the US crossing date**: the port's local date of the sealed load's planned
  arrival (the US day the desk gives every crossing, and the date on the load's papers and its
  e-manifest), not the day the parcel was packed: a parcel packed on 31 October for the
  1 November truck was exported in November.
- **One row per SKU and currency sold** (a SKU sold in CAD and in USD in one month has two
  rows): ``value`` is the units' sale value in that currency as the commercial invoices show it
  (quantity x unit price less the line's discount; the order's freight and order-wide
  discounts are not a SKU's); ``value_cad`` is that value in Canadian dollars: as is when sold
  in CAD, else through the desk's rates to USD of each crossing day (the currency's and CAD's,
  the CBP-certified rates the invoices use; the JSON lists each one used, by day), empty when
  the desk has no rate for a day. A broker who must use the Bank of Canada's rate has the
  sale value and currency beside it.
- **Proof of export:** the first and last crossing dates, the parcels and loads, and the loads'
  trip numbers in the CSV (each trip's e-manifest, ``export emanifest TRIP``, lists its SCNs);
  the JSON also gives, per SKU, each trip with its crossing date, port, seal, units and SCNs.
  The CSV leaves the SCNs out: a SKU of a busy month ships in thousands of parcels, more than a
  spreadsheet cell holds (32,767 characters in Excel).
- **The import reference** is the product's ``import_transaction`` (the B3's 14 digits, from
  the catalog), empty where not known; description, HTS and origin are the catalog's now.
- **Totals:** a last CSV row whose ``record`` is ``total`` (a SKU's rows say ``sku``): the
  units, parcels, loads and CAD value of the month; its ``value`` only when every row has one
  currency. The JSON has the same in ``totals``.
- **Encodings:** the CSV is for a broker who opens it in Excel: UTF-8 with a byte order mark
  (without one Excel reads UTF-8 as the local code page and ``Zoë`` becomes ``ZoÃ«``), CRLF,
  spreadsheet-safe through csv_export. The JSON is UTF-8 without a BOM; money as strings with
  two decimals. The same data gives the same bytes (no export time inside).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session

from s321_desk.domain.codes import ParcelStatus
from s321_desk.domain.fx import FxRate, FxTable
from s321_desk.domain.texts import translate
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.rules_and_rates import fx_table
from s321_desk.services.admin.settings import settings_in
from s321_desk.services.files.audited_export import write_audited
from s321_desk.services.files.csv_writer import Cell, csv_bytes
from s321_desk.services.kernel import access
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.outputs import check_target
from s321_desk.store.models import Load
from s321_desk.store.repositories import files as stored
from s321_desk.store.uow import Work, within

FORMATS = ("csv", "json")
CENT = Decimal("0.01")
MONTH = re.compile(r"(\d{4})-(\d{2})")
NOT_EXPORTED = (ParcelStatus.VOIDED, ParcelStatus.HELD)

COLUMNS = (
    "record", "month", "sku", "description", "hts", "origin", "import_transaction", "units",
    "currency", "value", "value_cad", "parcels", "loads", "first_export", "last_export",
    "trips",
)  # fmt: skip


@dataclass
class Trip:
    """One sealed load that carried the SKU out: the proof of export."""

    trip: str
    crossed: date  # the US crossing date
    port: str
    seal: str
    units: int = 0
    scns: list[str] = field(default_factory=list)


@dataclass
class SkuRow:
    """A SKU's units sold in one currency that left in the month."""

    sku: str
    description: str
    hts: str
    origin: str
    import_transaction: str
    currency: str
    units: int = 0
    value: Decimal = Decimal(0)
    value_cad: Decimal | None = Decimal(0)  # None: a day without the rate
    parcels: set[int] = field(default_factory=set)
    trips: dict[str, Trip] = field(default_factory=dict)

    @property
    def first(self) -> date:
        return min(t.crossed for t in self.trips.values())

    @property
    def last(self) -> date:
        return max(t.crossed for t in self.trips.values())


@dataclass(frozen=True)
class Totals:
    skus: int
    units: int
    parcels: int
    loads: int
    currency: str  # "" when the rows have more than one
    value: Decimal | None  # only in one currency
    value_cad: Decimal | None  # None: some CAD value unknown
    first: date | None
    last: date | None
    trips: tuple[str, ...]


@dataclass(frozen=True)
class DrawbackReport:
    month: str  # YYYY-MM
    exporter: dict[str, Any]
    rows: tuple[SkuRow, ...]
    totals: Totals
    fx: tuple[tuple[date, FxRate], ...]  # the rates to USD the CAD values used, by day


@dataclass(frozen=True)
class Exported:
    """What the export wrote."""

    month: str
    file: Path
    fmt: str
    skus: int
    units: int
    value_cad: Decimal | None
    bytes: int
    sha256: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": "drawback",
            "month": self.month,
            "file": str(self.file),
            "format": self.fmt,
            "skus": self.skus,
            "units": self.units,
            "value_cad": _text(self.value_cad),
            "bytes": self.bytes,
            "sha256": self.sha256,
        }

    def sentence(self) -> str:
        cad = (
            "CAD value unknown (a rate is missing)"
            if self.value_cad is None
            else (f"CAD {self.value_cad:,.2f}")
        )
        return (
            f"drawback report {self.month} written to {self.file} as {self.fmt.upper()}: "
            f"{self.skus:,} SKU row(s), {self.units:,} unit(s) exported, {cad} "
            f"({self.bytes:,} bytes)"
        )


def parse_month(text: str) -> tuple[date, date]:
    """The first day of the month ``YYYY-MM`` and the first day of the next."""
    found = MONTH.fullmatch(text.strip())
    if found is None or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 1:
        raise UserError(
            translate("Exports", "the month: {text} is not a month (YYYY-MM, e.g. 2026-11)").format(
                text=repr(text)
            ),
            field="month",
        )
    year, month = int(found.group(1)), int(found.group(2))
    first = date(year, month, 1)
    after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first, after


def export_drawback(work: Work, month: str, out: Path, *, fmt: str = "csv") -> Exported:
    """Write the month's drawback report to ``out`` as CSV or JSON, audited, in one
    transaction (the unit of work given, opened with ``immediate=True``)."""
    if fmt not in FORMATS:
        raise UserError(
            translate("Exports", "the format: {format} is not one of {formats}").format(
                format=repr(fmt), formats=", ".join(FORMATS)
            ),
            field="format",
        )
    parse_month(month)
    check_target(out)
    with within(work, immediate=True) as uow:
        access.require(uow.session, access.EXPORTING)
        report = read_drawback(uow.session, month)
        body = csv_body(report) if fmt == "csv" else json_body(report)
        digest = hashlib.sha256(body).hexdigest()
        totals = report.totals
        details = {"format": fmt, "file": str(out.resolve()), "sha256": digest,
                   "bytes": len(body), "skus": totals.skus, "units": totals.units,
                   "parcels": totals.parcels, "loads": totals.loads,
                   "value_cad": _text(totals.value_cad)}  # fmt: skip
        write_audited(
            uow,
            out,
            body,
            access.EXPORTING,
            action="export.drawback",
            entity_type="month",
            entity_id=report.month,
            details=details,
        )
    return Exported(
        report.month, out, fmt, totals.skus, totals.units, totals.value_cad, len(body), digest
    )


# -- reading ------------------------------------------------------------------------------------


def read_drawback(session: Session, month: str) -> DrawbackReport:
    first, after = parse_month(month)
    label = first.strftime("%Y-%m")
    settings = settings_in(session)
    exporter = settings["exporter"] or settings["company"] or {}
    loads = _sealed_loads(session, first, after)
    rows: dict[tuple[str, str, str], SkuRow] = {}
    fx = fx_table(session)
    used: dict[tuple[date, str], FxRate] = {}
    for line in _exported_lines(session, list(loads)):
        load, crossed = loads[line.load_id]
        sku = line.sku or ""
        key = (sku, "" if sku else line.line_description, line.currency)
        row = rows.get(key)
        if row is None:
            row = rows[key] = SkuRow(
                sku,
                line.product_description or line.line_description,
                line.hts or "",
                line.origin or "",
                line.import_transaction or "",
                line.currency,
            )
        share = Decimal(line.line_discount) * line.units / line.ordered if line.ordered else 0
        value = (Decimal(line.units * line.unit_price) - _whole(share)) / 100
        row.units += line.units
        row.value += value
        cad = _in_cad(fx, value, line.currency, crossed, used)
        row.value_cad = None if cad is None or row.value_cad is None else row.value_cad + cad
        row.parcels.add(line.parcel_id)
        trip = row.trips.get(load.trip_number)
        if trip is None:
            trip = row.trips[load.trip_number] = Trip(
                load.trip_number, crossed, load.port, load.seal or ""
            )
        trip.units += line.units
        if line.scn and line.scn not in trip.scns[-1:]:
            trip.scns.append(line.scn)
    ordered = tuple(sorted(rows.values(), key=lambda r: (r.sku, r.description, r.currency)))
    for row in ordered:
        row.value = _money(row.value)
        row.value_cad = None if row.value_cad is None else _money(row.value_cad)
    rates = tuple((day, used[(day, currency)]) for day, currency in sorted(used))
    return DrawbackReport(label, exporter, ordered, _totals(ordered), rates)


def _sealed_loads(session: Session, first: date, after: date) -> dict[int, tuple[Load, date]]:
    """The sealed loads whose US crossing date is in [first, after), with that date."""
    # A day's margin each side: a port's local date is within a day of the UTC one.
    start = datetime.combine(first - timedelta(days=1), datetime.min.time(), UTC)
    end = datetime.combine(after + timedelta(days=1), datetime.min.time(), UTC)
    found = {}
    for load in stored.sealed_loads_arriving(session, start, end):
        crossed = port(load.port).us_day(load.planned_arrival)
        if first <= crossed < after and load.id is not None:
            found[load.id] = (load, crossed)
    return found


def _exported_lines(session: Session, load_ids: list[int]) -> list[stored.ExportedLine]:
    """Each order line's units in each parcel that left on those loads (one query)."""
    return stored.exported_lines(session, load_ids, NOT_EXPORTED)


def _whole(value: Decimal | int) -> int:
    return int(Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _in_cad(
    fx: FxTable, value: Decimal, currency: str, day: date, used: dict[tuple[date, str], FxRate]
) -> Decimal | None:
    """``value`` in CAD on ``day`` through the rates to USD (each rate used noted in
    ``used``); None without a rate."""
    if currency == "CAD":
        return value
    cad = fx.rate("CAD", day)
    sold = None if currency == "USD" else fx.rate(currency, day)
    if cad is None or (sold is None and currency != "USD"):
        return None
    for rate in (cad, sold):
        if rate is not None:
            used[(day, rate.currency)] = rate
    to_usd = Decimal(1) if sold is None else sold.rate_to_usd
    return value * to_usd / cad.rate_to_usd


def _totals(rows: tuple[SkuRow, ...]) -> Totals:
    currencies = {r.currency for r in rows}
    one = next(iter(currencies)) if len(currencies) == 1 else ""
    cad: Decimal | None = Decimal(0)
    for r in rows:
        cad = None if cad is None or r.value_cad is None else cad + r.value_cad
    trips = {t.trip: t for r in rows for t in r.trips.values()}
    return Totals(
        skus=len(rows),
        units=sum(r.units for r in rows),
        parcels=len({p for r in rows for p in r.parcels}),
        loads=len(trips),
        currency=one,
        value=sum((r.value for r in rows), Decimal(0)) if one or not rows else None,
        value_cad=cad,
        first=min((t.crossed for t in trips.values()), default=None),
        last=max((t.crossed for t in trips.values()), default=None),
        trips=tuple(sorted(trips)),
    )


# -- writing ------------------------------------------------------------------------------------


def csv_body(report: DrawbackReport) -> bytes:
    rows: list[list[Cell]] = [
        [
            "sku",
            report.month,
            r.sku,
            r.description,
            r.hts,
            r.origin,
            r.import_transaction,
            r.units,
            r.currency,
            r.value,
            r.value_cad,
            len(r.parcels),
            len(r.trips),
            r.first.isoformat(),
            r.last.isoformat(),
            "; ".join(sorted(r.trips)),
        ]
        for r in report.rows
    ]
    t = report.totals
    rows.append(
        [
            "total",
            report.month,
            "",
            "",
            "",
            "",
            "",
            t.units,
            t.currency,
            t.value,
            t.value_cad,
            t.parcels,
            t.loads,
            _day(t.first),
            _day(t.last),
            "; ".join(t.trips),
        ]
    )
    return csv_bytes(COLUMNS, rows, bom=True)


def json_body(report: DrawbackReport) -> bytes:
    t = report.totals
    document = {
        "document": "s321-desk drawback report", "version": 1, "month": report.month,
        "month_is": "the US crossing date of the sealed load",
        "exporter": report.exporter,
        "fx_to_usd": [{"day": day.isoformat(), "currency": rate.currency,
                       "rate_to_usd": str(rate.rate_to_usd), "source": rate.source}
                      for day, rate in report.fx],
        "skus": [{
            "sku": r.sku, "description": r.description, "hts": r.hts, "origin": r.origin,
            "import_transaction": r.import_transaction or None, "units": r.units,
            "currency": r.currency, "value": _text(r.value), "value_cad": _text(r.value_cad),
            "parcels": len(r.parcels), "loads": len(r.trips), "first_export": r.first.isoformat(),
            "last_export": r.last.isoformat(),
            "exports": [{"trip": x.trip, "crossed": x.crossed.isoformat(), "port": x.port,
                         "seal": x.seal, "units": x.units, "scns": x.scns}
                        for x in sorted(r.trips.values(), key=lambda x: (x.crossed, x.trip))],
        } for r in report.rows],
        "totals": {
            "skus": t.skus, "units": t.units, "parcels": t.parcels, "loads": t.loads,
            "currency": t.currency or None, "value": _text(t.value),
            "value_cad": _text(t.value_cad), "first_export": _day(t.first) or None,
            "last_export": _day(t.last) or None, "trips": list(t.trips),
        },
    }  # fmt: skip
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _text(value: Decimal | None) -> str | None:
    """Money in JSON: a string with two decimals, never a float; None where unknown."""
    return None if value is None else f"{_money(value):f}"


def _day(value: date | None) -> str:
    return "" if value is None else value.isoformat()
