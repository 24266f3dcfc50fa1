"""Money as Decimal and integer cents; never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from s321_desk.domain.iso import CURRENCIES
from s321_desk.domain.texts import translate

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
        raise ValueError(
            translate("Money", "{text} is not a number").format(text=repr(text))
        ) from None
    if not value.is_finite():
        raise ValueError(translate("Money", "{text} is not a number").format(text=repr(text)))
    if value < 0:
        raise ValueError(translate("Money", "{text} is negative").format(text=repr(text)))
    if value >= MAX_AMOUNT:
        raise ValueError(
            translate("Money", "{text} is too large (at most {most})").format(
                text=repr(text), most=f"{MAX_AMOUNT - 1:,}"
            )
        )
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if -exponent > max_places:
        raise ValueError(
            translate("Money", "{text} has more than {places} decimal places").format(
                text=repr(text), places=max_places
            )
        )
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
        raise ValueError(
            translate(
                "Money", "unknown currency {currency} (an ISO 4217 code such as CAD or USD)"
            ).format(currency=repr(text.strip()))
        )
    return code
