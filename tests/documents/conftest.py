"""What the document tests share: a load with awkward names (lead sheet, manifest)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from s321_desk.documents.content import LoadInfo, Party

LOAD = LoadInfo(
    trip="ABCD2611230001",
    scac="ABCD",
    carrier="A & B <Ltd> Cartage",
    port="0901 Buffalo-Niagara Falls, NY",
    arrival=datetime(2026, 11, 23, 14, 30, tzinfo=ZoneInfo("America/New_York")),
    driver="Zoë O'Brien-Müller",
    tractor_plate="ON AB12 345",
    trailer_plate="ON T98 765",
    seal="SL-0042917",
    shipper=Party('=HYPERLINK("http://x","y")', ("100 Dock Rd", "Mississauga ON L5T 1A1")),
    shipment_count=4987,
)
