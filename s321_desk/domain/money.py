"""Money as Decimal and integer cents; never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from s321_desk.domain.iso import CURRENCIES

CENT = Decimal("0.01")


# The largest amount a file may give (a price, a total, a weight): ten million. No parcel line
# comes near it, and its cents stay well inside a 32-bit integer column (PostgreSQL's INTEGER).
MAX_AMOUNT = Decimal(10_000_000)


def parse_amount(text: str, *, max_places: int = 2) -> Decimal:
    """``"1,234.50"`` -> ``Decimal("1234.50")``; refuses what is not a plain non-negative number
    below ``MAX_AMOUNT``."""
    cleaned = text.strip().replace(",", "").replace("$", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number") from None
    if not value.is_finite():
        raise ValueError(f"{text!r} is not a number")
    if value < 0:
        raise ValueError(f"{text!r} is negative")
    if value >= MAX_AMOUNT:
        raise ValueError(f"{text!r} is too large (at most {MAX_AMOUNT - 1:,})")
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if -exponent > max_places:
        raise ValueError(f"{text!r} has more than {max_places} decimal places")
    return value


def to_cents(amount: Decimal) -> int:
    """Whole cents, rounding half up."""
    return int(amount.quantize(CENT, rounding=ROUND_HALF_UP) * 100)


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def parse_currency(text: str) -> str:
    """An ISO 4217 code, upper-cased; raises ValueError for anything else."""
    code = text.strip().upper()
    if code not in CURRENCIES:
        raise ValueError(f"unknown currency {text.strip()!r} (an ISO 4217 code such as CAD or USD)")
    return code
