"""A station's sound in the settings: its volume and mute (the "sound" of its entry in the
"stations" setting), and, for the station on this computer, whether it has a sound device."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout

from s321_desk.ui.dialogs.sign_in import ERROR_STYLE


class SoundForm(QGroupBox):
    """Volume 0-100 and mute; ``value()`` is None while both are as by default (full, on)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Sound"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setValue(100)
        self.level_label = QLabel()
        self.level_label.setMinimumWidth(self.level_label.fontMetrics().horizontalAdvance("100 %"))
        self.mute_box = QCheckBox(self.tr("Muted"))
        self.device_label = QLabel()
        self.device_label.setTextFormat(Qt.TextFormat.PlainText)
        self.device_label.setWordWrap(True)
        self.device_label.setStyleSheet(ERROR_STYLE)
        self.device_label.hide()
        self.slider.valueChanged.connect(self._show_level)
        self.slider.valueChanged.connect(lambda _value: self.changed.emit())
        self.mute_box.toggled.connect(lambda _on: self.changed.emit())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Volume:")))
        row.addWidget(self.slider, 1)
        row.addWidget(self.level_label)
        row.addWidget(self.mute_box)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.device_label)
        self._show_level(100)

    def _show_level(self, value: int) -> None:
        self.level_label.setText(f"{value} %")

    def load(self, sound: Any) -> None:
        sound = sound if isinstance(sound, dict) else {}
        self.blockSignals(True)
        self.slider.blockSignals(True)
        self.mute_box.blockSignals(True)
        self.slider.setValue(int(sound.get("volume", 100)))
        self._show_level(self.slider.value())
        self.mute_box.setChecked(bool(sound.get("muted", False)))
        self.slider.blockSignals(False)
        self.mute_box.blockSignals(False)
        self.blockSignals(False)

    def value(self) -> dict[str, Any] | None:
        volume, muted = self.slider.value(), self.mute_box.isChecked()
        if volume == 100 and not muted:
            return None
        return {"volume": volume, "muted": muted}

    def say_device(self, why: str | None) -> None:
        """This computer's station hears nothing: say why (None: it has sound)."""
        self.device_label.setText(
            self.tr(
                "This computer plays no sound ({why}): every verdict is on the screen alone."
            ).format(why=why)
            if why
            else ""
        )
        self.device_label.setVisible(bool(why))
