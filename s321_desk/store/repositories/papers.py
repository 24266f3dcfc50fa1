"""The papers' queries: a truck's parcels, their orders and packed lines with the catalogue's
customs data, the recipients' splits, each order's first parcel, a hold's decision, a parcel's
current verdict, a station's last test print."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as columns
from sqlmodel import Session, col, select

from s321_desk.domain.codes import ParcelStatus
from s321_desk.store.models import (
    AuditEntry,
    Order,
    OrderLine,
    Parcel,
    ParcelItem,
    ParcelVerdict,
    Product,
    RecipientSplit,
)


def orders_by_id(session: Session, order_ids: Iterable[int]) -> dict[int | None, Order]:
    """These orders, by id."""
    query = select(Order).where(col(Order.id).in_(set(order_ids)))
    return {order.id: order for order in session.scalars(query)}


def packed_lines(session: Session, parcel_ids: Iterable[int | None]) -> list[Any]:
    """Each parcel's packed lines, by parcel and line: (parcel id, units packed, order id,
    SKU, description, ordered, unit price, discount, currency, then the catalogue's HTS,
    origin, flags, UN number, hazard class and description, None for an unknown SKU)."""
    query = (
        columns(
            col(ParcelItem.parcel_id),
            func.sum(ParcelItem.quantity),
            col(OrderLine.order_id),
            col(OrderLine.sku),
            col(OrderLine.description),
            col(OrderLine.quantity),
            col(OrderLine.unit_price_cents),
            col(OrderLine.discount_cents),
            col(Order.currency),
            col(Product.hts),
            col(Product.origin),
            col(Product.flags),
            col(Product.un_number),
            col(Product.hazard_class),
            col(Product.description),
        )
        .join(OrderLine, col(OrderLine.id) == ParcelItem.order_line_id)
        .join(Order, col(Order.id) == OrderLine.order_id)
        .outerjoin(Product, col(Product.sku) == OrderLine.sku)
        .where(col(ParcelItem.parcel_id).in_(list(parcel_ids)))
        # Every selected table's key: PostgreSQL groups only what the key determines.
        .group_by(col(ParcelItem.parcel_id), col(OrderLine.id), col(Order.id), col(Product.id))
        .order_by(col(ParcelItem.parcel_id), col(OrderLine.id))
    )
    return list(session.execute(query).all())


def parcels_on(session: Session, load_id: int | None) -> list[Parcel]:
    """The parcels on a truck, by parcel id."""
    query = select(Parcel).where(Parcel.load_id == load_id).order_by(col(Parcel.code))
    return list(session.scalars(query))


def recipient_splits(session: Session) -> list[RecipientSplit]:
    """Every pair of names a supervisor split at a delivery point."""
    return list(session.scalars(select(RecipientSplit)))


def first_parcels(session: Session, order_ids: Iterable[int | None]) -> set[int]:
    """Each order's first parcel (lowest id) that is not voided."""
    query = (
        select(func.min(Parcel.id))
        .where(col(Parcel.order_id).in_(list(order_ids)), Parcel.status != ParcelStatus.VOIDED)
        .group_by(col(Parcel.order_id))
    )
    return {int(first) for first in session.scalars(query) if first is not None}


def last_audit(
    session: Session, action: str, entity_id: str, entity_type: str | None = None
) -> AuditEntry | None:
    """The latest audit line of ``action`` about ``entity_id`` (of that type, if given)."""
    query = select(AuditEntry).where(AuditEntry.action == action, AuditEntry.entity_id == entity_id)
    if entity_type is not None:
        query = query.where(AuditEntry.entity_type == entity_type)
    return session.scalars(query.order_by(col(AuditEntry.id).desc()).limit(1)).first()


def latest_verdict(session: Session, parcel_id: int | None) -> ParcelVerdict | None:
    """A parcel's current verdict: its latest."""
    query = select(ParcelVerdict).where(ParcelVerdict.parcel_id == parcel_id)
    return session.scalars(query.order_by(col(ParcelVerdict.id).desc()).limit(1)).first()
