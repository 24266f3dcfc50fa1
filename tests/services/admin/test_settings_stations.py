"""The stations' printers setting: every kind accepted, every wrong field named."""

from __future__ import annotations

import pytest

from s321_desk.services.admin.settings import check_shape
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.uow import one_action
from tests.services.packing.test_packing import stocked  # noqa: F401  (fixture)

GOOD = {
    "PACK-1": {
        "label_printer": {"kind": "zpl-socket", "host": "10.0.0.5", "port": 9100, "dpi": 203},
        "document_printer": {"kind": "dialog"},
    },
    "PACK-2": {"label_printer": {"kind": "zpl-cups", "queue": "Zebra", "dpi": 300}},
    "DOCK": {
        "label_printer": {"kind": "file"},
        "document_printer": {"kind": "pdf-cups", "queue": "Laser"},
    },
}


def test_good_stations_pass() -> None:
    check_shape("stations", GOOD)
    check_shape("stations", {})


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ([], "must be an object"),
        ({"P1": "Zebra"}, "'P1' must be an object"),
        ({"P1": {"printer": {"kind": "file"}}}, "'P1'.printer: not one of"),
        ({"P1": {"label_printer": {"kind": "fax"}}}, "'P1'.label_printer.kind"),
        ({"P1": {"label_printer": {"kind": "zpl-cups", "queue": "Z", "dpi": 600}}}, ".dpi"),
        (
            {
                "P1": {
                    "label_printer": {"kind": "zpl-socket", "host": "h", "port": "9100", "dpi": 203}
                }
            },
            ".port",
        ),
        ({"P1": {"document_printer": {"kind": "pdf-cups", "queue": " "}}}, ".queue"),
    ],
)
def test_wrong_fields_are_named(value: object, named: str) -> None:
    with pytest.raises(UserError, match=named.replace("(", r"\(").replace(".", r"\.")):
        check_shape("stations", value)


def test_a_station_with_its_own_truck_packs_for_it(stocked) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """DOCK-2 loads the Champlain truck with an early cut-off; other stations the store's."""
    from datetime import UTC, datetime

    from s321_desk.services.admin.settings import change_setting
    from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
    from s321_desk.services.packing.station import next_truck
    from s321_desk.store.models import Parcel
    from s321_desk.store.uow import UnitOfWork

    with one_action(stocked.engine, immediate=True) as work:
        change_setting(work, "stations", '{"DOCK-2": {"port": "0712", "cutoff_time": "13:30"}}')
    now = datetime(2026, 12, 1, 19, tzinfo=UTC)  # 14:00 in Toronto: after 13:30, before 15:00
    parcels = {}
    for order, station in (("#1001", "DOCK-2"), ("#1002", "DOCK-1")):
        with one_action(stocked.engine, immediate=True) as work:
            parcel = open_parcel(work, order, station=station)
        fill_parcel(stocked.engine, parcel)
        with one_action(stocked.engine, immediate=True, durable=True) as work:
            close_parcel(work, parcel, now=now)
        with UnitOfWork(stocked.engine) as uow:
            row = uow.session.get(Parcel, parcel)
            assert row is not None
            parcels[station] = (row.port, str(row.us_day))
    assert parcels == {"DOCK-2": ("0712", "2026-12-02"), "DOCK-1": ("0901", "2026-12-01")}
    with one_action(stocked.engine) as work:
        assert next_truck(work, now, "DOCK-2").port.code == "0712"
    with one_action(stocked.engine) as work:
        assert next_truck(work, now, "DOCK-1").crossing.date().isoformat() == "2026-12-01"


def test_a_station_truck_field_is_named() -> None:
    with pytest.raises(UserError, match=r"'DOCK-2'\.cutoff_time"):
        check_shape("stations", {"DOCK-2": {"cutoff_time": "25:00"}})
