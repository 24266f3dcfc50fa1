"""The station's sounds: silent without a sound server or QtMultimedia, and the shipped WAVs."""

from __future__ import annotations

import runpy
import sys
import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from s321_desk.paths import resource
from s321_desk.ui.station.sounds import Silence, Sound, SoundEffects, open_sound_output


def test_the_sound_output_degrades_silently(qtbot: QtBot) -> None:
    """No sound server, or speakers (PULSE_SERVER set to a null sink): never an exception, a
    dialog or a Qt warning (qt_log_level_fail would fail this test)."""
    output = open_sound_output()
    if isinstance(output, SoundEffects):  # a sound server: the files load and play
        qtbot.waitUntil(output.loaded)
    for sound in Sound:
        output.play(sound)
    qtbot.wait(200)  # any late warning from a backend comes now


def test_without_qt_multimedia_the_station_is_silent(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QtMultimedia needs libpulse0 to import; a station without it still works, silently."""
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails

    output = open_sound_output()

    assert isinstance(output, Silence)
    output.play(Sound.ERROR)


def test_the_shipped_sounds_are_short_distinct_wavs_that_make_sounds_writes(
    tmp_path: Path,
) -> None:
    script = runpy.run_path(str(resource("sounds", "make_sounds.py")))
    script["write"](tmp_path)
    frames = {}
    for sound in Sound:
        with wave.open(str(resource("sounds", f"{sound.value}.wav"))) as shipped:
            assert (shipped.getnchannels(), shipped.getsampwidth()) == (1, 2)
            assert 0.2 <= shipped.getnframes() / shipped.getframerate() <= 1.2
            frames[sound] = shipped.readframes(shipped.getnframes())
        with wave.open(str(tmp_path / f"{sound.value}.wav")) as made:
            remade = made.readframes(made.getnframes())
        assert len(remade) == len(frames[sound])
        assert (
            max(abs(a - b) for a, b in zip(_samples(remade), _samples(frames[sound]), strict=True))
            <= 1
        )
    assert len(set(frames.values())) == 4


def _samples(data: bytes) -> list[int]:
    return [int.from_bytes(data[i : i + 2], "little", signed=True) for i in range(0, len(data), 2)]
