"""What a catalog value must look like: HTS numbers, agency/restriction flags, UPC/EAN codes."""

from __future__ import annotations

import re
import unicodedata

from s321_desk.domain.texts import Text, translate

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
# Lithium batteries, named by their UN number (domain/hazmat.py): the station warns, the label
# and the filings mark them; the engine's routes do not depend on them.
HAZMAT_FLAGS = frozenset({"UN3480", "UN3481", "UN3090", "UN3091"})
KNOWN_FLAGS = AGENCY_FLAGS | RESTRICTION_FLAGS | HAZMAT_FLAGS

_HTS_SEPARATORS = re.compile(r"[.\s-]")


def normalize_hts(text: str) -> str:
    """``6109.10.0012`` -> ``6109100012``; raises ValueError unless 10 digits remain that can
    be the goods' own classification (``hts_refusal``)."""
    digits = _HTS_SEPARATORS.sub("", text)
    if not (digits.isascii() and digits.isdigit()) or len(digits) != 10:
        raise ValueError(
            translate("Catalog", "{text} is not a 10-digit HTS number (e.g. 6109.10.0012)").format(
                text=repr(text)
            )
        )
    refusal = hts_refusal(digits)
    if refusal is not None:
        raise ValueError(refusal.format(text=repr(text)))
    return digits


def hts_refusal(digits: str) -> Text | None:
    """Why a 10-digit number cannot classify goods (its ``{text}`` to fill), None if it can.

    The HTSUS classifies goods in chapters 01 to 97 (chapter 77 is reserved for future use);
    chapter 98 holds special classification provisions that do classify goods (American goods
    returned...). Chapter 99 holds temporary legislation and additional duties (9903: the
    Section 301/232 and other additional tariffs): a broker reports such a number beside the
    goods' own, never instead of it. No chapter 00 exists: such a number is a misread or a
    column shifted by a spreadsheet.
    """
    chapter = digits[:2]
    if chapter == "99":
        return translate(
            "Catalog",
            "{text} is a chapter 99 number (additional or temporary duties, such as 9903), not "
            "the goods' own classification: give the number of chapters 01-97 that describes "
            "the item; the broker adds any chapter 99 number",
        )
    if chapter == "77":
        return translate(
            "Catalog",
            "{text} is in chapter 77, which the HTSUS keeps reserved: no goods are classified "
            "there (a typo?)",
        )
    if chapter == "00":
        return translate(
            "Catalog",
            "{text} begins with 00: HTS chapters are numbered from 01, so this is no HTS number "
            "(a misread, or a spreadsheet's padding)",
        )
    return None


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


def title_key(title: str) -> str:
    """How a store's product title is matched: its words in Unicode's composed form, case
    aside (``Velvet  Slipper - Café / 38`` = ``velvet slipper - café / 38``), nothing else
    folded: two products whose titles differ by an accent or a sign stay two."""
    return " ".join(unicodedata.normalize("NFC", title).split()).casefold()
