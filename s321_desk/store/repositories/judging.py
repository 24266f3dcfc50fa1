"""Look-ups the engine needs, as single indexed queries (text SQL: the hot path of a scan)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Connection, TextClause, text
from sqlmodel import Session, col, select

from s321_desk.domain.codes import PACKED, LoadStatus
from s321_desk.store.models import Load, Parcel, SealedConflict

_SPLITS = text("SELECT name_a, name_b FROM recipient_splits WHERE address_key = :key")

# A person-day: every counted parcel of one recipient key and US day, with its order's
# recipient and whether its truck is sealed (on the (recipient_key, us_day) index).
_PERSON_DAY = text(
    """
    SELECT p.id, p.code, p.order_id, p.load_id, l.status, p.us_day, p.crossing_at,
           p.value_usd_cents, p.route, p.status, p.weight_g, p.rules_as_of, p.needs_decision,
           p.manual_hold, p.acknowledged, p.accepted_route,
           p.label_shows IS NOT NULL AND NOT p.relabel,
           CASE WHEN EXISTS (SELECT 1 FROM parcels AS q
                             WHERE q.order_id = p.order_id AND q.id != p.id) THEN 2 ELSE 1 END,
           o.name, o.recipient_name, o.address1, o.address2, o.city, o.state,
           o.postal_code, o.country, p.recipient_key, p.recipient_point
    FROM parcels AS p JOIN orders AS o ON o.id = p.order_id
         LEFT JOIN loads AS l ON l.id = p.load_id
    WHERE p.recipient_key = :key AND p.us_day = :day
      AND p.status IN ('closed', 'held', 'loaded')
    """
)


class DayRow(NamedTuple):  # a tuple: built by the thousand on the scan's path
    """A counted parcel of a person-day as stored: what judging it needs and what it changes."""

    id: int
    code: str
    order_id: int
    load_id: int | None
    sealed: bool  # on a sealed truck
    us_day: date
    crossing_at: datetime
    value_usd_cents: int | None
    route: str | None
    status: str
    weight_g: int | None
    rules_as_of: datetime | None
    needs_decision: bool
    manual_hold: bool
    acknowledged: str
    accepted_route: str | None
    labelled: bool  # a label printed and current: what it shows is checked on each judgement
    order_parcels: int  # 2 when its order has other parcels (any status or day), else 1
    order_name: str
    recipient_name: str
    address1: str
    address2: str | None
    city: str
    state: str | None
    postal_code: str
    country: str
    recipient_key: str  # the delivery point as stored when the parcel was closed
    recipient_point: str | None


def person_day(connection: Connection, key: str, day: date) -> list[DayRow]:
    """One indexed query on (recipient_key, us_day)."""
    rows = _fetch(connection, _PERSON_DAY, {"key": key, "day": day.isoformat()})
    return [_day_row(*row) for row in rows]


def _day_row(
    id_: int,
    code: str,
    order_id: int,
    load_id: int | None,
    load_status: str | None,
    us_day: object,
    crossing_at: object,
    value: int | None,
    route: str | None,
    status: str,
    weight: int | None,
    rules_as_of: object,
    needs_decision: object,
    manual_hold: object,
    acknowledged: str | None,
    accepted_route: str | None,
    labelled: object,
    *rest: Any,
) -> DayRow:
    return DayRow(
        id_,
        code,
        order_id,
        load_id,
        load_status == LoadStatus.SEALED,
        _day(us_day),
        _utc(crossing_at) or _NEVER,
        value,
        route,
        status,
        weight,
        _utc(rules_as_of),
        bool(needs_decision),
        bool(manual_hold),
        acknowledged or "",
        accepted_route,
        bool(labelled),
        *rest,
    )


@dataclass(frozen=True, slots=True)
class OrderSibling:
    """A counted parcel of one of the orders looked up: its day and its value."""

    id: int
    code: str
    order_id: int
    recipient_key: str | None
    us_day: date
    value_usd_cents: int | None


def order_parcels(connection: Connection, order_ids: Iterable[int]) -> list[OrderSibling]:
    """The counted parcels of these orders, whatever their day (on the order_id index: the
    status is sorted out here, so that no planner takes the status index instead)."""
    ids = sorted(set(order_ids))
    if not ids:
        return []
    rows = _fetch(connection, _order_parcels_query(len(ids)), _numbered("o", ids))
    return [
        OrderSibling(id_, code, order_id, key, _day(day), value)
        for id_, code, order_id, key, day, value, status in rows
        if status in PACKED
    ]


@cache
def _order_parcels_query(count: int) -> TextClause:  # built once a size
    return text(
        "SELECT id, code, order_id, recipient_key, us_day, value_usd_cents, status FROM parcels "
        f"WHERE order_id IN ({_names('o', count)})"
    )


class LineRow(NamedTuple):  # a tuple: built by the thousand on the scan's path
    """One order line of a parcel, with what the catalog says of its SKU."""

    parcel_id: int
    order_line_id: int
    description: str
    hts: str | None
    origin: str | None
    quantity: int  # of this line in this parcel
    unit_price_cents: int
    discount_cents: int  # the whole line's
    ordered: int  # the whole line's quantity
    currency: str  # its order's
    flags: str | None  # the product's, ';'-separated; None without a product


def parcel_lines(connection: Connection, parcel_ids: Iterable[int]) -> list[LineRow]:
    """The lines of these parcels, each parcel's by order line id (one query, indexed)."""
    ids = sorted(set(parcel_ids))
    if not ids:
        return []
    rows = _fetch(connection, _parcel_lines_query(len(ids)), _numbered("p", ids))
    return [LineRow(*row) for row in rows]


@cache
def _parcel_lines_query(count: int) -> TextClause:  # built once a size
    return text(
        f"""
        SELECT i.parcel_id, l.id, l.description, pr.hts, pr.origin, SUM(i.quantity),
               l.unit_price_cents, l.discount_cents, l.quantity, o.currency, pr.flags
        FROM parcel_items AS i JOIN order_lines AS l ON l.id = i.order_line_id
             JOIN orders AS o ON o.id = l.order_id
             LEFT JOIN products AS pr ON pr.sku = l.sku AND l.sku != ''
        WHERE i.parcel_id IN ({_names("p", count)})
        GROUP BY i.parcel_id, l.id, l.description, pr.hts, pr.origin, l.unit_price_cents,
                 l.discount_cents, l.quantity, o.currency, pr.flags
        ORDER BY i.parcel_id, l.id
        """
    )


@dataclass(frozen=True, slots=True)
class StoredVerdict:
    """A parcel's current (newest) verdict, the columns a judgement may change."""

    parcel_id: int
    route: str
    eligible_321: bool
    consignment_value_usd_cents: int
    regime: str
    rules_version: str
    rules_as_of: datetime | None
    fx_json: str
    codes_json: str
    judged_against: str | None


def latest_verdicts(connection: Connection, parcel_ids: Iterable[int]) -> dict[int, StoredVerdict]:
    """The newest verdict of each of these parcels (on the parcel_id index)."""
    ids = sorted(set(parcel_ids))
    if not ids:
        return {}
    rows = _fetch(connection, _latest_verdicts_query(len(ids)), _numbered("p", ids))
    return {
        row[0]: StoredVerdict(
            row[0], row[1], bool(row[2]), row[3], row[4], row[5], _utc(row[6]), *row[7:10]
        )
        for row in rows
    }


@cache
def _latest_verdicts_query(count: int) -> TextClause:  # built once a size
    return text(
        "SELECT parcel_id, route, eligible_321, consignment_value_usd_cents, regime, "
        "rules_version, rules_as_of, fx_json, codes_json, judged_against FROM parcel_verdicts "
        "WHERE id IN (SELECT MAX(id) FROM parcel_verdicts "
        f"WHERE parcel_id IN ({_names('p', count)}) GROUP BY parcel_id)"
    )


# Every FX rate entered (a few rows a quarter), and the rules' pin: one look-up.
_RATES_AND_PIN = text(
    "SELECT currency, valid_from, rate_to_usd, source FROM fx_rates "
    "UNION ALL SELECT NULL, NULL, value, NULL FROM settings WHERE key = 'rules_as_of'"
)


def rates_and_pin(
    connection: Connection,
) -> tuple[list[tuple[str, date, Decimal, str]], object | None]:
    """Every FX rate entered, and the ``rules_as_of`` setting as stored (JSON decoded; None
    when none is stored: its default)."""
    rates, pin = [], None
    for currency, valid_from, rate, source in _fetch(connection, _RATES_AND_PIN, {}):
        if currency is None:
            pin = json.loads(rate)
        else:
            rates.append((currency, _day(valid_from), Decimal(rate), source or ""))
    return rates, pin


_OPEN_DAYS = text(
    """
    SELECT DISTINCT recipient_key, us_day FROM parcels
    WHERE status IN ('closed', 'held') AND us_day >= :since_day AND us_day < :until_day
    UNION
    SELECT DISTINCT p.recipient_key, p.us_day FROM loads AS l CROSS JOIN parcels AS p
    WHERE p.load_id = l.id AND (l.status = 'open' OR l.planned_arrival >= :sealed_since)
      AND p.us_day >= :since_day AND p.us_day < :until_day
    """
)  # a parcel with a truck is loaded; CROSS JOIN: SQLite reads the few loads first


def unsealed_days(
    connection: Connection,
    *,
    sealed_since: datetime,
    since: date = date.min,
    until: date = date.max,
) -> set[tuple[str, date]]:
    """The person-days of [since, until) holding a parcel not on a sealed truck, or one on a
    truck sealed to arrive from ``sealed_since`` on (status index, loads)."""
    params: dict[str, object] = {
        "sealed_since": _stamp(sealed_since),
        "since_day": since.isoformat(),
        "until_day": until.isoformat(),
    }
    if connection.dialect.name != "sqlite":  # a timestamp column holding UTC, as UTCDateTime
        params["sealed_since"] = sealed_since.astimezone(UTC).replace(tzinfo=None)
    return {(key, _day(day)) for key, day in _fetch(connection, _OPEN_DAYS, params) if key}


_KEY_DAYS = text(
    "SELECT DISTINCT us_day FROM parcels WHERE recipient_key = :key "
    "AND status IN ('closed', 'held', 'loaded')"
)


def days_of_key(connection: Connection, key: str) -> set[tuple[str, date]]:
    """Every person-day at a delivery point (a supervisor's split bears on all of them)."""
    return {(key, _day(day)) for (day,) in _fetch(connection, _KEY_DAYS, {"key": key}) if day}


_NEVER = datetime.min.replace(tzinfo=UTC)


def _names(prefix: str, count: int) -> str:
    return ", ".join(f":{prefix}{n}" for n in range(count))


def _numbered(prefix: str, values: list[int]) -> dict[str, object]:
    return {f"{prefix}{n}": value for n, value in enumerate(values)}


def _day(value: object) -> date:
    if isinstance(value, str):
        return date.fromisoformat(value)
    assert isinstance(value, date)
    return value


def _stamp(instant: datetime) -> str:
    """An instant as the SQLite store keeps it (UTC, microseconds), for a comparison in SQL."""
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _utc(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def split_names(connection: Connection, key: str) -> frozenset[frozenset[str]]:
    """The name pairs a supervisor split at this address (an indexed query on address_key)."""
    return frozenset(frozenset(row) for row in _fetch(connection, _SPLITS, {"key": key}))


def _fetch(connection: Connection, query: TextClause, params: dict[str, object]) -> list[tuple]:  # type: ignore[type-arg]
    """The rows of a look-up on the scan's hot path.

    On SQLite the driver's own cursor (same connection, same transaction, same named
    parameters) is used: SQLAlchemy's result layer costs more than the indexed query itself.
    """
    if connection.dialect.name == "sqlite":
        driver = connection.connection.driver_connection
        assert driver is not None
        return driver.execute(query.text, params).fetchall()  # type: ignore[no-any-return]
    return [tuple(row) for row in connection.execute(query, params)]


# -- the verdicts and sealed parcels' differences, as rows of the models ------------------------


def parcel_by_reference(session: Session, reference: str) -> Parcel | None:
    """A parcel by its printable id, or its database id."""
    condition = col(Parcel.code) == reference
    if reference.isdigit():
        condition = condition | (col(Parcel.id) == int(reference))
    return session.scalars(select(Parcel).where(condition)).first()


def latest_conflict(session: Session, parcel_id: int) -> SealedConflict | None:
    """A sealed parcel's latest recorded difference."""
    query = select(SealedConflict).where(SealedConflict.parcel_id == parcel_id)
    return session.scalars(query.order_by(col(SealedConflict.id).desc()).limit(1)).first()


def parcel_ids_on(session: Session, load_id: int) -> list[int]:
    """The ids of the parcels on a truck."""
    query = select(Parcel.id).where(Parcel.load_id == load_id)
    return [parcel_id for parcel_id in session.scalars(query) if parcel_id is not None]


def conflicts_in_state(
    session: Session, parcel_ids: Iterable[int], state: str
) -> list[tuple[SealedConflict, str]]:
    """The differences of these parcels in ``state``, oldest first, with their truck's trip."""
    query = (
        select(SealedConflict, Load.trip_number)
        .join(Load, col(Load.id) == SealedConflict.load_id)
        .where(col(SealedConflict.parcel_id).in_(list(parcel_ids)), SealedConflict.state == state)
        .order_by(col(SealedConflict.id))
    )
    return [(conflict, trip) for conflict, trip in session.exec(query).all()]


def conflicts_of_parcel(session: Session, parcel_id: int) -> list[tuple[SealedConflict, str, str]]:
    """Every difference recorded for a parcel, oldest first, with its printable id and its
    truck's trip."""
    query = (
        select(SealedConflict, Parcel.code, Load.trip_number)
        .join(Parcel, col(Parcel.id) == SealedConflict.parcel_id)
        .join(Load, col(Load.id) == SealedConflict.load_id)
        .where(SealedConflict.parcel_id == parcel_id)
        .order_by(col(SealedConflict.id))
    )
    return [(conflict, code, trip) for conflict, code, trip in session.exec(query).all()]


def parcel_conflicts_in_state(session: Session, parcel_id: int, state: str) -> list[SealedConflict]:
    """One parcel's differences in ``state``."""
    query = select(SealedConflict).where(
        SealedConflict.parcel_id == parcel_id, SealedConflict.state == state
    )
    return list(session.scalars(query))
