"""Packing a parcel: open it for an order, scan items, undo, close it with the engine's verdict."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlmodel import Session

from s321_desk.domain.codes import ParcelStatus
from s321_desk.domain.crossings import next_crossing
from s321_desk.domain.recipients import point_of
from s321_desk.domain.roles import COUNTED_BY
from s321_desk.domain.scanning import NotACode, Scan, code_of, quoted
from s321_desk.domain.texts import Text, translate, word
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.settings import get_setting, settings_in, station_name, station_truck
from s321_desk.services.admin.users import Person, authorize
from s321_desk.services.judging.sealed import Raised
from s321_desk.services.judging.verdicts import Cause, Evaluated, recipient_of_order, rejudge
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.given import given, given_or_none
from s321_desk.services.packing.dangerous_goods import product_hazmat
from s321_desk.store.models import Order, OrderLine, Parcel, ParcelItem, Product, utcnow
from s321_desk.store.repositories import packing as found
from s321_desk.store.uow import UnitOfWork, Work, one_action, within


class ScanRefused(UserError):
    """A scan that changes nothing: wrong item, over-pick, unknown code, closed parcel."""


@dataclass(frozen=True)
class ScanResult:
    description: str
    packed: int  # of this line, in all the order's parcels, after the scan
    ordered: int
    counted_by: str = ""  # the supervisor who counted the items in, for a count
    # Dangerous goods (domain/hazmat.py), what the station warns of: "UN3480 Lithium ion
    # batteries, class 9"; "" for none.
    hazmat: str = ""


@dataclass(frozen=True)
class Closed:
    parcel: Evaluated
    others: list[Evaluated]  # the parcels whose verdict this one changed, evaluated again
    # Parcels on sealed trucks this one would have changed: recorded for a supervisor.
    sealed: list[Raised] = field(default_factory=list)


def find_order(session: Session, reference: str | Scan) -> Order:
    """An order by its name as exported, with or without '#': as typed (read here), or as a
    scan already read (domain/scanning.read_scan: not read again)."""
    text = reference.text if isinstance(reference, Scan) else _code(reference)
    names = {text, text.lstrip("#"), "#" + text.lstrip("#")}
    order = found.order_named(session, names)
    if order is None:
        raise UserError(
            translate(
                "Packing", "order {order}: not in the store (import the orders first)"
            ).format(order=repr(text if isinstance(reference, Scan) else reference))
        )
    return order


def _code(reference: str) -> str:
    try:
        return code_of(reference)
    except NotACode as error:
        raise UserError(
            translate("Packing", "order {order}: {why}").format(
                order=quoted(reference), why=error.text
            )
        ) from None


@contextmanager
def _writing(work: Work, *, durable: bool = False) -> Iterator[UnitOfWork]:
    """The unit of work a write runs in, the caller's, with the writer lock taken as it began
    (the action commits it as it closes: one action, one transaction)."""
    with within(work, immediate=True, durable=durable) as uow:
        yield uow


def open_parcel(work: Work, order_reference: str | Scan, *, station: str | None = None) -> int:
    """The order's open parcel, or a new one; its id."""
    station = given_or_none(station, Parcel, "station")
    with _writing(work) as uow:
        session = uow.session
        access.require(session, access.PACKING)
        order = find_order(session, order_reference)
        existing = found.open_parcel_of(session, order.id)
        if existing is not None and existing.id is not None:
            return existing.id
        parcel = _new_parcel(session, order, station)
        assert parcel.id is not None
        return parcel.id


def _new_parcel(session: Session, order: Order, station: str | None) -> Parcel:
    prefix = str(get_setting(session, "parcel_prefix"))
    number = found.last_parcel_id(session) + 1
    assert order.id is not None
    # The station's setting, as an older desk kept it unchecked, is checked as given here.
    station = given(station or station_name(session), Parcel, "station")
    parcel = Parcel(code=f"{prefix}{number:07d}", order_id=order.id, station=station)
    session.add(parcel)
    session.flush()
    return parcel


def scan_item(work: Work, parcel_id: int, code: str | Scan) -> ScanResult:
    """Check one item off the order: by SKU or UPC/EAN (as typed, read here; or a scan already
    read: not read again); refused scans change nothing."""
    with _writing(work) as uow:
        access.require(uow.session, access.PACKING)
        return _scan(uow.session, _open(uow.session, parcel_id), code)


def _scan(session: Session, parcel: Parcel, raw: str | Scan) -> ScanResult:
    """The scan ``raw`` into ``parcel``: matched exactly as scanned (spaces and accents kept)
    against the catalog's barcodes, then the order's SKUs."""
    if isinstance(raw, Scan):
        code = raw.text
    else:
        try:
            code = code_of(raw)
        except NotACode as error:
            raise ScanRefused(
                translate("Packing", "scan {scan}: {why}").format(scan=quoted(raw), why=error.text)
            ) from None
    order_lines = _lines(session, parcel.order_id)
    product = found.product_by_barcode(session, code)
    sku = product.sku if product else code
    matching = [line for line in order_lines if line.sku == sku]
    if not matching:
        if product is None and found.product_by_sku(session, code) is None:
            raise ScanRefused(
                translate("Packing", "{code}: unknown barcode or SKU").format(code=code)
            )
        raise ScanRefused(
            translate("Packing", "{code} ({sku}): not on order {order}").format(
                code=code, sku=sku, order=_order_name(session, parcel)
            )
        )
    for line in matching:
        packed = _packed(session, parcel.order_id, line)
        if packed < line.quantity:
            assert line.id is not None and parcel.id is not None
            session.add(ParcelItem(parcel_id=parcel.id, order_line_id=line.id, scanned_code=code))
            session.flush()
            item = product or found.product_by_sku(session, sku)
            hazmat = product_hazmat(item)
            return ScanResult(
                line.description, packed + 1, line.quantity, hazmat=hazmat.mark if hazmat else ""
            )
    line = matching[0]
    raise ScanRefused(
        translate(
            "Packing", "{code} ({description}): all {quantity} already packed (over-pick)"
        ).format(code=code, description=line.description, quantity=line.quantity)
    )


def count_items(
    work: Work,
    parcel_id: int,
    line_no: int,
    quantity: int,
    *,
    user: str,
    pin: str,
    station: str = "",
) -> ScanResult:
    """A supervisor's count of a line with nothing to scan (no product in the catalog: no SKU,
    no barcode), instead of scans: name or badge, PIN, the quantity; audited. The parcel is
    held for the missing classification when it closes, as any unclassified item is.
    One transaction with the PIN's check, whose count of wrong PINs stays when the count is
    refused (it is undone to a savepoint)."""
    with _writing(work) as uow:
        person = authorize(uow, user, pin, COUNTED_BY, station=station)
        session = uow.session
        with session.begin_nested():  # a refusal undoes the count, not the PIN's check
            parcel = _open(session, parcel_id)
            return _count(session, parcel, line_no, quantity, person, station or parcel.station)


def _count(
    session: Session, parcel: Parcel, line_no: int, quantity: int, person: Person, station: str
) -> ScanResult:
    order = _order_name(session, parcel)
    line = next((ln for ln in _lines(session, parcel.order_id) if ln.line_no == line_no), None)
    if line is None:
        raise ScanRefused(
            translate("Packing", "order {order} has no line {line}").format(
                order=order, line=line_no
            )
        )
    where = _line_place(order, line)
    if _product(session, line) is not None:
        raise ScanRefused(
            translate(
                "Packing", "{line}: its product is in the catalog; scan it ({sku}) instead"
            ).format(line=where, sku=line.sku)
        )
    packed = _packed(session, parcel.order_id, line)
    if quantity < 1 or packed + quantity > line.quantity:
        raise ScanRefused(
            translate(
                "Packing",
                "{line}: {quantity} cannot be counted in: {packed} of {ordered} are packed",
            ).format(line=where, quantity=quantity, packed=packed, ordered=line.quantity)
        )
    assert line.id is not None and parcel.id is not None
    session.add(
        ParcelItem(
            parcel_id=parcel.id,
            order_line_id=line.id,
            quantity=quantity,
            scanned_code="",
            counted_by=person.id,
        )
    )
    audit.record(
        session,
        "parcel.count",
        entity_type="parcel",
        entity_id=parcel.code,
        user_id=person.id,
        station=station,
        details={
            "order": order,
            "line": line.line_no,
            "description": line.description,
            "quantity": quantity,
        },
    )
    session.flush()
    return ScanResult(line.description, packed + quantity, line.quantity, person.name)


def countable_lines(work: Work, parcel_id: int) -> list[tuple[int, str, int]]:
    """The order lines of an open parcel that only a supervisor's count can pack (no product
    in the catalog), with items still to pack: (line number, description, how many)."""
    with within(work) as uow:
        session = uow.session
        parcel = _open(session, parcel_id)
        return [
            (line.line_no, line.description, line.quantity - packed)
            for line in _lines(session, parcel.order_id)
            if _product(session, line) is None
            and (packed := _packed(session, parcel.order_id, line)) < line.quantity
        ]


def undo_last_scan(work: Work, parcel_id: int) -> str:
    """Take the last scanned item out again; its description."""
    with _writing(work) as uow:
        session = uow.session
        access.require(session, access.PACKING)
        parcel = _open(session, parcel_id)
        item = found.last_item(session, parcel.id)
        if item is None:
            raise ScanRefused(translate("Packing", "nothing to undo: the parcel is empty"))
        line = session.get(OrderLine, item.order_line_id)
        session.delete(item)
        session.flush()
        return line.description if line else item.scanned_code


def fill_parcel(engine: Engine, parcel_id: int) -> None:
    """Scan every remaining item of the order into an open parcel, each scan its own short
    write (as a station's scans are: other stations write in between); refuses first, naming
    it, a line with nothing to scan. The command line's one-shot pack is ``pack_order``.

    On the store's ``engine``: a series of scans by design, each an action of its own."""
    with one_action(engine) as uow:
        session = uow.session
        parcel = _open(session, parcel_id)
        _refuse_nothing_to_scan(session, parcel, counted=frozenset())
        todo = [
            (line.sku, line.quantity - _packed(session, parcel.order_id, line))
            for line in _lines(session, parcel.order_id)
        ]
    for sku, remaining in todo:
        for _ in range(remaining):
            assert sku is not None
            with one_action(engine, immediate=True) as uow:
                scan_item(uow, parcel_id, sku)


def _fill(session: Session, parcel: Parcel, *, counted: frozenset[int]) -> None:
    """Every item of the order still to pack, each by its SKU, but those of the ``counted``
    lines (a supervisor counted them); refuses, naming the line, a line with nothing to scan."""
    _refuse_nothing_to_scan(session, parcel, counted=counted)
    for line in _lines(session, parcel.order_id):
        if line.sku and line.line_no not in counted:
            for _ in range(line.quantity - _packed(session, parcel.order_id, line)):
                _scan(session, parcel, line.sku)


def _refuse_nothing_to_scan(session: Session, parcel: Parcel, *, counted: frozenset[int]) -> None:
    order = _order_name(session, parcel)
    for line in _lines(session, parcel.order_id):
        if line.sku or line.line_no in counted:
            continue
        if _packed(session, parcel.order_id, line) < line.quantity:
            raise ScanRefused(
                translate(
                    "Packing",
                    "{line}: no SKU or barcode to scan; a supervisor counts it (CMD-COUNT at a "
                    "station)",
                ).format(line=_line_place(order, line)),
                field="counted-by",
            )


def close_parcel(
    work: Work,
    parcel_id: int,
    *,
    weight_kg: Decimal | None = None,
    crossing: datetime | None = None,
    port_code: str | None = None,
    now: datetime | None = None,
    rules_as_of: datetime | None = None,
    short: dict[str, object] | None = None,
) -> Closed:
    """Close the parcel and judge its person-day again (and its order's other days), in one
    transaction: the verdicts of the day are those of a judgement from scratch in crossing
    order (domain/judgement.py). ``rules_as_of`` names the rules it is packed under, kept with
    it for every later judgement (else the store's pin applies). ``short``: a parcel
    closed with items missing, confirmed (what is missing, who confirmed it): on its audit.

    The unit of work takes the store's writer lock before the look-ups (BEGIN IMMEDIATE, or
    PostgreSQL's advisory lock), so two stations closing parcels for one person cannot both
    see "no other parcel today".
    """
    with _writing(work, durable=True) as uow:
        access.require(uow.session, access.PACKING)
        return _close(
            uow.session,
            _open(uow.session, parcel_id),
            weight_kg=weight_kg,
            crossing=crossing,
            port_code=port_code,
            now=now,
            rules_as_of=rules_as_of,
            short=short,
        )


def close_open(session: Session, parcel_id: int) -> Closed:
    """Close an open parcel as it stands, inside the caller's unit of work (a supervisor's
    hold mid-pack: services.supervision.decisions.hold_while_packing)."""
    return _close(
        session,
        _open(session, parcel_id),
        weight_kg=None,
        crossing=None,
        port_code=None,
        now=None,
        rules_as_of=None,
    )


def _close(
    session: Session,
    parcel: Parcel,
    *,
    weight_kg: Decimal | None,
    crossing: datetime | None,
    port_code: str | None,
    now: datetime | None,
    rules_as_of: datetime | None,
    short: dict[str, object] | None = None,
) -> Closed:
    if not _items_in(session, parcel):
        raise UserError(
            translate("Packing", "parcel {parcel}: empty; scan its items before closing it").format(
                parcel=parcel.code
            )
        )
    order = session.get(Order, parcel.order_id)
    assert order is not None
    settings = settings_in(session)
    truck = station_truck(settings, parcel.station)  # the station's own, or the store's
    port_code = port_code or truck["port"]
    the_port = port(port_code)
    if crossing is None:
        zone = ZoneInfo(str(settings["time_zone"]))
        crossing = next_crossing(
            now or utcnow(),
            zone,
            time.fromisoformat(truck["arrival_time"]),
            time.fromisoformat(truck["cutoff_time"]),
        )
    elif crossing.tzinfo is None:
        raise UserError(translate("Packing", "crossing: give the instant with its UTC offset"))
    parcel.weight_g = (
        int(weight_kg * 1000) if weight_kg is not None else _catalog_weight(session, parcel)
    )
    parcel.port = the_port.code
    parcel.crossing_at = crossing
    parcel.us_day = the_port.us_day(crossing)
    point = point_of(recipient_of_order(order))  # parsed once, kept with the parcel
    parcel.recipient_key, parcel.recipient_point = point.key, point.detail
    parcel.status = ParcelStatus.CLOSED
    parcel.closed_at = utcnow()
    parcel.rules_as_of = rules_as_of
    session.add(parcel)
    session.flush()
    assert parcel.id is not None
    judgement = rejudge(session, parcels=[parcel], cause=Cause("parcel.close", parcel.code))
    evaluated, others = judgement.evaluated[parcel.id], judgement.others(parcel.id)
    audit.record(
        session,
        "parcel.close",
        entity_type="parcel",
        entity_id=parcel.code,
        station=parcel.station,
        details={
            "route": evaluated.verdict.route.value,
            "others": [o.parcel_id for o in others],
            **({"short": short} if short else {}),
        },
    )
    return Closed(evaluated, others, judgement.conflicts)


def pack_order(
    engine: Engine,
    order_reference: str,
    *,
    items: list[str] | None = None,
    counts: dict[int, int | None] | None = None,
    counted_by: tuple[str, str] | None = None,
    station: str | None = None,
    weight_kg: Decimal | None = None,
    crossing: datetime | None = None,
    port_code: str | None = None,
    rules_as_of: datetime | None = None,
) -> Closed:
    """The command line's one-shot pack: a new parcel for the order, filled (the ``items``
    scanned, else every item still to pack) and closed, in one transaction: it is closed, or
    nothing is left behind. ``counts`` are the lines a supervisor (``counted_by``: name or
    badge, PIN) counts in, each line number to its quantity (None: all still to pack).

    An open parcel of the order is a station's work in progress: it is left to that station,
    and the pack refused.

    On the store's ``engine``: it opens its own action (the command line's and the demo's
    one-shot), one transaction with the supervisor's PIN check, whose count of wrong PINs
    stays when the pack is refused (the pack is undone to a savepoint)."""
    station = given_or_none(station, Parcel, "station")
    if counts and counted_by is None:
        raise UserError(
            translate("Packing", "a count is a supervisor's: give the supervisor's name"),
            field="counted-by",
        )
    with one_action(engine, immediate=True, durable=True) as uow:
        session = uow.session
        person = None
        if counts:
            assert counted_by is not None
            person = authorize(uow, *counted_by, COUNTED_BY, station=station or "")
        with session.begin_nested():  # a refusal undoes the pack, not the PIN's check
            closed = _pack(
                session,
                order_reference,
                items,
                counts,
                person,
                station,
                weight_kg,
                crossing,
                port_code,
                rules_as_of,
            )
        uow.commit()
        return closed


def _pack(
    session: Session,
    order_reference: str,
    items: list[str] | None,
    counts: dict[int, int | None] | None,
    person: Person | None,
    station: str | None,
    weight_kg: Decimal | None,
    crossing: datetime | None,
    port_code: str | None,
    rules_as_of: datetime | None,
) -> Closed:
    access.require(session, access.PACKING)
    order = find_order(session, order_reference)
    _refuse_open_parcel(session, order)
    parcel = _new_parcel(session, order, station)
    for line_no, quantity in (counts or {}).items():
        assert person is not None
        if quantity is None:  # all of the line still to pack
            line = next((ln for ln in _lines(session, order.id) if ln.line_no == line_no), None)
            quantity = line.quantity - _packed(session, parcel.order_id, line) if line else 1
        _count(session, parcel, line_no, quantity, person, parcel.station)
    if items:
        for code in items:
            _scan(session, parcel, code)
    else:
        _fill(session, parcel, counted=frozenset(counts or ()))
    if not _items_in(session, parcel):
        raise UserError(
            translate(
                "Packing", "order {order}: every item is already packed; nothing to pack"
            ).format(order=order.name)
        )
    return _close(
        session,
        parcel,
        weight_kg=weight_kg,
        crossing=crossing,
        port_code=port_code,
        now=None,
        rules_as_of=rules_as_of,
    )


def _refuse_open_parcel(session: Session, order: Order) -> None:
    open_one = found.open_parcel_of(session, order.id)
    if open_one is not None:
        items = found.items_in(session, open_one.id)
        raise UserError(
            translate(
                "Packing",
                "order {order}: parcel {parcel} is open at station {station} ({items} item(s) "
                "in it); finish it there (scan the order to resume it, then close it or undo "
                "its items)",
            ).format(
                order=order.name, parcel=open_one.code, station=open_one.station, items=items or 0
            )
        )


def _open(session: Session, parcel_id: int) -> Parcel:
    parcel = session.get(Parcel, parcel_id)
    if parcel is None:
        raise UserError(
            translate("Packing", "parcel {parcel}: no such parcel").format(parcel=parcel_id)
        )
    if parcel.status != ParcelStatus.OPEN:
        raise ScanRefused(
            translate("Packing", "parcel {parcel}: already {status}").format(
                parcel=parcel.code, status=word(parcel.status)
            )
        )
    return parcel


def _packed(session: Session, order_id: int, line: OrderLine) -> int:
    """How many of an order line are in the order's parcels (voided ones excepted)."""
    return found.packed_of_line(session, order_id, line.id)


def _lines(session: Session, order_id: int | None) -> list[OrderLine]:
    return found.order_lines(session, order_id)


def _items_in(session: Session, parcel: Parcel) -> bool:
    return found.has_items(session, parcel.id)


def _product(session: Session, line: OrderLine) -> Product | None:
    """The line's product in the catalog, by its SKU (a line without one has none)."""
    if not line.sku:
        return None
    return found.product_by_sku(session, line.sku)


def _line_place(order: str, line: OrderLine) -> Text:
    """``#1224 line 2 'Gift wrap'``: an order line as a refusal names it."""
    return translate("Packing", "{order} line {number} {description}").format(
        order=order, number=line.line_no, description=repr(line.description)
    )


def _catalog_weight(session: Session, parcel: Parcel) -> int | None:
    total = 0
    for item in found.parcel_items(session, parcel.id):
        line = session.get(OrderLine, item.order_line_id)
        product = found.product_by_sku(session, line.sku) if line and line.sku else None
        if product is None or product.weight_g is None:
            return None
        total += product.weight_g * item.quantity
    return total


def _order_name(session: Session, parcel: Parcel) -> str:
    order = session.get(Order, parcel.order_id)
    return order.name if order else str(parcel.order_id)
