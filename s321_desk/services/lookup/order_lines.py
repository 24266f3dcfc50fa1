"""One order as the orders view opens it: each line with how many of it are packed and in
which parcels, and the order's parcels (their status, items and truck)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from s321_desk.domain.codes import ParcelStatus
from s321_desk.store.models import Order
from s321_desk.store.repositories import lookup
from s321_desk.store.uow import Work, within


@dataclass(frozen=True)
class LineState:
    line_no: int
    sku: str
    description: str
    ordered: int
    packed: int  # in the order's closed parcels (held and loaded ones too), voided ones aside
    packing: int  # in a parcel still open at a station
    parcels: tuple[str, ...]  # the parcels holding it (voided ones aside), by id

    @property
    def state(self) -> str:
        """``packed``, ``packing`` (some in an open parcel), ``part`` or ``not_packed``."""
        if self.packed >= self.ordered:
            return "packed"
        if self.packing:
            return "packing"
        return "part" if self.packed else "not_packed"


@dataclass(frozen=True)
class OrderParcel:
    code: str
    status: str
    items: int
    trip: str | None  # the truck's trip it is loaded on, if any
    closed_at: datetime | None


@dataclass(frozen=True)
class OrderLines:
    name: str
    recipient: str
    lines: tuple[LineState, ...]
    parcels: tuple[OrderParcel, ...]

    @property
    def lines_packed(self) -> int:
        return sum(1 for line in self.lines if line.state == "packed")


def order_lines(work: Work, order_id: int) -> OrderLines | None:
    """The order's lines and parcels; None if it is no longer in the store."""
    with within(work) as uow:
        session = uow.session
        order = session.get(Order, order_id)
        if order is None:
            return None
        lines = lookup.order_lines_of(session, order_id)
        parcels = lookup.order_parcels_and_trips(session, order_id)
        counts = lookup.packed_quantities(session, order_id)
        by_id = {parcel.id: parcel for parcel, _trip in parcels}
        packed: dict[int, int] = {}
        packing: dict[int, int] = {}
        holding: dict[int, list[str]] = {}
        items: dict[int, int] = {}
        for parcel_id, line_id, quantity in counts:
            parcel = by_id[parcel_id]
            if parcel.status == ParcelStatus.VOIDED:
                continue
            into = packing if parcel.status == ParcelStatus.OPEN else packed
            into[line_id] = into.get(line_id, 0) + int(quantity)
            items[parcel_id] = items.get(parcel_id, 0) + int(quantity)
            holding.setdefault(line_id, []).append(parcel.code)
        states = tuple(
            LineState(
                line.line_no,
                line.sku or "",
                line.description,
                line.quantity,
                packed.get(line.id or 0, 0),
                packing.get(line.id or 0, 0),
                tuple(sorted(set(holding.get(line.id or 0, [])))),
            )
            for line in lines
        )
        shown = tuple(
            OrderParcel(
                parcel.code, parcel.status, items.get(parcel.id or 0, 0), trip, parcel.closed_at
            )
            for parcel, trip in parcels
        )
        return OrderLines(order.name, order.recipient_name, states, shown)
