"""The settings view's forms: who the papers name (company, exporter, importer, return address,
place of shipment, responsible person) and the carriers and the station's truck.

A page shows settings as fields, gives back the values typed (``values``), checks them with
``services.admin.settings.check_shape`` and says each problem under the field it names (``check``);
the view saves every page in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from s321_desk.domain.crossings import Port
from s321_desk.i18n import LANGUAGES, save_choice, saved_choice, system_language
from s321_desk.services.admin.ports import check_added, port_item, shipped_ports
from s321_desk.services.admin.settings import SCAC, check_shape
from s321_desk.services.kernel.errors import UserError
from s321_desk.ui.dialogs.authorize import Act, AuthorizeDialog
from s321_desk.ui.dialogs.sign_in import ERROR_STYLE, error_label, say
from s321_desk.ui.kit.table_model import Column, RowTableModel, read_only_table
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP
from s321_desk.ui.settings.port_dialog import AddPortDialog

# What each setting is called on screen (errors name the field by these words), in English;
# ``title`` says it in the desk's language.
TITLES = {
    "company": QT_TRANSLATE_NOOP("SettingsForms", "Company"),
    "exporter": QT_TRANSLATE_NOOP("SettingsForms", "Exporter"),
    "importer_of_record": QT_TRANSLATE_NOOP("SettingsForms", "Importer of record"),
    "us_return_address": QT_TRANSLATE_NOOP("SettingsForms", "US return address"),
    "place_of_shipment": QT_TRANSLATE_NOOP("SettingsForms", "Place of shipment"),
    "responsible_person": QT_TRANSLATE_NOOP("SettingsForms", "Responsible person"),
    "shipper_address": QT_TRANSLATE_NOOP("SettingsForms", "Shipper's street address"),
    "hazmat_contact": QT_TRANSLATE_NOOP("SettingsForms", "Dangerous goods contact"),
    "carriers": QT_TRANSLATE_NOOP("SettingsForms", "Carriers"),
    "port": QT_TRANSLATE_NOOP("SettingsForms", "Port of entry"),
    "added_ports": QT_TRANSLATE_NOOP("SettingsForms", "Ports added"),
    "arrival_time": QT_TRANSLATE_NOOP("SettingsForms", "Arrival time"),
    "cutoff_time": QT_TRANSLATE_NOOP("SettingsForms", "Cut-off time"),
    "time_zone": QT_TRANSLATE_NOOP("SettingsForms", "Time zone"),
    "default_currency": QT_TRANSLATE_NOOP("SettingsForms", "Default currency"),
    "parcel_prefix": QT_TRANSLATE_NOOP("SettingsForms", "Parcel prefix"),
    "stations": QT_TRANSLATE_NOOP("SettingsForms", "Stations' printers"),
}


def title(key: str) -> str:
    """A setting's name on screen: ``title("arrival_time") == "Arrival time"``."""
    return QCoreApplication.translate("SettingsForms", TITLES[key]) if key in TITLES else key


def titled(key: str, message: str) -> str:
    """``setting arrival_time: ...`` as the screen says it: ``Arrival time: ...``."""
    prefix = f"setting {key}"
    return title(key) + message[len(prefix) :] if message.startswith(prefix) else message


def open_authorize(
    owner: QWidget,
    title: str,
    what: str,
    act: Act,
    done: Callable[[Any], None],
    *,
    needs_reason: bool = False,
    role_text: str | None = None,
    who: str = "",
) -> AuthorizeDialog:
    """The administrator's name and PIN for one action, window-modal without blocking: the
    service runs from the dialog (a refusal stays said there), ``done`` gets its answer."""
    role_text = role_text or QCoreApplication.translate("SettingsForms", "Administrator")
    dialog = AuthorizeDialog(
        title, what, act, owner, who=who, needs_reason=needs_reason, role_text=role_text
    )
    dialog.accepted.connect(lambda: done(dialog.result_value))
    dialog.open()
    return dialog


def lines_edit(rows: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # keyboard-only: Tab leaves the box, as in a line edit
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 14)
    return edit


def lines_of(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class SettingsPage(QWidget):
    """A page of settings; ``changed`` on every edit, so the view can say what is unsaved."""

    changed = Signal()
    keys: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.errors: dict[str, QLabel] = {}

    def load(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def check(self) -> bool:
        """Say every problem under its field; True if there is none."""
        good = True
        for key, value in self.values().items():
            try:
                self.check_one(key, value)
            except UserError as error:
                self.show_error(key, titled(key, str(error)))
                good = False
        return good

    def check_one(self, key: str, value: Any) -> None:
        check_shape(key, value)

    def show_error(self, key: str, text: str) -> None:
        say(self.errors[key], text)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            say(label, "")

    def _watch(self, *edits: QWidget) -> None:
        for edit in edits:
            if isinstance(edit, QLineEdit):
                edit.textChanged.connect(self.changed)
            elif isinstance(edit, QPlainTextEdit):
                edit.textChanged.connect(self.changed)
            elif isinstance(edit, QComboBox):
                edit.currentTextChanged.connect(self.changed)


class PartyBox(QGroupBox):
    """A party of the papers: a name and address lines; both empty means "not set"."""

    def __init__(self, title: str, hint: str) -> None:
        super().__init__(title)
        self.name_edit, self.lines_edit = QLineEdit(), lines_edit()
        self.name_edit.setPlaceholderText(hint)
        self.error = error_label()
        self._loaded: dict[str, Any] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Address:"), self.lines_edit)
        form.addRow(self.error)

    def load(self, value: Any) -> None:
        self._loaded = dict(value) if isinstance(value, dict) else {}
        self.name_edit.setText(str(self._loaded.get("name") or ""))
        lines = self._loaded.get("lines")
        self.lines_edit.setPlainText("\n".join(map(str, lines)) if isinstance(lines, list) else "")

    def value(self) -> dict[str, Any] | None:
        name, lines = self.name_edit.text().strip(), lines_of(self.lines_edit)
        if not name and not lines:
            return None
        return {**self._loaded, "name": name, "lines": lines}  # other keys kept as they were


class PapersPage(SettingsPage):
    """Who the labels, invoices and manifests name."""

    keys = ("company", "exporter", "importer_of_record", "us_return_address",
            "place_of_shipment", "responsible_person", "shipper_address",
            "hazmat_contact")  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self.parties = {
            "company": PartyBox(
                self.tr("&Company (the shipper)"), self.tr("the warehouse's legal name")
            ),
            "exporter": PartyBox(self.tr("&Exporter (the seller)"), self.tr("empty: the company")),
            "importer_of_record": PartyBox(
                self.tr("&Importer of record"), self.tr("empty: each consignee")
            ),
        }
        self.return_edit = lines_edit(3)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. Mississauga, ON, Canada"))
        self.person_name_edit, self.person_title_edit = QLineEdit(), QLineEdit()
        for key, box in self.parties.items():
            self.errors[key] = box.error
            self._watch(box.name_edit, box.lines_edit)
        for key in ("us_return_address", "place_of_shipment", "responsible_person"):
            self.errors[key] = error_label()
        self._watch(
            self.return_edit, self.place_edit, self.person_name_edit, self.person_title_edit
        )
        returns = QGroupBox(self.tr("US return a&ddress (the label's ship-from)"))
        returns_layout = QVBoxLayout(returns)
        returns_layout.addWidget(self.return_edit)
        returns_layout.addWidget(self.errors["us_return_address"])
        signer = QGroupBox(self.tr("Place of shipment and who si&gns the invoice"))
        form = QFormLayout(signer)
        form.addRow(self.tr("Place of shipment:"), self.place_edit)
        form.addRow(self.errors["place_of_shipment"])
        form.addRow(self.tr("Responsible person:"), self.person_name_edit)
        form.addRow(self.tr("Title:"), self.person_title_edit)
        form.addRow(self.errors["responsible_person"])
        grid = QGridLayout(self)
        for column, box in enumerate(self.parties.values()):
            grid.addWidget(box, 0, column)
        grid.addWidget(returns, 1, 0)
        grid.addWidget(signer, 1, 1, 1, 2)
        self.filings = FilingsBox()
        for key in ("shipper_address", "hazmat_contact"):
            self.errors[key] = self.filings.errors[key]
        self._watch(*self.filings.edits.values())
        grid.addWidget(self.filings, 2, 0, 1, 3)
        grid.setRowStretch(3, 1)

    def load(self, values: dict[str, Any]) -> None:
        for key, box in self.parties.items():
            box.load(values.get(key))
        returns = values.get("us_return_address")
        self.return_edit.setPlainText("\n".join(returns) if isinstance(returns, list) else "")
        self.place_edit.setText(str(values.get("place_of_shipment") or ""))
        person = values.get("responsible_person")
        person = person if isinstance(person, dict) else {}
        self.person_name_edit.setText(str(person.get("name") or ""))
        self.person_title_edit.setText(str(person.get("title") or ""))
        self.filings.load(values)

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {key: box.value() for key, box in self.parties.items()}
        found["us_return_address"] = lines_of(self.return_edit) or None
        found["place_of_shipment"] = self.place_edit.text().strip() or None
        name, title = self.person_name_edit.text().strip(), self.person_title_edit.text().strip()
        found["responsible_person"] = {"name": name, "title": title} if name or title else None
        return found | self.filings.values()


# The filings' settings, field by field: (setting, its field, the label's words).
FILING_FIELDS = (
    ("shipper_address", "street", QT_TRANSLATE_NOOP("SettingsForms", "Street:")),
    ("shipper_address", "city", QT_TRANSLATE_NOOP("SettingsForms", "City:")),
    ("shipper_address", "province", QT_TRANSLATE_NOOP("SettingsForms", "Province or state:")),
    ("shipper_address", "postal_code", QT_TRANSLATE_NOOP("SettingsForms", "Postal code:")),
    ("shipper_address", "country", QT_TRANSLATE_NOOP("SettingsForms", "Country (CA, US...):")),
    ("hazmat_contact", "name", QT_TRANSLATE_NOOP("SettingsForms", "Emergency contact:")),
    ("hazmat_contact", "phone", QT_TRANSLATE_NOOP("SettingsForms", "Its telephone (24 h):")),
)


class FilingsBox(QGroupBox):
    """What the e-manifest filings need beyond the papers: the warehouse's street address (the
    shipper's, with its province of loading) and whom to call about dangerous goods."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Filings: the shipper's street address and the dangerous goods contact")
        )
        self.edits = {(key, name): QLineEdit() for key, name, _ in FILING_FIELDS}
        self.errors = {key: error_label() for key in ("shipper_address", "hazmat_contact")}
        # Two lines of four fields (the street twice as wide), then what is wrong: the page
        # keeps the 1366x768 station screen's height in French too.
        grid = QGridLayout(self)
        places = ((0, 0, 3), (0, 4, 1), (0, 6, 1), (1, 0, 1), (1, 2, 1), (1, 4, 1), (1, 6, 1))
        for (key, name, words), (row, column, span) in zip(FILING_FIELDS, places, strict=True):
            grid.addWidget(QLabel(QCoreApplication.translate("SettingsForms", words)), row, column)
            grid.addWidget(self.edits[key, name], row, column + 1, 1, span)
        grid.addWidget(self.errors["shipper_address"], 2, 0, 1, 4)
        grid.addWidget(self.errors["hazmat_contact"], 2, 4, 1, 4)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)

    def load(self, values: dict[str, Any]) -> None:
        for (key, name), edit in self.edits.items():
            value = values.get(key)
            edit.setText(str(value.get(name) or "") if isinstance(value, dict) else "")

    def values(self) -> dict[str, Any]:
        """Each setting's fields as typed; None when all of them are empty (not set)."""
        found: dict[str, Any] = {}
        for key in ("shipper_address", "hazmat_contact"):
            fields = {
                name: edit.text().strip() for (k, name), edit in self.edits.items() if k == key
            }
            for name in ("province", "country"):  # codes: ON, CA
                if name in fields:
                    fields[name] = fields[name].upper()
            found[key] = fields if any(fields.values()) else None
        return found


@dataclass(frozen=True)
class Carrier:
    scac: str
    name: str


class CarrierTableModel(RowTableModel[Carrier]):
    def __init__(self, parent: QWidget | None = None) -> None:
        columns = (
            Column[Carrier](self.tr("SCAC"), lambda c: c.scac),
            Column[Carrier](self.tr("Carrier"), lambda c: c.name),
        )
        super().__init__(columns, parent)


def table_view(model: RowTableModel[Any]) -> QTableView:
    view = read_only_table(model)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class TruckPage(SettingsPage):
    """The carriers (names by SCAC) and the station's truck: port, times, zone, currency."""

    keys = (
        "carriers",
        "port",
        "added_ports",
        "arrival_time",
        "cutoff_time",
        "parcel_prefix",
        "time_zone",
        "default_currency",
    )

    def __init__(self) -> None:
        super().__init__()
        self._carriers: dict[str, str] = {}
        self._added: list[Port] = []  # the ports an administrator added to the shipped ones
        self.port_dialog: AddPortDialog | None = None
        self.carrier_model = CarrierTableModel(self)
        self.carriers_view = table_view(self.carrier_model)
        self.carriers_view.clicked.connect(self._pick_carrier)
        self.scac_edit, self.carrier_name_edit = QLineEdit(), QLineEdit()
        self.scac_edit.setMaxLength(4)
        self.scac_edit.textEdited.connect(lambda text: self.scac_edit.setText(text.upper()))
        self.scac_error = error_label()
        self.add_carrier_button = QPushButton(self.tr("&Add or update carrier"))
        self.remove_carrier_button = QPushButton(self.tr("Remove carri&er"))
        self.add_carrier_button.clicked.connect(self.put_carrier)
        self.remove_carrier_button.clicked.connect(self.remove_carrier)
        self.carrier_name_edit.returnPressed.connect(self.put_carrier)
        carriers = QGroupBox(self.tr("Ca&rriers (their names by SCAC, for the papers)"))
        form = QFormLayout()
        form.addRow(self.tr("SCAC:"), self.scac_edit)
        form.addRow(self.scac_error)
        form.addRow(self.tr("Name:"), self.carrier_name_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_carrier_button)
        buttons.addWidget(self.remove_carrier_button)
        self.errors["carriers"] = error_label()
        box = QVBoxLayout(carriers)
        box.addWidget(self.carriers_view, 1)
        box.addLayout(form)
        box.addLayout(buttons)
        box.addWidget(self.errors["carriers"])

        self.port_combo = QComboBox()
        self._fill_ports()
        self.add_port_button = QPushButton(self.tr("A&dd a port..."))
        self.add_port_button.setToolTip(
            self.tr("A port of entry the list lacks: its CBP code, name and time zone")
        )
        self.add_port_button.clicked.connect(self.add_port)
        port_row = QWidget()
        port_layout = QHBoxLayout(port_row)
        port_layout.setContentsMargins(0, 0, 0, 0)
        port_layout.addWidget(self.port_combo, 1)
        port_layout.addWidget(self.add_port_button)
        self.arrival_edit, self.cutoff_edit = QLineEdit(), QLineEdit()
        for edit in (self.arrival_edit, self.cutoff_edit):
            edit.setPlaceholderText(self.tr("HH:MM"))
            edit.setMaxLength(5)
        self.prefix_edit, self.currency_edit = QLineEdit(), QLineEdit()
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(sorted(available_timezones()))
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        truck = QGroupBox(self.tr("The station's truc&k"))
        form = QFormLayout(truck)
        fields: tuple[tuple[str, str, QWidget], ...] = (
            ("port", self.tr("Port of entr&y:"), port_row),
            ("arrival_time", self.tr("Arr&ival time (port's local):"), self.arrival_edit),
            ("cutoff_time", self.tr("Cut-off ti&me (warehouse):"), self.cutoff_edit),
            ("parcel_prefix", self.tr("Parcel prefix:"), self.prefix_edit),
            ("time_zone", self.tr("Warehouse time &zone:"), self.zone_combo),
            ("default_currency", self.tr("Default &currency:"), self.currency_edit),
        )
        for key, text, widget in fields:
            self.errors[key] = error_label()
            form.addRow(text, widget)
            form.addRow(self.errors[key])
            self._watch(self.port_combo if widget is port_row else widget)
        self.errors["added_ports"] = self.errors["port"]
        layout = QHBoxLayout(self)
        layout.addWidget(carriers, 1)
        layout.addWidget(truck, 1)

    def load(self, values: dict[str, Any]) -> None:
        carriers = values.get("carriers")
        self._carriers = dict(carriers) if isinstance(carriers, dict) else {}
        self._show_carriers()
        try:
            self._added = check_added(values.get("added_ports") or [])
        except UserError:
            self._added = []
        self._fill_ports()
        code = str(values.get("port") or "")
        if self.port_combo.findData(code) < 0:
            self.port_combo.addItem(
                self.tr("{port}  (not in resources/ports.json)").format(port=code), code
            )
        self.port_combo.setCurrentIndex(self.port_combo.findData(code))
        self.arrival_edit.setText(str(values.get("arrival_time") or ""))
        self.cutoff_edit.setText(str(values.get("cutoff_time") or ""))
        self.prefix_edit.setText(str(values.get("parcel_prefix") or ""))
        self.zone_combo.setCurrentText(str(values.get("time_zone") or ""))
        self.currency_edit.setText(str(values.get("default_currency") or ""))

    def values(self) -> dict[str, Any]:
        return {
            "carriers": dict(self._carriers),
            "port": self.port_combo.currentData(),
            "added_ports": [port_item(one) for one in self._added],
            "arrival_time": self.arrival_edit.text().strip(),
            "cutoff_time": self.cutoff_edit.text().strip(),
            "parcel_prefix": self.prefix_edit.text().strip(),
            "time_zone": self.zone_combo.currentText().strip(),
            "default_currency": self.currency_edit.text().strip(),
        }

    def check_one(self, key: str, value: Any) -> None:
        if key == "port" and value in {one.code for one in self._added}:
            return  # a port added here, not yet saved: known once saved with it
        check_shape(key, value)

    def _fill_ports(self) -> None:
        """The shipped ports (by code), then those added; the choice kept."""
        chosen = self.port_combo.currentData()
        self.port_combo.blockSignals(True)
        self.port_combo.clear()
        for one in [*shipped_ports().values(), *self._added]:
            self.port_combo.addItem(f"{one.code}  {one.name}", one.code)
            self.port_combo.setItemData(
                self.port_combo.count() - 1, one.time_zone, Qt.ItemDataRole.ToolTipRole
            )
        self.port_combo.setCurrentIndex(max(0, self.port_combo.findData(chosen)))
        self.port_combo.blockSignals(False)

    def add_port(self) -> AddPortDialog:
        """The dialog for a port the list lacks; once accepted, it is listed and chosen."""
        dialog = AddPortDialog(list(self._added), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._port_added(dialog.port))
        dialog.open()
        self.port_dialog = dialog
        return dialog

    def _port_added(self, one: Port | None) -> None:
        if one is None:
            return
        self._added.append(one)
        self._fill_ports()
        self.port_combo.setCurrentIndex(self.port_combo.findData(one.code))
        self.changed.emit()

    def _show_carriers(self) -> None:
        self.carrier_model.set_rows([Carrier(s, n) for s, n in sorted(self._carriers.items())])

    def _pick_carrier(self) -> None:
        index = self.carriers_view.currentIndex()
        if index.isValid():
            carrier = self.carrier_model.row_at(index.row())
            self.scac_edit.setText(carrier.scac)
            self.carrier_name_edit.setText(carrier.name)

    def put_carrier(self) -> None:
        scac, name = self.scac_edit.text().strip().upper(), self.carrier_name_edit.text().strip()
        if not SCAC.fullmatch(scac):
            say(
                self.scac_error,
                self.tr("SCAC: {scac} is not 2 to 4 capital letters.").format(scac=repr(scac)),
            )
            self.scac_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not name:
            say(
                self.scac_error,
                self.tr("Name: the carrier of {scac} needs a name.").format(scac=scac),
            )
            self.carrier_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        say(self.scac_error, "")
        self._carriers[scac] = name
        self._show_carriers()
        self.scac_edit.clear()
        self.carrier_name_edit.clear()
        self.changed.emit()

    def remove_carrier(self) -> None:
        scac = self.scac_edit.text().strip().upper()
        if scac not in self._carriers:
            say(
                self.scac_error,
                self.tr("SCAC: {scac} is not in the list; pick the carrier first.").format(
                    scac=repr(scac)
                ),
            )
            return
        say(self.scac_error, "")
        del self._carriers[scac]
        self._show_carriers()
        self.scac_edit.clear()
        self.carrier_name_edit.clear()
        self.changed.emit()


# Each language in its own words (not translated: one finds one's language by its name).
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


class LanguageBox(QWidget):
    """This station machine's language (``s321_desk.i18n``): the computer's, English or French.
    Saved at once for this computer, without a PIN (it changes no record); the desk speaks it
    from its next start."""

    def __init__(self) -> None:
        super().__init__()
        self.combo = QComboBox()
        system = LANGUAGE_NAMES[system_language()]
        self.combo.addItem(
            self.tr("As this computer ({language})").format(language=system), "system"
        )
        for code in LANGUAGES:
            self.combo.addItem(LANGUAGE_NAMES[code], code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(saved_choice())))
        self.combo.activated.connect(self._chosen)
        label = QLabel(self.tr("This stati&on's language:"))
        label.setBuddy(self.combo)
        self.note_label = QLabel(self.tr("(from the desk's next start)"))
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.note_label, 1)

    def choose(self, choice: str) -> None:
        """Pick ``choice`` (a CHOICES key) as a person does with the list."""
        self.combo.setCurrentIndex(self.combo.findData(choice))
        self._chosen()

    def _chosen(self) -> None:
        choice = str(self.combo.currentData())
        try:
            save_choice(choice)
        except OSError as error:
            self.note_label.setStyleSheet(ERROR_STYLE)
            self.note_label.setText(self.tr("Not saved: {error}").format(error=error))
            return
        language = system_language() if choice == "system" else choice
        self.note_label.setStyleSheet("")
        self.note_label.setText(
            self.tr("Saved: {language} from the desk's next start on this computer.").format(
                language=LANGUAGE_NAMES[language]
            )
        )
