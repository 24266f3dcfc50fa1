"""Settings changed by an administrator: several at once, all or none, each checked and audited."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from s321_desk.cli import main
from s321_desk.services.admin.settings import all_settings, change_settings, check_shape
from s321_desk.services.admin.users import AccessRefused, Person, add_user, set_active
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import store_args

COMPANY = {"name": "Maple Border Fulfillment Inc.", "lines": ["6400 Millcreek Dr", "CANADA"]}


def _changes(store: Store) -> list[tuple[str | None, int | None, dict[str, Any]]]:
    with UnitOfWork(store.engine) as uow:
        entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "setting.change")
        ).all()
        return [(a.entity_id, a.user_id, json.loads(a.details)) for a in entries]


@pytest.fixture
def admin(store: Store) -> Person:
    with one_action(store.engine, immediate=True) as uow:
        return add_user(uow, "Ada Admin", "admin", "9999")


def test_several_settings_in_one_change_each_audited(store: Store, admin: Person) -> None:
    with one_action(store.engine, immediate=True) as uow:
        changed = change_settings(
            uow,
            {"company": COMPANY, "cutoff_time": "14:30", "port": "0901", "carriers": {"ABCD": "A"}},
            by=admin,
            station="PACK-1",
        )
    assert changed == ["company", "cutoff_time", "carriers"]  # the port was already 0901
    with one_action(store.engine) as uow:
        values = all_settings(uow)
    assert (values["company"], values["cutoff_time"]) == (COMPANY, "14:30")
    assert _changes(store) == [
        ("company", admin.id, {"before": None, "after": COMPANY}),
        ("cutoff_time", admin.id, {"before": "15:00", "after": "14:30"}),
        ("carriers", admin.id, {"before": {}, "after": {"ABCD": "A"}}),
    ]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("arrival_time", "25:00", "setting arrival_time: '25:00' is not a time of day"),
        ("cutoff_time", "3pm", "setting cutoff_time: '3pm' is not a time of day"),
        ("port", "9999", "setting port: '9999' is not a port"),
        ("time_zone", "Mars/Base", "setting time_zone: 'Mars/Base' is not a time zone"),
        ("default_currency", "CDN", "setting default_currency: unknown currency 'CDN'"),
        ("default_currency", "cad", "setting default_currency: write it CAD"),
        ("parcel_prefix", "PARCEL", "setting parcel_prefix: 'PARCEL' is not 1 to 5"),
        ("parcel_prefix", "1P", "setting parcel_prefix: '1P' is not 1 to 5"),
        ("carriers", {"AB1": "x"}, "setting carriers: SCAC 'AB1' is 2 to 4 capital letters"),
        ("company", {"name": "X", "lines": []}, "setting company: lines must be a list"),
        ("stations", {"P1": {"label_printer": {"kind": "fax"}}}, "'P1'.label_printer.kind"),
    ],
)
def test_a_bad_value_is_named_and_nothing_is_saved(
    store: Store, admin: Person, key: str, value: object, message: str
) -> None:
    with pytest.raises(UserError, match=message.replace("(", r"\(").replace(".", r"\.")):
        with one_action(store.engine, immediate=True) as uow:
            change_settings(uow, {"company": COMPANY, key: value}, by=admin)
    with one_action(store.engine) as uow:
        assert all_settings(uow)["company"] is None  # the good one was not saved either
    assert _changes(store) == []


def test_good_truck_values_pass() -> None:
    for key, value in (
        ("arrival_time", "00:00"),
        ("cutoff_time", "23:59"),
        ("port", "3004"),
        ("time_zone", "America/Vancouver"),
        ("default_currency", "USD"),
        ("parcel_prefix", "PK2"),
    ):
        check_shape(key, value)


def test_only_an_active_admin_changes_settings(store: Store, admin: Person) -> None:
    with one_action(store.engine, immediate=True) as uow:
        sam = add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    with pytest.raises(AccessRefused, match="changing settings needs an administrator"):
        with one_action(store.engine, immediate=True) as uow:
            change_settings(uow, {"company": COMPANY}, by=sam)
    with pytest.raises(UserError, match="no such setting"):
        with one_action(store.engine, immediate=True) as uow:
            change_settings(uow, {"colour": "red"}, by=admin)
    with one_action(store.engine, immediate=True) as uow:
        other = add_user(uow, "Olga Other", "admin", "1357", by=admin)
    with one_action(store.engine, immediate=True) as uow:
        set_active(uow, "Ada Admin", False, by=other)
    with pytest.raises(AccessRefused, match="no longer an active user"):
        with one_action(store.engine, immediate=True) as uow:
            change_settings(uow, {"company": COMPANY}, by=admin)
    with one_action(store.engine) as uow:
        assert all_settings(uow)["company"] is None


def test_the_command_line_refuses_a_bad_time(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*store_args(store), "settings", "set", "arrival_time", "25:00"]) == 1
    assert "arrival_time: '25:00' is not a time of day" in capsys.readouterr().err
