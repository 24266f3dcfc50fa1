"""The settings view's compliance levers: FX rates to USD, and the rules pin (shown loudly).

Each is done at once after an administrator's name and PIN; a pin or an unpin also asks why
(it goes to the audit trail with the instant before and after).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from s321_desk.domain.fx import FxRate
from s321_desk.services.admin.rules_and_rates import (
    EnteredRate,
    RulesStatus,
    check_fx_rate,
    check_pin_instant,
    list_fx_rates,
    pin_rules,
    rules_status,
    set_fx_rate,
)
from s321_desk.services.admin.users import Person
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.uow import UnitOfWork, Work, one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog, T, pin_action
from s321_desk.ui.dialogs.sign_in import error_label, say
from s321_desk.ui.kit.labels import sized_font
from s321_desk.ui.kit.table_model import Column, RowTableModel
from s321_desk.ui.settings.forms import open_authorize, table_view

PINNED_STYLE = "background-color: #b00020; color: white; padding: 12px"
UNPINNED_STYLE = "background-color: #e8f5e9; color: black; padding: 12px"


class FxTableModel(RowTableModel[FxRate]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                Column[FxRate](self.tr("Currency"), lambda r: r.currency),
                Column[FxRate](self.tr("From"), lambda r: r.valid_from.isoformat()),
                Column[FxRate](
                    self.tr("USD for one unit"),
                    lambda r: format(r.rate_to_usd, "f"),
                    sort=lambda r: r.rate_to_usd,
                    numeric=True,
                ),
                Column[FxRate](self.tr("Source"), lambda r: r.source),
            ),
            parent,
        )


class _AdminPage(QWidget):
    def __init__(self, store: StoreHandle, station: str) -> None:
        super().__init__()
        self._engine = store.engine
        self._station = station
        self.dialog: AuthorizeDialog | None = None
        self.done_label = QLabel()
        self.done_label.setTextFormat(Qt.TextFormat.PlainText)
        self.done_label.setWordWrap(True)

    def _admin(self, who: str, pin: str, change: Callable[[UnitOfWork, Person], T]) -> T:
        """``change`` made by the administrator ``who`` (PIN ``pin``), in one transaction."""
        return pin_action(self._engine, who, pin, "admin", self._station, change)


class FxPage(_AdminPage):
    """The rates entered (CBP's certified quarterly rates) and a form to enter one."""

    fx_rates_changed = Signal()

    def __init__(self, store: StoreHandle, station: str = "") -> None:
        super().__init__(store, station)
        self.model = FxTableModel(self)
        self.view = table_view(self.model)
        self.currency_edit, self.rate_edit = QLineEdit("CAD"), QLineEdit()
        self.from_edit, self.source_edit = QLineEdit(date.today().isoformat()), QLineEdit()
        self.rate_edit.setPlaceholderText(self.tr("e.g. 0.7300"))
        self.from_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.source_edit.setPlaceholderText(self.tr("e.g. CBP certified rate, 2026 Q4"))
        self.errors = {key: error_label() for key in ("currency", "rate", "from")}
        self.set_button = QPushButton(self.tr("Set the &rate..."))
        self.set_button.clicked.connect(self.set_rate)
        box = QGroupBox(self.tr("&Enter a rate to USD"))
        form = QFormLayout(box)
        rows = (
            (self.tr("Currency:"), self.currency_edit, "currency"),
            (self.tr("USD for one unit:"), self.rate_edit, "rate"),
            (self.tr("In force from:"), self.from_edit, "from"),
            (self.tr("Source:"), self.source_edit, ""),
        )
        for text, edit, key in rows:
            form.addRow(text, edit)
            if key:
                form.addRow(self.errors[key])
        form.addRow(self.set_button)
        form.addRow(self.done_label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 3)
        right = QVBoxLayout()
        right.addWidget(box)
        right.addStretch(1)
        layout.addLayout(right, 2)

    def reload(self, work: Work | None = None) -> None:
        """Read the rates (in the caller's unit of work, or in one of its own)."""
        with nullcontext(work) if work else one_action(self._engine) as uow:
            self.model.set_rows(list_fx_rates(uow))

    def set_rate(self) -> None:
        for label in self.errors.values():
            say(label, "")
        currency, rate, source = (
            self.currency_edit.text(),
            self.rate_edit.text().strip(),
            self.source_edit.text().strip(),
        )
        good = True
        try:
            code, value = check_fx_rate(currency, rate)
        except UserError as error:
            # The service names the field first, in English ("rate: ..."); the reason follows
            # in the desk's language, said here under its field with the field's own word.
            field = "currency" if error.english.startswith("currency") else "rate"
            reason = str(error).split(": ", 1)[-1]
            said = (
                self.tr("Currency: {reason}") if field == "currency" else self.tr("Rate: {reason}")
            )
            say(self.errors[field], said.format(reason=reason))
            good = False
        try:
            valid_from = date.fromisoformat(self.from_edit.text().strip())
        except ValueError:
            say(
                self.errors["from"],
                self.tr("In force from: {text} is not a date (YYYY-MM-DD).").format(
                    text=repr(self.from_edit.text())
                ),
            )
            good = False
        if not good:
            return

        def act(who: str, pin: str, _: str) -> EnteredRate:
            return self._admin(
                who, pin, lambda uow, by: set_fx_rate(uow, code, rate, valid_from, source, by=by)
            )

        def done(entered: EnteredRate) -> None:
            self.reload()
            said = self.tr("1 {currency} = {rate} USD from {day}.").format(
                currency=entered.currency, rate=entered.rate_to_usd, day=entered.valid_from
            )  # and what it did to the parcels' verdicts, at once
            self.done_label.setText(f"{said} {entered.rejudged.sentence()}")
            self.rate_edit.clear()
            self.fx_rates_changed.emit()

        what = self.tr("1 {currency} = {rate} USD from {day}.").format(
            currency=code, rate=value, day=valid_from
        )
        self.dialog = open_authorize(
            self, self.tr("Enter an FX rate"), what, act, done, role_text=self.tr("Administrator")
        )


class RulesPage(_AdminPage):
    """The rules in force, a pin in red across the page; pin as of an instant, or unpin."""

    rules_changed = Signal()

    def __init__(self, store: StoreHandle, station: str = "") -> None:
        super().__init__(store, station)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setFont(sized_font(self.font(), 18, bold=True))
        self.instant_edit = QLineEdit()
        self.instant_edit.setPlaceholderText(
            self.tr("e.g. 2025-03-01T00:00-05:00 (with its UTC offset)")
        )
        self.instant_edit.returnPressed.connect(self.pin)
        self.instant_error = error_label()
        self.pin_button = QPushButton(self.tr("P&in the rules..."))
        self.unpin_button = QPushButton(self.tr("Unpin: &back to each crossing's rules..."))
        self.pin_button.clicked.connect(self.pin)
        self.unpin_button.clicked.connect(self.unpin)
        explain = QLabel(
            self.tr(
                "Pinning makes every station judge parcels under the rules in force at that "
                "instant instead of those of each crossing, e.g. when a court restores de "
                "minimis before the desk is updated. Both pinning and unpinning ask why; it is "
                "audited."
            )
        )
        explain.setWordWrap(True)
        box = QGroupBox(self.tr("Pin the &rules"))
        form = QFormLayout(box)
        form.addRow(explain)
        form.addRow(self.tr("As of:"), self.instant_edit)
        form.addRow(self.instant_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.unpin_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.done_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(box)
        layout.addStretch(1)

    def reload(self, work: Work | None = None) -> None:
        """Read the rules' status (in the caller's unit of work, or in one of its own)."""
        with nullcontext(work) if work else one_action(self._engine) as uow:
            status = rules_status(uow, datetime.now(UTC))
        pinned = status.pinned_as_of is not None
        text = status.sentence()
        self.status_label.setText(
            self.tr("RULES PINNED. {status}").format(status=text) if pinned else text
        )
        self.status_label.setStyleSheet(PINNED_STYLE if pinned else UNPINNED_STYLE)
        self.unpin_button.setEnabled(pinned)

    @property
    def pinned(self) -> bool:
        return self.unpin_button.isEnabled()

    def pin(self) -> None:
        text = self.instant_edit.text().strip()
        try:
            instant = datetime.fromisoformat(text)
            check_pin_instant(instant)
        except ValueError:
            say(
                self.instant_error,
                self.tr("As of: {text} is not an ISO 8601 instant.").format(text=repr(text)),
            )
            return
        except UserError as error:
            say(self.instant_error, self.tr("As of: {error}").format(error=error))
            return
        say(self.instant_error, "")
        self._ask(instant)

    def unpin(self) -> None:
        self._ask(None)

    def _ask(self, instant: datetime | None) -> None:
        def act(who: str, pin: str, reason: str) -> Any:
            return self._admin(who, pin, lambda uow, by: pin_rules(uow, instant, reason, by=by))

        def done(status: RulesStatus) -> None:
            self.reload()
            said = self.tr("Pinned.") if instant else self.tr("Unpinned: each crossing's rules.")
            judged = status.rejudged  # what it did to the parcels' verdicts, at once
            self.done_label.setText(f"{said} {judged.sentence()}" if judged else said)
            self.rules_changed.emit()

        what = self.tr("Judge each parcel under the rules of its crossing again.")
        if instant:
            what = self.tr("Judge every parcel under the rules in force at {instant}.").format(
                instant=instant.isoformat()
            )
        title = self.tr("Pin the rules") if instant else self.tr("Unpin the rules")
        self.dialog = open_authorize(
            self, title, what, act, done, needs_reason=True, role_text=self.tr("Administrator")
        )
