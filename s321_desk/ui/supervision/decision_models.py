"""The decisions view's tables (the queue, both sides of a conflict) and its words for actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from s321_desk.domain.codes import DecisionAction, ParcelStatus, Severity, StationCommand
from s321_desk.services.supervision.conflicts import (
    THIS_PARCEL,
    ParcelChange,
    ParcelSide,
    PastDecision,
)
from s321_desk.services.supervision.decisions import ACTIONS, Decided
from s321_desk.services.supervision.warnings import WarningRow
from s321_desk.ui.kit.formatting import format_local_time, format_money
from s321_desk.ui.kit.table_model import Column, RowTableModel
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP, day_and_date, day_and_time, word
from s321_desk.ui.supervision.warning_model import SEVERITY_BACKGROUNDS

QUEUE_RECIPIENT = 2
QUEUE_DAY = 4  # hidden while the queue is of one day
QUEUE_WHY = 5  # the column coloured by the worst finding
SIDE_RECIPIENT, SIDE_TRUCK = 3, 9  # the sides table's name and its last column
THIS_BACKGROUND = QColor("#bbdefb")  # light blue: the selected parcel among its sides


@dataclass(frozen=True)
class Action:
    """A button: its text with the mnemonic (said in the text), and what was done, as a
    sentence with ``{by}``, ``{parcel}`` and the action's own ``{crossing}``, ``{into}`` or
    ``{other}``. Both in English, for ``QCoreApplication.translate("DecisionModels", ...)``
    where they are shown (``button_text``, ``decided_text``)."""

    text: str
    done: str


# Mnemonics chosen apart from the main window's tabs (Alt+S, W, O) and the dialog's own.
BUTTONS: dict[str, Action] = {
    DecisionAction.ACCEPT_ROUTE: Action(
        QT_TRANSLATE_NOOP("DecisionModels", "&Accept route (Alt+A)"),
        QT_TRANSLATE_NOOP("DecisionModels", "{by} accepted the route of {parcel}"),
    ),
    DecisionAction.ACKNOWLEDGE: Action(
        QT_TRANSLATE_NOOP("DecisionModels", "Ac&knowledge (Alt+K)"),
        QT_TRANSLATE_NOOP("DecisionModels", "{by} acknowledged the warnings of {parcel}"),
    ),
    DecisionAction.DEFER: Action(
        QT_TRANSLATE_NOOP("DecisionModels", "Def&er (Alt+E)"),
        QT_TRANSLATE_NOOP("DecisionModels", "{by} deferred {parcel} to {crossing}"),
    ),
    DecisionAction.CONSOLIDATE: Action(
        QT_TRANSLATE_NOOP("DecisionModels", "&Consolidate (Alt+C)"),
        QT_TRANSLATE_NOOP("DecisionModels", "{by} consolidated {parcel} into {into}"),
    ),
    DecisionAction.SPLIT: Action(
        QT_TRANSLATE_NOOP("DecisionModels", "S&plit names (Alt+P)"),
        QT_TRANSLATE_NOOP("DecisionModels", "{by} split the names of {parcel} and {other}"),
    ),
    DecisionAction.HOLD: Action(
        QT_TRANSLATE_NOOP("DecisionModels", "Ho&ld (Alt+L)"),
        QT_TRANSLATE_NOOP("DecisionModels", "{by} held {parcel}"),
    ),
    DecisionAction.RELEASE: Action(
        QT_TRANSLATE_NOOP("DecisionModels", "&Release (Alt+R)"),
        QT_TRANSLATE_NOOP("DecisionModels", "{by} released {parcel}"),
    ),
    DecisionAction.VOID: Action(
        QT_TRANSLATE_NOOP("DecisionModels", "Vo&id (Alt+I)"),
        QT_TRANSLATE_NOOP("DecisionModels", "{by} voided {parcel}"),
    ),
    DecisionAction.REPRINT: Action(
        QT_TRANSLATE_NOOP("DecisionModels", "Repri&nt leave (Alt+N)"),
        QT_TRANSLATE_NOOP("DecisionModels", "{by} allowed a reprint of {parcel}"),
    ),
}
assert tuple(BUTTONS) == ACTIONS


# The reasons a supervisor gives most, per action: picked with Down (or typed anew). The
# reason stored is the one shown, in the desk's language, as a typed one is.
REASON_PRESETS: dict[str, tuple[str, ...]] = {
    DecisionAction.ACCEPT_ROUTE: (
        QT_TRANSLATE_NOOP("DecisionModels", "Checked: the route is right for this parcel"),
        QT_TRANSLATE_NOOP("DecisionModels", "The broker files the entry"),
    ),
    DecisionAction.ACKNOWLEDGE: (
        QT_TRANSLATE_NOOP("DecisionModels", "Checked: one person, one household"),
        QT_TRANSLATE_NOOP("DecisionModels", "Checked: the values and items are right"),
        QT_TRANSLATE_NOOP("DecisionModels", "The broker is told"),
    ),
    DecisionAction.DEFER: (
        QT_TRANSLATE_NOOP("DecisionModels", "Over today's limit: the next day's truck"),
    ),
    DecisionAction.CONSOLIDATE: (QT_TRANSLATE_NOOP("DecisionModels", "One box for one person"),),
    DecisionAction.SPLIT: (
        QT_TRANSLATE_NOOP("DecisionModels", "Two people at one address (Sr. and Jr.)"),
    ),
    DecisionAction.HOLD: (
        QT_TRANSLATE_NOOP("DecisionModels", "Box damaged"),
        QT_TRANSLATE_NOOP("DecisionModels", "Wrong or missing item"),
        QT_TRANSLATE_NOOP("DecisionModels", "Restricted goods: compliance checks it"),
    ),
    DecisionAction.RELEASE: (QT_TRANSLATE_NOOP("DecisionModels", "Checked: it ships as it is"),),
    DecisionAction.VOID: (
        QT_TRANSLATE_NOOP("DecisionModels", "Packed again"),
        QT_TRANSLATE_NOOP("DecisionModels", "Order cancelled"),
    ),
    DecisionAction.REPRINT: (
        QT_TRANSLATE_NOOP("DecisionModels", "Label damaged"),
        QT_TRANSLATE_NOOP("DecisionModels", "Printer jammed"),
    ),
    # Not a decision: a supervisor's confirmation of a short close at the station.
    StationCommand.SHORT: (
        QT_TRANSLATE_NOOP("DecisionModels", "Out of stock: the rest ships later"),
        QT_TRANSLATE_NOOP("DecisionModels", "Item damaged: the rest ships later"),
    ),
}
# The actions a supervisor takes on a whole conflict at once (the others hold, move or end
# parcels one by one: hold, release, defer, consolidate, split, void, reprint).
GROUP_ACTIONS = (DecisionAction.ACCEPT_ROUTE, DecisionAction.ACKNOWLEDGE)


def reason_presets(action: str) -> list[str]:
    """The action's usual reasons, in the desk's language."""
    return [QCoreApplication.translate("DecisionModels", r) for r in REASON_PRESETS.get(action, ())]


def button_text(action: str) -> str:
    """The action's button, in the desk's language: ``&Accept route (Alt+A)``."""
    return QCoreApplication.translate("DecisionModels", BUTTONS[action].text)


def action_name(action: str) -> str:
    """The button's words without the mnemonic and the key: ``Accept route``."""
    return button_text(action).split(" (")[0].replace("&", "")


def decided_text(
    decided: Decided,
    changes: tuple[ParcelChange, ...],
    extra: dict[str, Any],
    before: int,
    after: int,
    zone: tzinfo | None,
) -> str:
    """``Done: Sam Super deferred P0000002 to Tue 2024-06-11. Judged again: ... Queue: 2 -> 0.``"""
    crossing = extra.get("crossing")
    local = crossing.astimezone(zone) if crossing is not None else None
    done = QCoreApplication.translate("DecisionModels", BUTTONS[decided.action].done).format(
        by=decided.by,
        parcel=decided.parcel,
        into=extra.get("into"),
        other=extra.get("other"),
        crossing=f"{day_and_date(local)} {local:%H:%M}" if local is not None else "",
    )
    text = QCoreApplication.translate("DecisionModels", "Done: {what}.").format(what=done)
    if changes:
        text += QCoreApplication.translate("DecisionModels", " Judged again: {parcels}.").format(
            parcels="; ".join(_change_text(c) for c in changes)
        )
    return text + QCoreApplication.translate(
        "DecisionModels", " Queue: {before} -> {after}."
    ).format(before=before, after=after)


def _change_text(change: ParcelChange) -> str:
    if change.status == ParcelStatus.VOIDED:
        return QCoreApplication.translate("DecisionModels", "{parcel} voided").format(
            parcel=change.parcel_id
        )
    held = change.status == ParcelStatus.HELD
    if change.needs_decision:
        text = (
            QCoreApplication.translate(
                "DecisionModels", "{parcel} route {route}, held, still needs a decision"
            )
            if held
            else QCoreApplication.translate(
                "DecisionModels", "{parcel} route {route}, still needs a decision"
            )
        )
    else:
        text = (
            QCoreApplication.translate(
                "DecisionModels", "{parcel} route {route}, held, no decision needed"
            )
            if held
            else QCoreApplication.translate(
                "DecisionModels", "{parcel} route {route}, no decision needed"
            )
        )
    return text.format(parcel=change.parcel_id, route=change.route or "-")


def _local(instant: datetime | None, zone: tzinfo | None, short: bool = False) -> str:
    if instant is None:
        return ""
    return day_and_time(instant.astimezone(zone)) if short else format_local_time(instant, zone)


def _worst(row: WarningRow) -> Severity | None:
    if row.held:
        return Severity.HOLD
    severities = {finding.severity for finding in row.findings}
    return next((s for s in SEVERITY_BACKGROUNDS if s in severities), None)


class QueueTableModel(RowTableModel[WarningRow]):
    """The parcels waiting for a supervisor, in the queue's order (today's newest first)."""

    def __init__(self, parent: QObject | None = None, zone: tzinfo | None = None) -> None:
        columns: list[Column[WarningRow]] = [
            Column(self.tr("Parcel"), lambda r: r.parcel_id),
            Column(self.tr("Order"), lambda r: r.order),
            Column(self.tr("Recipient"), lambda r: r.recipient),
            Column(self.tr("Route"), lambda r: r.route or ""),
            Column(self.tr("US day"), lambda r: r.us_day.isoformat()),
            Column(
                self.tr("Why it needs a decision"), lambda r: r.summary, tooltip=lambda r: r.details
            ),
            Column(self.tr("Station"), lambda r: r.station),
            Column(
                self.tr("Closed"),  # the queue is of today's crossings (the tooltip is in full)
                lambda r: _local(r.closed_at, zone, short=True),
                sort=lambda r: r.closed_at.timestamp() if r.closed_at else 0.0,
                tooltip=lambda r: _local(r.closed_at, zone),
            ),
        ]
        super().__init__(columns, parent)

    def background(self, row: WarningRow, column: int) -> QColor | None:
        worst = _worst(row) if column == QUEUE_WHY else None
        return SEVERITY_BACKGROUNDS[worst] if worst is not None else None

    def position_of(self, key: int) -> int | None:
        return next((i for i, row in enumerate(self.rows()) if row.key == key), None)


def side_status(side: ParcelSide) -> str:
    if side.held:
        return QCoreApplication.translate("DecisionModels", "held (supervisor)")
    return word(side.status)


def side_truck(side: ParcelSide) -> str:
    if side.trip is None:
        return "-"
    if side.same_truck:
        return QCoreApplication.translate("DecisionModels", "{trip} (SAME TRUCK)").format(
            trip=side.trip
        )
    return side.trip


def decision_text(decision: PastDecision, zone: tzinfo | None) -> str:
    """``hold by Sam Super, 2024-06-10 13:20 at DOCK-1: damaged box``."""
    when = format_local_time(decision.at, zone)
    if decision.by and decision.station:
        text = QCoreApplication.translate(
            "DecisionModels", "{action} by {by}, {when} at {station}: {reason}"
        )
    elif decision.by:
        text = QCoreApplication.translate("DecisionModels", "{action} by {by}, {when}: {reason}")
    elif decision.station:
        text = QCoreApplication.translate(
            "DecisionModels", "{action}, {when} at {station}: {reason}"
        )
    else:
        text = QCoreApplication.translate("DecisionModels", "{action}, {when}: {reason}")
    return text.format(
        action=word(decision.action),
        by=decision.by,
        when=when,
        station=decision.station,
        reason=decision.reason,
    )


def _side_tooltip(side: ParcelSide, zone: tzinfo | None) -> str:
    lines = [
        QCoreApplication.translate("DecisionModels", "{parcel}: {recipient}, order {order}").format(
            parcel=side.parcel_id, recipient=side.recipient, order=side.order
        )
    ]
    decided = QCoreApplication.translate("DecisionModels", "Decided: {decision}")
    lines += [decided.format(decision=decision_text(d, zone)) for d in side.decisions]
    return "\n".join(lines)


class SidesTableModel(RowTableModel[ParcelSide]):
    """The selected parcel (first, in blue) and each parcel it bears on, side by side."""

    def __init__(self, parent: QObject | None = None, zone: tzinfo | None = None) -> None:
        columns: list[Column[ParcelSide]] = [
            Column(self.tr("Side"), lambda s: word(s.relation)),
            Column(
                self.tr("Parcel"), lambda s: s.parcel_id, tooltip=lambda s: _side_tooltip(s, zone)
            ),
            Column(self.tr("Order"), lambda s: s.order),
            Column(self.tr("Recipient"), lambda s: s.recipient),
            Column(self.tr("Status"), side_status),
            Column(self.tr("Station"), lambda s: s.station),
            Column(
                self.tr("Closed"),
                lambda s: _local(s.closed_at, zone),
                sort=lambda s: s.closed_at.timestamp() if s.closed_at else 0.0,
            ),
            Column(self.tr("Route"), lambda s: s.route or ""),
            Column(
                self.tr("Value"),
                lambda s: (
                    "" if s.value_usd_cents is None else format_money(s.value_usd_cents, "USD")
                ),
                sort=lambda s: s.value_usd_cents or 0,
                numeric=True,
            ),
            Column(self.tr("Truck"), side_truck),
        ]
        super().__init__(columns, parent)

    def background(self, row: ParcelSide, column: int) -> QColor | None:
        return THIS_BACKGROUND if row.relation == THIS_PARCEL else None
