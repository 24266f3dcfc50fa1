"""The records of drivers, trucks and trailers (add, change, retire), and the pick of an open
trip's crew from them.

A driver's date of birth, travel document and FAST card are shown only to a driver, a
supervisor or an administrator signed in at the desk (``person``); for anyone else the columns
say so, masked, and the service records each showing (``services.loads.crew_records``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from s321_desk.domain.crew import TRAILER_TYPES, TRAVEL_DOCUMENTS, TRUCK_TYPES
from s321_desk.services.admin.users import Person
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads import crew_records
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.table_model import Column, RowTableModel, read_only_table
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP
from s321_desk.ui.loads.crew_widgets import CrewPickers

RED = "#b00020"


def _active_column() -> Column[Any]:
    return Column(
        QCoreApplication.translate("CrewRecords", "Active"),
        lambda row: (
            QCoreApplication.translate("CrewRecords", "yes")
            if row.active
            else QCoreApplication.translate("CrewRecords", "retired")
        ),
    )


def _driver_columns() -> list[Column[crew_records.DriverView]]:
    def shown(name: str) -> Callable[[crew_records.DriverView], str]:
        return lambda d: (getattr(d, name) or "") if d.personal_shown else crew_records.MASK

    return [
        Column(QCoreApplication.translate("CrewRecords", "Number"), lambda d: d.number),
        Column(QCoreApplication.translate("CrewRecords", "First name"), lambda d: d.first_name),
        Column(QCoreApplication.translate("CrewRecords", "Last name"), lambda d: d.last_name),
        Column(QCoreApplication.translate("CrewRecords", "Gender"), shown("gender")),
        Column(QCoreApplication.translate("CrewRecords", "Date of birth"), shown("birth_date")),
        Column(QCoreApplication.translate("CrewRecords", "Citizenship"), shown("citizenship")),
        Column(QCoreApplication.translate("CrewRecords", "Document"), shown("document_type")),
        Column(
            QCoreApplication.translate("CrewRecords", "Document number"), shown("document_number")
        ),
        Column(
            QCoreApplication.translate("CrewRecords", "Issued by"),
            lambda d: (
                (d.document_country or d.document_state or "")
                if d.personal_shown
                else crew_records.MASK
            ),
        ),
        Column(QCoreApplication.translate("CrewRecords", "FAST card"), shown("fast_card")),
        _active_column(),
    ]


def _truck_columns() -> list[Column[crew_records.TruckView]]:
    return [
        Column(QCoreApplication.translate("CrewRecords", "Unit"), lambda t: t.unit),
        Column(QCoreApplication.translate("CrewRecords", "Type"), lambda t: t.truck_type),
        Column(QCoreApplication.translate("CrewRecords", "VIN"), lambda t: t.vin),
        Column(QCoreApplication.translate("CrewRecords", "Plate"), lambda t: t.plate),
        Column(
            QCoreApplication.translate("CrewRecords", "State or province"), lambda t: t.plate_state
        ),
        Column(QCoreApplication.translate("CrewRecords", "USDOT"), lambda t: t.dot_number or ""),
        _active_column(),
    ]


def _trailer_columns() -> list[Column[crew_records.TrailerView]]:
    return [
        Column(QCoreApplication.translate("CrewRecords", "Number"), lambda t: t.number),
        Column(QCoreApplication.translate("CrewRecords", "Type"), lambda t: t.trailer_type),
        Column(QCoreApplication.translate("CrewRecords", "Plate"), lambda t: t.plate),
        Column(
            QCoreApplication.translate("CrewRecords", "State or province"), lambda t: t.plate_state
        ),
        _active_column(),
    ]


# The fields of each record's form: (field, label); the code lists as pick lists.
DRIVER_FORM = (
    ("first_name", QT_TRANSLATE_NOOP("CrewRecords", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("CrewRecords", "Last name")),
    ("gender", QT_TRANSLATE_NOOP("CrewRecords", "Gender (M/F)")),
    ("birth_date", QT_TRANSLATE_NOOP("CrewRecords", "Date of birth (YYYY-MM-DD)")),
    ("citizenship", QT_TRANSLATE_NOOP("CrewRecords", "Citizenship (CA, US...)")),
    ("document_type", QT_TRANSLATE_NOOP("CrewRecords", "Travel document")),
    ("document_number", QT_TRANSLATE_NOOP("CrewRecords", "Document number")),
    ("document_country", QT_TRANSLATE_NOOP("CrewRecords", "Issued by country")),
    ("document_state", QT_TRANSLATE_NOOP("CrewRecords", "Issued by state/province")),
    ("fast_card", QT_TRANSLATE_NOOP("CrewRecords", "FAST card (14 digits)")),
)
TRUCK_FORM = (
    ("truck_type", QT_TRANSLATE_NOOP("CrewRecords", "Type")),
    ("vin", QT_TRANSLATE_NOOP("CrewRecords", "VIN")),
    ("plate", QT_TRANSLATE_NOOP("CrewRecords", "Plate")),
    ("plate_state", QT_TRANSLATE_NOOP("CrewRecords", "State or province")),
    ("dot_number", QT_TRANSLATE_NOOP("CrewRecords", "USDOT number")),
)
TRAILER_FORM = (
    ("trailer_type", QT_TRANSLATE_NOOP("CrewRecords", "Type")),
    ("plate", QT_TRANSLATE_NOOP("CrewRecords", "Plate")),
    ("plate_state", QT_TRANSLATE_NOOP("CrewRecords", "State or province")),
)
KEY_LABELS = {
    "driver": QT_TRANSLATE_NOOP("CrewRecords", "Driver number"),
    "truck": QT_TRANSLATE_NOOP("CrewRecords", "Unit number"),
    "trailer": QT_TRANSLATE_NOOP("CrewRecords", "Trailer number"),
}
CODES = {
    "document_type": TRAVEL_DOCUMENTS,
    "truck_type": TRUCK_TYPES,
    "trailer_type": TRAILER_TYPES,
}


class RecordPage(QWidget):
    """One kind of record: its table, and a form to add one or change the selected one."""

    changed = Signal()

    def __init__(self, engine: Engine, kind: str, person: Person | None) -> None:
        super().__init__()
        self._engine, self._kind, self._person = engine, kind, person
        columns: Any = {
            "driver": _driver_columns,
            "truck": _truck_columns,
            "trailer": _trailer_columns,
        }[kind]()
        self.model: RowTableModel[Any] = RowTableModel(columns, self)
        self.table: QTableView = read_only_table(self.model, self)
        self.table.selectionModel().currentRowChanged.connect(self._on_selected)
        form_fields = {"driver": DRIVER_FORM, "truck": TRUCK_FORM, "trailer": TRAILER_FORM}[kind]
        self.key_edit = QLineEdit()
        self.edits: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("CrewRecords", KEY_LABELS[kind]), self.key_edit)
        for name, label in form_fields:
            edit: QLineEdit | QComboBox
            if name in CODES:
                edit = QComboBox()
                for code, caption in CODES[name].items():
                    said = QCoreApplication.translate("Crew", caption)  # domain/crew.py's words
                    edit.addItem(f"{code} · {said}", code)
            else:
                edit = QLineEdit()
            self.edits[name] = edit
            form.addRow(QCoreApplication.translate("CrewRecords", label), edit)
        self.add_button = QPushButton(QCoreApplication.translate("CrewRecords", "Add"))
        self.add_button.clicked.connect(lambda _=False: self.save(add=True))
        self.change_button = QPushButton(QCoreApplication.translate("CrewRecords", "Save changes"))
        self.change_button.clicked.connect(lambda _=False: self.save(add=False))
        self.retire_button = QPushButton(QCoreApplication.translate("CrewRecords", "Retire"))
        self.retire_button.clicked.connect(lambda _=False: self.retire())
        self.message = QLabel("")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addStretch(1)
        layout.addLayout(right, 2)
        self.reload()

    def reload(self) -> None:
        with one_action(self._engine, immediate=True) as uow:  # a driver's viewing is audited
            if self._kind == "driver":
                rows: list[Any] = crew_records.list_drivers(uow, by=self._person, active_only=False)
            elif self._kind == "truck":
                rows = crew_records.list_trucks(uow, active_only=False)
            else:
                rows = crew_records.list_trailers(uow, active_only=False)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _on_selected(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        row = self.model.row_at(current.row())
        values = row.as_dict()
        self.key_edit.setText(values.get("number") or values.get("unit") or "")
        for name, edit in self.edits.items():
            value = values.get(name)
            text = "" if value in (None, crew_records.MASK) else str(value)
            if isinstance(edit, QComboBox):
                edit.setCurrentIndex(max(0, edit.findData(text)))
            else:
                edit.setText(text)

    def values(self) -> dict[str, str]:
        found = {}
        for name, edit in self.edits.items():
            text = edit.currentData() if isinstance(edit, QComboBox) else edit.text()
            if text and str(text).strip():
                found[name] = str(text).strip()
        return found

    def save(self, *, add: bool) -> bool:
        key = self.key_edit.text().strip()
        kind = self._kind
        try:
            with one_action(self._engine, immediate=True) as uow:
                if add:
                    adder = {
                        "driver": crew_records.add_driver,
                        "truck": crew_records.add_truck,
                        "trailer": crew_records.add_trailer,
                    }[kind]
                    adder(uow, key, self.values(), by=self._person)
                else:
                    changer = {
                        "driver": crew_records.change_driver,
                        "truck": crew_records.change_truck,
                        "trailer": crew_records.change_trailer,
                    }[kind]
                    changer(uow, key, self.values(), by=self._person)
        except UserError as error:
            self._say(str(error), RED)
            return False
        self._say(
            QCoreApplication.translate("CrewRecords", "{key}: saved").format(key=key.upper()), ""
        )
        self.reload()
        self.changed.emit()
        return True

    def retire(self) -> None:
        key = self.key_edit.text().strip()
        try:
            with one_action(self._engine, immediate=True) as uow:
                crew_records.set_active(uow, self._kind, key, False, by=self._person)
        except UserError as error:
            self._say(str(error), RED)
            return
        self._say(
            QCoreApplication.translate("CrewRecords", "{key}: retired from the pickers").format(
                key=key.upper()
            ),
            "",
        )
        self.reload()
        self.changed.emit()

    def _say(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold" if colour else "")
        self.message.setText(text)


class RecordsDialog(QDialog):
    """Drivers, trucks and trailers: one tab each."""

    changed = Signal()

    def __init__(
        self, engine: Engine, person: Person | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("CrewRecords", "Drivers, trucks and trailers")
        )
        shown = crew_records.may_see_personal(person)
        self.note = QLabel(
            QCoreApplication.translate(
                "CrewRecords", "Signed in as {name}: personal data shown; each showing is recorded."
            ).format(name=person.name)
            if shown and person
            else QCoreApplication.translate(
                "CrewRecords",
                "A driver's personal data is shown only to a driver, a supervisor or an "
                "administrator signed in.",
            )
        )
        self.note.setWordWrap(True)
        self.tabs = QTabWidget()
        self.pages = {
            kind: RecordPage(engine, kind, person) for kind in ("driver", "truck", "trailer")
        }
        for kind, title in (
            ("driver", QCoreApplication.translate("CrewRecords", "Drivers")),
            ("truck", QCoreApplication.translate("CrewRecords", "Trucks")),
            ("trailer", QCoreApplication.translate("CrewRecords", "Trailers")),
        ):
            self.tabs.addTab(self.pages[kind], title)
            self.pages[kind].changed.connect(self.changed.emit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.resize(1200, 560)


class CrewDialog(QDialog):
    """Pick an open trip's driver, co-driver, truck and trailer; the service checks them."""

    def __init__(
        self,
        engine: Engine,
        trip: str,
        current: dict[str, str | None],
        save: Callable[[Any], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("CrewRecords", "Crew of trip {trip}").format(trip=trip)
        )
        self.pickers = CrewPickers(engine)
        self.pickers.show_choice(current)
        self._save = save
        self.result_value: Any = None
        self.error = QLabel("")
        self.error.setStyleSheet(f"color: {RED}; font-weight: bold")
        self.error.setWordWrap(True)
        form = QFormLayout()
        for label, combo in self.pickers.rows():
            form.addRow(label, combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        try:
            self.result_value = self._save(self.pickers.choice())
        except UserError as error:
            self.error.setText(str(error))
            return
        self.accept()
