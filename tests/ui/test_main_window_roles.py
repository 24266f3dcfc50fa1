"""Who is at the desk: a fresh store opens on the packing station and asks for the first
administrator before any supervisor action; a role opens its views; signing out closes them."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import select

from s321_desk.app import build_main_window
from s321_desk.services.admin.users import add_user, list_users, sign_in
from s321_desk.store.database import Store
from s321_desk.store.models import Parcel
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.dialogs.sign_in import SignInDialog
from s321_desk.ui.main_window import MainWindow
from tests.conftest import first_admin


def opened(qtbot: QtBot, store: Store) -> MainWindow:
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.rules_label.text() != "")  # read once painted
    return window


def sign_in_dialog(qtbot: QtBot) -> SignInDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SignInDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SignInDialog)
    return dialog


def test_a_fresh_store_packs_and_asks_for_the_administrator(qtbot: QtBot, store: Store) -> None:
    window = opened(qtbot, store)
    assert window.tabs.currentWidget() is window.station and window.station.scan_field.hasFocus()
    assert "Create the administrator (F2)" in window.statusBar().currentMessage()
    assert window.signed_in_label.text() == "Signed in: nobody"
    assert not window.tabs.isTabEnabled(window.tabs.indexOf(window.decisions))
    # A supervisor's view asks who is there: on a fresh store, the first administrator.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    dialog = sign_in_dialog(qtbot)
    assert dialog.pages.currentWidget() is dialog.first_admin_page
    for edit, text in (
        (dialog.admin_name_edit, "Ada Admin"),
        (dialog.admin_pin_edit, "9999"),
        (dialog.admin_pin_again_edit, "9999"),
    ):
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(dialog.admin_pin_again_edit, Qt.Key.Key_Return)
    with one_action(store.engine) as uow:
        assert [(u.name, u.role) for u in list_users(uow)] == [("Ada Admin", "admin")]
    assert window.signed_in_label.text().startswith("Signed in: Ada Admin")
    assert window.tabs.currentWidget() is window.decisions  # where she was going
    assert all(window.tabs.isTabEnabled(i) for i in range(window.tabs.count()))
    # Settings > Users and PINs lists her at once (it was empty until a second user).
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    users = window.settings.users_page
    window.settings.tabs.setCurrentWidget(users)
    assert [row.name for row in users.model.rows()] == ["Ada Admin"]
    window.close()


def test_the_station_asks_for_the_administrator_before_a_hold(qtbot: QtBot, store: Store) -> None:
    window = opened(qtbot, store)
    station = window.station
    station._shown = "P0000001"  # a parcel on the screen (packing needs a catalog: other tests)
    qtbot.keyClick(station.scan_field, Qt.Key.Key_F6)
    dialog = sign_in_dialog(qtbot)
    assert dialog.pages.currentWidget() is dialog.first_admin_page
    assert "create the administrator first" in station.message_label.text()
    assert not station.prompt.isVisible()
    dialog.reject()
    window.close()


def test_a_packer_keeps_to_the_station_a_supervisor_decides(qtbot: QtBot, store: Store) -> None:
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Pat Packer", "packer", "1111", by=admin)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", badge="B-77", by=admin)
    window = opened(qtbot, store)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    dialog = sign_in_dialog(qtbot)
    qtbot.keyClicks(dialog.who_edit, "Pat Packer")
    qtbot.keyClick(dialog.who_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin_edit, "1111")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert window.person is not None and window.person.role == "packer"
    enabled = [
        window.tabs.tabText(i) for i in range(window.tabs.count()) if window.tabs.isTabEnabled(i)
    ]
    assert enabled == ["Packing station", "&Warnings", "History", "Orders", "Catalog"]
    window.show_tab(window.settings)  # not for a packer: who is there is asked again
    dialog = sign_in_dialog(qtbot)
    assert window.tabs.currentWidget() is window.station
    assert "Settings: sign in as an admin (F2)" in window.statusBar().currentMessage()
    qtbot.keyClicks(dialog.who_edit, "B-77")  # the supervisor scans the badge
    qtbot.keyClick(dialog.who_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin_edit, "2468")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert window.person is not None and window.person.name == "Sam Super"
    window.resize(1366, 768)
    QApplication.processEvents()
    bar = [window.signed_in, window.station_label, window.next_truck_label, window.rules_label]
    for left, right in itertools.pairwise(bar):  # side by side, none over another
        assert left.geometry().right() < right.geometry().left(), (left, right)
    # none cut (once the status bar has laid out the new name)
    qtbot.waitUntil(lambda: all(widget.width() >= widget.sizeHint().width() for widget in bar))
    assert window.tabs.isTabEnabled(window.tabs.indexOf(window.decisions))
    assert not window.tabs.isTabEnabled(window.tabs.indexOf(window.settings))
    assert window.tabs.currentWidget() is window.station  # settings stay an admin's
    window.show_tab(window.loads)
    assert window.tabs.currentWidget() is window.loads
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F2)  # signs out
    assert window.person is None and window.signed_in_label.text() == "Signed in: nobody"
    assert window.tabs.currentWidget() is window.station
    window.close()


def test_with_users_the_station_packs_only_for_someone_signed_in(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """The probe packed at a station with nobody there: a store with users now refuses, in the
    station's red line, and nothing is opened; signed in as a packer, the same scan opens the
    order's parcel, and a packer's catalog import from the File menu is refused."""
    from s321_desk.services.files.catalog_import import import_catalog
    from s321_desk.services.files.orders_import import import_orders
    from tests.conftest import act_as, write_csv
    from tests.services.papers.test_printing import CATALOG, ORDERS

    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", ORDERS))
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as work:
        add_user(work, "Pat Packer", "packer", "1111", by=admin)
    act_as(store, None)  # the window's own sign-in decides
    window = opened(qtbot, store)
    qtbot.keyClicks(window.station.scan_field, "#2001")
    qtbot.keyClick(window.station.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "packing needs a packer" in window.station.message_label.text())
    assert "sign in first" in window.station.message_label.text()
    with UnitOfWork(store.engine) as uow:
        assert uow.session.scalars(select(Parcel)).first() is None
    with one_action(store.engine, immediate=True) as work:
        window.set_person(sign_in(work, "Pat Packer", "1111"))
    qtbot.keyClicks(window.station.scan_field, "#2001")
    qtbot.keyClick(window.station.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "#2001" in window.station.message_label.text())
    with UnitOfWork(store.engine) as uow:
        assert len(list(uow.session.scalars(select(Parcel)))) == 1
    dialog = window.import_file("catalog", write_csv(tmp_path / "c2.csv", CATALOG))
    qtbot.waitUntil(lambda: dialog.outcome == "refused", timeout=10_000)
    assert "importing the catalog needs a supervisor; Pat Packer is a" in dialog.problems()[0]
    dialog.close()
    window.close()
