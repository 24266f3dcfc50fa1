"""Users: roles, scrypt PINs, wrong attempts counted and locked out, all audited."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from s321_desk.cli import main
from s321_desk.domain.pins import KeyMissing, check_pin, hash_pin, key_id, wait_after
from s321_desk.services.admin.users import (
    AccessRefused,
    add_user,
    authorize,
    change_pin,
    list_users,
    set_active,
    set_role,
    sign_in,
    sign_out,
)
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, User, utcnow
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import first_admin


def test_pins_are_salted_slow_keyed_hashes() -> None:
    key, other = bytes(range(32)), bytes(32)
    keys = {key_id(key): key, key_id(other): other}
    one, two = hash_pin("4821", key), hash_pin("4821", key)
    assert one != two and one.startswith(f"s321k1${key_id(key)}$16384$8$1$") and "4821" not in one
    assert check_pin("4821", one, keys) and check_pin("4821", two, keys)
    assert not check_pin("4822", one, keys) and not check_pin("4821", "md5$x", keys)
    assert not check_pin("4821", hash_pin("4821", other).replace(key_id(other), key_id(key)), keys)
    with pytest.raises(KeyMissing):
        check_pin("4821", one, {})


def test_the_wait_grows_after_three_wrong_pins() -> None:
    assert [wait_after(n).total_seconds() for n in range(7)] == [0, 0, 0, 5, 10, 20, 40]
    assert wait_after(30) == timedelta(minutes=15)


def test_the_first_user_is_an_admin_who_adds_the_others(store: Store) -> None:
    with pytest.raises(UserError, match="first user of a store must be an admin"):
        with one_action(store.engine, immediate=True) as uow:
            add_user(uow, "Pat Packer", "packer", "1111")
    admin = first_admin(store)
    with pytest.raises(AccessRefused, match="needs an administrator"):
        with one_action(store.engine, immediate=True) as uow:
            add_user(uow, "Pat Packer", "packer", "1111")
    with one_action(store.engine, immediate=True) as uow:
        supervisor = add_user(uow, "Sam Super", "supervisor", "2468", badge="B-77", by=admin)
    with pytest.raises(AccessRefused, match="needs an administrator"):
        with one_action(store.engine, immediate=True) as uow:
            add_user(uow, "Pat Packer", "packer", "1111", by=supervisor)
    with pytest.raises(UserError, match="already a user"):
        with one_action(store.engine, immediate=True) as uow:
            add_user(uow, "Sam Super", "packer", "1111", by=admin)
    with pytest.raises(UserError, match="PIN: 4 to 8 digits"):
        with one_action(store.engine, immediate=True) as uow:
            add_user(uow, "Pat Packer", "packer", "12a4", by=admin)
    with one_action(store.engine, immediate=True) as uow:
        assert sign_in(uow, "B-77", "2468").name == "Sam Super"  # by badge
    with one_action(store.engine, immediate=True) as uow:
        assert authorize(uow, "Sam Super", "2468", "supervisor").role == "supervisor"
    with pytest.raises(AccessRefused, match="is a supervisor; this needs an admin"):
        with one_action(store.engine, immediate=True) as uow:
            authorize(uow, "Sam Super", "2468", "admin")


def test_wrong_pins_are_counted_locked_and_audited(store: Store) -> None:
    with one_action(store.engine, immediate=True) as work:
        add_user(work, "Ada Admin", "admin", "9999")
    now = utcnow()
    for _ in range(3):
        with pytest.raises(AccessRefused, match="wrong PIN"):
            with one_action(store.engine, immediate=True) as work:
                sign_in(work, "Ada Admin", "0000", now=now)
    with pytest.raises(AccessRefused, match="too many wrong PINs; try again in 5 s"):
        with one_action(store.engine, immediate=True) as work:
            sign_in(work, "Ada Admin", "9999", now=now)  # even the right PIN waits
    with one_action(store.engine, immediate=True) as work:
        assert sign_in(work, "Ada Admin", "9999", now=now + timedelta(seconds=6)).role == "admin"
    with UnitOfWork(store.engine) as uow:
        user = uow.session.scalars(select(User)).one()
        actions = [a.action for a in uow.session.scalars(select(AuditEntry))]
    assert (user.failed_pin_attempts, user.locked_until) == (0, None)  # a good PIN resets
    assert actions == ["user.add", "login.refused", "login.refused", "login.refused", "login"]
    with pytest.raises(AccessRefused, match="no such user"):
        with one_action(store.engine, immediate=True) as work:
            sign_in(work, "Nobody", "1234")


def test_the_user_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No PIN on the command line: the new one from $S321_NEW_PIN (or asked twice), the
    administrator's from $S321_PIN (or asked)."""
    db = str(tmp_path / "d.sqlite3")
    monkeypatch.setenv("S321_NEW_PIN", "9999")
    assert main(["--db", db, "user", "add", "Ada Admin", "--role", "admin"]) == 0
    monkeypatch.setenv("S321_NEW_PIN", "2468")
    assert main(["--db", db, "user", "add", "Sam", "--role", "supervisor"]) == 1
    assert "adding a user needs an administrator's name and PIN" in capsys.readouterr().err
    monkeypatch.setenv("S321_PIN", "1111")
    assert (
        main(["--db", db, "user", "add", "Sam", "--role", "supervisor", "--user", "Ada Admin"]) == 1
    )
    assert "Ada Admin: wrong PIN" in capsys.readouterr().err
    monkeypatch.setenv("S321_PIN", "9999")
    assert (
        main(["--db", db, "user", "add", "Sam", "--role", "supervisor", "--user", "Ada Admin"]) == 0
    )
    assert "Sam added as supervisor" in capsys.readouterr().out
    with pytest.raises(SystemExit):  # a PIN is never an argument
        main(["--db", db, "user", "add", "Pat", "--role", "packer", "--pin", "1111"])


def _audits(store: Store) -> list[tuple[str, int | None, dict[str, object]]]:
    import json

    with UnitOfWork(store.engine) as uow:
        entries = uow.session.scalars(select(AuditEntry)).all()
        return [(a.action, a.user_id, json.loads(a.details)) for a in entries]


def test_users_are_listed_without_their_pins(store: Store) -> None:
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Pat Packer", "packer", "1111", badge="B-1", by=admin)
    with one_action(store.engine) as uow:
        rows = list_users(uow)
    assert [(r.name, r.role, r.badge, r.active) for r in rows] == [
        ("Ada Admin", "admin", None, True),
        ("Pat Packer", "packer", "B-1", True),
    ]
    assert not any("scrypt" in repr(r) for r in rows) and not hasattr(rows[0], "pin_hash")
    with one_action(store.engine, immediate=True) as uow:
        set_active(uow, "Pat Packer", False, by=admin)
    with one_action(store.engine) as uow:
        assert [r.name for r in list_users(uow, active_only=True)] == ["Ada Admin"]
    with pytest.raises(AccessRefused, match="no such user"):
        with one_action(store.engine, immediate=True) as uow:
            sign_in(uow, "B-1", "1111")  # a deactivated badge no longer signs in
    with one_action(store.engine, immediate=True) as uow:
        set_active(uow, "Pat Packer", True, by=admin)
    with one_action(store.engine, immediate=True) as uow:
        assert sign_in(uow, "B-1", "1111").name == "Pat Packer"


def test_pins_changed_by_an_admin_or_by_the_user_themself(store: Store) -> None:
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        pat = add_user(uow, "Pat Packer", "packer", "1111", by=admin)
    with one_action(store.engine, immediate=True) as uow:
        sam = add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    now = utcnow()
    for _ in range(4):
        with pytest.raises(AccessRefused):
            with one_action(store.engine, immediate=True) as uow:
                sign_in(uow, "Pat Packer", "0000", now=now)
    with one_action(store.engine, immediate=True) as uow:
        change_pin(uow, "Pat Packer", "5555", by=admin)  # lifts the lockout too
    with one_action(store.engine, immediate=True) as uow:
        assert sign_in(uow, "Pat Packer", "5555", now=now).id == pat.id
    with one_action(store.engine, immediate=True) as uow:
        me = sign_in(uow, "Pat Packer", "5555")  # the old PIN proves it is Pat
    with one_action(store.engine, immediate=True) as uow:
        change_pin(uow, pat.id, "6666", by=me)
    with one_action(store.engine, immediate=True) as uow:
        assert sign_in(uow, "Pat Packer", "6666").id == pat.id
    with pytest.raises(AccessRefused, match="only their own PIN"):
        with one_action(store.engine, immediate=True) as uow:
            change_pin(uow, "Pat Packer", "7777", by=sam)
    with pytest.raises(UserError, match="new PIN: 4 to 8 digits"):
        with one_action(store.engine, immediate=True) as uow:
            change_pin(uow, "Pat Packer", "77", by=admin)
    with pytest.raises(UserError, match="no such user"):
        with one_action(store.engine, immediate=True) as uow:
            change_pin(uow, "Nobody", "7777", by=admin)
    pins = [(user, details) for action, user, details in _audits(store) if action == "user.pin"]
    assert pins == [
        (admin.id, {"name": "Pat Packer", "by_self": False}),
        (pat.id, {"name": "Pat Packer", "by_self": True}),
    ]
    with one_action(store.engine, immediate=True) as uow:
        assert sign_in(uow, "Sam Super", "2468").role == "supervisor"


def test_roles_and_deactivation_need_an_admin_and_keep_the_last_one(store: Store) -> None:
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        sam = add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    with pytest.raises(AccessRefused, match="needs an administrator; Sam Super is a supervisor"):
        with one_action(store.engine, immediate=True) as uow:
            set_role(uow, "Sam Super", "admin", by=sam)
    with pytest.raises(AccessRefused, match="needs an administrator"):
        with one_action(store.engine, immediate=True) as uow:
            set_active(uow, "Ada Admin", False, by=sam)
    with pytest.raises(UserError, match="last active administrator and cannot be deactivated"):
        with one_action(store.engine, immediate=True) as uow:
            set_active(uow, "Ada Admin", False, by=admin)
    with pytest.raises(UserError, match="last active administrator and cannot be made a packer"):
        with one_action(store.engine, immediate=True) as uow:
            set_role(uow, "Ada Admin", "packer", by=admin)
    with pytest.raises(UserError, match="role: 'boss' is not one of"):
        with one_action(store.engine, immediate=True) as uow:
            set_role(uow, "Sam Super", "boss", by=admin)
    with one_action(store.engine, immediate=True) as uow:
        assert set_role(uow, "Sam Super", "admin", by=admin).role == "admin"
    with one_action(store.engine, immediate=True) as uow:
        assert set_active(uow, "Ada Admin", False, by=sam).active is False
    with pytest.raises(AccessRefused, match="no longer an active user"):
        with one_action(store.engine, immediate=True) as uow:
            set_role(uow, "Sam Super", "packer", by=admin)  # Ada's sign-in is stale now
    with pytest.raises(UserError, match="Sam Super is the last active administrator"):
        with one_action(store.engine, immediate=True) as uow:
            set_role(uow, "Sam Super", "packer", by=sam)
    changes = [(a, u, d) for a, u, d in _audits(store) if a in ("user.role", "user.active")]
    assert changes == [
        ("user.role", admin.id, {"name": "Sam Super", "before": "supervisor", "after": "admin"}),
        ("user.active", sam.id, {"name": "Ada Admin", "before": True, "after": False}),
    ]


def test_sign_out_is_audited(store: Store) -> None:
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        sign_out(uow, admin, station="PACK-1")
    assert _audits(store)[-1] == ("logout", admin.id, {})
