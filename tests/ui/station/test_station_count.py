"""The packing station on what real stores export: a SKU with spaces and accents scanned as it
is, and a line with nothing to scan counted in by a supervisor (CMD-COUNT, F10) in the panel."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork
from s321_desk.ui.station.view import PackingStation
from tests.conftest import write_csv
from tests.services.packing.test_packing import HEADER
from tests.ui.station.test_packing_station import (  # noqa: F401  (fixtures)
    PIN,
    SUPERVISOR,
    RecordedSounds,
    history,
    labelled,
    labels,
    scan,
    sounds,
    station,
    stocked,
)

SLIPPER = "1008V72205_VELVET CAFÉ_36"


def with_quirks(store: Store, tmp_path: Path) -> None:
    """A slipper by its accented, spaced SKU; three hand-knit mittens without any SKU."""
    catalog = "sku,description,hts,origin,unit_value,currency\n"
    catalog += f"{SLIPPER},Velvet slipper café 36,6404.19.3960,IT,420.00,USD\n"
    import_catalog(store.engine, write_csv(tmp_path / "quirks.csv", catalog))
    orders = HEADER + (
        f"#1224,CAD,2024-06-10 12:00:00 -0700,1,Velvet Slipper - Café / 36,420.00,{SLIPPER},"
        "Isaac Kowalczyk,5173 Union St,,Toledo,43604,OH,US\n"
        "#1224,,,3,Hand-knit mittens (custom order),45.00,,,,,,,,\n"
    )
    import_orders(store.engine, write_csv(tmp_path / "quirks-orders.csv", orders))


def typed(qtbot: QtBot, station: PackingStation, text: str) -> None:  # noqa: F811
    """A scan as a keyboard-wedge scanner types it (QTest types Latin-1 only: the field gets
    the text whole), then Enter."""
    station.scan_field.setText(text)
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)


def test_a_supervisor_counts_the_mittens_and_the_slipper_is_scanned(
    qtbot: QtBot,
    station: PackingStation,  # noqa: F811
    labelled: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    with_quirks(labelled, tmp_path)
    scan(qtbot, station, "#1224")
    lines = [station.lines.item(row).text() for row in range(station.lines.count())]
    assert lines == [
        "0 of 1  Velvet Slipper - Café / 36",
        "0 of 3  Hand-knit mittens (custom order)  (nothing to scan: a supervisor counts it, F10)",
    ]
    typed(qtbot, station, f"  {SLIPPER} ")
    assert station.message_label.text() == "Velvet Slipper - Café / 36: 1 of 1"

    qtbot.keyClick(station.scan_field, Qt.Key.Key_F10)
    prompt = station.count_prompt
    assert prompt.isVisible() and prompt.quantity_box.hasFocus()
    assert not station.scan_field.isEnabled()
    assert station.minimumSizeHint().width() <= 1366  # a long description never widens it
    assert prompt.line_box.currentText() == "line 2, 3 to pack: Hand-knit mittens (custom order)"
    assert (prompt.quantity_box.value(), prompt.quantity_box.maximum()) == (3, 3)
    prompt.quantity_box.setValue(2)
    qtbot.keyClick(prompt.quantity_box, Qt.Key.Key_Return)
    assert prompt.who_edit.hasFocus()
    qtbot.keyClicks(prompt.who_edit, "B-77")
    qtbot.keyClick(prompt.who_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(prompt.pin_edit, "0000")
    qtbot.keyClick(prompt.pin_edit, Qt.Key.Key_Return)  # a wrong PIN: said, the PIN again
    assert station.message_label.text() == "REFUSED: Sam Super: wrong PIN"
    assert prompt.isVisible() and prompt.pin_edit.hasFocus() and prompt.pin_edit.text() == ""
    qtbot.keyClicks(prompt.pin_edit, PIN)
    qtbot.keyClick(prompt.pin_edit, Qt.Key.Key_Return)
    assert not prompt.isVisible() and station.scan_field.hasFocus()
    assert station.message_label.text() == (
        "Hand-knit mittens (custom order): 2 of 3, counted by Sam Super"
    )
    assert history(station)[0] == "+2  Hand-knit mittens (custom order)  (2 of 3), counted by " + (
        SUPERVISOR
    )

    scan(qtbot, station, "CMD-COUNT")  # the command sheet's barcode: the one left
    assert prompt.isVisible() and prompt.quantity_box.value() == 1
    qtbot.keyClick(prompt.quantity_box, Qt.Key.Key_Escape)
    assert (
        not prompt.isVisible()
        and station.message_label.text() == "Count cancelled: nothing changed"
    )
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F10)
    for edit, text in ((prompt.who_edit, SUPERVISOR), (prompt.pin_edit, PIN)):
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert station.bench_label.text() == "Order #1224: 4 of 4 packed"
    scan(qtbot, station, "CMD-COUNT")
    assert station.message_label.text() == (
        "REFUSED: CMD-COUNT: every item of order #1224 still to pack has a SKU or barcode: scan it"
    )
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F12)
    assert station.look.word == "HOLD"  # the mittens have no HTS number: held, as today
    with UnitOfWork(labelled.engine) as uow:
        counted = [
            json.loads(e.details)["quantity"]
            for e in uow.session.scalars(
                select(AuditEntry).where(AuditEntry.action == "parcel.count")
            )
        ]
    assert counted == [2, 1]


def test_count_without_a_parcel_is_refused(
    qtbot: QtBot,
    station: PackingStation,  # noqa: F811
) -> None:
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F10)
    assert station.message_label.text() == (
        "REFUSED: CMD-COUNT: no parcel open; scan an order first"
    )
    assert not station.count_prompt.isVisible()
