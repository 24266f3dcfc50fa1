"""Real printers: ZPL reaches a TCP printer port byte for byte, a private CUPS server takes raw
ZPL and PDFs, failures name the printer, and every label sent is audited."""

from __future__ import annotations

import hashlib
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from sqlmodel import select

from s321_desk.services.kernel import audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.papers.printers import (
    PrinterSpec,
    document_printer,
    label_printer,
    list_cups_queues,
    render_label,
    send_to_cups,
    send_zpl_socket,
    station_label_sink,
)
from s321_desk.services.papers.to_file import print_invoice, print_label
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from tests.cups_server import CupsServer, PrinterPort, cups_pdf_folder, need_cups, running_cupsd
from tests.services.papers.test_printing import configure, pack_all

STATION = "PACK-1"


@pytest.fixture
def port() -> Iterator[PrinterPort]:
    printer = PrinterPort()
    yield printer
    printer.close()


@pytest.fixture
def packed(store: Store, tmp_path: Path) -> tuple[Store, list[str]]:
    return store, pack_all(store, tmp_path)


def label_audits(store: Store) -> list[dict[str, object]]:
    """What each label print's audit line says (without the hash of the parcel's row it wrote,
    services/audit.py's own)."""
    with UnitOfWork(store.engine) as uow:
        rows = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "print.label"))
        said = [
            {"parcel": row.entity_id, "station": row.station, **json.loads(row.details)}
            for row in rows
        ]
    for line in said:
        assert isinstance(line.pop(audit.PARCEL_KEY, {}), dict)
    return said


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


def set_label_printer(store: Store, printer: dict[str, object]) -> None:
    configure(store, stations={STATION: {"label_printer": printer}})


def test_a_station_not_configured_saves_pdfs_and_asks_for_papers(store: Store) -> None:
    with one_action(store.engine) as uow:
        assert label_printer(uow, STATION) == PrinterSpec("file")
    with one_action(store.engine) as uow:
        assert document_printer(uow, STATION) == PrinterSpec("dialog")
    set_label_printer(store, {"kind": "zpl-socket", "host": "10.0.0.5", "port": 9100, "dpi": 300})
    with one_action(store.engine) as uow:
        spec = label_printer(uow, STATION)
    assert spec == PrinterSpec("zpl-socket", host="10.0.0.5", port=9100, dpi=300)
    assert (spec.target(), spec.describe()) == ("socket://10.0.0.5:9100", "printer 10.0.0.5:9100")
    with one_action(store.engine) as uow:
        assert label_printer(uow, "PACK-2").kind == "file"


def test_zpl_reaches_the_printer_port_byte_for_byte(port: PrinterPort) -> None:
    data = b"^XA^CI28^FO50,50^A0N,40,40^FDZo\xc3\xab O'Brien^FS^XZ" + bytes(range(256)) * 4096
    send_zpl_socket("127.0.0.1", port.port, data)
    assert port.wait_job() == data


def test_a_refused_port_is_named() -> None:
    free = closed_port()
    with pytest.raises(UserError, match=rf"^printer 127\.0\.0\.1:{free}: connection refused"):
        send_zpl_socket("127.0.0.1", free, b"^XA^XZ")


def test_a_printer_that_stops_reading_times_out() -> None:
    # Listening but never accepting nor reading: the kernel's buffers fill, then the send waits.
    with socket.create_server(("127.0.0.1", 0)) as stuck:
        where = f"127.0.0.1:{stuck.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(UserError, match=rf"^printer {where}: no answer within 0.5 s"):
            send_zpl_socket("127.0.0.1", stuck.getsockname()[1], b"x" * 64_000_000, 0.5)
        assert time.monotonic() - started < 10


def test_the_station_sends_the_zpl_label_at_its_dpi_and_audits_it(packed, port, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, codes = packed
    set_label_printer(
        store, {"kind": "zpl-socket", "host": "127.0.0.1", "port": port.port, "dpi": 300}
    )
    sink = station_label_sink(store.engine, STATION, tmp_path / "labels")
    assert sink(codes[0]) == f"Label {codes[0]} sent to printer 127.0.0.1:{port.port}"
    sent = port.wait_job()
    assert sent.startswith(b"^XA") and b"^XZ" in sent
    assert not (tmp_path / "labels").exists()
    assert label_audits(store) == [
        {
            "parcel": codes[0],
            "station": STATION,
            "format": "zpl",
            "dpi": 300,
            "printer": f"socket://127.0.0.1:{port.port}",
            "bytes": len(sent),
            "sha256": hashlib.sha256(sent).hexdigest(),
            "label": 1,
        },
    ]
    # The same bytes as the ZPL file `print label --format zpl --dpi 300` writes.
    with one_action(store.engine, immediate=True) as uow:
        print_label(uow, codes[0], tmp_path / "l.zpl", fmt="zpl", dpi=300)
    assert sent == (tmp_path / "l.zpl").read_bytes()


def test_a_label_the_printer_refused_is_not_audited(packed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, codes = packed
    free = closed_port()
    set_label_printer(store, {"kind": "zpl-socket", "host": "127.0.0.1", "port": free, "dpi": 203})
    sink = station_label_sink(store.engine, STATION, tmp_path / "labels")
    with pytest.raises(UserError, match=f"printer 127.0.0.1:{free}: connection refused"):
        sink(codes[0])
    assert label_audits(store) == []


def test_without_a_printer_the_label_is_a_pdf_file(packed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, codes = packed
    sink = station_label_sink(store.engine, STATION, tmp_path / "labels")
    said = sink(codes[1])
    path = tmp_path / "labels" / f"{codes[1]}.pdf"
    assert said == f"Label {codes[1]} saved as a PDF (no label printer set up): {path}"
    with one_action(store.engine) as uow:
        assert path.read_bytes() == render_label(uow, codes[1], fmt="pdf", dpi=203)[1]
    assert [entry["file"] for entry in label_audits(store)] == [str(path.resolve())]
    set_label_printer(store, {"kind": "dialog"})
    assert "print it from the preview" in sink(codes[2])


def test_without_cups_there_is_no_queue_and_lp_is_named(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd.sock"))
    assert list_cups_queues() == []
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp, no lpstat
    assert list_cups_queues() == []
    with pytest.raises(UserError, match=r"^CUPS queue ZEBRA: the lp command is missing"):
        send_to_cups("ZEBRA", b"^XA^XZ", raw=True, title="test")


# A real CUPS server of the test's own, one for this module's tests (it takes a second to start).


@pytest.fixture(scope="module")
def cups_server() -> Iterator[CupsServer]:
    need_cups()
    with running_cupsd() as server:
        server.add_pdf_queue("S321PDF")
        yield server


@pytest.fixture
def cups(cups_server: CupsServer, monkeypatch: pytest.MonkeyPatch) -> CupsServer:
    monkeypatch.setenv("CUPS_SERVER", str(cups_server.socket_path))
    return cups_server


class LandedPdfs:
    """The PDFs cups-pdf writes for a test's jobs (in the job owner's folder, which other test
    processes share; the test's own removed after it)."""

    def __init__(self, cups: CupsServer) -> None:
        self.cups = cups
        self.folder = cups_pdf_folder()
        self.before = self._now()
        self.landed: list[Path] = []

    def _now(self) -> set[Path]:
        return set(self.folder.glob("*.pdf")) if self.folder.is_dir() else set()

    def of(self, job: str) -> Path:
        """The one PDF job ``job`` wrote, once CUPS says it is completed."""
        self.cups.wait_completed(job)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            # cups-pdf names a file after the job's title and ends it with the job's number.
            found = [
                p
                for p in self._now() - self.before
                if p.name.endswith(f"job_{job.rsplit('-', 1)[1]}.pdf")
            ]
            if found:
                (path,) = found
                self.landed.append(path)
                return path
            time.sleep(0.1)
        raise AssertionError(f"cups-pdf wrote no PDF for {job} in {self.folder}\n{self.cups.log()}")

    def remove(self) -> None:
        for path in self.landed:
            path.unlink(missing_ok=True)


@pytest.fixture
def cups_pdfs(cups: CupsServer) -> Iterator[LandedPdfs]:
    landed = LandedPdfs(cups)
    yield landed
    landed.remove()


def test_cups_lists_its_queues(cups: CupsServer, port: PrinterPort) -> None:
    cups.add_raw_queue("S321ZPL", f"socket://127.0.0.1:{port.port}")
    assert {"S321PDF", "S321ZPL"} <= set(list_cups_queues())


def test_raw_zpl_through_cups_reaches_the_printer_byte_for_byte(
    packed, cups, port, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    store, codes = packed
    cups.add_raw_queue("S321ZPL", f"socket://127.0.0.1:{port.port}")
    set_label_printer(store, {"kind": "zpl-cups", "queue": "S321ZPL", "dpi": 203})
    said = station_label_sink(store.engine, STATION, tmp_path / "labels")(codes[2])
    assert said.startswith(f"Label {codes[2]} sent to CUPS queue S321ZPL (job S321ZPL-")
    with one_action(store.engine) as uow:
        sent = render_label(uow, codes[2], fmt="zpl", dpi=203)[1]
    assert port.wait_job(timeout_s=60) == sent
    (audited,) = label_audits(store)
    assert (
        audited["printer"] == "cups:S321ZPL"
        and audited["sha256"] == hashlib.sha256(sent).hexdigest()
    )
    assert str(audited["job"]).startswith("S321ZPL-")


def test_a_pdf_label_through_cups_is_4x6_in(packed, cups, cups_pdfs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, codes = packed
    set_label_printer(store, {"kind": "pdf-cups", "queue": "S321PDF"})
    said = station_label_sink(store.engine, STATION, tmp_path / "labels")(codes[0])
    job = said.rsplit("(job ", 1)[1].rstrip(")")
    landed = cups_pdfs.of(job)
    with pypdfium2.PdfDocument(landed) as pdf:
        assert len(pdf) == 1
        assert pdf[0].get_size() == pytest.approx((288, 432), abs=1)
        text = pdf[0].get_textpage().get_text_range()
    assert codes[0] in text.replace(" ", "") and "Buffalo" in text


def test_an_invoice_through_cups_is_on_letter_paper(packed, cups, cups_pdfs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, codes = packed
    with one_action(store.engine, immediate=True) as uow:
        print_invoice(uow, codes[2], tmp_path / "invoice.pdf")
    body = (tmp_path / "invoice.pdf").read_bytes()
    job = send_to_cups("S321PDF", body, raw=False, title="Invoice", media="Letter")
    landed = cups_pdfs.of(job)
    with pypdfium2.PdfDocument(landed) as pdf:
        assert pdf[0].get_size() == pytest.approx((612, 792), abs=1)
        assert "COMMERCIAL INVOICE" in pdf[0].get_textpage().get_text_range().upper()


def test_a_queue_cups_does_not_know_is_named(cups: CupsServer) -> None:
    with pytest.raises(UserError, match=r"^CUPS queue NOSUCH: .*(not exist|not found)"):
        send_to_cups("NOSUCH", b"^XA^XZ", raw=True, title="test")
