"""RELABEL at the station and in the warnings: a decision taken elsewhere supersedes a printed
label; the station that packed the parcel prints the new one at once and says so."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import zxingcpp
from pytestqt.qtbot import QtBot

from s321_desk.services.papers.printers import station_label_sink
from s321_desk.services.supervision.decisions import decide
from s321_desk.services.supervision.warnings import todays_warnings
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.station.sounds import Sound
from s321_desk.ui.station.view import PackingStation
from tests.services.packing.test_labels import CROSSING, demo, pack, parcel_row  # noqa: F401
from tests.ui.station.test_packing_station import RecordedSounds, history


def barcode_of(path: Path) -> str:
    document = pypdfium2.PdfDocument(path)
    found = zxingcpp.read_barcodes(document[0].render(scale=203 / 72).to_pil())
    document.close()
    return found[0].text


def consolidate(store: Store, parcel: str, *, into: str) -> None:
    """A supervisor at another desk (or the command line) consolidates ``parcel`` into another."""
    with one_action(store.engine, immediate=True) as uow:
        decide(
            uow, parcel, "consolidate", user="Sam Super", pin="2468", reason="one box", into=into
        )


def route_accepted(store: Store, parcel: str) -> None:
    """The route a consolidation gives, accepted when it asks for a decision."""
    if parcel_row(store, parcel).needs_decision:
        with one_action(store.engine, immediate=True) as uow:
            decide(uow, parcel, "accept-route", user="Sam Super", pin="2468", reason="ok")


def test_a_consolidation_elsewhere_reprints_the_label_at_the_station_that_packed_it(
    qtbot: QtBot,
    demo: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    labels = tmp_path / "labels"
    first = pack(demo, "#1158")  # packed at DEMO-1 (its label printed there)
    station_label_sink(demo.engine, "DEMO-1", labels)(first)
    assert barcode_of(labels / f"{first}.pdf") == f"{first}-1"
    second = pack(demo, "#1176")
    sounds = RecordedSounds()
    station = PackingStation(demo.engine, "DEMO-1", labels, sounds=sounds)
    qtbot.addWidget(station)
    station.print_waiting_labels()
    assert history(station) == []  # nothing superseded yet

    # A supervisor at another desk (or the command line) consolidates the second into it.
    consolidate(demo, second, into=first)
    with one_action(demo.engine) as uow:
        row = next(r for r in todays_warnings(uow, CROSSING).rows if r.parcel_id == first)
    assert row.relabel == 2 and row.summary.startswith("RELABEL")
    route_accepted(demo, first)
    other = PackingStation(demo.engine, "DOCK-9", tmp_path / "elsewhere", sounds=RecordedSounds())
    qtbot.addWidget(other)
    other.print_waiting_labels()
    assert not (tmp_path / "elsewhere").exists()  # not this station's parcel

    station.print_waiting_labels()  # the store changed: the station reads its queue
    said = f"RELABEL {first}: its printed label is superseded; put label 2 on the box"
    assert history(station)[0] == said and station.message_label.text() == said
    assert sounds.played == [Sound.CHECK]
    assert barcode_of(labels / f"{first}.pdf") == f"{first}-2"
    assert parcel_row(demo, first).relabel is False
    with one_action(demo.engine) as uow:
        assert all(r.parcel_id != first for r in todays_warnings(uow, CROSSING).rows)
    station.print_waiting_labels()
    assert len(history(station)) == 1  # printed once


def test_a_parcel_that_only_waits_for_its_new_label_is_not_called_a_decision(
    qtbot: QtBot,
    demo: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    from s321_desk.ui.supervision.warnings_panel import WarningsPanel

    first = pack(demo, "#1158")
    station_label_sink(demo.engine, "DEMO-1", tmp_path)(first)
    second = pack(demo, "#1176")
    consolidate(demo, second, into=first)
    route_accepted(demo, first)
    with one_action(demo.engine) as uow:
        rows = todays_warnings(uow, CROSSING).rows
    (row,) = [r for r in rows if r.parcel_id == first]
    assert row.relabel == 2 and not row.waits_for_supervisor

    panel = WarningsPanel(demo.engine, clock=lambda: CROSSING)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.title_label.text() != "", timeout=2000)
    title = panel.title_label.text()
    waiting = sum(1 for r in rows if r.waits_for_supervisor)
    assert "1 needs a new label (RELABEL)" in title
    assert title.startswith(f"{waiting} parcel" if waiting else "No parcel needs a decision")
    panel.shutdown()


def test_the_window_prints_the_new_labels_from_the_warnings_it_read(
    qtbot: QtBot,
    demo: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The station prints its RELABELs from the rows the warnings read in the background,
    never by reading every parcel of the store on the GUI thread."""
    labels = tmp_path / "labels"
    first = pack(demo, "#1158")
    station_label_sink(demo.engine, "DEMO-1", labels)(first)
    second = pack(demo, "#1176")
    consolidate(demo, second, into=first)
    route_accepted(demo, first)
    with one_action(demo.engine) as uow:
        rows = todays_warnings(uow, CROSSING).rows
    station = PackingStation(demo.engine, "DEMO-1", labels, sounds=RecordedSounds())
    qtbot.addWidget(station)
    station.print_relabels([r for r in rows if r.parcel_id != first])
    assert history(station) == []  # not in the rows read: nothing printed
    station.print_relabels(rows)
    station.print_relabels(rows)  # once
    assert history(station) == [
        f"RELABEL {first}: its printed label is superseded; put label 2 on the box"
    ]
    assert barcode_of(labels / f"{first}.pdf") == f"{first}-2"
