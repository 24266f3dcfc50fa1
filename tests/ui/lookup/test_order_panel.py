"""The orders view opens an order: its lines and whether each is packed (closed parcels, a
parcel still open at a station), the parcels holding them; a parcel opened in History."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from s321_desk.app import build_main_window
from s321_desk.services.lookup.order_lines import order_lines
from s321_desk.services.packing.pack import close_parcel, open_parcel, scan_item
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.lookup.order_panel import STATE_COLOURS
from s321_desk.ui.main_window import MainWindow
from tests.conftest import first_admin


@pytest.fixture
def window(qtbot: QtBot, ui_store: Store) -> MainWindow:
    first_admin(ui_store)
    opened = build_main_window(ui_store)
    qtbot.addWidget(opened)
    opened.set_person(None)
    opened.resize(1366, 768)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def pack_half(store: Store) -> tuple[str, str]:
    """Order #999 (MAPLE-500 x2, TOQUE-RED x1): the syrup packed and closed in one parcel, the
    toque scanned into a second one still open at a station."""
    with one_action(store.engine, immediate=True) as uow:
        first = open_parcel(uow, "#999", station="PACK-1")
    with one_action(store.engine, immediate=True) as uow:
        scan_item(uow, first, "MAPLE-500")
    with one_action(store.engine, immediate=True) as uow:
        scan_item(uow, first, "MAPLE-500")
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_parcel(uow, first)
    with one_action(store.engine, immediate=True) as uow:
        second = open_parcel(uow, "#999", station="PACK-2")
    with one_action(store.engine, immediate=True) as uow:
        scan_item(uow, second, "TOQUE-RED")
    with one_action(store.engine) as uow:
        found = order_lines(uow, 1)
    assert found is not None
    return found.parcels[0].code, found.parcels[1].code


def test_an_orders_lines_say_what_is_packed_and_a_parcel_opens(
    qtbot: QtBot, window: MainWindow, ui_store: Store
) -> None:
    closed, still_open = pack_half(ui_store)
    window.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Find an order
    qtbot.keyClicks(window.orders_view.search_edit, "999")
    qtbot.keyClick(window.orders_view.search_edit, Qt.Key.Key_Return)  # to the table, its first row
    panel = window.orders_view.order_panel
    assert panel.shown is not None and panel.shown.name == "#999"
    assert panel.title.text() == "Order #999, Zoë Tremblay: 1 of 2 lines packed; 2 parcels."
    lines = panel.lines_model
    assert [[lines.text_at(r, c) for c in range(6)] for r in range(2)] == [
        ["1", "MAPLE-500", "Item MAPLE-500", "2 / 2", "Packed", closed],
        ["2", "TOQUE-RED", "Item TOQUE-RED", "0 / 1", "Being packed", still_open],
    ]
    colour = lines.data(lines.index(1, 4), Qt.ItemDataRole.BackgroundRole).color()
    assert colour == STATE_COLOURS["packing"]
    parcels = panel.parcels_model
    assert [parcels.text_at(r, 0) for r in range(2)] == [closed, still_open]
    assert parcels.text_at(1, 1) == "open" and parcels.text_at(1, 2) == "1"
    assert parcels.text_at(0, 1) in ("closed", "held") and parcels.text_at(0, 2) == "2"
    # The second parcel is closed at its station: the panel follows the store.
    with one_action(ui_store.engine, immediate=True, durable=True) as uow:
        close_parcel(uow, _parcel_id(ui_store, still_open))
    window.warnings.refresh()
    qtbot.waitUntil(lambda: panel.title.text().startswith("Order #999, Zoë Tremblay: 2 of 2"))
    # Enter on a parcel shows its history.
    panel.parcels_table.setFocus()
    panel.parcels_table.selectRow(0)
    with qtbot.waitSignal(window.history.parcel_shown, timeout=20_000) as shown:
        qtbot.keyClick(panel.parcels_table, Qt.Key.Key_Return)
    assert shown.args == [closed]  # its history read (in the background) and on the screen
    assert window.tabs.currentWidget() is window.history
    assert window.history.search_field.text() == closed
    window.close()


def _parcel_id(store: Store, code: str) -> int:
    from sqlmodel import select

    from s321_desk.store.models import Parcel
    from s321_desk.store.uow import UnitOfWork

    with UnitOfWork(store.engine) as uow:
        found = uow.session.scalars(select(Parcel.id).where(Parcel.code == code)).one()
        assert found is not None
        return int(found)


def test_no_order_chosen_says_so(window: MainWindow) -> None:
    window.show_tab(window.orders_view)
    assert window.orders_view.order_panel.title.text() == (
        "Choose an order above to see its lines and parcels."
    )
    assert not window.orders_view.order_panel.open_button.isEnabled()
    window.close()
