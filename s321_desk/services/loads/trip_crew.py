"""A trip's crew: its driver (and co-driver), truck and trailer, picked from the records.

Picking them writes the trip's printed fields too (the driver's name, the plates with their
state or province), so that the lead sheet and the manifest read as they always have. At the
seal, what is filed is kept whole with the trip (``load_crews.filed``): the trip's exports and
reprints read it, whatever a record becomes afterwards. A trip of an older store has no crew
row: its free-text driver and plates print as they were; it cannot be filed from the desk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from s321_desk.domain.codes import LoadStatus
from s321_desk.domain.texts import Text, translate
from s321_desk.services.kernel import audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.crew_records import find_driver, find_vehicle
from s321_desk.store.models import Driver, Load, LoadCrew, Trailer, Truck

NOT_GIVEN = ""  # a place of the crew left empty


@dataclass(frozen=True)
class CrewChoice:
    """The records named for a trip: driver and truck numbers (co-driver, trailer optional)."""

    driver: str | None = None
    co_driver: str | None = None
    truck: str | None = None
    trailer: str | None = None

    def given(self) -> bool:
        return any((self.driver, self.co_driver, self.truck, self.trailer))


def crew_row(session: Session, load: Load) -> LoadCrew | None:
    return session.get(LoadCrew, load.id)


def choose_crew(
    session: Session, load: Load, choice: CrewChoice, *, user_id: int | None = None
) -> LoadCrew:
    """Put the chosen records on the (open) trip, and their names and plates on its papers."""
    driver = find_driver(session, choice.driver) if choice.driver else None
    co_driver = find_driver(session, choice.co_driver) if choice.co_driver else None
    truck = find_vehicle(session, Truck, choice.truck) if choice.truck else None
    trailer = find_vehicle(session, Trailer, choice.trailer) if choice.trailer else None
    retired = [r for r in (driver, co_driver, truck, trailer) if r is not None and not r.active]
    if retired:
        raise UserError(
            translate("TripCrew", "{record}: retired from the records; pick another").format(
                record=", ".join(_key(r) for r in retired)
            )
        )
    if co_driver is not None and driver is None:
        raise UserError(
            translate("TripCrew", "the co-driver: name the driver first"), field="co-driver"
        )
    if driver is not None and co_driver is not None and driver.id == co_driver.id:
        raise UserError(
            translate("TripCrew", "driver {number}: cannot be the co-driver too").format(
                number=driver.number
            )
        )
    assert load.id is not None
    crew = crew_row(session, load) or LoadCrew(load_id=load.id)
    crew.driver_id = driver.id if driver else None
    crew.co_driver_id = co_driver.id if co_driver else None
    crew.truck_id = truck.id if truck else None
    crew.trailer_id = trailer.id if trailer else None
    session.add(crew)
    names = [f"{d.first_name} {d.last_name}" for d in (driver, co_driver) if d is not None]
    load.driver_name = " / ".join(names) or None
    load.tractor_plate = f"{truck.plate_state} {truck.plate}" if truck else None
    load.trailer_plate = f"{trailer.plate_state} {trailer.plate}" if trailer else None
    session.add(load)
    picked = {"driver": driver, "co_driver": co_driver, "truck": truck, "trailer": trailer}
    audit.record(
        session,
        "load.crew",
        entity_type="load",
        entity_id=load.trip_number,
        user_id=user_id,
        details={k: _key(v) if v else None for k, v in picked.items()},
    )
    session.flush()
    return crew


def crew_numbers(session: Session, load: Load) -> dict[str, str | None]:
    """The trip's crew by record number (None where none is picked)."""
    crew = crew_row(session, load)
    numbers: dict[str, str | None] = dict.fromkeys(("driver", "co_driver", "truck", "trailer"))
    if crew is None:
        return numbers
    rows: dict[str, Driver | Truck | Trailer | None] = {
        "driver": session.get(Driver, crew.driver_id) if crew.driver_id else None,
        "co_driver": session.get(Driver, crew.co_driver_id) if crew.co_driver_id else None,
        "truck": session.get(Truck, crew.truck_id) if crew.truck_id else None,
        "trailer": session.get(Trailer, crew.trailer_id) if crew.trailer_id else None,
    }
    for place, row in rows.items():
        numbers[place] = _key(row) if row is not None else None
    return numbers


def seal_refusals(session: Session, load: Load) -> list[Text]:
    """What the trip's crew lacks to be filed: a driver and a truck from the records."""
    crew = crew_row(session, load)
    problems = []
    if crew is None or crew.driver_id is None:
        problems.append(
            translate(
                "TripCrew",
                "no driver from the records: pick one for the trip's crew",
            )
        )
    if crew is None or crew.truck_id is None:
        problems.append(
            translate(
                "TripCrew",
                "no truck from the records: pick one for the trip's crew",
            )
        )
    return problems


def file_crew(session: Session, load: Load) -> None:
    """Keep what is filed at the seal: the crew's records as they are now."""
    crew = crew_row(session, load)
    assert crew is not None
    crew.filed = json.dumps(current_crew(session, crew), ensure_ascii=False, sort_keys=True)
    session.add(crew)


def filed_crew(session: Session, load: Load) -> dict[str, Any] | None:
    """The trip's crew as filed (a sealed trip: as it was at the seal; an open one: the
    records now); None for a trip without a crew row (an older store's)."""
    crew = crew_row(session, load)
    if crew is None:
        return None
    if load.status == LoadStatus.SEALED and crew.filed is not None:
        filed: dict[str, Any] = json.loads(crew.filed)
        return filed
    return current_crew(session, crew)


def current_crew(session: Session, crew: LoadCrew) -> dict[str, Any]:
    drivers = [
        session.get(Driver, key) for key in (crew.driver_id, crew.co_driver_id) if key is not None
    ]
    truck = session.get(Truck, crew.truck_id) if crew.truck_id is not None else None
    trailer = session.get(Trailer, crew.trailer_id) if crew.trailer_id is not None else None
    return {
        "drivers": [_driver_filed(d) for d in drivers if d is not None],
        "truck": None
        if truck is None
        else {
            "unit": truck.unit,
            "type": truck.truck_type,
            "vin": truck.vin,
            "plate": truck.plate,
            "plate_state": truck.plate_state,
            "dot_number": truck.dot_number,
        },
        "trailer": None
        if trailer is None
        else {
            "number": trailer.number,
            "type": trailer.trailer_type,
            "plate": trailer.plate,
            "plate_state": trailer.plate_state,
        },
    }


def _driver_filed(driver: Driver) -> dict[str, Any]:
    return {
        "number": driver.number,
        "first_name": driver.first_name,
        "last_name": driver.last_name,
        "gender": driver.gender,
        "birth_date": driver.birth_date.isoformat(),
        "citizenship": driver.citizenship,
        "fast_card": driver.fast_card,
        "document": {
            "type": driver.document_type,
            "number": driver.document_number,
            "country": driver.document_country,
            "state": driver.document_state,
        },
    }


def _key(row: Driver | Truck | Trailer) -> str:
    return row.unit if isinstance(row, Truck) else row.number
