"""The packing room's queries (services/packing/): the station's look-ups and its few writes'
(pack.py and station.py: an order by its name, a parcel's items, an order line's count packed, the
catalog's product behind a scan), and those of a parcel's papers and checks (labels.py,
pick_tickets.py, prior_notice.py, dangerous_goods.py: the parcel by its id or SCN, the labels
waiting, a day's orders, the items' flags and dangerous goods). Each in the caller's session (its
unit of work)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

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


# -- parcels ----------------------------------------------------------------------------------


def parcel_by_code(session: Session, code: str) -> Parcel:
    """The parcel ``code`` (it must exist: NoResultFound otherwise)."""
    return session.scalars(select(Parcel).where(Parcel.code == code)).one()


def parcel_by_code_or_scn(session: Session, text: str) -> Parcel | None:
    """The parcel whose id or SCN is ``text``, if any."""
    query = select(Parcel).where((col(Parcel.code) == text) | (col(Parcel.scn) == text))
    return session.scalars(query).first()


def parcels_on_load(session: Session, load_id: int | None) -> list[Parcel]:
    return list(session.scalars(select(Parcel).where(Parcel.load_id == load_id)))


# -- labels -----------------------------------------------------------------------------------


def order_names_in(session: Session, parcel_id: int | None) -> set[str]:
    """The names of the orders whose items the parcel holds."""
    query = (
        select(Order.name)
        .join(OrderLine, col(OrderLine.order_id) == Order.id)
        .join(ParcelItem, col(ParcelItem.order_line_id) == OrderLine.id)
        .where(ParcelItem.parcel_id == parcel_id)
    )
    return set(session.scalars(query))


def waiting_for_label(session: Session, station: str | None = None) -> list[Parcel]:
    """The parcels (not voided) whose new label waits to be printed, a station's own given
    ``station``, in the order they were packed."""
    query = select(Parcel).where(
        col(Parcel.relabel).is_(True), Parcel.status != ParcelStatus.VOIDED
    )
    if station is not None:
        query = query.where(Parcel.station == station)
    return list(session.scalars(query.order_by(col(Parcel.id))))


def relabelled_for(session: Session, recipient_key: str) -> Sequence[Parcel]:
    """The parcels of one recipient whose new label waits, in the order they were packed."""
    query = (
        select(Parcel)
        .where(col(Parcel.relabel).is_(True), Parcel.recipient_key == recipient_key)
        .order_by(col(Parcel.id))
    )
    return session.scalars(query).all()


# -- pick tickets and packing slips -----------------------------------------------------------


def orders_created(session: Session, start: datetime, end: datetime) -> list[Order]:
    """The orders created in [start, end), in the order they came."""
    query = (
        select(Order)
        .where(col(Order.created_at) >= start, col(Order.created_at) < end)
        .order_by(col(Order.created_at), col(Order.id))
    )
    return list(session.scalars(query))


def order_names(session: Session, ids: set[int]) -> dict[int | None, str]:
    """The name of each order of ``ids``."""
    query = select(Order).where(col(Order.id).in_(ids))
    return {order.id: order.name for order in session.scalars(query)}


# -- what the catalog says of the items -------------------------------------------------------


def item_flags(session: Session, parcel_ids: list[int]) -> list[tuple[int, str | None]]:
    """(parcel id, the catalog's flags) of each item of the parcels with a product."""
    query = (
        select(ParcelItem.parcel_id, Product.flags)
        .join(OrderLine, col(OrderLine.id) == ParcelItem.order_line_id)
        .join(Product, col(Product.sku) == OrderLine.sku)
        .where(col(ParcelItem.parcel_id).in_(parcel_ids))
    )
    return [(parcel_id, flags) for parcel_id, flags in session.execute(query)]


def item_hazmat(
    session: Session, parcel_ids: list[int]
) -> list[tuple[int, str | None, str | None, str | None, str]]:
    """(parcel id, flags, UN number, hazard class, description) of each item of the parcels
    with a product."""
    columns: list[Any] = [
        ParcelItem.parcel_id,
        Product.flags,
        Product.un_number,
        Product.hazard_class,
        Product.description,
    ]
    query = (
        select(*columns)
        .join(OrderLine, col(OrderLine.id) == ParcelItem.order_line_id)
        .join(Product, col(Product.sku) == OrderLine.sku)
        .where(col(ParcelItem.parcel_id).in_(parcel_ids))
    )
    return [(p, flags, un, hazard, words) for p, flags, un, hazard, words in session.execute(query)]
