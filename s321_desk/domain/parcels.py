"""What the engine evaluates: a parcel's lines and recipient, and the parcels around it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from s321_desk.domain.recipients import Recipient


@dataclass(frozen=True, slots=True)
class Line:
    description: str
    hts: str | None  # digits only; None = not classified
    origin: str | None  # ISO 3166 alpha-2; None = unknown
    quantity: int
    value: Decimal  # the line's total, in ``currency``
    currency: str
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ParcelCase:
    """A parcel as the engine judges it (RULES.md section 4, the check command's case): not the
    store's row (store.models.Parcel) nor a paper's."""

    recipient: Recipient
    lines: tuple[Line, ...]
    weight_kg: Decimal | None = None
    order: str | None = None


@dataclass(frozen=True, slots=True)
class OtherParcel:
    """A parcel of the context, already valued in USD (its own verdict's consignment share)."""

    value_usd: Decimal
    recipient: Recipient | None = None  # the same order's parcels need none
    route: str | None = None  # the route it used (earlier the same day) or has
    crossing_date: date | None = None
    label: str = ""  # how to name it in a message, e.g. its parcel id


@dataclass(frozen=True, slots=True)
class Context:
    same_truck: tuple[OtherParcel, ...] = ()
    earlier_same_day: tuple[OtherParcel, ...] = ()  # the same US day, on earlier trucks
    same_order: tuple[OtherParcel, ...] = ()
    # Name pairs a supervisor split at this address (recipients.split_key): never one person.
    split_names: frozenset[frozenset[str]] = frozenset()
    # The same US day's parcels on sealed trucks crossing after this one, as filed: a de minimis
    # release already filed uses the person's allowance whichever truck crosses first.
    filed_later: tuple[OtherParcel, ...] = ()
