"""Every decision is on the record: each action of the decision service (the packing station's
hold, void and reprint among them), each parcel closed, load made, sealed and reopened, setting,
user and rules change and paper printed writes its audit line, and the chain still verifies."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import col, select

from s321_desk.services.admin.rules_and_rates import pin_rules
from s321_desk.services.admin.settings import change_setting
from s321_desk.services.admin.users import (
    add_user,
    change_pin,
    set_active,
    set_role,
    sign_in,
    sign_out,
)
from s321_desk.services.kernel import audit
from s321_desk.services.loads.trips import (
    add_parcels,
    close_load,
    remove_parcels,
    reopen_load,
)
from s321_desk.services.papers.to_file import (
    print_driver_pack,
    print_invoice,
    print_label,
    print_lead_sheet,
    print_manifest,
)
from s321_desk.services.supervision.decisions import ACTIONS
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, User
from s321_desk.store.uow import UnitOfWork, one_action
from tests.crew_records import give_prior_notices
from tests.services.packing.test_packing import stocked  # noqa: F401  (fixture)
from tests.services.papers.test_printing import loaded, packed, supervisor  # noqa: F401  (fixtures)
from tests.services.supervision.test_decisions import NEXT_DAY, conflict, sam  # noqa: F401  (fixture)


def trail(store: Store) -> list[AuditEntry]:
    with UnitOfWork(store.engine) as uow:
        return list(uow.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id))))


def added(store: Store, before: list[AuditEntry]) -> Counter[str]:
    return Counter(entry.action for entry in trail(store)[len(before) :])


@pytest.mark.parametrize("action", ACTIONS)
def test_each_decision_writes_its_audit_line(conflict, action: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    store, first, second = conflict
    extra = {
        "defer": {"crossing": NEXT_DAY},
        "consolidate": {"into": first},
        "split": {"other": first},
    }.get(action, {})
    before = trail(store)

    sam(store, second, action, **extra)

    line = [e for e in trail(store)[len(before) :] if e.action.startswith("decision.")]
    assert [(e.action, e.entity_id, e.reason) for e in line] == [
        (f"decision.{action}", second, "checked with the customer")
    ]
    with UnitOfWork(store.engine) as uow:
        sam_id = uow.session.scalars(select(User.id).where(User.name == "Sam Super")).one()
    assert line[0].user_id == sam_id
    with one_action(store.engine) as work:
        assert audit.verify(work).intact


def test_each_close_load_change_and_paper_writes_its_audit_line(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    store, codes, trip = loaded
    assert Counter(e.action for e in trail(store))["parcel.close"] == len(codes)
    assert "load.create" in {e.action for e in trail(store)}
    before = trail(store)

    with one_action(store.engine, immediate=True) as uow:
        remove_parcels(uow, trip, codes[-1:])
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, trip, codes[-1:])
    with one_action(store.engine, immediate=True) as uow:
        print_label(uow, codes[0], tmp_path / "label.pdf")
    with one_action(store.engine, immediate=True) as uow:
        print_invoice(uow, codes[0], tmp_path / "invoice.pdf")
    with one_action(store.engine, immediate=True) as uow:
        print_manifest(uow, trip, tmp_path / "manifest.pdf")
    with one_action(store.engine, immediate=True) as uow:
        print_lead_sheet(uow, trip, tmp_path / "lead.pdf")
    give_prior_notices(store.engine, trip)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal="SEAL-1", user="Dee Driver", pin="7777")
    print_driver_pack(store.engine, trip, tmp_path / "pack.pdf")
    with one_action(store.engine, immediate=True) as uow:
        reopen_load(uow, trip, reason="a seal broken at the dock", user="Sam Super", pin="2468")

    assert {
        action: n for action, n in added(store, before).items() if not action.startswith("login")
    } == {
        "load.remove": 1,
        "load.add": 1,
        "print.label": 1,
        "print.invoice": 1,
        "print.manifest": 1,
        "print.lead-sheet": 1,
        "load.close": 1,
        "print.driver-pack": 1,
        "load.reopen": 1,
    }
    with one_action(store.engine) as uow:
        assert audit.verify(uow).intact


def test_each_setting_user_and_rules_change_writes_its_audit_line(stocked: Store) -> None:  # noqa: F811
    supervisor(stocked)
    with one_action(stocked.engine, immediate=True) as uow:
        admin = sign_in(uow, "Ada Admin", "9999")
    before = trail(stocked)

    with one_action(stocked.engine, immediate=True) as uow:
        change_setting(uow, "place_of_shipment", "Mississauga, ON, Canada")
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Pat Packer", "packer", "1111", by=admin)
    with one_action(stocked.engine, immediate=True) as uow:
        change_pin(uow, "Sam Super", "1357", by=admin)
    with one_action(stocked.engine, immediate=True) as uow:
        set_role(uow, "Dee Driver", "supervisor", by=admin)
    with one_action(stocked.engine, immediate=True) as uow:
        set_active(uow, "Dee Driver", False, by=admin)
    with one_action(stocked.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
    with one_action(stocked.engine, immediate=True) as uow:
        sign_out(uow, admin)

    assert added(stocked, before) == {
        "setting.change": 1,
        "user.add": 1,
        "user.pin": 1,
        "user.role": 1,
        "user.active": 1,
        "rules.pin": 1,
        "logout": 1,
    }
    with one_action(stocked.engine) as uow:
        assert audit.verify(uow).intact
