"""The trucks' queries: trips by number or seal, the parcels on a truck or waiting for one,
their counts, and the crew's records (drivers, trucks, trailers)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import and_, case, func
from sqlmodel import Session, SQLModel, col, select

from s321_desk.domain.codes import PACKED_NOT_LOADED, LoadStatus
from s321_desk.store.models import Driver, Load, Order, Parcel, Trailer, Truck

Vehicle = TypeVar("Vehicle", Truck, Trailer)


def trips_of_carrier(session: Session, scac: str) -> int:
    """How many trips' numbers start with the carrier's code."""
    query = select(func.count()).select_from(Load).where(col(Load.trip_number).startswith(scac))
    return int(session.scalar(query) or 0)


def load_by_trip(session: Session, trip: str) -> Load | None:
    """The load with this trip number."""
    return session.scalars(select(Load).where(Load.trip_number == trip)).first()


def load_by_reference(session: Session, reference: str) -> Load | None:
    """The load whose trip number is ``reference`` (upper case), or whose id it is."""
    condition = col(Load.trip_number) == reference.upper()
    if reference.isdigit():
        condition = condition | (col(Load.id) == int(reference))
    return session.scalars(select(Load).where(condition)).first()


def parcels_on(session: Session, load_id: int | None) -> list[Parcel]:
    """The parcels on a truck, by parcel id."""
    query = select(Parcel).where(Parcel.load_id == load_id).order_by(col(Parcel.code))
    return list(session.scalars(query))


def loads_listed(
    session: Session,
    *,
    arriving: tuple[datetime, datetime] | None,
    holding: str | None,
    open_or_since: datetime | None,
    status: str | None,
    limit: int,
) -> list[Load]:
    """Trips, latest arrival first (then by number), at most ``limit``: arriving in that
    window, or whose number or seal holds the text, or open or arriving since that instant;
    of that status only, if given."""
    query = select(Load)
    if arriving is not None:
        query = query.where(
            col(Load.planned_arrival) >= arriving[0], col(Load.planned_arrival) < arriving[1]
        )
    elif holding is not None:
        query = query.where(
            col(Load.trip_number).contains(holding.upper(), autoescape=True)
            | func.upper(col(Load.seal)).contains(holding.upper(), autoescape=True)
        )
    elif open_or_since is not None:
        query = query.where(
            (col(Load.status) == LoadStatus.OPEN) | (col(Load.planned_arrival) >= open_or_since)
        )
    if status is not None:
        query = query.where(col(Load.status) == status)
    query = query.order_by(col(Load.planned_arrival).desc(), col(Load.trip_number)).limit(limit)
    return list(session.scalars(query))


def parcel_counts(session: Session, load_ids: Iterable[int | None]) -> dict[int, tuple[int, int]]:
    """Per load: its parcels, and how many of them need a decision."""
    query = (
        select(Parcel.load_id, func.count(), func.count(case((col(Parcel.needs_decision), 1))))
        .where(col(Parcel.load_id).in_(list(load_ids)))
        .group_by(col(Parcel.load_id))
    )
    return {
        int(load_id): (int(parcels), int(waiting or 0))
        for load_id, parcels, waiting in session.exec(query)
        if load_id is not None
    }


def parcels_and_orders_on(session: Session, load_id: int | None) -> list[tuple[Parcel, Order]]:
    """The parcels on a truck, by parcel id, each with its order."""
    return _parcels_and_orders(session, col(Parcel.load_id) == load_id)


def parcels_and_orders_waiting(
    session: Session, day: date, port: str
) -> list[tuple[Parcel, Order]]:
    """The parcels packed for a US day and port (held ones too) that are on no truck yet, by
    parcel id, each with its order."""
    return _parcels_and_orders(
        session,
        and_(
            col(Parcel.us_day) == day,
            col(Parcel.port) == port,
            col(Parcel.load_id).is_(None),
            col(Parcel.status).in_(PACKED_NOT_LOADED),
        ),
    )


def _parcels_and_orders(session: Session, condition: Any) -> list[tuple[Parcel, Order]]:
    query = (
        select(Parcel, Order)
        .join(Order, col(Order.id) == Parcel.order_id)
        .where(condition)
        .order_by(col(Parcel.code))
    )
    return [(parcel, order) for parcel, order in session.exec(query).all()]


# -- the crew's records --------------------------------------------------------------------------


def drivers(session: Session, *, active_only: bool) -> list[Driver]:
    """The drivers by number (the active ones only, if asked)."""
    query = select(Driver).order_by(col(Driver.number))
    if active_only:
        query = query.where(col(Driver.active).is_(True))
    return list(session.scalars(query))


def driver_by_number(session: Session, number: str) -> Driver | None:
    return session.scalars(select(Driver).where(Driver.number == number)).first()


def vehicles(session: Session, table: type[Vehicle], *, active_only: bool) -> list[Vehicle]:
    """The trucks (by unit) or trailers (by number), the active ones only if asked."""
    query = select(table).order_by(_vehicle_key(table))
    if active_only:
        query = query.where(col(table.active).is_(True))
    return list(session.scalars(query))


def vehicle_by_key(session: Session, table: type[Vehicle], key: str) -> Vehicle | None:
    """The truck by its unit, or the trailer by its number."""
    return session.scalars(select(table).where(_vehicle_key(table) == key)).first()


def _vehicle_key(table: type[SQLModel]) -> Any:
    return col(Truck.unit) if table is Truck else col(Trailer.number)
