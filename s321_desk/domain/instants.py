"""Reading the instants written in exports: with a UTC offset, or in a given time zone."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from s321_desk.domain.texts import translate

_FORMATS_WITH_OFFSET = ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z", "%Y/%m/%d %H:%M:%S %z")
# Shopify's own layout, read without strptime (a tenth of its time: one a row of an export).
_SHOPIFY = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)", re.ASCII)


def parse_instant(text: str, zone: ZoneInfo) -> datetime:
    """``2026-11-16 09:14:03 -0500``, ISO 8601, or a local time read in ``zone``; aware UTC."""
    cleaned = text.strip()
    shopify = _SHOPIFY.fullmatch(cleaned)
    if shopify is not None and int(shopify[9]) < 60:
        year, month, day, hour, minute, second, sign, off_h, off_m = shopify.groups()
        offset = timedelta(hours=int(off_h), minutes=int(off_m)) * (-1 if sign == "-" else 1)
        try:
            local = datetime(
                int(year),
                int(month),
                int(day),
                int(hour),
                int(minute),
                int(second),
                tzinfo=timezone(offset),
            )
            return local.astimezone(UTC)
        except ValueError:
            pass  # a 13th month, a 25th hour: said below, as strptime finds it
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
