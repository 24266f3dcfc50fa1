"""Judging stored parcels again when something changed, and keeping their verdicts (one place)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session

from s321_desk.domain.addresses import DeliveryPoint
from s321_desk.domain.codes import PACKED_NOT_LOADED, ParcelStatus, Severity
from s321_desk.domain.compliance import Verdict
from s321_desk.domain.decisions import needs_decision
from s321_desk.domain.findings import Finding
from s321_desk.domain.judgement import Judged
from s321_desk.domain.recipients import Recipient
from s321_desk.domain.texts import Text, translate
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.rules_and_rates import shipped_rulebook
from s321_desk.services.judging.person_day import StoredDay, basis, judge_stored_day
from s321_desk.services.judging.sealed import Raised, cents, check_filed
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.packing import labels
from s321_desk.store.models import Order, ParcelVerdict
from s321_desk.store.models import Parcel as ParcelRow
from s321_desk.store.repositories.judging import (
    DayRow,
    OrderSibling,
    StoredVerdict,
    latest_verdicts,
    order_parcels,
    parcel_by_reference,
)


@dataclass(frozen=True)
class Evaluated:
    parcel_id: int
    verdict: Verdict
    needs_decision: bool


def stored_message(code: Mapping[str, Any]) -> Text:
    """A stored code's message, to be shown in the desk's language: its English ("message",
    what records and exports give) comes with the text it was made from ("text"); a verdict
    stored before the desk spoke French has the English only, shown as it is."""
    stored = code.get("text")
    return Text.from_json(stored) if isinstance(stored, dict) else Text.plain(code["message"])


def stored_finding(code: Mapping[str, Any]) -> Finding:
    """A stored code read back as the engine's finding, its message to be shown."""
    return Finding(code["code"], Severity(code["severity"]), stored_message(code))


def recipient_of_order(order: Order, parcel: ParcelRow | None = None) -> Recipient:
    """The order's recipient; with ``parcel``, the delivery point stored when it was closed."""
    point = (
        DeliveryPoint.stored(parcel.recipient_key, parcel.recipient_point)
        if parcel is not None
        and parcel.recipient_key is not None
        and parcel.recipient_point is not None
        else None
    )
    return Recipient(
        order.recipient_name,
        order.address1,
        order.address2 or "",
        order.city,
        order.state or "",
        order.postal_code,
        order.country,
        point,
    )


def one_delivery_point(a: ParcelRow, b: ParcelRow) -> bool:
    """Whether two closed parcels go to one delivery point (RULES.md s5), as stored when they
    were closed: the same key (ZIP5, house number) and nothing beside it that differs (two
    units of one building are two points)."""
    if a.recipient_key is None or a.recipient_key != b.recipient_key:
        return False
    if a.recipient_point is None or b.recipient_point is None:
        return True
    return DeliveryPoint.stored(a.recipient_key, a.recipient_point).same_as(
        DeliveryPoint.stored(b.recipient_key, b.recipient_point)
    )


@dataclass(frozen=True)
class Cause:
    """The event that has parcels judged again: its audit action and what it was about."""

    action: str  # parcel.close, decision.void, load.add, rules.pin, fx.set...
    entity: str  # a parcel id, a trip number, the pinned instant, CAD@2026-10-01...

    def __str__(self) -> str:
        return f"{self.action} {self.entity}".strip()


@dataclass
class Judgement:
    """What one event's judgement did: every parcel judged, the ones whose verdict changed,
    the sealed parcels it would have changed (each recorded for a supervisor)."""

    evaluated: dict[int, Evaluated] = field(default_factory=dict)
    changed: list[int] = field(default_factory=list)  # stored a new verdict, in judging order
    conflicts: list[Raised] = field(default_factory=list)

    def others(self, *parcel_ids: int) -> list[Evaluated]:
        """The parcels whose verdict changed, but those named."""
        return [self.evaluated[i] for i in self.changed if i not in parcel_ids]


def rejudge(
    session: Session,
    *,
    parcels: Iterable[ParcelRow] = (),
    days: Iterable[tuple[str, date]] = (),
    cause: Cause,
) -> Judgement:
    """Judge again, from scratch and in crossing order, every person-day an event touched:
    those of ``parcels`` (as they are now: a voided one leaves its day), the ``days`` given
    (where they were before the event), and the days of their orders' other parcels; then,
    while a parcel's value changed (an FX rate), the days of its order's other parcels.

    Runs in the caller's unit of work, which holds the store's writer lock (``immediate``):
    nothing else judges a day meanwhile. Sealed parcels keep their filing
    (services.judging.sealed)."""
    parcels = list(parcels)
    session.flush()  # the look-ups below read through the same connection
    connection = session.connection()
    base = basis(connection, shipped_rulebook())
    todo = set(days)
    todo |= {(p.recipient_key, p.us_day) for p in parcels if p.recipient_key and p.us_day}
    todo |= _order_days(order_parcels(connection, {p.order_id for p in parcels}))
    judgement = Judgement()
    rounds = 0
    while todo:
        rounds += 1
        assert rounds <= 100_000, "the judgement of the days does not settle"
        key, day = min(todo)
        todo.discard((key, day))
        stored = judge_stored_day(connection, key, day, base)
        revalued = _keep_day(session, stored, str(cause), judgement)
        todo |= _order_days(s for s in stored.siblings if s.order_id in revalued)
        session.flush()
    return judgement


def _order_days(parcels: Iterable[OrderSibling]) -> set[tuple[str, date]]:
    return {(p.recipient_key, p.us_day) for p in parcels if p.recipient_key}


def _keep_day(session: Session, stored: StoredDay, cause: str, judgement: Judgement) -> set[int]:
    """Keep a day's verdicts, check its sealed parcels' filings; the orders whose parcels'
    values changed."""
    latest = latest_verdicts(session.connection(), stored.judgement.judged)
    revalued = set()
    for parcel_id in stored.judgement.order:
        row = stored.rows[parcel_id]
        judged = stored.judgement.judged.get(parcel_id)
        if judged is None:  # on a sealed truck: its filing stands
            would_be = stored.judgement.would_be[parcel_id]
            conflict = check_filed(session, row, would_be, cause, _against_json(would_be))
            if conflict is not None:
                judgement.conflicts.append(conflict)
            continue
        evaluated, changed = keep_verdict(session, row, judged, latest.get(parcel_id))
        judgement.evaluated[parcel_id] = evaluated
        if changed and parcel_id not in judgement.changed:  # a day may be judged twice
            judgement.changed.append(parcel_id)
        if row.value_usd_cents != cents(judged.verdict.parcel_value_usd):
            revalued.add(row.order_id)
    return revalued


def keep_verdict(
    session: Session, row: DayRow, judged: Judged, stored: StoredVerdict | None
) -> tuple[Evaluated, bool]:
    """THE ONE PLACE a parcel's verdict is stored. Every judgement of every parcel comes here
    (``rejudge``), whatever the event; a new verdict record is added when the verdict differs
    from the parcel's current one (``stored``), and the parcel's route, value, decision and
    status follow it. (evaluated, whether a new verdict was stored)."""
    verdict = judged.verdict
    decision = row.manual_hold or needs_decision(
        verdict, row.acknowledged.split(";"), row.accepted_route
    )
    status = row.status
    if status in PACKED_NOT_LOADED:
        status = ParcelStatus.HELD if verdict.held or row.manual_hold else ParcelStatus.CLOSED
    record = _verdict_columns(judged)
    new_verdict = stored is None or record != _stored_columns(stored)
    fields = (verdict.route.value, cents(verdict.parcel_value_usd), decision, status)
    changed = fields != (row.route, row.value_usd_cents, row.needs_decision, row.status)
    if new_verdict or changed or row.labelled:
        parcel = session.get(ParcelRow, row.id)
        assert parcel is not None
        parcel.route, parcel.value_usd_cents, parcel.needs_decision, parcel.status = fields
        session.add(parcel)
        # Whatever changed the parcel (its verdict, its truck, its weight...), its printed
        # label is compared here with what the record now says (services/packing/labels.py).
        labels.check_printed(session, parcel)
    if new_verdict:
        session.add(ParcelVerdict(parcel_id=row.id, **record))
    return Evaluated(row.id, verdict, decision), new_verdict


def _verdict_columns(judged: Judged) -> dict[str, Any]:
    verdict = judged.verdict
    return {
        "route": verdict.route.value,
        "eligible_321": verdict.eligible_321,
        "consignment_value_usd_cents": cents(verdict.consignment_value_usd),
        "regime": verdict.regime,
        "rules_version": verdict.rules_version,
        "rules_as_of": verdict.rules_as_of,
        "fx_json": json.dumps({c: format(r, "f") for c, r in verdict.fx_used.items()}),
        "codes_json": json.dumps(
            [
                {
                    "code": f.code,
                    "severity": f.severity.value,
                    "message": f.message.english,
                    "text": f.message.to_json(),
                }
                for f in verdict.findings
            ]
        ),
        "judged_against": _against_json(judged),
    }


def _stored_columns(stored: StoredVerdict) -> dict[str, Any]:
    return {
        "route": stored.route,
        "eligible_321": stored.eligible_321,
        "consignment_value_usd_cents": stored.consignment_value_usd_cents,
        "regime": stored.regime,
        "rules_version": stored.rules_version,
        "rules_as_of": stored.rules_as_of,
        "fx_json": stored.fx_json,
        "codes_json": stored.codes_json,
        "judged_against": stored.judged_against,
    }


def _against_json(judged: Judged) -> str:
    return json.dumps(
        [
            {
                "parcel_id": c.label,
                "as": c.role,
                "route": c.route,
                "value_usd": f"{c.value_usd:.2f}",
            }
            for c in judged.against
        ]
    )


def us_day_of(port_code: str, row: ParcelRow) -> None:
    assert row.crossing_at is not None
    row.us_day = port(port_code).us_day(row.crossing_at)


def find_parcel(session: Session, reference: str) -> ParcelRow:
    """A parcel by its printable id, or its database id."""
    parcel = parcel_by_reference(session, reference)
    if parcel is None:
        raise UserError(
            translate("Verdicts", "parcel {parcel}: no such parcel").format(parcel=repr(reference))
        )
    return parcel
