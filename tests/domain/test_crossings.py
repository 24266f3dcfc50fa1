"""The next crossing after the cut-off, and the US day at the port."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from s321_desk.domain.crossings import Port, next_crossing

TORONTO = ZoneInfo("America/Toronto")


def test_before_and_after_the_cut_off() -> None:
    before = datetime(2026, 11, 22, 14, 59, tzinfo=TORONTO)
    after = datetime(2026, 11, 22, 15, 0, tzinfo=TORONTO)
    assert next_crossing(before, TORONTO, time(18), time(15)) == datetime(
        2026, 11, 22, 18, tzinfo=TORONTO
    )
    assert next_crossing(after, TORONTO, time(18), time(15)) == datetime(
        2026, 11, 23, 18, tzinfo=TORONTO
    )


def test_the_us_day_is_the_ports_local_date() -> None:
    blaine = Port("3004", "Blaine, WA", "America/Los_Angeles")
    buffalo = Port("0901", "Buffalo", "America/New_York")
    late = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # 22:30 Pacific, 01:30 Eastern
    assert blaine.us_day(late) == date(2026, 11, 22)
    assert buffalo.us_day(late) == date(2026, 11, 23)
