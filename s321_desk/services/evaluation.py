"""Evaluating a stored parcel: the indexed look-up of its neighbours, then the engine."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Connection

from s321_desk.domain.compliance import Verdict, evaluate
from s321_desk.domain.parcels import Context, OtherParcel, Parcel
from s321_desk.domain.recipients import Recipient, canonical_address
from s321_desk.domain.rules import RuleBook
from s321_desk.store.repositories import NeighbourRow, neighbours, split_names


def recipient_of(row: NeighbourRow) -> Recipient:
    return Recipient(
        row.recipient_name, row.address1, row.address2 or "", row.city, row.state or "",
        row.postal_code, row.country,
    )  # fmt: skip


def build_context(
    rows: list[NeighbourRow], *, load_id: int | None, crossing: datetime, order_id: int
) -> Context:
    """Sort the look-up's rows: this truck, earlier the same day, the same order.

    A parcel on the same truck is "same truck"; another that day counts as earlier when it
    crosses before this one (a later one is re-evaluated against this one instead).
    """
    same_truck, earlier, same_order = [], [], []
    for row in rows:
        other = OtherParcel(
            value_usd=Decimal(row.value_usd_cents or 0) / 100,
            recipient=recipient_of(row),
            route=row.route,
            crossing_date=row.us_day,
            label=row.code,
        )
        if row.same_day:
            if load_id is not None and row.load_id == load_id:
                same_truck.append(other)
            elif row.crossing_at is not None and row.crossing_at <= crossing:
                earlier.append(other)
        if row.order_id == order_id:
            same_order.append(other)
    return Context(tuple(same_truck), tuple(earlier), tuple(same_order))


def evaluate_stored(
    connection: Connection,
    parcel: Parcel,
    *,
    parcel_id: int,
    order_id: int,
    load_id: int | None,
    crossing: datetime,
    us_day: date,
    rulebook: RuleBook,
    fx: Mapping[str, Decimal],
    rules_as_of: datetime | None = None,
) -> Verdict:
    """The verdict of one parcel against what the store holds around it (one indexed query)."""
    key = canonical_address(parcel.recipient)
    rows = neighbours(
        connection,
        key=key,
        day=us_day,
        order_id=order_id,
        parcel_id=parcel_id,
    )
    context = build_context(rows, load_id=load_id, crossing=crossing, order_id=order_id)
    if any(row.same_day for row in rows):  # only a neighbour at the door can be split from
        context = replace(context, split_names=split_names(connection, key))
    return evaluate(parcel, context, crossing, rulebook, fx, rules_as_of)
