"""The PIN key: the secret the stored PIN hashes are keyed with, kept outside the store.

Where: the operating system's keyring where there is one (the Windows Credential Manager, the
macOS Keychain, a Linux desktop's Secret Service), else a key file readable only by the desk's
user beside the data folder (``~/.local/share/s321-desk.pin-key`` on Linux; ``$S321_PIN_KEY_FILE``
names another). A copy of the store alone (a stolen file, a dump of the database) then gives
no hash a PIN can be tried against: the key is needed too.

The stations of a PostgreSQL store share its key: set up the first, then carry its key to the
others (``s321-desk pin-key export --out FILE`` there, ``s321-desk pin-key import FILE`` here).
A machine may hold several keys (a shared store's and a local one's); each hash names the key
it needs. The key belongs with the backups (a restore on a new machine needs it); a key that is
lost cannot be recovered: ``s321-desk pin-key reset --user ADMIN`` makes a new one, gives that
administrator a new PIN and clears every other PIN, each then set again in Settings > Users.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from s321_desk.domain.pins import key_id
from s321_desk.domain.texts import translate
from s321_desk.paths import data_dir
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.outputs import check_target

LOG = logging.getLogger(__name__)
KEY_FILE_ENV = "S321_PIN_KEY_FILE"
# "file" keeps the key in the key file even where an OS keyring exists (a kiosk, the tests).
KEY_STORE_ENV = "S321_PIN_KEY_STORE"
KEYRING_SERVICE, KEYRING_NAME = "s321-desk", "pin-keys"
KEY_BYTES = 32


@dataclass
class KeyRing:
    """This machine's PIN keys by their id, in the order they were made (the first is new
    stores' key), and where they are kept."""

    keys: dict[str, bytes] = field(default_factory=dict)
    where: str = ""

    def __contains__(self, wanted: object) -> bool:
        return wanted in self.keys

    def get(self, wanted: str) -> bytes | None:
        return self.keys.get(wanted)

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, wanted: str) -> bytes:
        return self.keys[wanted]

    def add(self, key: bytes) -> str:
        self.keys.setdefault(key_id(key), key)
        return key_id(key)

    def text(self) -> str:
        return "".join(f"{key.hex()}\n" for key in self.keys.values())


def key_file() -> Path:
    override = os.environ.get(KEY_FILE_ENV)
    if override:
        return Path(override).expanduser()
    folder = data_dir()
    return folder.with_name(f"{folder.name}.pin-key")


def _os_keyring() -> Any | None:
    """The keyring module, if this machine has a keyring it can keep a secret in."""
    if os.environ.get(KEY_STORE_ENV) == "file":
        return None
    try:
        import keyring

        backend = keyring.get_keyring()
        module = type(backend).__module__
        if module.endswith((".fail", ".null")):
            return None
        # A backend the user chose ($PYTHON_KEYRING_BACKEND) is theirs to judge; else only a
        # keyring that keeps secrets (priority 1 and up), not a plain-text fallback.
        chosen = bool(os.environ.get("PYTHON_KEYRING_BACKEND"))
        if not chosen and (getattr(backend, "priority", 0) or 0) < 1:
            return None
        return keyring
    except Exception as error:  # no keyring, or a broken one: the key file serves
        LOG.info("no OS keyring for the PIN key (%s): using %s", error, key_file())
        return None


def load_keys() -> KeyRing:
    """Every PIN key this machine has (the OS keyring's and the key file's)."""
    ring = KeyRing()
    places = []
    keyring = _os_keyring()
    if keyring is not None:
        try:
            text = keyring.get_password(KEYRING_SERVICE, KEYRING_NAME) or ""
        except Exception as error:
            LOG.warning("the OS keyring cannot be read (%s)", error)
            text = ""
        _parse(text, "the OS keyring", ring)
        places.append("the OS keyring")
    path = key_file()
    if path.exists():
        _check_private(path)
        try:
            _parse(path.read_text(encoding="ascii"), str(path), ring)
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(
                translate("PinKey", "{file}: the PIN key cannot be read ({why})").format(
                    file=path, why=getattr(error, "strerror", None) or error
                )
            ) from None
        places.append(str(path))
    ring.where = " + ".join(places) or str(path)
    return ring


def primary_key() -> tuple[str, bytes]:
    """The key new hashes of a store without any are made with: this machine's first, made
    now if it has none."""
    ring = load_keys()
    if not ring:
        return add_key(secrets.token_bytes(KEY_BYTES))
    first = next(iter(ring))
    return first, ring[first]


def add_key(key: bytes) -> tuple[str, bytes]:
    """Keep ``key`` on this machine (the OS keyring, else the key file); its id."""
    ring = load_keys()
    wanted = ring.add(key)
    keyring = _os_keyring()
    if keyring is not None:
        try:
            keyring.set_password(KEYRING_SERVICE, KEYRING_NAME, ring.text())
            return wanted, key
        except Exception as error:
            LOG.warning("the OS keyring refused the PIN key (%s): using %s", error, key_file())
    _write_private(key_file(), ring.text())
    return wanted, key


def parse_keys(text: str, where: str) -> KeyRing:
    ring = KeyRing(where=where)
    _parse(text, where, ring)
    return ring


def _parse(text: str, where: str, ring: KeyRing) -> None:
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            key = bytes.fromhex(line)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise UserError(
                translate("PinKey", "{file}:{line}: not a PIN key (64 hexadecimal digits)").format(
                    file=where, line=number
                )
            )
        ring.add(key)


def _check_private(path: Path) -> None:
    """A key file others can read would give the key away with the store: refused."""
    if os.name != "posix":
        return
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise UserError(
            translate(
                "PinKey",
                "{file}: the PIN key can be read by other users of this machine; make it "
                "yours alone (chmod 600 {file}) and try again",
            ).format(file=path)
        )


def _write_private(path: Path, text: str) -> None:
    """The key file written whole, readable by this user alone."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "w", encoding="ascii") as stream:
            stream.write("# s321-desk PIN key: keep it with the backups, never with the store\n")
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)
    except OSError as error:
        raise UserError(
            translate("PinKey", "{file}: cannot write the PIN key ({why})").format(
                file=path, why=error.strerror or error
            )
        ) from None
    finally:
        partial.unlink(missing_ok=True)


def export_keys(out: Path) -> KeyRing:
    """This machine's keys written to ``out`` (readable by this user alone), to carry to the
    other stations of a shared store or keep with the backups."""
    ring = load_keys()
    if not ring:
        raise UserError(translate("PinKey", "this machine has no PIN key yet"))
    # Never over the store, a backup, a database's -wal/-shm, a device, a pipe or a folder.
    _write_private(check_target(out), ring.text())
    return ring


def import_keys(source: Path) -> list[str]:
    """Keep the keys of ``source`` (a file written by ``export_keys``) on this machine; their
    ids."""
    try:
        text = source.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(
            translate("PinKey", "{file}: the PIN key cannot be read ({why})").format(
                file=source, why=getattr(error, "strerror", None) or error
            )
        ) from None
    ring = parse_keys(text, str(source))
    if not ring:
        raise UserError(translate("PinKey", "{file}: no PIN key in it").format(file=source))
    for wanted in ring:
        add_key(ring[wanted])
    return list(ring)
