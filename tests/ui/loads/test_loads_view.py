"""The loads view on a real store, driven as a driver would: a trip created in the form, parcels
scanned on in bursts (refusals said in the view), one taken off, the seal with a PIN, the papers
written in the background (read back from the PDF) and a cancelled print that leaves nothing."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from s321_desk.services.loads.trip_crew import CrewChoice
from s321_desk.services.loads.trips import (
    add_parcels,
    create_load,
    list_loads,
    missing_parcels,
    parcels_on_load,
)
from s321_desk.services.packing.station import next_truck
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.kit.jobs import JobProgressDialog
from s321_desk.ui.loads.models import LoadParcelTableModel, LoadTableModel
from s321_desk.ui.loads.view import LoadsView
from tests.bench.bench_driver_pack import fill as fill_sealed_load
from tests.crew_records import CREW, add_crew
from tests.services.papers.test_printing import ARRIVAL, pack_all, supervisor

TORONTO = ZoneInfo("America/Toronto")
MORNING = ARRIVAL - timedelta(hours=5)  # 09:00 in Toronto on the parcels' US day
P1, P2, P3 = "P0000001", "P0000002", "P0000003"  # Zoë's two parcels, then another person's


@pytest.fixture
def packed(store: Store, tmp_path: Path) -> Store:
    """Three closed parcels crossing at Buffalo on 2026-11-17; Sam Super and Dee Driver."""
    assert pack_all(store, tmp_path) == [P1, P2, P3]
    supervisor(store)
    add_crew(store.engine)  # the drivers, truck and trailer picked for the trips
    return store


def make_view(qtbot: QtBot, store: Store, tmp_path: Path) -> LoadsView:
    view = LoadsView(
        store.engine,
        zone=TORONTO,
        station="DOCK-1",
        data_folder=tmp_path / "data",
        clock=lambda: MORNING,
    )
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot: QtBot, packed: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    shown = make_view(qtbot, packed, tmp_path)
    yield shown
    shown.shutdown()


def scan(qtbot: QtBot, view: LoadsView, *codes: str) -> None:
    """As a keyboard-wedge scanner types: the characters, then Enter, code after code."""
    for code in codes:
        qtbot.keyClicks(view.scan_field, code)
        qtbot.keyClick(view.scan_field, Qt.Key.Key_Return)


def history(view: LoadsView) -> list[str]:
    return [view.history.item(i).text() for i in range(view.history.count())]


def on_truck(view: LoadsView) -> list[str]:
    return [row.parcel_id for row in view.parcels_model.rows()]


def sam(store: Store, parcel: str, action: str) -> None:
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, parcel, action, user="Sam Super", pin="2468", reason="checked")


def create_trip_in_form(qtbot: QtBot, view: LoadsView) -> str:
    form = view.form
    # The station's next truck is offered: its port, its arrival, the one carrier set up.
    assert form.port_combo.currentData() == "0901" and form.scac_edit.text() == "ABCD"
    with one_action(view._engine) as uow:
        assert form.arrival() == next_truck(uow, MORNING).crossing
    form.scac_edit.clear()
    qtbot.keyClicks(form.scac_edit, "abcd")
    assert form.trip_edit.placeholderText() == "ABCD000001"  # suggested
    form.port_combo.setCurrentIndex(form.port_combo.findData("0901"))
    # The crew from the records, picked by typing the start of their numbers (the combos'
    # keyboard search), as a driver would.
    qtbot.keyClicks(form.crew.driver_combo, "D-20")
    qtbot.keyClicks(form.crew.truck_combo, "T-12")
    assert form.crew.choice() == CrewChoice(driver="D-20", truck="T-12")
    with qtbot.waitSignal(view.load_created) as created:
        qtbot.keyClick(form.trip_edit, Qt.Key.Key_Return)
    assert created.args == ["ABCD000001"]
    qtbot.waitUntil(lambda: view.loads_model.rowCount() == 1 and view.trip == "ABCD000001")
    return "ABCD000001"


def test_a_trip_is_created_and_parcels_scanned_on_in_a_burst(
    qtbot: QtBot, view: LoadsView, packed: Store
) -> None:
    sam(packed, P3, "hold")
    trip = create_trip_in_form(qtbot, view)
    assert QApplication.focusWidget() is view.scan_field  # ready for the scanner
    scan(qtbot, view, P1, P3, P2, P1, "P9999999")  # one burst, five scans
    assert history(view) == [
        "REFUSED  P9999999: parcel 'P9999999': no such parcel",
        f"REFUSED  {P1}: already on this truck",
        f"CHECK  {P2}: needs a decision",  # one person, two parcels on one truck
        f"REFUSED  {P3}: held, cannot be loaded; a supervisor must release it first",
        f"+  {P1}",
    ]
    assert view.message().startswith("REFUSED P9999999")
    qtbot.waitUntil(lambda: on_truck(view) == [P1, P2])
    # What is missing: packed for that day and port, on no truck (the held one, marked).
    assert [(r.parcel_id, r.status) for r in view.missing_model.rows()] == [(P3, "held")]
    assert view.tabs.tabText(0) == "On the truck (2)" and view.tabs.tabText(1) == "Missing (1)"
    [row] = view.loads_model.rows()
    assert (row.trip_number, row.parcels, row.needing_decision) == (trip, 2, 2)
    assert view.loads_model.text_at(0, 4) == "2 to decide"
    assert view.parcels_model.text_at(1, 1) == "needs a decision"
    # The seal is refused before any name or PIN is asked, and says what blocks it.
    qtbot.waitUntil(lambda: bool(view._shown and view._shown.needing_decision))
    qtbot.keyClicks(view.seal_edit, "SEAL-1")
    qtbot.keyClick(view.seal_edit, Qt.Key.Key_Return)
    assert view.authorize_dialog is None
    assert "cannot close yet" in view.message() and P2 in view.message()


def test_wrong_day_and_take_off(qtbot: QtBot, view: LoadsView, packed: Store) -> None:
    trip = create_trip_in_form(qtbot, view)
    with one_action(packed.engine, immediate=True) as uow:
        tomorrow = create_load(
            uow, scac="ABCD", port_code="0901", arrival=ARRIVAL + timedelta(days=1)
        )
    scan(qtbot, view, P1, P2)
    qtbot.waitUntil(lambda: on_truck(view) == [P1, P2])
    view.parcels_table.setFocus()
    view.parcels_table.selectRow(1)
    with qtbot.waitSignal(view.parcel_removed) as removed:
        qtbot.keyClick(view.parcels_table, Qt.Key.Key_Delete)
    assert removed.args == [trip, P2]
    qtbot.waitUntil(lambda: on_truck(view) == [P1])
    assert [r.parcel_id for r in view.missing_model.rows()] == [P2, P3]
    view.open_load(tomorrow.trip_number)
    scan(qtbot, view, P2)
    assert view.message() == f"REFUSED {P2}: crosses on 2026-11-17, the truck on 2026-11-18"
    # Today's and the open one, the open trip's row current; back to the first with the arrows.
    qtbot.waitUntil(lambda: view.loads_table.currentIndex().row() == 1)
    view.loads_table.setFocus()
    qtbot.keyClick(view.loads_table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: view.trip == trip and on_truck(view) == [P1])


def test_closing_with_the_seal_and_a_pin_then_the_papers(
    qtbot: QtBot, view: LoadsView, packed: Store, tmp_path: Path
) -> None:
    trip = create_trip_in_form(qtbot, view)
    scan(qtbot, view, P1, P2, P3)
    qtbot.waitUntil(lambda: on_truck(view) == [P1, P2, P3])
    view.seal_button.click()
    assert view.authorize_dialog is None and "seal number first" in view.message()
    qtbot.keyClicks(view.seal_edit, "SEAL-0042")
    qtbot.keyClick(view.seal_edit, Qt.Key.Key_Return)
    # What blocks the seal is said first: no name or PIN asked for a refusal.
    assert view.authorize_dialog is None
    assert f"{P1}, {P2} need a decision first" in view.message()  # one person, one truck
    for parcel in (P1, P2):
        sam(packed, parcel, "acknowledge")
    view.refresh()
    qtbot.waitUntil(lambda: view._shown is not None and not view._shown.needing_decision)
    qtbot.keyClick(view.seal_edit, Qt.Key.Key_Return)
    dialog = view.authorize_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.reason_edit.isVisible()
    qtbot.keyClicks(dialog.who_edit, "Dee Driver")
    qtbot.keyClicks(dialog.pin_edit, "0000")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert "wrong PIN" in dialog.error_label.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.pin_edit, "7777")
    with qtbot.waitSignal(view.load_sealed) as sealed:
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert sealed.args == [trip, "SEAL-0042"] and dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: view.title_label.text() == f"Trip {trip}: SEALED SEAL-0042")
    assert not view.scan_field.isEnabled() and view.pack_button.isEnabled()

    # The driver pack, through the button: the file dialog (the edge) proposes papers/.
    asked: list[Path] = []
    out = tmp_path / "pack.pdf"

    def choose(parent: object, title: str, suggested: Path, types: str) -> Path:
        asked.append(suggested)
        return out

    view.choose_file = choose
    with qtbot.waitSignal(view.job_succeeded, timeout=20_000) as done:
        view.pack_button.click()
    assert asked == [tmp_path / "data" / "papers" / f"{trip}-driver-pack.pdf"]
    assert done.args[1].file == str(out) and "written to" in view.message()
    pages = [p.get_textpage().get_text_range() for p in pypdfium2.PdfDocument(out.read_bytes())]
    assert len(pages) > 1 and all(trip in page for page in pages[:2])
    assert "ACE Electronic Manifest" in pages[0] and any("SEAL-0042" in p for p in pages[1:])
    assert [f.name for f in tmp_path.iterdir() if "partial" in f.name] == []

    for paper, name, words in (("manifest", "m.pdf", "SEAL-0042"), ("lead-sheet", "l.pdf", trip)):
        with qtbot.waitSignal(view.job_succeeded, timeout=20_000):
            view.write_paper(paper, tmp_path / name)
        text = pypdfium2.PdfDocument((tmp_path / name).read_bytes())[0].get_textpage()
        assert words in text.get_text_range()
    with qtbot.waitSignal(view.job_succeeded, timeout=20_000) as exported:
        view.write_paper("e-manifest", tmp_path / "e.csv")
    assert exported.args[1].shipments == 3 and exported.args[1].file == tmp_path / "e.csv"
    assert f"ABCD{P1}" in (tmp_path / "e.csv").read_text(encoding="utf-8")


def test_a_hidden_view_reads_again_when_shown(qtbot: QtBot, view: LoadsView, packed: Store) -> None:
    trip = create_trip_in_form(qtbot, view)
    view.hide()
    with one_action(packed.engine, immediate=True) as uow:
        add_parcels(uow, trip, [P3])  # as another station would
    qtbot.wait(1200)  # two polls: the change is seen, not read while hidden
    assert on_truck(view) == []
    view.show()
    qtbot.waitUntil(lambda: on_truck(view) == [P3])


def test_a_paper_that_cannot_be_written_is_said(
    qtbot: QtBot, view: LoadsView, tmp_path: Path
) -> None:
    create_trip_in_form(qtbot, view)
    job = view.write_paper("manifest", tmp_path / "nowhere" / "m.pdf")
    qtbot.waitUntil(lambda: job.done.is_set() and not view.jobs)
    assert "NOT WRITTEN" in view.message() and "is not a folder" in view.message()


def test_a_cancelled_driver_pack_leaves_no_file(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    trip = fill_sealed_load(store.engine, 600, random.Random(6))  # long enough to cancel
    view = make_view(qtbot, store, tmp_path)
    try:
        view.open_load(trip)
        qtbot.waitUntil(lambda: view.parcels_model.rowCount() == 600, timeout=10_000)
        out = tmp_path / "out" / "pack.pdf"
        out.parent.mkdir()
        job = view.print_driver_pack_to(out)
        [dialog] = view.findChildren(JobProgressDialog)
        ended: list[str] = []
        job.signals.cancelled.connect(lambda: ended.append("cancelled"))
        job.signals.succeeded.connect(lambda _: ended.append("succeeded"))
        # The view keeps working meanwhile: a new trip is created and opened in the form.
        view.form.scac_edit.clear()
        qtbot.keyClicks(view.form.scac_edit, "WXYZ")
        qtbot.keyClick(view.form.scac_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.trip == "WXYZ000001")
        qtbot.waitUntil(lambda: "Drawing invoice" in dialog.labelText(), timeout=20_000)
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
        qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
        assert ended == ["cancelled"]
        assert job.wait(10)
        qtbot.waitUntil(lambda: "cancelled; no file was written" in view.message())
        assert list(out.parent.iterdir()) == []  # no file, no .partial
        with UnitOfWork(store.engine) as uow:
            assert not uow.session.scalars(
                select(AuditEntry).where(col(AuditEntry.action) == "print.driver-pack")
            ).first()
    finally:
        view.shutdown()


def test_the_table_models(qtmodeltester: ModelTester, packed: Store) -> None:
    with one_action(packed.engine, immediate=True) as uow:
        load = create_load(uow, scac="ABCD", port_code="0901", arrival=ARRIVAL, crew=CREW)
    with one_action(packed.engine, immediate=True) as uow:
        add_parcels(uow, load.trip_number, [P1, P3])
    loads = LoadTableModel(zone=TORONTO)
    with one_action(packed.engine) as uow:
        loads.set_rows(list_loads(uow, ARRIVAL.date()))
    assert loads.rowCount() == 1 and loads.text_at(0, 2) == "Tue 17 14:00"
    qtmodeltester.check(loads)
    parcels = LoadParcelTableModel()
    with one_action(packed.engine) as uow:
        parcels.set_rows(parcels_on_load(uow, load.trip_number))
    assert [r.parcel_id for r in parcels.rows()] == [P1, P3]
    qtmodeltester.check(parcels)
    with one_action(packed.engine) as uow:
        parcels.set_rows(missing_parcels(uow, load.trip_number))
    assert [r.parcel_id for r in parcels.rows()] == [P2]
    qtmodeltester.check(parcels)
    qtmodeltester.check(LoadParcelTableModel())


def test_list_loads_keeps_open_ones_and_todays(packed: Store) -> None:
    with one_action(packed.engine, immediate=True) as uow:
        old = create_load(
            uow, scac="ABCD", port_code="3004", arrival=datetime(2026, 11, 10, 18, tzinfo=UTC)
        )
    with one_action(packed.engine, immediate=True) as uow:
        today = create_load(uow, scac="WXYZ", port_code="0901", arrival=ARRIVAL)
    with one_action(packed.engine) as uow:
        listed = list_loads(uow, ARRIVAL.date())
    assert [s.trip_number for s in listed] == [old.trip_number, today.trip_number]
    assert listed[1].port_name == "Buffalo-Niagara Falls, NY" and listed[1].parcels == 0
