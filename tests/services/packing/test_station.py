"""What a station shows of the parcel on its bench, from a real store: counts per order line."""

from __future__ import annotations

import pytest

from s321_desk.services.admin.users import add_user
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.packing.pack import close_parcel, open_parcel, scan_item
from s321_desk.services.packing.station import LineProgress, bench, order_named
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from tests.conftest import first_admin
from tests.services.packing.test_packing import CROSSING, stocked  # noqa: F401  (fixture)


def test_the_bench_counts_each_line_over_the_orders_parcels(stocked: Store) -> None:  # noqa: F811
    with one_action(stocked.engine, immediate=True) as uow:
        first = open_parcel(uow, "#1001")
    with one_action(stocked.engine, immediate=True) as uow:
        scan_item(uow, first, "012345678905")
    with one_action(stocked.engine, immediate=True) as uow:
        scan_item(uow, first, "TS-M")

    with one_action(stocked.engine) as uow:
        shown = bench(uow, first)

    assert (shown.order, shown.status, shown.items) == ("#1001", "open", 2)
    assert shown.parcel_code.startswith("P")
    assert shown.lines == (
        LineProgress("TS-M", "Cotton T-shirt M", 2, 2, line_no=1),
        LineProgress("JKT", "Down jacket", 0, 1, line_no=2),
    )
    assert (shown.packed, shown.ordered) == (2, 3)
    assert [line.done for line in shown.lines] == [True, False]


def test_a_second_parcel_of_the_order_sees_the_first_until_it_is_voided(
    stocked: Store,  # noqa: F811
) -> None:
    with one_action(stocked.engine, immediate=True) as uow:
        first = open_parcel(uow, "#1001")
    with one_action(stocked.engine, immediate=True) as uow:
        scan_item(uow, first, "JKT")
    with one_action(stocked.engine, immediate=True, durable=True) as uow:
        code = close_parcel(uow, first, crossing=CROSSING, port_code="3004").parcel
    with one_action(stocked.engine, immediate=True) as uow:
        second = open_parcel(uow, "1001")
    assert second != first

    with one_action(stocked.engine) as uow:
        shown = bench(uow, second)
    assert (shown.items, shown.packed, shown.lines[1].packed) == (0, 1, 1)

    admin = first_admin(stocked)
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    with one_action(stocked.engine, immediate=True) as uow:
        decide(uow, str(code.parcel_id), "void", user="Sam Super", pin="2468", reason="repacked")
    with one_action(stocked.engine) as uow:
        assert bench(uow, second).packed == 0


def test_order_named_finds_an_order_with_or_without_its_hash(stocked: Store) -> None:  # noqa: F811
    with one_action(stocked.engine) as uow:
        assert order_named(uow, "1002") == "#1002"
    with one_action(stocked.engine) as uow:
        assert order_named(uow, " #1002 ") == "#1002"
    with one_action(stocked.engine) as uow:
        assert order_named(uow, "TS-M") is None


def test_the_bench_of_no_parcel_is_refused(stocked: Store) -> None:  # noqa: F811
    with pytest.raises(UserError, match="parcel 99: no such parcel"):
        with one_action(stocked.engine) as uow:
            bench(uow, 99)
