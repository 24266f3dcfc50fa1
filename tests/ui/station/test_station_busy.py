"""A supervisor signing in the station's panel while another station holds the store's write
lock: the station says the store's one busy sentence, nothing changes (not even the PIN's count),
the panel stays with what was typed, and the same signature goes through once the store is free
(the widget used to call the decision itself, and a busy store reached the bug dialog)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from s321_desk.store.database import Store
from s321_desk.store.engine import make_sqlite_engine
from s321_desk.store.models import AuditEntry, User
from s321_desk.store.uow import UnitOfWork
from tests.conftest import act_as_named
from tests.ui.station.test_packing_station import (
    PIN,
    SUPERVISOR,
    RecordedSounds,
    make_station,
    scan,
    stocked,  # noqa: F401  (fixture, on the SQLite store below)
    view_of,
)


@pytest.fixture
def store(sqlite_store: Store) -> Store:
    """The stocked store is an SQLite file here: another connection holds its write lock."""
    return sqlite_store


def test_a_busy_store_as_the_supervisor_signs_is_said_and_the_panel_stays(
    qtbot: QtBot,
    stocked: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    store = stocked
    assert store.path is not None
    quick = act_as_named(replace(store, engine=make_sqlite_engine(store.path, busy_timeout_ms=200)))
    sounds = RecordedSounds()
    station = make_station(qtbot, quick, sounds, tmp_path / "labels")
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE", "CMD-VOID")
    prompt = station.prompt
    for edit, text in ((prompt.who_edit, SUPERVISOR), (prompt.pin_edit, PIN)):
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(prompt.reason_edit, "customer cancelled")
    with closing(sqlite3.connect(store.path, isolation_level=None)) as other_station:
        other_station.execute("BEGIN IMMEDIATE")  # another station writing
        qtbot.keyClick(prompt.reason_edit, Qt.Key.Key_Return)
        said = station.message_label.text()
        assert said.startswith("REFUSED: The database is busy (another station is writing)"), said
        assert prompt.isVisible() and prompt.pin_edit.text() == PIN  # kept: sign again
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        other_station.execute("ROLLBACK")
    with UnitOfWork(store.engine) as uow:
        supervisor = uow.session.scalars(select(User).where(User.name == SUPERVISOR)).one()
        signed = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "login"))
        assert supervisor.failed_pin_attempts == 0 and list(signed) == []  # nothing written
    assert view_of(store, "#1002").status == "closed"

    with qtbot.waitSignal(station.parcel_decided):
        qtbot.keyClick(prompt.reason_edit, Qt.Key.Key_Return)  # the store free: voided
    assert view_of(store, "#1002").status == "voided" and not prompt.isVisible()
    quick.engine.dispose()
