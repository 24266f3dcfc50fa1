"""The packing station on a real store, driven like a keyboard-wedge scanner: scans typed with
Enter, bursts, keys, a supervisor's PIN in the panel; checked in the store, on the screen (word,
colour, history), in the label file and in what the station asked the speakers to play."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from s321_desk.services.admin.rules_and_rates import pin_rules, set_fx_rate
from s321_desk.services.admin.settings import set_setting
from s321_desk.services.admin.users import add_user
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.lookup.parcel_views import ParcelView, parcel_view
from s321_desk.store.database import Store
from s321_desk.store.models import Parcel, ParcelItem
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.station.looks import CHECK, HOLD, OK, VOID, verdict_look
from s321_desk.ui.station.sounds import Sound
from s321_desk.ui.station.view import PackingStation
from s321_desk.ui.station.widgets import FittedSentences
from tests.conftest import first_admin, write_csv
from tests.services.packing.test_packing import CATALOG as PACKING_CATALOG
from tests.services.packing.test_packing import ORDERS as PACKING_ORDERS

# The packing tests' catalog and orders (#1001, #1002: one person, two spellings), and more.
CATALOG = PACKING_CATALOG + "TOQUE,Knit toque,,CA,30.00,CAD,0.100,,\n"  # no HTS: it holds
ORDERS = PACKING_ORDERS + (
    "#1003,CAD,2024-06-10 10:00:00 -0700,1,Knit toque,30.00,TOQUE,Ana Lopez,"
    "9 Elm St,,Buffalo,14202,NY,US\n"
    "#1003,,,1,Cotton T-shirt M,24.50,TS-M,,,,,,,\n"
    "#1004,CAD,2024-06-10 11:00:00 -0700,20,Cotton T-shirt M,24.50,TS-M,Bo Chen,"
    "5 Oak Ave,,Rochester,14604,NY,US\n"
)
RETURN_ADDRESS = ["Maple Border Returns", "2400 Military Rd", "Niagara Falls NY 14304"]
SUPERVISOR, PIN = "Sam Super", "2468"


class RecordedSounds:
    """The speakers, faked at the edge: which sound the station asked for, in order."""

    def __init__(self) -> None:
        self.played: list[Sound] = []

    def play(self, sound: Sound) -> None:
        self.played.append(sound)


@pytest.fixture
def stocked(store: Store, tmp_path: Path) -> Store:
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", ORDERS))
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", date(2024, 1, 1), "test")
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, SUPERVISOR, "supervisor", PIN, badge="B-77", by=admin)
    return store


@pytest.fixture
def labelled(stocked: Store) -> Store:
    """The store with the one setting a label needs: the US return address."""
    with UnitOfWork(stocked.engine) as uow:
        set_setting(uow.session, "us_return_address", RETURN_ADDRESS)
        uow.commit()
    return stocked


@pytest.fixture
def sounds() -> RecordedSounds:
    return RecordedSounds()


@pytest.fixture
def labels(tmp_path: Path) -> Path:
    return tmp_path / "data" / "labels"  # not there yet: the station makes it


def make_station(
    qtbot: QtBot, store: Store, sounds: RecordedSounds, labels: Path, **extra: object
) -> PackingStation:
    widget = PackingStation(store.engine, "DOCK-3", labels, sounds=sounds, **extra)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def station(qtbot: QtBot, labelled: Store, sounds: RecordedSounds, labels: Path) -> PackingStation:
    return make_station(qtbot, labelled, sounds, labels)


def scan(qtbot: QtBot, station: PackingStation, *codes: str) -> None:
    for code in codes:
        qtbot.keyClicks(station.scan_field, code)
        qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)


def items(store: Store, order: str) -> int:
    """Items in the order's open or closed parcels (voided ones excepted)."""
    view = _parcels(store, order)
    with UnitOfWork(store.engine) as uow:
        return (
            uow.session.scalar(
                select(func.count())
                .select_from(ParcelItem)
                .where(ParcelItem.parcel_id.in_([p.id for p in view if p.status != "voided"]))  # type: ignore[attr-defined]
            )
            or 0
        )


def _parcels(store: Store, order: str) -> list[Parcel]:
    from s321_desk.store.models import Order

    with UnitOfWork(store.engine) as uow:
        return list(
            uow.session.scalars(
                select(Parcel).join(Order, Order.id == Parcel.order_id).where(Order.name == order)
            )
        )


def view_of(store: Store, order: str) -> ParcelView:
    (parcel,) = _parcels(store, order)
    with one_action(store.engine) as uow:
        return parcel_view(uow, parcel.code)


def history(station: PackingStation) -> list[str]:
    return [station.history.item(row).text() for row in range(station.history.count())]


def banner_colour(station: PackingStation) -> QColor:
    """The colour actually painted in the banner's corner."""
    return station.banner.grab().toImage().pixelColor(4, 4)


def test_an_order_its_items_and_close_give_ok_in_green_and_a_label_pdf(
    qtbot: QtBot, station: PackingStation, labelled: Store, sounds: RecordedSounds, labels: Path
) -> None:
    scan(qtbot, station, "#1001")
    assert station.look.word == "PACKING"
    assert station.bench_label.text() == "Order #1001: 0 of 3 packed"
    scan(qtbot, station, "012345678905", "TS-M", "JKT")  # a UPC, then SKUs
    assert items(labelled, "#1001") == 3
    assert station.message_label.text() == "Down jacket: 1 of 1"
    assert station.banner.headline_label.text() == "All 3 items packed: close it (F12)."

    with qtbot.waitSignal(station.parcel_closed) as closed:
        qtbot.keyClick(station.scan_field, Qt.Key.Key_F12)

    view = view_of(labelled, "#1001")
    assert (view.status, view.needs_decision) == ("closed", False)
    assert closed.args == [view.parcel_id, "OK"]
    assert station.look is OK and station.banner.word_label.text() == "OK"
    assert banner_colour(station) == QColor(OK.background)
    assert station.banner.headline_label.text() == "Put the label on: it ships."
    assert station.banner.route_label.text() == f"Route {view.route} (informal entry by a broker)"
    assert station.banner.detail_label.text().startswith(f"Parcel {view.parcel_id} · order #1001")
    assert "broker's entry" in station.banner.sentences_label.text()  # the codes, as sentences
    assert sounds.played == [Sound.OK]
    label = labels / f"{view.parcel_id}.pdf"
    assert label.read_bytes().startswith(b"%PDF-")
    assert station.status_label.text() == (
        f"Label {view.parcel_id} saved as a PDF (no label printer set up): {label}"
    )
    assert history(station) == [
        f"CLOSED  OK  route {view.route}",
        "+1  Down jacket  (1 of 1)",
        "+1  Cotton T-shirt M  (2 of 2)",
        "+1  Cotton T-shirt M  (1 of 2)",
        f"ORDER  #1001  parcel {view.parcel_id}",
    ]
    assert station.scan_field.hasFocus()


def test_a_burst_of_scans_typed_in_one_go_is_each_handled_once_in_order(
    qtbot: QtBot, station: PackingStation, labelled: Store, sounds: RecordedSounds
) -> None:
    burst = "1004\r" + "TS-M\r" * 20 + "CMD-CLOSE\r"  # the order without '#', as a wedge types

    qtbot.keyClicks(station.scan_field, burst)

    assert items(labelled, "#1004") == 20
    assert view_of(labelled, "#1004").status == "closed"
    rows = history(station)
    assert rows[0].startswith("CLOSED  OK")
    assert rows[1:21] == [f"+1  Cotton T-shirt M  ({n} of 20)" for n in range(20, 0, -1)]
    assert rows[21].startswith("ORDER  #1004")
    assert sounds.played == [Sound.OK]
    assert station.scan_field.text() == ""


def test_scans_arriving_while_one_is_handled_wait_their_turn(
    qtbot: QtBot, labelled: Store, sounds: RecordedSounds, labels: Path
) -> None:
    """A scanner goes on typing while the station prints: those scans queue, none is lost."""
    printed: list[str] = []

    def slow_printer(parcel: str) -> str:
        QTest.keyClicks(station.scan_field, "#1003\rTOQUE\r")  # typed during the print
        printed.append(parcel)
        return f"Label {parcel} sent to the test printer"

    station = make_station(qtbot, labelled, sounds, labels, label_sink=slow_printer)
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE")

    assert printed == [view_of(labelled, "#1002").parcel_id]
    assert items(labelled, "#1003") == 1
    assert history(station) == [
        "+1  Knit toque  (1 of 1)",
        f"ORDER  #1003  parcel {view_of(labelled, '#1003').parcel_id}",
    ]


def test_wrong_items_are_refused_in_red_with_the_error_sound_and_change_nothing(
    qtbot: QtBot, station: PackingStation, labelled: Store, sounds: RecordedSounds
) -> None:
    scan(qtbot, station, "#1001", "JKT")
    refusals = {
        "MUG-999": "MUG-999: unknown barcode or SKU",
        "JKT": "JKT (Down jacket): all 1 already packed (over-pick)",
        "TOQUE": "TOQUE (TOQUE): not on order #1001",
    }
    for code, why in refusals.items():
        scan(qtbot, station, code)
        assert station.message_label.text() == f"REFUSED: {why}"
        assert "#b00020" in station.message_label.styleSheet()
        assert history(station)[0] == f"REFUSED  {code}"

    assert items(labelled, "#1001") == 1
    assert sounds.played == [Sound.ERROR] * 3
    assert station.bench_label.text() == "Order #1001: 1 of 3 packed"
    scan(qtbot, station, "TS-M")  # the next good scan clears the red
    assert station.message_label.text() == "Cotton T-shirt M: 1 of 2"
    assert station.message_label.styleSheet() == ""


def test_a_scan_that_is_no_order_while_no_parcel_is_open(
    qtbot: QtBot, station: PackingStation, sounds: RecordedSounds
) -> None:
    scan(qtbot, station, "TS-M")

    assert station.message_label.text() == (
        "REFUSED: TS-M: not an order; scan an order's pick ticket first to open its parcel"
    )
    # The whole banner turns red until the next good scan (a refused code, seen from afar).
    assert station.look.word == "REFUSED" and sounds.played == [Sound.ERROR]
    assert banner_colour(station) == QColor("#b00020")
    assert station.banner.headline_label.text().startswith("TS-M: not an order")
    scan(qtbot, station, "#1001")
    assert station.look.word == "PACKING"


def test_empty_and_blank_scans_are_ignored(
    qtbot: QtBot, station: PackingStation, sounds: RecordedSounds
) -> None:
    scan(qtbot, station, "#1001")
    before = (history(station), station.message_label.text())
    scan(qtbot, station, "", "   ", "\t")

    assert (history(station), station.message_label.text()) == before
    assert sounds.played == []


def test_undo_by_key_takes_the_last_scan_out_and_marks_it_in_the_history(
    qtbot: QtBot, station: PackingStation, labelled: Store, sounds: RecordedSounds
) -> None:
    scan(qtbot, station, "#1001", "TS-M", "JKT")

    qtbot.keyClick(station.scan_field, Qt.Key.Key_F9)

    assert items(labelled, "#1001") == 1
    assert history(station)[:2] == ["UNDO  Down jacket", "UNDONE  Down jacket  (1 of 1)"]
    assert station.history.item(1).font().strikeOut()
    assert station.message_label.text() == "Undone: Down jacket; take it out of the box"
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert items(labelled, "#1001") == 0
    assert history(station)[:4] == [
        "UNDO  Cotton T-shirt M",
        "UNDO  Down jacket",
        "UNDONE  Down jacket  (1 of 1)",
        "UNDONE  Cotton T-shirt M  (1 of 2)",
    ]
    scan(qtbot, station, "CMD-UNDO")
    assert station.message_label.text() == "REFUSED: nothing to undo: the parcel is empty"
    assert sounds.played == [Sound.ERROR]
    assert station.bench_label.text() == "Order #1001: 0 of 3 packed"


def test_another_order_is_refused_while_the_open_parcel_has_items(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    scan(qtbot, station, "#1001", "TS-M", "#1002")

    assert station.message_label.text().startswith("REFUSED: #1002 is another order: parcel ")
    assert _parcels(labelled, "#1002") == []  # nothing opened for it
    scan(qtbot, station, "CMD-UNDO", "1002")  # an empty parcel may be left for another order
    assert station.bench_label.text() == "Order #1002: 0 of 1 packed"
    scan(qtbot, station, "#1001")  # and taken up again by its pick ticket
    assert station.bench_label.text() == "Order #1001: 0 of 3 packed"
    assert len(_parcels(labelled, "#1001")) == 1


def test_an_unclassified_item_holds_the_parcel_in_red_with_the_hold_sound(
    qtbot: QtBot, station: PackingStation, labelled: Store, sounds: RecordedSounds, labels: Path
) -> None:
    scan(qtbot, station, "#1003", "TOQUE")
    # Said at its scan, before the box is taped: the parcel will be held.
    assert station.message_label.text().startswith(
        "HOLD AHEAD: Knit toque: no HTS number in the catalog. This parcel will be held"
    )
    assert sounds.played == [Sound.HOLD]
    scan(qtbot, station, "TS-M", "CMD-CLOSE")

    view = view_of(labelled, "#1003")
    assert view.status == "held"
    assert station.look is HOLD and station.banner.word_label.text() == "HOLD"
    assert banner_colour(station) == QColor(HOLD.background)
    assert sounds.played == [Sound.HOLD, Sound.HOLD]
    first = station.banner.sentences_label.sentences[0]
    assert first.startswith("HOLD: ") and "Knit toque" in first
    assert "MISSING_HTS" in station.banner.toolTip()
    # No label for a held parcel: its HOLD tag, for the box, with its barcode and the reason.
    assert sorted(p.name for p in labels.iterdir()) == [f"{view.parcel_id}-hold-tag.pdf"]
    assert station.status_label.text().startswith(f"HOLD tag {view.parcel_id} saved as a PDF")
    tag = pypdfium2.PdfDocument(labels / f"{view.parcel_id}-hold-tag.pdf")
    text = tag[0].get_textpage().get_text_range()
    found = zxingcpp.read_barcodes(tag[0].render(scale=203 / 72).to_pil())
    assert [r.text for r in found] == [view.parcel_id] and "HOLD" in text and "MISSING_HTS" in text
    tag.close()
    # F7: the tag again, at once (no supervisor asked), never a label.
    scan(qtbot, station, "CMD-REPRINT")
    assert not station.prompt.isVisible()
    assert station.status_label.text().startswith(f"HOLD tag {view.parcel_id} saved as a PDF")
    assert sorted(p.name for p in labels.iterdir()) == [f"{view.parcel_id}-hold-tag.pdf"]


def test_a_second_parcel_for_one_person_shows_check_in_amber_and_names_the_first(
    qtbot: QtBot, station: PackingStation, labelled: Store, sounds: RecordedSounds
) -> None:
    with one_action(labelled.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
    scan(qtbot, station, "#1001", "TS-M", "TS-M", "JKT", "CMD-CLOSE")
    first = view_of(labelled, "#1001").parcel_id
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE")

    assert station.look is CHECK and banner_colour(station) == QColor(CHECK.background)
    assert sounds.played == [Sound.OK, Sound.CHECK]
    sentences = station.banner.sentences_label.text()
    assert sentences.startswith("CHECK: ")  # what to look at before why the route is
    assert f"Parcel {first} (order #1001) was judged again with this one: now CHECK." in sentences
    assert station.status_label.text().startswith("No label for ")


def test_a_close_that_would_change_a_sealed_parcel_says_so(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    """The packer is told that a parcel on a sealed truck crossed as filed and that this one
    would have changed it: a supervisor is told (the warnings)."""
    from s321_desk.services.judging.sealed import Raised

    scan(qtbot, station, "#1001", "TS-M", "TS-M", "JKT", "CMD-CLOSE")
    view = view_of(labelled, "#1001")
    filed = Raised(
        "P0000042", "ABCD000007", "S321_MANIFEST", "T11", f"parcel.close {view.parcel_id}"
    )
    station._show_verdict(view, [], [filed])
    assert station.banner.sentences_label.sentences[-1] == (
        "Parcel P0000042 on sealed truck ABCD000007 crossed as filed (S321_MANIFEST); this one "
        "would make it T11: a supervisor is told."
    )


def test_a_supervisor_holds_a_parcel_in_the_panel_by_badge_and_pin(
    qtbot: QtBot, station: PackingStation, labelled: Store, sounds: RecordedSounds
) -> None:
    scan(qtbot, station, "#1001", "TS-M", "TS-M", "JKT", "CMD-CLOSE", "CMD-HOLD")
    prompt = station.prompt
    assert prompt.isVisible() and prompt.who_edit.hasFocus()
    assert not station.scan_field.isEnabled()
    assert not any(action.isEnabled() for action in station.command_actions())
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]

    for edit, text in (
        (prompt.who_edit, "B-77"),
        (prompt.pin_edit, "0000"),
        (prompt.reason_edit, "box crushed"),
    ):
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert station.message_label.text() == f"REFUSED: {SUPERVISOR}: wrong PIN"
    assert prompt.pin_edit.hasFocus() and prompt.pin_edit.text() == ""
    assert view_of(labelled, "#1001").status == "closed"

    qtbot.keyClicks(prompt.pin_edit, PIN)
    with qtbot.waitSignal(station.parcel_decided) as decided:
        qtbot.keyClick(prompt.pin_edit, Qt.Key.Key_Return)

    view = view_of(labelled, "#1001")
    assert decided.args == [view.parcel_id, "hold"] and view.status == "held"
    assert not prompt.isVisible() and station.scan_field.hasFocus()
    assert station.look is HOLD and banner_colour(station) == QColor(HOLD.background)
    assert sounds.played == [Sound.OK, Sound.ERROR, Sound.HOLD]
    # Printed at the hold: the box's HOLD tag, after the supervisor's line.
    assert history(station)[:2] == [
        f"HOLD TAG  {view.parcel_id}",
        f"HOLD  by {SUPERVISOR}: box crushed",
    ]
    assert station.status_label.text().startswith(f"HOLD tag {view.parcel_id} saved as a PDF")


def test_void_by_key_escape_cancels_and_then_a_void_for_good(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE")
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F8)
    assert station.prompt.isVisible() and station.prompt.action == "void"

    qtbot.keyClick(station.prompt.who_edit, Qt.Key.Key_Escape)
    assert not station.prompt.isVisible() and station.scan_field.hasFocus()
    assert station.message_label.text() == "Void cancelled: nothing changed"
    assert view_of(labelled, "#1002").status == "closed"

    qtbot.keyClick(station.scan_field, Qt.Key.Key_F8)
    qtbot.keyClicks(station.prompt.reason_edit, "customer cancelled")  # any order of fields
    qtbot.keyClick(station.prompt.reason_edit, Qt.Key.Key_Return)
    assert station.prompt.who_edit.hasFocus()
    qtbot.keyClicks(station.prompt.who_edit, SUPERVISOR)
    qtbot.keyClick(station.prompt.who_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(station.prompt.pin_edit, PIN)
    qtbot.keyClick(station.prompt.pin_edit, Qt.Key.Key_Return)

    assert view_of(labelled, "#1002").status == "voided"
    assert station.look is VOID and station.banner.word_label.text() == "VOID"
    scan(qtbot, station, "#1002", "JKT")  # its items count as not packed again
    assert station.message_label.text() == "Down jacket: 1 of 1"


def test_scans_after_a_supervisor_command_wait_for_the_supervisor(
    qtbot: QtBot, station: PackingStation, labelled: Store
) -> None:
    scan(qtbot, station, "#1002", "JKT")
    qtbot.keyClicks(station.scan_field, "CMD-CLOSE\rCMD-REPRINT\r")
    assert station.prompt.isVisible() and station.prompt.action == "reprint"
    station._enqueue("#1004")  # as if the scanner typed on: it waits

    assert _parcels(labelled, "#1004") == []
    qtbot.keyClick(station.prompt.who_edit, Qt.Key.Key_Escape)
    assert station.bench_label.text() == "Order #1004: 0 of 20 packed"


def test_reprint_writes_the_label_again_after_the_supervisor_signs(
    qtbot: QtBot, station: PackingStation, labelled: Store, labels: Path
) -> None:
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE")
    label = labels / f"{view_of(labelled, '#1002').parcel_id}.pdf"
    label.unlink()

    qtbot.keyClick(station.scan_field, Qt.Key.Key_F7)
    for edit, text in (
        (station.prompt.who_edit, SUPERVISOR),
        (station.prompt.pin_edit, PIN),
        (station.prompt.reason_edit, "label torn"),
    ):
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert label.read_bytes().startswith(b"%PDF-")
    assert station.status_label.text().endswith(str(label))
    assert station.look is OK


def test_supervisor_commands_need_a_closed_parcel_on_the_screen(
    qtbot: QtBot, station: PackingStation, sounds: RecordedSounds
) -> None:
    scan(qtbot, station, "CMD-HOLD")
    assert station.message_label.text() == (
        "REFUSED: CMD-HOLD: no parcel on the screen; close a parcel first"
    )
    scan(qtbot, station, "#1002", "cmd-void")  # commands in any case
    assert station.message_label.text().endswith("is still open; close it first (F12)")
    assert not station.prompt.isVisible() and sounds.played == [Sound.ERROR] * 2


def test_without_a_return_address_the_status_line_says_no_label_and_no_dialog_opens(
    qtbot: QtBot, stocked: Store, sounds: RecordedSounds, labels: Path
) -> None:
    station = make_station(qtbot, stocked, sounds, labels)
    scan(qtbot, station, "#1002", "JKT", "CMD-CLOSE")

    assert station.look is OK
    assert station.status_label.text().startswith("LABEL NOT PRINTED: ")
    assert "us_return_address" in station.status_label.text()
    assert sounds.played == [Sound.OK, Sound.ERROR]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_close_with_no_parcel_or_an_empty_one_is_refused(
    qtbot: QtBot, station: PackingStation
) -> None:
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F12)
    assert station.message_label.text() == (
        "REFUSED: CMD-CLOSE: no parcel open; scan an order first"
    )
    scan(qtbot, station, "#1002", "CMD-CLOSE")
    assert "empty; scan its items before closing it" in station.message_label.text()
    assert station.look.word == "PACKING"


def test_the_verdict_word_follows_the_parcel_status_then_the_decision_flag(
    labelled: Store,
) -> None:
    def view(status: str, needs_decision: bool) -> ParcelView:
        return ParcelView(
            "P1",
            "#1",
            status,
            "A",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            needs_decision,
            [],
        )

    assert verdict_look(view("held", True)) is HOLD
    assert verdict_look(view("voided", False)) is VOID
    assert verdict_look(view("closed", True)) is CHECK
    assert verdict_look(view("closed", False)) is OK
    assert [look.word for look in (OK, CHECK, HOLD)] == ["OK", "CHECK", "HOLD"]
    assert len({look.sound for look in (OK, CHECK, HOLD)} | {Sound.ERROR}) == 4


def test_type_is_readable_from_a_step_away_and_fits_1366_by_768(station: PackingStation) -> None:
    assert station.banner.word_label.font().pointSizeF() >= 72
    assert station.scan_field.font().pointSizeF() >= 20
    assert station.message_label.font().pointSizeF() >= 18
    smallest = min(
        w.font().pointSizeF()
        for w in (station.history, station.lines, station.status_label, station.keys_label)
    )
    assert smallest >= 14
    hint = station.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 90  # room for a menu and status bar
    assert station.banner.word_label.font().weight() == QFont.Weight.Bold


def test_a_long_verdict_shows_the_sentences_that_fit_and_counts_the_rest(qtbot: QtBot) -> None:
    label = FittedSentences(QFont("DejaVu Sans", 16))
    qtbot.addWidget(label)
    label.resize(600, label.fontMetrics().lineSpacing() * 6)
    label.show()
    qtbot.waitExposed(label)
    sentences = [f"Sentence number {n} says one plain thing about the parcel." for n in range(9)]

    label.set_sentences(sentences)

    shown = label.text().splitlines()
    assert 2 <= len(shown) <= 6 and shown[:-1] == sentences[: len(shown) - 1]
    assert shown[-1] == f"...and {10 - len(shown)} more: see the parcel's details"
    label.resize(600, 2000)
    qtbot.waitUntil(lambda: label.text().splitlines() == sentences)


def test_the_command_keys_are_actions_the_window_can_list(station: PackingStation) -> None:
    keys = {a.text(): a.shortcut().toString() for a in station.command_actions()}

    assert keys == {
        "Close (CMD-CLOSE)": "F12",
        "Undo (CMD-UNDO)": "F9",
        "Hold (CMD-HOLD)": "F6",
        "Reprint (CMD-REPRINT)": "F7",
        "Void (CMD-VOID)": "F8",
        "Count (CMD-COUNT)": "F10",
    }


def test_the_dialog_label_printer_opens_the_label_in_a_preview_and_the_scanner_stays(
    qtbot: QtBot, station: PackingStation, labelled: Store, labels: Path
) -> None:
    from tests.services.papers.test_printers import configure

    configure(labelled, stations={"DOCK-3": {"label_printer": {"kind": "dialog"}}})
    scan(qtbot, station, "#1003", "TOQUE", "TS-M")
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F12)  # held (no HTS): its tag, previewed
    (preview,) = station.previews
    assert preview.isVisible() and preview.page_count == 1
    assert preview.title == f"HOLD tag {station.shown_parcel}"
    assert "print it from the preview" in station.status_label.text()
    assert station.scan_field.hasFocus()  # the next scan still lands in the scan field
    preview.close()
    qtbot.waitUntil(lambda: station.previews == [])
