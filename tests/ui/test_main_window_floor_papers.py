"""File > Command barcodes from the window: the sheet written in the background through the
store's handle, its print on the record, and said in the status bar."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlmodel import select

from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork
from s321_desk.ui.main_window import MainWindow
from tests.ui.test_main_window import window  # noqa: F401  (fixture)


def test_the_command_sheet_is_written_and_audited(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    ui_store: Store,
) -> None:
    out = window._papers / f"commands-{window._station_name or 'station'}.pdf"
    window.print_command_sheet()
    qtbot.waitUntil(lambda: str(out) in window.statusBar().currentMessage(), timeout=30_000)
    assert out.read_bytes().startswith(b"%PDF")
    with UnitOfWork(ui_store.engine) as uow:
        actions = list(uow.session.scalars(select(AuditEntry.action)))
    assert "print.commands" in actions
