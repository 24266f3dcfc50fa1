"""The desk in French, as a station shows it: the main window, the packing station with its
big verdict words, the sign-in dialog, built with the catalogues installed as the desk's start
installs them (s321_desk.i18n), show no English text of ours and keep one control per
Alt+letter; screenshots of each are saved to look at ($S321_SHOTS, else the temp folder)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import nullcontext
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from s321_desk.app import run_gui
from s321_desk.i18n import install_translators, remove_translators, save_choice, saved_choice
from s321_desk.services.admin.rules_and_rates import pin_rules
from s321_desk.services.admin.settings import set_setting
from s321_desk.services.admin.users import add_user
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog
from s321_desk.ui.dialogs.sign_in import SignInDialog
from s321_desk.ui.main_window import MainWindow
from s321_desk.ui.settings.view import SettingsView
from s321_desk.ui.station.looks import CHECK, HOLD, OK
from tests.catalogue import translated_english
from tests.ui.french import french, screenshot
from tests.ui.station import test_packing_station as station_tests
from tests.ui.test_app import answer_the_message_box
from tests.ui.test_main_window_keys import open_window

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
            texts += [
                str(model.headerData(i, Qt.Orientation.Horizontal))
                for i in range(model.columnCount())
            ]
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
    scan(qtbot, station, "#NOPE")  # a refusal keeps its no-break spaces (not "\\xa0")
    assert station.message_label.text() == (
        "REFUSÉ\u00a0: #NOPE\u00a0: n'est pas une commande\u00a0; balayez d'abord le bon de "
        "préparation d'une commande pour ouvrir son colis"
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
    assert station.status_label.text().startswith("Fiche HOLD ")  # its tag, not a label
    assert english_shown(station) == []
    screenshot(station, "station-hold")

    with one_action(labelled.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE")  # the same person as #1001
    assert station.look is CHECK and banner.word_label.text() == "VÉRIFIER"
    assert banner.headline_label.text() == "Mettez-le de côté\u00a0: un superviseur décide."
    # The pin judged #1001 again at once (de minimis now), so #1002 has more to say than
    # fits: the sentence about #1001 is the banner's last, in French.
    assert banner.sentences_label.sentences[-1].endswith(
        "a été réévalué avec celui-ci\u00a0: maintenant VÉRIFIER."
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


@pytest.fixture
def window(qtbot: QtBot, in_french: None, store: Store) -> Iterator[MainWindow]:
    opened = open_window(qtbot, store)  # built in French: in_french comes first
    yield opened
    opened.close()


def test_the_main_window_in_french(qtbot: QtBot, window: MainWindow) -> None:
    """The window's own words: its tabs, menus, status bar, and the station."""
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == [
        "Poste d'emballage",
        "A&vertissements",
        "Décisions",
        "Chargements",
        "Historique",
        "Commandes",
        "Quart de travail",
        "Paramètres",
        "Catalogue",
    ]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Affichage", "Ai&de"]
    assert window.station_label.text().startswith("Poste\u00a0: ")
    assert window.database_label.text() == "Base\u00a0: store.sqlite3"
    views = tuple(view for key, view in window.views.items() if key != "station")
    left = english_shown(window, skip=views)
    assert left == [], "\n".join(left)
    assert status_bar_overlaps(window) == []
    screenshot(window, "window-station")


def test_a_long_name_gives_way_in_the_status_bar_and_is_whole_in_its_tooltip(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    """The truck, the station and the rules stay whole beside a long name and role in French;
    the name is cut with an ellipsis, its whole in the tooltip. English fits as it is."""
    long_name = "Marie-Ève Tremblay-Gagnon de la Rivière"
    with one_action(store.engine, immediate=True) as uow:
        admin = add_user(uow, long_name, "admin", "4321", by=window.person)
    window.set_person(admin)
    QApplication.processEvents()
    label = window.signed_in.label
    assert status_bar_overlaps(window) == []
    assert label.is_elided() and long_name in label.toolTip()
    assert label.text().startswith("Session\u00a0: Marie-Ève Tremb…")
    for whole in (window.next_truck_label, window.rules_label, window.station_label):
        assert whole.width() >= whole.fontMetrics().horizontalAdvance(whole.text()), whole.text()
    screenshot(window, "status-bar-long-name")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_long_station_name_gives_way_in_the_status_bar_and_is_whole_in_its_tooltip(
    qtbot: QtBot, store: Store, language: str
) -> None:
    """A station named at length, beside a long name and role, at 1366 pixels: nothing drawn
    over anything; the station's first characters shown, the whole name in its tooltip."""
    station = "QUAI-EXPÉDITION-NORD-BÂTIMENT-B-PORTE-12"
    with UnitOfWork(store.engine) as uow:
        set_setting(uow.session, "station_name", station)
        uow.commit()
    with french() if language == "fr" else nullcontext():
        window = open_window(qtbot, store)
        long_name = "Marie-Ève Tremblay-Gagnon de la Rivière"
        with one_action(store.engine, immediate=True) as work:
            window.set_person(add_user(work, long_name, "admin", "4321", by=window.person))
        QApplication.processEvents()
        label = window.station_label
        assert status_bar_overlaps(window) == []
        assert label.is_elided() and station in label.toolTip()
        drawn = QLabel.text(label)  # (its text() is the whole)
        assert label.fontMetrics().horizontalAdvance(drawn) <= label.width()
        shown = drawn.split("\u00a0: " if language == "fr" else ": ")[1]
        assert station.startswith(shown.rstrip("…")) and len(shown) >= 16
        for whole in (window.next_truck_label, window.rules_label):
            assert whole.width() >= whole.fontMetrics().horizontalAdvance(whole.text())
        screenshot(window, f"status-bar-long-station-{language}")
        window.close()


def test_the_status_bar_fits_in_english(qtbot: QtBot, store: Store) -> None:
    english = open_window(qtbot, store)
    assert status_bar_overlaps(english) == []
    assert not english.signed_in.label.is_elided()
    english.close()


def status_bar_overlaps(window: MainWindow) -> list[str]:
    """Pairs of the status bar's visible widgets drawn over each other, or past its right edge."""
    QApplication.processEvents()  # the bar laid out for what it shows now
    bar = window.statusBar()
    shown = sorted(
        (
            w
            for w in bar.findChildren(QWidget)
            if w.parent() is bar and w.isVisible() and w.width() > 0
        ),
        key=lambda w: w.x(),
    )
    named = [(w, w.text() if isinstance(w, QLabel) else type(w).__name__) for w in shown]
    found = [
        f"{a!r} over {b!r}"
        for (left, a), (right, b) in pairwise(named)
        if left.geometry().right() >= right.x()
    ]
    found += [f"{a!r} past the edge" for w, a in named if w.geometry().right() > bar.width()]
    return found


@pytest.mark.parametrize(
    "key", ["warnings", "decisions", "loads", "history", "orders", "shift", "settings"]
)
def test_each_view_of_the_window_in_french(window: MainWindow, key: str) -> None:
    """Each view shows no English text of the catalogue, and fits the 1366x768 station screen
    in French too (each page of its own tabs looked at)."""
    view = window.view(key)
    window.show_tab(view)
    QApplication.processEvents()
    pages = [(tabs, i) for tabs in view.findChildren(QTabWidget) for i in range(tabs.count())]
    for tabs, index in pages or [(None, 0)]:
        if tabs is not None:
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
        screenshot(window, f"window-{key}" + (f"-{index}" if tabs is not None else ""))
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    left = english_shown(view)
    assert left == [], "\n".join(left)


def test_the_check_finds_an_english_text_left(qtbot: QtBot, window: MainWindow) -> None:
    """The walk above would see a text left in English: one put back by hand is found."""
    views = tuple(view for key, view in window.views.items() if key != "station")
    assert english_shown(window, skip=views) == []
    window.station.bench_label.setText("No parcel open")
    window.refresh_action.setText("&Refresh")
    assert english_shown(window, skip=views) == ["&Refresh", "No parcel open"]


def test_the_sign_in_dialog_in_french(qtbot: QtBot, in_french: None, store: Store) -> None:
    first = SignInDialog(StoreHandle(store))
    qtbot.addWidget(first)
    first.show()
    assert first.pages.currentWidget() is first.first_admin_page  # no user yet
    assert first.windowTitle() == "Ouvrir une session"
    assert first.create_button.text() == "&Créer l'administrateur"
    assert english_shown(first) == []
    screenshot(first, "first-admin")

    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Ada Admin", "admin", "9999")
    dialog = SignInDialog(StoreHandle(store))
    qtbot.addWidget(dialog)
    dialog.resize(600, 420)
    dialog.show()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "Administrateur"
    metrics = dialog.users_view.fontMetrics()  # nothing cut: the role, the hint
    assert dialog.users_view.columnWidth(1) > metrics.horizontalAdvance("Administrateur")
    hint = dialog.who_edit.placeholderText()
    assert dialog.who_edit.width() > dialog.who_edit.fontMetrics().horizontalAdvance(hint)
    assert dialog.sign_in_button.text() == "&Ouvrir la session"
    assert dialog.sign_in_buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == (
        "Annuler"  # Qt's own catalogue
    )
    qtbot.keyClicks(dialog.who_edit, "Ada")
    qtbot.keyClick(dialog.who_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin_edit, "1234")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.pin_error.isVisible()
    assert english_shown(dialog) == []
    screenshot(dialog, "sign-in")


def test_the_desk_starts_in_the_chosen_language(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desk's start installs the catalogues before its first message: a store that cannot
    open is said in French when the station chose French, and English again after."""
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("this is not a database", encoding="utf-8")
    monkeypatch.delenv("S321_LANGUAGE")
    save_choice("fr")
    seen: list[str] = []
    answer_the_message_box(seen)
    assert run_gui(bad) == 1
    assert [said.split("\n")[0] for said in seen] == [
        "s321-desk ne peut pas ouvrir sa base de données"
    ]
    assert QCoreApplication.translate("PackingStation", "Scan:") == "Scan:"  # taken off again


def test_the_language_is_chosen_in_the_settings(qtbot: QtBot, store: Store) -> None:
    view = SettingsView(StoreHandle(store))
    qtbot.addWidget(view)
    box = view.language_box
    assert box.combo.currentData() == "system"
    assert box.combo.itemText(0).startswith("As this computer (")
    assert [box.combo.itemText(i) for i in (1, 2)] == ["English", "Français"]
    box.choose("fr")
    assert saved_choice() == "fr"
    assert box.note_label.text() == ("Saved: Français from the desk's next start on this computer.")
    again = SettingsView(StoreHandle(store))
    qtbot.addWidget(again)
    assert again.language_box.combo.currentData() == "fr"


def test_the_pin_dialog_in_french(qtbot: QtBot, in_french: None) -> None:
    dialog = AuthorizeDialog("Retenir P0000001", "Le colis ne part pas.", lambda *_: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.try_accept()  # nothing typed: it says what is missing
    assert dialog.error_label.text() == (
        "Veuillez donner\u00a0: nom ou badge, NIP, motif (il est conservé dans la piste de "
        "vérification)."
    )
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
    assert english_shown(dialog) == []
    screenshot(dialog, "pin-dialog")


def test_a_rules_pin_and_no_sound_still_fit_the_status_bar_in_french(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    """The longest status bar a French station shows: a supervisor signed in, no sound, the
    next truck and the red rules badge. The badge never covers the truck."""
    from datetime import UTC, datetime

    from s321_desk.services.admin.rules_and_rates import pin_rules

    with one_action(store.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
    window.refresh()
    window.sound_label.setText(window.tr("No sound"))  # as a station without a device shows it
    QApplication.processEvents()
    assert window.rules_label.text().startswith("RÈGLES FIXÉES")
    assert status_bar_overlaps(window) == []
    for whole in (window.next_truck_label, window.rules_label):
        assert whole.width() >= whole.fontMetrics().horizontalAdvance(whole.text()), whole.text()
    screenshot(window, "status-bar-rules-pinned")
