"""The main window on a real store: header counts, rows, search, status bar, menus, keys."""

from __future__ import annotations

import socket
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from s321_desk import __version__
from s321_desk.app import build_main_window
from s321_desk.services.admin.settings import set_setting
from s321_desk.store.database import Store
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.lookup.order_model import OrderColumn
from s321_desk.ui.main_window import MainWindow, database_name
from tests.services.packing.test_packing import stocked  # noqa: F401  (fixture)
from tests.ui.conftest import SEED_ORDERS, SeedLine, SeedOrder, add_order


@pytest.fixture
def window(qtbot: QtBot, ui_store: Store) -> MainWindow:
    main_window = build_main_window(ui_store)
    qtbot.addWidget(main_window)
    return main_window


@pytest.fixture
def shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.rules_label.text() != "")  # read once painted
    return window


def _names(window: MainWindow) -> list[str]:
    proxy = window.orders_view.table.model()
    return [
        proxy.index(row, OrderColumn.ORDER).data(Qt.ItemDataRole.DisplayRole)
        for row in range(proxy.rowCount())
    ]


def test_title_and_header_counts(window: MainWindow, ui_store: Store) -> None:
    assert window.windowTitle() == f"s321-desk - {database_name(ui_store.path or ui_store.label)}"
    assert window.orders_view.header_label.text() == "5 orders, 7 order lines, 3 products"
    assert window.orders_view.shown_label.text() == "Showing all 5 orders."


def test_rows_newest_first(window: MainWindow) -> None:
    newest_first = sorted(SEED_ORDERS, key=lambda spec: spec.created_at, reverse=True)

    assert _names(window) == [spec.name for spec in newest_first]
    assert window.orders_view.table.isSortingEnabled()


def test_type_is_large_enough_to_read_from_a_step_away(window: MainWindow) -> None:
    assert window.font().pointSizeF() >= 12
    assert window.orders_view.table.font().pointSizeF() >= 12
    assert window.statusBar().font().pointSizeF() >= 12
    assert window.orders_view.header_label.font().pointSizeF() >= 18


def test_status_bar_says_where_and_who(window: MainWindow, ui_store: Store) -> None:
    assert window.station_label.text() == f"Station: {socket.gethostname()}"
    name = database_name(ui_store.path or ui_store.label)
    assert window.database_label.text() == f"Database: {name}"
    assert window.database_label.toolTip() == str(ui_store.path or ui_store.label)
    if ui_store.path is None:  # a shared database: its name and where it is, no password
        assert name.startswith("s321_test_") and " on " in name
    assert window.signed_in_label.text() == "Signed in: nobody"
    for label in (window.station_label, window.database_label, window.signed_in_label):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_status_bar_shows_the_station_setting(qtbot: QtBot, ui_store: Store) -> None:
    with UnitOfWork(ui_store.engine) as uow:
        set_setting(uow.session, "station_name", "Dock 3 <east>")
        uow.commit()

    named = build_main_window(ui_store)
    qtbot.addWidget(named)

    assert named.station_label.text() == "Station: Dock 3 <east>"


def test_empty_store(qtbot: QtBot, store: Store) -> None:
    empty = build_main_window(store)
    qtbot.addWidget(empty)

    assert empty.orders_view.header_label.text() == "0 orders, 0 order lines, 0 products"
    assert empty.orders_view.shown_label.text() == "No orders in this database yet."
    assert empty.orders_view.table.model().rowCount() == 0


def test_typing_in_the_search_filters(qtbot: QtBot, shown: MainWindow) -> None:
    qtbot.keyClicks(shown.orders_view.search_edit, "Espanola")

    assert _names(shown) == ["#1002"]
    assert shown.orders_view.shown_label.text() == "Showing 1 of 5 orders."

    qtbot.keyClick(shown.orders_view.search_edit, Qt.Key.Key_Escape)

    assert shown.orders_view.search_edit.text() == ""
    assert len(_names(shown)) == len(SEED_ORDERS)


def test_keyboard_ctrl_f_searches_and_down_goes_to_the_table(
    qtbot: QtBot, shown: MainWindow
) -> None:
    shown.orders_view.table.setFocus()
    qtbot.keyClick(shown, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shown.orders_view.search_edit.hasFocus()

    qtbot.keyClicks(shown.orders_view.search_edit, "vt")
    qtbot.keyClick(shown.orders_view.search_edit, Qt.Key.Key_Down)

    assert shown.orders_view.table.hasFocus()
    assert shown.orders_view.table.currentIndex().row() == 0


def test_ctrl_q_closes_the_window(qtbot: QtBot, shown: MainWindow) -> None:
    assert shown.quit_action.shortcut().toString() == "Ctrl+Q"

    qtbot.keyClick(shown, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not shown.isVisible())


def test_menus(window: MainWindow) -> None:
    menus = [action.text() for action in window.menuBar().actions()]

    assert menus == ["&File", "&View", "&Help"]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.quit_action in file_menu.actions()


def test_about_shows_the_version(qtbot: QtBot, window: MainWindow) -> None:
    window.about_action.trigger()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    box = next(b for b in boxes if b.isVisible() and b.windowTitle() == "About s321-desk")

    assert f"s321-desk {__version__}" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.accept()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_refresh_reads_the_store_again(window: MainWindow, ui_store: Store) -> None:
    with UnitOfWork(ui_store.engine) as uow:
        add_order(
            uow,
            SeedOrder(
                "#2000",
                datetime(2026, 11, 4, 8, 0, tzinfo=UTC),
                "New Person",
                "Houlton",
                "ME",
                "04730",
                "CAD",
                (SeedLine("MAPLE-500", 1, 1299),),
            ),
        )
        uow.commit()

    window.refresh_action.trigger()

    assert window.orders_view.header_label.text() == "6 orders, 8 order lines, 3 products"
    assert _names(window)[0] == "#2000"


def test_default_size_fits_a_1366_by_768_screen(window: MainWindow) -> None:
    available = window.screen().availableGeometry().size()

    assert window.width() <= max(1366, available.width())
    assert window.height() <= max(768, available.height())
    assert window.minimumSizeHint().width() <= 1366


def test_the_rules_in_force_and_a_pin_show_in_the_status_bar(qtbot: QtBot, ui_store: Store) -> None:
    from s321_desk.services.admin.rules_and_rates import pin_rules

    window = build_main_window(ui_store)
    qtbot.addWidget(window)
    assert window.rules_label.text() == ""  # read once the window is painted
    window.after_first_paint()
    assert window.rules_label.text() in ("Rules: SUSPENDED", "Rules: REPEALED")
    with one_action(ui_store.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2025, 3, 1, tzinfo=UTC), "court order")
    window.refresh()
    assert window.rules_label.text() == "RULES PINNED to 2025-03-01: ACTIVE"
    assert "court order" in window.rules_label.toolTip()


def test_the_window_opens_on_the_packing_station_with_the_scan_field_focused(
    qtbot: QtBot, shown: MainWindow
) -> None:
    assert shown.tabs.currentWidget() is shown.station
    qtbot.waitUntil(lambda: shown.station.focusWidget() is not None)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    assert shown.next_truck_label.text().startswith("Next truck: ")
    for label in (
        shown.signed_in_label,
        shown.station_label,
        shown.next_truck_label,
        shown.rules_label,
    ):
        assert label.width() >= label.sizeHint().width(), label.text()  # never cut
    qtbot.keyClick(shown, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert shown.tabs.currentWidget() is shown.orders_view
    qtbot.keyClick(shown, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert shown.tabs.currentWidget() is shown.station


def test_a_conflict_packed_by_another_station_is_announced(
    qtbot: QtBot,
    stocked: Store,  # noqa: F811
) -> None:
    from tests.ui.supervision.test_warnings_panel import in_another_process

    window = build_main_window(stocked)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.warnings.refreshed):  # the state it started in: read once shown
        window.show()
    for order in ("1001", "1002"):  # one person, two spellings, the same next truck
        in_another_process(stocked, "pack", order, "--rules-as-of", "2024-06-01T00:00:00Z")
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "&Warnings (2)", timeout=3000)
    assert "NEW WARNING: " in window.statusBar().currentMessage()
    assert window.tabs.currentWidget() is window.station  # announced, the scan not taken away
    window.show_tab(window.warnings)
    assert window.minimumSizeHint().width() <= 1366  # the warnings fit a 1366x768 screen
