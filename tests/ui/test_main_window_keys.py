"""Keyboard-only use of the whole window: in every view, each Alt+letter belongs to one control
(an ambiguous one would do nothing, or the wrong thing, at the press of a key)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from s321_desk.app import build_main_window
from s321_desk.store.database import Store
from s321_desk.ui.main_window import MainWindow
from tests.conftest import first_admin

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_mnemonics(window: MainWindow) -> Counter[str]:
    """Alt+letters live now: the menu bar's, and those of the controls one can see."""
    letters: list[str | None] = [letter(a.text()) for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            letters.append(letter(widget.text()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            letters.append(letter(widget.text()))
        elif isinstance(widget, QGroupBox):
            letters.append(letter(widget.title()))
        elif isinstance(widget, QTabBar):
            letters += [
                letter(widget.tabText(i)) for i in range(widget.count()) if widget.isTabEnabled(i)
            ]
    return Counter(found for found in letters if found)


def open_window(qtbot: QtBot, store: Store) -> MainWindow:
    """The main window at 1366x768, an administrator signed in (every view opens)."""
    admin = first_admin(store)
    opened = build_main_window(store)
    qtbot.addWidget(opened)
    opened.set_person(admin)
    opened.resize(1366, 768)
    opened.show()
    qtbot.waitExposed(opened)
    qtbot.waitUntil(lambda: opened.rules_label.text() != "")  # read once painted
    return opened


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    return open_window(qtbot, store)


def assert_one_control_per_letter(window: MainWindow, key: str) -> None:
    """In the view ``key``, on each of its pages, no Alt+letter is live twice."""
    view = window.view(key)
    window.show_tab(view)
    QApplication.processEvents()
    assert window.tabs.currentWidget() is view
    pages = [(tabs, i) for tabs in view.findChildren(QTabWidget) for i in range(tabs.count())]
    for tabs, index in pages or [(None, 0)]:
        if tabs is not None:
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
        twice = {found: n for found, n in visible_mnemonics(window).items() if n > 1}
        where = f"{key}" + (f", {tabs.tabText(index)}" if tabs is not None else "")
        assert twice == {}, f"{where}: Alt+ {twice}"


def test_every_alt_letter_is_one_control_in_every_view(qtbot: QtBot, window: MainWindow) -> None:
    for key in window.views:
        assert_one_control_per_letter(window, key)
    window.close()
