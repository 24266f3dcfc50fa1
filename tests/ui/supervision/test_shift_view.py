"""The shift view on a real store: its charts hold the service's numbers (read back from the
QChart's series and axes), an empty store shows a sane empty view, more packing shows on refresh."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.supervision.shift import shift_overview
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.supervision.shift_view import EMPTY_TEXT, ROUTE_LABELS, ShiftView, StackLabels
from tests.conftest import write_csv
from tests.services.supervision import test_shift
from tests.services.supervision.test_shift import NOW, Close, Shift, at, orders_csv, packed

shift = test_shift.shift  # the fixtures: two stations' parcels at known hours, holds, trucks
clock = test_shift.clock

MakeView = Callable[..., ShiftView]


@pytest.fixture
def make_view(qtbot: QtBot) -> Iterator[MakeView]:
    views: list[ShiftView] = []

    def make(store: Store, **options: Any) -> ShiftView:
        options = {
            "zone": test_shift.TORONTO,
            "clock": lambda: NOW,
            "min_interval_ms": 0,
            **options,
        }
        view = ShiftView(store.engine, **options)
        qtbot.addWidget(view)
        views.append(view)
        view.resize(1366, 700)
        view.show()
        qtbot.waitUntil(lambda: view.overview is not None)
        return view

    yield make
    for view in views:
        view.shutdown()


def values(bar_set: QBarSet) -> list[int]:
    return [int(bar_set.at(i)) for i in range(bar_set.count())]


def categories(chart: QChart) -> list[str]:
    axis = chart.axes(Qt.Orientation.Horizontal) + chart.axes(Qt.Orientation.Vertical)
    found = [a for a in axis if isinstance(a, QBarCategoryAxis)]
    assert len(found) == 1
    return list(found[0].categories())


def sets(chart: QChart) -> dict[str, list[int]]:
    (series,) = chart.series()
    assert isinstance(series, QAbstractBarSeries)
    return {bar_set.label(): values(bar_set) for bar_set in series.barSets()}


def test_the_charts_hold_the_services_numbers(make_view: MakeView, shift: Shift) -> None:
    view = make_view(shift.store)
    with one_action(shift.store.engine) as uow:
        expected = shift_overview(uow, NOW)
    # 03:00-14:00: the first hour has a parcel, so all twelve hours are shown.
    assert categories(view.hours_chart) == [f"{h:02d}:00" for h in range(3, 15)]
    assert sets(view.hours_chart) == {s.station: list(s.counts) for s in expected.stations}
    assert sets(view.hours_chart)["DOCK-1"] == [1, 0, 0, 0, 0, 0, 2, 0, 1, 1, 0, 0]
    assert isinstance(view.hours_chart.series()[0], QStackedBarSeries)
    # The numbers written on the bars: each segment (all fit here), then the hour's total.
    assert view.hours_labels.shown == [
        "1",
        "1",
        "2",
        "1",
        "3",
        "1",
        "1",
        "1",
        "1",
        "2",
        "1",
        "1",
        "1",
        "1",
        "1",
        "1",
    ]

    routes = sets(view.routes_chart)["Parcels"]
    assert list(reversed(routes)) == [r.parcels for r in expected.routes]
    assert list(reversed(categories(view.routes_chart))) == [
        ROUTE_LABELS[r.route] for r in expected.routes
    ]
    assert categories(view.routes_chart)[0] == "HOLD cannot ship"

    assert categories(view.loads_chart) == ["ABCD000002 empty", "ABCD000001 30% loaded"]
    assert sets(view.loads_chart) == {"On the truck": [0, 3], "Still to load": [0, 7]}

    assert view.holds_box.number_label.text() == "2"
    assert view.holds_box.words_label.text() == "held, waiting for a supervisor"
    assert view.holds_box.is_alarm and "#b00020" in view.holds_box.styleSheet()
    assert view.undecided_box.number_label.text() == "0"
    assert not view.undecided_box.is_alarm and "#b00020" not in view.undecided_box.styleSheet()
    assert view.title_label.text() == "Shift since 03:00: 10 parcels packed on 2 stations"
    assert view.status_label.text() == "Updated 14:30:00"


def test_without_a_zone_the_hours_are_the_warehouses(make_view: MakeView, shift: Shift) -> None:
    view = make_view(shift.store, zone=None)  # not this computer's zone (UTC on CI)
    assert categories(view.hours_chart)[0] == "03:00"
    assert view.status_label.text() == "Updated 14:30:00"


def test_an_empty_store_shows_an_empty_but_sane_view(make_view: MakeView, store: Store) -> None:
    view = make_view(store)
    assert view.title_label.text() == EMPTY_TEXT
    assert view.hours_chart.title() == EMPTY_TEXT
    assert categories(view.hours_chart) == [f"{h:02d}:00" for h in range(9, 15)]  # six hours
    assert sets(view.hours_chart) == {}
    assert sets(view.routes_chart) == {"Parcels": []}
    assert sets(view.loads_chart) == {"On the truck": [], "Still to load": []}
    assert view.hours_labels.shown == [] and view.loads_labels.shown == []
    for box in (view.holds_box, view.undecided_box):
        assert box.number_label.text() == "0" and not box.is_alarm
    assert view.holds_box.words_label.text() == "none held"
    view.grab()  # painted without a Qt warning (they fail the test)


def test_more_parcels_packed_show_after_a_refresh(
    make_view: MakeView,
    shift: Shift,
    qtbot: QtBot,
    tmp_path: Path,
    clock: Callable[[datetime], None],
) -> None:
    view = make_view(shift.store)
    import_orders(
        shift.store.engine,
        write_csv(tmp_path / "more.csv", orders_csv(["Max Moe", "Nia Noe"], first=6001)),
    )
    for order in ("#6001", "#6002"):
        packed(shift.store, clock, Close(order, "DOCK-3", at(14, 10)))
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()
    hours = sets(view.hours_chart)
    assert list(hours) == ["DOCK-1", "DOCK-2", "DOCK-3"]
    assert hours["DOCK-3"] == [0] * 11 + [2]
    assert view.title_label.text() == "Shift since 03:00: 12 parcels packed on 3 stations"
    assert sets(view.loads_chart)["Still to load"] == [0, 9]
    # the legend names every station: colour is never the only way to tell them apart
    legend = view.hours_chart.legend()
    assert legend.isVisible() and [m.label() for m in legend.markers()] == list(hours)


def test_refreshes_are_coalesced(make_view: MakeView, shift: Shift, qtbot: QtBot) -> None:
    view = make_view(shift.store)
    reads = view.reads
    view.refresh()  # starts a reading
    view.refresh()  # during it: one more after it, however many ask
    view.refresh()
    qtbot.waitUntil(lambda: view.reads == reads + 2 and not view.live.reading, timeout=10_000)
    qtbot.wait(100)
    assert view.reads == reads + 2


def test_no_two_readings_start_within_the_interval(
    make_view: MakeView, shift: Shift, qtbot: QtBot
) -> None:
    starts: list[float] = []

    def clock() -> datetime:  # called as each reading starts
        starts.append(time.monotonic())
        return NOW

    view = make_view(shift.store, clock=clock, min_interval_ms=300)
    qtbot.waitUntil(lambda: not view.live.reading)
    while len(starts) < 3:  # a store changing all the time
        view.refresh()
        qtbot.wait(10)
    gaps = [later - earlier for earlier, later in pairwise(starts)]
    assert all(gap >= 0.29 for gap in gaps), gaps


def test_numbers_are_written_only_on_segments_they_fit(qtbot: QtBot) -> None:
    chart = QChart()
    series = QStackedBarSeries()
    big, small = QBarSet("big"), QBarSet("small")
    big.append([50.0, 20.0])
    small.append([1.0, 20.0])  # 1 of 60: a sliver, its number would sit on the other's
    series.append(big)
    series.append(small)
    chart.addSeries(series)
    chart.createDefaultAxes()
    chart.axes(Qt.Orientation.Vertical)[0].setRange(0, 60)
    labels = StackLabels(chart, series, QFont("DejaVu Sans", 12), totals=True)
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    labels.place()
    assert labels.shown == ["50", "51", "20", "20", "40"]
