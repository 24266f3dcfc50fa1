"""Parcel search and history on a real store: ids, orders, names typed without accents, texts
that look like SQL or HTML taken literally; verdicts with their rules and FX; the audit trail."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from s321_desk.services.admin.rules_and_rates import set_fx_rate
from s321_desk.services.admin.settings import set_setting
from s321_desk.services.admin.users import add_user
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.lookup.history import (
    MATCH_NAME,
    MATCH_ORDER,
    MATCH_PARCEL,
    find_parcels,
    parcel_history,
)
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.services.papers.to_file import print_label
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import first_admin, write_csv
from tests.services.packing.test_packing import CATALOG, CROSSING, HEADER

SUPERVISOR, PIN = "Sam Super", "2468"
RETURN_ADDRESS = ["Maple Border Returns", "2400 Military Rd", "Niagara Falls NY 14304"]
# One person twice (#2001, #2002: a decision), and names made to trip a careless search.
ORDERS = HEADER + (
    "#2001,CAD,2024-06-10 08:00:00 -0700,1,Cotton T-shirt M,24.50,TS-M,Zoë O'Brien-Müller,"
    "12 Elm St,,Buffalo,14201,NY,US\n"
    "#2002,CAD,2024-06-10 09:00:00 -0700,1,Down jacket,450.00,JKT,Zoe OBrien-Muller,"
    "12 Elm Street,,Buffalo,14201,NY,US\n"
    "#2003,CAD,2024-06-10 09:30:00 -0700,2,Cotton T-shirt M,24.50,TS-M,<b>Müller</b> Gift Shop,"
    "5 Oak Ave,,Rochester,14604,NY,US\n"
    "#2004,CAD,2024-06-10 10:00:00 -0700,1,Cotton T-shirt M,24.50,TS-M,100% Real_Name,"
    "9 Pine Rd,,Albany,12207,NY,US\n"
    "#2005,CAD,2024-06-10 10:30:00 -0700,1,Cotton T-shirt M,24.50,TS-M,Bo Chen,"
    "1 Lake St,,Ithaca,14850,NY,US\n"
)


def pack(store: Store, order: str) -> str:
    """Pack the whole order and close it for CROSSING; the parcel's printable id."""
    with one_action(store.engine, immediate=True) as uow:
        parcel_id = open_parcel(uow, order, station="DOCK-3")
    fill_parcel(store.engine, parcel_id)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_parcel(uow, parcel_id, crossing=CROSSING)
    return str(parcel_id)


@pytest.fixture
def packed(store: Store, tmp_path: Path) -> dict[str, str]:
    """The orders imported, every one packed; the person-day conflict acknowledged; order
    -> parcel id."""
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", ORDERS))
    with one_action(store.engine, immediate=True) as work:
        set_fx_rate(work, "CAD", "0.7300", date(2024, 1, 1), "test")
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as work:
        add_user(work, SUPERVISOR, "supervisor", PIN, by=admin)
    with UnitOfWork(store.engine) as uow:
        set_setting(uow.session, "us_return_address", RETURN_ADDRESS)
        uow.commit()
    parcels = {}
    for order in ("#2001", "#2002", "#2003", "#2004", "#2005"):
        with one_action(store.engine) as work:
            parcels[order] = parcel_history(work, pack(store, order)).parcel.parcel
    return parcels


def test_a_whole_parcel_id_finds_that_parcel_alone(store: Store, packed: dict[str, str]) -> None:
    code = packed["#2003"]
    for typed in (code, code.lower(), f"  {code} "):
        with one_action(store.engine) as uow:
            (hit,) = find_parcels(uow, typed)
        assert (hit.parcel, hit.order, hit.matched) == (code, "#2003", MATCH_PARCEL)
        assert hit.recipient == "<b>Müller</b> Gift Shop"


def test_the_start_of_an_id_finds_the_parcels_newest_first(
    store: Store, packed: dict[str, str]
) -> None:
    with one_action(store.engine) as uow:
        hits = find_parcels(uow, packed["#2001"][:-1])
    assert [h.parcel for h in hits] == sorted(packed.values(), reverse=True)


def test_an_order_with_or_without_its_hash(store: Store, packed: dict[str, str]) -> None:
    for typed in ("#2002", "2002"):
        with one_action(store.engine) as uow:
            (hit,) = find_parcels(uow, typed)
        assert (hit.parcel, hit.matched) == (packed["#2002"], MATCH_ORDER)


@pytest.mark.parametrize(
    ("typed", "orders"),
    [
        ("muller", {"#2001", "#2002", "#2003"}),  # Müller, Muller, Müller
        ("MULLER", {"#2001", "#2002", "#2003"}),
        ("Müller", {"#2001", "#2002", "#2003"}),  # an accent typed finds the name without
        ("zoe o'brien", {"#2001"}),
        ("obrien-muller", {"#2002"}),
        ("gift", {"#2003"}),
    ],
)
def test_a_name_without_regard_to_case_or_accents(
    store: Store, packed: dict[str, str], typed: str, orders: set[str]
) -> None:
    with one_action(store.engine) as uow:
        hits = find_parcels(uow, typed)
    assert {h.order for h in hits} == orders
    assert all(h.matched == MATCH_NAME for h in hits)
    assert [h.parcel for h in hits] == sorted((h.parcel for h in hits), reverse=True)


@pytest.mark.parametrize(
    ("typed", "orders"),
    [
        ("<b>Müller</b>", {"#2003"}),
        ("O'Brien", {"#2001"}),
        ("%", {"#2004"}),  # a literal per cent sign, not "anything"
        ("_", {"#2004"}),
        ("100% Real_", {"#2004"}),
        ("' OR 1=1 --", set()),
        ("\\", set()),
    ],
)
def test_the_text_is_taken_literally(
    store: Store, packed: dict[str, str], typed: str, orders: set[str]
) -> None:
    with one_action(store.engine) as uow:
        assert {h.order for h in find_parcels(uow, typed)} == orders


def test_nothing_typed_finds_nothing_and_the_limit_holds(
    store: Store, packed: dict[str, str]
) -> None:
    with one_action(store.engine) as uow:
        assert find_parcels(uow, "   ") == []
    with one_action(store.engine) as uow:
        assert len(find_parcels(uow, "P", limit=2)) == 2


def test_history_holds_the_verdicts_with_rules_and_fx_and_the_audit_trail(
    store: Store, packed: dict[str, str], tmp_path: Path
) -> None:
    first, second = packed["#2001"], packed["#2002"]
    with one_action(store.engine, immediate=True) as uow:
        decide(
            uow,
            second,
            "acknowledge",
            user=SUPERVISOR,
            pin=PIN,
            reason="same person, one entry",
            station="DESK-1",
        )
    with one_action(store.engine, immediate=True) as uow:
        decide(
            uow,
            first,
            "acknowledge",
            user=SUPERVISOR,
            pin=PIN,
            reason="same person, one entry",
            station="DESK-1",
        )
    out = tmp_path / "label.pdf"
    with one_action(store.engine, immediate=True) as uow:
        printed = print_label(uow, first, out)

    with one_action(store.engine) as uow:
        history = parcel_history(uow, first)

    assert history.parcel.parcel == first and history.parcel.station == "DOCK-3"
    assert history.order.name == "#2001" and history.order.recipient == "Zoë O'Brien-Müller"
    assert history.order.address == ("12 Elm St", "Buffalo NY 14201", "US")
    assert [(x.sku, x.quantity, x.in_parcel) for x in history.lines] == [("TS-M", 1, 1)]
    # closed alone, judged again when #2002 closed for the same person; the acknowledgement
    # changes no verdict (a new record only when the verdict changes: it is in the audit)
    assert len(history.verdicts) == 2
    assert history.verdicts[0].judged_against == ()
    assert [(a.parcel_id, a.role) for a in history.verdicts[1].judged_against] == [
        (second, "same time")
    ]
    assert [v.evaluated_at for v in history.verdicts] == sorted(
        v.evaluated_at for v in history.verdicts
    )
    for verdict in history.verdicts:
        assert verdict.fx == (("CAD", "0.7300"),)
        assert verdict.rules_version and verdict.regime
    assert history.verdicts[-1].route == history.parcel.route  # the newest is current
    actions = [entry.action for entry in history.audit]
    assert actions == ["parcel.close", "decision.acknowledge", "print.label"]
    decision = history.audit[1]
    assert (decision.who, decision.station, decision.reason) == (
        SUPERVISOR,
        "DESK-1",
        "same person, one entry",
    )
    assert history.audit[2].sha256 == printed.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert history.audit[2].who == "Ada Admin"  # who printed it is on the record


def test_history_of_an_unknown_parcel_is_refused(store: Store) -> None:
    from s321_desk.services.kernel.errors import UserError

    with pytest.raises(UserError, match="no such parcel"):
        with one_action(store.engine) as uow:
            parcel_history(uow, "P9999999")
