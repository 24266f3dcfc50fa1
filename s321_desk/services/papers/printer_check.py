"""A station's test print: a test label sent to its label printer as the settings say (a
thermal printer's socket, a CUPS queue, or a PDF file in the data folder while none is set up),
audited as ``printer.test`` so the first-run checklist knows the printer was tried."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from s321_desk.domain.codes import CUPS_PRINTERS, PrinterKind
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.outputs import write_whole
from s321_desk.services.papers.printers import (
    LABEL_MEDIA,
    label_printer,
    send_to_cups,
    send_zpl_socket,
)
from s321_desk.store.repositories import papers
from s321_desk.store.uow import Work, one_action, within


def print_test_label(
    engine: Engine, station: str, folder: Path, now: datetime | None = None
) -> str:
    """Send the test label to ``station``'s label printer; where it went (a printer, a CUPS
    job, a file). A printer that does not answer raises the printers' UserError, nothing
    audited. On the station's ``engine``: the reading and the audit are actions of their own,
    none open while the printer answers."""
    from s321_desk.documents.printer_check import check_label_pdf, check_label_zpl  # ReportLab

    with one_action(engine) as uow:
        access.check(uow, access.PRINTING)
        spec = label_printer(uow, station)
    when = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    target = spec.target()
    if spec.is_zpl:
        body = check_label_zpl(station, target, when, spec.dpi)
    else:
        body = check_label_pdf(station, target, when)
    where = target
    if spec.kind == PrinterKind.ZPL_SOCKET:
        send_zpl_socket(str(spec.host), int(spec.port or 9100), body)
    elif spec.kind in CUPS_PRINTERS:
        job = send_to_cups(
            str(spec.queue),
            body,
            raw=spec.is_zpl,
            title="Test label",
            media=None if spec.is_zpl else LABEL_MEDIA,
        )
        where = f"{target} (job {job})" if job else target
    else:  # a file, or the dialog: the PDF is kept for the preview
        out = folder / f"test-label-{station or 'station'}.pdf"
        folder.mkdir(parents=True, exist_ok=True)
        write_whole(out, body, option="labels")
        where = str(out)
    with one_action(engine, immediate=True) as uow:
        details = {
            "printer": target,
            "kind": spec.kind,
            "bytes": len(body),
            "where": where,
            "sha256": hashlib.sha256(body).hexdigest(),
        }
        audit.record(
            uow.session,
            "printer.test",
            entity_type="station",
            entity_id=station,
            station=station,
            details=details,
        )
        uow.commit()
    return where


def last_test_print(work: Work, station: str) -> tuple[datetime, str] | None:
    """When the station's label printer last printed a test label, and to which printer."""
    with within(work) as uow:
        entry = papers.last_audit(uow.session, "printer.test", station)
        if entry is None:
            return None
        return entry.at, str(json.loads(entry.details).get("printer", ""))
