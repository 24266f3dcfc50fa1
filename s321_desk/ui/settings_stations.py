"""The settings view's stations page: each station's label printer and document printer (the
"stations" setting, see ``services.settings.PRINTER_KINDS``) and, for a dock with its own
carrier, its own truck (port, arrival, cut-off), as a table and a form.

Picking a station in the table shows its printers in the form; every edit of the form changes
the station at once (the view saves the whole setting in one transaction). Only the fields its
kind needs are shown, and a problem is said under the field it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
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

from s321_desk.services.errors import UserError
from s321_desk.services.ports import ports
from s321_desk.services.settings import (
    PRINTER_KINDS,
    PRINTER_ROLES,
    STATION_TRUCK,
    check_printer,
    check_shape,
)
from s321_desk.ui.settings_forms import SettingsPage, table_view
from s321_desk.ui.sign_in import error_label, say
from s321_desk.ui.table_model import Column, RowTableModel

ROLE_WORDS = {"label_printer": "Label printer", "document_printer": "Document printer"}
UNSET = {
    "label_printer": "not set: PDF files in the data folder",
    "document_printer": "not set: the print dialog, each time",
}
KIND_WORDS = {
    "file": "PDF files in the data folder",
    "dialog": "the print dialog, each time",
    "pdf-cups": "PDF to a CUPS queue",
    "zpl-cups": "ZPL to a CUPS raw queue",
    "zpl-socket": "ZPL to host:port",
}
FIELDS = ("queue", "host", "port", "dpi")
FIELD_WORDS = {"queue": "Queue", "host": "Host", "port": "Port", "dpi": "DPI"}


def printer_text(printer: Any) -> str:
    """One line of a printer for the table: its kind and where it prints."""
    if not isinstance(printer, dict):
        return "not set"
    kind = str(printer.get("kind"))
    where = {
        "pdf-cups": f"queue {printer.get('queue')}",
        "zpl-cups": f"queue {printer.get('queue')}, {printer.get('dpi')} dpi",
        "zpl-socket": f"{printer.get('host')}:{printer.get('port')}, {printer.get('dpi')} dpi",
    }.get(kind, "")
    return f"{kind} ({where})" if where else kind


def truck_text(station: dict[str, Any]) -> str:
    own = [f"{word} {station[key]}" for key, word in
           (("port", "port"), ("arrival_time", "arrives"), ("cutoff_time", "cut-off"))
           if station.get(key)]  # fmt: skip
    return ", ".join(own) or "the store's"


@dataclass(frozen=True)
class StationRow:
    name: str
    printers: dict[str, Any]


class StationTableModel(RowTableModel[StationRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                Column[StationRow]("Station", lambda r: r.name),
                Column[StationRow]("Truck", lambda r: truck_text(r.printers)),
                Column[StationRow]("Label printer (labels)",
                                   lambda r: printer_text(r.printers.get("label_printer"))),
                Column[StationRow]("Document printer (invoices, manifests)",
                                   lambda r: printer_text(r.printers.get("document_printer"))),
            ),
            parent,
        )  # fmt: skip


class PrinterForm(QGroupBox):
    """One printer: its kind, then the fields that kind needs, each with its error line."""

    changed = Signal()

    def __init__(self, role: str) -> None:
        super().__init__(ROLE_WORDS[role])
        self.role = role
        self.kind_combo = QComboBox()
        self.kind_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_combo.setMinimumContentsLength(24)
        self.kind_combo.addItem(UNSET[role], None)
        for kind in PRINTER_KINDS:
            self.kind_combo.addItem(f"{kind}: {KIND_WORDS.get(kind, kind)}", kind)
        self.edits = {field: QLineEdit() for field in ("queue", "host", "port")}
        self.edits["port"].setPlaceholderText("9100")
        self.dpi_combo = QComboBox()
        self.dpi_combo.addItems(["203", "300"])
        self.errors: dict[str, QLabel] = {field: error_label() for field in ("kind", *FIELDS)}
        self.form = QFormLayout(self)
        self.form.addRow("&Kind:" if role == "label_printer" else "K&ind:", self.kind_combo)
        self.form.addRow(self.errors["kind"])
        for field in FIELDS:
            widget = self.dpi_combo if field == "dpi" else self.edits[field]
            self.form.addRow(f"{FIELD_WORDS[field]}:", widget)
            self.form.addRow(self.errors[field])
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for edit in self.edits.values():
            edit.textEdited.connect(self.changed)
        self.dpi_combo.currentIndexChanged.connect(self.changed)
        self._show_fields()

    def _kind_changed(self) -> None:
        self._show_fields()
        self.changed.emit()

    def _show_fields(self) -> None:
        needed = PRINTER_KINDS.get(self.kind_combo.currentData(), ())
        for field in FIELDS:
            widget = self.dpi_combo if field == "dpi" else self.edits[field]
            self.form.setRowVisible(widget, field in needed)
            if field not in needed:
                say(self.errors[field], "")

    def load(self, printer: Any) -> None:
        printer = printer if isinstance(printer, dict) else {}
        self.blockSignals(True)
        index = self.kind_combo.findData(printer.get("kind"))
        self.kind_combo.setCurrentIndex(max(index, 0))
        for field, edit in self.edits.items():
            edit.setText("" if printer.get(field) is None else str(printer.get(field)))
        self.dpi_combo.setCurrentText(str(printer.get("dpi") or 203))
        self.blockSignals(False)
        self._show_fields()
        self.clear_errors()

    def value(self) -> dict[str, Any] | None:
        kind = self.kind_combo.currentData()
        if kind is None:
            return None
        printer: dict[str, Any] = {"kind": kind}
        for field in PRINTER_KINDS[kind]:
            if field == "dpi":
                printer["dpi"] = int(self.dpi_combo.currentText())
            elif field == "port":
                text = self.edits["port"].text().strip()
                printer["port"] = int(text) if text.isdigit() else text  # a text is refused
            else:
                printer[field] = self.edits[field].text().strip()
        return printer

    def show_error(self, field: str, text: str) -> None:
        say(self.errors.get(field, self.errors["kind"]), text)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            say(label, "")


class TruckForm(QGroupBox):
    """A station's own truck: each field empty keeps the store's (Carriers and truck page)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__("Its own truck (empty: the store's)")
        self.port_combo = QComboBox()
        self.port_combo.addItem("the store's port", None)
        for code, place in ports().items():
            self.port_combo.addItem(f"{code} {place.name}", code)
        self.port_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.port_combo.setMinimumContentsLength(16)
        self.arrival_edit, self.cutoff_edit = QLineEdit(), QLineEdit()
        for edit in (self.arrival_edit, self.cutoff_edit):
            edit.setPlaceholderText("HH:MM")
            edit.textEdited.connect(self.changed)
        self.port_combo.currentIndexChanged.connect(self.changed)
        self.errors: dict[str, QLabel] = {key: error_label() for key in STATION_TRUCK}
        form = QFormLayout(self)
        for key, text, widget in (("port", "Port:", self.port_combo),
                                  ("arrival_time", "Arrival:", self.arrival_edit),
                                  ("cutoff_time", "Cut-off:", self.cutoff_edit)):  # fmt: skip
            form.addRow(text, widget)
            form.addRow(self.errors[key])

    def load(self, station: dict[str, Any]) -> None:
        self.blockSignals(True)
        self.port_combo.setCurrentIndex(max(0, self.port_combo.findData(station.get("port"))))
        self.arrival_edit.setText(str(station.get("arrival_time") or ""))
        self.cutoff_edit.setText(str(station.get("cutoff_time") or ""))
        self.blockSignals(False)
        for label in self.errors.values():
            say(label, "")

    def value(self) -> dict[str, str]:
        given = {"port": self.port_combo.currentData(),
                 "arrival_time": self.arrival_edit.text().strip(),
                 "cutoff_time": self.cutoff_edit.text().strip()}  # fmt: skip
        return {key: text for key, text in given.items() if text}


class StationsPage(SettingsPage):
    """The "stations" setting: a station per row, its two printers in the form."""

    keys = ("stations",)

    def __init__(self, station: str = "") -> None:
        super().__init__()
        self._stations: dict[str, dict[str, Any]] = {}
        self._current: str | None = None
        self._keep_form = False
        self.model = StationTableModel(self)
        self.view = table_view(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_edit = QLineEdit()
        self._this_station = station  # offered as the new station's name while not listed
        self.new_edit.setPlaceholderText("the station's name, e.g. PACK-1")
        self.new_edit.returnPressed.connect(self.add_station)
        self.add_button = QPushButton("&Add station")
        self.remove_button = QPushButton("Re&move station")
        self.add_button.clicked.connect(self.add_station)
        self.remove_button.clicked.connect(self.remove_station)
        self.new_error = error_label()
        self.errors["stations"] = error_label()
        self.forms = {role: PrinterForm(role) for role in PRINTER_ROLES}
        for form in self.forms.values():
            form.changed.connect(self._form_changed)
        self.truck_form = TruckForm()
        self.truck_form.changed.connect(self._form_changed)
        self.station_title = QLabel()
        self.station_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.station_title.font()
        font.setBold(True)
        self.station_title.setFont(font)
        side = QVBoxLayout()
        side.addWidget(QLabel("New station:"))
        side.addWidget(self.new_edit)
        side.addWidget(self.new_error)
        adding = QHBoxLayout()
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        side.addLayout(adding)
        side.addWidget(self.errors["stations"])
        side.addWidget(self.truck_form)
        side.addStretch(1)
        printers = QHBoxLayout()
        for form in self.forms.values():
            printers.addWidget(form, 1, Qt.AlignmentFlag.AlignTop)
        chosen = QVBoxLayout()
        chosen.addWidget(self.station_title)
        chosen.addLayout(printers)
        chosen.addStretch(1)
        below = QHBoxLayout()
        below.addLayout(side, 1)
        below.addLayout(chosen, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(below)
        self._show_station(None)

    def load(self, values: dict[str, Any]) -> None:
        stations = values.get("stations")
        self._stations = {
            str(name): dict(printers) if isinstance(printers, dict) else {}
            for name, printers in (stations.items() if isinstance(stations, dict) else ())
        }
        self._refresh(next(iter(sorted(self._stations)), None))
        listed = self._this_station in self._stations
        self.new_edit.setText("" if listed else self._this_station)

    def values(self) -> dict[str, Any]:
        return {"stations": {name: dict(p) for name, p in self._stations.items()}}

    def check(self) -> bool:
        """Every printer checked as the printing service will read it; the first problem's
        station is shown, the problem under its field."""
        for name in sorted(self._stations):
            truck = {k: v for k, v in self._stations[name].items() if k in STATION_TRUCK}
            try:
                check_shape("stations", {name: truck})
            except UserError as error:
                self.select(name)
                key, said = str(error).split(".", 1)[1].split(": ", 1)
                say(self.truck_form.errors[key], said)
                say(self.errors["stations"], f"Not saved: {name}, its truck: {said}")
                return False
            for role, printer in self._stations[name].items():
                if role in STATION_TRUCK:
                    continue
                where = f"{name}, {ROLE_WORDS.get(role, role).lower()}"
                try:
                    check_printer(where, printer)
                except UserError as error:
                    self.select(name)
                    rest = str(error)[len(where) + 1 :]  # "port: a TCP port number..."
                    field = rest.split(":", 1)[0]
                    said = FIELD_WORDS.get(field, "Kind") + rest[len(field) :]
                    self.forms[role].show_error(field, said)
                    say(self.errors["stations"], f"Not saved: {where}: {said}")
                    return False
        return super().check()

    def clear_errors(self) -> None:
        super().clear_errors()
        say(self.new_error, "")
        for form in self.forms.values():
            form.clear_errors()

    def select(self, name: str) -> None:
        names = [row.name for row in self.model.rows()]
        if name in names:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(names.index(name), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def add_station(self) -> None:
        name = self.new_edit.text().strip()
        if not name:
            say(self.new_error, "New station: type the station's name.")
            return
        if name in self._stations:
            say(self.new_error, f"New station: {name!r} is in the list already.")
            self.select(name)
            return
        say(self.new_error, "")
        self._stations[name] = {}
        self.new_edit.clear()
        self._refresh(name)
        self.changed.emit()
        self.forms["label_printer"].kind_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_station(self) -> None:
        if self._current is None:
            say(self.new_error, "Remove: pick the station in the table first.")
            return
        del self._stations[self._current]
        self._refresh(next(iter(sorted(self._stations)), None))
        self.changed.emit()

    def _refresh(self, selected: str | None) -> None:
        self._current = None  # no form edit lands on a station while the rows are redone
        self.model.set_rows([StationRow(n, self._stations[n]) for n in sorted(self._stations)])
        if selected is not None:
            self.select(selected)
        self._show_station(selected)

    def _row_changed(self) -> None:
        if self._keep_form:
            return
        index = self.view.currentIndex()
        self._show_station(self.model.row_at(index.row()).name if index.isValid() else None)

    def _show_station(self, name: str | None) -> None:
        self._current = None
        printers = self._stations.get(name, {}) if name is not None else {}
        for role, form in self.forms.items():
            form.load(printers.get(role))
            form.setEnabled(name is not None)
        self.truck_form.load(printers)
        self.truck_form.setEnabled(name is not None)
        self.station_title.setText(f"Printers of {name}" if name is not None
                                   else "Add a station to set its printers.")  # fmt: skip
        self._current = name

    def _form_changed(self) -> None:
        name = self._current
        if name is None:
            return
        printers = {role: form.value() for role, form in self.forms.items()}
        self._stations[name] = {role: p for role, p in printers.items() if p is not None}
        self._stations[name].update(self.truck_form.value())
        # The table's texts are redone; the form being typed in is left as it is.
        self._keep_form = True
        try:
            self.model.set_rows([StationRow(n, self._stations[n]) for n in sorted(self._stations)])
            self.select(name)
        finally:
            self._keep_form = False
        self.changed.emit()
