"""The queries of the files read in and written out (services/files/): the orders' and the
catalog's imports (Core statements, a batch at a time: no identity map growing with the file),
a day's records and a month's drawback."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import RowMapping, Table, and_, bindparam, func, insert, or_, select, update
from sqlmodel import Session, col
from sqlmodel import select as select_model

from s321_desk.domain.codes import LoadStatus
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

ORDERS: Table = Order.__table__  # type: ignore[attr-defined]
ORDER_LINES: Table = OrderLine.__table__  # type: ignore[attr-defined]
PRODUCTS: Table = Product.__table__  # type: ignore[attr-defined]
CHUNK = 500  # values in one IN (...): well under SQLite's and PostgreSQL's limits

# -- the orders' import -------------------------------------------------------------------------


def order_names_present(session: Session, names: Sequence[str]) -> set[str]:
    """Those of ``names`` that are already orders of the store (asked a chunk at a time)."""
    present: set[str] = set()
    for start in range(0, len(names), CHUNK):
        chunk = names[start : start + CHUNK]
        present.update(session.scalars(select(ORDERS.c.name).where(ORDERS.c.name.in_(chunk))))
    return present


def product_skus(session: Session) -> set[str]:
    return set(session.scalars(select(PRODUCTS.c.sku)))


def skus_by_store_title(session: Session) -> list[tuple[str, str]]:
    """(store title, SKU) of every product with a store title."""
    query = select(PRODUCTS.c.store_title, PRODUCTS.c.sku).where(
        PRODUCTS.c.store_title.is_not(None)
    )
    return [(title, sku) for title, sku in session.execute(query)]


def insert_orders(session: Session, rows: list[dict[str, Any]]) -> Iterator[tuple[int, str]]:
    """Insert the orders' rows; (id, name) of each, in their order."""
    statement = insert(ORDERS).returning(ORDERS.c.id, ORDERS.c.name, sort_by_parameter_order=True)
    rows_written = session.connection().execute(statement, rows)
    return ((order_id, name) for order_id, name in rows_written)


def insert_order_lines(session: Session, rows: list[dict[str, Any]]) -> None:
    session.connection().execute(insert(ORDER_LINES), rows)


# -- the catalog's import -----------------------------------------------------------------------


def barcode_owners(session: Session, barcodes: Sequence[str]) -> dict[str, str]:
    """The SKU each of ``barcodes`` belongs to in the store, for those that do."""
    found = session.connection().execute(
        select(PRODUCTS.c.barcode, PRODUCTS.c.sku).where(PRODUCTS.c.barcode.in_(barcodes))
    )
    return {barcode: sku for barcode, sku in found}


def products_by_sku(session: Session, skus: Sequence[str]) -> dict[str, RowMapping]:
    """The stored products of ``skus``, each as its row's columns."""
    rows = session.connection().execute(select(PRODUCTS).where(PRODUCTS.c.sku.in_(skus)))
    return {product["sku"]: product for product in rows.mappings()}


def insert_products(session: Session, rows: list[dict[str, object]]) -> None:
    session.connection().execute(insert(PRODUCTS), rows)


def update_products(session: Session, rows: list[dict[str, object]], now: datetime) -> None:
    """Each row's ``new_<column>`` values to the product ``the_sku`` (every row names the
    same columns), its ``updated_at`` now."""
    names = [key.removeprefix("new_") for key in rows[0] if key != "the_sku"]
    session.connection().execute(
        update(PRODUCTS)
        .where(PRODUCTS.c.sku == bindparam("the_sku"))
        .values({**{name: bindparam(f"new_{name}") for name in names}, "updated_at": now}),
        rows,
    )


def titled_products(session: Session, after: int, page: int) -> Sequence[tuple[int, str, str]]:
    """(id, SKU, store title) of the products with a store title after id ``after``, a page
    in the order they were added."""
    rows = session.connection().execute(
        select(PRODUCTS.c.id, PRODUCTS.c.sku, PRODUCTS.c.store_title)
        .where(PRODUCTS.c.store_title.is_not(None), PRODUCTS.c.id > after)
        .order_by(PRODUCTS.c.id)
        .limit(page)
    )
    return [(product_id, sku, title) for product_id, sku, title in rows]


def lines_without_sku(session: Session, after: int, page: int) -> Sequence[tuple[int, str]]:
    """(id, description) of the order lines without a SKU after id ``after``, a page."""
    rows = session.connection().execute(
        select(ORDER_LINES.c.id, ORDER_LINES.c.description)
        .where(ORDER_LINES.c.sku.is_(None), ORDER_LINES.c.id > after)
        .order_by(ORDER_LINES.c.id)
        .limit(page)
    )
    return [(line_id, description) for line_id, description in rows]


def give_lines_skus(session: Session, given: list[dict[str, object]]) -> None:
    """``new_sku`` to each order line ``the_id``."""
    session.connection().execute(
        update(ORDER_LINES)
        .where(ORDER_LINES.c.id == bindparam("the_id"))
        .values(sku=bindparam("new_sku")),
        given,
    )


# -- a day's records ------------------------------------------------------------------------------


def parcels_of_day(session: Session, day: date) -> list[Parcel]:
    query = select_model(Parcel).where(Parcel.us_day == day).order_by(col(Parcel.code))
    return list(session.scalars(query))


def user_names(session: Session) -> dict[int | None, str]:
    return {
        user_id: name for user_id, name in session.execute(select(col(User.id), col(User.name)))
    }


def loads_arriving_or(
    session: Session, start: datetime, end: datetime, ids: set[int]
) -> list[Load]:
    """The loads planned to arrive in [start, end), and the loads ``ids``."""
    query = select_model(Load).where(
        or_(
            and_(col(Load.planned_arrival) >= start, col(Load.planned_arrival) < end),
            col(Load.id).in_(ids or {-1}),
        )
    )
    return list(session.scalars(query))


def orders_by_id(session: Session, ids: Iterable[int]) -> dict[int, Order]:
    return {
        order.id: order for order in _in(session, Order, col(Order.id), ids) if order.id is not None
    }


def verdicts_of(session: Session, parcel_ids: Iterable[int]) -> list[ParcelVerdict]:
    return _in(session, ParcelVerdict, col(ParcelVerdict.parcel_id), parcel_ids)


def audit_entries_about(
    session: Session, kinds: Sequence[str], ids: Sequence[str]
) -> list[AuditEntry]:
    """The audit lines about the entities ``ids`` of the types ``kinds`` (a chunk at a time)."""
    found: list[AuditEntry] = []
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        found += session.scalars(
            select_model(AuditEntry).where(
                col(AuditEntry.entity_type).in_(kinds), col(AuditEntry.entity_id).in_(chunk)
            )
        )
    return found


def _in(session: Session, model: Any, column: Any, values: Iterable[Any]) -> list[Any]:
    """The rows whose ``column`` is one of ``values``, read in chunks."""
    wanted = sorted(set(values))
    found: list[Any] = []
    for start in range(0, len(wanted), CHUNK):
        found += session.scalars(
            select_model(model).where(column.in_(wanted[start : start + CHUNK]))
        )
    return found


# -- a month's drawback ---------------------------------------------------------------------------


def sealed_loads_arriving(session: Session, start: datetime, end: datetime) -> list[Load]:
    """The sealed loads planned to arrive in [start, end)."""
    query = select_model(Load).where(
        Load.status == LoadStatus.SEALED,
        col(Load.planned_arrival) >= start,
        col(Load.planned_arrival) < end,
    )
    return list(session.scalars(query))


class ExportedLine(NamedTuple):
    """An order line's units in one parcel that left on a load, with its product's words."""

    load_id: int
    parcel_id: int
    scn: str | None
    units: int
    sku: str | None
    line_description: str
    ordered: int
    unit_price: int  # cents
    line_discount: int  # cents, the whole line's
    currency: str
    product_description: str | None
    hts: str | None
    origin: str | None
    import_transaction: str | None


def exported_lines(
    session: Session, load_ids: Sequence[int], not_exported: Iterable[str]
) -> list[ExportedLine]:
    """Each order line's units in each parcel that left on those loads (one query): not held,
    no status of ``not_exported``."""
    if not load_ids:
        return []
    columns: list[Any] = [
        Parcel.load_id,
        Parcel.id,
        Parcel.scn,
        func.sum(ParcelItem.quantity),
        OrderLine.sku,
        OrderLine.description,
        OrderLine.quantity,
        OrderLine.unit_price_cents,
        OrderLine.discount_cents,
        Order.currency,
        Product.description,
        Product.hts,
        Product.origin,
        Product.import_transaction,
    ]
    query = (
        select(*columns)
        .join(ParcelItem, col(ParcelItem.parcel_id) == Parcel.id)
        .join(OrderLine, col(OrderLine.id) == ParcelItem.order_line_id)
        .join(Order, col(Order.id) == OrderLine.order_id)
        .outerjoin(Product, col(Product.sku) == OrderLine.sku)
        .where(
            col(Parcel.load_id).in_(load_ids),
            col(Parcel.status).not_in(list(not_exported)),
            col(Parcel.manual_hold).is_(False),
        )
        # Every selected table's key: PostgreSQL groups only what the key determines.
        .group_by(col(Parcel.id), col(OrderLine.id), col(Order.id), col(Product.id))
        .order_by(col(Parcel.scn), col(Parcel.id), col(OrderLine.id))
    )
    return [ExportedLine(*row) for row in session.execute(query)]
