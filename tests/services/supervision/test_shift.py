"""The shift overview on a real store: parcels closed at known hours on two stations, held and
undecided ones, trucks; the numbers exact, the hours the warehouse's, DST included."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import FrozenInstanceError, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from s321_desk.services.admin.rules_and_rates import set_fx_rate
from s321_desk.services.admin.users import add_user
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.loads.trips import add_parcels, close_load, create_load
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing import pack
from s321_desk.services.supervision.decisions import decide
from s321_desk.services.supervision.shift import (
    LoadFill,
    ShiftOverview,
    shift_hours,
    shift_overview,
)
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from tests.conftest import first_admin, write_csv
from tests.crew_records import add_crew, give_prior_notices

TORONTO = ZoneInfo("America/Toronto")
NOW = datetime(2026, 11, 17, 14, 30, tzinfo=TORONTO)  # before the 15:00 cut-off: one desk day
TODAY = date(2026, 11, 17)
CROSSING = datetime(2026, 11, 17, 18, 0, tzinfo=TORONTO)  # today's truck at Buffalo (0901)
LATER = datetime(2026, 11, 19, 18, 0, tzinfo=TORONTO)  # not a desk day

CATALOG = (
    "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode\n"
    "TS-M,Cotton T-shirt M,6109.10.0012,CA,24.50,CAD,0.180,,\n"
    "TOQUE,Knit toque,,CA,30.00,CAD,0.100,,\n"  # no HTS: packing holds it
    "SOFA,Leather sofa,9401.61.4011,CA,4000.00,CAD,40.000,,\n"  # over the informal limit
)
HEADER = (
    "Name,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
    "Shipping Name,Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,"
    "Shipping Province,Shipping Country\n"
)
PEOPLE = [
    "Ana Lopez",
    "Bo Chen",
    "Cy Young",
    "Di Prince",
    "Ed Stone",
    "Flo Rida",
    "Gus Grant",
    "Hal Jordan",
    "Ivy Lee",
    "Jo March",
    "Kit Carson",
    "Lu Xun",
]


def orders_csv(
    people: list[str], *, sku: str = "TS-M", first: int = 2001, price: str = "24.50"
) -> str:
    """One order per person, each one item, at addresses of their own."""
    rows = [
        f"#{first + i},CAD,2026-11-16 10:00:00 -0500,1,{sku},{price},{sku},{name},"
        f"{100 + i} Elm St,,Buffalo,14202,NY,US\n"
        for i, name in enumerate(people)
    ]
    return HEADER + "".join(rows)


@dataclass(frozen=True)
class Close:
    order: str
    station: str
    at: datetime  # when the parcel is closed (the store's clock, faked)
    crossing: datetime = CROSSING


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    """The packing clock, faked at the edge: the next parcel closes at the instant set."""
    instant = [datetime.now(UTC)]
    monkeypatch.setattr(pack, "utcnow", lambda: instant[0])

    def set_to(at: datetime) -> None:
        instant[0] = at.astimezone(UTC)

    return set_to


def packed(store: Store, clock: Callable[[datetime], None], close: Close) -> str:
    """Open, fill and close the order's parcel at ``close.at``; its printable id."""
    with one_action(store.engine, immediate=True) as uow:
        parcel = pack.open_parcel(uow, close.order, station=close.station)
    pack.fill_parcel(store.engine, parcel)
    clock(close.at)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        pack.close_parcel(uow, parcel, crossing=close.crossing, port_code="0901")
    with one_action(store.engine) as uow:
        return parcel_view(uow, str(parcel)).parcel_id


def at(hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 11, 17, hour, minute, second, tzinfo=TORONTO)


# Per station: when each parcel closes (Toronto time). 12 hours to 14:30 start at 03:00.
CLOSES = [
    Close("#2001", "DOCK-1", at(2, 59, 59)),  # before the shift's first hour: not counted
    Close("#2002", "DOCK-1", at(3)),  # the first hour's first second
    Close("#2003", "DOCK-1", at(9, 10)),
    Close("#2004", "DOCK-1", at(9, 40)),
    Close("#2005", "DOCK-2", at(9, 59, 59)),
    Close("#2006", "DOCK-2", at(10)),
    Close("#2007", "DOCK-1", at(12, 59, 59)),
    Close("#2008", "DOCK-2", at(13)),
    Close("#2009", "DOCK-2", at(14, 20)),
    Close("#2010", "DOCK-2", at(14, 25)),  # voided below: not counted
    Close("#3001", "DOCK-1", at(11, 5)),  # TOQUE: held, today
    Close("#3002", "DOCK-2", at(11, 15), LATER),  # TOQUE: held, another day (not waiting today)
]


@dataclass(frozen=True)
class Shift:
    store: Store
    codes: dict[str, str]  # order -> parcel id


@pytest.fixture
def shift(store: Store, tmp_path: Path, clock: Callable[[datetime], None]) -> Shift:
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", orders_csv(PEOPLE[:10])))
    import_orders(
        store.engine,
        write_csv(tmp_path / "t.csv", orders_csv(PEOPLE[10:], sku="TOQUE", first=3001)),
    )
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", date(2026, 10, 1), "test")
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    codes = {close.order: packed(store, clock, close) for close in CLOSES}
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, codes["#2010"], "void", user="Sam Super", pin="2468", reason="damaged")
    # A supervisor's hold on a parcel already on the truck: it stays "loaded", and is a hold.
    with one_action(store.engine, immediate=True) as uow:
        truck = create_load(
            uow, scac="ABCD", port_code="0901", arrival=CROSSING, crew=add_crew(store.engine)
        )
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, truck.trip_number, [codes["#2002"], codes["#2003"], codes["#2004"]])
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, codes["#2004"], "hold", user="Sam Super", pin="2468", reason="dented")
    # A later truck the same day takes none of the parcels still to load: the earlier one does.
    with one_action(store.engine, immediate=True) as uow:
        create_load(uow, scac="ABCD", port_code="0901", arrival=at(20))
    with one_action(store.engine, immediate=True) as uow:
        create_load(uow, scac="ABCD", port_code="0901", arrival=LATER)
    return Shift(store, codes)


def test_parcels_per_hour_and_station_in_the_warehouse_zone(shift: Shift) -> None:
    with one_action(shift.store.engine) as uow:
        overview = shift_overview(uow, NOW)
    assert [f"{h:%H:%M}" for h in overview.hours] == [f"{h:02d}:00" for h in range(3, 15)]
    assert all(h.tzinfo is not None and h.utcoffset() == NOW.utcoffset() for h in overview.hours)
    counts = {
        s.station: dict(zip([h.hour for h in overview.hours], s.counts, strict=True))
        for s in overview.stations
    }
    assert [s.station for s in overview.stations] == ["DOCK-1", "DOCK-2"]
    dock1 = {hour: n for hour, n in counts["DOCK-1"].items() if n}
    dock2 = {hour: n for hour, n in counts["DOCK-2"].items() if n}
    assert dock1 == {3: 1, 9: 2, 11: 1, 12: 1}
    assert dock2 == {9: 1, 10: 1, 11: 1, 13: 1, 14: 1}  # the voided 14:25 one left out
    assert overview.packed == 10
    assert overview.per_hour == (1, 0, 0, 0, 0, 0, 3, 1, 2, 1, 1, 1)


def test_routes_holds_and_undecided(shift: Shift) -> None:
    with one_action(shift.store.engine) as uow:
        overview = shift_overview(uow, NOW)
    routes = {r.route: r.parcels for r in overview.routes}
    assert sum(routes.values()) == 10
    assert routes["HOLD"] == 2  # the two toques
    assert [r.route for r in overview.routes][-1] == "HOLD"  # in the order of Route
    # Today: the held toque and the parcel held on the truck; the other toque crosses later.
    assert (overview.holds, overview.undecided) == (2, 0)
    assert overview.days == (TODAY,)


def test_an_undecided_parcel_is_not_a_hold(
    shift: Shift, tmp_path: Path, clock: Callable[[datetime], None]
) -> None:
    # Over the informal entry limit: a formal entry, the supervisor's decision, not a hold.
    import_orders(
        shift.store.engine,
        write_csv(
            tmp_path / "sofas.csv",
            orders_csv(["Mo Green", "Ned Flan"], sku="SOFA", first=4001, price="4000.00"),
        ),
    )
    for order in ("#4001", "#4002"):
        packed(shift.store, clock, Close(order, "DOCK-3", at(14, 1)))
    with one_action(shift.store.engine) as uow:
        overview = shift_overview(uow, NOW)
    assert {r.route: r.parcels for r in overview.routes}["T01"] == 2
    assert overview.holds == 2
    assert overview.undecided == 2
    assert [s.station for s in overview.stations] == ["DOCK-1", "DOCK-2", "DOCK-3"]
    assert overview.stations[-1].counts[-1] == 2


def test_todays_loads_and_how_full_they_are(shift: Shift) -> None:
    with one_action(shift.store.engine) as uow:
        overview = shift_overview(uow, NOW)
    # Packed for today at 0901 and not on a truck: 2001 (before the shift's hours, still
    # today's), 2005..2009 and the held toque 3001;
    # on the first truck: 2002, 2003, 2004. The 2026-11-19 truck is not today's.
    assert [(f.trip_number, f.on_truck, f.to_load, f.sealed) for f in overview.loads] == [
        ("ABCD000001", 3, 7, False),
        ("ABCD000002", 0, 0, False),
    ]
    first = overview.loads[0]
    assert first.us_day == TODAY and first.port == "0901"
    assert first.fill == pytest.approx(3 / 10)
    assert overview.loads[1].fill == 1.0


def test_a_sealed_truck_takes_no_more_and_a_day_without_a_truck_shows(
    store: Store, tmp_path: Path, clock: Callable[[datetime], None]
) -> None:
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", orders_csv(PEOPLE[:4])))
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", date(2026, 10, 1), "test")
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Dee Driver", "driver", "7777", by=admin)
    codes = [packed(store, clock, Close(f"#{2001 + i}", "DOCK-1", at(10, i))) for i in range(4)]
    with one_action(store.engine, immediate=True) as uow:
        truck = create_load(
            uow, scac="ABCD", port_code="0901", arrival=CROSSING, crew=add_crew(store.engine)
        )
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, truck.trip_number, codes[:1])
    give_prior_notices(store.engine, truck.trip_number)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, truck.trip_number, seal="S-1", user="Dee Driver", pin="7777")
    with one_action(store.engine) as uow:
        overview = shift_overview(uow, NOW)
    assert overview.loads == (
        LoadFill("ABCD000001", "0901", TODAY, CROSSING.astimezone(UTC), True, 1, 0),
        LoadFill(None, "0901", TODAY, None, False, 0, 3),
    )
    assert overview.loads[0].fill == 1.0 and overview.loads[1].fill == 0.0


def test_an_empty_store(store: Store) -> None:
    with one_action(store.engine) as uow:
        overview = shift_overview(uow, NOW, hours=3)
    assert len(overview.hours) == 3
    assert overview.stations == () and overview.routes == () and overview.loads == ()
    assert (overview.packed, overview.holds, overview.undecided) == (0, 0, 0)
    assert overview.per_hour == (0, 0, 0)
    with pytest.raises(FrozenInstanceError):
        overview.holds = 1  # type: ignore[misc]
    assert isinstance(overview, ShiftOverview)


def test_the_hours_follow_the_warehouse_zone_setting(shift: Shift) -> None:
    from s321_desk.services.admin.settings import set_setting
    from s321_desk.store.uow import UnitOfWork

    with UnitOfWork(shift.store.engine) as uow:
        set_setting(uow.session, "time_zone", "America/Vancouver")
        uow.commit()
    with one_action(shift.store.engine) as work:
        overview = shift_overview(work, NOW, hours=2)  # 11:30 in Vancouver
    assert [f"{h:%H:%M %Z}" for h in overview.hours] == ["10:00 PST", "11:00 PST"]
    # 10:xx and 11:xx Vancouver = 13:xx and 14:xx Toronto: 2008, 2009 (2010 is voided).
    assert overview.per_hour == (1, 1)


def test_the_shift_hours_over_the_change_of_clocks() -> None:
    # 2026-11-01 in Toronto: 01:00-02:00 is lived twice (EDT, then EST).
    now = datetime(2026, 11, 1, 8, 30, tzinfo=UTC)  # 03:30 EST
    hours = shift_hours(now, TORONTO, 4)
    assert [f"{h:%H:%M %Z}" for h in hours] == ["01:00 EDT", "01:00 EST", "02:00 EST", "03:00 EST"]
    assert [h.astimezone(UTC).hour for h in hours] == [5, 6, 7, 8]
    with pytest.raises(ValueError, match="positive"):
        shift_hours(now, TORONTO, 0)


@pytest.fixture
def statements(shift: Shift) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(shift.store.engine, "before_cursor_execute", record)
    yield seen
    event.remove(shift.store.engine, "before_cursor_execute", record)


def test_a_handful_of_grouped_queries(shift: Shift, statements: list[str]) -> None:
    with one_action(shift.store.engine) as uow:
        shift_overview(uow, NOW)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 4  # settings, packed, the desk days, trucks
    assert sum("GROUP BY" in s for s in selects) == 3


def test_parcels_in_the_hour_lived_twice_fall_in_its_two_buckets(
    store: Store, tmp_path: Path, clock: Callable[[datetime], None]
) -> None:
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", orders_csv(PEOPLE[:3])))
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", date(2026, 10, 1), "test")
    for order, utc_hour in (("#2001", 5), ("#2002", 6), ("#2003", 6)):  # 01:30 EDT, 01:30 EST
        closing = datetime(2026, 11, 1, utc_hour, 30, tzinfo=UTC)
        packed(store, clock, Close(order, "DOCK-1", closing, datetime(2026, 11, 1, 22, tzinfo=UTC)))
    with one_action(store.engine) as uow:
        overview = shift_overview(uow, datetime(2026, 11, 1, 8, 30, tzinfo=UTC), hours=4)
    assert [f"{h:%H:%M %Z}" for h in overview.hours][:2] == ["01:00 EDT", "01:00 EST"]
    assert overview.per_hour == (1, 2, 0, 0)
