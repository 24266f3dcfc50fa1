"""Parcels as the CLI and the desk show them: plain data with the current verdict."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from s321_desk.domain.recipients import relation_given_splits
from s321_desk.services.judging.person_day import recipient_of
from s321_desk.services.judging.sealed import conflicts_of
from s321_desk.services.judging.verdicts import find_parcel, recipient_of_order, stored_message
from s321_desk.store.models import Order, Parcel
from s321_desk.store.repositories import lookup
from s321_desk.store.repositories.judging import order_parcels, person_day, split_names
from s321_desk.store.uow import UnitOfWork, Work, within


@dataclass(frozen=True)
class ParcelView:
    parcel_id: str  # the printable parcel id
    order: str
    status: str
    recipient: str
    us_day: str | None
    port: str | None
    route: str | None
    eligible_321: bool | None
    consignment_value_usd: str | None
    regime: str | None
    rules_version: str | None
    rules_as_of: str | None
    needs_decision: bool
    codes: list[dict[str, str]]
    # The parcels the current verdict was judged against, in crossing order (then the same
    # order's other days): {"parcel_id", "as", "route", "value_usd"}; None for a verdict from
    # before the desk recorded them.
    judged_against: list[dict[str, str | None]] | None = None
    # On a sealed truck: what would have changed it since it was filed (parcel_view only).
    sealed_conflicts: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def list_parcels(
    work: Work, *, day: date | None = None, needs_decision: bool = False
) -> list[ParcelView]:
    with within(work) as uow:
        rows = lookup.parcels_and_orders(uow.session, day=day, needs_decision=needs_decision)
        return [_view(uow.session, parcel, order) for parcel, order in rows]


def parcel_view(work: Work, reference: str) -> ParcelView:
    """One parcel by its printable id (or database id)."""
    with within(work) as uow:
        parcel = find_parcel(uow.session, reference)
        order = uow.session.get(Order, parcel.order_id)
        assert order is not None
        assert parcel.id is not None
        conflicts = [c.as_dict() for c in conflicts_of(uow.session, parcel.id)]
        return replace(_view(uow.session, parcel, order), sealed_conflicts=conflicts)


def _view(session: Any, parcel: Parcel, order: Order) -> ParcelView:
    verdict = lookup.latest_verdict(session, parcel.id)
    return ParcelView(
        parcel_id=parcel.code,
        order=order.name,
        status=parcel.status,
        recipient=order.recipient_name,
        us_day=parcel.us_day.isoformat() if parcel.us_day else None,
        port=parcel.port,
        route=parcel.route,
        eligible_321=verdict.eligible_321 if verdict else None,
        consignment_value_usd=(
            f"{Decimal(verdict.consignment_value_usd_cents) / 100:.2f}" if verdict else None
        ),
        regime=verdict.regime if verdict else None,
        rules_version=verdict.rules_version if verdict else None,
        rules_as_of=verdict.rules_as_of.isoformat() if verdict and verdict.rules_as_of else None,
        needs_decision=parcel.needs_decision,
        codes=_codes(verdict.codes_json) if verdict else [],
        judged_against=(
            json.loads(verdict.judged_against)
            if verdict and verdict.judged_against is not None
            else None
        ),
    )


def _codes(codes_json: str) -> list[dict[str, str]]:
    """The verdict's codes, each message in the desk's language (English in the command line,
    which speaks no other)."""
    return [
        {"code": c["code"], "severity": c["severity"], "message": str(stored_message(c))}
        for c in json.loads(codes_json)
    ]


def related_parcels(work: UnitOfWork, reference: str) -> list[dict[str, Any]]:
    """What a parcel conflicts with: the same order, the same person or address that day."""
    with within(work) as uow:
        parcel = find_parcel(uow.session, reference)
        order = uow.session.get(Order, parcel.order_id)
        if parcel.recipient_key is None or parcel.us_day is None or order is None:
            return []  # not closed yet: nothing to compare with
        assert parcel.id is not None
        connection = uow.session.connection()
        day = {row.id: row for row in person_day(connection, parcel.recipient_key, parcel.us_day)}
        elsewhere = [s.id for s in order_parcels(connection, [parcel.order_id]) if s.id not in day]
        mine = recipient_of_order(order, parcel)  # its delivery point as stored
        splits = split_names(connection, parcel.recipient_key)  # as the engine does
        related = []
        for other_id in sorted({*day, *elsewhere} - {parcel.id}):
            other = uow.session.get(Parcel, other_id)
            assert other is not None
            row = day.get(other_id)
            if row is not None:
                recipient, relation = (
                    row.recipient_name,
                    relation_given_splits(mine, recipient_of(row), splits).value,
                )
            else:
                other_order = uow.session.get(Order, other.order_id)
                assert other_order is not None
                recipient, relation = other_order.recipient_name, "same order"
            related.append(
                {
                    "parcel_id": other.code,
                    "recipient": recipient,
                    "relation": relation,
                    "same_truck": other.load_id is not None and other.load_id == parcel.load_id,
                    "station": other.station,
                    "closed_at": other.closed_at.isoformat() if other.closed_at else None,
                    "route": other.route,
                }
            )
        return related
