"""The validator the filings are checked against (tests/emanifest_validator.py) must be able to
fail: a trip document shaped as BorderConnect's published example passes, and each rule of the
references, broken once, is named. The desk's own checks are not used here."""

from __future__ import annotations

import copy
import csv
from pathlib import Path
from typing import Any

import pytest

from tests.emanifest_validator import (
    CODE_LISTS,
    ace_csv_problems,
    borderconnect_problems,
    entries_problems,
    mid_problems,
)

ADDRESS = {
    "addressLine": "12 Elm St",
    "city": "Buffalo",
    "postalCode": "14202",
    "stateProvince": "NY",
    "country": "US",
}
TRIP: dict[str, Any] = {
    "data": "ACE_TRIP",
    "tripNumber": "ABCD000001",
    "usPortOfArrival": "0901",
    "estimatedArrivalDateTime": "2026-11-17 14:00:00",
    "truck": {
        "number": "T-12",
        "type": "TR",
        "vinNumber": "3AKJHHDR2LSLA4821",
        "licensePlates": [{"number": "PR4512", "stateProvince": "ON"}],
    },
    "trailers": [
        {
            "number": "TR-9",
            "type": "TL",
            "sealNumbers": ["SEAL-0042"],
            "licensePlates": [{"number": "T1234X", "stateProvince": "ON"}],
        }
    ],
    "drivers": [
        {
            "firstName": "Dee",
            "lastName": "Driver",
            "gender": "F",
            "dateOfBirth": "1984-03-12",
            "citizenshipCountry": "CA",
            "travelDocuments": [{"type": "ACW", "number": "AB123456", "country": "CA"}],
        }
    ],
    "shipments": [
        {
            "data": "ACE_SHIPMENT",
            "type": "PAPS",
            "shipmentControlNumber": "ABCDP0000001",
            "provinceOfLoading": "ON",
            "shipper": {
                "name": "Maple Border Fulfillment Inc.",
                "address": {
                    **ADDRESS,
                    "city": "Mississauga",
                    "stateProvince": "ON",
                    "country": "CA",
                },
            },
            "consignee": {"name": "Ana Lopez", "address": ADDRESS},
            "commodities": [
                {
                    "description": "Power bank",
                    "quantity": 1,
                    "packagingUnit": "BOX",
                    "weight": 1,
                    "weightUnit": "L",
                    "marksAndNumbers": ["P0000001"],
                    "harmonizedCode": "8507600020",
                    "value": "36.49",
                    "countryOfOrigin": "CN",
                }
            ],
        }
    ],
}


def broken(path: str, value: object) -> dict[str, Any]:
    """TRIP with the field at ``path`` (dots; a number an array's element) set to ``value``,
    or taken out when ``value`` is None."""
    document = copy.deepcopy(TRIP)
    *parents, last = path.split(".")
    node: Any = document
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is None:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return document


def test_the_published_example_shape_passes() -> None:
    assert borderconnect_problems(TRIP) == []


@pytest.mark.parametrize(
    ("path", "value", "said"),
    [
        ("tripNumber", None, "aceTrip.tripNumber: required"),  # required
        ("truck.vinNumber", "3AKJHHDR2LSLA48", "aceTrip.truck.vinNumber: shorter than 17"),
        ("usPortOfArrival", "09O1", "aceTrip.usPortOfArrival: not ^[0-9]{4}$"),  # pattern
        ("estimatedArrivalDateTime", "2026-11-17T14:00", "shorter than 19"),
        ("drivers.0.firstName", "D" * 31, "aceTrip.drivers[0].firstName: longer than 30"),
        ("drivers.0.gender", "X", "aceTrip.drivers[0].gender: not ^[MF]$"),
        ("drivers.0.travelDocuments.0.type", "ZZ", "travel document type 'ZZ'"),  # code list
        ("trailers.0.type", "QQ", "trailer type 'QQ'"),
        ("shipments.0.type", "SECTION_321", "aceTrip.shipments[0].type: 'SECTION_321'"),
        ("shipments.0.shipmentControlNumber", "abcdP1", "shorter than 8"),
        ("shipments.0.consignee.name", "B" * 61, "consignee.name: longer than 60"),
        ("shipments.0.shipper.address.city", None, "shipper.address.city: required"),
        ("shipments.0.commodities.0.packagingUnit", "XYZ", "packagingUnit: 'XYZ'"),
        ("shipments.0.commodities.0.weight", 0, "commodities[0].weight"),
        ("shipments.0.commodities.0.weightUnit", "LBS ", "not ^[LK][BG]?[SRM]?$"),
        ("shipments.0.commodities.0.harmonizedCode", "8507.60", "not ^[0-9]{6,10}$"),
        ("shipments.0.commodities.0.value", "$36.49", "not ^[0-9.]{1,9}$"),
    ],
)
def test_each_broken_rule_is_named(path: str, value: object, said: str) -> None:
    problems = borderconnect_problems(broken(path, value))
    assert any(said in problem for problem in problems), problems


def test_the_code_lists_name_their_sources() -> None:
    lists = {k: v for k, v in CODE_LISTS.items() if isinstance(v, dict)}
    assert set(lists) == {
        "shipment-types",
        "travel-document-types",
        "trailer-types",
        "packaging-units",
    }
    assert all("borderconnect.com/data/" in v["source"] and v["codes"] for v in lists.values())
    assert "SECTION_321" not in lists["shipment-types"]["codes"]  # ACE refuses it since 2025


ROW = {"SCN": "ABCDP0000001", "Shipment Type": "PAPS", "Province Of Loading": "ON",
       "Shipper Name": "Maple", "Shipper Address": "6400 Millcreek Dr", "Shipper City": "Mississauga",
       "Consignee Name": "Ana Lopez", "Consignee Address": "12 Elm St", "Consignee City": "Buffalo",
       "Commodity Description": "Power bank", "Commodity Quantity": "1",
       "Commodity Quantity Unit": "BOX", "Commodity Weight": "1", "Commodity Value": "36.49",
       "Commodity HTS": "8507600020", "Hazmat UN Number": "3480"}  # fmt: skip


def written(tmp_path: Path, *rows: dict[str, str]) -> Path:
    path = tmp_path / "ace.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(ROW))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_the_ace_csv_rules(tmp_path: Path) -> None:
    assert ace_csv_problems(written(tmp_path, ROW, {**ROW, "Commodity Quantity Unit": "PCS"})) == []
    bad = {**ROW, "SCN": "abcd p1", "Shipment Type": "Section 321", "Commodity Weight": "0.4",
           "Commodity Description": "x" * 46, "Commodity Value": "$5", "Commodity HTS": "85.07",
           "Hazmat UN Number": "UN3480", "Consignee Name": ""}  # fmt: skip
    problems = ace_csv_problems(written(tmp_path, bad, ROW, ROW))  # two boxes, one SCN
    for said in (
        "SCN 'abcd p1'",
        "Shipment Type 'Section 321'",
        "description of 46",
        "weight '0.4' not whole",
        "value '$5'",
        "HTS '85.07'",
        "UN number 'UN3480'",
        "Consignee name and address",
        "ABCDP0000001: 2 box(es)",
    ):
        assert any(said in p for p in problems), (said, problems)


def test_the_entries_and_mid_rules() -> None:
    line = {
        "scn": "ABCDP0000001",
        "hts": "8507600020",
        "origin": "CN",
        "mid": "CNSHEVOL1088SHE",
        "manufacturer_address": "Shenzhen, CN",
    }
    consignee = {"name": "Ana Lopez", "address": "12 Elm St", "postal_code": "14202"}
    good = {
        "entries": [{"entry": 1, "entry_type": "11", "consignee": consignee, "lines": [line]}],
        "released_on_the_manifest": [],
    }
    assert (
        entries_problems(
            good,
            {
                "ABCDP0000001": {},
            },
        )
        == []
    )
    twice = {
        "entries": [good["entries"][0], {**good["entries"][0], "entry": 2, "entry_type": "86"}],
        "released_on_the_manifest": [],
    }
    problems = entries_problems(twice, {"ABCDP0000001": {}, "ABCDP0000002": {}})
    assert "entry 2: type '86'" in problems  # no type 86 since 2025-08-29
    assert "entry 2: consignee of entry 1 too" in problems  # 19 CFR 141.51
    assert "ABCDP0000002: in no entry" in problems
    assert mid_problems("CASHEVOL1088SHE", "CA") != []  # Canada: the province's code
    assert mid_problems("XQERASAI455SAI", "CA") == []
    assert mid_problems("cn-she 1088", "CN") != []
