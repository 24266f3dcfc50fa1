"""The administrator's settings view: the papers' parties, the carriers and the truck, the
stations' printers, users and PINs, FX rates and the rules pin, each a tab.

The settings of the first three tabs are saved together, by "Save settings" (Ctrl+S): every
field is checked first and each problem said under the field it names; then an administrator's
name and PIN are asked and ``services.admin.settings.change_settings`` writes every changed setting
in one transaction, each audited with its value before and after; nothing is saved half.
Users, FX rates and the pin are done at once, each after an administrator's PIN.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from s321_desk.services.admin.settings import all_settings, change_settings
from s321_desk.services.admin.users import pin_checked
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.uow import one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog
from s321_desk.ui.kit.style import base_font
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP
from s321_desk.ui.settings.forms import (
    LanguageBox,
    PapersPage,
    SettingsPage,
    TruckPage,
    open_authorize,
    title,
)
from s321_desk.ui.settings.rules import FxPage, RulesPage
from s321_desk.ui.settings.stations import StationsPage
from s321_desk.ui.settings.users import UsersPage

NOTHING_UNSAVED = QT_TRANSLATE_NOOP("SettingsView", "No unsaved changes.")


class SettingsView(QWidget):
    """``settings_saved(keys)`` after a save; ``users_changed``, ``fx_rates_changed`` and
    ``rules_changed`` after those pages' actions (the main window refreshes its status bar)."""

    settings_saved = Signal(list)
    users_changed = Signal()
    fx_rates_changed = Signal()
    rules_changed = Signal()

    def __init__(
        self,
        store: StoreHandle,
        *,
        station: str = "",
        zone: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._engine = store.engine
        self._station = station
        self._loaded: dict[str, Any] = {}
        self.who = ""  # the signed-in administrator, offered in the PIN dialog
        self.dialog: AuthorizeDialog | None = None
        self.setFont(base_font(self.font()))
        self.papers_page = PapersPage()
        self.truck_page = TruckPage()
        self.stations_page = StationsPage(station)
        self.users_page = UsersPage(store, station, zone)
        self.fx_page = FxPage(store, station)
        self.rules_page = RulesPage(store, station)
        self.setting_pages: tuple[SettingsPage, ...] = (
            self.papers_page,
            self.truck_page,
            self.stations_page,
        )
        self.tabs = QTabWidget()
        for page, text in (
            (self.papers_page, self.tr("&Papers: who they name")),
            (self.truck_page, self.tr("Carriers and &truck")),
            (self.stations_page, self.tr("Statio&ns and printers")),
            (self.users_page, self.tr("&Users and PINs")),
            (self.fx_page, self.tr("F&X rates")),
            (self.rules_page, self.tr("Ru&les pin")),
        ):
            self.tabs.addTab(page, text)
        for page in self.setting_pages:
            page.changed.connect(self._show_unsaved)
        self.users_page.users_changed.connect(self.users_changed)
        self.fx_page.fx_rates_changed.connect(self.fx_rates_changed)
        self.rules_page.rules_changed.connect(self.rules_changed)
        self.unsaved_label = QLabel(self.tr(NOTHING_UNSAVED))
        self.unsaved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.unsaved_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save settings (Ctrl+S)..."))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.language_box = LanguageBox()
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.unsaved_label, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.language_box)
        layout.addLayout(bar)
        self.reload()

    def reload(self) -> None:
        """Show the store's settings (what another station saved too), dropping unsaved edits,
        and the users, rates and rules, as of one moment (one unit of work)."""
        with one_action(self._store.engine) as uow:
            self._loaded = all_settings(uow)
            self.users_page.reload(uow)
            self.fx_page.reload(uow)
            self.rules_page.reload(uow)
        for page in self.setting_pages:
            page.load(self._loaded)
            page.clear_errors()
        self._show_unsaved()

    def unsaved(self) -> dict[str, Any]:
        """The settings whose shown value differs from the store's, with that value."""
        found: dict[str, Any] = {}
        for page in self.setting_pages:
            for key, value in page.values().items():
                if value != self._loaded.get(key):
                    found[key] = value
        return found

    def _show_unsaved(self) -> None:
        changed = self.unsaved()
        self.unsaved_label.setText(
            self.tr("Unsaved: {settings}.").format(settings=", ".join(map(title, changed)))
            if changed
            else self.tr(NOTHING_UNSAVED)
        )
        self.save_button.setEnabled(bool(changed))
        self.revert_button.setEnabled(bool(changed))

    def check(self) -> bool:
        """Every page's fields checked, each problem said under its field; the first page with
        one is shown."""
        bad: list[SettingsPage] = []
        for page in self.setting_pages:
            page.clear_errors()
            if not page.check():
                bad.append(page)
        if bad:
            self.tabs.setCurrentWidget(bad[0])
            self.unsaved_label.setText(self.tr("Not saved: a field is wrong; it says why in red."))
        return not bad

    def save(self) -> None:
        changed = self.unsaved()
        if not changed or not self.check():
            return

        def act(who: str, pin: str, _: str) -> list[str]:
            # One transaction: the administrator's PIN checked, the settings saved.
            with (
                one_action(self._engine, immediate=True) as uow,
                pin_checked(uow, who, pin, "admin", station=self._station) as by,
            ):
                return change_settings(uow, changed, by=by, station=self._station)

        names = ", ".join(map(title, changed))
        self.dialog = open_authorize(
            self,
            self.tr("Save settings"),
            self.tr("Save: {settings}.").format(settings=names),
            act,
            self._saved,
            who=self.who,
        )

    def _saved(self, keys: list[str]) -> None:
        self.reload()
        names = ", ".join(map(title, keys))
        self.unsaved_label.setText(
            self.tr("Saved: {settings}.").format(settings=names)
            if keys
            else self.tr("Nothing had changed.")
        )
        self.settings_saved.emit(keys)
