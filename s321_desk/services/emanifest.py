"""The carrier's e-manifest data of a load, as CSV or JSON: what the carrier's ACE filing tool
and the broker import, written whole or not at all, audited with its SHA-256.

Choices, where the carrier tools leave room:

- **A shipment is a parcel.** Each parcel on a truck has its own SCN (SCAC + parcel id, given
  when it is loaded), which is what ACE's highway e-manifest files one shipment under and what
  the broker's entry must repeat exactly; a person's two parcels are two shipments on one
  commercial invoice.
- **CSV: one row per commodity line** (an order line packed in the parcel), the load's and the
  shipment's columns repeated on each of its rows, rows grouped by SCN and numbered by ``line``.
  Carrier and broker import tools read a flat file keyed on the SCN this way (a summarised
  "; "-joined description, as the paper manifest prints it, cannot carry each line's HTS,
  origin and value, which ACE files per commodity). Columns that belong to the shipment are
  named ``shipment_...`` so that nobody adds them up over the rows.
- **Values in USD**: one value per parcel on every paper and export. A shipment's value is the
  goods' value the engine judged the parcel on (its lines, quantity x price less the line's
  discount, each converted at full precision at the crossing day's rate, summed, rounded half
  up once), the value the load manifest and the invoice print; the freight and the order
  discount the invoice charges with the parcel (an order's charges go with its first parcel)
  are in ``shipment_charges_usd``, never in the value. A line's ``value_usd`` is its amount at
  that rate to the cent, the cents rounding lost or gained given back where it moved a line
  most, so that a shipment's lines add up to its value exactly.
- **Weight** is the parcel's gross weight, in kg (the scale's, or the catalog's); a line has
  none of its own here.
- **Only a sealed load is filed.** An open load is refused, unless a draft is asked for (a
  dispatcher checking a truck before the seal): the file then says ``draft`` in ``load_status``
  (JSON: ``"status": "draft"``) and has no seal. Parcels waiting for a decision, held, without
  a weight, an HTS number of at least 6 digits or an origin are refused, each named.
- **Encodings**: UTF-8. CSV per RFC 4180 (CRLF, a header row), without a byte order mark (carrier
  tools read the first column's name exactly), spreadsheet-safe through csv_export. JSON: one
  object, the load's head and its shipments with their lines; money as strings with two
  decimals, weights with three. The same data gives the same bytes (no export time inside), so
  an export can be checked later against the SHA-256 on the audit trail.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from s321_desk.documents.content import FxUsed, InvoiceData, LoadInfo, Party
from s321_desk.domain.texts import Text, joined, translate
from s321_desk.services import access, print_data
from s321_desk.services.csv_export import Cell, csv_bytes
from s321_desk.services.errors import UserError
from s321_desk.services.export_file import write_audited
from s321_desk.services.loads import find_load
from s321_desk.services.output_file import check_target
from s321_desk.services.ports import port
from s321_desk.store.models import Load
from s321_desk.store.uow import UnitOfWork

FORMATS = ("csv", "json")
UNIT = "PCS"  # a line's quantity counts pieces
WEIGHT_UNIT = "KG"
CENT = Decimal("0.01")
GRAM = Decimal("0.001")
MIN_HTS_DIGITS = 6
PROBLEMS_SAID = 10  # a refusal names this many problems, then counts the rest

COLUMNS = (
    "trip", "scac", "carrier", "port", "port_name", "planned_arrival", "conveyance_plate",
    "equipment_plate", "seal", "driver", "load_status",
    "scn", "parcel_id", "order", "route", "shipper_name", "shipper_address", "consignee_name",
    "consignee_company", "consignee_address1", "consignee_address2", "consignee_city",
    "consignee_state", "consignee_postal_code", "consignee_country", "shipment_weight_kg",
    "shipment_value_usd", "shipment_charges_usd",
    "line", "sku", "description", "quantity", "unit", "hts", "origin", "value", "currency",
    "value_usd",
)  # fmt: skip


@dataclass(frozen=True)
class Exported:
    """What an export wrote: the file, its shipments and lines, its total and its SHA-256."""

    trip: str
    file: Path
    fmt: str  # csv | json
    shipments: int
    lines: int
    value_usd: Decimal
    bytes: int
    sha256: str
    draft: bool  # an open load's, not for filing

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": "emanifest", "trip": self.trip, "file": str(self.file),
            "format": self.fmt, "shipments": self.shipments, "lines": self.lines,
            "value_usd": f"{self.value_usd:.2f}", "bytes": self.bytes, "sha256": self.sha256,
            "draft": self.draft,
        }  # fmt: skip

    def sentence(self) -> str:
        written = (
            translate(
                "EManifest",
                "DRAFT e-manifest {trip} written to {file} as {format}: {shipments} shipment(s), "
                "{lines} line(s), USD {value} ({bytes} bytes)",
            )
            if self.draft
            else translate(
                "EManifest",
                "e-manifest {trip} written to {file} as {format}: {shipments} shipment(s), "
                "{lines} line(s), USD {value} ({bytes} bytes)",
            )
        )
        return str(
            written.format(
                trip=self.trip,
                file=self.file,
                format=self.fmt.upper(),
                shipments=f"{self.shipments:,}",
                lines=f"{self.lines:,}",
                value=f"{self.value_usd:,.2f}",
                bytes=f"{self.bytes:,}",
            )
        )


@dataclass(frozen=True)
class Line:
    """One commodity line of a shipment: an order line's units packed in the parcel."""

    number: int
    sku: str | None
    description: str
    quantity: int
    hts: str  # digits only, as classified (10 in the catalog)
    origin: str
    value: Decimal  # in ``currency``: quantity x unit price less the line's discount
    currency: str
    value_usd: Decimal


@dataclass(frozen=True)
class Shipment:
    scn: str
    parcel_id: str
    order: str
    route: str
    consignee: dict[str, str]  # name, company, address1, address2, city, state, postal_code...
    weight_kg: Decimal
    value_usd: Decimal  # the goods' value (the engine's, the manifest's, the invoice's)
    charges_usd: Decimal  # freight less order discounts charged with this parcel, at the rate
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class EManifest:
    load: LoadInfo
    port_code: str
    port_name: str
    draft: bool
    fx: tuple[FxUsed, ...]
    shipments: tuple[Shipment, ...]

    @property
    def value_usd(self) -> Decimal:
        return sum((s.value_usd for s in self.shipments), Decimal(0))


def export_emanifest(
    engine: Engine, load_ref: str, out: Path, *, fmt: str = "csv", draft: bool = False
) -> Exported:
    """Write the load's e-manifest to ``out`` as CSV or JSON. ``draft``: also an open load's,
    marked as a draft (a sealed load's is never a draft)."""
    if fmt not in FORMATS:
        raise UserError(
            translate("EManifest", "--format: {format} is not one of {formats}").format(
                format=repr(fmt), formats=", ".join(FORMATS)
            )
        )
    check_target(out)
    with UnitOfWork(engine) as uow:
        access.require(uow.session, access.EXPORTING_EMANIFEST)
        manifest = read_emanifest(uow.session, load_ref, draft=draft)
    body = csv_body(manifest) if fmt == "csv" else json_body(manifest)
    digest = hashlib.sha256(body).hexdigest()
    lines = sum(len(s.lines) for s in manifest.shipments)
    details = {"format": fmt, "file": str(out.resolve()), "sha256": digest, "bytes": len(body),
               "shipments": len(manifest.shipments), "lines": lines,
               "value_usd": f"{manifest.value_usd:.2f}", "draft": manifest.draft}  # fmt: skip
    write_audited(
        engine,
        out,
        body,
        access.EXPORTING_EMANIFEST,
        action="export.emanifest",
        entity_type="load",
        entity_id=manifest.load.trip,
        details=details,
    )
    return Exported(manifest.load.trip, out, fmt, len(manifest.shipments), lines,
                    manifest.value_usd, len(body), digest, manifest.draft)  # fmt: skip


# -- reading ------------------------------------------------------------------------------------


def read_emanifest(session: Session, load_ref: str, *, draft: bool = False) -> EManifest:
    """The load's e-manifest from the store, through what the papers read (print_data)."""
    load = find_load(session, load_ref)
    if load.status != "closed" and not draft:
        raise UserError(
            translate(
                "EManifest",
                "load {trip}: not sealed yet; the e-manifest filed is the sealed load's "
                "(s321-desk load close), or export a draft (--draft)",
            ).format(trip=load.trip_number)
        )
    packed = print_data.load_parcels(session, load)
    if not packed:
        raise UserError(
            translate("EManifest", "load {trip}: no parcel on it").format(trip=load.trip_number)
        )
    _refuse_unfileable(load, packed)
    papers = print_data.Papers(session)
    info = print_data.load_info(papers, load, len(packed))
    # The invoice drawn for each parcel alone gives its lines and the charges that go with it,
    # at the invoice's rate (a load's parcels share one crossing day, so one rate).
    alone = print_data.invoices(papers, [[p] for p in packed], load)
    by_parcel = {p.parcel.code: invoice for p, invoice in zip(packed, alone, strict=True)}
    shipments = tuple(_shipment(papers, p, by_parcel[p.parcel.code]) for p in packed)
    fx = {f.currency: f for invoice in alone for f in invoice.fx}
    the_port = port(load.port)
    return EManifest(info, the_port.code, the_port.name, load.status != "closed",
                     tuple(fx[c] for c in sorted(fx)), shipments)  # fmt: skip


def _refuse_unfileable(load: Load, packed: list[print_data.Packed]) -> None:
    problems: list[Text] = []
    for item in packed:
        parcel = item.parcel
        if parcel.manual_hold or parcel.status == "held":
            problems.append(
                translate("EManifest", "{parcel}: held; a supervisor must release it first").format(
                    parcel=parcel.code
                )
            )
        elif parcel.needs_decision:
            problems.append(
                translate("EManifest", "{parcel}: needs a supervisor's decision first").format(
                    parcel=parcel.code
                )
            )
        if parcel.weight_g is None:
            problems.append(
                translate("EManifest", "{parcel}: no weight").format(parcel=parcel.code)
            )
        for number, line in enumerate(item.items, 1):
            what = {"parcel": parcel.code, "line": number, "item": line.sku or line.description}
            if len(line.hts or "") < MIN_HTS_DIGITS:
                problems.append(
                    translate(
                        "EManifest",
                        "{parcel} line {line} ({item}): no HTS number of {digits}+ digits",
                    ).format(**what, digits=MIN_HTS_DIGITS)
                )
            if not line.origin:
                problems.append(
                    translate(
                        "EManifest", "{parcel} line {line} ({item}): no country of origin"
                    ).format(**what)
                )
    if problems:
        more = len(problems) - PROBLEMS_SAID
        said = joined(problems[:PROBLEMS_SAID])
        refusal = (
            translate(
                "EManifest",
                "load {trip}: cannot export the e-manifest: {problems}; and {more} more",
            )
            if more > 0
            else translate("EManifest", "load {trip}: cannot export the e-manifest: {problems}")
        )
        raise UserError(refusal.format(trip=load.trip_number, problems=said, more=more))


def _usd_rates(invoice: InvoiceData) -> dict[str, Decimal]:
    return {f.currency: f.rate_to_usd for f in invoice.fx} | {"USD": Decimal(1)}


def _exact_usd(invoice: InvoiceData) -> tuple[Decimal, Decimal]:
    """A one-parcel invoice's lines and charges in USD, before rounding."""
    rates = _usd_rates(invoice)
    lines = sum((x.amount * rates[x.currency] for x in invoice.lines), Decimal(0))
    charges = sum((c.amount * rates[c.currency] for c in invoice.charges), Decimal(0))
    return lines, charges


def _shipment(papers: print_data.Papers, packed: print_data.Packed, invoice: InvoiceData
              ) -> Shipment:  # fmt: skip
    parcel, order = packed.parcel, packed.order
    assert parcel.scn is not None and parcel.weight_g is not None
    rates = _usd_rates(invoice)
    value = print_data.goods_value(papers, packed)
    usd = print_data.shares_to_the_cent([x.amount * rates[x.currency] for x in invoice.lines],
                                        value)  # fmt: skip
    lines = tuple(
        Line(number, x.sku, x.description, x.quantity, x.hts or "", x.origin or "", x.amount,
             x.currency, line_usd)
        for number, (x, line_usd) in enumerate(zip(invoice.lines, usd, strict=True), 1)
    )  # fmt: skip
    charges = _exact_usd(invoice)[1].quantize(CENT, rounding=ROUND_HALF_UP)
    consignee = {
        "name": order.recipient_name, "company": order.company or "",
        "address1": order.address1, "address2": order.address2 or "", "city": order.city,
        "state": order.state or "", "postal_code": order.postal_code, "country": order.country,
    }  # fmt: skip
    weight = (Decimal(parcel.weight_g) / 1000).quantize(GRAM)
    return Shipment(parcel.scn, parcel.code, order.name, parcel.route or "", consignee, weight,
                    value, charges, lines)  # fmt: skip


# -- writing ------------------------------------------------------------------------------------


def csv_body(manifest: EManifest) -> bytes:
    return csv_bytes(COLUMNS, _csv_rows(manifest))


def _csv_rows(manifest: EManifest) -> list[list[Cell]]:
    info = manifest.load
    head: list[Cell] = [
        info.trip, info.scac, info.carrier, manifest.port_code, manifest.port_name,
        info.arrival.isoformat(), info.tractor_plate, info.trailer_plate, info.seal,
        info.driver, _status(manifest),
    ]  # fmt: skip
    shipper = [info.shipper.name, ", ".join(info.shipper.lines)]
    rows = []
    for s in manifest.shipments:
        c = s.consignee
        shipment: list[Cell] = [
            s.scn, s.parcel_id, s.order, s.route, *shipper, c["name"], c["company"],
            c["address1"], c["address2"], c["city"], c["state"], c["postal_code"], c["country"],
            s.weight_kg, s.value_usd, s.charges_usd,
        ]  # fmt: skip
        for line in s.lines:
            rows.append([*head, *shipment, line.number, line.sku, line.description,
                         line.quantity, UNIT, line.hts, line.origin, _money(line.value),
                         line.currency, line.value_usd])  # fmt: skip
    return rows


def json_body(manifest: EManifest) -> bytes:
    info = manifest.load
    document = {
        "document": "s321-desk e-manifest", "version": 1, "status": _status(manifest),
        "load": {
            "trip": info.trip, "scac": info.scac, "carrier": info.carrier,
            "port": manifest.port_code, "port_name": manifest.port_name,
            "planned_arrival": info.arrival.isoformat(),
            "conveyance": {"type": "tractor", "plate": info.tractor_plate},
            "equipment": {"type": "trailer", "plate": info.trailer_plate},
            "seal": info.seal, "driver": info.driver,
        },
        "fx": [{"currency": f.currency, "rate_to_usd": str(f.rate_to_usd), "source": f.source}
               for f in manifest.fx],
        "shipments": [_json_shipment(s, info.shipper) for s in manifest.shipments],
        "totals": {
            "shipments": len(manifest.shipments),
            "lines": sum(len(s.lines) for s in manifest.shipments),
            "weight_kg": str(sum((s.weight_kg for s in manifest.shipments), Decimal(0))),
            "value_usd": _text(manifest.value_usd),
        },
    }  # fmt: skip
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _json_shipment(s: Shipment, shipper: Party) -> dict[str, Any]:
    return {
        "scn": s.scn, "parcel_id": s.parcel_id, "order": s.order, "route": s.route,
        "shipper": {"name": shipper.name, "lines": list(shipper.lines)},
        "consignee": s.consignee,
        "weight": {"value": str(s.weight_kg), "unit": WEIGHT_UNIT},
        "value_usd": _text(s.value_usd), "charges_usd": _text(s.charges_usd),
        "lines": [{
            "line": x.number, "sku": x.sku, "description": x.description,
            "quantity": x.quantity, "unit": UNIT, "hts": x.hts, "origin": x.origin,
            "value": _text(x.value), "currency": x.currency, "value_usd": _text(x.value_usd),
        } for x in s.lines],
    }  # fmt: skip


def _status(manifest: EManifest) -> str:
    return "draft" if manifest.draft else "sealed"


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _text(value: Decimal) -> str:
    """Money in JSON: a string with two decimals, never a float."""
    return f"{_money(value):f}"
