"""Building engine inputs tersely for the boundary tables and properties."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from functools import cache

from s321_desk.domain.compliance import Verdict, evaluate
from s321_desk.domain.parcels import Context, Line, OtherParcel, ParcelCase
from s321_desk.domain.recipients import Recipient
from s321_desk.domain.rules import RuleBook, load_rulebook
from s321_desk.paths import resource

FX = {"CAD": Decimal("0.7300")}
ACTIVE_DAY = "2024-06-10T10:00:00-07:00"
SUSPENDED_DAY = "2025-09-15T10:00:00-07:00"

JOHN = Recipient("John A. Smith", "123 Maple St", "Apt 4B", "Bellingham", "WA", "98225")
JON = Recipient("Jon Smith", "123 Maple Street", "#4B", "Bellingham", "WA", "98225-1234")
JOHN_ELSEWHERE = Recipient("John A. Smith", "9 Oak Ave", "", "Bellingham", "WA", "98226")
MARIA = Recipient("Maria Garcia", "210 Washington Street", "Apt 3R", "Hoboken", "NJ", "07030")
DANIEL = Recipient("Daniel Garcia", "210 Washington St", "Apt. 3R", "Hoboken", "NJ", "07030")


@cache
def rulebook() -> RuleBook:
    return load_rulebook(resource("rules"))


def line(
    value: str,
    currency: str = "USD",
    *,
    hts: str | None = "6109100012",
    origin: str | None = "CA",
    flags: tuple[str, ...] = (),
    description: str = "Cotton T-shirt",
) -> Line:
    return Line(description, hts, origin, 1, Decimal(value), currency, frozenset(flags))


def other(value: str, recipient: Recipient | None = JOHN, route: str | None = "S321_MANIFEST"):
    return OtherParcel(Decimal(value), recipient, route)


def verdict(
    *lines: Line,
    crossing: str = ACTIVE_DAY,
    recipient: Recipient = JOHN,
    weight: str | None = "0.50",
    truck: tuple[OtherParcel, ...] = (),
    earlier: tuple[OtherParcel, ...] = (),
    order: tuple[OtherParcel, ...] = (),
    fx: dict[str, Decimal] | None = None,
    rules_as_of: str | None = None,
) -> Verdict:
    parcel = ParcelCase(recipient, lines, None if weight is None else Decimal(weight), "A-1001")
    return evaluate(
        parcel,
        Context(truck, earlier, order),
        datetime.fromisoformat(crossing),
        rulebook(),
        FX if fx is None else fx,
        datetime.fromisoformat(rules_as_of) if rules_as_of else None,
    )
