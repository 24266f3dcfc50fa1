"""The queries of the store's setup and levers (services/admin/): users, settings, FX rates,
the catalog, the first-run checklist's counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Table, case, func, or_
from sqlmodel import Session, col, select

from s321_desk.domain.codes import PACKED
from s321_desk.store.models import (
    AuditEntry,
    FxRate,
    Order,
    OrderLine,
    Parcel,
    ParcelItem,
    Product,
    Setting,
    User,
)

# The tables read as rows, not objects, where the desk's start reads them (no mapper configured).
USERS: Table = User.__table__  # type: ignore[attr-defined]
SETTINGS: Table = Setting.__table__  # type: ignore[attr-defined]

# -- users ------------------------------------------------------------------------------------


def count_users(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User)) or 0


def has_users(session: Session) -> bool:
    return session.scalars(select(User.id).limit(1)).first() is not None


def user_named(session: Session, who: str) -> User | None:
    """The user whose name or badge is ``who``."""
    return session.scalars(
        select(User).where(or_(col(User.name) == who, col(User.badge) == who))
    ).first()


def user_taking(session: Session, name: str, badge: str) -> User | None:
    """A user already named ``name`` or badged ``badge`` (either way round)."""
    return session.scalars(
        select(User).where(or_(col(User.name) == name, col(User.badge) == badge))
    ).first()


def users(session: Session, *, active_only: bool = False) -> Sequence[User]:
    """Every user by name (or only those who may sign in)."""
    query = select(User).order_by(col(User.name))
    if active_only:
        query = query.where(col(User.active).is_(True))
    return session.scalars(query).all()


def active_users(session: Session) -> list[tuple[str, str]]:
    """The name and role of every active user."""
    return [
        (name, role)
        for name, role in session.execute(select(User.name, User.role).where(col(User.active)))
    ]


def other_active_admins(session: Session, user_id: int | None) -> int:
    """How many active administrators the store has besides ``user_id``."""
    return (
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(col(User.role) == "admin", col(User.active).is_(True), col(User.id) != user_id)
        )
        or 0
    )


def pin_hashes(session: Session) -> list[str]:
    """Every user's stored PIN hash (what they are keyed with, never checked here)."""
    return list(session.scalars(select(User.pin_hash)))


def users_hashed_with(session: Session, prefix: str) -> list[User]:
    """The users whose PIN hash starts with ``prefix`` (an older desk's plain scrypt)."""
    return list(session.scalars(select(User).where(col(User.pin_hash).startswith(prefix))))


def any_hashed_with(session: Session, prefix: str) -> bool:
    """Whether a user's PIN hash starts with ``prefix``: read from the users table's rows, not
    as User objects, so the desk's start (which asks it) does not configure the ORM's mappers
    before its window is painted."""
    query = select(USERS.c.id).where(USERS.c.pin_hash.startswith(prefix)).limit(1)
    return session.execute(query).first() is not None


# -- settings ---------------------------------------------------------------------------------


def setting_rows(session: Session) -> Sequence[Setting]:
    return session.scalars(select(Setting)).all()


def stored_settings(session: Session, keys: Sequence[str]) -> dict[str, str]:
    """The stored JSON text of each of ``keys`` that has one, read from the settings table's
    rows, not as Setting objects: the desk's start reads its station's name and time zone so,
    before its window is painted, and the ORM's mappers (all the tables at once, some 10 ms)
    are configured by the first read after. Pending changes of the session are not seen."""
    query = select(SETTINGS.c.key, SETTINGS.c.value).where(SETTINGS.c.key.in_(keys))
    return {key: value for key, value in session.execute(query).all()}


# -- FX rates ---------------------------------------------------------------------------------


def fx_rates(session: Session) -> Sequence[FxRate]:
    """Every rate, by currency and the day it is in force from."""
    return session.scalars(
        select(FxRate).order_by(col(FxRate.currency), col(FxRate.valid_from))
    ).all()


def fx_rate(session: Session, currency: str, valid_from: date) -> FxRate | None:
    return session.scalars(
        select(FxRate).where(FxRate.currency == currency, FxRate.valid_from == valid_from)
    ).first()


def next_fx_rate_from(session: Session, currency: str, after: date) -> date | None:
    """The day the currency's next rate after ``after`` is in force from, if there is one."""
    return session.scalar(
        select(func.min(FxRate.valid_from)).where(
            FxRate.currency == currency, col(FxRate.valid_from) > after
        )
    )


def count_fx_rates(session: Session, currency: str) -> int:
    return (
        session.scalar(select(func.count()).select_from(FxRate).where(FxRate.currency == currency))
        or 0
    )


# -- parcels named back ------------------------------------------------------------------------


def parcel_codes(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """The codes of the parcels ``ids`` (those judged again: named to the person)."""
    rows = session.execute(select(Parcel.id, Parcel.code).where(col(Parcel.id).in_(ids)))
    return {parcel_id: code for parcel_id, code in rows}


# -- the catalog ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductsFound:
    products: Sequence[Product]  # the first ``limit``: those lacking an HTS or origin first
    matched: int
    lacking: int  # of those matched, without an HTS number or an origin
    total: int  # in the catalog


def find_products(
    session: Session, pattern: str, hts_digits: str, *, missing_only: bool, limit: int
) -> ProductsFound:
    """The products whose SKU, description or barcode is ``LIKE pattern`` (lower case,
    ``\\`` escaping) or whose HTS number starts with ``hts_digits`` (neither: all)."""
    missing = or_(col(Product.hts).is_(None), col(Product.origin).is_(None))
    where: list[ColumnElement[bool]] = []
    if pattern:
        fields = [
            func.lower(col(Product.sku)).like(pattern, escape="\\"),
            func.lower(col(Product.description)).like(pattern, escape="\\"),
            func.lower(func.coalesce(col(Product.barcode), "")).like(pattern, escape="\\"),
        ]
        if hts_digits:
            fields.append(col(Product.hts).like(hts_digits + "%"))
        where.append(or_(*fields))
    if missing_only:
        where.append(missing)
    total = session.scalar(select(func.count()).select_from(Product)) or 0
    matched = session.scalar(select(func.count()).select_from(Product).where(*where)) or 0
    lacking = session.scalar(select(func.count()).select_from(Product).where(*where, missing)) or 0
    products = session.scalars(
        select(Product)
        .where(*where)
        .order_by(case((missing, 0), else_=1), col(Product.sku))
        .limit(limit)
    ).all()
    return ProductsFound(products, matched, lacking, total)


def product(session: Session, sku: str) -> Product | None:
    return session.scalars(select(Product).where(Product.sku == sku)).first()


def count_products(session: Session, *, unclassified: bool = False) -> int:
    """The catalog's products (``unclassified``: those without an HTS number or an origin)."""
    query = select(func.count()).select_from(Product)
    if unclassified:
        query = query.where(col(Product.hts).is_(None) | col(Product.origin).is_(None))
    return session.scalar(query) or 0


def packed_parcels_holding(session: Session, sku: str) -> Sequence[Parcel]:
    """The packed parcels (closed, held, loaded) with an item of ``sku``."""
    holding = (
        select(ParcelItem.parcel_id)
        .join(OrderLine, col(OrderLine.id) == ParcelItem.order_line_id)
        .where(OrderLine.sku == sku)
    )
    return session.scalars(
        select(Parcel).where(col(Parcel.status).in_(PACKED), col(Parcel.id).in_(holding))
    ).all()


# -- the first run ----------------------------------------------------------------------------


def last_printer_test(session: Session, station: str) -> datetime | None:
    """When the station's printer was last tested (its audit line), if ever."""
    return session.scalars(
        select(AuditEntry.at)
        .where(
            AuditEntry.entity_type == "station",
            AuditEntry.entity_id == station,
            AuditEntry.action == "printer.test",
        )
        .order_by(col(AuditEntry.id).desc())
        .limit(1)
    ).first()


def count_orders(session: Session, *, up_to: int) -> int:
    """The orders, counted up to ``up_to`` (a store of a million is counted no further)."""
    return (
        session.scalar(select(func.count()).select_from(select(Order.id).limit(up_to).subquery()))
        or 0
    )
