"""The engine's codes: exact strings of the public contract, each with its severity."""

from __future__ import annotations

from enum import StrEnum

from s321_desk.domain.texts import QT_TRANSLATE_NOOP


class Severity(StrEnum):
    HOLD = "hold"  # blocks the parcel
    ROUTE = "route"  # explains why the route is what it is
    WARN = "warn"  # a person looks (and, for some codes, acknowledges)
    INFO = "info"  # for the record only


SEVERITY_ORDER = {Severity.HOLD: 0, Severity.ROUTE: 1, Severity.WARN: 2, Severity.INFO: 3}

# Each agency as the engine's messages name it (shown as Text("Codes", name)).
AGENCIES = {
    "PGA_FDA": QT_TRANSLATE_NOOP("Codes", "FDA (Food and Drug Administration)"),
    "PGA_USDA_APHIS": QT_TRANSLATE_NOOP("Codes", "USDA APHIS (plant and animal health)"),
    "PGA_FSIS": QT_TRANSLATE_NOOP("Codes", "USDA FSIS (meat, poultry and egg products)"),
    "PGA_CPSC": QT_TRANSLATE_NOOP("Codes", "CPSC (consumer product safety)"),
    "PGA_NHTSA": QT_TRANSLATE_NOOP("Codes", "NHTSA (vehicle and tire safety)"),
    "PGA_EPA": QT_TRANSLATE_NOOP("Codes", "EPA (pesticides, engines, chemicals)"),
    "PGA_FWS": QT_TRANSLATE_NOOP("Codes", "Fish and Wildlife Service (wildlife products)"),
    "PGA_FCC": QT_TRANSLATE_NOOP("Codes", "FCC (radio-frequency devices)"),
}

SEVERITY: dict[str, Severity] = {
    "NOT_US_DESTINATION": Severity.HOLD,
    "MISSING_HTS": Severity.HOLD,
    "MISSING_ORIGIN": Severity.HOLD,
    "MISSING_FX_RATE": Severity.HOLD,
    "RESTRICTED_ALCOHOL": Severity.HOLD,
    "RESTRICTED_TOBACCO": Severity.HOLD,
    "RESTRICTED_FIREARMS": Severity.HOLD,
    "ADCVD": Severity.ROUTE,
    "DE_MINIMIS_SUSPENDED": Severity.ROUTE,
    "DE_MINIMIS_REPEALED": Severity.ROUTE,
    "ORIGIN_INELIGIBLE": Severity.ROUTE,
    "VALUE_OVER_LIMIT": Severity.ROUTE,
    "RECIPIENT_DAY_AGGREGATE": Severity.ROUTE,
    "RECIPIENT_DAY_SECOND_SHIPMENT": Severity.WARN,
    "SPLIT_SHIPMENT": Severity.WARN,
    **{code: Severity.ROUTE for code in AGENCIES},
    "CONVEYANCE_CONSIGNEE_AGGREGATE": Severity.ROUTE,
    "INFORMAL_LIMIT_EXCEEDED": Severity.ROUTE,
    "RECIPIENT_NAME_VARIANT": Severity.WARN,
    "SAME_ADDRESS_DIFFERENT_RECIPIENT": Severity.WARN,
    "OVERWEIGHT_ADVISORY": Severity.WARN,
}

# Warnings a supervisor must acknowledge before the parcel may ship.
MUST_ACKNOWLEDGE = frozenset(
    {"SPLIT_SHIPMENT", "RECIPIENT_NAME_VARIANT", "SAME_ADDRESS_DIFFERENT_RECIPIENT"}
)


class Route(StrEnum):
    S321_MANIFEST = "S321_MANIFEST"  # release from the truck e-manifest (de minimis)
    ET86 = "ET86"  # Entry Type 86: de minimis with agency-regulated goods
    T11 = "T11"  # informal entry
    T01 = "T01"  # formal entry
    T03 = "T03"  # formal entry, antidumping/countervailing duty goods
    HOLD = "HOLD"  # cannot ship until someone fixes it


DE_MINIMIS_ROUTES = frozenset({Route.S321_MANIFEST, Route.ET86})
