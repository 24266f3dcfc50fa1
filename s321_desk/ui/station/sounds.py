"""The packing station's sounds: one per class of outcome, silent where no audio device is."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    qInstallMessageHandler,
)

from s321_desk.paths import resource
from s321_desk.ui.kit.errors import LOGGER_NAME

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

logger = logging.getLogger(f"{LOGGER_NAME}.sounds")


class Sound(StrEnum):
    """What the packer hears; the file ``resources/sounds/<value>.wav``."""

    OK = "ok"  # closed, label printed
    CHECK = "check"  # closed, waits for a supervisor's decision
    HOLD = "hold"  # held: the parcel does not go
    ERROR = "error"  # a scan or command refused; nothing changed


class SoundOutput(Protocol):
    def play(self, sound: Sound) -> None: ...


class Silence:
    """No sound can play here: the words and colours on the screen carry everything; ``why``
    is said on the screen (the status bar, the station's sound settings)."""

    def __init__(self, why: str = "") -> None:
        self.why = why

    def play(self, sound: Sound) -> None:
        return None


def silent_because(output: SoundOutput) -> str | None:
    """Why a station hears nothing (no device, no QtMultimedia); None where sounds play."""
    output = _open(output)
    if isinstance(output, Silence):
        return output.why or QCoreApplication.translate("Sounds", "no sound device")
    return None


def set_volume(output: SoundOutput, volume: int, muted: bool) -> None:
    """The station's volume (0 to 100) and mute, where sounds play."""
    output = _open(output)
    if isinstance(output, SoundEffects):
        output.set_volume(volume, muted)


class SoundEffects:
    """One preloaded QSoundEffect per sound; a new sound cuts off the one still playing."""

    def __init__(self, effects: dict[Sound, QSoundEffect]) -> None:
        self._effects = effects

    def loaded(self) -> bool:
        """Whether every file is decoded and ready to play."""
        return all(effect.status() == effect.Status.Ready for effect in self._effects.values())

    def set_volume(self, volume: int, muted: bool) -> None:
        for effect in self._effects.values():
            effect.setVolume(max(0, min(100, volume)) / 100)
            effect.setMuted(muted)

    def volume(self) -> tuple[int, bool]:
        effect = next(iter(self._effects.values()))
        return round(effect.volume() * 100), effect.isMuted()

    def play(self, sound: Sound) -> None:
        with _qt_messages_to_log():
            for other, effect in self._effects.items():
                if other is not sound and effect.isPlaying():
                    effect.stop()
            self._effects[sound].play()


def open_sound_output(parent: QObject | None = None, folder: Path | None = None) -> SoundOutput:
    """The default audio output, or ``Silence`` when QtMultimedia cannot load (no libpulse0)
    or there is no audio device (no sound server): never an exception, a dialog or a warning."""
    from PySide6.QtCore import QUrl

    folder = folder or resource("sounds")
    with _qt_messages_to_log():
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            logger.info("Sounds off: QtMultimedia cannot load (%s)", error)
            return Silence(
                QCoreApplication.translate(
                    "Sounds", "the sound library cannot load ({error})"
                ).format(error=error)
            )
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            logger.info("Sounds off: no audio output device")
            return Silence(QCoreApplication.translate("Sounds", "no sound device"))
        effects = {}
        for sound in Sound:
            effect = QSoundEffect(device, parent)
            effect.setSource(QUrl.fromLocalFile(str(folder / f"{sound.value}.wav")))
            effects[sound] = effect
    logger.info("Sounds on: %s", device.description())
    return SoundEffects(effects)


class SoundsOpenedLater:
    """The station's sounds, opened once the window is on the screen (``open``), or by the
    first sound asked before then: QtMultimedia's import and the audio device's probe are
    time the scan field need not wait for, and no verdict goes silent for it. ``opened`` is
    called once they are open, before any sound plays (the station's volume set on them)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        opener: Callable[[QObject | None], SoundOutput] = open_sound_output,
        opened: Callable[[], None] | None = None,
    ) -> None:
        self._parent = parent
        self._opener = opener
        self.opened = opened
        self._output: SoundOutput | None = None

    @property
    def is_open(self) -> bool:
        return self._output is not None

    def open(self) -> SoundOutput:
        """The sounds, opened now if they are not yet."""
        if self._output is None:
            self._output = self._opener(self._parent)
            if self.opened is not None:
                self.opened()
        return self._output

    def play(self, sound: Sound) -> None:
        self.open().play(sound)


def _open(output: SoundOutput) -> SoundOutput:
    return output.open() if isinstance(output, SoundsOpenedLater) else output


def check_sound_backend(folder: Path | None = None) -> str:
    """For the self-test: QtMultimedia loads with its media backend (the ffmpeg plugin) and
    the shipped sounds are there; what it found, or RuntimeError naming what is missing. No
    audio device is no failure: a station without speakers is silent on purpose."""
    folder = folder or resource("sounds")
    with _qt_messages_to_log():
        try:
            from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer
        except ImportError as error:
            raise RuntimeError(f"QtMultimedia cannot load ({error}): no sounds") from None
        if not QMediaPlayer().isAvailable():
            raise RuntimeError(
                "QtMultimedia has no media backend (its plugin did not load): no sounds"
            )
        missing = [s.value for s in Sound if not (folder / f"{s.value}.wav").is_file()]
        if missing:
            raise RuntimeError(f"{folder}: no {', '.join(missing)} sound")
        device = QMediaDevices.defaultAudioOutput()
    output = "no audio output here" if device.isNull() else f"output {device.description()}"
    return f"{len(Sound)} sounds, media backend loaded, {output}"


@contextmanager
def _qt_messages_to_log() -> Iterator[None]:
    """Qt Multimedia warns about every codec and sound server it does not find, which would
    read like a failure on a station without speakers: its messages go to our log instead."""

    def to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        logger.debug("Qt (%s): %s", context.category, message)

    previous = qInstallMessageHandler(to_log)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
