"""The supervisor's queue and both sides of a conflict: which parcels, stations, trucks, when.

It computes no relation of its own: the parcels a parcel bears on and how (same person, name
variant, same order, same truck) come from ``parcel_views.related_parcels``, today's parcels
needing a decision from ``warnings.todays_warnings``; this module adds what a supervisor needs
to choose an action: each side's order, status, value and truck, the decisions already taken
on it (the audit trail), and which of ``decisions.ACTIONS`` make sense for it now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from s321_desk.domain.codes import (
    PACKED,
    PACKED_NOT_LOADED,
    PRINTABLE,
    DecisionAction,
    LoadStatus,
    Route,
)
from s321_desk.domain.decisions import USUAL_ROUTES
from s321_desk.domain.findings import MUST_ACKNOWLEDGE
from s321_desk.domain.recipients import Relation, split_key
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.settings import settings_in
from s321_desk.services.judging import sealed
from s321_desk.services.lookup.parcel_views import parcel_view, related_parcels
from s321_desk.services.supervision.decisions import ACTIONS, Decided
from s321_desk.services.supervision.warnings import WarningRow, todays_warnings, with_sealed
from s321_desk.services.supervision.warnings import _row as warning_row
from s321_desk.store.repositories import supervision
from s321_desk.store.uow import UnitOfWork, Work, within

THIS_PARCEL = "this parcel"
SAME_ORDER = "same order"  # related_parcels' relation for a parcel of the order on another day
# The people whose parcels may be packed as one (consolidate): not another person at the door.
SAME_PERSON = frozenset(
    {Relation.SAME_PERSON.value, Relation.SAME_PERSON_NAME_VARIANT.value, SAME_ORDER}
)
DECISION_ACTIONS = tuple(f"decision.{action}" for action in ACTIONS)  # on the action index
# What a supervisor is offered first, the first of these the parcel allows.
SUGGESTED = (DecisionAction.ACKNOWLEDGE, DecisionAction.ACCEPT_ROUTE, DecisionAction.RELEASE)


@dataclass(frozen=True, slots=True)
class Queue:
    """What waits for a supervisor: today's warnings, then held parcels of other days."""

    days: tuple[date, ...]  # the desk's crossing days (``todays_warnings``)
    rows: tuple[WarningRow, ...]
    held_elsewhere: int  # of ``rows``, the last ones: of other days (held, or sealed and differing)
    until: datetime  # when the days change without any commit


@dataclass(frozen=True, slots=True)
class PastDecision:
    """One decision already taken on a parcel, from the audit trail."""

    action: str  # one of ``decisions.ACTIONS``
    by: str  # the supervisor's name ("" if the record names nobody)
    station: str
    at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class ParcelSide:
    """One parcel of a conflict as the supervisor compares it with the others."""

    key: int  # database id
    parcel_id: str
    relation: str  # THIS_PARCEL, a ``Relation`` value or SAME_ORDER
    order: str
    recipient: str
    status: str  # closed, held, loaded
    held: bool  # by a supervisor
    needs_decision: bool
    station: str  # where it was packed and closed
    closed_at: datetime | None
    us_day: date | None
    route: str | None
    value_usd_cents: int | None
    trip: str | None  # the truck's trip number, if it is on one
    same_truck: bool  # on this parcel's truck
    decisions: tuple[PastDecision, ...]  # oldest first


@dataclass(frozen=True, slots=True)
class ConflictSides:
    """A parcel, the parcels it bears on, and the actions that make sense for it now."""

    this: ParcelSide
    others: tuple[ParcelSide, ...]
    actions: tuple[str, ...]  # of ``decisions.ACTIONS``, in that order
    suggested: str | None  # the likeliest harmless one (acknowledge, accept-route, release)
    into_choices: tuple[str, ...]  # consolidate: the same person's parcels that can take it
    split_choices: tuple[str, ...]  # split: the other name the engine merged at the address
    defer_to: datetime | None  # defer: the next day's truck


@dataclass(frozen=True, slots=True)
class ParcelChange:
    """A parcel judged again by a decision, as it is now."""

    parcel_id: str
    status: str
    route: str | None
    needs_decision: bool


def decision_queue(work: Work, now: datetime) -> Queue:
    """Today's warnings, and the parcels of other days that wait for a supervisor whatever the
    day: held by one (a release), or sealed with a difference (an acknowledgement). A parcel
    held by the engine on another day waits for a fix of its data, not for a decision, and is
    not listed."""
    with within(work) as uow:  # one transaction: the queue as of one moment
        warnings = todays_warnings(uow, now)
        held = _held_elsewhere(uow, warnings.days)
    return Queue(warnings.days, warnings.rows + held, len(held), warnings.until)


def conflict_sides(work: Work, parcel_ref: str) -> ConflictSides:
    """The parcel and every parcel it bears on (same person that US day, same truck, same
    order), each with its station, closing time, route, value, truck and past decisions: read
    in one transaction, so that both sides are as of the same moment."""
    with within(work) as uow:
        view = parcel_view(uow, parcel_ref)
        related = {r["parcel_id"]: r for r in related_parcels(uow, view.parcel_id)}
        codes = [view.parcel_id, *related]
        session = uow.session
        rows = supervision.sides(session.connection(), codes)
        decisions = _decisions(session, codes)
        settings = settings_in(session)
        mine = rows[view.parcel_id]
        waiting = bool(sealed.pending(session, [mine.id]))  # a sealed parcel's difference
    this = _side(mine, THIS_PARCEL, False, decisions.get(view.parcel_id, ()))
    others = tuple(
        _side(
            rows[code],
            r["relation"],
            r["same_truck"],
            decisions.get(code, ()),
        )
        for code, r in related.items()
        if code in rows
    )
    loaded = this.trip is not None
    into = tuple(
        o.parcel_id
        for o in others
        if o.relation in SAME_PERSON
        and o.status in PACKED_NOT_LOADED
        and o.trip is None
        and not loaded
    )
    # Names that differ only by case, accents or initials are one name to a split: not offered.
    split = tuple(
        o.parcel_id
        for o in others
        if o.relation == Relation.SAME_PERSON_NAME_VARIANT.value
        and len(split_key(this.recipient, o.recipient)) == 2
    )
    defer_to = None if loaded else _next_day_truck(mine.port, this.us_day, settings)
    to_acknowledge = {c["code"] for c in view.codes} & MUST_ACKNOWLEDGE
    wanted = {
        DecisionAction.ACCEPT_ROUTE: this.route not in (None, Route.HOLD, mine.accepted_route)
        and this.route not in USUAL_ROUTES.get(view.regime or "", frozenset()),
        DecisionAction.ACKNOWLEDGE: bool(to_acknowledge - set(mine.acknowledged.split(";"))),
        DecisionAction.DEFER: defer_to is not None,
        DecisionAction.CONSOLIDATE: bool(into),
        DecisionAction.SPLIT: bool(split),
        DecisionAction.HOLD: not this.held,
        DecisionAction.RELEASE: this.held,
        DecisionAction.VOID: not loaded,
        DecisionAction.REPRINT: this.status in PRINTABLE,  # a held parcel cannot print at all
    }
    if mine.load_status == LoadStatus.SEALED:  # on a sealed truck: it crossed as filed
        wanted = {action: False for action in ACTIONS} | {
            DecisionAction.ACKNOWLEDGE: waiting,
            DecisionAction.HOLD: not this.held,
            DecisionAction.RELEASE: this.held,
            DecisionAction.REPRINT: not this.held,
        }
    closed = this.status in PACKED
    actions = tuple(a for a in ACTIONS if closed and wanted[a])
    suggested = next((a for a in SUGGESTED if a in actions), None)
    return ConflictSides(this, others, actions, suggested, into, split, defer_to)


def changes_after(work: Work, decided: Decided) -> tuple[ParcelChange, ...]:
    """The parcels a decision judged again (``Decided.evaluated``), each as it is now."""
    changes: dict[str, ParcelChange] = {}  # a parcel judged on two days is said once
    with within(work) as uow:
        for evaluated in decided.evaluated:
            view = parcel_view(uow, str(evaluated.parcel_id))
            changes[view.parcel_id] = ParcelChange(
                view.parcel_id, view.status, view.route, view.needs_decision
            )
    return tuple(changes.values())


# -- reading ---------------------------------------------------------------------------------


def _side(row, relation: str, same_truck: bool, decisions: tuple[PastDecision, ...]) -> ParcelSide:  # type: ignore[no-untyped-def]
    return ParcelSide(
        key=row.id,
        parcel_id=row.code,
        relation=relation,
        order=row.order,
        recipient=row.recipient_name,
        status=row.status,
        held=bool(row.manual_hold),
        needs_decision=bool(row.needs_decision),
        station=row.station,
        closed_at=row.closed_at,
        us_day=row.us_day,
        route=row.route,
        value_usd_cents=row.value_usd_cents,
        trip=row.trip_number,
        same_truck=same_truck,
        decisions=decisions,
    )


def _decisions(session: Session, codes: list[str]) -> dict[str, tuple[PastDecision, ...]]:
    """The decision records of these parcels, oldest first, read through the action index."""
    found: dict[str, list[PastDecision]] = {}
    records = supervision.decision_records(session.connection(), DECISION_ACTIONS, codes)
    for code, action, name, station, at, reason in records:
        found.setdefault(code, []).append(
            PastDecision(action.removeprefix("decision."), name or "", station, at, reason or "")
        )
    return {code: tuple(entries) for code, entries in found.items()}


def _held_elsewhere(uow: UnitOfWork, days: tuple[date, ...]) -> tuple[WarningRow, ...]:
    """Parcels whose US day is not one of ``days`` that wait for a supervisor whatever the
    day: held by one, or on a sealed truck whose filing a judgement now would change; latest
    day first."""
    rows = supervision.waiting_elsewhere(uow.session.connection(), days, sealed.PENDING)
    return with_sealed(uow.session, [warning_row(*row) for row in rows])


def _next_day_truck(port_code: str | None, us_day: date | None, settings: dict) -> datetime | None:  # type: ignore[type-arg]
    """The station's truck of the day after the parcel's US day: its arrival time (station
    time) on the first later day that is a later US day at the parcel's port."""
    if port_code is None or us_day is None:
        return None
    zone = ZoneInfo(str(settings["time_zone"]))
    arrival = time.fromisoformat(str(settings["arrival_time"]))
    the_port = port(port_code)
    crossing = datetime.combine(us_day + timedelta(days=1), arrival, tzinfo=zone)
    while the_port.us_day(crossing) <= us_day:
        crossing += timedelta(days=1)
    return crossing
