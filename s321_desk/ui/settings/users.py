"""The settings view's users page: who may sign in, their roles and PINs.

Each action is done at once, after an administrator's name and PIN (a PIN change may instead be
authorized by the user with the old PIN); the service refuses the rest, such as leaving the
store without an active administrator, and the refusal is said in the PIN dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from s321_desk.domain.pins import longest_pin, valid_pin
from s321_desk.services.admin.users import (
    ROLES,
    Person,
    UserRow,
    add_user,
    change_pin,
    list_users,
    set_active,
    set_role,
)
from s321_desk.services.kernel.given import refusal_of
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.models import User
from s321_desk.store.uow import UnitOfWork, Work, one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog, T, pin_action
from s321_desk.ui.dialogs.sign_in import error_label, pin_edit, role_word, say
from s321_desk.ui.kit.formatting import format_local_time
from s321_desk.ui.kit.table_model import Column, RowTableModel
from s321_desk.ui.settings.forms import open_authorize, table_view


class UserTableModel(RowTableModel[UserRow]):
    """Every user, the deactivated ones too (they stay in the audit trail)."""

    def __init__(self, parent: QWidget | None = None, zone: tzinfo | None = None) -> None:
        yes, no = self.tr("yes"), self.tr("no (deactivated)")
        locked: Callable[[UserRow], str] = lambda r: (  # noqa: E731
            format_local_time(r.locked_until, zone) if r.locked_until else ""
        )
        super().__init__(
            (
                Column[UserRow](self.tr("Name"), lambda r: r.name),
                Column[UserRow](self.tr("Role"), lambda r: role_word(r.role)),
                Column[UserRow](self.tr("Badge"), lambda r: r.badge or ""),
                Column[UserRow](self.tr("Signs in"), lambda r: yes if r.active else no),
                Column[UserRow](self.tr("Locked until"), locked),
            ),
            parent,
        )


class UsersPage(QWidget):
    """The users table, a form to add one, and the selected user's PIN, role and access."""

    users_changed = Signal()

    def __init__(self, store: StoreHandle, station: str = "", zone: tzinfo | None = None) -> None:
        super().__init__()
        self._engine = store.engine
        self._station = station
        self.dialog: AuthorizeDialog | None = None
        self.model = UserTableModel(self, zone)
        self.view = table_view(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._picked)
        self.done_label = QLabel()
        self.done_label.setTextFormat(Qt.TextFormat.PlainText)
        self.done_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        left.addWidget(self.done_label)
        right = QVBoxLayout()
        right.addWidget(self._build_add())
        right.addWidget(self._build_selected())
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def _build_add(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a user"))
        self.name_edit, self.badge_edit = QLineEdit(), QLineEdit()
        self.badge_edit.setPlaceholderText(self.tr("optional: scan the badge"))
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem(role_word(role), role)
        self.pin_edit, self.pin_again_edit = pin_edit(), pin_edit()
        self.add_errors = {k: error_label() for k in ("name", "badge", "pin", "again")}
        self.add_button = QPushButton(self.tr("A&dd user..."))
        self.add_button.clicked.connect(self.add)
        form = QFormLayout(box)
        rows = (
            (self.tr("Name:"), self.name_edit, "name"),
            (self.tr("Role:"), self.role_combo, ""),
            (self.tr("Badge:"), self.badge_edit, "badge"),
            (self.tr("PIN:"), self.pin_edit, "pin"),
            (self.tr("PIN again:"), self.pin_again_edit, "again"),
        )
        for text, widget, key in rows:
            form.addRow(text, widget)
            if key:
                form.addRow(self.add_errors[key])
        form.addRow(self.add_button)
        return box

    def _build_selected(self) -> QGroupBox:
        box = QGroupBox(self.tr("The selected user"))
        self.selected_label = QLabel()
        self.selected_label.setTextFormat(Qt.TextFormat.PlainText)
        self.new_pin_edit, self.new_pin_again_edit = pin_edit(), pin_edit()
        self.new_pin_error = error_label()
        self.change_pin_button = QPushButton(self.tr("Change P&IN..."))
        self.change_pin_button.clicked.connect(self.change_pin)
        self.new_role_combo = QComboBox()
        for role in ROLES:
            self.new_role_combo.addItem(role_word(role), role)
        self.set_role_button = QPushButton(self.tr("Set rol&e..."))
        self.set_role_button.clicked.connect(self.set_role)
        self.active_button = QPushButton(self.tr("Dea&ctivate..."))
        self.active_button.clicked.connect(self.toggle_active)
        self.selected_error = error_label()
        form = QFormLayout(box)
        form.addRow(self.selected_label)
        form.addRow(self.tr("New PIN:"), self.new_pin_edit)
        form.addRow(self.tr("New PIN again:"), self.new_pin_again_edit)
        form.addRow(self.new_pin_error)
        form.addRow(self.change_pin_button)
        role_row = QHBoxLayout()
        role_row.addWidget(self.new_role_combo, 1)
        role_row.addWidget(self.set_role_button)
        form.addRow(self.tr("Role:"), role_row)
        form.addRow(self.active_button)
        form.addRow(self.selected_error)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        """Read the users again each time the page is shown: the first administrator (created
        at the sign-in) and users added at another station are listed at once."""
        super().showEvent(event)
        self.reload()

    def reload(self, work: Work | None = None) -> None:
        """Read the users (in the caller's unit of work, or in one of its own)."""
        chosen = self.selected()
        with nullcontext(work) if work else one_action(self._engine) as uow:
            rows = list_users(uow)
        self.model.set_rows(rows)
        ids = [row.id for row in rows]
        if chosen is not None and chosen.id in ids:
            self.view.selectRow(ids.index(chosen.id))
        self._picked()

    def selected(self) -> UserRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, name: str) -> None:
        names = [row.name for row in self.model.rows()]
        self.view.selectRow(names.index(name))

    def _picked(self) -> None:
        user = self.selected()
        for widget in (
            self.new_pin_edit,
            self.new_pin_again_edit,
            self.change_pin_button,
            self.new_role_combo,
            self.set_role_button,
            self.active_button,
        ):
            widget.setEnabled(user is not None)
        say(self.selected_error, "")
        say(self.new_pin_error, "")
        if user is None:
            self.selected_label.setText(self.tr("Pick a user in the table."))
            return
        self.selected_label.setText(
            self.tr("{name} ({role})").format(name=user.name, role=role_word(user.role))
        )
        self.new_role_combo.setCurrentIndex(self.new_role_combo.findData(user.role))
        self.active_button.setText(
            self.tr("Dea&ctivate...") if user.active else self.tr("Rea&ctivate...")
        )

    def _ask(
        self,
        title: str,
        what: str,
        act: Callable[[str, str, str], Any],
        said: str,
        role_text: str | None = None,
        *,
        clear: tuple[QLineEdit, ...] = (),
    ) -> None:
        def done(_: object) -> None:
            for edit in clear:
                edit.clear()
            self.reload()
            self.done_label.setText(said)
            self.users_changed.emit()

        self.dialog = open_authorize(
            self, title, what, act, done, role_text=role_text or self.tr("Administrator")
        )

    def _admin(self, who: str, pin: str, change: Callable[[UnitOfWork, Person], T]) -> T:
        """``change`` made by the administrator ``who`` (PIN ``pin``), in one transaction."""
        return pin_action(self._engine, who, pin, "admin", self._station, change)

    def add(self) -> None:
        for label in self.add_errors.values():
            say(label, "")
        name, badge = self.name_edit.text().strip(), self.badge_edit.text().strip() or None
        pin, again, role = (
            self.pin_edit.text(),
            self.pin_again_edit.text(),
            self.role_combo.currentData(),
        )
        problems = {
            "name": refusal_of(name, User, "name") if name else self.tr("Name: required."),
            "badge": refusal_of(badge or "", User, "badge"),
            "pin": "" if valid_pin(pin, role) else self._pin_rule(role, self.tr("PIN")),
            "again": "" if pin == again else self.tr("PIN again: not the same PIN."),
        }
        if any(problems.values()):
            for key, text in problems.items():
                say(self.add_errors[key], text)
            return

        def act(who: str, admin_pin: str, _: str) -> Any:
            return self._admin(
                who, admin_pin, lambda uow, by: add_user(uow, name, role, pin, badge=badge, by=by)
            )

        said = {"name": name, "role": role_word(role)}
        self._ask(
            self.tr("Add a user"),
            self.tr("Add {name} as {role}.").format(**said),
            act,
            self.tr("{name} added as {role}.").format(**said),
            clear=(self.name_edit, self.badge_edit),
        )
        for edit in (self.pin_edit, self.pin_again_edit):
            edit.clear()

    def _pin_rule(self, role: str, what: str) -> str:
        """What a PIN of ``role`` must be (a supervisor or an administrator may choose a longer
        one)."""
        if longest_pin(role) > longest_pin("packer"):
            return self.tr("{what}: 4 to {most} digits.").format(what=what, most=longest_pin(role))
        return self.tr(
            "{what}: 4 to 8 digits (a supervisor or an administrator: up to 20)."
        ).format(what=what)

    def change_pin(self) -> None:
        user, new, again = self.selected(), self.new_pin_edit.text(), self.new_pin_again_edit.text()
        if user is None:
            return
        if not valid_pin(new, user.role) or new != again:
            say(
                self.new_pin_error,
                self._pin_rule(user.role, self.tr("New PIN"))
                if not valid_pin(new, user.role)
                else self.tr("New PIN again: not the same PIN."),
            )
            return
        say(self.new_pin_error, "")

        def act(who: str, pin: str, _: str) -> Any:
            # An administrator, or the user themself: their old PIN proves it.
            return pin_action(
                self._engine,
                who,
                pin,
                None,
                self._station,
                lambda uow, by: change_pin(uow, user.id, new, by=by, station=self._station),
            )

        self._ask(
            self.tr("Change a PIN"),
            self.tr("A new PIN for {name}: an administrator's PIN, or {name}'s old PIN.").format(
                name=user.name
            ),
            act,
            self.tr("{name}'s PIN changed.").format(name=user.name),
            role_text=self.tr("Administrator or the user"),
        )
        self.new_pin_edit.clear()
        self.new_pin_again_edit.clear()

    def set_role(self) -> None:
        user, role = self.selected(), self.new_role_combo.currentData()
        if user is None:
            return
        if role == user.role:
            say(
                self.selected_error,
                self.tr("Role: {name} is a {role} already.").format(
                    name=user.name, role=role_word(role)
                ),
            )
            return

        def act(who: str, pin: str, _: str) -> Any:
            return self._admin(
                who,
                pin,
                lambda uow, by: set_role(uow, user.id, role, by=by, station=self._station),
            )

        said = {"name": user.name, "role": role_word(role)}
        self._ask(
            self.tr("Change a role"),
            self.tr("Make {name} a {role}.").format(**said),
            act,
            self.tr("{name} is now a {role}.").format(**said),
        )

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        active = not user.active

        def act(who: str, pin: str, _: str) -> Any:
            return self._admin(
                who,
                pin,
                lambda uow, by: set_active(uow, user.id, active, by=by, station=self._station),
            )

        if active:
            self._ask(
                self.tr("Reactivate a user"),
                self.tr("Reactivate {name}: they may sign in again.").format(name=user.name),
                act,
                self.tr("{name} may sign in again.").format(name=user.name),
            )
        else:
            self._ask(
                self.tr("Deactivate a user"),
                self.tr("Deactivate {name}: they can no longer sign in.").format(name=user.name),
                act,
                self.tr("{name} can no longer sign in.").format(name=user.name),
            )
