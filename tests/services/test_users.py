"""Users: roles, scrypt PINs, wrong attempts counted and locked out, all audited."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from s321_desk.cli import main
from s321_desk.domain.pins import check_pin, hash_pin, wait_after
from s321_desk.services.errors import UserError
from s321_desk.services.users import AccessRefused, add_user, authorize, sign_in
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, User, utcnow
from s321_desk.store.uow import UnitOfWork


def test_pins_are_salted_slow_hashes() -> None:
    one, two = hash_pin("4821"), hash_pin("4821")
    assert one != two and one.startswith("scrypt$16384$8$1$") and "4821" not in one
    assert check_pin("4821", one) and check_pin("4821", two)
    assert not check_pin("4822", one) and not check_pin("4821", "md5$x")


def test_the_wait_grows_after_three_wrong_pins() -> None:
    assert [wait_after(n).total_seconds() for n in range(7)] == [0, 0, 0, 5, 10, 20, 40]
    assert wait_after(30) == timedelta(minutes=15)


def test_the_first_user_is_an_admin_who_adds_the_others(store: Store) -> None:
    with pytest.raises(UserError, match="first user of a store must be an admin"):
        add_user(store.engine, "Pat Packer", "packer", "1111")
    admin = add_user(store.engine, "Ada Admin", "admin", "9999")
    with pytest.raises(AccessRefused, match="needs an administrator"):
        add_user(store.engine, "Pat Packer", "packer", "1111")
    supervisor = add_user(store.engine, "Sam Super", "supervisor", "2468", badge="B-77", by=admin)
    with pytest.raises(AccessRefused, match="needs an administrator"):
        add_user(store.engine, "Pat Packer", "packer", "1111", by=supervisor)
    with pytest.raises(UserError, match="already a user"):
        add_user(store.engine, "Sam Super", "packer", "1111", by=admin)
    with pytest.raises(UserError, match="PIN: 4 to 8 digits"):
        add_user(store.engine, "Pat Packer", "packer", "12a4", by=admin)
    assert sign_in(store.engine, "B-77", "2468").name == "Sam Super"  # by badge
    assert authorize(store.engine, "Sam Super", "2468", "supervisor").role == "supervisor"
    with pytest.raises(AccessRefused, match="is a supervisor; this needs a admin"):
        authorize(store.engine, "Sam Super", "2468", "admin")


def test_wrong_pins_are_counted_locked_and_audited(store: Store) -> None:
    add_user(store.engine, "Ada Admin", "admin", "9999")
    now = utcnow()
    for _ in range(3):
        with pytest.raises(AccessRefused, match="wrong PIN"):
            sign_in(store.engine, "Ada Admin", "0000", now=now)
    with pytest.raises(AccessRefused, match="too many wrong PINs; try again in 5 s"):
        sign_in(store.engine, "Ada Admin", "9999", now=now)  # even the right PIN waits
    assert (
        sign_in(store.engine, "Ada Admin", "9999", now=now + timedelta(seconds=6)).role == "admin"
    )
    with UnitOfWork(store.engine) as uow:
        user = uow.session.scalars(select(User)).one()
        actions = [a.action for a in uow.session.scalars(select(AuditEntry))]
    assert (user.failed_pin_attempts, user.locked_until) == (0, None)  # a good PIN resets
    assert actions == ["user.add", "login.refused", "login.refused", "login.refused", "login"]
    with pytest.raises(AccessRefused, match="no such user"):
        sign_in(store.engine, "Nobody", "1234")


def test_the_user_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main(["--db", db, "user", "add", "Ada Admin", "--role", "admin", "--pin", "9999"]) == 0
    assert main(["--db", db, "user", "add", "Sam", "--role", "supervisor", "--pin", "2468",
                 "--admin", "Ada Admin", "--admin-pin", "1111"]) == 1  # fmt: skip
    assert "Ada Admin: wrong PIN" in capsys.readouterr().err
    assert main(["--db", db, "user", "add", "Sam", "--role", "supervisor", "--pin", "2468",
                 "--admin", "Ada Admin", "--admin-pin", "9999"]) == 0  # fmt: skip
    assert "Sam added as supervisor" in capsys.readouterr().out
