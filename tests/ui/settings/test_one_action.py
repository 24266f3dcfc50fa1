"""The settings view and the first-run checklist read in one transaction through the store's one
handle (counted as the BEGINs the real engine sends, on both backends)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from s321_desk.services.admin.users import add_user
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store
from s321_desk.ui.settings.first_run import FirstRunBar
from s321_desk.ui.settings.view import SettingsView
from tests.services.supervision.test_one_transaction import counted_begins


def test_the_settings_view_reads_its_pages_as_of_one_moment(qtbot: QtBot, store: Store) -> None:
    """Opening the settings (or Revert): the settings, the users, the rates and the rules'
    status in one transaction (it was four)."""
    add_user(store.engine, "Ada Admin", "admin", "9999")
    with counted_begins(store.engine) as begins:
        view = SettingsView(StoreHandle(store), station="PACK-1")
        qtbot.addWidget(view)
    assert begins == [1]
    assert [row.name for row in view.users_page.model.rows()] == ["Ada Admin"]
    with counted_begins(store.engine) as begins:
        view.reload()
    assert begins == [1]


def test_the_first_run_checklist_is_one_reading(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    bar = FirstRunBar(StoreHandle(store), "PACK-1", tmp_path / "labels")
    qtbot.addWidget(bar)
    with counted_begins(store.engine) as begins:
        bar.refresh()
    assert begins == [1] and bar.steps
