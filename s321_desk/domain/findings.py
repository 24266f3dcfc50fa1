"""The engine's findings (RULES.md section 3): one catalogue entry per code, with its severity,
its few words for a list read from a step away, and its sentence for a dock supervisor.

The codes are exact strings of the public contract (the check command's output, the store,
the exports). A sentence is English with named placeholders, found in the French catalogue
under ``Compliance`` (a verdict stores it with its values, so the desk can show it again in
its language: that context never changes). The engine says what it found as
``finding(Code.VALUE_OVER_LIMIT, who=..., value=..., limit=...)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from s321_desk.domain.codes import Severity
from s321_desk.domain.texts import QT_TRANSLATE_NOOP, Text, translate


class Code(StrEnum):
    NOT_US_DESTINATION = "NOT_US_DESTINATION"
    MISSING_HTS = "MISSING_HTS"
    MISSING_ORIGIN = "MISSING_ORIGIN"
    MISSING_FX_RATE = "MISSING_FX_RATE"
    RESTRICTED_ALCOHOL = "RESTRICTED_ALCOHOL"
    RESTRICTED_TOBACCO = "RESTRICTED_TOBACCO"
    RESTRICTED_FIREARMS = "RESTRICTED_FIREARMS"
    ADCVD = "ADCVD"
    DE_MINIMIS_SUSPENDED = "DE_MINIMIS_SUSPENDED"
    DE_MINIMIS_REPEALED = "DE_MINIMIS_REPEALED"
    ORIGIN_INELIGIBLE = "ORIGIN_INELIGIBLE"
    VALUE_OVER_LIMIT = "VALUE_OVER_LIMIT"
    RECIPIENT_DAY_AGGREGATE = "RECIPIENT_DAY_AGGREGATE"
    RECIPIENT_DAY_SECOND_SHIPMENT = "RECIPIENT_DAY_SECOND_SHIPMENT"
    SPLIT_SHIPMENT = "SPLIT_SHIPMENT"
    PGA_FDA = "PGA_FDA"
    PGA_USDA_APHIS = "PGA_USDA_APHIS"
    PGA_FSIS = "PGA_FSIS"
    PGA_CPSC = "PGA_CPSC"
    PGA_NHTSA = "PGA_NHTSA"
    PGA_EPA = "PGA_EPA"
    PGA_FWS = "PGA_FWS"
    PGA_FCC = "PGA_FCC"
    CONVEYANCE_CONSIGNEE_AGGREGATE = "CONVEYANCE_CONSIGNEE_AGGREGATE"
    INFORMAL_LIMIT_EXCEEDED = "INFORMAL_LIMIT_EXCEEDED"
    RECIPIENT_NAME_VARIANT = "RECIPIENT_NAME_VARIANT"
    SAME_ADDRESS_DIFFERENT_RECIPIENT = "SAME_ADDRESS_DIFFERENT_RECIPIENT"
    OVERWEIGHT_ADVISORY = "OVERWEIGHT_ADVISORY"


@dataclass(frozen=True, slots=True)
class Entry:
    """What one code means."""

    code: Code
    severity: Severity
    # The sentence, with its {placeholders}; ``cases``: the other sentences of the same code,
    # by the case they tell (``finding(code, case=...)``).
    message: Text
    cases: Mapping[str, Text] = field(default_factory=dict)
    # Its few words in a list (the warnings panel's summary); None: the sentence itself.
    short: Text | None = None
    acknowledge: bool = False  # a warning a supervisor must acknowledge before the parcel ships
    agency: str | None = None  # a PGA code's agency, as its sentence names it ({agency})


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    message: Text  # shown in the desk's language; its English is the contract's (check, store)


def finding(code: Code | str, case: str | None = None, **values: object) -> Finding:
    """``code`` found, said with its sentence (or its ``case``'s) and ``values``."""
    entry = CATALOGUE[Code(code)]
    message = entry.message if case is None else entry.cases[case]
    if entry.agency is not None:
        values["agency"] = Text("Codes", entry.agency)
    return Finding(entry.code, entry.severity, message.format(**values) if values else message)


def _pga(code: Code, agency: str) -> Entry:
    return Entry(
        code,
        Severity.ROUTE,
        translate("Compliance", "{items}: regulated by {agency}; its data goes with the entry."),
        agency=agency,
    )


def _restricted(code: Code, message: Text, short: Text) -> Entry:
    return Entry(code, Severity.HOLD, message, short=short)


ENTRIES = (
    # Hold: the parcel cannot ship.
    Entry(
        Code.NOT_US_DESTINATION,
        Severity.HOLD,
        translate(
            "Compliance",
            "The parcel for {who} goes to {place}, outside the US customs territory (the "
            "states, DC and Puerto Rico): this desk files US entries only.",
        ),
        short=translate("Findings", "goes outside the US: not for this desk"),
    ),
    Entry(
        Code.MISSING_HTS,
        Severity.HOLD,
        translate(
            "Compliance",
            "{items}: no HTS number. Classify the item in the catalog before the parcel can ship.",
        ),
        short=translate("Findings", "an item has no HTS code"),
    ),
    Entry(
        Code.MISSING_ORIGIN,
        Severity.HOLD,
        translate(
            "Compliance",
            "{items}: no country of origin. Fill it in the catalog before the parcel can ship.",
        ),
        short=translate("Findings", "an item has no origin"),
    ),
    Entry(
        Code.MISSING_FX_RATE,
        Severity.HOLD,
        translate(
            "Compliance",
            "No USD rate for {currencies} on {day}: an administrator must enter the CBP rate.",
        ),
        short=translate("Findings", "no FX rate for the currency"),
    ),
    _restricted(
        Code.RESTRICTED_ALCOHOL,
        translate(
            "Compliance",
            "{items}: alcohol cannot cross from this desk. Hold the parcel and call the "
            "compliance lead.",
        ),
        translate("Findings", "alcohol: cannot ship"),
    ),
    _restricted(
        Code.RESTRICTED_TOBACCO,
        translate(
            "Compliance",
            "{items}: tobacco cannot cross from this desk. Hold the parcel and call the "
            "compliance lead.",
        ),
        translate("Findings", "tobacco: cannot ship"),
    ),
    _restricted(
        Code.RESTRICTED_FIREARMS,
        translate(
            "Compliance",
            "{items}: firearms cannot cross from this desk. Hold the parcel and call the "
            "compliance lead.",
        ),
        translate("Findings", "firearms: cannot ship"),
    ),
    # Route: why the route is what it is.
    Entry(
        Code.ADCVD,
        Severity.ROUTE,
        translate(
            "Compliance",
            "{items}: goods under an anti-dumping or countervailing duty order take a "
            "formal entry (type 03), never de minimis.",
        ),
    ),
    Entry(
        Code.DE_MINIMIS_SUSPENDED,
        Severity.ROUTE,
        translate(
            "Compliance",
            "De minimis is suspended for every country on this crossing date: the parcel "
            "needs a broker's entry.",
        ),
    ),
    Entry(
        Code.DE_MINIMIS_REPEALED,
        Severity.ROUTE,
        translate(
            "Compliance",
            "De minimis is repealed for commercial shipments on this crossing date: the "
            "parcel needs a broker's entry.",
        ),
    ),
    Entry(
        Code.ORIGIN_INELIGIBLE,
        Severity.ROUTE,
        translate(
            "Compliance",
            "{items}: goods made in {origins} do not get de minimis on this crossing date.",
        ),
    ),
    Entry(
        Code.VALUE_OVER_LIMIT,
        Severity.ROUTE,
        translate(
            "Compliance",
            "This parcel for {who} is worth {value}, over the {limit} de minimis limit.",
        ),
        short=translate("Findings", "over the de minimis limit"),
    ),
    Entry(
        Code.RECIPIENT_DAY_AGGREGATE,
        Severity.ROUTE,
        translate(
            "Compliance",
            "{count} parcels today for {who}: together {value} is over the {limit} de "
            "minimis limit.",
        ),
        cases={
            # The allowance is used by a de minimis release already filed on a sealed truck.
            "filed later": translate(
                "Compliance",
                "De minimis is already filed today for {who} on a sealed truck crossing "
                "later: together {value} is over the {limit} de minimis limit.",
            ),
        },
        short=translate("Findings", "same person twice today, over the limit together"),
    ),
    _pga(Code.PGA_FDA, QT_TRANSLATE_NOOP("Codes", "FDA (Food and Drug Administration)")),
    _pga(Code.PGA_USDA_APHIS, QT_TRANSLATE_NOOP("Codes", "USDA APHIS (plant and animal health)")),
    _pga(Code.PGA_FSIS, QT_TRANSLATE_NOOP("Codes", "USDA FSIS (meat, poultry and egg products)")),
    _pga(Code.PGA_CPSC, QT_TRANSLATE_NOOP("Codes", "CPSC (consumer product safety)")),
    _pga(Code.PGA_NHTSA, QT_TRANSLATE_NOOP("Codes", "NHTSA (vehicle and tire safety)")),
    _pga(Code.PGA_EPA, QT_TRANSLATE_NOOP("Codes", "EPA (pesticides, engines, chemicals)")),
    _pga(Code.PGA_FWS, QT_TRANSLATE_NOOP("Codes", "Fish and Wildlife Service (wildlife products)")),
    _pga(Code.PGA_FCC, QT_TRANSLATE_NOOP("Codes", "FCC (radio-frequency devices)")),
    Entry(
        Code.CONVEYANCE_CONSIGNEE_AGGREGATE,
        Severity.ROUTE,
        translate(
            "Compliance",
            "{who} has {count} parcels on this truck: one entry for all of them, together {value}.",
        ),
        short=translate("Findings", "same person on one truck, over the limit"),
    ),
    Entry(
        Code.INFORMAL_LIMIT_EXCEEDED,
        Severity.ROUTE,
        translate(
            "Compliance",
            "Together {value} is over the {limit} informal entry limit: formal entry (type 01).",
        ),
        short=translate("Findings", "over the informal entry limit"),
    ),
    # Warn: a person looks.
    Entry(
        Code.RECIPIENT_DAY_SECOND_SHIPMENT,
        Severity.WARN,
        translate("Compliance", "{who} already has another parcel today."),
        cases={
            "on this truck": translate(
                "Compliance", "{who} already has a parcel today (on this truck)."
            ),
            # The other parcels named, never placed on a truck the desk may not have yet.
            "named": translate("Compliance", "{who} also has {parcels} today."),
        },
        short=translate("Findings", "same person twice today"),
    ),
    Entry(
        Code.SPLIT_SHIPMENT,
        Severity.WARN,
        translate(
            "Compliance",
            "Order {order} is split over {count} parcels worth {value} together, over "
            "{limit}: acknowledge to go on.",
        ),
        cases={
            "no order": translate(
                "Compliance",
                "The order is split over {count} parcels worth {value} together, over "
                "{limit}: acknowledge to go on.",
            ),
        },
        short=translate("Findings", "one order in several parcels"),
        acknowledge=True,
    ),
    Entry(
        Code.RECIPIENT_NAME_VARIANT,
        Severity.WARN,
        translate(
            "Compliance",
            "{who} and {names} (on this truck) at {street} are taken as one person. "
            "Check, and split them if they are different people.",
        ),
        cases={
            "another parcel today": translate(
                "Compliance",
                "{who} and {names} (another parcel today) at {street} are taken as one "
                "person. Check, and split them if they are different people.",
            ),
        },
        short=translate("Findings", "one person, two spellings"),
        acknowledge=True,
    ),
    Entry(
        Code.SAME_ADDRESS_DIFFERENT_RECIPIENT,
        Severity.WARN,
        translate(
            "Compliance",
            "{who} shares {street} with {names} (on this truck): check that one order "
            "was not split between names to stay under a limit.",
        ),
        cases={
            "another parcel today": translate(
                "Compliance",
                "{who} shares {street} with {names} (another parcel today): check that one "
                "order was not split between names to stay under a limit.",
            ),
        },
        short=translate("Findings", "same address, another name"),
        acknowledge=True,
    ),
    Entry(
        Code.OVERWEIGHT_ADVISORY,
        Severity.WARN,
        translate(
            "Compliance",
            "The parcel weighs {weight} kg, over the {advisory} kg advisory: check the "
            "carrier accepts it.",
        ),
    ),
)
CATALOGUE: Mapping[Code, Entry] = {entry.code: entry for entry in ENTRIES}

# Derived from the catalogue, for those who need one column of it.
SEVERITY: Mapping[str, Severity] = {entry.code: entry.severity for entry in ENTRIES}
MUST_ACKNOWLEDGE = frozenset(entry.code for entry in ENTRIES if entry.acknowledge)
AGENCIES: Mapping[str, str] = {e.code: e.agency for e in ENTRIES if e.agency is not None}
SHORT: Mapping[str, Text] = {e.code: e.short for e in ENTRIES if e.short is not None}
