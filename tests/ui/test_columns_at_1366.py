"""Nothing cut at 1366x768, in English and in French: every table of every view (and each page
of a view's own tabs) on the demo store and a shift's parcels with long names and addresses;
each header and each numeric cell measured with the font it is drawn in (QFontMetrics)
against the width its section shows (tests/ui/cut.py). The window fits the screen, its status
bar on it, and the decisions view shows its queue's and both sides' rows whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from s321_desk.app import build_main_window
from s321_desk.services.admin.demo import create_demo_database
from s321_desk.services.admin.users import sign_in
from s321_desk.services.packing.pack import pack_order
from s321_desk.store.database import Store, open_store
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.style import base_font
from s321_desk.ui.main_window import MainWindow
from tests.conftest import act_as
from tests.ui.conftest import close_windows
from tests.ui.cut import Cut, cuts, elided_without_tooltip, tables_shown
from tests.ui.french import french

SCREEN = (1366, 768)
# A shift's parcels with the demo's troubles: one person's three spellings, a formal entry,
# tires, wine, the longest names and a company's (resources/demo/README.md).
PACKED = ("1037", "1051", "1068", "1015", "1006", "1054", "1007", "1138", "1041", "1121")
LONGEST = "P0000011"  # #1007 Maximilian Alexander Fitzgerald-Worthington III
COMPANY = "#1138"  # Bartholomew Featherstonehaugh-Montgomery, Great Lakes Outdoor Adventure...


@contextmanager
def desk_font() -> Iterator[None]:
    """The desk's font on the application, as its start sets it (``french()`` does too)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    app.setFont(base_font(font))
    try:
        yield
    finally:
        app.setFont(font)


@pytest.fixture
def shift(tmp_path: Path) -> Iterator[Store]:
    """The demo store (its sealed trip) and a shift packed at DEMO-1 as its supervisor."""
    store = open_store(create_demo_database(tmp_path / "demo.sqlite3"))
    with one_action(store.engine, immediate=True) as uow:
        act_as(store, sign_in(uow, "Sam Super", "2468"))
    for order in PACKED:
        pack_order(store.engine, order, station="DEMO-1")
    yield store
    close_windows()
    store.dispose()


def open_desk(qtbot: QtBot, store: Store) -> MainWindow:
    window = build_main_window(store)
    qtbot.addWidget(window)
    with one_action(store.engine, immediate=True) as uow:
        window.set_person(sign_in(uow, "Ada Admin", "9999"))
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.decisions.queue_model.rowCount() > 0, timeout=20_000)
    return window


def every_page(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Each view in turn, and each page of its own tabs: its name, once it is shown."""
    for key in list(window.views):
        view = window.view(key)  # (a view is built the first time it is shown)
        window.show_tab(view)
        assert window.tabs.currentWidget() is view, key
        if key == "history":
            window.history.search(LONGEST)
            qtbot.waitUntil(lambda: window.history.lines_model.rowCount() > 0, timeout=10_000)
        if key == "decisions":
            window.decisions.queue_table.selectRow(0)
        if key == "orders":  # its lines and parcels shown
            window.orders_view.search_edit.setText(COMPANY)
            window.orders_view.table.selectRow(0)
            qtbot.waitUntil(lambda: window.orders_view.order_panel.lines_model.rowCount() > 0)
        if key == "loads":  # the demo's sealed trip, its parcels (read once the view is built)
            qtbot.waitUntil(lambda: window.loads.loads_table.model().rowCount() > 0)
            window.loads.loads_table.selectRow(0)
            qtbot.waitUntil(lambda: window.loads.parcels_model.rowCount() > 0, timeout=10_000)
        qtbot.wait(50)  # the fitting of the columns after the rows (a zero timer)
        yield key
        pages = [t for t in view.findChildren(QTabWidget) if t.isVisible()]
        for tabs in pages:
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(50)
                yield f"{key}, page {tabs.tabText(index)!r}"
            tabs.setCurrentIndex(0)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_header_or_number_is_cut_at_1366x768(qtbot: QtBot, shift: Store, language: str) -> None:
    with french() if language == "fr" else desk_font():
        window = open_desk(qtbot, shift)
        assert window.height() <= SCREEN[1] and window.minimumSizeHint().height() <= SCREEN[1]
        bar = window.statusBar()
        assert bar.isVisible() and bar.geometry().bottom() < window.height()
        found: list[Cut] = []
        untold: list[str] = []
        tables = 0
        for page in every_page(qtbot, window):
            for number, table in enumerate(tables_shown(window.tabs.currentWidget())):
                tables += 1
                found += cuts(table, f"{page} table {number}")
                untold += [f"{page}: {e}" for e in elided_without_tooltip(table)]
        assert tables >= 12  # warnings, decisions (2), loads (3), history (4), orders (2)...
        assert found == [], "\n".join(map(str, found))
        assert untold == [], "\n".join(untold)
        decisions = window.decisions
        window.show_tab(decisions)
        QApplication.processEvents()
        for table in (decisions.queue_table, decisions.sides_table):  # three rows whole, or more
            rows = table.verticalHeader().defaultSectionSize()
            assert table.viewport().height() >= 3 * rows
        window.close()


def test_the_checker_finds_a_cut_header_and_a_cut_number(qtbot: QtBot, shift: Store) -> None:
    """The measure can fail: a column narrowed by hand below its header and its numbers."""
    with desk_font():
        window = open_desk(qtbot, shift)
        narrowed(qtbot, window)


def narrowed(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab(window.decisions)
    window.decisions.queue_table.selectRow(0)
    qtbot.wait(50)
    sides = window.decisions.sides_table
    assert cuts(sides) == []
    value = 8  # the sides' Value column: "USD 2,941.87"
    sides.horizontalHeader().resizeSection(value, 40)
    found = cuts(sides, "sides")
    assert [c.text for c in found][:2] == ["Value", sides.model().index(0, value).data()]
    window.close()
