"""How numbers, money and instants are written on screen (no Qt, no float for money).

Numbers keep the desk's one format in every language; words, plurals included, go through Qt's
translation where they are shown (``self.tr("{count} orders", "", count)``)."""

from __future__ import annotations

import unicodedata
from datetime import datetime, tzinfo

LOCAL_TIME_FORMAT = "%Y-%m-%d %H:%M"


def format_money(cents: int, currency: str) -> str:
    """``format_money(123450, "CAD") == "CAD 1,234.50"``, from integer cents, exactly."""
    sign = "-" if cents < 0 else ""
    whole, fraction = divmod(abs(cents), 100)
    return f"{currency} {sign}{whole:,}.{fraction:02d}"


def format_count(count: int) -> str:
    """A whole number with thousands separators: ``1,234``."""
    return f"{count:,}"


def format_local_time(instant: datetime, zone: tzinfo | None = None) -> str:
    """An aware instant in the warehouse's time zone (default: this computer's), as
    ``yyyy-MM-dd HH:mm``."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"naive datetime {instant!r}: instants must be timezone-aware")
    return instant.astimezone(zone).strftime(LOCAL_TIME_FORMAT)


def fold_for_search(text: str) -> str:
    """Lower case without accents, so "montreal" finds "Montréal" and "MULLER" finds "Müller"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
