"""Named settings with their defaults, stored as JSON in the settings table."""

from __future__ import annotations

import json
import socket
from typing import Any

from sqlmodel import Session

from s321_desk.store.models import Setting, utcnow

DEFAULTS: dict[str, Any] = {
    # The currency of an order whose export has no Currency column (a Canadian shop: CAD).
    "default_currency": "CAD",
    # The warehouse's time zone: order times written without a UTC offset are read in it.
    "time_zone": "America/Toronto",
    "station_name": "",
    # The station's truck: the planned US arrival (local time) and the cut-off after which a
    # closed parcel goes to the next day's truck; the port it crosses at (CBP Schedule D).
    "arrival_time": "18:00",
    "cutoff_time": "15:00",
    "port": "0901",
    "parcel_prefix": "P",
    # An administrator's pin: evaluate with the rules in force at this instant (ISO 8601) instead
    # of those of each crossing, e.g. when a court restores de minimis before the app is updated.
    "rules_as_of": None,
    "rules_pin_reason": None,
}


def get_setting(session: Session, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS[key]
    return json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    row = session.get(Setting, key) or Setting(key=key, value="null")
    row.value = json.dumps(value)
    row.updated_at = utcnow()
    session.add(row)


def station_name(session: Session) -> str:
    """The configured station name, or this machine's host name."""
    return str(get_setting(session, "station_name") or socket.gethostname())
