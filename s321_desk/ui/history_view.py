"""Catalog, orders and history: find any parcel by id, order or name; its verdicts and audit
trail; a supervisor's reprint of its label.

The view holds no rule of its own: ``services.history`` finds and reads (off the GUI thread,
in a ``Job``: a name is looked for in every order), ``services.decisions`` records the reprint
and the label sink prints it, as at the packing station.
"""

from __future__ import annotations

import sys
from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from s321_desk.services.decisions import decide
from s321_desk.services.errors import UserError, store_busy
from s321_desk.services.history import (
    AuditRecord,
    LineDetails,
    ParcelHistory,
    ParcelHit,
    VerdictRecord,
    find_parcels,
    parcel_history,
)
from s321_desk.services.printers import station_label_sink
from s321_desk.ui.authorize_dialog import AuthorizeDialog
from s321_desk.ui.formatting import format_local_time, format_money, plural
from s321_desk.ui.jobs import Job
from s321_desk.ui.packing_station import ROUTE_WORDS, LabelSink
from s321_desk.ui.station_widgets import plain_label, sized_font
from s321_desk.ui.style import base_font
from s321_desk.ui.table_model import SORT_ROLE, Column, RowTableModel, read_only_table

RED, WHITE = "#b00020", "#ffffff"
# Details shown beside an audit line; the rest is in its tooltip.
AUDIT_DETAIL_KEYS = ("route", "sha256", "file", "trip", "into", "to_day", "accepted")


def _when(instant: datetime | None, zone: tzinfo | None) -> str:
    return format_local_time(instant, zone) if instant is not None else ""


def _usd(cents: int | None) -> str:
    return "" if cents is None else format_money(cents, "USD")


def hit_columns(zone: tzinfo | None) -> list[Column[ParcelHit]]:
    return [
        Column("Parcel", lambda h: h.parcel),
        Column("Order", lambda h: h.order),
        Column("Recipient", lambda h: h.recipient),
        Column("Place", lambda h: ", ".join(filter(None, (h.city, h.state, h.country)))),
        Column("Status", lambda h: h.status + (", decision needed" if h.needs_decision else "")),
        Column("Route", lambda h: h.route or ""),
        Column("US day", lambda h: h.us_day.isoformat() if h.us_day else ""),
        Column("Created", lambda h: _when(h.created_at, zone), sort=lambda h: h.created_at),
    ]


def line_columns() -> list[Column[LineDetails]]:
    return [
        Column("#", lambda x: str(x.line_no), sort=lambda x: x.line_no, numeric=True),
        Column("SKU", lambda x: x.sku or "(none)"),
        Column("Description", lambda x: x.description),
        Column("Here", lambda x: str(x.in_parcel), sort=lambda x: x.in_parcel, numeric=True),
        Column("Ordered", lambda x: str(x.quantity), sort=lambda x: x.quantity, numeric=True),
    ]


def verdict_columns(zone: tzinfo | None) -> list[Column[VerdictRecord]]:
    def codes(v: VerdictRecord) -> str:
        return ", ".join(f.code for f in v.findings)

    def sentences(v: VerdictRecord) -> str:
        return "\n".join(f"{f.code} ({f.severity}): {f.message}" for f in v.findings)

    return [
        Column("Evaluated", lambda v: _when(v.evaluated_at, zone), sort=lambda v: v.evaluated_at),
        Column("Route", lambda v: v.route),
        Column(
            "Value",
            lambda v: _usd(v.consignment_value_usd_cents),
            sort=lambda v: v.consignment_value_usd_cents,
            numeric=True,
        ),
        Column(
            "Rules",
            lambda v: (
                v.rules_version + (f" as of {_when(v.rules_as_of, zone)}" if v.rules_as_of else "")
            ),
        ),
        Column("FX to USD", lambda v: ", ".join(f"{c} {r}" for c, r in v.fx)),
        Column("Codes", codes, tooltip=sentences),
    ]


def audit_columns(zone: tzinfo | None) -> list[Column[AuditRecord]]:
    def shown(a: AuditRecord) -> str:
        return "; ".join(f"{k} {v}" for k, v in a.details if k in AUDIT_DETAIL_KEYS)

    def everything(a: AuditRecord) -> str:
        return "\n".join(f"{k}: {v}" for k, v in a.details)

    return [
        Column("When", lambda a: _when(a.at, zone), sort=lambda a: a.id),
        Column("Action", lambda a: a.action),
        Column("Who", lambda a: a.who),
        Column("Station", lambda a: a.station),
        Column("Reason", lambda a: a.reason or ""),
        Column("Details", shown, tooltip=everything),
    ]


class HistoryView(QWidget):
    """Search field, results, and the selected parcel's details, verdicts and audit trail."""

    searched = Signal(str, int)  # the text, how many parcels were found
    parcel_shown = Signal(str)  # the printable parcel id whose history is on the screen
    label_reprinted = Signal(str, str)  # parcel id, where the label went (the status line)

    def __init__(
        self,
        engine: Engine,
        *,
        zone: tzinfo | None = None,
        station: str = "",
        label_folder: Path,
        label_sink: LabelSink | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._zone = zone
        self._station = station
        self._label_sink = label_sink or station_label_sink(engine, station, label_folder)
        self._search_job: Job | None = None
        self._history_job: Job | None = None
        self._jobs: set[Job] = set()  # kept alive until they end
        self.history: ParcelHistory | None = None
        self.authorize_dialog: AuthorizeDialog | None = None
        self.setFont(base_font(self.font()))
        self._build()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        big = sized_font(self.font(), 15, bold=True)
        self.search_field = QLineEdit()
        self.search_field.setFont(sized_font(self.font(), 16))
        self.search_field.setPlaceholderText("Parcel id, order or name, then Enter")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(self.search)
        find_label = plain_label("Fi&nd:", big)
        find_label.setTextFormat(Qt.TextFormat.AutoText)  # the mnemonic's '&' (our own text)
        find_label.setBuddy(self.search_field)
        self.search_button = QPushButton("&Search")
        self.search_button.clicked.connect(self.search)
        self.reprint_button = QPushButton("&Reprint label...")
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self.ask_reprint)
        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.search_field, 1)
        top.addWidget(self.search_button)
        top.addWidget(self.reprint_button)

        self.hits_model: RowTableModel[ParcelHit] = RowTableModel(hit_columns(self._zone), self)
        self.hits_table = _table(self.hits_model, self)
        self.hits_table.selectionModel().currentRowChanged.connect(self._on_current_hit)
        self.title_label = plain_label("", sized_font(self.font(), 17, bold=True), wrap=True)
        self.details_label = plain_label("", self.font(), wrap=True)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_model: RowTableModel[LineDetails] = RowTableModel(line_columns(), self)
        self.verdicts_model: RowTableModel[VerdictRecord] = RowTableModel(
            verdict_columns(self._zone), self
        )
        self.audit_model: RowTableModel[AuditRecord] = RowTableModel(
            audit_columns(self._zone), self
        )
        self.lines_table = _table(self.lines_model, self)
        self.verdicts_table = _table(self.verdicts_model, self)
        self.audit_table = _table(self.audit_model, self)

        left = _stack(self, (self.title_label, 0), (self.details_label, 0),
                      (plain_label("Order lines", big), 0), (self.lines_table, 1))  # fmt: skip
        right = _stack(self, (plain_label("Verdicts, oldest first", big), 0),
                       (self.verdicts_table, 2), (plain_label("Audit trail", big), 0),
                       (self.audit_table, 3))  # fmt: skip
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(left)
        below.addWidget(right)
        below.setStretchFactor(0, 2)
        below.setStretchFactor(1, 3)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.hits_table)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([200, 400])  # five results in view at 1366x700, the history below
        self.status_label = plain_label("", sized_font(self.font(), 15), wrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status_label)
        self.setTabOrder(self.search_field, self.search_button)
        self.setTabOrder(self.search_button, self.reprint_button)
        self.setTabOrder(self.reprint_button, self.hits_table)
        self.setFocusProxy(self.search_field)

    # -- searching and showing: the store is read on a pool thread --------------------------

    def search(self, text: str | None = None) -> None:
        """Find what the field (or ``text``) names; the first (newest) parcel is shown."""
        if text is not None:
            self.search_field.setText(text)
        wanted = self.search_field.text().strip()
        if not wanted:
            self._say("Type a parcel id, an order or a name, then Enter.")
            return
        self._say(f"Searching for {wanted}...")
        engine = self._engine
        self._search_job = self._start(lambda _p: (wanted, find_parcels(engine, wanted)),
                                       self._on_found)  # fmt: skip

    def show_parcel(self, parcel: str) -> None:
        """Read and show one parcel's history (by its printable id)."""
        engine = self._engine
        self._history_job = self._start(lambda _p: parcel_history(engine, parcel),
                                        self._on_history)  # fmt: skip

    def _start(self, work: object, done: object) -> Job:
        job = Job(work)  # type: ignore[arg-type]
        job.signals.succeeded.connect(done)  # type: ignore[arg-type]
        job.signals.failed.connect(self._on_failed)
        job.signals.ended.connect(self._on_ended)
        self._jobs.add(job)
        return job.start()

    def _current(self, job: Job | None) -> bool:
        """The signal comes from the latest job of its kind (an older answer is dropped)."""
        return job is not None and self.sender() is job.signals

    def _on_found(self, result: tuple[str, list[ParcelHit]]) -> None:
        if not self._current(self._search_job):
            return
        wanted, hits = result
        self.hits_model.set_rows(hits)
        self.hits_table.resizeColumnsToContents()
        self.searched.emit(wanted, len(hits))
        if not hits:
            self._clear_history()
            self._say(f"No parcel found for {wanted} (a parcel id, an order or a name).")
            return
        found_by = {hit.matched for hit in hits}
        self._say(f"{plural(len(hits), 'parcel')} found for {wanted} "
                  f"(by {', '.join(sorted(found_by))}), newest first.")  # fmt: skip
        self.hits_table.selectRow(0)  # shows it; a scanned label: straight to its parcel

    def _on_current_hit(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            source = self.hits_table.model().mapToSource(current)  # type: ignore[attr-defined]
            self.show_parcel(self.hits_model.row_at(source.row()).parcel)

    def _on_history(self, history: ParcelHistory) -> None:
        if not self._current(self._history_job):
            return
        self.history = history
        parcel = history.parcel
        words = ROUTE_WORDS.get(parcel.route or "", "")
        route = f"route {parcel.route} ({words})" if parcel.route else "no route yet"
        self.title_label.setText(f"Parcel {parcel.parcel} · {parcel.status} · {route}")
        self.details_label.setText("\n".join(_detail_lines(history, self._zone)))
        self.lines_model.set_rows(history.lines)
        self.verdicts_model.set_rows(history.verdicts)
        self.audit_model.set_rows(history.audit)
        for table in (self.lines_table, self.verdicts_table, self.audit_table):
            table.resizeColumnsToContents()
        self.reprint_button.setEnabled(True)
        self.parcel_shown.emit(parcel.parcel)

    def _clear_history(self) -> None:
        self.history = None
        self.title_label.setText("")
        self.details_label.setText("")
        for model in (self.lines_model, self.verdicts_model, self.audit_model):
            model.set_rows([])
        self.reprint_button.setEnabled(False)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError | OSError):
            self._refuse(str(error))
        elif isinstance(error, OperationalError) and store_busy(error):
            self._refuse(f"the database is busy or cannot be read ({error.orig}); try again")
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _on_ended(self) -> None:
        # The job that just ended may still be leaving run() on its pool thread: it is let
        # go at a later end, not now (freeing a QRunnable inside run() aborts).
        ended = self.sender()
        self._jobs = {job for job in self._jobs
                      if not job.done.is_set() or job.signals is ended}  # fmt: skip

    def wait_for_jobs(self, timeout_s: float = 10.0) -> bool:
        """For closing and tests: wait until the reads in flight have ended."""
        return all(job.wait(timeout_s) for job in list(self._jobs))

    # -- reprint: a supervisor's decision on the record, then the label ---------------------

    def ask_reprint(self) -> None:
        if self.history is None:
            self._refuse("Reprint: find and select a parcel first.")
            return
        code = self.history.parcel.parcel

        def act(who: str, pin: str, reason: str) -> object:
            return decide(self._engine, code, "reprint", user=who, pin=pin, reason=reason,
                          station=self._station)  # fmt: skip

        dialog = AuthorizeDialog(
            "Reprint label", f"Reprint the label of parcel {code}: a supervisor's decision, "
            "recorded with the reason.", act, self,
        )  # fmt: skip
        dialog.accepted.connect(lambda: self._reprint(code))
        dialog.finished.connect(dialog.deleteLater)
        self.authorize_dialog = dialog
        dialog.open()

    def _reprint(self, code: str) -> None:
        # On the GUI thread, as at the packing station: the sink may be a printer that needs
        # it (a print dialog); a label is a few milliseconds of PDF.
        try:
            where = self._label_sink(code)
        except UserError as error:
            self._refuse(f"LABEL NOT PRINTED: {error}")
        else:
            self._say(where)
            self.label_reprinted.emit(code, where)
        self.show_parcel(code)  # the audit trail now holds the decision and the print

    def _say(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)

    def _refuse(self, text: str) -> None:
        self.status_label.setStyleSheet(f"background: {RED}; color: {WHITE}")
        self.status_label.setText(text)


def _detail_lines(history: ParcelHistory, zone: tzinfo | None) -> list[str]:
    parcel, order = history.parcel, history.order
    ship_to = ", ".join((order.recipient, *filter(None, (order.company,)), *order.address))
    lines = [
        f"Order {order.name} of {_when(order.created_at, zone)} ({order.currency})",
        f"Ship to {ship_to}",
        f"Packed at {parcel.station}, opened {_when(parcel.created_at, zone)}"
        + (f", closed {_when(parcel.closed_at, zone)}" if parcel.closed_at else ""),
    ]
    if parcel.crossing_at is not None:
        lines.append(f"Crossing {_when(parcel.crossing_at, zone)} at port {parcel.port} "
                     f"(US day {parcel.us_day})")  # fmt: skip
    facts = []
    if parcel.weight_g is not None:
        facts.append(f"{parcel.weight_g / 1000:.3f} kg")
    if parcel.value_usd_cents is not None:
        facts.append(f"value {_usd(parcel.value_usd_cents)}")
    if parcel.trip:
        facts.append(f"on truck {parcel.trip}" + (f", SCN {parcel.scn}" if parcel.scn else ""))
    if facts:
        text = ", ".join(facts)
        lines.append(text[:1].upper() + text[1:])
    decided = []
    if parcel.needs_decision:
        decided.append("needs a supervisor's decision")
    if parcel.manual_hold:
        decided.append("held by a supervisor")
    if parcel.accepted_route:
        decided.append(f"route {parcel.accepted_route} accepted")
    if parcel.acknowledged:
        decided.append(f"acknowledged {', '.join(parcel.acknowledged)}")
    if decided:
        lines.append("Decisions: " + "; ".join(decided))
    return lines


def _table(model: RowTableModel, parent: QWidget) -> QTableView:  # type: ignore[type-arg]
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = read_only_table(proxy, parent)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a click
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _stack(parent: QWidget, *widgets: tuple[QWidget, int]) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in widgets:
        layout.addWidget(widget, stretch)
    return box
