"""The live warnings panel: today's parcels needing a decision, seen from every station at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from s321_desk.services.lookup.parcel_views import related_parcels
from s321_desk.services.supervision.warnings import WarningRow, Warnings, todays_warnings
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.formatting import format_count, format_local_time
from s321_desk.ui.kit.live import LiveRead, StoreWatch
from s321_desk.ui.kit.style import base_font, header_font
from s321_desk.ui.kit.table_model import read_only_table
from s321_desk.ui.kit.words import day_and_date, day_and_time, word
from s321_desk.ui.supervision.warning_model import WarningColumn, WarningTableModel

log = logging.getLogger(__name__)

FLASHES = 6  # banner colour changes when something new is announced
FLASH_INTERVAL_MS = 300
HEADER_PADDING_PX = 16  # a header's margins around its words
BANNER_LINES = 3  # at most; "+N more" after them
BANNER_STYLES = (
    "QFrame#banner { background: #b00020; } QLabel { color: white; }",
    "QFrame#banner { background: #ffd600; } QLabel { color: black; }",
)
CLEAR_STYLE = "color: #1b5e20;"  # green, with the words "All clear"
WAITING_STYLE = "color: #b00020;"


class WarningsPanel(QWidget):
    """A table of the parcels needing a decision, kept current from the store every 250 ms, at
    once on PostgreSQL (woken by the NOTIFY of the commit, see ``ChangeWake``).

    Each tick of the desk's ``StoreWatch`` asks (microseconds) whether any station committed;
    only then is the store read again, off the GUI thread (``LiveRead``), so the GUI thread
    never waits on the query. Parcels appearing after the first reading are announced:
    ``warnings_announced`` (their printable ids, newest first: the hook for a sound) and a
    flashing NEW banner that stays until someone presses "Seen". The first reading is shown,
    not announced: it is the state the station started in, not news.

    Call ``shutdown()`` before the engine is disposed (the main window's ``closeEvent``).
    """

    warnings_announced = Signal(list)  # printable parcel ids
    parcel_selected = Signal(str)  # printable parcel id, e.g. for a decisions panel
    refreshed = Signal()  # after each reading has been shown (for tests and a status bar)

    def __init__(
        self,
        engine: Engine,
        *,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
        read_now: bool = True,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._zone = zone
        self._clock = clock or (lambda: datetime.now(UTC))
        self._until: datetime | None = None
        self._shown: Warnings | None = None
        self._announced: list[WarningRow] = []  # on the banner, newest first
        self._flashes_left = 0

        self.setFont(base_font(self.font()))
        self.model = WarningTableModel(self, zone)
        self._build()
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_INTERVAL_MS)
        self._flash_timer.timeout.connect(self._flash)
        clock = self._clock

        def prepare() -> Callable[[], Warnings]:
            now = clock()

            def read() -> Warnings:
                with one_action(engine) as uow:
                    return todays_warnings(uow, now)

            return read

        # The watch first: a commit between it and the first reading is then read twice,
        # never missed.
        self.live = LiveRead(
            self,
            prepare,
            self._on_read,
            self._say_failure,
            watch=StoreWatch.share(engine),
            due=self._due,
        )
        if read_now:  # (or the first ``refresh()``: the desk's, once its window is painted)
            self.live.refresh()

    @property
    def reads(self) -> int:
        """Readings started: one per change, not one per tick."""
        return self.live.reads

    @property
    def announced(self) -> list[str]:
        """The parcel ids on the NEW banner, newest first (empty once seen)."""
        return [row.parcel_id for row in self._announced]

    def refresh(self) -> None:
        """Read the store again now (F5), changed or not."""
        self.live.refresh()

    def dismiss_banner(self) -> None:
        """Someone has seen the new warnings: hide the banner, unmark the rows."""
        self._announced = []
        self._flash_timer.stop()
        self.banner.hide()
        self.model.set_new(())

    def shutdown(self) -> None:
        """Stop reading, wait for a reading in progress, release the desk's watch."""
        self._flash_timer.stop()
        self.live.stop()

    # -- reading -----------------------------------------------------------------------------

    def _due(self) -> bool:
        """The day the warnings were read for has ended: read again, changed or not."""
        return self._until is not None and self._clock() >= self._until

    def _on_read(self, warnings: Warnings) -> None:
        first = self._shown is None
        self._shown = warnings
        self._until = warnings.until
        appeared = self.model.set_rows(warnings.rows)
        self._show_title(warnings)
        self.status_label.setText(
            self.tr("Updated {time}").format(
                time=f"{self._clock().astimezone(self._zone):%H:%M:%S}"
            )
        )
        self.status_label.setStyleSheet("")
        self._show_selected()
        if appeared and not first:
            self._announce(appeared)
        elif self._announced:
            self._show_banner()  # announced parcels decided since leave the banner too
        self.refreshed.emit()

    def _say_failure(self, line: str) -> None:
        self.status_label.setText(line)
        self.status_label.setStyleSheet(WAITING_STYLE)

    # -- announcing --------------------------------------------------------------------------

    def _announce(self, rows: list[WarningRow]) -> None:
        keys = {row.key for row in rows}
        self._announced = rows + [row for row in self._announced if row.key not in keys]
        self._show_banner()
        self._flashes_left = FLASHES
        self._flash_timer.start()
        self._set_banner_style(1)
        self.warnings_announced.emit([row.parcel_id for row in rows])

    def _show_banner(self) -> None:
        """The announced parcels still in the table, as they are now; hidden when none is."""
        shown = {row.key: row for row in self._shown.rows} if self._shown else {}
        self._announced = [shown[row.key] for row in self._announced if row.key in shown]
        if not self._announced:
            self.dismiss_banner()
            return
        self.model.set_new(row.key for row in self._announced)
        new = self.tr("NEW: {parcel} {recipient} - {headline}")
        lines = [
            new.format(parcel=r.parcel_id, recipient=r.recipient, headline=r.headline)
            for r in self._announced
        ]
        more = len(lines) - BANNER_LINES
        if more > 0:
            lines = [
                *lines[:BANNER_LINES],
                self.tr("... and {count} more NEW (see the table)", "", more).format(
                    count=format_count(more)
                ),
            ]
        self.banner_label.setText("\n".join(lines))
        self.banner.show()

    def _flash(self) -> None:
        self._flashes_left -= 1
        self._set_banner_style(self._flashes_left % 2 if self._flashes_left > 0 else 0)
        if self._flashes_left <= 0:
            self._flash_timer.stop()

    def _set_banner_style(self, which: int) -> None:
        self.banner.setStyleSheet(BANNER_STYLES[which])

    # -- showing -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = _plain_label(header_font(self.font()))
        self.title_label.setWordWrap(True)  # two crossing days and the count: never wider
        self.status_label = _plain_label(self.font())
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.status_label)

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner_label = _plain_label(header_font(self.font()))
        self.banner_label.setWordWrap(True)
        self.seen_button = QPushButton(self.tr("Seen"))
        self.seen_button.setFont(header_font(self.font()))
        # Clicking must not take the focus from the scan field: the next scan's Enter would
        # land here.
        self.seen_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.seen_button.clicked.connect(self.dismiss_banner)
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.seen_button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

        self.table = self._make_table()
        self.detail_label = _plain_label(self.font())
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Room for both sides and the reasons, so that the table does not jump on selection.
        self.detail_label.setMinimumHeight(self.detail_label.fontMetrics().lineSpacing() * 5)

        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)

    def _make_table(self) -> QTableView:
        table = read_only_table(self.model)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        # Room for typical values in bold (NEW rows); the reason takes the rest.
        bold = QFont(table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        closed = max(
            (day_and_time(datetime(2024, 6, day, 23, 59)) for day in range(10, 17)),
            key=metrics.horizontalAdvance,
        )
        widths = {
            WarningColumn.PARCEL: self.model.new_text("P0000000M"),
            WarningColumn.ORDER: "#100000M",
            WarningColumn.RECIPIENT: "Marie-Ève CôtéM",
            WarningColumn.ROUTE: "S321_MANIFESTM",
            WarningColumn.DAY: "2026-12-31M",
            WarningColumn.STATION: "DOCK-10M",
            WarningColumn.CLOSED: f"{closed}M",
        }
        for column, sample in widths.items():
            # Nor narrower than the header's words (French ones are longer).
            words = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            room = header.fontMetrics().horizontalAdvance(words) + HEADER_PADDING_PX
            header.resizeSection(column, max(metrics.horizontalAdvance(sample), room))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WarningColumn.WARNINGS, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(self._on_current_row)
        return table

    def _show_title(self, warnings: Warnings) -> None:
        # The US day column only says something when two days are shown (after the cut-off).
        self.table.setColumnHidden(WarningColumn.DAY, len(warnings.days) < 2)
        crossings = [self.tr("crossing {day}").format(day=day_and_date(d)) for d in warnings.days]
        if len(crossings) == 2:
            days = self.tr("{first} and {second}").format(first=crossings[0], second=crossings[1])
        else:
            days = ", ".join(crossings)
        count = sum(1 for row in warnings.rows if row.waits_for_supervisor)
        relabels = len(warnings.rows) - count  # listed for a new label only: nothing to decide
        if count == 1:
            title = self.tr("{count} parcel needs a decision - {days}")
        elif count:
            title = self.tr("{count} parcels need a decision - {days}", "", count)
        elif relabels:
            title = self.tr("No parcel needs a decision - {days}")
        else:
            title = self.tr("All clear: no parcel needs a decision - {days}")
        title = title.format(count=format_count(count), days=days)
        if relabels:
            title += (
                self.tr("; {count} needs a new label (RELABEL)")
                if relabels == 1
                else self.tr("; {count} need a new label (RELABEL)", "", relabels)
            ).format(count=format_count(relabels))
        self.title_label.setText(title)
        self.title_label.setStyleSheet(WAITING_STYLE if warnings.rows else CLEAR_STYLE)

    def _on_current_row(self, *_args: Any) -> None:
        self._show_selected()
        row = self._current_row()
        if row is not None:
            self.parcel_selected.emit(row.parcel_id)

    def _current_row(self) -> WarningRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        """Both sides of the selected parcel's conflict: which parcels, stations, when."""
        row = self._current_row()
        if row is None:
            self.detail_label.setText(self.tr("Select a parcel to see what it conflicts with."))
            return
        lines = [
            self.tr(
                "{parcel}  {recipient}  (order {order}, route {route}): station {station}, "
                "closed {closed}"
            ).format(
                parcel=row.parcel_id,
                recipient=row.recipient,
                order=row.order,
                route=row.route or "-",
                station=row.station,
                closed=self._time(row.closed_at),
            ),
        ]
        with one_action(self._engine) as uow:
            others = related_parcels(uow, row.parcel_id)
        for other in others:
            truck = (
                self.tr("SAME TRUCK") if other["same_truck"] else self.tr("not on the same truck")
            )
            closed = datetime.fromisoformat(other["closed_at"]) if other["closed_at"] else None
            lines.append(
                self.tr(
                    "    with {parcel}  {recipient}  ({relation}, route {route}): station "
                    "{station}, closed {closed}, {truck}"
                ).format(
                    parcel=other["parcel_id"],
                    recipient=other["recipient"],
                    relation=word(other["relation"]),
                    route=other["route"] or "-",
                    station=other["station"],
                    closed=self._time(closed),
                    truck=truck,
                )
            )
        if not others:
            lines.append(self.tr("    no other parcel is involved"))
        lines += [f"    {line}" for line in row.details.splitlines()]
        self.detail_label.setText("\n".join(lines))

    def _time(self, instant: datetime | None) -> str:
        return format_local_time(instant, self._zone) if instant else "-"


def _plain_label(font: Any) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # names are shown literally, never as HTML
    label.setFont(font)
    return label
