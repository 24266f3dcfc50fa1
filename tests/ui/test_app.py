"""The composition root: a window on a store, and a clear message when the store cannot open."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from s321_desk.app import build_main_window, run_gui
from s321_desk.store.database import Store
from s321_desk.ui.main_window import MainWindow


def test_build_main_window(qtbot: QtBot, ui_store: Store) -> None:
    window = build_main_window(ui_store)
    qtbot.addWidget(window)

    assert isinstance(window, MainWindow)
    assert window.orders_view.model.rowCount() == 5


def answer_the_message_box(seen: list[str]) -> None:
    """Soon after the event loop runs: the message box's title and text into ``seen``, and OK."""

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_the_box)
            return
        seen.append(f"{box.windowTitle()}\n{box.text()}")
        box.accept()

    QTimer.singleShot(0, answer_the_box)


def test_a_file_that_is_not_a_database_is_a_message_and_status_1(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("this is not a database", encoding="utf-8")
    seen: list[str] = []
    answer_the_message_box(seen)
    with caplog.at_level(logging.ERROR, logger="s321_desk"):
        status = run_gui(bad)

    assert status == 1
    assert seen and "cannot open its database" in seen[0]
    assert str(bad) in seen[0]
    assert "not an s321-desk database" in caplog.text
    assert QApplication.applicationName() == "s321-desk"
