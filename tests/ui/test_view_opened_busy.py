"""A view opened for the first time while another station holds the store. Another station
writing keeps no view waiting: the Loads tab opens at once with its crew lists (the review: it
froze the window 10 s, then gave the desk's "Something went wrong" bug dialog and stayed blank,
its driver list read in a writing unit of work). A store that refuses even a read now (a table
locked by another session past the lock timeout) is said on the view's page, in the store's own
sentence, and the view is built when its tab is shown again."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from s321_desk.app import build_main_window
from s321_desk.services.admin.demo import create_demo_database
from s321_desk.services.admin.users import sign_in
from s321_desk.store.database import Store, open_store
from s321_desk.store.engine import make_postgres_engine, make_sqlite_engine
from s321_desk.store.uow import one_action
from s321_desk.ui.loads.view import LoadsView
from s321_desk.ui.main_window import VIEW_KEYS, MainWindow
from tests.conftest import act_as_named, first_admin
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


def click_tab(qtbot: QtBot, window: MainWindow, key: str) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(VIEW_KEYS.index(key)).center())


def test_the_loads_view_opens_while_another_station_writes(qtbot: QtBot, quick_demo: Store) -> None:
    assert quick_demo.path is not None
    window = build_main_window(quick_demo)
    qtbot.addWidget(window)
    with one_action(quick_demo.engine, immediate=True) as uow:
        window.set_person(sign_in(uow, "Ada Admin", "9999"))
    with closing(sqlite3.connect(quick_demo.path, isolation_level=None)) as other_station:
        other_station.execute("BEGIN IMMEDIATE")  # another station writing
        click_tab(qtbot, window, "loads")
        view = window.tabs.currentWidget()
        assert isinstance(view, LoadsView) and "loads" in window._built
        drivers = view.form.crew.driver_combo
        assert drivers.count() > 1  # "(none)" and the demo's drivers, read without the lock
        other_station.execute("ROLLBACK")


def test_a_view_the_store_refuses_to_read_says_so_then_opens(
    qtbot: QtBot, postgres_url: str
) -> None:
    opened = open_store(postgres_url)
    first_admin(opened)
    quick = act_as_named(
        replace(opened, engine=make_postgres_engine(postgres_url, lock_timeout_ms=200))
    )
    window = build_main_window(quick)
    qtbot.addWidget(window)
    with one_action(quick.engine, immediate=True) as uow:
        window.set_person(sign_in(uow, "Ada Admin", "9999"))
    url = make_url(postgres_url)
    other = psycopg.connect(
        dbname=url.database, user=url.username, host=url.query["host"], port=url.query["port"]
    )
    try:
        with other.transaction():
            other.execute("LOCK TABLE drivers IN ACCESS EXCLUSIVE MODE")  # not even a read
            click_tab(qtbot, window, "loads")
            page = window.tabs.currentWidget()
            assert "loads" not in window._built
            said = [label.text() for label in page.findChildren(QLabel)]
            assert any(text.startswith("The database is busy (another station") for text in said), (
                said
            )
        click_tab(qtbot, window, "station")
        click_tab(qtbot, window, "loads")
        assert isinstance(window.tabs.currentWidget(), LoadsView)
        assert window.tabs.indexOf(window.loads) == VIEW_KEYS.index("loads")
        assert window.tabs.count() == len(VIEW_KEYS)
    finally:
        other.close()
        close_windows()
        quick.engine.dispose()
        opened.dispose()
