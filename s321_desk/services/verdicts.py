"""Evaluating stored parcels: building the engine's input from the store, keeping the verdict."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlmodel import Session, col, select

from s321_desk.domain.catalog import KNOWN_FLAGS
from s321_desk.domain.compliance import Verdict
from s321_desk.domain.decisions import needs_decision
from s321_desk.domain.parcels import Line, Parcel
from s321_desk.domain.recipients import Recipient
from s321_desk.domain.texts import Text, translate
from s321_desk.services import labels
from s321_desk.services.errors import UserError
from s321_desk.services.evaluation import evaluate_stored
from s321_desk.services.ports import port
from s321_desk.services.rules_admin import fx_table, pinned_as_of, shipped_rulebook
from s321_desk.store.models import (
    Order,
    OrderLine,
    ParcelItem,
    ParcelVerdict,
    Product,
)
from s321_desk.store.models import (
    Parcel as ParcelRow,
)
from s321_desk.store.repositories import neighbours


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


def recipient_of_order(order: Order) -> Recipient:
    return Recipient(
        order.recipient_name, order.address1, order.address2 or "", order.city,
        order.state or "", order.postal_code, order.country,
    )  # fmt: skip


def domain_parcel(session: Session, row: ParcelRow, order: Order) -> Parcel:
    """The parcel as the engine sees it: its scanned items, classified from the catalog.

    Items are taken by their order line, whatever the order: a consolidated parcel holds the
    lines of two orders of one person (each line in its own order's currency).
    """
    quantities: dict[int, int] = {}
    for item in session.scalars(select(ParcelItem).where(ParcelItem.parcel_id == row.id)):
        quantities[item.order_line_id] = quantities.get(item.order_line_id, 0) + item.quantity
    lines = []
    for line_id in sorted(quantities):
        order_line = session.get(OrderLine, line_id)
        assert order_line is not None
        line_order = (
            order if order_line.order_id == order.id else session.get(Order, order_line.order_id)
        )
        assert line_order is not None
        quantity = quantities[line_id]
        product = (
            session.scalars(select(Product).where(Product.sku == order_line.sku)).first()
            if order_line.sku
            else None
        )
        # The price actually paid for the units in this parcel: the line's discount taken off
        # in their share, as the invoice and the e-manifest give it (one value on every paper).
        discount = (
            Decimal(order_line.discount_cents * quantity / Decimal(order_line.quantity)).quantize(
                Decimal(1), rounding=ROUND_HALF_UP
            )
            if order_line.discount_cents and order_line.quantity
            else 0
        )
        value = (Decimal(order_line.unit_price_cents * quantity) - discount) / 100
        flags = frozenset(product.flags.split(";")) & KNOWN_FLAGS if product else frozenset()
        lines.append(
            Line(order_line.description, product.hts if product else None,
                 product.origin if product else None, quantity, value, line_order.currency, flags)
        )  # fmt: skip
    weight = None if row.weight_g is None else Decimal(row.weight_g) / 1000
    return Parcel(recipient_of_order(order), tuple(lines), weight, order.name)


def evaluate_and_keep(
    session: Session, row: ParcelRow, rules_as_of: datetime | None = None
) -> Evaluated:
    """Evaluate a closed parcel against the store and keep the verdict (history and current).

    ``rules_as_of`` overrides the administrator's pin for this evaluation.
    """
    assert row.id is not None and row.crossing_at is not None and row.us_day is not None
    order = session.get(Order, row.order_id)
    assert order is not None
    parcel = domain_parcel(session, row, order)
    fx = fx_table(session).rates_on(row.us_day, {line.currency for line in parcel.lines})
    verdict = evaluate_stored(
        session.connection(), parcel, parcel_id=row.id, order_id=row.order_id,
        load_id=row.load_id, crossing=row.crossing_at, us_day=row.us_day,
        rulebook=shipped_rulebook(), fx=fx, rules_as_of=rules_as_of or pinned_as_of(session),
    )  # fmt: skip
    decision = row.manual_hold or needs_decision(
        verdict, row.acknowledged.split(";"), row.accepted_route
    )
    row.route = verdict.route.value
    row.value_usd_cents = int(verdict.parcel_value_usd * 100)
    row.needs_decision = decision
    if row.status in ("closed", "held"):
        row.status = "held" if verdict.held or row.manual_hold else "closed"
    session.add(row)
    session.add(
        ParcelVerdict(
            parcel_id=row.id,
            route=verdict.route.value,
            eligible_321=verdict.eligible_321,
            consignment_value_usd_cents=int(verdict.consignment_value_usd * 100),
            regime=verdict.regime,
            rules_version=verdict.rules_version,
            rules_as_of=verdict.rules_as_of,
            fx_json=json.dumps({c: format(r, "f") for c, r in verdict.fx_used.items()}),
            codes_json=json.dumps(
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
        )
    )
    # The one place a verdict is stored: whatever changed the parcel, its printed label is
    # compared here with what the record now says (services/labels.py).
    labels.check_printed(session, row)
    session.flush()
    return Evaluated(row.id, verdict, decision)


def reevaluate_neighbours(
    session: Session, row: ParcelRow, rules_as_of: datetime | None = None
) -> list[Evaluated]:
    """Every other counted parcel this one bears on (same person-day, same order), again."""
    assert row.id is not None and row.us_day is not None and row.recipient_key is not None
    found = neighbours(
        session.connection(), key=row.recipient_key, day=row.us_day, order_id=row.order_id,
        parcel_id=row.id,
    )  # fmt: skip
    results = []
    for neighbour in found:
        other = session.get(ParcelRow, neighbour.id)
        if other is not None and other.crossing_at is not None:
            results.append(evaluate_and_keep(session, other, rules_as_of))
    return results


def us_day_of(port_code: str, row: ParcelRow) -> None:
    assert row.crossing_at is not None
    row.us_day = port(port_code).us_day(row.crossing_at)


def find_parcel(session: Session, reference: str) -> ParcelRow:
    """A parcel by its printable id, or its database id."""
    condition = col(ParcelRow.code) == reference
    if reference.isdigit():
        condition = condition | (col(ParcelRow.id) == int(reference))
    parcel = session.scalars(select(ParcelRow).where(condition)).first()
    if parcel is None:
        raise UserError(
            translate("Verdicts", "parcel {parcel}: no such parcel").format(parcel=repr(reference))
        )
    return parcel
