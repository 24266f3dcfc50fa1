"""Judging stored parcels: a person-day read from the store in a few indexed queries, then
judged from scratch in crossing order (domain/judgement.py says how, for the compliance lead)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Connection

from s321_desk.domain.addresses import DeliveryPoint
from s321_desk.domain.catalog import KNOWN_FLAGS
from s321_desk.domain.fx import FxRate, FxTable
from s321_desk.domain.judgement import DayJudgement, DayParcel, Filed, judge_day
from s321_desk.domain.parcels import Line, OtherParcel, ParcelCase
from s321_desk.domain.recipients import Recipient
from s321_desk.domain.rules import RuleBook
from s321_desk.store.repositories.judging import (
    DayRow,
    LineRow,
    OrderSibling,
    order_parcels,
    parcel_lines,
    person_day,
    rates_and_pin,
    split_names,
)


@dataclass(frozen=True)
class Basis:
    """What every judgement of one transaction shares: the rule data, the administrator's pin
    and the FX rates entered."""

    rulebook: RuleBook
    pin: datetime | None
    fx: FxTable


def basis(connection: Connection, rulebook: RuleBook) -> Basis:
    """The pin and the rates as stored now (two small look-ups, once per transaction)."""
    rates, pinned = rates_and_pin(connection)
    pin = datetime.fromisoformat(pinned) if isinstance(pinned, str) else None
    return Basis(rulebook, pin, FxTable(FxRate(*row) for row in rates))


@dataclass(frozen=True)
class StoredDay:
    """A person-day as stored, and its judgement from scratch."""

    key: str
    day: date
    rows: dict[int, DayRow]
    judgement: DayJudgement
    siblings: list[OrderSibling] = field(default_factory=list)  # its orders' other parcels


def judge_stored_day(connection: Connection, key: str, day: date, basis: Basis) -> StoredDay:
    """Every counted parcel of the recipient key's US day, judged in crossing order.

    Indexed queries: the day's parcels (recipient_key, us_day), their lines (parcel_id); only
    when needed, their orders' parcels on other days (order_id: an order of several parcels)
    and the supervisor's splits at the address (address_key: two names there)."""
    rows = person_day(connection, key, day)
    if not rows:
        return StoredDay(key, day, {}, DayJudgement((), {}, {}))
    ids = {row.id for row in rows}
    lines: dict[int, list[LineRow]] = defaultdict(list)
    for line in parcel_lines(connection, ids):
        lines[line.parcel_id].append(line)
    shared = {r.order_id for r in rows if r.order_parcels > 1}  # orders of several parcels
    siblings = [s for s in order_parcels(connection, shared) if s.id not in ids]
    elsewhere: dict[int, list[OtherParcel]] = defaultdict(list)
    for sibling in sorted(siblings, key=lambda s: (s.us_day, s.id)):
        value = Decimal(sibling.value_usd_cents or 0) / 100
        elsewhere[sibling.order_id].append(
            OtherParcel(value, None, None, sibling.us_day, sibling.code)
        )
    # A supervisor's split only ever parts two different names found at the address.
    names = {row.recipient_name for row in rows}
    splits = split_names(connection, key) if len(names) > 1 else frozenset()
    members = [_member(row, lines[row.id], tuple(elsewhere[row.order_id]), basis) for row in rows]
    judgement = judge_day(members, basis.rulebook, splits)
    return StoredDay(key, day, {row.id: row for row in rows}, judgement, siblings)


def _member(
    row: DayRow, lines: list[LineRow], elsewhere: tuple[OtherParcel, ...], basis: Basis
) -> DayParcel:
    parcel = ParcelCase(
        recipient_of(row),
        domain_lines(lines),
        None if row.weight_g is None else Decimal(row.weight_g) / 1000,
        row.order_name,
    )
    filed = Filed(row.route or "", Decimal(row.value_usd_cents or 0) / 100) if row.sealed else None
    return DayParcel(
        id=row.id,
        label=row.code,
        parcel=parcel,
        order_id=row.order_id,
        crossing=row.crossing_at,
        load_id=row.load_id,
        fx=basis.fx.rates_on(row.us_day, {line.currency for line in parcel.lines}),
        rules_as_of=row.rules_as_of or basis.pin,
        filed=filed,
        elsewhere=elsewhere,
    )


def domain_lines(rows: Iterable[LineRow]) -> tuple[Line, ...]:
    """A parcel's lines as the engine sees them: each order line packed, classified from the
    catalog (a consolidated parcel holds two orders' lines, each in its order's currency)."""
    return tuple(_line(row) for row in rows)


def _line(row: LineRow) -> Line:
    flags = frozenset(row.flags.split(";")) & KNOWN_FLAGS if row.flags is not None else frozenset()
    return Line(row.description, row.hts, row.origin, row.quantity, paid(row), row.currency, flags)


def paid(row: LineRow) -> Decimal:
    """The price actually paid for the units in this parcel: the line's discount taken off in
    their share, as the invoice and the e-manifest give it (one value on every paper)."""
    discount = (
        Decimal(row.discount_cents * row.quantity / Decimal(row.ordered)).quantize(
            Decimal(1), rounding=ROUND_HALF_UP
        )
        if row.discount_cents and row.ordered
        else 0
    )
    return (Decimal(row.unit_price_cents * row.quantity) - discount) / 100


def recipient_of(row: DayRow) -> Recipient:
    """The parcel's recipient with its delivery point as stored: compared, never parsed."""
    point = (
        None
        if row.recipient_point is None
        else DeliveryPoint.stored(row.recipient_key, row.recipient_point)
    )
    return Recipient(
        row.recipient_name,
        row.address1,
        row.address2 or "",
        row.city,
        row.state or "",
        row.postal_code,
        row.country,
        point,
    )
