"""What the papers print, read from the store: labels, invoices, the manifest and the lead sheet.

A load's parcels and their items are read in two queries whatever its size (a 5,000-parcel
driver pack must not make 20,000 look-ups). Printing refuses, naming the setting or the parcel,
when something a document must show is missing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from s321_desk.documents.content import (
    Charge,
    FxUsed,
    HoldTagData,
    InvoiceData,
    InvoiceLine,
    LabelData,
    LoadInfo,
    ManifestData,
    ManifestItem,
    ManifestRow,
    ParcelRef,
    Party,
    ShipTo,
)
from s321_desk.domain.codes import HoldTag, LoadStatus, ParcelStatus, Severity
from s321_desk.domain.fx import FxTable
from s321_desk.domain.hazmat import hazmat_of
from s321_desk.domain.recipients import Recipient, Relation, relation_given_splits
from s321_desk.domain.texts import translate, word
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.rules_and_rates import fx_table
from s321_desk.services.admin.settings import settings_in
from s321_desk.services.judging.verdicts import recipient_of_order
from s321_desk.services.kernel import audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.packing import labels
from s321_desk.services.packing.dangerous_goods import hazmat_by_parcel
from s321_desk.store.models import (
    Load,
    Order,
    Parcel,
)
from s321_desk.store.repositories import papers as papers_store

DECLARATION = (
    "I declare that all the information contained in this invoice is true and correct, that the "
    "prices shown are those actually paid or payable for the goods, that no rebates, drawbacks, "
    "bounties or assists other than those shown apply, and that the goods are of the origin shown."
)
COUNTRY_NAMES = {"US": "UNITED STATES", "CA": "CANADA"}
CENT = Decimal("0.01")
ONE_PERSON = (Relation.SAME_PERSON, Relation.SAME_PERSON_NAME_VARIANT)


@dataclass
class Item:
    """An order line's units packed in one parcel."""

    order_id: int
    sku: str | None
    description: str
    quantity: int
    unit_price_cents: int
    discount_cents: int  # the line's discount, in the share of its units packed here
    currency: str
    hts: str | None
    origin: str | None
    hazmat: str = ""  # the item's dangerous goods shipping description, "" for none


@dataclass
class Packed:
    """A parcel with its consignee's order and its items."""

    parcel: Parcel
    order: Order
    items: list[Item] = field(default_factory=list)


# -- what a print job reads once ----------------------------------------------------------------


class Papers:
    """The session, settings and rates a print job uses, read once however many papers."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.settings = settings_in(session)
        self.zone = ZoneInfo(str(self.settings["time_zone"]))
        self._fx: FxTable | None = None

    def required(self, key: str) -> Any:
        value = self.settings[key]
        if value is None:
            raise UserError(
                translate(
                    "PrintData",
                    "setting {key} is not set; an administrator sets it in the settings",
                ).format(key=key),
                field="setting",
            )
        return value

    @property
    def fx(self) -> FxTable:
        if self._fx is None:
            self._fx = fx_table(self.session)
        return self._fx


def party(value: dict[str, Any]) -> Party:
    return Party(value["name"], tuple(value["lines"]))


def consignee_party(order: Order) -> Party:
    city = " ".join(part for part in (order.city, order.state or "", order.postal_code) if part)
    lines = [order.company, order.address1, order.address2, city, country_name(order.country)]
    return Party(order.recipient_name, tuple(line for line in lines if line))


def country_name(code: str) -> str:
    return COUNTRY_NAMES.get(code.upper(), code.upper())


# -- reading parcels ------------------------------------------------------------------------------


def packed_parcels(session: Session, parcels: list[Parcel]) -> list[Packed]:
    """The parcels with their consignee's order and their items (two queries)."""
    if not parcels:
        return []
    ids = [p.id for p in parcels]
    orders = papers_store.orders_by_id(session, {p.order_id for p in parcels})
    packed = {p.id: Packed(p, orders[p.order_id]) for p in parcels}
    rows = papers_store.packed_lines(session, ids)
    for parcel_id, units, order_id, sku, text, ordered, price, discount, *rest in rows:
        share = _cents(Decimal(discount) * units / ordered) if discount else 0
        currency, hts, origin, flags, un_number, hazard_class, name = rest
        hazmat = hazmat_of(flags or "", un_number, hazard_class, name or "")
        packed[parcel_id].items.append(
            Item(
                order_id,
                sku,
                text,
                units,
                price,
                share,
                currency,
                hts,
                origin,
                f"{hazmat.un}, {hazmat.name}, {hazmat.hazard_class}" if hazmat else "",
            )
        )
    return [packed[i] for i in ids]


def goods_value(papers: Papers, packed: Packed) -> Decimal:
    """The parcel's one value in USD, as every paper and export gives it, worked out as the
    engine works it out: each line less its discount, at full precision at the crossing day's
    rate, summed, rounded half up once. Charges are never in it. (A line whose currency has no
    rate is held by the engine and never printed; its stored value stands in.)"""
    parcel = packed.parcel
    assert parcel.us_day is not None
    currencies = {item.currency for item in packed.items}
    rates = papers.fx.rates_on(parcel.us_day, currencies) | {"USD": Decimal(1)}
    if not currencies <= rates.keys():
        return Decimal(parcel.value_usd_cents or 0) / 100
    exact = sum(
        (
            Decimal(item.quantity * item.unit_price_cents - item.discount_cents)
            / 100
            * rates[item.currency]
            for item in packed.items
        ),
        Decimal(0),
    )
    return exact.quantize(CENT, rounding=ROUND_HALF_UP)


def shares_to_the_cent(exact: list[Decimal], total: Decimal) -> list[Decimal]:
    """``exact`` amounts to the cent (half up), adding up to ``total``: the cents rounding
    lost or gained given back, one each, where rounding moved an amount most (a difference
    larger than the amounts' count, a total judged at another rate, goes on the largest)."""
    rounded = [amount.quantize(CENT, rounding=ROUND_HALF_UP) for amount in exact]
    if not rounded:
        return rounded
    cents = int((total - sum(rounded, Decimal(0))) / CENT)
    step = CENT if cents > 0 else -CENT
    moved = sorted(
        range(len(exact)), key=lambda i: (rounded[i] - exact[i]) * (1 if cents > 0 else -1)
    )
    for index in moved[: abs(cents)]:
        rounded[index] += step
    if abs(cents) > len(rounded):
        largest = max(range(len(exact)), key=lambda i: exact[i])
        rounded[largest] += step * (abs(cents) - len(rounded))
    return rounded


def _cents(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def load_parcels(session: Session, load: Load) -> list[Packed]:
    return packed_parcels(session, papers_store.parcels_on(session, load.id))


def consignees(session: Session, packed: list[Packed]) -> list[list[Packed]]:
    """The parcels grouped by person (one invoice each): the same canonical address and names
    the engine takes for one person, unless a supervisor split them. In first-parcel order."""
    splits: dict[str, set[frozenset[str]]] = defaultdict(set)
    for split in papers_store.recipient_splits(session):
        splits[split.address_key].add(frozenset({split.name_a, split.name_b}))
    groups: list[tuple[Recipient, list[Packed]]] = []
    by_key: dict[str | None, list[int]] = defaultdict(list)
    for item in packed:
        recipient = recipient_of_order(item.order, item.parcel)  # its point as stored
        key = item.parcel.recipient_key
        names = frozenset(splits.get(key or "", ()))
        for index in by_key[key]:
            if relation_given_splits(groups[index][0], recipient, names) in ONE_PERSON:
                groups[index][1].append(item)
                break
        else:
            by_key[key].append(len(groups))
            groups.append((recipient, [item]))
    return [members for _, members in groups]


# -- label ----------------------------------------------------------------------------------------


def label_data(papers: Papers, parcel: Parcel) -> LabelData:
    _printable(parcel)
    session = papers.session
    order = session.get(Order, parcel.order_id)
    assert order is not None and parcel.route is not None and parcel.us_day is not None
    if parcel.weight_g is None:
        raise UserError(
            translate(
                "PrintData",
                "parcel {parcel}: no weight; weigh it (its items have none in the catalog)",
            ).format(parcel=parcel.code)
        )
    load = session.get(Load, parcel.load_id) if parcel.load_id is not None else None
    lines = tuple(line for line in (order.address1, order.address2) if line)
    version = labels.version_to_print(parcel)
    ship_to = ShipTo(
        order.recipient_name,
        order.company or "",
        lines,
        order.city,
        order.state or "",
        order.postal_code,
        country_name(order.country),
    )
    orders = ", ".join(labels.shows(session, parcel)["orders"])  # a consolidated box: all
    assert parcel.id is not None
    marks = hazmat_by_parcel(session, [parcel.id]).get(parcel.id, ())
    phone = str(papers.required("hazmat_contact")["phone"]) if marks else ""
    return LabelData(
        parcel_id=parcel.code,
        order=orders,
        ship_to=ship_to,
        ship_from=tuple(papers.required("us_return_address")),
        weight_kg=Decimal(parcel.weight_g) / 1000,
        route=parcel.route,
        crossing_date=parcel.us_day,
        trip=load.trip_number if load else None,
        version=version,
        barcode=labels.barcode_text(parcel.code, version),
        caption=labels.human_text(parcel.code, version),
        hazmat=tuple(f"{h.un} {h.name.upper()}, CLASS {h.hazard_class}" for h in marks),
        hazmat_phone=phone,
    )


def _printable(parcel: Parcel) -> None:
    """Papers go with parcels that may leave: packed, judged and clear."""
    if parcel.status in (ParcelStatus.OPEN, ParcelStatus.VOIDED):
        raise UserError(
            translate(
                "PrintData", "parcel {parcel}: {status}; only a closed parcel is printed"
            ).format(parcel=parcel.code, status=word(parcel.status))
        )
    if parcel.status == ParcelStatus.HELD or parcel.manual_hold:
        raise UserError(
            translate(
                "PrintData", "parcel {parcel}: held; a supervisor must release it first"
            ).format(parcel=parcel.code)
        )
    if parcel.needs_decision:
        raise UserError(
            translate(
                "PrintData",
                "parcel {parcel}: needs a supervisor's decision first",
            ).format(parcel=parcel.code),
            field="decision",
        )


# -- invoice --------------------------------------------------------------------------------------


def invoice_for_parcel(papers: Papers, parcel: Parcel) -> InvoiceData:
    """The invoice of the parcel's consignee on its truck; the parcel alone while on none."""
    _printable(parcel)
    session = papers.session
    if parcel.load_id is None:
        return invoices(papers, [packed_parcels(session, [parcel])], None)[0]
    load = session.get(Load, parcel.load_id)
    assert load is not None
    for group in consignees(session, load_parcels(session, load)):
        if any(item.parcel.id == parcel.id for item in group):
            for item in group:  # the invoice covers them all: all must be clear
                _printable(item.parcel)
            return invoices(papers, [group], load)[0]
    raise AssertionError("a loaded parcel is in one of its load's groups")


def invoices(papers: Papers, groups: list[list[Packed]], load: Load | None) -> list[InvoiceData]:
    """One invoice per group of one consignee's parcels (a truck's: ``load``)."""
    orders = {packed.order.id for group in groups for packed in group}
    firsts = _first_parcels(papers.session, orders)
    return [_invoice(papers, group, load, firsts) for group in groups]


def _first_parcels(session: Session, order_ids: set[int | None]) -> set[int]:
    """Each order's first parcel (lowest id, not voided), which carries its freight."""
    if not order_ids:
        return set()
    return papers_store.first_parcels(session, order_ids)


def _invoice(
    papers: Papers, group: list[Packed], load: Load | None, firsts: set[int]
) -> InvoiceData:
    first = group[0]
    parcel, order = first.parcel, first.order
    assert parcel.us_day is not None and parcel.port is not None
    the_port = port(load.port if load else parcel.port)
    arrival = load.planned_arrival if load else parcel.crossing_at
    lines = tuple(_invoice_lines(group))
    charges = tuple(_charges(group, firsts))
    currencies = {line.currency for line in lines} | {charge.currency for charge in charges}
    fx = _fx_used(papers.fx, parcel.us_day, currencies)
    rates = {f.currency: f.rate_to_usd for f in fx} | {"USD": Decimal(1)}
    # One value per parcel (the goods', the engine's), the charges in their own field.
    values = {p.parcel.code: goods_value(papers, p) for p in group}
    goods = sum(values.values(), Decimal(0))
    charged = sum((c.amount * rates[c.currency] for c in charges), Decimal(0))
    charged = charged.quantize(CENT, rounding=ROUND_HALF_UP)
    orders = {p.order.name: p.order.created_at.astimezone(papers.zone).date() for p in group}
    person = papers.required("responsible_person")
    consignee = consignee_party(order)
    importer = papers.settings["importer_of_record"]
    return InvoiceData(
        number=f"{load.trip_number}-{parcel.code}" if load else f"CI-{parcel.code}",
        date=parcel.us_day,
        port=f"{the_port.code} {the_port.name}",
        trip=load.trip_number if load else None,
        arrival=arrival.astimezone(ZoneInfo(the_port.time_zone)) if arrival else None,
        shipper=party(papers.settings["exporter"] or papers.required("company")),
        consignee=consignee,
        importer_of_record=party(importer) if importer else consignee,
        place_of_shipment=str(papers.required("place_of_shipment")),
        orders=tuple(sorted(orders.items())),
        parcels=tuple(
            ParcelRef(p.parcel.code, p.parcel.scn, p.parcel.route or "", values[p.parcel.code])
            for p in group
        ),
        lines=lines,
        charges=charges,
        rebates="None",
        assists="None",
        fx=fx,
        total_usd=goods + charged,
        goods_usd=goods,
        charges_usd=charged,
        responsible_person=person["name"],
        responsible_title=person["title"],
        declaration=DECLARATION,
    )


def _invoice_lines(group: list[Packed]) -> list[InvoiceLine]:
    names = {p.order.id: p.order.name for p in group}
    lines = []
    for packed in group:
        for item in packed.items:
            lines.append(
                InvoiceLine(
                    parcel_id=packed.parcel.code,
                    order=names.get(item.order_id, ""),
                    sku=item.sku,
                    description=item.description,
                    hts=item.hts,
                    origin=item.origin,
                    quantity=item.quantity,
                    unit_price=Decimal(item.unit_price_cents) / 100,
                    discount=Decimal(item.discount_cents) / 100,
                    currency=item.currency,
                )
            )
    return lines


def _charges(group: list[Packed], firsts: set[int]) -> list[Charge]:
    """An order's freight and order-wide discount, on the invoice of its first parcel only
    (its other parcels may be on other invoices: charged once)."""
    charges = []
    orders = {p.order.id: p.order for p in group if p.parcel.id in firsts}
    for _, order in sorted(orders.items()):
        if order.shipping_cents:
            charges.append(
                Charge(
                    f"Freight charged on order {order.name}",
                    Decimal(order.shipping_cents) / 100,
                    order.currency,
                )
            )
        if order.discount_cents:
            code = f" ({order.discount_code})" if order.discount_code else ""
            discount = -Decimal(order.discount_cents) / 100
            charges.append(
                Charge(f"Discount on order {order.name}{code}", discount, order.currency)
            )
    return charges


def _fx_used(table: FxTable, day: date, currencies: set[str]) -> tuple[FxUsed, ...]:
    used = []
    for currency in sorted(currencies - {"USD"}):
        rate = table.rate(currency, day)
        if rate is None:
            raise UserError(
                translate(
                    "PrintData",
                    "no {currency} rate to USD for {day}; enter the rate in force that day",
                ).format(currency=currency, day=day),
                field="fx-rate",
            )
        used.append(FxUsed(currency, rate.rate_to_usd, rate.source))
    return tuple(used)


# -- load: lead sheet and manifest ----------------------------------------------------------------


def load_info(papers: Papers, load: Load, shipments: int) -> LoadInfo:
    the_port = port(load.port)
    carriers = papers.settings["carriers"] or {}
    return LoadInfo(
        trip=load.trip_number,
        scac=load.scac,
        carrier=carriers.get(load.scac, load.scac),
        port=f"{the_port.code} {the_port.name}",
        arrival=load.planned_arrival.astimezone(ZoneInfo(the_port.time_zone)),
        driver=load.driver_name,
        tractor_plate=load.tractor_plate,
        trailer_plate=load.trailer_plate,
        seal=load.seal,
        shipper=party(papers.required("company")),
        shipment_count=shipments,
        audit_head=_head_at_seal(papers.session, load),
    )


def _head_at_seal(session: Session, load: Load) -> str | None:
    """The audit trail's head when the load was sealed (the number of records up to its seal
    and the first 16 hex digits of its hash), as the papers print it and ``audit verify
    --head`` takes it back."""
    head = (
        audit.head_at_seal(session, load.trip_number) if load.status == LoadStatus.SEALED else None
    )
    if head is None or head.last_hash is None:
        return None
    return f"record {head.records:,} \u00b7 {head.last_hash[:HEAD_DIGITS]}"


HEAD_DIGITS = 16  # of the hash on paper: 64 bits, enough to tell any rewritten trail


def manifest_data(papers: Papers, load: LoadInfo, packed: list[Packed]) -> ManifestData:
    return ManifestData(load, tuple(_manifest_row(p, goods_value(papers, p)) for p in packed))


def _manifest_row(packed: Packed, value: Decimal) -> ManifestRow:
    parcel, order, items = packed.parcel, packed.order, packed.items
    return ManifestRow(
        scn=parcel.scn,
        parcel_id=parcel.code,
        consignee=order.recipient_name,
        city=order.city,
        state=order.state or "",
        zip=order.postal_code,
        description="; ".join(_unique(i.description for i in items)),
        quantity=sum(i.quantity for i in items),
        weight_kg=None if parcel.weight_g is None else Decimal(parcel.weight_g) / 1000,
        value_usd=value,
        origin=", ".join(_unique(i.origin for i in items if i.origin)),
        hts=", ".join(_unique(i.hts for i in items if i.hts)),
        route=parcel.route or "",
        items=tuple(
            ManifestItem(i.description, i.quantity, i.origin or "", i.hts or "", i.hazmat)
            for i in items
        ),
    )


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(values))


# -- hold tag -------------------------------------------------------------------------------------


def is_held(parcel: Parcel) -> bool:
    """Held by the engine (a hold code) or by a supervisor: it gets a tag, never a label."""
    return parcel.status == ParcelStatus.HELD or parcel.manual_hold


def hold_tag_data(papers: Papers, parcel: Parcel, kind: HoldTag | None = None) -> HoldTagData:
    """The tag of a held parcel (``HOLD``) or of one deferred to a later crossing day
    (``DEFERRED``): the reason is the supervisor's, else the engine's hold findings."""
    session = papers.session
    kind = kind or (HoldTag.HOLD if is_held(parcel) else None)
    if kind is None or parcel.status == ParcelStatus.VOIDED:
        raise UserError(
            translate(
                "PrintData", "parcel {parcel}: not held nor deferred; it gets its label, not a tag"
            ).format(parcel=parcel.code)
        )
    order = session.get(Order, parcel.order_id)
    assert order is not None
    action = "decision.hold" if kind == HoldTag.HOLD else "decision.defer"
    decision = None
    if kind == HoldTag.DEFERRED or parcel.manual_hold:
        decision = papers_store.last_audit(session, action, parcel.code, "parcel")
    if decision is not None:
        reason, when = decision.reason or "", decision.at
    else:
        reason, when = _hold_findings(session, parcel), parcel.closed_at or parcel.created_at
    return HoldTagData(
        kind=kind,
        parcel_id=parcel.code,
        order=order.name,
        reason=reason,
        date=when.astimezone(papers.zone).date(),
        until=parcel.us_day if kind == HoldTag.DEFERRED else None,
        station=parcel.station,
    )


def _hold_findings(session: Session, parcel: Parcel) -> str:
    """The current verdict's hold findings, as the engine wrote them."""
    verdict = papers_store.latest_verdict(session, parcel.id)
    if verdict is None:
        return ""
    codes = json.loads(verdict.codes_json)
    return " ".join(f"{c['code']}: {c['message']}" for c in codes if c["severity"] == Severity.HOLD)
