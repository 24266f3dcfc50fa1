"""One user action, one transaction, in the admin room: the caller opens the action's unit of work and
the services join it (counted as the BEGINs the real engine sends, on both backends)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from s321_desk.services.admin.first_run import checklist
from s321_desk.services.admin.rules_and_rates import pin_rules, set_fx_rate
from s321_desk.store.database import Store
from s321_desk.store.uow import UnitOfWork
from tests.services.packing.test_labels import demo  # noqa: F401  (fixture)
from tests.services.supervision.test_one_transaction import counted_begins

PIN_AT = datetime(2026, 11, 20, 12, tzinfo=UTC)


def test_admin_a_rules_pin_and_an_fx_rate_are_one_transaction_each(demo: Store) -> None:  # noqa: F811
    """The rules pinned (the write, the rejudged days and the status shown after) and a
    rate entered: one BEGIN each, in the caller's unit of work (the pin was two)."""
    with counted_begins(demo.engine) as begins:
        with UnitOfWork(demo.engine, immediate=True) as uow:
            status = pin_rules(uow, PIN_AT, "court order, see the memo")
    assert begins == [1] and status.pinned_as_of == PIN_AT
    with counted_begins(demo.engine) as begins:
        with UnitOfWork(demo.engine, immediate=True) as uow:
            entered = set_fx_rate(uow, "CAD", "0.7311", date(2026, 11, 1), "CBP")
    assert begins == [1] and entered.currency == "CAD"
    with counted_begins(demo.engine) as begins, UnitOfWork(demo.engine) as uow:
        steps = checklist(uow, "DEMO-1")
    assert begins == [1] and {step.key for step in steps} >= {"administrator", "fx_rates"}
