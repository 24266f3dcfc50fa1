"""Finding any parcel by its id, its order or its recipient's name, and reading its history.

The search uses the store's indexes where the text can be looked up: the parcel id
(``parcels.code``, unique) and the order name (``orders.name``, unique) as exact values and as
prefixes (a range on the index, not a LIKE); the parcels of the orders found come through
``ix_parcels_order_id``. A name is matched anywhere in ``orders.recipient_name``, without
regard to case or accents: no B-tree index helps a substring, so that part reads the orders
table once: on SQLite the ASCII names by its own LIKE and only the others through Python's
fold; on PostgreSQL all of them through the same fold written in SQL (NFKD, combining marks
removed, lower case). PostgreSQL's prefixes are LIKE patterns on ``text_pattern_ops`` indexes
(migration 0007): a range of a linguistic collation is not a prefix there.
The user's text is always a bound value, never SQL: ``%``, ``_`` and ``\\`` are escaped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from s321_desk.domain.findings import Finding
from s321_desk.services.judging.verdicts import find_parcel, stored_finding
from s321_desk.store.models import AuditEntry, Load, Order, ParcelVerdict
from s321_desk.store.repositories import lookup
from s321_desk.store.repositories.lookup import fold
from s321_desk.store.uow import Work, within

__all__ = ["fold"]  # lower case without accents, as the search matches a name

MATCH_PARCEL, MATCH_ORDER, MATCH_NAME = "parcel id", "order", "name"


@dataclass(frozen=True)
class ParcelHit:
    """One parcel found: enough to list it and to open its history."""

    parcel: str  # the printable parcel id
    order: str
    recipient: str
    city: str
    state: str | None
    country: str
    status: str
    route: str | None
    us_day: date | None
    station: str
    created_at: datetime
    closed_at: datetime | None
    needs_decision: bool
    matched: str  # MATCH_PARCEL | MATCH_ORDER | MATCH_NAME: what the text was found in


@dataclass(frozen=True)
class ParcelDetails:
    parcel: str
    status: str
    station: str
    created_at: datetime
    closed_at: datetime | None
    crossing_at: datetime | None
    us_day: date | None
    port: str | None
    weight_g: int | None
    value_usd_cents: int | None
    route: str | None
    accepted_route: str | None
    acknowledged: tuple[str, ...]
    needs_decision: bool
    manual_hold: bool
    trip: str | None  # the load it is on
    scn: str | None


@dataclass(frozen=True)
class OrderDetails:
    name: str
    created_at: datetime
    currency: str
    recipient: str
    company: str | None
    address: tuple[str, ...]  # the ship-to lines after the name, as stored
    email: str | None
    phone: str | None
    source_file: str
    imported_at: datetime


@dataclass(frozen=True)
class LineDetails:
    line_no: int
    sku: str | None
    description: str
    quantity: int
    unit_price_cents: int
    discount_cents: int
    in_parcel: int  # how many of it this parcel holds


@dataclass(frozen=True)
class JudgedAgainst:
    """A parcel a verdict was judged against (domain.judgement), as stored with the verdict."""

    parcel_id: str
    role: str  # earlier, same time, same truck, filed later, same order (stored in English)
    route: str | None  # the route counted against the allowance, where it counted
    value_usd: str


@dataclass(frozen=True)
class VerdictRecord:
    """One evaluation by the engine, with the rule data version and the FX rates it used."""

    evaluated_at: datetime
    route: str
    eligible_321: bool
    consignment_value_usd_cents: int
    regime: str
    rules_version: str
    rules_as_of: datetime | None  # the pinned instant of the rules, if they were pinned
    fx: tuple[tuple[str, str], ...]  # (currency, rate to USD)
    findings: tuple[Finding, ...]
    # In the order they were counted (crossing order); None: judged before the desk kept them.
    judged_against: tuple[JudgedAgainst, ...] | None = None


@dataclass(frozen=True)
class AuditRecord:
    """One line of the audit trail about the parcel: who did what, where, why."""

    id: int
    at: datetime
    action: str  # decision.reprint, print.label, parcel.close, load.add...
    who: str  # the user's name; "" where no one signed (a print, a close)
    station: str
    reason: str | None
    details: tuple[tuple[str, str], ...]  # (key, value as text), sorted by key

    def detail(self, key: str) -> str | None:
        return next((value for name, value in self.details if name == key), None)

    @property
    def sha256(self) -> str | None:
        """The printed file's SHA-256, for a print."""
        return self.detail("sha256")


@dataclass(frozen=True)
class ParcelHistory:
    parcel: ParcelDetails
    order: OrderDetails
    lines: tuple[LineDetails, ...]
    verdicts: tuple[VerdictRecord, ...]  # oldest first; the last one is current
    audit: tuple[AuditRecord, ...]  # in the order written


def find_parcels(work: Work, query: str, limit: int = 200) -> list[ParcelHit]:
    """Parcels whose id or order name starts with ``query``, or whose recipient's name holds
    it (case and accents aside), newest first. A whole parcel id finds that parcel alone."""
    wanted = query.strip()
    if not wanted or limit < 1:
        return []
    with within(work) as uow:
        connection = uow.session.connection()
        code = wanted.upper()
        exact = lookup.parcel_by_code(connection, code)
        if exact is not None:  # a scanned label: that parcel, whatever else the text matches
            return [_hit(exact, MATCH_PARCEL)]
        by_code = lookup.parcels_by_code(connection, code, limit)
        by_order = lookup.parcels_by_order(connection, wanted, limit)
        if by_code or by_order:
            # Found by an index: the text is an id or an order, not a name; reading every
            # name as well would cost a scan of the orders for nothing.
            hits = {row.id: _hit(row, MATCH_ORDER) for row in by_order}
            hits.update({row.id: _hit(row, MATCH_PARCEL) for row in by_code})
            newest_first = sorted(hits.items(), key=lambda item: item[0], reverse=True)
            return [hit for _, hit in newest_first[:limit]]
        by_name = lookup.parcels_by_name(connection, fold(wanted), limit)
        return [_hit(row, MATCH_NAME) for row in by_name]


def _hit(row: Any, matched: str) -> ParcelHit:
    return ParcelHit(
        parcel=row.code,
        order=row.name,
        recipient=row.recipient_name,
        city=row.city,
        state=row.state,
        country=row.country,
        status=row.status,
        route=row.route,
        us_day=_day(row.us_day),
        station=row.station,
        created_at=_utc(row.created_at),
        closed_at=_utc(row.closed_at) if row.closed_at else None,
        needs_decision=bool(row.needs_decision),
        matched=matched,
    )


def _day(value: Any) -> date | None:
    """A day read by raw SQL: text on SQLite, a date on PostgreSQL."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _utc(value: Any) -> datetime:
    """A timestamp read by raw SQL (text as the store writes it) as an aware UTC instant."""
    instant = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant.astimezone(UTC)


def parcel_history(work: Work, parcel_ref: str) -> ParcelHistory:
    """The parcel, its order and lines, every verdict it had and its audit trail, in order.

    The audit lines are those about the parcel (``entity_type`` "parcel", its printable id):
    closing, decisions, prints, loading.
    """
    with within(work) as uow:
        session = uow.session
        parcel = find_parcel(session, parcel_ref)
        order = session.get(Order, parcel.order_id)
        assert order is not None and parcel.id is not None
        load = session.get(Load, parcel.load_id) if parcel.load_id is not None else None
        in_parcel: dict[int, int] = {}
        for item in lookup.parcel_items(session, parcel.id):
            in_parcel[item.order_line_id] = in_parcel.get(item.order_line_id, 0) + item.quantity
        lines = tuple(
            LineDetails(
                line.line_no,
                line.sku,
                line.description,
                line.quantity,
                line.unit_price_cents,
                line.discount_cents,
                in_parcel.get(line.id or 0, 0),
            )
            for line in lookup.order_lines_of(session, parcel.order_id)
        )
        verdicts = tuple(_verdict(row) for row in lookup.verdicts_of(session, parcel.id))
        names = lookup.user_names(session)
        audit = tuple(
            _audit(entry, names) for entry in lookup.audit_about(session, "parcel", parcel.code)
        )
        details = ParcelDetails(
            parcel=parcel.code,
            status=parcel.status,
            station=parcel.station,
            created_at=parcel.created_at,
            closed_at=parcel.closed_at,
            crossing_at=parcel.crossing_at,
            us_day=parcel.us_day,
            port=parcel.port,
            weight_g=parcel.weight_g,
            value_usd_cents=parcel.value_usd_cents,
            route=parcel.route,
            accepted_route=parcel.accepted_route,
            acknowledged=tuple(filter(None, parcel.acknowledged.split(";"))),
            needs_decision=parcel.needs_decision,
            manual_hold=parcel.manual_hold,
            trip=load.trip_number if load else None,
            scn=parcel.scn,
        )
        return ParcelHistory(details, _order(order), lines, verdicts, audit)


def _order(order: Order) -> OrderDetails:
    place = " ".join(filter(None, (order.city, order.state, order.postal_code)))
    address = tuple(filter(None, (order.address1, order.address2, place, order.country)))
    return OrderDetails(
        name=order.name,
        created_at=order.created_at,
        currency=order.currency,
        recipient=order.recipient_name,
        company=order.company,
        address=address,
        email=order.email,
        phone=order.phone,
        source_file=order.source_file,
        imported_at=order.imported_at,
    )


def _verdict(row: ParcelVerdict) -> VerdictRecord:
    fx = json.loads(row.fx_json or "{}")
    codes = json.loads(row.codes_json or "[]")
    return VerdictRecord(
        evaluated_at=row.evaluated_at,
        route=row.route,
        eligible_321=row.eligible_321,
        consignment_value_usd_cents=row.consignment_value_usd_cents,
        regime=row.regime,
        rules_version=row.rules_version,
        rules_as_of=row.rules_as_of,
        fx=tuple(sorted((str(k), str(v)) for k, v in fx.items())),
        findings=tuple(stored_finding(c) for c in codes),
        judged_against=None
        if row.judged_against is None
        else tuple(
            JudgedAgainst(a["parcel_id"], a["as"], a["route"], a["value_usd"])
            for a in json.loads(row.judged_against)
        ),
    )


def _audit(entry: AuditEntry, names: dict[int | None, str]) -> AuditRecord:
    details = json.loads(entry.details or "{}")
    pairs = tuple(
        sorted(
            (str(key), value if isinstance(value, str) else json.dumps(value, sort_keys=True))
            for key, value in details.items()
        )
    )
    assert entry.id is not None
    return AuditRecord(
        id=entry.id,
        at=entry.at,
        action=entry.action,
        who=names.get(entry.user_id, "") if entry.user_id is not None else "",
        station=entry.station,
        reason=entry.reason,
        details=pairs,
    )
