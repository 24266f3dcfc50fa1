"""One user action, one transaction, in the admin room: the caller opens the action's unit of work and
the services join it (counted as the BEGINs the real engine sends, on both backends)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

import pytest
from sqlmodel import select

from s321_desk.cli import main
from s321_desk.services.admin.first_run import checklist
from s321_desk.services.admin.rules_and_rates import pin_rules, set_fx_rate
from s321_desk.services.admin.settings import all_settings
from s321_desk.services.admin.users import sign_in
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, User
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import store_args
from tests.one_action import begins, command, opening
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


# -- the administrator's PIN actions on the command line: the PIN's check and the change are one
# transaction (they were two or three); a wrong PIN stays counted when the command is refused.

ADMIN = ("--user", "Ada Admin")


def _failures(store: Store, name: str) -> int:
    with UnitOfWork(store.engine) as uow:
        user = uow.session.scalars(select(User).where(User.name == name)).one()
        return user.failed_pin_attempts


def test_admin_pin_commands_are_one_transaction_each(
    demo: Store,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = opening(demo)
    company = '{"name": "Maple Border Inc.", "lines": ["6400 Millcreek Dr"]}'
    # settings set: the sign-in, the change and the settings shown (three before)
    assert command(demo, "settings", "set", "company", company, *ADMIN, pin="9999") - before == 1
    with one_action(demo.engine) as uow:
        assert all_settings(uow)["company"]["name"] == "Maple Border Inc."
    # fx set, rules pin and unpin: the sign-in and the write (two each before)
    fx = ("fx", "set", "CAD", "0.7312", "--from", "2026-11-01", "--source", "CBP")
    assert command(demo, *fx, *ADMIN, pin="9999") - before == 1
    pinned = ("rules", "pin", "2026-11-20T12:00:00+00:00", "--reason", "court order")
    assert command(demo, *pinned, *ADMIN, pin="9999") - before == 1
    unpinned = ("rules", "unpin", "--reason", "lifted")
    assert command(demo, *unpinned, *ADMIN, pin="9999") - before == 1
    # user add: the administrator's check and the new user (two before)
    monkeypatch.setenv("S321_NEW_PIN", "4321")
    added = ("user", "add", "Lee Packer", "--role", "packer")
    assert command(demo, *added, *ADMIN, pin="9999") - before == 1
    # pin-key reset: the new key's PIN and every other PIN cleared, the count shown (two)
    monkeypatch.setenv("S321_NEW_PIN", "13579")
    assert command(demo, "pin-key", "reset", *ADMIN) - before == 1
    with one_action(demo.engine, immediate=True) as uow:
        assert sign_in(uow, "Ada Admin", "13579").role == "admin"


def test_a_wrong_pin_stays_counted_when_the_command_is_refused(demo: Store) -> None:  # noqa: F811
    """The PIN's check is in the command's transaction: refused, its count of wrong PINs is
    committed all the same; right, but the change refused, the change alone is undone."""
    args = [*store_args(demo), "settings", "set", "time_zone", "America/Toronto", *ADMIN]
    os.environ["S321_PIN"] = "0000"
    try:
        with begins() as count:
            assert main(args) != 0
    finally:
        os.environ.pop("S321_PIN", None)
    assert count[0] - opening(demo) == 1 and _failures(demo, "Ada Admin") == 1
    bad = [*store_args(demo), "settings", "set", "time_zone", "Mars/Olympus", *ADMIN]
    os.environ["S321_PIN"] = "9999"
    try:
        assert main(bad) != 0
    finally:
        os.environ.pop("S321_PIN", None)
    assert _failures(demo, "Ada Admin") == 0  # the right PIN's sign-in kept, its count reset
    with one_action(demo.engine) as uow:
        assert all_settings(uow)["time_zone"] != "Mars/Olympus"
        logins = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "login"))
        assert len(logins.all()) >= 1
