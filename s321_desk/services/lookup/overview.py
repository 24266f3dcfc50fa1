"""Read-only queries behind the first window: what the store holds and the newest orders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, ScalarSelect, func, select
from sqlmodel import SQLModel

from s321_desk.store.models import Load, Order, OrderLine, Parcel, Product


@dataclass(frozen=True)
class StoreCounts:
    """How many rows of each kind the store holds."""

    products: int
    orders: int
    order_lines: int
    parcels: int
    loads: int


@dataclass(frozen=True)
class OrderRow:
    """One order as the overview table shows it; money is integer cents in ``currency``."""

    order_id: int
    name: str
    created_at: datetime  # timezone-aware (UTC)
    recipient_name: str
    city: str
    state: str | None
    postal_code: str
    currency: str
    line_count: int
    total_quantity: int
    value_cents: int  # sum of quantity * unit price, minus line discounts


def store_counts(engine: Engine) -> StoreCounts:
    """Count products, orders, order lines, parcels and loads in one round trip."""

    def count(model: type[SQLModel]) -> ScalarSelect[int]:
        return select(func.count()).select_from(model).scalar_subquery()

    query = select(count(Product), count(Order), count(OrderLine), count(Parcel), count(Load))
    with engine.connect() as connection:
        products, orders, lines, parcels, loads = connection.execute(query).one()
    return StoreCounts(
        products=products, orders=orders, order_lines=lines, parcels=parcels, loads=loads
    )


def recent_orders(engine: Engine, limit: int = 500) -> list[OrderRow]:
    """The ``limit`` newest orders with their line count, quantity and value, newest first."""
    orders = Order.__table__.c  # type: ignore[attr-defined]
    lines = OrderLine.__table__.c  # type: ignore[attr-defined]
    line_value = lines.quantity * lines.unit_price_cents - lines.discount_cents
    # The newest orders first, through the created_at index; only their lines are summed.
    # Grouping every order before the limit read the whole store (1.1-1.9 s at 1,000,000).
    newest = (
        select(orders.id)
        .order_by(orders.created_at.desc(), orders.id.desc())
        .limit(limit)
        .scalar_subquery()
    )
    query = (
        select(
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
        .select_from(Order.__table__.outerjoin(OrderLine.__table__))  # type: ignore[attr-defined]
        .where(orders.id.in_(newest))
        .group_by(orders.id)
        .order_by(orders.created_at.desc(), orders.id.desc())
    )
    with engine.connect() as connection:
        return [OrderRow(**row._mapping) for row in connection.execute(query)]
