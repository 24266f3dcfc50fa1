"""Dated FX rates: the rate in force on a day is the latest entered on or before it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from s321_desk.domain.fx import FxRate, FxTable

TABLE = FxTable(
    [
        FxRate("CAD", date(2026, 10, 1), Decimal("0.7300")),
        FxRate("CAD", date(2026, 7, 1), Decimal("0.7200")),
        FxRate("EUR", date(2026, 10, 1), Decimal("1.0800")),
    ]
)


def test_the_rate_in_force() -> None:
    assert TABLE.rate("CAD", date(2026, 6, 30)) is None
    assert TABLE.rate("CAD", date(2026, 7, 1)).rate_to_usd == Decimal("0.7200")  # type: ignore[union-attr]
    assert TABLE.rate("CAD", date(2026, 9, 30)).rate_to_usd == Decimal("0.7200")  # type: ignore[union-attr]
    assert TABLE.rate("CAD", date(2026, 10, 1)).rate_to_usd == Decimal("0.7300")  # type: ignore[union-attr]
    assert TABLE.rate("GBP", date(2026, 10, 1)) is None


def test_rates_on_a_day_leave_out_what_is_missing() -> None:
    assert TABLE.rates_on(date(2026, 8, 1), ["CAD", "EUR", "USD"]) == {"CAD": Decimal("0.7200")}
