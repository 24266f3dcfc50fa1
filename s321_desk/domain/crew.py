"""What a driver's, a truck's and a trailer's record must hold to be filed on an ACE
e-manifest, and how each value is checked when it is entered.

The lengths and code lists are those of the e-manifest the desk files (CBP's ACE truck
manifest, 19 CFR 123.92(a), as BorderConnect's ACE JSON reference manual 1.0.7 and its
published code lists give them; tests/data/emanifest/README.md lists the sources): a driver's
first and last names 1 to 30 characters each, gender M or F, a date of birth, a citizenship
country, a travel document (a type from the list, a number of 1 to 30, its country) and a FAST
card of 14 digits; a truck's unit number (1 to 17), type (2 characters), VIN (17) and licence
plate (1 to 10, with its state or province, 2 to 3); a trailer's number (1 to 15), type (a
code of the list), plate and jurisdiction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date

from s321_desk.domain.iso import COUNTRIES, US_STATES
from s321_desk.domain.texts import QT_TRANSLATE_NOOP, Text, translate

NAME_MAX = 30
DOCUMENT_MAX = 30
UNIT_MAX = 17
TRAILER_MAX = 15  # the ACE manual's trailer number, shorter than a truck's unit number
PLATE_MAX = 10
SEAL_MAX = 15
DRIVER_NUMBER_MAX = 15
GENDERS = ("M", "F")
CANADIAN_PROVINCES = frozenset("AB BC MB NB NL NT NS NU ON PE QC SK YT".split())
MEXICAN_STATES = frozenset(
    "AG BC BS CM CS CH CO CL DF DG GT GR HG JA EM MI MO NA NL OA PU QT QR SL SI SO TB TM TL VE "
    "YU ZA".split()
)
# A licence plate's or a document's state or province: a US state, a Canadian province or
# territory, a Mexican state (the highway e-manifest's jurisdictions).
JURISDICTIONS = US_STATES | CANADIAN_PROVINCES | MEXICAN_STATES
# Travel documents a driver may present (BorderConnect's travel-document-types list, CBP's
# codes): code -> what it is. A FAST card is its own field (fastCardNumber), not in this list.
TRAVEL_DOCUMENTS = {
    "ACW": QT_TRANSLATE_NOOP("Crew", "Passport"),
    "AEF": QT_TRANSLATE_NOOP("Crew", "US Passport Card"),
    "AEW": QT_TRANSLATE_NOOP("Crew", "NEXUS Card"),
    "ALV": QT_TRANSLATE_NOOP("Crew", "SENTRI Card"),
    "6W": QT_TRANSLATE_NOOP("Crew", "Enhanced Drivers License"),
    "5K": QT_TRANSLATE_NOOP("Crew", "Commercial Driver's License"),
    "5J": QT_TRANSLATE_NOOP("Crew", "Driver's License"),
    "AGS": QT_TRANSLATE_NOOP("Crew", "Permanent Resident Card C1 - US Resident"),
    "ACU": QT_TRANSLATE_NOOP("Crew", "Permanent Resident Card C2 - Resident Commuter"),
    "AGR": QT_TRANSLATE_NOOP("Crew", "US Alien Registration Card A1"),
    "ALR": QT_TRANSLATE_NOOP("Crew", "US Alien Registration Card A2"),
    "BCP": QT_TRANSLATE_NOOP("Crew", "Laser Visa Border Crossing Card"),
    "CDN": QT_TRANSLATE_NOOP("Crew", "Citizenship Card"),
    "CON": QT_TRANSLATE_NOOP("Crew", "Certificate of Naturalization"),
    "BCN": QT_TRANSLATE_NOOP("Crew", "Birth Certificate"),
    "AAG": QT_TRANSLATE_NOOP("Crew", "Military ID Document"),
    "ALX": QT_TRANSLATE_NOOP("Crew", "US Merchant Mariner Document ID"),
    "ALY": QT_TRANSLATE_NOOP("Crew", "Native American Indian/INAC"),
    "REP": QT_TRANSLATE_NOOP("Crew", "Reentry Permit"),
    "RTP": QT_TRANSLATE_NOOP("Crew", "Refugee Travel Permit"),
    "30": QT_TRANSLATE_NOOP("Crew", "Visa - Immigrant"),
    "AGT": QT_TRANSLATE_NOOP("Crew", "Visa Non-Immigrant"),
    "HD": QT_TRANSLATE_NOOP("Crew", "DOT Hazardous Number"),
    "OTD": QT_TRANSLATE_NOOP("Crew", "Other Travel Document ID"),
}
# Documents issued by a state or province (a licence): their jurisdiction, not a country.
STATE_DOCUMENTS = frozenset({"5K", "5J", "6W", "HD"})
# A truck (power unit): the manual's two-character type; TR, a truck tractor, is the usual one.
TRUCK_TYPES = {
    "TR": QT_TRANSLATE_NOOP("Crew", "Truck tractor"),
    "ST": QT_TRANSLATE_NOOP("Crew", "Straight truck"),
}
# Trailers (BorderConnect's trailer-types list, CBP's equipment codes): the ones a parcel
# carrier pulls; any two-character code of the list is kept as given.
TRAILER_TYPES = {
    "TL": QT_TRANSLATE_NOOP("Crew", "Semi truck trailer"),
    "TF": QT_TRANSLATE_NOOP("Crew", "Trailer (Dry freight)"),
    "RT": QT_TRANSLATE_NOOP("Crew", "Controlled temperature"),
    "TW": QT_TRANSLATE_NOOP("Crew", "Controlled temperature trailer"),
    "DT": QT_TRANSLATE_NOOP("Crew", "Drop back trailer"),
    "SD": QT_TRANSLATE_NOOP("Crew", "Single drop trailer"),
    "DD": QT_TRANSLATE_NOOP("Crew", "Double drop trailer"),
    "FR": QT_TRANSLATE_NOOP("Crew", "Flatbed trailer"),
    "CH": QT_TRANSLATE_NOOP("Crew", "Chassis"),
    "CZ": QT_TRANSLATE_NOOP("Crew", "Refrigerated container"),
    "2B": QT_TRANSLATE_NOOP("Crew", "20 ft. Container (Closed top) sea container"),
    "4B": QT_TRANSLATE_NOOP("Crew", "40 ft. Container (Closed top) sea container"),
    "CL": QT_TRANSLATE_NOOP("Crew", "Other length sea container (Closed top)"),
    "NC": QT_TRANSLATE_NOOP("Crew", "No equipment"),
    "OE": QT_TRANSLATE_NOOP("Crew", "Other"),
}
_VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
               **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_FAST = re.compile(r"\d{14}")
_PLATE = re.compile(r"[A-Z0-9]{1,10}")
_UNIT = re.compile(r"[A-Z0-9][A-Z0-9\-]*")
_DOCUMENT = re.compile(r"[A-Z0-9]{1,30}")
OLDEST_DRIVER = 100
YOUNGEST_DRIVER = 16


def _refused(text: Text) -> ValueError:
    return ValueError(text)


def person_name(text: str, which: Text) -> str:
    """A first or last name as the e-manifest files it: 1 to 30 characters, one line."""
    value = " ".join(text.split())
    if not value:
        raise _refused(translate("Crew", "{which} is required").format(which=which))
    if len(value) > NAME_MAX:
        raise _refused(
            translate(
                "Crew", "{which} {name}: at most {limit} characters (the e-manifest's)"
            ).format(which=which, name=repr(value), limit=NAME_MAX)
        )
    if any(unicodedata.category(c).startswith("C") for c in value):
        raise _refused(
            translate("Crew", "{which}: control characters are not a name").format(which=which)
        )
    return value


def gender(text: str) -> str:
    value = text.strip().upper()[:1]
    if value not in GENDERS:
        raise _refused(
            translate("Crew", "gender {text}: M or F (what the e-manifest takes)").format(
                text=repr(text)
            )
        )
    return value


def birth_date(text: str | date, today: date) -> date:
    """A date of birth: a real date, 16 to 100 years before ``today``."""
    try:
        value = text if isinstance(text, date) else date.fromisoformat(text.strip())
    except ValueError:
        raise _refused(
            translate("Crew", "date of birth {text}: not a date (YYYY-MM-DD)").format(
                text=repr(text)
            )
        ) from None
    age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
    if not YOUNGEST_DRIVER <= age <= OLDEST_DRIVER:
        raise _refused(
            translate(
                "Crew", "date of birth {day}: a driver is {youngest} to {oldest} years old"
            ).format(day=value.isoformat(), youngest=YOUNGEST_DRIVER, oldest=OLDEST_DRIVER)
        )
    return value


def country(text: str, which: Text) -> str:
    value = text.strip().upper()
    if value not in COUNTRIES:
        raise _refused(
            translate("Crew", "{which} {text}: not an ISO 3166 country code (CA, US...)").format(
                which=which, text=repr(text)
            )
        )
    return value


def jurisdiction(text: str, which: Text) -> str:
    value = text.strip().upper()
    if value not in JURISDICTIONS:
        raise _refused(
            translate(
                "Crew", "{which} {text}: not a US state, Canadian province or Mexican state code"
            ).format(which=which, text=repr(text))
        )
    return value


def document_type(text: str) -> str:
    refusal = translate("Crew", "travel document type {text}: not one of {codes}")
    return _coded(text, TRAVEL_DOCUMENTS, refusal)


def document_number(text: str) -> str:
    value = re.sub(r"[\s\-]", "", text).upper()
    if not _DOCUMENT.fullmatch(value):
        raise _refused(
            translate(
                "Crew", "travel document number {text}: 1 to {limit} letters and digits"
            ).format(text=repr(text), limit=DOCUMENT_MAX)
        )
    return value


def fast_card(text: str) -> str:
    value = re.sub(r"[\s\-]", "", text)
    if not _FAST.fullmatch(value):
        raise _refused(
            translate("Crew", "FAST card {text}: 14 digits (e.g. 42705555555501)").format(
                text=repr(text)
            )
        )
    return value


def driver_number(text: str) -> str:
    """The carrier's own number for a driver (D-20): how the desk and the filing find them."""
    return _unit(text, translate("Crew", "driver number"), DRIVER_NUMBER_MAX)


def unit_number(text: str) -> str:
    """A truck's unit number as painted on its cab (T-12): 1 to 17 letters, digits, dashes."""
    return _unit(text, translate("Crew", "unit number"), UNIT_MAX)


def trailer_number(text: str) -> str:
    return _unit(text, translate("Crew", "trailer number"), TRAILER_MAX)


def _unit(text: str, which: Text, limit: int) -> str:
    value = text.strip().upper()
    if not _UNIT.fullmatch(value) or len(value) > limit:
        raise _refused(
            translate("Crew", "{which} {text}: 1 to {limit} letters, digits and dashes").format(
                which=which, text=repr(text), limit=limit
            )
        )
    return value


def plate(text: str) -> str:
    """A licence plate as the e-manifest files it: letters and digits only, 1 to 10."""
    value = re.sub(r"[\s\-]", "", text).upper()
    if not _PLATE.fullmatch(value):
        raise _refused(
            translate(
                "Crew",
                "licence plate {text}: 1 to {limit} letters and digits (its state or "
                "province goes in its own field)",
            ).format(text=repr(text), limit=PLATE_MAX)
        )
    return value


def vin(text: str) -> str:
    """A vehicle identification number: 17 characters without I, O or Q, its check digit
    right (49 CFR 565.15: a mistyped VIN is refused rather than filed)."""
    value = re.sub(r"[\s\-]", "", text).upper()
    if not _VIN.fullmatch(value):
        raise _refused(
            translate("Crew", "VIN {text}: 17 letters and digits, never I, O or Q").format(
                text=repr(text)
            )
        )
    total = sum(_VIN_VALUES[c] * w for c, w in zip(value, _VIN_WEIGHTS, strict=True)) % 11
    if value[8] != ("X" if total == 10 else str(total)):
        raise _refused(
            translate(
                "Crew", "VIN {text}: its check digit (9th character) is wrong: a typo?"
            ).format(text=repr(text))
        )
    return value


def truck_type(text: str) -> str:
    return _coded(text, TRUCK_TYPES, translate("Crew", "truck type {text}: one of {codes}"))


def trailer_type(text: str) -> str:
    return _coded(text, TRAILER_TYPES, translate("Crew", "trailer type {text}: one of {codes}"))


def _coded(text: str, codes: Mapping[str, object], refusal: Text) -> str:
    """``text`` as one of ``codes`` (upper case), or refused with ``refusal``."""
    value = text.strip().upper()
    if value not in codes:
        raise _refused(refusal.format(text=repr(text), codes=", ".join(sorted(codes))))
    return value


def seal_number(text: str) -> str:
    value = text.strip()
    if not value:
        raise _refused(translate("Crew", "the seal number is required"))
    if len(value) > SEAL_MAX or any(c.isspace() for c in value):
        raise _refused(
            translate("Crew", "seal {seal}: at most {limit} characters, no spaces").format(
                seal=repr(value), limit=SEAL_MAX
            )
        )
    return value
