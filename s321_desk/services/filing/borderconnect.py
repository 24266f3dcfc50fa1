"""A sealed trip in BorderConnect's JSON import format for an ACE trip (``ACE_TRIP``): the
trip, its truck and trailer with their plates and seal, its drivers with their travel
documents, each parcel an ACE shipment (PAPS: released on the broker's entry) with its
commodities. Checked against the fields of BorderConnect's ACE eManifest JSON reference manual
1.0.7 and its code lists before it is written (services/filing/field_rules.py); written whole.

Choices where the format leaves room:
- The seal is the trailer's (its doors are what is sealed), or the truck's without one.
- Weights in whole pounds, rounded up (``L``): ACE takes whole units; a parcel's lines share
  its weight, each at least 1 lb.
- A commodity's marks and numbers: the parcel id, as printed on its label.
- The estimated arrival is the port's local time, as BorderConnect reads it.
- ``autoSend`` false: a person in BorderConnect sends it, after a look.
"""

from __future__ import annotations

import json
import math
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from s321_desk.domain.texts import Text
from s321_desk.services.filing.emanifest import (
    Exported,
    hazmat_problems,
    refuse,
    trip_place,
    write_export,
)
from s321_desk.services.filing.field_rules import BORDERCONNECT_RULES, check
from s321_desk.services.filing.trip_filings import Commodity, Filing, Party, Shipment, read_filing
from s321_desk.services.kernel import access
from s321_desk.services.kernel.outputs import check_target
from s321_desk.store.uow import Work, within

POUNDS_PER_GRAM = Decimal("0.00220462262185")
CENT = Decimal("0.01")


def export_borderconnect(work: Work, load_ref: str, out: Path) -> Exported:
    """Write the sealed trip as BorderConnect's ACE_TRIP JSON to ``out``."""
    check_target(out)
    with within(work, immediate=True) as uow:  # one transaction: the filing read, its audit line
        access.require(uow.session, access.EXPORTING_EMANIFEST)
        filing = read_filing(uow.session, load_ref)
        document = ace_trip(filing)
        refuse(filing, "BorderConnect JSON", problems(filing, document))
        body = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        lines = sum(len(s.commodities) for s in filing.shipments)
        return write_export(uow, "borderconnect", filing, out, "json", body, lines)


def problems(filing: Filing, document: dict[str, Any]) -> list[Text]:
    return check(document, BORDERCONNECT_RULES, lambda at: place(filing, document, at)) + (
        hazmat_problems(filing)
    )


def place(filing: Filing, document: dict[str, Any], at: list[tuple[str, int]]) -> str:
    """``trip T / shipment SCN / commodity 2``: where a field is, in the words of the desk."""
    words = [trip_place(filing)]
    node: Any = document
    for key, index in at:
        node = node[key][index]
        if key == "shipments":
            words.append(f"shipment {node.get('shipmentControlNumber') or index + 1}")
        elif key == "commodities":
            words.append(f"commodity {index + 1}")
        elif key == "drivers":
            words.append(f"driver {node.get('driverNumber') or index + 1}")
        elif key == "trailers":
            words.append(f"trailer {node.get('number') or index + 1}")
        else:
            words.append(f"{key} {index + 1}")
    return " / ".join(words)


def ace_trip(filing: Filing) -> dict[str, Any]:
    info, crew = filing.load, filing.crew or {}
    truck, trailer = crew.get("truck"), crew.get("trailer")
    seals = [info.seal] if info.seal else []
    document: dict[str, Any] = {
        "data": "ACE_TRIP",
        "sendId": info.trip,
        "operation": "CREATE",
        "tripNumber": info.trip,
        "usPortOfArrival": filing.port_code,
        "estimatedArrivalDateTime": filing.arrival.strftime("%Y-%m-%d %H:%M:%S"),
    }
    if truck is not None:
        document["truck"] = {
            "number": truck["unit"], "type": truck["type"], "vinNumber": truck["vin"],
            "licensePlates": [{"number": truck["plate"], "stateProvince": truck["plate_state"]}],
        }  # fmt: skip
        if seals and not trailer:
            document["truck"]["sealNumbers"] = seals
        if truck.get("dot_number"):
            document["truck"]["dotNumber"] = truck["dot_number"]
    if trailer is not None:
        document["trailers"] = [
            {
                "number": trailer["number"],
                "type": trailer["type"],
                "licensePlates": [
                    {"number": trailer["plate"], "stateProvince": trailer["plate_state"]}
                ],
                "sealNumbers": seals,
            }
        ]
    document["drivers"] = [_driver(d) for d in crew.get("drivers") or []]
    document["shipments"] = [_shipment(filing, s) for s in filing.shipments]
    document["autoSend"] = False
    return document


def _driver(driver: dict[str, Any]) -> dict[str, Any]:
    kept = driver["document"]
    document = {"type": kept["type"], "number": kept["number"]}
    if kept.get("country"):
        document["country"] = kept["country"]
    if kept.get("state"):
        document["stateProvince"] = kept["state"]
    filed = {
        "driverNumber": driver["number"], "firstName": driver["first_name"],
        "lastName": driver["last_name"], "gender": driver["gender"],
        "dateOfBirth": driver["birth_date"], "citizenshipCountry": driver["citizenship"],
        "travelDocuments": [document],
    }  # fmt: skip
    if driver.get("fast_card"):
        filed["fastCardNumber"] = driver["fast_card"]
    return filed


def _party(party: Party | None) -> dict[str, Any] | None:
    if party is None:
        return None
    a = party.address
    address = {
        "addressLine": " ".join(p for p in (a.street, party.street2) if p),
        "city": a.city,
        "postalCode": a.postal_code,
    }
    if a.state:
        address["stateProvince"] = a.state
    if a.country:
        address["country"] = a.country
    return {"name": party.name, "address": address}


def _shipment(filing: Filing, s: Shipment) -> dict[str, Any]:
    shipment: dict[str, Any] = {
        "data": "ACE_SHIPMENT",
        "type": s.ace_type,
        "shipmentControlNumber": s.scn,
        "provinceOfLoading": filing.province_of_loading,
        "shipper": _party(filing.shipper),
        "consignee": _party(s.consignee),
        "commodities": [_commodity(filing, s, x) for x in s.commodities],
    }
    return {k: v for k, v in shipment.items() if v is not None}


def _commodity(filing: Filing, s: Shipment, x: Commodity) -> dict[str, Any]:
    commodity: dict[str, Any] = {
        "description": x.description,
        "quantity": x.package_quantity,
        "packagingUnit": x.package_unit,
        "weight": pounds(x.weight_g),
        "weightUnit": "L",
        "marksAndNumbers": [s.parcel_id],
        "harmonizedCode": x.hts,
        "value": f"{x.value_usd.quantize(CENT, rounding=ROUND_HALF_UP):f}",
        "countryOfOrigin": x.origin,
    }
    if x.hazmat is not None:
        details: dict[str, Any] = {"unCode": x.hazmat.un_number}
        if filing.emergency:
            details["emergencyContact"] = {
                "name": filing.emergency["name"],
                "phoneNumber": phone(filing.emergency["phone"]),
            }
        commodity["hazmatDetails"] = details
    return commodity


def pounds(grams: int) -> int:
    """Whole pounds, rounded up, at least 1: a filing never says less than was loaded."""
    return max(1, math.ceil(Decimal(grams) * POUNDS_PER_GRAM))


def phone(number: str) -> str:
    """A telephone number as the filings write it: digits, spaces and dashes, no leading +
    (a spreadsheet would take it for a formula)."""
    return number.strip().lstrip("+").strip()
