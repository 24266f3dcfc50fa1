"""The packing station's widgets: the verdict banner, the supervisor's prompts (the scan field is
ui/kit/scan_field.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from s321_desk.services.packing.station import LineProgress
from s321_desk.ui.kit.labels import plain_label, sized_font
from s321_desk.ui.kit.scan_field import KeyRuns
from s321_desk.ui.station.sounds import Sound

# The verdict's word: read from a step away (72 points at the least).
WORD_POINTS, SMALLEST_WORD_POINTS = 96, 72


@dataclass(frozen=True)
class Look:
    """What the banner shows: a word, its colours, its sound, and what the packer does next.
    ``word`` and ``next_step`` are in English (the word is a code the signals carry too);
    ``shown_word`` and ``step`` say them in the desk's language."""

    word: str
    background: str
    foreground: str
    sound: Sound | None
    next_step: str

    def shown_word(self) -> str:
        return QCoreApplication.translate("Look", self.word)

    def step(self) -> str:
        return QCoreApplication.translate("Look", self.next_step)


# In a supervisor's PIN, a burst is longer than a PIN a hand types in one go: most barcodes
# and SKUs are; a 4-digit PIN typed quickly stays a PIN.
PROMPT_BURST_MIN = 6


class VerdictBanner(QFrame):
    """The big word in its colour, what to do, the route and parcel, the codes as sentences."""

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.setObjectName("verdictBanner")
        self.word_label = FittedWord(sized_font(font, WORD_POINTS, bold=True))
        self.headline_label = plain_label("", sized_font(font, 24, bold=True), wrap=True)
        self.route_label = plain_label("", sized_font(font, 20, bold=True), wrap=True)
        self.detail_label = plain_label("", sized_font(font, 17), wrap=True)
        self.sentences_label = FittedSentences(sized_font(font, 16))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 12)
        for label in (self.word_label, self.headline_label, self.route_label, self.detail_label):
            layout.addWidget(label)
        layout.addSpacing(6)
        layout.addWidget(self.sentences_label, 1)

    def show_look(
        self, look: Look, headline: str, route: str, detail: str, sentences: list[str]
    ) -> None:
        self.setStyleSheet(
            f"QFrame#verdictBanner {{ background-color: {look.background}; }}"
            f"QLabel {{ color: {look.foreground}; background: transparent; }}"
        )
        self.word_label.setText(look.shown_word())
        for label, text in (
            (self.headline_label, headline),
            (self.route_label, route),
            (self.detail_label, detail),
        ):
            label.setText(text)
            label.setVisible(bool(text))
        self.sentences_label.set_sentences(sentences)


class FittedWord(QLabel):
    """The verdict's word at its full size, or smaller (never below ``SMALLEST_WORD_POINTS``)
    when the word is longer than the banner is wide: ``EMBALLAGE`` fits where ``PACKING``
    did, instead of being cut."""

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFont(font)
        self._points = font.pointSizeF()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the word at its smallest: the layout never grows for a long word."""
        smallest = QFont(self.font())
        smallest.setPointSizeF(min(SMALLEST_WORD_POINTS, self._points))
        hint = super().minimumSizeHint()
        return QSize(QFontMetrics(smallest).horizontalAdvance(self.text()), hint.height())

    def sizeHint(self) -> QSize:
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        font = QFont(self.font())
        points = self._points
        font.setPointSizeF(points)
        while (
            points > SMALLEST_WORD_POINTS
            and QFontMetrics(font).horizontalAdvance(self.text()) > width
        ):
            points = max(SMALLEST_WORD_POINTS, points - 2)
            font.setPointSizeF(points)
        if font.pointSizeF() != self.font().pointSizeF():
            self.setFont(font)


class FittedSentences(QLabel):
    """As many whole sentences as its height holds, then how many more there are: the
    layout gives it what is left, and a long verdict never pushes the rest off the screen."""

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.sentences: list[str] = []
        self.setFont(font)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def set_sentences(self, sentences: list[str]) -> None:
        self.sentences = sentences
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().lineSpacing())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        box = self.contentsRect()
        text = ""
        for count in range(len(self.sentences), 0, -1):
            more = len(self.sentences) - count
            lines = self.sentences[:count]
            if more:
                tail = self.tr("...and {count} more: see the parcel's details", "", more)
                lines = [*lines, tail.format(count=more)]
            text = "\n".join(lines)
            needed = self.fontMetrics().boundingRect(
                QRect(0, 0, max(box.width(), 1), 1 << 20), Qt.TextFlag.TextWordWrap, text
            )
            if needed.height() <= box.height():
                break
        self.setText(text)


class SupervisorPrompt(QFrame):
    """Name or badge, PIN and reason, in the panel (never a modal box in the middle of a
    shift): Enter moves on and finally signs, Esc cancels."""

    submitted = Signal(str, str, str)  # who, PIN, reason
    cancelled = Signal()
    scanned = Signal(str)  # a scanner's burst typed into the PIN: a scan
    typed = Signal()  # any key: the prompt is in use (its time-out starts again)

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.action = ""
        self.parcel = ""
        self.setObjectName("supervisorPrompt")
        self.setStyleSheet("QFrame#supervisorPrompt { border: 4px solid #ffb300; }")
        big = sized_font(font, 16, bold=True)
        self.who_edit, self.pin_edit, self.reason_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason_edit.setMinimumWidth(360)
        fields = QHBoxLayout()
        for text, edit in (
            (self.tr("Supervisor (name or badge):"), self.who_edit),
            (self.tr("PIN:"), self.pin_edit),
            (self.tr("Reason:"), self.reason_edit),
        ):
            label = plain_label(text, big)
            label.setBuddy(edit)
            edit.setFont(big)
            edit.returnPressed.connect(lambda edit=edit: self._next(edit))
            fields.addWidget(label)
            fields.addWidget(edit, 2 if edit is self.reason_edit else 1)
        fields.setContentsMargins(8, 4, 8, 4)
        self.setLayout(fields)
        self._runs = {self.pin_edit: KeyRuns()}
        self.reasons: list[str] = []
        for edit in (self.who_edit, self.pin_edit, self.reason_edit):
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A scanner's burst in the PIN is not the supervisor typing: taken out of the field and
        handed on as a scan (it waits until the supervisor is done). A burst in the name field
        is a badge; the reason is read by whoever reads the audit."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.typed.emit()
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if watched is self.reason_edit and step and self.reasons:
                shown = self.reason_edit.text()
                at = self.reasons.index(shown) + step if shown in self.reasons else 0
                self.reason_edit.setText(self.reasons[at % len(self.reasons)])
                return True
            runs = self._runs.get(watched)  # type: ignore[call-overload]
            if runs is not None and isinstance(watched, QLineEdit):
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if runs.burst(PROMPT_BURST_MIN):
                        start, text = runs.start, watched.text()
                        watched.setText(text[:start])
                        runs.forget()
                        self.scanned.emit(text[start:])
                        return True
                    runs.forget()
                elif event.text() and event.text().isprintable():
                    runs.key(len(watched.text()))
        return super().eventFilter(watched, event)

    def ask(self, action: str, parcel: str, who: str = "", reasons: Sequence[str] = ()) -> None:
        """``who``: the supervisor who signed a moment ago at this desk: only the PIN then.
        ``reasons``: the usual ones, Down (and Up) in the reason field goes through them."""
        self.action, self.parcel = action, parcel
        self.reasons = list(reasons)
        for edit in (self.who_edit, self.pin_edit, self.reason_edit):
            edit.clear()
        self.reason_edit.setPlaceholderText(
            self.tr("Down: the usual reasons") if self.reasons else ""
        )
        self.who_edit.setText(who)
        self.show()
        (self.pin_edit if who else self.who_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def refuse(self, *, pin_wrong: bool = True) -> None:
        """Signed again (the station says why in its message line): a refused name or PIN
        clears the PIN and asks it again; any other refusal keeps what was typed and puts the
        cursor in the reason."""
        if pin_wrong:
            self.pin_edit.clear()
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.reason_edit.selectAll()

    def _next(self, current: QLineEdit) -> None:
        """Enter goes to the next empty field after ``current`` (or before it); signs when
        none is empty."""
        edits = [self.who_edit, self.pin_edit, self.reason_edit]
        empty = [edit for edit in edits if not edit.text().strip()]
        if empty:
            after = [edit for edit in empty if edits.index(edit) > edits.index(current)]
            (after or empty)[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.submitted.emit(
            self.who_edit.text().strip(), self.pin_edit.text(), self.reason_edit.text().strip()
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class CountPrompt(QFrame):
    """A supervisor's count of a line with nothing to scan, in the panel: the line, how many,
    name or badge and PIN. Enter moves on and finally signs, Esc cancels."""

    submitted = Signal(int, int, str, str)  # line number, quantity, who, PIN
    cancelled = Signal()
    typed = Signal()  # any key: the prompt is in use (its time-out starts again)

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.setObjectName("countPrompt")
        self.setStyleSheet("QFrame#countPrompt { border: 4px solid #ffb300; }")
        big = sized_font(font, 16, bold=True)
        self.line_box, self.quantity_box = QComboBox(), QSpinBox()
        self.who_edit, self.pin_edit = QLineEdit(), QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.line_box.currentIndexChanged.connect(self._line_chosen)
        # A long description is cut in the box (the list shows it whole), never the panel.
        self.line_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.line_box.setMinimumContentsLength(24)
        self._fields: list[QWidget] = [
            self.line_box,
            self.quantity_box,
            self.who_edit,
            self.pin_edit,
        ]
        grid = QGridLayout()  # the line and how many; below, who signs
        for place, (text, field) in enumerate(
            (
                (self.tr("Line:"), self.line_box),
                (self.tr("Quantity:"), self.quantity_box),
                (self.tr("Supervisor (name or badge):"), self.who_edit),
                (self.tr("PIN:"), self.pin_edit),
            )
        ):
            label = plain_label(text, big)
            label.setBuddy(field)
            field.setFont(big)
            field.installEventFilter(self)
            row, column = divmod(place, 2)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(field, row, 2 * column + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)
        grid.setContentsMargins(8, 4, 8, 4)
        self.setLayout(grid)

    def ask(self, lines: list[tuple[int, str, int]]) -> None:
        """``lines``: (line number, description, how many still to pack) of each line to count."""
        self.line_box.clear()
        for number, description, remaining in lines:
            self.line_box.addItem(
                self.tr("line {number}, {remaining} to pack: {item}").format(
                    number=number, item=description, remaining=remaining
                ),
                (number, remaining),
            )
        for edit in (self.who_edit, self.pin_edit):
            edit.clear()
        self.show()
        first = self.line_box if len(lines) > 1 else self.quantity_box
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def refuse(self) -> None:
        """The PIN again (the station says why in its message line)."""
        self.pin_edit.clear()
        self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _line_chosen(self) -> None:
        chosen = self.line_box.currentData()
        if chosen is not None:
            self.quantity_box.setRange(1, chosen[1])
            self.quantity_box.setValue(chosen[1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.typed.emit()
            if event.key() == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in self._fields:
                self._next(self._fields.index(watched))
                return True
        return super().eventFilter(watched, event)

    def _next(self, current: int) -> None:
        """Enter goes to the next field, and the next empty one; signs when none is empty."""
        empty = [edit for edit in (self.who_edit, self.pin_edit) if not edit.text().strip()]
        if current < 2:
            self._fields[current + 1].setFocus(Qt.FocusReason.OtherFocusReason)
        elif empty:
            later = [e for e in empty if self._fields.index(e) > current]
            (later or empty)[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.submitted.emit(
                self.line_box.currentData()[0],
                self.quantity_box.value(),
                self.who_edit.text().strip(),
                self.pin_edit.text(),
            )


def without_count(text: str) -> str:
    """A scans-list line without its ``+1  `` (``+3  `` for a count)."""
    count, _, rest = text.partition("  ")
    return rest if count[:1] == "+" and count[1:].isdigit() else text


def scans_list(font: QFont) -> QListWidget:
    widget = QListWidget()
    widget.setFont(font)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
    widget.setSelectionMode(QListWidget.SelectionMode.NoSelection)
    widget.setWordWrap(True)
    return widget


def bench_item(line: LineProgress, font: QFont) -> QListWidgetItem:
    """An order line as the station lists it: how many are packed, and what it needs (in bold
    until it is done)."""
    translate = QCoreApplication.translate
    if line.done:
        text = translate("PackingStation", "{packed} of {ordered}  {item}  done")
    elif line.countable and not line.sku:
        text = translate(
            "PackingStation",
            "{packed} of {ordered}  {item}  (nothing to scan: a supervisor counts it, F10)",
        )
    else:
        text = translate("PackingStation", "{packed} of {ordered}  {item}")
    item = QListWidgetItem(
        text.format(packed=line.packed, ordered=line.ordered, item=line.description)
    )
    item.setFont(item.font() if line.done else sized_font(font, 16, bold=True))
    item.setToolTip(line.sku)
    return item
