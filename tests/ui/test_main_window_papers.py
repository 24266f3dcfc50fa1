"""A paper written from the loads view goes on: to the preview (and its print dialog) when the
station has no document printer, straight to its CUPS queue (our bytes, audited) when it has."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2
from pytestqt.qtbot import QtBot
from sqlmodel import select

from s321_desk.app import build_main_window
from s321_desk.services.admin.users import sign_in
from s321_desk.services.loads.trips import close_load
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.main_window import MainWindow
from tests.crew_records import give_prior_notices
from tests.services.papers.test_printers import cups, cups_server, port  # noqa: F401  (fixtures)
from tests.services.papers.test_printing import configure, loaded, packed  # noqa: F401  (fixtures)


def sealed_window(qtbot: QtBot, store: Store, trip: str) -> MainWindow:
    give_prior_notices(store.engine, trip)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal="SEAL-7", user="Dee Driver", pin="7777")
    window = build_main_window(store)
    qtbot.addWidget(window)
    with one_action(store.engine, immediate=True) as uow:
        window.set_person(sign_in(uow, "Dee Driver", "7777"))  # the driver prints
    window.show()
    window.loads.open_load(trip)
    return window


def test_without_a_document_printer_the_pack_opens_in_the_preview(
    qtbot: QtBot,
    loaded: tuple[Store, list[str], str],  # noqa: F811
    tmp_path: Path,
) -> None:
    store, _codes, trip = loaded
    window = sealed_window(qtbot, store, trip)
    with qtbot.waitSignal(window.loads.job_succeeded, timeout=30_000):
        window.loads.write_paper("driver-pack", tmp_path / "pack.pdf")
    qtbot.waitUntil(lambda: len(window.previews) == 1)
    preview = window.previews[0]
    assert preview.isVisible() and preview.pdf_bytes == (tmp_path / "pack.pdf").read_bytes()
    assert preview.page_count == len(pypdfium2.PdfDocument(preview.pdf_bytes)) > 1
    window.close()


def test_a_station_with_a_cups_queue_sends_the_manifest_itself(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    loaded: tuple[Store, list[str], str],  # noqa: F811
    tmp_path: Path,
    cups,  # noqa: F811
    port,  # noqa: F811
) -> None:
    store, _codes, trip = loaded
    cups.add_raw_queue("S321DOCS", f"socket://127.0.0.1:{port.port}")
    configure(
        store,
        station_name="DOCK-1",
        stations={"DOCK-1": {"document_printer": {"kind": "pdf-cups", "queue": "S321DOCS"}}},
    )
    window = sealed_window(qtbot, store, trip)
    with qtbot.waitSignal(window.loads.job_succeeded, timeout=30_000):
        window.loads.write_paper("manifest", tmp_path / "manifest.pdf")
    sent = port.wait_job(timeout_s=60)
    assert sent == (tmp_path / "manifest.pdf").read_bytes()
    qtbot.waitUntil(
        lambda: "sent to the CUPS queue S321DOCS" in window.statusBar().currentMessage()
    )
    assert window.previews == []
    with UnitOfWork(store.engine) as uow:
        entries = list(
            uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "print.sent"))
        )
        printed = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "print.manifest")
        ).one()
    (entry,) = entries
    details = json.loads(entry.details)
    assert details["printer"] == "cups:S321DOCS" and details["job"].startswith("S321DOCS-")
    assert details["sha256"] == json.loads(printed.details)["sha256"]
    assert (entry.entity_type, entry.entity_id, entry.station) == ("manifest", trip, "DOCK-1")
    window.close()
