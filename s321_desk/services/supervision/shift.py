"""The shift overview: parcels packed per hour and station, by route, decisions waiting, loads."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from s321_desk.domain.codes import LoadStatus, Route
from s321_desk.services.admin.ports import ports
from s321_desk.services.admin.settings import settings_in
from s321_desk.services.supervision.warnings import desk_days
from s321_desk.store.repositories import supervision
from s321_desk.store.uow import Work, within

HOUR = timedelta(hours=1)
ROUTE_ORDER = {route.value: index for index, route in enumerate(Route)}


@dataclass(frozen=True)
class StationHours:
    """One station's parcels closed in each hour of the shift, aligned with ``hours``."""

    station: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class RouteCount:
    route: str  # a ``Route`` value; "" for a parcel without one (never seen on a closed parcel)
    parcels: int


@dataclass(frozen=True)
class LoadFill:
    """A truck of the desk's days, or the parcels of a day and port no open truck takes yet.

    "Full" is measured against the parcels packed for the truck's US day and port: those on it
    and those closed (or held) for that day and port not on any truck yet (``to_load``). They
    count for the earliest open truck of that day and port; a sealed truck takes no more.
    """

    trip_number: str | None  # None: no open truck for this day and port
    port: str
    us_day: date
    planned_arrival: datetime | None
    sealed: bool
    on_truck: int
    to_load: int

    @property
    def fill(self) -> float:
        """On the truck out of all its day's parcels (1.0 for a sealed or an emptied truck)."""
        planned = self.on_truck + self.to_load
        return self.on_truck / planned if planned else 1.0


@dataclass(frozen=True)
class ShiftOverview:
    """One reading: every instant aware; ``hours`` are hour starts in the warehouse's zone."""

    now: datetime
    hours: tuple[datetime, ...]  # oldest first; the last one holds ``now``
    stations: tuple[StationHours, ...]  # by name
    routes: tuple[RouteCount, ...]  # in the order of ``Route`` (S321 first, HOLD last)
    holds: int  # held parcels of the desk's days waiting for a supervisor
    undecided: int  # the other parcels of those days waiting for a decision (not held)
    days: tuple[date, ...]  # the desk's days: today at the port and the next truck's
    loads: tuple[LoadFill, ...]

    @property
    def packed(self) -> int:
        return sum(station.total for station in self.stations)

    @property
    def per_hour(self) -> tuple[int, ...]:
        """All stations together, aligned with ``hours``."""
        return tuple(sum(s.counts[i] for s in self.stations) for i in range(len(self.hours)))


def shift_hours(now: datetime, zone: ZoneInfo, hours: int) -> tuple[datetime, ...]:
    """The starts of the ``hours`` local hours ending with the one holding ``now``.

    Stepped back in UTC from the local hour: across a change of clocks the repeated (or
    skipped) local hour shows as it was lived, every bucket one real hour long.
    """
    if hours < 1:
        raise ValueError(f"hours: {hours} is not a positive number of hours")
    if now.tzinfo is None:
        raise ValueError(f"naive datetime {now!r}: instants must be timezone-aware")
    local = now.astimezone(zone)
    # In UTC: arithmetic on a zoned datetime is wall-clock arithmetic, blind to the change.
    current = local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)
    return tuple((current - k * HOUR).astimezone(zone) for k in range(hours - 1, -1, -1))


def shift_overview(work: Work, now: datetime, *, hours: int = 12) -> ShiftOverview:
    """The shift as a supervisor reads it, in four queries (settings included), grouped in SQL."""
    with within(work) as uow:
        settings = settings_in(uow.session)
        zone = ZoneInfo(str(settings["time_zone"]))
        starts = shift_hours(now, zone, hours)
        days, _ = desk_days(now, settings)
        connection = uow.session.connection()
        stations, routes = _packed(connection, starts)
        waiting = _desk_days(connection, days)
        loads = _loads(connection, days, waiting.to_load, zone)
    return ShiftOverview(
        now=now,
        hours=starts,
        stations=stations,
        routes=routes,
        holds=waiting.holds,
        undecided=waiting.undecided,
        days=days,
        loads=loads,
    )


def _packed(
    connection: Connection, starts: tuple[datetime, ...]
) -> tuple[tuple[StationHours, ...], tuple[RouteCount, ...]]:
    """Closed parcels (voided ones left out) by hour, station and route: one GROUP BY."""
    by_station: dict[str, list[int]] = defaultdict(lambda: [0] * len(starts))
    by_route: dict[str, int] = defaultdict(int)
    for hour, station, route, count in supervision.closed_by_hour(connection, starts, HOUR):
        by_station[station][hour] += count
        by_route[route or ""] += count
    stations = tuple(StationHours(name, tuple(by_station[name])) for name in sorted(by_station))
    routes = tuple(
        RouteCount(route, count)
        for route, count in sorted(by_route.items(), key=lambda item: _route_rank(item[0]))
    )
    return stations, routes


def _route_rank(route: str) -> tuple[int, str]:
    return ROUTE_ORDER.get(route, len(ROUTE_ORDER)), route


@dataclass(frozen=True)
class _Days:
    holds: int
    undecided: int
    to_load: dict[tuple[str, date], int]  # (port, US day) -> parcels packed, not on a truck


def _desk_days(connection: Connection, days: tuple[date, ...]) -> _Days:
    """The desk days' parcels waiting for a decision (the warnings panel's) and those still to
    load per port and day, in one pass over those days.

    Only the US day is in the WHERE: given ``load_id IS NULL`` there, SQLite (without
    statistics) walks the index of every unloaded parcel ever, 20 ms at 100,000 parcels,
    instead of the day's few thousand (measured).
    """
    holds = undecided = 0
    pools: dict[tuple[str, date], int] = {}
    counted = supervision.days_waiting(connection, days[0], days[-1])
    for port_code, day, day_holds, day_undecided, day_to_load in counted:
        holds, undecided = holds + day_holds, undecided + day_undecided
        if day_to_load and port_code is not None:
            pools[port_code, day] = int(day_to_load)
    return _Days(int(holds), int(undecided), pools)


def _loads(
    connection: Connection,
    days: tuple[date, ...],
    pools: dict[tuple[str, date], int],
    zone: ZoneInfo,
) -> tuple[LoadFill, ...]:
    """The desk days' trucks with their parcels; the parcels still to load go to the earliest
    open truck of their day and port, or show on their own when there is none."""
    # Arrivals a day either side of the desk's days hold every arrival whose port-local date is
    # one of them (ports are within a day of UTC); the exact day is the port's, in Python.
    trucks = supervision.trucks_arriving(connection, days[0], days[-1])
    pools = dict(pools)
    fills = []
    known = ports()
    for _id, trip, port_code, arrival, status, on_truck in trucks:
        # A port an administrator took out of ports.json: its day as the warehouse sees it.
        day = (
            known[port_code].us_day(arrival)
            if port_code in known
            else arrival.astimezone(zone).date()
        )
        if day not in days:
            continue
        sealed = status == LoadStatus.SEALED
        to_load = 0 if sealed else pools.pop((port_code, day), 0)  # the earliest open truck's
        fills.append(LoadFill(trip, port_code, day, arrival, sealed, int(on_truck), to_load))
    fills += [
        LoadFill(None, port_code, day, None, False, 0, count)
        for (port_code, day), count in sorted(
            pools.items(), key=lambda item: (item[0][1], item[0][0])
        )
    ]
    return tuple(fills)
