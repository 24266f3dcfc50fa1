"""The look-ups of things found again: a parcel by its id, its order or its recipient's name
(the search's indexed text SQL, on each backend), a parcel's history, an order's lines and
parcels, the parcels listed, the first window's counts and newest orders."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

from sqlalchemy import Connection, ScalarSelect, func, text
from sqlalchemy import select as columns
from sqlmodel import Session, SQLModel, col, select

from s321_desk.store.models import (
    AuditEntry,
    Load,
    Order,
    OrderLine,
    Parcel,
    ParcelItem,
    ParcelVerdict,
    Product,
    User,
)

FOLD_FUNCTION = "s321_fold_contains"
# The highest code point: "abc" + it is above every text starting with "abc", for prefix ranges.
_TOP = "\U0010ffff"

_COLUMNS = """
    p.id, p.code, p.status, p.route, p.us_day, p.station, p.created_at, p.closed_at,
    p.needs_decision, o.name, o.recipient_name, o.city, o.state, o.country
"""
_EXACT_CODE = text(f"""
    SELECT {_COLUMNS} FROM parcels p JOIN orders o ON o.id = p.order_id WHERE p.code = :code
""")
_BY_CODE = text(f"""
    SELECT {_COLUMNS} FROM parcels p JOIN orders o ON o.id = p.order_id
    WHERE p.code >= :low AND p.code < :high ORDER BY p.id DESC LIMIT :limit
""")
_BY_ORDER = text(f"""
    SELECT {_COLUMNS} FROM parcels p JOIN orders o ON o.id = p.order_id
    WHERE p.order_id IN (
        SELECT id FROM orders WHERE name >= :low AND name < :high
        UNION SELECT id FROM orders WHERE name >= :hash_low AND name < :hash_high
    )
    ORDER BY p.id DESC LIMIT :limit
""")
# The ASCII names through SQLite's LIKE (ASCII case-blind, in C), the others through the fold.
_BY_NAME = text(f"""
    SELECT {_COLUMNS} FROM parcels p JOIN orders o ON o.id = p.order_id
    WHERE p.order_id IN (
        SELECT id FROM orders
        WHERE recipient_name LIKE :pattern ESCAPE '\\'
           OR (recipient_name GLOB '*[^ -~]*' AND {FOLD_FUNCTION}(recipient_name, :needle))
    )
    ORDER BY p.id DESC LIMIT :limit
""")


# PostgreSQL: the same look-ups, prefixes as LIKE patterns, the name through the fold in SQL.
_PG_BY_CODE = text(f"""
    SELECT {_COLUMNS} FROM parcels p JOIN orders o ON o.id = p.order_id
    WHERE p.code LIKE :prefix ESCAPE '\\' ORDER BY p.id DESC LIMIT :limit
""")
_PG_BY_ORDER = text(f"""
    SELECT {_COLUMNS} FROM parcels p JOIN orders o ON o.id = p.order_id
    WHERE p.order_id IN (
        SELECT id FROM orders WHERE name LIKE :prefix ESCAPE '\\'
        UNION SELECT id FROM orders WHERE name LIKE :hash_prefix ESCAPE '\\'
    )
    ORDER BY p.id DESC LIMIT :limit
""")
_PG_BY_NAME = text(f"""
    SELECT {_COLUMNS} FROM parcels p JOIN orders o ON o.id = p.order_id
    WHERE p.order_id IN (
        SELECT id FROM orders
        WHERE lower(regexp_replace(normalize(recipient_name, NFKD), '[\\u0300-\\u036f]', '', 'g'))
              LIKE :pattern ESCAPE '\\'
    )
    ORDER BY p.id DESC LIMIT :limit
""")


def fold(value: str) -> str:
    """Lower case without accents: "MÜLLER" and "muller" fold alike."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def parcel_by_code(connection: Connection, code: str) -> Any | None:
    """The parcel (with its order's name and place) whose printable id is ``code``."""
    return connection.execute(_EXACT_CODE, {"code": code}).first()


def parcels_by_code(connection: Connection, code: str, limit: int) -> list[Any]:
    """The parcels whose id starts with ``code``, newest first (a range on the unique index;
    a LIKE on PostgreSQL's ``text_pattern_ops`` one)."""
    if _postgres(connection):
        params: dict[str, object] = {"prefix": like_escaped(code) + "%", "limit": limit}
        return list(connection.execute(_PG_BY_CODE, params).all())
    params = {"low": code, "high": code + _TOP, "limit": limit}
    return list(connection.execute(_BY_CODE, params).all())


def parcels_by_order(connection: Connection, wanted: str, limit: int) -> list[Any]:
    """The parcels of the orders whose name starts with ``wanted``, with or without its "#",
    newest first."""
    bare = wanted.lstrip("#")
    if _postgres(connection):
        params: dict[str, object] = {
            "prefix": like_escaped(wanted) + "%",
            "hash_prefix": f"#{like_escaped(bare)}%",
            "limit": limit,
        }
        return list(connection.execute(_PG_BY_ORDER, params).all())
    params = {
        "low": wanted,
        "high": wanted + _TOP,
        "hash_low": f"#{bare}",
        "hash_high": f"#{bare}{_TOP}",
        "limit": limit,
    }
    return list(connection.execute(_BY_ORDER, params).all())


def parcels_by_name(connection: Connection, needle: str, limit: int) -> list[Any]:
    """The parcels of the orders whose recipient's name holds ``needle`` (folded), newest
    first: one read of the orders table."""
    pattern = f"%{like_escaped(needle)}%"
    if _postgres(connection):
        params: dict[str, object] = {"pattern": pattern, "limit": limit}
        return list(connection.execute(_PG_BY_NAME, params).all())
    _register_fold(connection)
    params = {"pattern": pattern, "needle": needle, "limit": limit}
    return list(connection.execute(_BY_NAME, params).all())


def like_escaped(value: str) -> str:
    """The text as a LIKE pattern's literal part: its ``\\``, ``%`` and ``_`` escaped."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def _register_fold(connection: Connection) -> None:
    """The accent-blind match for the non-ASCII names, on this connection (SQLite keeps one
    function per name and connection: registering it again replaces it, in microseconds)."""
    raw: Any = connection.connection.driver_connection

    def contains(value: str | None, needle: str) -> bool:
        return value is not None and needle in fold(value)

    raw.create_function(FOLD_FUNCTION, 2, contains, deterministic=True)


# -- a parcel's history, an order's lines ------------------------------------------------------


def parcel_items(session: Session, parcel_id: int) -> list[ParcelItem]:
    """The items packed in a parcel."""
    return list(session.scalars(select(ParcelItem).where(ParcelItem.parcel_id == parcel_id)))


def order_lines_of(session: Session, order_id: int) -> list[OrderLine]:
    """An order's lines, by line number."""
    query = select(OrderLine).where(OrderLine.order_id == order_id)
    return list(session.scalars(query.order_by(col(OrderLine.line_no))))


def verdicts_of(session: Session, parcel_id: int) -> list[ParcelVerdict]:
    """Every verdict a parcel had, oldest first."""
    query = select(ParcelVerdict).where(ParcelVerdict.parcel_id == parcel_id)
    return list(session.scalars(query.order_by(col(ParcelVerdict.id))))


def latest_verdict(session: Session, parcel_id: int | None) -> ParcelVerdict | None:
    """A parcel's current verdict: its latest."""
    query = select(ParcelVerdict).where(ParcelVerdict.parcel_id == parcel_id)
    return session.scalars(query.order_by(col(ParcelVerdict.id).desc()).limit(1)).first()


def user_names(session: Session) -> dict[int | None, str]:
    """Every user's name, by id."""
    return {key: name for key, name in session.exec(select(User.id, User.name)).all()}


def audit_about(session: Session, entity_type: str, entity_id: str) -> list[AuditEntry]:
    """The audit lines about one thing (a parcel by its printable id), in the order written."""
    query = select(AuditEntry).where(
        AuditEntry.entity_type == entity_type, AuditEntry.entity_id == entity_id
    )
    return list(session.scalars(query.order_by(col(AuditEntry.id))))


def order_parcels_and_trips(session: Session, order_id: int) -> list[tuple[Parcel, str | None]]:
    """An order's parcels, oldest first, each with the trip of the truck it is on."""
    query = (
        select(Parcel, Load.trip_number)
        .join(Load, col(Load.id) == Parcel.load_id, isouter=True)
        .where(Parcel.order_id == order_id)
        .order_by(col(Parcel.created_at), col(Parcel.id))
    )
    return [(parcel, trip) for parcel, trip in session.exec(query).all()]


def packed_quantities(session: Session, order_id: int) -> list[tuple[int, int, int]]:
    """How many of each of an order's lines each of its parcels holds: (parcel id, line id,
    quantity)."""
    query = (
        select(ParcelItem.parcel_id, ParcelItem.order_line_id, func.sum(ParcelItem.quantity))
        .join(Parcel, col(Parcel.id) == ParcelItem.parcel_id)
        .where(Parcel.order_id == order_id)
        .group_by(col(ParcelItem.parcel_id), col(ParcelItem.order_line_id))
    )
    return [(int(p), int(line), int(q)) for p, line, q in session.exec(query).all()]


def parcels_and_orders(
    session: Session, *, day: date | None = None, needs_decision: bool = False
) -> list[tuple[Parcel, Order]]:
    """The parcels (of a US day, or needing a decision), by id, each with its order."""
    query = select(Parcel, Order).join(Order, col(Order.id) == Parcel.order_id)
    if day is not None:
        query = query.where(Parcel.us_day == day)
    if needs_decision:
        query = query.where(col(Parcel.needs_decision))
    return [(parcel, order) for parcel, order in session.exec(query.order_by(col(Parcel.id)))]


# -- the first window ---------------------------------------------------------------------------


def row_counts(connection: Connection) -> tuple[int, int, int, int, int]:
    """Products, orders, order lines, parcels and loads, counted in one round trip."""

    def count(model: type[SQLModel]) -> ScalarSelect[int]:
        return columns(func.count()).select_from(model).scalar_subquery()

    query = columns(count(Product), count(Order), count(OrderLine), count(Parcel), count(Load))
    products, orders, lines, parcels, loads = connection.execute(query).one()
    return int(products), int(orders), int(lines), int(parcels), int(loads)


def newest_orders(connection: Connection, limit: int) -> list[dict[str, Any]]:
    """The ``limit`` newest orders with their line count, quantity and value (quantity x unit
    price - discount, in cents), newest first."""
    orders: Any = Order.__table__.c  # type: ignore[attr-defined]
    lines: Any = OrderLine.__table__.c  # type: ignore[attr-defined]
    line_value = lines.quantity * lines.unit_price_cents - lines.discount_cents
    # The newest orders first, through the created_at index; only their lines are summed.
    # Grouping every order before the limit read the whole store (1.1-1.9 s at 1,000,000).
    newest = (
        columns(orders.id)
        .order_by(orders.created_at.desc(), orders.id.desc())
        .limit(limit)
        .scalar_subquery()
    )
    order_table: Any = Order.__table__  # type: ignore[attr-defined]
    query = (
        columns(
            orders.id.label("order_id"),
            orders.name,
            orders.created_at,
            orders.recipient_name,
            orders.city,
            orders.state,
            orders.postal_code,
            orders.currency,
            func.count(lines.id).label("line_count"),
            func.coalesce(func.sum(lines.quantity), 0).label("total_quantity"),
            func.coalesce(func.sum(line_value), 0).label("value_cents"),
        )
        .select_from(order_table.outerjoin(OrderLine.__table__))  # type: ignore[attr-defined]
        .where(orders.id.in_(newest))
        .group_by(orders.id)
        .order_by(orders.created_at.desc(), orders.id.desc())
    )
    return [dict(row._mapping) for row in connection.execute(query)]
