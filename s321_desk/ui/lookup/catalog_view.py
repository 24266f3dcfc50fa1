"""The catalog view: find a SKU by a few letters of its SKU, description, barcode or HTS; the
SKUs that cannot cross yet (no HTS number or no country of origin) listed first, in red; a
product's fields edited by a supervisor or an administrator (signed in, or their name and PIN
asked), each edit audited with the values before and after (``services.admin.catalog``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from s321_desk.services.admin.catalog import (
    FIELD_NAMES,
    Edited,
    ProductRow,
    edit_product,
    find_products,
    parse_edit,
)
from s321_desk.services.admin.users import Person
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.uow import one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog, pin_action
from s321_desk.ui.dialogs.sign_in import error_label, say
from s321_desk.ui.kit.formatting import format_count, format_money
from s321_desk.ui.kit.style import base_font
from s321_desk.ui.kit.table_model import Column, ColumnFitter, RowTableModel, read_only_table

MISSING_BACKGROUND = QColor("#ffcdd2")  # red: this SKU's parcels are held until it is filled
SEARCH_DELAY_MS = 200  # a search runs once the typing pauses


def _kg(grams: int | None) -> str:
    return "" if grams is None else f"{grams / 1000:.3f}".rstrip("0").rstrip(".")


class ProductTableModel(RowTableModel[ProductRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        missing = self.tr("MISSING")
        columns = (
            Column[ProductRow](self.tr("SKU"), lambda p: p.sku),
            Column[ProductRow](self.tr("Description"), lambda p: p.description, free=3),
            Column[ProductRow](self.tr("HTS"), lambda p: p.hts_text or missing),
            Column[ProductRow](self.tr("Origin"), lambda p: p.origin or missing),
            Column[ProductRow](
                self.tr("Unit value"),
                lambda p: format_money(p.unit_value_cents, p.currency),
                sort=lambda p: p.unit_value_cents,
                numeric=True,
            ),
            Column[ProductRow](
                self.tr("Weight (kg)"),
                lambda p: _kg(p.weight_g),
                sort=lambda p: p.weight_g or 0,
                numeric=True,
            ),
            Column[ProductRow](self.tr("Flags"), lambda p: p.flags.replace(";", ", "), free=1),
            Column[ProductRow](self.tr("Barcode"), lambda p: p.barcode or ""),
        )
        super().__init__(columns, parent)

    def background(self, row: ProductRow, column: int) -> QColor | None:
        if (column == 2 and not row.hts) or (column == 3 and not row.origin):
            return MISSING_BACKGROUND
        return None


class CatalogView(QWidget):
    """``product_saved(sku)`` after an edit was written."""

    product_saved = Signal(str)

    def __init__(self, engine: Engine, *, station: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._station = station
        self.person: Person | None = None  # who is signed in at the station
        self.dialog: AuthorizeDialog | None = None
        self._shown: ProductRow | None = None
        self.setFont(base_font(self.font()))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("SKU, description, barcode or HTS"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Fin&d a SKU:"))
        search_label.setBuddy(self.search_edit)
        self.missing_box = QCheckBox(self.tr("Only those &missing HTS or origin"))
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self.refresh)
        self.missing_box.toggled.connect(lambda _on: self.refresh())
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 2)
        search_row.addWidget(self.missing_box)
        search_row.addWidget(self.count_label, 1)

        self.model = ProductTableModel(self)
        self.table = read_only_table(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.fitter = ColumnFitter(self.table)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.editor = QGroupBox(self.tr("Product"))
        self.fields: dict[str, QLineEdit] = {
            key: QLineEdit()
            for key in ("description", "hts", "origin", "unit_value_cents", "weight_g", "flags")
        }
        self.fields["hts"].setPlaceholderText(self.tr("10 digits, e.g. 6109.10.0012"))
        self.fields["origin"].setPlaceholderText(self.tr("2 letters, e.g. CA, CN"))
        self.fields["origin"].setMaxLength(2)
        self.fields["flags"].setPlaceholderText(self.tr("e.g. PGA_FDA; ADCVD"))
        self.currency_label = QLabel()
        self.error = error_label()
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save the product"))
        self.save_button.clicked.connect(self.save)
        for edit in self.fields.values():
            edit.returnPressed.connect(self.save)
        value_row = QHBoxLayout()
        value_row.addWidget(self.fields["unit_value_cents"], 1)
        value_row.addWidget(self.currency_label)
        form = QFormLayout()
        form.addRow(self.tr("Description:"), self.fields["description"])
        form.addRow(self.tr("HTS number:"), self.fields["hts"])
        form.addRow(self.tr("Country of origin:"), self.fields["origin"])
        form.addRow(self.tr("Unit value:"), value_row)
        form.addRow(self.tr("Weight (kg):"), self.fields["weight_g"])
        form.addRow(self.tr("Flags:"), self.fields["flags"])
        box = QVBoxLayout(self.editor)
        box.addLayout(form)
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_label, 1)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        self.editor.setEnabled(False)
        self.editor.setMaximumWidth(380)  # the list keeps its columns at 1366 wide

        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.editor, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(body, 1)
        self.setFocusProxy(self.search_edit)
        self.refresh()

    def refresh(self) -> None:
        """Search the store again with what is typed; the product shown stays selected."""
        self._timer.stop()
        with one_action(self._engine) as uow:
            page = find_products(
                uow, self.search_edit.text(), missing_only=self.missing_box.isChecked()
            )
        keep = self._shown.sku if self._shown else None
        self.model.set_rows(page.rows)  # its columns fitted again (a long description gives way)
        if page.total == 0:
            text = self.tr("No catalog yet: import it from the File menu (Import catalog...).")
        else:
            text = self.tr("{matched} of {total} SKUs; {missing} missing HTS or origin.").format(
                matched=format_count(page.matched),
                total=format_count(page.total),
                missing=format_count(page.missing),
            )
            if len(page.rows) < page.matched:
                text += " " + self.tr("The first {shown} shown.").format(
                    shown=format_count(len(page.rows))
                )
        self.count_label.setText(text)
        self.select(keep) if keep else self._show(None)

    def select(self, sku: str | None) -> None:
        rows = self.model.rows()
        position = next((i for i, row in enumerate(rows) if row.sku == sku), None)
        if position is None:
            self._show(None)
            return
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0))
        self._show(rows[position])

    def _show_selected(self) -> None:
        index = self.table.currentIndex()
        self._show(self.model.row_at(index.row()) if index.isValid() else None)

    def _show(self, row: ProductRow | None) -> None:
        if (
            row is not None
            and self._shown is not None
            and row.sku == self._shown.sku
            and row == self._shown
            and self.editor.isEnabled()
        ):
            return
        self._shown = row
        say(self.error, "")
        self.editor.setEnabled(row is not None)
        if row is None:
            self.editor.setTitle(self.tr("Product (pick a SKU in the list)"))
            for edit in self.fields.values():
                edit.clear()
            self.currency_label.clear()
            return
        self.editor.setTitle(self.tr("Product {sku}").format(sku=row.sku))
        texts = {"description": row.description, "hts": row.hts_text, "origin": row.origin or "",
                 "unit_value_cents": f"{row.unit_value_cents / 100:.2f}",
                 "weight_g": _kg(row.weight_g), "flags": row.flags.replace(";", "; ")}  # fmt: skip
        for key, edit in self.fields.items():
            edit.setText(texts[key])
            edit.setCursorPosition(0)  # a long description shows its beginning
        self.currency_label.setText(row.currency)

    def typed(self) -> dict[str, str]:
        """The fields whose text differs from the product's as shown."""
        row = self._shown
        if row is None:
            return {}
        before = {"description": row.description, "hts": row.hts_text, "origin": row.origin or "",
                  "unit_value_cents": f"{row.unit_value_cents / 100:.2f}",
                  "weight_g": _kg(row.weight_g), "flags": row.flags.replace(";", "; ")}  # fmt: skip
        return {
            key: edit.text()
            for key, edit in self.fields.items()
            if edit.text().strip() != before[key]
        }

    def save(self) -> None:
        """Write the fields changed: as the signed-in supervisor or administrator, else after
        a supervisor's name and PIN."""
        row = self._shown
        typed = self.typed()
        if row is None:
            return
        if not typed:
            self.result_label.setText(self.tr("Nothing changed."))
            return
        say(self.error, "")
        try:
            parse_edit(typed)  # a wrong field is said before anyone's PIN is asked
        except UserError as error:
            self._refused(error)
            return
        person = self.person
        if person is not None and person.may("supervisor"):
            try:
                with one_action(self._engine, immediate=True) as uow:
                    edited = edit_product(uow, row.sku, typed, station=self._station)
                self._saved(edited)
            except UserError as error:
                self._refused(error)
            return

        def act(who: str, pin: str, _reason: str) -> Any:
            return pin_action(
                self._engine,
                who,
                pin,
                "supervisor",
                self._station,
                lambda uow, by: edit_product(uow, row.sku, typed, by=by, station=self._station),
            )

        self.dialog = AuthorizeDialog(
            self.tr("Edit the catalog"),
            self.tr("Save SKU {sku}: a supervisor or an administrator.").format(sku=row.sku),
            act,
            self,
            needs_reason=False,
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(
            lambda: self._saved(self.dialog.result_value if self.dialog else None)
        )
        self.dialog.open()

    def _refused(self, error: UserError) -> None:
        say(self.error, str(error))
        field = str(error.english).split(":", 1)[0]
        names = {name: key for key, name in FIELD_NAMES.items()}
        if field in names:
            self.fields[names[field]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, answer: Edited | None) -> None:
        if answer is None:
            return
        row = answer.row
        self._shown = None
        self.refresh()
        self.select(row.sku)
        text = (
            self.tr("Saved {sku}: {fields}.").format(
                sku=row.sku, fields=", ".join(FIELD_NAMES[key] for key in answer.changed)
            )
            if answer.changed
            else self.tr("Nothing changed.")
        )
        if answer.rejudged:
            text += " " + self.tr("Judged again with it, a new verdict: {parcels}.").format(
                parcels=", ".join(answer.rejudged)
            )
        if answer.sealed_conflicts:
            text += " " + self.tr(
                "{count} parcels on sealed trucks would change: see Decisions."
            ).format(count=answer.sealed_conflicts)
        self.result_label.setText(text)
        self.product_saved.emit(row.sku)
