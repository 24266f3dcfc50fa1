"""PINs: a slow salted hash (scrypt) keyed with a secret kept outside the store, and the growing
wait after wrong attempts.

A PIN of 4 digits is 10,000 guesses: whoever copies the store could try them all against a
plain scrypt hash in under a minute, whatever the lockout. So the hash kept is an HMAC of the
scrypt digest under a key (the "PIN key") that lives outside the store (services/admin/pin_key.py):
``s321k1$KEY_ID$N$r$p$salt$mac``. A copy of the store alone gives nothing to test a guess
against. An older store's plain ``scrypt$N$r$p$salt$digest`` becomes keyed without its PIN
being known, ``mac = HMAC(key, digest)`` being what a fresh hash of that PIN would give
(``key_hash``): the first station with the key wraps them all.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from datetime import timedelta

# scrypt cost: about 50 ms and 16 MiB per check here - slow for a guesser, quick for a person.
N, R, P = 2**14, 8, 1
FREE_ATTEMPTS = 3  # wrong PINs allowed before the wait starts
MAX_WAIT = timedelta(minutes=15)
KEYED = "s321k1"  # the scheme of a keyed hash
PLAIN = "scrypt"  # an older store's hash, before the key
RESET = "reset"  # a PIN cleared when its key was lost: nobody signs in with it
SHORTEST, LONGEST, LONGEST_SUPERVISING = 4, 8, 20
# Who may choose a longer PIN: the roles that decide, pin rules and change users.
SUPERVISING = frozenset({"supervisor", "admin"})


class KeyMissing(Exception):
    """The hash was keyed with a key this machine does not have (``key_id``)."""

    def __init__(self, key_id: str) -> None:
        super().__init__(key_id)
        self.key_id = key_id


def longest_pin(role: str) -> int:
    return LONGEST_SUPERVISING if role in SUPERVISING else LONGEST


def valid_pin(pin: str, role: str = "packer") -> bool:
    """4 to 8 digits; a supervisor's or an administrator's up to 20."""
    return pin.isdigit() and pin.isascii() and SHORTEST <= len(pin) <= longest_pin(role)


def key_id(key: bytes) -> str:
    """The key's public name (a digest's first 8 hex digits): which key a hash needs."""
    return hashlib.sha256(b"s321-desk pin key\x00" + key).hexdigest()[:8]


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)


def _mac(key: bytes, digest: bytes) -> str:
    return hmac.new(key, digest, hashlib.sha256).hexdigest()


def hash_pin(pin: str, key: bytes, salt: bytes | None = None) -> str:
    """``s321k1$KEY_ID$N$r$p$salt$mac`` (hex): the parameters and the key's name travel with it."""
    salt = salt or secrets.token_bytes(16)
    mac = _mac(key, _scrypt(pin, salt, N, R, P))
    return f"{KEYED}${key_id(key)}${N}${R}${P}${salt.hex()}${mac}"


def key_hash(stored: str, key: bytes) -> str:
    """An older plain hash keyed without the PIN (as ``hash_pin`` would have given it); a
    hash already keyed, or cleared, is returned as it is."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != PLAIN:
        return stored
    _, n, r, p, salt, digest = parts
    return f"{KEYED}${key_id(key)}${n}${r}${p}${salt}${_mac(key, bytes.fromhex(digest))}"


def hash_key_id(stored: str) -> str | None:
    """The key a keyed hash needs; None for a plain or cleared one."""
    parts = stored.split("$")
    return parts[1] if len(parts) == 7 and parts[0] == KEYED else None


def check_pin(pin: str, stored: str, keys: Mapping[str, bytes]) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from; ``keys`` by their id. A hash whose
    key is not among them raises KeyMissing (the station lacks the store's key: not a wrong
    PIN, and not counted as one)."""
    parts = stored.split("$")
    if len(parts) == 6 and parts[0] == PLAIN:  # not keyed yet: checked as it is
        _, n, r, p, salt, digest = parts
        computed = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p)).hex()
        return hmac.compare_digest(computed, digest)
    if len(parts) != 7 or parts[0] != KEYED:
        return False
    _, wanted, n, r, p, salt, mac = parts
    key = keys.get(wanted)
    if key is None:
        raise KeyMissing(wanted)
    computed = _mac(key, _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p)))
    return hmac.compare_digest(computed, mac)


def wait_after(failures: int) -> timedelta:
    """How long a badge is locked after ``failures`` wrong PINs in a row: 0, then 5 s doubling."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return min(timedelta(seconds=5 * 2 ** (failures - FREE_ATTEMPTS)), MAX_WAIT)
