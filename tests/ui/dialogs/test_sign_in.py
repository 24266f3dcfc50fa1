"""Signing in on a real store: the first administrator of a fresh store, a name picked, a badge
scanned (typed + Enter, as a keyboard wedge does), a wrong PIN said and counted, a lockout."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from s321_desk.services.admin.users import Person, UserRow, add_user, list_users, set_active
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, User
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.dialogs.sign_in import SignedInWidget, SignInDialog, SignInUserModel
from tests.conftest import first_admin
from tests.ui.french import french


@pytest.fixture
def staffed(store: Store) -> Store:
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", badge="B-77", by=admin)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Zoë <b>Packer</b>", "packer", "1111", by=admin)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Gone Guy", "packer", "3333", by=admin)
    with one_action(store.engine, immediate=True) as uow:
        set_active(uow, "Gone Guy", False, by=admin)
    return store


def dialog_on(qtbot: QtBot, store: Store) -> tuple[SignInDialog, list[Person]]:
    dialog = SignInDialog(StoreHandle(store), station="PACK-1")
    qtbot.addWidget(dialog)
    people: list[Person] = []
    dialog.signed_in.connect(people.append)
    dialog.show()
    return dialog, people


def actions(store: Store) -> list[tuple[str, str]]:
    with UnitOfWork(store.engine) as uow:
        return [(a.action, a.station) for a in uow.session.scalars(select(AuditEntry))]


def test_a_fresh_store_creates_its_first_administrator(qtbot: QtBot, store: Store) -> None:
    dialog, people = dialog_on(qtbot, store)
    assert dialog.pages.currentWidget() is dialog.first_admin_page
    qtbot.keyClicks(dialog.admin_name_edit, "Ada Admin")
    qtbot.keyClick(dialog.admin_name_edit, Qt.Key.Key_Return)  # Enter goes to the next field
    assert dialog.focusWidget() is dialog.admin_badge_edit
    qtbot.keyClicks(dialog.admin_badge_edit, "B-01")
    qtbot.keyClicks(dialog.admin_pin_edit, "9999")
    qtbot.keyClicks(dialog.admin_pin_again_edit, "9998")
    qtbot.keyClick(dialog.admin_pin_again_edit, Qt.Key.Key_Return)
    assert "PIN again: not the same PIN" in dialog.admin_pin_again_error.text()
    with one_action(store.engine) as uow:
        assert list_users(uow) == [] and dialog.isVisible()
    qtbot.keyClicks(dialog.admin_pin_again_edit, "9999")
    qtbot.keyClick(dialog.admin_pin_again_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with one_action(store.engine) as uow:
        [admin] = list_users(uow)
    assert (admin.name, admin.role, admin.badge) == ("Ada Admin", "admin", "B-01")
    assert people == [Person(admin.id, "Ada Admin", "admin")] and dialog.person == people[0]
    assert actions(store) == [("user.add", ""), ("login", "PACK-1")]


@pytest.mark.parametrize(
    ("language", "said"),
    [(nullcontext, "PIN: 4 to 20 digits"), (french, "NIP\xa0: 4 à 20 chiffres")],
    ids=["english", "french"],
)
def test_a_short_pin_is_said_next_to_the_pin(
    qtbot: QtBot, store: Store, language: Callable[[], AbstractContextManager[None]], said: str
) -> None:
    """The field is found from the refusal's English, in French too, where it is said."""
    with language():
        dialog, _ = dialog_on(qtbot, store)
        dialog.admin_name_edit.setText("Ada Admin")
        dialog.admin_pin_edit.setText("12")
        dialog.admin_pin_again_edit.setText("12")
        dialog.create_first_admin()
        assert dialog.admin_pin_error.text() == said
        assert dialog.admin_pin_error.isVisible() and not dialog.admin_name_error.isVisible()
    with one_action(store.engine) as uow:
        assert list_users(uow) == []


def test_sign_in_by_picking_the_name(qtbot: QtBot, staffed: Store) -> None:
    dialog, people = dialog_on(qtbot, staffed)
    assert dialog.pages.currentWidget() is dialog.sign_in_page
    names = [dialog.model.text_at(i, 0) for i in range(dialog.model.rowCount())]
    assert names == ["Ada Admin", "Sam Super", "Zoë <b>Packer</b>"]  # not the deactivated one
    qtbot.keyClicks(dialog.who_edit, "zoe")  # accents and case do not matter
    assert dialog.model.rowCount() == 1
    qtbot.keyClick(dialog.who_edit, Qt.Key.Key_Return)
    assert dialog.chosen is not None and dialog.chosen.name == "Zoë <b>Packer</b>"
    assert dialog.chosen_label.text() == "Zoë <b>Packer</b> (Packer)"  # shown literally
    assert dialog.chosen_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.focusWidget() is dialog.pin_edit
    qtbot.keyClicks(dialog.pin_edit, "1111")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert [p.name for p in people] == ["Zoë <b>Packer</b>"] and not dialog.isVisible()


def test_a_badge_scan_then_a_wrong_pin_is_said_and_counted(qtbot: QtBot, staffed: Store) -> None:
    dialog, people = dialog_on(qtbot, staffed)
    qtbot.keyClicks(dialog.who_edit, "B-77")  # the scanner types the badge, then Enter
    qtbot.keyClick(dialog.who_edit, Qt.Key.Key_Return)
    assert dialog.chosen is not None and dialog.chosen.name == "Sam Super"
    assert dialog.who_edit.text() == "Sam Super"  # the badge's code is not left on screen
    qtbot.keyClicks(dialog.pin_edit, "0000")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.pin_error.text() == "Sam Super: wrong PIN" and dialog.isVisible()
    assert dialog.pin_edit.text() == "" and dialog.focusWidget() is dialog.pin_edit
    with UnitOfWork(staffed.engine) as uow:
        sam = uow.session.scalars(select(User).where(User.name == "Sam Super")).one()
        assert sam.failed_pin_attempts == 1
    for _ in range(2):
        qtbot.keyClicks(dialog.pin_edit, "0000")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin_edit, "2468")  # the right PIN, but locked out for now
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert "too many wrong PINs; try again in" in dialog.pin_error.text()
    assert people == [] and dialog.isVisible()
    assert actions(staffed)[-3:] == [("login.refused", "PACK-1")] * 3


def test_an_unknown_badge_is_said_and_not_left_shown(qtbot: QtBot, staffed: Store) -> None:
    dialog, _ = dialog_on(qtbot, staffed)
    qtbot.keyClicks(dialog.who_edit, "B-99")
    qtbot.keyClick(dialog.who_edit, Qt.Key.Key_Return)
    assert dialog.who_error.text() == "No active user has the name or badge 'B-99'."
    assert dialog.chosen is None and dialog.who_edit.text() == ""
    assert dialog.model.rowCount() == 3  # the whole list again, to pick from
    dialog.pin_edit.setText("2468")
    dialog.try_sign_in()  # nobody chosen: the PIN is not tried against anyone
    assert dialog.isVisible() and dialog.person is None


def test_a_click_on_a_name_picks_it(qtbot: QtBot, staffed: Store) -> None:
    dialog, people = dialog_on(qtbot, staffed)
    rect = dialog.users_view.visualRect(dialog.model.index(0, 0))
    qtbot.mouseClick(dialog.users_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.chosen is not None and dialog.chosen.name == "Ada Admin"
    qtbot.keyClicks(dialog.pin_edit, "9999")
    dialog.sign_in_button.click()
    assert [p.role for p in people] == ["admin"]


def test_the_signed_in_widget_signs_out_audited(qtbot: QtBot, staffed: Store) -> None:
    widget = SignedInWidget(StoreHandle(staffed), station="PACK-1")
    qtbot.addWidget(widget)
    asked: list[bool] = []
    gone: list[Person] = []
    widget.sign_in_requested.connect(lambda: asked.append(True))
    widget.signed_out.connect(gone.append)
    assert widget.label.text() == "Signed in: nobody"
    widget.button.click()
    assert asked == [True]
    sam = Person(2, "Sam Super", "supervisor")
    widget.set_person(sam)
    assert widget.label.text() == "Signed in: Sam Super (Supervisor)"
    widget.button.click()
    assert gone == [sam] and widget.person is None
    assert actions(staffed)[-1] == ("logout", "PACK-1")


def test_the_user_model(qtmodeltester: ModelTester) -> None:
    model = SignInUserModel()
    model.set_rows(
        [UserRow(1, "<b>Müller</b>", "admin", "B-1", True), UserRow(2, "Zoë", "x", None, True)]
    )
    qtmodeltester.check(model)
    assert model.text_at(0, 1) == "Administrator" and model.text_at(1, 1) == "x"
