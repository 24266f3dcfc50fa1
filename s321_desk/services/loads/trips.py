"""Truck loads: a trip to a US port, parcels scanned on and off, closed with a seal."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlmodel import Session

from s321_desk.domain.codes import LoadStatus, ParcelStatus
from s321_desk.domain.crew import seal_number
from s321_desk.domain.texts import Text, joined, translate, word
from s321_desk.services.admin.ports import port, ports
from s321_desk.services.admin.users import AccessRefused, Person, role_word, sign_in
from s321_desk.services.judging import sealed
from s321_desk.services.judging.verdicts import Cause, find_parcel, rejudge
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.given import given
from s321_desk.services.loads import trip_crew
from s321_desk.services.loads.trip_crew import CrewChoice
from s321_desk.services.packing import labels, prior_notice
from s321_desk.store.models import AuditEntry, Load, Order, Parcel
from s321_desk.store.repositories import loads
from s321_desk.store.uow import Work, within

SCAC = re.compile(r"[A-Z]{2,4}")
TRIP_TAIL = re.compile(r"[A-Z0-9]{4,21}")
NOT_ALNUM = re.compile(r"[^A-Z0-9]")
# Why a parcel that is not closed cannot go on a truck, by its status.
NOT_LOADABLE: dict[str, Text] = {
    ParcelStatus.HELD: translate(
        "Loads", "{parcel}: held, cannot be loaded; a supervisor must release it first"
    ),
    ParcelStatus.OPEN: translate(
        "Loads", "{parcel}: open, cannot be loaded; close it at its packing station first"
    ),
    ParcelStatus.VOIDED: translate(
        "Loads",
        "{parcel}: voided, cannot be loaded; it was voided: its items are to be packed again",
    ),
}


def shipment_control_number(scac: str, parcel_code: str) -> str:
    """The SCN of a parcel on a carrier's truck: its SCAC + the parcel id's letters and digits.

    Unique as long as parcel ids are (they are never reused), and the same on every reprint.
    """
    scn = scac + NOT_ALNUM.sub("", parcel_code.upper())
    if not 4 <= len(scn) <= 16:
        raise UserError(
            translate(
                "Loads",
                "{parcel}: SCN {scn} is not 4 to 16 letters/digits; shorten the parcel_prefix "
                "setting",
            ).format(parcel=parcel_code, scn=scn)
        )
    return scn


@dataclass(frozen=True)
class LoadView:
    load_id: int
    trip_number: str
    scac: str
    port: str
    planned_arrival: str
    us_day: str
    driver: str | None
    tractor_plate: str | None
    trailer_plate: str | None
    seal: str | None
    status: str
    parcels: list[str]
    needing_decision: list[str]
    # The records picked for the trip, by number: driver, co_driver, truck, trailer (None:
    # none picked; a trip of an older store has only its free-text driver and plates).
    crew: dict[str, str | None] = field(default_factory=dict)
    missing_prior_notice: list[str] = field(default_factory=list)  # FDA parcels without one

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def suggest_trip_number(session: Session, scac: str) -> str:
    """SCAC + a six-digit sequence, the next free one for this carrier."""
    number = loads.trips_of_carrier(session, scac) + 1
    while loads.load_by_trip(session, f"{scac}{number:06d}") is not None:
        number += 1
    return f"{scac}{number:06d}"


def create_load(
    work: Work,
    *,
    scac: str,
    port_code: str,
    arrival: datetime,
    crew: CrewChoice | None = None,
    trip_number: str | None = None,
) -> LoadView:
    """A new trip; its crew (driver, co-driver, truck, trailer from the records) may be picked
    now or later, before the seal."""
    scac = scac.strip().upper()
    if not SCAC.fullmatch(scac):
        raise UserError(
            translate(
                "Loads", "the carrier code (SCAC): {scac} is not one (2 to 4 letters)"
            ).format(scac=repr(scac)),
            field="scac",
        )
    the_port = port(port_code)
    if arrival.tzinfo is None:
        raise UserError(
            translate("Loads", "the planned arrival: give it with its UTC offset"), field="arrival"
        )
    with within(work, immediate=True) as uow:
        session = uow.session
        access.require(session, access.LOADING)
        trip = (trip_number or suggest_trip_number(session, scac)).strip().upper()
        if not trip.startswith(scac) or not TRIP_TAIL.fullmatch(trip[len(scac) :]):
            raise UserError(
                translate(
                    "Loads",
                    "the trip number: {trip} must be the SCAC {scac} + 4 to 21 letters/digits",
                ).format(trip=repr(trip), scac=scac),
                field="trip",
            )
        if loads.load_by_trip(session, trip) is not None:
            raise UserError(
                translate("Loads", "the trip number: {trip} is already a load").format(trip=trip),
                field="trip",
            )
        load = Load(trip_number=trip, scac=scac, port=the_port.code, planned_arrival=arrival)
        session.add(load)
        session.flush()
        audit.record(session, "load.create", entity_type="load", entity_id=trip)
        if crew is not None and crew.given():
            trip_crew.choose_crew(session, load, crew)
        uow.commit()
        return _view(session, load)


def set_crew(
    work: Work, load_ref: str, crew: CrewChoice, *, user_id: int | None = None
) -> LoadView:
    """Pick the open trip's driver, co-driver, truck and trailer from the records (all four
    at once: a place not given is left empty)."""
    with within(work, immediate=True) as uow:
        session = uow.session
        access.require(session, access.LOADING)
        load = _load(session, load_ref, open_only=True)
        trip_crew.choose_crew(session, load, crew, user_id=user_id)
        uow.commit()
        return _view(session, load)


def add_parcels(work: Work, load_ref: str, parcel_refs: list[str]) -> LoadView:
    """Put parcels on the truck: refused (all of them) when one cannot go."""
    with within(work, immediate=True) as uow:
        session = uow.session
        access.require(session, access.LOADING)
        load = _load(session, load_ref, open_only=True)
        day = port(load.port).us_day(load.planned_arrival)
        scans = [labels.read_scan(ref) for ref in parcel_refs]
        parcels = [find_parcel(session, scan.parcel) for scan in scans]
        problems = []
        for parcel, scan in zip(parcels, scans, strict=True):
            stale = labels.check_scan(parcel, scan)
            if stale is not None:
                problems.append(stale)
            elif parcel.status == ParcelStatus.LOADED:
                other = session.get(Load, parcel.load_id) if parcel.load_id != load.id else None
                already = (
                    translate("Loads", "{parcel}: already on truck {trip}").format(
                        parcel=parcel.code, trip=other.trip_number
                    )
                    if other
                    else translate("Loads", "{parcel}: already on this truck").format(
                        parcel=parcel.code
                    )
                )
                problems.append(already)
            elif parcel.status != ParcelStatus.CLOSED:
                problems.append(
                    NOT_LOADABLE.get(
                        parcel.status, translate("Loads", "{parcel}: {status}, cannot be loaded")
                    ).format(parcel=parcel.code, status=word(parcel.status))
                )
            elif parcel.us_day != day:
                problems.append(
                    translate(
                        "Loads", "{parcel}: crosses on {day}, the truck on {truck_day}"
                    ).format(parcel=parcel.code, day=parcel.us_day, truck_day=day)
                )
        if problems:
            raise UserError(joined(problems))
        for parcel in parcels:
            parcel.load_id, parcel.status = load.id, ParcelStatus.LOADED
            parcel.scn = shipment_control_number(load.scac, parcel.code)
            parcel.crossing_at, parcel.port = load.planned_arrival, load.port
            session.add(parcel)
        for parcel in parcels:
            audit.record(
                session,
                "load.add",
                entity_type="parcel",
                entity_id=parcel.code,
                details={"trip": load.trip_number, "scn": parcel.scn},
            )
        # One consignment per person on the truck now, at the truck's arrival: their days again.
        rejudge(session, parcels=parcels, cause=Cause("load.add", load.trip_number))
        uow.commit()
        return _view(session, load)


def remove_parcels(work: Work, load_ref: str, parcel_refs: list[str]) -> LoadView:
    with within(work, immediate=True) as uow:
        session = uow.session
        access.require(session, access.LOADING)
        load = _load(session, load_ref, open_only=True)
        removed = []
        for ref in parcel_refs:
            parcel = find_parcel(session, ref)
            if parcel.load_id != load.id:
                raise UserError(
                    translate("Loads", "{parcel}: not on truck {trip}").format(
                        parcel=parcel.code, trip=load.trip_number
                    )
                )
            parcel.load_id, parcel.status, parcel.scn = None, ParcelStatus.CLOSED, None
            session.add(parcel)
            removed.append(parcel)
            audit.record(
                session,
                "load.remove",
                entity_type="parcel",
                entity_id=parcel.code,
                details={"trip": load.trip_number},
            )
        # Their days again: the parcels left on the truck lose a same-truck neighbour.
        rejudge(session, parcels=removed, cause=Cause("load.remove", load.trip_number))
        uow.commit()
        return _view(session, load)


def close_load(work: Work, load_ref: str, *, seal: str, user: str, pin: str) -> LoadView:
    """Seal the truck: refused while any parcel on it needs a decision (they are listed).
    The PIN's check is committed even when the seal is refused."""
    with within(work, immediate=True, durable=True) as uow:
        person = _driver_or_supervisor(uow, user, pin)
        try:
            seal = seal_number(seal)
        except ValueError as error:
            raise UserError(
                translate("Loads", "the seal number: {why}").format(why=error.args[0]),
                field="seal",
            ) from None
        session = uow.session
        with session.begin_nested():  # a refusal undoes the seal, not the PIN's check
            load = _load(session, load_ref, open_only=True)
            view = _view(session, load)
            if not view.parcels:
                raise UserError(
                    translate("Loads", "load {trip}: no parcel on it").format(trip=load.trip_number)
                )
            if view.needing_decision:
                raise UserError(
                    translate(
                        "Loads", "load {trip} cannot close: {parcels} need a decision"
                    ).format(trip=load.trip_number, parcels=", ".join(view.needing_decision))
                )
            relabel = [p.code for p in labels.waiting(session) if p.load_id == load.id]
            if relabel:
                raise UserError(
                    translate(
                        "Loads", "load {trip} cannot close: {parcels} need a new label (RELABEL)"
                    ).format(trip=load.trip_number, parcels=", ".join(relabel))
                )
            _refuse_unfiled(session, load)
            load.seal, load.status, load.closed_at = (
                seal,
                LoadStatus.SEALED,
                datetime.now().astimezone(),
            )
            trip_crew.file_crew(session, load)
            session.add(load)
            audit.record(
                session,
                "load.close",
                entity_type="load",
                entity_id=load.trip_number,
                user_id=person.id,
                details={"seal": load.seal},
            )
            # Its parcels are facts now: the other parcels of their days count them as filed.
            on_truck = loads.parcels_on(session, load.id)
            rejudge(session, parcels=on_truck, cause=Cause("load.close", load.trip_number))
        uow.commit()
        return _view(session, load)


def reopen_load(work: Work, load_ref: str, *, reason: str, user: str, pin: str) -> LoadView:
    """Open a sealed truck again (a supervisor, with a reason): its parcels are judged again.
    The PIN's check is committed even when the reopening is refused."""
    reason = given(reason, AuditEntry, "reason", lines=True)
    with within(work, immediate=True) as uow:
        person = sign_in(uow, user, pin)
        if not person.may("supervisor"):
            raise AccessRefused(
                translate("Loads", "{name} is a {role}; reopening needs a supervisor").format(
                    name=person.name, role=role_word(person.role)
                )
            )
        if not reason.strip():
            raise UserError(
                translate("Loads", "reopening a sealed load needs a reason (it is audited)"),
                field="reason",
            )
        session = uow.session
        with session.begin_nested():  # a refusal undoes the reopening, not the PIN's check
            load = _load(session, load_ref, open_only=False)
            if load.status != LoadStatus.SEALED:
                raise UserError(
                    translate("Loads", "load {trip}: not closed").format(trip=load.trip_number)
                )
            load.status, load.closed_at = LoadStatus.OPEN, None
            session.add(load)
            audit.record(
                session,
                "load.reopen",
                entity_type="load",
                entity_id=load.trip_number,
                user_id=person.id,
                reason=reason,
                details={"seal": load.seal},
            )
            # The only way a sealed parcel is judged again: its differences close, its day is
            # judged.
            assert load.id is not None
            sealed.reopened(session, load.id, person.id, reason)
            on_truck = loads.parcels_on(session, load.id)
            rejudge(session, parcels=on_truck, cause=Cause("load.reopen", load.trip_number))
        uow.commit()
        return _view(session, load)


def _refuse_unfiled(session: Session, load: Load) -> None:
    """A trip is sealed only with what its filing needs: a driver and a truck from the records,
    every FDA parcel's prior notice."""
    problems = trip_crew.seal_refusals(session, load)
    crew = bool(problems)  # the command line says how to pick the crew
    missing = prior_notice.missing_prior_notice(session, load)
    if missing:
        problems.append(
            translate(
                "Loads",
                "{parcels}: FDA-regulated, no prior notice number given yet",
            ).format(parcels=", ".join(missing))
        )
    if problems:
        fields = (("crew", crew), ("prior-notice", bool(missing)))  # the command line says how
        raise UserError(
            translate("Loads", "load {trip} cannot close: {problems}").format(
                trip=load.trip_number, problems=joined(problems)
            ),
            field=",".join(name for name, wanted in fields if wanted) or None,
        )


def show_load(work: Work, load_ref: str) -> LoadView:
    with within(work) as uow:
        return _view(uow.session, _load(uow.session, load_ref, open_only=False))


def _driver_or_supervisor(work: Work, user: str, pin: str) -> Person:
    person = sign_in(work, user, pin)
    if not (person.may("driver") or person.may("supervisor")):
        raise AccessRefused(
            translate("Loads", "{name} is a {role}; this needs a driver or supervisor").format(
                name=person.name, role=role_word(person.role)
            )
        )
    return person


def _view(session: Session, load: Load) -> LoadView:
    assert load.id is not None
    parcels = loads.parcels_on(session, load.id)
    return LoadView(
        load_id=load.id,
        trip_number=load.trip_number,
        scac=load.scac,
        port=load.port,
        planned_arrival=load.planned_arrival.isoformat(),
        us_day=port(load.port).us_day(load.planned_arrival).isoformat(),
        driver=load.driver_name,
        tractor_plate=load.tractor_plate,
        trailer_plate=load.trailer_plate,
        seal=load.seal,
        status=load.status,
        parcels=[p.code for p in parcels],
        needing_decision=[p.code for p in parcels if p.needs_decision],
        crew=trip_crew.crew_numbers(session, load),
        missing_prior_notice=prior_notice.missing_prior_notice(session, load),
    )


def find_load(session: Session, reference: str) -> Load:
    """A load by its trip number, or its database id."""
    return _load(session, reference, open_only=False)


def _load(session: Session, reference: str, *, open_only: bool) -> Load:
    load = loads.load_by_reference(session, reference)
    if load is None:
        raise UserError(
            translate("Loads", "load {load}: no such load").format(load=repr(reference))
        )
    if open_only and load.status != LoadStatus.OPEN:
        raise UserError(
            translate("Loads", "load {trip}: sealed; reopen it first").format(trip=load.trip_number)
        )
    return load


# -- what the loads view shows ------------------------------------------------------------------


@dataclass(frozen=True)
class LoadSummary:
    """A trip in the list of loads: its head and how many parcels it holds."""

    trip_number: str
    scac: str
    port: str
    port_name: str
    planned_arrival: datetime  # aware
    us_day: date
    driver: str | None
    tractor_plate: str | None
    trailer_plate: str | None
    seal: str | None
    status: str  # open | closed
    parcels: int
    needing_decision: int


@dataclass(frozen=True)
class LoadParcel:
    """A parcel as the loads view lists it: on a truck, or packed and still waiting for one."""

    parcel_id: str  # the printable id
    order: str
    recipient: str
    city: str
    state: str | None
    route: str | None
    status: str  # closed | held | loaded
    needs_decision: bool
    weight_g: int | None
    value_usd_cents: int | None
    scn: str | None
    station: str


RECENT_DAYS = 7  # the loads view lists the trips of the last week, sealed ones included
FOUND_AT_MOST = 500  # a search's trips, newest first
STATUSES = {"open": LoadStatus.OPEN, "sealed": LoadStatus.SEALED, "closed": LoadStatus.SEALED}


def list_loads(
    work: Work,
    today: date,
    *,
    days: int = RECENT_DAYS,
    search: str | None = None,
    day: date | None = None,
    status: str | None = None,
) -> list[LoadSummary]:
    """The trips to look at, soonest arrival first: every open trip and every trip crossing
    from ``days`` before ``today`` on (a sealed one for tomorrow too). ``day``: the trips
    crossing on that US day only. ``search``: the trips whose number or seal holds the text,
    or that cross on the date it gives (YYYY-MM-DD), whatever their age. ``status``: open or
    sealed only."""
    if status is not None and status not in STATUSES:
        raise UserError(
            translate("Loads", "the status: {status} is not open or sealed").format(
                status=repr(status)
            ),
            field="status",
        )
    text = (search or "").strip()
    if text:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            pass
    if day is not None:  # wide enough for any port's day, narrowed below by each port's own
        arriving = (_utc_midnight(day, -1), _utc_midnight(day, 2))
    with within(work) as uow:
        session = uow.session
        found = loads.loads_listed(
            session,
            arriving=arriving if day is not None else None,
            holding=text or None,
            open_or_since=_utc_midnight(today, -days - 1),
            status=STATUSES[status] if status is not None else None,
            limit=FOUND_AT_MOST,
        )
        counts = loads.parcel_counts(session, [load.id for load in found])
        known = ports()
        summaries = []
        for load in found:
            the_port = known.get(load.port) or port(load.port)
            us_day = the_port.us_day(load.planned_arrival)
            if day is not None and us_day != day:
                continue
            if (
                day is None
                and not text
                and load.status != LoadStatus.OPEN
                and (us_day < today - timedelta(days=days))
            ):
                continue
            parcels, waiting = counts.get(load.id or 0, (0, 0))
            summaries.append(
                LoadSummary(
                    trip_number=load.trip_number,
                    scac=load.scac,
                    port=load.port,
                    port_name=the_port.name,
                    planned_arrival=load.planned_arrival,
                    us_day=us_day,
                    driver=load.driver_name,
                    tractor_plate=load.tractor_plate,
                    trailer_plate=load.trailer_plate,
                    seal=load.seal,
                    status=load.status,
                    parcels=parcels,
                    needing_decision=int(waiting),
                )
            )
        summaries.sort(key=lambda s: (s.planned_arrival, s.trip_number))
        return summaries


def _utc_midnight(day: date, shift: int) -> datetime:
    return datetime.combine(day + timedelta(days=shift), time(), UTC)


def next_trip_number(work: Work, scac: str) -> str:
    """The trip number ``create_load`` would give this carrier now (for a form to suggest)."""
    scac = scac.strip().upper()
    if not SCAC.fullmatch(scac):
        raise UserError(
            translate(
                "Loads", "the carrier code (SCAC): {scac} is not one (2 to 4 letters)"
            ).format(scac=repr(scac)),
            field="scac",
        )
    with within(work) as uow:
        return suggest_trip_number(uow.session, scac)


def parcels_on_load(work: Work, load_ref: str) -> list[LoadParcel]:
    """The parcels on the truck, by parcel id."""
    with within(work) as uow:
        load = _load(uow.session, load_ref, open_only=False)
        return _load_parcels(loads.parcels_and_orders_on(uow.session, load.id))


def missing_parcels(work: Work, load_ref: str) -> list[LoadParcel]:
    """What is missing from the truck: parcels packed for its US day and port that are on no
    truck yet (the held ones too: they are not coming until a supervisor releases them)."""
    with within(work) as uow:
        load = _load(uow.session, load_ref, open_only=False)
        day = port(load.port).us_day(load.planned_arrival)
        return _load_parcels(loads.parcels_and_orders_waiting(uow.session, day, load.port))


def _load_parcels(rows: list[tuple[Parcel, Order]]) -> list[LoadParcel]:
    return [_load_parcel(parcel, order) for parcel, order in rows]


def _load_parcel(parcel: Parcel, order: Order) -> LoadParcel:
    return LoadParcel(
        parcel_id=parcel.code,
        order=order.name,
        recipient=order.recipient_name,
        city=order.city,
        state=order.state,
        route=parcel.route,
        status=parcel.status,
        needs_decision=parcel.needs_decision,
        weight_g=parcel.weight_g,
        value_usd_cents=parcel.value_usd_cents,
        scn=parcel.scn,
        station=parcel.station,
    )
