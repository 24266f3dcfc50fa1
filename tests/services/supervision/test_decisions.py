"""A supervisor's decisions: PIN and reason, audited; defer clears a conflict; consolidate sums."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from s321_desk.services.admin.rules_and_rates import pin_rules
from s321_desk.services.admin.users import AccessRefused, add_user
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Order
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import first_admin, store_args
from tests.services.packing.test_packing import CROSSING, stocked  # noqa: F401  (fixture)

NEXT_DAY = datetime(2024, 6, 11, 17, tzinfo=UTC)


@pytest.fixture
def conflict(stocked: Store) -> tuple[Store, str, str]:  # noqa: F811
    """Two parcels for one person (two spellings) the same day, under de minimis rules."""
    return closed_pair(stocked)


def closed_pair(stocked: Store) -> tuple[Store, str, str]:  # noqa: F811
    with one_action(stocked.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
    admin = first_admin(stocked)
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Pat Packer", "packer", "1111", by=admin)
    codes = []
    for order in ("#1001", "#1002"):
        with one_action(stocked.engine, immediate=True) as uow:
            parcel = open_parcel(uow, order)
        fill_parcel(stocked.engine, parcel)
        with one_action(stocked.engine, immediate=True, durable=True) as uow:
            closed = close_parcel(uow, parcel, crossing=CROSSING, port_code="3004")
        with one_action(stocked.engine) as uow:
            codes.append(parcel_view(uow, str(closed.parcel.parcel_id)).parcel_id)
    return stocked, codes[0], codes[1]


def sam(store: Store, parcel: str, action: str, **extra):  # type: ignore[no-untyped-def]
    with one_action(store.engine, immediate=True) as uow:
        return decide(
            uow,
            parcel,
            action,
            user="Sam Super",
            pin="2468",
            reason="checked with the customer",
            **extra,
        )


def test_decisions_need_a_supervisor_a_pin_and_a_reason(conflict) -> None:  # type: ignore[no-untyped-def]
    store, _, second = conflict
    with pytest.raises(AccessRefused, match="is a packer; this needs a supervisor"):
        with one_action(store.engine, immediate=True) as uow:
            decide(uow, second, "hold", user="Pat Packer", pin="1111", reason="x")
    with pytest.raises(AccessRefused, match="wrong PIN"):
        with one_action(store.engine, immediate=True) as uow:
            decide(uow, second, "hold", user="Sam Super", pin="0000", reason="x")
    with pytest.raises(UserError, match="needs a reason"):
        with one_action(store.engine, immediate=True) as uow:
            decide(uow, second, "hold", user="Sam Super", pin="2468", reason=" ")


def test_deferring_one_parcel_clears_the_conflict(conflict) -> None:  # type: ignore[no-untyped-def]
    store, first, second = conflict
    with one_action(store.engine) as work:
        assert parcel_view(work, first).needs_decision  # the name variant, on both
    with one_action(store.engine) as work:
        assert parcel_view(work, second).route == "T11"
    decided = sam(store, second, "defer", crossing=NEXT_DAY)
    assert decided.by == "Sam Super"
    with one_action(store.engine) as work:
        moved, stayed = parcel_view(work, second), parcel_view(work, first)
    assert (moved.us_day, moved.route, moved.needs_decision) == (
        "2024-06-11",
        "S321_MANIFEST",
        False,
    )
    assert (stayed.route, stayed.needs_decision, stayed.codes) == ("S321_MANIFEST", False, [])
    with UnitOfWork(store.engine) as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "decision.defer")
        ).one()
    assert entry.reason == "checked with the customer" and entry.entity_id == second
    with pytest.raises(UserError, match="is not after the parcel's crossing day"):
        sam(store, first, "defer", crossing=CROSSING)


def test_consolidating_two_parcels_yields_one_worth_the_sum(conflict) -> None:  # type: ignore[no-untyped-def]
    store, first, second = conflict
    sam(store, second, "consolidate", into=first)
    with one_action(store.engine) as uow:
        merged, gone = parcel_view(uow, first), parcel_view(uow, second)
    assert gone.status == "voided"
    assert Decimal(merged.consignment_value_usd or "0") == Decimal("499.00") + Decimal("450.00")
    assert merged.route == "T11"  # $949 is over the de minimis limit: a decision remains
    assert "RECIPIENT_NAME_VARIANT" not in {c["code"] for c in merged.codes}
    sam(store, first, "accept-route")
    with one_action(store.engine) as uow:
        assert not parcel_view(uow, first).needs_decision


def test_acknowledge_hold_release_void(conflict) -> None:  # type: ignore[no-untyped-def]
    store, first, second = conflict
    sam(store, first, "acknowledge")
    with one_action(store.engine) as uow:
        assert not parcel_view(uow, first).needs_decision
    sam(store, first, "hold")
    with one_action(store.engine) as uow:
        held = parcel_view(uow, first)
    assert (held.status, held.needs_decision) == ("held", True)
    sam(store, first, "release")
    with one_action(store.engine) as uow:
        assert parcel_view(uow, first).status == "closed"
    sam(store, second, "void")
    with one_action(store.engine) as uow:
        assert parcel_view(uow, second).status == "voided"
    with one_action(store.engine) as uow:
        assert parcel_view(uow, first).codes == []  # the conflict went with it
    with pytest.raises(UserError, match="voided"):
        sam(store, second, "hold")


def test_the_decide_command(
    conflict,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import json
    import shlex

    from s321_desk.cli import main

    store, first, second = conflict
    db = store_args(store)
    monkeypatch.setenv("S321_PIN", "2468")
    assert (
        main(
            [
                *db,
                "decide",
                second,
                "defer",
                "--user",
                "Sam Super",
                "--reason",
                "customer asked",
                "--crossing",
                NEXT_DAY.isoformat(),
                "--json",
            ]
        )
        == 0
    )
    shown = json.loads(capsys.readouterr().out)
    assert (shown["decided_by"], shown["us_day"], shown["reevaluated"]) == (
        "Sam Super",
        "2024-06-11",
        [first],
    )
    assert (
        main([*db, "decide", first, "hold", "--user", "Sam Super", "--reason", "check the box"])
        == 0
    )
    said = capsys.readouterr().out  # the box needs its tag, and the command to print it
    assert f"{first}: hold by Sam Super; now held" in said
    tag = shlex.split(said.split("tag the box: ")[1])
    assert tag[:4] == ["s321-desk", "print", "hold-tag", first] and tag[-1] == "FILE"
    assert main([*db, *tag[1:-1], str(tmp_path / "tag.pdf")]) == 0  # as said, it prints
    assert (tmp_path / "tag.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    monkeypatch.setenv("S321_PIN", "1")
    assert main([*db, "decide", first, "void", "--user", "Sam Super", "--reason", "x"]) == 1
    assert capsys.readouterr().err == "s321-desk: Sam Super: wrong PIN\n"


def test_splitting_a_wrong_merge_makes_two_people(conflict) -> None:  # type: ignore[no-untyped-def]
    store, first, second = conflict
    with one_action(store.engine) as uow:
        assert parcel_view(uow, second).route == "T11"  # merged: $949 in a day
    sam(store, second, "split", other=first)
    for parcel in (first, second):
        with one_action(store.engine) as uow:
            view = parcel_view(uow, parcel)
        codes = {c["code"] for c in view.codes}
        assert view.route == "S321_MANIFEST"
        assert codes == {"SAME_ADDRESS_DIFFERENT_RECIPIENT"}  # still worth a look, not merged
    with pytest.raises(UserError, match="name the other parcel"):
        sam(store, second, "split")


def test_what_a_parcel_conflicts_with(conflict, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    import json

    from s321_desk.cli import main

    store, first, second = conflict
    assert main([*store_args(store), "parcels", "show", second, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    (related,) = shown["related"]
    assert (related["parcel_id"], related["recipient"], related["relation"]) == (
        first,
        "John A. Smith",
        "same person, name variant",
    )
    assert related["station"] and related["closed_at"] and not related["same_truck"]


def test_two_units_of_one_building_are_neither_consolidated_nor_split(stocked: Store) -> None:  # noqa: F811
    """Apt 1A and Apt 9Z share a house number (the store's key) but are two delivery points."""
    with UnitOfWork(stocked.engine) as uow:
        for name, unit in (("#1001", "Apt 1A"), ("#1002", "Apt 9Z")):
            order = uow.session.scalars(select(Order).where(Order.name == name)).one()
            order.address2 = unit
            uow.session.add(order)
        uow.commit()
    store, first, second = closed_pair(stocked)
    with one_action(store.engine) as work:
        assert parcel_view(work, second).route == "S321_MANIFEST"  # two people, no conflict
    with pytest.raises(UserError, match="are not for one address"):
        sam(store, second, "consolidate", into=first)
    with pytest.raises(UserError, match="are not at one address"):
        sam(store, second, "split", other=first)
