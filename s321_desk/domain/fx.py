"""Dated rates to USD: each in force from its date until the next rate of its currency."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class FxRate:
    currency: str
    valid_from: date
    rate_to_usd: Decimal  # USD for one unit of the currency (the CBP-certified rate)
    source: str = ""


class FxTable:
    """The rates an administrator entered, looked up by currency and date."""

    def __init__(self, rates: Iterable[FxRate]) -> None:
        by_currency: dict[str, list[FxRate]] = {}
        for rate in rates:
            by_currency.setdefault(rate.currency, []).append(rate)
        self._rates = {c: sorted(rs, key=lambda r: r.valid_from) for c, rs in by_currency.items()}
        self._starts = {c: [r.valid_from for r in rs] for c, rs in self._rates.items()}

    def rate(self, currency: str, day: date) -> FxRate | None:
        """The rate in force on ``day``, or None (no rate entered yet for that date)."""
        starts = self._starts.get(currency)
        if not starts:
            return None
        index = bisect.bisect_right(starts, day) - 1
        return self._rates[currency][index] if index >= 0 else None

    def rates_on(self, day: date, currencies: Iterable[str]) -> dict[str, Decimal]:
        """The rates of ``currencies`` on ``day``; a currency without one is left out (held)."""
        found = {}
        for currency in set(currencies) - {"USD"}:
            rate = self.rate(currency, day)
            if rate is not None:
                found[currency] = rate.rate_to_usd
        return found
