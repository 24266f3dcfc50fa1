"""A view opened for the first time while another station holds the store: its tab says the
store's one busy sentence, and the view is built when its tab is shown again with the store
free (the review: the Loads tab gave the desk's "Something went wrong" bug dialog and stayed
blank, its truck and driver lists waiting on the write lock)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from s321_desk.app import build_main_window
from s321_desk.services.admin.demo import create_demo_database
from s321_desk.services.admin.users import sign_in
from s321_desk.store.database import Store, open_store
from s321_desk.store.engine import make_sqlite_engine
from s321_desk.ui.loads.view import LoadsView
from s321_desk.ui.main_window import VIEW_KEYS
from tests.ui.conftest import close_windows


@pytest.fixture
def quick_demo(tmp_path: Path) -> Iterator[Store]:
    """The demo store, its waits for another station's write lock cut to 200 ms."""
    store = open_store(create_demo_database(tmp_path / "demo.sqlite3"))
    assert store.path is not None
    quick = replace(store, engine=make_sqlite_engine(store.path, busy_timeout_ms=200))
    yield quick
    close_windows()
    quick.engine.dispose()
    store.dispose()


def test_a_view_opened_while_the_store_is_busy_says_so_then_opens(
    qtbot: QtBot, quick_demo: Store
) -> None:
    assert quick_demo.path is not None
    window = build_main_window(quick_demo)
    qtbot.addWidget(window)
    window.set_person(sign_in(quick_demo.engine, "Ada Admin", "9999"))
    bar = window.tabs.tabBar()
    loads = VIEW_KEYS.index("loads")
    with closing(sqlite3.connect(quick_demo.path, isolation_level=None)) as other_station:
        other_station.execute("BEGIN IMMEDIATE")
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(loads).center())
        page = window.tabs.currentWidget()
        assert "loads" not in window._built
        said = [label.text() for label in page.findChildren(QLabel)]
        assert any(text.startswith("The database is busy (another station") for text in said), said
        other_station.execute("ROLLBACK")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(loads).center())
    assert isinstance(window.tabs.currentWidget(), LoadsView)
    assert window.tabs.indexOf(window.loads) == loads and window.tabs.count() == len(VIEW_KEYS)
