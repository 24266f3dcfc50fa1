"""Catalog, orders and history: find any parcel by id, order or name; its verdicts and audit
trail; a supervisor's reprint of its label; and any trip by its number, seal or date, its papers
printed again.

The view holds no rule of its own: ``services.lookup.history`` finds and reads (off the GUI
thread, in a ``Job``: a name is looked for in every order), ``services.supervision.decisions``
records the reprint and the label sink prints it, as at the packing station.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from s321_desk.domain.codes import DecisionAction
from s321_desk.services.kernel.errors import UserError, store_busy
from s321_desk.services.loads.trips import LoadSummary, list_loads
from s321_desk.services.lookup.history import (
    AuditRecord,
    LineDetails,
    ParcelHistory,
    ParcelHit,
    VerdictRecord,
    find_parcels,
    parcel_history,
)
from s321_desk.services.papers.printers import station_label_sink
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.uow import one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog
from s321_desk.ui.kit.formatting import format_count, format_local_time, format_money
from s321_desk.ui.kit.jobs import Job
from s321_desk.ui.kit.labels import plain_label, sized_font
from s321_desk.ui.kit.style import base_font
from s321_desk.ui.kit.table_model import (
    SORT_ROLE,
    Column,
    ColumnFitter,
    RowTableModel,
    read_only_table,
)
from s321_desk.ui.kit.words import word
from s321_desk.ui.lookup.trip_panel import TripPanel
from s321_desk.ui.station.looks import route_words
from s321_desk.ui.station.view import LabelSink

RED, WHITE = "#b00020", "#ffffff"
# Details shown beside an audit line; the rest is in its tooltip.
AUDIT_DETAIL_KEYS = ("route", "sha256", "file", "trip", "into", "to_day", "accepted")


def _when(instant: datetime | None, zone: tzinfo | None) -> str:
    return format_local_time(instant, zone) if instant is not None else ""


def _usd(cents: int | None) -> str:
    return "" if cents is None else format_money(cents, "USD")


def _status(hit: ParcelHit) -> str:
    if hit.needs_decision:
        return QCoreApplication.translate("HistoryView", "{status}, decision needed").format(
            status=word(hit.status)
        )
    return word(hit.status)


def hit_columns(zone: tzinfo | None) -> list[Column[ParcelHit]]:
    return [
        Column(QCoreApplication.translate("HistoryView", "Parcel"), lambda h: h.parcel),
        Column(QCoreApplication.translate("HistoryView", "Order"), lambda h: h.order),
        Column(
            QCoreApplication.translate("HistoryView", "Recipient"), lambda h: h.recipient, free=2
        ),
        Column(
            QCoreApplication.translate("HistoryView", "Place"),
            lambda h: ", ".join(filter(None, (h.city, h.state, h.country))),
            free=1,
        ),
        Column(QCoreApplication.translate("HistoryView", "Status"), _status),
        Column(QCoreApplication.translate("HistoryView", "Route"), lambda h: h.route or ""),
        Column(
            QCoreApplication.translate("HistoryView", "US day"),
            lambda h: h.us_day.isoformat() if h.us_day else "",
        ),
        Column(
            QCoreApplication.translate("HistoryView", "Created"),
            lambda h: _when(h.created_at, zone),
            sort=lambda h: h.created_at,
        ),
    ]


def line_columns() -> list[Column[LineDetails]]:
    none = QCoreApplication.translate("HistoryView", "(none)")
    return [
        Column("#", lambda x: str(x.line_no), sort=lambda x: x.line_no, numeric=True),
        Column("SKU", lambda x: x.sku or none),
        Column(
            QCoreApplication.translate("HistoryView", "Description"),
            lambda x: x.description,
            free=1,
        ),
        Column(
            QCoreApplication.translate("HistoryView", "Here"),
            lambda x: str(x.in_parcel),
            sort=lambda x: x.in_parcel,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("HistoryView", "Ordered"),
            lambda x: str(x.quantity),
            sort=lambda x: x.quantity,
            numeric=True,
        ),
    ]


def verdict_columns(zone: tzinfo | None) -> list[Column[VerdictRecord]]:
    def codes(v: VerdictRecord) -> str:
        return ", ".join(f.code for f in v.findings)

    def sentences(v: VerdictRecord) -> str:
        return "\n".join(f"{f.code} ({f.severity}): {f.message}" for f in v.findings)

    def rules(v: VerdictRecord) -> str:
        if not v.rules_as_of:
            return v.rules_version
        return QCoreApplication.translate("HistoryView", "{version} as of {when}").format(
            version=v.rules_version, when=_when(v.rules_as_of, zone)
        )

    return [
        Column(
            QCoreApplication.translate("HistoryView", "Evaluated"),
            lambda v: _when(v.evaluated_at, zone),
            sort=lambda v: v.evaluated_at,
        ),
        Column(QCoreApplication.translate("HistoryView", "Route"), lambda v: v.route),
        Column(
            QCoreApplication.translate("HistoryView", "Value"),
            lambda v: _usd(v.consignment_value_usd_cents),
            sort=lambda v: v.consignment_value_usd_cents,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("HistoryView", "Codes"), codes, tooltip=sentences, free=2
        ),
        Column(
            QCoreApplication.translate("HistoryView", "Judged against"),
            against,
            tooltip=against_in_full,
            free=2,
        ),
        Column(QCoreApplication.translate("HistoryView", "Rules"), rules, free=1),
        Column(
            QCoreApplication.translate("HistoryView", "FX to USD"),
            lambda v: ", ".join(f"{c} {r}" for c, r in v.fx),
            free=1,
        ),
    ]


def against(v: VerdictRecord) -> str:
    """The parcels it was judged against, in the order they were counted (crossing order)."""
    if v.judged_against is None:
        return QCoreApplication.translate("HistoryView", "not recorded")
    if not v.judged_against:
        return QCoreApplication.translate("HistoryView", "no other parcel")
    return ", ".join(
        f"{a.parcel_id} ({_role(a.role)}{', ' + a.route if a.route else ''})"
        for a in v.judged_against
    )


def against_in_full(v: VerdictRecord) -> str:
    if not v.judged_against:
        return against(v)
    line = QCoreApplication.translate("HistoryView", "{n}. {parcel}: {how}, {value} USD{route}")
    return "\n".join(
        line.format(
            n=n,
            parcel=a.parcel_id,
            how=_role(a.role),
            value=a.value_usd,
            route=f", {a.route}" if a.route else "",
        )
        for n, a in enumerate(v.judged_against, 1)
    )


def _role(role: str) -> str:
    """How a parcel bore on a verdict (stored in English: domain.judgement), in words."""
    words = {
        "earlier": QCoreApplication.translate("HistoryView", "crossed earlier"),
        "same time": QCoreApplication.translate("HistoryView", "crosses at the same time"),
        "same truck": QCoreApplication.translate("HistoryView", "same truck"),
        "filed later": QCoreApplication.translate("HistoryView", "filed on a later sealed truck"),
        "same order": QCoreApplication.translate("HistoryView", "same order"),
    }
    return words.get(role, role)


def audit_columns(zone: tzinfo | None) -> list[Column[AuditRecord]]:
    def shown(a: AuditRecord) -> str:
        return "; ".join(f"{k} {v}" for k, v in a.details if k in AUDIT_DETAIL_KEYS)

    def everything(a: AuditRecord) -> str:
        return "\n".join(f"{k}: {v}" for k, v in a.details)

    return [
        Column(
            QCoreApplication.translate("HistoryView", "When"),
            lambda a: _when(a.at, zone),
            sort=lambda a: a.id,
        ),
        Column(QCoreApplication.translate("HistoryView", "Action"), lambda a: a.action),
        Column(QCoreApplication.translate("HistoryView", "Who"), lambda a: a.who),
        Column(QCoreApplication.translate("HistoryView", "Station"), lambda a: a.station),
        Column(
            QCoreApplication.translate("HistoryView", "Reason"), lambda a: a.reason or "", free=1
        ),
        Column(
            QCoreApplication.translate("HistoryView", "Details"), shown, tooltip=everything, free=2
        ),
    ]


@dataclass(frozen=True)
class _Found:
    """A search's answer: the parcels and trips found, the first parcel's history."""

    wanted: str
    hits: list[ParcelHit]
    trips: list[LoadSummary]
    first: ParcelHistory | None


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
        self._papers_folder = label_folder.parent / "papers"
        self._search_job: Job | None = None
        self._history_job: Job | None = None
        self._first_history: ParcelHistory | None = None  # the search's first hit's, read with it
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
        self.search_field.setPlaceholderText(
            self.tr("Parcel id, order, name, trip number, seal or date, then Enter")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(self.search)
        find_label = plain_label(self.tr("Fi&nd:"), big)
        find_label.setTextFormat(Qt.TextFormat.AutoText)  # the mnemonic's '&' (our own text)
        find_label.setBuddy(self.search_field)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.clicked.connect(self.search)
        self.reprint_button = QPushButton(self.tr("&Reprint label..."))
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

        left = _stack(
            self,
            (self.title_label, 0),
            (self.details_label, 0),
            (plain_label(self.tr("Order lines"), big), 0),
            (self.lines_table, 1),
        )
        right = _stack(
            self,
            (plain_label(self.tr("Verdicts, oldest first"), big), 0),
            (self.verdicts_table, 2),
            (plain_label(self.tr("Audit trail"), big), 0),
            (self.audit_table, 3),
        )
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(left)
        below.addWidget(right)
        below.setStretchFactor(0, 1)  # the verdicts' and the audit's columns need the room
        below.setStretchFactor(1, 2)
        below.setSizes([LINES_WIDTH, 2 * LINES_WIDTH])
        self.trips = TripPanel(self._engine, self._zone, self._papers_folder, self)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.trips)
        split.addWidget(self.hits_table)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 3)
        split.setSizes([180, 200, 400])  # five results in view at 1366x700, the history below
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
            self._say(self.tr("Type a parcel id, an order or a name, then Enter."))
            return
        self._say(self.tr("Searching for {text}...").format(text=wanted))
        engine = self._engine
        today = datetime.now(self._zone).date() if self._zone else datetime.now().date()

        def find(_progress: object) -> _Found:
            # One transaction: the parcels, the trips and the history of the one shown first.
            with one_action(engine) as uow:
                hits = find_parcels(uow, wanted)
                trips = list_loads(uow, today, search=wanted)
                first = parcel_history(uow, hits[0].parcel) if hits else None
            return _Found(wanted, hits, trips, first)

        self._search_job = self._start(find, self._on_found)

    def show_parcel(self, parcel: str) -> None:
        """Read and show one parcel's history (by its printable id)."""
        first, self._first_history = self._first_history, None
        if first is not None and first.parcel.parcel == parcel:  # read with the search
            self._history_job = None
            self._show_history(first)
            return
        engine = self._engine

        def read(_progress: object) -> ParcelHistory:
            with one_action(engine) as uow:
                return parcel_history(uow, parcel)

        self._history_job = self._start(read, self._on_history)

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

    def _on_found(self, result: _Found) -> None:
        if not self._current(self._search_job):
            return
        wanted, hits, trips = result.wanted, result.hits, result.trips
        self._first_history = result.first
        self.trips.show_trips(trips)
        self.hits_model.set_rows(hits)
        self.hits_table.resizeColumnsToContents()
        self.searched.emit(wanted, len(hits))
        if not hits:
            self._clear_history()
            if trips:
                self._say(
                    self.tr("Trips found for {text}: their papers can be printed again.").format(
                        text=wanted
                    )
                )
            else:
                self._say(
                    self.tr(
                        "Nothing found for {text} (a parcel id, an order, a name, a "
                        "trip number, a seal or a date)."
                    ).format(text=wanted)
                )
            return
        found_by = ", ".join(sorted({word(hit.matched) for hit in hits}))
        if len(hits) == 1:
            found = self.tr("{count} parcel found for {text} (by {by}), newest first.")
        else:
            found = self.tr(
                "{count} parcels found for {text} (by {by}), newest first.", "", len(hits)
            )
        self._say(found.format(count=format_count(len(hits)), text=wanted, by=found_by))
        self.hits_table.selectRow(0)  # shows it; a scanned label: straight to its parcel

    def _on_current_hit(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            source = self.hits_table.model().mapToSource(current)  # type: ignore[attr-defined]
            self.show_parcel(self.hits_model.row_at(source.row()).parcel)

    def _on_history(self, history: ParcelHistory) -> None:
        if self._current(self._history_job):
            self._show_history(history)

    def _show_history(self, history: ParcelHistory) -> None:
        self.history = history
        parcel = history.parcel
        words = route_words(parcel.route)
        route = (
            self.tr("route {route} ({words})").format(route=parcel.route, words=words)
            if parcel.route
            else self.tr("no route yet")
        )
        self.title_label.setText(
            self.tr("Parcel {parcel} · {status} · {route}").format(
                parcel=parcel.parcel, status=word(parcel.status), route=route
            )
        )
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
            self._refuse(
                self.tr("the database is busy or cannot be read ({error}); try again").format(
                    error=error.orig
                )
            )
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _on_ended(self) -> None:
        # The job that just ended may still be leaving run() on its pool thread: it is let
        # go at a later end, not now (freeing a QRunnable inside run() aborts).
        ended = self.sender()
        self._jobs = {job for job in self._jobs if not job.done.is_set() or job.signals is ended}

    def wait_for_jobs(self, timeout_s: float = 10.0) -> bool:
        """For closing and tests: wait until the reads and papers in flight have ended."""
        jobs = [*self._jobs, *self.trips.papers.jobs]
        return all(job.wait(timeout_s) for job in jobs)

    # -- reprint: a supervisor's decision on the record, then the label ---------------------

    def ask_reprint(self) -> None:
        if self.history is None:
            self._refuse(self.tr("Reprint: find and select a parcel first."))
            return
        code = self.history.parcel.parcel

        def act(who: str, pin: str, reason: str) -> object:
            with one_action(self._engine, immediate=True) as uow:
                return decide(
                    uow,
                    code,
                    DecisionAction.REPRINT,
                    user=who,
                    pin=pin,
                    reason=reason,
                    station=self._station,
                )

        dialog = AuthorizeDialog(
            self.tr("Reprint label"),
            self.tr(
                "Reprint the label of parcel {parcel}: a "
                "supervisor's decision, recorded with the reason."
            ).format(parcel=code),
            act,
            self,
        )
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
            self._refuse(self.tr("LABEL NOT PRINTED: {error}").format(error=error))
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
    packed = (
        QCoreApplication.translate(
            "HistoryView", "Packed at {station}, opened {opened}, closed {closed}"
        )
        if parcel.closed_at
        else QCoreApplication.translate("HistoryView", "Packed at {station}, opened {opened}")
    )
    lines = [
        QCoreApplication.translate("HistoryView", "Order {order} of {when} ({currency})").format(
            order=order.name, when=_when(order.created_at, zone), currency=order.currency
        ),
        QCoreApplication.translate("HistoryView", "Ship to {address}").format(address=ship_to),
        packed.format(
            station=parcel.station,
            opened=_when(parcel.created_at, zone),
            closed=_when(parcel.closed_at, zone),
        ),
    ]
    if parcel.crossing_at is not None:
        lines.append(
            QCoreApplication.translate(
                "HistoryView", "Crossing {when} at port {port} (US day {day})"
            ).format(when=_when(parcel.crossing_at, zone), port=parcel.port, day=parcel.us_day)
        )
    facts = []
    if parcel.weight_g is not None:
        facts.append(f"{parcel.weight_g / 1000:.3f} kg")
    if parcel.value_usd_cents is not None:
        facts.append(
            QCoreApplication.translate("HistoryView", "value {value}").format(
                value=_usd(parcel.value_usd_cents)
            )
        )
    if parcel.trip:
        on_truck = (
            QCoreApplication.translate("HistoryView", "on truck {trip}, SCN {scn}")
            if parcel.scn
            else QCoreApplication.translate("HistoryView", "on truck {trip}")
        )
        facts.append(on_truck.format(trip=parcel.trip, scn=parcel.scn))
    if facts:
        text = ", ".join(facts)
        lines.append(text[:1].upper() + text[1:])
    decided = []
    if parcel.needs_decision:
        decided.append(QCoreApplication.translate("HistoryView", "needs a supervisor's decision"))
    if parcel.manual_hold:
        decided.append(QCoreApplication.translate("HistoryView", "held by a supervisor"))
    if parcel.accepted_route:
        decided.append(
            QCoreApplication.translate("HistoryView", "route {route} accepted").format(
                route=parcel.accepted_route
            )
        )
    if parcel.acknowledged:
        decided.append(
            QCoreApplication.translate("HistoryView", "acknowledged {codes}").format(
                codes=", ".join(parcel.acknowledged)
            )
        )
    if decided:
        lines.append(
            QCoreApplication.translate("HistoryView", "Decisions: {decisions}").format(
                decisions="; ".join(decided)
            )
        )
    return lines


LINES_WIDTH = 460  # the order lines' columns whole at 1366 wide, in French too


def _table(model: RowTableModel, parent: QWidget) -> QTableView:  # type: ignore[type-arg]
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = read_only_table(proxy, parent)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a click
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    ColumnFitter(table)  # numbers, codes and times whole; the free texts share the rest
    return table


def _stack(parent: QWidget, *widgets: tuple[QWidget, int]) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in widgets:
        layout.addWidget(widget, stretch)
    return box
