"""Real printers: a station's label printer from the settings, ZPL to a thermal printer's socket,
PDF or raw ZPL through a CUPS queue (the ``lp`` command), each print audited.

No Qt here: the print dialog and the preview are ``ui/dialogs/print_preview.py``. A thermal printer
listening on port 9100 takes ZPL as it is ("raw"); a CUPS queue takes either a PDF (rendered by
its driver; its paper is said with ``media``, since CUPS's default paper is A4) or raw ZPL.
"""

from __future__ import annotations

import errno
import hashlib
import re
import socket
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from s321_desk.domain.codes import (
    CUPS_PRINTERS,
    LABEL,
    ZPL_PRINTERS,
    HoldTag,
    PaperFormat,
    PrinterKind,
)
from s321_desk.domain.texts import Text, translate
from s321_desk.services.admin.settings import PRINTER_ROLES, check_printer, get_setting
from s321_desk.services.judging.verdicts import find_parcel
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.uow import Work, one_action, within

if TYPE_CHECKING:  # the papers' contents and their documents load with the first paper
    from s321_desk.services.papers.to_file import Printed, RenderedLabel

# A thermal printer on the LAN answers within a second; past this the station says so rather
# than leave the packer waiting (the station prints on its GUI thread).
SOCKET_TIMEOUT_S = 5.0
LP_TIMEOUT_S = 30.0
LABEL_MEDIA = "Custom.4x6in"  # CUPS's name for the 4x6 in label stock
LETTER_MEDIA = "Letter"  # the papers (invoice, manifest, lead sheet): US Letter, not A4


@dataclass(frozen=True)
class PrinterSpec:
    """Where a station's labels or papers go (see ``settings.PRINTER_KINDS``)."""

    kind: str  # a PrinterKind
    queue: str | None = None
    host: str | None = None
    port: int | None = None
    dpi: int = 203

    @property
    def is_zpl(self) -> bool:
        return self.kind in ZPL_PRINTERS

    def target(self) -> str:
        """The printer in the audit trail's words: ``socket://host:port``, ``cups:QUEUE``."""
        if self.kind == PrinterKind.ZPL_SOCKET:
            return f"socket://{self.host}:{self.port}"
        if self.kind in CUPS_PRINTERS:
            return f"cups:{self.queue}"
        return self.kind

    def describe(self) -> str:
        """The printer in a packer's words, for the status line."""
        if self.kind == PrinterKind.ZPL_SOCKET:
            said = _printer_at(f"{self.host}", f"{self.port}")
        elif self.kind in CUPS_PRINTERS:
            said = _cups_queue(f"{self.queue}")
        elif self.kind == PrinterKind.DIALOG:
            said = translate("Printers", "the print dialog")
        else:
            said = translate("Printers", "PDF files")
        return str(said)


def _printer_at(host: str, port: str) -> Text:
    return translate("Printers", "printer {host}:{port}").format(host=host, port=port)


def _cups_queue(queue: str) -> Text:
    return translate("Printers", "CUPS queue {queue}").format(queue=queue)


def printer_spec(printer: dict[str, Any] | None, where: str = "printer") -> PrinterSpec:
    """A printer setting as a ``PrinterSpec``; none set: PDF files (a UserError if malformed)."""
    if printer is None:
        return PrinterSpec(PrinterKind.FILE)
    check_printer(where, printer)
    return PrinterSpec(
        kind=printer["kind"],
        queue=printer.get("queue"),
        host=printer.get("host"),
        port=printer.get("port"),
        dpi=printer.get("dpi", 203),
    )


def station_printer(work: Work, station: str, role: str) -> PrinterSpec:
    """The ``role`` printer (label_printer or document_printer) of ``station``."""
    if role not in PRINTER_ROLES:
        raise ValueError(f"role {role!r} is not one of {PRINTER_ROLES}")
    with within(work) as uow:
        stations = get_setting(uow.session, "stations") or {}
    printers = stations.get(station) or {}
    if role not in printers:
        # Labels without a printer become PDF files; papers go through the print dialog.
        return PrinterSpec(PrinterKind.FILE if role == "label_printer" else PrinterKind.DIALOG)
    return printer_spec(printers[role], f"setting stations: {station!r}.{role}")


def label_printer(work: Work, station: str) -> PrinterSpec:
    return station_printer(work, station, "label_printer")


def document_printer(work: Work, station: str) -> PrinterSpec:
    return station_printer(work, station, "document_printer")


def send_zpl_socket(host: str, port: int, data: bytes, timeout_s: float = SOCKET_TIMEOUT_S) -> None:
    """Send ``data`` whole to a thermal printer's raw port and close the connection."""
    where = _printer_at(host, f"{port}")
    try:
        with socket.create_connection((host, port), timeout=timeout_s) as connection:
            connection.sendall(data)
            # Half-close: the printer sees the end of the job; the kernel still delivers
            # whatever is buffered (no SO_LINGER reset), so the label is not cut short.
            connection.shutdown(socket.SHUT_WR)
    except ConnectionRefusedError:
        raise UserError(
            translate(
                "Printers", "{printer}: connection refused (is it on, and is the port right?)"
            ).format(printer=where)
        ) from None
    except TimeoutError:
        raise UserError(
            translate("Printers", "{printer}: no answer within {seconds} s (timed out)").format(
                printer=where, seconds=f"{timeout_s:g}"
            )
        ) from None
    except socket.gaierror:
        raise UserError(
            translate("Printers", "{printer}: no such host on the network").format(printer=where)
        ) from None
    except OSError as error:
        words = {
            errno.EHOSTUNREACH: translate("Printers", "{printer}: unreachable"),
            errno.ENETUNREACH: translate("Printers", "{printer}: network unreachable"),
        }
        known = words.get(error.errno or 0)
        said = (
            known.format(printer=where)
            if known is not None
            else Text("", "{printer}: {reason}").format(
                printer=where, reason=error.strerror or str(error)
            )
        )
        raise UserError(said) from None


def send_to_cups(
    queue: str,
    data: bytes,
    *,
    raw: bool,
    title: str,
    media: str | None = None,
    copies: int = 1,
    pages: tuple[int, int] | None = None,
    timeout_s: float = LP_TIMEOUT_S,
) -> str:
    """Queue ``data`` on CUPS's ``queue`` with ``lp`` (``CUPS_SERVER`` chooses the server):
    ``raw`` for ZPL, else a PDF on ``media`` paper (e.g. ``Custom.4x6in``, ``Letter``), its
    ``pages`` (first, last) only if given. Returns CUPS's job id, e.g. ``ZEBRA-12``."""
    where = _cups_queue(queue)
    command = ["lp", "-d", queue, "-t", title]
    if raw:
        command += ["-o", "raw"]
    if media:
        command += ["-o", f"media={media}"]
    if copies > 1:
        command += ["-n", str(copies)]
    if pages is not None:
        command += ["-P", f"{pages[0]}-{pages[1]}"]
    try:
        done = subprocess.run(
            [*command, "--", "-"], input=data, capture_output=True, timeout=timeout_s, check=False
        )
    except FileNotFoundError:
        raise UserError(
            translate(
                "Printers", "{printer}: the lp command is missing (install cups-client)"
            ).format(printer=where)
        ) from None
    except subprocess.TimeoutExpired:
        raise UserError(
            translate("Printers", "{printer}: CUPS did not take the job within {seconds} s").format(
                printer=where, seconds=f"{timeout_s:g}"
            )
        ) from None
    answer = done.stdout.decode("utf-8", "replace").strip()
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip() or answer
        said = re.sub(r"^lp:\s*(Error\s*-\s*)?", "", said.splitlines()[-1] if said else "")
        raise UserError(
            Text("", "{printer}: {said}").format(printer=where, said=said)
            if said
            else translate("Printers", "{printer}: lp failed (exit status {status})").format(
                printer=where, status=done.returncode
            )
        )
    found = re.search(r"request id is (\S+)", answer)
    return found.group(1) if found else answer


def list_cups_queues(timeout_s: float = 10.0) -> list[str]:
    """The CUPS queues' names (``lpstat -e``); none when CUPS is absent or not running."""
    try:
        done = subprocess.run(["lpstat", "-e"], capture_output=True, timeout=timeout_s, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    if done.returncode != 0:
        return []
    return [
        line.strip() for line in done.stdout.decode("utf-8", "replace").splitlines() if line.strip()
    ]


def render_label(work: Work, parcel_ref: str, *, fmt: str, dpi: int) -> RenderedLabel:
    """The parcel's label as bytes, as ``printing.print_label`` renders it (PDF or ZPL)."""
    from s321_desk.services.papers.to_file import label_document

    with within(work) as uow:
        return label_document(uow.session, parcel_ref, fmt, dpi)


AUTO = "auto"  # the paper a parcel gets now: its tag while held, else its label


def paper_for(work: Work, parcel_ref: str) -> str:
    """``LABEL``, or the ``HOLD`` tag for a held parcel: a held box gets its tag, never a label."""
    from s321_desk.services.papers.contents import is_held

    with within(work) as uow:
        return HoldTag.HOLD if is_held(find_parcel(uow.session, parcel_ref)) else LABEL


def print_label_to(
    engine: Engine, station: str, parcel_ref: str, spec: PrinterSpec, paper: str = LABEL
) -> str:
    """Render the label (or, ``paper`` HOLD or DEFERRED, the hold tag) for ``spec`` (a CUPS
    queue or a thermal printer), send it and audit the print; returns the CUPS job id ('' for
    a socket). On the station's ``engine``, not in an action's unit of work: the reading and
    the audit are actions of their own, none open while a printer answers (seconds, for one
    that is off), so no other station waits for the lock meanwhile."""
    from s321_desk.services.papers.to_file import (
        hold_tag_document,
        record_label_print,
        tag_details,
    )

    fmt = PaperFormat.ZPL if spec.is_zpl else PaperFormat.PDF
    label, tag = None, None
    with one_action(engine) as uow:
        access.check(uow, access.PRINTING)
        if paper == LABEL:
            label = render_label(uow, parcel_ref, fmt=fmt, dpi=spec.dpi)
            code, body = label.code, label.body
        else:
            code, body, tag = hold_tag_document(
                uow.session, parcel_ref, fmt, spec.dpi, HoldTag(paper)
            )
    job = ""
    title = f"Label {code}" if tag is None else f"{tag.kind.title()} tag {code}"
    if spec.kind == PrinterKind.ZPL_SOCKET:
        send_zpl_socket(str(spec.host), int(spec.port or 9100), body)
    elif spec.kind in CUPS_PRINTERS:
        job = send_to_cups(
            str(spec.queue),
            body,
            raw=spec.is_zpl,
            title=title,
            media=None if spec.is_zpl else LABEL_MEDIA,
        )
    else:
        raise ValueError(f"{spec.kind!r} is not a printer this sends to")
    digest = hashlib.sha256(body).hexdigest()
    details: dict[str, Any] = {
        "format": fmt,
        "dpi": spec.dpi,
        "printer": spec.target(),
        "sha256": digest,
        "bytes": len(body),
    }
    if job:
        details["job"] = job
    with one_action(engine, immediate=True) as uow:
        if label is not None:
            record_label_print(uow.session, label, "print.label", station, details)
        else:
            assert tag is not None
            audit.record(
                uow.session,
                "print.hold-tag",
                entity_type="parcel",
                entity_id=code,
                station=station,
                details={**details, **tag_details(tag)},
            )
        uow.commit()
    return job


def saved_paper(folder: Path, parcel_code: str, paper: str = LABEL) -> Path:
    """Where a station without a label printer (or with "dialog") saves a parcel's paper."""
    if paper == LABEL:
        return folder / f"{parcel_code}.pdf"
    return folder / f"{parcel_code}-{paper.lower()}-tag.pdf"


def station_label_sink(engine: Engine, station: str, folder: Path) -> Callable[..., str]:
    """The packing station's label sink (``ui.station.view.LabelSink``) for ``station``'s
    label printer: takes a parcel's printable id (and the paper: ``auto``, its label or its
    tag as it stands now; ``DEFERRED`` for the tag of a deferred parcel), prints, returns the
    sentence to show.

    The setting is read at each print, so a printer set up during a shift is used at once.
    "dialog" is never asked mid-scan: the paper is saved as a PDF (``saved_paper``) and the
    station opens it in a preview, without taking the scan field's focus, to print from there.
    Each print is its own actions on the station's ``engine`` (``print_label_to``).
    """

    def save_pdf(parcel_code: str, paper: str, saved: Text) -> str:
        from s321_desk.services.papers.to_file import print_hold_tag, print_label

        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserError(
                translate("Printers", "{folder}: cannot create the folder ({why})").format(
                    folder=folder, why=error.strerror
                )
            ) from None
        out = saved_paper(folder, parcel_code, paper)
        with one_action(engine, immediate=True) as uow:  # the paper written, its print audited
            if paper == LABEL:
                printed = print_label(uow, parcel_code, out)
            else:
                printed = print_hold_tag(uow, parcel_code, out, kind=HoldTag(paper))
        return str(saved.format(parcel=parcel_code, file=printed.file, kind=paper))

    def sink(parcel_code: str, paper: str = AUTO) -> str:
        with one_action(engine) as uow:
            if paper == AUTO:
                paper = paper_for(uow, parcel_code)
            spec = label_printer(uow, station)
        tag = paper != LABEL
        if spec.kind in (PrinterKind.FILE, PrinterKind.DIALOG):
            if spec.kind == PrinterKind.FILE:
                said = (
                    translate(
                        "Printers",
                        "{kind} tag {parcel} saved as a PDF (no label printer set up): {file}",
                    )
                    if tag
                    else translate(
                        "Printers",
                        "Label {parcel} saved as a PDF (no label printer set up): {file}",
                    )
                )
            else:
                said = (
                    translate(
                        "Printers",
                        "{kind} tag {parcel} saved as a PDF (print it from the preview): {file}",
                    )
                    if tag
                    else translate(
                        "Printers",
                        "Label {parcel} saved as a PDF (print it from the preview): {file}",
                    )
                )
            return save_pdf(parcel_code, paper, said)
        job = print_label_to(engine, station, parcel_code, spec, paper)
        if tag:
            sent = (
                translate("Printers", "{kind} tag {parcel} sent to {printer} (job {job})")
                if job
                else translate("Printers", "{kind} tag {parcel} sent to {printer}")
            )
        else:
            sent = (
                translate("Printers", "Label {parcel} sent to {printer} (job {job})")
                if job
                else translate("Printers", "Label {parcel} sent to {printer}")
            )
        return str(sent.format(parcel=parcel_code, printer=spec.describe(), job=job, kind=paper))

    return sink


def send_paper(engine: Engine, station: str, printed: Printed, queue: str) -> str:
    """A paper already printed to a file (invoice, manifest, lead sheet, driver pack) sent to
    the CUPS queue ``queue`` on Letter, its very bytes; audited as ``print.sent`` with the
    file's SHA-256, so the copy on paper is tied to the one on disk. Returns the job id.
    On the station's ``engine``: the check and the audit are actions of their own, none open
    while the CUPS server answers."""
    path = Path(printed.file)
    try:
        body = path.read_bytes()
    except OSError as error:
        raise UserError(
            translate("Printers", "{path}: cannot read it back to print ({why})").format(
                path=path, why=error.strerror
            )
        ) from None
    digest = hashlib.sha256(body).hexdigest()
    if digest != printed.sha256:
        raise UserError(
            translate("Printers", "{path}: changed since it was printed; print it again").format(
                path=path
            )
        )
    title = f"{printed.document} {printed.reference}"
    with one_action(engine) as uow:
        access.check(uow, access.PRINTING)
    job = send_to_cups(queue, body, raw=False, title=title, media=LETTER_MEDIA)
    with one_action(engine, immediate=True) as uow:
        audit.record(
            uow.session,
            "print.sent",
            entity_type=printed.document,
            entity_id=printed.reference,
            station=station,
            details={"printer": f"cups:{queue}", "job": job, "sha256": digest, "file": str(path)},
        )
        uow.commit()
    return job
