"""The sign-in and export dialogs: one transaction per action through the store's one handle
(counted as the BEGINs the real engine sends, on both backends)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from s321_desk.services.admin.users import add_user
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.dialogs.export_dialog import ExportDialog
from s321_desk.ui.dialogs.sign_in import SignInDialog
from tests.services.supervision.test_one_transaction import counted_begins


def test_the_sign_in_dialog_opens_on_one_reading(qtbot: QtBot, store: Store) -> None:
    """Whether the store has users, and who may sign in: one transaction (it was two)."""
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Ada Admin", "admin", "9999")
    with counted_begins(store.engine) as begins:
        dialog = SignInDialog(StoreHandle(store), station="PACK-1")
        qtbot.addWidget(dialog)
    assert begins == [1]
    assert [user.name for user in dialog._users] == ["Ada Admin"]


def test_an_export_from_the_dialog_is_one_transaction(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """File > Export..., a day's records: read and audited in one transaction (it was two)."""
    dialog = ExportDialog(StoreHandle(store), today=date(2026, 11, 17))
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(2)  # the day's records
    out = tmp_path / "records.zip"
    with counted_begins(store.engine) as begins:
        with qtbot.waitSignal(dialog.exported, timeout=20_000):
            dialog.export_to(out)
    assert begins == [1] and out.is_file()
