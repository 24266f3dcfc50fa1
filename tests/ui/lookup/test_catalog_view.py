"""The catalog view in the main window: a SKU found as one types, those missing HTS or origin
first and in red, an edit saved by the signed-in supervisor at once and by a packer's station
only with a supervisor's PIN, audited with the values before and after."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from s321_desk.app import build_main_window
from s321_desk.services.admin.users import Person, add_user
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.lookup.catalog_view import MISSING_BACKGROUND
from s321_desk.ui.main_window import MainWindow
from tests.conftest import first_admin
from tests.services.admin.test_catalog_edit import stock


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Pat Packer", "packer", "1111", by=admin)
    stock(store)
    opened = build_main_window(store)
    qtbot.addWidget(opened)
    opened.resize(1366, 768)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def person(store: Store, name: str) -> Person:
    from s321_desk.store.models import User

    with UnitOfWork(store.engine) as uow:
        user = uow.session.scalars(select(User).where(User.name == name)).one()
        assert user.id is not None
        return Person(user.id, user.name, user.role)


def edits(store: Store) -> list[tuple[str | None, int | None, dict[str, object]]]:
    with UnitOfWork(store.engine) as uow:
        rows = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "product.edit"))
        return [(a.entity_id, a.user_id, json.loads(a.details)) for a in rows]


def test_the_missing_come_first_and_a_search_narrows_as_one_types(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # anyone may look
    view = window.catalog
    assert window.tabs.currentWidget() is view
    model = view.model
    assert [model.text_at(i, 0) for i in range(model.rowCount())] == [
        "MUG-01",
        "TOQUE-RED",
        "ZIP-HOODIE",
        "BLANKET",
        "MAPLE-500",
    ]
    assert (model.text_at(0, 2), model.text_at(0, 3)) == ("6912.00.4400", "MISSING")
    assert (
        model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole).color() == MISSING_BACKGROUND
    )
    assert model.data(model.index(0, 2), Qt.ItemDataRole.BackgroundRole) is None
    assert view.count_label.text() == "5 of 5 SKUs; 3 missing HTS or origin."
    view.search_edit.setFocus()
    qtbot.keyClicks(view.search_edit, "maple")
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert [model.text_at(i, 0) for i in range(2)] == ["MUG-01", "MAPLE-500"]
    assert view.count_label.text() == "2 of 5 SKUs; 1 missing HTS or origin."
    view.search_edit.clear()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert view.missing_box.isChecked()
    window.close()


def test_a_signed_in_supervisor_fills_the_hts_at_once(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    sam = person(store, "Sam Super")
    window.set_person(sam)
    window.show_tab(window.catalog)
    view = window.catalog
    view.select("TOQUE-RED")
    assert view.editor.isEnabled() and view.editor.title() == "Product TOQUE-RED"
    hts = view.fields["hts"]
    hts.setFocus()
    qtbot.keyClicks(hts, "6505.00.90")  # a wrong number: said under the fields, nothing saved
    qtbot.keyClick(hts, Qt.Key.Key_Return)
    assert view.error.text().startswith("hts: '6505.00.90' is not a 10-digit HTS number")
    assert edits(store) == [] and view.dialog is None
    qtbot.keyClicks(hts, "76")
    view.fields["origin"].clear()
    qtbot.keyClicks(view.fields["origin"], "cn")
    qtbot.keyClick(hts, Qt.Key.Key_Return)
    assert view.error.isHidden()
    assert view.result_label.text() == "Saved TOQUE-RED: hts, origin."
    assert edits(store) == [
        (
            "TOQUE-RED",
            sam.id,
            {
                "before": {"hts": None, "origin": "CA"},
                "after": {"hts": "6505009076", "origin": "CN"},
            },
        )
    ]
    row = next(r for r in view.model.rows() if r.sku == "TOQUE-RED")
    assert (row.hts_text, row.origin) == ("6505.00.9076", "CN")
    assert view.count_label.text() == "5 of 5 SKUs; 2 missing HTS or origin."
    window.close()


def test_at_a_packers_station_an_edit_needs_a_supervisors_pin(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.set_person(person(store, "Pat Packer"))
    window.show_tab(window.catalog)
    view = window.catalog
    view.select("ZIP-HOODIE")
    view.fields["origin"].setText("CA")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.fill("Pat Packer", "1111")
    dialog.try_accept()
    assert dialog.isVisible() and "this needs a supervisor" in dialog.error_label.text()
    assert edits(store) == []
    dialog.fill("Sam Super", "2468")
    dialog.try_accept()
    QApplication.processEvents()
    sam = person(store, "Sam Super")
    assert edits(store) == [
        ("ZIP-HOODIE", sam.id, {"before": {"origin": None}, "after": {"origin": "CA"}})
    ]
    assert view.result_label.text() == "Saved ZIP-HOODIE: origin."
    window.close()


def test_giving_a_held_parcels_missing_hts_names_it_judged_again(
    qtbot: QtBot, ui_store: Store
) -> None:
    from datetime import date

    from s321_desk.services.admin.rules_and_rates import set_fx_rate
    from s321_desk.services.packing.pack import pack_order

    admin = first_admin(ui_store)
    with one_action(ui_store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7312", date(2020, 1, 1), "Bank of Canada", by=admin)
    pack_order(ui_store.engine, "#1002")  # one toque, held: no HTS number, no origin
    window = build_main_window(ui_store)
    qtbot.addWidget(window)
    window.set_person(admin)
    window.show_tab(window.catalog)
    view = window.catalog
    view.select("TOQUE-RED")
    view.fields["hts"].setText("6505.00.9076")
    view.fields["origin"].setText("CA")
    view.save()
    assert view.result_label.text() == (
        "Saved TOQUE-RED: hts, origin. Judged again with it, a new verdict: P0000001."
    )
    window.close()
