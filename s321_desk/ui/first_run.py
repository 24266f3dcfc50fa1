"""The first-run checklist: a bar across the top of the window until every step is done (it
takes one line, so every view keeps its room at 1366x768). It says how many steps are done
and the next one, with its button; "All steps" lists each step, done or not, with what the
store holds for it (``services.first_run``: read from the store, never ticked by hand), each
opening the place where it is done; this station's test label is printed from there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QToolBar, QToolButton, QWidget
from sqlalchemy import Engine

from s321_desk.services.errors import UserError
from s321_desk.services.first_run import STEPS, Step, checklist
from s321_desk.services.printer_check import print_test_label
from s321_desk.ui.words import QT_TRANSLATE_NOOP

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
BAR_STYLE = "QToolBar { background: #fff8e1; border-bottom: 2px solid #f9a825; }"
TO_DO_STYLE = "color: #b00020; font-weight: bold"


def step_title(key: str) -> str:
    return QCoreApplication.translate("FirstRunBar", TITLES[key])


class FirstRunBar(QToolBar):
    """``open_step(key)``: show the place where that step is done. It cannot be closed: it
    leaves by itself once every step is done (and comes back if one is undone)."""

    open_step = Signal(str)

    def __init__(self, engine: Engine, station: str, label_folder: Path,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("first-run")
        self.setWindowTitle(self.tr("Setting up the desk"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setEnabled(False)  # not hidden from the context menu
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.setStyleSheet(BAR_STYLE)
        self._engine = engine
        self._station = station
        self._folder = label_folder
        self.steps: list[Step] = []
        self.next_key: str | None = None
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-weight: bold; padding: 0 8px")
        self.next_button = QPushButton()
        self.next_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the scanner keeps its field
        self.next_button.clicked.connect(
            lambda: self.open_step.emit(self.next_key) if self.next_key else None
        )
        self.next_detail = QLabel()
        self.next_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.next_detail.setStyleSheet("padding: 0 8px")
        self.menu = QMenu(self)
        self.actions_by_key: dict[str, QAction] = {}
        for key in STEPS:
            action = self.menu.addAction(step_title(key))
            action.triggered.connect(lambda _=False, k=key: self.open_step.emit(k))
            self.actions_by_key[key] = action
        self.menu.addSeparator()
        self.test_action = self.menu.addAction(self.tr("Print a test label on this station"))
        self.test_action.triggered.connect(self.print_test)
        self.all_button = QToolButton()
        self.all_button.setText(self.tr("All steps"))
        self.all_button.setMenu(self.menu)
        self.all_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.all_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.test_result = QLabel()
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setStyleSheet("padding: 0 8px")
        for widget in (self.summary, self.next_button, self.next_detail, self.all_button,
                       self.test_result):  # fmt: skip
            self.addWidget(widget)

    def refresh(self) -> bool:
        """Read every step again; shown while one is not done. True when all are done."""
        self.steps = checklist(self._engine, self._station)
        done = sum(step.done for step in self.steps)
        for step in self.steps:
            action = self.actions_by_key[step.key]
            action.setText(("✔ " if step.done else "○ ") + step_title(step.key) + " — "
                           + str(step.detail))  # fmt: skip
        waiting = next((step for step in self.steps if not step.done), None)
        self.next_key = waiting.key if waiting else None
        self.summary.setText(self.tr("Setting up the desk: {done} of {count} done").format(
            done=done, count=len(self.steps)))  # fmt: skip
        if waiting is not None:
            self.next_button.setText(self.tr("Next: {step}").format(step=step_title(waiting.key)))
            self.next_detail.setText(str(waiting.detail))
        self.setVisible(waiting is not None)
        return waiting is None

    def print_test(self) -> None:
        """A test label to this station's label printer (PDF files while none is set)."""
        try:
            where = print_test_label(self._engine, self._station, self._folder)
        except UserError as error:
            self.test_result.setStyleSheet(TO_DO_STYLE + "; padding: 0 8px")
            self.test_result.setText(self.tr("Test label not printed: {error}").format(error=error))
            return
        self.test_result.setStyleSheet("padding: 0 8px")
        self.test_result.setText(self.tr("Test label sent: {where}").format(where=where))
        self.refresh()
