"""Reading the instants written in exports: with a UTC offset, or in a given time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from s321_desk.domain.texts import translate

_FORMATS_WITH_OFFSET = ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z", "%Y/%m/%d %H:%M:%S %z")


def parse_instant(text: str, zone: ZoneInfo) -> datetime:
    """``2026-11-16 09:14:03 -0500``, ISO 8601, or a local time read in ``zone``; aware UTC."""
    cleaned = text.strip()
    for layout in _FORMATS_WITH_OFFSET:
        try:
            return datetime.strptime(cleaned, layout).astimezone(UTC)
        except ValueError:
            pass
    try:
        value = datetime.fromisoformat(cleaned)
    except ValueError:
        raise ValueError(
            translate(
                "Instants", "{text} is not a date and time (e.g. 2026-11-16 09:14:03 -0500)"
            ).format(text=repr(text))
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)
