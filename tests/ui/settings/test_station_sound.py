"""A station without a sound device says so on the screen; each station's volume and mute are
set in Settings (saved with the administrator's PIN) and applied to its sounds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtMultimedia import QSoundEffect
from pytestqt.qtbot import QtBot

from s321_desk.services.admin.settings import all_settings, change_settings, station_sound
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.main_window import MainWindow
from s321_desk.ui.station.sounds import (
    Silence,
    Sound,
    SoundEffects,
    SoundOutput,
    SoundsOpenedLater,
    silent_because,
)
from tests.conftest import first_admin


def open_window(qtbot: QtBot, store: Store, sounds: SoundOutput, tmp_path: Path) -> MainWindow:
    first_admin(store)
    window = MainWindow(
        StoreHandle(store), "PACK-1", label_folder=tmp_path / "labels", sounds=sounds
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_no_sound_device_is_said_on_the_screen(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, store, Silence("no sound device"), tmp_path)
    label = window.sound_label
    assert label.isVisible() and label.text() == "No sound"
    assert label.toolTip() == (
        "This station plays no sound: no sound device. Every verdict is on the screen."
    )
    page = window.settings.stations_page
    page.new_edit.setText("PACK-1")
    page.add_station()
    assert page.sound_form.device_label.isVisibleTo(page)
    assert page.sound_form.device_label.text() == (
        "This computer plays no sound (no sound device): every verdict is on the screen alone."
    )
    page.new_edit.setText("PACK-2")  # another station's machine may have speakers
    page.add_station()
    assert not page.sound_form.device_label.isVisibleTo(page)
    window.close()


@pytest.mark.qt_log_ignore("PulseAudioService", "Couldn.t")  # the backend without a server
def test_a_stations_volume_and_mute_are_saved_and_applied(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    effects = SoundEffects({sound: QSoundEffect() for sound in Sound})
    window = open_window(qtbot, store, effects, tmp_path)
    assert effects.volume() == (100, False)
    assert not window.sound_label.isVisible()  # sounds play: nothing to say
    view = window.settings
    page = view.stations_page
    page.new_edit.setText("PACK-1")
    page.add_station()
    page.sound_form.slider.setValue(40)
    assert page.sound_form.level_label.text() == "40 %"
    assert view.unsaved() == {"stations": {"PACK-1": {"sound": {"volume": 40, "muted": False}}}}
    view.save()
    assert view.dialog is not None
    view.dialog.fill("Ada Admin", "9999")
    view.dialog.try_accept()
    with one_action(store.engine) as uow:
        assert station_sound(all_settings(uow), "PACK-1") == (40, False)
    assert effects.volume() == (40, False)
    page.sound_form.mute_box.setChecked(True)
    view.save()
    assert view.dialog is not None
    view.dialog.fill("Ada Admin", "9999")
    view.dialog.try_accept()
    assert effects.volume() == (40, True)
    assert window.sound_label.isVisible() and window.sound_label.text() == "Sound off"
    with one_action(store.engine) as uow:
        assert station_sound(all_settings(uow), "PACK-2") == (100, False)  # its own
    window.close()


@pytest.mark.parametrize(
    ("sound", "message"),
    [
        ({"volume": 150}, "'PACK-1'.sound.volume: a whole number from 0 to 100"),
        ({"volume": 50, "muted": "yes"}, "'PACK-1'.sound.muted: true or false"),
        ({"volume": 50, "bass": 3}, "'PACK-1'.sound.bass: not one of volume, muted"),
    ],
)
def test_a_wrong_sound_setting_is_refused(store: Store, sound: object, message: str) -> None:
    admin = first_admin(store)
    with pytest.raises(UserError, match=message.replace(".", r"\.")):
        with one_action(store.engine, immediate=True) as uow:
            change_settings(uow, {"stations": {"PACK-1": {"sound": sound}}}, by=admin)


class Speakers:
    """The audio output, faked at the edge: when it was opened and what it played."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def play(self, sound: Sound) -> None:
        self.log.append(f"played {sound.value}")


def test_the_sounds_open_after_the_first_paint_and_a_scan_before_then_is_heard(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """The window is built and shown without opening the sounds (QtMultimedia and the audio
    device are left for after the first paint); a scan refused before they are open opens
    them, says whether the station plays sound, and plays its sound: it is heard."""
    log: list[str] = []

    def opener(_parent: QObject | None) -> SoundOutput:
        log.append("opened")
        return Speakers(log)

    sounds = SoundsOpenedLater(opener=opener)
    window = MainWindow(
        StoreHandle(store), "PACK-1", label_folder=tmp_path / "labels", sounds=sounds
    )
    qtbot.addWidget(window)
    assert not sounds.is_open and log == []
    assert window.sound_label.text() == ""  # said once they are open
    scan_field = window.station.scan_field
    qtbot.keyClicks(scan_field, "NOT-AN-ORDER")
    qtbot.keyClick(scan_field, Qt.Key.Key_Return)
    assert log == ["opened", "played error"]
    assert "REFUSED" in window.station.message_label.text()
    assert not window.sound_label.isVisibleTo(window)  # sounds play here: nothing to say
    window.after_first_paint()  # open already: opened once
    assert log == ["opened", "played error"]
    window.close()


def test_the_desk_opens_its_sounds_once_the_window_is_painted(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    window = MainWindow(StoreHandle(store), "PACK-1", label_folder=tmp_path / "labels")
    qtbot.addWidget(window)
    assert isinstance(window.sounds, SoundsOpenedLater) and not window.sounds.is_open
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.sounds.is_open)  # type: ignore[attr-defined]
    # Said as the station's real output is: "No sound" without a device, nothing with one.
    silent = silent_because(window.sounds) is not None
    assert window.sound_label.isVisible() == silent
    assert window.sound_label.text() == ("No sound" if silent else "")
    window.close()
