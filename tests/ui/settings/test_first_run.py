"""The first-run checklist on the window: a bar above the views until every step is done, its
next step's button and each step of "All steps" opening the place where it is done; the test
label printed from it; gone once the store holds everything."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from s321_desk.services.admin.rules_and_rates import set_fx_rate
from s321_desk.services.admin.settings import change_settings
from s321_desk.services.admin.users import add_user
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.main_window import MainWindow
from s321_desk.ui.station.sounds import Silence
from tests.conftest import first_admin
from tests.services.admin.test_first_run import COMPANY
from tests.ui.conftest import seed


def open_window(qtbot: QtBot, store: Store, tmp_path: Path) -> MainWindow:
    window = MainWindow(
        StoreHandle(store), "PACK-1", label_folder=tmp_path / "labels", sounds=Silence()
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.first_run.steps))  # read once the window is painted
    return window


def test_a_new_desk_is_led_step_by_step_and_the_bar_leaves_when_all_is_done(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    window = open_window(qtbot, store, tmp_path)
    bar = window.first_run
    assert bar.isVisible() and bar.summary.text() == "Setting up: 0 of 9"
    assert bar.summary.toolTip() == "Setting up the desk: 0 of 9 done"
    assert bar.next_button.text() == "Next: Administrator"
    assert bar.next_button.toolTip() == "Create the first administrator (F2)."
    assert window.minimumSizeHint().width() <= 1366  # every view keeps its room
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    dialog = window._sign_in_dialog
    assert dialog.isVisible()
    dialog.close()
    admin = first_admin(store)
    window.set_person(admin)
    window.refresh()
    assert bar.summary.text() == "Setting up: 1 of 9"
    assert bar.next_button.text() == "Next: Company and addresses"
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.settings
    assert window.settings.tabs.currentWidget() is window.settings.papers_page
    # "All steps": each step with its state and what the store holds; one opens its place.
    texts = [a.text() for a in bar.menu.actions() if a.text()]
    assert texts[0] == "✔ Administrator — Ada Admin"
    assert (
        texts[3]
        == "○ Port of entry — Not chosen yet (the default is 0901 Buffalo-Niagara Falls, NY)."
    )
    bar.actions_by_key["fx_rates"].trigger()
    assert window.settings.tabs.currentWidget() is window.settings.fx_page
    bar.actions_by_key["printers"].trigger()
    assert window.settings.tabs.currentWidget() is window.settings.stations_page
    # Everything but the test print and the orders, as an administrator would set them.
    with one_action(store.engine, immediate=True) as uow:
        change_settings(
            uow,
            {
                "company": COMPANY,
                "us_return_address": ["MBF Returns", "Champlain NY 12919"],
                "carriers": {"ABCD": "ABCD Transport"},
                "port": "0712",
                "stations": {"PACK-1": {"label_printer": {"kind": "file"}}},
            },
            by=admin,
        )
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Pat Packer", "packer", "1111", by=admin)
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7312", date(2026, 1, 1), "Bank of Canada", by=admin)
    seed(store)
    window.refresh()
    assert bar.next_button.text() == "Next: Station printers, a test print"
    assert bar.next_button.toolTip() == "Print a test label on PACK-1's label printer."
    bar.test_action.trigger()
    assert bar.test_result.text() == (
        f"Test label sent: {tmp_path / 'labels' / 'test-label-PACK-1.pdf'}"
    )
    assert (tmp_path / "labels" / "test-label-PACK-1.pdf").read_bytes().startswith(b"%PDF")
    assert not bar.isVisible()  # every step done: the bar is gone
    assert all(a.text().startswith("✔") for a in bar.actions_by_key.values())
    # Set up, the desk reads no checklist on another station's change (a scan, a close).
    read = bar.steps
    window.warnings.refresh()
    qtbot.wait(100)
    assert bar.steps is read
    window.close()
