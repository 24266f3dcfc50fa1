"""The settings view and the first-run checklist read in one transaction through the store's one
handle, and each administrator's action signed with a PIN is one transaction (counted as the
BEGINs the real engine sends, on both backends)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlmodel import select

from s321_desk.services.admin.users import add_user
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store
from s321_desk.store.models import User
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog
from s321_desk.ui.settings.first_run import FirstRunBar
from s321_desk.ui.settings.view import SettingsView
from tests.services.supervision.test_one_transaction import counted_begins
from tests.ui.settings.test_settings_view import authorize_with


def test_the_settings_view_reads_its_pages_as_of_one_moment(qtbot: QtBot, store: Store) -> None:
    """Opening the settings (or Revert): the settings, the users, the rates and the rules'
    status in one transaction (it was four)."""
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Ada Admin", "admin", "9999")
    with counted_begins(store.engine) as begins:
        view = SettingsView(StoreHandle(store), station="PACK-1")
        qtbot.addWidget(view)
    assert begins == [1]
    assert [row.name for row in view.users_page.model.rows()] == ["Ada Admin"]
    with counted_begins(store.engine) as begins:
        view.reload()
    assert begins == [1]


def test_the_first_run_checklist_is_one_reading(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    bar = FirstRunBar(StoreHandle(store), "PACK-1", tmp_path / "labels")
    qtbot.addWidget(bar)
    with counted_begins(store.engine) as begins:
        bar.refresh()
    assert begins == [1] and bar.steps


# -- the administrator's PIN actions in the settings view: the PIN's check and the change are one
# transaction (they were two); the page then reads itself again, a reading of its own.


def _view(qtbot: QtBot, store: Store) -> SettingsView:
    with one_action(store.engine, immediate=True) as uow:
        admin = add_user(uow, "Ada Admin", "admin", "9999")
        add_user(uow, "Pat Packer", "packer", "1111", by=admin)
    view = SettingsView(StoreHandle(store), station="PACK-1")
    qtbot.addWidget(view)
    view.show()
    return view


def _signed(
    store: Store, dialog: AuthorizeDialog | None, pin: str = "9999", reason: str = ""
) -> int:
    """The BEGINs of the action the administrator signs in ``dialog``, the page's reading
    after it left out (``reads``)."""
    assert dialog is not None and dialog.isVisible()
    with counted_begins(store.engine) as begins:
        authorize_with(dialog, "Ada Admin", pin, reason)
    return begins[0]


def _reads(store: Store, page: object) -> int:
    with counted_begins(store.engine) as begins:
        page.reload()  # type: ignore[attr-defined]
    return begins[0]


def test_the_settings_pin_actions_are_one_transaction_each(qtbot: QtBot, store: Store) -> None:
    view = _view(qtbot, store)
    view.papers_page.place_edit.setText("Mississauga, ON, Canada")
    view.save()
    read = _reads(store, view)  # the view read again after (one transaction: above)
    assert _signed(store, view.dialog) - read == 1  # the check and the settings saved (two)
    assert view.unsaved_label.text().startswith("Saved:")
    users = view.users_page
    read = _reads(store, users)
    users.name_edit.setText("Lee Packer")
    users.pin_edit.setText("4321")
    users.pin_again_edit.setText("4321")
    users.add()
    assert _signed(store, users.dialog) - read == 1  # the user added
    users.select("Lee Packer")
    users.toggle_active()
    assert _signed(store, users.dialog) - read == 1  # deactivated
    users.select("Pat Packer")
    users.new_role_combo.setCurrentIndex(users.new_role_combo.findData("supervisor"))
    users.set_role()
    assert _signed(store, users.dialog) - read == 1  # a new role
    users.select("Pat Packer")
    users.new_pin_edit.setText("2468")
    users.new_pin_again_edit.setText("2468")
    users.change_pin()
    assert _signed(store, users.dialog) - read == 1  # a new PIN
    fx = view.fx_page
    fx.rate_edit.setText("0.7300")
    fx.from_edit.setText("2026-10-01")
    fx.set_rate()
    assert _signed(store, fx.dialog) - _reads(store, fx) == 1  # a rate entered
    rules = view.rules_page
    rules.instant_edit.setText("2026-11-20T12:00:00+00:00")
    rules.pin()
    pinned = _signed(store, rules.dialog, reason="court order")
    assert pinned - _reads(store, rules) == 1  # the rules pinned
    rules.unpin()
    unpinned = _signed(store, rules.dialog, reason="lifted")
    assert unpinned - _reads(store, rules) == 1  # and unpinned
    assert not rules.pinned


def test_a_wrong_pin_is_counted_and_the_refused_change_undone(qtbot: QtBot, store: Store) -> None:
    """A wrong PIN: one transaction, its count committed, nothing saved; the right PIN with a
    change refused (the last administrator deactivated): the change alone undone."""
    view = _view(qtbot, store)
    users = view.users_page
    users.select("Pat Packer")
    users.toggle_active()
    assert _signed(store, users.dialog, pin="0000") == 1
    assert "wrong PIN" in users.dialog.error_label.text()
    with UnitOfWork(store.engine) as uow:
        rows = {u.name: u for u in uow.session.scalars(select(User))}
    assert rows["Ada Admin"].failed_pin_attempts == 1 and rows["Pat Packer"].active
    users.dialog.reject()
    users.select("Ada Admin")
    users.toggle_active()
    assert _signed(store, users.dialog) == 1
    assert "last active administrator" in users.dialog.error_label.text()
    with UnitOfWork(store.engine) as uow:
        rows = {u.name: u for u in uow.session.scalars(select(User))}
    assert rows["Ada Admin"].failed_pin_attempts == 0 and rows["Ada Admin"].active
