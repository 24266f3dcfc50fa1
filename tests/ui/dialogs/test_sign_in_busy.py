"""Signing in while another station holds the store's write lock: the dialog says the store's
one busy sentence beside the PIN, as the station does, and stays open to try again (the review
found the desk's "Something went wrong inside s321-desk" bug dialog instead)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store
from s321_desk.store.engine import make_sqlite_engine
from s321_desk.ui.dialogs.sign_in import SignInDialog
from tests.conftest import first_admin


def test_a_busy_store_is_said_beside_the_pin_and_the_dialog_stays(
    qtbot: QtBot, sqlite_store: Store
) -> None:
    first_admin(sqlite_store)
    assert sqlite_store.path is not None
    quick = replace(sqlite_store, engine=make_sqlite_engine(sqlite_store.path, busy_timeout_ms=200))
    dialog = SignInDialog(StoreHandle(quick), station="PACK-1")
    qtbot.addWidget(dialog)
    people: list[object] = []
    dialog.signed_in.connect(people.append)
    dialog.show()
    qtbot.keyClicks(dialog.who_edit, "Ada Admin")
    qtbot.keyClick(dialog.who_edit, Qt.Key.Key_Return)
    with closing(sqlite3.connect(sqlite_store.path, isolation_level=None)) as other_station:
        other_station.execute("BEGIN IMMEDIATE")  # another station writing
        qtbot.keyClicks(dialog.pin_edit, "9999")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
        said = dialog.pin_error.text()
        assert said.startswith("The database is busy (another station is writing)"), said
        assert people == [] and dialog.isVisible()
        other_station.execute("ROLLBACK")
    qtbot.keyClicks(dialog.pin_edit, "9999")  # the store free again: signed in
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert len(people) == 1 and not dialog.isVisible()
    quick.engine.dispose()
