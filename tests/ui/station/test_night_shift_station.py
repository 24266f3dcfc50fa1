"""The night shift at the packing station, on a real store, scans typed as a scanner types them:
a short close needs its confirmation, a refused item turns the banner red, an item that will
hold the parcel is said at its scan, F6 holds a parcel mid-pack, a scanner's burst is told
from typing, a supervisor's strip times out, a signed supervisor gives the PIN alone."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork
from s321_desk.ui.station.looks import HOLD, OK, REFUSED, SHORT
from s321_desk.ui.station.sounds import Sound
from s321_desk.ui.station.view import PackingStation
from tests.ui.station import test_packing_station as packing
from tests.ui.station.test_packing_station import (
    PIN,
    SUPERVISOR,
    RecordedSounds,
    banner_colour,
    history,
    items,
    scan,
    view_of,
)

# The packing station's fixtures: its store (catalog, orders, a supervisor), labels, sounds.
stocked, labelled, labels = packing.stocked, packing.labelled, packing.labels
sounds, station = packing.sounds, packing.station


def audits(store: Store, action: str) -> list[dict[str, object]]:
    with UnitOfWork(store.engine) as uow:
        entries = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == action))
        return [json.loads(e.details) for e in entries]


def sign(qtbot: QtBot, station: PackingStation, *texts: str) -> None:
    """The supervisor's strip, typed by hand where the cursor is: a key every 60 ms, Enter
    after each field."""
    for text in texts:
        edit = QApplication.focusWidget()
        assert edit in (
            station.prompt.who_edit,
            station.prompt.pin_edit,
            station.prompt.reason_edit,
        )
        for char in text:
            qtbot.keyClick(edit, char)
            qtbot.wait(60)
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_f12_on_a_short_parcel_says_what_is_missing_and_closes_only_on_cmd_short(
    qtbot: QtBot, station: PackingStation, labelled: Store, sounds: RecordedSounds, labels: Path
) -> None:
    scan(qtbot, station, "#1001", "TS-M")
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F12)

    assert view_of(labelled, "#1001").status == "open"  # nothing closed, no label
    assert station.look is SHORT and banner_colour(station) == QColor(SHORT.background)
    assert station.banner.headline_label.text() == (
        "SHORT: 1 of 3 packed; missing 1 of Cotton T-shirt M, 1 of Down jacket"
    )
    assert station.banner.sentences_label.sentences == [
        "Cotton T-shirt M: 1 missing",
        "Down jacket: 1 missing",
    ]
    assert "Scan CMD-SHORT to close it short" in station.message_label.text()
    assert sounds.played == [Sound.CHECK] and not labels.exists()

    scan(qtbot, station, "CMD-SHORT")  # the explicit confirmation: a scan of the sheet

    view = view_of(labelled, "#1001")
    assert view.status == "closed" and station.look.word in ("OK", "CHECK")
    assert history(station)[1] == (
        "SHORT  confirmed by CMD-SHORT: 1 of Cotton T-shirt M, 1 of Down jacket"
    )
    (close,) = audits(labelled, "parcel.close")
    assert close["short"] == {"missing": {"TS-M": 1, "JKT": 1}, "confirmed_by": "CMD-SHORT"}


def test_a_full_parcel_closes_at_once_and_an_empty_one_is_refused(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    scan(qtbot, station, "#1002")
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F12)
    assert "empty; scan its items before closing it" in station.message_label.text()
    scan(qtbot, station, "JKT")
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F12)
    assert view_of(labelled, "#1002").status == "closed"
    assert "short" not in audits(labelled, "parcel.close")[0]


def test_f12_again_asks_a_supervisor_who_closes_it_short_with_a_reason(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    scan(qtbot, station, "#1001", "TS-M", "TS-M")
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F12)
    assert station.look is SHORT and not station.prompt.isVisible()
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F12)
    assert station.prompt.isVisible() and station.prompt.who_edit.hasFocus()

    sign(qtbot, station, SUPERVISOR, PIN, "jacket out of stock")

    assert view_of(labelled, "#1001").status == "closed" and not station.prompt.isVisible()
    (close,) = audits(labelled, "parcel.close")
    assert close["short"] == {
        "missing": {"JKT": 1},
        "confirmed_by": SUPERVISOR,
        "reason": "jacket out of stock",
    }
    assert station.scan_field.hasFocus()


def test_a_wrong_item_turns_the_whole_banner_red_until_the_next_good_scan(
    qtbot: QtBot, station: PackingStation, labelled: Store, sounds: RecordedSounds
) -> None:
    scan(qtbot, station, "#1002", "TS-M")  # not on this order

    assert station.look is REFUSED and banner_colour(station) == QColor(REFUSED.background)
    assert station.banner.word_label.text() == "REFUSED"
    assert station.banner.headline_label.text() == "TS-M (TS-M): not on order #1002"
    assert sounds.played == [Sound.ERROR]
    scan(qtbot, station, "999999")  # an unknown barcode: red again, the error sound again
    assert station.look is REFUSED and sounds.played == [Sound.ERROR, Sound.ERROR]
    assert "unknown barcode or SKU" in station.banner.headline_label.text()
    scan(qtbot, station, "JKT", "JKT")  # a good scan, then an over-pick
    assert station.look is REFUSED and "already packed" in station.banner.headline_label.text()
    assert items(labelled, "#1002") == 1
    scan(qtbot, station, "CMD-CLOSE")
    assert station.look is not REFUSED and station.look.word in ("OK", "CHECK")


def test_an_item_that_will_hold_the_parcel_is_said_at_its_scan(
    qtbot: QtBot, station: PackingStation, labelled: Store, sounds: RecordedSounds
) -> None:
    scan(qtbot, station, "#1003", "TS-M")
    assert sounds.played == [] and not station.message_label.text().startswith("HOLD AHEAD")
    scan(qtbot, station, "TOQUE")  # no HTS in the catalog: the close will hold it
    said = station.message_label.text()
    assert said.startswith("HOLD AHEAD: Knit toque: no HTS number in the catalog.")
    assert "F6 holds it now" in said and sounds.played == [Sound.HOLD]
    assert view_of(labelled, "#1003").status == "open"


def test_f6_holds_the_open_parcel_mid_pack_without_a_label(
    qtbot: QtBot, station: PackingStation, labelled: Store, labels: Path
) -> None:
    scan(qtbot, station, "#1001", "TS-M")
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F6)
    assert station.prompt.isVisible()  # no longer refused while the parcel is open

    sign(qtbot, station, SUPERVISOR, PIN, "wrong jacket colour")

    view = view_of(labelled, "#1001")
    assert view.status == "held" and station.look is HOLD
    assert sorted(p.name for p in labels.iterdir()) == [f"{view.parcel_id}-hold-tag.pdf"]
    (hold,) = audits(labelled, "decision.hold")
    assert hold["while_packing"] is True
    scan(qtbot, station, "#1002")  # the bench is free for the next order
    assert station.look.word == "PACKING"


def test_stray_keys_before_a_scanner_burst_are_dropped(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    scan(qtbot, station, "#1001")
    for char in "jk":  # a sleeve on the keyboard, by hand
        qtbot.keyClick(station.scan_field, char)
        qtbot.wait(80)
    qtbot.wait(600)  # then a pause: the stray keys are left behind
    scan(qtbot, station, "012345678905")  # then the scanner's burst
    assert items(labelled, "#1001") == 1
    assert history(station)[0] == "+1  Cotton T-shirt M  (1 of 2)"
    # Typed by hand (a key every 80 ms), the whole text is the scan.
    for char in "TS-M":
        qtbot.keyClick(station.scan_field, char)
        qtbot.wait(80)
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)
    assert items(labelled, "#1001") == 2


def test_a_scanner_burst_into_the_supervisors_pin_is_a_scan_that_waits(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE", "CMD-HOLD")
    prompt = station.prompt
    sign(qtbot, station, SUPERVISOR)
    assert prompt.pin_edit.hasFocus()
    qtbot.keyClicks(prompt.pin_edit, "#1001")  # the next order's ticket, scanned too soon
    qtbot.keyClicks(prompt.pin_edit, "0000")
    qtbot.keyClick(prompt.pin_edit, Qt.Key.Key_Return)  # a burst of 9: not a PIN
    assert prompt.pin_edit.text() == "" and prompt.isVisible()
    assert station.message_label.text() == "Scan '#10010000' waits until the supervisor is done"
    assert view_of(labelled, "#1002").status == "closed"


def test_a_strip_nobody_signs_times_out_and_the_station_scans_again(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    station.prompt_timer.setInterval(300)
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE", "CMD-VOID")
    assert station.prompt.isVisible() and not station.scan_field.isEnabled()
    qtbot.waitUntil(lambda: not station.prompt.isVisible(), timeout=3000)
    assert station.scan_field.isEnabled() and station.scan_field.hasFocus()
    assert station.message_label.text() == "Nobody signed for a minute: cancelled, nothing changed"
    assert view_of(labelled, "#1002").status == "closed"


def test_a_refusal_that_is_not_the_pin_keeps_the_pin(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE", "CMD-HOLD")
    sign(qtbot, station, SUPERVISOR, PIN, " ")  # a blank reason: not signed yet
    prompt = station.prompt
    assert prompt.isVisible() and view_of(labelled, "#1002").status == "closed"
    assert prompt.pin_edit.text() == PIN and prompt.reason_edit.hasFocus()
    sign(qtbot, station, "box crushed")
    assert view_of(labelled, "#1002").status == "held"


def test_a_supervisor_who_signed_a_moment_ago_gives_the_pin_alone(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE", "CMD-HOLD")
    sign(qtbot, station, SUPERVISOR, PIN, "box crushed")
    scan(qtbot, station, "CMD-VOID")
    prompt = station.prompt
    assert prompt.who_edit.text() == SUPERVISOR and prompt.pin_edit.hasFocus()
    sign(qtbot, station, PIN, "packed again")
    assert view_of(labelled, "#1002").status == "voided"
    assert station.look is not OK


def test_the_supervisor_picks_the_usual_reason_with_down_at_the_station(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    scan(qtbot, station, "#1001", "TS-M", "TS-M")
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F12)
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F12)  # a supervisor closes it short
    prompt = station.prompt
    assert prompt.reason_edit.placeholderText() == "Down: the usual reasons"
    sign(qtbot, station, SUPERVISOR, PIN)
    assert prompt.reason_edit.hasFocus()
    qtbot.keyClick(prompt.reason_edit, Qt.Key.Key_Down)
    qtbot.keyClick(prompt.reason_edit, Qt.Key.Key_Down)
    qtbot.keyClick(prompt.reason_edit, Qt.Key.Key_Up)
    assert prompt.reason_edit.text() == "Out of stock: the rest ships later"
    qtbot.keyClick(prompt.reason_edit, Qt.Key.Key_Return)
    (close,) = audits(labelled, "parcel.close")
    assert close["short"]["reason"] == "Out of stock: the rest ships later"


def test_keys_left_in_the_scan_field_are_cleared_when_the_view_changes(
    qtbot: QtBot, store: Store
) -> None:
    from tests.ui.test_main_window_keys import open_window

    window = open_window(qtbot, store)
    field = window.station.scan_field
    window.show_tab(window.station)
    qtbot.keyClicks(field, "10")  # half a code typed by hand, no Enter
    window.show_tab(window.warnings)  # Ctrl+2
    assert window.tabs.currentWidget() is window.warnings
    window.show_tab(window.station)  # Ctrl+1
    assert window.tabs.currentWidget() is window.station and field.text() == ""
    window.close()
