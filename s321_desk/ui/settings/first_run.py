"""The first-run checklist: a small amber corner of the menu bar until every step is done (it
takes no line of its own, so every view keeps its room at 1366x768). It says how many steps
are done, its menu lists each step, done or not, with what the store holds for it
(``services.admin.first_run``: read from the store, never ticked by hand), each opening the place
where it is done, and prints this station's test label; beside it, the next step's button
(what it asks in its tooltip).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from s321_desk.services.admin.first_run import STEPS, Step, checklist
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.services.papers.printer_check import print_test_label
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.elided_label import ElidedLabel
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP

TITLES = {
    "administrator": QT_TRANSLATE_NOOP("FirstRunBar", "Administrator"),
    "company": QT_TRANSLATE_NOOP("FirstRunBar", "Company and addresses"),
    "carrier": QT_TRANSLATE_NOOP("FirstRunBar", "Carrier and SCAC"),
    "port": QT_TRANSLATE_NOOP("FirstRunBar", "Port of entry"),
    "printers": QT_TRANSLATE_NOOP("FirstRunBar", "Station printers, a test print"),
    "users": QT_TRANSLATE_NOOP("FirstRunBar", "Users"),
    "fx_rates": QT_TRANSLATE_NOOP("FirstRunBar", "FX rates"),
    "catalog": QT_TRANSLATE_NOOP("FirstRunBar", "Catalog"),
    "orders": QT_TRANSLATE_NOOP("FirstRunBar", "Orders"),
}
CORNER_STYLE = (
    "QToolButton { background: #fff8e1; border: 1px solid #f9a825; border-radius: 3px;"
    " padding: 1px 6px; }"
)
TO_DO_STYLE = "color: #b00020; font-weight: bold"
RESULT_WIDTH = 420  # the test print's result, elided beyond (the whole in its tooltip)


def step_title(key: str) -> str:
    return QCoreApplication.translate("FirstRunBar", TITLES[key])


class FirstRunBar(QWidget):
    """``open_step(key)``: show the place where that step is done. It cannot be closed: it
    leaves by itself once every step is done (and comes back if one is undone)."""

    open_step = Signal(str)
    said = Signal(str)  # the test print's result, for the status bar (the corner may go)

    def __init__(
        self, store: StoreHandle, station: str, label_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first-run")
        self.setStyleSheet(CORNER_STYLE)
        self._store = store
        self._engine = store.engine
        self._station = station
        self._folder = label_folder
        self.steps: list[Step] = []
        self.next_key: str | None = None
        self.menu = QMenu(self)
        self.actions_by_key: dict[str, QAction] = {}
        for key in STEPS:
            action = self.menu.addAction(step_title(key))
            action.triggered.connect(lambda _=False, k=key: self.open_step.emit(k))
            self.actions_by_key[key] = action
        self.menu.addSeparator()
        self.test_action = self.menu.addAction(self.tr("Print a test label on this station"))
        self.test_action.triggered.connect(self.print_test)
        # "x of 9": its menu holds every step (the whole sentence in its tooltip).
        self.summary = QToolButton()
        self.summary.setMenu(self.menu)
        self.summary.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.summary.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the scanner keeps its field
        self.summary.setStyleSheet("font-weight: bold")
        self.next_button = QToolButton()
        self.next_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.next_button.clicked.connect(
            lambda: self.open_step.emit(self.next_key) if self.next_key else None
        )
        self.test_result = ElidedLabel()
        self.test_result.setMaximumWidth(RESULT_WIDTH)
        self.test_result.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(4)
        for widget in (self.test_result, self.summary, self.next_button):
            layout.addWidget(widget)

    def refresh(self) -> bool:
        """Read every step again; shown while one is not done. True when all are done."""
        with one_action(self._store.engine) as uow:
            self.steps = checklist(uow, self._station)
        done = sum(step.done for step in self.steps)
        for step in self.steps:
            action = self.actions_by_key[step.key]
            action.setText(
                ("✔ " if step.done else "○ ") + step_title(step.key) + " — " + str(step.detail)
            )
        waiting = next((step for step in self.steps if not step.done), None)
        self.next_key = waiting.key if waiting else None
        self.summary.setText(
            self.tr("Setting up: {done} of {count}").format(done=done, count=len(self.steps))
        )
        self.summary.setToolTip(
            self.tr("Setting up the desk: {done} of {count} done").format(
                done=done, count=len(self.steps)
            )
        )
        if waiting is not None:
            self.next_button.setText(self.tr("Next: {step}").format(step=step_title(waiting.key)))
            self.next_button.setToolTip(str(waiting.detail))
        self.setVisible(waiting is not None)
        return waiting is None

    def print_test(self) -> None:
        """A test label to this station's label printer (PDF files while none is set)."""
        self.test_result.show()
        try:
            where = print_test_label(self._engine, self._station, self._folder)
        except UserError as error:
            self.test_result.setStyleSheet(TO_DO_STYLE)
            self.test_result.setText(self.tr("Test label not printed: {error}").format(error=error))
            self.said.emit(self.test_result.text())
            return
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Test label sent: {where}").format(where=where))
        self.said.emit(self.test_result.text())
        self.refresh()
