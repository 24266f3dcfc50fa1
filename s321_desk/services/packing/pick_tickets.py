"""Pick tickets for a wave of orders, a box's packing slip, the stations' command sheet.

A wave is a day's orders (created that day in the warehouse's time zone), one station's share
of them, or a list. A ticket lists what is still to pick of each line (the order's quantity
less what its parcels already hold, voided ones excepted), an order with nothing left being
left out of a day's or a station's wave.

Choices where the issue left room:
- **Picking order**: by SKU. The catalog has no bin locations; SKUs are what the shelves are
  labelled by, and an order's lines sorted by them walk the aisles once. Lines without a SKU
  come last.
- **A station's share** of a day: the day's orders dealt to the stations of the ``stations``
  setting in turn (stations by name, orders by their time), so each packing station gets its
  own pile and the deal does not change as orders are packed.
- **The item's barcode** is what the station accepts for it: its UPC/EAN from the catalog,
  else its SKU (printed as Code 128 either way).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session

from s321_desk.documents.content import PackingSlip, PickLine, PickTicket, PickWave
from s321_desk.domain.texts import translate
from s321_desk.services.admin.settings import get_setting, settings_in
from s321_desk.services.judging.verdicts import find_parcel
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.packing.pack import find_order
from s321_desk.services.papers import contents
from s321_desk.services.papers.to_file import Printed, print_document
from s321_desk.store.models import Order
from s321_desk.store.repositories import packing as stored
from s321_desk.store.uow import Work, within


def _ticket(session: Session, order: Order, zone: ZoneInfo) -> PickTicket:
    packed = stored.packed_by_line(session, order.id)
    lines = []
    for line in stored.order_lines(session, order.id):
        left = line.quantity - packed.get(line.id or 0, 0)
        if left <= 0:
            continue
        product = stored.product_by_sku(session, line.sku) if line.sku else None
        scan = (product.barcode if product and product.barcode else line.sku) or ""
        lines.append(PickLine(line.sku or "", line.description, left, scan))
    lines.sort(key=lambda line: (not line.sku, line.sku, line.description))
    place = " ".join(part for part in (order.city, order.state or "") if part)
    return PickTicket(
        order=order.name,
        scan=order.name.lstrip("#"),
        sold=order.created_at.astimezone(zone).date(),
        ship_to=f"{order.recipient_name}, {place}",
        lines=tuple(lines),
    )


def _days_orders(session: Session, day: date, zone: ZoneInfo) -> list[Order]:
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = start + timedelta(days=1)
    return stored.orders_created(session, start, end)


def pick_wave(
    work: Work,
    *,
    day: date | None = None,
    station: str | None = None,
    orders: list[str] | None = None,
) -> PickWave:
    """The tickets of a list of orders, of a day's orders, or of a station's share of them."""
    if not orders and day is None:
        raise UserError(
            translate("PickTickets", "pick tickets: name the orders, or the day"), field="day"
        )
    with within(work) as uow:
        session = uow.session
        zone = ZoneInfo(str(settings_in(session)["time_zone"]))
        if orders:
            found = [find_order(session, name) for name in orders]
            tickets = [_ticket(session, order, zone) for order in found]
            return PickWave(f"Orders {', '.join(o.name for o in found)}", tuple(tickets))
        assert day is not None
        chosen = _days_orders(session, day, zone)
        title = f"Orders of {day.isoformat()}"
        if station:
            names = sorted(get_setting(session, "stations") or {})
            if station not in names:
                raise UserError(
                    translate(
                        "PickTickets",
                        "the station: {station} is not in the stations setting ({stations})",
                    ).format(station=repr(station), stations=", ".join(names) or "none set"),
                    field="station",
                )
            share = names.index(station)
            chosen = [o for n, o in enumerate(chosen) if n % len(names) == share]
            title = f"Station {station}, orders of {day.isoformat()}"
        tickets = [_ticket(session, order, zone) for order in chosen]
        return PickWave(title, tuple(t for t in tickets if t.lines))


def print_pick_tickets(
    work: Work,
    out: Path,
    *,
    day: date | None = None,
    station: str | None = None,
    orders: list[str] | None = None,
) -> Printed:
    """The wave's tickets as one PDF, written whole and audited (the orders it holds); given
    the unit of work of the action (opened with ``immediate=True``), read and audited in its
    one transaction."""
    from s321_desk.documents.pick_ticket import pick_tickets_pdf

    wave = pick_wave(work, day=day, station=station, orders=orders)
    if not wave.tickets:
        raise UserError(
            translate("PickTickets", "{wave}: no order left to pick").format(wave=wave.title)
        )
    details = {"wave": wave.title, "orders": [t.order for t in wave.tickets]}
    return print_document(
        work, "pick-tickets", "wave", wave.title[:64], out, pick_tickets_pdf(wave), details
    )


def packing_slip(work: Work, parcel_ref: str) -> PackingSlip:
    """What is in a box, for the customer: its orders, ship-to, and items (no prices)."""
    with within(work) as uow:
        session = uow.session
        parcel = find_parcel(session, parcel_ref)
        (packed,) = contents.packed_parcels(session, [parcel])
        papers = contents.Papers(session)
        ids = {item.order_id for item in packed.items}
        names = stored.order_names(session, ids)
        returns = papers.settings["us_return_address"] or []
        company = papers.settings["company"] or {"name": "", "lines": []}
        ship_from = (
            contents.Party(returns[0], tuple(returns[1:])) if returns else contents.party(company)
        )
        lines = tuple(
            PickLine(i.sku or "", i.description, i.quantity, i.sku or "") for i in packed.items
        )
        orders = tuple(sorted(set(names.values()) | {packed.order.name}))
        return PackingSlip(
            parcel.code, orders, contents.consignee_party(packed.order), ship_from, lines
        )


def print_packing_slip(work: Work, parcel_ref: str, out: Path) -> Printed:
    from s321_desk.documents.pick_ticket import packing_slip_pdf

    slip = packing_slip(work, parcel_ref)
    return print_document(
        work, "packing-slip", "parcel", slip.parcel_id, out, packing_slip_pdf(slip)
    )


def print_command_sheet(work: Work, out: Path, station: str = "") -> Printed:
    """The sheet of command barcodes (CMD-CLOSE, CMD-UNDO, CMD-HOLD, CMD-REPRINT, CMD-VOID)."""
    from s321_desk.documents.pick_ticket import command_sheet_pdf

    return print_document(
        work, "commands", "station", station or "-", out, command_sheet_pdf(station)
    )
