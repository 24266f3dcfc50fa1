"""The ports of entry: every CBP port on the northern land border (tests/data/ports), each with
its time zone, and the ports an administrator adds (audited, known to every station)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from s321_desk.services.admin import ports as ports_module
from s321_desk.services.admin.ports import port, ports, shipped_ports
from s321_desk.services.admin.settings import all_settings, change_settings
from s321_desk.services.admin.users import AccessRefused, Person, add_user
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.packing.station import next_truck
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action

DATA = Path(__file__).resolve().parents[2] / "data" / "ports"
# Crossed by water, not by road from Canada (tests/data/ports/README.md).
BY_WATER = {"0101", "0706", "3007", "3010", "3014", "3102", "3814", "4105"}
STATES = {"Maine": "ME", "Vermont": "VT", "New York": "NY", "Michigan": "MI", "Minnesota": "MN",
          "North Dakota": "ND", "Montana": "MT", "Idaho": "ID", "Washington": "WA",
          "Alaska": "AK"}  # fmt: skip
# The UTC offset of each state's border ports on a winter day (Alaska: AKST).
WINTER_OFFSET_H = {
    "ME": -5,
    "VT": -5,
    "NY": -5,
    "MI": -5,
    "MN": -6,
    "ND": -6,
    "MT": -7,
    "ID": -8,
    "WA": -8,
    "AK": -9,
}
FRIDAY_HARBOR = {"code": "3014", "name": "Friday Harbor, WA", "time_zone": "America/Los_Angeles"}


def border_list() -> list[dict[str, str]]:
    with (DATA / "us_canada_border_ports.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@pytest.fixture(autouse=True)
def no_added_ports() -> Iterator[None]:
    """Each test starts and ends knowing the shipped ports alone."""
    ports_module.use_added([])
    yield
    ports_module.use_added([])


def test_every_land_port_on_the_northern_border_is_offered_with_its_state() -> None:
    rows = border_list()
    assert len(rows) == 87 and {r["Border"] for r in rows} == {"US-Canada Border"}
    land = {r["Port Code"]: r for r in rows if r["Port Code"] not in BY_WATER}
    shipped = shipped_ports()
    assert set(shipped) == set(land)
    assert len(shipped) == 79
    for code, row in land.items():
        assert shipped[code].name.endswith(", " + STATES[row["State"]]), code
        assert shipped[code].checked
    assert shipped["3004"].name == "Blaine, WA" and shipped["0901"].name.startswith("Buffalo")
    for state in ("ME", "VT", "NY", "MI", "MN", "ND", "MT", "ID", "WA", "AK"):
        assert any(p.name.endswith(", " + state) for p in shipped.values()), state


def test_each_port_keeps_its_own_time_zone() -> None:
    winter = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
    summer = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)
    for one in shipped_ports().values():
        zone = ZoneInfo(one.time_zone)
        state = one.name.rsplit(", ", 1)[1]
        offset = winter.astimezone(zone).utcoffset()
        assert offset is not None and offset.total_seconds() / 3600 == WINTER_OFFSET_H[state]
        summer_offset = summer.astimezone(zone).utcoffset()
        assert summer_offset is not None and summer_offset - offset == offset.__class__(hours=1)
    # 05:30 UTC on 2 March is still 1 March at Blaine, already 2 March at Buffalo.
    crossing = datetime(2026, 3, 2, 5, 30, tzinfo=UTC)
    assert str(port("3004").us_day(crossing)) == "2026-03-01"
    assert str(port("0901").us_day(crossing)) == "2026-03-02"


@pytest.fixture
def admin(store: Store) -> Person:
    with one_action(store.engine, immediate=True) as uow:
        return add_user(uow, "Ada Admin", "admin", "9999")


def test_an_administrator_adds_a_port_audited_and_every_station_knows_it(
    store: Store, admin: Person
) -> None:
    with pytest.raises(UserError, match="3014"):
        port("3014")
    # Added and chosen as the truck's port in one save.
    with one_action(store.engine, immediate=True) as work:
        changed = change_settings(
            work, {"added_ports": [FRIDAY_HARBOR], "port": "3014"}, by=admin, station="PACK-1"
        )
    assert changed == ["added_ports", "port"]
    with UnitOfWork(store.engine) as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == "added_ports")
        ).one()
    assert (entry.action, entry.user_id) == ("setting.change", admin.id)
    assert json.loads(entry.details) == {"before": [], "after": [FRIDAY_HARBOR]}
    # Another station (a process that never saw the change) learns it with the settings.
    ports_module.use_added([])
    assert "3014" not in ports()
    with one_action(store.engine) as work:
        assert all_settings(work)["port"] == "3014"
    assert port("3014").time_zone == "America/Los_Angeles"
    with one_action(store.engine) as work:
        truck = next_truck(work, datetime(2026, 3, 2, 12, tzinfo=UTC), "PACK-1")
    assert truck.port.name == "Friday Harbor, WA"


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"code": "301", "name": "X", "time_zone": "America/Denver"}, "'301' is not 4 digits"),
        (
            {"code": "3004", "name": "Blaine again", "time_zone": "America/Los_Angeles"},
            "port 3004 is already in the list: Blaine, WA",
        ),
        ({"code": "3399", "name": " ", "time_zone": "America/Denver"}, "the name is empty"),
        ({"code": "3399", "name": "X", "time_zone": "Mars/Base"}, "'Mars/Base' is not a time"),
        ({"code": "3399", "name": "X", "time_zone": "UTC", "hours": "8-5"}, "'hours' is not"),
    ],
)
def test_a_wrong_port_is_refused_naming_its_field(
    store: Store, admin: Person, item: dict[str, str], message: str
) -> None:
    with pytest.raises(UserError, match=f"setting added_ports: .*{message}"):
        with one_action(store.engine, immediate=True) as uow:
            change_settings(uow, {"added_ports": [item]}, by=admin)
    with one_action(store.engine) as uow:
        assert all_settings(uow)["added_ports"] == []


def test_only_an_administrator_adds_a_port(store: Store, admin: Person) -> None:
    with one_action(store.engine, immediate=True) as uow:
        packer = add_user(uow, "Pat Packer", "packer", "1111", by=admin)
    with pytest.raises(AccessRefused, match="administrator"):
        with one_action(store.engine, immediate=True) as uow:
            change_settings(uow, {"port": "3014", "added_ports": [FRIDAY_HARBOR]}, by=packer)
    assert "3014" not in ports()  # the refused change leaves nothing known
    with one_action(store.engine) as uow:
        assert all_settings(uow)["added_ports"] == []
    # In either order, a port added and chosen at once.
    with one_action(store.engine, immediate=True) as uow:
        change_settings(uow, {"port": "3014", "added_ports": [FRIDAY_HARBOR]}, by=admin)
    with one_action(store.engine) as uow:
        assert all_settings(uow)["port"] == "3014"
