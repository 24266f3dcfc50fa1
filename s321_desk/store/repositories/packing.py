"""The packing station's look-ups and its few writes' queries (services/packing/pack.py and
station.py): an order by its name, a parcel's items, an order line's count packed, the catalog's
product behind a scan. Each one indexed query, in the caller's session (its unit of work)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func
from sqlmodel import Session, col, select

from s321_desk.domain.codes import ParcelStatus
from s321_desk.store.models import Order, OrderLine, Parcel, ParcelItem, Product


def order_named(session: Session, names: Iterable[str]) -> Order | None:
    """The order whose name is one of ``names`` (its spellings with and without '#')."""
    return session.scalars(select(Order).where(col(Order.name).in_(list(names)))).first()


def open_parcel_of(session: Session, order_id: int | None) -> Parcel | None:
    """The order's parcel still open on a bench, if any."""
    query = select(Parcel).where(Parcel.order_id == order_id, Parcel.status == ParcelStatus.OPEN)
    return session.scalars(query).first()


def last_parcel_id(session: Session) -> int:
    """The highest parcel id given so far (0 for none): the next parcel's number follows it."""
    return int(session.scalar(select(func.max(Parcel.id))) or 0)


def product_by_barcode(session: Session, code: str) -> Product | None:
    return session.scalars(select(Product).where(Product.barcode == code)).first()


def product_by_sku(session: Session, sku: str) -> Product | None:
    return session.scalars(select(Product).where(Product.sku == sku)).first()


def product_scanned(session: Session, code: str) -> Product | None:
    """The product a scan names: by its barcode (UPC/EAN), else by its SKU."""
    return product_by_barcode(session, code) or product_by_sku(session, code)


def order_lines(session: Session, order_id: int | None) -> list[OrderLine]:
    """The order's lines, in their order."""
    query = select(OrderLine).where(OrderLine.order_id == order_id)
    return list(session.scalars(query.order_by(col(OrderLine.line_no))))


def packed_of_line(session: Session, order_id: int, line_id: int | None) -> int:
    """How many of an order line are in the order's parcels (voided ones excepted)."""
    query = (
        select(func.coalesce(func.sum(ParcelItem.quantity), 0))
        .join(Parcel, col(Parcel.id) == ParcelItem.parcel_id)
        .where(
            ParcelItem.order_line_id == line_id,
            Parcel.status != ParcelStatus.VOIDED,
            Parcel.order_id == order_id,
        )
    )
    return int(session.scalar(query) or 0)


def packed_by_line(session: Session, order_id: int | None) -> dict[int, int]:
    """Each order line's id to how many of it are in the order's parcels (voided excepted)."""
    query = (
        select(ParcelItem.order_line_id, func.sum(ParcelItem.quantity))
        .join(Parcel, col(Parcel.id) == ParcelItem.parcel_id)
        .where(Parcel.order_id == order_id, Parcel.status != ParcelStatus.VOIDED)
        .group_by(col(ParcelItem.order_line_id))
    )
    return {int(line): int(count or 0) for line, count in session.exec(query).all()}


def items_in(session: Session, parcel_id: int | None) -> int:
    """How many items the parcel holds (a count's quantity included)."""
    query = select(func.coalesce(func.sum(ParcelItem.quantity), 0)).where(
        ParcelItem.parcel_id == parcel_id
    )
    return int(session.scalar(query) or 0)


def has_items(session: Session, parcel_id: int | None) -> bool:
    query = select(ParcelItem.id).where(ParcelItem.parcel_id == parcel_id).limit(1)
    return session.scalars(query).first() is not None


def parcel_items(session: Session, parcel_id: int | None) -> list[ParcelItem]:
    return list(session.scalars(select(ParcelItem).where(ParcelItem.parcel_id == parcel_id)))


def last_item(session: Session, parcel_id: int | None) -> ParcelItem | None:
    """The parcel's newest item (the one an undo takes out)."""
    query = (
        select(ParcelItem)
        .where(ParcelItem.parcel_id == parcel_id)
        .order_by(col(ParcelItem.id).desc())
        .limit(1)
    )
    return session.scalars(query).first()


def skus_in_catalog(session: Session, skus: Iterable[str]) -> set[str]:
    """Those of ``skus`` the catalog holds."""
    query = select(Product.sku).where(col(Product.sku).in_(list(skus)))
    return set(session.scalars(query))
