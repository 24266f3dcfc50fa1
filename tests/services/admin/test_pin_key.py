"""PINs that survive a stolen file: the stored hash is keyed with a secret kept outside the store
(the probe recovered a supervisor's 4-digit PIN from a copy of the store in 47 s). A guess is
tried against a copied store with the key and without it; older stores' plain hashes keep
working and are keyed; a station without the key says so; a lost key means new PINs."""

from __future__ import annotations

import hashlib
import hmac
import os
import shutil
import stat
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from s321_desk.cli import main
from s321_desk.domain.pins import hash_key_id
from s321_desk.services.admin import pin_key
from s321_desk.services.admin.users import AccessRefused, add_user, key_stored_pins, sign_in
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, User
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import first_admin, store_args

# What a guesser tries: every 4-digit PIN would be 10,000 scrypt runs (about 8 minutes here);
# the 40 most common ones are enough to show that the store alone answers none of them.
COMMON = [
    f"{n:04d}"
    for n in (
        1234,
        1111,
        0,
        1212,
        7777,
        1004,
        2000,
        4444,
        2222,
        6969,
        9999,
        3333,
        5555,
        6666,
        1122,
        1313,
        8888,
        4321,
        2001,
        1010,
        2468,
        1357,
        1986,
        1990,
        2580,
        1230,
        1984,
        2020,
        5683,
        3690,
        1000,
        9876,
        7410,
        8520,
        3030,
        1478,
        2580,
        6789,
        2121,
        4545,
    )
]


def stored_hashes(store: Store) -> dict[str, str]:
    """The users' stored hashes as a copy of the store gives them: the file copied aside and
    read with sqlite3, or the table dumped from the database."""
    if store.path is not None:
        import sqlite3

        copy = store.path.with_name("stolen.sqlite3")
        shutil.copy(store.path, copy)
        if Path(f"{store.path}-wal").exists():
            shutil.copy(f"{store.path}-wal", f"{copy}-wal")
        with sqlite3.connect(copy) as stolen:
            return dict(stolen.execute("SELECT name, pin_hash FROM users").fetchall())
    with store.engine.connect() as connection:
        return dict(connection.execute(text("SELECT name, pin_hash FROM users")).all())


def guess(stored: str, candidates: list[str], key: bytes | None) -> str | None:
    """The guesser's loop: scrypt each candidate with the stored salt and parameters; compare
    with the stored value as it is (no key), or keyed (the key too)."""
    _scheme, _key_id, n, r, p, salt, mac = stored.split("$")
    for candidate in candidates:
        digest = hashlib.scrypt(
            candidate.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
        if digest.hex() == mac:
            return candidate
        if key is not None and hmac.new(key, digest, hashlib.sha256).hexdigest() == mac:
            return candidate
    return None


def test_a_copied_store_cannot_be_cracked_without_the_key(store: Store) -> None:
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    hashes = stored_hashes(store)
    assert all(value.startswith("s321k1$") for value in hashes.values())
    # Without the key, nothing the store holds answers a guess, the right one included.
    assert guess(hashes["Sam Super"], COMMON, None) is None
    assert guess(hashes["Sam Super"], COMMON, os.urandom(32)) is None  # nor another key
    # With the key, which lives outside the store, the guesser would have it at once: the key
    # is the secret, kept beside the data folder (or in the OS keyring), never in the store.
    path = pin_key.key_file()
    assert path.exists() and path.parent != Path(str(store.path)).parent / "data"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    key = pin_key.load_keys()[hash_key_id(hashes["Sam Super"]) or ""]
    assert guess(hashes["Sam Super"], COMMON, key) == "2468"
    if store.path is not None:
        assert key.hex().encode() not in store.path.read_bytes()


def test_an_older_stores_plain_hashes_keep_working_and_are_keyed(store: Store) -> None:
    """A store written before the key: its users' scrypt hashes are wrapped with the key
    without their PINs being known, and the same PINs still sign in."""
    import secrets

    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(b"2468", salt=salt, n=2**14, r=8, p=1, dklen=32)
    plain = f"scrypt${2**14}$8$1${salt.hex()}${digest.hex()}"
    with UnitOfWork(store.engine) as uow:
        uow.session.add(User(name="Sam Super", role="admin", pin_hash=plain))
        uow.commit()
    assert guess(plain.replace("scrypt$", "scrypt$x$", 1), ["2468"], None) == "2468"  # crackable
    assert key_stored_pins(store.engine) == 1  # at the next start of a station
    (keyed,) = stored_hashes(store).values()
    assert keyed.startswith("s321k1$") and guess(keyed, COMMON, None) is None
    with one_action(store.engine, immediate=True) as work:
        assert sign_in(work, "Sam Super", "2468").name == "Sam Super"
    with pytest.raises(AccessRefused, match="wrong PIN"):
        with one_action(store.engine, immediate=True) as work:
            sign_in(work, "Sam Super", "2469")
    with UnitOfWork(store.engine) as uow:
        actions = [e.action for e in uow.session.scalars(select(AuditEntry))]
    assert actions[0] == "users.pins_keyed"
    assert key_stored_pins(store.engine) == 0  # once


def test_a_station_without_the_stores_key_says_how_to_get_it(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The stations of a shared store share its key through their set-up: export here, import
    there."""
    first_admin(store)
    first_station = pin_key.key_file()
    carried = tmp_path / "usb" / "desk.pin-key"
    carried.parent.mkdir()
    assert main(["pin-key", "export", "--out", str(carried)]) == 0
    assert stat.S_IMODE(carried.stat().st_mode) == 0o600
    monkeypatch.setenv("S321_PIN_KEY_FILE", str(tmp_path / "second-station.pin-key"))
    with pytest.raises(UserError, match=r"this station does not have the PIN key [0-9a-f]{8}"):
        with one_action(store.engine, immediate=True) as work:
            sign_in(work, "Ada Admin", "9999")
    with UnitOfWork(store.engine) as uow:  # not counted as a wrong PIN
        assert uow.session.scalars(select(User.failed_pin_attempts)).one() == 0
    assert main(["pin-key", "import", str(carried)]) == 0
    assert "1 PIN key(s) kept" in capsys.readouterr().out
    with one_action(store.engine, immediate=True) as work:
        assert sign_in(work, "Ada Admin", "9999").name == "Ada Admin"
    assert first_station.read_text() == (tmp_path / "second-station.pin-key").read_text()
    assert main(["pin-key", "show", *store_args(store)]) == 0
    assert "this store's PINs are keyed with" in capsys.readouterr().out


def test_a_key_others_can_read_is_refused(store: Store) -> None:
    first_admin(store)
    pin_key.key_file().chmod(0o644)
    with pytest.raises(UserError, match=r"can be read by other users.*chmod 600"):
        with one_action(store.engine, immediate=True) as uow:
            sign_in(uow, "Ada Admin", "9999")


def test_a_lost_key_means_new_pins(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    pin_key.key_file().unlink()  # the machine was replaced, the key not kept
    with pytest.raises(UserError, match="does not have the PIN key"):
        with one_action(store.engine, immediate=True) as uow:
            sign_in(uow, "Sam Super", "2468")
    monkeypatch.setenv("S321_NEW_PIN", "13579")
    assert main(["pin-key", "reset", "--user", "Ada Admin", *store_args(store)]) == 0
    said = capsys.readouterr().out
    assert "new PIN key" in said and "1 other PIN(s) cleared" in said
    with one_action(store.engine, immediate=True) as uow:
        assert sign_in(uow, "Ada Admin", "13579").role == "admin"
    with pytest.raises(AccessRefused, match="no PIN since the PIN key was reset"):
        with one_action(store.engine, immediate=True) as uow:
            sign_in(uow, "Sam Super", "2468")


def test_supervisors_and_administrators_may_choose_longer_pins(store: Store) -> None:
    admin = first_admin(store, pin="31415926535")
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "27182818284590", by=admin)
    with pytest.raises(UserError, match="PIN: 4 to 8 digits"):
        with one_action(store.engine, immediate=True) as uow:
            add_user(uow, "Pat Packer", "packer", "123456789", by=admin)
    with pytest.raises(UserError, match="PIN: 4 to 20 digits"):
        with one_action(store.engine, immediate=True) as uow:
            add_user(uow, "Olga Other", "admin", "1" * 21, by=admin)
    with one_action(store.engine, immediate=True) as uow:
        assert sign_in(uow, "Sam Super", "27182818284590").role == "supervisor"


def test_the_key_goes_to_the_os_keyring_where_there_is_one(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keyring's own backend chosen as a user chooses one ($PYTHON_KEYRING_BACKEND): the key
    is kept there, and no key file is written."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "keyring-home"))
    first_admin(store)
    assert not pin_key.key_file().exists()
    assert pin_key.load_keys().where == "the OS keyring"
    with one_action(store.engine, immediate=True) as uow:
        assert sign_in(uow, "Ada Admin", "9999").name == "Ada Admin"
    assert list((tmp_path / "keyring-home").rglob("*.cfg"))
