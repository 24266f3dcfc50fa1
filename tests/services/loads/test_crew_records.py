"""Drivers, trucks and trailers as records: created once, checked, picked for a trip, audited;
a driver's personal data shown only to drivers, supervisors and administrators, and every
showing on the record. On both backends, and on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import col, select

from s321_desk.cli import main
from s321_desk.services.admin.users import AccessRefused, Person, add_user, sign_in
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.crew_records import (
    MASK,
    add_driver,
    add_truck,
    change_driver,
    list_drivers,
    list_trucks,
    set_active,
    show_driver,
)
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import act_as, store_args
from tests.crew_records import DEE, TRUCK, add_crew

People = dict[str, Person]


@pytest.fixture
def people(store: Store) -> People:
    with one_action(store.engine, immediate=True) as uow:
        admin = add_user(uow, "Ada Admin", "admin", "9999")
    with one_action(store.engine, immediate=True) as uow:
        by = sign_in(uow, "Ada Admin", "9999")
    found = {"admin": admin}
    for name, role, pin in (
        ("Sam Super", "supervisor", "2468"),
        ("Dee Driver", "driver", "7777"),
        ("Pat Packer", "packer", "1111"),
    ):
        with one_action(store.engine, immediate=True) as uow:
            found[role] = add_user(uow, name, role, pin, by=by)
    add_crew(store.engine)
    return found


def audit_of(store: Store, action: str) -> list[AuditEntry]:
    with UnitOfWork(store.engine) as uow:
        query = select(AuditEntry).where(AuditEntry.action == action)
        return list(uow.session.scalars(query.order_by(col(AuditEntry.id))))


def test_a_packer_never_reads_a_drivers_birth_date_or_document(
    store: Store, people: People
) -> None:
    for nobody in (people["packer"], None):
        with one_action(store.engine, immediate=True) as uow:
            seen = show_driver(uow, "D-20", by=nobody)
        assert not seen.personal_shown
        assert (seen.birth_date, seen.document_number, seen.fast_card) == (None, None, None)
        assert seen.as_dict()["birth_date"] == MASK and seen.name == "Dee Driver"
        with one_action(store.engine, immediate=True) as uow:
            listed = list_drivers(uow, by=nobody)
        assert {d.birth_date for d in listed} == {None}
    assert audit_of(store, "driver.viewed") == []  # nothing shown, nothing to record
    for role in ("driver", "supervisor", "admin"):
        with one_action(store.engine, immediate=True) as uow:
            seen = show_driver(uow, "d-20", by=people[role])
        assert (seen.birth_date, seen.document_number) == ("1984-03-12", "AB123456")
    viewed = audit_of(store, "driver.viewed")
    assert [(a.entity_id, a.user_id) for a in viewed] == [
        ("D-20", people[r].id) for r in ("driver", "supervisor", "admin")
    ]
    assert "1984" not in "".join(a.details for a in viewed)  # the trail does not spread it


def test_a_change_is_audited_by_field_never_by_value(store: Store, people: People) -> None:
    with one_action(store.engine, immediate=True) as uow:
        change_driver(
            uow,
            "D-20",
            {"document_number": "ZX987654", "fast_card": ""},
            by=people["supervisor"],
        )
    change = audit_of(store, "driver.change")[-1]
    assert change.user_id == people["supervisor"].id
    assert json.loads(change.details) == {"fields": ["document_number", "fast_card"]}
    assert "ZX987654" not in change.details
    with one_action(store.engine, immediate=True) as uow:
        seen = show_driver(uow, "D-20", by=people["driver"])
    assert (seen.document_number, seen.fast_card) == ("ZX987654", None)
    with pytest.raises(AccessRefused, match="needs a driver or a supervisor; Pat Packer is a"):
        with one_action(store.engine, immediate=True) as uow:
            change_driver(uow, "D-20", {"last_name": "X"}, by=people["packer"])
    with pytest.raises(AccessRefused, match="sign in first"):
        with one_action(store.engine, immediate=True) as uow:
            add_truck(uow, "T-99", TRUCK[1], by=None)


def test_every_field_is_checked_and_every_problem_said_at_once(
    store: Store, people: People
) -> None:
    with pytest.raises(UserError) as refused:
        with one_action(store.engine, immediate=True) as uow:
            add_driver(
                uow,
                "D-30",
                {
                    "first_name": "X" * 31,
                    "gender": "Q",
                    "birth_date": "1984-13-01",
                    "citizenship": "ZZ",
                    "document_type": "ACW",
                    "document_number": "A1",
                },
                by=people["driver"],
            )
    said = str(refused.value)
    for field in (
        "first_name",
        "last_name",
        "gender",
        "birth_date",
        "citizenship",
        "document_country",
    ):
        assert field in said, field
    with pytest.raises(UserError, match="already in the records"):
        with one_action(store.engine, immediate=True) as uow:
            add_driver(uow, "d-20", DEE[1], by=people["driver"])
    with pytest.raises(UserError, match="check digit"):
        with one_action(store.engine, immediate=True) as uow:
            add_truck(uow, "T-13", {**TRUCK[1], "vin": "3AKJHHDR9LSLA4821"}, by=people["driver"])
    with pytest.raises(UserError, match="names the state or province"):
        with one_action(store.engine, immediate=True) as uow:
            add_driver(uow, "D-31", {**DEE[1], "document_type": "5K"}, by=people["driver"])


def test_a_retired_record_is_kept_and_cannot_be_picked(store: Store, people: People) -> None:
    from s321_desk.services.loads.trips import create_load
    from tests.crew_records import CREW
    from tests.services.papers.test_printing import ARRIVAL

    with one_action(store.engine, immediate=True) as uow:
        set_active(uow, "truck", "T-12", False, by=people["supervisor"])
    with one_action(store.engine) as uow:
        assert [t.unit for t in list_trucks(uow)] == []
    with one_action(store.engine) as uow:
        assert [t.unit for t in list_trucks(uow, active_only=False)] == ["T-12"]
    act_as(store, people["driver"])
    with pytest.raises(UserError, match="T-12: retired from the records"):
        with one_action(store.engine, immediate=True) as uow:
            create_load(uow, scac="ABCD", port_code="0901", arrival=ARRIVAL, crew=CREW)
    assert [a.action for a in audit_of(store, "truck.retire")] == ["truck.retire"]


def test_the_command_line_shows_personal_data_only_to_whom_may_see_it(
    store: Store,
    people: People,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = store_args(store)
    assert main(["driver", "show", "D-20", "--json", *args]) == 0
    anyone = json.loads(capsys.readouterr().out)
    assert anyone["birth_date"] == MASK and anyone["document_number"] == MASK
    monkeypatch.setenv("S321_PIN", "1111")  # the PIN as a script gives it, never an argument
    assert main(["driver", "show", "D-20", "--json", "--user", "Pat Packer", *args]) == 0
    packer, said = capsys.readouterr()
    assert "1984-03-12" not in packer and "AB123456" not in packer
    assert "shown only to a driver, a supervisor or an administrator" in said  # why, on stderr
    assert "Pat Packer may not see it" in said and "give --user" not in said
    assert main(["driver", "list", "--json", "--user", "Pat Packer", *args]) == 0
    packer = capsys.readouterr().out
    assert "1984-03-12" not in packer and "AB123456" not in packer
    assert (
        main(
            [
                "driver",
                "add",
                "D-40",
                "--first-name",
                "Rita",
                "--last-name",
                "Roy",
                "--gender",
                "F",
                "--birth-date",
                "1990-01-02",
                "--citizenship",
                "US",
                "--document-type",
                "AEF",
                "--document-number",
                "C1234567",
                "--document-country",
                "US",
                "--user",
                "Pat Packer",
                *args,
            ]
        )
        == 1
    )
    assert "needs a driver or a supervisor" in capsys.readouterr().err
    monkeypatch.setenv("S321_PIN", "2468")
    assert main(["driver", "list", "--user", "Sam Super", *args]) == 0
    listed = capsys.readouterr().out
    assert "birth_date=1984-03-12" in listed and "document_number=AB123456" in listed
    assert capsys.readouterr().err == ""  # nothing hidden, nothing said
    seen = audit_of(store, "driver.viewed")  # who saw it: the audit names the supervisor
    assert [(a.entity_id, a.user_id) for a in seen[-2:]] == [
        ("D-20", people["supervisor"].id),
        ("D-21", people["supervisor"].id),
    ]
    monkeypatch.setenv("S321_PIN", "7777")
    assert (
        main(
            [
                "truck",
                "add",
                "T-20",
                "--vin",
                "3AKJHHDR2LSLA4821",
                "--plate",
                "AB 123",
                "--plate-state",
                "QC",
                "--user",
                "Dee Driver",
                *args,
            ]
        )
        == 0
    )
    assert "T-20  TR  VIN 3AKJHHDR2LSLA4821  QC AB123" in capsys.readouterr().out
    assert main(["trailer", "list", "--json", *args]) == 0
    assert [t["number"] for t in json.loads(capsys.readouterr().out)] == ["TR-9"]


def test_the_command_line_crew_and_load_list(
    store: Store,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = store_args(store)
    monkeypatch.setenv("S321_PIN", "7777")
    signed = ["--user", "Dee Driver", *args]
    assert (
        main(
            [
                "load",
                "create",
                "--scac",
                "ABCD",
                "--port",
                "3004",
                "--arrival",
                "2026-11-17T11:00-08:00",
                "--driver",
                "D-20",
                "--truck",
                "T-12",
                "--json",
                *signed,
            ]
        )
        == 0
    )
    created = json.loads(capsys.readouterr().out)
    assert created["crew"] == {
        "driver": "D-20",
        "co_driver": None,
        "truck": "T-12",
        "trailer": None,
    }
    assert created["driver"] == "Dee Driver" and created["tractor_plate"] == "ON PR4512"
    trip = created["trip_number"]
    assert (
        main(
            [
                "load",
                "crew",
                trip,
                "--driver",
                "D-20",
                "--co-driver",
                "D-21",
                "--truck",
                "T-12",
                "--trailer",
                "TR-9",
                "--json",
                *signed,
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["driver"] == "Dee Driver / Luc Gagnon"
    assert main(["load", "list", "--day", "2026-11-17", "--json", *args]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(t["trip"], t["status"]) for t in listed] == [(trip, "open")]
    assert main(["load", "list", "--status", "sealed", "--search", trip[-4:], *args]) == 0
    assert capsys.readouterr().out == ""
