"""The entries the broker files for a sealed trip: one per consignee per conveyance (19 CFR
141.51), as the invoices group the parcels (one person on one truck, the engine's same person
unless a supervisor split them). Each entry gives its type (11 informal, 01 formal, 03 for
antidumping/countervailing duty goods, 86 while it existed), the SCNs it covers (exactly as
the e-manifest files them), the consignee, and each line's HTS, description, origin, quantity,
value (in its currency, the rate used, and USD), weight and manufacturer with its MID (the
catalog's, else built by CBP's rules: domain/mid.py; ``mid_built`` says which).

Parcels released on the manifest (Section 321, while the law allowed it) need no entry: the
JSON lists their SCNs apart; the CSV leaves them out.

CSV: one row per line, the entry's columns repeated on each of its rows. JSON: one object, the
entries with their lines. Checked against the entry's field rules before it is written (every
line's HTS of 10 digits, origin, MID shape...); written whole, audited.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from s321_desk.domain.texts import Text, translate
from s321_desk.services.files.csv_writer import Cell, csv_bytes
from s321_desk.services.filing.emanifest import (
    CENT,
    Exported,
    check_format,
    refuse,
    trip_place,
    write_export,
)
from s321_desk.services.filing.field_rules import ENTRY_RULES, check_rows
from s321_desk.services.filing.trip_filings import Filing, Shipment, entry_groups, entry_type
from s321_desk.services.kernel import access
from s321_desk.services.kernel.outputs import check_target
from s321_desk.store.uow import Work, within

FORMATS = ("csv", "json")
GRAM = Decimal("0.001")
COLUMNS = (
    "trip", "port", "arrival", "entry", "entry_type", "consignee_name", "consignee_company",
    "consignee_address", "consignee_city", "consignee_state", "consignee_postal_code",
    "consignee_country", "entry_value_usd", "scn", "parcel_id", "order", "line", "sku", "hts",
    "description", "origin", "quantity", "value", "currency", "rate_to_usd", "value_usd",
    "weight_kg", "manufacturer", "manufacturer_address", "mid", "mid_built", "prior_notice",
    "un_number",
)  # fmt: skip


def export_entries(work: Work, load_ref: str, out: Path, *, fmt: str = "csv") -> Exported:
    """Write the sealed trip's entries for the broker to ``out``, as CSV or JSON."""
    check_format(fmt, FORMATS)
    check_target(out)
    with within(work, immediate=True) as uow:  # one transaction: the filing read, its audit line
        access.require(uow.session, access.EXPORTING_EMANIFEST)
        filing, groups = entry_groups(uow.session, load_ref)
        entries = [(entry_type(g), g) for g in groups]
        rows = entry_rows(filing, entries)
        refuse(filing, "broker's entries", problems(filing, rows))
        if fmt == "csv":
            body = csv_bytes(COLUMNS, [[_cell(row, c) for c in COLUMNS] for row in rows])
        else:
            body = json_body(filing, entries, rows)
        return write_export(uow, "entries", filing, out, fmt, body, len(rows))


def problems(filing: Filing, rows: list[dict[str, Any]]) -> list[Text]:
    def place(index: int) -> str:
        row = rows[index]
        return (
            f"{trip_place(filing)} / entry {row['entry']} / shipment {row['scn']} / "
            f"commodity {row['line']}"
        )

    named = [{k: "" if v is None else str(v) for k, v in row.items()} for row in rows]
    found = check_rows(named, ENTRY_RULES, place)
    for index, row in enumerate(rows):
        if row["mid_problem"] is not None:
            found.append(
                translate("Entries", "{place}: mid: {problem}").format(
                    place=place(index), problem=row["mid_problem"]
                )
            )
    return found


def entry_rows(
    filing: Filing, entries: list[tuple[str | None, list[Shipment]]]
) -> list[dict[str, Any]]:
    rates = {f.currency: f.rate_to_usd for f in filing.fx} | {"USD": Decimal(1)}
    rows: list[dict[str, Any]] = []
    number = 0
    for kind, group in entries:
        if kind is None:
            continue  # released on the manifest: no entry
        number += 1
        consignee = group[0].consignee
        total = sum((s.value_usd for s in group if s.entry_type is not None), Decimal(0))
        for s in group:
            if s.entry_type is None:
                continue  # released on the manifest: on no entry
            for x in s.commodities:
                maker = x.maker
                rows.append(
                    {
                        "trip": filing.load.trip,
                        "port": filing.port_code,
                        "arrival": filing.arrival.isoformat(),
                        "entry": number,
                        "entry_type": kind,
                        "consignee_name": consignee.name,
                        "consignee_company": consignee.company,
                        "consignee_address": " ".join(
                            p for p in (consignee.address.street, consignee.street2) if p
                        ),
                        "consignee_city": consignee.address.city,
                        "consignee_state": consignee.address.state,
                        "consignee_postal_code": consignee.address.postal_code,
                        "consignee_country": consignee.address.country,
                        "entry_value_usd": total.quantize(CENT),
                        "scn": s.scn,
                        "parcel_id": s.parcel_id,
                        "order": s.order,
                        "line": x.number,
                        "sku": x.sku,
                        "hts": x.hts,
                        "description": x.description,
                        "origin": x.origin,
                        "quantity": x.items,
                        "value": x.value.quantize(CENT),
                        "currency": x.currency,
                        "rate_to_usd": rates[x.currency],
                        "value_usd": x.value_usd.quantize(CENT),
                        "weight_kg": (Decimal(x.weight_g) / 1000).quantize(GRAM),
                        "manufacturer": maker.name,
                        "manufacturer_address": ", ".join(
                            p
                            for p in (maker.street, maker.city, maker.province, maker.country)
                            if p
                        ),
                        "mid": maker.mid,
                        "mid_built": "Y" if maker.built else "N",
                        "mid_problem": maker.problem,
                        "prior_notice": s.prior_notice,
                        "un_number": x.hazmat.un_number if x.hazmat else None,
                    }
                )
    return rows


def _cell(row: dict[str, Any], column: str) -> Cell:
    value = row[column]
    if value is None or isinstance(value, str | int | Decimal):
        return value  # type: ignore[no-any-return]
    return str(value)


def json_body(
    filing: Filing, entries: list[tuple[str | None, list[Shipment]]], rows: list[dict[str, Any]]
) -> bytes:
    by_entry: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        by_entry.setdefault(row["entry"], []).append(row)
    documents = []
    for number, lines in sorted(by_entry.items()):
        first = lines[0]
        documents.append(
            {
                "entry": number,
                "entry_type": first["entry_type"],
                "consignee": {
                    k.removeprefix("consignee_"): first[k]
                    for k in COLUMNS
                    if k.startswith("consignee_")
                },
                "scns": list(dict.fromkeys(line["scn"] for line in lines)),
                "value_usd": f"{first['entry_value_usd']:.2f}",
                "lines": [
                    {
                        "scn": line["scn"],
                        "parcel_id": line["parcel_id"],
                        "order": line["order"],
                        "line": line["line"],
                        "sku": line["sku"],
                        "hts": line["hts"],
                        "description": line["description"],
                        "origin": line["origin"],
                        "quantity": line["quantity"],
                        "value": f"{line['value']:.2f}",
                        "currency": line["currency"],
                        "rate_to_usd": str(line["rate_to_usd"]),
                        "value_usd": f"{line['value_usd']:.2f}",
                        "weight_kg": str(line["weight_kg"]),
                        "manufacturer": line["manufacturer"],
                        "manufacturer_address": line["manufacturer_address"],
                        "mid": line["mid"],
                        "mid_built": line["mid_built"] == "Y",
                        "prior_notice": line["prior_notice"],
                        "un_number": line["un_number"],
                    }
                    for line in lines
                ],
            }
        )
    released = [s.scn for _, group in entries for s in group if s.entry_type is None]
    document = {
        "document": "s321-desk broker entries", "version": 1, "trip": filing.load.trip,
        "scac": filing.load.scac, "port": filing.port_code,
        "arrival": filing.arrival.isoformat(), "us_day": filing.us_day.isoformat(),
        "fx": [{"currency": f.currency, "rate_to_usd": str(f.rate_to_usd), "source": f.source}
               for f in filing.fx],
        "entries": documents,
        "released_on_the_manifest": released,
    }  # fmt: skip
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
