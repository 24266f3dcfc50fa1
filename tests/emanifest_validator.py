"""A validator of the desk's filings written from the published references, apart from the
desk's own checks (s321_desk/services/filing/field_rules.py), so that a test can catch them
disagreeing with the references.

References (tests/data/emanifest/README.md gives their addresses):

[BC-JSON] BorderConnect, "ACE eManifest BorderConnect JSON Reference Manual", version 1.0.7:
    the aceTrip fields (Full Path, Is Required?, Minimum/Maximum Length, Pattern). Read from
    the manual's public copies and from a public transcription of its field table.
[BC-DATA] BorderConnect's published code lists, borderconnect.com/data/: shipment-types.json
    (us/ace), packaging-unit.json (us/ace), trailer-types.json, travel-document-types.json.
[BC-CSV] BorderConnect wiki, "ACE Shipment CSV Upload Feature (ACE Manifest)": SCN 8 to 16
    letters and digits, upper case; Shipment Type values PAPS, SECTION 321, INTANGIBLES,
    ATTACHED_CF7523 (case-sensitive); commodity description at most 45 characters; weight
    whole numbers; value numeric, no currency sign.
[CFR-123.92] 19 CFR 123.92(a), CBP's advance truck manifest data elements (republished as the
    ACE truck manifest test's required data elements, 70 FR 13514, 2005-03-21): quantity of
    the lowest external packaging unit, weight, description or HTS to 6 digits, shipper and
    consignee names and addresses, the hazardous material code.
[CFR-141.51] 19 CFR 141.51: one entry per consignee per conveyance.
[CFR-102-APPX] Appendix to 19 CFR Part 102, rules for constructing the MID.
[CSMS-66065494] CBP: since 2025-08-29 ACE rejects Section 321 and Entry Type 86 (the
    suspension of de minimis, EO 14324).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

# (path, required, min length, max length, pattern) [BC-JSON]; "[]" an array's every element.
BC_TRIP_FIELDS: tuple[tuple[str, bool, int | None, int | None, str | None], ...] = (
    ("data", True, 8, 20, r"^ACE_TRIP$"),
    ("tripNumber", True, 8, 25, None),
    ("usPortOfArrival", True, 4, 4, r"^[0-9]{4}$"),
    (
        "estimatedArrivalDateTime",
        True,
        19,
        19,
        r"^[2-9][0-9]{3}-[0-1][0-9]-[0-3][0-9]\s[0-2][0-9]:[0-5][0-9]:[0-5][0-9]$",
    ),
    ("truck", True, None, None, None),
    ("truck.number", True, 1, 17, None),
    ("truck.type", True, 2, 2, None),
    ("truck.vinNumber", True, 17, 17, None),
    ("truck.licensePlates", True, None, None, None),
    ("truck.licensePlates[].number", True, 1, 10, None),
    ("truck.licensePlates[].stateProvince", True, 2, 3, None),
    ("truck.sealNumbers[]", True, 1, 15, None),
    ("truck.dotNumber", False, 1, 8, None),
    ("trailers[].number", True, 1, 15, None),
    ("trailers[].type", True, 2, 2, None),
    ("trailers[].licensePlates", True, None, None, None),
    ("trailers[].licensePlates[].number", True, 1, 10, None),
    ("trailers[].licensePlates[].stateProvince", True, 2, 3, None),
    ("trailers[].sealNumbers[]", True, 1, 15, None),
    ("drivers", True, None, None, None),
    ("drivers[].firstName", True, 1, 30, None),
    ("drivers[].lastName", True, 1, 30, None),
    ("drivers[].gender", False, 1, 1, r"^[MF]$"),
    ("drivers[].dateOfBirth", False, 10, 10, None),
    ("drivers[].citizenshipCountry", False, 2, 2, None),
    ("drivers[].fastCardNumber", False, 14, 14, None),
    ("drivers[].travelDocuments[].type", True, 2, 3, None),
    ("drivers[].travelDocuments[].number", True, 1, 30, None),
    ("drivers[].travelDocuments[].country", False, 2, 2, None),
    ("drivers[].travelDocuments[].stateProvince", False, 2, 3, None),
    ("shipments[].data", False, 8, 20, r"^ACE_SHIPMENT$"),
    ("shipments[].shipmentControlNumber", True, 8, 16, r"^[A-Z]{4}[A-Z0-9]{4,12}$"),
    ("shipments[].type", True, 4, 15, None),
    ("shipments[].provinceOfLoading", True, 2, 5, r"^[A-Z0-9]{2,5}$"),
    ("shipments[].shipper", True, None, None, None),
    ("shipments[].shipper.name", True, 1, 60, None),
    ("shipments[].shipper.address.addressLine", True, 1, 110, None),
    ("shipments[].shipper.address.city", True, 2, 30, None),
    ("shipments[].shipper.address.postalCode", True, 1, 10, None),
    ("shipments[].shipper.address.stateProvince", False, 2, 3, None),
    ("shipments[].shipper.address.country", False, 2, 2, None),
    ("shipments[].consignee", True, None, None, None),
    ("shipments[].consignee.name", True, 1, 60, None),
    ("shipments[].consignee.address.addressLine", True, 1, 110, None),
    ("shipments[].consignee.address.city", True, 2, 30, None),
    ("shipments[].consignee.address.postalCode", True, 1, 10, None),
    ("shipments[].consignee.address.stateProvince", False, 2, 3, None),
    ("shipments[].consignee.address.country", False, 2, 2, None),
    ("shipments[].commodities", True, None, None, None),
    ("shipments[].commodities[].description", True, 1, 512, None),
    ("shipments[].commodities[].quantity", True, None, None, None),
    ("shipments[].commodities[].packagingUnit", True, 3, 3, r"^[A-Z]{3}$"),
    ("shipments[].commodities[].weight", True, None, None, None),
    ("shipments[].commodities[].weightUnit", True, 1, 3, r"^[LK][BG]?[SRM]?$"),
    ("shipments[].commodities[].marksAndNumbers[]", True, 1, 45, None),
    ("shipments[].commodities[].harmonizedCode", False, 6, 10, r"^[0-9]{6,10}$"),
    ("shipments[].commodities[].value", False, 1, 9, r"^[0-9.]{1,9}$"),
    ("shipments[].commodities[].countryOfOrigin", False, 2, 2, r"^[A-Z]{2}$"),
)
# [BC-DATA], kept with their sources in tests/data/emanifest/borderconnect-code-lists.json
CODE_LISTS = json.loads(
    (Path(__file__).parent / "data" / "emanifest" / "borderconnect-code-lists.json").read_text(
        "utf-8"
    )
)
BC_SHIPMENT_TYPES = set(CODE_LISTS["shipment-types"]["codes"])
BC_TRAVEL_DOCUMENTS = set(CODE_LISTS["travel-document-types"]["codes"])
BC_TRAILER_TYPES = set(CODE_LISTS["trailer-types"]["codes"])
ACE_PACKAGING_UNITS = set(CODE_LISTS["packaging-units"]["codes"])  # a part of the list
# [BC-CSV]
CSV_SHIPMENT_TYPES = {"PAPS", "SECTION 321", "INTANGIBLES", "ATTACHED_CF7523"}
CSV_DESCRIPTION_MAX = 45
# [CFR-102-APPX]
CANADA_MID = {"XA", "XC", "XM", "XB", "XW", "XT", "XN", "XV", "XO", "XP", "XQ", "XS", "XY"}


def _reach(node: Any, parts: list[str], where: str) -> list[tuple[str, Any, bool]]:
    key, rest = parts[0], parts[1:]
    many = key.endswith("[]")
    key = key.removesuffix("[]")
    if not isinstance(node, dict):
        return []
    if key not in node:
        return [] if many else [(f"{where}.{key}", None, False)]
    value = node[key]
    if many:
        if not isinstance(value, list):
            return [(f"{where}.{key}", value, True)]
        found = []
        for index, item in enumerate(value):
            place = f"{where}.{key}[{index}]"
            found += _reach(item, rest, place) if rest else [(place, item, True)]
        return found
    if rest:
        return (
            _reach(value, rest, f"{where}.{key}")
            if value is not None
            else [(f"{where}.{key}", None, False)]
        )
    return [(f"{where}.{key}", value, value is not None)]


def borderconnect_problems(document: dict[str, Any]) -> list[str]:
    """Every field of an ACE_TRIP document that breaks [BC-JSON] or [BC-DATA]."""
    problems = []
    for path, required, least, most, pattern in BC_TRIP_FIELDS:
        for place, value, present in _reach(document, path.split("."), "aceTrip"):
            if not present:
                if required:
                    problems.append(f"{place}: required")
                continue
            if isinstance(value, list) and required and not value:
                problems.append(f"{place}: required, empty")
            if isinstance(value, str):
                if least is not None and len(value) < least:
                    problems.append(f"{place}: shorter than {least}")
                if most is not None and len(value) > most:
                    problems.append(f"{place}: longer than {most}")
                if pattern is not None and not re.search(pattern, value):
                    problems.append(f"{place}: not {pattern}")
    for index, shipment in enumerate(document.get("shipments") or []):
        if shipment.get("type") not in BC_SHIPMENT_TYPES:
            problems.append(f"aceTrip.shipments[{index}].type: {shipment.get('type')!r}")
        for number, commodity in enumerate(shipment.get("commodities") or []):
            if commodity.get("packagingUnit") not in ACE_PACKAGING_UNITS:
                problems.append(
                    f"shipments[{index}].commodities[{number}].packagingUnit: "
                    f"{commodity.get('packagingUnit')!r}"
                )
            for key in ("quantity", "weight"):
                if not isinstance(commodity.get(key), int | float) or commodity[key] <= 0:
                    problems.append(f"shipments[{index}].commodities[{number}].{key}")
    for driver in document.get("drivers") or []:
        for travel in driver.get("travelDocuments") or []:
            if travel.get("type") not in BC_TRAVEL_DOCUMENTS:
                problems.append(f"travel document type {travel.get('type')!r}")
    for trailer in document.get("trailers") or []:
        if trailer.get("type") not in BC_TRAILER_TYPES:
            problems.append(f"trailer type {trailer.get('type')!r}")
    return problems


def read_json(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return document


def ace_csv_problems(path: Path) -> list[str]:
    """Every row of an ACE shipment CSV upload that breaks [BC-CSV] or [CFR-123.92]."""
    raw = path.read_bytes().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    problems = []
    boxes: dict[str, int] = {}
    for number, row in enumerate(rows, 2):
        where = f"line {number}"
        if not re.fullmatch(r"[A-Z0-9]{8,16}", row["SCN"]):
            problems.append(f"{where}: SCN {row['SCN']!r}")
        if row["Shipment Type"] not in CSV_SHIPMENT_TYPES:
            problems.append(f"{where}: Shipment Type {row['Shipment Type']!r}")
        if not 1 <= len(row["Commodity Description"]) <= CSV_DESCRIPTION_MAX:
            problems.append(f"{where}: description of {len(row['Commodity Description'])}")
        if not row["Commodity Weight"].isdigit() or int(row["Commodity Weight"]) < 1:
            problems.append(f"{where}: weight {row['Commodity Weight']!r} not whole")
        if not re.fullmatch(r"\d+(\.\d{1,2})?", row["Commodity Value"]):
            problems.append(f"{where}: value {row['Commodity Value']!r}")
        for party in ("Shipper", "Consignee"):
            if not row[f"{party} Name"] or not row[f"{party} Address"] or not row[f"{party} City"]:
                problems.append(f"{where}: {party} name and address [CFR-123.92]")
        if row["Commodity HTS"] and not re.fullmatch(r"\d{6,10}", row["Commodity HTS"]):
            problems.append(f"{where}: HTS {row['Commodity HTS']!r}")
        if row["Commodity Quantity Unit"] == "BOX":
            boxes[row["SCN"]] = boxes.get(row["SCN"], 0) + int(row["Commodity Quantity"])
        if row["Hazmat UN Number"] and not re.fullmatch(r"\d{4}", row["Hazmat UN Number"]):
            problems.append(f"{where}: UN number {row['Hazmat UN Number']!r}")
    # [CFR-123.92] the lowest external packaging unit: a parcel is one box
    for scn in {row["SCN"] for row in rows}:
        if boxes.get(scn) != 1:
            problems.append(f"{scn}: {boxes.get(scn, 0)} box(es), a parcel is one")
    return problems


def mid_problems(mid: str, origin_country: str) -> list[str]:
    """[CFR-102-APPX]: a MID's shape."""
    problems = []
    if not re.fullmatch(r"[A-Z0-9]{3,15}", mid):
        problems.append(f"{mid!r}: 15 upper-case letters and digits at most")
    if mid[:2] == "CA" or (origin_country == "CA" and mid[:2] not in CANADA_MID):
        problems.append(f"{mid!r}: a Canadian manufacturer's MID begins with its province")
    return problems


def entries_problems(document: dict[str, Any], shipments: dict[str, dict[str, Any]]) -> list[str]:
    """[CFR-141.51] one entry per consignee per conveyance, each SCN in one entry, the entry
    types of broker's entries since [CSMS-66065494]; each line's HTS (10 digits), origin, MID."""
    problems = []
    seen: dict[str, int] = {}
    consignees: dict[tuple[str, str, str], int] = {}
    for entry in document["entries"]:
        if entry["entry_type"] not in {"11", "01", "03"}:
            problems.append(f"entry {entry['entry']}: type {entry['entry_type']!r}")
        consignee = entry["consignee"]
        key = (consignee["name"], consignee["address"], consignee["postal_code"])
        if key in consignees:
            problems.append(f"entry {entry['entry']}: consignee of entry {consignees[key]} too")
        consignees[key] = entry["entry"]
        for line in entry["lines"]:
            if line["scn"] in seen and seen[line["scn"]] != entry["entry"]:
                problems.append(f"{line['scn']} in two entries")
            seen[line["scn"]] = entry["entry"]
            if not re.fullmatch(r"\d{10}", line["hts"] or ""):
                problems.append(f"{line['scn']}: HTS {line['hts']!r}")
            if not re.fullmatch(r"[A-Z]{2}", line["origin"] or ""):
                problems.append(f"{line['scn']}: origin {line['origin']!r}")
            problems += mid_problems(
                line["mid"] or "", (line.get("manufacturer_address") or "")[-2:]
            )
    missing = set(shipments) - set(seen) - set(document["released_on_the_manifest"])
    problems += [f"{scn}: in no entry" for scn in sorted(missing)]
    return problems
