"""The shift overview: parcels per hour and station, routes, decisions waiting, trucks - as charts.

Read from a step away at 1366x768: large type on every axis, every colour named by a legend or
a label, numbers written on the bars.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QMargins,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsSimpleTextItem,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from s321_desk.domain.codes import Route
from s321_desk.services.supervision.shift import LoadFill, ShiftOverview, shift_overview
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.formatting import format_count
from s321_desk.ui.kit.labels import plain_label, sized_font
from s321_desk.ui.kit.live import LiveRead
from s321_desk.ui.kit.style import base_font, header_font
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP, short_day

EMPTY_TEXT = QT_TRANSLATE_NOOP("ShiftView", "No parcels packed in this shift yet")
MIN_HOURS_SHOWN = 6  # quiet hours before the shift's first parcel are left off, down to this
# A read every few seconds at most: every scan commits, and the view need not follow each one.
MIN_INTERVAL_MS = 2000
# Few enough to tell apart, each with a white number on it (contrast >= 4.5:1).
STATION_COLOURS = ("#1565c0", "#d84315", "#2e7d32", "#6a1b9a", "#00695c", "#4e342e", "#37474f")
ROUTE_COLOUR, HOLD_COLOUR = QColor("#455a64"), QColor("#b00020")
ON_TRUCK_COLOUR, TO_LOAD_COLOUR = QColor("#2e7d32"), QColor("#cfd8dc")
RED, GREEN = "#b00020", "#1b5e20"
# Routes in the few words an axis has room for (the station's banner has the long ones), in
# English; shown in the desk's language.
ROUTE_LABELS = {
    Route.S321_MANIFEST: QT_TRANSLATE_NOOP("ShiftView", "S321 de minimis"),
    Route.ET86: QT_TRANSLATE_NOOP("ShiftView", "ET86 agency goods"),
    Route.T11: QT_TRANSLATE_NOOP("ShiftView", "T11 informal"),
    Route.T01: QT_TRANSLATE_NOOP("ShiftView", "T01 formal"),
    Route.T03: QT_TRANSLATE_NOOP("ShiftView", "T03 anti-dumping"),
    Route.HOLD: QT_TRANSLATE_NOOP("ShiftView", "HOLD cannot ship"),
    "": QT_TRANSLATE_NOOP("ShiftView", "no route"),
}
LABELS_Z = 100  # above the series, which QtCharts draws above the chart's own children
AXIS_POINTS, TITLE_POINTS, LEGEND_POINTS, BAR_POINTS = 13, 15, 13, 12


class ShiftView(QWidget):
    """The shift at a glance; ``refresh()`` reads the store again, off the GUI thread.

    Readings are coalesced: while one runs, more refreshes make one more after it, and no two
    start within ``min_interval_ms``. Call ``shutdown()`` before the engine is disposed.
    """

    refreshed = Signal()  # after each reading has been shown

    def __init__(
        self,
        engine: Engine,
        *,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] | None = None,
        min_interval_ms: int = MIN_INTERVAL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._zone = zone
        self._clock = clock or (lambda: datetime.now(UTC))
        self.overview: ShiftOverview | None = None  # the reading shown
        self.setFont(base_font(self.font()))
        self._build()
        clock, engine = self._clock, engine

        def prepare() -> Callable[[], ShiftOverview]:
            now = clock()  # as the reading starts

            def read() -> ShiftOverview:
                with one_action(engine) as uow:
                    return shift_overview(uow, now)

            return read

        self.live = LiveRead(
            self, prepare, self._on_read, self._say_failure, min_interval_ms=min_interval_ms
        )
        self.live.refresh()

    @property
    def reads(self) -> int:
        """Readings started (for tests: coalescing)."""
        return self.live.reads

    def refresh(self) -> None:
        """Read the store again (a change, a timer): soon, never two readings at once."""
        self.live.refresh()

    def shutdown(self) -> None:
        """Stop reading and wait for a reading in progress (before the engine goes)."""
        self.live.stop()

    # -- reading -----------------------------------------------------------------------------

    def _on_read(self, overview: ShiftOverview) -> None:
        self.overview = overview
        self._show(overview)
        self.status_label.setText(
            self.tr("Updated {time}").format(time=f"{self._local(overview.now):%H:%M:%S}")
        )
        self.status_label.setStyleSheet("")
        self.refreshed.emit()

    def _say_failure(self, line: str) -> None:
        self.status_label.setText(line)
        self.status_label.setStyleSheet(f"color: {RED};")

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        font = self.font()
        self.title_label = plain_label(
            self.tr("Reading the shift..."), header_font(font), wrap=True
        )
        self.status_label = plain_label("", font)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)

        self.hours_chart, self.hours_view = _chart(
            self.tr("Parcels packed per hour, by station"), font
        )
        self.hours_series = QStackedBarSeries()
        self.hours_axis, self.hours_values = self._axes(self.hours_chart, self.hours_series)
        bar_font = sized_font(font, BAR_POINTS, bold=True)
        self.hours_labels = StackLabels(self.hours_chart, self.hours_series, bar_font, totals=True)

        self.loads_chart, self.loads_view = _chart(
            self.tr("Today's trucks: on the truck and to load"), font
        )
        self.loads_series = QHorizontalStackedBarSeries()
        self.loads_axis, self.loads_values = self._axes(
            self.loads_chart, self.loads_series, horizontal=True
        )
        self.loads_labels = StackLabels(self.loads_chart, self.loads_series, bar_font)

        self.routes_chart, self.routes_view = _chart(self.tr("Parcels by route"), font)
        self.routes_chart.legend().hide()  # one set: the axis names each bar
        self.routes_series = QHorizontalBarSeries()
        self.routes_series.setBarWidth(0.6)
        self.routes_axis, self.routes_values = self._axes(
            self.routes_chart, self.routes_series, horizontal=True
        )

        self.holds_box = BigNumber(font)
        self.undecided_box = BigNumber(font)
        numbers = QHBoxLayout()
        numbers.addWidget(self.holds_box)
        numbers.addWidget(self.undecided_box)

        right = QVBoxLayout()
        right.addLayout(numbers)
        right.addWidget(self.routes_view, 1)
        grid = QGridLayout()
        grid.addWidget(self.hours_view, 0, 0)
        grid.addWidget(self.loads_view, 1, 0)
        grid.addLayout(right, 0, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(title_row)
        layout.addLayout(grid, 1)

    def _axes(
        self, chart: QChart, series: QAbstractBarSeries, *, horizontal: bool = False
    ) -> tuple[QBarCategoryAxis, QValueAxis]:
        chart.addSeries(series)
        categories, values = QBarCategoryAxis(), QValueAxis()
        for axis in (categories, values):
            axis.setLabelsFont(sized_font(self.font(), AXIS_POINTS))
        values.setLabelFormat("%d")
        values.setRange(0, 1)
        categories.setGridLineVisible(False)
        chart.addAxis(
            categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        chart.addAxis(
            values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(categories)
        series.attachAxis(values)
        return categories, values

    # -- showing -----------------------------------------------------------------------------

    def _show(self, overview: ShiftOverview) -> None:
        first = self._first_hour_shown(overview)
        hours = [f"{self._local(hour):%H:%M}" for hour in overview.hours[first:]]
        if overview.packed:
            count = len(overview.stations)
            stations = (
                self.tr("{count} station") if count == 1 else self.tr("{count} stations", "", count)
            ).format(count=format_count(count))
            title = (
                self.tr("Shift since {since}: {count} parcel packed on {stations}")
                if overview.packed == 1
                else self.tr(
                    "Shift since {since}: {count} parcels packed on {stations}", "", overview.packed
                )
            )
            self.title_label.setText(
                title.format(since=hours[0], stations=stations, count=format_count(overview.packed))
            )
        else:
            self.title_label.setText(self.tr(EMPTY_TEXT))
        self._show_hours(overview, first, hours)
        self._show_routes(overview)
        self._show_loads(overview.loads)
        self.holds_box.show_count(
            overview.holds,
            self.tr("held, waiting for a supervisor", "", overview.holds),
            self.tr("none held"),
        )
        self.undecided_box.show_count(
            overview.undecided,
            self.tr("waiting for a decision", "", overview.undecided),
            self.tr("none waiting for a decision"),
        )

    def _local(self, instant: datetime) -> datetime:
        """In ``zone``, else in the warehouse's (the service's hours), not this computer's."""
        return instant.astimezone(self._zone or self.overview_zone)

    @property
    def overview_zone(self) -> tzinfo | None:
        return self.overview.hours[-1].tzinfo if self.overview else None

    def _first_hour_shown(self, overview: ShiftOverview) -> int:
        per_hour = overview.per_hour
        busy = next((i for i, count in enumerate(per_hour) if count), len(per_hour))
        return max(0, min(busy, len(per_hour) - MIN_HOURS_SHOWN))

    def _show_hours(self, overview: ShiftOverview, first: int, hours: list[str]) -> None:
        self.hours_series.clear()
        for index, station in enumerate(overview.stations):
            bar_set = _bar_set(station.station, station.counts[first:], self.font())
            bar_set.setColor(QColor(STATION_COLOURS[index % len(STATION_COLOURS)]))
            bar_set.setLabelColor(QColor("white"))
            self.hours_series.append(bar_set)
        self.hours_axis.setCategories(hours)
        # headroom above the highest bar for its total
        _scale(self.hours_values, math.ceil(max(overview.per_hour[first:], default=0) * 1.12))
        self.hours_labels.place()
        self.hours_chart.setTitle(
            self.tr("Parcels packed per hour, by station")
            if overview.packed
            else self.tr(EMPTY_TEXT)
        )

    def _show_routes(self, overview: ShiftOverview) -> None:
        self.routes_series.clear()
        routes = list(reversed(overview.routes))  # the axis runs bottom up: S321 on top
        bar_set = _bar_set(self.tr("Parcels"), [r.parcels for r in routes], self.font())
        bar_set.setColor(ROUTE_COLOUR)
        bar_set.setSelectedColor(HOLD_COLOUR)  # HOLD in red, and named on the axis
        bar_set.setLabelColor(QColor("black"))
        self.routes_series.append(bar_set)
        self.routes_series.setLabelsVisible(True)
        for index, route in enumerate(routes):
            if route.route == Route.HOLD:
                bar_set.selectBar(index)
        self.routes_series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.routes_axis.setCategories(
            [self.tr(ROUTE_LABELS[r.route]) if r.route in ROUTE_LABELS else r.route for r in routes]
        )
        # room at the end of the longest bar for its number
        _scale(self.routes_values, math.ceil(max((r.parcels for r in routes), default=0) * 1.15))

    def _show_loads(self, loads: tuple[LoadFill, ...]) -> None:
        self.loads_series.clear()
        shown = list(reversed(loads))  # bottom up: the first truck on top
        on_truck = _bar_set(self.tr("On the truck"), [f.on_truck for f in shown], self.font())
        to_load = _bar_set(self.tr("Still to load"), [f.to_load for f in shown], self.font())
        on_truck.setColor(ON_TRUCK_COLOUR)
        on_truck.setLabelColor(QColor("white"))
        to_load.setColor(TO_LOAD_COLOUR)
        to_load.setLabelColor(QColor("black"))
        self.loads_series.append(on_truck)
        self.loads_series.append(to_load)
        self.loads_axis.setCategories([_load_label(f) for f in shown])
        # without categories the axis draws its tick at the view's corner: a stray grey dot
        self.loads_axis.setVisible(bool(loads))
        _scale(self.loads_values, max((f.on_truck + f.to_load for f in loads), default=0))
        self.loads_labels.place()
        self.loads_chart.setTitle(
            self.tr("Today's trucks: on the truck and still to load")
            if loads
            else self.tr("Today's trucks: none yet, and no parcel to load")
        )


class StackLabels:
    """The numbers on a stacked bar series' segments, only where they fit, and optionally each
    bar's total above it: QtCharts writes every label, even on a segment 2 px high, where the
    numbers of neighbouring segments overlap (the current hour, a nearly empty truck)."""

    def __init__(
        self, chart: QChart, series: QAbstractBarSeries, font: QFont, *, totals: bool = False
    ) -> None:
        self._chart, self._series, self._font, self._totals = chart, series, font, totals
        self._horizontal = isinstance(series, QHorizontalStackedBarSeries)
        self._items: list[QGraphicsSimpleTextItem] = []
        self.shown: list[str] = []  # the texts placed, in order (for tests)
        chart.plotAreaChanged.connect(self.place)

    def place(self, *_args: object) -> None:
        metrics = QFontMetricsF(self._font)
        used = 0
        self.shown = []
        sets = self._series.barSets()
        count = max((bar_set.count() for bar_set in sets), default=0)
        for index in range(count):
            base = 0.0
            for bar_set in sets:
                value = bar_set.at(index)
                text = format_count(int(value))
                start, end = self._point(index, base), self._point(index, base + value)
                extent = abs(end.x() - start.x()) if self._horizontal else abs(end.y() - start.y())
                room = metrics.horizontalAdvance(text) if self._horizontal else metrics.height()
                if value and extent >= room + 2:
                    middle = (start + end) / 2
                    used = self._put(used, text, middle, bar_set.labelColor(), metrics)
                base += value
            if self._totals and base:
                top = self._point(index, base)
                above = QPointF(top.x(), top.y() - metrics.height() / 2 - 2)
                used = self._put(used, format_count(int(base)), above, QColor("black"), metrics)
        for item in self._items[used:]:
            item.hide()

    def _point(self, index: int, value: float) -> QPointF:
        at = QPointF(value, index) if self._horizontal else QPointF(index, value)
        return self._chart.mapToPosition(at, self._series)

    def _put(
        self, used: int, text: str, centre: QPointF, colour: QColor, metrics: QFontMetricsF
    ) -> int:
        if used == len(self._items):
            item = QGraphicsSimpleTextItem(self._chart)
            item.setFont(self._font)
            item.setZValue(LABELS_Z)
            self._items.append(item)
        item = self._items[used]
        item.setText(text)
        item.setBrush(colour)
        item.setPos(
            centre.x() - metrics.horizontalAdvance(text) / 2, centre.y() - metrics.height() / 2
        )
        item.show()
        self.shown.append(text)
        return used + 1


class BigNumber(QFrame):
    """A count in large type with its words; red with a red border when it is not zero."""

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.setObjectName("bigNumber")
        self.number_label = plain_label("-", sized_font(font, 44, bold=True))
        self.words_label = plain_label("", sized_font(font, 15, bold=True), wrap=True)
        for label in (self.number_label, self.words_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number_label)
        layout.addWidget(self.words_label)

    def show_count(self, count: int, waiting_words: str, none_words: str) -> None:
        self.number_label.setText(format_count(count))
        colour = RED if count else GREEN
        self.words_label.setText(waiting_words if count else none_words)
        border = f"4px solid {RED}" if count else "2px solid #90a4ae"
        self.setStyleSheet(
            f"QFrame#bigNumber {{ border: {border}; }} QLabel {{ color: {colour}; }}"
        )

    @property
    def is_alarm(self) -> bool:
        return self.number_label.text() not in ("0", "-")


def _chart(title: str, font: QFont) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(sized_font(font, TITLE_POINTS, bold=True))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # read at once, not watched
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)  # rounded corners left a stray grey pixel on the view
    chart.legend().setFont(sized_font(font, LEGEND_POINTS))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to type into: keys stay with the scan
    return chart, view


def _bar_set(name: str, values: list[int] | tuple[int, ...], font: QFont) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.append([float(value) for value in values])
    bar_set.setLabelFont(sized_font(font, BAR_POINTS, bold=True))
    return bar_set


def _scale(axis: QValueAxis, largest: int) -> None:
    """0 to a round number above ``largest``, ticks at whole, round steps."""
    step = _nice_step(max(largest, 1) / 5)
    top = max(step, math.ceil(largest / step) * step)
    axis.setRange(0, top)
    axis.setTickCount(int(top / step) + 1)


def _nice_step(rough: float) -> int:
    """1, 2, 5, 10, 20, 50... the first not below ``rough``."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            if factor * power >= rough:
                return factor * power
        power *= 10


def _load_label(fill: LoadFill) -> str:
    if fill.trip_number is None:
        return QCoreApplication.translate("ShiftView", "No truck yet {port} {day}").format(
            port=fill.port, day=short_day(fill.us_day)
        )
    if fill.sealed:
        text = QCoreApplication.translate("ShiftView", "{trip} sealed")
    elif not fill.on_truck + fill.to_load:
        text = QCoreApplication.translate("ShiftView", "{trip} empty")
    else:
        text = QCoreApplication.translate("ShiftView", "{trip} {percent}% loaded")
    return text.format(trip=fill.trip_number, percent=round(fill.fill * 100))
