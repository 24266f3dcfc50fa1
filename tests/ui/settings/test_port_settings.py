"""Ports in the settings view: every northern land port offered with its code, and one the list
lacks added by an administrator (typed as one types it, checked at once, saved with the PIN)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from s321_desk.services.admin import ports as ports_module
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.settings import all_settings
from s321_desk.services.admin.users import add_user
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.settings.view import SettingsView


@pytest.fixture(autouse=True)
def no_added_ports() -> Iterator[None]:
    ports_module.use_added([])
    yield
    ports_module.use_added([])


@pytest.fixture
def view(qtbot: QtBot, store: Store) -> SettingsView:
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Ada Admin", "admin", "9999")
    shown = SettingsView(StoreHandle(store), station="PACK-1")
    qtbot.addWidget(shown)
    shown.resize(1366, 700)
    shown.show()
    return shown


def test_an_administrator_adds_a_ferry_port_and_chooses_it(
    qtbot: QtBot, view: SettingsView, store: Store
) -> None:
    page = view.truck_page
    view.tabs.setCurrentWidget(page)
    combo = page.port_combo
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert len(codes) == 79 and "3004" in codes and "0901" in codes and "3014" not in codes
    assert combo.itemText(codes.index("3004")) == "3004  Blaine, WA"
    qtbot.mouseClick(page.add_port_button, Qt.MouseButton.LeftButton)
    dialog = page.port_dialog
    assert dialog is not None and dialog.isVisible()
    # A code already listed is refused in the dialog, the cursor put back in the code.
    qtbot.keyClicks(dialog.code_edit, "3004")
    qtbot.keyClicks(dialog.name_edit, "Blaine truck crossing, WA")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "port 3004 is already in the list: Blaine, WA"
    assert dialog.focusWidget() is dialog.code_edit
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "3014")
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Friday Harbor, WA")
    dialog.zone_combo.setCurrentText("America/Los_Angeles")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert combo.currentData() == "3014" and combo.currentText() == "3014  Friday Harbor, WA"
    assert view.unsaved_label.text() == "Unsaved: Port of entry, Ports added."
    view.save()
    assert view.dialog is not None
    view.dialog.fill("Ada Admin", "9999", "")
    view.dialog.try_accept()
    assert view.unsaved_label.text() == "Saved: Port of entry, Ports added."
    with one_action(store.engine) as work:
        values = all_settings(work)
    added = {"code": "3014", "name": "Friday Harbor, WA", "time_zone": "America/Los_Angeles"}
    assert (values["port"], values["added_ports"]) == ("3014", [added])
    assert port("3014").time_zone == "America/Los_Angeles"
    with UnitOfWork(store.engine) as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == "added_ports")
        ).one()
    assert json.loads(entry.details) == {"before": [], "after": [added]}
    # Shown again from the store, the port is listed and chosen.
    view.reload()
    assert combo.currentText() == "3014  Friday Harbor, WA" and combo.count() == 80
    assert combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) == (
        "America/Los_Angeles"
    )
    # A station may cross at it too (its own truck, Stations and printers).
    own = view.stations_page.truck_form.port_combo
    assert own.findData("3014") > 0 and own.itemText(own.findData("3014")) == (
        "3014 Friday Harbor, WA"
    )
