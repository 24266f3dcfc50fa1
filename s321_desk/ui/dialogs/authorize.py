"""Name or badge, PIN and reason for a decision away from the scan field (queue, loads, settings).

The dialog calls the service itself: a wrong PIN or a refused action is said in the dialog, the
PIN is cleared and the dialog stays; it is accepted only when the service has done the action.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from s321_desk.services.admin.users import AccessRefused, Person, pin_checked
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.uow import UnitOfWork, one_action

T = TypeVar("T")

# How long a supervisor who signed at this desk (signed in, or a decision with a PIN) confirms
# the next decisions with the PIN alone: their name is filled in. Each decision still checks
# the PIN, so a desk left alone a few minutes asks for the name again.
PIN_ALONE_S = 300.0


def pin_action(
    engine: Engine,
    who: str,
    pin: str,
    role: str | None,
    station: str,
    change: Callable[[UnitOfWork, Person], T],
) -> T:
    """``change(uow, by)`` done by ``who`` (their PIN checked for ``role``; None: anybody, their
    own PIN proving it) as one action, one transaction: a wrong PIN's count stays committed
    when the change is refused (services/admin/users.py ``pin_checked``)."""
    with (
        one_action(engine, immediate=True) as uow,
        pin_checked(uow, who, pin, role, station=station) as by,
    ):
        return change(uow, by)


class RecentSigner:
    """The supervisor who signed last at this desk, for ``PIN_ALONE_S`` seconds."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._who = ""
        self._at = 0.0

    def signed(self, who: str) -> None:
        self._who, self._at = who, self._clock()

    def forget(self) -> None:
        self._who = ""

    @property
    def who(self) -> str:
        """The name to fill in, or "" once ``PIN_ALONE_S`` have passed."""
        return self._who if self._who and self._clock() - self._at <= PIN_ALONE_S else ""


# who, PIN, reason -> the service's answer (kept in ``result_value``); raises UserError to refuse.
Act = Callable[[str, str, str], Any]


class AuthorizeDialog(QDialog):
    def __init__(
        self,
        title: str,
        what: str,
        act: Act,
        parent: QWidget | None = None,
        *,
        who: str = "",
        needs_reason: bool = True,
        role_text: str | None = None,
        reasons: Sequence[str] = (),
    ) -> None:
        """``role_text``: who signs, in the desk's language (default: a supervisor)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self._act = act
        self.result_value: Any = None
        self.what_label = _plain(what)
        self.what_label.setWordWrap(True)
        self.who_edit, self.pin_edit, self.reason_edit = QLineEdit(who), QLineEdit(), QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason_edit.setMinimumWidth(420)
        self.error_label = _plain("")
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        role = role_text or self.tr("Supervisor")
        form.addRow(self.tr("&{role} (name or badge):").format(role=role), self.who_edit)
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        # The usual reasons under the reason's field: Down picks the first (or types anew).
        self.reason_box = QComboBox()
        self.reason_box.setEditable(True)
        self.reason_box.setLineEdit(self.reason_edit)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_box.addItems(list(reasons))
        self.reason_box.setCurrentIndex(-1)
        self.reason_edit.setPlaceholderText(self.tr("Down: the usual reasons") if reasons else "")
        if needs_reason:
            form.addRow(self.tr("&Reason:"), self.reason_box)
        else:
            self.reason_box.hide()
            self.reason_edit.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        (self.pin_edit if who else self.who_edit).setFocus()

    def fill(self, who: str, pin: str, reason: str = "") -> None:
        """Type the fields (a badge scanner or a test does the same through the keyboard)."""
        self.who_edit.setText(who)
        self.pin_edit.setText(pin)
        self.reason_edit.setText(reason)

    def try_accept(self) -> None:
        who, pin, reason = self.who_edit.text().strip(), self.pin_edit.text(), ""
        if self.reason_edit.isVisibleTo(self):
            reason = self.reason_edit.text().strip()
        missing = [
            name
            for name, text in ((self.tr("name or badge"), who), (self.tr("PIN"), pin))
            if not text
        ]
        if self.reason_edit.isVisibleTo(self) and not reason:
            missing.append(self.tr("reason (it is audited)"))
        if missing:  # what was typed stays, the PIN too; the cursor goes to the first gap
            self._refuse(
                self.tr("Please give the {missing}.").format(missing=", ".join(missing)),
                clear_pin=False,
            )
            return
        try:
            self.result_value = self._act(who, pin, reason)
        except AccessRefused as error:  # a wrong name or PIN: the PIN again
            self._refuse(str(error))
            return
        except UserError as error:  # refused for another reason: what was typed stays
            self._refuse(str(error), clear_pin=False)
            return
        self.accept()

    def _refuse(self, text: str, *, clear_pin: bool = True) -> None:
        self.error_label.setText(text)
        if clear_pin:
            self.pin_edit.clear()
        edits = (self.who_edit, self.pin_edit, self.reason_edit)
        empty = next((e for e in edits if e.isVisibleTo(self) and not e.text().strip()), None)
        (empty or self.pin_edit).setFocus(Qt.FocusReason.OtherFocusReason)
        # The longer text must not squeeze the sentence above it: the dialog grows to fit.
        layout = self.layout()
        if layout is not None:
            layout.activate()
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and reasons are shown literally
    return label
