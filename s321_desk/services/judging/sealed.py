"""A sealed truck is a fact: a parcel on it whose verdict, judged now, would differ from what was
filed is never changed; the event is recorded and a supervisor is asked to look (the parcel
crossed as filed). Only reopening the truck lets its parcels be judged again."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from s321_desk.domain.judgement import Judged
from s321_desk.services.kernel import audit
from s321_desk.store.models import Load, SealedConflict, utcnow
from s321_desk.store.models import Parcel as ParcelRow
from s321_desk.store.repositories import judging
from s321_desk.store.repositories.judging import DayRow

PENDING, ACKNOWLEDGED, CLEARED, SUPERSEDED, REOPENED = (
    "pending", "acknowledged", "cleared", "superseded", "reopened",
)  # fmt: skip
STANDING = (PENDING, ACKNOWLEDGED)  # a difference a supervisor has been told of


@dataclass(frozen=True)
class Conflict:
    """A sealed parcel's filing and what a judgement now would give, as the views show it."""

    parcel_id: str  # the printable id
    trip: str
    detected_at: datetime
    cause: str  # the event: its audit action and what it was about ("decision.void P0000001")
    filed_route: str
    filed_value_usd: Decimal
    judged_route: str
    judged_value_usd: Decimal
    judged_codes: tuple[str, ...]
    judged_against: tuple[dict[str, Any], ...]
    state: str
    reason: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "trip": self.trip,
            "detected_at": self.detected_at.isoformat(),
            "cause": self.cause,
            "filed_route": self.filed_route,
            "filed_value_usd": f"{self.filed_value_usd:.2f}",
            "judged_route": self.judged_route,
            "judged_value_usd": f"{self.judged_value_usd:.2f}",
            "judged_codes": list(self.judged_codes),
            "judged_against": list(self.judged_against),
            "state": self.state,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Raised:
    """A difference just recorded: which sealed parcel, on which truck, filed and judged now."""

    parcel_id: str  # the printable id
    trip: str
    filed_route: str
    judged_route: str
    cause: str


@dataclass(frozen=True)
class Pending:
    """A sealed parcel's difference waiting for a supervisor, as the live warnings say it."""

    trip: str
    filed_route: str
    judged_route: str
    cause: str


def cents(amount: Decimal) -> int:
    return int(amount * 100)


def check_filed(
    session: Session, row: DayRow, would_be: Judged, cause: str, against: str
) -> Raised | None:
    """Compare a sealed parcel's filing with its judgement now (``would_be``): record a new
    difference (audited, the parcel waits for a supervisor), or close a pending one that no
    longer holds. The filed verdict itself is never touched. The new conflict, if any."""
    verdict = would_be.verdict
    judged = (verdict.route.value, cents(verdict.parcel_value_usd))
    if judged == (row.route, row.value_usd_cents or 0):
        if row.needs_decision:  # only a pending conflict makes a sealed parcel wait
            _close_pending(session, row.id, CLEARED, None, None)
        return None
    latest = judging.latest_conflict(session, row.id)
    if latest is not None and latest.state in STANDING:
        if (latest.judged_route, latest.judged_value_usd_cents) == judged:
            return None  # the same difference, already told
    _close_pending(session, row.id, SUPERSEDED, None, None)
    assert row.load_id is not None and row.route is not None
    conflict = SealedConflict(
        parcel_id=row.id,
        load_id=row.load_id,
        cause=cause[:120],
        filed_route=row.route,
        filed_value_usd_cents=row.value_usd_cents or 0,
        judged_route=judged[0],
        judged_value_usd_cents=judged[1],
        judged_codes_json=json.dumps(list(verdict.codes)),
        judged_against=against,
    )
    session.add(conflict)
    _waits(session, row.id, True)
    load = session.get(Load, row.load_id)
    trip = load.trip_number if load else ""
    audit.record(
        session,
        "verdict.sealed_conflict",
        entity_type="parcel",
        entity_id=row.code,
        details={
            "cause": cause,
            "trip": trip,
            "filed_route": row.route,
            "judged_route": judged[0],
            "filed_value_usd_cents": row.value_usd_cents or 0,
            "judged_value_usd_cents": judged[1],
            "judged_codes": list(verdict.codes),
        },
    )
    return Raised(row.code, trip, row.route, judged[0], cause)


def acknowledge(session: Session, parcel: ParcelRow, user_id: int | None, reason: str) -> int:
    """A supervisor has seen the differences of a sealed parcel: how many were pending."""
    assert parcel.id is not None
    seen = _close_pending(session, parcel.id, ACKNOWLEDGED, user_id, reason)
    _waits(session, parcel.id, False)  # it waits no more (unless held)
    return seen


def reopened(session: Session, load_id: int, user_id: int | None, reason: str) -> None:
    """The truck is open again: its parcels will be judged again, their differences close."""
    for parcel_id in judging.parcel_ids_on(session, load_id):
        _close_pending(session, parcel_id, REOPENED, user_id, reason)


def pending(session: Session, parcel_ids: list[int]) -> dict[int, Pending]:
    """The differences waiting for a supervisor among these parcels (the newest of each)."""
    if not parcel_ids:
        return {}
    rows = judging.conflicts_in_state(session, parcel_ids, PENDING)
    return {c.parcel_id: Pending(trip, c.filed_route, c.judged_route, c.cause) for c, trip in rows}


def conflicts_of(session: Session, parcel_id: int) -> list[Conflict]:
    """Every difference recorded for a parcel, oldest first."""
    rows = judging.conflicts_of_parcel(session, parcel_id)
    return [
        Conflict(
            parcel_id=code,
            trip=trip,
            detected_at=c.detected_at,
            cause=c.cause,
            filed_route=c.filed_route,
            filed_value_usd=Decimal(c.filed_value_usd_cents) / 100,
            judged_route=c.judged_route,
            judged_value_usd=Decimal(c.judged_value_usd_cents) / 100,
            judged_codes=tuple(json.loads(c.judged_codes_json)),
            judged_against=tuple(json.loads(c.judged_against)),
            state=c.state,
            reason=c.reason,
        )
        for c, code, trip in rows
    ]


def _close_pending(
    session: Session, parcel_id: int, state: str, user_id: int | None, reason: str | None
) -> int:
    pending = judging.parcel_conflicts_in_state(session, parcel_id, PENDING)
    for conflict in pending:
        conflict.state, conflict.resolved_at = state, utcnow()
        conflict.resolved_by, conflict.reason = user_id, reason
        session.add(conflict)
    if pending and state != SUPERSEDED:
        _waits(session, parcel_id, False)
        if state == CLEARED:
            parcel = session.get(ParcelRow, parcel_id)
            audit.record(
                session,
                "verdict.sealed_conflict_cleared",
                entity_type="parcel",
                entity_id=parcel.code if parcel else str(parcel_id),
                details={"judged_route": pending[-1].judged_route},
            )
    return len(pending)


def _waits(session: Session, parcel_id: int, pending: bool) -> None:
    """A sealed parcel waits for a supervisor while a difference is pending or it is held."""
    parcel = session.get(ParcelRow, parcel_id)
    assert parcel is not None
    parcel.needs_decision = pending or parcel.manual_hold
    session.add(parcel)


def held(session: Session, parcel: ParcelRow, hold: bool) -> None:
    """A supervisor holds (or releases) a parcel of a sealed truck: it did not leave (a box
    crushed at the dock). Its filing stays; it waits while held or a difference is pending."""
    assert parcel.id is not None
    parcel.manual_hold = hold
    pending = judging.parcel_conflicts_in_state(session, parcel.id, PENDING)
    _waits(session, parcel.id, bool(pending))
