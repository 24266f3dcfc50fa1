"""Dangerous goods in a parcel: what the catalog says of an item, what the station warns of,
what the label, the manifest and the filings mark; and the FDA prior notice a food parcel needs.

Lithium batteries are the dangerous goods a fulfillment warehouse ships most (power banks,
phones, tools). The catalog marks them with a flag named by their UN number, as 49 CFR 172.101
lists them (all class 9):

- ``UN3480`` lithium ion batteries (alone: a power bank, a spare battery);
- ``UN3481`` lithium ion batteries contained in or packed with equipment;
- ``UN3090`` lithium metal batteries (alone);
- ``UN3091`` lithium metal batteries contained in or packed with equipment.

Other dangerous goods carry their UN number (four digits) and hazard class (1 to 9 with the
divisions of 49 CFR 173.2: 2.1, 4.3, 6.1...) in the catalog's un_number and hazard_class columns.

FDA prior notice (21 CFR 1.279): food imported into the US is announced to FDA before it
arrives; the broker's entry and the carrier's papers quote the confirmation number FDA's
Prior Notice System Interface (or ABI) returns. A parcel with a line flagged PGA_FDA carries
it; the desk checks its shape: letters and digits, 6 to 20 (FDA publishes no shorter rule),
spaces and dashes as typed taken out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from s321_desk.domain.texts import Text, translate


@dataclass(frozen=True)
class Hazmat:
    """An item's dangerous-goods identity: UN number (four digits), class, shipping name."""

    un_number: str  # "3481"
    hazard_class: str  # "9"
    name: str  # the proper shipping name (49 CFR 172.101), in English as printed
    lithium: bool = False

    @property
    def un(self) -> str:
        """``UN3481``: how the label, the manifest and the filings write it."""
        return f"UN{self.un_number}"

    @property
    def mark(self) -> str:
        """``UN3481 Lithium ion batteries contained in or packed with equipment, class 9``."""
        return f"{self.un} {self.name}, class {self.hazard_class}"


LITHIUM = {
    "UN3480": Hazmat("3480", "9", "Lithium ion batteries", lithium=True),
    "UN3481": Hazmat(
        "3481", "9", "Lithium ion batteries contained in or packed with equipment", lithium=True
    ),
    "UN3090": Hazmat("3090", "9", "Lithium metal batteries", lithium=True),
    "UN3091": Hazmat(
        "3091", "9", "Lithium metal batteries contained in or packed with equipment", lithium=True
    ),
}
LITHIUM_FLAGS = frozenset(LITHIUM)
HAZARD_CLASSES = frozenset(
    [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "1.5",
        "1.6",
        "2.1",
        "2.2",
        "2.3",
        "3",
        "4.1",
        "4.2",
        "4.3",
        "5.1",
        "5.2",
        "6.1",
        "6.2",
        "7",
        "8",
        "9",
    ]
)
_UN = re.compile(r"(?:UN|NA)?\s*(\d{4})")
_PRIOR_NOTICE = re.compile(r"[A-Z0-9]{6,20}")
FDA_FLAG = "PGA_FDA"


def parse_un_number(text: str) -> str:
    """``UN 3481``, ``un3481`` or ``3481`` -> ``3481``; raises ValueError (a Text) otherwise."""
    match = _UN.fullmatch(text.strip().upper())
    if match is None or match.group(1) == "0000":
        raise ValueError(
            translate(
                "Hazmat", "{text} is not a UN number (UN and four digits, e.g. UN1263)"
            ).format(text=repr(text))
        )
    return match.group(1)


def parse_hazard_class(text: str) -> str:
    """A hazard class or division (``9``, ``2.1``, ``class 3``); raises ValueError otherwise."""
    value = text.strip().upper().removeprefix("CLASS").strip()
    if value not in HAZARD_CLASSES:
        raise ValueError(
            translate(
                "Hazmat",
                "{text} is not a hazard class (1.1 to 1.6, 2.1 to 2.3, 3, 4.1 to 4.3, 5.1, 5.2, "
                "6.1, 6.2, 7, 8 or 9)",
            ).format(text=repr(text))
        )
    return value


def hazmat_of(
    flags: str | list[str] | tuple[str, ...],
    un_number: str | None,
    hazard_class: str | None,
    description: str = "",
) -> Hazmat | None:
    """The item's dangerous-goods identity from its catalog flags (a lithium flag) or its UN
    number and class; None when it is none. The catalog import keeps the two consistent."""
    names = flags.split(";") if isinstance(flags, str) else list(flags)
    for flag in names:
        if flag in LITHIUM:
            return LITHIUM[flag]
    if un_number:
        lithium = LITHIUM.get(f"UN{un_number}")
        if lithium is not None:
            return lithium
        return Hazmat(un_number, hazard_class or "", description or "Dangerous goods")
    return None


def hazmat_problem(
    flags: list[str], un_number: str | None, hazard_class: str | None
) -> Text | None:
    """Why a catalog row's dangerous-goods columns contradict each other, if they do."""
    lithium = sorted(flag for flag in flags if flag in LITHIUM)
    if len(lithium) > 1:
        return translate("Hazmat", "one item has one UN number: {flags} are two").format(
            flags=" and ".join(lithium)
        )
    if lithium and un_number and f"UN{un_number}" != lithium[0]:
        return translate(
            "Hazmat", "flag {flag} is UN{flag_number}, but un_number says UN{number}"
        ).format(flag=lithium[0], flag_number=lithium[0][2:], number=un_number)
    if lithium and hazard_class and hazard_class != "9":
        return translate("Hazmat", "lithium batteries ({flag}) are class 9, not {klass}").format(
            flag=lithium[0], klass=hazard_class
        )
    if un_number and not lithium and f"UN{un_number}" not in LITHIUM and not hazard_class:
        return translate(
            "Hazmat", "UN{number} needs its hazard class (hazard_class: 3, 8, 9...)"
        ).format(number=un_number)
    if hazard_class and not un_number and not lithium:
        return translate(
            "Hazmat", "hazard class {klass} needs the item's UN number (un_number)"
        ).format(klass=hazard_class)
    return None


def normalize_prior_notice(text: str) -> str:
    """An FDA prior notice confirmation number as typed or imported, upper case, spaces and
    dashes taken out; raises ValueError (a Text) when it cannot be one."""
    value = re.sub(r"[\s\-]", "", text).upper()
    if not _PRIOR_NOTICE.fullmatch(value):
        raise ValueError(
            translate(
                "Hazmat",
                "{text} is not an FDA prior notice confirmation number (6 to 20 letters and "
                "digits)",
            ).format(text=repr(text))
        )
    return value
