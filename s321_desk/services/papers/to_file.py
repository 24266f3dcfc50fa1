"""Printing to a file: a document rendered from the store, written whole or not at all, audited.

The bytes depend only on the stored data and settings (ReportLab's invariant mode), so a
reprint is identical to the first print; each print's SHA-256 goes into the audit trail, which
lets an auditor check a document reproduced later against the one that left the building.
"""

from __future__ import annotations

import functools
import gc
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from sqlalchemy import Engine
from sqlmodel import Session

from s321_desk.documents.content import HoldTagData, InvoiceData, LoadInfo
from s321_desk.domain.codes import HoldTag, LoadStatus, PaperFormat
from s321_desk.domain.texts import QT_TRANSLATE_NOOP, Text, translate
from s321_desk.services.admin.settings import station_name
from s321_desk.services.judging.verdicts import find_parcel
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.audit_anchor import keep_seal_anchor
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.outputs import write_whole
from s321_desk.services.loads.trips import find_load
from s321_desk.services.packing import labels
from s321_desk.services.papers import contents
from s321_desk.store.models import Load
from s321_desk.store.uow import UnitOfWork, Work, one_action, within

if TYPE_CHECKING:
    from s321_desk.documents.driver_pack import Progress

# The document modules (ReportLab, the barcodes) are imported when a paper is first made: the
# desk's start needs none of them (about 45 ms of it, tests/bench/bench_startup.py).

DPIS = (203, 300)
LABEL_FORMATS = tuple(PaperFormat)
# Invoices prepared this many at a time: a progress step (and a chance to cancel) between
# chunks, one query each for the orders' first parcels.
INVOICE_CHUNK = 250


@dataclass(frozen=True)
class Printed:
    document: str  # label | invoice | manifest | lead-sheet | driver-pack
    reference: str  # the parcel id or trip number
    file: str
    bytes: int
    sha256: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def sentence(self) -> str:
        return str(
            translate(
                "Printing", "{document} {reference} written to {file} ({bytes} bytes)"
            ).format(
                document=Text("Printing", self.document),
                reference=self.reference,
                file=self.file,
                bytes=f"{self.bytes:,}",
            )
        )


# The papers as a sentence names them (Printed.document).
DOCUMENTS = (
    QT_TRANSLATE_NOOP("Printing", "label"),
    QT_TRANSLATE_NOOP("Printing", "invoice"),
    QT_TRANSLATE_NOOP("Printing", "manifest"),
    QT_TRANSLATE_NOOP("Printing", "lead-sheet"),
    QT_TRANSLATE_NOOP("Printing", "driver-pack"),
    QT_TRANSLATE_NOOP("Printing", "hold-tag"),
    QT_TRANSLATE_NOOP("Printing", "pick-tickets"),
    QT_TRANSLATE_NOOP("Printing", "packing-slip"),
    QT_TRANSLATE_NOOP("Printing", "commands"),
)


class RenderedLabel(NamedTuple):
    """A label as rendered: the parcel's id, the bytes, the label's number and what it shows."""

    code: str
    body: bytes
    version: int
    shows: dict[str, Any]


def label_document(
    session: Session, parcel_ref: str, fmt: str = PaperFormat.PDF, dpi: int = 203
) -> RenderedLabel:
    """The parcel's current 4x6 in label, as PDF or ZPL II for a ``dpi`` thermal printer."""
    from s321_desk.documents.label import label_pdf, label_zpl

    parcel = find_parcel(session, parcel_ref)
    data = contents.label_data(contents.Papers(session), parcel)
    body = label_pdf(data, dpi) if fmt == PaperFormat.PDF else label_zpl(data, dpi).encode("utf-8")
    return RenderedLabel(parcel.code, body, data.version, labels.shows(session, parcel))


def record_label_print(
    session: Session, label: RenderedLabel, action: str, station: str, details: dict[str, Any]
) -> None:
    """Audit a label's print (``action``: print.label, print.sent...) with its number, and
    make it the parcel's current label."""
    labels.record_print(session, label.code, label.version, label.shows)
    audit.record(
        session,
        action,
        entity_type="parcel",
        entity_id=label.code,
        station=station,
        details={**details, "label": label.version},
    )


def hold_tag_document(
    session: Session,
    parcel_ref: str,
    fmt: str = PaperFormat.PDF,
    dpi: int = 203,
    kind: HoldTag | None = None,
) -> tuple[str, bytes, HoldTagData]:
    """The parcel's id, its 4x6 in hold tag (HOLD, or DEFERRED given ``kind``) and what it
    shows."""
    from s321_desk.documents.hold_tag import hold_tag_pdf, hold_tag_zpl

    parcel = find_parcel(session, parcel_ref)
    data = contents.hold_tag_data(contents.Papers(session), parcel, kind)
    body = (
        hold_tag_pdf(data, dpi)
        if fmt == PaperFormat.PDF
        else hold_tag_zpl(data, dpi).encode("utf-8")
    )
    return parcel.code, body, data


def tag_details(data: HoldTagData) -> dict[str, Any]:
    """What the audit trail keeps of a printed tag."""
    return {"tag": data.kind, "reason": data.reason}


def invoice_document(session: Session, parcel_ref: str) -> tuple[str, bytes]:
    """The parcel's id and the commercial invoice of its consignee on its truck (the parcel
    alone if it is on none)."""
    from s321_desk.documents import pages
    from s321_desk.documents.invoice import draw_invoice

    parcel = find_parcel(session, parcel_ref)
    data = contents.invoice_for_parcel(contents.Papers(session), parcel)
    return parcel.code, pages.render(f"Commercial invoice {data.number}", draw_invoice, data)


def manifest_document(session: Session, load_ref: str) -> tuple[str, bytes]:
    """The load's trip number and its manifest."""
    from s321_desk.documents import pages
    from s321_desk.documents.manifest import draw_manifest

    _, info, packed = _load_papers(session, load_ref)
    data = contents.manifest_data(contents.Papers(session), info, packed)
    return info.trip, pages.render(f"Load manifest {info.trip}", draw_manifest, data)


def lead_sheet_document(session: Session, load_ref: str) -> tuple[str, bytes]:
    """The load's trip number and its lead sheet."""
    from s321_desk.documents import pages
    from s321_desk.documents.lead_sheet import draw_lead_sheet

    _, info, _ = _load_papers(session, load_ref)
    return info.trip, pages.render(f"Lead sheet {info.trip}", draw_lead_sheet, info)


def print_label(
    work: Work, parcel_ref: str, out: Path, *, fmt: str = PaperFormat.PDF, dpi: int = 203
) -> Printed:
    """The parcel's 4x6 in label, as PDF or ZPL II for a ``dpi`` thermal printer."""
    _check_format(fmt, dpi)
    rendered: list[RenderedLabel] = []

    def render(session: Session) -> tuple[str, bytes]:
        rendered.append(label_document(session, parcel_ref, fmt, dpi))
        return rendered[0].code, rendered[0].body

    def issued(session: Session) -> dict[str, Any]:
        labels.record_print(session, rendered[0].code, rendered[0].version, rendered[0].shows)
        return {"label": rendered[0].version}

    return _print(
        work, "label", "parcel", out, render, {"format": fmt, "dpi": dpi}, on_audit=issued
    )


def print_hold_tag(
    work: Work,
    parcel_ref: str,
    out: Path,
    *,
    fmt: str = PaperFormat.PDF,
    dpi: int = 203,
    kind: HoldTag | None = None,
) -> Printed:
    """A held parcel's 4x6 in tag (or a deferred one's, ``kind`` DEFERRED): never a label."""
    _check_format(fmt, dpi)
    shown: list[HoldTagData] = []

    def render(session: Session) -> tuple[str, bytes]:
        code, body, data = hold_tag_document(session, parcel_ref, fmt, dpi, kind)
        shown.append(data)
        return code, body

    return _print(
        work,
        "hold-tag",
        "parcel",
        out,
        render,
        {"format": fmt, "dpi": dpi},
        on_audit=lambda _session: tag_details(shown[0]),
    )


def print_document(
    work: Work,
    document: str,
    entity_type: str,
    reference: str,
    out: Path,
    body: bytes,
    details: dict[str, Any] | None = None,
) -> Printed:
    """A paper already rendered (pick tickets, a packing slip, the command sheet), written
    whole and audited as ``print.DOCUMENT`` like every other."""
    return _print(work, document, entity_type, out, lambda _session: (reference, body), details)


def _check_format(fmt: str, dpi: int) -> None:
    if fmt not in LABEL_FORMATS:
        raise UserError(
            translate("Printing", "the format: {format} is not one of {formats}").format(
                format=repr(fmt), formats=", ".join(LABEL_FORMATS)
            ),
            field="format",
        )
    if dpi not in DPIS:
        raise UserError(
            translate("Printing", "the resolution: {dpi} dpi is not one of {dpis}").format(
                dpi=dpi, dpis=", ".join(map(str, DPIS))
            ),
            field="dpi",
        )


def print_invoice(work: Work, parcel_ref: str, out: Path) -> Printed:
    """The commercial invoice of the parcel's consignee on its truck (the parcel alone if it
    is on none)."""
    render = functools.partial(invoice_document, parcel_ref=parcel_ref)
    return _print(work, "invoice", "parcel", out, render)


def print_manifest(work: Work, load_ref: str, out: Path) -> Printed:
    render = functools.partial(manifest_document, load_ref=load_ref)
    return _print(work, "manifest", "load", out, render)


def print_lead_sheet(work: Work, load_ref: str, out: Path) -> Printed:
    render = functools.partial(lead_sheet_document, load_ref=load_ref)
    return _print(work, "lead-sheet", "load", out, render)


def print_driver_pack(
    engine: Engine, load_ref: str, out: Path, progress: Progress | None = None
) -> Printed:
    """Lead sheet, manifest and one invoice per consignee: only for a sealed load.

    On the store's ``engine``, not in an action's unit of work: seconds of drawing, so it is
    read in one transaction and its print audited in another, no station waiting for the
    lock meanwhile (a paper that keeps transactions of its own by design).

    ``progress(done, total, text)`` hears each step (reading, each invoice prepared and drawn,
    saving, writing); whatever it raises (a cancel) stops the print with no file written."""
    report = progress or _silent
    total = 1  # until the consignees are counted

    def render(session: Session) -> tuple[str, bytes]:
        nonlocal total
        from s321_desk.documents import pages

        # Thousands of ORM rows and invoices and millions of PDF operators are held at once:
        # no cycle collection while they live. They die when _driver_pack returns, inside the
        # pause: resumed with them still alive, the collector's first pass went through all of
        # them at once (60-110 ms, the GUI thread waiting for the GIL meanwhile). What is left
        # (the documents' caches, the process's modules) is long-lived: frozen, the collector's
        # later passes skip it instead of walking it for 40 ms (the youngest) to 150 ms (all),
        # GIL held (measured by tests/bench/bench_gui_stall.py). Reference counting still frees
        # all of it; only a cycle alive at this moment would be left uncollected.
        with pages.no_cycle_collection():
            trip, pdf, total = _driver_pack(session, load_ref, report)
            gc.freeze()
        return trip, pdf

    def written() -> None:  # the last moment a cancel leaves nothing behind
        report(total - 1, total, f"Writing {out.name}")

    return _print(engine, "driver-pack", "load", out, render, written=written)


def _driver_pack(session: Session, load_ref: str, report: Progress) -> tuple[str, bytes, int]:
    """The driver pack's trip number, PDF and step count; ``report`` hears each step."""
    from s321_desk.documents.driver_pack import driver_pack_pdf

    report(0, 1, f"Reading load {load_ref} from the store")
    load, info, packed = _load_papers(session, load_ref, sealed=True)
    papers = contents.Papers(session)
    groups = contents.consignees(session, packed)
    count = len(groups)
    # read, each invoice prepared, the manifest, each invoice drawn, saved, written
    total = 2 * count + 4
    invoices: list[InvoiceData] = []
    for first in range(0, count, INVOICE_CHUNK):
        report(1 + first, total, f"Preparing invoice {first + 1:,} of {count:,}")
        invoices += contents.invoices(papers, groups[first : first + INVOICE_CHUNK], load)
    manifest = contents.manifest_data(papers, info, packed)
    pdf = driver_pack_pdf(info, manifest, invoices, report, start=1 + count, total=total)
    return info.trip, pdf, total


def _silent(done: int, total: int, text: str) -> None:
    return None


def _load_papers(
    session: Session, load_ref: str, *, sealed: bool = False
) -> tuple[Load, LoadInfo, list[contents.Packed]]:
    """What every paper of a load starts from: the load, its head, its parcels (all decided)."""
    load = find_load(session, load_ref)
    if sealed and load.status != LoadStatus.SEALED:
        raise UserError(
            translate(
                "Printing",
                "load {trip}: not sealed yet; the driver pack is printed for a sealed load",
            ).format(trip=load.trip_number),
            field="sealed",
        )
    packed = _load_parcels(session, load)
    return load, contents.load_info(contents.Papers(session), load, len(packed)), packed


def _load_parcels(session: Session, load: Load) -> list[contents.Packed]:
    packed = contents.load_parcels(session, load)
    if not packed:
        raise UserError(
            translate("Printing", "load {trip}: no parcel on it").format(trip=load.trip_number)
        )
    waiting = [p.parcel.code for p in packed if p.parcel.needs_decision]
    if waiting:
        raise UserError(
            translate("Printing", "load {trip}: {parcels} need a decision first").format(
                trip=load.trip_number, parcels=", ".join(waiting)
            )
        )
    return packed


def _print(
    work: UnitOfWork | Engine,
    document: str,
    entity_type: str,
    out: Path,
    render: Callable[[Session], tuple[str, bytes]],
    details: dict[str, Any] | None = None,
    *,
    written: Callable[[], None] | None = None,
    on_audit: Callable[[Session], dict[str, Any]] | None = None,
) -> Printed:
    """Render in a read, write the file beside ``out`` and audit the print; ``out`` appears
    (replacing any file there) only once both are done, so no half-written file is left.
    ``written`` is called once the bytes are on disk beside ``out``, before the audit: what it
    raises (a cancel) removes them and leaves no record."""
    if not out.parent.is_dir():
        raise UserError(
            translate("Printing", "the output file: {folder} is not a folder").format(
                folder=out.parent
            ),
            field="out",
        )
    if out.is_dir():
        raise UserError(
            translate(
                "Printing", "the output file: {out} is a folder; name the file to write"
            ).format(out=out),
            field="out",
        )
    # Given the unit of work of the user's action (immediate: the audit line needs the lock),
    # the paper is read and its print audited in its one transaction; given an engine (the
    # driver pack's job: seconds of drawing), read in one and audited in another, so that no
    # station waits for the lock while the pages are drawn.
    with _unit(work) as uow:
        access.require(uow.session, access.PRINTING)
        reference, body = render(uow.session)
    digest = hashlib.sha256(body).hexdigest()

    def audited() -> None:
        if written is not None:
            written()
        with _unit(work, immediate=True) as uow:
            access.require(uow.session, access.PRINTING)
            more = on_audit(uow.session) if on_audit is not None else {}
            audit.record(
                uow.session,
                f"print.{document}",
                entity_type=entity_type,
                entity_id=reference,
                station=station_name(uow.session),
                details={
                    **(details or {}),
                    **more,
                    "file": str(out.resolve()),
                    "sha256": digest,
                    "bytes": len(body),
                },
            )
            uow.commit()

    write_whole(out, body, before_rename=audited)
    if entity_type == "load":  # a sealed trip's papers carry its seal's head: kept here too
        # Beside the action's transaction, not in it: a read on a connection of its own, which
        # must not ask for the lock the action holds.
        engine = work if isinstance(work, Engine) else cast(Engine, work.session.get_bind())
        keep_seal_anchor(engine.execution_options(immediate=False, durable=False), reference)
    return Printed(document, reference, str(out), len(body), digest)


@contextmanager
def _unit(work: UnitOfWork | Engine, *, immediate: bool = False) -> Iterator[UnitOfWork]:
    """The action's unit of work, joined; or, given the engine (the driver pack), a
    transaction of its own."""
    if isinstance(work, UnitOfWork):
        with within(work, immediate=immediate) as uow:
            yield uow
        return
    with one_action(work, immediate=immediate) as uow:
        yield uow
