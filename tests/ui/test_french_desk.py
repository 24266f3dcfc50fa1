"""The desk in French, as a station shows it: the main window, the packing station with its
big verdict words, the sign-in dialog, built with the catalogues installed as the desk's start
installs them (s321_desk.i18n), show no English text of ours and keep one control per
Alt+letter; screenshots of each are saved to look at ($S321_SHOTS, else the temp folder)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from s321_desk.i18n import install_translators, remove_translators
from s321_desk.services.rules_admin import pin_rules
from s321_desk.store.database import Store
from s321_desk.ui.packing_station import CHECK, HOLD, OK
from tests.catalogue import translated_english
from tests.ui import test_packing_station as station_tests
from tests.ui.french import screenshot

stocked, labelled = station_tests.stocked, station_tests.labelled  # fixtures: a packing store
sounds, labels = station_tests.sounds, station_tests.labels
scan, view_of = station_tests.scan, station_tests.view_of


@pytest.fixture
def store_target(tmp_path: Path) -> Path:
    """SQLite only: the words shown do not depend on the backend."""
    return tmp_path / "store.sqlite3"


@pytest.fixture
def in_french(qtbot: QtBot) -> Iterator[None]:
    translators = install_translators("fr")
    try:
        yield
    finally:
        remove_translators(translators)


def texts_of(top: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Every text of ours a person can come to see in ``top`` (but in ``skip``), shown now
    or not: labels, buttons, titles, tabs and their tips, placeholders, tooltips, actions and
    menus, list items, combo items, table headers, the status bar."""
    texts = [top.windowTitle(), top.toolTip()]
    for widget in top.findChildren(QWidget):
        if any(part is widget or part.isAncestorOf(widget) for part in skip):
            continue
        texts += [widget.toolTip(), widget.statusTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                texts += [widget.tabText(i), widget.tabToolTip(i)]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            model = widget.model()
            texts += [str(model.headerData(i, Qt.Orientation.Horizontal))
                      for i in range(model.columnCount())]  # fmt: skip
    for action in top.findChildren(QAction):
        owner = action.parent()
        if not any(part is owner or part.isAncestorOf(owner) for part in skip):
            texts += [action.text(), action.toolTip()]
    if isinstance(top, QMainWindow):
        texts += [action.text() for action in top.menuBar().actions()]
        texts.append(top.statusBar().currentMessage())
    return [text for text in texts if text]


def english_shown(top: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """The texts of ``top`` that are still an English text the catalogue translates."""
    english = translated_english()
    return sorted({text for text in texts_of(top, skip) if text in english})


@pytest.mark.usefixtures("in_french")
def test_the_station_says_its_verdicts_in_french(
    qtbot: QtBot, labelled: Store, sounds: station_tests.RecordedSounds, labels: Path
) -> None:
    station = station_tests.make_station(qtbot, labelled, sounds, labels)
    banner = station.banner
    assert banner.word_label.text() == "PRÊT"
    assert banner.headline_label.text() == "Balayez le bon de préparation d'une commande."
    assert station.scan_field.placeholderText() == (
        "Balayez une commande, un article ou une instruction"
    )
    scan(qtbot, station, "#1001", "012345678905", "TS-M")
    assert banner.word_label.text() == "EMBALLAGE"
    assert station.bench_label.text() == "Commande #1001\u00a0: 2 sur 3 emballés"
    scan(qtbot, station, "JKT")
    assert banner.headline_label.text() == (
        "Les 3 articles sont emballés\u00a0: fermez le colis (F12)."
    )
    scan(qtbot, station, "CMD-CLOSE")
    view = view_of(labelled, "#1001")
    assert station.look is OK and banner.word_label.text() == "OK"
    assert banner.headline_label.text() == "Posez l'étiquette\u00a0: le colis part."
    assert banner.route_label.text() == (
        f"Acheminement {view.route} (entrée informelle par un courtier)"
    )
    assert station_tests.history(station)[0] == f"FERMÉ  OK  acheminement {view.route}"
    assert english_shown(station) == []
    screenshot(station, "station-ok")

    scan(qtbot, station, "#1003", "TOQUE", "TS-M", "CMD-CLOSE")
    assert station.look is HOLD and banner.word_label.text() == "RETENU"
    assert banner.headline_label.text() == "N'expédiez pas\u00a0: mettez-le de côté, retenu."
    assert banner.sentences_label.sentences[0].startswith("RETENU\u00a0: ")
    assert station.status_label.text().startswith("Pas d'étiquette pour ")
    assert english_shown(station) == []
    screenshot(station, "station-hold")

    pin_rules(labelled.engine, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE")  # the same person as #1001
    assert station.look is CHECK and banner.word_label.text() == "VÉRIFIER"
    assert banner.headline_label.text() == "Mettez-le de côté\u00a0: un superviseur décide."
    assert "a été réévalué avec celui-ci\u00a0: maintenant VÉRIFIER." in (
        banner.sentences_label.text()
    )
    scan(qtbot, station, "CMD-HOLD")
    assert station.message_label.text().startswith("RETENIR ")
    assert station.prompt.isVisible()
    assert english_shown(station) == []
    screenshot(station, "station-check")
    for look_word in ("PRÊT", "EMBALLAGE", "VÉRIFIER", "RETENU", "ANNULÉ"):  # never cut
        banner.word_label.setText(look_word)
        QApplication.processEvents()
        word = banner.word_label
        assert word.fontMetrics().horizontalAdvance(look_word) <= word.width(), look_word
        assert word.font().pointSizeF() >= 72


@pytest.mark.usefixtures("in_french")
def test_the_check_finds_an_english_text_left(
    qtbot: QtBot, labelled: Store, sounds: station_tests.RecordedSounds, labels: Path
) -> None:
    """The walk above would see a text left in English: one put back by hand is found."""
    station = station_tests.make_station(qtbot, labelled, sounds, labels)
    assert english_shown(station) == []
    station.bench_label.setText("No parcel open")
    station.command_actions()[0].setText("Close (CMD-CLOSE)")  # English, but not a source text
    station.scan_field.setPlaceholderText("Scan an order, an item or a command")
    assert english_shown(station) == ["No parcel open", "Scan an order, an item or a command"]
