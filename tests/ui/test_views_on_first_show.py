"""The desk opens ready to scan with only what that needs built: the packing station (its scan
field holding the keys) and the warnings (the desk's watch on the store); every other view is
built the first time its tab is clicked, in that tab's place, and shows its data; nothing of
the other views is read before the window is painted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from s321_desk.app import build_main_window
from s321_desk.services.admin.demo import create_demo_database
from s321_desk.services.admin.users import sign_in
from s321_desk.store.database import Store, open_store
from s321_desk.store.uow import one_action
from s321_desk.ui.main_window import VIEW_KEYS
from tests.ui.conftest import close_windows


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    store = open_store(create_demo_database(tmp_path / "demo.sqlite3"))
    yield store
    close_windows()
    store.dispose()


def rows_shown(view: object) -> int:
    """The rows of the tables a view shows on its first page."""
    tables = [t for t in view.findChildren(QTableView) if t.isVisible()]  # type: ignore[attr-defined]
    return sum(table.model().rowCount() for table in tables if table.model() is not None)


def test_the_desk_opens_with_the_station_and_builds_each_view_when_first_shown(
    qtbot: QtBot, demo: Store
) -> None:
    statements: list[str] = []
    event.listen(
        demo.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_: statements.append(statement),
    )
    window = build_main_window(demo)
    qtbot.addWidget(window)
    # Built: the station and the warnings; every other tab holds an empty page, and nothing
    # of the parcels was read (the warnings read once the window is painted).
    assert [key for key in VIEW_KEYS if key in window._built] == ["station", "warnings"]
    assert not any("FROM parcels" in statement for statement in statements), statements
    assert window.warnings.reads == 0
    window.resize(1366, 768)
    with qtbot.waitSignal(window.warnings.refreshed, timeout=20_000):
        window.show()
    assert window.tabs.currentWidget() is window.station
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.station.scan_field)
    # Signed in as the demo's admin: every tab opens; each is clicked in turn.
    with one_action(demo.engine, immediate=True) as uow:
        window.set_person(sign_in(uow, "Ada Admin", "9999"))
    bar = window.tabs.tabBar()
    for index, key in enumerate(VIEW_KEYS):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        view = window.tabs.currentWidget()
        assert view is window.view(key) and key in window._built, key
        assert window.tabs.indexOf(view) == index and window.tabs.count() == len(VIEW_KEYS)
        assert (
            window.tabs.tabText(index)
            .replace("&", "")
            .startswith(
                (
                    "Packing",
                    "Warnings",
                    "Decisions",
                    "Loads",
                    "History",
                    "Orders",
                    "Shift",
                    "Settings",
                    "Catalog",
                )[index]
            )
        )
        if key in ("orders", "loads", "catalog"):  # the demo's data, shown
            qtbot.waitUntil(lambda view=view: rows_shown(view) > 0, timeout=20_000)
    # Back on the station: the keys go to its scan field again.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert window.tabs.currentWidget() is window.station
    assert window.station.scan_field.hasFocus()


def test_a_view_asked_for_before_it_is_shown_is_built_in_its_tab(qtbot: QtBot, demo: Store) -> None:
    window = build_main_window(demo)
    qtbot.addWidget(window)
    settings = window.view("settings")
    assert window.tabs.indexOf(settings) == VIEW_KEYS.index("settings")
    assert window.tabs.currentWidget() is window.station  # built, not shown
    assert not window.tabs.isTabEnabled(window.tabs.indexOf(settings))  # still an admin's
    assert window.view("settings") is settings  # built once
