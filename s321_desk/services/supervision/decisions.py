"""A supervisor's decisions on a parcel: each with a name, a PIN, a reason and an audit line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from s321_desk.domain.codes import LABEL, PACKED, DecisionAction, LoadStatus, ParcelStatus
from s321_desk.domain.findings import MUST_ACKNOWLEDGE
from s321_desk.domain.recipients import split_key
from s321_desk.domain.roles import role_to_decide
from s321_desk.domain.texts import translate, word
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.users import Person, authorize
from s321_desk.services.judging import sealed
from s321_desk.services.judging.verdicts import (
    Cause,
    Evaluated,
    find_parcel,
    one_delivery_point,
    rejudge,
)
from s321_desk.services.kernel import audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.given import given
from s321_desk.services.packing.pack import close_open
from s321_desk.store.models import AuditEntry, Load, Order, Parcel, RecipientSplit
from s321_desk.store.repositories import supervision
from s321_desk.store.repositories.judging import days_of_key
from s321_desk.store.uow import UnitOfWork, Work, within

ACTIONS = tuple(DecisionAction)

# Decisions that move or void a parcel: never on one that is on a truck.
_OFF_THE_TRUCK_FIRST = (DecisionAction.VOID, DecisionAction.DEFER, DecisionAction.CONSOLIDATE)


@dataclass(frozen=True)
class Decided:
    action: str
    parcel: str  # its printable id
    by: str
    evaluated: list[Evaluated]  # this parcel and the ones it bears on, judged again


def decide(
    work: Work,
    reference: str,
    action: str,
    *,
    user: str,
    pin: str,
    reason: str,
    station: str = "",
    crossing: datetime | None = None,  # defer: the new planned crossing
    into: str | None = None,  # consolidate: the parcel that receives this one's items
    other: str | None = None,  # split: the parcel whose recipient is another person
) -> Decided:
    if action not in ACTIONS:
        raise UserError(
            translate("Decisions", "action: {action} is not one of {actions}").format(
                action=repr(action), actions=", ".join(ACTIONS)
            )
        )
    with within(work, immediate=True) as uow:
        person = _supervisor(uow, user, pin, reason, station, action)
        session = uow.session
        with session.begin_nested():  # a refusal undoes the decision, not the PIN's check
            decided = _decide(
                session, reference, action, person, reason, station, crossing, into, other
            )
        uow.commit()
        return decided


def _decide(
    session: Session,
    reference: str,
    action: str,
    person: Person,
    reason: str,
    station: str,
    crossing: datetime | None,
    into: str | None,
    other: str | None,
) -> Decided:
    parcel = find_parcel(session, reference)
    if parcel.status == ParcelStatus.VOIDED:
        raise UserError(
            translate("Decisions", "parcel {parcel}: voided; nothing more to decide").format(
                parcel=parcel.code
            )
        )
    details: dict[str, object] = {}
    trip = sealed_trip(session, parcel)
    if trip is not None:
        evaluated = _on_sealed_truck(session, parcel, action, trip, person.id, reason, details)
    elif action == DecisionAction.SPLIT:
        evaluated = _split(session, parcel, other, person.id, reason, details)
    else:
        evaluated = _apply(session, parcel, action, crossing, into, details)
    _record(session, action, parcel, person, station, reason, details)
    return Decided(action, parcel.code, person.name, evaluated)


def _supervisor(
    uow: UnitOfWork, user: str, pin: str, reason: str, station: str, action: str
) -> Person:
    """The supervisor signed in with their PIN, in the action's unit of work: what the check
    counts is committed (by itself when the unit is not one action's) before the decision."""
    if not reason.strip():
        raise UserError(
            translate("Decisions", "a decision needs a reason (it is audited)"), field="reason"
        )
    given(reason, AuditEntry, "reason", lines=True)  # before the PIN is checked and counted
    return authorize(uow, user, pin, role_to_decide(action), station=station)


def _record(
    session: Session,
    action: str,
    parcel: Parcel,
    person: Person,
    station: str,
    reason: str,
    details: dict[str, object],
) -> None:
    audit.record(
        session,
        f"decision.{action}",
        entity_type="parcel",
        entity_id=parcel.code,
        user_id=person.id,
        station=station,
        reason=reason,
        details={**details, "route": parcel.route},
    )


def hold_while_packing(
    work: Work, parcel_id: int, *, user: str, pin: str, reason: str, station: str = ""
) -> Decided:
    """F6 mid-pack: a supervisor holds the open parcel as it stands, in one transaction: it is
    closed (judged with its day, its items counted packed) and held at once, so no label is
    ever printed for it; its hold tag goes on the box. Releasing it later is a decision like
    any other."""
    with within(work, immediate=True) as uow:
        person = _supervisor(uow, user, pin, reason, station, DecisionAction.HOLD)
        session = uow.session
        with session.begin_nested():  # a refusal undoes the hold, not the PIN's check
            closed = close_open(session, parcel_id)
            parcel = session.get(Parcel, parcel_id)
            assert parcel is not None
            details: dict[str, object] = {"while_packing": True}
            evaluated = _apply(session, parcel, DecisionAction.HOLD, None, None, details)
            _record(session, DecisionAction.HOLD, parcel, person, station, reason, details)
        uow.commit()
        judged = {e.parcel_id: e for e in (closed.parcel, *closed.others, *evaluated)}
        return Decided(DecisionAction.HOLD, parcel.code, person.name, list(judged.values()))


def sealed_trip(session: Session, parcel: Parcel) -> str | None:
    """The trip number of the sealed truck the parcel is on, if it is on one."""
    if parcel.load_id is None:
        return None
    load = session.get(Load, parcel.load_id)
    return load.trip_number if load is not None and load.status == LoadStatus.SEALED else None


def _on_sealed_truck(
    session: Session,
    parcel: Parcel,
    action: str,
    trip: str,
    user_id: int | None,
    reason: str,
    details: dict[str, object],
) -> list[Evaluated]:
    """A parcel on a sealed truck crossed as filed: a supervisor acknowledges what would have
    changed it, holds or releases it (it did not leave), or gives leave to reprint; anything
    else needs the truck reopened first. None of these judges it again."""
    if action == DecisionAction.REPRINT:
        details["paper"] = _paper(parcel)
        return []
    if action in (DecisionAction.HOLD, DecisionAction.RELEASE):
        sealed.held(session, parcel, action == DecisionAction.HOLD)
        return []
    if action == DecisionAction.ACKNOWLEDGE:  # what would have changed its filing, if anything
        seen = sealed.acknowledge(session, parcel, user_id, reason)
        details.update({"sealed_conflicts": seen, "trip": trip})
        return []
    raise UserError(
        translate(
            "Decisions",
            "{action}: parcel {parcel} is on sealed truck {trip}: it crossed as filed; reopen "
            "the load to change it",
        ).format(action=word(action), parcel=parcel.code, trip=trip)
    )


def _paper(parcel: Parcel) -> str:
    """What a reprint prints: a held parcel's tag, never a label."""
    return "hold-tag" if parcel.status == ParcelStatus.HELD or parcel.manual_hold else LABEL


def _apply(
    session: Session,
    parcel: Parcel,
    action: str,
    crossing: datetime | None,
    into: str | None,
    details: dict[str, object],
) -> list[Evaluated]:
    _closed(parcel, action)
    if action == DecisionAction.ACCEPT_ROUTE:
        details["accepted"] = parcel.route
        parcel.accepted_route = parcel.route
    elif action == DecisionAction.ACKNOWLEDGE:
        codes = MUST_ACKNOWLEDGE | set(filter(None, parcel.acknowledged.split(";")))
        parcel.acknowledged = ";".join(sorted(codes))
    elif action in (DecisionAction.HOLD, DecisionAction.RELEASE):
        parcel.manual_hold = action == DecisionAction.HOLD
    elif action == DecisionAction.REPRINT:
        # The supervisor's leave to print again, on the record with the paper it prints (a
        # held parcel's is its tag, never a label); the print is audited too.
        details["paper"] = _paper(parcel)
        return []
    elif action == DecisionAction.VOID:
        _void(parcel)
    elif action == DecisionAction.DEFER:
        return _defer(session, parcel, crossing, details)
    else:
        return _consolidate(session, parcel, into, details)
    return _judge(session, parcel, action)


def _defer(
    session: Session, parcel: Parcel, crossing: datetime | None, details: dict[str, object]
) -> list[Evaluated]:
    if crossing is None or crossing.tzinfo is None:
        raise UserError(
            translate("Decisions", "defer: give the new crossing instant with its UTC offset"),
            field="crossing",
        )
    assert parcel.port is not None and parcel.us_day is not None
    new_day: date = port(parcel.port).us_day(crossing)
    if new_day <= parcel.us_day:
        raise UserError(
            translate(
                "Decisions", "defer: {day} is not after the parcel's crossing day {crossing_day}"
            ).format(day=new_day, crossing_day=parcel.us_day)
        )
    if parcel.load_id is not None:
        raise UserError(
            translate(
                "Decisions", "parcel {parcel}: on a truck; take it off the load first"
            ).format(parcel=parcel.code)
        )
    details.update({"from_day": str(parcel.us_day), "to_day": str(new_day)})
    assert parcel.recipient_key is not None
    before = (parcel.recipient_key, parcel.us_day)
    parcel.crossing_at, parcel.us_day = crossing, new_day
    return _judge(session, parcel, DecisionAction.DEFER, days=[before])


def _consolidate(
    session: Session, parcel: Parcel, into: str | None, details: dict[str, object]
) -> list[Evaluated]:
    if into is None:
        raise UserError(
            translate("Decisions", "consolidate: name the parcel that takes this one's items"),
            field="into",
        )
    target = find_parcel(session, into)
    _closed(target, DecisionAction.CONSOLIDATE)
    if target.id == parcel.id:
        raise UserError(
            translate("Decisions", "consolidate: a parcel cannot be consolidated into itself")
        )
    if not one_delivery_point(target, parcel):
        raise UserError(
            translate(
                "Decisions", "consolidate: {parcel} and {other} are not for one address"
            ).format(parcel=parcel.code, other=target.code)
        )
    if target.load_id is not None or parcel.load_id is not None:
        raise UserError(
            translate("Decisions", "consolidate: take the parcels off their truck first")
        )
    details["into"] = target.code
    for item in supervision.parcel_items(session, parcel.id):
        item.parcel_id = target.id  # type: ignore[assignment]
        session.add(item)
    if parcel.weight_g is not None and target.weight_g is not None:
        target.weight_g += parcel.weight_g
    _void(parcel)
    return _judge(session, parcel, DecisionAction.CONSOLIDATE, also=[target])


def _split(
    session: Session,
    parcel: Parcel,
    other_ref: str | None,
    user_id: int | None,
    reason: str,
    details: dict[str, object],
) -> list[Evaluated]:
    """Two recipients the engine merged are two people (e.g. "Sr." and "Jr."): say so for good."""
    if other_ref is None:
        raise UserError(
            translate(
                "Decisions", "split: name the other parcel, whose recipient is another person"
            ),
            field="other",
        )
    other = find_parcel(session, other_ref)
    mine, theirs = session.get(Order, parcel.order_id), session.get(Order, other.order_id)
    assert mine is not None and theirs is not None
    if not one_delivery_point(parcel, other):
        raise UserError(
            translate("Decisions", "split: {parcel} and {other} are not at one address").format(
                parcel=parcel.code, other=other.code
            )
        )
    pair = sorted(split_key(mine.recipient_name, theirs.recipient_name))
    if len(pair) != 2:
        raise UserError(
            translate(
                "Decisions",
                "split: {name} and {other} are one name; a split needs names that differ",
            ).format(name=repr(mine.recipient_name), other=repr(theirs.recipient_name))
        )
    assert parcel.recipient_key is not None
    if supervision.recipient_split(session, parcel.recipient_key, pair[0], pair[1]) is None:
        session.add(
            RecipientSplit(
                address_key=parcel.recipient_key,
                name_a=pair[0],
                name_b=pair[1],
                reason=reason,
                user_id=user_id,
            )
        )
    details["names"] = pair
    session.flush()
    # Two people at the address now, on every day: each of its person-days is judged again.
    days = days_of_key(session.connection(), parcel.recipient_key)
    return _judge(session, parcel, DecisionAction.SPLIT, days=days)


def _void(parcel: Parcel) -> None:
    parcel.status = ParcelStatus.VOIDED
    parcel.needs_decision = False


def _judge(
    session: Session,
    parcel: Parcel,
    action: str,
    *,
    days: Iterable[tuple[str, date]] = (),
    also: Iterable[Parcel] = (),
) -> list[Evaluated]:
    """Judge again the days the decision touched: the parcel itself first (unless voided),
    then every parcel whose verdict it changed."""
    others = list(also)
    session.add(parcel)
    judgement = rejudge(
        session,
        parcels=[parcel, *others],
        days=days,
        cause=Cause(f"decision.{action}", parcel.code),
    )
    assert parcel.id is not None
    first = [parcel.id, *(o.id for o in others if o.id is not None)]
    judged = [judgement.evaluated[i] for i in first if i in judgement.evaluated]
    return judged + judgement.others(*first)


def _closed(parcel: Parcel, action: str) -> None:
    """Decisions are on packed parcels; moving or voiding one needs it off its truck first."""
    if parcel.status == ParcelStatus.LOADED and action in _OFF_THE_TRUCK_FIRST:
        raise UserError(
            translate(
                "Decisions", "{action}: parcel {parcel} is on a truck; take it off first"
            ).format(action=word(action), parcel=parcel.code)
        )
    if parcel.status not in PACKED:
        raise UserError(
            translate("Decisions", "{action}: parcel {parcel} is {status}, not closed").format(
                action=word(action), parcel=parcel.code, status=word(parcel.status)
            )
        )
