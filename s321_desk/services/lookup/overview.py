"""Read-only queries behind the first window: what the store holds and the newest orders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from s321_desk.store.repositories import lookup
from s321_desk.store.uow import Work, within


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


def store_counts(work: Work) -> StoreCounts:
    """Count products, orders, order lines, parcels and loads in one round trip."""
    with within(work) as uow:
        products, orders, lines, parcels, loads = lookup.row_counts(uow.session.connection())
    return StoreCounts(
        products=products, orders=orders, order_lines=lines, parcels=parcels, loads=loads
    )


def recent_orders(work: Work, limit: int = 500) -> list[OrderRow]:
    """The ``limit`` newest orders with their line count, quantity and value, newest first."""
    with within(work) as uow:
        return [OrderRow(**row) for row in lookup.newest_orders(uow.session.connection(), limit)]
