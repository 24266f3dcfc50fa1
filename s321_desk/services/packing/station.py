"""What a packing station shows of the parcel on its bench: the order's lines, how far each is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from s321_desk.domain.crossings import Port, next_crossing
from s321_desk.domain.scanning import Scan
from s321_desk.domain.texts import QT_TRANSLATE_NOOP, Text, translate
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.rules_and_rates import shipped_rulebook
from s321_desk.services.admin.settings import settings_in, station_truck
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.packing.pack import find_order
from s321_desk.store.models import Order, Parcel
from s321_desk.store.repositories import packing as found
from s321_desk.store.uow import Work, within


@dataclass(frozen=True)
class LineProgress:
    sku: str
    description: str
    packed: int  # in all the order's parcels, voided ones excepted (as scan_item counts)
    ordered: int
    line_no: int = 0
    # No product in the catalog (no SKU, or one the catalog lacks): nothing to scan but its SKU,
    # if any; a supervisor may count it in (CMD-COUNT).
    countable: bool = False

    @property
    def done(self) -> bool:
        return self.packed >= self.ordered


@dataclass(frozen=True)
class Bench:
    """A parcel as the station shows it while it is packed."""

    parcel_id: int
    parcel_code: str
    order: str
    status: str
    items: int  # in this parcel
    lines: tuple[LineProgress, ...]

    @property
    def packed(self) -> int:
        return sum(min(line.packed, line.ordered) for line in self.lines)

    @property
    def ordered(self) -> int:
        return sum(line.ordered for line in self.lines)


def bench(work: Work, parcel_id: int) -> Bench:
    """The parcel, its order and how many of each order line are packed so far."""
    with within(work) as uow:
        session = uow.session
        parcel = session.get(Parcel, parcel_id)
        if parcel is None:
            raise UserError(
                translate("Station", "parcel {parcel}: no such parcel").format(parcel=parcel_id)
            )
        order = session.get(Order, parcel.order_id)
        assert order is not None
        packed = found.packed_by_line(session, order.id)
        items = found.items_in(session, parcel_id)
        lines = found.order_lines(session, order.id)
        known = found.skus_in_catalog(session, {line.sku for line in lines if line.sku})
        progress = tuple(
            LineProgress(
                line.sku or "",
                line.description,
                packed.get(line.id or 0, 0),
                line.quantity,
                line.line_no,
                line.sku not in known,
            )
            for line in lines
        )
        return Bench(parcel_id, parcel.code, order.name, parcel.status, items or 0, progress)


def order_named(work: Work, reference: str | Scan) -> str | None:
    """The name of the order a scan names (with or without '#'), as ``open_parcel`` finds it;
    None if it names none."""
    with within(work) as uow:
        try:
            return find_order(uow.session, reference).name
        except UserError:
            return None


def item_holds(work: Work, code: str, now: datetime) -> list[Text]:
    """What about the item a scan names (barcode or SKU) will hold its parcel at the close,
    under the rules in force ``now``: a restriction (alcohol, tobacco, firearms: by its HTS or
    its flags), no HTS number, no country of origin. Said at the scan, before the box is
    taped; the verdict at the close still decides."""
    with within(work) as uow:
        product = found.product_scanned(uow.session, code)
        if product is None:
            return []
        hts, origin, flags = (
            product.hts,
            product.origin,
            set(filter(None, product.flags.split(";"))),
        )
    why = [
        translate("Station", "restricted goods ({kind})").format(
            kind=restriction.code.removeprefix("RESTRICTED_").lower()
        )
        for restriction in shipped_rulebook().in_force(now).restrictions
        if restriction.applies(hts, flags)
    ]
    if not hts:
        why.append(translate("Station", "no HTS number in the catalog"))
    if not origin:
        why.append(translate("Station", "no country of origin in the catalog"))
    return why


# The days as the desk's words name them (their French: the catalogue's "Words", ui/kit/words.py)
# and the months, Monday and January first, whatever the C library's locale.
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = (
    QT_TRANSLATE_NOOP("Station", "Jan"),
    QT_TRANSLATE_NOOP("Station", "Feb"),
    QT_TRANSLATE_NOOP("Station", "Mar"),
    QT_TRANSLATE_NOOP("Station", "Apr"),
    QT_TRANSLATE_NOOP("Station", "May"),
    QT_TRANSLATE_NOOP("Station", "Jun"),
    QT_TRANSLATE_NOOP("Station", "Jul"),
    QT_TRANSLATE_NOOP("Station", "Aug"),
    QT_TRANSLATE_NOOP("Station", "Sep"),
    QT_TRANSLATE_NOOP("Station", "Oct"),
    QT_TRANSLATE_NOOP("Station", "Nov"),
    QT_TRANSLATE_NOOP("Station", "Dec"),
)


@dataclass(frozen=True)
class NextTruck:
    """The station's next truck: when it crosses (the arrival of the truck a parcel closed now
    goes on, after the cut-off the next day's) and at which port."""

    crossing: datetime
    port: Port

    def sentence(self) -> str:
        local = self.crossing.astimezone(ZoneInfo(self.port.time_zone))
        return str(
            translate("Station", "Next truck: {day} {date} {month} {time}, port {port}").format(
                day=Text("Words", DAYS[local.weekday()]),
                date=f"{local:%d}",
                month=Text("Station", MONTHS[local.month - 1]),
                time=f"{local:%H:%M %Z}",
                port=self.port.code,
            )
        )


def next_truck(work: Work, now: datetime, station: str = "") -> NextTruck:
    """The truck a parcel closed ``now`` at ``station`` goes on (its own schedule, if set)."""
    with within(work) as uow:
        settings = settings_in(uow.session)
    truck = station_truck(settings, station)
    crossing = next_crossing(
        now,
        ZoneInfo(str(settings["time_zone"])),
        time.fromisoformat(truck["arrival_time"]),
        time.fromisoformat(truck["cutoff_time"]),
    )
    return NextTruck(crossing, port(truck["port"]))
