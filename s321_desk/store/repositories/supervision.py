"""The supervisor's queries: the warnings of the desk's days, a conflict's sides and past
decisions, the parcels waiting on other days, and the shift's counts, grouped in SQL."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, and_, case, func, not_, or_, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from s321_desk.domain.codes import PACKED_NOT_LOADED, ParcelStatus
from s321_desk.store.models import (
    AuditEntry,
    Load,
    Order,
    Parcel,
    ParcelItem,
    ParcelVerdict,
    RecipientSplit,
    SealedConflict,
    User,
)

_PARCELS: Any = Parcel.__table__.c  # type: ignore[attr-defined]
_ORDERS: Any = Order.__table__.c  # type: ignore[attr-defined]
_LOADS: Any = Load.__table__.c  # type: ignore[attr-defined]
_AUDIT: Any = AuditEntry.__table__.c  # type: ignore[attr-defined]
_USERS: Any = User.__table__.c  # type: ignore[attr-defined]
_VERDICTS: Any = ParcelVerdict.__table__.c  # type: ignore[attr-defined]
_CONFLICTS: Any = SealedConflict.__table__.c  # type: ignore[attr-defined]
_PARCEL_TABLE: Any = Parcel.__table__  # type: ignore[attr-defined]
_ORDER_TABLE: Any = Order.__table__  # type: ignore[attr-defined]
_LOAD_TABLE: Any = Load.__table__  # type: ignore[attr-defined]
_USER_TABLE: Any = User.__table__  # type: ignore[attr-defined]

# The current verdict's codes of a parcel: its latest verdict's.
_LATEST_CODES = (
    select(_VERDICTS.codes_json)
    .where(_VERDICTS.parcel_id == _PARCELS.id)
    .order_by(_VERDICTS.id.desc())
    .limit(1)
    .scalar_subquery()
)
# A warning's columns, in the order services/supervision/warnings.py builds its rows from.
# Columns, not ORM objects: loading entities cost more than the query itself (8 of 10 ms).
_WARNING_COLUMNS = (
    _PARCELS.id,
    _PARCELS.code,
    _PARCELS.route,
    _PARCELS.us_day,
    _PARCELS.status,
    _PARCELS.station,
    _PARCELS.closed_at,
    _PARCELS.manual_hold,
    _ORDERS.name,
    _ORDERS.recipient_name,
    _LATEST_CODES,
)
_SIDES = (
    select(
        _PARCELS.id,
        _PARCELS.code,
        _PARCELS.status,
        _PARCELS.manual_hold,
        _PARCELS.needs_decision,
        _PARCELS.station,
        _PARCELS.closed_at,
        _PARCELS.us_day,
        _PARCELS.port,
        _PARCELS.route,
        _PARCELS.value_usd_cents,
        _PARCELS.acknowledged,
        _PARCELS.accepted_route,
        _PARCELS.recipient_key,
        _ORDERS.name.label("order"),
        _ORDERS.recipient_name,
        _LOADS.trip_number,
        _LOADS.status.label("load_status"),
    )
    .join(_ORDER_TABLE, _ORDERS.id == _PARCELS.order_id)
    .outerjoin(_LOAD_TABLE, _LOADS.id == _PARCELS.load_id)
)


def warnings_between(connection: Connection, first: date, last: date) -> list[Any]:
    """The parcels of US days ``first`` to ``last`` that need a decision or a new label (a
    voided one aside), newest closed first: the warning columns, then relabel, label version
    and needs_decision."""
    query = (
        select(*_WARNING_COLUMNS, _PARCELS.relabel, _PARCELS.label_version, _PARCELS.needs_decision)
        .join_from(_PARCEL_TABLE, _ORDER_TABLE, _ORDERS.id == _PARCELS.order_id)
        .where(
            _PARCELS.needs_decision | (_PARCELS.relabel & (_PARCELS.status != ParcelStatus.VOIDED)),
            _PARCELS.us_day.between(first, last),
        )
        .order_by(_PARCELS.closed_at.desc(), _PARCELS.id.desc())
    )
    return list(connection.execute(query).all())


def waiting_elsewhere(connection: Connection, days: Iterable[date], pending: str) -> list[Any]:
    """The parcels of other US days than ``days`` that wait for a supervisor whatever the
    day: held by one, or with a sealed difference in state ``pending``; latest day first (the
    warning columns)."""
    differs = select(_CONFLICTS.parcel_id).where(_CONFLICTS.state == pending)
    waits = or_(
        and_(_PARCELS.status == ParcelStatus.HELD, _PARCELS.manual_hold),
        _PARCELS.id.in_(differs),
    )
    query = (
        select(*_WARNING_COLUMNS)
        .join_from(_PARCEL_TABLE, _ORDER_TABLE, _ORDERS.id == _PARCELS.order_id)
        .where(and_(waits, not_(_PARCELS.us_day.in_(list(days)))))
        .order_by(_PARCELS.us_day.desc(), _PARCELS.closed_at.desc(), _PARCELS.id.desc())
    )
    return list(connection.execute(query).all())


def sides(connection: Connection, codes: Iterable[str]) -> dict[str, Any]:
    """These parcels as a supervisor compares them, by printable id: status, hold, station,
    times, route, value, order, recipient, truck and its status."""
    rows = connection.execute(_SIDES.where(_PARCELS.code.in_(list(codes))))
    return {row.code: row for row in rows}


def decision_records(
    connection: Connection, actions: Iterable[str], codes: Iterable[str]
) -> list[tuple[str, str, str | None, str, datetime, str | None]]:
    """The audit lines of these actions on these parcels, oldest first, read through the
    action index: (parcel id, action, the person's name, station, when, reason)."""
    query = (
        select(
            _AUDIT.entity_id, _AUDIT.action, _USERS.name, _AUDIT.station, _AUDIT.at, _AUDIT.reason
        )
        .outerjoin(_USER_TABLE, _USERS.id == _AUDIT.user_id)
        .where(
            _AUDIT.action.in_(list(actions)),
            _AUDIT.entity_type == "parcel",
            _AUDIT.entity_id.in_(list(codes)),
        )
        .order_by(_AUDIT.id)
    )
    return [(e, a, n, s, at, r) for e, a, n, s, at, r in connection.execute(query)]


def parcel_items(session: Session, parcel_id: int | None) -> list[ParcelItem]:
    """The items packed in a parcel."""
    return list(session.scalars(select(ParcelItem).where(col(ParcelItem.parcel_id) == parcel_id)))


def recipient_split(session: Session, key: str, name_a: str, name_b: str) -> RecipientSplit | None:
    """The record that the two names at a delivery point are two people, if there is one."""
    return session.scalars(
        select(RecipientSplit).where(
            col(RecipientSplit.address_key) == key,
            col(RecipientSplit.name_a) == name_a,
            col(RecipientSplit.name_b) == name_b,
        )
    ).first()


def closed_by_hour(
    connection: Connection, starts: Sequence[datetime], hour: timedelta
) -> list[tuple[int, str, str | None, int]]:
    """Parcels closed (voided ones left out) in each hour starting at ``starts``, by hour's
    index, station and route: one GROUP BY. The hour is a bound comparison, not date
    arithmetic in SQL: exact at any zone offset (Newfoundland's half hour), on any backend."""
    bucket = case(
        *(
            (_PARCELS.closed_at >= start, index)
            for index, start in reversed(list(enumerate(starts)))
        )
    )
    query = (
        select(bucket.label("hour"), _PARCELS.station, _PARCELS.route, func.count())
        .where(
            _PARCELS.closed_at >= starts[0],
            _PARCELS.closed_at < starts[-1].astimezone(UTC) + hour,
            _PARCELS.status != ParcelStatus.VOIDED,
        )
        .group_by("hour", _PARCELS.station, _PARCELS.route)
    )
    return [(int(h), s, r, int(n)) for h, s, r, n in connection.execute(query)]


def days_waiting(
    connection: Connection, first: date, last: date
) -> list[tuple[str | None, date, int, int, int]]:
    """Per port and US day from ``first`` to ``last``: the parcels held and waiting for a
    decision, the others waiting for one, and those packed and on no truck yet, in one pass.

    Only the US day is in the WHERE: given ``load_id IS NULL`` there, SQLite (without
    statistics) walks the index of every unloaded parcel ever, 20 ms at 100,000 parcels,
    instead of the day's few thousand (measured).
    """
    # A parcel held by a supervisor after it was loaded keeps the status "loaded": still a hold.
    held: ColumnElement[bool] = or_(_PARCELS.status == ParcelStatus.HELD, _PARCELS.manual_hold)
    to_load = and_(_PARCELS.load_id.is_(None), _PARCELS.status.in_(PACKED_NOT_LOADED))
    waiting = _PARCELS.needs_decision
    query = (
        select(
            _PARCELS.port,
            _PARCELS.us_day,
            func.count(case((and_(waiting, held), 1))),
            func.count(case((and_(waiting, ~held), 1))),
            func.count(case((to_load, 1))),
        )
        .where(_PARCELS.us_day.between(first, last))
        .group_by(_PARCELS.port, _PARCELS.us_day)
    )
    return [(p, d, int(h), int(u), int(t)) for p, d, h, u, t in connection.execute(query)]


def trucks_arriving(
    connection: Connection, first: date, last: date
) -> list[tuple[int, str, str, datetime, str, int]]:
    """The trucks arriving from a day before ``first`` to a day after ``last`` (UTC: every
    arrival whose port-local date is one of those days), with their parcels counted:
    (id, trip, port, arrival, status, parcels), soonest first."""
    earliest = datetime.combine(first - timedelta(days=1), time(0), tzinfo=UTC)
    latest = datetime.combine(last + timedelta(days=2), time(0), tzinfo=UTC)
    query = (
        select(
            _LOADS.id,
            _LOADS.trip_number,
            _LOADS.port,
            _LOADS.planned_arrival,
            _LOADS.status,
            func.count(_PARCELS.id),
        )
        .select_from(_LOAD_TABLE.outerjoin(_PARCEL_TABLE, _PARCELS.load_id == _LOADS.id))
        .where(_LOADS.planned_arrival >= earliest, _LOADS.planned_arrival < latest)
        .group_by(_LOADS.id)
        .order_by(_LOADS.planned_arrival, _LOADS.trip_number)
    )
    return [(i, t, p, a, s, int(n)) for i, t, p, a, s, n in connection.execute(query)]
