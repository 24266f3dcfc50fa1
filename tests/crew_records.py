"""Drivers, a truck and a trailer as records, for the tests that seal a trip (a trip is sealed
only with a driver and a truck from the records)."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import col, select

from s321_desk.services.admin.demo import DEMO_DRIVERS, DEMO_TRAILER, DEMO_TRUCK
from s321_desk.services.admin.users import Person
from s321_desk.services.loads.crew_records import add_driver, add_trailer, add_truck
from s321_desk.services.loads.trip_crew import CrewChoice
from s321_desk.store.models import Driver, User
from s321_desk.store.uow import UnitOfWork, one_action

# The demo's own drivers, truck and trailer (services/admin/demo.py), as the records a sealed
# trip needs.
DEE, LUC = DEMO_DRIVERS
TRUCK = DEMO_TRUCK
TRAILER = DEMO_TRAILER
CREW = CrewChoice(driver="D-20", truck="T-12", trailer="TR-9")
TEAM = CrewChoice(driver="D-20", co_driver="D-21", truck="T-12", trailer="TR-9")


def manager(engine: Engine) -> Person | None:
    """Someone who may keep the records (a driver, supervisor or admin), if the store has
    users; None on a store without any."""
    with UnitOfWork(engine) as uow:
        user = uow.session.scalars(
            select(User)
            .where(col(User.role).in_(("supervisor", "driver", "admin")))
            .order_by(col(User.id))
        ).first()
    return None if user is None or user.id is None else Person(user.id, user.name, user.role)


def add_crew(engine: Engine) -> CrewChoice:
    """The records of CREW and TEAM (once per store); returns CREW."""
    with UnitOfWork(engine) as uow:
        if uow.session.scalars(select(Driver)).first() is not None:
            return CREW
    by = manager(engine)
    for number, values in (DEE, LUC):
        with one_action(engine, immediate=True) as work:
            add_driver(work, number, values, by=by)
    with one_action(engine, immediate=True) as work:
        add_truck(work, *TRUCK, by=by)
    with one_action(engine, immediate=True) as work:
        add_trailer(work, *TRAILER, by=by)
    return CREW


def give_prior_notices(engine: Engine, trip: str) -> None:
    """An FDA prior notice number for each parcel on the trip that needs one and lacks it (a
    trip is sealed only with them)."""
    from s321_desk.services.loads.trips import find_load
    from s321_desk.services.packing.prior_notice import missing_prior_notice, set_prior_notice

    with UnitOfWork(engine) as uow:
        missing = missing_prior_notice(uow.session, find_load(uow.session, trip))
    by = manager(engine)
    for number, parcel in enumerate(missing, 1):
        with one_action(engine, immediate=True) as work:
            set_prior_notice(work, parcel, f"PNTEST{number:06d}", by=by)
