"""The decisions view's tables (the queue, both sides of a conflict) and its words for actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from s321_desk.domain.codes import Severity
from s321_desk.services.conflicts import THIS_PARCEL, ParcelChange, ParcelSide, PastDecision
from s321_desk.services.decisions import ACTIONS, Decided
from s321_desk.services.warnings import WarningRow
from s321_desk.ui.formatting import format_local_time, format_money
from s321_desk.ui.table_model import Column, RowTableModel
from s321_desk.ui.warning_table_model import SEVERITY_BACKGROUNDS

QUEUE_DAY = 4  # hidden while the queue is of one day
QUEUE_WHY = 5  # the column coloured by the worst finding
THIS_BACKGROUND = QColor("#bbdefb")  # light blue: the selected parcel among its sides
CLOSED_FORMAT = "%a %H:%M"  # the queue is of today's crossings (the tooltip is in full)


@dataclass(frozen=True)
class Action:
    """A button: its text with the mnemonic (said in the text), and its past tense."""

    text: str
    done: str  # "{by} {done} {parcel}"


# Mnemonics chosen apart from the main window's tabs (Alt+S, W, O) and the dialog's own.
BUTTONS = {
    "accept-route": Action("&Accept route (Alt+A)", "accepted the route of"),
    "acknowledge": Action("Ac&knowledge (Alt+K)", "acknowledged the warnings of"),
    "defer": Action("Def&er (Alt+E)", "deferred"),
    "consolidate": Action("&Consolidate (Alt+C)", "consolidated"),
    "split": Action("S&plit names (Alt+P)", "split the names of"),
    "hold": Action("Ho&ld (Alt+L)", "held"),
    "release": Action("&Release (Alt+R)", "released"),
    "void": Action("Vo&id (Alt+I)", "voided"),
    "reprint": Action("Repri&nt leave (Alt+N)", "allowed a reprint of"),
}
assert tuple(BUTTONS) == ACTIONS


def decided_text(
    decided: Decided, changes: tuple[ParcelChange, ...], extra: dict[str, Any], before: int,
    after: int, zone: tzinfo | None,
) -> str:  # fmt: skip
    """``Done: Sam Super deferred P0000002 to Tue 2024-06-11. Judged again: ... Queue: 2 -> 0.``"""
    where = ""
    if decided.action == "defer":
        where = f" to {extra['crossing'].astimezone(zone):%a %Y-%m-%d %H:%M}"
    elif decided.action == "consolidate":
        where = f" into {extra['into']}"
    elif decided.action == "split":
        where = f" and {extra['other']}"
    text = f"Done: {decided.by} {BUTTONS[decided.action].done} {decided.parcel}{where}."
    if changes:
        text += " Judged again: " + "; ".join(_change_text(c) for c in changes) + "."
    return f"{text} Queue: {before} -> {after}."


def _change_text(change: ParcelChange) -> str:
    if change.status == "voided":
        return f"{change.parcel_id} voided"
    need = "still needs a decision" if change.needs_decision else "no decision needed"
    held = ", held" if change.status == "held" else ""
    return f"{change.parcel_id} route {change.route or '-'}{held}, {need}"


def _local(instant: datetime | None, zone: tzinfo | None, pattern: str | None = None) -> str:
    if instant is None:
        return ""
    return (
        instant.astimezone(zone).strftime(pattern) if pattern else format_local_time(instant, zone)
    )


def _worst(row: WarningRow) -> Severity | None:
    if row.held:
        return Severity.HOLD
    severities = {finding.severity for finding in row.findings}
    return next((s for s in SEVERITY_BACKGROUNDS if s in severities), None)


class QueueTableModel(RowTableModel[WarningRow]):
    """The parcels waiting for a supervisor, in the queue's order (today's newest first)."""

    def __init__(self, parent: QObject | None = None, zone: tzinfo | None = None) -> None:
        columns: list[Column[WarningRow]] = [
            Column("Parcel", lambda r: r.parcel_id),
            Column("Order", lambda r: r.order),
            Column("Recipient", lambda r: r.recipient),
            Column("Route", lambda r: r.route or ""),
            Column("US day", lambda r: r.us_day.isoformat()),
            Column("Why it needs a decision", lambda r: r.summary, tooltip=lambda r: r.details),
            Column("Station", lambda r: r.station),
            Column(
                "Closed",
                lambda r: _local(r.closed_at, zone, CLOSED_FORMAT),
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
    return "held (supervisor)" if side.held else side.status


def side_truck(side: ParcelSide) -> str:
    if side.trip is None:
        return "-"
    return f"{side.trip} (SAME TRUCK)" if side.same_truck else side.trip


def decision_text(decision: PastDecision, zone: tzinfo | None) -> str:
    """``hold by Sam Super, 2024-06-10 13:20 at DOCK-1: damaged box``."""
    by = f" by {decision.by}" if decision.by else ""
    at = f" at {decision.station}" if decision.station else ""
    return f"{decision.action}{by}, {format_local_time(decision.at, zone)}{at}: {decision.reason}"


def _side_tooltip(side: ParcelSide, zone: tzinfo | None) -> str:
    lines = [f"{side.parcel_id}: {side.recipient}, order {side.order}"]
    lines += [f"Decided: {decision_text(d, zone)}" for d in side.decisions]
    return "\n".join(lines)


class SidesTableModel(RowTableModel[ParcelSide]):
    """The selected parcel (first, in blue) and each parcel it bears on, side by side."""

    def __init__(self, parent: QObject | None = None, zone: tzinfo | None = None) -> None:
        columns: list[Column[ParcelSide]] = [
            Column("Side", lambda s: s.relation),
            Column("Parcel", lambda s: s.parcel_id, tooltip=lambda s: _side_tooltip(s, zone)),
            Column("Order", lambda s: s.order),
            Column("Recipient", lambda s: s.recipient),
            Column("Status", side_status),
            Column("Station", lambda s: s.station),
            Column(
                "Closed",
                lambda s: _local(s.closed_at, zone),
                sort=lambda s: s.closed_at.timestamp() if s.closed_at else 0.0,
            ),
            Column("Route", lambda s: s.route or ""),
            Column(
                "Value",
                lambda s: (
                    "" if s.value_usd_cents is None else format_money(s.value_usd_cents, "USD")
                ),
                sort=lambda s: s.value_usd_cents or 0,
                numeric=True,
            ),
            Column("Truck", side_truck),
        ]
        super().__init__(columns, parent)

    def background(self, row: ParcelSide, column: int) -> QColor | None:
        return THIS_BACKGROUND if row.relation == THIS_PARCEL else None
