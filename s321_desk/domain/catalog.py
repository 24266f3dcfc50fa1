"""What a catalog value must look like: HTS numbers, agency/restriction flags, UPC/EAN codes."""

from __future__ import annotations

import re

from s321_desk.domain.texts import translate

# Flags a SKU can carry; RULES.md section 3 gives what each one does to a parcel.
AGENCY_FLAGS = frozenset(
    {
        "PGA_FDA",
        "PGA_USDA_APHIS",
        "PGA_FSIS",
        "PGA_CPSC",
        "PGA_NHTSA",
        "PGA_EPA",
        "PGA_FWS",
        "PGA_FCC",
    }
)
RESTRICTION_FLAGS = frozenset({"ADCVD", "ALCOHOL", "TOBACCO", "FIREARMS"})
KNOWN_FLAGS = AGENCY_FLAGS | RESTRICTION_FLAGS

_HTS_SEPARATORS = re.compile(r"[.\s-]")


def normalize_hts(text: str) -> str:
    """``6109.10.0012`` -> ``6109100012``; raises ValueError unless 10 digits remain."""
    digits = _HTS_SEPARATORS.sub("", text)
    if not digits.isdigit() or len(digits) != 10:
        raise ValueError(
            translate("Catalog", "{text} is not a 10-digit HTS number (e.g. 6109.10.0012)").format(
                text=repr(text)
            )
        )
    return digits


def format_hts(digits: str) -> str:
    """``6109100012`` -> ``6109.10.0012``, the way a broker writes it."""
    return f"{digits[:4]}.{digits[4:6]}.{digits[6:]}"


def parse_flags(text: str) -> tuple[str, ...]:
    """``pga_fda; ADCVD`` -> ``("ADCVD", "PGA_FDA")``: sorted, unique; unknown flags refused."""
    flags = {part.strip().upper() for part in text.split(";") if part.strip()}
    unknown = sorted(flags - KNOWN_FLAGS)
    if unknown:
        raise ValueError(
            translate("Catalog", "unknown flag {flags} (known: {known})").format(
                flags=", ".join(unknown), known=", ".join(sorted(KNOWN_FLAGS))
            )
        )
    return tuple(sorted(flags))


def gtin_check_digit(body: str) -> int:
    """The GS1 check digit for the digits before it (UPC-A, EAN-8, EAN-13, GTIN-14)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def normalize_gtin(text: str) -> str:
    """A UPC/EAN as printed under its barcode; raises ValueError if its check digit is wrong."""
    digits = text.replace(" ", "")
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        raise ValueError(
            translate("Catalog", "{text} is not a UPC/EAN (8, 12, 13 or 14 digits)").format(
                text=repr(text)
            )
        )
    if gtin_check_digit(digits[:-1]) != int(digits[-1]):
        raise ValueError(
            translate(
                "Catalog", "{text} has a wrong check digit (a misread or mistyped UPC/EAN)"
            ).format(text=repr(text))
        )
    return digits
