"""Money, counts, local times and search folding as written on screen."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from s321_desk.ui.kit.formatting import (
    fold_for_search,
    format_count,
    format_local_time,
    format_money,
)


@pytest.mark.parametrize(
    ("cents", "currency", "text"),
    [
        (0, "CAD", "CAD 0.00"),
        (5, "CAD", "CAD 0.05"),
        (123450, "CAD", "CAD 1,234.50"),
        (100, "USD", "USD 1.00"),
        (-1999, "USD", "USD -19.99"),
        (12345678901, "CAD", "CAD 123,456,789.01"),
    ],
)
def test_money(cents: int, currency: str, text: str) -> None:
    assert format_money(cents, currency) == text


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_money_text_reads_back_to_the_same_cents(cents: int) -> None:
    text = format_money(cents, "CAD")

    match = re.fullmatch(r"CAD (-?)(\d{1,3}(?:,\d{3})*)\.(\d{2})", text)
    assert match, text
    sign, whole, fraction = match.groups()
    value = int(whole.replace(",", "")) * 100 + int(fraction)
    assert (-value if sign else value) == cents


def test_count() -> None:
    assert format_count(1234567) == "1,234,567"
    assert format_count(0) == "0"


def test_local_time_is_the_same_instant_in_the_local_zone() -> None:
    instant = datetime(2026, 11, 3, 18, 45, tzinfo=UTC)
    eastern = instant.astimezone(timezone(timedelta(hours=-5)))

    text = format_local_time(instant)

    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text)
    assert text == instant.astimezone().strftime("%Y-%m-%d %H:%M")
    assert format_local_time(eastern) == text


def test_local_time_follows_the_computer_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Toronto")
    time.tzset()
    try:
        assert format_local_time(datetime(2026, 11, 3, 18, 45, tzinfo=UTC)) == "2026-11-03 13:45"
        assert format_local_time(datetime(2026, 7, 3, 18, 45, tzinfo=UTC)) == "2026-07-03 14:45"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_local_time_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        format_local_time(datetime(2026, 11, 3, 18, 45))


def test_folding_ignores_case_and_accents() -> None:
    assert fold_for_search("Montréal") == "montreal"
    assert fold_for_search("José ÑÚÑEZ") == "jose nunez"
    assert fold_for_search("Smith & Sons <Receiving>") == "smith & sons <receiving>"


def test_local_time_in_the_warehouses_zone() -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from s321_desk.ui.kit.formatting import format_local_time

    instant = datetime(2026, 11, 23, 4, 51, tzinfo=UTC)
    assert format_local_time(instant, ZoneInfo("America/Toronto")) == "2026-11-22 23:51"
    assert format_local_time(instant, ZoneInfo("America/Vancouver")) == "2026-11-22 20:51"
