"""Look-ups the engine needs, as single indexed queries (text SQL: the hot path of a scan)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Connection, TextClause, text

_NEIGHBOURS = text(
    """
    SELECT p.id, p.code, p.load_id, p.us_day, p.crossing_at, p.value_usd_cents, p.route,
           p.order_id, (p.recipient_key = :key AND p.us_day = :day) AS same_day,
           o.recipient_name, o.address1, o.address2, o.city, o.state,
           o.postal_code, o.country
    FROM parcels AS p JOIN orders AS o ON o.id = p.order_id
    WHERE ((p.recipient_key = :key AND p.us_day = :day) OR p.order_id = :order_id)
      AND p.id != :parcel_id
      AND p.status IN ('closed', 'held', 'loaded')
    """
)


_SPLITS = text("SELECT name_a, name_b FROM recipient_splits WHERE address_key = :key")


@dataclass(frozen=True, slots=True)
class NeighbourRow:
    """Another parcel that may bear on a verdict: same address key and day, or same order.

    Only parcels that count are returned: closed (packed), held, or loaded on a truck.
    """

    id: int
    code: str
    load_id: int | None
    us_day: date | None
    crossing_at: datetime | None
    value_usd_cents: int | None
    route: str | None
    order_id: int
    same_day: bool  # the same recipient key and US day (else: only the same order)
    recipient_name: str
    address1: str
    address2: str | None
    city: str
    state: str | None
    postal_code: str
    country: str


def neighbours(
    connection: Connection, *, key: str, day: date, order_id: int, parcel_id: int
) -> list[NeighbourRow]:
    """One query on the (recipient_key, us_day) and order_id indexes."""
    params = {"key": key, "day": day.isoformat(), "order_id": order_id, "parcel_id": parcel_id}
    return [_row(values) for values in _fetch(connection, _NEIGHBOURS, params)]


def _row(values: tuple) -> NeighbourRow:  # type: ignore[type-arg]
    (id_, code, load_id, us_day, crossing_at, value, route, order_id, same_day, *recipient) = values
    return NeighbourRow(
        id_,
        code,
        load_id,
        date.fromisoformat(us_day) if isinstance(us_day, str) else us_day,
        _utc(crossing_at),
        value,
        route,
        order_id,
        bool(same_day),
        *recipient,
    )


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
