"""The PIN dialog against the real user service: a wrong PIN stays in the dialog, said; the
right one does the action and closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from s321_desk.services.admin.users import add_user, authorize
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog
from tests.conftest import first_admin


def test_wrong_pin_then_right_pin(qtbot: QtBot, store: Store) -> None:
    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    done: list[str] = []

    def act(who: str, pin: str, reason: str) -> str:
        with one_action(store.engine, immediate=True) as uow:
            person = authorize(uow, who, pin, "supervisor")
        done.append(reason)
        return person.name

    dialog = AuthorizeDialog("Hold", "Hold parcel P0000001", act)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.who_edit, "Sam Super")
    qtbot.keyClicks(dialog.pin_edit, "1111")
    qtbot.keyClicks(dialog.reason_edit, "damaged box")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "wrong PIN" in dialog.error_label.text()
    assert dialog.pin_edit.text() == "" and dialog.focusWidget() is dialog.pin_edit
    qtbot.keyClicks(dialog.pin_edit, "2468")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value == "Sam Super"
    assert done == ["damaged box"]


def test_missing_reason_is_asked_for(qtbot: QtBot, store: Store) -> None:
    calls: list[str] = []
    dialog = AuthorizeDialog("Void", "Void P1", lambda w, p, r: calls.append(r))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fill("Sam", "2468")
    dialog.try_accept()
    assert "reason" in dialog.error_label.text()
    assert calls == [] and dialog.isVisible()
