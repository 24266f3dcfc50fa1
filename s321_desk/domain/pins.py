"""PINs: a slow salted hash (scrypt) and the growing wait after wrong attempts."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

# scrypt cost: about 50 ms and 16 MiB per check here - slow for a guesser, quick for a person.
N, R, P = 2**14, 8, 1
FREE_ATTEMPTS = 3  # wrong PINs allowed before the wait starts
MAX_WAIT = timedelta(minutes=15)


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 8


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$digest`` (hex): the parameters travel with the hash."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    computed = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(computed.hex(), digest)


def wait_after(failures: int) -> timedelta:
    """How long a badge is locked after ``failures`` wrong PINs in a row: 0, then 5 s doubling."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return min(timedelta(seconds=5 * 2 ** (failures - FREE_ATTEMPTS)), MAX_WAIT)
