"""Signing in: pick your name or scan your badge, then the PIN; or, on a store with no users
yet, create its first administrator. And the small "who is signed in" widget with sign-out.

The dialog calls ``services.admin.users`` itself: a wrong PIN or a lockout (counted and timed by the
service, in the store) is said in the dialog, the PIN cleared, and the dialog stays.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from s321_desk.domain.pins import LONGEST_SUPERVISING
from s321_desk.services.admin.users import (
    AccessRefused,
    Person,
    UserRow,
    add_user,
    count_users,
    list_users,
    sign_in,
    sign_out,
)
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.errors import StoreUnavailable
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.elided_label import ElidedLabel
from s321_desk.ui.kit.formatting import fold_for_search
from s321_desk.ui.kit.labels import plain_label, sized_font
from s321_desk.ui.kit.style import base_font
from s321_desk.ui.kit.table_model import Column, RowTableModel, read_only_table
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP

ERROR_STYLE = "color: #b00020; font-weight: bold"
# A role as people read it (in English; ``role_word`` says it in the desk's language).
ROLE_WORDS = {
    "packer": QT_TRANSLATE_NOOP("Roles", "Packer"),
    "supervisor": QT_TRANSLATE_NOOP("Roles", "Supervisor"),
    "driver": QT_TRANSLATE_NOOP("Roles", "Driver"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def role_word(role: str) -> str:
    """``role_word("admin") == "Administrator"`` (``Administrateur`` in French)."""
    return QCoreApplication.translate("Roles", ROLE_WORDS[role]) if role in ROLE_WORDS else role


class SignInUserModel(RowTableModel[UserRow]):
    """The active users one picks from (their badges are never shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                Column[UserRow](self.tr("Name"), lambda row: row.name),
                Column[UserRow](self.tr("Role"), lambda row: role_word(row.role)),
            ),
            parent,
        )


def error_label() -> QLabel:
    """A red plain-text line for what went wrong, under the field it names; empty: hidden."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(LONGEST_SUPERVISING)  # a supervisor's or an administrator's: up to 20
    return edit


class SignInDialog(QDialog):
    """Who is at the station: ``person`` and ``signed_in(Person)`` once the PIN was right."""

    signed_in = Signal(object)

    def __init__(
        self, store: StoreHandle, parent: QWidget | None = None, station: str = ""
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._engine = store.engine
        self._station = station
        self.person: Person | None = None
        self._users: list[UserRow] = []
        self._chosen: UserRow | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setFont(base_font(self.font()))
        self.pages = QStackedWidget()
        self.sign_in_page = self._build_sign_in()
        self.first_admin_page = self._build_first_admin()
        self.pages.addWidget(self.sign_in_page)
        self.pages.addWidget(self.first_admin_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter belongs to the field it is typed in (a badge scan ends with Enter), never to
        the dialog's default button; on a focused button it presses that button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- signing in -------------------------------------------------------------------------

    def _build_sign_in(self) -> QWidget:
        page = QWidget()
        self.who_edit = QLineEdit()
        self.who_edit.setPlaceholderText(self.tr("type your name, or scan your badge"))
        hint = self.who_edit.fontMetrics().horizontalAdvance(self.who_edit.placeholderText())
        self.who_edit.setMinimumWidth(hint + 24)  # the hint read whole, in every language
        self.who_edit.textEdited.connect(self._filter)
        self.who_edit.returnPressed.connect(self._take_who)
        self.model = SignInUserModel(self)
        self.users_view = read_only_table(self.model)
        header = self.users_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)  # never cut
        self.users_view.clicked.connect(self._pick_index)
        self.users_view.activated.connect(self._pick_index)
        self.users_view.setMinimumHeight(180)
        self.pin_edit = pin_edit()
        self.pin_edit.returnPressed.connect(self.try_sign_in)
        self.who_error, self.pin_error = error_label(), error_label()
        self.chosen_label = plain_label("", sized_font(self.font(), 16, bold=True))
        form = QFormLayout()
        form.addRow(self.tr("&Name or badge:"), self.who_edit)
        form.addRow("", self.who_error)
        form.addRow("", self.users_view)
        form.addRow("", self.chosen_label)
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        form.addRow("", self.pin_error)
        self.sign_in_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.sign_in_buttons.addButton(
            self.tr("S&ign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_buttons.accepted.connect(self.try_sign_in)
        self.sign_in_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(plain_label(self.tr("Sign in"), sized_font(self.font(), 20, bold=True)))
        layout.addLayout(form)
        layout.addWidget(self.sign_in_buttons)
        return page

    def reload(self) -> None:
        """Read the users again (one unit of work); a store without any offers to create its
        administrator."""
        with one_action(self._store.engine) as uow:
            first = count_users(uow) == 0
            self._users = [] if first else list_users(uow, active_only=True)
        if first:
            self.pages.setCurrentWidget(self.first_admin_page)
            self.admin_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.model.set_rows(self._users)
        self.pages.setCurrentWidget(self.sign_in_page)
        self.who_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter(self, text: str) -> None:
        """Typing a name narrows the list; the first match is the one Enter takes."""
        self._choose(None)
        wanted = fold_for_search(text.strip())
        shown = [u for u in self._users if wanted in fold_for_search(u.name)]
        self.model.set_rows(shown)
        if shown and wanted:
            self._select_row(0)

    def _take_who(self) -> None:
        """Enter in the name field: a badge (a scanner types it, then Enter) or a name."""
        text = self.who_edit.text().strip()
        if not text:
            say(self.who_error, self.tr("Type your name or scan your badge."))
            return
        folded = fold_for_search(text)
        by_badge = [u for u in self._users if u.badge is not None and u.badge == text]
        by_name = [u for u in self._users if fold_for_search(u.name) == folded]
        starting = [u for u in self._users if folded in fold_for_search(u.name)]
        found = by_badge or by_name or (starting if len(starting) == 1 else [])
        if not found:
            self.model.set_rows(self._users)
            self.who_edit.clear()  # a badge is not left shown in the field
            say(
                self.who_error,
                self.tr("No active user has the name or badge {text}.").format(text=repr(text)),
            )
            return
        self._choose(found[0])

    def _pick_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._choose(self.model.row_at(index.row()))

    def _select_row(self, position: int) -> None:
        selection = self.users_view.selectionModel()
        selection.select(
            self.model.index(position, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _choose(self, user: UserRow | None) -> None:
        self._chosen = user
        say(self.who_error, "")
        say(self.pin_error, "")
        if user is None:
            self.chosen_label.setText("")
            return
        self.who_edit.setText(user.name)  # a scanned badge shows as the name it belongs to
        self.model.set_rows(self._users)
        self._select_row(self._users.index(user))
        self.chosen_label.setText(
            self.tr("{name} ({role})").format(name=user.name, role=role_word(user.role))
        )
        self.pin_edit.clear()
        self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def chosen(self) -> UserRow | None:
        return self._chosen

    def try_sign_in(self) -> None:
        if self._chosen is None:
            self._take_who()
            if self._chosen is None:
                return
        pin = self.pin_edit.text()
        if not pin:
            say(self.pin_error, self.tr("Type your PIN."))
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            with one_action(self._engine, immediate=True) as uow:
                person = sign_in(uow, self._chosen.name, pin, station=self._station)
        except (UserError, StoreUnavailable) as error:  # busy: the store's one sentence
            self.pin_edit.clear()
            say(self.pin_error, str(error))
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._done(person)

    def _done(self, person: Person) -> None:
        self.person = person
        self.signed_in.emit(person)
        self.accept()

    # --- the first administrator ------------------------------------------------------------

    def _build_first_admin(self) -> QWidget:
        page = QWidget()
        self.admin_name_edit, self.admin_badge_edit = QLineEdit(), QLineEdit()
        self.admin_pin_edit, self.admin_pin_again_edit = pin_edit(), pin_edit()
        self.admin_badge_edit.setPlaceholderText(self.tr("optional: scan the badge"))
        self.admin_name_error, self.admin_badge_error = error_label(), error_label()
        self.admin_pin_error, self.admin_pin_again_error = error_label(), error_label()
        form = QFormLayout()
        for text, edit, error in (
            (self.tr("&Name:"), self.admin_name_edit, self.admin_name_error),
            (self.tr("&Badge:"), self.admin_badge_edit, self.admin_badge_error),
            (self.tr("&PIN (4 to 20 digits):"), self.admin_pin_edit, self.admin_pin_error),
            (self.tr("PIN &again:"), self.admin_pin_again_edit, self.admin_pin_again_error),
        ):
            form.addRow(text, edit)
            form.addRow("", error)
            edit.returnPressed.connect(self.focusNextChild)
        self.admin_pin_again_edit.returnPressed.disconnect()
        self.admin_pin_again_edit.returnPressed.connect(self.create_first_admin)
        self.admin_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.admin_buttons.addButton(
            self.tr("&Create the administrator"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.admin_buttons.accepted.connect(self.create_first_admin)
        self.admin_buttons.rejected.connect(self.reject)
        intro = plain_label(
            self.tr(
                "This database has no users yet. Create its first administrator: they add "
                "everyone else and change the settings. From then on, every write names who "
                "does it: packing too needs someone signed in."
            ),
            self.font(),
            wrap=True,
        )
        layout = QVBoxLayout(page)
        layout.addWidget(
            plain_label(
                self.tr("Create the first administrator"), sized_font(self.font(), 20, bold=True)
            )
        )
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.admin_buttons)
        return page

    def create_first_admin(self) -> None:
        errors = (
            self.admin_name_error,
            self.admin_badge_error,
            self.admin_pin_error,
            self.admin_pin_again_error,
        )
        for label in errors:
            say(label, "")
        name, badge = self.admin_name_edit.text().strip(), self.admin_badge_edit.text().strip()
        pin, again = self.admin_pin_edit.text(), self.admin_pin_again_edit.text()
        if not name:
            say(self.admin_name_error, self.tr("Name: required."))
            self.admin_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if pin != again:
            self.admin_pin_again_edit.clear()
            say(self.admin_pin_again_error, self.tr("PIN again: not the same PIN; type it again."))
            self.admin_pin_again_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            # One transaction: the first administrator added and signed in.
            with one_action(self._engine, immediate=True) as uow:
                add_user(uow, name, "admin", pin, badge=badge or None)
                person = sign_in(uow, name, pin, station=self._station)
        except StoreUnavailable as error:  # busy: said the store's one way, nothing created
            say(self.admin_pin_again_error, str(error))
            return
        except AccessRefused as error:
            # Another station created the first user meanwhile: sign in as one of them.
            self.reload()
            say(
                self.who_error,
                self.tr("{error}; somebody else has just created the first user.").format(
                    error=error
                ),
            )
            return
        except UserError as error:
            kept = error.english  # the field is read from the English; the French is shown
            where = (
                self.admin_pin_error
                if kept.startswith("PIN")
                else self.admin_badge_error
                if badge and "already" in kept
                else self.admin_name_error
            )
            say(where, str(error))
            return
        self._done(person)


def ask_sign_in(
    store: StoreHandle, parent: QWidget | None = None, station: str = ""
) -> Person | None:
    """Show the sign-in dialog and wait; the person signed in, or None if cancelled."""
    dialog = SignInDialog(store, parent, station)
    dialog.exec()
    return dialog.person


NAME_SHOWN_CHARS = 18  # a signed-in name beyond about this many characters is elided


class SignedInWidget(QWidget):
    """Who is signed in, with the button to sign in or out, for the main window's status bar.

    ``sign_in_requested`` asks the window to show ``SignInDialog``; ``signed_out(Person)`` says
    the person left (audited here) after ``set_person(None)``.
    """

    sign_in_requested = Signal()
    signed_out = Signal(object)

    def __init__(
        self, store: StoreHandle, station: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._engine = store.engine
        self._station = station
        self.person: Person | None = None
        self.label = ElidedLabel(self.tr("Signed in: nobody"))  # gives way when the bar is full
        self.button = QPushButton()
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the scan field
        self.button.setToolTip("F2")
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.set_person(None)

    def set_person(self, person: Person | None) -> None:
        self.person = person
        if person is None:
            self.label.setText(self.tr("Signed in: nobody"))
            self.label.setToolTip("")
            self.button.setText(self.tr("Sign in..."))
        else:
            # A long name gives way (its end elided, the whole in the tooltip): the status bar
            # keeps room for the station, the next truck and the rules beside it.
            metrics = self.label.fontMetrics()
            name = metrics.elidedText(
                person.name,
                Qt.TextElideMode.ElideRight,
                metrics.averageCharWidth() * NAME_SHOWN_CHARS,
            )
            self.label.setText(
                self.tr("Signed in: {name} ({role})").format(name=name, role=role_word(person.role))
            )
            self.label.setToolTip(person.name if name != person.name else "")
            self.button.setText(self.tr("Sign out"))

    def sign_out(self) -> None:
        person = self.person
        if person is None:
            return
        with one_action(self._engine, immediate=True) as uow:
            sign_out(uow, person, station=self._station)
        self.set_person(None)
        self.signed_out.emit(person)

    def _clicked(self) -> None:
        if self.person is None:
            self.sign_in_requested.emit()
        else:
            self.sign_out()
