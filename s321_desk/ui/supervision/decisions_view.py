"""The supervisor's decisions: the queue, both sides of the selected conflict, the actions.

It holds no rule of its own: the queue and the sides come from
``services.supervision.conflicts`` (which also says which actions make sense for a parcel), every
action goes to ``services.supervision.decisions`` through an ``AuthorizeDialog`` (name or badge,
PIN, reason), and what the decision changed is said in the view's status line, never in a box.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from s321_desk.domain.codes import DecisionAction, Severity
from s321_desk.services.kernel.errors import UserError, store_busy
from s321_desk.services.supervision.conflicts import (
    ConflictSides,
    ParcelChange,
    Queue,
    changes_after,
    conflict_sides,
    decision_queue,
)
from s321_desk.services.supervision.decisions import Decided, decide
from s321_desk.services.supervision.warnings import WarningRow
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog, RecentSigner
from s321_desk.ui.kit.formatting import format_count
from s321_desk.ui.kit.labels import plain_label
from s321_desk.ui.kit.style import base_font, header_font
from s321_desk.ui.kit.table_model import ColumnFitter, read_only_table
from s321_desk.ui.kit.words import day_and_date, desk_locale
from s321_desk.ui.supervision.decision_models import (
    BUTTONS,
    GROUP_ACTIONS,
    QUEUE_DAY,
    QUEUE_RECIPIENT,
    QUEUE_WHY,
    SIDE_RECIPIENT,
    SIDE_TRUCK,
    QueueTableModel,
    SidesTableModel,
    action_name,
    button_text,
    decided_text,
    decision_text,
    reason_presets,
)

DONE_STYLE = "color: white; background: #1b5e20; padding: 4px;"
REFUSED_STYLE = "color: white; background: #b00020; padding: 4px;"
WAITING_STYLE = "color: #b00020;"
CLEAR_STYLE = "color: #1b5e20;"
SUGGESTED_STYLE = "QPushButton { border: 3px solid #0d47a1; padding: 4px; }"
DEFER_FORMAT = "ddd yyyy-MM-dd HH:mm"
# Each action's place (row, column) in the two columns of buttons, an option beside its own;
# the second column no wider than the options (the queue keeps its width, in French too).
ACTION_PLACES: dict[str, tuple[int, int]] = {
    DecisionAction.ACCEPT_ROUTE: (0, 0), DecisionAction.ACKNOWLEDGE: (0, 1),
    DecisionAction.DEFER: (1, 0),
    DecisionAction.CONSOLIDATE: (2, 0),
    DecisionAction.SPLIT: (3, 0),
    DecisionAction.HOLD: (4, 0), DecisionAction.RELEASE: (4, 1),
    DecisionAction.VOID: (5, 0),
    DecisionAction.REPRINT: (6, 0),
}  # fmt: skip
GROUP_PLACE = (5, 1)
OPTIONS_WIDTH = 230
ROWS_AT_LEAST = 3  # the queue's and the sides' rows shown whole at 1366x768


@dataclass(frozen=True)
class _Reading:
    """One reading of the view: the queue, the row to select and its parcel's sides (or why
    there are none)."""

    queue: Queue
    kept: int | None
    sides: ConflictSides | None
    refused: str | None


@dataclass(frozen=True)
class _Done:
    """A decision signed in the dialog: the parcels decided, what it changed, the view read
    again, all in the decision's transaction."""

    done: list[Decided]
    changes: tuple[ParcelChange, ...]
    reading: _Reading


class DecisionsView(QWidget):
    """The queue (today's warnings, then held parcels of other days), the selected parcel's
    sides, and one button per action, enabled only where the action makes sense.

    ``refresh()`` reads the store again (connect the warnings panel's ``refreshed`` to it);
    Enter on a row opens the suggested action (acknowledge, accept route or release, never a
    destructive one), which still asks for a PIN and a reason.
    """

    decided = Signal(str, str)  # action, printable parcel id: after a decision is recorded

    def __init__(
        self,
        engine: Engine,
        *,
        zone: tzinfo | None = None,
        station: str = "",
        clock: Callable[[], datetime] | None = None,
        signer: RecentSigner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self.signer = signer or RecentSigner()  # a supervisor who signed a moment ago: the PIN
        self._zone = zone
        self._station = station
        self._clock = clock or (lambda: datetime.now(UTC))
        self._queue: Queue | None = None
        self._refreshing = False
        self._stale = False  # the store changed while the view was hidden
        self._sides: ConflictSides | None = None
        self.dialog: AuthorizeDialog | None = None  # the open one (tests fill it)
        self.setFont(base_font(self.font()))
        self.queue_model = QueueTableModel(self, zone)
        self.sides_model = SidesTableModel(self, zone)
        self._build()
        self.refresh()

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the queue and the selected parcel's sides again; the selection is kept (or
        moves to the row that took its place when the parcel left the queue). While the view
        is hidden (another tab) it only notes that it must read again when shown."""
        if self._queue is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            with one_action(self._engine) as uow:  # the queue and the sides, as of one moment
                reading = self._read(uow)
        except OperationalError as error:
            if not store_busy(error):
                raise
            self._say(self._busy_text(), REFUSED_STYLE)
            return
        self._show_reading(reading)

    def _read(self, work: UnitOfWork) -> _Reading:
        """The queue, the row to select in it (the current one's parcel, or the row that took
        its place) and that parcel's sides."""
        current = self.current_row()
        position = self.queue_table.currentIndex().row()
        queue = decision_queue(work, self._clock())
        kept = next((i for i, r in enumerate(queue.rows) if current and r.key == current.key), None)
        if kept is None and queue.rows:
            kept = min(max(position, 0), len(queue.rows) - 1)
        if kept is None:
            return _Reading(queue, None, None, None)
        sides, refused = self._sides_of(work, queue.rows[kept].parcel_id)
        return _Reading(queue, kept, sides, refused)

    def _show_reading(self, reading: _Reading) -> None:
        queue = reading.queue
        self._queue = queue
        self._refreshing = True
        try:
            self.queue_model.set_rows(queue.rows)
            self._show_title(queue)
            if reading.kept is not None:
                self.queue_table.selectRow(reading.kept)
        finally:
            self._refreshing = False
        self._show_sides(reading.sides, reading.refused)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def current_row(self) -> WarningRow | None:
        index = self.queue_table.currentIndex()
        return self.queue_model.row_at(index.row()) if index.isValid() else None

    def select_parcel(self, parcel_id: str) -> bool:
        """Select a parcel of the queue (e.g. the one picked in the warnings panel)."""
        position = next(
            (i for i, r in enumerate(self.queue_model.rows()) if r.parcel_id == parcel_id), None
        )
        if position is None:
            return False
        self.queue_table.selectRow(position)
        return True

    @property
    def sides(self) -> ConflictSides | None:
        return self._sides

    @property
    def status_text(self) -> str:
        return self.status_label.text()

    # -- acting ------------------------------------------------------------------------------

    def ask(self, action: str) -> AuthorizeDialog | None:
        """Open the PIN dialog for ``action`` on the selected parcel; None if it makes no sense."""
        row, sides = self.current_row(), self._sides
        if row is None or sides is None or action not in sides.actions:
            return None
        extra: dict[str, Any] = {}
        if action == DecisionAction.DEFER:
            extra["crossing"] = self._defer_crossing()
        elif action == DecisionAction.CONSOLIDATE:
            extra["into"] = self.into_combo.currentData()
        elif action == DecisionAction.SPLIT:
            extra["other"] = self.split_combo.currentData()
        parcel = row.parcel_id
        busy = self._busy_text()
        group = self._group_of(action, sides)

        def act(who: str, pin: str, reason: str) -> _Done:
            """The selected parcel, then each other parcel of its group (one PIN for all; a
            parcel that no longer waits for the action is passed over), what they changed and
            the queue read again: one transaction."""
            try:
                with one_action(self._engine, immediate=True) as uow:
                    done = [
                        decide(
                            uow,
                            parcel,
                            action,
                            user=who,
                            pin=pin,
                            reason=reason,
                            station=self._station,
                            **extra,
                        )
                    ]
                    for other in group:
                        try:
                            done.append(
                                decide(
                                    uow,
                                    other,
                                    action,
                                    user=who,
                                    pin=pin,
                                    reason=reason,
                                    station=self._station,
                                )
                            )
                        except UserError:
                            continue
                    changes = {c.parcel_id: c for d in done for c in changes_after(uow, d)}
                    return _Done(done, tuple(changes.values()), self._read(uow))
            except OperationalError as error:
                if store_busy(error):
                    raise UserError(busy) from error
                raise

        title = action_name(action)
        what = self._what(action, row, extra)
        if group:
            what += "\n" + self.tr(
                "The same for the other parcels of the conflict: {parcels}."
            ).format(parcels=", ".join(group))
        dialog = AuthorizeDialog(
            self.tr("{action}: {parcel}").format(action=title, parcel=parcel),
            what,
            act,
            self,
            who=self.signer.who,
            reasons=reason_presets(action),
        )
        before = len(self.queue_model.rows())
        cancelled = self.tr("{action} {parcel}: cancelled, nothing changed.").format(
            action=title, parcel=parcel
        )
        dialog.accepted.connect(lambda: self._done(dialog, before, extra))
        dialog.rejected.connect(lambda: self._say(cancelled))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_suggested(self) -> AuthorizeDialog | None:
        """Enter on a row: the suggested action, if there is a harmless one."""
        sides = self._sides
        if sides is None or sides.suggested is None:
            if sides is not None:
                self._say(
                    self.tr(
                        "No action is suggested for this parcel: choose one (Alt + its letter)."
                    )
                )
            return None
        return self.ask(sides.suggested)

    def _group_of(self, action: str, sides: ConflictSides) -> list[str]:
        """The other parcels of the conflict the action is for too ("Whole group" ticked):
        those in the queue that wait for the same action."""
        if not self.group_check.isChecked() or action not in GROUP_ACTIONS:
            return []
        queued = {r.parcel_id for r in self.queue_model.rows()}
        group = []
        with one_action(self._engine) as uow:  # their sides as of one moment
            for other in sides.others:
                if other.parcel_id in queued:
                    try:
                        if action in conflict_sides(uow, other.parcel_id).actions:
                            group.append(other.parcel_id)
                    except UserError:
                        continue
        return group

    def _done(self, dialog: AuthorizeDialog, before: int, extra: dict[str, Any]) -> None:
        result: _Done = dialog.result_value
        done = result.done
        decided = done[0]
        self.dialog = None
        self.signer.signed(decided.by)
        if self.isVisible() or self._queue is None:  # read with the decision: shown now
            self._stale = False
            self._show_reading(result.reading)
        else:
            self._stale = True
        after = len(self.queue_model.rows())
        text = decided_text(decided, result.changes, extra, before, after, self._zone)
        if len(done) > 1:
            text = self.tr("{done} The same for {parcels}.").format(
                done=text, parcels=", ".join(d.parcel for d in done[1:])
            )
        self._say(text, DONE_STYLE)
        for each in done:
            self.decided.emit(each.action, each.parcel)

    def _defer_crossing(self) -> datetime:
        shown = self.defer_edit.dateTime()
        local = datetime(
            shown.date().year(),
            shown.date().month(),
            shown.date().day(),
            shown.time().hour(),
            shown.time().minute(),
        )
        return local.replace(tzinfo=self._zone) if self._zone else local.astimezone()

    def _what(self, action: str, row: WarningRow, extra: dict[str, Any]) -> str:
        who = self.tr("parcel {parcel} ({recipient}, order {order})").format(
            parcel=row.parcel_id, recipient=row.recipient, order=row.order
        )
        crossing = extra.get("crossing")
        local = crossing.astimezone(self._zone) if crossing else None
        when = f"{day_and_date(local)} {local:%H:%M}" if local is not None else ""
        texts: dict[str, str] = {
            DecisionAction.ACCEPT_ROUTE: self.tr(
                "Accept route {route} for {who}: it ships as {route}."
            ),
            DecisionAction.ACKNOWLEDGE: self.tr("Acknowledge the warnings of {who}: {summary}."),
            DecisionAction.DEFER: self.tr(
                "Defer {who} to the truck of {when}: it leaves this crossing day."
            ),
            DecisionAction.CONSOLIDATE: self.tr(
                "Consolidate {who} into {into}: its items move there and this parcel is voided."
            ),
            DecisionAction.SPLIT: self.tr(
                "Split {who} from {other}: the two names are two people "
                "at one address, from now on."
            ),
            DecisionAction.HOLD: self.tr(
                "Hold {who}: it does not ship until a supervisor releases it."
            ),
            DecisionAction.RELEASE: self.tr("Release {who} from its hold."),
            DecisionAction.VOID: self.tr("Void {who}: its items count as unpacked again."),
            DecisionAction.REPRINT: self.tr(
                "Allow the label of {who} to be printed again (on the record)."
            ),
        }
        return texts[action].format(
            who=who,
            route=row.route,
            summary=row.summary,
            when=when,
            into=extra.get("into"),
            other=extra.get("other"),
        )

    def _busy_text(self) -> str:
        return self.tr("The store is busy (another station is writing): try again in a moment.")

    # -- showing -----------------------------------------------------------------------------

    def _show_title(self, queue: Queue) -> None:
        # The US day says something only when the queue holds more than one day.
        one_day = len(queue.days) == 1 and not queue.held_elsewhere
        self.queue_table.setColumnHidden(QUEUE_DAY, one_day)
        shown = [day_and_date(day) for day in queue.days]
        if len(shown) == 2:
            days = self.tr("{first} and {second}").format(first=shown[0], second=shown[1])
        else:
            days = ", ".join(shown)
        count = sum(1 for row in queue.rows if row.waits_for_supervisor)
        if not count:
            self.title_label.setText(
                self.tr("Nothing to decide - crossing {days}").format(days=days)
            )
            self.title_label.setStyleSheet(CLEAR_STYLE)
            return
        held = ""
        if queue.held_elsewhere:
            held = self.tr(" (of them {count} of other days)", "", queue.held_elsewhere)
            held = held.format(count=format_count(queue.held_elsewhere))
        if count == 1:
            title = self.tr("{count} parcel waits for a decision{held} - crossing {days}")
        else:
            title = self.tr(
                "{count} parcels wait for a decision{held} - crossing {days}", "", count
            )
        self.title_label.setText(title.format(count=format_count(count), held=held, days=days))
        self.title_label.setStyleSheet(WAITING_STYLE)

    def _on_current_row(self, *_args: Any) -> None:
        if not self._refreshing:  # refresh() shows the selection once, at its end
            self._show_selected()

    def _show_selected(self) -> None:
        row = self.current_row()
        sides, refused = None, None
        if row is not None:
            try:
                with one_action(self._engine) as uow:
                    sides, refused = self._sides_of(uow, row.parcel_id)
            except OperationalError as error:
                if not store_busy(error):
                    raise
                refused = self._busy_text()
        self._show_sides(sides, refused)

    @staticmethod
    def _sides_of(work: UnitOfWork, parcel_id: str) -> tuple[ConflictSides | None, str | None]:
        """The parcel's sides, or why there are none (gone since the queue was read)."""
        try:
            return conflict_sides(work, parcel_id), None
        except UserError as error:
            return None, str(error)

    def _show_sides(self, sides: ConflictSides | None, refused: str | None) -> None:
        row = self.current_row()
        self._sides = sides
        if refused is not None:
            self._say(refused, REFUSED_STYLE)
        self.sides_model.set_rows([sides.this, *sides.others] if sides else [])
        self.headline_label.setText(self._headline(row))
        self.detail_label.setText(self._detail(row, sides))
        actions = sides.actions if sides else ()
        for action, button in self.buttons.items():
            button.setEnabled(action in actions)
            suggested = sides is not None and action == sides.suggested
            # The font set, not styled: a style sheet's font would drop the view's size.
            button.setFont(_bold(self.font()) if suggested else self.font())
            button.setStyleSheet(SUGGESTED_STYLE if suggested else "")
        self._fill_options(sides)

    def _headline(self, row: WarningRow | None) -> str:
        if row is None:
            return self.tr("Select a parcel of the queue to see both sides and decide.")
        return self.tr("{parcel} · {recipient} · order {order} · route {route}").format(
            parcel=row.parcel_id, recipient=row.recipient, order=row.order, route=row.route or "-"
        )

    def _detail(self, row: WarningRow | None, sides: ConflictSides | None) -> str:
        if row is None or sides is None:
            return ""
        this = sides.this
        lines = []
        if row.sealed:
            lines.append(
                self.tr(
                    "SEALED on truck {trip}: it crossed as filed ({filed}). Judged now it would be "
                    "{judged}, after {cause}: acknowledge it (tell the broker) or reopen the truck "
                    "in the loads view."
                ).format(
                    trip=row.sealed.trip,
                    filed=row.sealed.filed_route,
                    judged=row.sealed.judged_route,
                    cause=row.sealed.cause,
                )
            )
        if row.held:
            lines.append(self.tr("HELD by a supervisor: it waits for a release (or a void)."))
        prefix = {
            Severity.HOLD: self.tr("CANNOT SHIP: {message}"),
            Severity.ROUTE: self.tr("ROUTE: {message}"),
            Severity.WARN: self.tr("CHECK: {message}"),
        }
        lines += [
            prefix.get(f.severity, "{message}").format(message=f.message) for f in row.findings
        ]
        before = self.tr("Decided before: {decision}")
        lines += [before.format(decision=decision_text(d, self._zone)) for d in this.decisions]
        if not sides.others:
            lines.append(self.tr("No other parcel bears on it."))
        enter = (
            action_name(sides.suggested)
            if sides.suggested
            else self.tr("nothing (no harmless action to suggest)")
        )
        lines.append(self.tr("Enter opens: {action}.").format(action=enter))
        return "\n".join(lines)

    def _fill_options(self, sides: ConflictSides | None) -> None:
        self.into_combo.clear()
        self.split_combo.clear()
        names = {s.parcel_id: s.recipient for s in sides.others} if sides else {}
        into, split = (sides.into_choices, sides.split_choices) if sides else ((), ())
        for combo, choices in ((self.into_combo, into), (self.split_combo, split)):
            for code in choices:
                combo.addItem(f"{code}  {names.get(code, '')}", code)
            combo.setEnabled(bool(choices))
        offer = sides.defer_to if sides else None
        self.defer_edit.setEnabled(offer is not None)
        if offer is not None:
            local = offer.astimezone(self._zone)
            shown = QDateTime(
                QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
            )
            self.defer_edit.setDateTime(shown)

    def _say(self, text: str, style: str = "") -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    def _build(self) -> None:
        self.title_label = plain_label("", header_font(self.font()), wrap=True)
        self.status_label = plain_label("", self.font(), wrap=True)
        # A line kept for it: the tables do not jump when the first decision is said.
        self.status_label.setMinimumHeight(self.status_label.fontMetrics().lineSpacing() + 8)
        self.queue_table = _table(self.queue_model)
        # The reasons take what the numbers, codes and times leave (a name a share of it),
        # elided at their end, whole in the tooltip and below for the selected parcel.
        self.queue_fitter = ColumnFitter(self.queue_table, {QUEUE_RECIPIENT: 1, QUEUE_WHY: 3})
        self.queue_table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.queue_table.activated.connect(lambda *_: self.ask_suggested())
        self.headline_label = plain_label("", _bold(self.font()), wrap=True)
        self.detail_label = plain_label("", self.font(), wrap=True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The reasons scroll when they are many: the tables keep their rows at 1366x768.
        self.detail_area = QScrollArea()
        self.detail_area.setWidget(self.detail_label)
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail_area.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        self.detail_area.setMinimumHeight(3 * self.detail_label.fontMetrics().lineSpacing())
        self.sides_table = _table(self.sides_model)
        self.sides_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # to read, not to act on
        self.sides_fitter = ColumnFitter(self.sides_table, {SIDE_RECIPIENT: 1, SIDE_TRUCK: 2})
        for table in (self.queue_table, self.sides_table):  # a few rows at least, whole
            table.setMinimumHeight(_rows_height(table, ROWS_AT_LEAST))
        sides_title = self.tr("Both sides: the selected parcel (blue) and the parcels it bears on")
        self.sides_title = plain_label(sides_title, _bold(self.font()))

        # Two columns: the actions that take an option have it beside them, the others pair
        # up (the whole panel seven lines high).
        actions = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action in BUTTONS:
            button = QPushButton(button_text(action))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self.ask(a))
            self.buttons[action] = button
            actions.addWidget(button, *ACTION_PLACES[action])
        self.defer_edit = QDateTimeEdit()
        self.defer_edit.setLocale(desk_locale())  # its day names
        self.defer_edit.setDisplayFormat(DEFER_FORMAT)
        self.defer_edit.setCalendarPopup(True)
        self.defer_edit.setToolTip(self.tr("The new crossing (station time): the next day's truck"))
        self.into_combo, self.split_combo = QComboBox(), QComboBox()
        self.into_combo.setToolTip(
            self.tr("The parcel of the same person that takes this one's items")
        )
        self.split_combo.setToolTip(self.tr("The parcel whose recipient is another person"))
        for option, action in (
            (self.defer_edit, DecisionAction.DEFER),
            (self.into_combo, DecisionAction.CONSOLIDATE),
            (self.split_combo, DecisionAction.SPLIT),
        ):
            actions.addWidget(option, ACTION_PLACES[action][0], 1)
        self.group_check = QCheckBox(self.tr("Whole &group (Alt+G)"))
        self.group_check.setChecked(True)
        self.group_check.setToolTip(
            self.tr(
                "Accept the route or acknowledge for every parcel of the conflict that waits for "
                "it, with one PIN and one reason"
            )
        )
        actions.addWidget(self.group_check, *GROUP_PLACE)
        actions.setColumnMinimumWidth(1, OPTIONS_WIDTH)
        actions.setRowStretch(max(row for row, _ in ACTION_PLACES.values()) + 1, 1)

        top = QHBoxLayout()
        top.addWidget(self.queue_table, 1)
        top.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.status_label)
        layout.addLayout(top, 3)
        layout.addWidget(self.headline_label)
        layout.addWidget(self.detail_area, 2)
        layout.addWidget(self.sides_title)
        layout.addWidget(self.sides_table, 2)
        self.setTabOrder(self.queue_table, self.buttons[DecisionAction.ACCEPT_ROUTE])
        self.setFocusProxy(self.queue_table)  # Ctrl+3 lands in the queue: Enter decides


def _table(model: Any) -> QTableView:
    table = read_only_table(model)
    table.setFont(base_font(table.font()))  # before it has a parent: the header takes it too
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setFont(table.font())
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _rows_height(table: QTableView, rows: int) -> int:
    """The height that shows the header and ``rows`` rows whole."""
    frame = 2 * table.frameWidth()
    header = table.horizontalHeader().sizeHint().height()
    return frame + header + rows * table.verticalHeader().defaultSectionSize() + 2


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold
