"""Every write names a person with the role it needs, on the command line as on the desk: the
probe's attacks (a rules pin, an FX rate, a setting, a restore, imports, backups and truck
loads with no PIN) are refused, a role too low is refused, the right one writes and the audit
line names them; the PIN comes from a prompt, standard input or $S321_PIN, never an argument;
a store without users works as before."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import col, select

from s321_desk.cli import main
from s321_desk.services.admin.users import AccessRefused, Person, add_user
from s321_desk.services.kernel.access import SignInNeeded, acting_as
from s321_desk.services.packing.pack import open_parcel
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, User
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import ROOT, act_as, first_admin, store_args, target_of, write_csv
from tests.services.papers.test_printing import CATALOG, ORDERS, pack_all

PINS = {"Ada Admin": "9999", "Sam Super": "2468", "Pat Packer": "1111", "Dee Driver": "7777"}


@pytest.fixture
def staffed(store: Store, tmp_path: Path) -> tuple[Store, list[str]]:
    """Three packed parcels and the four roles; the test's own writes as nobody."""
    codes = pack_all(store, tmp_path)  # before any user: works as before
    admin = first_admin(store)
    for name, role in (
        ("Sam Super", "supervisor"),
        ("Pat Packer", "packer"),
        ("Dee Driver", "driver"),
    ):
        with one_action(store.engine, immediate=True) as uow:
            add_user(uow, name, role, PINS[name], by=admin)
    act_as(store, None)
    return store, codes


def trail(store: Store) -> list[AuditEntry]:
    """The audit lines of the events (a change's verdicts.recorded line, which carries the
    hashes of the verdicts it stored after its own line, left aside: its user is the same)."""
    with UnitOfWork(store.engine) as uow:
        lines = uow.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id)))
        return [line for line in lines if line.action != "verdicts.recorded"]


def user_id(store: Store, name: str) -> int:
    with UnitOfWork(store.engine) as uow:
        return uow.session.scalars(select(User.id).where(User.name == name)).one()


def commands(tmp_path: Path, codes: list[str]) -> list[tuple[list[str], str, str, str]]:
    """(words, the audit action it writes, a role too low, the least role that may)."""
    catalog = write_csv(tmp_path / "cat2.csv", CATALOG.replace("18.00", "19.00"))
    orders = write_csv(tmp_path / "o2.csv", ORDERS.replace("#20", "#30"))
    return [
        (
            ["rules", "pin", "2025-01-01T00:00:00+00:00", "--reason", "de minimis back on"],
            "rules.pin",
            "Pat Packer",
            "Sam Super",
        ),
        (["rules", "unpin", "--reason", "back"], "rules.unpin", "Dee Driver", "Sam Super"),
        (
            ["fx", "set", "CAD", "0.0001", "--from", "2026-11-01"],
            "fx.set",
            "Pat Packer",
            "Sam Super",
        ),
        (
            ["settings", "set", "time_zone", "America/Vancouver"],
            "setting.change",
            "Sam Super",
            "Ada Admin",
        ),
        (["import", "catalog", str(catalog)], "import.catalog", "Pat Packer", "Sam Super"),
        (["import", "orders", str(orders)], "import.orders", "Dee Driver", "Pat Packer"),
        (
            ["backup", "--out", str(tmp_path / "b.backup")],
            "store.backup",
            "Pat Packer",
            "Sam Super",
        ),
        (
            [
                "driver",
                "add",
                "D-40",
                "--first-name",
                "Dee",
                "--last-name",
                "Driver",
                "--gender",
                "F",
                "--birth-date",
                "1984-03-12",
                "--citizenship",
                "CA",
                "--document-type",
                "ACW",
                "--document-number",
                "AB123456",
                "--document-country",
                "CA",
            ],
            "driver.add",
            "Pat Packer",
            "Dee Driver",
        ),
        (
            [
                "truck",
                "add",
                "T-20",
                "--vin",
                "3AKJHHDR2LSLA4821",
                "--plate",
                "PR4512",
                "--plate-state",
                "ON",
            ],
            "truck.add",
            "Pat Packer",
            "Dee Driver",
        ),
        (
            ["trailer", "add", "TR-20", "--plate", "T1234X", "--plate-state", "ON"],
            "trailer.add",
            "Pat Packer",
            "Dee Driver",
        ),
        (
            [
                "load",
                "create",
                "--scac",
                "ABCD",
                "--port",
                "0901",
                "--arrival",
                "2026-11-17T14:00-05:00",
                "--driver",
                "D-40",
                "--truck",
                "T-20",
            ],
            "load.create",
            "Pat Packer",
            "Dee Driver",
        ),
        (
            [
                "load",
                "crew",
                "ABCD000001",
                "--driver",
                "D-40",
                "--truck",
                "T-20",
                "--trailer",
                "TR-20",
            ],
            "load.crew",
            "Pat Packer",
            "Dee Driver",
        ),
        (["load", "add", "ABCD000001", codes[2]], "load.add", "Pat Packer", "Dee Driver"),
        (["load", "remove", "ABCD000001", codes[2]], "load.remove", "Pat Packer", "Dee Driver"),
        (
            ["pack", "#3003", "--crossing", "2026-11-17T14:00-05:00", "--port", "0901"],
            "parcel.close",
            "Dee Driver",
            "Pat Packer",
        ),
        (
            ["print", "label", codes[0], "--out", str(tmp_path / "l.pdf")],
            "print.label",
            None,
            "Pat Packer",
        ),
        (
            ["export", "drawback", "--month", "2026-11", "--out", str(tmp_path / "d.csv")],
            "export.drawback",
            "Dee Driver",
            "Sam Super",
        ),
    ]


def test_every_write_of_the_command_line_needs_its_role(
    staffed: tuple[Store, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, codes = staffed
    db = store_args(store)
    for words, action, too_low, least in commands(tmp_path, codes):
        before = len(trail(store))
        assert main([*db, *words]) == 1, words  # nobody: refused, nothing written
        said = capsys.readouterr().err
        assert "give --user NAME" in said and "needs" in said, said
        assert "Traceback" not in said
        if too_low is not None:
            monkeypatch.setenv("S321_PIN", PINS[too_low])
            assert main([*db, *words, "--user", too_low]) == 1, words
            said = capsys.readouterr().err
            assert f"; {too_low} is a" in said, said
        written = trail(store)[before:]
        assert action not in [entry.action for entry in written], words
        monkeypatch.setenv("S321_PIN", PINS[least])
        assert main([*db, *words, "--user", least]) == 0, (words, capsys.readouterr().err)
        capsys.readouterr()
        done = [entry for entry in trail(store)[before:] if entry.action == action]
        assert done and all(entry.user_id == user_id(store, least) for entry in done), words


def test_a_restore_needs_an_administrator_and_is_recorded_before_it_begins(
    staffed: tuple[Store, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, _codes = staffed
    db = store_args(store)
    backup = tmp_path / "b.backup"
    monkeypatch.setenv("S321_PIN", PINS["Sam Super"])
    assert main([*db, "backup", "--out", str(backup), "--user", "Sam Super"]) == 0
    store.dispose()
    assert main([*db, "restore", str(backup)]) == 1
    assert "restoring a backup needs an administrator" in capsys.readouterr().err
    assert main([*db, "restore", str(backup), "--user", "Sam Super"]) == 1
    assert "restoring a backup needs an administrator; Sam Super is a" in capsys.readouterr().err
    starts = [e for e in trail(store) if e.action == "store.restore.start"]
    assert starts == []
    store.dispose()
    monkeypatch.setenv("S321_PIN", PINS["Ada Admin"])
    assert main([*db, "restore", str(backup), "--user", "Ada Admin"]) == 0, capsys.readouterr()
    restored = trail(store)
    assert restored[-1].action == "store.restore"
    assert restored[-1].user_id == user_id(store, "Ada Admin")


def test_the_services_refuse_a_write_that_names_nobody(staffed: tuple[Store, list[str]]) -> None:
    store, _codes = staffed
    with pytest.raises(SignInNeeded, match="packing needs a packer: sign in first"):
        with one_action(store.engine, immediate=True) as uow:
            open_parcel(uow, "#2001")
    driver = Person(user_id(store, "Dee Driver"), "Dee Driver", "driver")
    with pytest.raises(AccessRefused, match="packing needs a packer; Dee Driver is a driver"):
        with one_action(acting_as(store.engine, driver), immediate=True) as uow:
            open_parcel(uow, "#2001")
    packer = Person(user_id(store, "Pat Packer"), "Pat Packer", "packer")
    with one_action(acting_as(store.engine, packer), immediate=True) as uow:
        assert open_parcel(uow, "#2001")


def test_a_deactivated_person_signed_in_before_writes_no_more(
    staffed: tuple[Store, list[str]],
) -> None:
    from s321_desk.services.admin.users import set_active

    store, _codes = staffed
    packer = Person(user_id(store, "Pat Packer"), "Pat Packer", "packer")
    admin = Person(user_id(store, "Ada Admin"), "Ada Admin", "admin")
    with one_action(store.engine, immediate=True) as uow:
        set_active(uow, "Pat Packer", False, by=admin)
    with pytest.raises(AccessRefused, match="Pat Packer is no longer an active user"):
        with one_action(acting_as(store.engine, packer), immediate=True) as uow:
            open_parcel(uow, "#2001")


def test_a_pin_is_never_an_argument(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    for words in (
        ["decide", "P1", "hold", "--user", "S", "--pin", "1", "--reason", "x"],
        ["user", "add", "A", "--role", "admin", "--pin", "1234"],
        ["load", "close", "L", "--seal", "S", "--user", "S", "--pin", "1"],
    ):
        with pytest.raises(SystemExit) as exited:
            main([*store_args(store), *words])
        assert exited.value.code == 2
        assert "unrecognized arguments: --pin" in capsys.readouterr().err


def test_the_pin_from_standard_input_for_a_script(staffed: tuple[Store, list[str]]) -> None:
    store, _codes = staffed
    words = [
        sys.executable,
        "-m",
        "s321_desk",
        *store_args(store),
        "rules",
        "pin",
        "2025-01-01T00:00:00+00:00",
        "--reason",
        "scripted",
        "--user",
        "Sam Super",
    ]
    env = {k: v for k, v in os.environ.items() if k != "S321_PIN"}
    wrong = subprocess.run(
        words, input="0000\n", capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert wrong.returncode == 1 and wrong.stderr == "s321-desk: Sam Super: wrong PIN\n"
    empty = subprocess.run(
        words, input="", capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert empty.returncode == 1 and "no PIN for Sam Super" in empty.stderr
    done = subprocess.run(
        words, input="2468\n", capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    assert trail(store)[-1].action == "rules.pin"
    assert trail(store)[-1].user_id == user_id(store, "Sam Super")


def test_the_pin_is_asked_at_a_terminal_and_not_shown(
    staffed: tuple[Store, list[str]],
) -> None:
    """The command line as a person types it: a real terminal (a pseudo-terminal), the prompt,
    the PIN typed and never echoed."""
    store, _codes = staffed
    words = [
        "-m",
        "s321_desk",
        *store_args(store),
        "fx",
        "set",
        "CAD",
        "0.7310",
        "--from",
        "2026-12-01",
        "--user",
        "Sam Super",
    ]
    env = {k: v for k, v in os.environ.items() if k != "S321_PIN"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the desk's command on the terminal
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, *words], env)
    screen = b""
    deadline = time.monotonic() + 60
    while b"PIN for Sam Super: " not in screen and time.monotonic() < deadline:
        screen += os.read(fd, 1024)
    os.write(fd, b"2468\n")
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the terminal closed with the command
            break
        if not chunk:
            break
        screen += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, screen
    assert b"PIN for Sam Super: " in screen and b"2468" not in screen
    assert b"1 CAD = 0.7310 USD from 2026-12-01" in screen
    assert trail(store)[-1].user_id == user_id(store, "Sam Super")


def test_a_store_without_users_works_as_before(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for words, action, _low, _least in commands(tmp_path, ["P0000001"] * 3)[:4]:
        assert main([*store_args(store), *words]) == 0, capsys.readouterr().err
        assert trail(store)[-1].action == action and trail(store)[-1].user_id is None
    assert target_of(store)
