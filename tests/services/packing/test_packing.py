"""Packing on a real store: scans refused without a trace, closing re-judges the neighbours."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from s321_desk.services.admin.rules_and_rates import pin_rules, set_fx_rate
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.packing.pack import (
    ScanRefused,
    close_parcel,
    fill_parcel,
    open_parcel,
    scan_item,
    undo_last_scan,
)
from s321_desk.store.database import Store
from s321_desk.store.models import Parcel, ParcelItem, ParcelVerdict
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import store_args, write_csv

CATALOG = (
    "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode\n"
    "TS-M,Cotton T-shirt M,6109.10.0012,CA,24.50,CAD,0.180,,012345678905\n"
    "JKT,Down jacket,6201.40.1010,CA,450.00,USD,1.200,,\n"
)
HEADER = (
    "Name,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
    "Shipping Name,Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,"
    "Shipping Province,Shipping Country\n"
)
ORDERS = HEADER + (
    "#1001,USD,2024-06-10 08:00:00 -0700,2,Cotton T-shirt M,24.50,TS-M,John A. Smith,"
    "123 Maple St,Apt 4B,Bellingham,98225,WA,US\n"
    "#1001,,,1,Down jacket,450.00,JKT,,,,,,,\n"
    "#1002,USD,2024-06-10 09:00:00 -0700,1,Down jacket,450.00,JKT,Jon Smith,"
    "123 Maple Street,#4B,Bellingham,98225-1234,WA,US\n"
)
CROSSING = datetime(2024, 6, 10, 17, tzinfo=UTC)  # 10:00 at Blaine


@pytest.fixture
def stocked(store: Store, tmp_path: Path) -> Store:
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", ORDERS))
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", datetime(2024, 1, 1).date(), "test")
    return store


def items(store: Store, parcel_id: int) -> int:
    with UnitOfWork(store.engine) as uow:
        return (
            uow.session.scalar(
                select(func.count())
                .select_from(ParcelItem)
                .where(ParcelItem.parcel_id == parcel_id)
            )
            or 0
        )


def test_scans_wrong_items_over_picks_and_undo(stocked: Store) -> None:
    with one_action(stocked.engine, immediate=True) as uow:
        parcel = open_parcel(uow, "1001", station="S1")  # without '#'
    with one_action(stocked.engine, immediate=True) as uow:
        assert open_parcel(uow, "#1001") == parcel  # the open parcel again
    with one_action(stocked.engine, immediate=True) as uow:
        assert scan_item(uow, parcel, "012345678905").packed == 1  # by UPC
    with one_action(stocked.engine, immediate=True) as uow:
        assert scan_item(uow, parcel, "TS-M").packed == 2  # by SKU
    with pytest.raises(ScanRefused, match="all 2 already packed"):
        with one_action(stocked.engine, immediate=True) as uow:
            scan_item(uow, parcel, "TS-M")
    with pytest.raises(ScanRefused, match="unknown barcode or SKU"):
        with one_action(stocked.engine, immediate=True) as uow:
            scan_item(uow, parcel, "999999")
    assert items(stocked, parcel) == 2
    with one_action(stocked.engine, immediate=True) as uow:
        assert undo_last_scan(uow, parcel) == "Cotton T-shirt M"
    assert items(stocked, parcel) == 1
    with one_action(stocked.engine, immediate=True) as uow:
        other = open_parcel(uow, "#1002")
    with pytest.raises(ScanRefused, match=r"TS-M \(TS-M\): not on order #1002"):
        with one_action(stocked.engine, immediate=True) as uow:
            scan_item(uow, other, "TS-M")
    with pytest.raises(ScanRefused, match="nothing to undo"):
        with one_action(stocked.engine, immediate=True) as uow:
            undo_last_scan(uow, other)


def test_a_second_parcel_for_the_same_person_changes_both_verdicts(stocked: Store) -> None:
    with one_action(stocked.engine, immediate=True) as work:
        pin_rules(work, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
    with one_action(stocked.engine, immediate=True) as work:
        first = open_parcel(work, "#1001")
    fill_parcel(stocked.engine, first)
    with one_action(stocked.engine, immediate=True, durable=True) as work:
        closed = close_parcel(work, first, crossing=CROSSING, port_code="3004")
    verdict = closed.parcel.verdict
    assert (verdict.route.value, f"{verdict.parcel_value_usd}") == ("S321_MANIFEST", "499.00")
    assert closed.others == [] and not closed.parcel.needs_decision

    with one_action(stocked.engine, immediate=True) as work:
        second = open_parcel(work, "#1002")
    fill_parcel(stocked.engine, second)
    with one_action(stocked.engine, immediate=True, durable=True) as work:
        closed = close_parcel(
            work, second, crossing=CROSSING, port_code="3004", weight_kg=Decimal("1.5")
        )
    assert closed.parcel.verdict.route.value == "T11"
    assert {"RECIPIENT_DAY_AGGREGATE", "RECIPIENT_NAME_VARIANT"} <= set(closed.parcel.verdict.codes)
    assert closed.parcel.needs_decision
    (again,) = closed.others  # the first parcel, judged again: it now sees the second
    assert again.parcel_id == first
    assert "RECIPIENT_NAME_VARIANT" in again.verdict.codes and again.needs_decision
    with UnitOfWork(stocked.engine) as uow:
        rows = {p.id: p for p in uow.session.scalars(select(Parcel))}
        history = uow.session.scalar(select(func.count()).select_from(ParcelVerdict))
    assert rows[first].needs_decision and rows[second].needs_decision
    assert (rows[second].weight_g, rows[first].weight_g) == (1500, 1560)  # catalog weight
    assert str(rows[first].us_day) == "2024-06-10" and rows[first].port == "3004"
    assert history == 3  # first, second, first again


def test_closing_an_empty_parcel_is_refused(stocked: Store) -> None:
    with one_action(stocked.engine, immediate=True) as uow:
        parcel = open_parcel(uow, "#1002")
    with pytest.raises(Exception, match="empty; scan its items"):
        with one_action(stocked.engine, immediate=True, durable=True) as uow:
            close_parcel(uow, parcel, crossing=CROSSING, port_code="3004")


def test_pack_and_parcels_list_from_the_command_line(
    stocked: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    from s321_desk.cli import main

    db = store_args(stocked)
    common = [
        "--crossing",
        "2024-06-10T10:00:00-07:00",
        "--port",
        "3004",
        "--rules-as-of",
        "2024-06-01T00:00:00Z",
        "--json",
    ]
    assert main([*db, "pack", "#1001", "--items", "TS-M", "JKT", *common]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["order"], first["route"], first["consignment_value_usd"]) == (
        "#1001",
        "S321_MANIFEST",
        "474.50",
    )  # one shirt of two, and the jacket
    assert main([*db, "pack", "1002", *common]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["needs_decision"] and second["reevaluated"] == [first["parcel_id"]]
    assert second["rules_as_of"] == "2024-06-01T00:00:00+00:00"
    assert main([*db, "parcels", "list", "--needs-decision", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [p["parcel_id"] for p in listed] == [first["parcel_id"], second["parcel_id"]]
    assert main([*db, "parcels", "list", "--day", "2024-06-11", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main([*db, "parcels", "list", "--needs-decision"]) == 0  # text without --json
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{first['parcel_id']} (#1001): closed, route ")
    assert lines[0].endswith("; NEEDS A DECISION") and lines[-1] == "2 parcel(s)"
    assert main([*db, "pack", "#1001", "--items", "NOPE", *common]) == 1
    assert capsys.readouterr().err == "s321-desk: NOPE: unknown barcode or SKU\n"
