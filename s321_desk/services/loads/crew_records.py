"""Drivers, trucks and trailers as records: created once, picked for a trip, audited.

A driver's personal data (date of birth, gender, citizenship, travel document, FAST card) is
shown only to a driver, a supervisor or an administrator who is signed in (the person acting
through the engine, services/kernel/access.py, or ``by``); anyone else
sees the driver's number and name, the rest masked. Each time it is shown, the audit trail
records who saw whose (``driver.viewed``); each change records who changed what
(``driver.change``: the fields' names, never their values, so that the trail does not spread
what it guards).

Who manages the records: drivers and supervisors (administrators too), as for the loads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from s321_desk.domain import crew as rules
from s321_desk.domain.texts import Text, joined, translate
from s321_desk.services.admin.users import Person
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.actor import actor_of
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.models import Driver, Trailer, Truck, User, utcnow
from s321_desk.store.repositories import loads
from s321_desk.store.uow import UnitOfWork, Work, within

MASK = "•••"
Row = TypeVar("Row", Driver, Truck, Trailer)


@dataclass(frozen=True)
class DriverView:
    """A driver as shown to someone: the personal fields are None when they may not see them."""

    number: str
    first_name: str
    last_name: str
    active: bool
    personal_shown: bool
    gender: str | None = None
    birth_date: str | None = None  # ISO date
    citizenship: str | None = None
    document_type: str | None = None
    document_number: str | None = None
    document_country: str | None = None
    document_state: str | None = None
    fast_card: str | None = None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def as_dict(self) -> dict[str, Any]:
        values = asdict(self)
        if not self.personal_shown:  # said as masked, not as missing
            for field in PERSONAL:
                values[field] = MASK
        return values


PERSONAL = (
    "gender",
    "birth_date",
    "citizenship",
    "document_type",
    "document_number",
    "document_country",
    "document_state",
    "fast_card",
)


@dataclass(frozen=True)
class TruckView:
    unit: str
    truck_type: str
    vin: str
    plate: str
    plate_state: str
    dot_number: str | None
    active: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def caption(self) -> str:
        """``T-12 (ON AB12345)``: how a picker lists it."""
        return f"{self.unit} ({self.plate_state} {self.plate})"


@dataclass(frozen=True)
class TrailerView:
    number: str
    trailer_type: str
    plate: str
    plate_state: str
    active: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def caption(self) -> str:
        return f"{self.number} ({self.plate_state} {self.plate})"


# -- who may do what ------------------------------------------------------------------------


def may_see_personal(person: Person | None) -> bool:
    """Drivers, supervisors and administrators see a driver's personal data; packers do not."""
    return person is not None and (person.may("driver") or person.may("supervisor"))


def _current(session: Session, by: Person | None) -> Person | None:
    """Who reads: ``by``, else the person acting through the session's engine, as the store
    knows them now (deactivated or demoted since signing in counts)."""
    person = by or actor_of(session)
    if person is None:
        return None
    user = session.get(User, person.id)
    if user is None or not user.active:
        return None
    return Person(person.id, user.name, user.role)


def _manager(session: Session, by: Person | None, what: Text) -> Person | None:
    """The person changing the records: a driver or a supervisor (an admin is both). A store
    with no user yet has nobody to ask."""
    return access.require(session, access.Need(access.TRUCK, what), by)


# -- drivers --------------------------------------------------------------------------------

DRIVER_FIELDS: dict[str, Callable[[str, date], Any]] = {
    "first_name": lambda v, _: rules.person_name(v, translate("Crew", "first name")),
    "last_name": lambda v, _: rules.person_name(v, translate("Crew", "last name")),
    "gender": lambda v, _: rules.gender(v),
    "birth_date": rules.birth_date,
    "citizenship": lambda v, _: rules.country(v, translate("Crew", "citizenship")),
    "document_type": lambda v, _: rules.document_type(v),
    "document_number": lambda v, _: rules.document_number(v),
    "document_country": lambda v, _: rules.country(v, translate("Crew", "document country")),
    "document_state": lambda v, _: rules.jurisdiction(v, translate("Crew", "document state")),
    "fast_card": lambda v, _: rules.fast_card(v),
}
OPTIONAL_DRIVER = ("document_country", "document_state", "fast_card")


def add_driver(
    work: Work, number: str, values: Mapping[str, str], *, by: Person | None = None
) -> DriverView:
    """A new driver's record; every field checked, every refusal named at once."""
    number = _checked(rules.driver_number, number)
    parsed = _parsed(
        DRIVER_FIELDS,
        values,
        required=set(DRIVER_FIELDS) - set(OPTIONAL_DRIVER),
        together=_document_place,
    )
    with within(work, immediate=True) as uow:
        session = uow.session
        person = _manager(session, by, translate("Crew", "adding a driver"))
        if find_driver(session, number, missing_ok=True) is not None:
            raise UserError(
                translate("Crew", "driver {number}: already in the records").format(number=number)
            )
        driver = Driver(number=number, **parsed)
        session.add(driver)
        session.flush()
        _audited(session, "driver.add", "driver", number, person, sorted(parsed))
        uow.commit()
        return _driver_view(driver, shown=True)


def change_driver(
    work: Work, number: str, values: Mapping[str, str], *, by: Person | None = None
) -> DriverView:
    """Change some fields of a driver's record (audited by name, not value)."""
    parsed = _parsed(DRIVER_FIELDS, values, required=set())
    with within(work, immediate=True) as uow:
        session = uow.session
        person = _manager(session, by, translate("Crew", "changing a driver"))
        driver = find_driver(session, number)
        _apply(driver, parsed)
        place = _document_place(
            {
                name: getattr(driver, name)
                for name in ("document_type", "document_country", "document_state")
            }
        )
        if place:
            raise UserError(joined(place))
        _audited(session, "driver.change", "driver", driver.number, person, sorted(parsed))
        uow.commit()
        return _driver_view(driver, shown=True)


def _document_place(values: Mapping[str, Any]) -> list[Text]:
    """A licence names its state or province; any other document its country."""
    kind = values.get("document_type")
    if kind not in rules.TRAVEL_DOCUMENTS:  # none, or refused on its own
        return []
    said = translate("Crew", rules.TRAVEL_DOCUMENTS[kind])  # domain/crew.py's words
    if kind in rules.STATE_DOCUMENTS and not values.get("document_state"):
        return [
            translate(
                "Crew", "document_state: a {kind} names the state or province that issued it"
            ).format(kind=said)
        ]
    if kind not in rules.STATE_DOCUMENTS and not values.get("document_country"):
        return [
            translate("Crew", "document_country: a {kind} names the country that issued it").format(
                kind=said
            )
        ]
    return []


def list_drivers(
    work: Work, *, by: Person | None = None, active_only: bool = True
) -> list[DriverView]:
    """The drivers by number; their personal data only for whom may see it (audited)."""
    with within(work, immediate=True) as uow:
        session = uow.session
        drivers = loads.drivers(session, active_only=active_only)
        person = _current(session, by)
        shown = may_see_personal(person)
        if shown and drivers:
            _viewed(session, person, [d.number for d in drivers])
            uow.commit()
        return [_driver_view(d, shown=shown) for d in drivers]


def drivers_to_pick(work: Work) -> list[DriverView]:
    """The active drivers by number, as a list to pick a trip's crew from shows them: their
    numbers and names, never their personal data, so nothing is audited and no write lock is
    taken (another station writing does not keep the list, nor the view, waiting)."""
    with within(work) as uow:
        drivers = loads.drivers(uow.session, active_only=True)
        return [_driver_view(d, shown=False) for d in drivers]


def show_driver(work: Work, number: str, *, by: Person | None = None) -> DriverView:
    with within(work, immediate=True) as uow:
        session = uow.session
        driver = find_driver(session, number)
        person = _current(session, by)
        shown = may_see_personal(person)
        if shown:
            _viewed(session, person, [driver.number])
            uow.commit()
        return _driver_view(driver, shown=shown)


def _viewed(session: Session, person: Person | None, numbers: list[str]) -> None:
    assert person is not None
    for number in numbers:
        audit.record(
            session,
            "driver.viewed",
            entity_type="driver",
            entity_id=number,
            user_id=person.id,
            details={"fields": list(PERSONAL)},
        )


def _driver_view(driver: Driver, *, shown: bool) -> DriverView:
    personal = {}
    if shown:
        personal = {name: getattr(driver, name) for name in PERSONAL}
        personal["birth_date"] = driver.birth_date.isoformat()
    return DriverView(
        driver.number, driver.first_name, driver.last_name, driver.active, shown, **personal
    )


def find_driver(session: Session, number: str, *, missing_ok: bool = False) -> Driver:
    found = loads.driver_by_number(session, number.strip().upper())
    if found is None and not missing_ok:
        raise UserError(
            translate("Crew", "driver {number}: not in the records").format(number=repr(number)),
            field="driver-records",
        )
    return found  # type: ignore[return-value]


# -- trucks and trailers --------------------------------------------------------------------

TRUCK_FIELDS: dict[str, Callable[[str, date], Any]] = {
    "truck_type": lambda v, _: rules.truck_type(v),
    "vin": lambda v, _: rules.vin(v),
    "plate": lambda v, _: rules.plate(v),
    "plate_state": lambda v, _: rules.jurisdiction(v, translate("Crew", "plate state")),
    "dot_number": lambda v, _: _dot_number(v),
}
TRAILER_FIELDS: dict[str, Callable[[str, date], Any]] = {
    "trailer_type": lambda v, _: rules.trailer_type(v),
    "plate": lambda v, _: rules.plate(v),
    "plate_state": lambda v, _: rules.jurisdiction(v, translate("Crew", "plate state")),
}


def _dot_number(text: str) -> str:
    value = text.strip()
    if not (value.isdigit() and 1 <= len(value) <= 8):
        raise ValueError(
            translate("Crew", "USDOT number {text}: 1 to 8 digits").format(text=repr(text))
        )
    return value


def add_truck(
    work: Work, unit: str, values: Mapping[str, str], *, by: Person | None = None
) -> TruckView:
    unit = _checked(rules.unit_number, unit)
    parsed = _parsed(
        TRUCK_FIELDS,
        {"truck_type": "TR", **values},
        required={"truck_type", "vin", "plate", "plate_state"},
    )
    added = _add_vehicle(
        work,
        Truck(unit=unit, **parsed),
        unit,
        sorted(parsed),
        by,
        translate("Crew", "adding a truck"),
        translate("Crew", "truck {key}: already in the records"),
    )
    return _truck_view(added)


def add_trailer(
    work: Work, number: str, values: Mapping[str, str], *, by: Person | None = None
) -> TrailerView:
    number = _checked(rules.trailer_number, number)
    parsed = _parsed(
        TRAILER_FIELDS,
        {"trailer_type": "TL", **values},
        required={"trailer_type", "plate", "plate_state"},
    )
    added = _add_vehicle(
        work,
        Trailer(number=number, **parsed),
        number,
        sorted(parsed),
        by,
        translate("Crew", "adding a trailer"),
        translate("Crew", "trailer {key}: already in the records"),
    )
    return _trailer_view(added)


def _add_vehicle(
    work: Work, row: Row, key: str, fields: list[str], by: Person | None, what: Text, taken: Text
) -> Row:
    kind = "truck" if isinstance(row, Truck) else "trailer"
    with within(work, immediate=True) as uow:
        session = uow.session
        person = _manager(session, by, what)
        if find_vehicle(session, type(row), key, missing_ok=True) is not None:
            raise UserError(taken.format(key=key))
        session.add(row)
        _audited(session, f"{kind}.add", kind, key, person, fields)
        uow.commit()
        return row


def change_truck(
    work: Work, unit: str, values: Mapping[str, str], *, by: Person | None = None
) -> TruckView:
    parsed = _parsed(TRUCK_FIELDS, values, required=set())
    truck = _change_vehicle(work, Truck, unit, parsed, by, translate("Crew", "changing a truck"))
    return _truck_view(truck)


def change_trailer(
    work: UnitOfWork, number: str, values: Mapping[str, str], *, by: Person | None = None
) -> TrailerView:
    parsed = _parsed(TRAILER_FIELDS, values, required=set())
    trailer = _change_vehicle(
        work, Trailer, number, parsed, by, translate("Crew", "changing a trailer")
    )
    return _trailer_view(trailer)


def _change_vehicle(
    work: Work,
    table: type[Row],
    reference: str,
    parsed: dict[str, Any],
    by: Person | None,
    what: Text,
) -> Row:
    kind = "truck" if table is Truck else "trailer"
    with within(work, immediate=True) as uow:
        session = uow.session
        person = _manager(session, by, what)
        row = find_vehicle(session, table, reference)
        _apply(row, parsed)
        _audited(session, f"{kind}.change", kind, _key(row), person, sorted(parsed))
        uow.commit()
        return row


def set_active(
    work: Work, kind: str, reference: str, active: bool, *, by: Person | None = None
) -> None:
    """Take a driver, truck or trailer out of the pickers (or back): records are never deleted
    (the trips they took keep naming them)."""
    if kind not in ("driver", "truck", "trailer"):
        raise UserError(translate("Crew", "{kind}: driver, truck or trailer").format(kind=kind))
    with within(work, immediate=True) as uow:
        session = uow.session
        person = _manager(session, by, translate("Crew", "retiring a record"))
        row: Driver | Truck | Trailer
        if kind == "driver":
            row = find_driver(session, reference)
        elif kind == "truck":
            row = find_vehicle(session, Truck, reference)
        else:
            row = find_vehicle(session, Trailer, reference)
        row.active = active
        row.updated_at = utcnow()
        session.add(row)
        _audited(
            session,
            f"{kind}.{'activate' if active else 'retire'}",
            kind,
            _key(row),
            person,
            ["active"],
        )
        uow.commit()


def list_trucks(work: UnitOfWork, *, active_only: bool = True) -> list[TruckView]:
    with within(work) as uow:
        return [_truck_view(t) for t in loads.vehicles(uow.session, Truck, active_only=active_only)]


def list_trailers(work: UnitOfWork, *, active_only: bool = True) -> list[TrailerView]:
    with within(work) as uow:
        trailers = loads.vehicles(uow.session, Trailer, active_only=active_only)
        return [_trailer_view(t) for t in trailers]


def _truck_view(truck: Truck) -> TruckView:
    return TruckView(
        truck.unit,
        truck.truck_type,
        truck.vin,
        truck.plate,
        truck.plate_state,
        truck.dot_number,
        truck.active,
    )


def _trailer_view(trailer: Trailer) -> TrailerView:
    return TrailerView(
        trailer.number, trailer.trailer_type, trailer.plate, trailer.plate_state, trailer.active
    )


def find_vehicle(
    session: Session, table: type[Row], reference: str, *, missing_ok: bool = False
) -> Row:
    found = loads.vehicle_by_key(session, table, reference.strip().upper())  # type: ignore[type-var]
    if found is None and not missing_ok:
        what = {
            Truck: translate("Crew", "truck {reference}: not in the records"),
            Trailer: translate("Crew", "trailer {reference}: not in the records"),
        }[table]
        raise UserError(what.format(reference=repr(reference)))
    return found  # type: ignore[return-value]


# -- shared ---------------------------------------------------------------------------------


def _checked(parse: Callable[[str], str], text: str) -> str:
    try:
        return parse(text)
    except ValueError as error:
        raise UserError(error.args[0]) from None


def _parsed(
    known: Mapping[str, Callable[[str, date], Any]],
    values: Mapping[str, str],
    *,
    required: set[str],
    together: Callable[[Mapping[str, Any]], list[Text]] | None = None,
) -> dict[str, Any]:
    """Each value checked by its field's rule; every problem said at once, by field name."""
    today = datetime.now().astimezone().date()
    field = translate("Crew", "{field}: {problem}")
    problems = [
        field.format(field=name, problem=translate("Crew", "no such field"))
        for name in sorted(set(values) - set(known))
    ]
    parsed: dict[str, Any] = {}
    for name, parse in known.items():
        text = values.get(name)
        if text is None or not str(text).strip():
            if name in required:
                problems.append(field.format(field=name, problem=translate("Crew", "required")))
            elif name in values:
                parsed[name] = None  # cleared
            continue
        try:
            parsed[name] = parse(str(text), today)
        except ValueError as error:
            problems.append(field.format(field=name, problem=error.args[0]))
    if together is not None:
        problems += together({**values, **parsed})
    if problems:
        raise UserError(joined(problems))
    return parsed


def _apply(row: SQLModel, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        setattr(row, name, value)
    row.updated_at = utcnow()  # type: ignore[attr-defined]


def _key(row: Driver | Truck | Trailer) -> str:
    return row.unit if isinstance(row, Truck) else row.number


def _audited(
    session: Session, action: str, kind: str, key: str, person: Person | None, changed: list[str]
) -> None:
    audit.record(
        session,
        action,
        entity_type=kind,
        entity_id=key,
        user_id=person.id if person else None,
        details={"fields": changed},
    )
