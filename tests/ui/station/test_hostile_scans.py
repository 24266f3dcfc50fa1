"""The packing station given what no label carries: a paste of 100 characters, a NUL, a look-alike
of a command word. Each is refused in red on one line and changes nothing; packing goes on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from s321_desk.store.database import Store
from s321_desk.ui.station.sounds import Sound
from s321_desk.ui.station.view import PackingStation
from tests.ui.station.test_packing_station import (  # noqa: F401  (fixtures)
    RecordedSounds,
    history,
    items,
    labelled,
    labels,
    scan,
    sounds,
    station,
    stocked,
)


def pasted(qtbot: QtBot, widget: PackingStation, text: str) -> None:
    """Text put in the field whole (QTest types Latin-1 only), then Enter."""
    widget.scan_field.setText(text)
    qtbot.keyClick(widget.scan_field, Qt.Key.Key_Return)


def test_what_cannot_be_a_code_is_refused_in_one_line(
    qtbot: QtBot,
    station: PackingStation,  # noqa: F811
    labelled: Store,  # noqa: F811
    sounds: RecordedSounds,  # noqa: F811
) -> None:
    scan(qtbot, station, "#1001", "TS-M")
    scan(qtbot, station, "x" * 300)
    assert station.message_label.text() == (
        "REFUSED: scan '" + "x" * 40 + "'...: too long to be a code (300 characters, at most 255)"
    )
    pasted(qtbot, station, "TS\x00M")  # a wedge cannot type it; a paste or a misread can
    assert station.message_label.text() == (
        "REFUSED: scan 'TS\\x00M': not a code (character U+0000 at position 3)"
    )
    pasted(qtbot, station, "cmd-clo\u017fe")  # no command: a code that names nothing
    assert station.message_label.text() == "REFUSED: cmd-clo\u017fe: unknown barcode or SKU"
    assert sounds.played == [Sound.ERROR] * 3
    assert items(labelled, "#1001") == 1 and station.look.word == "REFUSED"  # until a good scan
    scan(qtbot, station, "TS-M")
    assert items(labelled, "#1001") == 2 and station.look.word == "PACKING"
    assert history(station)[0] == "+1  Cotton T-shirt M  (2 of 2)"
