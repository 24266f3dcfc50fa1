"""The desk prints a wave's pick tickets and the command sheet: made in the background into
papers/ in the data folder, barcodes read back from the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from s321_desk.store.database import Store
from s321_desk.ui.station.pick_tickets_dialog import PickTicketsDialog
from tests.services.packing.test_labels import demo  # noqa: F401  (fixture)
from tests.services.packing.test_pick_tickets import pages_read


def test_the_days_wave_or_a_list_from_the_dialog(
    qtbot: QtBot,
    demo: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    dialog = PickTicketsDialog(demo.engine, "DOCK-1", tmp_path / "papers", date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.day_edit.setDate(QDate(2026, 11, 20))
    assert dialog.wave() == {"day": date(2026, 11, 20)}
    dialog.station_button.setChecked(True)
    assert dialog.wave() == {"day": date(2026, 11, 20), "station": "DOCK-1"}
    qtbot.keyClicks(dialog.orders_edit, "#1158, 1176")
    assert dialog.list_button.isChecked()
    assert dialog.wave() == {"orders": ["#1158", "1176"]}
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        dialog.ok_button.click()
    path = Path(printed.args[0].file)
    assert path.parent == tmp_path / "papers"
    assert [barcodes[0] for barcodes, _ in pages_read(path)] == ["1158", "1176"]


def test_a_wave_with_nothing_to_pick_says_so(qtbot: QtBot, demo: Store, tmp_path: Path) -> None:  # noqa: F811
    dialog = PickTicketsDialog(demo.engine, "DOCK-1", tmp_path / "papers", date(2030, 1, 1))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=30_000):
        dialog.ok_button.click()
    assert dialog.message.text() == "NOT PRINTED: Orders of 2030-01-01: no order left to pick"
    assert dialog.ok_button.isEnabled()
