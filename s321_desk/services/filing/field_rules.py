"""The published field rules each filing is checked against before it is written: required,
lengths, patterns, code lists. A refusal lists every field that breaks one, by its place in the
trip (``trip T / shipment SCN / commodity 2: field: why``), and nothing is written.

Sources (tests/data/emanifest/README.md keeps them, with what each rule comes from):
- BorderConnect's ACE eManifest JSON reference manual 1.0.7 (aceTrip fields: required,
  lengths, patterns) and its published code lists (borderconnect.com/data/...: shipment types,
  packaging units, trailer types, travel document types).
- BorderConnect's ACE shipment CSV upload field specifications (SCN 8 to 16 letters and digits,
  the shipment types written PAPS / SECTION 321, a description of 45 characters at most, whole
  weights, values without a currency sign).
- CBP's truck manifest data elements, 19 CFR 123.92(a) (quantity in the lowest external
  packaging unit, weight, description or HTS to 6 digits, shipper and consignee, the hazardous
  material code).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from s321_desk.domain.crew import TRAILER_TYPES, TRAVEL_DOCUMENTS, TRUCK_TYPES
from s321_desk.domain.texts import Text, translate
from s321_desk.services.kernel.errors import ImportRefused, UserError

DATE_TIME = r"[2-9][0-9]{3}-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]"
SCN = r"[A-Z]{4}[A-Z0-9]{4,12}"
# BorderConnect's ACE shipment types (borderconnect.com/data/us/ace/shipment-types.json):
# Section 321 is not one of them (ACE has rejected it since 2025-08-29, CSMS 66065494).
BC_SHIPMENT_TYPES = frozenset(
    {
        "PAPS",
        "IN_BOND",
        "QP_IN_BOND",
        "GOODS_ASTRAY",
        "INTANGIBLES",
        "ATTACHED_CF7523",
        "ATTACHED_CF3311",
        "ATTACHED_CF3299",
        "CARNET",
    }
)
# The ACE shipment CSV upload's types, written as its template wants them.
CSV_SHIPMENT_TYPES = frozenset({"PAPS", "SECTION 321", "INTANGIBLES", "ATTACHED_CF7523"})
ACE_PACKAGING_UNITS = frozenset(
    "BAG BLE BBL BSK BIN BIC BOX BKT BDL CAN CCS CBY CAR CTN CAS CSK CHS COL CBC COR CRT CYL DRM "
    "DBK GAL HMP HED KEG LVN LBK LOG LUG PKG PAL PLT PCL PCS POV QTR REL ROL SAK SHT SID SKD TNK "
    "TIN TBN TBE UNT VPK VEH WLC WDC".split()
)
ENTRY_TYPES = frozenset({"01", "03", "11", "86"})


@dataclass(frozen=True)
class Rule:
    """One field's rule: its path in the document (``shipments[].scn``: every shipment's),
    whether it is required, its length bounds, its pattern and its allowed values."""

    path: str
    required: bool = True
    least: int | None = None
    most: int | None = None
    pattern: str | None = None
    values: frozenset[str] | None = None
    kind: type | tuple[type, ...] = str


def r(
    path: str,
    least: int | None = None,
    most: int | None = None,
    *,
    required: bool = True,
    pattern: str | None = None,
    values: frozenset[str] | None = None,
    kind: type | tuple[type, ...] = str,
) -> Rule:
    return Rule(path, required, least, most, pattern, values, kind)


NUMBER = (int, float)


def _party(path: str) -> tuple[Rule, ...]:
    """A shipper's or a consignee's rules: the same name and address fields for both."""
    address = f"{path}.address"
    return (
        r(path, kind=dict),
        r(f"{path}.name", 1, 60),
        r(address, kind=dict),
        r(f"{address}.addressLine", 1, 110),
        r(f"{address}.city", 2, 30),
        r(f"{address}.postalCode", 1, 10),
        r(f"{address}.stateProvince", 2, 3, required=False),
        r(f"{address}.country", 2, 2, required=False, pattern="[A-Z]{2}"),
    )


BORDERCONNECT_RULES = (
    r("data", 8, 20, pattern="ACE_TRIP"),
    r("tripNumber", 8, 25, pattern=r"[A-Z]{4}[A-Z0-9]{4,21}"),
    r("usPortOfArrival", 4, 4, pattern=r"[0-9]{4}"),
    r("estimatedArrivalDateTime", 19, 19, pattern=DATE_TIME),
    r("truck", kind=dict),
    r("truck.number", 1, 17),
    r("truck.type", 2, 2, values=frozenset(TRUCK_TYPES)),
    r("truck.vinNumber", 17, 17, pattern=r"[A-HJ-NPR-Z0-9]{17}"),
    r("truck.licensePlates", kind=list),
    r("truck.licensePlates[].number", 1, 10, pattern=r"[A-Z0-9]{1,10}"),
    r("truck.licensePlates[].stateProvince", 2, 3),
    r("truck.sealNumbers", required=False, kind=list),
    r("truck.sealNumbers[]", 1, 15),
    r("truck.dotNumber", 1, 8, required=False, pattern=r"[0-9]{1,8}"),
    r("trailers", required=False, kind=list),
    r("trailers[].number", 1, 15),
    r("trailers[].type", 2, 2, values=frozenset(TRAILER_TYPES)),
    r("trailers[].licensePlates", kind=list),
    r("trailers[].licensePlates[].number", 1, 10, pattern=r"[A-Z0-9]{1,10}"),
    r("trailers[].licensePlates[].stateProvince", 2, 3),
    r("trailers[].sealNumbers", required=False, kind=list),
    r("trailers[].sealNumbers[]", 1, 15),
    r("drivers", kind=list),
    r("drivers[].driverNumber", 1, 15, required=False),
    r("drivers[].firstName", 1, 30),
    r("drivers[].lastName", 1, 30),
    r("drivers[].gender", 1, 1, values=frozenset({"M", "F"})),
    r("drivers[].dateOfBirth", 10, 10, pattern=r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    r("drivers[].citizenshipCountry", 2, 2, pattern="[A-Z]{2}"),
    r("drivers[].fastCardNumber", 14, 14, required=False, pattern=r"[0-9]{14}"),
    r("drivers[].travelDocuments", kind=list),
    r("drivers[].travelDocuments[].type", 2, 3, values=frozenset(TRAVEL_DOCUMENTS)),
    r("drivers[].travelDocuments[].number", 1, 30),
    r("drivers[].travelDocuments[].country", 2, 2, required=False, pattern="[A-Z]{2}"),
    r("drivers[].travelDocuments[].stateProvince", 2, 3, required=False),
    r("shipments", kind=list),
    r("shipments[].data", 8, 20, pattern="ACE_SHIPMENT"),
    r("shipments[].shipmentControlNumber", 8, 16, pattern=SCN),
    r("shipments[].type", 4, 15, values=BC_SHIPMENT_TYPES),
    r("shipments[].provinceOfLoading", 2, 5, pattern=r"[A-Z0-9]{2,5}"),
    *_party("shipments[].shipper"),
    *_party("shipments[].consignee"),
    r("shipments[].commodities", kind=list),
    r("shipments[].commodities[].description", 1, 512),
    r("shipments[].commodities[].quantity", kind=NUMBER),
    r("shipments[].commodities[].packagingUnit", 3, 3, values=ACE_PACKAGING_UNITS),
    r("shipments[].commodities[].weight", kind=NUMBER),
    r("shipments[].commodities[].weightUnit", 1, 3, pattern="[LK][BG]?[SRM]?"),
    r("shipments[].commodities[].marksAndNumbers", required=False, kind=list),
    r("shipments[].commodities[].marksAndNumbers[]", 1, 45),
    r("shipments[].commodities[].harmonizedCode", 6, 10, required=False, pattern="[0-9]{6,10}"),
    r("shipments[].commodities[].value", 1, 9, required=False, pattern=r"[0-9.]{1,9}"),
    r("shipments[].commodities[].countryOfOrigin", 2, 2, required=False, pattern="[A-Z]{2}"),
    r("shipments[].commodities[].hazmatDetails", required=False, kind=dict),
    r("shipments[].commodities[].hazmatDetails.unCode", 4, 4, pattern="[0-9]{4}"),
    r("shipments[].commodities[].hazmatDetails.emergencyContact", kind=dict),
    r("shipments[].commodities[].hazmatDetails.emergencyContact.name", 1, 60),
    r("shipments[].commodities[].hazmatDetails.emergencyContact.phoneNumber", 7, 25),
)

ACE_CSV_RULES = (
    r("SCN", 8, 16, pattern=SCN),
    r("Shipment Type", values=CSV_SHIPMENT_TYPES),
    r("Province Of Loading", 2, 2, pattern="[A-Z]{2}"),
    r("Shipper Name", 1, 60),
    r("Shipper Address", 1, 110),
    r("Shipper City", 2, 30),
    r("Shipper State", 2, 3),
    r("Shipper Zip", 1, 10),
    r("Shipper Country", 2, 2, pattern="[A-Z]{2}"),
    r("Consignee Name", 1, 60),
    r("Consignee Address", 1, 110),
    r("Consignee City", 2, 30),
    r("Consignee State", 2, 3),
    r("Consignee Zip", 1, 10),
    r("Consignee Country", 2, 2, pattern="[A-Z]{2}"),
    r("Commodity Description", 1, 45),
    r("Commodity Quantity", 1, 10, pattern="[1-9][0-9]*"),
    r("Commodity Quantity Unit", 3, 3, values=ACE_PACKAGING_UNITS),
    r("Commodity Weight", 1, 10, pattern="[1-9][0-9]*"),
    r("Commodity Weight Unit", 1, 3, values=frozenset({"K", "L"})),
    r("Commodity Value", 1, 12, pattern=r"[0-9]+\.[0-9]{2}"),
    r("Commodity Country of Origin", 2, 2, pattern="[A-Z]{2}"),
    r("Commodity HTS", 6, 10, required=False, pattern="[0-9]{6,10}"),
    r("Hazmat UN Number", 4, 4, required=False, pattern="[0-9]{4}"),
    r("Hazmat Contact Name", 1, 60, required=False),
    r("Hazmat Contact Phone", 7, 25, required=False),
)

ENTRY_RULES = (
    r("entry_type", values=ENTRY_TYPES),
    r("scn", 8, 16, pattern=SCN),
    r("consignee_name", 1, 60),
    r("consignee_address", 1, 110),
    r("consignee_city", 2, 30),
    r("consignee_state", 2, 3),
    r("consignee_postal_code", 1, 10),
    r("consignee_country", 2, 2, pattern="[A-Z]{2}"),
    r("hts", 10, 10, pattern="[0-9]{10}"),
    r("description", 1, 500),
    r("origin", 2, 2, pattern="[A-Z]{2}"),
    r("quantity", 1, 10, pattern="[1-9][0-9]*"),
    r("value_usd", 1, 14, pattern=r"[0-9]+\.[0-9]{2}"),
    r("rate_to_usd", 1, 14, pattern=r"[0-9]+(\.[0-9]+)?"),
    r("weight_kg", 1, 12, pattern=r"[0-9]+\.[0-9]{3}"),
    r("mid", 3, 15, pattern=r"[A-Z]{2}[A-Z0-9]{1,13}"),
    r("manufacturer", 1, 200),
)


class ExportRefused(ImportRefused):
    """A filing with fields that break the published rules: every one listed (``problems``,
    in the desk's language; ``english_problems``), nothing written."""

    def __init__(self, what: str, problems: list[Text], *, field: str | None = None) -> None:
        self.path = what
        self.problems = [str(p) for p in problems]
        self.english_problems = [p.english for p in problems]
        UserError.__init__(
            self,
            translate(
                "FilingRules",
                "{what}: refused, {count} field(s) break the published rules; nothing was written",
            ).format(what=what, count=len(problems)),
            field=field,
        )


def check(
    document: dict[str, Any], rules: tuple[Rule, ...], place: Callable[[list[tuple[str, int]]], str]
) -> list[Text]:
    """Every rule broken in ``document``; ``place`` names a field's place from the arrays it is
    in (``[("shipments", 2), ("commodities", 0)]``)."""
    problems: list[Text] = []
    for rule in rules:
        for where, value, present in _values(document, rule.path.split("."), []):
            problem = _broken(rule, value, present)
            if problem is not None:
                field = rule.path.rsplit(".", 1)[-1].removesuffix("[]")
                problems.append(
                    translate("FilingRules", "{place}: {field}: {problem}").format(
                        place=place(where), field=field, problem=problem
                    )
                )
    return problems


def check_rows(
    rows: list[dict[str, str]], rules: tuple[Rule, ...], place: Callable[[int], str]
) -> list[Text]:
    """Every rule broken by a flat file's rows (a column each rule)."""
    problems: list[Text] = []
    for index, row in enumerate(rows):
        for rule in rules:
            value = row.get(rule.path, "")
            problem = _broken(rule, value or None, bool(value))
            if problem is not None:
                problems.append(
                    translate("FilingRules", "{place}: {field}: {problem}").format(
                        place=place(index), field=rule.path, problem=problem
                    )
                )
    return problems


def _values(
    node: Any, parts: list[str], where: list[tuple[str, int]]
) -> Iterator[tuple[list[tuple[str, int]], Any, bool]]:
    """(place, value, present) for each value the path reaches (every element of an array)."""
    head, rest = parts[0], parts[1:]
    array = head.endswith("[]")
    key = head.removesuffix("[]")
    if not isinstance(node, dict):
        return
    present = key in node and node[key] is not None
    value = node.get(key)
    if not array:
        if rest:
            if present:
                yield from _values(value, rest, where)
            return
        yield where, value, present
        return
    if not isinstance(value, list):
        return
    for index, item in enumerate(value):
        if rest:
            yield from _values(item, rest, [*where, (key, index)])
        else:
            yield [*where, (key, index)], item, item is not None


def _broken(rule: Rule, value: Any, present: bool) -> Text | None:
    if not present:
        return translate("FilingRules", "required") if rule.required else None
    if not isinstance(value, rule.kind) or (isinstance(value, bool) and rule.kind is not bool):
        return translate("FilingRules", "not of its type")
    if rule.kind is list and rule.required and not value:
        return translate("FilingRules", "required (none given)")
    if not isinstance(value, str):
        return None
    if rule.least is not None and len(value) < rule.least:
        return translate("FilingRules", "{value}: at least {least} characters").format(
            value=repr(value), least=rule.least
        )
    if rule.most is not None and len(value) > rule.most:
        return translate("FilingRules", "{length} characters, at most {most}").format(
            length=len(value), most=rule.most
        )
    if rule.pattern is not None and not re.fullmatch(rule.pattern, value):
        return translate("FilingRules", "{value} is not of the form {pattern}").format(
            value=repr(value), pattern=rule.pattern
        )
    if rule.values is not None and value not in rule.values:
        return translate("FilingRules", "{value} is not one of {values}").format(
            value=repr(value), values=", ".join(sorted(rule.values))
        )
    return None
