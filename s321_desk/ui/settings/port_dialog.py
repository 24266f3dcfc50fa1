"""An administrator adds a port of entry that the shipped list lacks (a ferry port, a new
crossing): its CBP code, its name and its time zone, checked as the store will check them.
The port joins the settings page's list; it is saved with the other settings (the PIN)."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from s321_desk.domain.crossings import Port
from s321_desk.services.admin.ports import added_port, check_added, port_item
from s321_desk.services.kernel.errors import UserError
from s321_desk.ui.dialogs.sign_in import error_label, say


class AddPortDialog(QDialog):
    """``port`` is the port to add once accepted."""

    def __init__(self, known: list[Port], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a port of entry"))
        self._known = known
        self.port: Port | None = None
        self.code_edit, self.name_edit = QLineEdit(), QLineEdit()
        self.code_edit.setMaxLength(4)
        self.code_edit.setPlaceholderText(self.tr("4 digits, e.g. 3014"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Friday Harbor, WA"))
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(sorted(z for z in available_timezones() if "/" in z))
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.setCurrentText("America/New_York")
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("CBP port code:"), self.code_edit)
        form.addRow(self.tr("Name (place, state):"), self.name_edit)
        form.addRow(self.tr("Time zone of the port:"), self.zone_combo)
        form.addRow(self.error)
        form.addRow(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        item = {
            "code": self.code_edit.text().strip(),
            "name": self.name_edit.text().strip(),
            "time_zone": self.zone_combo.currentText().strip(),
        }
        try:
            one = added_port(item)
            check_added([*map(port_item, self._known), item])
        except UserError as error:
            say(self.error, str(error))
            english = error.english
            field: QWidget = (
                self.name_edit
                if "name is empty" in english
                else self.zone_combo
                if "time zone" in english
                else self.code_edit
            )
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.port = one
        super().accept()
