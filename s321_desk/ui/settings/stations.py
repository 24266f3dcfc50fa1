"""The settings view's stations page: each station's label printer and document printer (the
"stations" setting, see ``services.admin.settings.PRINTER_KINDS``) and, for a dock with its own
carrier, its own truck (port, arrival, cut-off), as a table and a form.

Picking a station in the table shows its printers in the form; every edit of the form changes
the station at once (the view saves the whole setting in one transaction). Only the fields its
kind needs are shown, and a problem is said under the field it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
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

from s321_desk.domain.codes import PrinterKind
from s321_desk.services.admin.ports import ports
from s321_desk.services.admin.settings import (
    PRINTER_KINDS,
    PRINTER_ROLES,
    STATION_TRUCK,
    check_printer,
    check_shape,
)
from s321_desk.services.kernel.errors import UserError
from s321_desk.ui.dialogs.sign_in import error_label, say
from s321_desk.ui.kit.table_model import Column, RowTableModel
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP
from s321_desk.ui.settings.forms import SettingsPage, table_view
from s321_desk.ui.settings.station_sound import SoundForm

# The words of this page, in English; ``words(...)`` says them in the desk's language.
ROLE_WORDS = {
    "label_printer": QT_TRANSLATE_NOOP("SettingsStations", "Label printer"),
    "document_printer": QT_TRANSLATE_NOOP("SettingsStations", "Document printer"),
}
UNSET = {
    "label_printer": QT_TRANSLATE_NOOP("SettingsStations", "not set: PDF files in the data folder"),
    "document_printer": QT_TRANSLATE_NOOP(
        "SettingsStations", "not set: the print dialog, each time"
    ),
}
KIND_WORDS: dict[str, str] = {
    PrinterKind.FILE: QT_TRANSLATE_NOOP("SettingsStations", "PDF files in the data folder"),
    PrinterKind.DIALOG: QT_TRANSLATE_NOOP("SettingsStations", "the print dialog, each time"),
    PrinterKind.PDF_CUPS: QT_TRANSLATE_NOOP("SettingsStations", "PDF to a CUPS queue"),
    PrinterKind.ZPL_CUPS: QT_TRANSLATE_NOOP("SettingsStations", "ZPL to a CUPS raw queue"),
    PrinterKind.ZPL_SOCKET: QT_TRANSLATE_NOOP("SettingsStations", "ZPL to host:port"),
}
FIELDS = ("queue", "host", "port", "dpi")
FIELD_WORDS = {
    "queue": QT_TRANSLATE_NOOP("SettingsStations", "Queue"),
    "host": QT_TRANSLATE_NOOP("SettingsStations", "Host"),
    "port": QT_TRANSLATE_NOOP("SettingsStations", "Port"),
    "dpi": QT_TRANSLATE_NOOP("SettingsStations", "DPI"),
}


def words(table: dict[str, str], key: str, default: str | None = None) -> str:
    """``table[key]`` in the desk's language (``default``, else the key, when not there)."""
    english = table.get(key)
    if english is None:
        return key if default is None else default
    return QCoreApplication.translate("SettingsStations", english)


def printer_text(printer: Any) -> str:
    """One line of a printer for the table: its kind and where it prints."""
    if not isinstance(printer, dict):
        return QCoreApplication.translate("SettingsStations", "not set")
    kind = str(printer.get("kind"))
    said = {
        "queue": printer.get("queue"),
        "host": printer.get("host"),
        "port": printer.get("port"),
        "dpi": printer.get("dpi"),
    }
    places: dict[str, str] = {
        PrinterKind.PDF_CUPS: QCoreApplication.translate("SettingsStations", "queue {queue}"),
        PrinterKind.ZPL_CUPS: QCoreApplication.translate(
            "SettingsStations", "queue {queue}, {dpi} dpi"
        ),
        PrinterKind.ZPL_SOCKET: QCoreApplication.translate(
            "SettingsStations", "{host}:{port}, {dpi} dpi"
        ),
    }
    where = places.get(kind, "").format(**said)
    return f"{kind} ({where})" if where else kind


def truck_text(station: dict[str, Any]) -> str:
    """A station's own truck, for the table: ``port 0901, arrives 19:00``."""
    own = [
        text.format(value=station[key])
        for key, text in (
            ("port", QCoreApplication.translate("SettingsStations", "port {value}")),
            ("arrival_time", QCoreApplication.translate("SettingsStations", "arrives {value}")),
            ("cutoff_time", QCoreApplication.translate("SettingsStations", "cut-off {value}")),
        )
        if station.get(key)
    ]
    return ", ".join(own) or QCoreApplication.translate("SettingsStations", "the store's")


@dataclass(frozen=True)
class StationRow:
    name: str
    printers: dict[str, Any]


class StationTableModel(RowTableModel[StationRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                Column[StationRow](self.tr("Station"), lambda r: r.name),
                Column[StationRow](self.tr("Truck"), lambda r: truck_text(r.printers)),
                Column[StationRow](
                    self.tr("Label printer (labels)"),
                    lambda r: printer_text(r.printers.get("label_printer")),
                ),
                Column[StationRow](
                    self.tr("Document printer (invoices, manifests)"),
                    lambda r: printer_text(r.printers.get("document_printer")),
                ),
            ),
            parent,
        )


class PrinterForm(QGroupBox):
    """One printer: its kind, then the fields that kind needs, each with its error line."""

    changed = Signal()

    def __init__(self, role: str) -> None:
        super().__init__(words(ROLE_WORDS, role))
        self.role = role
        self.kind_combo = QComboBox()
        self.kind_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_combo.setMinimumContentsLength(24)
        self.kind_combo.addItem(words(UNSET, role), None)
        for kind in PRINTER_KINDS:
            self.kind_combo.addItem(f"{kind}: {words(KIND_WORDS, kind)}", kind)
        self.edits = {field: QLineEdit() for field in ("queue", "host", "port")}
        self.edits["port"].setPlaceholderText("9100")
        self.dpi_combo = QComboBox()
        self.dpi_combo.addItems(["203", "300"])
        self.errors: dict[str, QLabel] = {field: error_label() for field in ("kind", *FIELDS)}
        self.form = QFormLayout(self)
        kind_text = self.tr("&Kind:") if role == "label_printer" else self.tr("K&ind:")
        self.form.addRow(kind_text, self.kind_combo)
        self.form.addRow(self.errors["kind"])
        for field in FIELDS:
            widget = self.dpi_combo if field == "dpi" else self.edits[field]
            self.form.addRow(self.tr("{field}:").format(field=words(FIELD_WORDS, field)), widget)
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
        super().__init__(self.tr("Its own truck (empty: the store's)"))
        self.port_combo = QComboBox()
        self.fill_ports()
        self.port_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.port_combo.setMinimumContentsLength(16)
        self.arrival_edit, self.cutoff_edit = QLineEdit(), QLineEdit()
        for edit in (self.arrival_edit, self.cutoff_edit):
            edit.setPlaceholderText(self.tr("HH:MM"))
            edit.textEdited.connect(self.changed)
        self.port_combo.currentIndexChanged.connect(self.changed)
        self.errors: dict[str, QLabel] = {key: error_label() for key in STATION_TRUCK}
        form = QFormLayout(self)
        rows = (
            ("port", self.tr("Port:"), self.port_combo),
            ("arrival_time", self.tr("Arrival:"), self.arrival_edit),
            ("cutoff_time", self.tr("Cut-off:"), self.cutoff_edit),
        )
        for key, text, widget in rows:
            form.addRow(text, widget)
            form.addRow(self.errors[key])

    def fill_ports(self) -> None:
        """The store's port, then every port known (those an administrator added too)."""
        self.port_combo.blockSignals(True)
        self.port_combo.clear()
        self.port_combo.addItem(self.tr("the store's port"), None)
        for code, place in ports().items():
            self.port_combo.addItem(f"{code} {place.name}", code)
        self.port_combo.blockSignals(False)

    def load(self, station: dict[str, Any]) -> None:
        self.blockSignals(True)
        self.port_combo.setCurrentIndex(max(0, self.port_combo.findData(station.get("port"))))
        self.arrival_edit.setText(str(station.get("arrival_time") or ""))
        self.cutoff_edit.setText(str(station.get("cutoff_time") or ""))
        self.blockSignals(False)
        for label in self.errors.values():
            say(label, "")

    def value(self) -> dict[str, str]:
        given = {
            "port": self.port_combo.currentData(),
            "arrival_time": self.arrival_edit.text().strip(),
            "cutoff_time": self.cutoff_edit.text().strip(),
        }
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
        self.new_edit.setPlaceholderText(self.tr("the station's name, e.g. PACK-1"))
        self.new_edit.returnPressed.connect(self.add_station)
        self.add_button = QPushButton(self.tr("&Add station"))
        self.remove_button = QPushButton(self.tr("Re&move station"))
        self.add_button.clicked.connect(self.add_station)
        self.remove_button.clicked.connect(self.remove_station)
        self.new_error = error_label()
        self.errors["stations"] = error_label()
        self.forms = {role: PrinterForm(role) for role in PRINTER_ROLES}
        for form in self.forms.values():
            form.changed.connect(self._form_changed)
        self.truck_form = TruckForm()
        self.truck_form.changed.connect(self._form_changed)
        self.sound_form = SoundForm()
        self.sound_form.changed.connect(self._form_changed)
        self._silent_why: str | None = None  # this computer has no sound: why
        self.station_title = QLabel()
        self.station_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.station_title.font()
        font.setBold(True)
        self.station_title.setFont(font)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("New station:")))
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
        chosen.addWidget(self.sound_form)
        chosen.addStretch(1)
        below = QHBoxLayout()
        below.addLayout(side, 1)
        below.addLayout(chosen, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(below)
        self._show_station(None)

    def load(self, values: dict[str, Any]) -> None:
        self.truck_form.fill_ports()  # (the settings just read know the ports added)
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
                say(
                    self.errors["stations"],
                    self.tr("Not saved: {station}, its truck: {why}").format(
                        station=name, why=said
                    ),
                )
                return False
            for role, printer in self._stations[name].items():
                if role in STATION_TRUCK or role == "sound":
                    continue
                where = f"{name}, {words(ROLE_WORDS, role).lower()}"
                try:
                    check_printer(where, printer)
                except UserError as error:
                    self.select(name)
                    rest = str(error)[len(where) + 1 :]  # "port: a TCP port number..."
                    field = rest.split(":", 1)[0]
                    said = words(FIELD_WORDS, field, self.tr("Kind")) + rest[len(field) :]
                    self.forms[role].show_error(field, said)
                    say(
                        self.errors["stations"],
                        self.tr("Not saved: {where}: {why}").format(where=where, why=said),
                    )
                    return False
        return super().check()

    def say_silent(self, why: str | None) -> None:
        """This computer's station plays no sound (``why``), said in its sound settings."""
        self._silent_why = why
        self.sound_form.say_device(why if self._current == self._this_station else None)

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
            say(self.new_error, self.tr("New station: type the station's name."))
            return
        if name in self._stations:
            say(
                self.new_error,
                self.tr("New station: {name} is in the list already.").format(name=repr(name)),
            )
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
            say(self.new_error, self.tr("Remove: pick the station in the table first."))
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
        self.sound_form.load(printers.get("sound"))
        self.sound_form.setEnabled(name is not None)
        self.sound_form.say_device(self._silent_why if name == self._this_station else None)
        self.station_title.setText(
            self.tr("Printers of {station}").format(station=name)
            if name is not None
            else self.tr("Add a station to set its printers.")
        )
        self._current = name

    def _form_changed(self) -> None:
        name = self._current
        if name is None:
            return
        printers = {role: form.value() for role, form in self.forms.items()}
        self._stations[name] = {role: p for role, p in printers.items() if p is not None}
        self._stations[name].update(self.truck_form.value())
        sound = self.sound_form.value()
        if sound is not None:
            self._stations[name]["sound"] = sound
        # The table's texts are redone; the form being typed in is left as it is.
        self._keep_form = True
        try:
            self.model.set_rows([StationRow(n, self._stations[n]) for n in sorted(self._stations)])
            self.select(name)
        finally:
            self._keep_form = False
        self.changed.emit()
