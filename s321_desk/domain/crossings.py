"""When a parcel crosses: the station's next departure, its cut-off, and the port's US day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class Port:
    code: str  # CBP Schedule D, 4 digits
    name: str
    time_zone: str
    checked: bool = True

    def us_day(self, crossing: datetime) -> date:
        """The US day of a crossing: the port's local date (the day an officer would write)."""
        return crossing.astimezone(ZoneInfo(self.time_zone)).date()


def next_crossing(now: datetime, zone: ZoneInfo, arrival: time, cutoff: time) -> datetime:
    """Today's planned US arrival, or tomorrow's once the station's cut-off has passed."""
    local = now.astimezone(zone)
    day = local.date() if local.time() < cutoff else local.date() + timedelta(days=1)
    return datetime.combine(day, arrival, tzinfo=zone)
