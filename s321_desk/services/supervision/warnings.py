"""The live warnings: the parcels of the desk's crossing days that need a decision, read at once."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from s321_desk.domain.codes import SEVERITY_ORDER, ParcelStatus, Severity
from s321_desk.domain.crossings import next_crossing
from s321_desk.domain.findings import SHORT, Finding
from s321_desk.domain.texts import translate
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.settings import settings_in
from s321_desk.services.judging import sealed
from s321_desk.services.judging.sealed import Pending
from s321_desk.services.judging.verdicts import stored_finding
from s321_desk.store.repositories import supervision
from s321_desk.store.uow import Work, within

HELD_TEXT = translate("Warnings", "held by a supervisor")
RELABEL_TEXT = translate("Warnings", "RELABEL: its printed label is superseded; print label {n}")
SEALED_TEXT = translate("Warnings", "crossed as filed on {trip} ({filed}); judged now: {judged}")
SEALED_DETAIL = translate(
    "Warnings",
    "SEALED: it crossed on truck {trip} as filed ({filed}); judged now it would be {judged}, "
    "after {cause}. Acknowledge it (the broker is told) or reopen the truck.",
)


@dataclass(frozen=True, slots=True)
class WarningRow:
    """A parcel that needs a decision, as the warnings panel lists it."""

    key: int  # the parcel's database id: its identity from one reading to the next
    parcel_id: str  # the printable parcel id
    order: str
    recipient: str
    route: str | None
    us_day: date
    status: str
    station: str
    closed_at: datetime | None
    held: bool  # held by a supervisor, whatever the verdict
    findings: tuple[Finding, ...]  # the current verdict's, most severe first; no info ones
    relabel: int = 0  # the new label's number when the printed one is superseded, else 0
    # On a sealed truck: what a judgement now would change in its filing (services.judging.sealed).
    sealed: Pending | None = None
    needs_decision: bool = True  # False: listed for its new label only (RELABEL)

    @property
    def waits_for_supervisor(self) -> bool:
        """A supervisor decides (the verdict, a hold, a sealed difference); else it only waits
        for its new label to be printed and put on the box."""
        return self.needs_decision or self.held or self.sealed is not None

    @property
    def summary(self) -> str:
        """Why it needs a decision, in short: "same person twice today; one person, two ..."."""
        texts = [str(HELD_TEXT)] if self.held else []
        if self.sealed:
            texts.insert(
                0,
                str(
                    SEALED_TEXT.format(
                        trip=self.sealed.trip,
                        filed=self.sealed.filed_route,
                        judged=self.sealed.judged_route,
                    )
                ),
            )
        if self.relabel:
            texts.insert(0, str(RELABEL_TEXT.format(n=self.relabel)))
        for finding in self.findings:
            # A code's few words (the full message is the tooltip), else its message.
            text = str(SHORT.get(finding.code, finding.message))
            if text not in texts:
                texts.append(text)
        if not texts:
            texts.append(
                str(
                    translate("Warnings", "route {route}: a supervisor decides").format(
                        route=self.route
                    )
                )
            )
        # "same person twice today" says nothing "same person twice today, over ..." does not.
        return "; ".join(t for t in texts if not any(u != t and u.startswith(t) for u in texts))

    @property
    def headline(self) -> str:
        """The first reason only, for a one-line announcement."""
        return self.summary.split("; ")[0]

    @property
    def details(self) -> str:
        """Every finding with its full message, one a line."""
        lines = [f"{HELD_TEXT}."] if self.held else []  # the Text in the desk's language
        if self.sealed:
            lines.insert(
                0,
                str(
                    SEALED_DETAIL.format(
                        trip=self.sealed.trip,
                        filed=self.sealed.filed_route,
                        judged=self.sealed.judged_route,
                        cause=self.sealed.cause,
                    )
                ),
            )
        if self.relabel:
            lines.insert(0, f"{RELABEL_TEXT.format(n=self.relabel)}.")
        lines += [f"{f.severity.upper()} {f.code}: {f.message}" for f in self.findings]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Warnings:
    """One reading: the crossing days shown, their rows newest first, and until when it holds.

    ``until``: the next instant the days change without any commit (midnight at the port, the
    station's cut-off); a reader reads again then, changed store or not.
    """

    days: tuple[date, ...]
    rows: tuple[WarningRow, ...]
    until: datetime


def todays_warnings(work: Work, now: datetime) -> Warnings:
    """The parcels needing a decision whose US day is today at the port or the next truck's.

    Both days: before the cut-off they are the same; after it, packers close parcels onto
    tomorrow's truck while today's may still wait for a decision.
    """
    with within(work) as uow:
        days, until = desk_days(now, settings_in(uow.session))
        rows = supervision.warnings_between(uow.session.connection(), days[0], days[-1])
        return Warnings(days, with_sealed(uow.session, [_row(*row) for row in rows]), until)


def with_sealed(session: Session, rows: list[WarningRow]) -> tuple[WarningRow, ...]:
    """The rows, each sealed parcel's with the difference waiting for a supervisor."""
    waiting = sealed.pending(
        session, [row.key for row in rows if row.status == ParcelStatus.LOADED]
    )
    return tuple(
        replace(row, sealed=waiting[row.key]) if row.key in waiting else row for row in rows
    )


def desk_days(now: datetime, settings: dict[str, object]) -> tuple[tuple[date, ...], datetime]:
    """Today at the station's port and the US day of its next truck; when they next change."""
    station_zone = ZoneInfo(str(settings["time_zone"]))
    the_port = port(str(settings["port"]))
    port_zone = ZoneInfo(the_port.time_zone)
    cutoff = time.fromisoformat(str(settings["cutoff_time"]))
    arrival = time.fromisoformat(str(settings["arrival_time"]))
    today = now.astimezone(port_zone).date()
    truck_day = the_port.us_day(next_crossing(now, station_zone, arrival, cutoff))
    midnight = datetime.combine(today + timedelta(days=1), time(0), tzinfo=port_zone)
    local = now.astimezone(station_zone)
    next_cutoff = datetime.combine(local.date(), cutoff, tzinfo=station_zone)
    if next_cutoff <= now:
        next_cutoff = datetime.combine(
            local.date() + timedelta(days=1), cutoff, tzinfo=station_zone
        )
    return tuple(sorted({today, truck_day})), min(midnight, next_cutoff)


def _row(
    key: int,
    code: str,
    route: str | None,
    us_day: date,
    status: str,
    station: str,
    closed_at: datetime | None,
    held: bool,
    order: str,
    recipient: str,
    codes_json: str | None,
    relabel: bool = False,
    label_version: int = 0,
    needs_decision: bool = True,
) -> WarningRow:
    findings = [
        stored_finding(c) for c in json.loads(codes_json or "[]") if c["severity"] != Severity.INFO
    ]
    findings.sort(key=lambda f: SEVERITY_ORDER.get(Severity(f.severity), len(SEVERITY_ORDER)))
    return WarningRow(
        key=key,
        parcel_id=code,
        order=order,
        recipient=recipient,
        route=route,
        us_day=us_day,
        status=status,
        station=station,
        closed_at=closed_at,
        held=bool(held),
        findings=tuple(findings),
        relabel=label_version if relabel else 0,
        needs_decision=bool(needs_decision),
    )
