"""Name or badge, PIN and reason for a decision away from the scan field (queue, loads, settings).

The dialog calls the service itself: a wrong PIN or a refused action is said in the dialog, the
PIN is cleared and the dialog stays; it is accepted only when the service has done the action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from s321_desk.services.errors import UserError

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
        if needs_reason:
            form.addRow(self.tr("&Reason:"), self.reason_edit)
        else:
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
        missing = [name for name, text in ((self.tr("name or badge"), who),
                                           (self.tr("PIN"), pin)) if not text]  # fmt: skip
        if self.reason_edit.isVisibleTo(self) and not reason:
            missing.append(self.tr("reason (it is audited)"))
        if missing:
            self._refuse(self.tr("Please give the {missing}.").format(missing=", ".join(missing)))
            return
        try:
            self.result_value = self._act(who, pin, reason)
        except UserError as error:
            self._refuse(str(error))
            return
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error_label.setText(text)
        self.pin_edit.clear()
        edits = (self.who_edit, self.pin_edit, self.reason_edit)
        empty = next((e for e in edits if e.isVisibleTo(self) and not e.text().strip()), None)
        (empty or self.pin_edit).setFocus(Qt.FocusReason.OtherFocusReason)


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and reasons are shown literally
    return label
