"""The desk's language: S321_LANGUAGE, else the station machine's choice, else the system
locale; the translators it installs (ours and Qt's own) and takes off again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from s321_desk import i18n


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV)


@pytest.mark.usefixtures("no_env")
def test_the_station_choice_is_kept_in_the_data_folder(private_data_dir: Path) -> None:
    assert i18n.chosen() == "system"  # nothing saved
    i18n.save_choice("fr")
    assert (private_data_dir / "language").read_text(encoding="utf-8") == "fr\n"
    assert i18n.chosen() == "fr"
    assert i18n.desk_language() == "fr"
    i18n.save_choice("en")
    assert i18n.desk_language() == "en"
    with pytest.raises(ValueError, match="'de' is not a language choice"):
        i18n.save_choice("de")
    (private_data_dir / "language").write_text("klingon\n", encoding="utf-8")
    assert i18n.chosen() == "system"  # a damaged file: the system decides


def test_the_environment_wins_over_the_station_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.save_choice("en")
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "FR")
    assert i18n.desk_language() == "fr"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "system")
    assert i18n.chosen() == "system"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "de")  # not a choice: ignored, said in the log
    assert i18n.chosen() == "en"


def test_any_french_locale_is_french() -> None:
    for name in ("fr_CA", "fr_FR", "fr_BE", "fr_CH"):
        assert i18n.system_language(QLocale(name)) == "fr", name
    for name in ("en_CA", "en_US", "de_DE", "C"):
        assert i18n.system_language(QLocale(name)) == "en", name


@pytest.mark.usefixtures("no_env")
def test_the_system_locale_decides_when_nothing_is_chosen() -> None:
    assert i18n.desk_language() == i18n.system_language(QLocale.system())


def test_french_installs_our_catalogues_and_qt_own(qtbot: QtBot) -> None:
    assert QApplication.instance() is not None
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert QCoreApplication.translate("Words", "Mon") == "Mon"
    translators = i18n.install_translators("fr")
    try:
        shipped = i18n.catalogues("fr")
        assert shipped and all(path.suffix == ".qm" for path in shipped)
        assert len(translators) == len(shipped) + 1  # and Qt's own (qtbase_fr)
        assert QCoreApplication.translate("Words", "Mon") == "lun."
        fresh = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(fresh)
        assert fresh.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    finally:
        i18n.remove_translators(translators)
    assert QCoreApplication.translate("Words", "Mon") == "Mon"
    assert cancel.text() == "Cancel"


def test_english_installs_nothing(qtbot: QtBot) -> None:
    assert i18n.install_translators("en") == []
    with pytest.raises(ValueError, match="'de' is not a language of the desk"):
        i18n.install_translators("de")
