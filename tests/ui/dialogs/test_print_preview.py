"""The PDF preview: our driver pack and label shown page by page, saved as the very same bytes,
printed page by page on a QPrinter (PDF output, read back) on the page size of our PDF."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from pytestqt.qtbot import QtBot

from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.trips import add_parcels, close_load, create_load
from s321_desk.services.papers.to_file import print_driver_pack, print_label
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.dialogs.print_preview import PdfPreviewDialog, cups_queue_of, print_pdf
from s321_desk.ui.kit.jobs import Cancelled
from tests.conftest import ROOT
from tests.crew_records import add_crew, give_prior_notices
from tests.services.papers.test_printers import cups, cups_server, port  # noqa: F401  (fixtures)
from tests.services.papers.test_printing import (
    ARRIVAL,
    pack_all,
    parcel_codes_needing_decision,
    supervisor,
)


def driver_pack(store: Store, tmp_path: Path) -> Path:
    """A sealed truck's driver pack: manifest, lead sheet, invoices (Letter pages)."""
    codes = pack_all(store, tmp_path)
    with one_action(store.engine, immediate=True) as uow:
        load = create_load(
            uow, scac="ABCD", port_code="0901", arrival=ARRIVAL, crew=add_crew(store.engine)
        )
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, load.trip_number, codes)
    supervisor(store)
    for code in parcel_codes_needing_decision(store):
        with one_action(store.engine, immediate=True) as uow:
            decide(
                uow,
                code,
                "acknowledge",
                user="Sam Super",
                pin="2468",
                reason="the same customer",
            )
    give_prior_notices(store.engine, load.trip_number)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, load.trip_number, seal="SEAL-0042", user="Dee Driver", pin="7777")
    out = tmp_path / "pack.pdf"
    print_driver_pack(store.engine, load.trip_number, out)
    return out


@pytest.fixture
def pack(store: Store, tmp_path: Path) -> Path:
    return driver_pack(store, tmp_path)


def pdf_printer(path: Path, dpi: int = 150) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def sizes(path: Path) -> list[tuple[int, int]]:
    """Each page's width and height in points, rounded."""
    with pypdfium2.PdfDocument(path) as pdf:
        return [(round(pdf[i].get_width()), round(pdf[i].get_height())) for i in range(len(pdf))]


def open_preview(qtbot: QtBot, pdf: Path | bytes, title: str) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, title)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # its key shortcuts work in the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_the_preview_shows_the_driver_pack_and_moves_by_keys(qtbot: QtBot, pack: Path) -> None:
    expected = len(sizes(pack))
    assert expected >= 3
    dialog = open_preview(qtbot, pack, "Driver pack")
    assert dialog.page_count == expected
    assert dialog.findChild(QPdfView).document() is dialog.document
    assert dialog.page_label.text() == f"Page 1 of {expected} (8.5 x 11 in)"
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Page 2 of {expected} (11 x 8.5 in)")
    qtbot.keyClick(dialog.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: dialog.current_page == expected - 1)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: dialog.current_page == 0)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    zoomed = dialog.view.zoomFactor()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomFactor() == pytest.approx(zoomed / 1.25)
    qtbot.keyClick(dialog.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitInView


def test_save_as_pdf_writes_our_very_bytes(qtbot: QtBot, pack: Path, tmp_path: Path) -> None:
    dialog = open_preview(qtbot, pack.read_bytes(), "Driver pack")
    out = tmp_path / "saved" / "copy.pdf"
    out.parent.mkdir()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_to(out)
    assert saved.args == [str(out)]
    assert out.read_bytes() == pack.read_bytes()
    assert [p.name for p in out.parent.iterdir()] == ["copy.pdf"]  # no partial file left
    assert dialog.status.text() == f"Saved as {out}"


def test_a_save_that_fails_is_said_in_the_dialog(qtbot: QtBot, pack: Path, tmp_path: Path) -> None:
    dialog = open_preview(qtbot, pack, "Driver pack")
    job = dialog.save_to(tmp_path / "no-such-folder" / "copy.pdf")
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert job.done.is_set()
    assert dialog.status.text().startswith(
        f"Save as PDF: the folder {tmp_path / 'no-such-folder'} does not exist"
    )
    assert dialog.save_button.isEnabled()


def test_print_pdf_keeps_the_page_count_and_sizes(pack: Path, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    done: list[tuple[int, int]] = []
    pages = print_pdf(pack.read_bytes(), pdf_printer(out), lambda d, t, _: done.append((d, t)))
    expected = sizes(pack)
    assert pages == len(expected) and done[-1] == (pages, pages)
    assert sizes(out) == expected
    assert set(expected) == {(612, 792), (792, 612)}  # Letter, the manifest on its side; not A4


def test_a_label_prints_on_4x6_in(store: Store, tmp_path: Path) -> None:
    codes = pack_all(store, tmp_path)
    with one_action(store.engine, immediate=True) as uow:
        print_label(uow, codes[0], tmp_path / "label.pdf")
    out = tmp_path / "printed.pdf"
    print_pdf((tmp_path / "label.pdf").read_bytes(), pdf_printer(out, 203))
    assert sizes(out) == [(288, 432)]
    # The page is our label, rendered: its barcode area is not blank.
    with pypdfium2.PdfDocument(out) as pdf:
        image = pdf[0].render(scale=1).to_pil().convert("L")
    darkest, lightest = image.getextrema()
    assert darkest < 50 and lightest > 200


def test_a_page_range_and_a_cancel(pack: Path, tmp_path: Path) -> None:
    out = tmp_path / "two.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_pdf(pack.read_bytes(), printer) == 2
    assert len(sizes(out)) == 2

    def cancel(done: int, total: int, text: str) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        print_pdf(pack.read_bytes(), pdf_printer(tmp_path / "cancelled.pdf"), cancel)


def test_printing_runs_in_a_job_and_says_where(qtbot: QtBot, pack: Path, tmp_path: Path) -> None:
    dialog = open_preview(qtbot, pack, "Driver pack")
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        dialog.print_to(pdf_printer(out))
        assert not dialog.print_button.isEnabled()  # one job at a time
    assert printed.args == [str(out), dialog.page_count]
    assert dialog.status.text() == f"Printed {dialog.page_count} pages to {out}"
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled())
    assert len(sizes(out)) == dialog.page_count


def test_print_opens_the_print_dialog_on_our_paper(qtbot: QtBot, pack: Path) -> None:
    dialog = open_preview(qtbot, pack, "Driver pack")
    qtbot.keyClick(dialog.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    asked = dialog.findChild(QPrintDialog)
    assert asked is not None and asked.isVisible()
    assert asked.maxPage() == dialog.page_count
    size = dialog.printer.pageLayout().fullRect().size()
    assert (round(size.width()), round(size.height())) == (612, 792)
    asked.reject()


def test_what_is_not_a_pdf_is_refused() -> None:
    with pytest.raises(UserError, match="the PDF cannot be read"):
        PdfPreviewDialog(b"not a pdf", "Broken")


def test_a_page_takes_a_fraction_of_a_second(pack: Path, tmp_path: Path) -> None:
    """At the cap of 300 dpi on Letter: what a 5,400-page pack costs per page, bounded."""
    printer = pdf_printer(tmp_path / "timed.pdf", 300)
    started = time.perf_counter()
    pages = print_pdf(pack.read_bytes(), printer)
    per_page = (time.perf_counter() - started) / pages
    assert per_page < 2.0, f"{per_page:.2f} s a page"


def test_a_cups_printer_gets_our_pdf_itself(  # type: ignore[no-untyped-def]
    pack: Path,
    cups,  # noqa: F811
    port,  # noqa: F811
) -> None:
    """A real printer chosen in the dialog that is a CUPS queue gets our bytes (the ones the
    audit trail hashes), not pages drawn as images: here a raw queue to the test's socket. In
    a process of its own: libcups keeps the first server it talked to for the process."""
    cups.add_raw_queue("S321RAW", f"socket://127.0.0.1:{port.port}")
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.print_to_queue", str(pack), "S321RAW"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "CUPS_SERVER": str(cups.socket_path), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.split() == [
        "queue",
        "S321RAW",
        "printed",
        str(len(pypdfium2.PdfDocument(pack))),
    ]
    assert port.wait_job(timeout_s=60) == pack.read_bytes()
    assert cups_queue_of(pdf_printer(pack.parent / "file.pdf")) is None  # a file: drawn
