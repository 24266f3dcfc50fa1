"""FDA prior notice: a parcel with an FDA-regulated line (flag PGA_FDA) carries the prior notice
confirmation number FDA gave for it (21 CFR 1.279), entered at the desk or imported from the
broker's file; a truck is not sealed while one of its FDA parcels has none.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from s321_desk.domain.codes import LoadStatus, ParcelStatus
from s321_desk.domain.hazmat import FDA_FLAG, normalize_prior_notice
from s321_desk.domain.texts import Text, translate
from s321_desk.services.admin.users import Person
from s321_desk.services.files.csv_reader import FieldReader, Problems, check_shape, read_csv
from s321_desk.services.files.csv_reader import require_columns as required_columns
from s321_desk.services.judging.verdicts import find_parcel
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.models import Load, Parcel
from s321_desk.store.repositories import packing as stored
from s321_desk.store.uow import Work, within

COLUMNS = ("parcel", "prior_notice")  # parcel: its id, or its SCN
ENTERING = access.Need(access.TRUCK, translate("PriorNotice", "entering a prior notice"))


@dataclass(frozen=True)
class PriorNotices:
    """What an import of prior notices did."""

    file: str
    parcels: int  # given their number (or a new one)
    unchanged: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def sentence(self) -> str:
        return str(
            translate(
                "PriorNotice",
                "Prior notices {file}: {parcels} parcel(s) given one, {unchanged} unchanged.",
            ).format(file=self.file, parcels=self.parcels, unchanged=self.unchanged)
        )


def fda_parcels(session: Session, parcel_ids: list[int]) -> set[int]:
    """The parcels among ``parcel_ids`` with a line flagged PGA_FDA in the catalog."""
    if not parcel_ids:
        return set()
    rows = stored.item_flags(session, parcel_ids)
    return {parcel_id for parcel_id, flags in rows if FDA_FLAG in (flags or "").split(";")}


def missing_prior_notice(session: Session, load: Load) -> list[str]:
    """The truck's FDA parcels without their prior notice number, by parcel id."""
    parcels = stored.parcels_on_load(session, load.id)
    fda = fda_parcels(session, [p.id for p in parcels if p.id is not None])
    return sorted(p.code for p in parcels if p.id in fda and not p.prior_notice)


def set_prior_notice(work: Work, parcel_ref: str, number: str, *, by: Person | None = None) -> str:
    """Give the parcel its prior notice confirmation number; returns it as kept."""
    value = _parsed(number)
    with within(work, immediate=True) as uow:
        session = uow.session
        person = access.require(session, ENTERING, by)
        parcel = find_parcel(session, parcel_ref)
        _give(session, parcel, value, person)
        uow.commit()
        return value


def _give(session: Session, parcel: Parcel, value: str, by: Person | None) -> bool:
    """Set it; False when it was the parcel's already (nothing done)."""
    if parcel.prior_notice == value:
        return False
    refusal = _refusal(session, parcel)
    if refusal is not None:
        raise UserError(refusal)
    before = parcel.prior_notice
    parcel.prior_notice = value
    session.add(parcel)
    audit.record(
        session,
        "parcel.prior_notice",
        entity_type="parcel",
        entity_id=parcel.code,
        user_id=by.id if by else None,
        details={"prior_notice": value, "before": before},
    )
    return True


def _refusal(session: Session, parcel: Parcel) -> Text | None:
    """Why the parcel takes no prior notice number now, if it does not."""
    assert parcel.id is not None
    if not fda_parcels(session, [parcel.id]):
        return translate(
            "PriorNotice", "{parcel}: no FDA-regulated line (PGA_FDA), no prior notice needed"
        ).format(parcel=parcel.code)
    if parcel.status == ParcelStatus.VOIDED:
        return translate("PriorNotice", "{parcel}: voided").format(parcel=parcel.code)
    load = session.get(Load, parcel.load_id) if parcel.load_id is not None else None
    if load is not None and load.status == LoadStatus.SEALED:
        return translate(
            "PriorNotice", "{parcel}: on sealed truck {trip}, filed as it is; reopen it first"
        ).format(parcel=parcel.code, trip=load.trip_number)
    return None


def import_prior_notices(work: Work, path: Path, *, by: Person | None = None) -> PriorNotices:
    """A CSV of ``parcel,prior_notice`` (the parcel by id or SCN), all or nothing: a bad row
    refuses the file, every problem named ``FILE:LINE: column: reason``."""
    table = read_csv(path)
    problems = Problems(str(path))
    required_columns(table, list(COLUMNS), problems)
    problems.raise_if_any()
    with within(work, immediate=True) as uow:
        session = uow.session
        person = access.require(session, ENTERING, by)
        wanted: list[tuple[int, Parcel, str]] = []
        for record in table.records:
            check_shape(record, problems)
            cells = FieldReader(record, problems)
            reference = cells.text("parcel", required=True, limit=40)
            number = cells.value("prior_notice", normalize_prior_notice, required=True)
            if reference is None or number is None:
                continue
            parcel = _parcel(session, reference)
            if parcel is None:
                cells.problem(
                    "parcel",
                    translate("PriorNotice", "no parcel or SCN {reference}").format(
                        reference=repr(reference)
                    ),
                )
                continue
            refusal = _refusal(session, parcel) if parcel.prior_notice != number else None
            if refusal is not None:
                cells.problem("parcel", refusal)
                continue
            wanted.append((record.line, parcel, number))
        problems.raise_if_any()
        changed = sum(_give(session, parcel, number, person) for _, parcel, number in wanted)
        uow.commit()
        return PriorNotices(str(path), changed, len(wanted) - changed)


def _parcel(session: Session, reference: str) -> Parcel | None:
    text = reference.strip().upper()
    return stored.parcel_by_code_or_scn(session, text)


def _parsed(number: str) -> str:
    try:
        return normalize_prior_notice(number)
    except ValueError as error:
        raise UserError(error.args[0]) from None
