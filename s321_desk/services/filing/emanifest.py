"""The desk's own e-manifest of a load, as CSV or JSON: every data element a filing needs (the
trip, its crew and vehicles, each shipment's ACE type, shipper and consignee, each commodity's
packaging, weight, value, dangerous goods and manufacturer), checked against the published
rules before it is written (services/filing/field_rules.py), written whole or not at all, audited
with its SHA-256. What is filed and why is services/filing/trip_filings.py's.

- **CSV: one row per commodity line** (an order line packed in the parcel), the trip's and the
  shipment's columns repeated on each of its rows, rows grouped by SCN and numbered by
  ``line``. Columns that belong to the shipment or the trip are named ``shipment_...``,
  ``truck_...``, ``driver_...`` so that nobody adds them up over the rows.
- **Quantity**: ``quantity`` and ``unit`` count the outermost packaging, as ACE does (1 BOX
  per parcel, on its first line; the box's other lines in pieces); ``items`` the units of the
  order line in the box. ``weight_kg`` is the line's share of the parcel's weight.
- **Values in USD**: one value per parcel on every paper and export (the engine's); the
  charges apart in ``shipment_charges_usd``; a line's ``value_usd`` at the day's rate, the
  lines adding up to the parcel's value to the cent.
- **Only a sealed load is filed.** An open one is refused unless a draft is asked for
  (``load_status`` draft, no seal).
- **Encodings**: UTF-8; CSV per RFC 4180 (CRLF, a header row), no byte order mark,
  spreadsheet-safe through csv_export. JSON: one object; money as strings with two decimals,
  weights with three. The same data gives the same bytes (no export time inside).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from s321_desk.domain.texts import Text, translate
from s321_desk.services.files.audited_export import write_audited
from s321_desk.services.files.csv_writer import Cell, csv_bytes
from s321_desk.services.filing.field_rules import ExportRefused, Rule, check_rows, r
from s321_desk.services.filing.trip_filings import Commodity, Filing, Party, Shipment, read_filing
from s321_desk.services.kernel import access
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.outputs import check_target
from s321_desk.store.uow import UnitOfWork, Work, within

FORMATS = ("csv", "json")
CENT = Decimal("0.01")
GRAM = Decimal("0.001")
DRIVER_FIELDS = ("number", "first_name", "last_name", "gender", "birth_date", "citizenship",
                 "document_type", "document_number", "document_country", "document_state",
                 "fast_card")  # fmt: skip

COLUMNS = (
    "trip", "scac", "carrier", "port", "port_name", "planned_arrival", "load_status", "seal",
    "truck_unit", "truck_type", "truck_vin", "truck_plate", "truck_plate_state",
    "trailer_number", "trailer_type", "trailer_plate", "trailer_plate_state",
    *(f"driver_{name}" for name in DRIVER_FIELDS),
    *(f"co_driver_{name}" for name in DRIVER_FIELDS),
    "scn", "parcel_id", "order", "route", "ace_type", "province_of_loading",
    "shipper_name", "shipper_street", "shipper_city", "shipper_province",
    "shipper_postal_code", "shipper_country",
    "consignee_name", "consignee_company", "consignee_address1", "consignee_address2",
    "consignee_city", "consignee_state", "consignee_postal_code", "consignee_country",
    "shipment_weight_kg", "shipment_value_usd", "shipment_charges_usd", "prior_notice",
    "line", "sku", "description", "quantity", "unit", "items", "weight_kg", "hts", "origin",
    "value", "currency", "value_usd", "hazmat", "un_number", "hazard_class",
    "manufacturer", "mid",
)  # fmt: skip

# What a filing needs in every row (a sealed trip's): CBP's truck manifest data elements
# (19 CFR 123.92(a)) with the ACE lengths (services/filing/field_rules.py).
RULES: tuple[Rule, ...] = (
    r("trip", 8, 25, pattern=r"[A-Z]{4}[A-Z0-9]{4,21}"),
    r("port", 4, 4, pattern="[0-9]{4}"),
    r("truck_unit", 1, 17),
    r("truck_vin", 17, 17),
    r("truck_plate", 1, 10),
    r("truck_plate_state", 2, 3),
    r("driver_first_name", 1, 30),
    r("driver_last_name", 1, 30),
    r("driver_birth_date", 10, 10),
    r("driver_citizenship", 2, 2),
    r("driver_document_number", 1, 30),
    r("scn", 8, 16, pattern=r"[A-Z]{4}[A-Z0-9]{4,12}"),
    r("ace_type", values=frozenset({"PAPS", "SECTION_321"})),
    r("province_of_loading", 2, 2),
    r("shipper_name", 1, 60),
    r("shipper_street", 1, 110),
    r("shipper_city", 2, 30),
    r("shipper_postal_code", 1, 10),
    r("consignee_name", 1, 60),
    r("consignee_address1", 1, 110),
    r("consignee_city", 2, 30),
    r("consignee_postal_code", 1, 10),
    r("description", 1, 512),
    r("hts", 6, 10, pattern="[0-9]{6,10}"),
    r("origin", 2, 2, pattern="[A-Z]{2}"),
)


@dataclass(frozen=True)
class Exported:
    """What an export wrote: the file, its shipments and lines, its total and its SHA-256."""

    document: str  # emanifest | borderconnect | ace-csv | entries
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
            "document": self.document,
            "trip": self.trip,
            "file": str(self.file),
            "format": self.fmt,
            "shipments": self.shipments,
            "lines": self.lines,
            "value_usd": f"{self.value_usd:.2f}",
            "bytes": self.bytes,
            "sha256": self.sha256,
            "draft": self.draft,
        }

    def sentence(self) -> str:
        what = TITLES[self.document]
        written = (
            translate(
                "EManifest",
                "DRAFT {what} {trip} written to {file} as {format}: "
                "{shipments} shipment(s), {lines} line(s), USD {value} ({bytes} bytes)",
            )
            if self.draft
            else translate(
                "EManifest",
                "{what} {trip} written to {file} as {format}: "
                "{shipments} shipment(s), {lines} line(s), USD {value} ({bytes} bytes)",
            )
        )
        return str(
            written.format(
                what=what,
                trip=self.trip,
                file=self.file,
                format=self.fmt.upper(),
                shipments=f"{self.shipments:,}",
                lines=f"{self.lines:,}",
                value=f"{self.value_usd:,.2f}",
                bytes=f"{self.bytes:,}",
            )
        )


TITLES = {
    "emanifest": translate("EManifest", "e-manifest"),
    "borderconnect": translate("EManifest", "BorderConnect ACE trip"),
    "ace-csv": translate("EManifest", "ACE shipment upload"),
    "entries": translate("EManifest", "broker's entries"),
}


def export_emanifest(
    work: Work, load_ref: str, out: Path, *, fmt: str = "csv", draft: bool = False
) -> Exported:
    """Write the load's e-manifest to ``out`` as CSV or JSON. ``draft``: also an open load's,
    marked as a draft (a sealed load's is never a draft)."""
    check_format(fmt, FORMATS)
    check_target(out)
    with within(work, immediate=True) as uow:  # one transaction: the filing read, its audit line
        access.require(uow.session, access.EXPORTING_EMANIFEST)
        filing = read_filing(uow.session, load_ref, draft=draft)
        rows = csv_rows(filing)
        refuse(filing, "e-manifest", _problems(filing, rows))
        body = csv_bytes(COLUMNS, rows) if fmt == "csv" else json_body(filing)
        lines = sum(len(s.commodities) for s in filing.shipments)
        return write_export(uow, "emanifest", filing, out, fmt, body, lines)


def check_format(fmt: str, formats: tuple[str, ...]) -> None:
    if fmt not in formats:
        raise UserError(
            translate("EManifest", "the format: {format} is not one of {formats}").format(
                format=repr(fmt), formats=", ".join(formats)
            ),
            field="format",
        )


def refuse(filing: Filing, what: str, problems: list[Text]) -> None:
    if problems:
        contact = "hazmat-contact" if hazmat_problems(filing) else None  # the CLI says how
        raise ExportRefused(f"load {filing.load.trip}: {what}", problems, field=contact)


def write_export(
    work: UnitOfWork, document: str, filing: Filing, out: Path, fmt: str, body: bytes, lines: int
) -> Exported:
    digest = hashlib.sha256(body).hexdigest()
    details = {"format": fmt, "file": str(out.resolve()), "sha256": digest, "bytes": len(body),
               "shipments": len(filing.shipments), "lines": lines,
               "value_usd": f"{filing.value_usd:.2f}", "draft": filing.draft}  # fmt: skip
    write_audited(
        work,
        out,
        body,
        access.EXPORTING_EMANIFEST,
        action=f"export.{document}",
        entity_type="load",
        entity_id=filing.load.trip,
        details=details,
    )
    return Exported(
        document,
        filing.load.trip,
        out,
        fmt,
        len(filing.shipments),
        lines,
        filing.value_usd,
        len(body),
        digest,
        filing.draft,
    )


def trip_place(filing: Filing) -> str:
    return f"trip {filing.load.trip}"


def _problems(filing: Filing, rows: list[list[Cell]]) -> list[Text]:
    named = [
        {c: "" if v is None else str(v) for c, v in zip(COLUMNS, row, strict=True)} for row in rows
    ]
    rules = RULES if not filing.draft else tuple(x for x in RULES if not _crew_field(x.path))
    if not filing.draft:
        rules = (*rules, r("seal", 1, 15))
    problems = check_rows(named, rules, lambda i: row_place(filing, rows, i))
    return problems + hazmat_problems(filing)


def _crew_field(column: str) -> bool:
    return column.startswith(("truck_", "driver_", "trailer_"))


def row_place(filing: Filing, rows: list[list[Cell]], index: int) -> str:
    scn = rows[index][COLUMNS.index("scn")]
    line = rows[index][COLUMNS.index("line")]
    return f"{trip_place(filing)} / shipment {scn} / commodity {line}"


def hazmat_problems(filing: Filing) -> list[Text]:
    """A trip with dangerous goods names whom to call (49 CFR 172.604): the hazmat_contact
    setting."""
    hazmat = [(s, c) for s in filing.shipments for c in s.commodities if c.hazmat]
    if not hazmat or filing.emergency:
        return []
    shipment, commodity = hazmat[0]
    return [
        translate(
            "EManifest",
            "{place}: {un}: dangerous goods need an emergency contact; an administrator sets "
            "it (setting hazmat_contact: {example})",
        ).format(
            place=f"{trip_place(filing)} / shipment {shipment.scn} / commodity {commodity.number}",
            un=commodity.hazmat.un if commodity.hazmat else "",
            example='{"name": "...", "phone": "..."}',
        )
    ]


# -- writing ------------------------------------------------------------------------------------


def _crew_cells(filing: Filing) -> list[Cell]:
    crew = filing.crew or {}
    truck = crew.get("truck") or {}
    trailer = crew.get("trailer") or {}
    cells: list[Cell] = [
        truck.get("unit"), truck.get("type"), truck.get("vin"), truck.get("plate"),
        truck.get("plate_state"), trailer.get("number"), trailer.get("type"),
        trailer.get("plate"), trailer.get("plate_state"),
    ]  # fmt: skip
    drivers = list(crew.get("drivers") or [])
    for driver in [*drivers, {}, {}][:2]:
        cells.extend(_driver_value(driver, name) for name in DRIVER_FIELDS)
    return cells


def _driver_value(driver: dict[str, Any], name: str) -> str | None:
    if name.startswith("document_"):
        value = (driver.get("document") or {}).get(name.removeprefix("document_"))
        return str(value) if value is not None else None
    value = driver.get(name)
    return str(value) if value is not None else None


def csv_rows(filing: Filing) -> list[list[Cell]]:
    info = filing.load
    head: list[Cell] = [
        info.trip, info.scac, info.carrier, filing.port_code, filing.port_name,
        filing.arrival.isoformat(), filing.status, info.seal if not filing.draft else None,
        *_crew_cells(filing),
    ]  # fmt: skip
    shipper = _shipper_cells(filing.shipper)
    rows = []
    for s in filing.shipments:
        c = s.consignee
        shipment: list[Cell] = [
            s.scn, s.parcel_id, s.order, s.route, s.ace_type, filing.province_of_loading,
            *shipper, c.name, c.company, c.address.street, c.street2, c.address.city,
            c.address.state, c.address.postal_code, c.address.country, _kg(s.weight_g),
            _money(s.value_usd), _money(s.charges_usd), s.prior_notice,
        ]  # fmt: skip
        for x in s.commodities:
            rows.append([*head, *shipment, *_commodity_cells(x)])
    return rows


def _shipper_cells(shipper: Party | None) -> list[Cell]:
    if shipper is None:
        return [None] * 6
    a = shipper.address
    return [shipper.name, a.street, a.city, a.state, a.postal_code, a.country]


def _commodity_cells(x: Commodity) -> list[Cell]:
    return [
        x.number,
        x.sku,
        x.description,
        x.package_quantity,
        x.package_unit,
        x.items,
        _kg(x.weight_g),
        x.hts,
        x.origin,
        _money(x.value),
        x.currency,
        x.value_usd,
        "Y" if x.hazmat else "N",
        x.hazmat.un_number if x.hazmat else None,
        x.hazmat.hazard_class if x.hazmat else None,
        x.maker.name,
        x.maker.mid,
    ]


def json_body(filing: Filing) -> bytes:
    info = filing.load
    document = {
        "document": "s321-desk e-manifest", "version": 2, "status": filing.status,
        "load": {
            "trip": info.trip, "scac": info.scac, "carrier": info.carrier,
            "port": filing.port_code, "port_name": filing.port_name,
            "planned_arrival": filing.arrival.isoformat(),
            "seal": info.seal if not filing.draft else None,
            "crew": filing.crew,
            "shipper": _party(filing.shipper) if filing.shipper else None,
            "province_of_loading": filing.province_of_loading,
            "hazmat_contact": filing.emergency,
        },
        "fx": [{"currency": f.currency, "rate_to_usd": str(f.rate_to_usd), "source": f.source}
               for f in filing.fx],
        "shipments": [_json_shipment(s) for s in filing.shipments],
        "totals": {
            "shipments": len(filing.shipments),
            "lines": sum(len(s.commodities) for s in filing.shipments),
            "boxes": len(filing.shipments),
            "weight_kg": str(_kg(sum(s.weight_g for s in filing.shipments))),
            "value_usd": _text(filing.value_usd),
        },
    }  # fmt: skip
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _party(party: Party) -> dict[str, str]:
    a = party.address
    return {
        "name": party.name,
        "street": a.street,
        "city": a.city,
        "state": a.state,
        "postal_code": a.postal_code,
        "country": a.country,
    }


def _json_shipment(s: Shipment) -> dict[str, Any]:
    consignee = _party(s.consignee) | {
        "company": s.consignee.company,
        "street2": s.consignee.street2,
    }
    return {
        "scn": s.scn,
        "parcel_id": s.parcel_id,
        "order": s.order,
        "route": s.route,
        "ace_type": s.ace_type,
        "consignee": consignee,
        "prior_notice": s.prior_notice,
        "weight": {"value": str(_kg(s.weight_g)), "unit": "KG"},
        "value_usd": _text(s.value_usd),
        "charges_usd": _text(s.charges_usd),
        "lines": [
            {
                "line": x.number,
                "sku": x.sku,
                "description": x.description,
                "quantity": x.package_quantity,
                "unit": x.package_unit,
                "items": x.items,
                "weight_kg": str(_kg(x.weight_g)),
                "hts": x.hts,
                "origin": x.origin,
                "value": _text(x.value),
                "currency": x.currency,
                "value_usd": _text(x.value_usd),
                "hazmat": None
                if x.hazmat is None
                else {
                    "un_number": x.hazmat.un_number,
                    "class": x.hazmat.hazard_class,
                    "name": x.hazmat.name,
                },
                "manufacturer": x.maker.name,
                "mid": x.maker.mid,
            }
            for x in s.commodities
        ],
    }


def _kg(grams: int) -> Decimal:
    return (Decimal(grams) / 1000).quantize(GRAM)


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _text(value: Decimal) -> str:
    """Money in JSON: a string with two decimals, never a float."""
    return f"{_money(value):f}"
