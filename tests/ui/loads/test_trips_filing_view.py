"""The desk on the demo store (a trip sealed for tomorrow with everything a filing needs): the
loads view finds the trip again (listed, by seal, by date), writes each filing from its Export
menu (checked against the published rules) and says a refusal with its places; the records of
drivers, trucks and trailers show a driver's personal data to a supervisor, never to a packer;
the crew is picked for an open trip; History finds the trip and prints its papers again,
byte for byte as the first print; the station warns of dangerous goods at the item's scan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from s321_desk.services.admin.demo import DEMO_SEAL, DEMO_USERS, create_demo_database
from s321_desk.services.admin.users import Person, sign_in
from s321_desk.services.loads.crew_records import MASK
from s321_desk.services.loads.trips import create_load, list_loads, show_load
from s321_desk.store.database import Store, open_store
from s321_desk.store.models import AuditEntry, Product
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.loads.crew_dialogs import RecordsDialog
from s321_desk.ui.loads.view import LoadsView
from s321_desk.ui.lookup.history_view import HistoryView
from s321_desk.ui.station.view import PackingStation
from tests.conftest import act_as
from tests.emanifest_validator import ace_csv_problems, borderconnect_problems, read_json
from tests.ui.conftest import close_windows
from tests.ui.station.test_packing_station import RecordedSounds, make_station, scan

BLAINE = ZoneInfo("America/Los_Angeles")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    """The demo store (its PINs keyed with this test's key), written as its supervisor."""
    store = open_store(create_demo_database(tmp_path / "demo.sqlite3"))
    act_as(store, person(store, "supervisor"))
    yield store
    close_windows()
    store.dispose()


def person(store: Store, role: str) -> Person:
    name, _, pin, _ = next(u for u in DEMO_USERS if u[1] == role)
    with one_action(store.engine, immediate=True) as uow:
        return sign_in(uow, name, pin)


def sealed_trip(store: Store) -> str:
    with one_action(store.engine) as uow:
        [trip] = [t for t in list_loads(uow, datetime.now().date()) if t.status == "closed"]
    return trip.trip_number


@pytest.fixture
def view(qtbot: QtBot, demo: Store, tmp_path: Path) -> Iterator[LoadsView]:
    widget = LoadsView(demo.engine, zone=BLAINE, station="DOCK-1", data_folder=tmp_path / "data")
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def listed(view: LoadsView) -> list[str]:
    return [row.trip_number for row in view.loads_model.rows()]


def test_a_trip_sealed_for_tomorrow_is_listed_and_found(
    qtbot: QtBot, view: LoadsView, demo: Store
) -> None:
    trip = sealed_trip(demo)
    qtbot.waitUntil(lambda: listed(view) == [trip])  # sealed, crossing tomorrow: still listed
    with one_action(demo.engine) as uow:
        for wanted in (DEMO_SEAL.lower(), trip[-3:], str(show_load(uow, trip).us_day)):
            view.search_field.clear()
            qtbot.keyClicks(view.search_field, wanted)
            qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: listed(view) == [trip])
    view.search_field.clear()
    qtbot.keyClicks(view.search_field, "NO-SUCH-SEAL")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: listed(view) == [])
    view.search_field.clear()  # the list as it was
    qtbot.waitUntil(lambda: listed(view) == [trip])
    view.open_load(trip)
    qtbot.waitUntil(lambda: view.title_label.text() == f"Trip {trip}: SEALED {DEMO_SEAL}")
    detail = view.detail_label.text()
    assert "Dee Driver / Luc Gagnon" in detail and "T-12" in detail


def test_each_filing_is_written_from_the_export_menu(
    qtbot: QtBot, view: LoadsView, demo: Store, tmp_path: Path
) -> None:
    trip = sealed_trip(demo)
    view.open_load(trip)
    qtbot.waitUntil(lambda: view.trip == trip and view.parcels_model.rowCount() == 4)
    assert set(view.export_actions) == {"e-manifest", "borderconnect", "ace-csv", "entries"}
    assert all(action.isEnabled() for action in view.export_actions.values())
    written = {}
    for paper, name in (
        ("borderconnect", "trip.json"),
        ("ace-csv", "ace.csv"),
        ("entries", "entries.csv"),
        ("e-manifest", "e.csv"),
    ):
        with qtbot.waitSignal(view.job_succeeded, timeout=20_000) as done:
            view.write_paper(paper, tmp_path / name)
        written[paper] = done.args[1]
        assert (tmp_path / name).is_file() and "written to" in view.message()
    assert borderconnect_problems(read_json(tmp_path / "trip.json")) == []
    assert ace_csv_problems(tmp_path / "ace.csv") == []
    document = read_json(tmp_path / "trip.json")
    assert {d["firstName"] for d in document["drivers"]} == {"Dee", "Luc"}
    assert written["entries"].shipments == 4


def test_a_refused_filing_names_each_place_and_writes_nothing(
    qtbot: QtBot, view: LoadsView, demo: Store, tmp_path: Path
) -> None:
    trip = sealed_trip(demo)
    with UnitOfWork(demo.engine) as uow:  # the catalog loses its manufacturers (and MIDs)
        for product in uow.session.scalars(select(Product)):
            product.manufacturer, product.mid = None, None
            uow.session.add(product)
        uow.commit()
    view.open_load(trip)
    qtbot.waitUntil(lambda: view.trip == trip)
    job = view.write_paper("entries", tmp_path / "entries.csv")
    qtbot.waitUntil(lambda: job.done.is_set() and not view.jobs, timeout=20_000)
    said = view.message()
    assert "NOT WRITTEN" in said and f"trip {trip} / entry 1 / shipment ABCD" in said
    assert "manufacturer: required" in said
    assert not (tmp_path / "entries.csv").exists()


def test_a_packer_sees_no_personal_data_a_supervisor_does(qtbot: QtBot, demo: Store) -> None:
    packer = RecordsDialog(demo.engine, person(demo, "packer"))
    qtbot.addWidget(packer)
    table = packer.pages["driver"].model
    birth = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    column = birth.index("Date of birth")
    assert {table.text_at(r, column) for r in range(table.rowCount())} == {MASK}
    assert "only to a driver, a supervisor or an administrator" in packer.note.text()
    page = packer.pages["driver"]
    page.table.selectRow(0)
    assert page.edits["birth_date"].text() == "" and page.edits["document_number"].text() == ""
    page.edits["last_name"].setText("Changed")
    assert not page.save(add=False) and "Pat Packer is a packer" in page.message.text()
    with UnitOfWork(demo.engine) as uow:
        seen_before = len(
            list(
                uow.session.scalars(
                    select(AuditEntry).where(col(AuditEntry.action) == "driver.viewed")
                )
            )
        )

    boss = person(demo, "supervisor")
    supervisor = RecordsDialog(demo.engine, boss)
    qtbot.addWidget(supervisor)
    table = supervisor.pages["driver"].model
    assert "1984-03-12" in {table.text_at(r, column) for r in range(table.rowCount())}
    with UnitOfWork(demo.engine) as uow:
        viewed = list(
            uow.session.scalars(select(AuditEntry).where(col(AuditEntry.action) == "driver.viewed"))
        )
    assert len(viewed) == seen_before + 2 and {v.user_id for v in viewed[-2:]} == {boss.id}


def test_the_crew_is_picked_for_an_open_trip(qtbot: QtBot, view: LoadsView, demo: Store) -> None:
    with one_action(demo.engine, immediate=True) as uow:
        trip = create_load(
            uow,
            scac="ABCD",
            port_code="3004",
            arrival=datetime.now(BLAINE) + timedelta(hours=3),
        ).trip_number
    view.open_load(trip)
    qtbot.waitUntil(lambda: view.trip == trip and "Before the seal" in view.detail_label.text())
    dialog = view.ask_crew()
    assert dialog is not None
    pickers = dialog.pickers
    for combo, key in (
        (pickers.driver_combo, "D-21"),
        (pickers.co_driver_combo, "D-20"),
        (pickers.truck_combo, "T-12"),
        (pickers.trailer_combo, "TR-9"),
    ):
        combo.setCurrentIndex(combo.findData(key))
    dialog.try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with one_action(demo.engine) as uow:
        shown = show_load(uow, trip)
    assert shown.crew == {"driver": "D-21", "co_driver": "D-20", "truck": "T-12", "trailer": "TR-9"}
    assert shown.driver == "Luc Gagnon / Dee Driver"
    qtbot.waitUntil(lambda: "Luc Gagnon / Dee Driver" in view.detail_label.text())


def test_history_finds_the_trip_and_prints_its_papers_again_identical(
    qtbot: QtBot, view: LoadsView, demo: Store, tmp_path: Path
) -> None:
    trip = sealed_trip(demo)
    view.open_load(trip)
    qtbot.waitUntil(lambda: view.trip == trip)
    firsts = {}
    for paper in ("manifest", "lead-sheet", "driver-pack", "borderconnect"):
        with qtbot.waitSignal(view.job_succeeded, timeout=30_000):
            view.write_paper(paper, tmp_path / f"first-{paper}")
        firsts[paper] = (tmp_path / f"first-{paper}").read_bytes()
    history = HistoryView(demo.engine, station="DESK-1", label_folder=tmp_path / "labels")
    qtbot.addWidget(history)
    history.show()
    history.search_field.setText(DEMO_SEAL)
    with qtbot.waitSignal(history.searched, timeout=5000):
        qtbot.keyClick(history.search_field, Qt.Key.Key_Return)
    panel = history.trips
    qtbot.waitUntil(lambda: panel.isVisible() and panel.selected is not None)
    assert panel.selected is not None and panel.selected.trip_number == trip
    assert f"Trip {trip}, sealed {DEMO_SEAL}" in panel.title.text()
    for paper, first in firsts.items():
        with qtbot.waitSignal(panel.job_succeeded, timeout=30_000):
            panel.write(paper, tmp_path / f"again-{paper}")
        assert (tmp_path / f"again-{paper}").read_bytes() == first, paper
    history.wait_for_jobs()


def test_the_station_warns_of_dangerous_goods_at_the_scan(
    qtbot: QtBot, demo: Store, tmp_path: Path
) -> None:
    act_as(demo, person(demo, "packer"))
    station: PackingStation = make_station(qtbot, demo, RecordedSounds(), tmp_path / "labels")
    scan(qtbot, station, "1051", "SPK-BT-MINI")
    said = station.message_label.text()
    assert said.startswith("DANGEROUS GOODS UN3481") and "the label carries the mark" in said
    assert "#ffb300" in station.message_label.styleSheet()  # amber: to look at, not refused
    assert any(
        "HAZMAT  UN3481" in station.history.item(i).text() for i in range(station.history.count())
    )
    scan(qtbot, station, "CHG-USBC-20W")  # no dangerous goods: said plainly
    assert "DANGEROUS" not in station.message_label.text()
    QApplication.processEvents()
