"""A parcel's label is a version of the parcel: what the printed label shows, and when it stops
being true.

Each label carries its number (``P0000012 · label 2``) and its barcode encodes the parcel and
the number (``P0000012-2``). The store keeps what the printed label shows (route, consignee,
weight, the orders in it, crossing day and trip). Wherever a parcel's verdict is stored
(``verdicts.keep_verdict``: a decision, a consolidation, a truck, a rules pin, another
parcel's pack all end there), :func:`check_printed` compares it with what the record would
print now: any difference supersedes the printed label (RELABEL, audited) and the next print
carries the next number. The truck refuses a superseded label (:func:`check_scan`).

A printed label that shows no trip (``-``) is not contradicted by the truck it goes on: the
trip is a fact the label did not state. One that shows a trip is, by another truck (taken off
its truck, it is not yet: it may go back on the same one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from s321_desk.domain.codes import LABEL, PRINTABLE, DecisionAction, HoldTag, ParcelStatus
from s321_desk.domain.texts import Text, translate
from s321_desk.services.kernel import audit
from s321_desk.store.models import Load, Order, Parcel
from s321_desk.store.repositories import packing as stored
from s321_desk.store.uow import Work, within

SEPARATOR = "-"  # between the parcel id and the label's number; never in a parcel id
# What a label shows that can change after it is printed, in the order a change is told.
FIELDS = ("route", "consignee", "weight_g", "orders", "crossing", "trip")


@dataclass(frozen=True, slots=True)
class Scan:
    """A truck scan read: the parcel reference and the label number (None: a bare id)."""

    parcel: str
    version: int | None


def barcode_text(parcel_code: str, version: int) -> str:
    """What a label's Code 128 holds: ``P0000012-2``."""
    return f"{parcel_code}{SEPARATOR}{version}"


def human_text(parcel_code: str, version: int) -> str:
    """What is printed under it: ``P0000012 · label 2``."""
    return f"{parcel_code} \u00b7 label {version}"


def read_scan(text: str) -> Scan:
    """A label's barcode (``P0000012-2``) or a bare parcel id (``P0000012``, or a database id)."""
    text = text.strip()
    head, separator, tail = text.rpartition(SEPARATOR)
    if separator and head and tail.isdigit() and tail.isascii():
        return Scan(head, int(tail))
    return Scan(text, None)


def shows(session: Session, parcel: Parcel) -> dict[str, Any]:
    """What a label printed now would show of ``parcel`` (the return address aside: it is the
    warehouse's, not the parcel's)."""
    order = session.get(Order, parcel.order_id)
    assert order is not None
    names = stored.order_names_in(session, parcel.id)
    load = session.get(Load, parcel.load_id) if parcel.load_id is not None else None
    consignee = [
        order.recipient_name,
        order.company or "",
        order.address1,
        order.address2 or "",
        order.city,
        order.state or "",
        order.postal_code,
        order.country,
    ]
    return {
        "route": parcel.route,
        "consignee": consignee,
        "weight_g": parcel.weight_g,
        "orders": sorted(names | {order.name}),
        "crossing": parcel.us_day.isoformat() if parcel.us_day else None,
        "trip": load.trip_number if load else None,
    }


def differences(printed: dict[str, Any], now: dict[str, Any]) -> dict[str, list[Any]]:
    """Each field the printed label shows that the record no longer says: [printed, now]."""
    changed = {}
    for name in FIELDS:
        before, after = printed.get(name), now.get(name)
        if name == "trip" and None in (before, after):
            continue  # no trip on the label, or none yet on the record: nothing contradicts
        if before != after:
            changed[name] = [before, after]
    return changed


def check_printed(session: Session, parcel: Parcel) -> bool:
    """Supersede the printed label if the record now says otherwise; whether it did.

    Called wherever a verdict is stored, so that every cause of a change is caught. A parcel
    already waiting for its new label, never labelled, or voided is left as it is."""
    if parcel.relabel or not parcel.label_shows or parcel.status == ParcelStatus.VOIDED:
        return False
    changed = differences(json.loads(parcel.label_shows), shows(session, parcel))
    if not changed:
        return False
    printed = parcel.label_version
    parcel.relabel, parcel.label_version = True, printed + 1
    session.add(parcel)
    audit.record(
        session,
        "label.superseded",
        entity_type="parcel",
        entity_id=parcel.code,
        station=parcel.station,
        details={"label": printed, "new_label": printed + 1, "changed": changed},
    )
    return True


def version_to_print(parcel: Parcel) -> int:
    """The number the label printed now carries: the current one (1 for a first label)."""
    return parcel.label_version or 1


def record_print(session: Session, parcel_code: str, version: int, printed: dict[str, Any]) -> None:
    """A label was printed: it is the parcel's current label, and what it shows is kept."""
    parcel = stored.parcel_by_code(session, parcel_code)
    if version < parcel.label_version:
        return  # an older label rendered before a supersession landed: it stays superseded
    parcel.label_version, parcel.relabel = version, False
    parcel.label_shows = json.dumps(printed, sort_keys=True)
    session.add(parcel)


def check_scan(parcel: Parcel, scan: Scan) -> Text | None:
    """Why the truck refuses this label, or None: a superseded label, one not printed yet."""
    current = parcel.label_version
    if scan.version is None:
        if parcel.relabel:
            return translate(
                "Labels", "{parcel}: old label: relabel first (label {version} not printed yet)"
            ).format(parcel=parcel.code, version=current)
        return None
    if scan.version > current or (current == 0 and scan.version != 1):
        return translate("Labels", "{parcel}: no label {version} was printed").format(
            parcel=parcel.code, version=scan.version
        )
    if scan.version < current or parcel.relabel:
        return translate(
            "Labels", "{parcel} label {version}: old label: relabel first (label {current})"
        ).format(parcel=parcel.code, version=scan.version, current=current)
    return None


def waiting(session: Session, station: str | None = None) -> list[Parcel]:
    """Parcels whose new label waits to be printed (a station's own, given ``station``)."""
    return stored.waiting_for_label(session, station)


# -- what a station prints, and when --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Paper:
    """A paper for a parcel's box: its label (``LABEL``), or its tag (a ``HoldTag``)."""

    parcel: str
    paper: str  # LABEL or a HoldTag


def printable(parcel: Parcel) -> bool:
    """A label can be printed now: packed, not held, no decision waiting."""
    return parcel.status in PRINTABLE and not parcel.manual_hold and not parcel.needs_decision


def papers_after(work: Work, action: str, parcel_code: str) -> list[Paper]:
    """What goes to the deciding station's label printer after a supervisor's ``action`` on a
    parcel: a held parcel's HOLD tag, a deferred one's DEFERRED tag, a released one's label
    if it has none that holds, and the new label of every parcel of that person whose printed
    label the decision superseded (a consolidation's, a re-judgement's) and that may ship."""
    with within(work) as uow:
        session = uow.session
        parcel = stored.parcel_by_code(session, parcel_code)
        papers = []
        if action == DecisionAction.HOLD:
            papers.append(Paper(parcel.code, HoldTag.HOLD))
        elif action == DecisionAction.DEFER:
            papers.append(Paper(parcel.code, HoldTag.DEFERRED))
        elif action == DecisionAction.RELEASE and printable(parcel) and not parcel.label_version:
            papers.append(Paper(parcel.code, LABEL))
        if parcel.recipient_key:
            relabelled = stored.relabelled_for(session, parcel.recipient_key)
            papers += [Paper(p.code, LABEL) for p in relabelled if printable(p)]
        return list(dict.fromkeys(papers))


def due_at(work: Work, station: str) -> list[tuple[str, int]]:
    """The new labels waiting for ``station`` (the one that packed them) that may print now:
    each parcel's id and its label's number."""
    with within(work) as uow:
        return [(p.code, p.label_version) for p in waiting(uow.session, station) if printable(p)]
